//! Renderers. Each reads a [`PreparedArticle`]; none parses the body
//! again or sees an unsanitized string as HTML.
//!
//! - [`html`]: every part of the page as a `maud::Render` component, the whole `<article>`,
//!   a complete document and the optional stylesheet;
//! - [`jsonld`]: the schema.org `@graph`, embedded safely in a `<script>`;
//! - [`meta`]: `<title>`, canonical link, OpenGraph and Twitter tags.
//!
//! [`render_parts`] and [`render_document`] do all of it in one call.

pub mod html;
pub mod jsonld;
pub mod meta;
mod text;

pub(crate) use text::Text;

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

/// Renders head and article in one call, from one parse of the body.
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
    let prepared = PreparedArticle::new(article, site, options);
    let json_ld = JsonLd::new(&prepared);
    RenderedArticle {
        head: head(&prepared, &json_ld),
        article: html::render_article(&prepared),
        json_ld: json_ld.to_json_pretty(),
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

/// The head content of [`render_parts`]: meta tags with `<title>`, then the JSON-LD script.
fn head(prepared: &PreparedArticle<'_>, json_ld: &JsonLd) -> Markup {
    maud::html! {
        (HeadMeta::new(prepared))
        (json_ld)
    }
}
