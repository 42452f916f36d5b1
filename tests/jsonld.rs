//! JSON-LD: the seed graph (snapshot), schema.org conformance of every node and property,
//! reference integrity, no empty values, options, and hostile input that must stay one inert
//! script.

mod common;

use std::collections::BTreeSet;

use common::*;
use maud::Render;
use newsclip::render::jsonld::{
    ArticleType, BreadcrumbList, FaqMode, FaqPage, JsonLd, JsonLdOptions, Node, SourceRelation,
    ViewAction,
};
use newsclip::sanitize::BodyOptions;
use newsclip::{
    Article, AuthorInput, AuthorKind, ImageInput, PreparedArticle, RelatedInput, Site, SiteInput,
    SourceInput, ValidateOptions,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn graph(article: &Article, site: &Site, options: &JsonLdOptions) -> Value {
    let prepared = PreparedArticle::new(article, site, &BodyOptions::default());
    JsonLd::new(&prepared, options).to_value()
}

fn every_option() -> JsonLdOptions {
    let mut o = JsonLdOptions::default();
    o.article_type = ArticleType::BlogPosting;
    o.source_relation = SourceRelation::Citation;
    o.speakable = true;
    o.view_action = ViewAction::View;
    o.background_is_backstory = true;
    o
}

// ---------------------------------------------------------------------------------------
// The checked vocabulary: every type we emit with its schema.org ancestors, and every
// property with the types it is defined on (https://schema.org/<name>).
// ---------------------------------------------------------------------------------------

const TYPES: &[(&str, &[&str])] = &[
    (
        "NewsArticle",
        &["NewsArticle", "Article", "CreativeWork", "Thing"],
    ),
    ("Article", &["Article", "CreativeWork", "Thing"]),
    (
        "BlogPosting",
        &[
            "BlogPosting",
            "SocialMediaPosting",
            "Article",
            "CreativeWork",
            "Thing",
        ],
    ),
    ("WebPage", &["WebPage", "CreativeWork", "Thing"]),
    ("FAQPage", &["FAQPage", "WebPage", "CreativeWork", "Thing"]),
    ("WebSite", &["WebSite", "CreativeWork", "Thing"]),
    (
        "ImageObject",
        &["ImageObject", "MediaObject", "CreativeWork", "Thing"],
    ),
    ("CreativeWork", &["CreativeWork", "Thing"]),
    (
        "Question",
        &["Question", "Comment", "CreativeWork", "Thing"],
    ),
    ("Answer", &["Answer", "Comment", "CreativeWork", "Thing"]),
    ("Organization", &["Organization", "Thing"]),
    ("Person", &["Person", "Thing"]),
    (
        "BreadcrumbList",
        &["BreadcrumbList", "ItemList", "Intangible", "Thing"],
    ),
    ("ListItem", &["ListItem", "Intangible", "Thing"]),
    (
        "InteractionCounter",
        &[
            "InteractionCounter",
            "StructuredValue",
            "Intangible",
            "Thing",
        ],
    ),
    (
        "SpeakableSpecification",
        &["SpeakableSpecification", "Intangible", "Thing"],
    ),
    (
        "ReadAction",
        &["ReadAction", "ConsumeAction", "Action", "Thing"],
    ),
    (
        "ViewAction",
        &["ViewAction", "ConsumeAction", "Action", "Thing"],
    ),
];

const PROPERTIES: &[(&str, &[&str])] = &[
    ("name", &["Thing"]),
    ("url", &["Thing"]),
    ("description", &["Thing"]),
    ("image", &["Thing"]),
    ("mainEntityOfPage", &["Thing"]),
    ("headline", &["CreativeWork"]),
    ("datePublished", &["CreativeWork"]),
    ("dateModified", &["CreativeWork"]),
    ("author", &["CreativeWork"]),
    ("publisher", &["CreativeWork"]),
    ("isPartOf", &["CreativeWork"]),
    ("keywords", &["CreativeWork"]),
    ("timeRequired", &["CreativeWork"]),
    ("inLanguage", &["CreativeWork"]),
    ("isBasedOn", &["CreativeWork"]),
    ("citation", &["CreativeWork"]),
    ("commentCount", &["CreativeWork"]),
    ("creditText", &["CreativeWork"]),
    ("hasPart", &["CreativeWork"]),
    ("mainEntity", &["CreativeWork"]),
    ("text", &["CreativeWork"]),
    (
        "interactionStatistic",
        &["CreativeWork", "Organization", "Person"],
    ),
    ("articleSection", &["Article"]),
    ("wordCount", &["Article"]),
    ("backstory", &["Article"]),
    ("speakable", &["Article", "WebPage"]),
    ("logo", &["Organization"]),
    ("contentUrl", &["MediaObject"]),
    ("width", &["MediaObject"]),
    ("height", &["MediaObject"]),
    ("caption", &["ImageObject"]),
    ("primaryImageOfPage", &["WebPage"]),
    ("breadcrumb", &["WebPage"]),
    ("relatedLink", &["WebPage"]),
    ("itemListElement", &["ItemList"]),
    ("position", &["ListItem", "CreativeWork"]),
    ("item", &["ListItem"]),
    ("acceptedAnswer", &["Question"]),
    ("cssSelector", &["SpeakableSpecification"]),
    ("interactionType", &["InteractionCounter"]),
    ("userInteractionCount", &["InteractionCounter"]),
];

/// Every typed object's properties are defined on its type; untyped objects are pure
/// references. Returns the (type, property) pairs seen.
fn check_vocabulary(value: &Value, seen: &mut BTreeSet<(String, String)>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| check_vocabulary(v, seen)),
        Value::Object(map) => {
            match map.get("@type") {
                None => {
                    let keys: Vec<_> = map.keys().collect();
                    assert!(
                        keys == ["@id"] || keys.iter().all(|k| *k == "@context" || *k == "@graph"),
                        "untyped object that is not a reference: {value}"
                    );
                }
                Some(Value::String(ty)) => {
                    let ancestors = TYPES
                        .iter()
                        .find(|(t, _)| t == ty)
                        .unwrap_or_else(|| panic!("type {ty} is not in the checked list"))
                        .1;
                    for key in map.keys().filter(|k| !k.starts_with('@')) {
                        let domains = PROPERTIES
                            .iter()
                            .find(|(p, _)| p == key)
                            .unwrap_or_else(|| panic!("property {key} is not in the checked list"))
                            .1;
                        assert!(
                            domains.iter().any(|d| ancestors.contains(d)),
                            "{key} is not defined on {ty}"
                        );
                        seen.insert((ty.clone(), key.clone()));
                    }
                }
                Some(other) => panic!("@type must be one string, got {other}"),
            }
            map.values().for_each(|v| check_vocabulary(v, seen));
        }
        _ => {}
    }
}

