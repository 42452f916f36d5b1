//! The tag list.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::Text;
use crate::render::html::{component, input_link};

component! {
    /// The tags as a `<nav>` named by the "Tags" label: a list of `#Name` links (or plain text
    /// with [`TagLinks::None`](crate::options::TagLinks::None)). Nothing when there are no tags. Each
    /// tag is isolated (`<bdi>`, or `dir="auto"` on plain text), so `#Meta` stays `#Meta` on
    /// a right-to-left page.
    ///
    /// ```
    /// use newsclip::render::html::Tags;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").tags(["#Meta", "#Databreach"]).build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Tags::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"<a class="nc-tag" href="https://newsclip.example/tags/meta" rel="tag"><bdi>#Meta</bdi></a>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Tags => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let tags = p.article().tags();
    if tags.is_empty() {
        return html! {};
    }
    let c = &o.classes;
    html! {
        nav class=(Text(&c.tags)) aria-label=(Text(&p.labels().tags)) {
            ul {
                @for tag in tags {
                    li {
                        @if let Some(url) = o.html.tag_links.url(tag, p.site()) {
                            (input_link(p, &url, Some(&c.tag), Some("tag"), html! { bdi { (tag) } }))
                        } @else {
                            span class=(Text(&c.tag)) dir="auto" { (tag) }
                        }
                    }
                }
            }
        }
    }
}
