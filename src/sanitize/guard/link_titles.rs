//! Unclosed link titles in Markdown.
//!
//! pulldown-cmark 0.13 scans an inline link's title (`[a](b "…`) character by character
//! until its closing quote, and at every line break in it walks the paragraph's nodes from the
//! link's `]` again (`scan_link_title` calls `scan_nodes_to_ix` from the start each time). A
//! title that never closes makes that walk quadratic in the number of lines it spans: 40,000
//! lines of `x` after `[a](b "` take seconds, a 2 MiB body minutes. Past the paragraph the
//! scan goes on through the rest of the body, with the same walk at every line break.
//!
//! The guard finds every place pulldown-cmark can start such a scan — each `](` (outside a
//! backslash escape), then the link destination and the separators exactly as
//! `scan_inline_link` reads them (spaces, at most one line break each, container prefixes
//! `>` and indentation after it) — and scans the title the same way (backslash escapes, and
//! the title ends at its closing character or fails at another opening one). When the title
//! would run over more than [`MAX_TITLE_LINE_BREAKS`] line breaks, the `]` is escaped (`\]`):
//! pulldown-cmark then never tries the link, and the text reads the same (a link whose title
//! never closes is shown as text anyway). The only visible change: inside a code span or
//! block, the backslash shows.
//!
//! Cost: one pass over the body (`memchr` for `]`), plus the destination and at most
//! [`MAX_TITLE_LINE_BREAKS`] + 1 lines of title per `](`; the title scans of one kind of quote
//! never overlap, so the whole pass is linear.

use std::borrow::Cow;

/// Line breaks a link title may span; one spanning more is not read as a title.
pub(crate) const MAX_TITLE_LINE_BREAKS: usize = 4;

/// pulldown-cmark's `LINK_MAX_NESTED_PARENS`.
const MAX_NESTED_PARENS: usize = 32;

/// `source` with the `]` of every link whose title would span too many lines escaped.
pub(crate) fn neutralize(source: &str) -> Cow<'_, str> {
    let bytes = source.as_bytes();
    let mut escape: Vec<usize> = Vec::new();
    // The last title checked: (its opening position, too long?). Up to 33 links can share a
    // title (destinations nest at most 32 parentheses deep), and they come one after another.
    let mut last: Option<(usize, bool)> = None;
    for close in memchr::memchr_iter(b']', bytes) {
        if bytes.get(close + 1) != Some(&b'(') {
            continue;
        }
        let backslashes = bytes
            .get(..close)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 1 {
            continue;
        }
        let too_long = title_openings(bytes, close + 2)
            .into_iter()
            .flatten()
            .any(|at| {
                if let Some((checked, verdict)) = last
                    && checked == at
                {
                    return verdict;
                }
                let verdict = title_too_long(bytes, at);
                last = Some((at, verdict));
                verdict
            });
        if too_long {
            escape.push(close);
        }
    }
    if escape.is_empty() {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len() + escape.len());
    let mut from = 0;
    for at in escape {
        out.push_str(source.get(from..at).unwrap_or_default());
        out.push('\\');
        from = at;
    }
    out.push_str(source.get(from..).unwrap_or_default());
    Cow::Owned(out)
}

/// Where the title of the link whose `(` ends just before `from` can open: after the
/// separator, the destination and the next separator. Two candidates because after a line
/// break pulldown-cmark skips the container prefixes it knows about, which may stop before a
/// run of `>` (a destination may then start with it).
fn title_openings(bytes: &[u8], from: usize) -> [Option<usize>; 2] {
    let (after, last_quote_marker) = separator(bytes, from);
    let mut found = [None, None];
    for (slot, start) in found.iter_mut().zip([Some(after), last_quote_marker]) {
        let Some(start) = start else { continue };
        let Some(end) = destination_end(bytes, start) else {
            continue;
        };
        let (opening, _) = separator(bytes, end);
        if matches!(bytes.get(opening), Some(b'"' | b'\'' | b'(')) {
            *slot = Some(opening);
        }
    }
    found
}

fn is_space_no_newline(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0b' | b'\x0c')
}

/// pulldown-cmark's `scan_separator`: spaces, then at most one line break followed by
/// container prefixes and spaces. Returns where it ends when every prefix is skipped, and
/// (after a line break) the start of the last run of `>` in the prefix.
fn separator(bytes: &[u8], mut i: usize) -> (usize, Option<usize>) {
    while bytes.get(i).copied().is_some_and(is_space_no_newline) {
        i += 1;
    }
    let eol = match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'\r'), Some(b'\n')) => 2,
        (Some(b'\n' | b'\r'), _) => 1,
        _ => return (i, None),
    };
    i += eol;
    let mut last_run = None;
    while let Some(&b) = bytes.get(i) {
        if b == b'>' {
            if i == 0 || bytes.get(i - 1) != Some(&b'>') {
                last_run = Some(i);
            }
        } else if !is_space_no_newline(b) {
            break;
        }
        i += 1;
    }
    (i, last_run)
}

