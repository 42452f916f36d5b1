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

use maud::{Markup, Render, html};

use crate::PreparedArticle;
use crate::render::Text;

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
pub struct HeadMeta {
    title: String,
    emit_title: bool,
    og_title: String,
    description: Option<String>,
    canonical: Option<String>,
    url: String,
    site_name: String,
    locale: String,
    image: Option<MetaImage>,
    published: String,
    modified: Option<String>,
    section: String,
    tags: Vec<String>,
    authors: Vec<String>,
    twitter: bool,
    twitter_site: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct MetaImage {
    url: String,
    alt: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
}

impl HeadMeta {
    /// Collects the tags' values from a prepared article.
    pub fn new(prepared: &PreparedArticle<'_>) -> Self {
        let options = &prepared.options().meta;
        let article = prepared.article();
        let site = prepared.site();
        let headline = article.headline().to_string();
        let title = if options.site_name_in_title {
            format!("{headline}{}{}", options.title_separator, site.name())
        } else {
            headline.clone()
        };
        HeadMeta {
            title,
            emit_title: options.title,
            og_title: headline,
            description: prepared.description().map(str::to_string),
            canonical: options
                .canonical
                .then(|| article.canonical_url().as_str().to_string()),
            url: article.canonical_url().as_str().to_string(),
            site_name: site.name().to_string(),
            locale: prepared.language().to_og_locale(),
            image: prepared.primary_image().map(|i| MetaImage {
                url: i.url.as_str().to_string(),
                alt: i.alt,
                width: i.width,
                height: i.height,
            }),
            published: article.published().to_iso8601(),
            modified: article.modified().map(|m| m.to_iso8601()),
            section: article.section().name().to_string(),
            tags: article
                .tags()
                .iter()
                .map(|t| t.name().to_string())
                .collect(),
            authors: article
                .authors()
                .iter()
                .map(|a| match a.url() {
                    Some(u) => site.resolve(u).as_str().to_string(),
                    None => a.name().to_string(),
                })
                .collect(),
            twitter: options.twitter,
            twitter_site: site.twitter().map(str::to_string),
        }
    }

    /// The same tags without `<title>`, for a layout that writes its own (as
    /// [`Page`](crate::render::html::Page) does).
    pub fn without_title(mut self) -> Self {
        self.emit_title = false;
        self
    }

    /// The `<title>` text.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The description used for `description`, `og:description` and `twitter:description`.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The `og:image` URL, if any.
    pub fn image_url(&self) -> Option<&str> {
        self.image.as_ref().map(|i| i.url.as_str())
    }

    /// `summary_large_image` with an image, `summary` without.
    pub fn twitter_card(&self) -> &'static str {
        if self.image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        }
    }

    /// The tags as [`Markup`].
    pub fn to_markup(&self) -> Markup {
        html! {
            @if self.emit_title {
                title { (Text(&self.title)) }
            }
            @if let Some(d) = &self.description {
                meta name="description" content=(Text(d));
            }
            @if let Some(c) = &self.canonical {
                link rel="canonical" href=(Text(c));
            }
            meta property="og:type" content="article";
            meta property="og:title" content=(Text(&self.og_title));
            @if let Some(d) = &self.description {
                meta property="og:description" content=(Text(d));
            }
            meta property="og:url" content=(Text(&self.url));
            meta property="og:site_name" content=(Text(&self.site_name));
            meta property="og:locale" content=(Text(&self.locale));
            @if let Some(img) = &self.image {
                meta property="og:image" content=(Text(&img.url));
                @if let Some(alt) = &img.alt {
                    meta property="og:image:alt" content=(Text(alt));
                }
                @if let Some(w) = img.width {
                    meta property="og:image:width" content=(w);
                }
                @if let Some(h) = img.height {
                    meta property="og:image:height" content=(h);
                }
            }
            meta property="article:published_time" content=(Text(&self.published));
            @if let Some(m) = &self.modified {
                meta property="article:modified_time" content=(Text(m));
            }
            meta property="article:section" content=(Text(&self.section));
            @for tag in &self.tags {
                meta property="article:tag" content=(Text(tag));
            }
            @for author in &self.authors {
                meta property="article:author" content=(Text(author));
            }
            @if self.twitter {
                meta name="twitter:card" content=(Text(self.twitter_card()));
                @if let Some(s) = &self.twitter_site {
                    meta name="twitter:site" content=(Text(s));
                }
                meta name="twitter:title" content=(Text(&self.og_title));
                @if let Some(d) = &self.description {
                    meta name="twitter:description" content=(Text(d));
                }
                @if let Some(img) = &self.image {
                    meta name="twitter:image" content=(Text(&img.url));
                    @if let Some(alt) = &img.alt {
                        meta name="twitter:image:alt" content=(Text(alt));
                    }
                }
            }
        }
    }
}

impl Render for HeadMeta {
    fn render(&self) -> Markup {
        self.to_markup()
    }
}
