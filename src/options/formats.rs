//! How dates and counts are written: by the locale (CLDR), or by patterns of your own.

/// How the page writes dates and counts, in the language of its labels (the article's own
/// tag when the labels are in its language, so `en-GB` gets "4 April 2026"). The
/// `<time datetime>` value is ISO 8601 whatever the visible format.
///
/// ```
/// use newsclip::options::{Formats, Locale};
///
/// assert_eq!(Formats::default(), Formats::Locale);
/// let mine = Formats::Patterns(Locale::German.patterns());
/// # let _ = mine;
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
// One per set of options, never in bulk: the size of the patterns variant does not matter,
// and a `Box` would only make it harder to write.
#[allow(clippy::large_enum_variant)]
pub enum Formats {
    /// The language's own formats. With the `locale-formats` feature (on by default): CLDR's
    /// long date and decimal format through ICU4X, for any language CLDR knows ("4 kwietnia
    /// 2026", "1 234" in Polish; Arabic-Indic digits for `ar-EG`). Without it: the built-in
    /// patterns of the language's [`Locale`](super::Locale), English for other languages.
    #[default]
    Locale,
    /// Your own patterns, with or without the feature.
    Patterns(FormatPatterns),
}

/// Date and number patterns: what [`Formats::Patterns`] writes, and what the built-in
/// locales write without the `locale-formats` feature ([`Locale::patterns`](super::Locale::patterns)).
///
/// ```
/// use newsclip::options::{FormatPatterns, Locale};
///
/// let mut p: FormatPatterns = Locale::English.patterns();
/// assert_eq!(p.date, "{month} {day}, {year}");
/// p.date = "{day} {month} {year}".into();
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatPatterns {
    /// The long date, with `{day}`, `{month}` (a name from [`months`](Self::months)) and
    /// `{year}`: "{month} {day}, {year}".
    pub date: String,
    /// Month names as they stand in [`date`](Self::date), January first.
    pub months: [String; 12],
    /// Between groups of three digits: ",".
    pub thousands_separator: String,
    /// The fewest digits before the first separator: 1 groups "1,234", 2 (Spanish, Polish)
    /// writes "1234" but "12.345".
    pub min_grouping_digits: u8,
}

impl FormatPatterns {
    /// The patterns of a date pattern, twelve month names, a separator and its minimum
    /// grouping.
    pub fn new(
        date: impl Into<String>,
        months: [&str; 12],
        thousands_separator: impl Into<String>,
        min_grouping_digits: u8,
    ) -> Self {
        FormatPatterns {
            date: date.into(),
            months: months.map(String::from),
            thousands_separator: thousands_separator.into(),
            min_grouping_digits,
        }
    }
}
