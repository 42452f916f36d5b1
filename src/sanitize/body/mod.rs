//! The article body: untrusted Markdown or HTML to safe, structured HTML plus everything
//! derived from it, in one pass.
//!
//! # Pipeline
//!
//! - **Markdown without raw HTML** (the common case): one adaptor (`markdown.rs`) reads
//!   pulldown-cmark's events and writes the HTML itself into one buffer (`html_out.rs`: the
//!   same markup as pulldown-cmark's `push_html` for everything we pass on unchanged). Heading
//!   levels, ids, links, images, figures, footnotes, word count, excerpt and outline are all
//!   done in that pass. ammonia is never touched.
//! - **Markdown with raw HTML**, policy [`RawHtml::Escape`] or [`RawHtml::Strip`]: the same
//!   pass; raw HTML becomes text or disappears.
//! - **Markdown with raw HTML**, policy [`RawHtml::Sanitize`]: a body whose text has a `<`
//!   followed by a letter, `/`, `!` or `?` is parsed once into a buffer of events (others
//!   stream). If a raw HTML event does turn up, the buffered events are rendered again with
//!   raw HTML kept and headings left alone, the whole fragment is cleaned once by the
//!   [one ammonia policy](policy), and a linear pass over ammonia's output (`html_body.rs`)
//!   applies the heading, id and link treatment and derives the text statistics. Markdown
//!   headings and raw HTML headings thus share one id space and one level rule. If no raw
//!   HTML turns up (a `<` in code or an autolink), ammonia is never touched.
//! - **HTML bodies**: ammonia, then the same HTML pass. (The raw-HTML policy is about raw HTML
//!   *inside Markdown*; an HTML body is always sanitized.)
//!
//! # Decisions
//!
//! - The body never emits `h1`: the body's shallowest heading (`#` or `##`, `<h1>` or `<h2>`)
//!   renders one level below the headline
//!   ([`RenderOptions::body_heading_level`], clamped to 2..=6), deeper levels keep
//!   their distance from it, capped at `h6`. Same for HTML bodies. So writers who start
//!   sections at `##` and writers who start at `#` both get h2 sections under the headline.
//! - Ids are claimed first come, first served in document order: `a`, `a` and `a-1` give
//!   `a`, `a-1`, `a-1-1`. Explicit ids (`{#id}` when heading attributes are on, `id` in raw
//!   HTML) keep their value when it is free and made of letters, digits, `-`, `_`; otherwise
//!   they are slugified or de-duplicated. Footnote ids are `fn-{label}`. The page's
//!   component ids ([`ComponentId`](crate::options::ComponentId)) are taken before the first
//!   claim, so content never gets one. With [`ContentIds::Prefixed`](crate::options::ContentIds)
//!   every content id carries the prefix and `href="#x"` becomes `href="#{prefix}x"`. `name`
//!   attributes are dropped.
//! - URLs: `http`, `https`, `mailto`, relative; any whitespace or control character refuses a
//!   URL. `data:` raster images only from Markdown image syntax and only with
//!   [`BodyOptions::allow_data_images`]; raw HTML never keeps a `data:` URL.
//! - Table alignment keeps pulldown-cmark's `style="text-align: …"` (exactly those values).
//! - Bounded work: html5ever's tree builder costs input size × nesting depth, so HTML nested
//!   deeper than 200 elements (a linear estimate, checked before ammonia) is not parsed: an
//!   HTML body is then shown as escaped text, and a Markdown body falls back to
//!   [`RawHtml::Escape`]. Everything else is linear in the input.

mod derive;
mod html_body;
mod html_out;
mod ids;
mod inline;
mod levels;
mod markdown;
mod outline;
mod policy;
mod urls;

use std::borrow::Cow;

pub use outline::OutlineEntry;

use outline::Headings;

use crate::model::article::Body;
use crate::model::input::BodyFormat;
use crate::model::site::Site;
use crate::options::{BodyOptions, ComponentIds, RawHtml, RenderOptions};
use crate::sanitize::SafeHtml;