fn collect_ids(value: &Value, defined: &mut Vec<String>, referenced: &mut Vec<String>) {
    match value {
        Value::Array(items) => items
            .iter()
            .for_each(|v| collect_ids(v, defined, referenced)),
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get("@id") {
                if map.len() == 1 {
                    referenced.push(id.clone());
                } else {
                    defined.push(id.clone());
                }
            }
            map.values()
                .for_each(|v| collect_ids(v, defined, referenced));
        }
        _ => {}
    }
}

/// Every reference resolves, ids are unique and absolute.
fn check_references(doc: &Value) {
    let mut defined = Vec::new();
    let mut referenced = Vec::new();
    collect_ids(doc, &mut defined, &mut referenced);
    let unique: BTreeSet<_> = defined.iter().collect();
    assert_eq!(unique.len(), defined.len(), "duplicate @id in {defined:?}");
    for id in defined.iter().chain(&referenced) {
        assert!(id.starts_with("https://"), "@id {id} is not absolute");
    }
    for r in &referenced {
        assert!(defined.contains(r), "reference {r} does not resolve");
    }
    assert!(!referenced.is_empty());
}

/// No null, empty string, empty array or empty object anywhere.
fn check_no_empty(value: &Value, path: &str) {
    match value {
        Value::Null => panic!("null at {path}"),
        Value::String(s) => assert!(!s.trim().is_empty(), "empty string at {path}"),
        Value::Array(a) => {
            assert!(!a.is_empty(), "empty array at {path}");
            for (i, v) in a.iter().enumerate() {
                check_no_empty(v, &format!("{path}[{i}]"));
            }
        }
        Value::Object(o) => {
            assert!(!o.is_empty(), "empty object at {path}");
            for (k, v) in o {
                check_no_empty(v, &format!("{path}.{k}"));
            }
        }
        _ => {}
    }
}

