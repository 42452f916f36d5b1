//! Human dates and numbers, by pattern: pure formatting, no clock, no time zone database.

use crate::model::values::DateTime;
use crate::options::{Labels, fill};

/// The date as people read it, in the author's own offset: "April 4, 2026" in English,
/// "4. April 2026" in German.
///
/// ```
/// use newsclip::options::Labels;
/// use newsclip::render::html::format_date;
///
/// let d: newsclip::DateTime = "2026-04-04T23:30:00-05:00".parse()?;
/// assert_eq!(format_date(&d, &Labels::english()), "April 4, 2026");
/// assert_eq!(format_date(&d, &Labels::german()), "4. April 2026");
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
pub fn format_date(date: &DateTime, labels: &Labels) -> String {
    let (year, month, day) = date.ymd();
    let month_name = usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| labels.months.get(i))
        .map(String::as_str)
        .unwrap_or("");
    fill(
        &labels.date_pattern,
        &[
            ("day", &day.to_string()),
            ("month", month_name),
            ("year", &year.to_string()),
        ],
    )
}

/// A count with thousands grouped: "1,234" in English, "1.234" in German.
///
/// ```
/// use newsclip::options::Labels;
/// use newsclip::render::html::format_count;
///
/// assert_eq!(format_count(0, &Labels::english()), "0");
/// assert_eq!(format_count(1234567, &Labels::english()), "1,234,567");
/// assert_eq!(format_count(1234, &Labels::german()), "1.234");
/// assert_eq!(format_count(999, &Labels::german()), "999");
/// ```
pub fn format_count(n: u64, labels: &Labels) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(&labels.thousands_separator);
        }
        out.push(c);
    }
    out
}

/// A [`Plural`](crate::options::Plural) label filled with the formatted count: "4 views".
pub(crate) fn count_label(n: u64, plural: &crate::options::Plural, labels: &Labels) -> String {
    fill(plural.pick(n), &[("n", &format_count(n, labels))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_in_both_locales() {
        for m in 1..=12 {
            let d: DateTime = format!("2026-{m:02}-09").parse().unwrap();
            let en = format_date(&d, &Labels::english());
            let de = format_date(&d, &Labels::german());
            assert!(en.ends_with(" 9, 2026"), "{en}");
            assert!(de.starts_with("9. ") && de.ends_with(" 2026"), "{de}");
        }
        let d: DateTime = "2026-03-01".parse().unwrap();
        assert_eq!(format_date(&d, &Labels::german()), "1. März 2026");
        assert_eq!(format_date(&d, &Labels::english()), "March 1, 2026");
    }

    #[test]
    fn counts() {
        let en = Labels::english();
        assert_eq!(count_label(1, &en.views, &en), "1 view");
        assert_eq!(count_label(0, &en.comment_count, &en), "0 comments");
        assert_eq!(count_label(1000, &en.views, &en), "1,000 views");
        assert_eq!(format_count(u64::MAX, &en), "18,446,744,073,709,551,615");
        let de = Labels::german();
        assert_eq!(count_label(1, &de.comment_count, &de), "1 Kommentar");
        assert_eq!(count_label(12345, &de.views, &de), "12.345 Aufrufe");
    }
}
