//! Key facts.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::Text;
use crate::render::html::{component, labelled_section};

component! {
    /// The key facts as a description list (`<dl>`, one `<div>` per label → value pair) in a
    /// section labelled "Key Facts". Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::KeyFacts;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").key_fact("Incident", "A breach.").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (KeyFacts::new(&prepared)) }.into_string();
    /// assert!(html.contains("<dl><div><dt>Incident</dt><dd>A breach.</dd></div></dl>"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    KeyFacts => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let facts = p.article().key_facts();
    if facts.is_empty() {
        return html! {};
    }
    labelled_section(
        p,
        &o.classes.key_facts,
        ComponentId::KeyFactsTitle,
        html! { (Text(&p.labels().key_facts)) },
        html! {
            dl {
                @for f in facts {
                    div { dt { (Text(f.label())) } dd { (Text(f.value())) } }
                }
            }
        },
    )
}
