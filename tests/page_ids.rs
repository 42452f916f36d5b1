//! One id space per page: content (Markdown headings, footnotes, raw HTML, HTML bodies) can
//! never claim an id the page's components use, under any prefix or content-id mode, and no
//! content `name` attribute reaches the page.

mod common;

use newsclip::options::{ComponentId, ContentIds, Part};
use newsclip::{Article, RenderOptions, render_document};
use proptest::prelude::*;
use scraper::{Html, Selector};

/// An article with every part, so that every component id is on the page (a heading is
/// added to the body for the table of contents).
fn article(body: &str, html_body: bool) -> Article {
    let b = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .key_fact("Incident", "A breach.")
        .background("Context.")
        .quick_answer("Who?", "Meta.")
        .faq("Why?", "Because.")
        .modified("2026-04-05")
        .correction("2026-04-05", "A [fix](#nc_corrections-title).")
        .source("https://www.wired.com/story/x/")
        .related(newsclip::RelatedInput {
            headline: "Other".into(),
            url: "/b".into(),
            ..Default::default()
        })
        .comments(3);
    let b = if html_body {
        b.html_body(format!("{body}<h2>Section</h2><p>More.</p>"))
    } else {
        b.body(format!("{body}\n\n## Section\n\nMore."))
    };
    b.build().expect("valid article")
}

fn options(component_prefix: &str, content: ContentIds) -> RenderOptions {
    let mut o = RenderOptions::default();
    o.html.parts = Part::ALL.to_vec();
    o.ids.component_prefix = component_prefix.into();
    o.ids.content = content;
    // `{#id}` on headings is one more way to claim an id.
    o.body.heading_attributes = true;
    o
}

/// Checks the page: every id unique, every component id on its component, no `name`.
fn check_page(page: &str, options: &RenderOptions) -> Result<(), String> {
    let doc = Html::parse_document(page);
    if !common::page::duplicate_ids_in(&doc).is_empty() {
        return Err(format!("duplicate ids in {page}"));
    }
    if let Some(problem) = common::page::component_id_problems(&doc, options, &ComponentId::ALL)
        .into_iter()
        .next()
    {
        return Err(problem);
    }
    // Strict mode: every id in the body, and every in-page link from it, has the prefix.
    if let ContentIds::Prefixed(prefix) = &options.ids.content {
        let in_body = Selector::parse(".nc-body [id]").expect("selector");
        if let Some(id) = doc
            .select(&in_body)
            .filter_map(|e| e.attr("id"))
            .find(|id| !id.starts_with(prefix.as_str()))
        {
            return Err(format!("content id {id:?} without the prefix {prefix:?}"));
        }
        let links = Selector::parse(".nc-body a[href^=\"#\"]").expect("selector");
        if let Some(href) = doc
            .select(&links)
            .filter_map(|e| e.attr("href"))
            .find(|href| !href[1..].starts_with(prefix.as_str()))
        {
            return Err(format!(
                "in-page link {href:?} without the prefix {prefix:?}"
            ));
        }
    }
    let named = Selector::parse("[name]").expect("selector");
    // The page's own `<meta name>` tags are in the head; nothing in the body has a name.
    let body = Selector::parse("body [name]").expect("selector");
    if doc.select(&body).count() != 0 {
        return Err(format!(
            "a name attribute reached the body: {:?}",
            doc.select(&named).map(|e| e.html()).collect::<Vec<_>>()
        ));
    }
    Ok(())
}

