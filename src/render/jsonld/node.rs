//! [`Node`]: any entry of the graph, written with its extra properties merged in.

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::extras::Merged;

use super::nodes::{
    ArticleNode, BreadcrumbList, FaqPage, ImageObject, Organization, Person, WebPage, WebSite,
};

/// Any node of the graph.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Node<'a> {
    /// The publisher, or an organization author.
    Organization(Organization<'a>),
    /// The site.
    WebSite(WebSite<'a>),
    /// The page.
    WebPage(WebPage<'a>),
    /// The article (boxed: it is by far the largest node).
    Article(Box<ArticleNode<'a>>),
    /// A person author.
    Person(Person<'a>),
    /// The primary image.
    ImageObject(ImageObject<'a>),
    /// The breadcrumb trail.
    BreadcrumbList(BreadcrumbList<'a>),
    /// The questions.
    FaqPage(FaqPage<'a>),
}

impl<'a> Node<'a> {
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

    /// The node as a JSON value: its fields, its extra properties merged in (an extra
    /// property replaces a built-in one, except `@id` and `@context`), and no null, empty
    /// string, empty array or empty object anywhere. The same as what is written into the
    /// page, for inspecting or testing; the page itself never builds a `Value`.
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
        // Writing a node cannot fail (string keys only, no custom errors); an empty object is
        // the harmless fallback rather than a panic.
        serde_json::to_value(self).unwrap_or_else(|_| Value::Object(Map::new()))
    }
}

/// Keys in sorted order, extra properties merged, empty values left out (see
/// [`Node::to_value`]).
impl Serialize for Node<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Organization(n) => Merged(n).serialize(serializer),
            Node::WebSite(n) => Merged(n).serialize(serializer),
            Node::WebPage(n) => Merged(n).serialize(serializer),
            Node::Article(n) => Merged(n.as_ref()).serialize(serializer),
            Node::Person(n) => Merged(n).serialize(serializer),
            Node::ImageObject(n) => Merged(n).serialize(serializer),
            Node::BreadcrumbList(n) => Merged(n).serialize(serializer),
            Node::FaqPage(n) => Merged(n).serialize(serializer),
        }
    }
}

impl<'a> From<ArticleNode<'a>> for Node<'a> {
    fn from(n: ArticleNode<'a>) -> Node<'a> {
        Node::Article(Box::new(n))
    }
}

macro_rules! node_from {
    ($($ty:ident => $variant:ident),*) => {$(
        impl<'a> From<$ty<'a>> for Node<'a> {
            fn from(n: $ty<'a>) -> Node<'a> {
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
