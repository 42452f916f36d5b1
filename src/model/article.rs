//! The validated article and its parts. Fields are private: a value of these types has passed
//! validation and cannot be changed into an invalid state.

use crate::model::input::{AuthorKind, BodyFormat};
use crate::model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};

/// A validated news article: every part of the Newsclip article page, typed.
///
/// Get one from [`ArticleInput::validate`](crate::ArticleInput::validate),
/// [`Article::from_json`], `serde` deserialization, or [`Article::builder`]. Serializes back
/// to the [`ArticleInput`](crate::ArticleInput) shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub(crate) headline: String,
    pub(crate) description: Option<String>,
    pub(crate) section: Section,
    pub(crate) slug: String,
    pub(crate) canonical_url: AbsoluteUrl,
    pub(crate) published: DateTime,
    pub(crate) modified: Option<DateTime>,
    pub(crate) corrections: Vec<Correction>,
    pub(crate) authors: Vec<Author>,
    pub(crate) tags: Vec<Tag>,
    pub(crate) views: Option<u64>,
    pub(crate) comments: Option<u64>,
    pub(crate) image: Option<Image>,
    pub(crate) dateline: Option<String>,
    pub(crate) body: Body,
    pub(crate) paywalled: bool,
    pub(crate) key_facts: Vec<KeyFact>,
    pub(crate) background: Option<String>,
    pub(crate) quick_answers: Vec<QuestionAnswer>,
    pub(crate) faq: Vec<QuestionAnswer>,
    pub(crate) sources: Vec<Source>,
    pub(crate) related: Vec<RelatedArticle>,
    pub(crate) publishing_principles: Option<WebUrl>,
    pub(crate) language: Option<LanguageTag>,
}

impl Article {
    /// The headline (plain text, cleaned).
    pub fn headline(&self) -> &str {
        &self.headline
    }
    /// The dek, if any.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
    /// The section.
    pub fn section(&self) -> &Section {
        &self.section
    }
    /// The URL slug (lowercase letters, digits, hyphens).
    pub fn slug(&self) -> &str {
        &self.slug
    }
    /// The canonical URL.
    pub fn canonical_url(&self) -> &AbsoluteUrl {
        &self.canonical_url
    }
    /// When it was published.
    pub fn published(&self) -> &DateTime {
        &self.published
    }
    /// When it was last modified, if given (never before `published`).
    pub fn modified(&self) -> Option<&DateTime> {
        self.modified.as_ref()
    }
    /// Corrections, in input order; each dated between `published` and `modified`.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }
    /// Authors in byline order.
    pub fn authors(&self) -> &[Author] {
        &self.authors
    }
    /// Tags, unique by slug, in input order.
    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }
    /// View count, when the page shows one.
    pub fn views(&self) -> Option<u64> {
        self.views
    }
    /// Comment count, when the page shows one.
    pub fn comments(&self) -> Option<u64> {
        self.comments
    }
    /// The hero image.
    pub fn image(&self) -> Option<&Image> {
        self.image.as_ref()
    }
    /// The dateline ("BRUSSELS"), without the dash the page adds.
    pub fn dateline(&self) -> Option<&str> {
        self.dateline.as_deref()
    }
    /// The body, untrusted until prepared.
    pub fn body(&self) -> &Body {
        &self.body
    }
    /// True when the article is not free to read: its body's part after the paywall marker
    /// is marked as paywalled (see [`ArticleInput::paywalled`](crate::ArticleInput::paywalled)).
    pub fn is_paywalled(&self) -> bool {
        self.paywalled
    }
    /// Key facts in order.
    pub fn key_facts(&self) -> &[KeyFact] {
        &self.key_facts
    }
    /// The background paragraph.
    pub fn background(&self) -> Option<&str> {
        self.background.as_deref()
    }
    /// Quick answers in order.
    pub fn quick_answers(&self) -> &[QuestionAnswer] {
        &self.quick_answers
    }
    /// FAQ entries in order.
    pub fn faq(&self) -> &[QuestionAnswer] {
        &self.faq
    }
    /// Source references.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
    /// Related articles.
    pub fn related(&self) -> &[RelatedArticle] {
        &self.related
    }
    /// The publishing principles this article follows, when it names its own.
    pub fn publishing_principles(&self) -> Option<&WebUrl> {
        self.publishing_principles.as_ref()
    }
    /// The article's own language, if it names one (else the site's applies).
    pub fn language(&self) -> Option<&LanguageTag> {
        self.language.as_ref()
    }
}

/// The section (category) of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub(crate) name: String,
    pub(crate) url: Option<WebUrl>,
}

impl Section {
    /// Display name ("Business").
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The section page.
    pub fn url(&self) -> Option<&WebUrl> {
        self.url.as_ref()
    }
}

/// An author: a person or an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub(crate) name: String,
    pub(crate) kind: AuthorKind,
    pub(crate) url: Option<WebUrl>,
    pub(crate) same_as: Vec<WebUrl>,
    pub(crate) job_title: Option<String>,
    pub(crate) image: Option<WebUrl>,
    pub(crate) organization: Option<String>,
}

