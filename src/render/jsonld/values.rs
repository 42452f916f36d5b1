//! Values embedded in nodes: references, crumbs, questions, sources, counters, speakable.
//! Each serializes with its fixed `@type`; absent data is skipped.

use std::borrow::Cow;

use serde::Serialize;

use super::empty::{Blank, is_blank, live_items, never_blank};
use crate::options::ArticleType;

/// A reference to another node of the graph: `{"@id": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdRef<'a> {
    /// The referenced node's `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
}

impl<'a> IdRef<'a> {
    /// A reference to `id`.
    ///
    /// ```
    /// let r = newsclip::render::jsonld::IdRef::new("https://n.example/#website");
    /// assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"@id":"https://n.example/#website"}"#);
    /// ```
    pub fn new(id: impl Into<Cow<'a, str>>) -> Self {
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
        pub(crate) struct $name;
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($ty)
            }
        }
    };
}

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
schema_type!(QuantitativeValueType, "QuantitativeValue");
schema_type!(CorrectionCommentType, "CorrectionComment");
schema_type!(WebPageElementType, "WebPageElement");

/// The `@type` of an organization: `Organization`, or `NewsMediaOrganization` for a publisher
/// with policy pages (the Trust Project's indicators are its properties).
///
/// ```
/// use newsclip::render::jsonld::OrganizationType;
/// assert_eq!(OrganizationType::NewsMediaOrganization.as_str(), "NewsMediaOrganization");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum OrganizationType {
    /// `Organization`.
    #[default]
    Organization,
    /// `NewsMediaOrganization`.
    NewsMediaOrganization,
}

impl OrganizationType {
    /// The schema.org type name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrganizationType::Organization => "Organization",
            OrganizationType::NewsMediaOrganization => "NewsMediaOrganization",
        }
    }
}

impl Serialize for OrganizationType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A `CorrectionComment`: one correction of the article, its plain text and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CorrectionComment<'a> {
    #[serde(rename = "@type")]
    kind: CorrectionCommentType,
    /// `datePublished`: when it was corrected, ISO 8601.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_published: Cow<'a, str>,
    /// `text`: what was corrected, as plain text.
    #[serde(skip_serializing_if = "is_blank")]
    pub text: Cow<'a, str>,
}

impl<'a> CorrectionComment<'a> {
    /// A correction made at `date_published` (ISO 8601).
    ///
    /// ```
    /// use newsclip::render::jsonld::CorrectionComment;
    /// let c = CorrectionComment::new("An earlier version misstated the year.", "2026-05-13T17:05:00+02:00");
    /// assert_eq!(
    ///     serde_json::to_value(&c).unwrap()["@type"],
    ///     "CorrectionComment"
    /// );
    /// ```
    pub fn new(text: impl Into<Cow<'a, str>>, date_published: impl Into<Cow<'a, str>>) -> Self {
        CorrectionComment {
            kind: CorrectionCommentType,
            date_published: date_published.into(),
            text: text.into(),
        }
    }
}

/// A `WebPageElement`: the part of the page a CSS class selector names, here the paywalled
/// part of the body (Google's paywalled-content markup).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct WebPageElement<'a> {
    #[serde(rename = "@type")]
    kind: WebPageElementType,
    /// `cssSelector`: a class selector (`.nc-paywalled`).
    #[serde(skip_serializing_if = "is_blank")]
    pub css_selector: Cow<'a, str>,
    /// `isAccessibleForFree`.
    pub is_accessible_for_free: bool,
}

impl<'a> WebPageElement<'a> {
    /// The element `css_selector` names, not free to read.
    ///
    /// ```
    /// use newsclip::render::jsonld::WebPageElement;
    /// let part = WebPageElement::paywalled(".nc-paywalled");
    /// assert_eq!(
    ///     serde_json::to_value(&part).unwrap(),
    ///     serde_json::json!({"@type": "WebPageElement", "cssSelector": ".nc-paywalled", "isAccessibleForFree": false})
    /// );
    /// ```
    pub fn paywalled(css_selector: impl Into<Cow<'a, str>>) -> Self {
        WebPageElement {
            kind: WebPageElementType,
            css_selector: css_selector.into(),
            is_accessible_for_free: false,
        }
    }
}

/// An organization a person works for: the publisher's node by reference, or another
/// organization by name.
///
/// ```
/// use newsclip::render::jsonld::{IdRef, NamedOrganization, OrganizationRef};
///
/// let publisher = OrganizationRef::Node(IdRef::new("https://n.example/#organization"));
/// assert_eq!(
///     serde_json::to_value(&publisher).unwrap(),
///     serde_json::json!({"@id": "https://n.example/#organization"})
/// );
/// let other = OrganizationRef::Named(NamedOrganization::new("Reuters"));
/// assert_eq!(
///     serde_json::to_value(&other).unwrap(),
///     serde_json::json!({"@type": "Organization", "name": "Reuters"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OrganizationRef<'a> {
    /// A node of the graph (the publisher).
    Node(IdRef<'a>),
    /// An organization known only by name.
    Named(NamedOrganization<'a>),
}

impl Serialize for OrganizationRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            OrganizationRef::Node(r) => r.serialize(s),
            OrganizationRef::Named(o) => o.serialize(s),
        }
    }
}

