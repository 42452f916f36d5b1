//! The comments area: heading with count, and a slot the site fills.

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::date::write_page_count;
use crate::render::html::{
    class, component, element, input_link, labelled_section, text, text_element,
};

component! {
    /// The comments area, shown when the article has a comment count (also when it is 0):
    /// a section labelled by its "Comments" heading, which carries the count; the sign-in
    /// prompt ("Sign in to leave a comment", with a "Sign In" link to
    /// [`Site::sign_in_url`](crate::Site::sign_in_url) when the site has one); and the slot
    /// for the site's own comments widget, holding "Loading comments..." until the widget
    /// replaces it:
    ///
    /// `<div class="nc-comments-slot" id="nc_comments-slot" aria-live="polite">…</div>`
    ///
    /// The slot is the documented hook: the site fills it server-side (render its widget
    /// after this component) or from a script (`document.getElementById("nc_comments-slot")`,
    /// replacing its content). It is a polite live region, so screen readers announce the
    /// comments when they replace the placeholder. Nothing is rendered when the count is
    /// absent: that article has no comments feature.
    ///
    /// ```
    /// use newsclip::render::html::Comments;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").comments(0).build()?;
    /// let site = newsclip::Site::from_json(
    ///     r#"{"name": "Newsclip", "base_url": "https://newsclip.example/", "sign_in_url": "/signin"}"#,
    /// )?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Comments::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"Comments <span class="nc-comments-count">0</span></h2>"#));
    /// assert!(html.contains(
    ///     r#"<p class="nc-sign-in">Sign in to leave a comment <a href="https://newsclip.example/signin">Sign In</a></p>"#
    /// ));
    /// assert!(html.contains(
    ///     r#"<div class="nc-comments-slot" id="nc_comments-slot" aria-live="polite"><p class="nc-comments-loading">Loading comments...</p></div>"#
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Comments => render_to
}

/// The comments area, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let Some(n) = p.article().comments() else {
        return;
    };
    let c = &o.classes;
    let l = p.labels();
    labelled_section(
        buffer,
        p,
        (&c.comments, ComponentId::CommentsTitle),
        |b| {
            text(b, &l.comments);
            b.push(' ');
            element(b, "span", &class(&c.comments_count), |b| {
                write_page_count(b, p, n)
            });
        },
        |b| {
            element(b, "p", &class(&c.sign_in), |b| {
                text(b, &l.sign_in_prompt);
                if let Some(url) = p.site().sign_in_url() {
                    b.push(' ');
                    input_link(b, p, url, (None, None), |b| text(b, &l.sign_in));
                }
            });
            let slot = [
                ("class", Some(c.comments_slot.as_str())),
                ("id", Some(p.id(ComponentId::CommentsSlot))),
                ("aria-live", Some("polite")),
            ];
            element(b, "div", &slot, |b| {
                text_element(b, "p", &class(&c.comments_loading), &l.loading_comments);
            });
        },
    );
}
