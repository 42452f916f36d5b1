//! JSON-LD: the seed graph (snapshot), schema.org conformance of every node and property,
//! reference integrity, no empty values, and the options. Hostile input is in
//! `jsonld_hostile.rs`.

mod common;

use std::collections::BTreeSet;

use common::jsonld::*;
use common::*;
use maud::Render;
use newsclip::RenderOptions;
use newsclip::options::{Classes, FaqMode};
use newsclip::render::jsonld::{BreadcrumbList, FaqPage, JsonLd, Node};
use newsclip::{Article, AuthorInput, AuthorKind, PreparedArticle, SiteInput, ValidateOptions};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------

#[test]
fn seed_graph_snapshot() {
    let article = seed_article();
    let site = seed_site();
    let render_options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &render_options);
    let doc = JsonLd::new(&prepared);
    let pretty = doc.to_json_pretty();
    insta::assert_snapshot!("seed_jsonld", pretty);
    let parsed: Value = serde_json::from_str(&pretty).expect("pretty output parses");
    assert_eq!(parsed, doc.to_value());
    let compact: Value = serde_json::from_str(&doc.to_json()).expect("compact output parses");
    assert_eq!(compact, parsed);
}

/// The full-featured graph: summaries where the article refers to other nodes, the logo's
/// `@id`, dimensions as `QuantitativeValue`s.
#[test]
fn full_graph_snapshot() {
    let (article, site) = full();
    let options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &options);
    let doc = JsonLd::new(&prepared);
    insta::assert_snapshot!("full_jsonld", doc.to_json_pretty());
}

