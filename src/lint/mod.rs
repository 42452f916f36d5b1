//! An offline rich-results lint: what a site should fix before it ships an article.
//!
//! [`lint`] reads a [`PreparedArticle`] (the FAQ rule needs the rendered answers) and a `now`
//! the caller passes (the library has no clock), and returns [`Diagnostic`]s: a stable code,
//! a severity, a message that says what to do, the input field path, and the guidance the
//! rule comes from. It does no I/O: whether images are reachable, crawlable or in a
//! supported format is the caller's to check.
//!
//! Severities: **error** — the page breaks an explicit rule of the guidance; **warning** —
//! a recommendation is not met; **info** — worth a look, often fine. Google lists no required
//! Article properties, so nothing here is an error merely for being absent.
//!
//! ## Rules
//!
//! Each code is also a constant in [`codes`] (`codes::IMAGE_MISSING`).
//!
//! | code | severity | what | source |
//! | --- | --- | --- | --- |
//! | `image-missing` | warning | no hero image and no image in the body: the article node has no `image` | [Google Article](https://developers.google.com/search/docs/appearance/structured-data/article) |
//! | `image-alt-missing` | warning | an image in the body without alternative text (kept, shown as decorative with `alt=""`): the message gives its URL | [Google Images](https://developers.google.com/search/docs/appearance/google-images#use-descriptive-alt-text) |
//! | `image-too-small` | warning | hero image width × height under 50,000 pixels (when both are known) | [Google Article](https://developers.google.com/search/docs/appearance/structured-data/article) |
//! | `author-missing` | warning | no author | [Google Article](https://developers.google.com/search/docs/appearance/structured-data/article) |
//! | `author-name-prefix` | warning | author name starts with "By", "Posted by", "Written by" … | [Google author best practices](https://developers.google.com/search/docs/appearance/structured-data/article#author-bp) |
//! | `author-name-title` | warning | author name carries an honorific, degree or job title (Dr, Prof, Mr, Ms, PhD, Editor, Staff Writer …) | [Google author best practices](https://developers.google.com/search/docs/appearance/structured-data/article#author-bp) |
//! | `author-name-multiple` | warning | several names in one author ("and", "&", ",", ";") | [Google author best practices](https://developers.google.com/search/docs/appearance/structured-data/article#author-bp) |
//! | `author-url-missing` | warning | author without a profile URL | [Google author best practices](https://developers.google.com/search/docs/appearance/structured-data/article#author-bp) |
//! | `date-without-time` | info | published/modified date given without time and offset (read as midnight UTC) | [Google Article](https://developers.google.com/search/docs/appearance/structured-data/article) |
//! | `date-in-future` | error | published/modified date after `now` | [Google byline dates](https://developers.google.com/search/docs/appearance/publication-dates) |
//! | `canonical-foreign-host` | warning | the canonical URL's host is not the site's base URL host: `og:url`, the canonical link and every JSON-LD `@id` send search engines to the other host | [Google canonicalization](https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls) |
//! | `url-relative` | info | a relative section, author, image, source or related URL (resolved against the site's base URL) | [Google Article](https://developers.google.com/search/docs/appearance/structured-data/article) |
//! | `headline-long` | info | headline over 110 characters may be truncated (not an error: Google removed its limit in 2023) | [Google Article](https://developers.google.com/search/docs/appearance/structured-data/article) |
//! | `faq-answer-html` | warning | an answer in the FAQPage uses tags Google ignores (it reads h1–h6, br, ol, ul, li, a, p, div, b, strong, i, em) | [Google FAQ](https://developers.google.com/search/docs/appearance/structured-data/faqpage) |
//! | `paywall-unmarked` | error | the article is paywalled but its body marks no paywalled part (no `[paywall]` paragraph between top-level blocks, or nothing after it): the JSON-LD says `isAccessibleForFree: false` with no `hasPart` naming what is paywalled | [Google paywalled content](https://developers.google.com/search/docs/appearance/structured-data/paywalled-content) |
//! | `paywall-marker-unflagged` | warning | the body has a `[paywall]` marker but the article is not `paywalled`: nothing is wrapped or declared | [Google paywalled content](https://developers.google.com/search/docs/appearance/structured-data/paywalled-content) |
//! | `paywall-selector-unmatched` | error | the JSON-LD's `cssSelector` matches nothing on the page: the paywalled class is empty, or the body is not among the rendered parts | [Google paywalled content](https://developers.google.com/search/docs/appearance/structured-data/paywalled-content) |
//! | `og-image-missing` | warning | no `og:image` (one of OpenGraph's four required properties) | [Open Graph protocol](https://ogp.me/) |
//! | `twitter-description-long` | warning | `twitter:description` over 200 characters | [X cards markup](https://developer.x.com/en/docs/x-for-websites/cards/overview/markup) |
//! | `twitter-title-long` | info | `twitter:title` over 70 characters | [X cards markup](https://developer.x.com/en/docs/x-for-websites/cards/overview/markup) |
//!
//! Not rules, because the types guarantee them: a modified date before the published date
//! is refused by validation; the JSON-LD always has absolute `@id`s that resolve, no empty
//! values, and no raw `<`, `>` or `&`; structured data and visible content come from the same
//! prepared article.
//!
//! ```
//! use newsclip::{Article, DateTime, PreparedArticle, Site, lint};
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
//!     .section("Business")
//!     .body("Some words.")
//!     .build()?;
//! let options = newsclip::RenderOptions::default();
//! let prepared = PreparedArticle::new(&article, &site, &options);
//! let now = DateTime::from_unix_seconds(1_775_347_200).unwrap(); // 2026-04-05
//! let codes: Vec<_> = lint(&prepared, &now).iter().map(|d| d.code).collect();
//! assert_eq!(codes, ["image-missing", "author-missing", "date-without-time", "og-image-missing"]);
//! # Ok::<(), newsclip::ValidationError>(())
//! ```

