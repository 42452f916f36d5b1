//! Every visible word the HTML renderers write.
//!
//! Labels with a count are [`Plural`]s where `{n}` stands for the formatted number;
//! [`Labels::more_from`] has `{section}`, [`Labels::page_title`] has `{headline}` and
//! `{site}`, [`Labels::dateline`] has `{dateline}` and [`Labels::correction`] has `{date}` and
//! `{text}`. Dates and numbers are not labels: [`Formats`](super::Formats) writes them.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{InputError, Problem, ValidationError};
use crate::model::read::{Cx, Lenient, read_collecting, read_struct};
use crate::model::serde_io::from_json_input;
use crate::model::validate::ValidateOptions;
use crate::model::values::LanguageTag;
use crate::options::locale::Locale;
use crate::options::plural::Plural;

/// Every visible word of the rendered article, and the language they are written in.
///
/// The built-in sets ([`Locale`]: English, German, French, Spanish, Arabic) are chosen from
/// the article's language by default (see [`HtmlOptions::labels`](super::HtmlOptions::labels)).
/// For another language, or other words, give a whole set:
///
/// - **In code**, as a struct literal. `Labels` is deliberately *not* `#[non_exhaustive]`:
///   the literal names every label, so a label added in a later release is a compile error
///   in your code rather than an English word on your page. (New labels therefore come
///   only with a breaking release.) To change a few words of a built-in set, start from
///   [`Labels::for_locale`] and assign fields.
/// - **From data**, with [`Labels::from_json`] or `Deserialize` (any serde format): every
///   field is required and unknown fields are refused, and every problem is reported at once
///   with its path (`views.other: is required; add it`). `Serialize` writes the same shape,
///   so a built-in set is a starting point for a file of your own.
///
/// [`language`](Self::language) is the language the labels are written in: the plural forms
/// are chosen by its CLDR rules, and dates and counts are written for it.
///
/// ```
/// use newsclip::options::{Labels, Locale, Plural};
///
/// // A Polish site's labels, in code: leaving one out does not compile.
/// let pl = Labels {
///     language: "pl".parse()?,
///     published: "Opublikowano".into(),
///     updated: "Zaktualizowano".into(),
///     by: "Autor:".into(),
///     author_separator: ", ".into(),
///     last_author_separator: " i ".into(),
///     dateline: "{dateline} – ".into(),
///     views: Plural::new("{n} wyświetlenie", "{n} wyświetlenia")
///         .with_few("{n} wyświetlenia")
///         .with_many("{n} wyświetleń"),
///     comment_count: Plural::new("{n} komentarz", "{n} komentarza")
///         .with_few("{n} komentarze")
///         .with_many("{n} komentarzy"),
///     reading_time: Plural::same("{n} min czytania"),
///     tags: "Tagi".into(),
///     contents: "Spis treści".into(),
///     key_facts: "Najważniejsze fakty".into(),
///     background: "Kontekst".into(),
///     quick_answers: "Krótkie odpowiedzi".into(),
///     faq: "Najczęściej zadawane pytania".into(),
///     sources: Plural::new("Źródło", "Źródła"),
///     corrections: Plural::new("Sprostowanie", "Sprostowania"),
///     correction: "{date}: {text}".into(),
///     comments: "Komentarze".into(),
///     sign_in_prompt: "Zaloguj się, aby dodać komentarz".into(),
///     sign_in: "Zaloguj się".into(),
///     loading_comments: "Ładowanie komentarzy…".into(),
///     more_from: "Więcej z działu {section}".into(),
///     page_title: "{headline} | {site}".into(),
/// };
/// assert_eq!(pl.comment_count.pick(22, &pl.language), "{n} komentarze");
///
/// // A few words changed in a built-in set.
/// let mut de = Labels::for_locale(Locale::German);
/// de.faq = "Fragen und Antworten".into();
/// assert_eq!(de.key_facts, "Das Wichtigste");
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// The language the labels are written in (BCP 47): plural rules, dates and counts
    /// follow it.
    pub language: LanguageTag,
    /// Before the publication date: "Published".
    pub published: String,
    /// Before the modification date: "Updated".
    pub updated: String,
    /// Before the authors: "By".
    pub by: String,
    /// Between authors but the last two, with its spaces: ", ".
    pub author_separator: String,
    /// Between the last two authors, with its spaces: " and " (Arabic " و", which joins the
    /// next name).
    pub last_author_separator: String,
    /// The dateline before the body's first paragraph, with its dash and the space after it:
    /// "{dateline} — " ("BRUSSELS — ").
    pub dateline: String,
    /// The view count: "{n} view" / "{n} views".
    pub views: Plural,
    /// The comment count in the header: "{n} comment" / "{n} comments".
    pub comment_count: Plural,
    /// The reading time: "{n} min read".
    pub reading_time: Plural,
    /// The accessible name of the tag list: "Tags".
    pub tags: String,
    /// The table of contents heading: "Contents".
    pub contents: String,
    /// "Key Facts".
    pub key_facts: String,
    /// "Background".
    pub background: String,
    /// "Quick Answers".
    pub quick_answers: String,
    /// "Frequently Asked Questions".
    pub faq: String,
    /// The sources heading, by number of sources: "Source reference" / "Source references".
    pub sources: Plural,
    /// The corrections heading, by number of corrections: "Correction" / "Corrections".
    pub corrections: Plural,
    /// One correction: its date (a `<time>`) and its text, "{date}: {text}".
    pub correction: String,
    /// The comments heading: "Comments".
    pub comments: String,
    /// The prompt above the comments: "Sign in to leave a comment".
    pub sign_in_prompt: String,
    /// The sign-in link after the prompt (when the site has a sign-in URL): "Sign In".
    pub sign_in: String,
    /// Shown in the comments slot until the site's widget replaces it: "Loading comments...".
    pub loading_comments: String,
    /// The related articles heading: "More from {section}".
    pub more_from: String,
    /// The `<title>` of a full page: "{headline} | {site}".
    pub page_title: String,
}

