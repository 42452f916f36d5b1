//! Error types: what can go wrong when input becomes an [`Article`](crate::Article) or a
//! [`Site`](crate::Site).
//!
//! Validation never stops at the first problem: [`ValidationError`] carries every
//! [`Problem`], each with a stable field path (`faq[2].answer`) and a [`ProblemKind`] you can
//! match on. Rendering itself is infallible.

use std::fmt;

/// One thing wrong with one input field.
///
/// `Display` gives `path: message`, e.g. `faq[2].answer: must not be empty`.
///
/// ```
/// use newsclip::{Article, ProblemKind};
///
/// let err = Article::builder("   ", "https://n.example/a", "2026-04-04")
///     .section("Business")
///     .body("Text.")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.problems()[0].path(), "headline");
/// assert_eq!(err.problems()[0].kind(), &ProblemKind::Empty);
/// assert_eq!(err.problems()[0].to_string(), "headline: must not be empty");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    path: String,
    kind: ProblemKind,
}

impl Problem {
    /// A problem with the field at `path`.
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The field path in the input shape: `headline`, `tags[3]`, `faq[2].answer`.
    ///
    /// Paths use the input's snake_case field names and zero-based indexes, and are stable
    /// across releases.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn kind(&self) -> &ProblemKind {
        &self.kind
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// What is wrong with a field. Messages say what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// A required text is empty (after trimming and removing control characters).
    #[error("must not be empty")]
    Empty,
    /// A text is longer than its limit (in characters).
    #[error("is {actual} characters long; the limit is {max}")]
    TooLong {
        /// The configured limit.
        max: usize,
        /// The length found.
        actual: usize,
    },
    /// The body is larger than its limit (in bytes).
    #[error("is {actual} bytes; the limit is {max}")]
    TooLarge {
        /// The configured limit.
        max: usize,
        /// The size found.
        actual: usize,
    },
    /// A list has more entries than its limit.
    #[error("has {actual} entries; the limit is {max}")]
    TooMany {
        /// The configured limit.
        max: usize,
        /// The count found.
        actual: usize,
    },
    /// A URL uses a scheme outside the allow-list (http, https, and relative references).
    #[error("scheme \"{scheme}\" is not allowed; use http or https")]
    SchemeNotAllowed {
        /// The scheme found, lowercased.
        scheme: String,
    },
    /// A URL does not parse.
    #[error("{input:?} is not a URL ({reason})")]
    InvalidUrl {
        /// The input as given.
        input: String,
        /// Why it does not parse.
        reason: String,
    },
    /// A URL that must be absolute (the canonical URL, the site's base URL) is relative.
    #[error("{input:?} is relative; give an absolute http or https URL")]
    NotAbsolute {
        /// The input as given.
        input: String,
    },
    /// A date-time does not parse.
    #[error("{input:?} is not a date; use 2026-04-04 or 2026-04-04T09:30:00+02:00")]
    InvalidDate {
        /// The input as given.
        input: String,
    },
    /// A date-time has a time of day but no UTC offset, so the instant is unknown.
    #[error("{input:?} has no UTC offset; add one such as +02:00 or Z")]
    MissingOffset {
        /// The input as given.
        input: String,
    },
    /// The modified date is earlier than the published date.
    #[error("{modified} is earlier than published {published}")]
    ModifiedBeforePublished {
        /// The modified date as ISO 8601.
        modified: String,
        /// The published date as ISO 8601.
        published: String,
    },
    /// An entry duplicates an earlier one (tags compare case-insensitively by slug).
    #[error("duplicate of {of:?}")]
    Duplicate {
        /// The earlier entry's display text.
        of: String,
    },
    /// A tag or slug has no letter or digit to build a URL from.
    #[error("{input:?} has no letters or digits")]
    NoWordCharacters {
        /// The input as given.
        input: String,
    },
    /// A slug holds characters other than lowercase letters, digits and single hyphens.
    #[error("{input:?} is not a slug; use lowercase letters, digits and single hyphens")]
    InvalidSlug {
        /// The input as given.
        input: String,
    },
    /// A language is not a BCP 47 tag.
    #[error("{input:?} is not a BCP 47 language tag such as \"en\" or \"de-CH\"")]
    InvalidLanguage {
        /// The input as given.
        input: String,
    },
    /// An image dimension is zero.
    #[error("must be greater than zero")]
    Zero,
}

/// Every problem found in one input, in field order.
///
/// `Display` lists them one per line; [`problems`](Self::problems) gives them as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    problems: Vec<Problem>,
}

impl ValidationError {
    pub(crate) fn new(problems: Vec<Problem>) -> Self {
        debug_assert!(!problems.is_empty());
        ValidationError { problems }
    }

    /// The problems, in the order of the input's fields.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The problem at `path`, if any.
    pub fn at(&self, path: &str) -> Option<&ProblemKind> {
        self.problems
            .iter()
            .find(|p| p.path == path)
            .map(|p| &p.kind)
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(f, "{n} problem{}:", if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Why text input could not become an [`Article`](crate::Article) or a [`Site`](crate::Site).
///
/// Returned by [`Article::from_json`](crate::Article::from_json) and
/// [`Site::from_json`](crate::Site::from_json).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The text is not JSON of the input shape: a syntax error, a wrong type, a missing
    /// required field or an unknown field.
    #[error("{path}: {message} (line {line}, column {column})")]
    Syntax {
        /// Field path where deserialization stopped (`.` for the top level).
        path: String,
        /// serde's message, e.g. ``unknown field `titel`, expected one of …``.
        message: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
    },
    /// The JSON has the right shape but its values are invalid.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

impl InputError {
    pub(crate) fn from_json_path(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let inner = err.into_inner();
        // serde_json appends " at line L column C"; we report those as fields.
        let full = inner.to_string();
        let message = match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        InputError::Syntax {
            path,
            message,
            line: inner.line(),
            column: inner.column(),
        }
    }

    /// Every validation problem, or an empty slice for a syntax error.
    pub fn problems(&self) -> &[Problem] {
        match self {
            InputError::Invalid(v) => v.problems(),
            InputError::Syntax { .. } => &[],
        }
    }
}
