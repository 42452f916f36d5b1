//! Consumers that do not resolve `@id` references: what they look for is written where the
//! article refers to it, and the graph still parses to the same nodes.
//!
//! "Same nodes" is checked with a small reading of JSON-LD's node map (flattening): every
//! object with an `@id` is that node, and the properties of every object with the same `@id`
//! are merged into it as sets; an object without `@id` is a blank node, a node of its own
//! every time it is written. The graph as written must flatten to exactly what it flattens to
//! when every embedded copy of a graph node is cut back to a bare `{"@id": …}` reference.

mod common;

use std::collections::BTreeMap;

use common::jsonld::*;
use common::*;
use newsclip::RenderOptions;
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------
// A node map
// ---------------------------------------------------------------------------------------

/// A property value once flattened.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Term {
    /// A reference to a node with an `@id`.
    Node(String),
    /// A string, number or boolean, as JSON text.
    Literal(String),
    /// A node without `@id`, by its flattened properties.
    Blank(String),
}

type Properties = BTreeMap<String, Vec<Term>>;
type NodeMap = BTreeMap<String, Properties>;

/// Adds a value to a property: references and literals as a set (merging the same node
/// twice adds nothing), blank nodes every time (each is a distinct node).
fn add(terms: &mut Vec<Term>, term: Term) {
    if matches!(term, Term::Blank(_)) || !terms.contains(&term) {
        terms.push(term);
        terms.sort();
    }
}

fn properties(object: &Map<String, Value>, map: &mut NodeMap) -> Properties {
    let mut props = Properties::new();
    for (key, value) in object.iter().filter(|(k, _)| *k != "@id") {
        let items = match value {
            Value::Array(items) => items.iter().collect(),
            single => vec![single],
        };
        for item in items {
            let term = flatten(item, map);
            add(props.entry(key.clone()).or_default(), term);
        }
    }
    props
}

fn flatten(value: &Value, map: &mut NodeMap) -> Term {
    match value {
        Value::Object(object) => {
            let props = properties(object, map);
            match object.get("@id").and_then(Value::as_str) {
                Some(id) => {
                    let node = map.entry(id.to_string()).or_default();
                    for (key, terms) in props {
                        for term in terms {
                            add(node.entry(key.clone()).or_default(), term);
                        }
                    }
                    Term::Node(id.to_string())
                }
                None => Term::Blank(format!("{props:?}")),
            }
        }
        other => Term::Literal(other.to_string()),
    }
}

fn node_map(doc: &Value) -> NodeMap {
    let mut map = NodeMap::new();
    for node in doc["@graph"].as_array().expect("a graph") {
        flatten(node, &mut map);
    }
    map
}

fn graph_ids(doc: &Value) -> Vec<String> {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["@id"].as_str().map(str::to_string))
        .collect()
}

/// The graph with every embedded copy of a graph node cut back to `{"@id": …}`.
fn references_only(doc: &Value) -> Value {
    fn cut(value: &Value, ids: &[String]) -> Value {
        match value {
            Value::Array(items) => Value::Array(items.iter().map(|v| cut(v, ids)).collect()),
            Value::Object(object) => match object.get("@id").and_then(Value::as_str) {
                Some(id) if ids.iter().any(|i| i == id) => json!({ "@id": id }),
                _ => Value::Object(
                    object
                        .iter()
                        .map(|(k, v)| (k.clone(), cut(v, ids)))
                        .collect(),
                ),
            },
            leaf => leaf.clone(),
        }
    }
    let ids = graph_ids(doc);
    let graph: Vec<Value> = doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            let object = node.as_object().unwrap();
            Value::Object(
                object
                    .iter()
                    .map(|(k, v)| (k.clone(), cut(v, &ids)))
                    .collect(),
            )
        })
        .collect();
    json!({"@context": doc["@context"], "@graph": graph})
}

/// Every property of an embedded node object has the value the full node has: literals
/// equal, node objects the same `@id` (and agreeing in turn), lists item by item.
fn agrees(embedded: &Value, full: &Value, path: &str) {
    match (embedded, full) {
        (Value::Object(e), Value::Object(f)) if e.contains_key("@id") => {
            assert_eq!(e["@id"], f["@id"], "{path}: another node");
            for (key, value) in e {
                let full_value = f
                    .get(key)
                    .unwrap_or_else(|| panic!("{path}.{key}: not on the node itself"));
                agrees(value, full_value, &format!("{path}.{key}"));
            }
        }
        (Value::Array(e), Value::Array(f)) => {
            assert_eq!(e.len(), f.len(), "{path}: another list");
            for (i, (ev, fv)) in e.iter().zip(f).enumerate() {
                agrees(ev, fv, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(embedded, full, "{path}"),
    }
}

/// Every embedded copy of a graph node agrees with the node.
fn check_copies_agree(doc: &Value) {
    let graph = doc["@graph"].as_array().unwrap();
    let by_id: BTreeMap<&str, &Value> = graph
        .iter()
        .filter_map(|n| n["@id"].as_str().map(|id| (id, n)))
        .collect();
    fn walk(value: &Value, by_id: &BTreeMap<&str, &Value>, path: &str, copies: &mut usize) {
        match value {
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, by_id, &format!("{path}[{i}]"), copies);
                }
            }
            Value::Object(object) => {
                if let Some(full) = object.get("@id").and_then(|id| by_id.get(id.as_str()?)) {
                    if object.len() > 1 {
                        agrees(value, full, path);
                        *copies += 1;
                    }
                    return;
                }
                for (k, v) in object {
                    walk(v, by_id, &format!("{path}.{k}"), copies);
                }
            }
            _ => {}
        }
    }
    let mut copies = 0;
    for (i, node) in graph.iter().enumerate() {
        for (k, v) in node.as_object().unwrap() {
            walk(v, &by_id, &format!("@graph[{i}].{k}"), &mut copies);
        }
    }
    assert!(copies > 0, "no embedded copies");
}