use std::fmt;

use crate::PreparedArticle;
use crate::model::values::DateTime;

mod heuristics;
mod rules;

/// How serious a diagnostic is. Serializes as `"error"`, `"warning"` or `"info"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; often fine.
    Info,
    /// A recommendation is not met.
    Warning,
    /// An explicit rule of the guidance is broken.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    ///
    /// ```
    /// assert_eq!(newsclip::lint::Severity::Warning.as_str(), "warning");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding. Serializes (e.g. to JSON for a CI report) with the field names below. Its
/// `code` is one of the [`codes`] constants.
///
/// ```
/// # use newsclip::{Article, DateTime, PreparedArticle, Site, lint};
/// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// # let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
/// #     .section("Business").body("Some words.").build()?;
/// # let options = newsclip::RenderOptions::default();
/// # let prepared = PreparedArticle::new(&article, &site, &options);
/// let now = DateTime::from_unix_seconds(1_775_347_200).unwrap();
/// let first = &lint(&prepared, &now)[0];
/// let json = serde_json::to_value(first).unwrap();
/// assert_eq!(json["code"], "image-missing");
/// assert_eq!(json["severity"], "warning");
/// assert_eq!(json["path"], "image");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The rule's stable code (`image-missing`, [`codes::IMAGE_MISSING`]).
    pub code: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// What is wrong and what to do.
    pub message: String,
    /// The input field it is about (`authors[0].name`).
    pub path: String,
    /// The guidance the rule comes from.
    pub source_url: &'static str,
}

impl fmt::Display for Diagnostic {
    /// `warning[author-missing] authors: …`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.code, self.path, self.message
        )
    }
}

/// A rule of the lint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rule {
    /// Stable code.
    pub code: &'static str,
    /// Severity of its diagnostics.
    pub severity: Severity,
    /// The guidance it comes from.
    pub source_url: &'static str,
}

