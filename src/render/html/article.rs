//! The whole `<article>`, and the parts a layout places elsewhere.

use maud::{Markup, Render};

use crate::PreparedArticle;
use crate::options::{ComponentId, Part};
use crate::render::html::{answers, open_tag};

/// The whole article: an `<article>` (with the article's `lang`, labelled by the headline
/// when the header is in it) holding
/// [`HtmlOptions::parts`](crate::options::HtmlOptions::parts) in order. A part listed twice
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
///
/// # Parts placed elsewhere
///
/// A layout that shows some parts outside the article (key facts in a sidebar, the
/// comments below a banner) takes them out with [`split_off`](Self::split_off): what it
/// gets to place is exactly what the article leaves out, so no part, and no id, is on the
/// page twice.
#[derive(Debug, Clone, Copy)]
pub struct ArticleView<'r> {
    prepared: &'r PreparedArticle<'r>,
    /// The parts placed elsewhere, which the article leaves out.
    elsewhere: PartSet,
}

impl<'r> ArticleView<'r> {
    /// The article with every part of
    /// [`HtmlOptions::parts`](crate::options::HtmlOptions::parts).
    pub fn new(prepared: &'r PreparedArticle<'r>) -> Self {
        ArticleView {
            prepared,
            elsewhere: PartSet::default(),
        }
    }

    /// Takes `parts` out of the article, to place elsewhere on the page: returns the article
    /// without them and one [`PartView`] for each, in the order asked. A `PartView` renders
    /// its part whether or not `HtmlOptions::parts` lists it (so the table of contents, off by
    /// default, can go to a sidebar too). A part asked for twice, or already split off,
    /// renders only in its first `PartView`; the others render nothing.
    ///
    /// ```
    /// use newsclip::options::Part;
    /// use newsclip::render::html::ArticleView;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("## Background\n\nText.").key_fact("Incident", "A breach.").build()?;
    /// let options = newsclip::RenderOptions::default();
    /// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    ///
    /// let (article, [key_facts, toc]) =
    ///     ArticleView::new(&prepared).split_off([Part::KeyFacts, Part::Toc]);
    /// let page = maud::html! {
    ///     main { (article) }
    ///     aside { (toc) (key_facts) }
    /// }
    /// .into_string();
    /// assert_eq!(page.matches(r#"id="nc_key-facts-title""#).count(), 1);
    /// assert!(page.find("<aside>") < page.find(r#"<section class="nc-key-facts""#));
    /// assert!(page.contains(r##"<a href="#background">Background</a>"##));
    /// assert_eq!(key_facts.part(), Some(Part::KeyFacts));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn split_off<const N: usize>(mut self, parts: [Part; N]) -> (Self, [PartView<'r>; N]) {
        let views = parts.map(|part| {
            let first = !self.elsewhere.contains(part);
            self.elsewhere.insert(part);
            PartView {
                prepared: self.prepared,
                part: first.then_some(part),
            }
        });
        (self, views)
    }
}

impl Render for ArticleView<'_> {
    fn render_to(&self, buffer: &mut String) {
        render_to(self.prepared, self.elsewhere, buffer);
    }
}

/// A part of the article placed outside it, from [`ArticleView::split_off`]. It renders
/// what the component of that part renders ([`KeyFacts`](super::KeyFacts) for
/// [`Part::KeyFacts`] …), or nothing when its part was taken out twice.
#[derive(Debug, Clone, Copy)]
pub struct PartView<'r> {
    prepared: &'r PreparedArticle<'r>,
    part: Option<Part>,
}

impl PartView<'_> {
    /// The part it renders; `None` when that part was split off before.
    pub fn part(&self) -> Option<Part> {
        self.part
    }
}

impl Render for PartView<'_> {
    fn render_to(&self, buffer: &mut String) {
        if let Some(part) = self.part {
            part_to(part, self.prepared, buffer);
        }
    }
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

// Every part has a bit.
const _: () = assert!(Part::ALL.len() <= 32);

/// A set of parts: one bit per position in [`Part::ALL`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PartSet(u32);

impl PartSet {
    fn bit(part: Part) -> u32 {
        Part::ALL
            .iter()
            .position(|p| *p == part)
            .map_or(0, |i| 1 << i)
    }

    pub(crate) fn contains(self, part: Part) -> bool {
        self.0 & Self::bit(part) != 0
    }

    pub(crate) fn insert(&mut self, part: Part) {
        self.0 |= Self::bit(part);
    }
}

/// The `<article>` and its parts but those placed `elsewhere`, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, elsewhere: PartSet, buffer: &mut String) {
    let o = p.options();
    let labelled_by = (o.html.parts.contains(&Part::Header) && !elsewhere.contains(Part::Header))
        .then(|| p.id(ComponentId::Headline));
    open_tag(
        buffer,
        "article",
        &[
            ("class", Some(&o.classes.article)),
            ("lang", Some(p.language().as_str())),
            ("dir", Some(p.direction().as_str())),
            ("aria-labelledby", labelled_by),
        ],
    );
    // Parts placed elsewhere count as written, so they are left out like repeats.
    let mut written = elsewhere;
    for part in &o.html.parts {
        if !written.contains(*part) {
            written.insert(*part);
            part_to(*part, p, buffer);
        }
    }
    buffer.push_str("</article>");
}

/// One part, written into `buffer`.
pub(crate) fn part_to(part: Part, p: &PreparedArticle<'_>, buffer: &mut String) {
    let render_to = match part {
        Part::Body => super::body::render_to,
        Part::Header => super::header::render_to,
        Part::Tags => super::tags::render_to,
        Part::Hero => super::hero::render_to,
        Part::Toc => super::toc::render_to,
        Part::Corrections => super::corrections::render_to,
        Part::KeyFacts => super::key_facts::render_to,
        Part::Background => super::background::render_to,
        Part::QuickAnswers => answers::quick_answers_to,
        Part::Faq => answers::faq_to,
        Part::Sources => super::sources::render_to,
        Part::Related => super::related::render_to,
        Part::Comments => super::comments::render_to,
    };
    render_to(p, buffer);
}
