//! Related articles: "More from Business".

use crate::PreparedArticle;
use crate::options::ComponentId;
use crate::render::html::date::time;
use crate::render::html::{
    class, component, fill_isolated, img, input_link, labelled_nav, text_element,
};

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
    Related => render_to
}

/// The related articles, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let related = p.article().related();
    if related.is_empty() {
        return;
    }
    let c = &o.classes;
    labelled_nav(
        buffer,
        p,
        (&c.related, ComponentId::RelatedTitle),
        |b| {
            let section = p.article().section().name();
            fill_isolated(b, &p.labels().more_from, &[("section", section)]);
        },
        |b| {
            b.push_str("<ul>");
            for r in related {
                b.push_str("<li>");
                input_link(b, p, &p.site().resolve(r.url()), (None, None), |b| {
                    if let Some(image) = r.image() {
                        let src = p.site().resolve(image.url());
                        img(b, src.as_str(), "", (image.width(), image.height()), true);
                    }
                    text_element(b, "span", &class(&c.related_headline), r.headline());
                });
                if let Some(d) = r.published() {
                    b.push(' ');
                    time(b, p, Some(&c.related_date), d);
                }
                b.push_str("</li>");
            }
            b.push_str("</ul>");
        },
    );
}
