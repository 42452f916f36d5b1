//! The corrections notice.

use maud::Render;

use crate::PreparedArticle;
use crate::model::values::DateTime;
use crate::options::{ComponentId, fill_with};
use crate::render::html::date::time;
use crate::render::html::{class, component, element, labelled_section, text};
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
    Corrections => render_to
}

/// The corrections, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let corrections = p.article().corrections();
    if corrections.is_empty() {
        return;
    }
    let count = u64::try_from(corrections.len()).unwrap_or(u64::MAX);
    let title = p.labels().corrections.pick(count, p.text_language());
    labelled_section(
        buffer,
        p,
        (&o.classes.corrections, ComponentId::CorrectionsTitle),
        |b| text(b, title),
        |b| {
            b.push_str("<ul>");
            for (correction, html) in corrections.iter().zip(p.correction_html()) {
                element(b, "li", &class(&o.classes.correction), |b| {
                    entry(b, p, correction.date(), html);
                });
            }
            b.push_str("</ul>");
        },
    );
}

/// The label's template with `{date}` and `{text}` filled: its own words escaped, the date
/// as a `<time>` and the text as the sanitized markup.
fn entry(buffer: &mut String, p: &PreparedArticle<'_>, date: &DateTime, html: &SafeHtml) {
    fill_with(
        &p.labels().correction,
        &[("date", "date"), ("text", "text")],
        |piece, is_value| match (is_value, piece) {
            (true, "date") => time(buffer, p, None, date),
            (true, _) => html.render_to(buffer),
            (false, _) => text(buffer, piece),
        },
    );
}
