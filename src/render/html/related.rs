//! Related articles: "More from Business".

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::date::format_date;
use crate::render::html::labels::fill;
use crate::render::html::{HtmlOptions, component, labelled_nav};

component! {
    /// Related articles as a `<nav>` labelled by its "More from {section}" heading: each a
    /// link with its thumbnail (decorative, `alt=""`, since the headline names the link) and
    /// its date. Nothing when there are none.
    ///
    /// ```
    /// use newsclip::RelatedInput;
    /// use newsclip::render::html::{HtmlOptions, Related};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.")
    /// #     .related(RelatedInput { headline: "Other".into(), url: "/b".into(), ..Default::default() })
    /// #     .build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let html = maud::html! { (Related::new(&prepared, &HtmlOptions::default())) }.into_string();
    /// assert!(html.contains(">More from Business</h2>"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Related => render
}

pub(crate) fn render(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let related = p.article().related();
    if related.is_empty() {
        return html! {};
    }
    let c = &o.classes;
    let title = fill(
        &o.labels.more_from,
        &[("section", p.article().section().name())],
    );
    let content = html! {
        ul {
            @for r in related {
                li {
                    a href=(p.site().resolve(r.url()).as_str()) {
                        @if let Some(img) = r.image() {
                            img src=(p.site().resolve(img.url()).as_str()) alt=""
                                width=[img.width()] height=[img.height()] loading="lazy";
                        }
                        span class=(c.related_headline) { (r.headline()) }
                    }
                    @if let Some(d) = r.published() {
                        " "
                        time class=(c.related_date) datetime=(d.to_html_datetime()) {
                            (format_date(d, &o.labels))
                        }
                    }
                }
            }
        }
    };
    labelled_nav(o, &c.related, "related", html! { (title) }, content)
}
