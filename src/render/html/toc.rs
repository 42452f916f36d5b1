//! The table of contents.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::Text;
use crate::render::html::{component, labelled_nav};
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
    TableOfContents => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let outline = p.body().outline();
    if outline.is_empty() {
        return html! {};
    }
    labelled_nav(
        p,
        &o.classes.toc,
        ComponentId::TocTitle,
        html! { (Text(&p.labels().contents)) },
        list(outline),
    )
}

/// Nested ordered lists; the outline nests at most five deep (body headings are h2 to h6).
fn list(entries: &[OutlineEntry]) -> Markup {
    html! {
        ol {
            @for e in entries {
                li {
                    a href={ "#" (e.id) } { (Text(&e.text)) }
                    @if !e.children.is_empty() {
                        (list(&e.children))
                    }
                }
            }
        }
    }
}
