//! Renderers. Each reads a [`PreparedArticle`]; none parses the body
//! again or sees an unsanitized string as HTML.
//!
//! - [`html`]: every part of the page as a `maud::Render` component, the whole `<article>`,
//!   a complete document and the optional stylesheet;
//! - [`jsonld`]: the schema.org `@graph`, embedded safely in a `<script>`;
//! - [`meta`]: `<title>`, canonical link, OpenGraph and Twitter tags.
//!
//! [`Head`] is what an article page needs in `<head>` (the tags and the JSON-LD script);
//! [`render_parts`] and [`render_document`] do all of it in one call.

pub mod html;
pub mod jsonld;
pub mod meta;
mod text;

pub(crate) use text::text;

use maud::{Markup, Render};

use crate::model::article::Article;
use crate::model::site::Site;
use crate::options::RenderOptions;
use crate::prepared::PreparedArticle;
use html::Page;
use jsonld::JsonLd;
use meta::HeadMeta;

/// An article rendered for a site's own layout: what goes in `<head>` and what goes in the
/// page.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RenderedArticle {
    /// `<title>`, description, canonical, OpenGraph, Twitter and the JSON-LD `<script>`.
    pub head: Markup,
    /// The `<article>` element.
    pub article: Markup,
    /// The JSON-LD graph as pretty, script-safe JSON (for APIs, tests, snippets).
    pub json_ld: String,
}

/// Renders head and article in one call, from one parse of the body:
/// [`PreparedArticle::render_parts`] on an article prepared with `options`.
///
/// ```
/// use newsclip::{Article, RenderOptions, Site, render_parts};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Meta halts work with Mercor", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("## Background\n\nMeta has confirmed …")
///     .build()?;
/// let out = render_parts(&article, &site, &RenderOptions::default());
/// assert!(out.head.0.contains(r#"<meta property="og:title" content="Meta halts work with Mercor">"#));
/// assert!(out.head.0.contains(r#"<script type="application/ld+json">"#));
/// assert!(out.article.0.contains(r#"<h2 id="background">Background</h2>"#));
/// assert!(out.json_ld.contains(r#""@type": "NewsArticle""#));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_parts(article: &Article, site: &Site, options: &RenderOptions) -> RenderedArticle {
    PreparedArticle::new(article, site, options).render_parts()
}

impl PreparedArticle<'_> {
    /// Head and article of this prepared article, with the JSON-LD graph built once for the
    /// head's script and for [`RenderedArticle::json_ld`]. The body is not parsed again, so a
    /// layout can render these and place more components from the same prepared article.
    ///
    /// ```
    /// use newsclip::render::html::KeyFacts;
    /// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
    ///
    /// let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business")
    ///     .body("Text.")
    ///     .key_fact("Incident", "A breach.")
    ///     .build()?;
    /// let mut options = RenderOptions::default();
    /// options.csp_nonce = Some("r4nd0m".into());
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let parts = prepared.render_parts();
    /// let page = maud::html! {
    ///     head { (parts.head) }
    ///     body { main { (parts.article) } footer { (KeyFacts::new(&prepared)) } }
    /// };
    /// assert!(page.0.contains(r#"<script type="application/ld+json" nonce="r4nd0m">"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn render_parts(&self) -> RenderedArticle {
        let json_ld = JsonLd::new(self);
        let mut head = String::new();
        Head::new(self).write(&json_ld, &mut head);
        RenderedArticle {
            head: maud::PreEscaped(head),
            article: html::render_article(self),
            json_ld: json_ld.to_json_pretty(),
        }
    }
}

/// What an article page needs in its `<head>`: the [`HeadMeta`] tags (with `<title>` unless
/// [`without_title`](Self::without_title)), then the [`JsonLd`] script with
/// [`RenderOptions::csp_nonce`]. A `maud::Render` that writes into the page's buffer.
///
/// ```
/// use maud::Render;
/// use newsclip::render::Head;
/// use newsclip::render::html::ArticleView;
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("Text.")
///     .build()?;
/// let options = RenderOptions::default();
/// let prepared = PreparedArticle::new(&article, &site, &options);
/// let page = maud::html! {
///     head { title { "My own title" } (Head::new(&prepared).without_title()) }
///     body { (ArticleView::new(&prepared)) }
/// }
/// .into_string();
/// assert_eq!(page.matches("<title>").count(), 1);
/// assert!(page.contains(r#"<link rel="canonical" href="https://newsclip.example/a">"#));
/// assert!(page.contains(r#"<script type="application/ld+json">"#));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Head<'r> {
    prepared: &'r PreparedArticle<'r>,
    title: bool,
}

impl<'r> Head<'r> {
    /// The head content of this article, `<title>` included.
    pub fn new(prepared: &'r PreparedArticle<'r>) -> Self {
        Head {
            prepared,
            title: true,
        }
    }

    /// Without `<title>`, for a layout that writes its own.
    pub fn without_title(mut self) -> Self {
        self.title = false;
        self
    }

    /// Writes the tags and `json_ld`'s script.
    fn write(&self, json_ld: &JsonLd, buffer: &mut String) {
        HeadMeta::write(self.prepared, self.title, buffer);
        json_ld.render_to(buffer);
    }
}

impl Render for Head<'_> {
    fn render_to(&self, buffer: &mut String) {
        self.write(&JsonLd::new(self.prepared), buffer);
    }
}

/// Renders a complete HTML5 document: head tags, JSON-LD, the optional stylesheet and the
/// article. The page writes `<title>` itself, so
/// [`MetaOptions::title`](crate::options::MetaOptions::title) is not used here.
///
/// ```
/// use newsclip::{Article, RenderOptions, Site, render_document};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("Text.")
///     .build()?;
/// let page = render_document(&article, &site, &RenderOptions::default()).into_string();
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert_eq!(page.matches("<title>").count(), 1);
/// assert_eq!(page.matches("<h1").count(), 1);
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_document(article: &Article, site: &Site, options: &RenderOptions) -> Markup {
    let mut page = String::new();
    render_document_to(article, site, options, &mut page);
    maud::PreEscaped(page)
}

/// [`render_document`] into a buffer of yours, appended to what it holds: a server can keep
/// one buffer and reuse its memory for every request. The buffer is grown once, to a size
/// estimated from the body and the answers.
///
/// ```
/// use newsclip::{Article, RenderOptions, Site, render_document, render_document_to};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let options = RenderOptions::default();
/// let mut buffer = String::new();
/// for headline in ["First", "Second"] {
///     let article = Article::builder(headline, "https://newsclip.example/a", "2026-04-04")
///         .section("Business")
///         .body("Text.")
///         .build()?;
///     buffer.clear();
///     render_document_to(&article, &site, &options, &mut buffer);
///     assert_eq!(buffer, render_document(&article, &site, &options).into_string());
/// }
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_document_to(
    article: &Article,
    site: &Site,
    options: &RenderOptions,
    buffer: &mut String,
) {
    let prepared = PreparedArticle::new(article, site, options);
    buffer.reserve(prepared.page_size_estimate());
    Page::new(&prepared).metadata(true).render_to(buffer);
}
