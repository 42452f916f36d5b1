//! Articles from Markdown files with front matter, as Zola, Hugo and Jekyll keep them.
//!
//! A file starts with its front matter between two delimiter lines, `---` for YAML or `+++`
//! for TOML; the Markdown after the closing line is the body:
//!
//! ```text
//! ---
//! headline: Meta halts work with Mercor
//! section: {name: Business, url: /business}
//! canonical_url: https://newsclip.example/business/meta-mercor
//! published: 2026-04-04
//! tags: ["#Meta", "#Databreach"]
//! ---
//! ## Background on the Breach
//!
//! Meta has confirmed …
//! ```
//!
//! The front matter holds **the same fields as the JSON input**, with the same names and the
//! same validation: an [`ArticleInput`] without `body`, or the
//! `{site, article}` form of [`EnvelopeInput`] (`site:` and `article:`
//! at the top). It is read by the same lenient reader as JSON, so every problem is reported at
//! once with the same field path, plus the line of the file it is on ([`LocatedProblem`]).
//! TOML's native dates are accepted where JSON takes a date string; YAML follows the 1.2 core
//! schema (`published: 2026-04-04` is text, `views: 4` a number). The JSON Schema of the front
//! matter is `front_matter_schema()` (with the `schema` feature).
//!
//! A `body` field in the front matter is allowed only when nothing follows it; given both
//! ways, the body is reported as given twice. Leading blank lines of the Markdown are left
//! out. Reading is linear in the file's size; the whole file counts against
//! [`Limits::max_json_bytes`](crate::Limits::max_json_bytes), YAML aliases are refused, and
//! nesting is limited to 64 levels.
//!
//! ```
//! use newsclip::Article;
//!
//! let md = "+++
//! headline = \"Meta halts work with Mercor\"
//! canonical_url = \"https://newsclip.example/business/meta-mercor\"
//! published = 2026-04-04T09:30:00+02:00
//! section.name = \"Business\"
//! +++
//! Meta has confirmed the suspension.
//! ";
//! let article = Article::from_markdown(md)?;
//! assert_eq!(article.published().to_iso8601(), "2026-04-04T09:30:00+02:00");
//! assert_eq!(article.body().source(), "Meta has confirmed the suspension.\n");
//!
//! // The same problems as JSON, each with its line.
//! let err = Article::from_markdown("---\nheadline: ''\nfaq:\n  - question: Why?\n---\nText").unwrap_err();
//! let found: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
//! assert_eq!(found, [
//!     "line 2: headline: must not be empty",
//!     "line 1: section: is required; add it",
//!     "line 1: canonical_url: is required; add it",
//!     "line 1: published: is required; add it",
//!     "line 4: faq[0].answer: is required; add it",
//! ]);
//! # Ok::<(), newsclip::front_matter::FrontMatterError>(())
//! ```

mod locate;
#[cfg(feature = "schema")]
mod schema;
mod split;
mod toml;
mod tree;
mod yaml;

use std::collections::HashMap;
use std::fmt;

use crate::error::{Problem, ProblemKind, ValidationError};
use crate::model::article::Article;
use crate::model::envelope::{Envelope, EnvelopeInput};
use crate::model::input::ArticleInput;
use crate::model::site::Site;
use crate::model::validate::ValidateOptions;

#[cfg(feature = "schema")]
pub use schema::front_matter_schema;
use tree::{Node, NodeDeserializer};

/// The front matter's language, told by its delimiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Yaml,
    Toml,
}

impl Format {
    fn delimiter(self) -> &'static str {
        match self {
            Format::Yaml => "---",
            Format::Toml => "+++",
        }
    }
}

/// A problem of the article or site with the file line it is on.
///
/// `Display` gives `line 7: faq[0].answer: must not be empty`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedProblem {
    line: usize,
    problem: Problem,
}

impl LocatedProblem {
    /// The 1-based line of the file: the line of the field's key, of the list element, or,
    /// for a field that is missing, of the map it belongs in (line 1 for the top level). A
    /// problem with the body points at the body's first line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The problem, with the same field path and kind as for JSON input.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }
}

impl fmt::Display for LocatedProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// Why a Markdown file could not become an article.
///
/// ```
/// use newsclip::Article;
/// use newsclip::front_matter::FrontMatterError;
///
/// let err = Article::from_markdown("+++\nheadline = 'H'\nviews = \n+++\nText").unwrap_err();
/// assert!(matches!(err, FrontMatterError::Syntax { line: 3, .. }));
/// assert!(err.to_string().starts_with("line 3, column "));
/// assert!(err.problems().is_empty());
///
/// let err = Article::from_markdown("---\nheadline: H\nviews: -1\n---\nText").unwrap_err();
/// let first = &err.problems()[0];
/// assert_eq!((first.line(), first.problem().path()), (1, "section"));
/// assert_eq!(err.line(), Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrontMatterError {
    /// The file has no front matter, the front matter is not closed, or it is not well-formed
    /// YAML or TOML (or uses what front matter may not: YAML aliases, more than one YAML
    /// document, nesting deeper than 64 levels).
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line of the file.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, starting `YAML:` or `TOML:` for the parser's own messages.
        message: String,
    },
    /// The front matter is well-formed but does not describe a valid article (or site):
    /// every problem, in the order validation reports them for JSON.
    #[error("{}", list(.0))]
    Invalid(Vec<LocatedProblem>),
}

