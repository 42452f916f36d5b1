//! A site's own layout: parts placed outside the article ([`ArticleView::split_off`]),
//! several articles on one page ([`RenderOptions::set_prefix`], [`IdOptions::with_prefix`]),
//! and head and article from one prepared article. Every id on such a page stays unique.

mod common;

use maud::Render;
use newsclip::options::{ComponentId, IdOptions, Part};
use newsclip::render::Head;
use newsclip::render::html::{ArticleView, PartView};
use newsclip::{Article, PreparedArticle, RenderOptions, render_parts};
use proptest::prelude::*;

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort_unstable();
    v
}

/// Every part on, so every component id is on the page.
fn all_parts() -> RenderOptions {
    let mut o = RenderOptions::default();
    o.html.parts = Part::ALL.to_vec();
    o
}

/// A layout: the article in `<main>`, the parts split off in an `<aside>`.
fn layout(prepared: &PreparedArticle<'_>, elsewhere: &[Part]) -> String {
    let mut article = ArticleView::new(prepared);
    let mut placed: Vec<PartView<'_>> = Vec::new();
    for part in elsewhere {
        let (rest, [view]) = article.split_off([*part]);
        article = rest;
        placed.push(view);
    }
    maud::html! {
        main { (article) }
        aside { @for view in &placed { (view) } }
    }
    .into_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Moving any parts, in any order, out of the article keeps exactly the ids of the
    /// whole article, each once, and puts the moved parts in the aside.
    #[test]
    fn split_parts_keep_every_id_once(
        elsewhere in proptest::collection::vec(proptest::sample::select(Part::ALL.to_vec()), 0..8),
    ) {
        let example = common::full_featured();
        let options = all_parts();
        let prepared = example.prepared(&options);
        let whole = sorted(common::page::ids(&ArticleView::new(&prepared).render().into_string()));
        let page = layout(&prepared, &elsewhere);
        let found = common::page::ids(&page);
        prop_assert_eq!(sorted(found.clone()), whole);

        let aside = &page[page.find("<aside>").expect("aside")..];
        for part in &elsewhere {
            let title = match part {
                Part::KeyFacts => ComponentId::KeyFactsTitle,
                Part::Faq => ComponentId::FaqTitle,
                Part::Sources => ComponentId::SourcesTitle,
                Part::Comments => ComponentId::CommentsTitle,
                Part::Related => ComponentId::RelatedTitle,
                Part::Toc => ComponentId::TocTitle,
                _ => continue,
            };
            let id = format!("id=\"{}\"", options.ids.component(title));
            prop_assert!(aside.contains(&id), "{} not in the aside", id);
        }
    }
}

