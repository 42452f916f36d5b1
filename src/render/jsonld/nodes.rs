//! Typed schema.org nodes. Each serializes with serde; absent data is skipped, never written
//! as `null`, `""` or `[]`.
//!
//! Nodes are built from a prepared article by [`JsonLd::new`](super::JsonLd::new) or one at a
//! time (`BreadcrumbList::for_article`, `FaqPage::for_article` …); their fields are public so a
//! site can adjust them before embedding.

use serde::Serialize;
use serde_json::{Map, Value};

use super::options::ArticleType;

/// A reference to another node of the graph: `{"@id": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdRef {
    /// The referenced node's `@id`.
    #[serde(rename = "@id")]
    pub id: String,
}

impl IdRef {
    /// A reference to `id`.
    ///
    /// ```
    /// let r = newsclip::render::jsonld::IdRef::new("https://n.example/#website");
    /// assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"@id":"https://n.example/#website"}"#);
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        IdRef { id: id.into() }
    }
}

impl Serialize for ArticleType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Serializes a fixed `@type`.
macro_rules! schema_type {
    ($name:ident, $ty:literal) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        struct $name;
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($ty)
            }
        }
    };
}

schema_type!(OrganizationType, "Organization");
schema_type!(PersonType, "Person");
schema_type!(WebSiteType, "WebSite");
schema_type!(WebPageType, "WebPage");
schema_type!(ImageObjectType, "ImageObject");
schema_type!(BreadcrumbListType, "BreadcrumbList");
schema_type!(ListItemType, "ListItem");
schema_type!(FaqPageType, "FAQPage");
schema_type!(QuestionType, "Question");
schema_type!(AnswerType, "Answer");
schema_type!(CreativeWorkType, "CreativeWork");
schema_type!(InteractionCounterType, "InteractionCounter");
schema_type!(SpeakableType, "SpeakableSpecification");

/// An `Organization`: the publisher (with its logo) or an organization author.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Organization {
    #[serde(rename = "@type")]
    kind: OrganizationType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `name`.
    pub name: String,
    /// `url`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `logo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<ImageObject>,
    /// Extra properties (see [`Extensions`](super::Extensions)).
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

impl Organization {
    /// An organization with an `@id` and a name.
    ///
    /// ```
    /// use newsclip::render::jsonld::Organization;
    /// let org = Organization::new("https://n.example/#organization", "Newsclip");
    /// assert_eq!(org.name, "Newsclip");
    /// ```
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Organization {
            kind: OrganizationType,
            id: id.into(),
            name: name.into(),
            url: None,
            logo: None,
            extra: Map::new(),
        }
    }
}

/// A `Person` author. Its `@id` is built from the name's slug, never from an e-mail or user
/// name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Person {
    #[serde(rename = "@type")]
    kind: PersonType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `name`: the name only.
    pub name: String,
    /// `url`: the author's profile page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

impl Person {
    /// A person with an `@id` and a name.
    ///
    /// ```
    /// use newsclip::render::jsonld::Person;
    /// let p = Person::new("https://n.example/#/person/jane-doe", "Jane Doe");
    /// assert!(p.url.is_none());
    /// ```
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Person {
            kind: PersonType,
            id: id.into(),
            name: name.into(),
            url: None,
            extra: Map::new(),
        }
    }
}

