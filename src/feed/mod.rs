//! Feeds of articles: RSS 2.0, Atom 1.0 and JSON Feed 1.1 (feature `feeds`).
//!
//! Each takes prepared articles (the body is parsed and sanitized once, as for the page) and
//! the site, and returns the whole document. Every format carries the same things:
//!
//! | | RSS 2.0 | Atom 1.0 | JSON Feed 1.1 |
//! | --- | --- | --- | --- |
//! | identity | `guid` = canonical URL | `id` = canonical URL | `id` = canonical URL |
//! | link | `link` | `link rel="alternate"` | `url` |
//! | dates | `pubDate` (RFC 822) | `published`, `updated` (RFC 3339) | `date_published`, `date_modified` |
//! | summary | `description` (the description, else the body's excerpt) | `summary type="text"` | `summary` |
//! | body | `content:encoded` | `content type="html"` | `content_html` |
//! | authors | `dc:creator` | `author` (name, uri) | `authors` |
//! | categories | `category`: the section, then the tags | `category term` | `tags` |
//!
//! The body is the prepared body's sanitized HTML ([`PreparedBody::html`]), never the input,
//! with its relative URLs resolved against the article's URL (a feed reader shows it away
//! from the page). Text is escaped for XML by quick-xml's writer, and characters XML cannot
//! hold at all are dropped; RSS's `description`, which readers take as HTML, is escaped as
//! HTML first. Entries come newest first; the output is the same bytes for the same input.
//!
//! ```
//! use newsclip::feed::{FeedOptions, atom, json_feed, rss};
//! use newsclip::{Article, PreparedArticle, RenderOptions, Site};
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder("Meta halts work", "https://newsclip.example/business/a", "2026-04-04")
//!     .section("Business")
//!     .tags(["#Meta"])
//!     .body("Meta paused [its work](/business/mercor) <script>alert(1)</script>.")
//!     .build()?;
//! let options = RenderOptions::default();
//! let prepared = [PreparedArticle::new(&article, &site, &options)];
//! let feed = FeedOptions::default();
//!
//! let xml = rss(&prepared, &site, &feed);
//! assert!(xml.contains("<guid isPermaLink=\"true\">https://newsclip.example/business/a</guid>"));
//! assert!(xml.contains("<pubDate>Sat, 04 Apr 2026 00:00:00 +0000</pubDate>"));
//! assert!(xml.contains("<category>Business</category>"));
//! assert!(xml.contains("href=&quot;https://newsclip.example/business/mercor&quot;"));
//! assert!(!xml.contains("alert"));
//!
//! let xml = atom(&prepared, &site, &feed);
//! assert!(xml.contains("<published>2026-04-04T00:00:00+00:00</published>"));
//!
//! let json: serde_json::Value = serde_json::from_str(&json_feed(&prepared, &site, &feed)).unwrap();
//! assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
//! assert_eq!(json["items"][0]["tags"], serde_json::json!(["Business", "Meta"]));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`PreparedBody::html`]: crate::sanitize::PreparedBody::html

mod absolute;
mod atom;
mod entry;
mod json;
mod rss;

pub use atom::atom;
pub use json::json_feed;
pub use rss::rss;

use crate::model::site::Site;
use crate::model::values::AbsoluteUrl;
use crate::prepared::PreparedArticle;

/// What a feed says about itself. Every field is optional.
///
/// ```
/// use newsclip::feed::FeedOptions;
///
/// let mut options = FeedOptions::default();
/// options.title = Some("Newsclip: Business".into());
/// options.feed_url = Some("https://newsclip.example/business/feed.xml".parse()?);
/// options.max_entries = Some(50);
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct FeedOptions {
    /// The feed's title; the site's name when `None`.
    pub title: Option<String>,
    /// One sentence about the feed; RSS requires one and gets the title when `None`.
    pub description: Option<String>,
    /// Where the feed itself is served: Atom's and RSS's `rel="self"` link and JSON Feed's
    /// `feed_url`; Atom's feed `id` (the site's URL when `None`).
    pub feed_url: Option<AbsoluteUrl>,
    /// At most this many entries, the newest; all when `None`.
    pub max_entries: Option<usize>,
}

impl FeedOptions {
    fn title<'a>(&'a self, site: &'a Site) -> &'a str {
        self.title.as_deref().unwrap_or(site.name())
    }
}

/// A feed format, for code that picks one at run time.
///
/// ```
/// use newsclip::feed::FeedFormat;
///
/// let format: FeedFormat = "atom".parse().unwrap();
/// assert_eq!(format.media_type(), "application/atom+xml");
/// assert_eq!(format.file_name(), "atom.xml");
/// assert!("rdf".parse::<FeedFormat>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedFormat {
    /// RSS 2.0 ([`rss`]).
    Rss,
    /// Atom 1.0 ([`atom`]).
    Atom,
    /// JSON Feed 1.1 ([`json_feed`]).
    Json,
}

impl FeedFormat {
    /// Every format.
    pub const ALL: [FeedFormat; 3] = [FeedFormat::Rss, FeedFormat::Atom, FeedFormat::Json];

    /// The feed in this format.
    pub fn render(
        self,
        articles: &[PreparedArticle<'_>],
        site: &Site,
        options: &FeedOptions,
    ) -> String {
        match self {
            FeedFormat::Rss => rss(articles, site, options),
            FeedFormat::Atom => atom(articles, site, options),
            FeedFormat::Json => json_feed(articles, site, options),
        }
    }

    /// The media type to serve it as.
    pub fn media_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml",
            FeedFormat::Atom => "application/atom+xml",
            FeedFormat::Json => "application/feed+json",
        }
    }

    /// A conventional file name: `rss.xml`, `atom.xml`, `feed.json`.
    pub fn file_name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
            FeedFormat::Json => "feed.json",
        }
    }
}

impl std::str::FromStr for FeedFormat {
    type Err = String;
    /// `rss`, `atom` or `json`.
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "rss" => Ok(FeedFormat::Rss),
            "atom" => Ok(FeedFormat::Atom),
            "json" => Ok(FeedFormat::Json),
            other => Err(format!(
                "{other:?} is not a feed format; use rss, atom or json"
            )),
        }
    }
}
