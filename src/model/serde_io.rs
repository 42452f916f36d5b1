//! Back out and in through serde: `Article` serializes to the input shape, deserializes
//! through validation, and reads JSON with field paths in its errors.

use crate::error::{InputError, Problem, ProblemKind, ValidationError};
use crate::model::article::{Article, Author, Image, QuestionAnswer};
use crate::model::input::{
    ArticleInput, AuthorInput, CorrectionInput, ImageInput, KeyFactInput, QuestionAnswerInput,
    RelatedInput, SectionInput, SourceInput,
};
use crate::model::validate::ValidateOptions;

fn image_input(i: &Image) -> ImageInput {
    ImageInput {
        url: i.url.to_string(),
        alt: i.alt.clone(),
        width: i.width,
        height: i.height,
        caption: i.caption.clone(),
        credit: i.credit.clone(),
    }
}

impl From<&Article> for ArticleInput {
    fn from(a: &Article) -> Self {
        ArticleInput {
            headline: a.headline.clone(),
            description: a.description.clone(),
            section: SectionInput {
                name: a.section.name.clone(),
                url: a.section.url.as_ref().map(ToString::to_string),
            },
            slug: Some(a.slug.clone()),
            canonical_url: a.canonical_url.to_string(),
            published: a.published.to_string(),
            modified: a.modified.as_ref().map(ToString::to_string),
            corrections: a
                .corrections
                .iter()
                .map(|x| CorrectionInput {
                    date: x.date.to_string(),
                    text: x.text.clone(),
                })
                .collect(),
            authors: a.authors.iter().map(author_input).collect(),
            tags: a.tags.iter().map(|t| t.name.clone()).collect(),
            views: a.views,
            comments: a.comments,
            image: a.image.as_ref().map(image_input),
            dateline: a.dateline.clone(),
            body: a.body.source.clone(),
            body_format: a.body.format,
            paywalled: a.paywalled,
            key_facts: a
                .key_facts
                .iter()
                .map(|k| KeyFactInput {
                    label: k.label.clone(),
                    value: k.value.clone(),
                })
                .collect(),
            background: a.background.clone(),
            quick_answers: a.quick_answers.iter().map(qa_input).collect(),
            faq: a.faq.iter().map(qa_input).collect(),
            sources: a
                .sources
                .iter()
                .map(|s| SourceInput {
                    url: s.url.to_string(),
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                })
                .collect(),
            related: a
                .related
                .iter()
                .map(|r| RelatedInput {
                    headline: r.headline.clone(),
                    url: r.url.to_string(),
                    published: r.published.as_ref().map(ToString::to_string),
                    image: r.image.as_ref().map(image_input),
                })
                .collect(),
            publishing_principles: a.publishing_principles.as_ref().map(ToString::to_string),
            language: a.language.as_ref().map(ToString::to_string),
            shape_problems: Vec::new(),
        }
    }
}

fn author_input(x: &Author) -> AuthorInput {
    AuthorInput {
        name: x.name.clone(),
        kind: x.kind,
        url: x.url.as_ref().map(ToString::to_string),
        same_as: x.same_as.iter().map(ToString::to_string).collect(),
        job_title: x.job_title.clone(),
        image: x.image.as_ref().map(ToString::to_string),
        organization: x.organization.clone(),
    }
}

fn qa_input(q: &QuestionAnswer) -> QuestionAnswerInput {
    QuestionAnswerInput {
        question: q.question.clone(),
        answer: q.answer.clone(),
    }
}

impl TryFrom<ArticleInput> for Article {
    type Error = ValidationError;
    /// Validates with [`ValidateOptions::default`]; the body moves, it is not copied.
    fn try_from(input: ArticleInput) -> Result<Self, Self::Error> {
        input.into_article(&ValidateOptions::default())
    }
}

impl serde::Serialize for Article {
    /// Serializes to the [`ArticleInput`] shape.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ArticleInput::from(self).serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Article {
    /// Deserializes the [`ArticleInput`] shape and validates it with default options; the
    /// error message lists every problem.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let input = ArticleInput::deserialize(d)?;
        Article::try_from(input).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Article {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        ArticleInput::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ArticleInput::json_schema(generator)
    }
}

/// Reads `json` as `T` for `from_json`: refused unread when over the input budget
/// ([`Limits::max_json_bytes`](crate::Limits::max_json_bytes)); a syntax error stops it with
/// the path where it stopped; every other problem is left to validation.
pub(crate) fn from_json_input<T: serde::de::DeserializeOwned>(
    json: &str,
    opts: &ValidateOptions,
) -> Result<T, InputError> {
    let budget = opts.limits.max_json_bytes();
    if json.len() > budget {
        return Err(ValidationError::new(vec![Problem::new(
            ".",
            ProblemKind::TooLarge {
                max: budget,
                actual: json.len(),
            },
        )])
        .into());
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(InputError::from_json_path)?;
    de.end().map_err(|e| InputError::Syntax {
        path: ".".into(),
        message: "trailing characters after the JSON value".into(),
        line: e.line(),
        column: e.column(),
    })?;
    Ok(value)
}

impl Article {
    /// Parses article JSON (the [`ArticleInput`] shape) and validates it.
    ///
    /// # Errors
    ///
    /// [`InputError::Syntax`] with the line, column and field path for text that is not
    /// JSON; otherwise [`InputError::Invalid`] with every problem at once: missing required
    /// fields, wrong types, unknown fields and invalid values, each with its path.
    ///
    /// ```
    /// use newsclip::{Article, ProblemKind};
    ///
    /// let err = Article::from_json(r#"{"headline": "H", "tag": ["AI"], "views": "4"}"#).unwrap_err();
    /// let found: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    /// assert_eq!(found, [
    ///     "section: is required; add it",
    ///     "canonical_url: is required; add it",
    ///     "published: is required; add it",
    ///     "views: must be a whole number from 0 up, not a string",
    ///     "body: is required; add it",
    ///     "tag: is not a field here; did you mean `tags`?",
    /// ]);
    /// assert_eq!(err.problems()[0].kind(), &ProblemKind::Missing);
    /// ```
    pub fn from_json(json: &str) -> Result<Article, InputError> {
        Article::from_json_with(json, &ValidateOptions::default())
    }

    /// [`from_json`](Self::from_json) with explicit options (limits, CMS text mode).
    ///
    /// # Errors
    ///
    /// As [`from_json`](Self::from_json).
    pub fn from_json_with(json: &str, opts: &ValidateOptions) -> Result<Article, InputError> {
        let input: ArticleInput = from_json_input(json, opts)?;
        Ok(input.into_article(opts)?)
    }

    /// This article in the input shape (what `Serialize` writes).
    pub fn to_input(&self) -> ArticleInput {
        ArticleInput::from(self)
    }
}