use derive::TextStats;
use ids::IdAllocator;

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
/// use newsclip::sanitize::prepare_body;
/// use newsclip::{Article, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("# The Breach\n\nMeta paused [work](https://wired.example/x).\n\n![Logo](/l.png)")
///     .build()?;
/// let mut options = RenderOptions::default();
/// let body = prepare_body(article.body(), &site, &options);
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
/// let body = prepare_body(article.body(), &site, &options);
/// assert_eq!(body.plain_text(), Some("The Breach Meta paused work."));
/// # Ok::<(), newsclip::ValidationError>(())
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
}

/// Options resolved once per body.
#[derive(Clone)]
pub(crate) struct Env<'o> {
    opts: &'o BodyOptions,
    /// The site's host: links to any other host are external.
    site_host: Option<&'o str>,
    base_level: u8,
    /// The body's shallowest source heading level; it renders at `base_level`.
    top_level: u8,
    /// Prefix of every content id (cleaned; empty unless content ids are prefixed).
    id_prefix: String,
    /// The page's component ids: reserved before content claims any.
    reserved: Option<&'o ComponentIds>,
    /// The configured `rel`, cleaned (borrowed when it already is).
    rel: Cow<'o, str>,
    new_tab: bool,
}

impl<'o> Env<'o> {
    fn new(options: &'o RenderOptions, site: &'o Site) -> Self {
        Env {
            opts: &options.body,
            site_host: site.base_url().host(),
            base_level: options.body_heading_level().clamp(2, 6),
            top_level: 1,
            id_prefix: options.ids.content.prefix(),
            reserved: None,
            rel: options.links.rel_tokens(),
            new_tab: options.links.new_tab,
        }
    }

    /// The same options for a body whose shallowest heading is `top_level`.
    fn with_top_level(mut self, top_level: u8) -> Self {
        self.top_level = top_level.clamp(1, 6);
        self
    }

    /// The rendered level of a source heading level (1..=6): the body's top level renders at
    /// the base level, deeper ones keep their distance, capped at h6.
    fn shift(&self, level: u8) -> u8 {
        let depth = level.clamp(1, 6).saturating_sub(self.top_level);
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
        let mut ids = IdAllocator::with_capacity(&self.id_prefix, expected);
        for id in self.reserved.into_iter().flat_map(ComponentIds::iter) {
            ids.reserve(id);
        }
        ids
    }
}

/// What a pass accumulates besides the HTML.
pub(crate) struct Acc {
    ids: IdAllocator,
    outline: Headings,
    stats: TextStats,
    first_image: Option<BodyImage>,
}

impl Acc {
    fn new(env: &Env<'_>, source_len: usize) -> Self {
        let opts = env.opts;
        Acc {
            // Room for a heading or footnote per 512 bytes (bounded); grows past that.
            ids: env.ids((source_len / 512).min(4096)),
            outline: Headings::with_capacity((source_len / 512).min(4096)),
            stats: TextStats::new(source_len, opts.keep_plain_text, opts.excerpt_chars),
            first_image: None,
        }
    }

