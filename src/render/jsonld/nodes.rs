//! Typed schema.org nodes: the entries of the `@graph`. Each serializes with serde; absent
//! data is skipped, never written as `null`, `""` or `[]`.
//!
//! Nodes are built from a prepared article by [`JsonLd::new`](super::JsonLd::new) or one at a
//! time (`BreadcrumbList::for_article`, `FaqPage::for_article` …); their fields are public so a
//! site can adjust them before embedding.

use serde::Serialize;
use serde_json::{Map, Value};

use super::embedded::AuthorNode;
use super::empty::{is_blank, live_items, never_blank};
use super::extras::{HasExtra, merged};
use super::values::{
    BreadcrumbListType, CorrectionComment, CreativeWork, FaqPageType, IdRef, ImageObjectType,
    InteractionCounter, ListItem, OrganizationRef, OrganizationType, PersonType, Question,
    SpeakableSpecification, WebPageElement, WebPageType, WebSiteType, pixels,
};
use crate::TrustPolicy;
use crate::model::trust::policy_field;
use crate::options::ArticleType;

/// An `Organization`: the publisher (with its logo; a `NewsMediaOrganization` with its
/// policy pages when it gives them) or an organization author.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Organization {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    /// `@type`: `Organization` or `NewsMediaOrganization`.
    #[serde(rename = "@type")]
    pub organization_type: OrganizationType,
    /// `actionableFeedbackPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub actionable_feedback_policy: Option<String>,
    /// `correctionsPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub corrections_policy: Option<String>,
    /// `diversityPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub diversity_policy: Option<String>,
    /// `ethicsPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub ethics_policy: Option<String>,
    /// `image`: an organization author's image.
    #[serde(skip_serializing_if = "is_blank")]
    pub image: Option<String>,
    /// `logo`, with its own `@id` (`{publisher url}#logo` for the publisher).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub logo: Option<ImageObject>,
    /// `masthead` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub masthead: Option<String>,
    /// `name`.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: String,
    /// `noBylinesPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub no_bylines_policy: Option<String>,
    /// `ownershipFundingInfo` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub ownership_funding_info: Option<String>,
    /// `publishingPrinciples`.
    #[serde(skip_serializing_if = "is_blank")]
    pub publishing_principles: Option<String>,
    /// `sameAs`: its official profiles elsewhere.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub same_as: Vec<String>,
    /// `unnamedSourcesPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub unnamed_sources_policy: Option<String>,
    /// `url`.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Option<String>,
    /// `verificationFactCheckingPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub verification_fact_checking_policy: Option<String>,
    /// Extra properties (see [`Extensions`](crate::options::Extensions)).
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
            organization_type: OrganizationType::Organization,
            id: id.into(),
            name: name.into(),
            url: None,
            logo: None,
            image: None,
            same_as: Vec::new(),
            publishing_principles: None,
            corrections_policy: None,
            ethics_policy: None,
            diversity_policy: None,
            masthead: None,
            ownership_funding_info: None,
            actionable_feedback_policy: None,
            verification_fact_checking_policy: None,
            unnamed_sources_policy: None,
            no_bylines_policy: None,
            extra: Map::new(),
        }
    }
}

impl Organization {
    /// The property that holds `policy`'s page (a `NewsMediaOrganization`'s).
    ///
    /// ```
    /// use newsclip::TrustPolicy;
    /// use newsclip::render::jsonld::Organization;
    ///
    /// let mut org = Organization::new("https://n.example/#organization", "Newsclip");
    /// *org.policy_mut(TrustPolicy::EthicsPolicy) = Some("https://n.example/ethics".into());
    /// assert_eq!(org.ethics_policy.as_deref(), Some("https://n.example/ethics"));
    /// ```
    pub fn policy_mut(&mut self, policy: TrustPolicy) -> &mut Option<String> {
        policy_field!(policy => &mut self)
    }
}

