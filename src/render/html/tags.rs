//! The tag list.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::{HtmlOptions, component};

component! {
    /// The tags as a `<nav>` named by the "Tags" label: a list of `#Name` links (or plain text
    /// with [`TagLinks::None`](super::TagLinks::None)). Nothing when there are no tags.
    ///
    /// ```
    /// use newsclip::render::html::{HtmlOptions, Tags};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").tags(["#Meta", "#Databreach"]).build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let html = maud::html! { (Tags::new(&prepared, &HtmlOptions::default())) }.into_string();
    /// assert!(html.contains(r#"<a class="nc-tag" href="https://newsclip.example/tags/meta" rel="tag">#Meta</a>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Tags => render
}

pub(crate) fn render(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let tags = p.article().tags();
    if tags.is_empty() {
        return html! {};
    }
    let c = &o.classes;
    html! {
        nav class=(c.tags) aria-label=(o.labels.tags) {
            ul {
                @for tag in tags {
                    li {
                        @if let Some(url) = o.tag_links.url(tag, p.site()) {
                            a class=(c.tag) href=(url.as_str()) rel="tag" { (tag) }
                        } @else {
                            span class=(c.tag) { (tag) }
                        }
                    }
                }
            }
        }
    }
}
