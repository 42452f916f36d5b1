//! Sanitizing, in one place: plain-text fields, slugs, URLs in content, and the article body.
//!
//! Only this module constructs [`SafeHtml`], the one type whose contents are written into a
//! page without escaping.

mod body;
mod guard;
pub(crate) mod links;
pub(crate) mod slug;
mod text;

pub use body::{
    BodyImage, OutlineEntry, PaywallMarker, PreparedBody, SourceFormat, prepare_body,
    render_inline_markdown,
};
pub use slug::slugify;
pub(crate) use text::has_visible;
pub use text::{TextMode, clean_text};

/// HTML that this crate produced and sanitized: safe to write into a page as is.
///
/// Nothing outside the sanitizer can make one, so a renderer holding a `SafeHtml` holds
/// something that went through the allow-lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SafeHtml(String);

impl SafeHtml {
    /// Only the sanitizer calls this, on HTML it built or cleaned itself.
    pub(crate) fn from_sanitized(html: String) -> Self {
        SafeHtml(html)
    }

    /// The HTML.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The HTML as an owned string.
    pub fn into_string(self) -> String {
        self.0
    }

    /// True when there is no HTML at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl maud::Render for SafeHtml {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&self.0);
    }
}
