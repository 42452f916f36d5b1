//! Heuristics behind the author-name and FAQ-answer rules: plain string scans, bounded by
//! the input's length.

/// "By", "Posted by", "Written by", "Words by", "Author:" at the start of a name.
pub(super) fn name_prefix(name: &str) -> Option<&str> {
    const PREFIXES: [&str; 6] = [
        "by ",
        "posted by ",
        "written by ",
        "words by ",
        "author:",
        "by:",
    ];
    // ASCII-only comparison: a non-ASCII character never matches a prefix letter.
    PREFIXES
        .iter()
        .find_map(|p| name.get(..p.len()).filter(|s| s.eq_ignore_ascii_case(p)))
        .map(str::trim)
}

/// A job title word in a person's name ("Staff Writer", "Jane Doe Editor").
pub(super) fn name_job_title(name: &str) -> Option<&str> {
    const JOBS: [&str; 9] = [
        "editor",
        "reporter",
        "correspondent",
        "writer",
        "columnist",
        "journalist",
        "contributor",
        "staff",
        "admin",
    ];
    name.split(|c: char| c.is_whitespace() || c == ',')
        .find(|w| JOBS.iter().any(|j| w.eq_ignore_ascii_case(j)))
}

/// An honorific at the start or a degree at the end.
pub(super) fn name_title(name: &str) -> Option<&str> {
    const HONORIFICS: [&str; 13] = [
        "dr",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "sir",
        "dame",
        "rev",
        "hon",
        "lord",
    ];
    const DEGREES: [&str; 7] = ["phd", "md", "esq", "mba", "dphil", "msc", "bsc"];
    let mut words = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    // Two words at least: a single word is a name, not a title.
    let (first, last) = (words.next()?, words.next_back()?);
    let norm = |w: &str| w.replace('.', "").to_lowercase();
    if HONORIFICS.contains(&norm(first).as_str()) {
        return Some(first);
    }
    DEGREES.contains(&norm(last).as_str()).then_some(last)
}

/// A separator that joins several names.
pub(super) fn name_separator(name: &str) -> Option<&'static str> {
    let lower = format!(" {} ", name.to_lowercase());
    [" and ", " & ", ",", ";", " + "]
        .into_iter()
        .find(|sep| lower.contains(sep))
}

/// The tags Google reads in FAQ answers.
const FAQ_TAGS: [&str; 17] = [
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "a", "p", "div", "b", "strong",
    "i", "em",
];

/// Tag names of sanitized HTML that Google does not read in FAQ answers, each once, in order.
pub(super) fn unread_faq_tags(html: &str) -> Vec<String> {
    let bytes = html.as_bytes();
    let mut found: Vec<String> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i) != Some(&b'<') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if bytes.get(j) == Some(&b'/') {
            j += 1;
        }
        let start = j;
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
        if !name.is_empty() && !FAQ_TAGS.contains(&name.as_str()) && !found.contains(&name) {
            found.push(name);
        }
        // Skip to the end of the tag, honouring quoted attribute values.
        let mut quote: Option<u8> = None;
        while let Some(&c) = bytes.get(j) {
            j += 1;
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == b'"' || c == b'\'' => quote = Some(c),
                None if c == b'>' => break,
                None => {}
            }
        }
        i = j;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faq_tags_scanner() {
        assert!(
            unread_faq_tags(
                "<p>Plain <strong>bold</strong> <em>x</em> <a href=\"/a\">l</a><br></p>"
            )
            .is_empty()
        );
        assert_eq!(
            unread_faq_tags("<p><code>x</code> <span title=\"<table>\">y</span><CODE>z</CODE></p>"),
            ["code", "span"]
        );
        assert!(unread_faq_tags("a &lt;table&gt; b").is_empty());
        // Answers rendered by the real inline renderer are checked in tests/lint.rs.
        assert_eq!(unread_faq_tags("Use <code>cargo</code>"), ["code"]);
        assert!(unread_faq_tags("Use <strong>cargo</strong>").is_empty());
    }

    #[test]
    fn name_heuristics() {
        assert_eq!(name_prefix("By Jane Doe"), Some("By"));
        assert_eq!(name_prefix("Posted by Jane"), Some("Posted by"));
        assert_eq!(name_prefix("Byron Smith"), None);
        assert_eq!(name_title("Dr. Jane Doe"), Some("Dr."));
        assert_eq!(name_title("Jane Doe, PhD"), Some("PhD"));
        assert_eq!(name_title("Drew Ms"), None);
        assert_eq!(name_title("Jane Doe"), None);
        assert_eq!(name_job_title("Staff Writer"), Some("Staff"));
        assert_eq!(name_job_title("Jane Doe, Editor"), Some("Editor"));
        assert_eq!(name_job_title("Jane Editorial"), None);
        assert_eq!(name_prefix("BY: Jane"), Some("BY:"));
        assert_eq!(name_prefix("\u{212A}by Jane"), None);
        assert_eq!(name_separator("Jane Doe and John Roe"), Some(" and "));
        assert_eq!(name_separator("Jane & John"), Some(" & "));
        assert_eq!(name_separator("Jane Doe, John Roe"), Some(","));
        assert_eq!(name_separator("Alexandra Anderson"), None);
    }
}
