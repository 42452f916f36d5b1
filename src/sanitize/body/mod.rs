//! The article body: untrusted Markdown or HTML to safe, structured HTML plus everything
//! derived from it, in one pass.
//!
//! # Pipeline
//!
//! One writer, two readers:
//!
//! - the **writer** ([`sink`]) decides everything the HTML is made of: element and attribute
//!   spelling, headings (levels, ids, outline), links (allow-list, `rel`/`target`, in-page
//!   links), images (lazy, first image), footnote ids, every other id, and the text
//!   statistics;
//! - the **Markdown reader** (`markdown.rs`) turns pulldown-cmark's events into elements;
//! - the **HTML reader** (`walk.rs`) walks a tree parsed once by html5ever (`tree.rs`),
//!   keeping, unwrapping or dropping each element by [one policy](policy).
//!
//! A body takes one of three roads:
//!
//! - **Markdown without raw HTML** (the common case): Markdown reader → writer. No HTML
//!   parser. (So do bodies under [`RawHtml::Escape`] or [`RawHtml::Strip`], where raw HTML
//!   becomes text or disappears.)
//! - **Markdown with raw HTML** under [`RawHtml::Sanitize`]: the Markdown reader writes
//!   Markdown's elements and the raw HTML as one HTML fragment, parsed once and walked once
//!   into the writer. A body whose text has a `<` followed by a letter, `/`, `!` or `?` is
//!   parsed into a buffer of events first, to see whether raw HTML is really there.
//! - **HTML bodies**: parsed once, walked once into the writer. (The raw-HTML policy is about
//!   raw HTML *inside Markdown*; an HTML body is always sanitized.)
//!
//! Markdown and the equivalent HTML give the same bytes.
//!
//! # Decisions
//!
//! - The body never emits `h1`: the body's shallowest heading (whatever its level, in the
//!   parsed document: a `#` in a code block is no heading) renders one level below the
//!   headline ([`RenderOptions::body_heading_level`], clamped to 2..=6), deeper levels keep
//!   their distance from it, capped at `h6`.
//! - Ids are claimed first come, first served in document order: `a`, `a` and `a-1` give
//!   `a`, `a-1`, `a-1-1`. (A heading's id is claimed at its end, its text being known then;
//!   a heading nested in another, which HTML allows to parse, is written as its content.) Explicit ids (`{#id}` when heading attributes are on, `id` in raw
//!   HTML) keep their value when it is free and made of letters, digits, `-`, `_`; otherwise
//!   they are slugified or de-duplicated. Footnote ids are `fn-{label}`. The page's
//!   component ids ([`ComponentId`](crate::options::ComponentId)) are taken before the first
//!   claim, so content never gets one. With [`ContentIds::Prefixed`](crate::options::ContentIds)
//!   every content id carries the prefix and `href="#x"` becomes `href="#{prefix}x"`. `name`
//!   attributes are never written.
//! - URLs: `http`, `https`, `mailto`, relative; any whitespace or control character refuses a
//!   URL. `data:` raster images only from Markdown image syntax, only with
//!   [`BodyOptions::allow_data_images`], and only in a body without raw HTML to sanitize.
//!   A link leaves the site when [the one decision](crate::sanitize::links) says the URL as
//!   written does.
//! - Real-world HTML comes out valid: the walk [repairs](repair) what CMSs write (inline
//!   parents of blocks, stray list and `dl` children, captions outside figures, `time`
//!   without a date), the [`policy`] renames obsolete elements and unwraps sectioning
//!   ones, images take the URL a lazy loader hides in `data-src` and sizes only as integers;
//!   an image without `alt` is kept with `alt=""` and listed
//!   ([`PreparedBody::images_without_alt`]) for the lint.
//! - Spelling: HTML5 void elements (`<br>`, `<hr>`, `<img …>`), attributes in one order,
//!   pulldown-cmark's line breaks around Markdown's blocks, a table's rows in `<thead>` and
//!   `<tbody>`, each part on its own line. Table alignment is `style="text-align: …"`.
//! - Bounded work: every text goes through the [guard](crate::sanitize::guard) before its
//!   parser (`guard::markdown` before pulldown-cmark, `guard::html` before html5ever). HTML
//!   the guard refuses (nested deeper than 200 elements, or costing the tree builder more
//!   than the input's size allows) is not parsed: an HTML body is then shown as escaped text,
//!   and a Markdown body falls back to [`RawHtml::Escape`]. Everything is linear in the input.

