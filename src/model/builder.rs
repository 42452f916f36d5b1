//! Building an article in code. The builder fills an [`ArticleInput`] and ends in the same
//! validation as deserialization: one way in.

use crate::error::ValidationError;
use crate::model::article::Article;
use crate::model::input::{
    ArticleInput, AuthorInput, BodyFormat, CorrectionInput, ImageInput, KeyFactInput,
    QuestionAnswerInput, RelatedInput, SourceInput,
};
use crate::model::validate::ValidateOptions;

/// Builds an [`Article`] in code; [`build`](Self::build) validates everything at once.
///
/// ```
/// use newsclip::Article;
///
/// let article = Article::builder(
///     "Data Breach Forces Meta to Halt Collaboration with Mercor",
///     "https://newsclip.example/business/meta-mercor",
///     "2026-04-04",
/// )
/// .section("Business")
/// .tags(["#Meta", "#Databreach"])
/// .views(4)
/// .comments(0)
/// .body("## Background on the Breach\n\nMeta has confirmed …")
/// .faq("What type of data was breached?", "Data linked to an AI API tool.")
/// .build()?;
/// assert_eq!(article.slug(), "data-breach-forces-meta-to-halt-collaboration-with-mercor");
/// assert_eq!(article.tags()[1].to_string(), "#Databreach");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "call .build() to get the article"]
pub struct ArticleBuilder {
    input: ArticleInput,
    options: ValidateOptions,
}

impl Article {
    /// Starts an article with its three essentials: headline, canonical URL and publication
    /// date (see [`DateTime`](crate::DateTime) for accepted forms).
    pub fn builder(
        headline: impl Into<String>,
        canonical_url: impl Into<String>,
        published: impl Into<String>,
    ) -> ArticleBuilder {
        ArticleBuilder {
            input: ArticleInput {
                headline: headline.into(),
                canonical_url: canonical_url.into(),
                published: published.into(),
                ..ArticleInput::default()
            },
            options: ValidateOptions::default(),
        }
    }
}

impl ArticleBuilder {
    /// Starts from an existing input (e.g. deserialized, then adjusted in code).
    pub fn from_input(input: ArticleInput) -> Self {
        ArticleBuilder {
            input,
            options: ValidateOptions::default(),
        }
    }

    /// Validation options (limits, CMS text mode).
    pub fn options(mut self, options: ValidateOptions) -> Self {
        self.options = options;
        self
    }

