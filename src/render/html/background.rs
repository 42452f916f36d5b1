//! Background.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::Text;
use crate::render::html::{component, labelled_section};

component! {
    /// The background paragraph in a section labelled "Background". Nothing when absent.
    ///
    /// ```
    /// use newsclip::render::html::Background;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").background("Context.").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Background::new(&prepared)) }.into_string();
    /// assert!(html.ends_with(">Background</h2><p>Context.</p></section>"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Background => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    match p.article().background() {
        Some(text) if !text.trim().is_empty() => labelled_section(
            p,
            &o.classes.background,
            ComponentId::BackgroundTitle,
            html! { (Text(&p.labels().background)) },
            html! { p { (Text(text)) } },
        ),
        _ => html! {},
    }
}
