//! Human dates and numbers: CLDR's formats through ICU4X (the `locale-formats` feature), or
//! patterns. Pure formatting: no clock, no time zone database, the date as the author wrote
//! it (in their own offset), always in the Gregorian calendar that `<time datetime>` uses.

use crate::PreparedArticle;
use crate::model::values::{DateTime, LanguageTag};
use crate::options::{FormatPatterns, Formats, Locale, Plural, fill_with};
use crate::render::html::{start_tag, text};

/// The date as people read it in `language`: "April 4, 2026" in English, "4. April 2026" in
/// German, "4 de abril de 2026" in Spanish; with the `locale-formats` feature, CLDR's long
/// date for any language ("4 kwietnia 2026", "٤ أبريل ٢٠٢٦" for `ar-EG`).
///
/// ```
/// use newsclip::options::Formats;
/// use newsclip::render::html::format_date;
///
/// let d: newsclip::DateTime = "2026-04-04T23:30:00-05:00".parse()?;
/// let date = |lang: &str| format_date(&d, &lang.parse().unwrap(), &Formats::Locale);
/// assert_eq!(date("en"), "April 4, 2026");
/// assert_eq!(date("de"), "4. April 2026");
/// assert_eq!(date("fr"), "4 avril 2026");
/// assert_eq!(date("ar"), "4 أبريل 2026");
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
pub fn format_date(date: &DateTime, language: &LanguageTag, formats: &Formats) -> String {
    by_formats(
        formats,
        language,
        #[cfg(feature = "locale-formats")]
        || cldr::date(date, language),
    )
    .into_string(|patterns, out| pattern_date(date, patterns, out))
}

/// A count as people read it in `language`: "1,234" in English, "1.234" in German, "1 234"
/// (narrow no-break space) in French; with the `locale-formats` feature, CLDR's decimal
/// format for any language ("١٬٢٣٤" for `ar-EG`).
///
/// ```
/// use newsclip::options::Formats;
/// use newsclip::render::html::format_count;
///
/// let count = |n, lang: &str| format_count(n, &lang.parse().unwrap(), &Formats::Locale);
/// assert_eq!(count(0, "en"), "0");
/// assert_eq!(count(1_234_567, "en"), "1,234,567");
/// assert_eq!(count(1234, "de"), "1.234");
/// assert_eq!(count(1234, "fr"), "1\u{202f}234");
/// assert_eq!(count(1234, "es"), "1234");
/// assert_eq!(count(12345, "es"), "12.345");
/// ```
pub fn format_count(n: u64, language: &LanguageTag, formats: &Formats) -> String {
    by_formats(
        formats,
        language,
        #[cfg(feature = "locale-formats")]
        || cldr::count(n, language),
    )
    .into_string(|patterns, out| pattern_count(n, patterns, out))
}

/// The one choice both formatters make: your patterns; else CLDR (with the feature) when it
/// has an answer; else the built-in patterns of `language`'s locale, English for others.
///
/// For a tag that is exactly a built-in locale's (`en`, `de`, `fr`, `es`, `ar`), the built-in
/// patterns are CLDR's own (a test holds them to ICU4X for every month and many counts) and
/// cost a small fraction of an ICU4X formatter, so they are used directly.
fn by_formats<'f>(
    formats: &'f Formats,
    language: &LanguageTag,
    #[cfg(feature = "locale-formats")] cldr: impl FnOnce() -> Option<String>,
) -> Formatted<'f> {
    match formats {
        Formats::Patterns(own) => Formatted::Patterns(own),
        Formats::Locale => {
            if let Some(locale) = Locale::ALL
                .iter()
                .find(|l| l.language() == language.as_str())
            {
                return Formatted::Patterns(locale.builtin_patterns());
            }
            #[cfg(feature = "locale-formats")]
            if let Some(text) = cldr() {
                return Formatted::Cldr(text);
            }
            Formatted::Patterns(
                Locale::from_language(language)
                    .unwrap_or_default()
                    .builtin_patterns(),
            )
        }
    }
}

