//! [`LanguageTag`]: BCP 47 tags, checked for shape and written in canonical case.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ProblemKind;

use super::string_serde;

/// A BCP 47 language tag (`en`, `de-CH`, `zh-Hant-TW`), checked for shape and written in
/// canonical case (language lowercase, script title case, region uppercase).
///
/// ```
/// use newsclip::LanguageTag;
///
/// let tag: LanguageTag = "DE-ch".parse()?;
/// assert_eq!(tag.as_str(), "de-CH");
/// assert_eq!(tag.primary(), "de");
/// assert_eq!(tag.to_og_locale(), "de_CH");
/// assert!("english!".parse::<LanguageTag>().is_err());
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// English, the default language.
    pub fn english() -> Self {
        LanguageTag("en".into())
    }

    /// The tag as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`de` of `de-CH`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The region subtag, if any (`CH` of `de-CH`).
    pub fn region(&self) -> Option<&str> {
        self.0
            .split('-')
            .skip(1)
            .find(|s| s.len() == 2 || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())))
    }

    /// The script subtag, if any (`Arab` of `pa-Arab-PK`, `Latn` of `sr-Latn`): the first
    /// four-letter subtag right after the language and its extended subtags. Subtags after a
    /// singleton (`-u-nu-latn`, `-x-…`) are extensions, never the script.
    ///
    /// ```
    /// let tag: newsclip::LanguageTag = "az-arab-IR".parse()?;
    /// assert_eq!(tag.script(), Some("Arab"));
    /// let tag: newsclip::LanguageTag = "ar-u-nu-latn".parse()?;
    /// assert_eq!(tag.script(), None);
    /// # Ok::<(), newsclip::ProblemKind>(())
    /// ```
    pub fn script(&self) -> Option<&str> {
        let mut subtags = self.0.split('-').skip(1).peekable();
        // Up to three extended language subtags (three letters) may come first.
        for _ in 0..3 {
            if subtags
                .next_if(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic()))
                .is_none()
            {
                break;
            }
        }
        subtags
            .next()
            .filter(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()))
    }

    /// The direction text in this language runs: right to left for languages written in a
    /// right-to-left script by default (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
    /// Yiddish, Divehi, Kurdish (Sorani), Uyghur …), left to right otherwise. A script
    /// subtag decides over the language: `pa-Arab` and `az-Arab` are right to left,
    /// `ku-Latn` and `sd-Deva` left to right.
    ///
    /// ```
    /// use newsclip::LanguageTag;
    /// use newsclip::options::Direction;
    ///
    /// let dir = |tag: &str| tag.parse::<LanguageTag>().map(|t| t.direction());
    /// assert_eq!(dir("ar-EG")?, Direction::Rtl);
    /// assert_eq!(dir("he")?, Direction::Rtl);
    /// assert_eq!(dir("fr")?, Direction::Ltr);
    /// assert_eq!(dir("pa-Arab")?, Direction::Rtl);
    /// assert_eq!(dir("uz-Latn")?, Direction::Ltr);
    /// assert_eq!(dir("sd-Deva")?, Direction::Ltr);
    /// # Ok::<(), newsclip::ProblemKind>(())
    /// ```
    pub fn direction(&self) -> Direction {
        if let Some(script) = self.script()
            && let Some(direction) = script_direction(script)
        {
            return direction;
        }
        let language = self.primary();
        if RTL_LANGUAGES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(language))
        {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// This tag as an ICU4X locale, for CLDR plural rules and formats. A tag ICU4X does not
    /// parse (BCP 47 allows more than Unicode locale identifiers do) is read as its language
    /// alone, and failing that as the root locale.
    pub(crate) fn icu_locale(&self) -> icu_locale_core::Locale {
        self.0
            .parse()
            .or_else(|_| self.primary().parse())
            .unwrap_or(icu_locale_core::Locale::UNKNOWN)
    }

    /// The OpenGraph locale form: `en_US`, or the language alone when no region is given.
    pub fn to_og_locale(&self) -> String {
        match self.region() {
            Some(r) => format!("{}_{}", self.primary(), r),
            None => self.primary().to_string(),
        }
    }

    fn parse_str(input: &str) -> Result<Self, ProblemKind> {
        let invalid = || ProblemKind::InvalidLanguage {
            input: input.to_string(),
        };
        let s = input.trim();
        if s.is_empty() || s.len() > 35 {
            return Err(invalid());
        }
        let mut out = String::with_capacity(s.len());
        for (i, part) in s.split(['-', '_']).enumerate() {
            let ok_len = if i == 0 {
                (2..=8).contains(&part.len())
            } else {
                (1..=8).contains(&part.len())
            };
            if !ok_len || !part.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(invalid());
            }
            if i == 0 && !part.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Err(invalid());
            }
            if i > 0 {
                out.push('-');
            }
            let canonical = match (i, part.len()) {
                (0, _) => part.to_ascii_lowercase(),
                (_, 2) => part.to_ascii_uppercase(),
                (_, 4) if part.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    let lower = part.to_ascii_lowercase();
                    let mut c = lower.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                }
                _ => part.to_ascii_lowercase(),
            };
            out.push_str(&canonical);
        }
        Ok(LanguageTag(out))
    }
}

