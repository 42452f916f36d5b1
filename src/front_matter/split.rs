//! Finding the front matter: the delimiter lines, the text between them and the body after.

use super::{Format, FrontMatterError};

/// A file cut at its front matter delimiters. Lines are 1-based lines of the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    pub(crate) format: Format,
    /// The text between the delimiter lines (its first line is the file's line 2).
    pub(crate) front: &'a str,
    /// The Markdown after the closing delimiter, leading blank lines left out.
    pub(crate) body: &'a str,
    /// The file's line where `body` starts.
    pub(crate) body_line: usize,
}

/// The line of the opening delimiter (after an optional byte order mark).
pub(crate) const OPENING_LINE: usize = 1;

/// Cuts `text` at its front matter: a first line `---` (YAML) or `+++` (TOML), the front
/// matter, and the same delimiter again on a line of its own. Trailing spaces and `\r` on a
/// delimiter line are ignored.
pub(crate) fn split(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = Lines { text, at: 0 };
    let first = lines.next().unwrap_or("");
    let format = match delimiter(first) {
        "---" => Format::Yaml,
        "+++" => Format::Toml,
        _ => {
            return Err(FrontMatterError::syntax(
                OPENING_LINE,
                1,
                "the file does not start with front matter: its first line must be `---` \
                 (YAML) or `+++` (TOML)",
            ));
        }
    };
    let marker = format.delimiter();
    let front_start = lines.at;
    let mut line = OPENING_LINE;
    loop {
        let start = lines.at;
        let Some(current) = lines.next() else {
            return Err(FrontMatterError::syntax(
                OPENING_LINE,
                1,
                format!(
                    "the front matter opened on line {OPENING_LINE} is not closed: add a line \
                     `{marker}` after it"
                ),
            ));
        };
        line += 1;
        if delimiter(current) == marker {
            let front = &text[front_start..start];
            // Blank lines between the front matter and the Markdown are not part of the body.
            let mut body_start = lines.at;
            let mut body_line = line + 1;
            while let Some(next) = lines.next() {
                if !next.trim().is_empty() {
                    break;
                }
                body_start = lines.at;
                body_line += 1;
            }
            let body = &text[body_start..];
            return Ok(Split {
                format,
                front,
                body,
                // An empty body is reported where it should start.
                body_line: if body.is_empty() { line + 1 } else { body_line },
            });
        }
    }
}

/// A line without its line break, trailing blanks and `\r`.
fn delimiter(line: &str) -> &str {
    line.trim_end_matches([' ', '\t', '\r'])
}

/// Lines of `text` (without their `\n`), remembering where the next one starts.
struct Lines<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.text.get(self.at..).filter(|r| !r.is_empty())?;
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                self.at += i + 1;
                Some(&rest[..i])
            }
            None => {
                self.at = self.text.len();
                Some(rest)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_and_toml() {
        let s = split("---\ntitle: x\n---\n\n\n# Body\n").unwrap();
        assert_eq!(s.format, Format::Yaml);
        assert_eq!(
            (s.front, s.body, s.body_line),
            ("title: x\n", "# Body\n", 6)
        );
        let s = split("\u{FEFF}+++ \r\na = 1\r\n+++\r\nText").unwrap();
        assert_eq!(s.format, Format::Toml);
        assert_eq!((s.front, s.body, s.body_line), ("a = 1\r\n", "Text", 4));
    }

    #[test]
    fn empty_parts() {
        let s = split("---\n---").unwrap();
        assert_eq!((s.front, s.body, s.body_line), ("", "", 3));
        let s = split("+++\n+++\n  \n").unwrap();
        assert_eq!((s.front, s.body, s.body_line), ("", "", 3));
    }

    #[test]
    fn the_other_delimiter_does_not_close() {
        let err = split("---\na: 1\n+++\nbody").unwrap_err();
        assert_eq!(err.line(), Some(1));
        assert!(err.to_string().contains("not closed"), "{err}");
    }

    #[test]
    fn no_front_matter() {
        for text in ["", "# Title\n", " ---\n---\n", "----\n----\n"] {
            let err = split(text).unwrap_err();
            assert!(err.to_string().contains("does not start with"), "{err}");
        }
    }

    #[test]
    fn indented_code_after_blank_lines_stays_code() {
        let s = split("---\n---\n\n    code\n").unwrap();
        assert_eq!(s.body, "    code\n");
    }
}
