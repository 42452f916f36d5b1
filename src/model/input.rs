//! The input shape: what deserializes from JSON (or any serde format) and what a validated
//! [`Article`](crate::Article) serializes back to.
//!
//! Field names are **snake_case**. Unknown fields are an error. Every string is taken as
//! given; validation (see [`ArticleInput::validate`]) checks and cleans it, reporting every
//! problem with its field path.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use crate::model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};

/// An article as it arrives from a CMS, a file or code: unchecked.
///
/// Turn it into an [`Article`](crate::Article) with [`validate`](Self::validate) (or
/// `Article::try_from`). Build one in code with [`Article::builder`](crate::Article::builder).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(title = "newsclip article"))]
pub struct ArticleInput {
    /// The headline, shown as the page's h1. Plain text.
    pub headline: String,
    /// The dek: one or two sentences under the headline. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The section (category) the article belongs to, e.g. "Business".
    pub section: SectionInput,
    /// URL slug; derived from the headline when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The canonical URL of the article page (absolute).
    #[cfg_attr(feature = "schema", schemars(with = "AbsoluteUrl"))]
    pub canonical_url: String,
    /// Publication date-time (ISO 8601 with offset) or date (`2026-04-04` = midnight UTC).
    #[cfg_attr(feature = "schema", schemars(with = "DateTime"))]
    pub published: String,
    /// Last substantive update, same format as `published`; not before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<DateTime>"))]
    pub modified: Option<String>,
    /// Authors in byline order: people or organizations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<AuthorInput>,
    /// Tags as shown ("#Meta" or "Meta"); the `#` is optional and dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// View count; shown (and put in JSON-LD) only when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
    /// Comment count; shown (and put in JSON-LD) only when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<u64>,
    /// The hero image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageInput>,
    /// The body, untrusted: Markdown unless `body_format` says `html`.
    pub body: String,
    /// How to read `body`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub body_format: BodyFormat,
    /// Key facts: ordered label → value pairs. Plain text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_facts: Vec<KeyFactInput>,
    /// One short paragraph of context. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Short question → answer pairs. Answers may use inline Markdown (emphasis, links).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quick_answers: Vec<QuestionAnswerInput>,
    /// Longer question → answer pairs. Answers may use inline Markdown (emphasis, links).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faq: Vec<QuestionAnswerInput>,
    /// The original reporting this article is based on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceInput>,
    /// Related articles ("More from Business").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedInput>,
    /// BCP 47 language of the article; the site's language when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<LanguageTag>"))]
    pub language: Option<String>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// The section (category) an article belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SectionInput {
    /// Display name, e.g. "Business".
    pub name: String,
    /// The section's page, absolute or relative to the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub url: Option<String>,
}

/// Whether an author is a person or an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuthorKind {
    /// A person (schema.org `Person`).
    #[default]
    Person,
    /// An organization, e.g. a news agency (schema.org `Organization`).
    Organization,
}

/// An author as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthorInput {
    /// The name alone: no "By", no job title.
    pub name: String,
    /// Person (default) or organization.
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: AuthorKind,
    /// Profile page, absolute or relative to the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub url: Option<String>,
}

/// An image as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImageInput {
    /// Image URL, absolute or relative to the site.
    #[cfg_attr(feature = "schema", schemars(with = "WebUrl"))]
    pub url: String,
    /// Alternative text; required. Plain text.
    pub alt: String,
    /// Intrinsic width in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// Intrinsic height in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// Caption shown under the image. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Credit line ("Photo: AP"). Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// How the body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BodyFormat {
    /// CommonMark with tables, footnotes, strikethrough and task lists.
    #[default]
    Markdown,
    /// An HTML fragment from a CMS; sanitized.
    Html,
}

/// A key fact as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyFactInput {
    /// The label ("Incident").
    pub label: String,
    /// The value ("Meta has paused its work with Mercor …").
    pub value: String,
}

/// A question and its answer as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswerInput {
    /// The question. Plain text.
    pub question: String,
    /// The answer: inline Markdown (emphasis, code, links); raw HTML is shown as text.
    pub answer: String,
}

/// A source reference as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceInput {
    /// The source's URL.
    #[cfg_attr(feature = "schema", schemars(with = "WebUrl"))]
    pub url: String,
    /// Its title. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who published it ("WIRED"). Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

/// A related article as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RelatedInput {
    /// Its headline. Plain text.
    pub headline: String,
    /// Its URL, absolute or relative to the site.
    #[cfg_attr(feature = "schema", schemars(with = "WebUrl"))]
    pub url: String,
    /// Its publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<DateTime>"))]
    pub published: Option<String>,
    /// Its thumbnail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageInput>,
}
