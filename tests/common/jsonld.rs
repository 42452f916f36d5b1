//! JSON-LD checks shared by the JSON-LD tests: the checked schema.org vocabulary, reference
//! integrity and the no-empty-values walk.

use std::collections::BTreeSet;

use newsclip::options::{ArticleType, SourceRelation, ViewAction};
use newsclip::render::jsonld::JsonLd;
use newsclip::{Article, PreparedArticle, RenderOptions, Site};
use serde_json::Value;

pub fn graph(article: &Article, site: &Site, options: &RenderOptions) -> Value {
    let prepared = PreparedArticle::new(article, site, options);
    JsonLd::new(&prepared).to_value()
}

pub fn every_option() -> RenderOptions {
    let mut o = RenderOptions::default();
    o.jsonld.article_type = ArticleType::BlogPosting;
    o.jsonld.source_relation = SourceRelation::Citation;
    o.jsonld.speakable = true;
    o.jsonld.view_action = ViewAction::View;
    o.jsonld.background_is_backstory = true;
    o
}

// ---------------------------------------------------------------------------------------
// The checked vocabulary: every type we emit with its schema.org ancestors, and every
// property with the types it is defined on (https://schema.org/<name>).
// ---------------------------------------------------------------------------------------

pub const TYPES: &[(&str, &[&str])] = &[
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
    (
        "NewsMediaOrganization",
        &["NewsMediaOrganization", "Organization", "Thing"],
    ),
    (
        "CorrectionComment",
        &["CorrectionComment", "Comment", "CreativeWork", "Thing"],
    ),
    (
        "WebPageElement",
        &["WebPageElement", "CreativeWork", "Thing"],
    ),
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
        "QuantitativeValue",
        &[
            "QuantitativeValue",
            "StructuredValue",
            "Intangible",
            "Thing",
        ],
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

pub const PROPERTIES: &[(&str, &[&str])] = &[
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
    ("cssSelector", &["SpeakableSpecification", "WebPageElement"]),
    ("sameAs", &["Thing"]),
    ("correction", &["CreativeWork"]),
    ("dateline", &["NewsArticle"]),
    ("isAccessibleForFree", &["CreativeWork"]),
    (
        "publishingPrinciples",
        &["CreativeWork", "Organization", "Person"],
    ),
    ("jobTitle", &["Person"]),
    ("worksFor", &["Person"]),
    ("actionableFeedbackPolicy", &["NewsMediaOrganization"]),
    (
        "correctionsPolicy",
        &["NewsMediaOrganization", "Organization"],
    ),
    (
        "diversityPolicy",
        &["NewsMediaOrganization", "Organization"],
    ),
    ("ethicsPolicy", &["NewsMediaOrganization", "Organization"]),
    ("masthead", &["NewsMediaOrganization"]),
    ("noBylinesPolicy", &["NewsMediaOrganization"]),
    (
        "ownershipFundingInfo",
        &["NewsMediaOrganization", "Organization"],
    ),
    (
        "unnamedSourcesPolicy",
        &["NewsMediaOrganization", "Organization"],
    ),
    ("verificationFactCheckingPolicy", &["NewsMediaOrganization"]),
    ("interactionType", &["InteractionCounter"]),
    ("userInteractionCount", &["InteractionCounter"]),
    ("unitCode", &["QuantitativeValue"]),
    ("value", &["QuantitativeValue"]),
];

/// Every typed object's properties are defined on its type; untyped objects are pure
/// references. Returns the (type, property) pairs seen.
pub fn check_vocabulary(value: &Value, seen: &mut BTreeSet<(String, String)>) {
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

/// The `@id`s of the graph's nodes (`defined`) and every `@id` below them (`referenced`):
/// plain references and embedded copies alike.
pub fn collect_ids(doc: &Value, defined: &mut Vec<String>, referenced: &mut Vec<String>) {
    fn nested(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Array(items) => items.iter().for_each(|v| nested(v, out)),
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("@id") {
                    out.push(id.clone());
                }
                map.values().for_each(|v| nested(v, out));
            }
            _ => {}
        }
    }
    for node in doc["@graph"].as_array().into_iter().flatten() {
        if let Some(Value::String(id)) = node.get("@id") {
            defined.push(id.clone());
        }
        node.as_object()
            .into_iter()
            .flat_map(|m| m.values())
            .for_each(|v| nested(v, referenced));
    }
}

/// The `@id`s of node objects below the graph's nodes that carry properties (embedded nodes,
/// such as a logo, or copies of the graph's nodes).
pub fn embedded_ids(value: &Value, depth: usize, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| embedded_ids(v, depth, out)),
        Value::Object(map) => {
            if let (Some(Value::String(id)), true) = (map.get("@id"), depth > 1 && map.len() > 1) {
                out.push(id.clone());
            }
            map.values().for_each(|v| embedded_ids(v, depth + 1, out));
        }
        _ => {}
    }
}

/// Every reference resolves (to a node of the graph or a node embedded in one), the graph's
/// node ids are unique, and every id is absolute.
pub fn check_references(doc: &Value) {
    let mut defined = Vec::new();
    let mut referenced = Vec::new();
    collect_ids(doc, &mut defined, &mut referenced);
    let unique: BTreeSet<_> = defined.iter().collect();
    assert_eq!(unique.len(), defined.len(), "duplicate @id in {defined:?}");
    let mut embedded = Vec::new();
    embedded_ids(doc, 0, &mut embedded);
    for id in defined.iter().chain(&referenced) {
        // Absolute: the canonical URL (and so every id) may be http as well as https.
        let scheme = url::Url::parse(id).map(|u| u.scheme().to_owned());
        assert!(
            matches!(scheme.as_deref(), Ok("https" | "http")),
            "@id {id} is not absolute"
        );
    }
    for r in &referenced {
        assert!(
            defined.contains(r) || embedded.contains(r),
            "reference {r} does not resolve"
        );
    }
    assert!(!referenced.is_empty());
}

/// No null, empty string, empty array or empty object anywhere.
pub fn check_no_empty(value: &Value, path: &str) {
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

pub fn check_all(doc: &Value) -> BTreeSet<(String, String)> {
    let mut seen = BTreeSet::new();
    check_vocabulary(doc, &mut seen);
    check_references(doc);
    check_no_empty(doc, "$");
    seen
}

pub fn node<'v>(doc: &'v Value, ty: &str) -> &'v Value {
    doc["@graph"]
        .as_array()
        .and_then(|g| g.iter().find(|n| n["@type"] == ty))
        .unwrap_or_else(|| panic!("no {ty} node"))
}

pub fn types(doc: &Value) -> Vec<String> {
    doc["@graph"]
        .as_array()
        .map(|g| {
            g.iter()
                .map(|n| n["@type"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}
