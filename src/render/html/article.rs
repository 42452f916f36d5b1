//! The whole `<article>`.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::render::html::{HtmlOptions, Part, answers, component};

component! {
    /// The whole article: an `<article>` (with the article's `lang`, labelled by the headline
    /// when the header is shown) holding [`HtmlOptions::parts`] in order. A part listed twice
    /// renders once.
    ///
    /// ```
    /// use newsclip::render::html::{ArticleView, HtmlOptions, Part};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").background("Context.").build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let mut opts = HtmlOptions::default();
    /// opts.parts = vec![Part::Background, Part::Header];
    /// let html = maud::html! { (ArticleView::new(&prepared, &opts)) }.into_string();
    /// assert!(html.starts_with(r#"<article class="nc-article" lang="en" aria-labelledby="nc_headline">"#));
    /// assert!(html.find("Context.") < html.find("Meta halts work"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    ArticleView => render
}

/// The whole article in one call: [`ArticleView`] rendered.
///
/// ```
/// use newsclip::render::html::{HtmlOptions, render_article};
/// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
/// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
/// #     .section("Business").body("Text.").build()?;
/// let opts = HtmlOptions::default();
/// let prepared = newsclip::PreparedArticle::new(&article, &site, &opts.body_options());
/// let html = render_article(&prepared, &opts).into_string();
/// assert!(html.contains(r#"<h1 class="nc-headline" id="nc_headline">Meta halts work</h1>"#));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
pub fn render_article(prepared: &PreparedArticle<'_>, opts: &HtmlOptions) -> Markup {
    render(prepared, opts)
}

pub(crate) fn render(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let labelled_by = o.parts.contains(&Part::Header).then(|| o.id("headline"));
    let mut parts: Vec<Part> = Vec::with_capacity(Part::ALL.len());
    for part in &o.parts {
        if !parts.contains(part) {
            parts.push(*part);
        }
    }
    html! {
        article class=(o.classes.article) lang=(p.language().as_str()) aria-labelledby=[labelled_by] {
            @for part in parts {
                (part_markup(part, p, o))
            }
        }
    }
}

/// One part rendered.
pub(crate) fn part_markup(part: Part, p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    match part {
        Part::Header => super::header::render(p, o),
        Part::Tags => super::tags::render(p, o),
        Part::Hero => super::hero::render(p, o),
        Part::Toc => super::toc::render(p, o),
        Part::Body => super::body::render(p, o),
        Part::KeyFacts => super::key_facts::render(p, o),
        Part::Background => super::background::render(p, o),
        Part::QuickAnswers => answers::render_quick_answers(p, o),
        Part::Faq => answers::render_faq(p, o),
        Part::Sources => super::sources::render(p, o),
        Part::Related => super::related::render(p, o),
        Part::Comments => super::comments::render(p, o),
    }
}
