//! Headings as the writer meets them: content held back until the id is known (it comes from
//! the heading's text, which follows its start tag), ids from the one id space, levels
//! shifted from the body's own top level, and the outline.
//!
//! The top level (the shallowest heading of the body) is known only at the end. Each heading
//! is written with the level it has under the top level met so far, and where its two level
//! digits lie is recorded; at the end, the few digits written under a deeper provisional top
//! are put right in place (same length, so nothing moves). Linear, and no second pass.
//!
//! One heading is open at a time. A heading nested in a heading (possible in HTML's tree:
//! `<h2>Outer<b><h3>Inner</h3></b></h2>`) is written as its content alone, set apart by a
//! line break (`Outer\nInner`, id `outer-inner`): written as an element inside the outer
//! heading it would close the outer one when a browser parses the page, and the adoption
//! agency would then clone formatting elements around it, ids and all (the html_body fuzz
//! target found duplicate ids so).

use super::super::elements::{Attr, Attrs, El};
use super::super::ids;
use super::super::outline::Headings;
use super::Sink;
use super::attrs::{IdRule, at_line_start, write_attrs};

/// Where a written heading's level digits lie (`<h2` and `</h2`) in the body's output.
#[derive(Debug, Clone, Copy)]
pub(super) struct Digits {
    open: usize,
    close: usize,
    /// Its source level.
    level: u8,
    /// The level written.
    written: u8,
}

/// A heading whose end has not been met.
#[derive(Debug)]
pub(super) struct OpenHeading {
    /// Source level.
    pub(super) level: u8,
    /// Its outline entry.
    pub(super) entry: usize,
    /// The explicit id it was given, if any.
    pub(super) explicit: Option<String>,
    /// Its other attributes, written.
    pub(super) attrs: String,
    /// The output written before it, put back when it closes (its content is written into a
    /// buffer of its own meanwhile).
    pub(super) outer: String,
}

/// Every heading of one body.
#[derive(Debug, Default)]
pub(super) struct HeadingState {
    /// The heading being written.
    pub(super) open: Option<OpenHeading>,
    /// Heading elements opened inside it (not written).
    pub(super) nested: usize,
    /// The text of the open heading (its nested headings' texts included).
    pub(super) text: String,
    /// A content buffer for the next heading.
    pub(super) spare: String,
    /// A buffer for the next heading's id.
    pub(super) spare_id: String,
    pub(super) outline: Headings,
    /// Digits of the headings written into the body's output.
    digits: Vec<Digits>,
    /// The shallowest source level met so far.
    top: u8,
}

impl HeadingState {
    /// At a heading's start (`start`) or end: whether it is one inside the open heading, not
    /// written (counted here, so that its end is known as not written too).
    pub(super) fn nested_skipped(&mut self, start: bool) -> bool {
        if start && self.open.is_some() {
            self.nested += 1;
            true
        } else if !start && self.nested > 0 {
            self.nested -= 1;
            true
        } else {
            false
        }
    }

    pub(super) fn with_capacity(headings: usize) -> Self {
        HeadingState {
            outline: Headings::with_capacity(headings),
            top: 6,
            ..HeadingState::default()
        }
    }

    /// A heading of source level `level` opens: its outline entry, and the top level so far.
    pub(super) fn note_open(&mut self, level: u8) -> usize {
        self.top = self.top.min(level);
        self.outline.open(level)
    }

    /// The top level met so far (for a heading written now).
    pub(super) fn top_so_far(&self) -> u8 {
        self.top
    }

    /// A heading was written with its level digits at `open`/`close` in the body's output.
    pub(super) fn note_written(&mut self, open: usize, close: usize, level: u8, written: u8) {
        self.digits.push(Digits {
            open,
            close,
            level,
            written,
        });
    }

    /// Puts right, in `out`, the level of every heading written under a provisional top
    /// level; `render` maps a source level to its level under the body's real top level.
    pub(super) fn fix_levels(&self, out: &mut String, render: impl Fn(u8) -> u8) {
        const DIGITS: [&str; 6] = ["1", "2", "3", "4", "5", "6"];
        for d in &self.digits {
            let level = render(d.level);
            if level == d.written {
                continue;
            }
            let digit = DIGITS[usize::from(level.clamp(1, 6) - 1)];
            for at in [d.open, d.close] {
                if out.get(at..at + 1).is_some() {
                    out.replace_range(at..at + 1, digit);
                }
            }
        }
    }
}

