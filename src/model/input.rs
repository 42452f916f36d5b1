//! The input shape: what deserializes from JSON (or any serde format) and what a validated
//! [`Article`](crate::Article) serializes back to.
//!
//! Field names are **snake_case**. Unknown fields are an error. Every string is taken as
//! given; validation (see [`ArticleInput::validate`]) checks and cleans it, reporting every
//! problem with its field path.
//!
//! Deserializing reads the whole input however wrong it is: a missing required field, a
//! wrong type or an unknown field is kept in [`ArticleInput::shape_problems`] (with its path)
//! and reported by validation together with every other problem. The parts (`SectionInput`,
//! `ImageInput` …) deserialized on their own fail instead, listing every problem. Reading
//! needs a self-describing format (JSON, YAML, TOML, MessagePack …).

use serde::Serialize;

use crate::error::Problem;
use crate::model::read::{read_struct, read_words};
#[cfg(feature = "schema")]
use crate::model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};

/// An article as it arrives from a CMS, a file or code: unchecked.
///
/// Turn it into an [`Article`](crate::Article) with [`validate`](Self::validate) (or
/// `Article::try_from`). Build one in code with [`Article::builder`](crate::Article::builder).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    /// Corrections, oldest first: each with its date (between `published` and `modified`)
    /// and what was corrected. Shown on the page and written as the JSON-LD `correction`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<CorrectionInput>,
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
    /// Where (and when) the story was filed, shown before the body's first paragraph
    /// ("BRUSSELS —") and written as the JSON-LD `dateline`: the place alone, as "BRUSSELS"
    /// or "BRUSSELS, May 12"; the page adds the dash. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// The body, untrusted: Markdown unless `body_format` says `html`. A paywalled article
    /// marks where its paywalled part starts with a paragraph holding only `[paywall]`: a
    /// line of its own between top-level blocks in Markdown, `<p>[paywall]</p>` in HTML. The
    /// marker never shows; one inside a quote or a list is not honoured and shows as text.
    pub body: String,
    /// How to read `body`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub body_format: BodyFormat,
    /// The article is not free to read (a subscription or registration wall): the JSON-LD
    /// says `isAccessibleForFree: false`, and the body's part after its `[paywall]`
    /// marker is wrapped in an element whose class is the JSON-LD `cssSelector` (Google's
    /// paywalled-content markup). Default `false`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub paywalled: bool,
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
    /// The page of the publishing principles (standards) this article follows, when they
    /// are not the publisher's general ones: the JSON-LD `publishingPrinciples`. Absolute or
    /// relative to the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub publishing_principles: Option<String>,
    /// BCP 47 language of the article; the site's language when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<LanguageTag>"))]
    pub language: Option<String>,
    /// What deserialization found wrong with the input's shape: missing required fields,
    /// wrong types, unknown or repeated fields, each with its path. [`validate`](Self::validate)
    /// reports them together with every other problem. Empty for input built in code.
    ///
    /// ```
    /// use newsclip::{ArticleInput, ProblemKind, ValidateOptions};
    ///
    /// // A struct of your own that embeds the input still gets every problem, with paths.
    /// #[derive(serde::Deserialize)]
    /// struct Import {
    ///     id: u32,
    ///     article: ArticleInput,
    /// }
    /// let import: Import = serde_json::from_str(
    ///     r#"{"id": 7, "article": {"headline": "H", "faq": [{"question": "Q?", "answr": "A."}]}}"#,
    /// )?;
    /// let err = import.article.validate(&ValidateOptions::default()).unwrap_err();
    /// let paths: Vec<&str> = err.problems().iter().map(|p| p.path()).collect();
    /// assert_eq!(paths, ["section", "canonical_url", "published", "body", "faq[0].answr", "faq[0].answer"]);
    /// assert_eq!(err.at("section"), Some(&ProblemKind::Missing));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[serde(skip)]
    pub shape_problems: Vec<Problem>,
}

read_struct!(ArticleInput {
    headline: required,
    description: optional,
    section: required,
    slug: optional,
    canonical_url: required,
    published: required,
    modified: optional,
    corrections: optional,
    authors: optional,
    tags: optional,
    views: optional,
    comments: optional,
    image: optional,
    dateline: optional,
    body: required,
    body_format: optional,
    paywalled: optional,
    key_facts: optional,
    background: optional,
    quick_answers: optional,
    faq: optional,
    sources: optional,
    related: optional,
    publishing_principles: optional,
    language: optional,
} lenient shape_problems);

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// The section (category) an article belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

read_struct!(SectionInput {
    name: required,
    url: optional
});

/// Whether an author is a person or an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuthorKind {
    /// A person (schema.org `Person`).
    #[default]
    Person,
    /// An organization, e.g. a news agency (schema.org `Organization`).
    Organization,
}

read_words!(AuthorKind { Person = "person", Organization = "organization" });

/// An author as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthorInput {
    /// The name alone: no "By", no job title.
    pub name: String,
    /// Person (default) or organization.
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: AuthorKind,
    /// Profile page on the site (absolute or relative to it): the byline links to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub url: Option<String>,
    /// Other pages that identify the author: official profiles elsewhere (a social
    /// network, Wikipedia, an ORCID). The JSON-LD `sameAs`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<WebUrl>"))]
    pub same_as: Vec<String>,
    /// A person's job title ("Brussels correspondent"), kept out of the name. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// A portrait (a person) or logo (an organization), absolute or relative to the site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub image: Option<String>,
    /// The organization a person works for (by name): the JSON-LD `worksFor`, a reference to
    /// the publisher when it is the publisher's name. Plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

read_struct!(AuthorInput {
    name: required,
    kind: optional,
    url: optional,
    same_as: optional,
    job_title: optional,
    image: optional,
    organization: optional,
});

/// A correction as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CorrectionInput {
    /// When it was corrected: not before `published`, not after `modified`.
    #[cfg_attr(feature = "schema", schemars(with = "DateTime"))]
    pub date: String,
    /// What was wrong and what is right: inline Markdown (emphasis, code, links); raw HTML
    /// is shown as text.
    pub text: String,
}

read_struct!(CorrectionInput {
    date: required,
    text: required
});

/// An image as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

read_struct!(ImageInput {
    url: required,
    alt: required,
    width: optional,
    height: optional,
    caption: optional,
    credit: optional,
});

/// How the body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BodyFormat {
    /// CommonMark with tables, footnotes, strikethrough and task lists.
    #[default]
    Markdown,
    /// An HTML fragment from a CMS; sanitized.
    Html,
}

read_words!(BodyFormat { Markdown = "markdown", Html = "html" });

/// A key fact as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyFactInput {
    /// The label ("Incident").
    pub label: String,
    /// The value ("Meta has paused its work with Mercor …").
    pub value: String,
}

read_struct!(KeyFactInput {
    label: required,
    value: required
});

/// A question and its answer as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswerInput {
    /// The question. Plain text.
    pub question: String,
    /// The answer: inline Markdown (emphasis, code, links); raw HTML is shown as text.
    pub answer: String,
}

read_struct!(QuestionAnswerInput {
    question: required,
    answer: required
});

/// A source reference as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

read_struct!(SourceInput {
    url: required,
    title: optional,
    publisher: optional
});

/// A related article as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

read_struct!(RelatedInput {
    headline: required,
    url: required,
    published: optional,
    image: optional,
});