fn list(problems: &[LocatedProblem]) -> String {
    let n = problems.len();
    let mut out = format!("{n} problem{}:", if n == 1 { "" } else { "s" });
    for p in problems {
        out.push_str("\n  ");
        out.push_str(&p.to_string());
    }
    out
}

impl FrontMatterError {
    pub(crate) fn syntax(line: usize, column: usize, message: impl Into<String>) -> Self {
        FrontMatterError::Syntax {
            line,
            column,
            message: message.into(),
        }
    }

    /// The line of a syntax error, or of the first problem.
    pub fn line(&self) -> Option<usize> {
        match self {
            FrontMatterError::Syntax { line, .. } => Some(*line),
            FrontMatterError::Invalid(problems) => problems.first().map(LocatedProblem::line),
        }
    }

    /// Every problem with its line, or an empty slice for a syntax error.
    pub fn problems(&self) -> &[LocatedProblem] {
        match self {
            FrontMatterError::Invalid(problems) => problems,
            FrontMatterError::Syntax { .. } => &[],
        }
    }
}

/// What a Markdown file holds: the article, and its site when the front matter has the
/// `{site, article}` form (`site:` or `article:` at the top).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The article.
    pub article: Article,
    /// The site, for the `{site, article}` form; `None` for a bare article.
    pub site: Option<Site>,
}

/// Reads a Markdown file in either form: the `{site, article}` form when the front matter has
/// a `site` or `article` field at the top, else a bare article.
///
/// ```
/// use newsclip::ValidateOptions;
/// use newsclip::front_matter::{Document, read_document};
///
/// let md = "---
/// site: {name: Newsclip, base_url: 'https://newsclip.example/'}
/// article:
///   headline: Meta halts work
///   section: {name: Business}
///   canonical_url: https://newsclip.example/a
///   published: 2026-04-04
/// ---
/// Text.
/// ";
/// let Document { article, site } = read_document(md, &ValidateOptions::default())?;
/// assert_eq!(site.map(|s| s.name().to_string()).as_deref(), Some("Newsclip"));
/// assert_eq!(article.body().source(), "Text.\n");
/// # Ok::<(), newsclip::front_matter::FrontMatterError>(())
/// ```
///
/// # Errors
///
/// As [`Article::from_markdown`], with paths under `site.` and `article.` for the second
/// form.
pub fn read_document(text: &str, opts: &ValidateOptions) -> Result<Document, FrontMatterError> {
    let file = MarkdownFile::parse(text, opts)?;
    if ENVELOPE_FIELDS.iter().any(|f| file.front.get(f).is_some()) {
        let Envelope { site, article } = file.envelope(opts)?;
        Ok(Document {
            article,
            site: Some(site),
        })
    } else {
        Ok(Document {
            article: file.article(opts)?,
            site: None,
        })
    }
}

const ENVELOPE_FIELDS: [&str; 2] = ["site", "article"];

impl Article {
    /// Reads a Markdown file with YAML (`---`) or TOML (`+++`) front matter holding the
    /// article's fields (see [`front_matter`](crate::front_matter)); the Markdown after it
    /// is the body.
    ///
    /// ```
    /// use newsclip::Article;
    ///
    /// let md = "---
    /// headline: Meta halts work with Mercor
    /// section: {name: Business}
    /// canonical_url: https://newsclip.example/business/meta-mercor
    /// published: 2026-04-04
    /// tags: ['#Meta', '#Databreach']
    /// views: 4
    /// ---
    ///
    /// Meta has confirmed the suspension.
    /// ";
    /// let article = Article::from_markdown(md)?;
    /// assert_eq!(article.tags()[0].name(), "Meta");
    /// assert_eq!(article.views(), Some(4));
    /// // Blank lines between the front matter and the Markdown are not part of the body.
    /// assert_eq!(article.body().source(), "Meta has confirmed the suspension.\n");
    /// # Ok::<(), newsclip::front_matter::FrontMatterError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`FrontMatterError::Syntax`] when the file has no front matter or it is not
    /// well-formed; otherwise [`FrontMatterError::Invalid`] with every problem, each with
    /// the field path JSON input would report and its line in the file.
    pub fn from_markdown(text: &str) -> Result<Article, FrontMatterError> {
        Article::from_markdown_with(text, &ValidateOptions::default())
    }

    /// [`from_markdown`](Self::from_markdown) with explicit options (limits, CMS text mode).
    ///
    /// # Errors
    ///
    /// As [`from_markdown`](Self::from_markdown).
    pub fn from_markdown_with(
        text: &str,
        opts: &ValidateOptions,
    ) -> Result<Article, FrontMatterError> {
        MarkdownFile::parse(text, opts)?.article(opts)
    }
}

