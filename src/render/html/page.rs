//! A complete HTML5 document around the article.

use maud::{DOCTYPE, Markup, Render};

use crate::PreparedArticle;
use crate::options::{ComponentId, fill_with};
use crate::render::Head;
use crate::render::html::{article, class, element, open_tag, style, text, text_element};

/// A complete HTML5 document: `<!DOCTYPE html>`, `<html lang dir>` (the article's language
/// and [direction](crate::PreparedArticle::direction)), a `<head>` with charset,
/// viewport, `<title>` ("{headline} | {site}"), with [`metadata`](Self::metadata) the head
/// tags and the JSON-LD script, the extra head content you give it and, unless turned off,
/// the [stylesheet](super::stylesheet) for the options' classes; a `<body>` with a site banner (the site name linking home) and a
/// `<main>` holding the [`ArticleView`](super::ArticleView).
///
/// It writes straight into the buffer it renders to ([`Render::render_to`]): the body's
/// HTML is copied once, from the prepared article into the page.
///
/// Meant for examples, previews and static pages; sites with their own layout embed the
/// components instead. A stand-alone page should keep
/// [`RenderOptions::heading_level`](crate::RenderOptions::heading_level) at 1: the banner is not a heading, so with 2 the
/// document has no `h1`. The `<style>` carries [`RenderOptions::csp_nonce`](crate::RenderOptions::csp_nonce).
///
/// ```
/// use newsclip::render::html::Page;
/// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
/// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
/// #     .section("Business").body("Text.").build()?;
/// let options = newsclip::RenderOptions::default();
/// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
/// let page = Page::new(&prepared)
///     .head(maud::html! { meta name="robots" content="noindex"; })
///     .stylesheet(false);
/// let html = maud::Render::render(&page).into_string();
/// assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"));
/// assert!(html.contains("<title>Meta halts work | Newsclip</title>"));
/// assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
/// assert!(!html.contains("<style>"));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Page<'r> {
    prepared: &'r PreparedArticle<'r>,
    head: Option<Markup>,
    metadata: bool,
    stylesheet: bool,
}

impl<'r> Page<'r> {
    /// A page for this article, with the stylesheet, without head tags or JSON-LD and without
    /// extra head content.
    pub fn new(prepared: &'r PreparedArticle<'r>) -> Self {
        Page {
            prepared,
            head: None,
            metadata: false,
            stylesheet: true,
        }
    }

    /// Whether to write the head tags and the JSON-LD script ([`Head`], without its own
    /// `<title>`) after the title, as
    /// [`render_document`](crate::render_document) does. Default off.
    pub fn metadata(mut self, on: bool) -> Self {
        self.metadata = on;
        self
    }

    /// Extra content for the `<head>`, after the title (replaces any given before).
    pub fn head(mut self, extra: impl Render) -> Self {
        self.head = Some(extra.render());
        self
    }

    /// Whether to inline the [stylesheet](super::stylesheet) for the options'
    /// [`classes`](crate::RenderOptions::classes) in a `<style>` element. Default on.
    pub fn stylesheet(mut self, on: bool) -> Self {
        self.stylesheet = on;
        self
    }
}

impl Render for Page<'_> {
    fn render_to(&self, buffer: &mut String) {
        let p = self.prepared;
        let o = p.options();
        let c = &o.classes;
        let site = p.site();
        buffer.push_str(DOCTYPE.0);
        open_tag(
            buffer,
            "html",
            &[
                ("lang", Some(p.language().as_str())),
                ("dir", Some(p.direction().as_str())),
            ],
        );
        buffer.push_str(concat!(
            r#"<head><meta charset="utf-8">"#,
            r#"<meta name="viewport" content="width=device-width, initial-scale=1"><title>"#
        ));
        let title = [("headline", p.article().headline()), ("site", site.name())];
        fill_with(&p.labels().page_title, &title, |piece, _| {
            text(buffer, piece)
        });
        buffer.push_str("</title>");
        if self.metadata {
            Head::new(p).without_title().render_to(buffer);
        }
        if let Some(extra) = &self.head {
            extra.render_to(buffer);
        }
        if self.stylesheet {
            open_tag(buffer, "style", &[("nonce", o.nonce().as_deref())]);
            style::stylesheet_to(c, buffer);
            buffer.push_str("</style>");
        }
        buffer.push_str("</head>");
        open_tag(buffer, "body", &class(&c.page));
        element(buffer, "header", &class(&c.site_header), |b| {
            let home = [
                ("class", Some(c.site_name.as_str())),
                ("href", Some(site.base_url().as_str())),
            ];
            text_element(b, "a", &home, site.name());
        });
        let main_id = p.id(ComponentId::Main);
        open_tag(
            buffer,
            "main",
            &[("class", Some(&c.main)), ("id", Some(main_id))],
        );
        article::render_to(p, article::PartSet::default(), buffer);
        buffer.push_str("</main></body></html>");
    }
}

/// A complete page with the stylesheet and no extra head content: [`Page`] rendered.
///
/// ```
/// use newsclip::render::html::render_page;
/// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
/// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
/// #     .section("Business").body("Text.").build()?;
/// let options = newsclip::RenderOptions::default();
/// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
/// let html = render_page(&prepared).into_string();
/// assert!(html.contains("<style>"));
/// assert!(html.ends_with("</main></body></html>"));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_page(prepared: &PreparedArticle<'_>) -> Markup {
    Page::new(prepared).render()
}
