//! The whole `<article>`.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::options::{ComponentId, Part};
use crate::render::html::{answers, component};

component! {
    /// The whole article: an `<article>` (with the article's `lang`, labelled by the headline
    /// when the header is shown) holding [`HtmlOptions::parts`](crate::options::HtmlOptions::parts) in order. A part listed twice
    /// renders once.
    ///
    /// ```
    /// use newsclip::options::Part;
    /// use newsclip::render::html::ArticleView;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").background("Context.").build()?;
    /// let mut options = newsclip::RenderOptions::default();
    /// options.html.parts = vec![Part::Background, Part::Header];
    /// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (ArticleView::new(&prepared)) }.into_string();
    /// assert!(html.starts_with(r#"<article class="nc-article" lang="en" aria-labelledby="nc_headline">"#));
    /// assert!(html.find("Context.") < html.find("Meta halts work"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    ArticleView => render
}

/// The whole article in one call: [`ArticleView`] rendered.
///
/// ```
/// use newsclip::render::html::render_article;
/// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
/// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
/// #     .section("Business").body("Text.").build()?;
/// let options = newsclip::RenderOptions::default();
/// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
/// let html = render_article(&prepared).into_string();
/// assert!(html.contains(r#"<h1 class="nc-headline" id="nc_headline">Meta halts work</h1>"#));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_article(prepared: &PreparedArticle<'_>) -> Markup {
    render(prepared)
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let labelled_by = o
        .html
        .parts
        .contains(&Part::Header)
        .then(|| o.id(ComponentId::Headline));
    let mut parts: Vec<Part> = Vec::with_capacity(Part::ALL.len());
    for part in &o.html.parts {
        if !parts.contains(part) {
            parts.push(*part);
        }
    }
    html! {
        article class=(o.classes.article) lang=(p.language().as_str()) aria-labelledby=[labelled_by] {
            @for part in parts {
                (part_markup(part, p))
            }
        }
    }
}

/// One part rendered.
pub(crate) fn part_markup(part: Part, p: &PreparedArticle<'_>) -> Markup {
    match part {
        Part::Header => super::header::render(p),
        Part::Tags => super::tags::render(p),
        Part::Hero => super::hero::render(p),
        Part::Toc => super::toc::render(p),
        Part::Body => super::body::render(p),
        Part::KeyFacts => super::key_facts::render(p),
        Part::Background => super::background::render(p),
        Part::QuickAnswers => answers::render_quick_answers(p),
        Part::Faq => answers::render_faq(p),
        Part::Sources => super::sources::render(p),
        Part::Related => super::related::render(p),
        Part::Comments => super::comments::render(p),
    }
}
