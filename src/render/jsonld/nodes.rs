//! Typed schema.org nodes: the entries of the `@graph`. Each serializes with serde; absent
//! data is skipped, never written as `null`, `""` or `[]`.
//!
//! Nodes are built from a prepared article by [`JsonLd::new`](super::JsonLd::new) or one at a
//! time (`BreadcrumbList::for_article`, `FaqPage::for_article` …); their fields are public so a
//! site can adjust them before embedding.

use std::borrow::Cow;

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
pub struct Organization<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    /// `@type`: `Organization` or `NewsMediaOrganization`.
    #[serde(rename = "@type")]
    pub organization_type: OrganizationType,
    /// `actionableFeedbackPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub actionable_feedback_policy: Option<Cow<'a, str>>,
    /// `correctionsPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub corrections_policy: Option<Cow<'a, str>>,
    /// `diversityPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub diversity_policy: Option<Cow<'a, str>>,
    /// `ethicsPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub ethics_policy: Option<Cow<'a, str>>,
    /// `image`: an organization author's image.
    #[serde(skip_serializing_if = "is_blank")]
    pub image: Option<Cow<'a, str>>,
    /// `logo`, with its own `@id` (`{publisher url}#logo` for the publisher).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub logo: Option<ImageObject<'a>>,
    /// `masthead` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub masthead: Option<Cow<'a, str>>,
    /// `name`.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
    /// `noBylinesPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub no_bylines_policy: Option<Cow<'a, str>>,
    /// `ownershipFundingInfo` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub ownership_funding_info: Option<Cow<'a, str>>,
    /// `publishingPrinciples`.
    #[serde(skip_serializing_if = "is_blank")]
    pub publishing_principles: Option<Cow<'a, str>>,
    /// `sameAs`: its official profiles elsewhere.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub same_as: Vec<Cow<'a, str>>,
    /// `unnamedSourcesPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub unnamed_sources_policy: Option<Cow<'a, str>>,
    /// `url`.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Option<Cow<'a, str>>,
    /// `verificationFactCheckingPolicy` (a `NewsMediaOrganization`'s).
    #[serde(skip_serializing_if = "is_blank")]
    pub verification_fact_checking_policy: Option<Cow<'a, str>>,
    /// Extra properties (see [`Extensions`](crate::options::Extensions)).
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

