//! The page a user would write by hand, for the page bench to compare with: pulldown-cmark
//! and `ammonia::clean` for the body and each answer, a `serde_json::json!` graph
//! (NewsArticle and FAQPage) escaped for `<script>`, the head tags (title, description,
//! canonical, OpenGraph, Twitter), and the parts the seed page shows (header, tags, title
//! card, body, key facts, background, questions, source, comments, related) in maud.
//! Include with `#[path = "support/naive.rs"] mod naive;`.

#![allow(dead_code)]

use maud::{DOCTYPE, PreEscaped, html};
use newsclip::{Article, Site};
use pulldown_cmark::{Options, Parser, html as md_html};
use serde_json::{Value, json};

/// The extensions newsclip turns on, for a fair floor.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Bare pulldown-cmark: the floor.
pub fn bare(md: &str) -> String {
    let mut out = String::with_capacity(md.len() + md.len() / 4);
    md_html::push_html(&mut out, Parser::new_ext(md, markdown_options()));
    out
}

/// Markdown to sanitized HTML, the way a careful user writes it: `push_html`, then
/// `ammonia::clean` of the whole output (the naive body pipeline).
pub fn clean_markdown(md: &str) -> String {
    ammonia::clean(&bare(md))
}

/// The whole page, by hand.
pub fn page(article: &Article, site: &Site) -> String {
    let body = clean_markdown(article.body().source());
    let answers: Vec<(&str, String)> = article
        .quick_answers()
        .iter()
        .chain(article.faq())
        .map(|qa| (qa.question(), clean_markdown(qa.answer())))
        .collect();
    let canonical = article.canonical_url().as_str();
    let graph = json!({
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": format!("{canonical}#article"),
                "headline": article.headline(),
                "description": article.description(),
                "datePublished": article.published().to_string(),
                "articleSection": article.section().name(),
                "keywords": article.tags().iter().map(|t| t.name()).collect::<Vec<_>>(),
                "mainEntityOfPage": canonical,
                "author": article.authors().iter().map(|a| json!({"@type": "Person", "name": a.name()})).collect::<Vec<_>>(),
                "publisher": {"@type": "Organization", "name": site.name(), "url": site.base_url().as_str()},
            },
            {
                "@type": "FAQPage",
                "mainEntity": answers.iter().map(|(q, a)| json!({
                    "@type": "Question",
                    "name": q,
                    "acceptedAnswer": {"@type": "Answer", "text": a},
                })).collect::<Vec<Value>>(),
            }
        ]
    });
    let script = serde_json::to_string(&graph)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { (article.headline()) " | " (site.name()) }
                @if let Some(d) = article.description() {
                    meta name="description" content=(d);
                    meta property="og:description" content=(d);
                    meta name="twitter:description" content=(d);
                }
                link rel="canonical" href=(canonical);
                meta property="og:type" content="article";
                meta property="og:title" content=(article.headline());
                meta property="og:url" content=(canonical);
                meta property="og:site_name" content=(site.name());
                meta property="article:published_time" content=(article.published().to_string());
                meta property="article:section" content=(article.section().name());
                @for t in article.tags() { meta property="article:tag" content=(t.name()); }
                meta name="twitter:card" content="summary";
                meta name="twitter:title" content=(article.headline());
                script type="application/ld+json" { (PreEscaped(script)) }
            }
            body {
                article {
                    header {
                        p { (article.section().name()) }
                        h1 { (article.headline()) }
                        time datetime=(article.published().to_string()) { (article.published().to_string()) }
                        ul { @for t in article.tags() { li { a href={"/tags/" (t.slug())} { "#" (t.name()) } } } }
                    }
                    div aria-hidden="true" { span { (article.section().name()) } span { (article.headline()) } }
                    div { (PreEscaped(body)) }
                    @if !article.key_facts().is_empty() {
                        section { h2 { "Key Facts" } dl { @for k in article.key_facts() { dt { (k.label()) } dd { (k.value()) } } } }
                    }
                    @if let Some(b) = article.background() { section { h2 { "Background" } p { (b) } } }
                    section {
                        h2 { "Frequently Asked Questions" }
                        @for (q, a) in &answers { details { summary { (q) } div { (PreEscaped(a)) } } }
                    }
                    @for s in article.sources() { p { a href=(s.url().to_string()) { (s.title().unwrap_or("Source")) } } }
                    @if let Some(n) = article.comments() {
                        section { h2 { "Comments " span { (n) } } p { "Sign in to leave a comment" } div id="comments" { "Loading comments..." } }
                    }
                    @if !article.related().is_empty() {
                        nav { h2 { "More from " (article.section().name()) }
                            ul { @for r in article.related() { li { a href=(r.url().to_string()) { (r.headline()) } } } } }
                    }
                }
            }
        }
    }
    .into_string()
}
