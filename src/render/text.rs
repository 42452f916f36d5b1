//! Text written into HTML, escaped as maud escapes it, faster.
//!
//! maud's own escaping pushes one byte at a time. Text on a page (headlines, names, labels,
//! class names, attribute values) rarely holds a character to escape, so [`text`] looks for
//! one first (a loop over short text, `memchr` over longer) and copies the string whole when
//! there is none; only text that needs escaping goes through maud's escaper. The output is
//! byte for byte what maud writes (a test compares them on every byte value).

use maud::Render;

/// Writes `s` as text or an attribute value, escaped as maud escapes it.
pub(crate) fn text(buffer: &mut String, s: &str) {
    if needs_escape(s.as_bytes()) {
        s.render_to(buffer);
    } else {
        buffer.push_str(s);
    }
}

/// Whether `bytes` holds one of the four characters maud escapes: `&`, `<`, `>`, `"`.
fn needs_escape(bytes: &[u8]) -> bool {
    // Most text on a page (class names, labels, ids) is short: a plain loop over it costs
    // less than setting up two `memchr` searches.
    if bytes.len() < 32 {
        bytes.iter().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"'))
    } else {
        memchr::memchr3(b'&', b'<', b'>', bytes).is_some() || memchr::memchr(b'"', bytes).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(s: &str) -> (String, String) {
        let mut fast = String::new();
        text(&mut fast, s);
        let mut maud = String::new();
        s.render_to(&mut maud);
        (fast, maud)
    }

    #[test]
    fn same_as_maud_on_every_ascii_byte_and_more() {
        let ascii: String = (0u8..128).map(char::from).collect();
        for s in [
            "",
            "plain",
            "a&b",
            "<b>",
            "\"q\" 'a'",
            "ä&ö",
            ascii.as_str(),
        ] {
            let (fast, maud) = both(s);
            assert_eq!(fast, maud, "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn same_as_maud(s in "\\PC{0,80}|[&<>\"' a]{0,20}|a{20,40}[&<>\"]a{0,40}") {
            let (fast, maud) = both(&s);
            prop_assert_eq!(fast, maud);
        }
    }
}
