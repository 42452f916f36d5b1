//! Key facts.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::{HtmlOptions, component, labelled_section};

component! {
    /// The key facts as a description list (`<dl>`, one `<div>` per label → value pair) in a
    /// section labelled "Key Facts". Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::{HtmlOptions, KeyFacts};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").key_fact("Incident", "A breach.").build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let html = maud::html! { (KeyFacts::new(&prepared, &HtmlOptions::default())) }.into_string();
    /// assert!(html.contains("<dl><div><dt>Incident</dt><dd>A breach.</dd></div></dl>"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    KeyFacts => render
}

pub(crate) fn render(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let facts = p.article().key_facts();
    if facts.is_empty() {
        return html! {};
    }
    labelled_section(
        o,
        &o.classes.key_facts,
        "key-facts",
        html! { (o.labels.key_facts) },
        html! {
            dl {
                @for f in facts {
                    div { dt { (f.label()) } dd { (f.value()) } }
                }
            }
        },
    )
}