mod derive;
mod elements;
mod escape;
mod html_text;
mod ids;
mod inline;
mod markdown;
mod outline;
mod policy;
mod repair;
mod sink;
mod time_value;
pub(in crate::sanitize) mod tree;
mod urls;
mod walk;

use std::borrow::Cow;

pub use outline::OutlineEntry;
pub use sink::marks::PaywallMarker;

use crate::options::{BodyOptions, ComponentId, IdOptions, RawHtml, RenderOptions};
use crate::sanitize::SafeHtml;
use crate::sanitize::guard::{self, HtmlVerdict};

use ids::IdAllocator;
use sink::{Sink, Target};

/// What a body is written in.
///
/// ```
/// use newsclip::sanitize::SourceFormat;
///
/// assert_ne!(SourceFormat::Markdown, SourceFormat::Html);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceFormat {
    /// CommonMark with tables, footnotes, strikethrough and task lists.
    Markdown,
    /// An HTML fragment.
    Html,
}

/// The first image of the body (a fallback for the JSON-LD image).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BodyImage {
    /// Its URL as written in the body (already allow-listed; may be relative).
    pub url: String,
    /// Its alt text.
    pub alt: String,
}

/// The body, parsed once: safe HTML and what the renderers derive from it.
///
/// ```
/// use newsclip::RenderOptions;
/// use newsclip::sanitize::{SourceFormat, prepare_body};
///
/// let site = url::Url::parse("https://newsclip.example/")?;
/// let source = "# The Breach\n\nMeta paused [work](https://wired.example/x).\n\n![Logo](/l.png)";
/// let mut options = RenderOptions::default();
/// let body = prepare_body(source, SourceFormat::Markdown, &site, &options);
/// assert_eq!(
///     body.html().as_str(),
///     "<h2 id=\"the-breach\">The Breach</h2>\n<p>Meta paused <a href=\"https://wired.example/x\" \
///      rel=\"noopener noreferrer\">work</a>.</p>\n<p><img src=\"/l.png\" alt=\"Logo\" \
///      loading=\"lazy\" decoding=\"async\"></p>\n"
/// );
/// assert_eq!(body.word_count(), 5);
/// assert_eq!(body.reading_minutes(), 1);
/// assert_eq!(body.excerpt(), "Meta paused work.");
/// assert_eq!(body.first_image().map(|i| i.url.as_str()), Some("/l.png"));
/// // The whole plain text only on request.
/// assert_eq!(body.plain_text(), None);
/// options.body.keep_plain_text = true;
/// let body = prepare_body(source, SourceFormat::Markdown, &site, &options);
/// assert_eq!(body.plain_text(), Some("The Breach Meta paused work."));
/// # Ok::<(), url::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PreparedBody {
    html: SafeHtml,
    outline: Vec<OutlineEntry>,
    plain_text: Option<String>,
    word_count: usize,
    reading_minutes: u32,
    excerpt: String,
    first_image: Option<BodyImage>,
    images_without_alt: Vec<String>,
    paywall: PaywallMarker,
    /// Just after the first top-level `<p>` start tag in `html`.
    lead: Option<usize>,
}

