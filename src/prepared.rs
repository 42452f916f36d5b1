//! The prepared article: the validated article with its body parsed once and its answers
//! rendered once. Every renderer reads this; none parses Markdown again.

use std::borrow::Cow;

use crate::model::article::{Article, QuestionAnswer};
use crate::model::input::BodyFormat;
use crate::model::site::Site;
use crate::model::values::{AbsoluteUrl, Direction, LanguageTag};
use crate::options::{ComponentId, ComponentIds, FaqMode, Labels, Locale, RenderOptions};
use crate::sanitize::{
    PreparedBody, SafeHtml, SourceFormat, TextMode, clean_text, prepare_body,
    render_inline_markdown,
};

/// An [`Article`] ready to render: body sanitized and analysed, answers rendered, site and
/// options attached.
///
/// This is the one way to prepare an article for rendering: every component
/// ([`render::html`](crate::render::html)), [`Head`](crate::render::Head), the JSON-LD, the
/// head tags and the [`lint`](crate::lint()) take a `&PreparedArticle`, and
/// [`render_parts`](Self::render_parts) gives head and article from it. The one-call
/// functions ([`render_parts`](crate::render_parts()),
/// [`render_document_to`](crate::render_document_to)) prepare one themselves.
///
/// It borrows the article, the site and the options it was prepared with; every renderer
/// reads those options from it, so none can be handed a set that disagrees with the body's.
///
/// # Per request
///
/// Keep the site and the options for the life of the server (the options in an `Arc`, or
/// cloned per request when they change per request, as a CSP nonce does) and the articles
/// wherever they live; prepare inside the handler, render, and let the prepared article
/// drop with the handler's locals: the response owns its text, not the borrow. Preparing
/// parses the body, so prepare once per response and render every part from that one.
/// To skip the parse on later requests, cache the rendered text (the output is
/// deterministic), not the prepared article. Like the other main types it is
/// `Send + Sync`.
///
/// ```
/// use std::sync::Arc;
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
///
/// struct State { site: Site, options: RenderOptions, article: Article }
///
/// fn handle(state: &State, nonce: &str) -> String {
///     let mut options = state.options.clone();
///     options.csp_nonce = Some(nonce.into());
///     let prepared = PreparedArticle::new(&state.article, &state.site, &options);
///     let parts = prepared.render_parts();
///     maud::html! { head { (parts.head) } body { (parts.article) } }.into_string()
/// }
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("Text.")
///     .build()?;
/// let state = Arc::new(State { site, options: RenderOptions::default(), article });
/// let worker = std::thread::spawn({
///     let state = Arc::clone(&state);
///     move || handle(&state, "abc")
/// });
/// assert!(worker.join().unwrap().contains(r#"<script type="application/ld+json" nonce="abc">"#));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
///
/// Preparing and reading:
///
/// ```
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("## First\n\nSome words here.")
///     .faq("Why?", "Because *it matters*.")
///     .build()?;
/// let options = RenderOptions::default();
/// let prepared = PreparedArticle::new(&article, &site, &options);
/// assert_eq!(prepared.body().outline()[0].id, "first");
/// assert_eq!(prepared.language().as_str(), "en");
/// assert_eq!(prepared.faq_answer_html()[0].as_str(), "Because <em>it matters</em>.");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone)]
pub struct PreparedArticle<'a> {
    article: &'a Article,
    site: &'a Site,
    options: &'a RenderOptions,
    /// The page's component ids, built once.
    component_ids: ComponentIds,
    labels: &'a Labels,
    /// CLDR's date and number formatters for the page's text language, built once, when
    /// first used.
    #[cfg(feature = "locale-formats")]
    cldr: crate::render::html::date::cldr::Formatters,
    body: PreparedBody,
    description: Option<Cow<'a, str>>,
    quick_answers: Vec<SafeHtml>,
    faq: Vec<SafeHtml>,
    corrections: Vec<SafeHtml>,
}

impl<'a> PreparedArticle<'a> {
    /// Parses the body once and renders the answers' inline Markdown, with `options`.
    pub fn new(article: &'a Article, site: &'a Site, options: &'a RenderOptions) -> Self {
        // The sanitizer takes plain values: the model's types stay on this side.
        let format = match article.body().format() {
            BodyFormat::Markdown => SourceFormat::Markdown,
            BodyFormat::Html => SourceFormat::Html,
        };
        let base = site.base_url().as_url();
        let body = prepare_body(article.body().source(), format, base, options);
        let render = |qa: &QuestionAnswer| render_inline_markdown(qa.answer(), base, options);
        let component_ids = options.ids.resolve();
        // Text taken from the body passes the one text cleaner here, as the input's text
        // fields did at validation.
        let description = match article.description() {
            Some(d) => Some(Cow::Borrowed(d)),
            None => Some(Cow::Owned(clean_text(body.excerpt(), TextMode::Plain))),
        }
        .filter(|d| !d.is_empty());
        let language = article.language().unwrap_or(site.language());
        let labels = match &options.html.labels {
            Some(labels) => labels,
            None => Locale::from_language(language).unwrap_or_default().labels(),
        };
        PreparedArticle {
            article,
            site,
            options,
            component_ids,
            description,
            labels,
            #[cfg(feature = "locale-formats")]
            cldr: crate::render::html::date::cldr::Formatters::new(text_language(
                article.language().unwrap_or(site.language()),
                labels,
            )),
            body,
            quick_answers: article.quick_answers().iter().map(render).collect(),
            faq: article.faq().iter().map(render).collect(),
            corrections: article
                .corrections()
                .iter()
                .map(|c| render_inline_markdown(c.text(), base, options))
                .collect(),
        }
    }

