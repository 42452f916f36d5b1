//! An article with its site: the `{"site": …, "article": …}` form a file or a request can
//! carry, read and validated at once with every problem under `site.` or `article.`.

use serde::Serialize;

use crate::error::{InputError, Problem, ProblemKind, ValidationError};
use crate::model::article::Article;
use crate::model::input::ArticleInput;
use crate::model::read::read_struct;
use crate::model::serde_io::from_json_input;
use crate::model::site::{Site, SiteInput};
use crate::model::validate::ValidateOptions;

/// The `{"site": …, "article": …}` form as given: unchecked.
/// [`validate`](Self::validate) turns it into an [`Envelope`].
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        title = "newsclip article with its site",
        description = "An article and the site it is on: {\"site\": {…}, \"article\": {…}}."
    )
)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeInput {
    /// The site the article is on.
    pub site: SiteInput,
    /// The article.
    pub article: ArticleInput,
    /// What deserialization found wrong with the input's shape (paths from the top:
    /// `article.faq[1].answr`), reported by [`validate`](Self::validate).
    #[serde(skip)]
    pub shape_problems: Vec<Problem>,
}

read_struct!(EnvelopeInput {
    site: required,
    article: required,
} lenient shape_problems);

/// A validated article with its site.
///
/// ```
/// use newsclip::{Envelope, ProblemKind};
///
/// let json = r#"{
///     "site": {"name": "Newsclip", "base_url": "https://newsclip.example/"},
///     "article": {
///         "headline": "Meta halts work", "section": {"name": "Business"},
///         "canonical_url": "https://newsclip.example/a", "published": "2026-04-04",
///         "body": "Text."
///     }
/// }"#;
/// let Envelope { site, article } = Envelope::from_json(json)?;
/// assert_eq!((site.name(), article.headline()), ("Newsclip", "Meta halts work"));
///
/// // Every problem of both, each under its part.
/// let err = Envelope::from_json(r#"{"site": {"name": ""}, "article": {"headline": "H"}}"#)
///     .unwrap_err();
/// let paths: Vec<&str> = err.problems().iter().map(|p| p.path()).collect();
/// assert_eq!(paths, [
///     "site.name", "site.base_url", "article.section", "article.canonical_url",
///     "article.published", "article.body",
/// ]);
/// assert_eq!(err.problems()[0].kind(), &ProblemKind::Empty);
/// assert_eq!(err.problems()[1].kind(), &ProblemKind::Missing);
/// # Ok::<(), newsclip::InputError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    /// The site.
    pub site: Site,
    /// The article.
    pub article: Article,
}

impl Envelope {
    /// Parses the `{"site", "article"}` form and validates both, with the input budget of
    /// [`Article::from_json`].
    ///
    /// # Errors
    ///
    /// As [`Article::from_json`]: [`InputError::Syntax`] for text that is not JSON, else
    /// [`InputError::Invalid`] with every problem of the site and of the article at once,
    /// paths starting `site.` or `article.`.
    pub fn from_json(json: &str) -> Result<Envelope, InputError> {
        Envelope::from_json_with(json, &ValidateOptions::default())
    }

    /// [`from_json`](Self::from_json) with explicit options (limits, CMS text mode).
    ///
    /// # Errors
    ///
    /// As [`from_json`](Self::from_json).
    pub fn from_json_with(json: &str, opts: &ValidateOptions) -> Result<Envelope, InputError> {
        let input: EnvelopeInput = from_json_input(json, opts)?;
        Ok(input.into_envelope(opts)?)
    }
}

impl EnvelopeInput {
    /// Validates site and article; the article's body moves, it is not copied.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] with every problem, paths starting `site.` or `article.`.
    pub fn into_envelope(mut self, opts: &ValidateOptions) -> Result<Envelope, ValidationError> {
        // Each part's shape problems go back to it, so that its validation knows them (a
        // missing field is reported once, as missing). The rest (an unknown top-level
        // field) come after both parts.
        let mut top = Vec::new();
        for p in std::mem::take(&mut self.shape_problems) {
            let inner = |part: &str| {
                let rest = p.path().strip_prefix(part)?;
                match rest.strip_prefix('.') {
                    Some(inner) => Some(Problem::new(inner, p.kind().clone())),
                    None if rest.is_empty() => Some(Problem::new(".", p.kind().clone())),
                    None => None,
                }
            };
            if let Some(q) = inner("site") {
                self.site.shape_problems.push(q);
            } else if let Some(q) = inner("article") {
                self.article.shape_problems.push(q);
            } else {
                top.push(p);
            }
        }
        let mut problems = Vec::new();
        let site = self.site.validate(opts);
        let article = self.article.into_article(opts);
        let under = |part: &str, err: ValidationError| {
            err.problems()
                .iter()
                .map(|p| match p.path() {
                    "." => Problem::new(part, p.kind().clone()),
                    path => Problem::new(format!("{part}.{path}"), p.kind().clone()),
                })
                .collect::<Vec<_>>()
        };
        match (site, article) {
            (Ok(site), Ok(article)) if top.is_empty() => Ok(Envelope { site, article }),
            (site, article) => {
                if let Err(e) = site {
                    problems.extend(under("site", e));
                }
                if let Err(e) = article {
                    problems.extend(under("article", e));
                }
                problems.extend(top);
                if problems.is_empty() {
                    // Unreachable: one side failed or shape problems were found.
                    problems.push(Problem::new(".", ProblemKind::Missing));
                }
                Err(ValidationError::new(problems))
            }
        }
    }

    /// Validates site and article, leaving the input as it is.
    ///
    /// # Errors
    ///
    /// As [`into_envelope`](Self::into_envelope).
    pub fn validate(&self, opts: &ValidateOptions) -> Result<Envelope, ValidationError> {
        self.clone().into_envelope(opts)
    }
}

impl From<&Envelope> for EnvelopeInput {
    fn from(e: &Envelope) -> Self {
        EnvelopeInput {
            site: SiteInput::from(&e.site),
            article: ArticleInput::from(&e.article),
            shape_problems: Vec::new(),
        }
    }
}

impl Serialize for Envelope {
    /// Serializes to the [`EnvelopeInput`] shape.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        EnvelopeInput::from(self).serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Envelope {
    /// Deserializes the [`EnvelopeInput`] shape and validates it with default options.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        EnvelopeInput::deserialize(d)?
            .into_envelope(&ValidateOptions::default())
            .map_err(serde::de::Error::custom)
    }
}
