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
        head: head(&prepared, true, &json_ld),
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
    let prepared = PreparedArticle::new(article, site, options);
    let json_ld = JsonLd::new(&prepared);
    Page::new(&prepared)
        .head(head(&prepared, false, &json_ld))
        .render()
}

/// The head content both calls share: meta tags (with `<title>` when the caller has none),
/// then the JSON-LD script.
fn head(prepared: &PreparedArticle<'_>, title: bool, json_ld: &JsonLd) -> Markup {
    let mut meta = HeadMeta::new(prepared);
    if !title {
        meta = meta.without_title();
    }
    maud::html! {
        (meta)
        (json_ld)
    }
}