/// A length in pixels: `{"@type": "QuantitativeValue", "unitCode": "E37", "value": n}`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Pixels {
    #[serde(rename = "@type")]
    kind: QuantitativeValueType,
    /// UN/CEFACT Common Code E37: pixel.
    unit_code: &'static str,
    value: u32,
}

/// For `serialize_with` on a width or height in pixels.
pub(crate) fn pixels<S: serde::Serializer>(
    value: &Option<u32>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => Pixels {
            kind: QuantitativeValueType,
            unit_code: "E37",
            value: *value,
        }
        .serialize(serializer),
        None => serializer.serialize_none(),
    }
}

/// One crumb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListItem<'a> {
    #[serde(rename = "@type")]
    kind: ListItemType,
    /// `item`: the crumb's absolute URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub item: Option<Cow<'a, str>>,
    /// `name`.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
    /// `position`, from 1.
    pub position: u32,
}

impl<'a> ListItem<'a> {
    /// A crumb.
    ///
    /// ```
    /// use newsclip::render::jsonld::ListItem;
    /// let crumb = ListItem::new(1, "Newsclip", Some("https://n.example/".into()));
    /// assert_eq!(crumb.position, 1);
    /// ```
    pub fn new(position: u32, name: impl Into<Cow<'a, str>>, item: Option<Cow<'a, str>>) -> Self {
        ListItem {
            kind: ListItemType,
            position,
            name: name.into(),
            item,
        }
    }
}

/// A `Question` with its one accepted answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Question<'a> {
    #[serde(rename = "@type")]
    kind: QuestionType,
    /// `acceptedAnswer`.
    pub accepted_answer: Answer<'a>,
    /// `name`: the question.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
}

impl<'a> Question<'a> {
    /// A question and its answer's HTML.
    ///
    /// ```
    /// use newsclip::render::jsonld::Question;
    /// let q = Question::new("Why?", "Because <em>it matters</em>.");
    /// assert_eq!(q.accepted_answer.text, "Because <em>it matters</em>.");
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, answer_html: impl Into<Cow<'a, str>>) -> Self {
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
pub struct Answer<'a> {
    #[serde(rename = "@type")]
    kind: AnswerType,
    /// `text`: the answer's sanitized HTML, as data (JSON escaping only).
    #[serde(skip_serializing_if = "is_blank")]
    pub text: Cow<'a, str>,
}

/// A source the article is based on or cites: `CreativeWork` with url, name and publisher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreativeWork<'a> {
    #[serde(rename = "@type")]
    kind: CreativeWorkType,
    /// `name`: the source's title.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Option<Cow<'a, str>>,
    /// `publisher`: an organization by name.
    #[serde(skip_serializing_if = "is_blank")]
    pub publisher: Option<NamedOrganization<'a>>,
    /// `url`, absolute.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Cow<'a, str>,
}

impl<'a> CreativeWork<'a> {
    /// A work at `url`.
    ///
    /// ```
    /// use newsclip::render::jsonld::CreativeWork;
    /// let w = CreativeWork::new("https://www.wired.com/story/x/");
    /// assert!(w.name.is_none());
    /// ```
    pub fn new(url: impl Into<Cow<'a, str>>) -> Self {
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
pub struct NamedOrganization<'a> {
    #[serde(rename = "@type")]
    kind: OrganizationType,
    /// `name`.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
}

impl<'a> NamedOrganization<'a> {
    /// An organization called `name`.
    ///
    /// ```
    /// let o = newsclip::render::jsonld::NamedOrganization::new("WIRED");
    /// assert_eq!(o.name, "WIRED");
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>) -> Self {
        NamedOrganization {
            kind: OrganizationType::Organization,
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
    #[serde(skip_serializing_if = "is_blank")]
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
    #[serde(rename = "@type", skip_serializing_if = "is_blank")]
    pub kind: &'static str,
}

/// `SpeakableSpecification` with CSS selectors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SpeakableSpecification<'a> {
    #[serde(rename = "@type")]
    kind: SpeakableType,
    /// `cssSelector`.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub css_selector: Vec<Cow<'a, str>>,
}

impl<'a> SpeakableSpecification<'a> {
    /// Selectors of the speakable parts.
    ///
    /// ```
    /// use newsclip::render::jsonld::SpeakableSpecification;
    /// let s = SpeakableSpecification::new(vec![".nc-key-facts".into()]);
    /// assert_eq!(s.css_selector.len(), 1);
    /// ```
    pub fn new(css_selector: Vec<Cow<'a, str>>) -> Self {
        SpeakableSpecification {
            kind: SpeakableType,
            css_selector,
        }
    }
}

impl Blank for IdRef<'_> {
    fn is_blank(&self) -> bool {
        self.id.is_blank()
    }
}

impl Blank for ActionType {
    fn is_blank(&self) -> bool {
        self.kind.is_blank()
    }
}

// Each writes its `@type`, so it is never empty.
impl Blank for OrganizationRef<'_> {
    fn is_blank(&self) -> bool {
        match self {
            OrganizationRef::Node(r) => r.is_blank(),
            OrganizationRef::Named(o) => o.name.is_blank(),
        }
    }
}

never_blank!(
    ListItem<'_>,
    Question<'_>,
    CreativeWork<'_>,
    NamedOrganization<'_>,
    InteractionCounter,
    SpeakableSpecification<'_>,
    CorrectionComment<'_>,
    WebPageElement<'_>
);
