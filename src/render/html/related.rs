//! Related articles: "More from Business".

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::Text;
use crate::render::html::date::page_date;
use crate::render::html::{component, fill_isolated, input_link, labelled_nav};

component! {
    /// Related articles as a `<nav>` labelled by its "More from {section}" heading: each a
    /// link with its thumbnail (decorative, `alt=""`, since the headline names the link) and
    /// its date. Nothing when there are none. The section name in the heading is isolated
    /// (`<bdi>`): "المزيد من <bdi>Business</bdi>" keeps its order.
    ///
    /// ```
    /// use newsclip::RelatedInput;
    /// use newsclip::render::html::Related;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.")
    /// #     .related(RelatedInput { headline: "Other".into(), url: "/b".into(), ..Default::default() })
    /// #     .build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Related::new(&prepared)) }.into_string();
    /// assert!(html.contains(">More from <bdi>Business</bdi></h2>"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Related => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let related = p.article().related();
    if related.is_empty() {
        return html! {};
    }
    let c = &o.classes;
    let title = fill_isolated(
        &p.labels().more_from,
        &[("section", p.article().section().name())],
    );
    let content = html! {
        ul {
            @for r in related {
                li {
                    (input_link(p, &p.site().resolve(r.url()), None, None, html! {
                        @if let Some(img) = r.image() {
                            img src=(p.site().resolve(img.url()).as_str()) alt=""
                                width=[img.width()] height=[img.height()] loading="lazy";
                        }
                        span class=(Text(&c.related_headline)) { (Text(r.headline())) }
                    }))
                    @if let Some(d) = r.published() {
                        " "
                        time class=(Text(&c.related_date)) datetime=(Text(&d.to_html_datetime())) {
                            (page_date(p, d))
                        }
                    }
                }
            }
        }
    };
    labelled_nav(p, &c.related, ComponentId::RelatedTitle, title, content)
}
