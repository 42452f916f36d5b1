//! Source references.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::Text;
use crate::render::html::{component, input_link, labelled_section};

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
    Sources => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let sources = p.article().sources();
    if sources.is_empty() {
        return html! {};
    }
    let count = u64::try_from(sources.len()).unwrap_or(u64::MAX);
    let title = p.labels().sources.pick(count, p.text_language());
    let content = html! {
        ul {
            @for s in sources {
                @let url = p.site().resolve(s.url());
                li {
                    (input_link(p, &url, None, None, html! { bdi { (Text(s.title().unwrap_or(url.as_str()))) } }))
                    @if let Some(publisher) = s.publisher() {
                        " " span class=(Text(&o.classes.publisher)) { bdi { (Text(publisher)) } }
                    }
                }
            }
        }
    };
    labelled_section(
        p,
        &o.classes.sources,
        ComponentId::SourcesTitle,
        html! { (Text(title)) },
        content,
    )
}