/// Which way text runs: the `dir` attribute the page and the article carry.
///
/// ```
/// use newsclip::options::Direction;
///
/// assert_eq!(Direction::Rtl.as_str(), "rtl");
/// assert_eq!(Direction::default(), Direction::Ltr);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    /// Left to right (`dir="ltr"`).
    #[default]
    Ltr,
    /// Right to left (`dir="rtl"`).
    Rtl,
}

impl Direction {
    /// The attribute value: `ltr` or `rtl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Languages whose usual script runs right to left (their CLDR likely script is Arabic,
/// Hebrew, Syriac, Thaana, N'Ko, Adlam or Hanifi Rohingya), by ISO 639 code.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "arq", "ary", "arz", "azb", "bal", "bgn", "bqi", "brh", "ckb", "dv", "fa", "glk",
    "he", "iw", "ji", "khw", "ks", "lad", "lki", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "rhg",
    "sd", "sdh", "skr", "syr", "ug", "ur", "yi",
];

/// The direction of a script subtag (ISO 15924), when the crate knows it: the right-to-left
/// scripts in use and the common left-to-right ones. Unknown scripts leave the decision to
/// the language.
fn script_direction(script: &str) -> Option<Direction> {
    const RTL: &[&str] = &[
        "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung",
        "Khar", "Lydi", "Mand", "Mani", "Mend", "Narb", "Nbat", "Nkoo", "Orkh", "Palm", "Phli",
        "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Syre", "Syrj",
        "Syrn", "Thaa", "Yezi",
    ];
    const LTR: &[&str] = &[
        "Armn", "Beng", "Cyrl", "Deva", "Ethi", "Geor", "Grek", "Gujr", "Guru", "Hang", "Hani",
        "Hans", "Hant", "Hira", "Jpan", "Kana", "Khmr", "Knda", "Kore", "Laoo", "Latn", "Mlym",
        "Mong", "Mymr", "Orya", "Sinh", "Taml", "Telu", "Thai", "Tibt",
    ];
    if RTL.iter().any(|s| s.eq_ignore_ascii_case(script)) {
        Some(Direction::Rtl)
    } else if LTR.iter().any(|s| s.eq_ignore_ascii_case(script)) {
        Some(Direction::Ltr)
    } else {
        None
    }
}

impl Default for LanguageTag {
    fn default() -> Self {
        LanguageTag::english()
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_serde!(LanguageTag, "LanguageTag", {
    "description": "A BCP 47 language tag such as en, en-GB or de-CH.",
    "type": "string",
    "pattern": "^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$"
});
