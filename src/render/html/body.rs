//! The article body, with the dateline before its first paragraph and its paywalled part
//! wrapped.

use crate::PreparedArticle;
use crate::render::html::{class, component, fill_isolated, open_tag};
use crate::sanitize::PaywallMarker;

component! {
    /// The prepared body's sanitized HTML in a `<div>`; nothing when the body is empty.
    ///
    /// - The [dateline](crate::Article::dateline) opens the first top-level paragraph:
    ///   `<p><span class="nc-lead-dateline"><bdi>BRUSSELS</bdi> — </span>Text…` (the words are
    ///   [`Labels::dateline`](crate::options::Labels::dateline)); a body without one gets a
    ///   paragraph of its own for it.
    /// - For a [paywalled](crate::Article::is_paywalled) article, the part after the body's
    ///   `[paywall]` marker paragraph is wrapped in `<div class="nc-paywalled">`, the element the JSON-LD's
    ///   `hasPart` `cssSelector` (`.nc-paywalled`) names.
    ///
    /// ```
    /// use newsclip::render::html::ArticleBody;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business")
    ///     .dateline("BRUSSELS")
    ///     .body("Some *words*.\n\n[paywall]\n\nFor subscribers.")
    ///     .paywalled()
    ///     .build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (ArticleBody::new(&prepared)) }.into_string();
    /// assert_eq!(
    ///     html,
    ///     "<div class=\"nc-body\"><p><span class=\"nc-lead-dateline\"><bdi>BRUSSELS</bdi> — </span>Some <em>words</em>.</p>\n\
    ///      <div class=\"nc-paywalled\"><p>For subscribers.</p>\n</div></div>"
    /// );
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    ArticleBody => render_to
}

/// `<div class="nc-body">` and the body's sanitized HTML, copied once, into `buffer`, with
/// the dateline and the paywall wrapper written where the body's writer marked their places.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let body = p.body();
    let html = body.html().as_str();
    if html.trim_start().is_empty() {
        return;
    }
    let classes = &p.options().classes;
    open_tag(buffer, "div", &class(&classes.body));
    let dateline = p.article().dateline();
    let lead = dateline.and(body.lead_at());
    if let (Some(place), None) = (dateline, lead) {
        buffer.push_str("<p>");
        write_dateline(p, place, buffer);
        buffer.push_str("</p>\n");
    }
    let paywall = match body.paywall() {
        PaywallMarker::At(at) if p.article().is_paywalled() => Some(at),
        _ => None,
    };
    // The places to write at, in order: the paywall's is a block boundary, before any
    // paragraph's content, so it never equals the lead's.
    let mut written = 0;
    let mut places = [lead.map(|at| (at, true)), paywall.map(|at| (at, false))];
    places.sort_unstable_by_key(|place| place.map(|(at, _)| at));
    for (at, is_lead) in places.into_iter().flatten() {
        let Some(chunk) = html.get(written..at) else {
            continue;
        };
        buffer.push_str(chunk);
        written = at;
        match (is_lead, dateline) {
            (true, Some(place)) => write_dateline(p, place, buffer),
            _ => open_tag(buffer, "div", &class(&classes.paywalled)),
        }
    }
    buffer.push_str(html.get(written..).unwrap_or_default());
    if paywall.is_some() {
        buffer.push_str("</div>");
    }
    buffer.push_str("</div>");
}

/// `<span class="nc-lead-dateline"><bdi>BRUSSELS</bdi> — </span>`: the label's words and
/// the place, escaped.
fn write_dateline(p: &PreparedArticle<'_>, place: &str, buffer: &mut String) {
    open_tag(buffer, "span", &class(&p.options().classes.lead_dateline));
    // The place isolated, as every value in a label: it may run the other way.
    fill_isolated(buffer, &p.labels().dateline, &[("dateline", place)]);
    buffer.push_str("</span>");
}