/// What [`by_formats`] chose: CLDR's text, or the patterns to write it by.
enum Formatted<'f> {
    #[cfg_attr(not(feature = "locale-formats"), allow(dead_code))]
    Cldr(String),
    Patterns(&'f FormatPatterns),
}

impl Formatted<'_> {
    /// The text, in pieces, to `out`; `pattern` writes it by the patterns.
    fn write(
        self,
        mut out: impl FnMut(&str),
        pattern: impl FnOnce(&FormatPatterns, &mut dyn FnMut(&str)),
    ) {
        match self {
            Formatted::Cldr(text) => out(&text),
            Formatted::Patterns(patterns) => pattern(patterns, &mut out),
        }
    }

    /// The text as one string.
    fn into_string(self, pattern: impl FnOnce(&FormatPatterns, &mut dyn FnMut(&str))) -> String {
        match self {
            Formatted::Cldr(text) => text,
            Formatted::Patterns(patterns) => {
                let mut text = String::new();
                pattern(patterns, &mut |piece| text.push_str(piece));
                text
            }
        }
    }
}

/// A date in the page: in the language of its labels, by its formats (CLDR's through the
/// formatters the prepared article keeps), escaped into `buffer`.
fn write_page_date(buffer: &mut String, p: &PreparedArticle<'_>, date: &DateTime) {
    by_formats(
        &p.options().html.formats,
        p.text_language(),
        #[cfg(feature = "locale-formats")]
        || p.cldr().date(date),
    )
    .write(
        |piece| text(buffer, piece),
        |patterns, out| pattern_date(date, patterns, out),
    );
}

/// `<time class datetime="2026-04-04">April 4, 2026</time>`: a date in the page, escaped.
pub(crate) fn time(
    buffer: &mut String,
    p: &PreparedArticle<'_>,
    class: Option<&str>,
    date: &DateTime,
) {
    start_tag(buffer, "time", &[("class", class)]);
    buffer.push_str(" datetime=\"");
    // Digits, `-`, `:`, `T` and `+`: nothing to escape.
    date.write_html_datetime(buffer);
    buffer.push_str("\">");
    write_page_date(buffer, p, date);
    buffer.push_str("</time>");
}

/// A count in the page, escaped into `buffer`.
pub(crate) fn write_page_count(buffer: &mut String, p: &PreparedArticle<'_>, n: u64) {
    by_formats(
        &p.options().html.formats,
        p.text_language(),
        #[cfg(feature = "locale-formats")]
        || p.cldr().count(n),
    )
    .write(
        |piece| text(buffer, piece),
        |patterns, out| pattern_count(n, patterns, out),
    );
}

/// A [`Plural`] label filled with the formatted count, its form chosen by the CLDR rules of
/// the labels' language ("4 views", "0 commentaire"), escaped into `buffer`.
pub(crate) fn write_count_label(
    buffer: &mut String,
    p: &PreparedArticle<'_>,
    n: u64,
    plural: &Plural,
) {
    // `{n}` is the only value: the count, written where it stands.
    fill_with(
        plural.pick(n, p.text_language()),
        &[("n", "")],
        |piece, is_value| {
            if is_value {
                write_page_count(buffer, p, n);
            } else {
                text(buffer, piece);
            }
        },
    );
}

/// The date by the patterns, in pieces to `out`.
fn pattern_date(date: &DateTime, patterns: &FormatPatterns, out: &mut dyn FnMut(&str)) {
    let (year, month, day) = date.ymd();
    let month_name = usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| patterns.months.get(i))
        .map(String::as_str)
        .unwrap_or("");
    let (mut day_digits, mut year_digits) = ([0; 20], [0; 20]);
    let day = decimal(u64::from(day.unsigned_abs()), &mut day_digits);
    let year_text;
    let year = match u64::try_from(year) {
        Ok(y) => decimal(y, &mut year_digits),
        Err(_) => {
            year_text = year.to_string();
            &year_text
        }
    };
    let vars = [("day", day), ("month", month_name), ("year", year)];
    fill_with(&patterns.date, &vars, |piece, _| out(piece));
}

