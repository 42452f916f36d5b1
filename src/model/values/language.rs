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
