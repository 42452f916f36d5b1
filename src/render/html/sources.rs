//! Source references.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::{HtmlOptions, component, labelled_section};

component! {
    /// The original reporting, in a section labelled "Source reference" ("Source references"
    /// for several): each a link (its title, else its URL) with the publisher after it. Links
    /// to other hosts get [`HtmlOptions::source_links`]. Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::{HtmlOptions, Sources};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").source("https://www.wired.com/story/x/").build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let html = maud::html! { (Sources::new(&prepared, &HtmlOptions::default())) }.into_string();
    /// assert!(html.contains(r#"<a href="https://www.wired.com/story/x/" rel="noopener noreferrer">https://www.wired.com/story/x/</a>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Sources => render
}

pub(crate) fn render(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let sources = p.article().sources();
    if sources.is_empty() {
        return html! {};
    }
    let site_host = p.site().base_url().host();
    let policy = &o.source_links;
    // For links to other hosts only; an empty (or blank) `rel` writes none.
    let external_rel = Some(policy.rel.as_str()).filter(|rel| !rel.trim().is_empty());
    let external_target = policy.new_tab.then_some("_blank");
    let title = o.labels.sources.pick(sources.len() as u64);
    let content = html! {
        ul {
            @for s in sources {
                @let url = p.site().resolve(s.url());
                @let (rel, target) = if url.host() != site_host {
                    (external_rel, external_target)
                } else {
                    (None, None)
                };
                li {
                    a href=(url.as_str()) rel=[rel] target=[target] {
                        (s.title().unwrap_or(url.as_str()))
                    }
                    @if let Some(publisher) = s.publisher() {
                        " " span class=(o.classes.publisher) { (publisher) }
                    }
                }
            }
        }
    };
    labelled_section(o, &o.classes.sources, "sources", html! { (title) }, content)
}