#[test]
fn a_part_split_twice_renders_once() {
    let example = common::full_featured();
    let options = RenderOptions::default();
    let prepared = example.prepared(&options);
    let (article, [first, again]) = ArticleView::new(&prepared).split_off([Part::Faq, Part::Faq]);
    let (article, [third]) = article.split_off([Part::Faq]);
    assert_eq!(first.part(), Some(Part::Faq));
    assert_eq!((again.part(), third.part()), (None, None));
    assert_eq!(again.render().into_string(), "");
    assert_eq!(third.render().into_string(), "");
    let faq = first.render().into_string();
    assert!(faq.starts_with(r#"<section class="nc-faq" aria-labelledby="nc_faq-title">"#));
    assert!(!article.render().into_string().contains("nc_faq-title"));
}

/// A part off by default (the table of contents) renders where it is placed; the article
/// is labelled by its headline only while the header is in it.
#[test]
fn placed_parts_render_even_when_not_listed() {
    let example = common::seed();
    let options = RenderOptions::default();
    assert!(!options.html.parts.contains(&Part::Toc));
    let prepared = example.prepared(&options);
    let (article, [toc, header]) = ArticleView::new(&prepared).split_off([Part::Toc, Part::Header]);
    let toc = toc.render().into_string();
    assert!(toc.starts_with(r#"<nav class="nc-toc" aria-labelledby="nc_toc-title">"#));
    assert!(toc.contains(r##"<a href="#background-on-the-breach">"##));
    let article = article.render().into_string();
    assert!(article.starts_with(r#"<article class="nc-article" lang="en" dir="ltr">"#));
    assert!(!article.contains("nc_headline"));
    assert!(
        header
            .render()
            .into_string()
            .contains(r#"id="nc_headline""#)
    );
}

/// Head and article from one prepared article are what the one-call API gives.
#[test]
fn prepared_parts_match_the_one_call_api() {
    for example in common::examples() {
        let mut options = RenderOptions::default();
        options.csp_nonce = Some("n0nce".into());
        let prepared = example.prepared(&options);
        let from_prepared = prepared.render_parts();
        let one_call = render_parts(&example.article, &example.site, &options);
        assert_eq!(from_prepared.head.0, one_call.head.0, "{}", example.name);
        assert_eq!(from_prepared.article.0, one_call.article.0);
        assert_eq!(from_prepared.json_ld, one_call.json_ld);
        assert_eq!(Head::new(&prepared).render().0, one_call.head.0);
        assert!(
            one_call
                .head
                .0
                .contains(r#"<script type="application/ld+json" nonce="n0nce">"#)
        );
        let untitled = Head::new(&prepared).without_title().render().into_string();
        assert_eq!(untitled.matches("<title>").count(), 0);
        assert_eq!(one_call.head.0.matches("<title>").count(), 1);
    }
}

/// Articles that claim each other's ids every way content can: explicit ids and heading
/// slugs equal to the other article's component and content ids.
fn claiming(other: &str) -> Article {
    let body = format!(
        "## Background\n\n<p id=\"{other}_headline\">a</p>\n\n<p id=\"{other}-background\">b</p>\n\n\
         ## {other} background\n\n<div id=\"nc_headline\">c</div>\n\n<div id=\"{other}_comments-slot\">d</div>"
    );
    Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .key_fact("Incident", "A breach.")
        .faq("Why?", "Because.")
        .comments(1)
        .body(body)
        .build()
        .expect("valid article")
}

fn two_articles(first: &str, second: &str, shared_classes: bool) -> String {
    let site = common::seed_site();
    let (a, b) = (claiming(second), claiming(first));
    let mut options_a = all_parts();
    let mut options_b = all_parts();
    if shared_classes {
        options_a.ids = IdOptions::with_prefix(first);
        options_b.ids = IdOptions::with_prefix(second);
    } else {
        options_a.set_prefix(first);
        options_b.set_prefix(second);
    }
    let pa = PreparedArticle::new(&a, &site, &options_a);
    let pb = PreparedArticle::new(&b, &site, &options_b);
    maud::html! { (ArticleView::new(&pa)) (ArticleView::new(&pb)) }.into_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Two articles on one page with different names never share an id, whatever the
    /// names (one a prefix of the other, digits, separators that are dropped).
    #[test]
    fn articles_with_different_names_never_share_an_id(
        first in "[a-z0-9_-]{0,4}",
        second in "[a-z0-9_-]{0,4}",
        shared_classes in any::<bool>(),
    ) {
        let clean = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).collect::<String>();
        prop_assume!(clean(&first) != clean(&second));
        let page = two_articles(&first, &second, shared_classes);
        prop_assert_eq!(common::page::duplicate_ids(&page), Vec::<String>::new(), "{}", page);
    }
}

#[test]
fn a_name_that_is_a_prefix_of_another() {
    let page = two_articles("a", "a1", false);
    assert_eq!(common::page::duplicate_ids(&page), Vec::<String>::new());
    let found = common::page::ids(&page);
    assert!(found.contains(&"a_headline".to_string()));
    assert!(found.contains(&"a1_headline".to_string()));
    assert!(found.contains(&"a-background".to_string()));
    assert!(found.contains(&"a1-background".to_string()));
    // Content's claim on the other article's ids is only ever its own, prefixed.
    assert!(found.contains(&"a-a1_headline".to_string()));
    assert!(page.contains(
        r#"<article class="a-article" lang="en" dir="ltr" aria-labelledby="a_headline">"#
    ));
    assert!(page.contains(
        r#"<article class="a1-article" lang="en" dir="ltr" aria-labelledby="a1_headline">"#
    ));
}
