//! JSON-LD under hostile input: every text field carries `</script>`, `<!--`, `<script>`,
//! quotes, `&`, U+2028 and U+2029, and the embedded block must stay one inert script whose
//! JSON parses back to the original strings.

mod common;

#[path = "support/newsroom_payload.rs"]
mod newsroom_payload;
use common::jsonld::*;
use common::*;
use maud::Render;
use newsclip::render::jsonld::JsonLd;
use newsclip::{
    Article, AuthorInput, AuthorKind, ImageInput, PreparedArticle, RelatedInput, SiteInput,
    SourceInput, ValidateOptions,
};
use newsroom_payload::NewsroomPayload;
use proptest::prelude::*;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------
// Hostile input
// ---------------------------------------------------------------------------------------

/// Parses a rendered script element with a real HTML parser: exactly one script, the right
/// type, inert text, and JSON that parses. Returns the parsed JSON.
fn parse_script(html: &str) -> Value {
    assert_eq!(
        html.matches("</").count(),
        1,
        "one closing tag only: {html}"
    );
    assert!(!html.contains("<!--"));
    let fragment = scraper::Html::parse_fragment(html);
    let selector = scraper::Selector::parse("script").unwrap();
    let scripts: Vec<_> = fragment.select(&selector).collect();
    assert_eq!(scripts.len(), 1);
    let script = scripts[0];
    assert_eq!(script.value().attr("type"), Some("application/ld+json"));
    let all = scraper::Selector::parse("*").unwrap();
    assert_eq!(
        fragment
            .select(&all)
            .filter(|e| e.value().name() != "html")
            .count(),
        1
    );
    let text: String = script.text().collect();
    assert!(
        !text.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
        "script text is not inert: {text}"
    );
    serde_json::from_str(&text).expect("script text is JSON")
}

fn hostile_article() -> Article {
    let h = HOSTILE;
    let image = |u: &str| ImageInput {
        url: u.into(),
        alt: format!("alt {h}"),
        width: Some(1200),
        height: Some(800),
        caption: Some(format!("caption {h}")),
        credit: Some(format!("credit {h}")),
    };
    Article::builder(
        format!("headline {h}"),
        "https://newsclip.example/a?b=1&c=2",
        "2026-04-04",
    )
    .description(format!("description {h}"))
    .section(format!("section {h}"))
    .section_url("/business?x=<y>&z")
    .tags([format!("tag {h}"), format!("second {h}")])
    .author(format!("Jane {h}"))
    // Issue 16's fields carry the payload too.
    .newsroom_payload(h)
    .author_with(AuthorInput {
        name: format!("Org {h}"),
        kind: AuthorKind::Organization,
        url: Some("/o?<a>&b".into()),
        ..AuthorInput::default()
    })
    .image(image("/img.jpg?a=<b>&c"))
    .body(format!("## {h}\n\nbody {h}\n\n<script>alert(1)</script>"))
    .key_fact(format!("label {h}"), format!("value {h}"))
    .background(format!("background {h}"))
    .quick_answer(format!("quick {h}"), format!("answer *{h}*"))
    .faq(format!("question {h}"), format!("faq answer {h}"))
    .source_with(SourceInput {
        url: "https://src.example/?q=</script>".into(),
        title: Some(format!("title {h}")),
        publisher: Some(format!("publisher {h}")),
    })
    .related(RelatedInput {
        headline: format!("related {h}"),
        url: "/r?<x>".into(),
        published: None,
        image: Some(image("/r.jpg")),
    })
    .views(1)
    .comments(2)
    .build()
    .expect("hostile article validates")
}

#[test]
fn hostile_text_stays_one_inert_script() {
    let article = hostile_article();
    let site = SiteInput {
        name: format!("site {HOSTILE}"),
        base_url: "https://newsclip.example/".into(),
        ..SiteInput::default()
    }
    .validate(&ValidateOptions::default())
    .unwrap();
    let mut options = every_option();
    // Extensions carry the raw payload, U+2028/U+2029 included (text fields collapse them).
    options
        .jsonld
        .extensions
        .web_page
        .insert("alternativeHeadline".into(), json!(HOSTILE));
    let prepared = PreparedArticle::new(&article, &site, &options);
    let doc = JsonLd::new(&prepared);
    for html in [
        doc.render().into_string(),
        doc.script_with_nonce(HOSTILE).render().into_string(),
    ] {
        let parsed = parse_script(&html);
        assert_eq!(parsed, doc.to_value());
        let a = node(&parsed, "BlogPosting");
        assert_eq!(a["headline"], article.headline());
        assert_eq!(a["description"], article.description().unwrap());
        assert_eq!(a["articleSection"], article.section().name());
        assert_eq!(a["keywords"][1], article.tags()[1].name());
        assert_eq!(a["backstory"], article.background().unwrap());
        assert_eq!(
            a["citation"][0]["name"],
            article.sources()[0].title().unwrap()
        );
        assert_eq!(
            a["citation"][0]["publisher"]["name"],
            article.sources()[0].publisher().unwrap()
        );
        assert_eq!(
            a["citation"][0]["url"],
            "https://src.example/?q=%3C/script%3E"
        );
        assert_eq!(node(&parsed, "Person")["name"], article.authors()[0].name());
        let image = node(&parsed, "ImageObject");
        let img = article.image().unwrap();
        assert_eq!(image["description"], img.alt());
        assert_eq!(image["caption"], img.caption().unwrap());
        assert_eq!(image["creditText"], img.credit().unwrap());
        let faq = &node(&parsed, "FAQPage")["mainEntity"];
        assert_eq!(faq[0]["name"], article.quick_answers()[0].question());
        assert_eq!(
            faq[0]["acceptedAnswer"]["text"],
            prepared.quick_answer_html()[0].as_str()
        );
        assert_eq!(faq[1]["name"], article.faq()[0].question());
        assert_eq!(
            faq[1]["acceptedAnswer"]["text"],
            prepared.faq_answer_html()[0].as_str()
        );
        assert_eq!(node(&parsed, "WebPage")["alternativeHeadline"], HOSTILE);
        assert_eq!(node(&parsed, "WebSite")["name"], site.name());
        // Real characters in the data, no HTML entities added by the JSON layer.
        assert!(
            a["headline"]
                .as_str()
                .unwrap()
                .contains("</script><!-- \"q\" 'a' & &amp;")
        );
    }
    // Related headlines and key facts are not JSON-LD data (relatedLink carries URLs only).
    let text = doc.to_value().to_string();
    assert!(!text.contains("related x"));
    assert!(!text.contains("label x"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_headline_and_description_stay_inert(
        headline in "\\PC{1,80}|[<>&\"'\u{2028}\u{2029}/!-]{1,40}",
        description in any::<String>(),
    ) {
        let built = Article::builder(headline, "https://n.example/a", "2026-04-04")
            .description(description)
            .section("Business")
            .body("Text.")
            .build();
        if let Ok(article) = built {
            let site = seed_site();
            let options = newsclip::RenderOptions::default();
            let prepared = PreparedArticle::new(&article, &site, &options);
            let doc = JsonLd::new(&prepared);
            let parsed = parse_script(&doc.render().into_string());
            let a = node(&parsed, "NewsArticle");
            prop_assert_eq!(a["headline"].as_str(), Some(article.headline()));
            if let Some(d) = article.description() {
                prop_assert_eq!(a["description"].as_str(), Some(d));
            }
            check_no_empty(&parsed, "$");
        }
    }
}
