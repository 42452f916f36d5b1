//! JSON Feed 1.1 (jsonfeed.org/version/1.1), written by serde.

use serde::Serialize;

use crate::model::site::Site;
use crate::prepared::PreparedArticle;

use super::FeedOptions;
use super::entry::{Person, entries};

const VERSION: &str = "https://jsonfeed.org/version/1.1";

#[derive(Serialize)]
struct Feed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    feed_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    language: &'a str,
    authors: Vec<Author<'a>>,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Author<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    content_html: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<Author<'a>>,
    tags: &'a [&'a str],
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

impl<'a> From<&'a Person<'a>> for Author<'a> {
    fn from(p: &'a Person<'a>) -> Self {
        Author {
            name: p.name,
            url: p.url.as_ref().map(|u| u.as_str().to_string()),
        }
    }
}

/// The JSON Feed 1.1 of `articles` (see the [module docs](super) for what it holds),
/// pretty-printed. The feed's author is the site's publisher.
///
/// ```
/// use newsclip::feed::{FeedOptions, json_feed};
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("Text with *emphasis* & 1 < 2.")
///     .build()?;
/// let options = RenderOptions::default();
/// let json = json_feed(&[PreparedArticle::new(&article, &site, &options)], &site, &FeedOptions::default());
/// let feed: serde_json::Value = serde_json::from_str(&json)?;
/// assert_eq!(feed["title"], "Newsclip");
/// assert_eq!(feed["items"][0]["id"], "https://newsclip.example/a");
/// assert_eq!(feed["items"][0]["date_published"], "2026-04-04T00:00:00+00:00");
/// assert_eq!(feed["items"][0]["content_html"], "<p>Text with <em>emphasis</em> &amp; 1 &lt; 2.</p>\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn json_feed(articles: &[PreparedArticle<'_>], site: &Site, options: &FeedOptions) -> String {
    let entries = entries(articles, options);
    let publisher = site.publisher();
    let feed = Feed {
        version: VERSION,
        title: options.title(site),
        home_page_url: site.base_url().as_str(),
        feed_url: options.feed_url.as_ref().map(|u| u.as_str()),
        description: options.description.as_deref(),
        language: site.language().as_str(),
        authors: vec![Author {
            name: publisher.name(),
            url: Some(publisher.url().as_str().to_string()),
        }],
        items: entries
            .iter()
            .map(|e| Item {
                id: e.url.as_str(),
                url: e.url.as_str(),
                title: e.title,
                content_html: &e.content_html,
                summary: e.summary,
                image: e.image.as_ref().map(|u| u.as_str().to_string()),
                date_published: e.published.to_iso8601(),
                date_modified: e.modified.map(|d| d.to_iso8601()),
                authors: e.authors.iter().map(Author::from).collect(),
                tags: &e.categories,
                language: e.language,
            })
            .collect(),
    };
    // Strings and numbers only: serializing cannot fail.
    serde_json::to_string_pretty(&feed).unwrap_or_default() + "\n"
}