    /// The options it was prepared with, which every renderer reads.
    pub fn options(&self) -> &'a RenderOptions {
        self.options
    }

    /// The id a component of this page writes.
    pub(crate) fn id(&self, component: ComponentId) -> &str {
        self.component_ids.get(component)
    }

    /// The article.
    pub fn article(&self) -> &'a Article {
        self.article
    }

    /// The site.
    pub fn site(&self) -> &'a Site {
        self.site
    }

    /// The prepared body.
    pub fn body(&self) -> &PreparedBody {
        &self.body
    }

    /// Rendered answers of the quick answers, index-aligned with
    /// [`Article::quick_answers`].
    pub fn quick_answer_html(&self) -> &[SafeHtml] {
        &self.quick_answers
    }

    /// Rendered answers of the FAQ, index-aligned with [`Article::faq`].
    pub fn faq_answer_html(&self) -> &[SafeHtml] {
        &self.faq
    }

    /// Rendered texts of the corrections, index-aligned with [`Article::corrections`].
    pub fn correction_html(&self) -> &[SafeHtml] {
        &self.corrections
    }

    /// The language in effect: the article's, else the site's.
    pub fn language(&self) -> &'a LanguageTag {
        self.article.language().unwrap_or(self.site.language())
    }

    /// The labels in effect: the options' own, else the built-in labels of
    /// [`language`](Self::language) (English when it has none).
    ///
    /// ```
    /// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
    ///
    /// let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Titre", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Économie").body("Texte.").language("fr-CA").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// assert_eq!(prepared.labels().comments, "Commentaires");
    /// assert_eq!(prepared.text_language().as_str(), "fr-CA");
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn labels(&self) -> &'a Labels {
        self.labels
    }

    /// The language the page's own words, dates and counts are in, whose CLDR rules pick
    /// the plural forms: the article's tag when the labels are in its language (so `en-GB`
    /// gets British dates and `ar-EG` Arabic-Indic digits), else the labels' language.
    pub fn text_language(&self) -> &'a LanguageTag {
        text_language(self.language(), self.labels)
    }

    /// The page's CLDR formatters (for [`text_language`](Self::text_language)).
    #[cfg(feature = "locale-formats")]
    pub(crate) fn cldr(&self) -> &crate::render::html::date::cldr::Formatters {
        &self.cldr
    }

    /// The direction of the page and the article: the options' own, else that of
    /// [`language`](Self::language).
    ///
    /// ```
    /// use newsclip::options::Direction;
    /// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
    ///
    /// let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("عنوان", "https://newsclip.example/a", "2026-04-04")
    ///     .section("اقتصاد").body("نص.").language("ar").build()?;
    /// let mut options = RenderOptions::default();
    /// assert_eq!(PreparedArticle::new(&article, &site, &options).direction(), Direction::Rtl);
    /// options.html.direction = Some(Direction::Ltr);
    /// assert_eq!(PreparedArticle::new(&article, &site, &options).direction(), Direction::Ltr);
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn direction(&self) -> Direction {
        self.options
            .html
            .direction
            .unwrap_or_else(|| self.language().direction())
    }
}

/// [`PreparedArticle::text_language`]: `language` when the labels are in it, else the
/// labels' language.
fn text_language<'a>(language: &'a LanguageTag, labels: &'a Labels) -> &'a LanguageTag {
    if language
        .primary()
        .eq_ignore_ascii_case(labels.language.primary())
    {
        language
    } else {
        &labels.language
    }
}

