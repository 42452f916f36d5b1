//! What every feed format says about one article, derived once from the prepared article.

use std::borrow::Cow;

use crate::model::values::{AbsoluteUrl, DateTime};
use crate::prepared::PreparedArticle;

use super::FeedOptions;
use super::absolute::absolute_urls;

/// A person or organization credited in a feed.
pub(crate) struct Person<'a> {
    pub(crate) name: &'a str,
    pub(crate) url: Option<AbsoluteUrl>,
}

/// One article as the feeds show it.
pub(crate) struct Entry<'a> {
    pub(crate) title: &'a str,
    pub(crate) url: &'a AbsoluteUrl,
    pub(crate) published: &'a DateTime,
    /// The last update: `modified`, else `published`.
    pub(crate) updated: &'a DateTime,
    pub(crate) modified: Option<&'a DateTime>,
    /// Plain text: the description, else the body's excerpt; `None` when both are empty.
    pub(crate) summary: Option<&'a str>,
    /// The prepared body's sanitized HTML, its relative URLs made absolute.
    pub(crate) content_html: Cow<'a, str>,
    pub(crate) authors: Vec<Person<'a>>,
    /// The section, then the tags.
    pub(crate) categories: Vec<&'a str>,
    pub(crate) image: Option<AbsoluteUrl>,
    /// The article's own language, when it differs from the site's default.
    pub(crate) language: Option<&'a str>,
}

impl<'a> Entry<'a> {
    fn new(p: &'a PreparedArticle<'_>) -> Self {
        let article = p.article();
        let site = p.site();
        let summary = article
            .description()
            .or(Some(p.body().excerpt()))
            .filter(|s| !s.is_empty());
        Entry {
            title: article.headline(),
            url: article.canonical_url(),
            published: article.published(),
            updated: article.modified().unwrap_or(article.published()),
            modified: article.modified(),
            summary,
            content_html: absolute_urls(p.body().html(), article.canonical_url()),
            authors: article
                .authors()
                .iter()
                .map(|a| Person {
                    name: a.name(),
                    url: a.url().map(|u| site.resolve(u)),
                })
                .collect(),
            categories: std::iter::once(article.section().name())
                .chain(article.tags().iter().map(|t| t.name()))
                .collect(),
            image: article.image().map(|i| site.resolve(i.url())),
            language: article.language().map(|l| l.as_str()),
        }
    }
}

/// The entries a feed shows: newest first (by publication; ties keep the order given), at
/// most [`FeedOptions::max_entries`].
pub(crate) fn entries<'a>(
    articles: &'a [PreparedArticle<'_>],
    options: &FeedOptions,
) -> Vec<Entry<'a>> {
    let mut order: Vec<&PreparedArticle<'_>> = articles.iter().collect();
    order.sort_by_key(|p| std::cmp::Reverse(p.article().published().unix_seconds()));
    order.truncate(options.max_entries.unwrap_or(usize::MAX));
    order.into_iter().map(Entry::new).collect()
}

/// The feed's last update: the latest entry's; `None` for a feed without entries.
pub(crate) fn last_update<'e>(entries: &[Entry<'e>]) -> Option<&'e DateTime> {
    entries
        .iter()
        .map(|e| e.updated)
        .max_by_key(|d| d.unix_seconds())
}

/// About how many bytes an XML feed of `entries` takes: the content escaped (a quarter more)
/// and room for the rest.
pub(crate) fn xml_size(entries: &[Entry<'_>]) -> usize {
    entries
        .iter()
        .map(|e| e.content_html.len() * 5 / 4 + 1024)
        .sum::<usize>()
        + 1024
}
