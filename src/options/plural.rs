//! Labels with a count: one form per CLDR plural category, chosen by the language's CLDR
//! plural rules (ICU4X's `icu_plurals`, with its compiled data).

use icu_plurals::{PluralCategory, PluralRules};
use serde::Serialize;

use crate::model::values::LanguageTag;

/// A label with a count, in the forms of the CLDR plural categories.
///
/// Which category a count takes depends on the language, by CLDR's plural rules: English
/// uses `one` (1) and `other`; French `one` for 0 and 1; Polish `one`, `few` (2–4, 22–24 …)
/// and `many` (0, 5–21, 25 …); Arabic all six; Japanese `other` alone. Give the forms your
/// language uses: a category without a form of its own takes `other`. `{n}` in a form is
/// replaced by the formatted count.
///
/// ```
/// use newsclip::LanguageTag;
/// use newsclip::options::Plural;
///
/// let views = Plural::new("{n} vue", "{n} vues");
/// let fr: LanguageTag = "fr".parse()?;
/// let en: LanguageTag = "en".parse()?;
/// assert_eq!(views.pick(0, &fr), "{n} vue");
/// assert_eq!(views.pick(0, &en), "{n} vues");
///
/// let pl: LanguageTag = "pl".parse()?;
/// let comments = Plural::new("{n} komentarz", "{n} komentarza")
///     .with_few("{n} komentarze")
///     .with_many("{n} komentarzy");
/// let picked: Vec<&str> = [1, 2, 5, 22, 25].iter().map(|n| comments.pick(*n, &pl)).collect();
/// assert_eq!(picked, ["{n} komentarz", "{n} komentarze", "{n} komentarzy", "{n} komentarze", "{n} komentarzy"]);
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Plural {
    /// CLDR `zero` (Arabic 0, Latvian 0, 10–20 …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zero: Option<String>,
    /// CLDR `one` (English 1, French 0 and 1, Russian 1, 21, 31 …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one: Option<String>,
    /// CLDR `two` (Arabic and Hebrew 2, Slovenian 2, 102 …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub two: Option<String>,
    /// CLDR `few` (Polish and Russian 2–4, 22–24 …, Arabic 3–10 …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub few: Option<String>,
    /// CLDR `many` (Polish and Russian 0, 5–20, 25 …, Arabic 11–99 …, French and Spanish
    /// whole millions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub many: Option<String>,
    /// CLDR `other`: every count whose category has no form of its own.
    pub other: String,
}

crate::model::read::read_struct!(Plural {
    zero: optional,
    one: optional,
    two: optional,
    few: optional,
    many: optional,
    other: required,
});

impl Plural {
    /// A label with a `one` and an `other` form, as English and German have.
    pub fn new(one: impl Into<String>, other: impl Into<String>) -> Self {
        Plural {
            one: Some(one.into()),
            ..Plural::same(other)
        }
    }

    /// One form for every count (languages without plural forms, or a label that does not
    /// change: "{n} min read").
    pub fn same(form: impl Into<String>) -> Self {
        Plural {
            other: form.into(),
            ..Plural::default()
        }
    }

    /// With a `zero` form.
    pub fn with_zero(mut self, form: impl Into<String>) -> Self {
        self.zero = Some(form.into());
        self
    }

    /// With a `two` form.
    pub fn with_two(mut self, form: impl Into<String>) -> Self {
        self.two = Some(form.into());
        self
    }

    /// With a `few` form.
    pub fn with_few(mut self, form: impl Into<String>) -> Self {
        self.few = Some(form.into());
        self
    }

    /// With a `many` form.
    pub fn with_many(mut self, form: impl Into<String>) -> Self {
        self.many = Some(form.into());
        self
    }

    /// The form for `n` in `language`: the form of the count's CLDR category, else `other`.
    /// A language CLDR has no rules for takes `other` for every count.
    pub fn pick(&self, n: u64, language: &LanguageTag) -> &str {
        let form = match category(n, language) {
            PluralCategory::Zero => &self.zero,
            PluralCategory::One => &self.one,
            PluralCategory::Two => &self.two,
            PluralCategory::Few => &self.few,
            PluralCategory::Many => &self.many,
            PluralCategory::Other => &None,
        };
        form.as_deref().unwrap_or(&self.other)
    }
}

/// The CLDR plural category of the whole number `n` in `language` (cardinal rules). Building
/// the rules is a lookup in compiled data (well under a microsecond), so it is done per call
/// rather than kept.
fn category(n: u64, language: &LanguageTag) -> PluralCategory {
    match PluralRules::try_new_cardinal(language.icu_locale().into()) {
        Ok(rules) => rules.category_for(n),
        // Compiled data has the root rules for every locale, so this does not happen; `other`
        // is what root rules would say.
        Err(_) => PluralCategory::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LanguageTag {
        s.parse().unwrap()
    }

    /// Every form names its category, so the category CLDR picked is visible.
    fn all_forms() -> Plural {
        Plural::new("one", "other")
            .with_zero("zero")
            .with_two("two")
            .with_few("few")
            .with_many("many")
    }

    #[test]
    fn categories_follow_cldr() {
        let p = all_forms();
        let picks = |lang: &str, ns: &[u64]| -> Vec<String> {
            ns.iter()
                .map(|n| p.pick(*n, &tag(lang)).to_string())
                .collect()
        };
        assert_eq!(
            picks("en", &[0, 1, 2, 11]),
            ["other", "one", "other", "other"]
        );
        assert_eq!(
            picks("fr", &[0, 1, 2, 1_000_000]),
            ["one", "one", "other", "many"]
        );
        assert_eq!(
            picks("pl", &[0, 1, 2, 5, 12, 22, 25, 102]),
            ["many", "one", "few", "many", "many", "few", "many", "few"]
        );
        assert_eq!(
            picks("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 102]),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other"
            ]
        );
        assert_eq!(picks("ja", &[0, 1, 2]), ["other", "other", "other"]);
        assert_eq!(
            picks("ru-RU", &[1, 3, 5, 21]),
            ["one", "few", "many", "one"]
        );
        // No rules for a made-up language: other.
        assert_eq!(picks("qqq", &[0, 1, 2]), ["other", "other", "other"]);
    }

    #[test]
    fn missing_forms_take_other() {
        let p = Plural::new("{n} view", "{n} views");
        assert_eq!(p.pick(0, &tag("ar")), "{n} views");
        assert_eq!(p.pick(1, &tag("ar")), "{n} view");
        assert_eq!(Plural::same("x").pick(1, &tag("en")), "x");
        assert_eq!(p.pick(u64::MAX, &tag("pl")), "{n} views");
    }
}
