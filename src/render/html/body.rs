//! The article body.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::component;

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
    ArticleBody => render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let body = p.body().html();
    if body.as_str().trim().is_empty() {
        return html! {};
    }
    html! { div class=(o.classes.body) { (body) } }
}