/// The `WebSite`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct WebSite {
    #[serde(rename = "@type")]
    kind: WebSiteType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `url`: the site's base URL.
    pub url: String,
    /// `name`.
    pub name: String,
    /// `publisher`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<IdRef>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The `WebPage` the article is on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct WebPage {
    #[serde(rename = "@type")]
    kind: WebPageType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `url`: the canonical URL.
    pub url: String,
    /// `name`: the headline.
    pub name: String,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `isPartOf`: the WebSite.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_part_of: Option<IdRef>,
    /// `primaryImageOfPage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_image_of_page: Option<IdRef>,
    /// `breadcrumb`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breadcrumb: Option<IdRef>,
    /// `hasPart`: the FAQPage, when there is one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub has_part: Vec<IdRef>,
    /// `relatedLink`: related articles' URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_link: Vec<String>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    /// `datePublished`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
    /// `dateModified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<String>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The article node: `NewsArticle`, `Article` or `BlogPosting`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ArticleNode {
    /// `@type`.
    #[serde(rename = "@type")]
    pub article_type: ArticleType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `headline`.
    pub headline: String,
    /// `description`: the article's description, else the body excerpt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `image`: the primary ImageObject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<IdRef>,
    /// `datePublished`, ISO 8601 with offset.
    pub date_published: String,
    /// `dateModified`, only when the article was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<String>,
    /// `author`: one entry per author.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<IdRef>,
    /// `publisher`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<IdRef>,
    /// `mainEntityOfPage`: the WebPage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub main_entity_of_page: Option<IdRef>,
    /// `isPartOf`: the WebPage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_part_of: Option<IdRef>,
    /// `articleSection`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_section: Option<String>,
    /// `keywords`: the tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// `wordCount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub word_count: Option<u64>,
    /// `timeRequired`: reading time as an ISO 8601 duration (`PT4M`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_required: Option<String>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    /// `isBasedOn`: sources (with [`SourceRelation::IsBasedOn`](super::SourceRelation)).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub is_based_on: Vec<CreativeWork>,
    /// `citation`: sources (with [`SourceRelation::Citation`](super::SourceRelation)).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub citation: Vec<CreativeWork>,
    /// `commentCount`, when the page shows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment_count: Option<u64>,
    /// `interactionStatistic`: the view count, when the page shows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction_statistic: Option<InteractionCounter>,
    /// `speakable`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speakable: Option<SpeakableSpecification>,
    /// `backstory`, only when the site says the background is about how the article was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backstory: Option<String>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// An `ImageObject`: the article's primary image, or a logo.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ImageObject {
    #[serde(rename = "@type")]
    kind: ImageObjectType,
    /// `@id` (absent for an inline logo).
    #[serde(rename = "@id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `url`, absolute.
    pub url: String,
    /// `contentUrl`, absolute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_url: Option<String>,
    /// `width` in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// `height` in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// `caption`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// `creditText`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_text: Option<String>,
    /// `description`: the alt text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

impl ImageObject {
    /// An image at an absolute URL (also used as `contentUrl`).
    ///
    /// ```
    /// use newsclip::render::jsonld::ImageObject;
    /// let img = ImageObject::new("https://n.example/a.jpg");
    /// assert_eq!(img.content_url.as_deref(), Some("https://n.example/a.jpg"));
    /// ```
    pub fn new(url: impl Into<String>) -> Self {
        let url = url.into();
        ImageObject {
            kind: ImageObjectType,
            id: None,
            content_url: Some(url.clone()),
            url,
            width: None,
            height: None,
            caption: None,
            credit_text: None,
            description: None,
            extra: Map::new(),
        }
    }
}

/// A `BreadcrumbList`: home → section (when it has a page) → article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BreadcrumbList {
    #[serde(rename = "@type")]
    kind: BreadcrumbListType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `itemListElement`.
    pub item_list_element: Vec<ListItem>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// One crumb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListItem {
    #[serde(rename = "@type")]
    kind: ListItemType,
    /// `position`, from 1.
    pub position: u32,
    /// `name`.
    pub name: String,
    /// `item`: the crumb's absolute URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

impl ListItem {
    /// A crumb.
    ///
    /// ```
    /// use newsclip::render::jsonld::ListItem;
    /// let crumb = ListItem::new(1, "Newsclip", Some("https://n.example/".into()));
    /// assert_eq!(crumb.position, 1);
    /// ```
    pub fn new(position: u32, name: impl Into<String>, item: Option<String>) -> Self {
        ListItem {
            kind: ListItemType,
            position,
            name: name.into(),
            item,
        }
    }
}

/// The one `FAQPage` of the page (see [`FaqMode`](super::FaqMode) for what Google does with
/// it since 2026).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FaqPage {
    #[serde(rename = "@type")]
    kind: FaqPageType,
    /// `@id`.
    #[serde(rename = "@id")]
    pub id: String,
    /// `url`: the canonical URL.
    pub url: String,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_language: Option<String>,
    /// `mainEntity`: the questions.
    pub main_entity: Vec<Question>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// A `Question` with its one accepted answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Question {
    #[serde(rename = "@type")]
    kind: QuestionType,
    /// `name`: the question.
    pub name: String,
    /// `acceptedAnswer`.
    pub accepted_answer: Answer,
}

impl Question {
    /// A question and its answer's HTML.
    ///
    /// ```
    /// use newsclip::render::jsonld::Question;
    /// let q = Question::new("Why?", "Because <em>it matters</em>.");
    /// assert_eq!(q.accepted_answer.text, "Because <em>it matters</em>.");
    /// ```
    pub fn new(name: impl Into<String>, answer_html: impl Into<String>) -> Self {
        Question {
            kind: QuestionType,
            name: name.into(),
            accepted_answer: Answer {
                kind: AnswerType,
                text: answer_html.into(),
            },
        }
    }
}