/// The count by the patterns, grouped by threes, in pieces to `out`.
fn pattern_count(n: u64, patterns: &FormatPatterns, out: &mut dyn FnMut(&str)) {
    let mut buf = [0; 20];
    let digits = decimal(n, &mut buf);
    let grouped = digits.len() >= 3 + usize::from(patterns.min_grouping_digits.max(1));
    if !grouped {
        return out(digits);
    }
    let first = match digits.len() % 3 {
        0 => 3,
        short => short,
    };
    let (head, mut rest) = digits.split_at(first);
    out(head);
    while let Some((group, tail)) = rest.split_at_checked(3) {
        out(&patterns.thousands_separator);
        out(group);
        rest = tail;
    }
}

/// `n` in decimal digits, written at the end of `buf` (20 digits hold any `u64`).
fn decimal(n: u64, buf: &mut [u8; 20]) -> &str {
    let mut rest = n;
    let mut start = buf.len();
    for slot in buf.iter_mut().rev() {
        *slot = b'0' + u8::try_from(rest % 10).unwrap_or(0);
        start -= 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    std::str::from_utf8(buf.get(start..).unwrap_or_default()).unwrap_or_default()
}

/// CLDR's formats through ICU4X, with its compiled data. Building a formatter is a lookup in
/// that data (a few microseconds for a decimal formatter): the free functions build one per
/// call, a page builds each once ([`Formatters`], kept by its prepared article).
#[cfg(feature = "locale-formats")]
pub(crate) mod cldr {
    use icu_calendar::{Date, Gregorian};
    use icu_datetime::FixedCalendarDateTimeFormatter;
    use icu_datetime::fieldsets::YMD;
    use icu_decimal::DecimalFormatter;
    use icu_decimal::input::Decimal;

    use crate::model::values::{DateTime, LanguageTag};

    /// The date's day in ICU4X's Gregorian calendar.
    fn gregorian(date: &DateTime) -> Option<Date<Gregorian>> {
        let (year, month, day) = date.ymd();
        Date::try_new_gregorian(
            i32::from(year),
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()
    }

    /// CLDR's long date ("year, month and day, month as a word") in the Gregorian calendar,
    /// whatever calendar the locale prefers, so the text says what `datetime` says.
    pub(super) fn date(date: &DateTime, language: &LanguageTag) -> Option<String> {
        let date = gregorian(date)?;
        let formatter = FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new(
            language.icu_locale().into(),
            YMD::long(),
        )
        .ok()?;
        Some(formatter.format(&date).to_string())
    }

    /// CLDR's decimal format: the locale's digits, separator and grouping.
    pub(super) fn count(n: u64, language: &LanguageTag) -> Option<String> {
        let formatter =
            DecimalFormatter::try_new(language.icu_locale().into(), Default::default()).ok()?;
        Some(formatter.format(&Decimal::from(n)).to_string())
    }

    /// One page's formatters, for its text language, each built the first time it is used.
    /// (A clone starts without them.)
    #[derive(Debug)]
    pub(crate) struct Formatters {
        language: LanguageTag,
        date: std::sync::OnceLock<Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>>,
        decimal: std::sync::OnceLock<Option<DecimalFormatter>>,
    }

    impl Clone for Formatters {
        fn clone(&self) -> Self {
            Formatters::new(&self.language)
        }
    }

    impl Formatters {
        pub(crate) fn new(language: &LanguageTag) -> Self {
            Formatters {
                language: language.clone(),
                date: std::sync::OnceLock::new(),
                decimal: std::sync::OnceLock::new(),
            }
        }

        /// As [`date`](super::cldr::date), with the page's formatter.
        pub(crate) fn date(&self, date: &DateTime) -> Option<String> {
            let formatter = self.date.get_or_init(|| {
                FixedCalendarDateTimeFormatter::try_new(
                    self.language.icu_locale().into(),
                    YMD::long(),
                )
                .ok()
            });
            Some(formatter.as_ref()?.format(&gregorian(date)?).to_string())
        }

        /// As [`count`](super::cldr::count), with the page's formatter.
        pub(crate) fn count(&self, n: u64) -> Option<String> {
            let formatter = self.decimal.get_or_init(|| {
                DecimalFormatter::try_new(self.language.icu_locale().into(), Default::default())
                    .ok()
            });
            Some(formatter.as_ref()?.format(&Decimal::from(n)).to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LanguageTag {
        s.parse().unwrap()
    }

    /// The built-in patterns write what CLDR writes for the built-in locales, so a page
    /// reads the same with and without the `locale-formats` feature.
    #[test]
    #[cfg(feature = "locale-formats")]
    fn patterns_match_cldr_for_the_built_in_locales() {
        for locale in Locale::ALL {
            let language = tag(locale.language());
            let patterns = Formats::Patterns(locale.patterns());
            for m in 1..=12 {
                for day in ["01", "09", "28"] {
                    let d: DateTime = format!("2026-{m:02}-{day}").parse().unwrap();
                    assert_eq!(
                        Some(format_date(&d, &language, &patterns)),
                        cldr::date(&d, &language),
                        "{locale:?}"
                    );
                }
            }
            for n in [0, 7, 999, 1000, 1234, 12_345, 999_999, 1_000_000, u64::MAX] {
                assert_eq!(
                    Some(format_count(n, &language, &patterns)),
                    cldr::count(n, &language),
                    "{locale:?} {n}"
                );
            }
        }
    }

    #[test]
    fn patterns() {
        let en = Formats::Patterns(Locale::English.patterns());
        let any = tag("pl");
        let d: DateTime = "2026-03-01".parse().unwrap();
        assert_eq!(format_date(&d, &any, &en), "March 1, 2026");
        assert_eq!(
            format_count(u64::MAX, &any, &en),
            "18,446,744,073,709,551,615"
        );
        let es = Formats::Patterns(Locale::Spanish.patterns());
        assert_eq!(format_count(999, &any, &es), "999");
        assert_eq!(format_count(1234, &any, &es), "1234");
        assert_eq!(format_count(12_345, &any, &es), "12.345");
        assert_eq!(format_count(1_234_567, &any, &es), "1.234.567");
    }

    #[cfg(feature = "locale-formats")]
    #[test]
    fn cldr_for_any_language() {
        let d: DateTime = "2026-04-04T10:00:00+02:00".parse().unwrap();
        let date = |lang: &str| format_date(&d, &tag(lang), &Formats::Locale);
        assert_eq!(date("pl"), "4 kwietnia 2026");
        assert_eq!(date("en-GB"), "4 April 2026");
        assert_eq!(date("ja"), "2026年4月4日");
        assert_eq!(date("ar-EG"), "٤ أبريل ٢٠٢٦");
        assert_eq!(date("ar-u-nu-latn"), "4 أبريل 2026");
        // Saudi Arabia's locale prefers the Hijri calendar; the page stays Gregorian, as its
        // `datetime` is.
        assert_eq!(date("ar-SA"), "٤ أبريل ٢٠٢٦");
        let count = |n, lang: &str| format_count(n, &tag(lang), &Formats::Locale);
        assert_eq!(count(1_234_567, "pl"), "1\u{a0}234\u{a0}567");
        assert_eq!(count(1234, "ar-EG"), "١٬٢٣٤");
        assert_eq!(count(1234, "de-CH"), "1'234");
    }

    #[cfg(not(feature = "locale-formats"))]
    #[test]
    fn without_cldr_other_languages_are_english() {
        let d: DateTime = "2026-04-04".parse().unwrap();
        assert_eq!(
            format_date(&d, &tag("pl"), &Formats::Locale),
            "April 4, 2026"
        );
        assert_eq!(format_count(1234, &tag("pl"), &Formats::Locale), "1,234");
    }
}
