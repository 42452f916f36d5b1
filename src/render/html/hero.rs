//! The hero image, or the title card.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::Text;
use crate::render::html::component;

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
    Hero => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let a = p.article();
    let c = &o.classes;
    match a.image() {
        Some(img) => {
            let src = p.site().resolve(img.url());
            html! {
                figure class=(Text(&c.hero)) {
                    img src=(src.as_str()) alt=(Text(img.alt())) width=[img.width()] height=[img.height()];
                    @if img.caption().is_some() || img.credit().is_some() {
                        figcaption {
                            @if let Some(caption) = img.caption() {
                                span class=(Text(&c.caption)) { (Text(caption)) }
                            }
                            @if img.caption().is_some() && img.credit().is_some() { " " }
                            @if let Some(credit) = img.credit() {
                                small class=(Text(&c.credit)) { (Text(credit)) }
                            }
                        }
                    }
                }
            }
        }
        None if o.html.title_card => html! {
            div class={ (c.hero) " " (c.hero_card) } aria-hidden="true" {
                // Deliberately without the section-label/headline classes: speakable selectors
                // must not match this copy.
                span { (Text(a.section().name())) }
                span { (Text(a.headline())) }
            }
        },
        None => html! {},
    }
}
