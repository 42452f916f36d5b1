//! The corrections notice.

use maud::{Markup, Render, html};

use crate::PreparedArticle;
use crate::options::{ComponentId, fill_with};
use crate::render::Text;
use crate::render::html::{component, labelled_section};
use crate::sanitize::SafeHtml;

component! {
    /// The corrections in a section labelled "Correction" ("Corrections" for several), each
    /// a list item with its date as a `<time>` and its text
    /// ([`Labels::correction`](crate::options::Labels::correction): "{date}: {text}"). The
    /// same corrections are the JSON-LD `correction`. Where it shows is
    /// [`Part::Corrections`](crate::options::Part::Corrections)'s place in
    /// [`HtmlOptions::parts`](crate::options::HtmlOptions::parts): after the body by default.
    /// Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::Corrections;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04T09:00:00Z")
    /// #     .section("Business").body("Text.").modified("2026-04-05T10:00:00Z")
    /// #     .correction("2026-04-05T10:00:00Z", "The port is in *Rotterdam*.").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Corrections::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"<h2 class="nc-section-title" id="nc_corrections-title">Correction</h2>"#));
    /// assert!(html.contains(
    ///     r#"<li class="nc-correction"><time datetime="2026-04-05T10:00:00+00:00">April 5, 2026</time>: The port is in <em>Rotterdam</em>.</li>"#
    /// ));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Corrections => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let corrections = p.article().corrections();
    if corrections.is_empty() {
        return html! {};
    }
    let count = u64::try_from(corrections.len()).unwrap_or(u64::MAX);
    let title = p.labels().corrections.pick(count, p.text_language());
    let content = html! {
        ul {
            @for (correction, text) in corrections.iter().zip(p.correction_html()) {
                @let date = correction.date();
                @let time = html! {
                    time datetime=(Text(&date.to_html_datetime())) { (Text(&super::date::page_date(p, date))) }
                };
                li class=(Text(&o.classes.correction)) { (entry(&p.labels().correction, &time, text)) }
            }
        }
    };
    labelled_section(
        p,
        &o.classes.corrections,
        ComponentId::CorrectionsTitle,
        html! { (Text(title)) },
        content,
    )
}

/// The label's template with `{date}` and `{text}` filled: its own words escaped, the date
/// and text as the markup given.
fn entry(template: &str, date: &Markup, text: &SafeHtml) -> Markup {
    let mut out = String::with_capacity(template.len() + text.as_str().len() + 96);
    fill_with(
        template,
        &[("date", "date"), ("text", "text")],
        |piece, is_value| match (is_value, piece) {
            (true, "date") => out.push_str(&date.0),
            (true, _) => text.render_to(&mut out),
            (false, _) => Text(piece).render_to(&mut out),
        },
    );
    maud::PreEscaped(out)
}
