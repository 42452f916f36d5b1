//! The HTML writer of the Markdown pass: the markup of pulldown-cmark's own `push_html` for
//! every tag we pass on unchanged (paragraphs, lists, quotes, tables, code, emphasis …),
//! byte for byte, written straight into one buffer.
//!
//! The adaptor (`markdown.rs`) calls it directly instead of handing events to `push_html`:
//! no event is re-dispatched, and body text is escaped by a vectorized search for the three
//! bytes that need it (`&`, `<`, `>`) rather than a byte-by-byte table walk. Tags whose markup
//! we decide ourselves (headings, links, images, footnotes) are written by the adaptor.

use std::fmt::Write as _;

use pulldown_cmark::{Alignment, BlockQuoteKind, CodeBlockKind, Tag, TagEnd};
use pulldown_cmark_escape::escape_html;
use wide::u8x16;

/// The output buffer and the little state pulldown-cmark's writer keeps (table cells).
#[derive(Debug, Default)]
pub(super) struct HtmlOut {
    pub(super) buf: String,
    alignments: Vec<Alignment>,
    in_table_head: bool,
    cell: usize,
}

impl HtmlOut {
    pub(super) fn new(buf: String) -> Self {
        HtmlOut {
            buf,
            ..HtmlOut::default()
        }
    }

    /// True at the start of the output or of a line: block tags then need no `\n` first.
    pub(super) fn at_line_start(&self) -> bool {
        self.buf.is_empty() || self.buf.ends_with('\n')
    }

    /// A block-level start tag, on a line of its own.
    pub(super) fn block(&mut self, tag: &str) {
        if !self.at_line_start() {
            self.buf.push('\n');
        }
        self.buf.push_str(tag);
    }

    pub(super) fn raw(&mut self, html: &str) {
        self.buf.push_str(html);
    }

    /// Text content, escaped.
    pub(super) fn text(&mut self, text: &str) {
        escape_body_text(&mut self.buf, text);
    }

    /// An attribute value, escaped.
    pub(super) fn attr(&mut self, value: &str) {
        let _ = escape_html(&mut self.buf, value);
    }

    /// A number (list start, footnote number).
    pub(super) fn number(&mut self, n: impl std::fmt::Display) {
        let _ = write!(self.buf, "{n}");
    }

