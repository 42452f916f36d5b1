//! Head meta tags: `<title>`, description, canonical link, OpenGraph and the X (Twitter) card.
//!
//! This is the crate's own `<head>` output, derived from the same prepared article as the
//! HTML and JSON-LD (never `<meta>` taken from article content). Every value is an attribute
//! or text escaped by maud.
//!
//! | tag | value |
//! | --- | --- |
//! | `<title>` | headline, then separator and site name (configurable; can be left out) |
//! | `description`, `og:description`, `twitter:description` | the article's description, else the body excerpt |
//! | `<link rel="canonical">` | the canonical URL |
//! | `og:type` | `article` |
//! | `og:title`, `twitter:title` | the headline |
//! | `og:url` | the canonical URL |
//! | `og:site_name` | the site's name |
//! | `og:locale` | the language as `en_US` (or `en`) |
//! | `og:image` (+`:alt`, `:width`, `:height`), `twitter:image` (+`:alt`) | hero image, else the body's first image (its alt text cleaned like any text field; no `:alt` when it has none) |
//! | `article:published_time`, `article:modified_time` | ISO 8601 with offset |
//! | `article:section` | the section name |
//! | `article:tag` | one per tag |
//! | `article:author` | one per author: the profile URL (resolved against the site), else the name |
//! | `twitter:card` | `summary_large_image` with an image, `summary` without |
//! | `twitter:site` | the site's handle, when set |

use std::borrow::Cow;

use maud::{Markup, Render};

use crate::PreparedArticle;
use crate::render::text;

/// The head tags of an article page, as a [`maud::Render`].
///
/// ```
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
/// use newsclip::render::meta::HeadMeta;
/// use maud::Render;
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Cats & \"dogs\"", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .tags(["#Meta", "#AI"])
///     .body("Some words.")
///     .build()?;
/// let options = RenderOptions::default();
/// let prepared = PreparedArticle::new(&article, &site, &options);
/// let head = HeadMeta::new(&prepared);
/// let html = head.render().into_string();
/// assert!(html.starts_with("<title>Cats &amp; &quot;dogs&quot; | Newsclip</title>"));
/// assert_eq!(html.matches(r#"property="article:tag""#).count(), 2);
/// assert!(html.contains(r#"<meta name="twitter:card" content="summary">"#));
/// assert_eq!(head.twitter_card(), "summary");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadMeta(Fields<'static>);

/// The tags' values: borrowed from the prepared article where they are its own strings (as
/// a page writes them, [`HeadMeta::write`]), owned in a [`HeadMeta`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fields<'a> {
    title: Cow<'a, str>,
    emit_title: bool,
    og_title: Cow<'a, str>,
    description: Option<Cow<'a, str>>,
    canonical: Option<Cow<'a, str>>,
    url: Cow<'a, str>,
    site_name: Cow<'a, str>,
    locale: String,
    image: Option<MetaImage>,
    published: String,
    modified: Option<String>,
    section: Cow<'a, str>,
    tags: Vec<Cow<'a, str>>,
    authors: Vec<Cow<'a, str>>,
    twitter: bool,
    twitter_site: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct MetaImage {
    url: String,
    alt: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
}

impl<'a> Fields<'a> {
    fn of(prepared: &'a PreparedArticle<'a>) -> Self {
        let options = &prepared.options().meta;
        let article = prepared.article();
        let site = prepared.site();
        let headline = article.headline();
        let title = if options.site_name_in_title {
            let parts = [headline, &options.title_separator, site.name()];
            Cow::Owned(parts.concat())
        } else {
            Cow::Borrowed(headline)
        };
        let canonical = article.canonical_url().as_str();
        Fields {
            title,
            emit_title: options.title,
            og_title: Cow::Borrowed(headline),
            description: prepared.description().map(Cow::Borrowed),
            canonical: options.canonical.then_some(Cow::Borrowed(canonical)),
            url: Cow::Borrowed(canonical),
            site_name: Cow::Borrowed(site.name()),
            locale: prepared.language().to_og_locale(),
            image: prepared.primary_image().map(|i| MetaImage {
                url: i.url.as_str().to_string(),
                alt: i.alt,
                width: i.width,
                height: i.height,
            }),
            published: article.published().to_iso8601(),
            modified: article.modified().map(|m| m.to_iso8601()),
            section: Cow::Borrowed(article.section().name()),
            tags: article
                .tags()
                .iter()
                .map(|t| Cow::Borrowed(t.name()))
                .collect(),
            authors: article
                .authors()
                .iter()
                .map(|a| match a.url() {
                    Some(u) => Cow::Owned(site.resolve(u).as_str().to_string()),
                    None => Cow::Borrowed(a.name()),
                })
                .collect(),
            twitter: options.twitter,
            twitter_site: site.twitter().map(Cow::Borrowed),
        }
    }