/// Bodies that claim `id` every way content can: raw HTML ids on several elements, a
/// heading whose slug is the id, an explicit heading id (`{#id}`), a Markdown footnote, HTML
/// footnote markup, a heading nested in a heading, `name` on several elements.
fn claiming_bodies(id: &str) -> Vec<(String, bool)> {
    let heading_text = id.replace(['-', '_'], " ");
    vec![
        (
            format!("<div id=\"{id}\" name=\"{id}\">fake</div>\n\nText."),
            false,
        ),
        (
            format!("## {heading_text}\n\n<h2 id=\"{id}\">Claim</h2>\n\nText."),
            false,
        ),
        (format!("# {id}\n\nText[^{id}].\n\n[^{id}]: Note."), false),
        (
            format!("Inline <span id=\"{id}\">x</span> and <a name=\"{id}\">y</a>."),
            false,
        ),
        (
            format!(
                "## Claim {{#{id}}}\n\n<img id=\"{id}\" name=\"{id}\" src=\"/i.png\" alt=\"\">"
            ),
            false,
        ),
        (
            format!(
                "<h2 id=\"{id}\">Claim</h2><p id=\"{id}\">x</p><a name=\"{id}\" id=\"{id}\">y</a>"
            ),
            true,
        ),
        (
            format!("<h2>{heading_text}</h2><section id=\"{id}\"><p>x</p></section>"),
            true,
        ),
        (
            format!(
                "<p>x<sup class=\"footnote-reference\"><a href=\"#{id}\">1</a></sup></p>\
                 <div class=\"footnote-definition\" id=\"{id}\"><p>note</p></div>"
            ),
            true,
        ),
        (
            format!(
                "<h2>Outer<b><h3 id=\"{id}\">In</h3></b></h2><img id=\"{id}\" name=\"{id}\" \
                 src=\"/i.png\" alt=\"\"><form name=\"{id}\"><input name=\"{id}\"></form>"
            ),
            true,
        ),
    ]
}

#[test]
fn content_never_takes_a_component_id() {
    let site = common::seed_site();
    for (prefix, content) in [
        ("nc_", ContentIds::AsWritten),
        ("", ContentIds::AsWritten),
        ("nc-", ContentIds::AsWritten),
        ("", ContentIds::Prefixed("nc_".into())),
        ("nc_", ContentIds::user_content()),
    ] {
        let opts = options(prefix, content.clone());
        for id in opts.ids.reserved() {
            for (body, html_body) in claiming_bodies(&id) {
                let page = render_document(&article(&body, html_body), &site, &opts).into_string();
                if let Err(problem) = check_page(&page, &opts) {
                    panic!("prefix {prefix:?}, {content:?}, body {body:?}: {problem}");
                }
            }
        }
    }
}

#[test]
fn a_clobbering_attempt_gets_another_id() {
    let site = common::seed_site();
    let opts = RenderOptions::default();
    let page = render_document(
        &article("<div id=\"nc_comments-slot\">fake</div>", false),
        &site,
        &opts,
    )
    .into_string();
    assert!(page.contains(r#"<div id="nc_comments-slot-1">fake</div>"#));
    assert_eq!(page.matches(r#"id="nc_comments-slot""#).count(), 1);
    let body = page.find("fake").expect("body");
    let slot = page.find(r#"id="nc_comments-slot""#).expect("slot");
    assert!(
        slot > body,
        "the real slot is the component's, after the body"
    );
}

fn arb_id() -> impl Strategy<Value = String> {
    let reserved: Vec<String> = RenderOptions::default().ids.reserved().collect();
    prop_oneof![
        proptest::sample::select(reserved),
        "[a-z_-]{1,12}",
        "nc_[a-z-]{1,10}(-[0-9])?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Bodies mixing several claims, Markdown with raw HTML or HTML, under any prefix.
    #[test]
    fn any_mix_of_claims_keeps_ids_unique(
        ids in proptest::collection::vec(arb_id(), 1..8),
        html_body in any::<bool>(),
        prefix in prop_oneof![Just("nc_"), Just(""), Just("x-")],
        prefixed in any::<bool>(),
    ) {
        let content = if prefixed { ContentIds::user_content() } else { ContentIds::AsWritten };
        let opts = options(prefix, content);
        let mut body = String::new();
        for (i, id) in ids.iter().enumerate() {
            let claims: Vec<String> = claiming_bodies(id)
                .into_iter()
                .filter(|(_, html)| *html == html_body)
                .map(|(claim, _)| claim)
                .collect();
            body.push_str(&claims[i % claims.len()]);
            body.push_str("\n\n");
        }
        let page = render_document(&article(&body, html_body), &common::seed_site(), &opts)
            .into_string();
        prop_assert!(check_page(&page, &opts).is_ok(), "{:?}", check_page(&page, &opts));
    }
}