    /// A start tag written as pulldown-cmark writes it. Tags the adaptor writes itself
    /// (headings, links, images, footnotes) and those of extensions we never enable
    /// (metadata blocks) write nothing here.
    pub(super) fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Paragraph => self.block("<p>"),
            Tag::Item => self.block("<li>"),
            Tag::List(None) => self.block("<ul>\n"),
            Tag::List(Some(1)) => self.block("<ol>\n"),
            Tag::List(Some(start)) => {
                self.block("<ol start=\"");
                self.number(*start);
                self.buf.push_str("\">\n");
            }
            Tag::BlockQuote(kind) => {
                self.block(match kind {
                    None => "<blockquote>\n",
                    Some(BlockQuoteKind::Note) => "<blockquote class=\"markdown-alert-note\">\n",
                    Some(BlockQuoteKind::Tip) => "<blockquote class=\"markdown-alert-tip\">\n",
                    Some(BlockQuoteKind::Important) => {
                        "<blockquote class=\"markdown-alert-important\">\n"
                    }
                    Some(BlockQuoteKind::Warning) => {
                        "<blockquote class=\"markdown-alert-warning\">\n"
                    }
                    Some(BlockQuoteKind::Caution) => {
                        "<blockquote class=\"markdown-alert-caution\">\n"
                    }
                });
            }
            Tag::CodeBlock(kind) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split(' ').next().unwrap_or(""),
                    CodeBlockKind::Indented => "",
                };
                if lang.is_empty() {
                    self.block("<pre><code>");
                } else {
                    self.block("<pre><code class=\"language-");
                    self.attr(lang);
                    self.buf.push_str("\">");
                }
            }
            Tag::Table(alignments) => {
                self.alignments.clone_from(alignments);
                self.buf.push_str("<table>");
            }
            Tag::TableHead => {
                self.in_table_head = true;
                self.cell = 0;
                self.buf.push_str("<thead><tr>");
            }
            Tag::TableRow => {
                self.cell = 0;
                self.buf.push_str("<tr>");
            }
            Tag::TableCell => {
                self.buf
                    .push_str(if self.in_table_head { "<th" } else { "<td" });
                self.buf.push_str(match self.alignments.get(self.cell) {
                    Some(Alignment::Left) => " style=\"text-align: left\">",
                    Some(Alignment::Center) => " style=\"text-align: center\">",
                    Some(Alignment::Right) => " style=\"text-align: right\">",
                    _ => ">",
                });
            }
            Tag::DefinitionList => self.block("<dl>\n"),
            Tag::DefinitionListTitle => self.block("<dt>"),
            Tag::DefinitionListDefinition => self.block("<dd>"),
            Tag::Emphasis => self.buf.push_str("<em>"),
            Tag::Strong => self.buf.push_str("<strong>"),
            Tag::Strikethrough => self.buf.push_str("<del>"),
            Tag::Superscript => self.buf.push_str("<sup>"),
            Tag::Subscript => self.buf.push_str("<sub>"),
            Tag::HtmlBlock
            | Tag::Heading { .. }
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::FootnoteDefinition(_)
            | Tag::MetadataBlock(_) => {}
        }
    }

    /// An end tag written as pulldown-cmark writes it (see [`HtmlOut::start`]).
    pub(super) fn end(&mut self, end: TagEnd) {
        let html = match end {
            TagEnd::Paragraph => "</p>\n",
            TagEnd::Item => "</li>\n",
            TagEnd::List(true) => "</ol>\n",
            TagEnd::List(false) => "</ul>\n",
            TagEnd::BlockQuote(_) => "</blockquote>\n",
            TagEnd::CodeBlock => "</code></pre>\n",
            TagEnd::Table => "</tbody></table>\n",
            TagEnd::TableHead => {
                self.in_table_head = false;
                "</tr></thead><tbody>\n"
            }
            TagEnd::TableRow => "</tr>\n",
            TagEnd::TableCell => {
                self.cell += 1;
                if self.in_table_head { "</th>" } else { "</td>" }
            }
            TagEnd::DefinitionList => "</dl>\n",
            TagEnd::DefinitionListTitle => "</dt>\n",
            TagEnd::DefinitionListDefinition => "</dd>\n",
            TagEnd::Emphasis => "</em>",
            TagEnd::Strong => "</strong>",
            TagEnd::Strikethrough => "</del>",
            TagEnd::Superscript => "</sup>",
            TagEnd::Subscript => "</sub>",
            TagEnd::HtmlBlock
            | TagEnd::Heading(_)
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::FootnoteDefinition
            | TagEnd::MetadataBlock(_) => "",
        };
        self.buf.push_str(html);
    }
}

