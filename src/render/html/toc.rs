//! The table of contents.

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::{component, labelled_nav, text};
use crate::sanitize::OutlineEntry;

component! {
    /// A table of contents from the body's heading outline: a `<nav>` labelled by its
    /// "Contents" heading, with nested ordered lists of links to the body's heading ids.
    /// Off by default (add [`Part::Toc`](crate::options::Part::Toc) to the parts); nothing when the
    /// body has no headings.
    ///
    /// ```
    /// use newsclip::render::html::TableOfContents;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("# First\n\nText.").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (TableOfContents::new(&prepared)) }.into_string();
    /// assert!(html.contains(r##"<a href="#first">First</a>"##));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    TableOfContents => render_to
}

/// The table of contents, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let outline = p.body().outline();
    if outline.is_empty() {
        return;
    }
    labelled_nav(
        buffer,
        p,
        (&o.classes.toc, ComponentId::TocTitle),
        |b| text(b, &p.labels().contents),
        |b| list(b, outline),
    );
}

/// Nested ordered lists; the outline nests at most five deep (body headings are h2 to h6).
fn list(buffer: &mut String, entries: &[OutlineEntry]) {
    buffer.push_str("<ol>");
    for e in entries {
        buffer.push_str("<li><a href=\"#");
        text(buffer, &e.id);
        buffer.push_str("\">");
        text(buffer, &e.text);
        buffer.push_str("</a>");
        if !e.children.is_empty() {
            list(buffer, &e.children);
        }
        buffer.push_str("</li>");
    }
    buffer.push_str("</ol>");
}
