//! Whole pages under attack: every hostile body of the corpus, as Markdown and as HTML, inside
//! an article whose every text field is hostile too, rendered with `render_document` and
//! checked as a browser parses it. The page may hold exactly one script, the JSON-LD one.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/findings.rs"]
mod findings;

#[path = "support/newsroom_payload.rs"]
mod newsroom_payload;
use findings::{Rules, page_findings};
use newsclip::render::html::STYLESHEET;
use newsclip::{
    Article, AuthorInput, ImageInput, RelatedInput, RenderOptions, Site, SourceInput,
    render_document,
};
use newsroom_payload::NewsroomPayload;

const HOSTILE: &str =
    "x</script><script>alert(1)</script><!-- \"q\" 'a' & &amp; <img src=x onerror=alert(1)>";

fn article(body: &str, html_body: bool) -> Article {
    let h = HOSTILE;
    let b = Article::builder(
        format!("headline {h}"),
        "https://newsclip.example/a?b=1&c=2",
        "2026-04-04",
    )
    .description(format!("description {h}"))
    .section(format!("section {h}"))
    .section_url("/business?x=<y>")
    .tags([format!("tag {h}")])
    .author_with(AuthorInput {
        name: format!("Jane {h}"),
        url: Some("/authors/jane?<x>".into()),
        ..Default::default()
    })
    // Issue 16's fields carry the payload too.
    .newsroom_payload(h)
    .image(ImageInput {
        url: "/img.jpg?a=<b>&c".into(),
        alt: format!("alt {h}"),
        caption: Some(format!("caption {h}")),
        credit: Some(format!("credit {h}")),
        ..Default::default()
    })
    .key_fact(format!("label {h}"), format!("value {h}"))
    .background(format!("background {h}"))
    .quick_answer(
        format!("quick {h}"),
        format!("answer [l](javascript:alert(1)) {h}"),
    )
    .faq(format!("question {h}"), format!("faq *answer* {h}"))
    .source_with(SourceInput {
        url: "https://src.example/?q=</script>".into(),
        title: Some(format!("title {h}")),
        publisher: Some(format!("publisher {h}")),
    })
    .related(RelatedInput {
        headline: format!("related {h}"),
        url: "/r?<x>".into(),
        ..Default::default()
    })
    .views(1)
    .comments(2);
    // A paywall marker first, so the paywalled part wrapped is the hostile body itself.
    let b = if html_body {
        b.html_body(format!("<p>Free.</p><p>[paywall]</p>{body}"))
    } else {
        b.body(format!("Free.\n\n[paywall]\n\n{body}"))
    };
    b.build().expect("hostile article validates")
}

#[test]
fn hostile_pages_have_zero_findings() {
    let site = Site::new("Newsclip <script>", "https://newsclip.example/").unwrap();
    let options = RenderOptions::default();
    let mut failures = Vec::new();
    let mut pages = 0;
    for (name, body) in corpus::corpus() {
        for html_body in [false, true] {
            let page = render_document(&article(&body, html_body), &site, &options).into_string();
            pages += 1;
            // The crate's own stylesheet is the one <style> a page may have; content never is.
            let own_style = format!("<style>{STYLESHEET}</style>");
            assert_eq!(page.matches(&own_style).count(), 1, "{name}");
            let page = page.replacen(&own_style, "", 1);
            let mut found = page_findings(&page, &Rules::default());
            let doc = scraper::Html::parse_document(&page);
            let scripts = scraper::Selector::parse("script").unwrap();
            let types: Vec<Option<&str>> = doc
                .select(&scripts)
                .map(|s| s.value().attr("type"))
                .collect();
            if types != [Some("application/ld+json")] {
                found.push(format!("scripts: {types:?}"));
            }
            for f in found {
                failures.push(format!("{name} (html body: {html_body}): {f}"));
            }
        }
    }
    assert!(pages >= 300, "only {pages} pages");
    assert!(
        failures.is_empty(),
        "{} findings:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
