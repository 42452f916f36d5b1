//! One way in: every input (serde or builder) ends here, is checked once, and yields either an
//! [`Article`](crate::Article) or every problem at once. This module holds the limits, the
//! options and the [`Checker`] every field goes through; `article` the article's fields (the
//! site's are in `model::site`).

mod article;

use std::collections::HashSet;

use crate::error::{Problem, ProblemKind, ValidationError, echo};
use crate::model::article::{Image, Tag};
use crate::model::input::ImageInput;
use crate::model::read::Lenient;
use crate::model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};
use crate::sanitize::{TextMode, clean_text, slug};

/// Size limits for input. Hostile input gets an error, never a hang.
///
/// Lengths of texts are counted in characters after cleaning; the body and URLs in bytes as
/// given. A value over its limit is a [`ProblemKind::TooLong`] (characters),
/// [`ProblemKind::TooLarge`] (bytes) or [`ProblemKind::TooMany`] (entries) at the field's path,
/// with the limit and the size found.
///
/// ```
/// use newsclip::{Limits, ValidateOptions};
///
/// let mut opts = ValidateOptions::default();
/// opts.limits.max_tags = 3;
/// assert_eq!(opts.limits.max_body_bytes, 2 * 1024 * 1024);
/// assert_eq!(Limits::default().max_headline_chars, 300);
/// assert_eq!(Limits::default().max_json_bytes(), 8 * 1024 * 1024);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Headlines: the article's and each related article's. Default 300.
    pub max_headline_chars: usize,
    /// Short texts: the section's, authors', site's and publisher's names, authors' job
    /// titles and organizations, the dateline, tags, key fact labels, questions, image alt
    /// texts and credits, source titles and publishers. Default 500.
    pub max_short_text_chars: usize,
    /// Long texts: the description, background, key fact values, answers, corrections and
    /// image captions. Default 5,000.
    pub max_long_text_chars: usize,
    /// Body size in bytes, as given. Default 2 MiB. (A slug given in the input is at most 80
    /// bytes, as long as the slugs the crate makes; that limit is fixed.)
    pub max_body_bytes: usize,
    /// Any single URL, in bytes. Default 2,048.
    pub max_url_bytes: usize,
    /// Number of authors. Default 20.
    pub max_authors: usize,
    /// Number of tags. Default 30.
    pub max_tags: usize,
    /// Number of key facts. Default 50.
    pub max_key_facts: usize,
    /// Number of quick answers. Default 50.
    pub max_quick_answers: usize,
    /// Number of FAQ entries. Default 100.
    pub max_faq: usize,
    /// Number of source references. Default 20.
    pub max_sources: usize,
    /// Number of related articles. Default 50.
    pub max_related: usize,
    /// Number of corrections. Default 20.
    pub max_corrections: usize,
    /// Number of `same_as` profiles of one author or of the publisher. Default 20.
    pub max_same_as: usize,
}

impl Limits {
    /// The most JSON [`Article::from_json`](crate::Article::from_json) and
    /// [`Site::from_json`](crate::Site::from_json) read: four times
    /// [`max_body_bytes`](Self::max_body_bytes) (room for escapes and the other fields), at
    /// least 1 MiB. Larger input is refused before parsing, as a
    /// [`TooLarge`](ProblemKind::TooLarge) problem at path `.`.
    ///
    /// ```
    /// let mut limits = newsclip::Limits::default();
    /// limits.max_body_bytes = 100;
    /// assert_eq!(limits.max_json_bytes(), 1024 * 1024);
    /// ```
    pub fn max_json_bytes(&self) -> usize {
        self.max_body_bytes.saturating_mul(4).max(1 << 20)
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_headline_chars: 300,
            max_short_text_chars: 500,
            max_long_text_chars: 5_000,
            max_body_bytes: 2 * 1024 * 1024,
            max_url_bytes: 2_048,
            max_authors: 20,
            max_tags: 30,
            max_key_facts: 50,
            max_quick_answers: 50,
            max_faq: 100,
            max_sources: 20,
            max_related: 50,
            max_corrections: 20,
            max_same_as: 20,
        }
    }
}

/// How input is validated: limits and how plain-text fields are read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ValidateOptions {
    /// Size limits.
    pub limits: Limits,
    /// [`TextMode::Html`] for CMS input whose text fields hold tags and entities.
    pub text_mode: TextMode,
}

impl ValidateOptions {
    /// Options for CMS input: text fields are stripped of tags and entity-decoded.
    pub fn cms() -> Self {
        ValidateOptions {
            text_mode: TextMode::Html,
            ..Default::default()
        }
    }
}

/// Collects problems while converting fields; each check returns `None` on failure.
#[derive(Debug)]
pub(crate) struct Checker<'o> {
    pub(crate) problems: Vec<Problem>,
    pub(crate) opts: &'o ValidateOptions,
}