    fn into_owned(self) -> Fields<'static> {
        let owned = |s: Cow<'_, str>| Cow::Owned(s.into_owned());
        Fields {
            title: owned(self.title),
            emit_title: self.emit_title,
            og_title: owned(self.og_title),
            description: self.description.map(owned),
            canonical: self.canonical.map(owned),
            url: owned(self.url),
            site_name: owned(self.site_name),
            locale: self.locale,
            image: self.image,
            published: self.published,
            modified: self.modified,
            section: owned(self.section),
            tags: self.tags.into_iter().map(owned).collect(),
            authors: self.authors.into_iter().map(owned).collect(),
            twitter: self.twitter,
            twitter_site: self.twitter_site.map(owned),
        }
    }

    fn twitter_card(&self) -> &'static str {
        if self.image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        }
    }

    /// Writes the tags, in the order of the table above.
    fn render_to(&self, buffer: &mut String) {
        let og = |buffer: &mut String, key: &str, value: &str| meta(buffer, "property", key, value);
        let named = |buffer: &mut String, key: &str, value: &str| meta(buffer, "name", key, value);
        if self.emit_title {
            buffer.push_str("<title>");
            text(buffer, &self.title);
            buffer.push_str("</title>");
        }
        if let Some(d) = &self.description {
            named(buffer, "description", d);
        }
        if let Some(c) = &self.canonical {
            buffer.push_str("<link rel=\"canonical\" href=\"");
            text(buffer, c);
            buffer.push_str("\">");
        }
        og(buffer, "og:type", "article");
        og(buffer, "og:title", &self.og_title);
        if let Some(d) = &self.description {
            og(buffer, "og:description", d);
        }
        og(buffer, "og:url", &self.url);
        og(buffer, "og:site_name", &self.site_name);
        og(buffer, "og:locale", &self.locale);
        if let Some(img) = &self.image {
            og(buffer, "og:image", &img.url);
            if let Some(alt) = &img.alt {
                og(buffer, "og:image:alt", alt);
            }
            for (key, number) in [
                ("og:image:width", img.width),
                ("og:image:height", img.height),
            ] {
                if let Some(n) = number {
                    meta_start(buffer, "property", key);
                    n.render_to(buffer);
                    buffer.push_str("\">");
                }
            }
        }
        og(buffer, "article:published_time", &self.published);
        if let Some(m) = &self.modified {
            og(buffer, "article:modified_time", m);
        }
        og(buffer, "article:section", &self.section);
        for tag in &self.tags {
            og(buffer, "article:tag", tag);
        }
        for author in &self.authors {
            og(buffer, "article:author", author);
        }
        if self.twitter {
            named(buffer, "twitter:card", self.twitter_card());
            if let Some(s) = &self.twitter_site {
                named(buffer, "twitter:site", s);
            }
            named(buffer, "twitter:title", &self.og_title);
            if let Some(d) = &self.description {
                named(buffer, "twitter:description", d);
            }
            if let Some(img) = &self.image {
                named(buffer, "twitter:image", &img.url);
                if let Some(alt) = &img.alt {
                    named(buffer, "twitter:image:alt", alt);
                }
            }
        }
    }
}

/// `<meta {attribute}="{key}" content="{value}">`, the value escaped.
fn meta(buffer: &mut String, attribute: &str, key: &str, value: &str) {
    meta_start(buffer, attribute, key);
    text(buffer, value);
    buffer.push_str("\">");
}

/// `<meta {attribute}="{key}" content="`: the value and its `">` are the caller's.
fn meta_start(buffer: &mut String, attribute: &str, key: &str) {
    buffer.push_str("<meta ");
    buffer.push_str(attribute);
    buffer.push_str("=\"");
    buffer.push_str(key);
    buffer.push_str("\" content=\"");
}

impl HeadMeta {
    /// Collects the tags' values from a prepared article.
    pub fn new(prepared: &PreparedArticle<'_>) -> Self {
        HeadMeta(Fields::of(prepared).into_owned())
    }

    /// Writes the tags of a prepared article (without `<title>` unless `title`) into
    /// `buffer`, as [`new`](Self::new) and [`render_to`](Render::render_to) would, without
    /// copying the article's strings first.
    pub(crate) fn write(prepared: &PreparedArticle<'_>, title: bool, buffer: &mut String) {
        let mut fields = Fields::of(prepared);
        fields.emit_title &= title;
        fields.render_to(buffer);
    }

    /// The same tags without `<title>`, for a layout that writes its own (as
    /// [`Page`](crate::render::html::Page) does).
    pub fn without_title(mut self) -> Self {
        self.0.emit_title = false;
        self
    }

    /// The `<title>` text.
    pub fn title(&self) -> &str {
        &self.0.title
    }

    /// The description used for `description`, `og:description` and `twitter:description`.
    pub fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }

    /// The `og:image` URL, if any.
    pub fn image_url(&self) -> Option<&str> {
        self.0.image.as_ref().map(|i| i.url.as_str())
    }

    /// `summary_large_image` with an image, `summary` without.
    pub fn twitter_card(&self) -> &'static str {
        self.0.twitter_card()
    }

    /// The tags as [`Markup`].
    pub fn to_markup(&self) -> Markup {
        self.render()
    }
}

impl Render for HeadMeta {
    fn render_to(&self, buffer: &mut String) {
        self.0.render_to(buffer);
    }
}
