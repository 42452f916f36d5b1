//! Every visible word the HTML renderers write, with English and German built in.
//!
//! Labels with a count are [`Plural`] templates where `{n}` stands for the formatted number;
//! [`Labels::more_from`] has `{section}`, [`Labels::page_title`] has `{headline}` and
//! `{site}`, and [`Labels::date_pattern`] has `{day}`, `{month}` and `{year}`.

use crate::model::values::LanguageTag;

/// A label in its singular and plural forms, chosen by a count.
///
/// `{n}` in either form is replaced by the formatted count.
///
/// ```
/// use newsclip::options::Plural;
///
/// let views = Plural::new("{n} view", "{n} views");
/// assert_eq!(views.pick(1), "{n} view");
/// assert_eq!(views.pick(0), "{n} views");
/// assert_eq!(views.pick(4), "{n} views");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plural {
    /// Used when the count is exactly 1.
    pub one: String,
    /// Used for every other count, including 0.
    pub other: String,
}

impl Plural {
    /// A plural from its two forms.
    pub fn new(one: impl Into<String>, other: impl Into<String>) -> Self {
        Plural {
            one: one.into(),
            other: other.into(),
        }
    }

    /// The form for `n` (English and German rule: 1 is singular, everything else plural).
    pub fn pick(&self, n: u64) -> &str {
        if n == 1 { &self.one } else { &self.other }
    }
}

/// A built-in set of labels and date format.
///
/// ```
/// use newsclip::options::Locale;
///
/// let de: newsclip::LanguageTag = "de-AT".parse()?;
/// assert_eq!(Locale::from_language(&de), Some(Locale::German));
/// let fr: newsclip::LanguageTag = "fr".parse()?;
/// assert_eq!(Locale::from_language(&fr), None);
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Locale {
    /// English: "April 4, 2026", "1,234 views".
    #[default]
    English,
    /// German: "4. April 2026", "1.234 Aufrufe".
    German,
}

impl Locale {
    /// The built-in locale for a language tag's primary subtag, if there is one.
    pub fn from_language(language: &LanguageTag) -> Option<Locale> {
        match language.primary().to_ascii_lowercase().as_str() {
            "en" => Some(Locale::English),
            "de" => Some(Locale::German),
            _ => None,
        }
    }
}

/// Every visible word of the rendered article. Replace any field to relabel.
///
/// ```
/// use newsclip::options::{Labels, Locale};
///
/// let mut labels = Labels::for_locale(Locale::German);
/// assert_eq!(labels.faq, "Häufig gestellte Fragen");
/// labels.faq = "Fragen und Antworten".into();
///
/// let en = Labels::default();
/// assert_eq!(en.key_facts, "Key Facts");
/// assert_eq!(en.more_from, "More from {section}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Labels {
    /// Before the publication date: "Published".
    pub published: String,
    /// Before the modification date: "Updated".
    pub updated: String,
    /// Before the authors: "By".
    pub by: String,
    /// Between the last two authors: "and".
    pub and: String,
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
    /// Long date: "{month} {day}, {year}".
    pub date_pattern: String,
    /// Month names, January first.
    pub months: [String; 12],
    /// Between groups of three digits: ",".
    pub thousands_separator: String,
}

impl Labels {
    /// The labels of a built-in locale.
    pub fn for_locale(locale: Locale) -> Labels {
        match locale {
            Locale::English => Labels::english(),
            Locale::German => Labels::german(),
        }
    }

    /// English, in the seed page's own words.
    pub fn english() -> Labels {
        Labels {
            published: "Published".into(),
            updated: "Updated".into(),
            by: "By".into(),
            and: "and".into(),
            views: Plural::new("{n} view", "{n} views"),
            comment_count: Plural::new("{n} comment", "{n} comments"),
            reading_time: Plural::new("{n} min read", "{n} min read"),
            tags: "Tags".into(),
            contents: "Contents".into(),
            key_facts: "Key Facts".into(),
            background: "Background".into(),
            quick_answers: "Quick Answers".into(),
            faq: "Frequently Asked Questions".into(),
            sources: Plural::new("Source reference", "Source references"),
            comments: "Comments".into(),
            sign_in_prompt: "Sign in to leave a comment".into(),
            sign_in: "Sign In".into(),
            loading_comments: "Loading comments...".into(),
            more_from: "More from {section}".into(),
            page_title: "{headline} | {site}".into(),
            date_pattern: "{month} {day}, {year}".into(),
            months: months([
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ]),
            thousands_separator: ",".into(),
        }
    }

    /// German.
    pub fn german() -> Labels {
        Labels {
            published: "Veröffentlicht am".into(),
            updated: "Aktualisiert am".into(),
            by: "Von".into(),
            and: "und".into(),
            views: Plural::new("{n} Aufruf", "{n} Aufrufe"),
            comment_count: Plural::new("{n} Kommentar", "{n} Kommentare"),
            reading_time: Plural::new("{n} Min. Lesezeit", "{n} Min. Lesezeit"),
            tags: "Schlagwörter".into(),
            contents: "Inhalt".into(),
            key_facts: "Das Wichtigste".into(),
            background: "Hintergrund".into(),
            quick_answers: "Kurz beantwortet".into(),
            faq: "Häufig gestellte Fragen".into(),
            sources: Plural::new("Quelle", "Quellen"),
            comments: "Kommentare".into(),
            sign_in_prompt: "Melden Sie sich an, um zu kommentieren".into(),
            sign_in: "Anmelden".into(),
            loading_comments: "Kommentare werden geladen …".into(),
            more_from: "Mehr aus {section}".into(),
            page_title: "{headline} | {site}".into(),
            date_pattern: "{day}. {month} {year}".into(),
            months: months([
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ]),
            thousands_separator: ".".into(),
        }
    }
}

impl Default for Labels {
    /// English.
    fn default() -> Self {
        Labels::english()
    }
}

fn months(names: [&str; 12]) -> [String; 12] {
    names.map(String::from)
}

/// Replaces each `{name}` in `template` with its value from `vars`, in one pass (a value is
/// never scanned for placeholders). Unknown placeholders and lone braces stay as written.
pub(crate) fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let replaced = after.find('}').and_then(|close| {
            let name = &after[..close];
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (close, *v))
        });
        match replaced {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn plural_rule() {
        let p = Plural::new("one", "other");
        assert_eq!(p.pick(1), "one");
        for n in [0, 2, 11, 21, 101] {
            assert_eq!(p.pick(n), "other");
        }
    }

    #[test]
    fn locales_differ_in_every_label_but_the_title_pattern() {
        let en = Labels::english();
        let de = Labels::german();
        assert_ne!(en.key_facts, de.key_facts);
        assert_ne!(en.months, de.months);
        assert_ne!(en.date_pattern, de.date_pattern);
        assert_eq!(Labels::for_locale(Locale::German), de);
    }
}