read_struct!(Labels {
    language: required,
    published: required,
    updated: required,
    by: required,
    author_separator: required,
    last_author_separator: required,
    dateline: required,
    views: required,
    comment_count: required,
    reading_time: required,
    tags: required,
    contents: required,
    key_facts: required,
    background: required,
    quick_answers: required,
    faq: required,
    sources: required,
    corrections: required,
    correction: required,
    comments: required,
    sign_in_prompt: required,
    sign_in: required,
    loading_comments: required,
    more_from: required,
    page_title: required,
});

/// A language tag inside labels: read as a string, checked as [`LanguageTag`] checks it.
impl Lenient for LanguageTag {
    const EXPECTED: &'static str = "a BCP 47 language tag";
    fn from_str(s: Cow<'_, str>, cx: &mut Cx) -> Self {
        s.parse().unwrap_or_else(|kind| {
            cx.record(kind);
            LanguageTag::default()
        })
    }
}

impl Labels {
    /// The labels of a built-in locale.
    ///
    /// ```
    /// use newsclip::options::{Labels, Locale};
    ///
    /// assert_eq!(Labels::for_locale(Locale::French).comments, "Commentaires");
    /// assert_eq!(Labels::for_locale(Locale::Arabic).language.as_str(), "ar");
    /// ```
    pub fn for_locale(locale: Locale) -> Labels {
        locale.labels().clone()
    }

    /// English, in the seed page's own words.
    pub fn english() -> Labels {
        Labels::for_locale(Locale::English)
    }

    /// German.
    pub fn german() -> Labels {
        Labels::for_locale(Locale::German)
    }

    /// Reads labels from JSON: an object with every field (`Serialize` writes the shape).
    ///
    /// # Errors
    ///
    /// [`InputError::Syntax`] for text that is not JSON; otherwise [`InputError::Invalid`]
    /// with every problem at once, each with its path: a missing label, a label of the wrong
    /// type, an unknown field (with the field it is probably a typo of), an invalid language.
    ///
    /// ```
    /// use newsclip::options::{Labels, Locale};
    /// use newsclip::ProblemKind;
    ///
    /// let json = serde_json::to_string(&Labels::for_locale(Locale::Spanish))?;
    /// assert_eq!(Labels::from_json(&json)?, Labels::for_locale(Locale::Spanish));
    ///
    /// let err = Labels::from_json(r#"{"language": "pl", "views": {"one": "{n} wyświetlenie"}, "tagz": "Tagi"}"#)
    ///     .unwrap_err();
    /// let problems: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    /// assert_eq!(problems[0], "views.other: is required; add it");
    /// assert_eq!(problems[1], "tagz: is not a field here; did you mean `tags`?");
    /// assert_eq!(err.problems()[2].path(), "published");
    /// assert_eq!(err.problems()[2].kind(), &ProblemKind::Missing);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Labels, InputError> {
        let Collected(labels, problems) = from_json_input(json, &ValidateOptions::default())?;
        if problems.is_empty() {
            Ok(labels)
        } else {
            Err(ValidationError::new(problems).into())
        }
    }
}