impl<'a> Organization<'a> {
    /// An organization with an `@id` and a name.
    ///
    /// ```
    /// use newsclip::render::jsonld::Organization;
    /// let org = Organization::new("https://n.example/#organization", "Newsclip");
    /// assert_eq!(org.name, "Newsclip");
    /// ```
    pub fn new(id: impl Into<Cow<'a, str>>, name: impl Into<Cow<'a, str>>) -> Self {
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

impl<'a> Organization<'a> {
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
    pub fn policy_mut(&mut self, policy: TrustPolicy) -> &mut Option<Cow<'a, str>> {
        policy_field!(policy => &mut self)
    }
}

/// A `Person` author. Its `@id` is built from the name's slug, never from an e-mail or user
/// name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Person<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    #[serde(rename = "@type")]
    kind: PersonType,
    /// `image`: a portrait.
    #[serde(skip_serializing_if = "is_blank")]
    pub image: Option<Cow<'a, str>>,
    /// `jobTitle`.
    #[serde(skip_serializing_if = "is_blank")]
    pub job_title: Option<Cow<'a, str>>,
    /// `name`: the name only.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
    /// `sameAs`: other pages that identify the person (Google's author best practices).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub same_as: Vec<Cow<'a, str>>,
    /// `url`: the author's profile page.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Option<Cow<'a, str>>,
    /// `worksFor`: the publisher by reference, or an organization by name.
    #[serde(skip_serializing_if = "is_blank")]
    pub works_for: Option<OrganizationRef<'a>>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

impl<'a> Person<'a> {
    /// A person with an `@id` and a name.
    ///
    /// ```
    /// use newsclip::render::jsonld::Person;
    /// let p = Person::new("https://n.example/#/person/jane-doe", "Jane Doe");
    /// assert!(p.url.is_none());
    /// ```
    pub fn new(id: impl Into<Cow<'a, str>>, name: impl Into<Cow<'a, str>>) -> Self {
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
pub struct WebSite<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    #[serde(rename = "@type")]
    kind: WebSiteType,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<Cow<'a, str>>,
    /// `name`.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
    /// `publisher`.
    #[serde(skip_serializing_if = "is_blank")]
    pub publisher: Option<IdRef<'a>>,
    /// `url`: the site's base URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Cow<'a, str>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The `WebPage` the article is on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct WebPage<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    #[serde(rename = "@type")]
    kind: WebPageType,
    /// `breadcrumb`.
    #[serde(skip_serializing_if = "is_blank")]
    pub breadcrumb: Option<IdRef<'a>>,
    /// `dateModified`.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_modified: Option<Cow<'a, str>>,
    /// `datePublished`.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_published: Option<Cow<'a, str>>,
    /// `description`.
    #[serde(skip_serializing_if = "is_blank")]
    pub description: Option<Cow<'a, str>>,
    /// `hasPart`: the FAQPage, when there is one.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub has_part: Vec<IdRef<'a>>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<Cow<'a, str>>,
    /// `isPartOf`: the WebSite.
    #[serde(skip_serializing_if = "is_blank")]
    pub is_part_of: Option<IdRef<'a>>,
    /// `name`: the headline.
    #[serde(skip_serializing_if = "is_blank")]
    pub name: Cow<'a, str>,
    /// `primaryImageOfPage`: the primary ImageObject's [summary](ImageObject::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub primary_image_of_page: Option<ImageObject<'a>>,
    /// `relatedLink`: related articles' URLs.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub related_link: Vec<Cow<'a, str>>,
    /// `url`: the canonical URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Cow<'a, str>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The article node: `NewsArticle`, `Article` or `BlogPosting`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ArticleNode<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    /// `@type`.
    #[serde(rename = "@type")]
    pub article_type: ArticleType,
    /// `articleSection`.
    #[serde(skip_serializing_if = "is_blank")]
    pub article_section: Option<Cow<'a, str>>,
    /// `author`: one entry per author, each the author node's [summary](AuthorNode::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub author: Vec<AuthorNode<'a>>,
    /// `backstory`, only when the site says the background is about how the article was made.
    #[serde(skip_serializing_if = "is_blank")]
    pub backstory: Option<Cow<'a, str>>,
    /// `citation`: sources (with [`SourceRelation::Citation`](crate::options::SourceRelation)).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub citation: Vec<CreativeWork<'a>>,
    /// `commentCount`, when the page shows it.
    #[serde(skip_serializing_if = "is_blank")]
    pub comment_count: Option<u64>,
    /// `correction`: the corrections, as `CorrectionComment`s.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub correction: Vec<CorrectionComment<'a>>,
    /// `dateModified`, only when the article was modified.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_modified: Option<Cow<'a, str>>,
    /// `datePublished`, ISO 8601 with offset.
    #[serde(skip_serializing_if = "is_blank")]
    pub date_published: Cow<'a, str>,
    /// `dateline`: where the story was filed (written for a `NewsArticle` only, the one type
    /// schema.org defines it on).
    #[serde(skip_serializing_if = "is_blank")]
    pub dateline: Option<Cow<'a, str>>,
    /// `description`: the article's description, else the body excerpt.
    #[serde(skip_serializing_if = "is_blank")]
    pub description: Option<Cow<'a, str>>,
    /// `hasPart`: the paywalled part of a paywalled article, a `WebPageElement` whose
    /// `cssSelector` names the element the page wraps it in.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub has_part: Vec<WebPageElement<'a>>,
    /// `headline`.
    #[serde(skip_serializing_if = "is_blank")]
    pub headline: Cow<'a, str>,
    /// `image`: the primary ImageObject's [summary](ImageObject::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub image: Option<ImageObject<'a>>,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<Cow<'a, str>>,
    /// `interactionStatistic`: the view count, when the page shows it.
    #[serde(skip_serializing_if = "is_blank")]
    pub interaction_statistic: Option<InteractionCounter>,
    /// `isAccessibleForFree`: `false` for a paywalled article (absent otherwise).
    #[serde(skip_serializing_if = "is_blank")]
    pub is_accessible_for_free: Option<bool>,
    /// `isBasedOn`: sources (with [`SourceRelation::IsBasedOn`](crate::options::SourceRelation)).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub is_based_on: Vec<CreativeWork<'a>>,
    /// `isPartOf`: the WebPage's [summary](WebPage::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub is_part_of: Option<WebPage<'a>>,
    /// `keywords`: the tags.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub keywords: Vec<Cow<'a, str>>,
    /// `mainEntityOfPage`: the WebPage's [summary](WebPage::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub main_entity_of_page: Option<WebPage<'a>>,
    /// `publisher`: the publisher's [summary](Organization::summary).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "merged")]
    pub publisher: Option<Organization<'a>>,
    /// `publishingPrinciples`: the standards this article follows, when it names its own.
    #[serde(skip_serializing_if = "is_blank")]
    pub publishing_principles: Option<Cow<'a, str>>,
    /// `speakable`.
    #[serde(skip_serializing_if = "is_blank")]
    pub speakable: Option<SpeakableSpecification<'a>>,
    /// `timeRequired`: reading time as an ISO 8601 duration (`PT4M`).
    #[serde(skip_serializing_if = "is_blank")]
    pub time_required: Option<Cow<'a, str>>,
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
pub struct ImageObject<'a> {
    /// `@id` (absent for an inline logo).
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Option<Cow<'a, str>>,
    #[serde(rename = "@type")]
    kind: ImageObjectType,
    /// `caption`.
    #[serde(skip_serializing_if = "is_blank")]
    pub caption: Option<Cow<'a, str>>,
    /// `contentUrl`, absolute.
    #[serde(skip_serializing_if = "is_blank")]
    pub content_url: Option<Cow<'a, str>>,
    /// `creditText`.
    #[serde(skip_serializing_if = "is_blank")]
    pub credit_text: Option<Cow<'a, str>>,
    /// `description`: the alt text.
    #[serde(skip_serializing_if = "is_blank")]
    pub description: Option<Cow<'a, str>>,
    /// `height` in pixels, written as a `QuantitativeValue` (see [`ImageObject`]).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "pixels")]
    pub height: Option<u32>,
    /// `url`, absolute.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Cow<'a, str>,
    /// `width` in pixels, written as a `QuantitativeValue` (see [`ImageObject`]).
    #[serde(skip_serializing_if = "is_blank", serialize_with = "pixels")]
    pub width: Option<u32>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

impl<'a> ImageObject<'a> {
    /// An image at an absolute URL (also used as `contentUrl`).
    ///
    /// ```
    /// use newsclip::render::jsonld::ImageObject;
    /// let img = ImageObject::new("https://n.example/a.jpg");
    /// assert_eq!(img.content_url.as_deref(), Some("https://n.example/a.jpg"));
    /// ```
    pub fn new(url: impl Into<Cow<'a, str>>) -> Self {
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
pub struct BreadcrumbList<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    #[serde(rename = "@type")]
    kind: BreadcrumbListType,
    /// `itemListElement`.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub item_list_element: Vec<ListItem<'a>>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

/// The one `FAQPage` of the page (see [`FaqMode`](crate::options::FaqMode) for what Google does with
/// it since 2026).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FaqPage<'a> {
    /// `@id`.
    #[serde(rename = "@id", skip_serializing_if = "is_blank")]
    pub id: Cow<'a, str>,
    #[serde(rename = "@type")]
    kind: FaqPageType,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "is_blank")]
    pub in_language: Option<Cow<'a, str>>,
    /// `mainEntity`: the questions.
    #[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]
    pub main_entity: Vec<Question<'a>>,
    /// `url`: the canonical URL.
    #[serde(skip_serializing_if = "is_blank")]
    pub url: Cow<'a, str>,
    /// Extra properties.
    #[serde(skip)]
    pub extra: Map<String, Value>,
}

pub(crate) fn new_web_site<'a>(
    id: Cow<'a, str>,
    url: Cow<'a, str>,
    name: Cow<'a, str>,
) -> WebSite<'a> {
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

pub(crate) fn new_web_page<'a>(
    id: Cow<'a, str>,
    url: Cow<'a, str>,
    name: Cow<'a, str>,
) -> WebPage<'a> {
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

pub(crate) fn new_breadcrumb_list<'a>(
    id: Cow<'a, str>,
    items: Vec<ListItem<'a>>,
) -> BreadcrumbList<'a> {
    BreadcrumbList {
        kind: BreadcrumbListType,
        id,
        item_list_element: items,
        extra: Map::new(),
    }
}

pub(crate) fn new_faq_page<'a>(
    id: Cow<'a, str>,
    url: Cow<'a, str>,
    questions: Vec<Question<'a>>,
) -> FaqPage<'a> {
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
never_blank!(Organization<'_>, Person<'_>, WebPage<'_>, ImageObject<'_>);

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
    Organization<'_>,
    Person<'_>,
    WebSite<'_>,
    WebPage<'_>,
    ArticleNode<'_>,
    ImageObject<'_>,
    BreadcrumbList<'_>,
    FaqPage<'_>
);