const ARTICLE: &str =
    "https://developers.google.com/search/docs/appearance/structured-data/article";
const AUTHOR_BP: &str =
    "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp";
const DATES: &str = "https://developers.google.com/search/docs/appearance/publication-dates";
const CANONICAL: &str =
    "https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls";
const IMAGES: &str =
    "https://developers.google.com/search/docs/appearance/google-images#use-descriptive-alt-text";
const FAQ: &str = "https://developers.google.com/search/docs/appearance/structured-data/faqpage";
const PAYWALL: &str =
    "https://developers.google.com/search/docs/appearance/structured-data/paywalled-content";
const OGP: &str = "https://ogp.me/";
const X_CARDS: &str = "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup";

macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $sev:ident, $src:expr;)*) => {
        /// The stable code of every rule, one constant each, to compare or match a
        /// [`Diagnostic::code`] against without spelling the string.
        ///
        /// ```
        /// use newsclip::lint::{Diagnostic, codes};
        ///
        /// fn blocks_publishing(d: &Diagnostic) -> bool {
        ///     matches!(d.code, codes::DATE_IN_FUTURE | codes::CANONICAL_FOREIGN_HOST)
        /// }
        /// assert_eq!(codes::IMAGE_MISSING, "image-missing");
        /// assert!(newsclip::lint::RULES.iter().any(|r| r.code == codes::HEADLINE_LONG));
        /// # let _ = blocks_publishing;
        /// ```
        pub mod codes {
            $(
                #[doc = concat!("`", $code, "`: ")]
                $(#[$doc])*
                pub const $name: &str = $code;
            )*
        }

        $(const $name: Rule = Rule { code: codes::$name, severity: Severity::$sev, source_url: $src };)*

        /// Every rule, in the order diagnostics are reported.
        ///
        /// ```
        /// assert!(newsclip::lint::RULES.iter().any(|r| r.code == "headline-long"));
        /// ```
        pub const RULES: &[Rule] = &[$($name),*];
    };
}

rules! {
    /// no hero image and no image in the body.
    IMAGE_MISSING = "image-missing", Warning, ARTICLE;
    /// an image in the body has no alternative text.
    IMAGE_ALT_MISSING = "image-alt-missing", Warning, IMAGES;
    /// the hero image is under the minimum pixel count.
    IMAGE_TOO_SMALL = "image-too-small", Warning, ARTICLE;
    /// no author.
    AUTHOR_MISSING = "author-missing", Warning, ARTICLE;
    /// an author name starts with "By", "Posted by" ….
    AUTHOR_NAME_PREFIX = "author-name-prefix", Warning, AUTHOR_BP;
    /// an author name carries an honorific, degree or job title.
    AUTHOR_NAME_TITLE = "author-name-title", Warning, AUTHOR_BP;
    /// several names in one author.
    AUTHOR_NAME_MULTIPLE = "author-name-multiple", Warning, AUTHOR_BP;
    /// an author without a profile URL.
    AUTHOR_URL_MISSING = "author-url-missing", Warning, AUTHOR_BP;
    /// a date without time and offset.
    DATE_WITHOUT_TIME = "date-without-time", Info, ARTICLE;
    /// a published or modified date after `now`.
    DATE_IN_FUTURE = "date-in-future", Error, DATES;
    /// the canonical URL's host is not the site's.
    CANONICAL_FOREIGN_HOST = "canonical-foreign-host", Warning, CANONICAL;
    /// a relative URL, resolved against the site's base URL.
    URL_RELATIVE = "url-relative", Info, ARTICLE;
    /// a headline that may be truncated.
    HEADLINE_LONG = "headline-long", Info, ARTICLE;
    /// an answer uses tags Google's FAQ reader ignores.
    FAQ_ANSWER_HTML = "faq-answer-html", Warning, FAQ;
    /// a paywalled article whose body marks no paywalled part.
    PAYWALL_UNMARKED = "paywall-unmarked", Error, PAYWALL;
    /// a paywall marker in the body of an article that is not paywalled.
    PAYWALL_MARKER_UNFLAGGED = "paywall-marker-unflagged", Warning, PAYWALL;
    /// the paywalled part's `cssSelector` matches nothing on the rendered page.
    PAYWALL_SELECTOR_UNMATCHED = "paywall-selector-unmatched", Error, PAYWALL;
    /// no `og:image`.
    OG_IMAGE_MISSING = "og-image-missing", Warning, OGP;
    /// a long `twitter:description`.
    TWITTER_DESCRIPTION_LONG = "twitter-description-long", Warning, X_CARDS;
    /// a long `twitter:title`.
    TWITTER_TITLE_LONG = "twitter-title-long", Info, X_CARDS;
}

