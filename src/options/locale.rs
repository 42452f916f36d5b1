//! The built-in locales: a set of labels and date and number patterns each.

use std::fmt;
use std::sync::LazyLock;

use crate::model::values::LanguageTag;
use crate::options::builtin;
use crate::options::formats::FormatPatterns;
use crate::options::labels::Labels;

/// A built-in set of labels (and of date and number patterns, for builds without the
/// `locale-formats` feature).
///
/// ```
/// use newsclip::options::Locale;
///
/// let de: newsclip::LanguageTag = "de-AT".parse()?;
/// assert_eq!(Locale::from_language(&de), Some(Locale::German));
/// let ar: newsclip::LanguageTag = "ar-EG".parse()?;
/// assert_eq!(Locale::from_language(&ar), Some(Locale::Arabic));
/// let pl: newsclip::LanguageTag = "pl".parse()?;
/// assert_eq!(Locale::from_language(&pl), None);
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Locale {
    /// English, the seed page's words: "April 4, 2026", "1,234 views".
    #[default]
    English,
    /// German: "4. April 2026", "1.234 Aufrufe".
    German,
    /// French: "4 avril 2026", "0 commentaire", "4 vues".
    French,
    /// Spanish: "4 de abril de 2026", "4 visitas".
    Spanish,
    /// Arabic (right to left): "4 أبريل 2026", "4 مشاهدات".
    Arabic,
}

/// The labels of each built-in locale, made once on first use and then only read.
static LABELS: [LazyLock<Labels>; 5] = [
    LazyLock::new(builtin::english),
    LazyLock::new(builtin::german),
    LazyLock::new(builtin::french),
    LazyLock::new(builtin::spanish),
    LazyLock::new(builtin::arabic),
];

/// The date and number patterns of each built-in locale, made once on first use.
static PATTERNS: [LazyLock<FormatPatterns>; 5] = [
    LazyLock::new(builtin::english_patterns),
    LazyLock::new(builtin::german_patterns),
    LazyLock::new(builtin::french_patterns),
    LazyLock::new(builtin::spanish_patterns),
    LazyLock::new(builtin::arabic_patterns),
];

impl Locale {
    /// Every built-in locale.
    pub const ALL: &'static [Locale] = &[
        Locale::English,
        Locale::German,
        Locale::French,
        Locale::Spanish,
        Locale::Arabic,
    ];

    /// The built-in locale for a language tag's primary subtag, if there is one.
    pub fn from_language(language: &LanguageTag) -> Option<Locale> {
        let primary = language.primary();
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.language().eq_ignore_ascii_case(primary))
    }

    /// The language subtag: `en`, `de`, `fr`, `es`, `ar`.
    pub fn language(self) -> &'static str {
        match self {
            Locale::English => "en",
            Locale::German => "de",
            Locale::French => "fr",
            Locale::Spanish => "es",
            Locale::Arabic => "ar",
        }
    }

    /// The locale's labels, shared: [`Labels::for_locale`] gives a copy to change.
    ///
    /// ```
    /// use newsclip::options::Locale;
    ///
    /// assert_eq!(Locale::Spanish.labels().faq, "Preguntas frecuentes");
    /// ```
    pub fn labels(self) -> &'static Labels {
        &LABELS[self.index()]
    }

    /// Its place in [`LABELS`] and [`PATTERNS`].
    fn index(self) -> usize {
        match self {
            Locale::English => 0,
            Locale::German => 1,
            Locale::French => 2,
            Locale::Spanish => 3,
            Locale::Arabic => 4,
        }
    }

    /// The locale's date and number patterns: what [`Formats::Locale`](super::Formats::Locale)
    /// writes without the `locale-formats` feature (the same as CLDR's long date and
    /// decimal format for the language).
    ///
    /// ```
    /// use newsclip::options::Locale;
    ///
    /// assert_eq!(Locale::French.patterns().months[7], "août");
    /// ```
    pub fn patterns(self) -> FormatPatterns {
        self.builtin_patterns().clone()
    }

    /// [`patterns`](Self::patterns), borrowed from the ones made once.
    pub(crate) fn builtin_patterns(self) -> &'static FormatPatterns {
        &PATTERNS[self.index()]
    }
}

/// There is no built-in locale for a language: returned by
/// [`HtmlOptions::for_language`](super::HtmlOptions::for_language) instead of falling back
/// to English without a word.
///
/// ```
/// use newsclip::options::HtmlOptions;
///
/// let pl: newsclip::LanguageTag = "pl".parse()?;
/// let err = HtmlOptions::for_language(&pl).unwrap_err();
/// assert_eq!(err.language().as_str(), "pl");
/// assert!(err.to_string().starts_with("no built-in labels for \"pl\""));
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoBuiltInLocale {
    language: LanguageTag,
}

impl NoBuiltInLocale {
    pub(crate) fn new(language: &LanguageTag) -> Self {
        NoBuiltInLocale {
            language: language.clone(),
        }
    }

    /// The language asked for.
    pub fn language(&self) -> &LanguageTag {
        &self.language
    }
}

impl fmt::Display for NoBuiltInLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no built-in labels for {:?} (built in: en, de, fr, es, ar); give your own Labels, \
             in code or with Labels::from_json",
            self.language.as_str()
        )
    }
}

impl std::error::Error for NoBuiltInLocale {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_is_found_by_its_language_and_holds_its_own_labels() {
        for locale in Locale::ALL {
            let tag: LanguageTag = locale.language().parse().unwrap();
            assert_eq!(Locale::from_language(&tag), Some(*locale));
            assert_eq!(locale.labels().language, tag);
            assert_eq!(Labels::for_locale(*locale), *locale.labels());
        }
        let tag: LanguageTag = "ES-419".parse().unwrap();
        assert_eq!(Locale::from_language(&tag), Some(Locale::Spanish));
    }

    #[test]
    fn locales_differ_in_every_word_but_the_title_pattern() {
        let all: Vec<&Labels> = Locale::ALL.iter().map(|l| l.labels()).collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                for (x, y) in [
                    (&a.published, &b.published),
                    (&a.comments, &b.comments),
                    (&a.faq, &b.faq),
                    (&a.key_facts, &b.key_facts),
                    (&a.sign_in_prompt, &b.sign_in_prompt),
                    (&a.loading_comments, &b.loading_comments),
                    (&a.more_from, &b.more_from),
                ] {
                    assert_ne!(x, y, "{:?} / {:?}", a.language, b.language);
                }
                assert_eq!(a.page_title, b.page_title);
            }
        }
    }
}