impl Author {
    /// The name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Person or organization.
    pub fn kind(&self) -> AuthorKind {
        self.kind
    }
    /// Profile page.
    pub fn url(&self) -> Option<&WebUrl> {
        self.url.as_ref()
    }
    /// Other pages that identify the author.
    pub fn same_as(&self) -> &[WebUrl] {
        &self.same_as
    }
    /// A person's job title.
    pub fn job_title(&self) -> Option<&str> {
        self.job_title.as_deref()
    }
    /// Portrait or logo.
    pub fn image(&self) -> Option<&WebUrl> {
        self.image.as_ref()
    }
    /// The organization a person works for.
    pub fn organization(&self) -> Option<&str> {
        self.organization.as_deref()
    }
}

/// A correction: when, and what (inline Markdown, untrusted until rendered).
///
/// ```
/// let article = newsclip::Article::builder("Headline", "https://n.example/a", "2026-04-04T09:00:00Z")
///     .section("Business")
///     .body("Text.")
///     .modified("2026-04-05T10:00:00Z")
///     .correction("2026-04-05T10:00:00Z", "An earlier version misstated the *year*.")
///     .build()?;
/// let correction = &article.corrections()[0];
/// assert_eq!(correction.date().to_iso8601(), "2026-04-05T10:00:00+00:00");
/// assert_eq!(correction.text(), "An earlier version misstated the *year*.");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub(crate) date: DateTime,
    pub(crate) text: String,
}

impl Correction {
    /// When it was corrected.
    pub fn date(&self) -> &DateTime {
        &self.date
    }
    /// What was corrected, as inline Markdown source.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// A tag: display text without the leading `#`, and a URL-safe slug.
///
/// ```
/// let article = newsclip::Article::builder("Headline", "https://n.example/a", "2026-04-04")
///     .section("Business")
///     .body("Text.")
///     .tag(" #Databreach ")
///     .build()?;
/// let tag = &article.tags()[0];
/// assert_eq!(tag.name(), "Databreach");
/// assert_eq!(tag.slug(), "databreach");
/// assert_eq!(tag.to_string(), "#Databreach");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tag {
    pub(crate) name: String,
    pub(crate) slug: String,
}

impl Tag {
    /// Display text without `#`.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// URL-safe slug.
    pub fn slug(&self) -> &str {
        &self.slug
    }
}

impl std::fmt::Display for Tag {
    /// The tag as the page shows it: `#Meta`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.name)
    }
}

/// An image with required alt text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub(crate) url: WebUrl,
    pub(crate) alt: String,
    pub(crate) width: Option<u32>,
    pub(crate) height: Option<u32>,
    pub(crate) caption: Option<String>,
    pub(crate) credit: Option<String>,
}

impl Image {
    /// The image URL.
    pub fn url(&self) -> &WebUrl {
        &self.url
    }
    /// Alternative text.
    pub fn alt(&self) -> &str {
        &self.alt
    }
    /// Width in pixels, when known.
    pub fn width(&self) -> Option<u32> {
        self.width
    }
    /// Height in pixels, when known.
    pub fn height(&self) -> Option<u32> {
        self.height
    }
    /// Caption.
    pub fn caption(&self) -> Option<&str> {
        self.caption.as_deref()
    }
    /// Credit line.
    pub fn credit(&self) -> Option<&str> {
        self.credit.as_deref()
    }
}

/// The article body as given: untrusted Markdown or HTML. Rendering goes through
/// [`prepare_body`](crate::sanitize::prepare_body); nothing reads this text as HTML directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub(crate) format: BodyFormat,
    pub(crate) source: String,
}

impl Body {
    /// Markdown or HTML.
    pub fn format(&self) -> BodyFormat {
        self.format
    }
    /// The untrusted source text (line endings normalized to `\n`).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// A key fact: label and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFact {
    pub(crate) label: String,
    pub(crate) value: String,
}

impl KeyFact {
    /// The label.
    pub fn label(&self) -> &str {
        &self.label
    }
    /// The value.
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// A question and its answer (inline Markdown, untrusted until rendered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionAnswer {
    pub(crate) question: String,
    pub(crate) answer: String,
}

impl QuestionAnswer {
    /// The question (plain text).
    pub fn question(&self) -> &str {
        &self.question
    }
    /// The answer as inline Markdown source.
    pub fn answer(&self) -> &str {
        &self.answer
    }
}

/// A source reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub(crate) url: WebUrl,
    pub(crate) title: Option<String>,
    pub(crate) publisher: Option<String>,
}

impl Source {
    /// Its URL.
    pub fn url(&self) -> &WebUrl {
        &self.url
    }
    /// Its title.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }
    /// Its publisher.
    pub fn publisher(&self) -> Option<&str> {
        self.publisher.as_deref()
    }
}

/// A related article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedArticle {
    pub(crate) headline: String,
    pub(crate) url: WebUrl,
    pub(crate) published: Option<DateTime>,
    pub(crate) image: Option<Image>,
}

impl RelatedArticle {
    /// Its headline.
    pub fn headline(&self) -> &str {
        &self.headline
    }
    /// Its URL.
    pub fn url(&self) -> &WebUrl {
        &self.url
    }
    /// Its publication date.
    pub fn published(&self) -> Option<&DateTime> {
        self.published.as_ref()
    }
    /// Its thumbnail.
    pub fn image(&self) -> Option<&Image> {
        self.image.as_ref()
    }
}