    fn finish(self, html: String, opts: &BodyOptions) -> PreparedBody {
        let derived = self.stats.finish(opts.words_per_minute, opts.excerpt_chars);
        PreparedBody {
            html: SafeHtml::from_sanitized(html),
            outline: self.outline.into_outline(),
            plain_text: derived.plain_text,
            word_count: derived.word_count,
            reading_minutes: derived.reading_minutes,
            excerpt: derived.excerpt,
            first_image: self.first_image,
        }
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
/// parse.
///
/// - Markdown without raw HTML streams from pulldown-cmark through one adaptor (heading
///   levels and ids, URL allow-list, links, images, figures, footnotes, text statistics)
///   that writes the HTML; the sanitizer is not involved.
/// - Markdown with raw HTML under [`RawHtml::Sanitize`], and HTML bodies, are cleaned once,
///   whole, by one ammonia policy, then one linear pass over its output applies the same
///   heading, id and link treatment.
/// - The body never emits `h1`; every id is unique and never a component id; external links
///   get [`RenderOptions::links`]; only `http`, `https`, `mailto` and
///   relative URLs survive (whatever the case, entities, whitespace or control characters).
/// - Work is linear in the input: HTML nested deeper than 200 elements is shown as text
///   rather than handed to the HTML parser, whose cost grows with depth.
///
/// ```
/// use newsclip::options::ContentIds;
/// use newsclip::sanitize::prepare_body;
/// use newsclip::{Article, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
///     .section("S")
///     .html_body("<h1 onclick=\"x()\">Top</h1><p id=nc_headline>Text<script>alert(1)</script></p>")
///     .build()?;
/// let mut options = RenderOptions::default();
/// let body = prepare_body(article.body(), &site, &options);
/// // `nc_headline` is the headline's id: the body gets another.
/// assert_eq!(body.html().as_str(), "<h2 id=\"top\">Top</h2><p id=\"nc_headline-1\">Text</p>");
/// options.ids.content = ContentIds::user_content();
/// let body = prepare_body(article.body(), &site, &options);
/// assert_eq!(body.outline()[0].id, "user-content-top");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn prepare_body(body: &Body, site: &Site, options: &RenderOptions) -> PreparedBody {
    prepare_body_reserving(body, site, options, &options.ids.resolve())
}

/// [`prepare_body`] with the page's component ids already built.
pub(crate) fn prepare_body_reserving(
    body: &Body,
    site: &Site,
    options: &RenderOptions,
    component_ids: &ComponentIds,
) -> PreparedBody {
    let env = Env {
        reserved: Some(component_ids),
        ..Env::new(options, site)
    };
    let source = body.source();
    match body.format() {
        BodyFormat::Markdown => {
            let env = env.with_top_level(levels::top_level_markdown(source));
            let mut acc = Acc::new(&env, source.len());
            let mut out = String::with_capacity(source.len() + source.len() / 4);
            match markdown::render(source, &env, &mut acc, &mut out) {
                None => acc.finish(out, env.opts),
                // Raw HTML to sanitize: the whole fragment is cleaned once.
                Some(with_raw_html) if !policy::too_deep(&with_raw_html, policy::MAX_NESTING) => {
                    sanitize_html(&with_raw_html, &env)
                }
                // Too deep for the sanitizer to stay linear: raw HTML is shown as text.
                Some(_) => {
                    let mut escape = env.opts.clone();
                    escape.raw_html = RawHtml::Escape;
                    let env = Env {
                        opts: &escape,
                        ..env.clone()
                    };
                    let mut acc = Acc::new(&env, source.len());
                    out.clear();
                    let _ = markdown::render(source, &env, &mut acc, &mut out);
                    acc.finish(out, env.opts)
                }
            }
        }
        BodyFormat::Html if policy::too_deep(source, policy::MAX_NESTING) => {
            escaped_html_body(source, &env)
        }
        BodyFormat::Html => sanitize_html(source, &env),
    }
}

/// An HTML body nested too deeply to sanitize in linear time: shown as text in one paragraph.
fn escaped_html_body(source: &str, env: &Env<'_>) -> PreparedBody {
    let mut acc = Acc::new(env, source.len());
    acc.stats.push_text(source);
    let mut out = String::with_capacity(source.len() + source.len() / 4 + 8);
    out.push_str("<p>");
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut out, source);
    out.push_str("</p>");
    acc.finish(out, env.opts)
}

fn sanitize_html(html: &str, env: &Env<'_>) -> PreparedBody {
    let cleaned = policy::clean(html);
    let env = &env.clone().with_top_level(levels::top_level_html(&cleaned));
    let mut acc = Acc::new(env, cleaned.len());
    let mut out = String::with_capacity(cleaned.len() + cleaned.len() / 8);
    html_body::run(&cleaned, env, &mut acc, &mut out);
    acc.finish(out, env.opts)
}

/// Renders an answer's inline Markdown (quick answers, FAQ) to safe inline HTML: emphasis,
/// strong, strikethrough, code and links (same URL allow-list and external-link policy as the
/// body). No block elements, no `<p>` wrapper; raw HTML is shown as text.
///
/// ```
/// use newsclip::sanitize::render_inline_markdown;
/// use newsclip::{RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
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
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_inline_markdown(text: &str, site: &Site, options: &RenderOptions) -> SafeHtml {
    if let Some(plain) = inline::plain(text) {
        return SafeHtml::from_sanitized(plain.to_owned());
    }
    let env = Env::new(options, site);
    SafeHtml::from_sanitized(inline::render(&normalize_newlines(text), &env))
}