// The main types stay `Send + Sync`, as the crate docs say: this stops compiling if one
// stops being so (a `Rc` or `Cell` in a field, a callback without the bounds).
const _: () = {
    use crate::render::html as c;
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Article>();
    send_sync::<Site>();
    send_sync::<crate::Envelope>();
    send_sync::<RenderOptions>();
    send_sync::<PreparedArticle<'static>>();
    send_sync::<crate::DateTime>();
    send_sync::<crate::ValidationError>();
    send_sync::<crate::InputError>();
    send_sync::<crate::render::Head<'static>>();
    send_sync::<crate::render::RenderedArticle>();
    send_sync::<crate::render::jsonld::JsonLd>();
    send_sync::<crate::render::meta::HeadMeta>();
    send_sync::<crate::lint::Diagnostic>();
    send_sync::<c::ArticleView<'static>>();
    send_sync::<c::PartView<'static>>();
    send_sync::<c::Page<'static>>();
    send_sync::<c::Header<'static>>();
    send_sync::<c::Tags<'static>>();
    send_sync::<c::Hero<'static>>();
    send_sync::<c::TableOfContents<'static>>();
    send_sync::<c::ArticleBody<'static>>();
    send_sync::<c::KeyFacts<'static>>();
    send_sync::<c::Background<'static>>();
    send_sync::<c::QuickAnswers<'static>>();
    send_sync::<c::Faq<'static>>();
    send_sync::<c::Sources<'static>>();
    send_sync::<c::Related<'static>>();
    send_sync::<c::Comments<'static>>();
    send_sync::<c::Corrections<'static>>();
};

/// What the head tags, the JSON-LD and the lint all read the same way.
impl<'a> PreparedArticle<'a> {
    /// About how long a whole page of this article is, to size its buffer once: the body's
    /// HTML, the answers twice (in the page and in the JSON-LD), the stylesheet and room for
    /// the rest.
    pub(crate) fn page_size_estimate(&self) -> usize {
        let answers: usize = self
            .quick_answers
            .iter()
            .chain(&self.faq)
            .map(|a| a.as_str().len())
            .sum();
        let texts: usize = self
            .article
            .quick_answers()
            .iter()
            .chain(self.article.faq())
            .map(|qa| qa.question().len() * 2)
            .chain(
                self.article
                    .key_facts()
                    .iter()
                    .map(|k| k.label().len() + k.value().len()),
            )
            .sum();
        self.body.html().as_str().len()
            + 2 * answers
            + texts
            + crate::render::html::STYLESHEET.len()
            + 12 * 1024
    }

    /// The questions [`RenderOptions::faq`] puts in the `FAQPage`, in order: the one place
    /// that decides it, for the graph and for the lint.
    pub(crate) fn faq_entries(&self) -> Vec<FaqEntry<'_>> {
        let quick = FaqEntry::list(
            "quick_answers",
            self.article.quick_answers(),
            &self.quick_answers,
        );
        let faq = FaqEntry::list("faq", self.article.faq(), &self.faq);
        match self.options.faq {
            FaqMode::Off => Vec::new(),
            FaqMode::FaqOnly => faq.collect(),
            FaqMode::Merged => quick.chain(faq).collect(),
        }
    }

    /// The description used everywhere (head tags, JSON-LD, lint): the article's, else the
    /// body excerpt; `None` when nothing visible is left. Made once, when the article is
    /// prepared.
    pub(crate) fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The page's primary image: the hero image, else the first body image.
    pub(crate) fn primary_image(&self) -> Option<PrimaryImage> {
        if let Some(img) = self.article.image() {
            return Some(PrimaryImage {
                url: self.site.resolve(img.url()),
                alt: Some(img.alt().to_string()),
                width: img.width(),
                height: img.height(),
                caption: img.caption().map(str::to_string),
                credit: img.credit().map(str::to_string),
            });
        }
        let first = self.body.first_image()?;
        Some(PrimaryImage {
            url: self.site.base_url().join(&first.url)?,
            // Body alt text is the author's raw text: clean it like any text field.
            alt: Some(clean_text(&first.alt, TextMode::Plain)).filter(|a| !a.is_empty()),
            width: None,
            height: None,
            caption: None,
            credit: None,
        })
    }
}

/// The page's primary image ([`PreparedArticle::primary_image`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PrimaryImage {
    pub url: AbsoluteUrl,
    /// Cleaned alt text; `None` when the image has none (a body image may not).
    pub alt: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// One question of the `FAQPage`: where it sits in the article and its rendered answer.
pub(crate) struct FaqEntry<'p> {
    /// `"quick_answers"` or `"faq"`: the input list it comes from.
    pub(crate) list: &'static str,
    /// Its index in that list.
    pub(crate) index: usize,
    pub(crate) qa: &'p QuestionAnswer,
    pub(crate) answer: &'p SafeHtml,
}

impl<'p> FaqEntry<'p> {
    /// The entries of one input list, with their index-aligned answers.
    fn list(
        list: &'static str,
        qas: &'p [QuestionAnswer],
        answers: &'p [SafeHtml],
    ) -> impl Iterator<Item = FaqEntry<'p>> {
        qas.iter()
            .zip(answers)
            .enumerate()
            .map(move |(index, (qa, answer))| FaqEntry {
                list,
                index,
                qa,
                answer,
            })
    }
}
