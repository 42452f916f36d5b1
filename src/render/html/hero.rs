//! The hero image, or the title card.

use crate::PreparedArticle;
use crate::render::html::{class, component, element, img, text, text_element};

component! {
    /// The hero: a `<figure>` with the image (its alt text, width and height when known) and
    /// a `<figcaption>` with caption and credit when either is given.
    ///
    /// Without an image, and with [`HtmlOptions::title_card`](crate::options::HtmlOptions::title_card) on, it is the seed page's title
    /// card: a decorative block repeating the section and headline in large type, marked
    /// `aria-hidden="true"` so screen readers do not read the headline twice. With the option
    /// off, nothing.
    ///
    /// ```
    /// use newsclip::render::html::Hero;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").build()?;
    /// let mut options = newsclip::RenderOptions::default();
    /// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// assert!(maud::html! { (Hero::new(&prepared)) }.into_string().contains(r#"aria-hidden="true""#));
    /// options.html.title_card = false;
    /// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// assert_eq!(maud::html! { (Hero::new(&prepared)) }.into_string(), "");
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Hero => render_to
}

/// The hero, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let a = p.article();
    let c = &o.classes;
    match a.image() {
        Some(image) => element(buffer, "figure", &class(&c.hero), |b| {
            let src = p.site().resolve(image.url());
            let size = (image.width(), image.height());
            img(b, src.as_str(), image.alt(), size, false);
            let (caption, credit) = (image.caption(), image.credit());
            if caption.is_none() && credit.is_none() {
                return;
            }
            element(b, "figcaption", &[], |b| {
                if let Some(caption) = caption {
                    text_element(b, "span", &class(&c.caption), caption);
                }
                if caption.is_some() && credit.is_some() {
                    b.push(' ');
                }
                if let Some(credit) = credit {
                    text_element(b, "small", &class(&c.credit), credit);
                }
            });
        }),
        None if o.html.title_card => {
            // The class attribute is two names, escaped as one value would be.
            buffer.push_str("<div class=\"");
            text(buffer, &c.hero);
            buffer.push(' ');
            text(buffer, &c.hero_card);
            buffer.push_str("\" aria-hidden=\"true\">");
            // Deliberately without the section-label/headline classes: speakable selectors
            // must not match this copy.
            text_element(buffer, "span", &[], a.section().name());
            text_element(buffer, "span", &[], a.headline());
            buffer.push_str("</div>");
        }
        None => {}
    }
}