/// Bytes a destination scan looks at: controls and space (which end it), parentheses and
/// the backslash.
const STOPS_DESTINATION: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b <= 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'(' as usize] = true;
    table[b')' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// pulldown-cmark's `scan_link_dest`: the end of the destination starting at `i`, or `None`
/// when there is none (and so no title is scanned).
fn destination_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    if bytes.get(i) == Some(&b'<') {
        i += 1;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'\n' | b'\r' | b'<' => return None,
                b'>' => return Some(i + 1),
                b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 1,
                _ => {}
            }
            i += 1;
        }
        return None;
    }
    let mut nest = 0usize;
    while let Some(&b) = bytes.get(i) {
        if !STOPS_DESTINATION[usize::from(b)] {
            i += 1;
            continue;
        }
        match b {
            0..=0x20 => break,
            b'(' => {
                if nest > MAX_NESTED_PARENS {
                    return None;
                }
                nest += 1;
            }
            b')' => {
                if nest == 0 {
                    break;
                }
                nest -= 1;
            }
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 1,
            _ => {}
        }
        i += 1;
    }
    (nest == 0).then_some(i)
}

/// True when the title opening at `at` runs over more than [`MAX_TITLE_LINE_BREAKS`] line
/// breaks before it closes or fails.
fn title_too_long(bytes: &[u8], at: usize) -> bool {
    let Some(&open) = bytes.get(at) else {
        return false;
    };
    let close = if open == b'(' { b')' } else { open };
    let mut breaks = 0;
    let mut i = at + 1;
    while let Some(&c) = bytes.get(i) {
        if c == close || c == open {
            return false;
        }
        match c {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 1,
            b'\n' => breaks += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => breaks += 1,
            _ => {}
        }
        if breaks > MAX_TITLE_LINE_BREAKS {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(n: usize) -> String {
        "x\n".repeat(n)
    }

    #[test]
    fn long_unclosed_titles_lose_their_link() {
        for open in ["\"", "'", "("] {
            let body = format!("[a](b {open}{}", lines(10));
            assert_eq!(neutralize(&body), format!("[a\\](b {open}{}", lines(10)));
        }
        // Images, block quotes, a line break before the destination or the title.
        let body = format!("![a](b \"{}", lines(10));
        assert!(neutralize(&body).starts_with("![a\\](b"));
        let body = format!("> [a](b \"{}", "> x\n".repeat(10));
        assert!(neutralize(&body).starts_with("> [a\\](b"));
        let body = format!("[a](\n> b\n> \"{}", lines(10));
        assert!(neutralize(&body).starts_with("[a\\]("));
        let body = format!("[a](<b c>\"{}", lines(10));
        assert!(neutralize(&body).starts_with("[a\\]("));
    }

    #[test]
    fn ordinary_links_are_untouched() {
        for body in [
            "[a](b \"title\")",
            "[a](b \"two\nline title\")",
            "[a](b)\n\nIt's a 'quote\n\n\n\n\n\n\nthat never closes",
            "[a](b 'x\ny\nz\nw')",
            "see [x](y) and \"this\n\n\n\n\n\n\n",
            "\\[a\\](b \"\n\n\n\n\n\n\n",
            "`[a](b \"` and more",
            "[a](b(c) \"t\")",
        ] {
            assert!(matches!(neutralize(body), Cow::Borrowed(_)), "{body:?}");
        }
    }

    #[test]
    fn titles_end_where_pulldown_cmark_ends_them() {
        // Escaped quotes do not close; another opening character fails the title.
        let long = format!("[a](b \"\\\"{}", lines(10));
        assert!(matches!(neutralize(&long), Cow::Owned(_)));
        let fails = format!("[a](b (x ({}", lines(10));
        assert!(matches!(neutralize(&fails), Cow::Borrowed(_)));
        // Exactly the limit is fine; one more line break is not.
        let at_limit = format!("[a](b \"{}", lines(MAX_TITLE_LINE_BREAKS));
        assert!(matches!(neutralize(&at_limit), Cow::Borrowed(_)));
        let past = format!("[a](b \"{}", lines(MAX_TITLE_LINE_BREAKS + 1));
        assert!(matches!(neutralize(&past), Cow::Owned(_)));
        // A destination nested too deep has no title.
        let deep = format!("[a](b{} \"{}", "(".repeat(40), lines(10));
        assert!(matches!(neutralize(&deep), Cow::Borrowed(_)));
        // An escaped `]` is left alone (another backslash would unescape it).
        let escaped = format!("[a\\](b \"{}", lines(10));
        assert!(matches!(neutralize(&escaped), Cow::Borrowed(_)));
        let two = format!("[a\\\\](b \"{}", lines(10));
        assert_eq!(neutralize(&two), format!("[a\\\\\\](b \"{}", lines(10)));
    }
}