#[test]
fn seed_graph_conforms() {
    let doc = graph(&seed_article(), &seed_site(), &RenderOptions::default());
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
        for options in [RenderOptions::default(), every_option()] {
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
    let doc = graph(&article, &site, &RenderOptions::default());
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
            {"@id": "https://newsclip.example/#/person/eva-de-vries", "@type": "Person",
             "name": "Eva de Vries", "url": "https://newsclip.example/authors/eva-de-vries"},
            {"@id": "https://newsclip.example/#/organization/newsclip-data-desk", "@type": "Organization",
             "name": "Newsclip Data Desk", "url": "https://newsclip.example/desks/data"}
        ])
    );
    let person = node(&doc, "Person");
    assert_eq!(
        person["url"],
        "https://newsclip.example/authors/eva-de-vries"
    );
    let image = node(&doc, "ImageObject");
    assert_eq!(
        image["width"],
        json!({"@type": "QuantitativeValue", "unitCode": "E37", "value": 1600})
    );
    assert_eq!(image["height"]["value"], 900);
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
        publisher["logo"],
        json!({"@id": "https://newsclip.example/#logo", "@type": "ImageObject",
               "contentUrl": "https://newsclip.example/static/logo.png",
               "url": "https://newsclip.example/static/logo.png",
               "width": {"@type": "QuantitativeValue", "unitCode": "E37", "value": 600},
               "height": {"@type": "QuantitativeValue", "unitCode": "E37", "value": 60}})
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
    let doc = graph(&seed_article(), &seed_site(), &RenderOptions::default());
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
    let doc = graph(&article, &seed_site(), &RenderOptions::default());
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
        let mut o = RenderOptions::default();
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

    let render_options = RenderOptions::default();

    let prepared = PreparedArticle::new(&article, &site, &render_options);
    let faq = FaqPage::for_article(&prepared).unwrap();
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

    let mut custom = RenderOptions::default();
    custom.jsonld.speakable = true;
    custom.classes = Classes::with_prefix("site-");
    custom.jsonld.interaction_counts = false;
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
    let doc = graph(&article, &seed_site(), &RenderOptions::default());
    let a = node(&doc, "NewsArticle");
    assert!(a.get("commentCount").is_none());
    assert!(a.get("interactionStatistic").is_none());
    // The seed shows "4 views 0 comments": zero is a shown count.
    let seed = seed_article();
    let site = seed_site();
    let render_options = RenderOptions::default();
    let prepared = PreparedArticle::new(&seed, &site, &render_options);
    let doc = JsonLd::new(&prepared).to_value();
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
            ..newsclip::PublisherInput::default()
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
            ..AuthorInput::default()
        })
        .build()
        .unwrap();
    let doc = graph(&article, &site, &RenderOptions::default());
    check_all(&doc);
    assert_eq!(
        node(&doc, "NewsArticle")["author"],
        json!([
            {"@id": "https://newsclip.example/#/person/jane-doe", "@type": "Person", "name": "Jane Doe"},
            {"@id": "https://newsclip.example/#/person/jane-doe-2", "@type": "Person", "name": "Jane Doe"},
            {"@id": "https://media.example/#organization", "@type": "Organization",
             "name": "Newsclip Media BV", "url": "https://media.example/"}
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
    let mut options = RenderOptions::default();
    options
        .jsonld
        .extensions
        .article
        .insert("isAccessibleForFree".into(), json!(true));
    options
        .jsonld
        .extensions
        .article
        .insert("@id".into(), json!("https://evil.example/#x"));
    options
        .jsonld
        .extensions
        .article
        .insert("headline".into(), json!("Override"));
    options
        .jsonld
        .extensions
        .article
        .insert("alternativeHeadline".into(), json!(""));
    options
        .jsonld
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
    let render_options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &render_options);
    let crumbs = BreadcrumbList::for_article(&prepared);
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

#[test]
fn same_input_same_bytes() {
    let (article, site) = full();
    let render = || {
        let mut options = RenderOptions::default();
        options
            .jsonld
            .extensions
            .article
            .insert("b".into(), json!(1));
        options
            .jsonld
            .extensions
            .article
            .insert("a".into(), json!({"z": 1, "y": [2, 3]}));
        let prepared = PreparedArticle::new(&article, &site, &options);
        JsonLd::new(&prepared).render().into_string()
    };
    let first = render();
    assert_eq!(first, render());
    // Keys are sorted, so extension order does not matter either.
    let a = first.find(r#""a":{"y":[2,3],"z":1}"#).expect("extension a");
    let b = first.find(r#""b":1"#).expect("extension b");
    assert!(a < b);
}

#[test]
fn first_body_image_is_the_fallback_image() {
    let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .body("Words.\n\n![A crane at dusk](/img/crane.jpg)\n\n![Second](/img/2.jpg)\n")
        .build()
        .unwrap();
    let doc = graph(&article, &seed_site(), &RenderOptions::default());
    check_all(&doc);
    let image = node(&doc, "ImageObject");
    assert_eq!(image["url"], "https://newsclip.example/img/crane.jpg");
    assert_eq!(image["description"], "A crane at dusk");
    assert!(image.get("width").is_none());
    assert_eq!(node(&doc, "NewsArticle")["image"]["@id"], image["@id"]);
    // A hero image wins over the body's.
    let with_hero = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .body("![A crane](/img/crane.jpg)")
        .image(newsclip::ImageInput {
            url: "/img/hero.jpg".into(),
            alt: "Hero".into(),
            ..newsclip::ImageInput::default()
        })
        .build()
        .unwrap();
    let doc = graph(&with_hero, &seed_site(), &RenderOptions::default());
    assert_eq!(
        node(&doc, "ImageObject")["url"],
        "https://newsclip.example/img/hero.jpg"
    );
}

/// Issue 16: corrections, the paywall, the dateline, the publisher's standards and author
/// profiles, from the same fields the page shows.
#[test]
fn newsroom_properties() {
    let (article, site) = full();
    let doc = graph(&article, &site, &RenderOptions::default());
    check_all(&doc);
    let a = node(&doc, "NewsArticle");
    assert_eq!(
        a["correction"],
        json!([{"@type": "CorrectionComment", "datePublished": "2026-05-13T17:05:00+02:00",
                "text": "An earlier version of this article gave the number of crane drivers affected as 2,100; it is 1,200."}])
    );
    assert_eq!(a["dateline"], "ROTTERDAM");
    assert_eq!(a["isAccessibleForFree"], false);
    // Google's paywalled-content markup: the selector is the class the page wraps the part in.
    assert_eq!(
        a["hasPart"],
        json!([{"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".nc-paywalled"}])
    );
    assert_eq!(
        a["publishingPrinciples"],
        "https://newsclip.example/about/standards/business-desk"
    );
    let publisher = node(&doc, "NewsMediaOrganization");
    assert_eq!(
        publisher["sameAs"],
        json!([
            "https://social.example/@newsclip",
            "https://video.example/c/newsclip"
        ])
    );
    for (property, path) in [
        ("publishingPrinciples", "standards"),
        ("correctionsPolicy", "corrections"),
        ("ethicsPolicy", "ethics"),
        ("masthead", "masthead"),
        ("verificationFactCheckingPolicy", "fact-checking"),
    ] {
        assert_eq!(
            publisher[property],
            format!("https://newsclip.example/about/{path}")
        );
    }
    let person = node(&doc, "Person");
    assert_eq!(
        person["sameAs"],
        json!([
            "https://social.example/@evadevries",
            "https://www.linkedin.com/in/evadevries-example"
        ])
    );
    assert_eq!(person["jobTitle"], "Ports correspondent");
    assert_eq!(
        person["image"],
        "https://newsclip.example/static/authors/eva-de-vries.jpg"
    );
    // The publisher by reference.
    assert_eq!(person["worksFor"], json!({"@id": publisher["@id"]}));
    // Another class, another selector.
    let mut options = RenderOptions::default();
    options.classes.paywalled = "members only".into();
    let doc = graph(&article, &site, &options);
    assert_eq!(
        node(&doc, "NewsArticle")["hasPart"][0]["cssSelector"],
        ".members.only"
    );
    // `dateline` is a NewsArticle's only.
    let doc = graph(&article, &site, &every_option());
    assert!(node(&doc, "BlogPosting").get("dateline").is_none());
}

#[test]
fn newsroom_properties_absent_or_partial() {
    let site = seed_site();
    let build = |paywalled: bool, body: &str| {
        let mut b = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
            .section("Business")
            .body(body)
            .author_with(AuthorInput {
                name: "Jane Doe".into(),
                organization: Some("Reuters".into()),
                ..AuthorInput::default()
            });
        if paywalled {
            b = b.paywalled();
        }
        b.build().unwrap()
    };
    // Free: nothing is said about access.
    let doc = graph(
        &build(false, "A.\n\n[paywall]\n\nB."),
        &site,
        &RenderOptions::default(),
    );
    let a = node(&doc, "NewsArticle");
    for key in [
        "isAccessibleForFree",
        "hasPart",
        "correction",
        "dateline",
        "publishingPrinciples",
    ] {
        assert!(a.get(key).is_none(), "{key}");
    }
    // Another organization by name; a publisher without policies stays an Organization.
    assert_eq!(
        node(&doc, "Person")["worksFor"],
        json!({"@type": "Organization", "name": "Reuters"})
    );
    assert!(types(&doc).contains(&"Organization".to_string()));
    assert!(!types(&doc).contains(&"NewsMediaOrganization".to_string()));
    // Paywalled without a marked part: not free, but no part to name (the lint says so).
    let doc = graph(&build(true, "A.\n\nB."), &site, &RenderOptions::default());
    let a = node(&doc, "NewsArticle");
    assert_eq!(a["isAccessibleForFree"], false);
    assert!(a.get("hasPart").is_none());
    check_all(&doc);
}
