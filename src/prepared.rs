//! The prepared article: the validated article with its body parsed once and its answers
//! rendered once. Every renderer reads this; none parses Markdown again.

use crate::model::article::Article;
use crate::model::site::Site;
use crate::model::values::{AbsoluteUrl, LanguageTag};
use crate::sanitize::{
    BodyOptions, PreparedBody, SafeHtml, TextMode, clean_text, prepare_body, render_inline_markdown,
};

/// An [`Article`] ready to render: body sanitized and analysed, answers rendered, site
/// attached.
///
/// ```
/// use newsclip::{Article, PreparedArticle, Site};
/// use newsclip::sanitize::BodyOptions;
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("## First\n\nSome words here.")
///     .faq("Why?", "Because *it matters*.")
///     .build()?;
/// let prepared = PreparedArticle::new(&article, &site, &BodyOptions::default());
/// assert_eq!(prepared.body().outline()[0].id, "first");
/// assert_eq!(prepared.language().as_str(), "en");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone)]
pub struct PreparedArticle<'a> {
    article: &'a Article,
    site: &'a Site,
    body: PreparedBody,
    quick_answers: Vec<SafeHtml>,
    faq: Vec<SafeHtml>,
}

impl<'a> PreparedArticle<'a> {
    /// Parses the body once and renders the answers' inline Markdown.
    pub fn new(article: &'a Article, site: &'a Site, options: &BodyOptions) -> Self {
        let body = prepare_body(article.body(), site, options);
        let render =
            |qa: &crate::QuestionAnswer| render_inline_markdown(qa.answer(), site, options);
        PreparedArticle {
            article,
            site,
            body,
            quick_answers: article.quick_answers().iter().map(render).collect(),
            faq: article.faq().iter().map(render).collect(),
        }
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

/// What the head tags, the JSON-LD and the lint all read the same way. Text taken from the
/// body passes the one text cleaner here, as the input's text fields did at validation.
impl PreparedArticle<'_> {
    /// The description used everywhere: the article's, else the body excerpt; `None` when
    /// nothing visible is left.
    pub(crate) fn description(&self) -> Option<String> {
        let text = match self.article.description() {
            Some(d) => d.to_string(),
            None => clean_text(self.body.excerpt(), TextMode::Plain),
        };
        (!text.is_empty()).then_some(text)
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