impl Envelope {
    /// Reads a Markdown file whose front matter holds `site:` and `article:` (the
    /// [`EnvelopeInput`] shape without the article's body); the Markdown after it is the
    /// article's body.
    ///
    /// ```
    /// let md = "+++\n[site]\nname = 'Newsclip'\n\n[article]\nheadline = 'H'\n+++\nText\n";
    /// let err = newsclip::Envelope::from_markdown(md).unwrap_err();
    /// let found: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    /// assert_eq!(found, [
    ///     "line 2: site.base_url: is required; add it",
    ///     "line 5: article.section: is required; add it",
    ///     "line 5: article.canonical_url: is required; add it",
    ///     "line 5: article.published: is required; add it",
    /// ]);
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Article::from_markdown`], with paths under `site.` and `article.`.
    pub fn from_markdown(text: &str) -> Result<Envelope, FrontMatterError> {
        Envelope::from_markdown_with(text, &ValidateOptions::default())
    }

    /// [`from_markdown`](Self::from_markdown) with explicit options.
    ///
    /// # Errors
    ///
    /// As [`from_markdown`](Self::from_markdown).
    pub fn from_markdown_with(
        text: &str,
        opts: &ValidateOptions,
    ) -> Result<Envelope, FrontMatterError> {
        MarkdownFile::parse(text, opts)?.envelope(opts)
    }
}

/// A file cut at its front matter, the front matter parsed.
struct MarkdownFile<'a> {
    front: Node<'a>,
    body: &'a str,
    body_line: usize,
}

impl<'a> MarkdownFile<'a> {
    fn parse(text: &'a str, opts: &ValidateOptions) -> Result<Self, FrontMatterError> {
        let budget = opts.limits.max_json_bytes();
        if text.len() > budget {
            return Err(FrontMatterError::Invalid(vec![LocatedProblem {
                line: split::OPENING_LINE,
                problem: Problem::new(
                    ".",
                    ProblemKind::TooLarge {
                        max: budget,
                        actual: text.len(),
                    },
                ),
            }]));
        }
        let parts = split::split(text)?;
        let first_line = split::OPENING_LINE + 1;
        let front = match parts.format {
            Format::Yaml => yaml::parse(parts.front, first_line, split::OPENING_LINE)?,
            Format::Toml => toml::parse(parts.front, first_line, split::OPENING_LINE)?,
        };
        Ok(MarkdownFile {
            front,
            body: parts.body,
            body_line: parts.body_line,
        })
    }

    fn article(&self, opts: &ValidateOptions) -> Result<Article, FrontMatterError> {
        let mut input = self.read::<ArticleInput>()?;
        let body_path =
            self.attach_body(&mut input.body, &mut input.shape_problems, &self.front, "")?;
        input
            .into_article(opts)
            .map_err(|e| self.locate(&e, &body_path))
    }

    fn envelope(&self, opts: &ValidateOptions) -> Result<Envelope, FrontMatterError> {
        let mut input = self.read::<EnvelopeInput>()?;
        let article_node = self.front.get("article").map(|e| &e.value);
        let body_path = match article_node {
            Some(node) => self.attach_body(
                &mut input.article.body,
                &mut input.shape_problems,
                node,
                "article.",
            )?,
            None => String::new(),
        };
        input
            .into_envelope(opts)
            .map_err(|e| self.locate(&e, &body_path))
    }

    fn read<T: serde::de::DeserializeOwned>(&self) -> Result<T, FrontMatterError> {
        // The input shapes record every problem instead of failing; an error here would be
        // a bug, reported rather than unwrapped.
        T::deserialize(NodeDeserializer(&self.front))
            .map_err(|e| FrontMatterError::syntax(self.front.line, 1, e.to_string()))
    }

    /// Puts the Markdown after the front matter into `body`, unless the front matter gives
    /// the body itself and nothing follows it. Returns the path of a body that came from
    /// after the front matter (its problems point at the body's first line), else "".
    fn attach_body(
        &self,
        body: &mut String,
        shape_problems: &mut Vec<Problem>,
        article: &Node<'_>,
        prefix: &str,
    ) -> Result<String, FrontMatterError> {
        let path = format!("{prefix}body");
        if article.get("body").is_none() {
            shape_problems.retain(|p| !(p.path() == path && p.kind() == &ProblemKind::Missing));
            self.body.clone_into(body);
            return Ok(path);
        }
        if !self.body.trim().is_empty() {
            shape_problems.push(Problem::new(path, ProblemKind::DuplicateField));
        }
        Ok(String::new())
    }

    /// Every problem of `err` with its line. A path is looked up once: finding it scans the
    /// maps on its way, and a hostile file repeats one unknown key a million times, so the
    /// hundred problems listed for it would scan that map a hundred times.
    fn locate(&self, err: &ValidationError, body_path: &str) -> FrontMatterError {
        let mut lines: HashMap<&str, usize> = HashMap::new();
        FrontMatterError::Invalid(
            err.problems()
                .iter()
                .map(|p| LocatedProblem {
                    line: if !body_path.is_empty() && p.path() == body_path {
                        self.body_line
                    } else {
                        *lines
                            .entry(p.path())
                            .or_insert_with(|| locate::line_of(&self.front, p.path()))
                    },
                    problem: p.clone(),
                })
                .collect(),
        )
    }
}
