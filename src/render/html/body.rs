//! The article body.

use crate::PreparedArticle;
use crate::render::html::{component, open_tag};

component! {
    /// The prepared body's sanitized HTML in a `<div>`; nothing when the body is empty.
    ///
    /// ```
    /// use newsclip::render::html::ArticleBody;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Some *words*.").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (ArticleBody::new(&prepared)) }.into_string();
    /// assert!(html.starts_with(r#"<div class="nc-body"><p>Some <em>words</em>."#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    ArticleBody => write render_to
}

/// `<div class="nc-body">` and the body's sanitized HTML, copied once, into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let body = p.body().html().as_str();
    if body.trim_start().is_empty() {
        return;
    }
    open_tag(buffer, "div", &[("class", Some(&p.options().classes.body))]);
    buffer.push_str(body);
    buffer.push_str("</div>");
}
