//! The JSON-LD writer against a readable reference: the way the graph used to be written
//! (each node to a `serde_json::Value`, extras inserted, empty values pruned, the text
//! serialized with sorted keys, then escaped for `<script>` in a second pass). The writer
//! serializes straight into the page buffer; for any nodes, blank fields and extra
//! properties, it must write the same bytes.

mod common;

use common::jsonld::every_option;
use common::*;
use maud::Render;
use newsclip::PreparedArticle;
use newsclip::RenderOptions;
use newsclip::render::jsonld::{JsonLd, Node, escape_json_for_script};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------
// The reference
// ---------------------------------------------------------------------------------------

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn prune(value: &mut Value) {
    match value {
        Value::Array(items) => {
            items.iter_mut().for_each(prune);
            items.retain(|v| !is_empty(v));
        }
        Value::Object(map) => {
            map.values_mut().for_each(prune);
            map.retain(|_, v| !is_empty(v));
        }
        _ => {}
    }
}

fn fields_and_extra<'n>(node: &'n Node<'_>) -> (Value, &'n Map<String, Value>) {
    match node {
        Node::Organization(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::WebSite(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::WebPage(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::Article(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::Person(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::ImageObject(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::BreadcrumbList(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        Node::FaqPage(n) => (serde_json::to_value(n).unwrap(), &n.extra),
        other => panic!("a node kind the reference does not know: {other:?}"),
    }
}

fn reference_node(node: &Node) -> Value {
    let (mut value, extra) = fields_and_extra(node);
    let map = value.as_object_mut().expect("a node is an object");
    for (k, v) in extra {
        if k != "@id" && k != "@context" {
            map.insert(k.clone(), v.clone());
        }
    }
    prune(&mut value);
    value
}

/// The document as it used to be written: `Value`, pruned, sorted, then escaped.
fn reference_json(doc: &JsonLd) -> String {
    let graph: Vec<Value> = doc.nodes().iter().map(reference_node).collect();
    let value = json!({"@context": "https://schema.org", "@graph": graph});
    escape_json_for_script(&value.to_string())
}

fn check_against_reference(doc: &JsonLd) {
    let expected = reference_json(doc);
    assert_eq!(doc.to_json(), expected);
    // The script element, in a buffer that holds a page's start, small or large (the JSON
    // goes in place or through a scratch buffer).
    for prefix in [
        "<!DOCTYPE html><title>é ∀ 😀</title>".to_string(),
        "<p>é ∀ 😀</p>".repeat(1_000),
    ] {
        let mut page = prefix.clone();
        doc.render_to(&mut page);
        assert_eq!(
            page,
            format!("{prefix}<script type=\"application/ld+json\">{expected}</script>")
        );
    }
    let pretty: Value = serde_json::from_str(&doc.to_json_pretty()).unwrap();
    let compact: Value = serde_json::from_str(&expected).unwrap();
    assert_eq!(pretty, compact);
    assert_eq!(doc.to_value(), compact);
}

// ---------------------------------------------------------------------------------------

#[test]
fn examples_match_the_reference() {
    for example in examples() {
        for options in [RenderOptions::default(), every_option()] {
            let prepared = PreparedArticle::new(&example.article, &example.site, &options);
            check_against_reference(&JsonLd::new(&prepared));
        }
    }
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("@id"),
        Just("@type"),
        Just("@context"),
        Just("name"),
        Just("url"),
        Just("headline"),
        Just("logo"),
        Just("image"),
        Just("publisher"),
        Just(""),
        Just("!first"),
        Just("a"),
        Just("zz"),
        Just("</script>"),
    ]
    .prop_map(String::from)
}

fn text() -> impl Strategy<Value = String> {
    "[ a<>&\u{2028}\u{2029}\"\\\\é]{0,4}"
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        // Fractions that parse back exactly (serde_json's float parsing may not round-trip).
        (-4000i32..4000).prop_map(|i| Value::from(f64::from(i) / 8.0)),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 40, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn extras() -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::vec((key(), json_value()), 0..5)
        .prop_map(|entries| entries.into_iter().collect())
}

/// Blanks the text fields an edit index picks, through the public fields.
fn blank_fields<'a>(node: &mut Node<'a>, pick: u8, blank: &'a str) {
    match node {
        Node::Article(a) => match pick % 4 {
            0 => a.headline = blank.into(),
            1 => a.keywords.push(blank.into()),
            2 => a.description = Some(blank.into()),
            _ => a.keywords.clear(),
        },
        Node::Person(p) => p.name = blank.into(),
        Node::Organization(o) => o.url = Some(blank.into()),
        Node::WebPage(p) => p.related_link.insert(0, blank.into()),
        Node::ImageObject(i) => i.caption = Some(blank.into()),
        Node::FaqPage(f) if pick.is_multiple_of(2) => f.main_entity.clear(),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_extras_and_blanks_match_the_reference(
        per_node in prop::collection::vec((extras(), any::<u8>(), prop::option::of("[ \t]{0,2}")), 12),
        seed in any::<bool>(),
    ) {
        let example = if seed { common::seed() } else { common::full_featured() };
        let options = every_option();
        let prepared = PreparedArticle::new(&example.article, &example.site, &options);
        let mut doc = JsonLd::new(&prepared);
        for (node, (extra, pick, blank)) in doc.nodes_mut().iter_mut().zip(&per_node) {
            if let Some(blank) = blank {
                blank_fields(node, *pick, blank);
            }
            match node {
                Node::Organization(n) => n.extra = extra.clone(),
                Node::WebSite(n) => n.extra = extra.clone(),
                Node::WebPage(n) => n.extra = extra.clone(),
                Node::Article(n) => n.extra = extra.clone(),
                Node::Person(n) => n.extra = extra.clone(),
                Node::ImageObject(n) => n.extra = extra.clone(),
                Node::BreadcrumbList(n) => n.extra = extra.clone(),
                Node::FaqPage(n) => n.extra = extra.clone(),
                _ => {}
            }
        }
        check_against_reference(&doc);
    }
}