impl PreparedBody {
    /// The sanitized HTML.
    pub fn html(&self) -> &SafeHtml {
        &self.html
    }
    /// The heading outline (nested).
    pub fn outline(&self) -> &[OutlineEntry] {
        &self.outline
    }
    /// The whole text without markup, whitespace collapsed, when
    /// [`BodyOptions::keep_plain_text`] is on (`None` otherwise).
    pub fn plain_text(&self) -> Option<&str> {
        self.plain_text.as_deref()
    }
    /// Words: runs of non-space characters holding a letter or digit; each Han or kana
    /// character counts as one.
    pub fn word_count(&self) -> usize {
        self.word_count
    }
    /// Reading time in whole minutes, rounded up: at least 1 when there is a word, 0 for an
    /// empty body.
    pub fn reading_minutes(&self) -> u32 {
        self.reading_minutes
    }
    /// A plain-text excerpt of at most [`BodyOptions::excerpt_chars`] characters, cut at a word
    /// boundary and ended with `…` when cut.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }
    /// The first image.
    pub fn first_image(&self) -> Option<&BodyImage> {
        self.first_image.as_ref()
    }
    /// The URLs (as written in the body, allow-listed) of the images given without
    /// alternative text, in order: no `alt` attribute in HTML, an empty `![]` in Markdown.
    /// They are kept, with `alt=""` (shown as decorative), and the lint reports each
    /// (`image-alt-missing`). An explicit `alt=""` is a decorative image: not listed.
    ///
    /// ```
    /// use newsclip::RenderOptions;
    /// use newsclip::sanitize::{SourceFormat, prepare_body};
    ///
    /// let site = url::Url::parse("https://newsclip.example/")?;
    /// let html = r#"<img src="/a.png"><img src="/b.png" alt=""><img src="/c.png" alt="C">"#;
    /// let body = prepare_body(html, SourceFormat::Html, &site, &RenderOptions::default());
    /// assert_eq!(body.images_without_alt(), ["/a.png"]);
    /// assert!(body.html().as_str().starts_with(r#"<img src="/a.png" alt="" loading="lazy""#));
    /// # Ok::<(), url::ParseError>(())
    /// ```
    pub fn images_without_alt(&self) -> &[String] {
        &self.images_without_alt
    }
    /// Where the body's paywall marker (a `[paywall]` paragraph between top-level blocks,
    /// left out of the HTML) puts the start of the paywalled part; see [`PaywallMarker`].
    pub fn paywall(&self) -> PaywallMarker {
        self.paywall
    }
    /// The sanitized HTML split at the paywall marker: the free part and the paywalled
    /// part, each whole top-level blocks. `None` unless the marker is
    /// [`PaywallMarker::At`] a split. ([`ArticleBody`](crate::render::html::ArticleBody)
    /// wraps the paywalled part for a paywalled article; a template of your own can too.)
    pub fn paywall_split(&self) -> Option<(&str, &str)> {
        match self.paywall {
            PaywallMarker::At(at) => {
                let html = self.html.as_str();
                Some((html.get(..at)?, html.get(at..)?))
            }
            _ => None,
        }
    }
    /// Where in [`html`](Self::html) the first top-level paragraph's content starts (just
    /// after its `<p …>`): where the page writes the dateline.
    pub(crate) fn lead_at(&self) -> Option<usize> {
        self.lead
    }
}

/// Options resolved once per body.
#[derive(Debug, Clone)]
pub(crate) struct Env<'o> {
    opts: &'o BodyOptions,
    /// The site's base URL: links are judged against it.
    site_base: &'o url::Url,
    base_level: u8,
    /// Prefix of every content id (cleaned; empty unless content ids are prefixed).
    id_prefix: String,
    /// The page's ids: content never takes a component's.
    page_ids: &'o IdOptions,
    /// The configured `rel`, cleaned (borrowed when it already is).
    rel: Cow<'o, str>,
    new_tab: bool,
}

impl<'o> Env<'o> {
    fn new(options: &'o RenderOptions, site_base: &'o url::Url) -> Self {
        Env {
            opts: &options.body,
            site_base,
            base_level: options.body_heading_level().clamp(2, 6),
            id_prefix: options.ids.content.prefix(),
            page_ids: &options.ids,
            rel: options.links.rel_tokens(),
            new_tab: options.links.new_tab,
        }
    }

    /// The rendered level of a source heading level (1..=6) in a body whose shallowest
    /// heading is `top`: the top level renders at the base level, deeper ones keep their
    /// distance, capped at h6.
    fn shift(&self, level: u8, top: u8) -> u8 {
        let depth = level.clamp(1, 6).saturating_sub(top.clamp(1, 6));
        (self.base_level + depth).min(6)
    }

    /// ` rel="…" target="_blank"` as configured.
    fn push_external_attrs(&self, buf: &mut String) {
        if !self.rel.is_empty() {
            buf.push_str(" rel=\"");
            buf.push_str(&self.rel);
            buf.push('"');
        }
        if self.new_tab {
            buf.push_str(" target=\"_blank\"");
        }
    }

    /// A fresh id allocator for this body: content ids carry the prefix, and the
    /// components' ids are taken before content claims any.
    fn ids(&self, expected: usize) -> IdAllocator {
        IdAllocator::with_capacity(&self.id_prefix, expected).reserving(
            self.page_ids.written_component_prefix(),
            &ComponentId::NAMES,
        )
    }
}

