//! The HTML a Markdown body holding raw HTML becomes before the sanitizer's parser reads it:
//! Markdown's elements written plainly (no ids, no link policy, no line breaks of its own)
//! with the raw HTML between them as the writer met it. Nothing here reaches the page: the
//! parser reads it into a tree, and the tree walk hands that to the [`Sink`](super::sink::Sink)
//! like any HTML body, so Markdown and raw HTML get one treatment.

use super::elements::{Attr, Attrs, El, Layout};
use super::escape::{escape_attr, escape_body_text};
use super::sink::Target;

/// The HTML being written.
#[derive(Debug, Default)]
pub(super) struct HtmlText(pub(super) String);

impl Target for HtmlText {
    fn start(&mut self, el: El, attrs: &Attrs<'_>) {
        let out = &mut self.0;
        out.push('<');
        out.push_str(el.name());
        for attr in Attr::of(attrs.present()) {
            if let Some(value) = attrs.get(attr) {
                out.push_str(attr.lead());
                escape_attr(out, value);
                out.push('"');
            }
        }
        out.push('>');
    }

    fn end(&mut self, el: El) {
        if !matches!(el.layout(), Layout::Void | Layout::VoidBlock) {
            self.0.push_str("</");
            self.0.push_str(el.name());
            self.0.push('>');
        }
    }

    fn text(&mut self, text: &str) {
        escape_body_text(&mut self.0, text);
    }

    fn raw_html(&mut self, html: &str) -> bool {
        self.0.push_str(html);
        true
    }
}