/// A `Person` author. Its `@id` is built from the name's slug, never from an e-mail or user
/// name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Person {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    #[serde(rename = "@type")]
    kind: PersonType,
    /// `image`: a portrait.
    #[serde(skip_serializing_if = "is_blank")]
    pub image: Option<String>,
    /// `jobTitle`.
    #[serde(skip_serializing_if = "is_blank")]
    pub job_title: Option<String>,
    /// `name`: the name only.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: String,
    /// `sameAs`: other pages that identify the person (Google's author best practices).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub same_as: Vec<String>,
    /// `url`: the author's profile page.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Option<String>,
    /// `worksFor`: the publisher by reference, or an organization by name.
    #[serde(skip_serializing_if = "is_blank")]
    pub works_for: Option<OrganizationRef>,
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
            image: None,
            job_title: None,
            same_as: Vec::new(),
            works_for: None,
            extra: Map::new(),
        }
    }
}

/// The `WebSite`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct WebSite {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    #[serde(rename = "@type")]
    kind: WebSiteType,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<String>,
    /// `name`.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: String,
    /// `publisher`.
    #[serde(skip_serializing_if = "is_blank")]
    pub publisher: Option<IdRef>,
    /// `url`: the site's base URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: String,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The `WebPage` the article is on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct WebPage {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    #[serde(rename = "@type")]
    kind: WebPageType,
    /// `breadcrumb`.
    #[serde(skip_serializing_if = "is_blank")]
    pub breadcrumb: Option<IdRef>,
    /// `dateModified`.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_modified: Option<String>,
    /// `datePublished`.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_published: Option<String>,
    /// `description`.
    #[serde(skip_serializing_if = "is_blank")]
    pub description: Option<String>,
    /// `hasPart`: the FAQPage, when there is one.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub has_part: Vec<IdRef>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<String>,
    /// `isPartOf`: the WebSite.
    #[serde(skip_serializing_if = "is_blank")]
    pub is_part_of: Option<IdRef>,
    /// `name`: the headline.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: String,
    /// `primaryImageOfPage`: the primary ImageObject's [summary](ImageObject::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub primary_image_of_page: Option<ImageObject>,
    /// `relatedLink`: related articles' URLs.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub related_link: Vec<String>,
    /// `url`: the canonical URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: String,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The article node: `NewsArticle`, `Article` or `BlogPosting`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ArticleNode {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    /// `@type`.
    #[serde(rename = "@type")]
    pub article_type: ArticleType,
    /// `articleSection`.
    #[serde(skip_serializing_if = "is_blank")]
    pub article_section: Option<String>,
    /// `author`: one entry per author, each the author node's [summary](AuthorNode::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub author: Vec<AuthorNode>,
    /// `backstory`, only when the site says the background is about how the article was made.
    #[serde(skip_serializing_if = "is_blank")]
    pub backstory: Option<String>,
    /// `citation`: sources (with [`SourceRelation::Citation`](crate::options::SourceRelation)).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub citation: Vec<CreativeWork>,
    /// `commentCount`, when the page shows it.
    #[serde(skip_serializing_if = "is_blank")]
    pub comment_count: Option<u64>,
    /// `correction`: the corrections, as `CorrectionComment`s.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub correction: Vec<CorrectionComment>,
    /// `dateModified`, only when the article was modified.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_modified: Option<String>,
    /// `datePublished`, ISO 8601 with offset.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_published: String,
    /// `dateline`: where the story was filed (written for a `NewsArticle` only, the one type
    /// schema.org defines it on).
    #[serde(skip_serializing_if = "is_blank")]
    pub dateline: Option<String>,
    /// `description`: the article's description, else the body excerpt.
    #[serde(skip_serializing_if = "is_blank")]
    pub description: Option<String>,
    /// `hasPart`: the paywalled part of a paywalled article, a `WebPageElement` whose
    /// `cssSelector` names the element the page wraps it in.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub has_part: Vec<WebPageElement>,
    /// `headline`.
    #[serde(skip_serializing_if = "is_blank")]
    pub headline: String,
    /// `image`: the primary ImageObject's [summary](ImageObject::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub image: Option<ImageObject>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<String>,
    /// `interactionStatistic`: the view count, when the page shows it.
    #[serde(skip_serializing_if = "is_blank")]
    pub interaction_statistic: Option<InteractionCounter>,
    /// `isAccessibleForFree`: `false` for a paywalled article (absent otherwise).
    #[serde(skip_serializing_if = "is_blank")]
    pub is_accessible_for_free: Option<bool>,
    /// `isBasedOn`: sources (with [`SourceRelation::IsBasedOn`](crate::options::SourceRelation)).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub is_based_on: Vec<CreativeWork>,
    /// `isPartOf`: the WebPage's [summary](WebPage::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub is_part_of: Option<WebPage>,
    /// `keywords`: the tags.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub keywords: Vec<String>,
    /// `mainEntityOfPage`: the WebPage's [summary](WebPage::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub main_entity_of_page: Option<WebPage>,
    /// `publisher`: the publisher's [summary](Organization::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub publisher: Option<Organization>,
    /// `publishingPrinciples`: the standards this article follows, when it names its own.
    #[serde(skip_serializing_if = "is_blank")]
    pub publishing_principles: Option<String>,
    /// `speakable`.
    #[serde(skip_serializing_if = "is_blank")]
    pub speakable: Option<SpeakableSpecification>,
    /// `timeRequired`: reading time as an ISO 8601 duration (`PT4M`).
    #[serde(skip_serializing_if = "is_blank")]
    pub time_required: Option<String>,
    /// `wordCount`.
    #[serde(skip_serializing_if = "is_blank")]
    pub word_count: Option<u64>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// An `ImageObject`: the article's primary image, or a logo.
