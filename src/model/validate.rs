//! One way in: every input (serde or builder) ends here, is checked once, and yields either an
//! [`Article`] or every problem at once.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::error::{Problem, ProblemKind, ValidationError, echo};
use crate::model::article::{
    Article, Author, Body, Image, KeyFact, QuestionAnswer, RelatedArticle, Section, Source, Tag,
};
use crate::model::input::{
    ArticleInput, AuthorInput, BodyFormat, ImageInput, KeyFactInput, QuestionAnswerInput,
    RelatedInput, SectionInput, SourceInput,
};
use crate::model::read::Lenient;
use crate::model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};
use crate::sanitize::{TextMode, clean_text, has_visible, slug};

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
    /// Short texts: the section's, authors', site's and publisher's names, tags, the slug,
    /// key fact labels, questions, image alt texts and credits, source titles and
    /// publishers. Default 500.
    pub max_short_text_chars: usize,
    /// Long texts: the description, background, key fact values, answers and image
    /// captions. Default 5,000.
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

    fn long(&mut self, path: &str, raw: &str) -> Option<String> {
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

    pub(crate) fn absolute_url(&mut self, path: &str, raw: &str) -> Option<AbsoluteUrl> {
        self.url_len(path, raw)?;
        self.check(path, AbsoluteUrl::parse_str(raw))
    }

    fn date(&mut self, path: &str, raw: &str) -> Option<DateTime> {
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
    fn list<I, T>(
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
    let covered: HashSet<&str> = shape.iter().map(Problem::path).collect();
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
    // The top-level field's rank: the whole input first, unknown fields last.
    let rank = |p: &Problem| {
        let path = p.path();
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

/// Line endings as `\n`, in place: the body is not copied.
fn normalize_line_endings(s: String) -> String {
    if memchr::memchr(b'\r', s.as_bytes()).is_none() {
        return s;
    }
    let mut bytes = s.into_bytes();
    let (mut read, mut write) = (0, 0);
    while let Some(offset) = memchr::memchr(b'\r', bytes.get(read..).unwrap_or_default()) {
        let cr = read + offset;
        bytes.copy_within(read..cr, write);
        write += cr - read;
        if let Some(b) = bytes.get_mut(write) {
            *b = b'\n';
        }
        write += 1;
        read = cr + 1 + usize::from(bytes.get(cr + 1) == Some(&b'\n'));
    }
    let len = bytes.len();
    bytes.copy_within(read..len, write);
    bytes.truncate(write + (len - read));
    // Only ASCII bytes were replaced or removed, so this is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

impl ArticleInput {
    /// Checks every field and returns the [`Article`], or every problem found.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] listing each problem with its field path, in field order.
    ///
    /// ```
    /// use newsclip::{ArticleInput, ProblemKind, ValidateOptions};
    ///
    /// let input: ArticleInput = serde_json::from_str(r##"{
    ///     "headline": "Data Breach Forces Meta to Halt Collaboration",
    ///     "section": { "name": "Business" },
    ///     "canonical_url": "https://newsclip.example/business/meta-mercor",
    ///     "published": "Apri 4",
    ///     "body": "Meta has confirmed …",
    ///     "tags": ["#Meta", "meta"],
    ///     "sources": [{ "url": "javascript:alert(1)" }]
    /// }"##)?;
    /// let err = input.validate(&ValidateOptions::default()).unwrap_err();
    /// let lines: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    /// assert_eq!(lines, [
    ///     r#"published: "Apri 4" is not a date; use 2026-04-04 or 2026-04-04T09:30:00+02:00"#,
    ///     r#"tags[1]: duplicate of "Meta""#,
    ///     r#"sources[0].url: scheme "javascript" is not allowed; use http or https"#,
    /// ]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn validate(&self, opts: &ValidateOptions) -> Result<Article, ValidationError> {
        check_article(
            self,
            Cow::Borrowed(&self.body),
            self.shape_problems.clone(),
            opts,
        )
    }

    /// [`validate`](Self::validate) that consumes the input: the body moves into the
    /// [`Article`] instead of being copied (what `Article::try_from` and
    /// [`Article::from_json`] use).
    ///
    /// # Errors
    ///
    /// As [`validate`](Self::validate).
    ///
    /// ```
    /// use newsclip::{ArticleInput, ValidateOptions};
    ///
    /// let input: ArticleInput = serde_json::from_str(r#"{
    ///     "headline": "Headline", "section": { "name": "Business" },
    ///     "canonical_url": "https://n.example/a", "published": "2026-04-04",
    ///     "body": "One line.\r\nAnother."
    /// }"#)?;
    /// let article = input.into_article(&ValidateOptions::default()).unwrap();
    /// assert_eq!(article.body().source(), "One line.\nAnother.");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn into_article(mut self, opts: &ValidateOptions) -> Result<Article, ValidationError> {
        let body = std::mem::take(&mut self.body);
        let shape = std::mem::take(&mut self.shape_problems);
        check_article(&self, Cow::Owned(body), shape, opts)
    }
}

/// The one validation of an article; `body` is the input's body, lent or given.
fn check_article(
    input: &ArticleInput,
    body: Cow<'_, str>,
    shape: Vec<Problem>,
    opts: &ValidateOptions,
) -> Result<Article, ValidationError> {
    let mut c = Checker::new(opts);
    let limits = &opts.limits;
    let headline = c.text("headline", &input.headline, limits.max_headline_chars);
    let description = c.opt_text(
        "description",
        input.description.as_deref(),
        limits.max_long_text_chars,
    );
    let section = section(&mut c, &input.section);
    let slug = match (&input.slug, &headline) {
        (Some(s), _) => c.slug(s),
        (None, Some(h)) => {
            let derived = slug::slugify(h);
            if derived.is_empty() {
                c.fail("slug", ProblemKind::NoWordCharacters { input: h.clone() })
            } else {
                Some(derived)
            }
        }
        (None, None) => None,
    };
    let canonical_url = c.absolute_url("canonical_url", &input.canonical_url);
    let published = c.date("published", &input.published);
    let modified = match &input.modified {
        None => Some(None),
        Some(m) => c.date("modified", m).map(Some),
    };
    if let (Some(p), Some(Some(m))) = (&published, &modified) {
        if m.unix_seconds() < p.unix_seconds() {
            c.problems.push(Problem::new(
                "modified",
                ProblemKind::ModifiedBeforePublished {
                    modified: m.to_iso8601(),
                    published: p.to_iso8601(),
                },
            ));
        }
    }
    let authors = c.list("authors", &input.authors, limits.max_authors, author);
    let tags = c.tags(&input.tags);
    let image = match &input.image {
        None => Some(None),
        Some(i) => c.image("image", i).map(Some),
    };
    let body = check_body(&mut c, input.body_format, body);
    let key_facts = c.list(
        "key_facts",
        &input.key_facts,
        limits.max_key_facts,
        key_fact,
    );
    let background = c.opt_text(
        "background",
        input.background.as_deref(),
        limits.max_long_text_chars,
    );
    let quick_answers = c.list(
        "quick_answers",
        &input.quick_answers,
        limits.max_quick_answers,
        question_answer,
    );
    let faq = c.list("faq", &input.faq, limits.max_faq, question_answer);
    let sources = c.list("sources", &input.sources, limits.max_sources, source);
    let related = c.list("related", &input.related, limits.max_related, related);
    let language = c.language("language", input.language.as_deref());

    let article = (|| {
        Some(Article {
            headline: headline?,
            description: description?,
            section: section?,
            slug: slug?,
            canonical_url: canonical_url?,
            published: published?,
            modified: modified?,
            authors: authors?,
            tags: tags?,
            views: input.views,
            comments: input.comments,
            image: image?,
            body: body?,
            key_facts: key_facts?,
            background: background?,
            quick_answers: quick_answers?,
            faq: faq?,
            sources: sources?,
            related: related?,
            language: language?,
        })
    })();
    c.finish::<ArticleInput, _>(article, shape)
}

fn section(c: &mut Checker<'_>, s: &SectionInput) -> Option<Section> {
    let name = c.short("section.name", &s.name);
    let url = c.opt_web_url("section.url", s.url.as_deref());
    Some(Section {
        name: name?,
        url: url?,
    })
}

fn author(c: &mut Checker<'_>, path: &str, a: &AuthorInput) -> Option<Author> {
    let name = c.short(&format!("{path}.name"), &a.name);
    let url = c.opt_web_url(&format!("{path}.url"), a.url.as_deref());
    Some(Author {
        name: name?,
        kind: a.kind,
        url: url?,
    })
}

fn check_body(c: &mut Checker<'_>, format: BodyFormat, raw: Cow<'_, str>) -> Option<Body> {
    let max = c.opts.limits.max_body_bytes;
    if raw.len() > max {
        return c.fail(
            "body",
            ProblemKind::TooLarge {
                max,
                actual: raw.len(),
            },
        );
    }
    if !has_visible(&raw) {
        return c.fail("body", ProblemKind::Empty);
    }
    Some(Body {
        format,
        source: normalize_line_endings(raw.into_owned()),
    })
}

fn key_fact(c: &mut Checker<'_>, path: &str, k: &KeyFactInput) -> Option<KeyFact> {
    let label = c.short(&format!("{path}.label"), &k.label);
    let value = c.long(&format!("{path}.value"), &k.value);
    Some(KeyFact {
        label: label?,
        value: value?,
    })
}

fn question_answer(
    c: &mut Checker<'_>,
    path: &str,
    q: &QuestionAnswerInput,
) -> Option<QuestionAnswer> {
    let question = c.short(&format!("{path}.question"), &q.question);
    let answer = c.long(&format!("{path}.answer"), &q.answer);
    Some(QuestionAnswer {
        question: question?,
        answer: answer?,
    })
}

fn source(c: &mut Checker<'_>, path: &str, s: &SourceInput) -> Option<Source> {
    let url = c.web_url(&format!("{path}.url"), &s.url);
    let title = c.opt_short(&format!("{path}.title"), s.title.as_deref());
    let publisher = c.opt_short(&format!("{path}.publisher"), s.publisher.as_deref());
    Some(Source {
        url: url?,
        title: title?,
        publisher: publisher?,
    })
}

fn related(c: &mut Checker<'_>, path: &str, r: &RelatedInput) -> Option<RelatedArticle> {
    let headline = c.text(
        &format!("{path}.headline"),
        &r.headline,
        c.opts.limits.max_headline_chars,
    );
    let url = c.web_url(&format!("{path}.url"), &r.url);
    let published = match &r.published {
        None => Some(None),
        Some(p) => c.date(&format!("{path}.published"), p).map(Some),
    };
    let image = match &r.image {
        None => Some(None),
        Some(i) => c.image(&format!("{path}.image"), i).map(Some),
    };
    Some(RelatedArticle {
        headline: headline?,
        url: url?,
        published: published?,
        image: image?,
    })
}
