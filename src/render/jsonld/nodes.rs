//! Typed schema.org nodes: the entries of the `@graph`. Each serializes with serde; absent
//! data is skipped, never written as `null`, `""` or `[]`.
//!
//! Nodes are built from a prepared article by [`JsonLd::new`](super::JsonLd::new) or one at a
//! time (`BreadcrumbList::for_article`, `FaqPage::for_article` …); their fields are public so a
//! site can adjust them before embedding.

use serde::Serialize;
use serde_json::{Map, Value};

use super::values::{
    BreadcrumbListType, CreativeWork, FaqPageType, IdRef, ImageObjectType, InteractionCounter,
    ListItem, OrganizationType, PersonType, Question, SpeakableSpecification, WebPageType,
    WebSiteType,
};
use crate::options::ArticleType;

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
