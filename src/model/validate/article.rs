//! The article's validation: every field of an [`ArticleInput`] checked once, with the
//! [`Checker`] of the parent module.

use std::borrow::Cow;

use crate::error::{Problem, ProblemKind, ValidationError};
use crate::model::article::{
    Article, Author, Body, Correction, KeyFact, QuestionAnswer, RelatedArticle, Section, Source,
};
use crate::model::input::{
    ArticleInput, AuthorInput, AuthorKind, BodyFormat, CorrectionInput, KeyFactInput,
    QuestionAnswerInput, RelatedInput, SectionInput, SourceInput,
};
use crate::model::validate::{Checker, ValidateOptions};
use crate::model::values::DateTime;
use crate::sanitize::{has_visible, slug};

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
    if let (Some(p), Some(Some(m))) = (&published, &modified)
        && m.unix_seconds() < p.unix_seconds()
    {
        c.problems.push(Problem::new(
            "modified",
            ProblemKind::ModifiedBeforePublished {
                modified: m.to_iso8601(),
                published: p.to_iso8601(),
            },
        ));
    }
    let corrections = c.list(
        "corrections",
        &input.corrections,
        limits.max_corrections,
        correction,
    );
    if let (Some(published), Some(modified), Some(corrections)) =
        (&published, &modified, &corrections)
    {
        check_correction_dates(&mut c, corrections, published, modified.as_ref());
    }
    let authors = c.list("authors", &input.authors, limits.max_authors, author);
    let tags = c.tags(&input.tags);
    let image = match &input.image {
        None => Some(None),
        Some(i) => c.image("image", i).map(Some),
    };
    let dateline = c.opt_short("dateline", input.dateline.as_deref());
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
    let publishing_principles = c.opt_web_url(
        "publishing_principles",
        input.publishing_principles.as_deref(),
    );
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
            corrections: corrections?,
            authors: authors?,
            tags: tags?,
            views: input.views,
            comments: input.comments,
            image: image?,
            dateline: dateline?,
            body: body?,
            paywalled: input.paywalled,
            key_facts: key_facts?,
            background: background?,
            quick_answers: quick_answers?,
            faq: faq?,
            sources: sources?,
            related: related?,
            publishing_principles: publishing_principles?,
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
    let same_as = c.url_list(&format!("{path}.same_as"), &a.same_as);
    let person_only = |c: &mut Checker<'_>, field: &str, raw: Option<&str>| {
        let path = format!("{path}.{field}");
        match (a.kind, raw) {
            (AuthorKind::Organization, Some(_)) => c.fail(path, ProblemKind::PersonOnly),
            _ => c.opt_short(&path, raw),
        }
    };
    let job_title = person_only(c, "job_title", a.job_title.as_deref());
    let organization = person_only(c, "organization", a.organization.as_deref());
    let image = c.opt_web_url(&format!("{path}.image"), a.image.as_deref());
    Some(Author {
        name: name?,
        kind: a.kind,
        url: url?,
        same_as: same_as?,
        job_title: job_title?,
        image: image?,
        organization: organization?,
    })
}

fn correction(c: &mut Checker<'_>, path: &str, x: &CorrectionInput) -> Option<Correction> {
    let date = c.date(&format!("{path}.date"), &x.date);
    let text = c.long(&format!("{path}.text"), &x.text);
    Some(Correction {
        date: date?,
        text: text?,
    })
}

/// Every correction lies between publication and the last modification: correcting an
/// article modifies it, so `modified` is at least the latest correction.
fn check_correction_dates(
    c: &mut Checker<'_>,
    corrections: &[Correction],
    published: &DateTime,
    modified: Option<&DateTime>,
) {
    let latest = modified.unwrap_or(published).unix_seconds();
    for (i, x) in corrections.iter().enumerate() {
        let path = format!("corrections[{i}].date");
        let at = x.date.unix_seconds();
        if at < published.unix_seconds() {
            c.problems.push(Problem::new(
                path,
                ProblemKind::CorrectionBeforePublished {
                    correction: x.date.to_iso8601(),
                    published: published.to_iso8601(),
                },
            ));
        } else if at > latest {
            c.problems.push(Problem::new(
                path,
                ProblemKind::CorrectionAfterModified {
                    correction: x.date.to_iso8601(),
                    modified: modified.map(DateTime::to_iso8601),
                    published: published.to_iso8601(),
                },
            ));
        }
    }
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
