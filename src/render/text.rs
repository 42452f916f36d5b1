//! Text written into HTML, escaped as maud escapes it, faster.
//!
//! maud's own escaping pushes one byte at a time. Text on a page (headlines, names, labels,
//! class names, attribute values) rarely holds a character to escape, so [`Text`] looks for
//! one first and copies the string whole when there is none; only
//! text that needs escaping goes through maud's escaper. The output is byte for byte what
//! maud writes (a test compares them on every byte value).

use maud::Render;

/// A string to write as escaped HTML text or attribute value: `(Text(name))` in `html!`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text<'a>(pub(crate) &'a str);

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        let bytes = self.0.as_bytes();
        // maud escapes exactly these four.
        if memchr::memchr3(b'&', b'<', b'>', bytes).is_none()
            && memchr::memchr(b'"', bytes).is_none()
        {
            buffer.push_str(self.0);
        } else {
            self.0.render_to(buffer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(s: &str) -> (String, String) {
        let mut fast = String::new();
        Text(s).render_to(&mut fast);
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
        fn same_as_maud(s in "\\PC{0,40}|[&<>\"' a]{0,20}") {
            let (fast, maud) = both(&s);
            prop_assert_eq!(fast, maud);
        }
    }
}