impl<'o> Checker<'o> {
    pub(crate) fn new(opts: &'o ValidateOptions) -> Self {
        Checker {
            problems: Vec::new(),
            opts,
        }
    }

    pub(crate) fn fail<T>(&mut self, path: impl Into<String>, kind: ProblemKind) -> Option<T> {
        self.problems.push(Problem::new(path, kind));
        None
    }

    /// The parsed value, or its problem recorded at `path`.
    fn check<T>(&mut self, path: &str, parsed: Result<T, ProblemKind>) -> Option<T> {
        match parsed {
            Ok(v) => Some(v),
            Err(kind) => self.fail(path, kind),
        }
    }

    /// The value, or every problem: those deserialization found in the input's shape
    /// (`shape`) and those found here, in the order of `I`'s fields. A problem found here at
    /// or under a path the shape problems name is left out: a field that is missing is not
    /// also empty.
    pub(crate) fn finish<I: Lenient, T>(
        self,
        value: Option<T>,
        shape: Vec<Problem>,
    ) -> Result<T, ValidationError> {
        match value {
            Some(v) if self.problems.is_empty() && shape.is_empty() => Ok(v),
            _ => Err(ValidationError::new(merge(shape, self.problems, I::FIELDS))),
        }
    }

    /// A required plain-text field: empty when nothing visible remains.
    pub(crate) fn text(&mut self, path: &str, raw: &str, max: usize) -> Option<String> {
        let cleaned = clean_text(raw, self.opts.text_mode);
        if cleaned.is_empty() {
            return self.fail(path, ProblemKind::Empty);
        }
        self.limit(path, cleaned, max)
    }

    /// An optional plain-text field; empty after cleaning counts as absent.
    pub(crate) fn opt_text(
        &mut self,
        path: &str,
        raw: Option<&str>,
        max: usize,
    ) -> Option<Option<String>> {
        let Some(raw) = raw else { return Some(None) };
        let cleaned = clean_text(raw, self.opts.text_mode);
        if cleaned.is_empty() {
            return Some(None);
        }
        self.limit(path, cleaned, max).map(Some)
    }

    /// Cleaned text within `max` characters, or a `TooLong` problem.
    fn limit(&mut self, path: &str, cleaned: String, max: usize) -> Option<String> {
        let len = cleaned.chars().count();
        if len > max {
            self.fail(path, ProblemKind::TooLong { max, actual: len })
        } else {
            Some(cleaned)
        }
    }

    pub(crate) fn short(&mut self, path: &str, raw: &str) -> Option<String> {
        self.text(path, raw, self.opts.limits.max_short_text_chars)
    }

    pub(crate) fn opt_short(&mut self, path: &str, raw: Option<&str>) -> Option<Option<String>> {
        self.opt_text(path, raw, self.opts.limits.max_short_text_chars)
    }

    pub(crate) fn long(&mut self, path: &str, raw: &str) -> Option<String> {
        self.text(path, raw, self.opts.limits.max_long_text_chars)
    }

    fn url_len(&mut self, path: &str, raw: &str) -> Option<()> {
        let max = self.opts.limits.max_url_bytes;
        if raw.len() > max {
            return self.fail(
                path,
                ProblemKind::TooLarge {
                    max,
                    actual: raw.len(),
                },
            );
        }
        Some(())
    }

    pub(crate) fn web_url(&mut self, path: &str, raw: &str) -> Option<WebUrl> {
        self.url_len(path, raw)?;
        self.check(path, WebUrl::parse_str(raw))
    }

    pub(crate) fn opt_web_url(&mut self, path: &str, raw: Option<&str>) -> Option<Option<WebUrl>> {
        match raw {
            None => Some(None),
            Some(r) => self.web_url(path, r).map(Some),
        }
    }

    /// A list of URLs (`same_as`), at most [`Limits::max_same_as`].
    pub(crate) fn url_list(&mut self, path: &str, raw: &[String]) -> Option<Vec<WebUrl>> {
        let max = self.opts.limits.max_same_as;
        self.list(path, raw, max, |c, path, url| c.web_url(path, url))
    }

    pub(crate) fn absolute_url(&mut self, path: &str, raw: &str) -> Option<AbsoluteUrl> {
        self.url_len(path, raw)?;
        self.check(path, AbsoluteUrl::parse_str(raw))
    }

    pub(crate) fn date(&mut self, path: &str, raw: &str) -> Option<DateTime> {
        self.check(path, raw.parse())
    }

    pub(crate) fn language(
        &mut self,
        path: &str,
        raw: Option<&str>,
    ) -> Option<Option<LanguageTag>> {
        match raw {
            None => Some(None),
            Some(r) => self.check(path, r.parse()).map(Some),
        }
    }