/// An `Answer`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Answer {
    #[serde(rename = "@type")]
    kind: AnswerType,
    /// `text`: the answer's sanitized HTML, as data (JSON escaping only).
    pub text: String,
}

/// A source the article is based on or cites: `CreativeWork` with url, name and publisher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreativeWork {
    #[serde(rename = "@type")]
    kind: CreativeWorkType,
    /// `url`, absolute.
    pub url: String,
    /// `name`: the source's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `publisher`: an organization by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<NamedOrganization>,
}

impl CreativeWork {
    /// A work at `url`.
    ///
    /// ```
    /// use newsclip::render::jsonld::CreativeWork;
    /// let w = CreativeWork::new("https://www.wired.com/story/x/");
    /// assert!(w.name.is_none());
    /// ```
    pub fn new(url: impl Into<String>) -> Self {
        CreativeWork {
            kind: CreativeWorkType,
            url: url.into(),
            name: None,
            publisher: None,
        }
    }
}

/// An organization known only by name (a source's publisher).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct NamedOrganization {
    #[serde(rename = "@type")]
    kind: OrganizationType,
    /// `name`.
    pub name: String,
}

impl NamedOrganization {
    /// An organization called `name`.
    ///
    /// ```
    /// let o = newsclip::render::jsonld::NamedOrganization::new("WIRED");
    /// assert_eq!(o.name, "WIRED");
    /// ```
    pub fn new(name: impl Into<String>) -> Self {
        NamedOrganization {
            kind: OrganizationType,
            name: name.into(),
        }
    }
}

/// `InteractionCounter`: how often an action happened (views).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InteractionCounter {
    #[serde(rename = "@type")]
    kind: InteractionCounterType,
    /// `interactionType`: `{"@type": "ReadAction"}` or another action type.
    pub interaction_type: ActionType,
    /// `userInteractionCount`.
    pub user_interaction_count: u64,
}

impl InteractionCounter {
    /// `count` actions of type `action` (`"ReadAction"`).
    ///
    /// ```
    /// use newsclip::render::jsonld::InteractionCounter;
    /// let c = InteractionCounter::new("ReadAction", 4);
    /// assert_eq!(c.user_interaction_count, 4);
    /// ```
    pub fn new(action: &'static str, count: u64) -> Self {
        InteractionCounter {
            kind: InteractionCounterType,
            interaction_type: ActionType { kind: action },
            user_interaction_count: count,
        }
    }
}

/// An action type written as `{"@type": "ReadAction"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ActionType {
    /// The action's schema.org type.
    #[serde(rename = "@type")]
    pub kind: &'static str,
}

/// `SpeakableSpecification` with CSS selectors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SpeakableSpecification {
    #[serde(rename = "@type")]
    kind: SpeakableType,
    /// `cssSelector`.
    pub css_selector: Vec<String>,
}

impl SpeakableSpecification {
    /// Selectors of the speakable parts.
    ///
    /// ```
    /// use newsclip::render::jsonld::SpeakableSpecification;
    /// let s = SpeakableSpecification::new(vec![".nc-key-facts".into()]);
    /// assert_eq!(s.css_selector.len(), 1);
    /// ```
    pub fn new(css_selector: Vec<String>) -> Self {
        SpeakableSpecification {
            kind: SpeakableType,
            css_selector,
        }
    }
}

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
pub(crate) fn prune(value: &mut Value) {
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

pub(crate) fn new_web_site(id: String, url: String, name: String) -> WebSite {
    WebSite {
        kind: WebSiteType,
        id,
        url,
        name,
        publisher: None,
        in_language: None,
        extra: Map::new(),
    }
}

pub(crate) fn new_web_page(id: String, url: String, name: String) -> WebPage {
    WebPage {
        kind: WebPageType,
        id,
        url,
        name,
        description: None,
        is_part_of: None,
        primary_image_of_page: None,
        breadcrumb: None,
        has_part: Vec::new(),
        related_link: Vec::new(),
        in_language: None,
        date_published: None,
        date_modified: None,
        extra: Map::new(),
    }
}

pub(crate) fn new_breadcrumb_list(id: String, items: Vec<ListItem>) -> BreadcrumbList {
    BreadcrumbList {
        kind: BreadcrumbListType,
        id,
        item_list_element: items,
        extra: Map::new(),
    }
}

pub(crate) fn new_faq_page(id: String, url: String, questions: Vec<Question>) -> FaqPage {
    FaqPage {
        kind: FaqPageType,
        id,
        url,
        in_language: None,
        main_entity: questions,
        extra: Map::new(),
    }
}