/// Escapes text content: `&`, `<` and `>` (quotes need no escaping outside attributes), the
/// same output as `pulldown_cmark_escape::escape_html_body_text`. Nearly all text holds none
/// of them and is copied whole after one vector check; otherwise runs between them are found
/// by `memchr3`.
pub(super) fn escape_body_text(out: &mut String, text: &str) {
    if !needs_escape(text.as_bytes()) {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(at) = memchr::memchr3(b'&', b'<', b'>', rest.as_bytes()) {
        // `at` is an ASCII byte, so both sides are on character boundaries.
        let (run, special) = rest.split_at(at);
        out.push_str(run);
        let (byte, tail) = special.split_at(1);
        out.push_str(match byte {
            "&" => "&amp;",
            "<" => "&lt;",
            _ => "&gt;",
        });
        rest = tail;
    }
    out.push_str(rest);
}

/// Whether `bytes` holds `&`, `<` or `>`: 16 bytes per step with portable SIMD (`wide`), no
/// call and no setup, which is what the short texts of a body want.
fn needs_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    let (amp, lt, gt) = (u8x16::splat(b'&'), u8x16::splat(b'<'), u8x16::splat(b'>'));
    let mut hits = u8x16::splat(0);
    for chunk in &mut chunks {
        let v = u8x16::new(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
        hits |= v.cmp_eq(amp) | v.cmp_eq(lt) | v.cmp_eq(gt);
    }
    // Not `any()`: wide 0.7.33's plain-code fallback of `any` misses bytes 7 and 15.
    hits.move_mask() != 0
        || chunks
            .remainder()
            .iter()
            .any(|b| matches!(b, b'&' | b'<' | b'>'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser};

    /// Writes the events `HtmlOut` owns; `None` when the source has any other kind.
    fn write_plain(src: &str) -> Option<String> {
        let mut out = HtmlOut::new(String::new());
        for ev in Parser::new_ext(src, options()) {
            match ev {
                Event::Start(
                    Tag::Heading { .. }
                    | Tag::Link { .. }
                    | Tag::Image { .. }
                    | Tag::FootnoteDefinition(_)
                    | Tag::HtmlBlock
                    | Tag::MetadataBlock(_),
                )
                | Event::Html(_)
                | Event::InlineHtml(_)
                | Event::FootnoteReference(_)
                | Event::TaskListMarker(_)
                | Event::InlineMath(_)
                | Event::DisplayMath(_) => return None,
                Event::Start(tag) => out.start(&tag),
                Event::End(end) => out.end(end),
                Event::Text(t) => out.text(&t),
                Event::Code(t) => {
                    out.raw("<code>");
                    out.text(&t);
                    out.raw("</code>");
                }
                Event::SoftBreak => out.raw("\n"),
                Event::HardBreak => out.raw("<br />\n"),
                Event::Rule => out.block("<hr />\n"),
            }
        }
        Some(out.buf)
    }

    fn options() -> Options {
        Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_SMART_PUNCTUATION
            | Options::ENABLE_DEFINITION_LIST
            | Options::ENABLE_SUPERSCRIPT
            | Options::ENABLE_SUBSCRIPT
    }

    fn pulldown(src: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(src, options()));
        html
    }

    #[test]
    fn escapes_like_pulldown() {
        for text in [
            "",
            "plain",
            "a & b < c > d",
            "&&<<>>",
            "\"quoted\" 'x'",
            "é<ü>ß&",
        ] {
            let mut ours = String::new();
            escape_body_text(&mut ours, text);
            let mut theirs = String::new();
            let _ = pulldown_cmark_escape::escape_html_body_text(&mut theirs, text);
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn writes_like_pulldown() {
        let samples = [
            "One *two* **three** ~~four~~ `five` <&>\n\nNext para  \nhard break",
            "> quote\n> more\n\n- a\n- b\n\n  loose\n\n1. x\n2. y\n\n3. z\n\n7) seven",
            "| a | b | c |\n|:-|:-:|-:|\n| 1 | 2 | 3 |\n| 4 |\n\ntext after\n\n---\n\n***",
            "```rust extra\nlet a = 1 < 2;\n```\n\n    indented\n    code\n\n~~~\nplain\n~~~",
            "term\n: definition\n\nH~2~O and x^2^\n\n- > quoted item\n  - nested\n    1. deep",
            "para\n***\nafter rule\n\n> - list in quote\n>\n> ```\n> code in quote\n> ```",
        ];
        for src in samples {
            let ours = write_plain(src).unwrap_or_else(|| panic!("unexpected event in {src:?}"));
            assert_eq!(ours, pulldown(src), "{src:?}");
        }
    }

    proptest! {
        /// Any mix of block and inline Markdown that only yields events `HtmlOut` writes
        /// comes out exactly as pulldown-cmark's own writer has it.
        #[test]
        fn generated_markdown_writes_like_pulldown(
            parts in proptest::collection::vec(prop_oneof![
                Just("\n"), Just("\n\n"), Just("- "), Just("1. "), Just("3) "), Just("> "),
                Just("    "), Just("```\n"), Just("```js\n"), Just("| a | b |\n|--|:-:|\n"),
                Just("| "), Just("---\n"), Just("*"), Just("**"), Just("~~"), Just("`"),
                Just("word "), Just("é & ü"), Just("<"), Just(">"), Just("\"'"), Just("  \n"),
                Just(": "), Just("^"), Just("~"), Just("\t"), Just("==="),
            ], 0..40)
        ) {
            let src: String = parts.concat();
            if let Some(ours) = write_plain(&src) {
                prop_assert_eq!(ours, pulldown(&src), "{:?}", src);
            }
        }
    }
}
