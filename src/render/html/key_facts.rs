//! Key facts.

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::{component, labelled_section, text, text_element};

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
    KeyFacts => render_to
}

/// The key facts, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let facts = p.article().key_facts();
    if facts.is_empty() {
        return;
    }
    labelled_section(
        buffer,
        p,
        (&o.classes.key_facts, ComponentId::KeyFactsTitle),
        |b| text(b, &p.labels().key_facts),
        |b| {
            b.push_str("<dl>");
            for f in facts {
                b.push_str("<div>");
                text_element(b, "dt", &[], f.label());
                text_element(b, "dd", &[], f.value());
                b.push_str("</div>");
            }
            b.push_str("</dl>");
        },
    );
}
