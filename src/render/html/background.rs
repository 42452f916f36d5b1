//! Background.

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::{component, labelled_section, text, text_element};

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
    Background => render_to
}

/// The background, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    match p.article().background() {
        Some(background) if !background.trim().is_empty() => labelled_section(
            buffer,
            p,
            (&o.classes.background, ComponentId::BackgroundTitle),
            |b| text(b, &p.labels().background),
            |b| text_element(b, "p", &[], background),
        ),
        _ => {}
    }
}
