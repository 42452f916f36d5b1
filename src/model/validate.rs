//! One way in: every input (serde or builder) ends here, is checked once, and yields either an
//! [`Article`] or every problem at once.

use crate::error::{Problem, ProblemKind, ValidationError};
use crate::model::article::{
    Article, Author, Body, Image, KeyFact, QuestionAnswer, RelatedArticle, Section, Source, Tag,
};
use crate::model::input::{
    ArticleInput, AuthorInput, ImageInput, KeyFactInput, QuestionAnswerInput, RelatedInput,
    SectionInput, SourceInput,
};
use crate::model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};
use crate::sanitize::{TextMode, clean_text, slug};

/// Size limits for input. Hostile input gets an error, never a hang.
///
/// Lengths of texts are counted in characters after cleaning; the body in bytes as given.
///
/// ```
/// use newsclip::{Limits, ValidateOptions};
///
/// let mut opts = ValidateOptions::default();
/// opts.limits.max_tags = 3;
/// assert_eq!(opts.limits.max_body_bytes, 2 * 1024 * 1024);
/// assert_eq!(Limits::default().max_headline_chars, 300);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Headline length. Default 300.
    pub max_headline_chars: usize,
    /// Names, labels, questions, tags, captions, titles. Default 500.
    pub max_short_text_chars: usize,
    /// Description, background, key fact values, answers. Default 5,000.
    pub max_long_text_chars: usize,
    /// Body size in bytes. Default 2 MiB.
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

    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<T, ValidationError> {
        match value {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ => Err(ValidationError::new(self.problems)),
        }
    }

    /// A required plain-text field.
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
                ProblemKind::TooLong {
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

    fn tags(&mut self, raw: &[String]) -> Option<Vec<Tag>> {
        let mut seen: Vec<Tag> = Vec::new();
        let max = self.opts.limits.max_tags;
        self.list("tags", raw, max, |c, path, t| {
            let without_hash = t.trim().trim_start_matches('#');
            let name = c.short(path, without_hash)?;
            let slug = slug::slugify(&name);
            if slug.is_empty() {
                return c.fail(path, ProblemKind::NoWordCharacters { input: t.clone() });
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

fn normalize_line_endings(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
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
        let mut c = Checker::new(opts);
        let limits = &opts.limits;
        let headline = c.text("headline", &self.headline, limits.max_headline_chars);
        let description = c.opt_text(
            "description",
            self.description.as_deref(),
            limits.max_long_text_chars,
        );
        let section = section(&mut c, &self.section);
        let slug = match (&self.slug, &headline) {
            (Some(s), _) if slug::is_slug(s) => Some(s.clone()),
            (Some(s), _) => c.fail("slug", ProblemKind::InvalidSlug { input: s.clone() }),
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
        let canonical_url = c.absolute_url("canonical_url", &self.canonical_url);
        let published = c.date("published", &self.published);
        let modified = match &self.modified {
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
        let authors = c.list("authors", &self.authors, limits.max_authors, author);
        let tags = c.tags(&self.tags);
        let image = match &self.image {
            None => Some(None),
            Some(i) => c.image("image", i).map(Some),
        };
        let body = body(&mut c, self);
        let key_facts = c.list("key_facts", &self.key_facts, limits.max_key_facts, key_fact);
        let background = c.opt_text(
            "background",
            self.background.as_deref(),
            limits.max_long_text_chars,
        );
        let quick_answers = c.list(
            "quick_answers",
            &self.quick_answers,
            limits.max_quick_answers,
            question_answer,
        );
        let faq = c.list("faq", &self.faq, limits.max_faq, question_answer);
        let sources = c.list("sources", &self.sources, limits.max_sources, source);
        let related = c.list("related", &self.related, limits.max_related, related);
        let language = c.language("language", self.language.as_deref());

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
                views: self.views,
                comments: self.comments,
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
        c.finish(article)
    }
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

fn body(c: &mut Checker<'_>, input: &ArticleInput) -> Option<Body> {
    let max = c.opts.limits.max_body_bytes;
    let raw = &input.body;
    if raw.len() > max {
        return c.fail(
            "body",
            ProblemKind::TooLarge {
                max,
                actual: raw.len(),
            },
        );
    }
    if raw.trim().is_empty() {
        return c.fail("body", ProblemKind::Empty);
    }
    Some(Body {
        format: input.body_format,
        source: normalize_line_endings(raw),
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
