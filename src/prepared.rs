//! The prepared article: the validated article with its body parsed once and its answers
//! rendered once. Every renderer reads this; none parses Markdown again.

use crate::model::article::{Article, QuestionAnswer};
use crate::model::input::BodyFormat;
use crate::model::site::Site;
use crate::model::values::{AbsoluteUrl, LanguageTag};
use crate::options::{FaqMode, RenderOptions};
use crate::sanitize::{PreparedBody, SafeHtml, SourceFormat, prepare_body, render_inline_markdown};

/// An [`Article`] ready to render: body sanitized and analysed, answers rendered, site and
/// options attached.
///
/// It borrows the article, the site and the options it was prepared with; every component,
/// the head tags, the JSON-LD and the lint read those options from it, so they cannot be
/// handed a set that disagrees with the body's. Keep the three alive as long as the
/// prepared article (typically: options and site for the life of the server, the article
/// per request).
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
    body: PreparedBody,
    quick_answers: Vec<SafeHtml>,
    faq: Vec<SafeHtml>,
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
        PreparedArticle {
            article,
            site,
            options,
            body,
            quick_answers: article.quick_answers().iter().map(render).collect(),
            faq: article.faq().iter().map(render).collect(),
        }
    }

    /// The options it was prepared with, which every renderer reads.
    pub fn options(&self) -> &'a RenderOptions {
        self.options
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

    /// The language in effect: the article's, else the site's.
    pub fn language(&self) -> &'a LanguageTag {
        self.article.language().unwrap_or(self.site.language())
    }
}

/// What the head tags, the JSON-LD and the lint all read the same way.
impl<'a> PreparedArticle<'a> {
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

    /// The description used everywhere: the article's, else the body excerpt.
    pub(crate) fn description(&self) -> Option<&str> {
        self.article
            .description()
            .or_else(|| Some(self.body.excerpt()))
            .filter(|d| !d.trim().is_empty())
    }

    /// The page's primary image: the hero image, else the first body image.
    pub(crate) fn primary_image(&self) -> Option<PrimaryImage> {
        if let Some(img) = self.article.image() {
            return Some(PrimaryImage {
                url: self.site.resolve(img.url()),
                alt: img.alt().to_string(),
                width: img.width(),
                height: img.height(),
                caption: img.caption().map(str::to_string),
                credit: img.credit().map(str::to_string),
            });
        }
        let first = self.body.first_image()?;
        Some(PrimaryImage {
            url: self.site.base_url().join(&first.url)?,
            alt: first.alt.clone(),
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
    pub alt: String,
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
