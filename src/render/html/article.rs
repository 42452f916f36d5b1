//! The whole `<article>`.

use maud::{Markup, Render};

use crate::PreparedArticle;
use crate::options::{ComponentId, Part};
use crate::render::html::{answers, component, open_tag};

component! {
    /// The whole article: an `<article>` (with the article's `lang` and `dir`, labelled by
    /// the headline when the header is shown) holding [`HtmlOptions::parts`](crate::options::HtmlOptions::parts) in order. A part listed twice
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
    /// assert!(html.starts_with(r#"<article class="nc-article" lang="en" dir="ltr" aria-labelledby="nc_headline">"#));
    /// assert!(html.find("Context.") < html.find("Meta halts work"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    ArticleView => write render_to
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
    ArticleView::new(prepared).render()
}

/// The `<article>` and its parts, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let labelled_by = o
        .html
        .parts
        .contains(&Part::Header)
        .then(|| o.id(ComponentId::Headline));
    open_tag(
        buffer,
        "article",
        &[
            ("class", Some(&o.classes.article)),
            ("lang", Some(p.language().as_str())),
            ("dir", Some(p.direction().as_str())),
            ("aria-labelledby", labelled_by.as_deref()),
        ],
    );
    let mut written: Vec<Part> = Vec::with_capacity(Part::ALL.len());
    for part in &o.html.parts {
        if !written.contains(part) {
            written.push(*part);
            part_to(*part, p, buffer);
        }
    }
    buffer.push_str("</article>");
}

/// One part, written into `buffer`.
pub(crate) fn part_to(part: Part, p: &PreparedArticle<'_>, buffer: &mut String) {
    let markup = match part {
        Part::Body => return super::body::render_to(p, buffer),
        Part::Header => super::header::render(p),
        Part::Tags => super::tags::render(p),
        Part::Hero => super::hero::render(p),
        Part::Toc => super::toc::render(p),
        Part::KeyFacts => super::key_facts::render(p),
        Part::Background => super::background::render(p),
        Part::QuickAnswers => answers::render_quick_answers(p),
        Part::Faq => answers::render_faq(p),
        Part::Sources => super::sources::render(p),
        Part::Related => super::related::render(p),
        Part::Comments => super::comments::render(p),
    };
    buffer.push_str(&markup.0);
}