impl Sink<'_> {
    pub(super) fn start_heading(&mut self, level: u8, attrs: &Attrs<'_>) {
        if self.pre == 0 && !at_line_start(&self.out) {
            self.out.push('\n');
        }
        let mut other = String::new();
        if attrs.present() & !Attr::Id.bit() != 0 {
            let el = El::heading(level);
            write_attrs(
                &mut other,
                &mut self.ids,
                el,
                attrs,
                IdRule::Claim,
                Attr::Id.bit(),
                0,
            );
        }
        // Room for a usual heading at once (the buffer is reused for the next headings).
        let mut content = std::mem::take(&mut self.headings.spare);
        if content.capacity() == 0 {
            content.reserve(256);
        }
        if self.headings.text.capacity() == 0 {
            self.headings.text.reserve(128);
        }
        let entry = self.headings.note_open(level);
        self.headings.open = Some(OpenHeading {
            level,
            entry,
            explicit: attrs.get(Attr::Id).map(str::to_owned),
            attrs: other,
            outer: std::mem::replace(&mut self.out, content),
        });
        self.stats.set_in_heading(true);
    }

    #[inline(never)]
    pub(super) fn end_heading(&mut self) {
        // The tag up to the id and the end tag as whole strings.
        const OPEN: [&str; 6] = [
            "<h1 id=\"",
            "<h2 id=\"",
            "<h3 id=\"",
            "<h4 id=\"",
            "<h5 id=\"",
            "<h6 id=\"",
        ];
        const CLOSE: [&str; 6] = ["</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"];
        let Some(h) = self.headings.open.take() else {
            return;
        };
        let mut content = std::mem::replace(&mut self.out, h.outer);
        let hs = &mut self.headings;
        // The text, collapsed, goes straight into the outline.
        let (buffer, text_start) = hs.outline.text_buffer();
        collapse_into(buffer, &hs.text);
        hs.text.clear();
        let mut id = std::mem::take(&mut hs.spare_id);
        self.ids.claim_heading_into(
            h.explicit.as_deref(),
            hs.outline.text_since(text_start),
            &mut id,
        );
        let written = self.env.shift(h.level, hs.top_so_far());
        let at = usize::from(written.clamp(1, 6) - 1);
        let open_digit = self.out.len() + 2;
        self.out.push_str(OPEN[at]);
        ids::push_id(&mut self.out, &id);
        self.out.push('"');
        self.out.push_str(&h.attrs);
        self.out.push('>');
        self.out.push_str(&content);
        let close_digit = self.out.len() + 3;
        self.out.push_str(CLOSE[at]);
        if self.pre == 0 {
            self.out.push('\n');
        }
        hs.note_written(open_digit, close_digit, h.level, written);
        hs.outline.close(h.entry, text_start, &id);
        content.clear();
        hs.spare = content;
        hs.spare_id = id;
        self.stats.set_in_heading(false);
    }
}

/// Appends `s` with whitespace runs as one space, trimmed.
fn collapse_into(out: &mut String, s: &str) {
    if is_collapsed(s) {
        out.push_str(s);
        return;
    }
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// True when collapsing `s` would return it unchanged: no whitespace but single spaces between
/// non-spaces (the common case for heading text). Only non-ASCII text needs the Unicode check.
fn is_collapsed(s: &str) -> bool {
    !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        // ASCII whitespace other than the space: tab, line feed, vertical tab, form feed, CR.
        && !s.bytes().any(|b| matches!(b, b'\t'..=b'\r'))
        && (s.is_ascii() || !s.chars().any(|c| c.is_whitespace() && c != ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collapse(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn collapse_into_as_collapse() {
        for s in [
            "",
            " ",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "x\ny z",
            "a\u{b}b",
            "Meta’s “AI”",
            "a\u{2003}b",
            "a\u{3000}",
            "\u{85}",
            "abcdefg\rhijklmno",
        ] {
            let mut out = String::new();
            collapse_into(&mut out, s);
            assert_eq!(out, collapse(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn collapse_into_matches_collapse(
            s in "([ a\t\n\u{b}\u{c}\r\u{1c}é’\u{85}\u{a0}\u{1680}\u{2000}\u{200a}\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}]|[a-z]{1,9}| ){0,20}"
        ) {
            let mut out = String::new();
            collapse_into(&mut out, &s);
            proptest::prop_assert_eq!(out, collapse(&s));
        }
    }
}