fn check_same_nodes(doc: &Value) {
    check_copies_agree(doc);
    let written = node_map(doc);
    assert_eq!(written, node_map(&references_only(doc)));
    // The nodes are the graph's, plus the logo embedded in the publisher.
    let mut ids = graph_ids(doc);
    ids.extend(written.keys().filter(|id| id.ends_with("#logo")).cloned());
    ids.sort();
    assert_eq!(written.keys().cloned().collect::<Vec<_>>(), ids);
}

// ---------------------------------------------------------------------------------------

#[test]
fn the_article_node_reads_without_resolving_references() {
    let (article, site) = full();
    let doc = graph(&article, &site, &RenderOptions::default());
    let a = node(&doc, "NewsArticle");
    // What a validator's article preset looks for at the reference.
    // A news media publisher is one at the reference too (the summary keeps the node's type).
    assert_eq!(a["publisher"]["@type"], "NewsMediaOrganization");
    assert_eq!(
        a["publisher"]["@type"],
        node(&doc, "NewsMediaOrganization")["@type"]
    );
    assert_eq!(a["publisher"]["name"], "Newsclip");
    assert_eq!(a["publisher"]["logo"]["@type"], "ImageObject");
    assert_eq!(
        a["publisher"]["logo"]["url"],
        "https://newsclip.example/static/logo.png"
    );
    assert_eq!(a["image"]["@type"], "ImageObject");
    assert_eq!(
        a["image"]["url"],
        "https://images.newsclip.example/rotterdam/terminal.jpg"
    );
    for (i, author) in article.authors().iter().enumerate() {
        assert_eq!(a["author"][i]["name"], author.name());
        assert!(
            a["author"][i]["url"]
                .as_str()
                .unwrap()
                .starts_with("https://")
        );
    }
    assert_eq!(a["author"][0]["@type"], "Person");
    assert_eq!(a["author"][1]["@type"], "Organization");
    for key in ["mainEntityOfPage", "isPartOf"] {
        assert_eq!(a[key]["@type"], "WebPage");
        assert_eq!(a[key]["url"], article.canonical_url().as_str());
        assert_eq!(a[key]["name"], article.headline());
    }
    assert_eq!(
        node(&doc, "WebPage")["primaryImageOfPage"]["url"],
        a["image"]["url"]
    );
    // The seed has a publisher without logo and no image or author: the publisher is still
    // typed and named at the reference.
    let seed = graph(&seed_article(), &seed_site(), &RenderOptions::default());
    let a = node(&seed, "NewsArticle");
    assert_eq!(
        a["publisher"],
        json!({"@id": "https://newsclip.example/#organization", "@type": "Organization",
               "name": "Newsclip", "url": "https://newsclip.example/"})
    );
}

#[test]
fn embedded_copies_merge_into_the_same_nodes() {
    for example in examples() {
        for options in [RenderOptions::default(), every_option()] {
            let doc = graph(&example.article, &example.site, &options);
            check_same_nodes(&doc);
        }
    }
}

#[test]
fn extensions_reach_the_copies_they_replace() {
    let mut options = RenderOptions::default();
    let ext = &mut options.jsonld.extensions;
    ext.organization
        .insert("name".into(), json!("Newsclip Media"));
    ext.organization
        .insert("sameAs".into(), json!(["https://social.example/n"]));
    ext.author
        .insert("url".into(), json!("https://newsclip.example/staff"));
    ext.image
        .insert("contentUrl".into(), json!("https://cdn.example/t.jpg"));
    ext.web_page.insert("name".into(), json!("Cranes"));
    let (article, site) = full();
    let doc = graph(&article, &site, &options);
    check_same_nodes(&doc);
    let a = node(&doc, "NewsArticle");
    assert_eq!(a["publisher"]["name"], "Newsclip Media");
    assert!(a["publisher"].get("sameAs").is_none());
    assert_eq!(a["author"][0]["url"], "https://newsclip.example/staff");
    assert_eq!(a["image"]["contentUrl"], "https://cdn.example/t.jpg");
    assert_eq!(a["mainEntityOfPage"]["name"], "Cranes");
}

/// The check itself: a copy that disagrees, or repeats a blank node, is caught.
#[test]
fn the_check_catches_copies_that_add_to_a_node() {
    let (article, site) = full();
    let doc = graph(&article, &site, &RenderOptions::default());
    let article_index = 0;
    let mut renamed = doc.clone();
    renamed["@graph"][article_index]["publisher"]["name"] = json!("Someone else");
    assert_ne!(node_map(&renamed), node_map(&references_only(&renamed)));
    let mut blank = doc.clone();
    blank["@graph"][article_index]["image"]["width"] =
        json!({"@type": "QuantitativeValue", "unitCode": "E37", "value": 1600});
    assert_ne!(node_map(&blank), node_map(&references_only(&blank)));
    let result = std::panic::catch_unwind(|| check_copies_agree(&renamed));
    assert!(result.is_err());
}
