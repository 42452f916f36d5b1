//! RSS 2.0, with the `content` module for the body and Dublin Core for authors.

use crate::model::site::Site;
use crate::prepared::PreparedArticle;
use crate::xml::XmlOut;

use super::FeedOptions;
use super::entry::{entries, last_update, xml_size};

const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
const DC_NS: &str = "http://purl.org/dc/elements/1.1/";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// The RSS 2.0 feed of `articles` (see the [module docs](super) for what it holds).
///
/// ```
/// use newsclip::feed::{FeedOptions, rss};
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("AT&T <b>news</b>", "https://newsclip.example/a", "2026-04-04T09:30:00+02:00")
///     .section("Business")
///     .description("Less < more & more.")
///     .body("Text.")
///     .build()?;
/// let options = RenderOptions::default();
/// let xml = rss(&[PreparedArticle::new(&article, &site, &options)], &site, &FeedOptions::default());
/// assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""));
/// assert!(xml.contains("<title>AT&amp;T &lt;b&gt;news&lt;/b&gt;</title>"));
/// // `description` is HTML to a reader: the text is escaped as HTML, then as XML.
/// assert!(xml.contains("<description>Less &amp;lt; more &amp;amp; more.</description>"));
/// assert!(xml.contains("<pubDate>Sat, 04 Apr 2026 09:30:00 +0200</pubDate>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn rss(articles: &[PreparedArticle<'_>], site: &Site, options: &FeedOptions) -> String {
    let entries = entries(articles, options);
    let mut x = XmlOut::new(xml_size(&entries));
    let mut ns = vec![
        ("version", "2.0"),
        ("xmlns:content", CONTENT_NS),
        ("xmlns:dc", DC_NS),
    ];
    if options.feed_url.is_some() {
        ns.push(("xmlns:atom", ATOM_NS));
    }
    x.open("rss", &ns);
    x.open("channel", &[]);
    let title = options.title(site);
    x.text("title", &[], title);
    x.text("link", &[], site.base_url().as_str());
    x.text(
        "description",
        &[],
        &html_text(options.description.as_deref().unwrap_or(title)),
    );
    x.text("language", &[], site.language().as_str());
    x.text("generator", &[], "newsclip");
    if let Some(updated) = last_update(&entries) {
        x.text("lastBuildDate", &[], &updated.to_rfc2822());
    }
    if let Some(url) = &options.feed_url {
        x.empty(
            "atom:link",
            &[
                ("href", url.as_str()),
                ("rel", "self"),
                ("type", "application/rss+xml"),
            ],
        );
    }
    for e in &entries {
        x.open("item", &[]);
        x.text("title", &[], e.title);
        x.text("link", &[], e.url.as_str());
        x.text("guid", &[("isPermaLink", "true")], e.url.as_str());
        x.text("pubDate", &[], &e.published.to_rfc2822());
        for author in &e.authors {
            x.text("dc:creator", &[], author.name);
        }
        for category in &e.categories {
            x.text("category", &[], category);
        }
        if let Some(summary) = e.summary {
            x.text("description", &[], &html_text(summary));
        }
        x.text("content:encoded", &[], &e.content_html);
        x.close("item");
    }
    x.close("channel");
    x.close("rss");
    x.finish()
}

/// Plain text as HTML (RSS's `description` is HTML to readers).
fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut out, text);
    out
}