/// Line endings to `\n` for inline answers given as any string. (A [`Body`] needs none: only
/// validation makes one, and it normalizes line endings.)
fn normalize_newlines(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\r', s.as_bytes()).is_some() {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Prepares a body: sanitized HTML, outline, word count, reading time, excerpt, first image
/// and (when [`BodyOptions::keep_plain_text`] asks for it) the whole plain text, from one
/// parse. `site_base` is the site's base URL: links to other hosts get
/// [`RenderOptions::links`].
///
/// - Markdown without raw HTML streams from pulldown-cmark to the writer; no HTML parser is
///   involved.
/// - Markdown with raw HTML under [`RawHtml::Sanitize`], and HTML bodies, are parsed once by
///   html5ever and walked once, by one element policy, into the same writer.
/// - The body never emits `h1`; every id is unique and never a component id; no `name`
///   attribute is written; external links get [`RenderOptions::links`]; only `http`,
///   `https`, `mailto` and relative URLs survive (whatever the case, entities, whitespace or
///   control characters).
/// - Work is linear in the input, whatever it holds: HTML nested deeper than 200 elements
///   (or otherwise too costly for the HTML parser) is shown as text rather than parsed, and a
///   Markdown link title left open over many lines is text.
///
/// ```
/// use newsclip::RenderOptions;
/// use newsclip::options::ContentIds;
/// use newsclip::sanitize::{SourceFormat, prepare_body};
///
/// let site = url::Url::parse("https://newsclip.example/")?;
/// let html = "<h1 onclick=\"x()\">Top</h1><p id=nc_headline>Text<script>alert(1)</script></p>";
/// let mut options = RenderOptions::default();
/// let body = prepare_body(html, SourceFormat::Html, &site, &options);
/// // `nc_headline` is the headline's id: the body gets another.
/// assert_eq!(body.html().as_str(), "<h2 id=\"top\">Top</h2>\n<p id=\"nc_headline-1\">Text</p>\n");
/// options.ids.content = ContentIds::user_content();
/// let body = prepare_body(html, SourceFormat::Html, &site, &options);
/// assert_eq!(body.outline()[0].id, "user-content-top");
/// # Ok::<(), url::ParseError>(())
/// ```
pub fn prepare_body(
    source: &str,
    format: SourceFormat,
    site_base: &url::Url,
    options: &RenderOptions,
) -> PreparedBody {
    let env = Env::new(options, site_base);
    match format {
        SourceFormat::Markdown => markdown::prepare(&guard::markdown(source), &env),
        SourceFormat::Html => match guard::html(source) {
            HtmlVerdict::Parse(html) => sanitize_html(&html, &env),
            HtmlVerdict::Refuse(_) => escaped_html_body(source, &env),
        },
    }
}

/// An HTML body the guard refused (too costly for the HTML parser): shown as text in one
/// paragraph.
fn escaped_html_body(source: &str, env: &Env<'_>) -> PreparedBody {
    let mut sink = Sink::new(env, source.len(), false);
    sink.start(elements::El::P, &elements::Attrs::NONE);
    sink.text(source);
    sink.end(elements::El::P);
    sink.finish()
}

/// HTML (a body, or Markdown with raw HTML): parsed once, walked once into the writer.
fn sanitize_html(html: &str, env: &Env<'_>) -> PreparedBody {
    let tree = tree::parse(html);
    let mut sink = Sink::new(env, html.len(), false);
    walk::walk(&tree, &mut sink);
    sink.finish()
}

/// Renders an answer's inline Markdown (quick answers, FAQ) to safe inline HTML: emphasis,
/// strong, strikethrough, code and links (same URL allow-list and external-link policy as the
/// body, judged against `site_base`). No block elements, no `<p>` wrapper; raw HTML is shown
/// as text.
///
/// ```
/// use newsclip::RenderOptions;
/// use newsclip::sanitize::render_inline_markdown;
///
/// let site = url::Url::parse("https://newsclip.example/")?;
/// let html = render_inline_markdown(
///     "It *paused* [work](https://wired.example/x) <b>now</b> [x](javascript:alert(1))",
///     &site,
///     &RenderOptions::default(),
/// );
/// assert_eq!(
///     html.as_str(),
///     "It <em>paused</em> <a href=\"https://wired.example/x\" rel=\"noopener noreferrer\">work</a> \
///      &lt;b&gt;now&lt;/b&gt; x"
/// );
/// # Ok::<(), url::ParseError>(())
/// ```
pub fn render_inline_markdown(
    text: &str,
    site_base: &url::Url,
    options: &RenderOptions,
) -> SafeHtml {
    if let Some(plain) = inline::plain(text) {
        return SafeHtml::from_sanitized(plain.to_owned());
    }
    let env = Env::new(options, site_base);
    inline::render(&guard::markdown(&normalize_newlines(text)), &env)
}
