//! The comments area: heading with count, and a slot the site fills.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::date::format_count;
use crate::render::html::{component, labelled_section};

component! {
    /// The comments area, shown when the article has a comment count (also when it is 0):
    /// a section labelled by its "Comments" heading, which carries the count, and an empty
    /// slot for the site's own comments widget:
    ///
    /// `<div class="nc-comments-slot" id="nc_comments-slot"></div>`
    ///
    /// The slot is the documented hook: the site fills it server-side (render its widget
    /// after this component) or from a script (`document.getElementById("nc_comments-slot")`).
    /// Nothing is rendered when the count is absent: that article has no comments feature.
    ///
    /// ```
    /// use newsclip::render::html::Comments;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").comments(0).build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Comments::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"Comments <span class="nc-comments-count">0</span></h2>"#));
    /// assert!(html.contains(r#"<div class="nc-comments-slot" id="nc_comments-slot"></div>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Comments => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let Some(n) = p.article().comments() else {
        return html! {};
    };
    let c = &o.classes;
    labelled_section(
        o,
        &c.comments,
        ComponentId::CommentsTitle,
        html! { (o.html.labels.comments) " " span class=(c.comments_count) { (format_count(n, &o.html.labels)) } },
        html! { div class=(c.comments_slot) id=(o.id(ComponentId::CommentsSlot)) {} },
    )
}
