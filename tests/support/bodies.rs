//! Shared helpers for the body tests. Include with
//! `#[path = "support/bodies.rs"] mod bodies;`.

#![allow(dead_code)]

use newsclip::sanitize::{OutlineEntry, PreparedBody, SourceFormat, prepare_body};
use newsclip::{Article, RenderOptions, Site};

pub const SEED: &str = include_str!("../../benches/data/seed.md");

pub fn site() -> Site {
    Site::new("Newsclip", "https://newsclip.example/").expect("site")
}

/// The site's base URL, as the sanitizer takes it.
pub fn site_url() -> url::Url {
    url::Url::parse("https://newsclip.example/").expect("url")
}

/// Prepares a body as `PreparedArticle::new` does: the article's source (line endings
/// normalized by validation) in its format.
pub fn prepare(article: &Article, opts: &RenderOptions) -> PreparedBody {
    let format = match article.body().format() {
        newsclip::BodyFormat::Markdown => SourceFormat::Markdown,
        _ => SourceFormat::Html,
    };
    prepare_body(article.body().source(), format, &site_url(), opts)
}

pub fn article(body: &str, html: bool) -> Article {
    let b = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04").section("S");
    let b = if html {
        b.html_body(body)
    } else {
        b.body(body)
    };
    b.build().expect("article")
}

pub fn md_with(body: &str, opts: &RenderOptions) -> PreparedBody {
    prepare(&article(body, false), opts)
}

pub fn md(body: &str) -> PreparedBody {
    md_with(body, &RenderOptions::default())
}

pub fn html_with(body: &str, opts: &RenderOptions) -> PreparedBody {
    prepare(&article(body, true), opts)
}

pub fn html(body: &str) -> PreparedBody {
    html_with(body, &RenderOptions::default())
}

pub fn opts(f: impl FnOnce(&mut RenderOptions)) -> RenderOptions {
    let mut o = RenderOptions::default();
    f(&mut o);
    o
}

/// Default options that keep the whole plain text.
pub fn keep_text() -> RenderOptions {
    opts(|o| o.body.keep_plain_text = true)
}

pub fn flat(outline: &[OutlineEntry]) -> Vec<(u8, String, String)> {
    let mut out = Vec::new();
    for e in outline {
        out.push((e.level, e.id.clone(), e.text.clone()));
        out.extend(flat(&e.children));
    }
    out
}

pub fn ids(body: &PreparedBody) -> Vec<String> {
    flat(body.outline())
        .into_iter()
        .map(|(_, id, _)| id)
        .collect()
}

/// The elements HTML lays out as blocks, as the body may hold them: no inline element may
/// hold one.
pub const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "dl",
    "li",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "caption",
    "colgroup",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "hr",
    "details",
    "summary",
    "figure",
    "figcaption",
    "hgroup",
];
