//! The tag list.

use crate::PreparedArticle;
use crate::render::html::{component, element, link, text};

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
    Tags => render_to
}

/// The tag list, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let tags = p.article().tags();
    if tags.is_empty() {
        return;
    }
    let c = &o.classes;
    let attributes = [
        ("class", Some(c.tags.as_str())),
        ("aria-label", Some(&p.labels().tags)),
    ];
    element(buffer, "nav", &attributes, |b| {
        b.push_str("<ul>");
        // One buffer for every tag's URL.
        let mut url = String::new();
        for tag in tags {
            b.push_str("<li>");
            match o.html.tag_links.write_url(tag, p.site(), &mut url) {
                Some(external) => link(b, p, (&url, external), (Some(&c.tag), Some("tag")), |b| {
                    b.push_str("<bdi>#");
                    text(b, tag.name());
                    b.push_str("</bdi>");
                }),
                None => {
                    let attributes = [("class", Some(c.tag.as_str())), ("dir", Some("auto"))];
                    element(b, "span", &attributes, |b| {
                        b.push('#');
                        text(b, tag.name());
                    });
                }
            }
            b.push_str("</li>");
        }
        b.push_str("</ul>");
    });
}