    /// The dek under the headline.
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.input.description = Some(text.into());
        self
    }

    /// The section name ("Business").
    pub fn section(mut self, name: impl Into<String>) -> Self {
        self.input.section.name = name.into();
        self
    }

    /// The section's page.
    pub fn section_url(mut self, url: impl Into<String>) -> Self {
        self.input.section.url = Some(url.into());
        self
    }

    /// An explicit slug instead of the one derived from the headline.
    pub fn slug(mut self, slug: impl Into<String>) -> Self {
        self.input.slug = Some(slug.into());
        self
    }

    /// The last-modified date.
    pub fn modified(mut self, when: impl Into<String>) -> Self {
        self.input.modified = Some(when.into());
        self
    }

    /// Adds a person as author.
    pub fn author(mut self, name: impl Into<String>) -> Self {
        self.input.authors.push(AuthorInput {
            name: name.into(),
            ..AuthorInput::default()
        });
        self
    }

    /// Adds an author with every detail: profile URL, `same_as` profiles, job title, image,
    /// organization.
    ///
    /// ```
    /// use newsclip::{Article, AuthorInput};
    ///
    /// let article = Article::builder("Headline", "https://n.example/a", "2026-04-04")
    ///     .section("Business")
    ///     .body("Text.")
    ///     .author_with(AuthorInput {
    ///         name: "Eva de Vries".into(),
    ///         url: Some("/authors/eva-de-vries".into()),
    ///         same_as: vec!["https://social.example/@eva".into()],
    ///         job_title: Some("Ports correspondent".into()),
    ///         ..AuthorInput::default()
    ///     })
    ///     .build()?;
    /// assert_eq!(article.authors()[0].job_title(), Some("Ports correspondent"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn author_with(mut self, author: AuthorInput) -> Self {
        self.input.authors.push(author);
        self
    }

    /// Adds a correction: its date (between `published` and `modified`) and what was
    /// corrected (inline Markdown).
    pub fn correction(mut self, date: impl Into<String>, text: impl Into<String>) -> Self {
        self.input.corrections.push(CorrectionInput {
            date: date.into(),
            text: text.into(),
        });
        self
    }

    /// The dateline shown before the body's first paragraph ("BRUSSELS"; the page adds the
    /// dash).
    pub fn dateline(mut self, place: impl Into<String>) -> Self {
        self.input.dateline = Some(place.into());
        self
    }

    /// Marks the article as not free to read; the body's part after its `[paywall]` marker
    /// paragraph is the paywalled part.
    ///
    /// ```
    /// let article = newsclip::Article::builder("Headline", "https://n.example/a", "2026-04-04")
    ///     .section("Business")
    ///     .body("Free lead.\n\n[paywall]\n\nFor subscribers.")
    ///     .paywalled()
    ///     .build()?;
    /// assert!(article.is_paywalled());
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn paywalled(mut self) -> Self {
        self.input.paywalled = true;
        self
    }

    /// The publishing principles this article follows, when they are not the publisher's.
    pub fn publishing_principles(mut self, url: impl Into<String>) -> Self {
        self.input.publishing_principles = Some(url.into());
        self
    }

    /// Adds one tag ("#Meta" or "Meta").
    pub fn tag(mut self, tag: impl Into<String>) -> Self {
        self.input.tags.push(tag.into());
        self
    }

    /// Adds several tags.
    pub fn tags<I: IntoIterator<Item = S>, S: Into<String>>(mut self, tags: I) -> Self {
        self.input.tags.extend(tags.into_iter().map(Into::into));
        self
    }

    /// The view count to show.
    pub fn views(mut self, n: u64) -> Self {
        self.input.views = Some(n);
        self
    }

    /// The comment count to show.
    pub fn comments(mut self, n: u64) -> Self {
        self.input.comments = Some(n);
        self
    }

    /// The hero image.
    pub fn image(mut self, image: ImageInput) -> Self {
        self.input.image = Some(image);
        self
    }

    /// A Markdown body.
    pub fn body(mut self, markdown: impl Into<String>) -> Self {
        self.input.body = markdown.into();
        self.input.body_format = BodyFormat::Markdown;
        self
    }

    /// An HTML body (from a CMS); it will be sanitized.
    pub fn html_body(mut self, html: impl Into<String>) -> Self {
        self.input.body = html.into();
        self.input.body_format = BodyFormat::Html;
        self
    }

    /// Adds a key fact.
    pub fn key_fact(mut self, label: impl Into<String>, value: impl Into<String>) -> Self {
        self.input.key_facts.push(KeyFactInput {
            label: label.into(),
            value: value.into(),
        });
        self
    }

    /// The background paragraph.
    pub fn background(mut self, text: impl Into<String>) -> Self {
        self.input.background = Some(text.into());
        self
    }

    /// Adds a quick answer (the answer may use inline Markdown).
    pub fn quick_answer(mut self, question: impl Into<String>, answer: impl Into<String>) -> Self {
        self.input.quick_answers.push(QuestionAnswerInput {
            question: question.into(),
            answer: answer.into(),
        });
        self
    }

    /// Adds an FAQ entry (the answer may use inline Markdown).
    pub fn faq(mut self, question: impl Into<String>, answer: impl Into<String>) -> Self {
        self.input.faq.push(QuestionAnswerInput {
            question: question.into(),
            answer: answer.into(),
        });
        self
    }

    /// Adds a source reference by URL.
    pub fn source(mut self, url: impl Into<String>) -> Self {
        self.input.sources.push(SourceInput {
            url: url.into(),
            ..SourceInput::default()
        });
        self
    }

    /// Adds a source reference with title and publisher.
    pub fn source_with(mut self, source: SourceInput) -> Self {
        self.input.sources.push(source);
        self
    }

    /// Adds a related article.
    pub fn related(mut self, related: RelatedInput) -> Self {
        self.input.related.push(related);
        self
    }

    /// The article's language (BCP 47).
    pub fn language(mut self, tag: impl Into<String>) -> Self {
        self.input.language = Some(tag.into());
        self
    }

    /// The input built so far.
    pub fn input(&self) -> &ArticleInput {
        &self.input
    }

    /// Validates and returns the article.
    ///
    /// # Errors
    ///
    /// Every problem found, each with its field path.
    pub fn build(self) -> Result<Article, ValidationError> {
        self.input.into_article(&self.options)
    }
}
