//! The Google News sitemap (feature `feeds`): a `<urlset>` with the `news` namespace listing
//! the articles published in the last two days.
//!
//! Google reads `loc`, `news:publication` (name and language), `news:publication_date` and
//! `news:title` for each article, takes only articles of the last two days and at most 1,000
//! URLs per sitemap. The library has no clock: the caller passes "now", as for the
//! [lint](crate::lint()), and may change the window ([`NewsSitemapOptions`]).
//!
//! ```
//! use newsclip::sitemap::{NewsSitemapOptions, news_sitemap};
//! use newsclip::{Article, DateTime, Site};
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let fresh = Article::builder("Meta & Mercor", "https://newsclip.example/a", "2026-04-04T09:30:00+02:00")
//!     .section("Business")
//!     .body("Text.")
//!     .build()?;
//! let old = Article::builder("Old news", "https://newsclip.example/b", "2026-03-01")
//!     .section("Business")
//!     .body("Text.")
//!     .build()?;
//! let now: DateTime = "2026-04-05T12:00:00Z".parse()?;
//! let xml = news_sitemap([&fresh, &old], &site, &now, &NewsSitemapOptions::default());
//! assert!(xml.contains("<loc>https://newsclip.example/a</loc>"));
//! assert!(xml.contains("<news:name>Newsclip</news:name>"));
//! assert!(xml.contains("<news:language>en</news:language>"));
//! assert!(xml.contains("<news:publication_date>2026-04-04T09:30:00+02:00</news:publication_date>"));
//! assert!(xml.contains("<news:title>Meta &amp; Mercor</news:title>"));
//! assert!(!xml.contains("Old news"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::time::Duration;

use crate::model::article::Article;
use crate::model::site::Site;
use crate::model::values::{DateTime, LanguageTag};
use crate::xml::XmlOut;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";

/// Which articles a news sitemap lists.
///
/// ```
/// use std::time::Duration;
/// use newsclip::sitemap::NewsSitemapOptions;
///
/// let mut options = NewsSitemapOptions::default();
/// assert_eq!(options.max_age, Duration::from_secs(2 * 24 * 60 * 60));
/// assert_eq!(options.max_urls, 1_000);
/// options.max_age = Duration::from_secs(24 * 60 * 60);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewsSitemapOptions {
    /// Articles published longer ago than this before "now" are left out. Default two days,
    /// Google's window.
    pub max_age: Duration,
    /// At most this many URLs, the newest. Default 1,000, Google's limit per sitemap.
    pub max_urls: usize,
}

impl Default for NewsSitemapOptions {
    fn default() -> Self {
        NewsSitemapOptions {
            max_age: Duration::from_secs(2 * 24 * 60 * 60),
            max_urls: 1_000,
        }
    }
}

/// The news sitemap of the `articles` published between `now` minus
/// [`max_age`](NewsSitemapOptions::max_age) and `now` (an article dated after `now` is not
/// published yet), newest first (ties keep the order given). The publication is the site's
/// publisher; its language is the article's (else the site's) as Google wants it: the ISO 639
/// code, or `zh-cn` / `zh-tw` for Chinese.
pub fn news_sitemap<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    site: &Site,
    now: &DateTime,
    options: &NewsSitemapOptions,
) -> String {
    let newest = now.unix_seconds();
    let max_age = i64::try_from(options.max_age.as_secs()).unwrap_or(i64::MAX);
    let oldest = newest.saturating_sub(max_age);
    let mut listed: Vec<&Article> = articles
        .into_iter()
        .filter(|a| (oldest..=newest).contains(&a.published().unix_seconds()))
        .collect();
    listed.sort_by_key(|a| std::cmp::Reverse(a.published().unix_seconds()));
    listed.truncate(options.max_urls);

    let mut x = XmlOut::new(512 + listed.len() * 512);
    x.open("urlset", &[("xmlns", SITEMAP_NS), ("xmlns:news", NEWS_NS)]);
    let name = site.publisher().name();
    for a in listed {
        x.open("url", &[]);
        x.text("loc", &[], a.canonical_url().as_str());
        x.open("news:news", &[]);
        x.open("news:publication", &[]);
        x.text("news:name", &[], name);
        let language = a.language().unwrap_or(site.language());
        x.text("news:language", &[], &news_language(language));
        x.close("news:publication");
        x.text("news:publication_date", &[], &a.published().to_string());
        x.text("news:title", &[], a.headline());
        x.close("news:news");
        x.close("url");
    }
    x.close("urlset");
    x.finish()
}

/// The language as Google News wants it: the ISO 639 code, except Chinese, which is `zh-cn`
/// (simplified) or `zh-tw` (traditional: the Hant script, Taiwan, Hong Kong, Macau).
fn news_language(tag: &LanguageTag) -> String {
    let primary = tag.primary().to_ascii_lowercase();
    if primary != "zh" {
        return primary;
    }
    let traditional = tag.as_str().split(['-', '_']).skip(1).any(|part| {
        ["hant", "tw", "hk", "mo"]
            .iter()
            .any(|t| part.eq_ignore_ascii_case(t))
    });
    if traditional { "zh-tw" } else { "zh-cn" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn google_language_codes() {
        for (tag, code) in [
            ("en", "en"),
            ("en-GB", "en"),
            ("DE-ch", "de"),
            ("zh", "zh-cn"),
            ("zh-Hans-CN", "zh-cn"),
            ("zh-Hant", "zh-tw"),
            ("zh-TW", "zh-tw"),
            ("zh-HK", "zh-tw"),
        ] {
            let tag: LanguageTag = tag.parse().unwrap();
            assert_eq!(news_language(&tag), code);
        }
    }
}
