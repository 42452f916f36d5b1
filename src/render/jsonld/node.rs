//! [`Node`]: any entry of the graph, and its conversion to a JSON value with extensions
//! merged and empty values pruned.

use serde_json::{Map, Value};

use super::nodes::{
    ArticleNode, BreadcrumbList, FaqPage, ImageObject, Organization, Person, WebPage, WebSite,
};

/// Any node of the graph.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Node {
    /// The publisher, or an organization author.
    Organization(Organization),
    /// The site.
    WebSite(WebSite),
    /// The page.
    WebPage(WebPage),
    /// The article (boxed: it is by far the largest node).
    Article(Box<ArticleNode>),
    /// A person author.
    Person(Person),
    /// The primary image.
    ImageObject(ImageObject),
    /// The breadcrumb trail.
    BreadcrumbList(BreadcrumbList),
    /// The questions.
    FaqPage(FaqPage),
}

impl Node {
    /// The node's `@id`, if it has one.
    ///
    /// ```
    /// use newsclip::render::jsonld::{Node, Person};
    /// let node = Node::from(Person::new("https://n.example/#/person/a", "A"));
    /// assert_eq!(node.id(), Some("https://n.example/#/person/a"));
    /// ```
    pub fn id(&self) -> Option<&str> {
        match self {
            Node::Organization(n) => Some(&n.id),
            Node::WebSite(n) => Some(&n.id),
            Node::WebPage(n) => Some(&n.id),
            Node::Article(n) => Some(&n.id),
            Node::Person(n) => Some(&n.id),
            Node::ImageObject(n) => n.id.as_deref(),
            Node::BreadcrumbList(n) => Some(&n.id),
            Node::FaqPage(n) => Some(&n.id),
        }
    }

    fn extra(&self) -> &Map<String, Value> {
        match self {
            Node::Organization(n) => &n.extra,
            Node::WebSite(n) => &n.extra,
            Node::WebPage(n) => &n.extra,
            Node::Article(n) => &n.extra,
            Node::Person(n) => &n.extra,
            Node::ImageObject(n) => &n.extra,
            Node::BreadcrumbList(n) => &n.extra,
            Node::FaqPage(n) => &n.extra,
        }
    }

    fn serialize_fields(&self) -> Result<Value, serde_json::Error> {
        match self {
            Node::Organization(n) => serde_json::to_value(n),
            Node::WebSite(n) => serde_json::to_value(n),
            Node::WebPage(n) => serde_json::to_value(n),
            Node::Article(n) => serde_json::to_value(n),
            Node::Person(n) => serde_json::to_value(n),
            Node::ImageObject(n) => serde_json::to_value(n),
            Node::BreadcrumbList(n) => serde_json::to_value(n),
            Node::FaqPage(n) => serde_json::to_value(n),
        }
    }

    /// The node as a JSON value: its fields, its extra properties merged in (an extra
    /// property replaces a built-in one, except `@id` and `@context`), and every null, empty
    /// string, empty array and empty object removed.
    ///
    /// ```
    /// use newsclip::render::jsonld::{Node, Person};
    /// use serde_json::json;
    ///
    /// let mut person = Person::new("https://n.example/#/person/a", "A");
    /// person.extra.insert("sameAs".into(), json!(["https://social.example/a"]));
    /// person.extra.insert("jobTitle".into(), json!(""));
    /// let value = Node::from(person).to_value();
    /// assert_eq!(value["sameAs"][0], "https://social.example/a");
    /// assert!(value.get("jobTitle").is_none());
    /// ```
    pub fn to_value(&self) -> Value {
        // Serializing these structs cannot fail (string keys, no custom errors); an empty
        // object is the harmless fallback rather than a panic.
        let mut value = self
            .serialize_fields()
            .unwrap_or_else(|_| Value::Object(Map::new()));
        if let Value::Object(map) = &mut value {
            for (k, v) in self.extra() {
                if k == "@id" || k == "@context" {
                    continue;
                }
                map.insert(k.clone(), v.clone());
            }
        }
        prune(&mut value);
        value
    }
}

/// Removes nulls, empty strings, empty arrays and empty objects, recursively.
fn prune(value: &mut Value) {
    match value {
        Value::Array(items) => {
            for v in items.iter_mut() {
                prune(v);
            }
            items.retain(|v| !is_empty(v));
        }
        Value::Object(map) => {
            for v in map.values_mut() {
                prune(v);
            }
            map.retain(|_, v| !is_empty(v));
        }
        _ => {}
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

impl From<ArticleNode> for Node {
    fn from(n: ArticleNode) -> Node {
        Node::Article(Box::new(n))
    }
}

macro_rules! node_from {
    ($($ty:ident => $variant:ident),*) => {$(
        impl From<$ty> for Node {
            fn from(n: $ty) -> Node {
                Node::$variant(n)
            }
        }
    )*};
}

node_from!(
    Organization => Organization,
    WebSite => WebSite,
    WebPage => WebPage,
    Person => Person,
    ImageObject => ImageObject,
    BreadcrumbList => BreadcrumbList,
    FaqPage => FaqPage
);
