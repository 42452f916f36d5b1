//! The table of contents.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::{HtmlOptions, component, heading};
use crate::sanitize::OutlineEntry;

/// Deepest nesting rendered; the outline of HTML headings cannot go deeper anyway.
const MAX_DEPTH: usize = 6;

component! {
    /// A table of contents from the body's heading outline: a `<nav>` labelled by its
    /// "Contents" heading, with nested ordered lists of links to the body's heading ids.
    /// Off by default (add [`Part::Toc`](super::Part::Toc) to the parts); nothing when the
    /// body has no headings.
    ///
    /// ```
    /// use newsclip::render::html::{HtmlOptions, TableOfContents};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("# First\n\nText.").build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let html = maud::html! { (TableOfContents::new(&prepared, &HtmlOptions::default())) }.into_string();
    /// assert!(html.contains(r##"<a href="#first">First</a>"##));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    TableOfContents => render
}

pub(crate) fn render(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let outline = p.body().outline();
    if outline.is_empty() {
        return html! {};
    }
    let id = o.id("toc-title");
    html! {
        nav class=(o.classes.toc) aria-labelledby=(id) {
            (heading(o.level(1), Some(&id), &o.classes.section_title, html! { (o.labels.contents) }))
            (list(outline, 1))
        }
    }
}

fn list(entries: &[OutlineEntry], depth: usize) -> Markup {
    html! {
        ol {
            @for e in entries {
                li {
                    a href={ "#" (e.id) } { (e.text) }
                    @if !e.children.is_empty() && depth < MAX_DEPTH {
                        (list(&e.children, depth + 1))
                    }
                }
            }
        }
    }
}
