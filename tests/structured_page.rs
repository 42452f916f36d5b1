//! Structured data in a page: speakable selectors hit the rendered HTML, head meta and JSON-LD
//! sit in [`Page`]'s head with one `<title>`, and head documents pass the Nu HTML Checker.

mod common;

use std::path::PathBuf;

use common::*;
use maud::{DOCTYPE, Render, html};
use newsclip::options::Classes;
use newsclip::render::html::{Page, render_article};
use newsclip::render::jsonld::JsonLd;
use newsclip::render::meta::HeadMeta;
use newsclip::{Article, PreparedArticle, RenderOptions, Site};
use serde_json::Value;

fn speakable(article: &Article, site: &Site, options: &RenderOptions) -> Vec<String> {
    let prepared = PreparedArticle::new(article, site, options);
    let value = JsonLd::new(&prepared).to_value();
    value["@graph"][0]["speakable"]["cssSelector"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn matches(html: &str, selector: &str) -> usize {
    let doc = scraper::Html::parse_fragment(html);
    let sel = scraper::Selector::parse(selector).expect("valid CSS selector");
    doc.select(&sel).count()
}

#[test]
fn speakable_selectors_hit_rendered_sections() {
    let (full_article, full_site) = full();
    for (article, site) in [(seed_article(), seed_site()), (full_article, full_site)] {
        let mut opts = RenderOptions::default();
        opts.jsonld.speakable = true;
        let prepared = PreparedArticle::new(&article, &site, &opts);
        let html = render_article(&prepared).into_string();
        let selectors = speakable(&article, &site, &opts);
        assert_eq!(selectors, [".nc-quick-answers", ".nc-key-facts"]);
        for s in &selectors {
            assert_eq!(matches(&html, s), 1, "{s} must select exactly one element");
        }

        // Another prefix: one setting, read by both.
        opts.classes = Classes::with_prefix("news-");
        let prepared = PreparedArticle::new(&article, &site, &opts);
        let html = render_article(&prepared).into_string();
        for s in speakable(&article, &site, &opts) {
            assert!(s.starts_with(".news-"));
            assert_eq!(matches(&html, &s), 1, "{s} must select exactly one element");
        }

        // A site that renames one class gives its selectors.
        opts.jsonld.speakable_selectors = vec!["#answers".into()];
        assert_eq!(speakable(&article, &site, &opts), ["#answers"]);
    }
}

fn head_markup(prepared: &PreparedArticle<'_>, title: bool) -> maud::Markup {
    let meta = HeadMeta::new(prepared);
    let meta = if title { meta } else { meta.without_title() };
    html! {
        (meta)
        (JsonLd::new(prepared))
    }
}

#[test]
fn page_head_carries_meta_and_json_ld_once() {
    let (article, site) = full();
    let opts = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &opts);
    let page = Page::new(&prepared)
        .head(head_markup(&prepared, false))
        .render()
        .into_string();
    let doc = scraper::Html::parse_document(&page);
    let count = |s: &str| doc.select(&scraper::Selector::parse(s).unwrap()).count();
    assert_eq!(count("head > title"), 1);
    assert_eq!(count("head > script[type=\"application/ld+json\"]"), 1);
    assert_eq!(count("script"), 1);
    assert_eq!(count("head > meta[property=\"og:title\"]"), 1);
    assert_eq!(count("head > link[rel=canonical]"), 1);
    let script: String = doc
        .select(&scraper::Selector::parse("script").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    let parsed: Value = serde_json::from_str(&script).unwrap();
    assert_eq!(parsed, JsonLd::new(&prepared).to_value());
}

/// Head documents (meta tags with `<title>`, JSON-LD, a one-heading body) for the seed, the
/// full-featured and a hostile article: 0 errors, 0 warnings.
#[test]
fn head_documents_pass_the_nu_html_checker() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/structured-preview");
    std::fs::create_dir_all(&dir).expect("create dir");
    let hostile = Article::builder(
        format!("h {HOSTILE}"),
        "https://newsclip.example/h",
        "2026-04-04",
    )
    .description(format!("d {HOSTILE}"))
    .section(format!("s {HOSTILE}"))
    .tag(format!("t {HOSTILE}"))
    .author(format!("a {HOSTILE}"))
    .faq(format!("q {HOSTILE}"), format!("a {HOSTILE}"))
    .body("Text.")
    .build()
    .unwrap();
    let (full_article, full_site) = full();
    let cases = [
        ("seed", seed_article(), seed_site()),
        ("full", full_article, full_site),
        ("hostile", hostile, seed_site()),
    ];
    let mut files = Vec::new();
    let options = RenderOptions::default();
    for (name, article, site) in &cases {
        let prepared = PreparedArticle::new(article, site, &options);
        let doc = html! {
            (DOCTYPE)
            html lang=(prepared.language().as_str()) {
                head {
                    meta charset="utf-8";
                    (head_markup(&prepared, true))
                }
                body { main { h1 { (article.headline()) } } }
            }
        };
        let path = dir.join(format!("{name}.html"));
        std::fs::write(&path, doc.into_string()).expect("write");
        files.push(path);
    }
    let Some(problems) = common::vnu::check(&files) else {
        return;
    };
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
