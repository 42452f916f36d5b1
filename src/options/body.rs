//! What only body preparation reads.

/// What to do with raw HTML in a Markdown body. (An HTML body is always sanitized.)
///
/// ```
/// use newsclip::options::{RawHtml, RenderOptions};
/// use newsclip::{Article, PreparedArticle, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
///     .section("S")
///     .body("Hi <b onclick=\"x()\">there</b>")
///     .build()?;
/// let html = |raw_html| {
///     let mut options = RenderOptions::default();
///     options.body.raw_html = raw_html;
///     PreparedArticle::new(&article, &site, &options).body().html().as_str().to_owned()
/// };
/// assert_eq!(html(RawHtml::Sanitize), "<p>Hi <b>there</b></p>\n");
/// assert_eq!(html(RawHtml::Strip), "<p>Hi there</p>\n");
/// assert_eq!(html(RawHtml::Escape), "<p>Hi &lt;b onclick=\"x()\"&gt;there&lt;/b&gt;</p>\n");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RawHtml {
    /// Show it as text.
    Escape,
    /// Drop the tags (their text content stays; the content of a raw `<script>`, `<style>`
    /// or comment block goes with it).
    Strip,
    /// Keep what the one allow-list policy allows (the body's element and attribute policy,
    /// the same as for HTML bodies).
    #[default]
    Sanitize,
}

/// Options only body preparation reads. Heading levels, ids and the link policy are shared
/// with the components, so they live on [`RenderOptions`](super::RenderOptions).
///
/// ```
/// use newsclip::options::BodyOptions;
///
/// // `non_exhaustive`: start from the defaults and set fields.
/// let mut options = BodyOptions::default();
/// options.keep_plain_text = true;
/// assert!(options.smart_punctuation);
/// assert_eq!(options.words_per_minute, 230);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BodyOptions {
    /// Curly quotes, dashes and ellipses. Default on.
    pub smart_punctuation: bool,
    /// `{#id .class}` on Markdown headings. Default off (untrusted input). When on, only the
    /// id is used; classes and other attributes are dropped.
    pub heading_attributes: bool,
    /// Raw HTML policy for Markdown bodies. Default [`RawHtml::Sanitize`].
    pub raw_html: RawHtml,
    /// Reading speed. Default 230 words per minute.
    pub words_per_minute: u32,
    /// Excerpt length in characters, ellipsis included. Default 160.
    pub excerpt_chars: usize,
    /// Allow `data:` URLs of raster images (png, jpeg, gif, webp, avif) in Markdown images.
    /// Default off.
    pub allow_data_images: bool,
    /// Keep the body's whole plain text
    /// ([`PreparedBody::plain_text`](crate::sanitize::PreparedBody::plain_text)), for a
    /// search index or a text feed. Default off: it costs memory the size of the body, and
    /// the page needs none of it (descriptions use the excerpt, reading time the word
    /// count), so by default the text is counted as it streams and only what the excerpt
    /// reads is kept.
    pub keep_plain_text: bool,
}

impl Default for BodyOptions {
    fn default() -> Self {
        BodyOptions {
            smart_punctuation: true,
            heading_attributes: false,
            raw_html: RawHtml::default(),
            words_per_minute: 230,
            excerpt_chars: 160,
            allow_data_images: false,
            keep_plain_text: false,
        }
    }
}
