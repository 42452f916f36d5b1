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

/// At most this many characters of an input are repeated in a problem's message.
const ECHO_CHARS: usize = 100;

/// The input as a problem repeats it: whole when short, else its start and `…`, so a hostile
/// megabyte of text does not come back in the error.
pub(crate) fn echo(input: &str) -> String {
    shorten(input, ECHO_CHARS)
}

/// `text` whole when it has at most `max` characters, else its first `max` and `…`.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}

/// What is wrong with a field. Messages say what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// A required field is not in the input at all.
    #[error("is required; add it")]
    Missing,
    /// A field holds the wrong kind of value (a number where text belongs, text where a list
    /// belongs …).
    #[error("must be {expected}, not {found}")]
    WrongType {
        /// What belongs here: `"a string"`, `"an array"`, `"an object"`, `"a whole number
        /// from 0 to 4294967295"` …
        expected: &'static str,
        /// What the input holds: `"a string"`, `"a number"`, `"a negative number"`,
        /// `"a number with a fraction"`, `"a number too large"`, `"a boolean"`, `"null"`,
        /// `"an array"`, `"an object"`, `"bytes"`.
        found: &'static str,
    },
    /// The input has a field the shape does not know (often a typo); the path names it.
    #[error("is not a field here; {}", unknown_field_hint(*.suggestion, .expected))]
    UnknownField {
        /// A known field this one is probably a typo of.
        suggestion: Option<&'static str>,
        /// The fields allowed here.
        expected: &'static [&'static str],
    },
    /// The input's shape has more problems than are listed (the first 100 are); fix those
    /// and read again.
    #[error("{count} more problems of the same kinds are not listed")]
    MoreProblems {
        /// How many were left out.
        count: usize,
    },
    /// The input gives the same field twice; which one is meant is unknown.
    #[error("is given more than once; give it once")]
    DuplicateField,
    /// A field takes one of a few words (`"person"` or `"organization"`) and holds another.
    #[error("{input:?} is not one of {}", .expected.join(", "))]
    UnknownValue {
        /// The value as given (at most 100 characters of it).
        input: String,
        /// The words allowed here.
        expected: &'static [&'static str],
    },
    /// A required text is empty: nothing visible remains after trimming and removing control
    /// characters (zero-width and other invisible characters alone count as empty).
    #[error("must not be empty")]
    Empty,
    /// A text is longer than its limit (in characters, after cleaning).
    #[error("is {actual} characters long; the limit is {max}")]
    TooLong {
        /// The configured limit.
        max: usize,
        /// The length found.
        actual: usize,
    },
    /// A value is larger than its limit in bytes: the body, a URL, or the whole JSON input
    /// (path `.`).
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
    /// A date-time does not parse (see [`DateTime`](crate::DateTime) for the forms
    /// accepted).
    #[error("{input:?} is not a date; use 2026-04-04 or 2026-04-04T09:30:00+02:00")]
    InvalidDate {
        /// The input as given (at most 100 characters of it, as for every date problem).
        input: String,
    },
    /// A date-time has a time of day but no UTC offset, so the instant is unknown.
    #[error("{input:?} has no UTC offset; add one such as +02:00 or Z")]
    MissingOffset {
        /// The input as given.
        input: String,
    },
    /// A date's year is signed or has more than four digits.
    #[error("{input:?} has a year outside 0000–9999; write four digits, e.g. 2026-04-04")]
    DateYearOutOfRange {
        /// The input as given.
        input: String,
    },
    /// A date-time's UTC offset is beyond ±23:59.
    #[error("{input:?} has a UTC offset beyond ±23:59; write Z or an offset such as +02:00")]
    DateOffsetOutOfRange {
        /// The input as given.
        input: String,
    },
    /// A date-time carries a bracketed annotation (`[Europe/Paris]`, `[u-ca=japanese]`). It
    /// could change what the date means, so it is refused rather than dropped.
    #[error(
        "{input:?} has a bracketed annotation; remove it and give the numeric offset only, e.g. 2026-04-04T09:30:00+02:00"
    )]
    DateAnnotation {
        /// The input as given.
        input: String,
    },
    /// A date-time has second 60 (a leap second), which the output formats cannot carry.
    #[error("{input:?} has second 60 (a leap second); write :59 instead")]
    DateLeapSecond {
        /// The input as given.
        input: String,
    },
    /// A date is written in ISO 8601's basic format, without separators.
    #[error(
        "{input:?} has no separators; write the extended form, e.g. 2026-04-04T07:30:00Z for 20260404T073000Z"
    )]
    DateBasicFormat {
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
    /// A correction is dated before the article was published.
    #[error(
        "{correction} is earlier than published {published}; a correction comes after publication"
    )]
    CorrectionBeforePublished {
        /// The correction's date as ISO 8601.
        correction: String,
        /// The published date as ISO 8601.
        published: String,
    },
    /// A correction is dated after the article's last modification (or after its publication
    /// when it gives no `modified`): correcting modifies the article, so `modified` must be
    /// at least the latest correction's date.
    #[error("{correction} is later than {}; set `modified` to at least {correction}", modified_or_published(.modified.as_deref(), .published))]
    CorrectionAfterModified {
        /// The correction's date as ISO 8601.
        correction: String,
        /// The modified date as ISO 8601, when the article gives one.
        modified: Option<String>,
        /// The published date as ISO 8601.
        published: String,
    },
    /// A field that describes a person (a job title, an employer) is given for an
    /// organization author.
    #[error("applies to a person only; remove it, or make the author a person")]
    PersonOnly,
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

fn modified_or_published(modified: Option<&str>, published: &str) -> String {
    match modified {
        Some(m) => format!("modified {m}"),
        None => format!("published {published} and the article gives no `modified`"),
    }
}

fn unknown_field_hint(suggestion: Option<&str>, expected: &[&str]) -> String {
    match suggestion {
        Some(s) => format!("did you mean `{s}`?"),
        None => format!("use one of {}", expected.join(", ")),
    }
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
    /// The text is not JSON: a syntax error (an unclosed string or object, a stray comma …)
    /// or text after the value. Missing fields, wrong types and unknown fields are
    /// [`Invalid`](Self::Invalid) problems, reported with everything else.
    #[error("{path}: {message} (line {line}, column {column})")]
    Syntax {
        /// Field path where reading stopped (`.` for the top level).
        path: String,
        /// serde_json's message, e.g. `EOF while parsing an object`.
        message: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
    },
    /// The JSON is well-formed but does not describe a valid article or site: every
    /// problem, each with its path.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

impl InputError {
    pub(crate) fn from_json_path(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        // `?` stands for a key not read yet: the error is in the object around it.
        let full_path = err.path().to_string();
        let path = match full_path.strip_suffix('?') {
            Some(parent) => parent.strip_suffix('.').unwrap_or(parent),
            None => &full_path,
        };
        let path = if path.is_empty() { "." } else { path };
        // A key is echoed whole by serde_path_to_error; a hostile one can be megabytes.
        let path = echo(path);
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