///
/// `width` and `height` are written as `{"@type": "QuantitativeValue", "unitCode": "E37",
/// "value": 1600}` (E37 is UN/CEFACT's code for a pixel): schema.org expects a `Distance` or a
/// `QuantitativeValue` there, and strict checkers (schema-dts) reject a bare number. Google's
/// Article and logo guidelines ask for the image itself to be large enough and read its size
/// from the file, so they are optional for Google; they stay on the image's own node for
/// consumers that choose an image by size, and are left out of its
/// [summary](ImageObject::summary).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ImageObject {
    /// `@id` (absent for an inline logo).
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Option<String>,
    #[serde(rename = "@type")]
    kind: ImageObjectType,
    /// `caption`.
    #[serde(skip_serializing_if = "is_blank")]
    pub caption: Option<String>,
    /// `contentUrl`, absolute.
    #[serde(skip_serializing_if = "is_blank")]
    pub content_url: Option<String>,
    /// `creditText`.
    #[serde(skip_serializing_if = "is_blank")]
    pub credit_text: Option<String>,
    /// `description`: the alt text.
    #[serde(skip_serializing_if = "is_blank")]
    pub description: Option<String>,
    /// `height` in pixels, written as a `QuantitativeValue` (see [`ImageObject`]).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "pixels")]
    pub height: Option<u32>,
    /// `url`, absolute.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: String,
    /// `width` in pixels, written as a `QuantitativeValue` (see [`ImageObject`]).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "pixels")]
    pub width: Option<u32>,
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
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    #[serde(rename = "@type")]
    kind: BreadcrumbListType,
    /// `itemListElement`.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub item_list_element: Vec<ListItem>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The one `FAQPage` of the page (see [`FaqMode`](crate::options::FaqMode) for what Google does with
/// it since 2026).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FaqPage {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: String,
    #[serde(rename = "@type")]
    kind: FaqPageType,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<String>,
    /// `mainEntity`: the questions.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub main_entity: Vec<Question>,
    /// `url`: the canonical URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: String,
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

// Each writes its `@type`, so it is never empty.
never_blank!(Organization, Person, WebPage, ImageObject);

macro_rules! has_extra {
    ($($ty:ty),*) => {$(
        impl HasExtra for $ty {
            fn extra(&self) -> &Map<String, Value> {
                &self.extra
            }
        }
    )*};
}

has_extra!(
    Organization,
    Person,
    WebSite,
    WebPage,
    ArticleNode,
    ImageObject,
    BreadcrumbList,
    FaqPage
);