fn check_all(doc: &Value) -> BTreeSet<(String, String)> {
    let mut seen = BTreeSet::new();
    check_vocabulary(doc, &mut seen);
    check_references(doc);
    check_no_empty(doc, "$");
    seen
}

fn node<'v>(doc: &'v Value, ty: &str) -> &'v Value {
    doc["@graph"]
        .as_array()
        .and_then(|g| g.iter().find(|n| n["@type"] == ty))
        .unwrap_or_else(|| panic!("no {ty} node"))
}

fn types(doc: &Value) -> Vec<String> {
    doc["@graph"]
        .as_array()
        .map(|g| {
            g.iter()
                .map(|n| n["@type"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------

#[test]
fn seed_graph_snapshot() {
    let article = seed_article();
    let site = seed_site();
    let prepared = PreparedArticle::new(&article, &site, &BodyOptions::default());
    let doc = JsonLd::new(&prepared, &JsonLdOptions::default());
    let pretty = doc.to_json_pretty();
    insta::assert_snapshot!("seed_jsonld", pretty);
    let parsed: Value = serde_json::from_str(&pretty).expect("pretty output parses");
    assert_eq!(parsed, doc.to_value());
    let compact: Value = serde_json::from_str(&doc.to_json()).expect("compact output parses");
    assert_eq!(compact, parsed);
}

#[test]
fn seed_graph_conforms() {
    let doc = graph(&seed_article(), &seed_site(), &JsonLdOptions::default());
    let seen = check_all(&doc);
    // No image, no author: no ImageObject and no Person, and nothing refers to them.
    assert_eq!(
        types(&doc),
        [
            "NewsArticle",
            "WebPage",
            "BreadcrumbList",
            "FAQPage",
            "WebSite",
            "Organization"
        ]
    );
    let article = node(&doc, "NewsArticle");
    assert!(article.get("image").is_none());
    assert!(article.get("author").is_none());
    assert!(article.get("dateModified").is_none());
    assert!(seen.contains(&("NewsArticle".into(), "isBasedOn".into())));
}

#[test]
fn every_variant_conforms() {
    let (full_article, full_site) = full();
    let cases = [(seed_article(), seed_site()), (full_article, full_site)];
    let mut seen = BTreeSet::new();
    for (article, site) in &cases {
        for options in [JsonLdOptions::default(), every_option()] {
            let doc = graph(article, site, &options);
            seen.extend(check_all(&doc));
        }
    }
    // Every property of the checked list is actually exercised by these variants.
    let used: BTreeSet<&str> = seen.iter().map(|(_, p)| p.as_str()).collect();
    for (p, _) in PROPERTIES {
        assert!(
            used.contains(p),
            "property {p} is never emitted; drop it from the list"
        );
    }
}

#[test]
fn full_article_properties() {
    let (article, site) = full();
    let doc = graph(&article, &site, &JsonLdOptions::default());
    let a = node(&doc, "NewsArticle");
    assert_eq!(
        a["@id"],
        "https://newsclip.example/business/rotterdam-automated-cranes#article"
    );
    assert_eq!(a["datePublished"], "2026-05-12T08:30:00+02:00");
    assert_eq!(a["dateModified"], "2026-05-13T17:05:00+02:00");
    assert_eq!(a["inLanguage"], "en-GB");
    assert_eq!(
        a["keywords"],
        json!(["Logistics", "Automation", "Netherlands"])
    );
    assert_eq!(a["commentCount"], 12);
    assert_eq!(
        a["interactionStatistic"],
        json!({"@type": "InteractionCounter", "interactionType": {"@type": "ReadAction"}, "userInteractionCount": 1})
    );
    assert_eq!(
        a["author"],
        json!([
            {"@id": "https://newsclip.example/#/person/eva-de-vries"},
            {"@id": "https://newsclip.example/#/organization/newsclip-data-desk"}
        ])
    );
    let person = node(&doc, "Person");
    assert_eq!(
        person["url"],
        "https://newsclip.example/authors/eva-de-vries"
    );
    let image = node(&doc, "ImageObject");
    assert_eq!(image["width"], 1600);
    assert_eq!(image["height"], 900);
    assert_eq!(image["creditText"], "Photo: Newsclip / J. Bakker");
    assert_eq!(a["image"]["@id"], image["@id"]);
    let page = node(&doc, "WebPage");
    assert_eq!(page["primaryImageOfPage"]["@id"], image["@id"]);
    assert_eq!(
        page["relatedLink"][0],
        "https://newsclip.example/business/antwerp-hydrogen-terminal"
    );
    let publisher = doc["@graph"]
        .as_array()
        .and_then(|g| {
            g.iter()
                .find(|n| n["@id"] == "https://newsclip.example/#organization")
        })
        .expect("publisher");
    assert_eq!(
        publisher["logo"]["url"],
        "https://newsclip.example/static/logo.png"
    );
    assert_eq!(
        a["isBasedOn"][1]["publisher"],
        json!({"@type": "Organization", "name": "FNV"})
    );
    // Key facts have no schema.org property; the background is not a backstory by default.
    assert!(a.get("backstory").is_none());
    assert!(!doc.to_string().contains("1,200 crane drivers"));
}

#[test]
fn breadcrumbs_follow_google_rules() {
    let doc = graph(&seed_article(), &seed_site(), &JsonLdOptions::default());
    let crumbs = &node(&doc, "BreadcrumbList")["itemListElement"];
    assert_eq!(
        crumbs,
        &json!([
            {"@type": "ListItem", "position": 1, "name": "Newsclip", "item": "https://newsclip.example/"},
            {"@type": "ListItem", "position": 2, "name": "Business", "item": "https://newsclip.example/business"},
            {"@type": "ListItem", "position": 3, "name": "Data Breach Forces Meta to Halt Collaboration with Mercor: What This Means for AI Security",
             "item": "https://newsclip.example/business/data-breach-forces-meta-to-halt-collaboration-with-mercor"}
        ])
    );
    // A section without a page is no crumb: every crumb but the last needs a URL.
    let article = Article::builder("Headline", "https://n.example/a", "2026-04-04")
        .section("Business")
        .body("Text.")
        .build()
        .unwrap();
    let doc = graph(&article, &seed_site(), &JsonLdOptions::default());
    let names: Vec<_> = node(&doc, "BreadcrumbList")["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Newsclip", "Headline"]);
}

#[test]
fn faq_modes() {
    let article = seed_article();
    let site = seed_site();
    let with_faq = |mode| {
        let mut o = JsonLdOptions::default();
        o.faq = mode;
        o
    };
    let count = |mode| {
        let doc = graph(&article, &site, &with_faq(mode));
        check_all(&doc);
        doc["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["@type"] == "FAQPage")
            .map(|f| f["mainEntity"].as_array().unwrap().len())
    };
    assert_eq!(count(FaqMode::Merged), Some(9));
    assert_eq!(count(FaqMode::FaqOnly), Some(4));
    assert_eq!(count(FaqMode::Off), None);
    let off = graph(&article, &site, &with_faq(FaqMode::Off));
    assert!(node(&off, "WebPage").get("hasPart").is_none());

    let prepared = PreparedArticle::new(&article, &site, &BodyOptions::default());
    let faq = FaqPage::for_article(&prepared, &JsonLdOptions::default()).unwrap();
    let q = &faq.main_entity[5];
    assert_eq!(
        q.name,
        "What is the current status of Meta's collaboration with Mercor?"
    );
    assert_eq!(
        q.accepted_answer.text,
        prepared.faq_answer_html()[0].as_str()
    );
    // Standalone: one FAQPage with no references out.
    let alone = JsonLd::from_nodes([faq.into()]).to_value();
    let mut defined = Vec::new();
    let mut referenced = Vec::new();
    collect_ids(&alone, &mut defined, &mut referenced);
    assert!(referenced.is_empty());
    assert_eq!(types(&alone), ["FAQPage"]);
}

#[test]
fn every_option_shapes_the_article_node() {
    let (article, site) = full();
    let doc = graph(&article, &site, &every_option());
    let a = node(&doc, "BlogPosting");
    assert!(a.get("isBasedOn").is_none());
    assert_eq!(a["citation"].as_array().unwrap().len(), 2);
    assert_eq!(
        a["speakable"],
        json!({"@type": "SpeakableSpecification", "cssSelector": [".nc-quick-answers", ".nc-key-facts"]})
    );
    assert_eq!(
        a["interactionStatistic"]["interactionType"]["@type"],
        "ViewAction"
    );
    assert_eq!(a["backstory"], article.background().unwrap());

    let mut custom = JsonLdOptions::default();
    custom.speakable = true;
    custom.class_prefix = "site-".into();
    custom.interaction_counts = false;
    let doc = graph(&article, &site, &custom);
    let a = node(&doc, "NewsArticle");
    assert_eq!(a["speakable"]["cssSelector"][1], ".site-key-facts");
    assert!(a.get("commentCount").is_none());
    assert!(a.get("interactionStatistic").is_none());

    // Speakable with nothing to speak is left out.
    let plain = Article::builder("Headline", "https://n.example/a", "2026-04-04")
        .section("Business")
        .body("Text.")
        .build()
        .unwrap();
    let doc = graph(&plain, &seed_site(), &every_option());
    assert!(node(&doc, "BlogPosting").get("speakable").is_none());
}

#[test]
fn counts_only_when_shown() {
    let article = Article::builder("Headline", "https://n.example/a", "2026-04-04")
        .section("Business")
        .body("Text.")
        .build()
        .unwrap();
    let doc = graph(&article, &seed_site(), &JsonLdOptions::default());
    let a = node(&doc, "NewsArticle");
    assert!(a.get("commentCount").is_none());
    assert!(a.get("interactionStatistic").is_none());
    // The seed shows "4 views 0 comments": zero is a shown count.
    let seed = seed_article();
    let site = seed_site();
    let prepared = PreparedArticle::new(&seed, &site, &BodyOptions::default());
    let doc = JsonLd::new(&prepared, &JsonLdOptions::default()).to_value();
    let a = node(&doc, "NewsArticle");
    assert_eq!(a["commentCount"], 0);
    assert_eq!(a["interactionStatistic"]["userInteractionCount"], 4);
    // Word count and reading time come from the prepared body (one source of truth).
    let words = prepared.body().word_count();
    assert!(words > 500);
    assert_eq!(a["wordCount"], words);
    let minutes = prepared.body().reading_minutes();
    assert_eq!(a["timeRequired"], format!("PT{minutes}M"));
}

#[test]
fn authors_get_their_own_nodes_and_stable_ids() {
    let site = SiteInput {
        name: "Newsclip".into(),
        base_url: "https://newsclip.example/".into(),
        publisher: Some(newsclip::PublisherInput {
            name: "Newsclip Media BV".into(),
            url: Some("https://media.example/".into()),
            logo: None,
        }),
        ..SiteInput::default()
    }
    .validate(&ValidateOptions::default())
    .unwrap();
    let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .body("Text.")
        .author("Jane Doe")
        .author("Jane Doe")
        .author_with(AuthorInput {
            name: "Newsclip Media BV".into(),
            kind: AuthorKind::Organization,
            url: None,
        })
        .build()
        .unwrap();
    let doc = graph(&article, &site, &JsonLdOptions::default());
    check_all(&doc);
    assert_eq!(
        node(&doc, "NewsArticle")["author"],
        json!([
            {"@id": "https://newsclip.example/#/person/jane-doe"},
            {"@id": "https://newsclip.example/#/person/jane-doe-2"},
            {"@id": "https://media.example/#organization"}
        ])
    );
    assert_eq!(
        node(&doc, "WebSite")["publisher"]["@id"],
        "https://media.example/#organization"
    );
    assert_eq!(
        types(&doc).iter().filter(|t| *t == "Organization").count(),
        1
    );
}

#[test]
fn extensions_merge_without_breaking_ids() {
    let mut options = JsonLdOptions::default();
    options
        .extensions
        .article
        .insert("isAccessibleForFree".into(), json!(true));
    options
        .extensions
        .article
        .insert("@id".into(), json!("https://evil.example/#x"));
    options
        .extensions
        .article
        .insert("headline".into(), json!("Override"));
    options
        .extensions
        .article
        .insert("alternativeHeadline".into(), json!(""));
    options
        .extensions
        .organization
        .insert("sameAs".into(), json!(["https://social.example/newsclip"]));
    let doc = graph(&seed_article(), &seed_site(), &options);
    let a = node(&doc, "NewsArticle");
    assert_eq!(a["isAccessibleForFree"], true);
    assert_eq!(a["headline"], "Override");
    assert!(a["@id"].as_str().unwrap().ends_with("#article"));
    assert!(a.get("alternativeHeadline").is_none());
    assert_eq!(
        node(&doc, "Organization")["sameAs"][0],
        "https://social.example/newsclip"
    );
    check_references(&doc);
    check_no_empty(&doc, "$");
}

#[test]
fn nodes_can_be_emitted_alone() {
    let article = seed_article();
    let site = seed_site();
    let prepared = PreparedArticle::new(&article, &site, &BodyOptions::default());
    let crumbs = BreadcrumbList::for_article(&prepared, &JsonLdOptions::default());
    let html = JsonLd::from_nodes([Node::from(crumbs)])
        .render()
        .into_string();
    assert!(html.starts_with(r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@id":"https://newsclip.example/business/data-breach-forces-meta-to-halt-collaboration-with-mercor#breadcrumb","@type":"BreadcrumbList""#));
    assert!(html.ends_with("}]}</script>"));
}

#[test]
fn nonce_is_an_escaped_attribute() {
    let doc = JsonLd::from_nodes([]);
    let html = doc.script_with_nonce("a\"><script>").render().into_string();
    assert_eq!(
        html,
        r#"<script type="application/ld+json" nonce="a&quot;&gt;&lt;script&gt;">{"@context":"https://schema.org","@graph":[]}</script>"#
    );
}

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
    .author_with(AuthorInput {
        name: format!("Org {h}"),
        kind: AuthorKind::Organization,
        url: Some("/o?<a>&b".into()),
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
    let prepared = PreparedArticle::new(&article, &site, &BodyOptions::default());
    let mut options = every_option();
    // Extensions carry the raw payload, U+2028/U+2029 included (text fields collapse them).
    options
        .extensions
        .web_page
        .insert("alternativeHeadline".into(), json!(HOSTILE));
    let doc = JsonLd::new(&prepared, &options);
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
            let prepared = PreparedArticle::new(&article, &site, &BodyOptions::default());
            let doc = JsonLd::new(&prepared, &JsonLdOptions::default());
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
