//! Writing XML (the feeds and the news sitemap) with quick-xml: every text and attribute
//! value escaped by the writer, and characters XML 1.0 cannot carry at all (C0 controls other
//! than tab and line breaks, U+FFFE, U+FFFF) removed first, since no escape can represent
//! them and a parser stops at the first one.

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// True for a character XML 1.0 documents may contain.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` without the characters XML cannot carry; borrowed when it has none.
pub(crate) fn xml_chars(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|c| is_xml_char(*c)).collect())
    }
}

/// An indented XML document being written into one buffer.
pub(crate) struct XmlOut {
    writer: Writer<Vec<u8>>,
}

impl XmlOut {
    /// A document of about `capacity` bytes, starting with its XML declaration.
    pub(crate) fn new(capacity: usize) -> Self {
        let mut out = XmlOut {
            writer: Writer::new_with_indent(Vec::with_capacity(capacity), b' ', 2),
        };
        out.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        out
    }

    /// Writing into a `Vec` cannot fail; the `io::Result` quick-xml returns is always `Ok`.
    fn event(&mut self, event: Event<'_>) {
        let _ = self.writer.write_event(event);
    }

    fn start(name: &str, attributes: &[(&str, &str)]) -> BytesStart<'static> {
        let mut start = BytesStart::new(name.to_string());
        for (key, value) in attributes {
            start.push_attribute((*key, xml_chars(value).as_ref()));
        }
        start
    }

    /// `<name attributes…>`, closed later by [`close`](Self::close).
    pub(crate) fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.event(Event::Start(Self::start(name, attributes)));
    }

    /// `</name>`.
    pub(crate) fn close(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    /// `<name attributes…/>`.
    pub(crate) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.event(Event::Empty(Self::start(name, attributes)));
    }

    /// `<name attributes…>text</name>`, the text escaped.
    pub(crate) fn text(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.event(Event::Start(Self::start(name, attributes)));
        self.event(Event::Text(BytesText::new(&xml_chars(text))));
        self.event(Event::End(BytesEnd::new(name)));
    }

    /// The document.
    pub(crate) fn finish(self) -> String {
        let mut bytes = self.writer.into_inner();
        bytes.push(b'\n');
        // Every byte written came from a `&str` or is ASCII markup, so this is UTF-8.
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_what_xml_cannot_hold() {
        let mut out = XmlOut::new(0);
        out.open("a", &[("k", "\"<&>'\u{1}")]);
        out.text("b", &[], "x < y & \u{0}z\u{FFFE} ]]> \u{1F600}");
        out.empty("c", &[("d", "e")]);
        out.close("a");
        assert_eq!(
            out.finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a k=\"&quot;&lt;&amp;&gt;&apos;\">\n  \
             <b>x &lt; y &amp; z ]]&gt; \u{1F600}</b>\n  <c d=\"e\"/>\n</a>\n"
        );
    }

    #[test]
    fn xml_chars_borrows_clean_text() {
        assert!(matches!(xml_chars("fine\ttext\n"), Cow::Borrowed(_)));
        assert_eq!(xml_chars("a\u{B}b\u{C}c\u{1F}d\u{FFFF}"), "abcd");
    }
}