/// Labels read with every problem collected, for [`Labels::from_json`].
struct Collected(Labels, Vec<Problem>);

impl<'de> Deserialize<'de> for Collected {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (labels, problems) = read_collecting(d)?;
        Ok(Collected(labels, problems))
    }
}

impl Default for Labels {
    /// English.
    fn default() -> Self {
        Labels::english()
    }
}

/// Replaces each `{name}` in `template` with its value from `vars`, in one pass (a value is
/// never scanned for placeholders). Unknown placeholders and lone braces stay as written.
pub(crate) fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    fill_with(template, vars, |piece, _| out.push_str(piece));
    out
}

/// [`fill`] as a walk: `piece` is called in order with the template's own text (`false`)
/// and each substituted value (`true`). Writers that treat the two differently (escaping,
/// isolating the values) share the one template reader.
pub(crate) fn fill_with<'t>(
    template: &'t str,
    vars: &[(&str, &'t str)],
    mut piece: impl FnMut(&'t str, bool),
) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        piece(&rest[..open], false);
        let after = &rest[open + 1..];
        let replaced = after.find('}').and_then(|close| {
            let name = &after[..close];
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (close, *v))
        });
        match replaced {
            Some((close, v)) => {
                piece(v, true);
                rest = &after[close + 1..];
            }
            None => {
                piece("{", false);
                rest = after;
            }
        }
    }
    piece(rest, false);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ProblemKind;

    #[test]
    fn fill_substitutes_once() {
        assert_eq!(
            fill("More from {section}", &[("section", "{section}")]),
            "More from {section}"
        );
        assert_eq!(fill("{a}{b}", &[("a", "1"), ("b", "2")]), "12");
        assert_eq!(fill("{x} { y", &[("a", "1")]), "{x} { y");
        assert_eq!(fill("{", &[]), "{");
        assert_eq!(fill("ä{n}ö", &[("n", "5")]), "ä5ö");
    }

    #[test]
    fn every_built_in_set_round_trips_through_json() {
        for locale in Locale::ALL {
            let labels = Labels::for_locale(*locale);
            let json = serde_json::to_string(&labels).unwrap();
            assert_eq!(Labels::from_json(&json).unwrap(), labels, "{locale:?}");
        }
    }

    #[test]
    fn json_problems_have_paths() {
        let err = Labels::from_json(
            r#"{"language": "not a tag!", "views": "4", "sources": {"other": 1, "few": null}}"#,
        )
        .unwrap_err();
        let at = |path: &str| {
            err.problems()
                .iter()
                .find(|p| p.path() == path)
                .map(|p| p.kind().clone())
        };
        assert!(matches!(
            at("language"),
            Some(ProblemKind::InvalidLanguage { .. })
        ));
        assert!(matches!(
            at("views"),
            Some(ProblemKind::WrongType {
                found: "a string",
                ..
            })
        ));
        assert!(matches!(
            at("sources.other"),
            Some(ProblemKind::WrongType {
                found: "a number",
                ..
            })
        ));
        assert_eq!(at("sources.few"), None, "null is an absent optional form");
        assert_eq!(at("page_title"), Some(ProblemKind::Missing));
        // 25 fields: the three above are given, the other 22 are missing.
        let missing = err
            .problems()
            .iter()
            .filter(|p| *p.kind() == ProblemKind::Missing)
            .count();
        assert_eq!(missing, 22);
        // Syntax errors stop the reader with a location.
        assert!(matches!(
            Labels::from_json(r#"{"language": "#),
            Err(InputError::Syntax { .. })
        ));
    }
}
