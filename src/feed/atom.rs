//! Atom 1.0 (RFC 4287).

use crate::model::site::Site;
use crate::prepared::PreparedArticle;
use crate::xml::XmlOut;

use super::FeedOptions;
use super::entry::{Person, entries, last_update, xml_size};

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// Atom's required feed `updated` for a feed without entries (the library has no clock).
const NO_UPDATE: &str = "1970-01-01T00:00:00+00:00";

/// The Atom 1.0 feed of `articles` (see the [module docs](super) for what it holds). The
/// feed's author is the site's publisher, so every entry has one (RFC 4287 requires it);
/// entries name their own authors too.
///
/// ```
/// use newsclip::feed::{FeedOptions, atom};
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .modified("2026-04-05T08:00:00Z")
///     .author("Ada Lovelace")
///     .body("Text.")
///     .build()?;
/// let options = RenderOptions::default();
/// let xml = atom(&[PreparedArticle::new(&article, &site, &options)], &site, &FeedOptions::default());
/// assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
/// assert!(xml.contains("<id>https://newsclip.example/a</id>"));
/// assert!(xml.contains("<updated>2026-04-05T08:00:00+00:00</updated>"));
/// assert!(xml.contains("<author>\n      <name>Ada Lovelace</name>"));
/// assert!(xml.contains("<content type=\"html\">&lt;p&gt;Text.&lt;/p&gt;"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn atom(articles: &[PreparedArticle<'_>], site: &Site, options: &FeedOptions) -> String {
    let entries = entries(articles, options);
    let mut x = XmlOut::new(xml_size(&entries));
    x.open(
        "feed",
        &[("xmlns", ATOM_NS), ("xml:lang", site.language().as_str())],
    );
    x.text("title", &[("type", "text")], options.title(site));
    if let Some(description) = &options.description {
        x.text("subtitle", &[("type", "text")], description);
    }
    x.empty(
        "link",
        &[
            ("rel", "alternate"),
            ("type", "text/html"),
            ("href", site.base_url().as_str()),
        ],
    );
    if let Some(url) = &options.feed_url {
        x.empty(
            "link",
            &[
                ("rel", "self"),
                ("type", "application/atom+xml"),
                ("href", url.as_str()),
            ],
        );
    }
    let id = options.feed_url.as_ref().unwrap_or(site.base_url());
    x.text("id", &[], id.as_str());
    let updated = last_update(&entries).map_or_else(|| NO_UPDATE.to_string(), |d| d.to_iso8601());
    x.text("updated", &[], &updated);
    let publisher = site.publisher();
    person(
        &mut x,
        &Person {
            name: publisher.name(),
            url: Some(publisher.url().clone()),
        },
    );
    x.text("generator", &[], "newsclip");
    for e in &entries {
        match e.language {
            Some(lang) => x.open("entry", &[("xml:lang", lang)]),
            None => x.open("entry", &[]),
        }
        x.text("title", &[("type", "text")], e.title);
        x.empty(
            "link",
            &[
                ("rel", "alternate"),
                ("type", "text/html"),
                ("href", e.url.as_str()),
            ],
        );
        x.text("id", &[], e.url.as_str());
        x.text("published", &[], &e.published.to_iso8601());
        x.text("updated", &[], &e.updated.to_iso8601());
        for author in &e.authors {
            person(&mut x, author);
        }
        for category in &e.categories {
            x.empty("category", &[("term", category)]);
        }
        if let Some(summary) = e.summary {
            x.text("summary", &[("type", "text")], summary);
        }
        x.text("content", &[("type", "html")], &e.content_html);
        x.close("entry");
    }
    x.close("feed");
    x.finish()
}

fn person(x: &mut XmlOut, p: &Person<'_>) {
    x.open("author", &[]);
    x.text("name", &[], p.name);
    if let Some(url) = &p.url {
        x.text("uri", &[], url.as_str());
    }
    x.close("author");
}