    fn count(&mut self, path: &str, actual: usize, max: usize) {
        if actual > max {
            self.problems
                .push(Problem::new(path, ProblemKind::TooMany { max, actual }));
        }
    }

    pub(crate) fn dimension(&mut self, path: &str, v: Option<u32>) -> Option<Option<u32>> {
        match v {
            Some(0) => self.fail(path, ProblemKind::Zero),
            other => Some(other),
        }
    }

    fn image(&mut self, path: &str, input: &ImageInput) -> Option<Image> {
        let url = self.web_url(&format!("{path}.url"), &input.url);
        let alt = self.short(&format!("{path}.alt"), &input.alt);
        let width = self.dimension(&format!("{path}.width"), input.width);
        let height = self.dimension(&format!("{path}.height"), input.height);
        let caption = self.opt_text(
            &format!("{path}.caption"),
            input.caption.as_deref(),
            self.opts.limits.max_long_text_chars,
        );
        let credit = self.opt_short(&format!("{path}.credit"), input.credit.as_deref());
        Some(Image {
            url: url?,
            alt: alt?,
            width: width?,
            height: height?,
            caption: caption?,
            credit: credit?,
        })
    }

    /// Checks each entry of a list (all of them, even past the limit, so every problem shows).
    pub(crate) fn list<I, T>(
        &mut self,
        path: &str,
        items: &[I],
        max: usize,
        mut each: impl FnMut(&mut Self, &str, &I) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.count(path, items.len(), max);
        // Past the limit, checking stops at 2x the limit so a hostile list stays cheap.
        let checked = items.len().min(max.saturating_mul(2).max(1));
        let mut out = Vec::with_capacity(checked.min(max));
        let mut ok = items.len() <= max;
        for (i, item) in items.iter().take(checked).enumerate() {
            match each(self, &format!("{path}[{i}]"), item) {
                Some(v) => out.push(v),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// A slug as given: lowercase letters, digits and single hyphens, at most as long as the
    /// slugs [`slug::slugify`] makes.
    fn slug(&mut self, raw: &str) -> Option<String> {
        let max = slug::MAX_SLUG_BYTES;
        if raw.len() > max {
            return self.fail(
                "slug",
                ProblemKind::TooLarge {
                    max,
                    actual: raw.len(),
                },
            );
        }
        if !slug::is_slug(raw) {
            return self.fail("slug", ProblemKind::InvalidSlug { input: echo(raw) });
        }
        Some(raw.to_string())
    }

    fn tags(&mut self, raw: &[String]) -> Option<Vec<Tag>> {
        let mut seen: Vec<Tag> = Vec::new();
        let max = self.opts.limits.max_tags;
        self.list("tags", raw, max, |c, path, t| {
            let without_hash = t.trim().trim_start_matches('#');
            let name = c.short(path, without_hash)?;
            let slug = slug::slugify(&name);
            if slug.is_empty() {
                return c.fail(path, ProblemKind::NoWordCharacters { input: echo(t) });
            }
            if let Some(first) = seen.iter().find(|s| s.slug == slug) {
                let of = first.name.clone();
                return c.fail(path, ProblemKind::Duplicate { of });
            }
            let tag = Tag { name, slug };
            seen.push(tag.clone());
            Some(tag)
        })
    }
}

/// Every problem of one input: `shape` (from deserialization) and `found` (by validation)
/// without the ones a shape problem covers, ordered by top-level field (`fields`), shape
/// problems first within a field.
fn merge(shape: Vec<Problem>, found: Vec<Problem>, fields: &[&str]) -> Vec<Problem> {
    let is_count = |p: &Problem| matches!(p.kind(), ProblemKind::MoreProblems { .. });
    let covered: HashSet<&str> = shape
        .iter()
        .filter(|p| !is_count(p))
        .map(Problem::path)
        .collect();
    let is_covered = |path: &str| {
        covered.contains(".")
            || covered.contains(path)
            || path
                .match_indices(['.', '['])
                .any(|(i, _)| covered.contains(&path[..i]))
    };
    let found: Vec<Problem> = found
        .into_iter()
        .filter(|p| !is_covered(p.path()))
        .collect();
    let mut all = shape;
    all.extend(found);
    // The top-level field's rank: the whole input first, unknown fields last, the count of
    // problems not listed after everything.
    let rank = |p: &Problem| {
        let path = p.path();
        if is_count(p) {
            return fields.len() + 2;
        }
        if path == "." {
            return 0;
        }
        let top = path.split(['.', '[']).next().unwrap_or(path);
        fields
            .iter()
            .position(|f| *f == top)
            .map_or(fields.len() + 1, |i| i + 1)
    };
    all.sort_by_key(rank);
    all
}
