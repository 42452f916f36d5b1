//! Source references.

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::{
    class, component, element, input_link, labelled_section, text, text_element,
};

component! {
    /// The original reporting, in a section labelled "Source reference" ("Source references"
    /// for several): each a link (its title, else its URL) with the publisher after it. Links
    /// to other hosts get [`RenderOptions::links`](crate::RenderOptions::links). Nothing when there are none.
    /// Titles and publishers are isolated (`<bdi>`): an English title keeps its publisher
    /// after it on an Arabic page. (The publisher's element stays outside the isolate, so the
    /// stylesheet's dash before it sits between the two.)
    ///
    /// ```
    /// use newsclip::render::html::Sources;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").source("https://www.wired.com/story/x/").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Sources::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"<a href="https://www.wired.com/story/x/" rel="noopener noreferrer"><bdi>https://www.wired.com/story/x/</bdi></a>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Sources => render_to
}

/// The source references, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let sources = p.article().sources();
    if sources.is_empty() {
        return;
    }
    let count = u64::try_from(sources.len()).unwrap_or(u64::MAX);
    let title = p.labels().sources.pick(count, p.text_language());
    labelled_section(
        buffer,
        p,
        (&o.classes.sources, ComponentId::SourcesTitle),
        |b| text(b, title),
        |b| {
            b.push_str("<ul>");
            for s in sources {
                let url = p.site().resolve(s.url());
                b.push_str("<li>");
                input_link(b, p, &url, (None, None), |b| {
                    text_element(b, "bdi", &[], s.title().unwrap_or(url.as_str()));
                });
                if let Some(publisher) = s.publisher() {
                    b.push(' ');
                    element(b, "span", &class(&o.classes.publisher), |b| {
                        text_element(b, "bdi", &[], publisher);
                    });
                }
                b.push_str("</li>");
            }
            b.push_str("</ul>");
        },
    );
}