/// Thresholds of the lint.
///
/// ```
/// use newsclip::lint::LintOptions;
/// let mut options = LintOptions::default();
/// options.headline_chars = 90;
/// assert_eq!(LintOptions::default().min_image_pixels, 50_000);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LintOptions {
    /// Headlines longer than this get `headline-long`. Default 110.
    pub headline_chars: usize,
    /// Smallest width × height. Default 50,000.
    pub min_image_pixels: u64,
    /// Longest `twitter:title`. Default 70.
    pub twitter_title_chars: usize,
    /// Longest `twitter:description`. Default 200.
    pub twitter_description_chars: usize,
}

impl Default for LintOptions {
    fn default() -> Self {
        LintOptions {
            headline_chars: 110,
            min_image_pixels: 50_000,
            twitter_title_chars: 70,
            twitter_description_chars: 200,
        }
    }
}

/// Lints an article with the default [`LintOptions`]. `now` is the caller's clock.
pub fn lint(prepared: &PreparedArticle<'_>, now: &DateTime) -> Vec<Diagnostic> {
    lint_with(prepared, now, &LintOptions::default())
}

/// Lints an article that is not prepared yet: prepares it with default
/// [`RenderOptions`](crate::RenderOptions) first. When you render the page anyway,
/// call [`lint`] on the [`PreparedArticle`] you render from, so the FAQ rule sees the
/// answers exactly as rendered and the body is parsed once.
///
/// ```
/// use newsclip::{Article, DateTime, Site};
/// use newsclip::lint::lint_article;
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("Some words.")
///     .build()?;
/// let now = DateTime::from_unix_seconds(1_775_347_200).unwrap();
/// assert_eq!(lint_article(&article, &site, &now).len(), 4);
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn lint_article(
    article: &crate::Article,
    site: &crate::Site,
    now: &DateTime,
) -> Vec<Diagnostic> {
    let options = crate::RenderOptions::default();
    let prepared = PreparedArticle::new(article, site, &options);
    lint(&prepared, now)
}

/// Lints an article.
///
/// ```
/// use newsclip::{Article, DateTime, PreparedArticle, Site};
/// use newsclip::lint::{LintOptions, Severity, codes, lint_with};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04T09:00:00Z")
///     .section("Business")
///     .author("By Jane Doe")
///     .body("Some words.")
///     .build()?;
/// let options = newsclip::RenderOptions::default();
/// let prepared = PreparedArticle::new(&article, &site, &options);
/// let now = DateTime::from_unix_seconds(0).unwrap(); // 1970: the article is in the future
/// let found = lint_with(&prepared, &now, &LintOptions::default());
/// let future = found.iter().find(|d| d.code == codes::DATE_IN_FUTURE).unwrap();
/// assert_eq!(future.severity, Severity::Error);
/// assert_eq!(future.path, "published");
/// assert!(found.iter().any(|d| d.code == codes::AUTHOR_NAME_PREFIX && d.path == "authors[0].name"));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn lint_with(
    prepared: &PreparedArticle<'_>,
    now: &DateTime,
    options: &LintOptions,
) -> Vec<Diagnostic> {
    rules::run(prepared, now, options)
}
