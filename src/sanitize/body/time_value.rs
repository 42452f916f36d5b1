//! The date and time values HTML accepts: a `time` element's `datetime` (or, without one,
//! its text), and the `datetime` of `del` and `ins`. Strings only, exactly as written (no
//! whitespace around them): what the W3C checker reads, so a value kept is a valid one.

/// A valid value of a `time` element: a month, date, yearless date, time, local or global
/// date and time, time-zone offset, week, year or duration string.
pub(crate) fn is_time_value(s: &str) -> bool {
    let b = s.as_bytes();
    month(b)
        || date(b)
        || yearless_date(b)
        || time(b)
        || datetime(b, Zone::Optional)
        || zone(b)
        || week(b)
        || year(b).is_some()
        || duration(s)
}

/// A valid `datetime` of `del` and `ins`: a date, or a global date and time (with its
/// offset).
pub(crate) fn is_date_with_optional_time(s: &str) -> bool {
    let b = s.as_bytes();
    date(b) || datetime(b, Zone::Required)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Zone {
    Optional,
    Required,
}

/// `digits` ASCII digits exactly, as a number.
fn number(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// Four or more digits, above zero.
fn year(b: &[u8]) -> Option<u32> {
    (b.len() >= 4)
        .then(|| number(b))
        .flatten()
        .filter(|&y| y > 0)
}

fn two(b: &[u8], max: u32) -> Option<u32> {
    (b.len() == 2)
        .then(|| number(b))
        .flatten()
        .filter(|&n| n <= max)
}

/// `YYYY-MM`: the year and month.
fn year_month(b: &[u8]) -> Option<(u32, u32)> {
    let dash = b.iter().rposition(|&c| c == b'-')?;
    let y = year(b.get(..dash)?)?;
    let m = two(b.get(dash + 1..)?, 12).filter(|&m| m >= 1)?;
    Some((y, m))
}

fn month(b: &[u8]) -> bool {
    year_month(b).is_some()
}

fn leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in(y: Option<u32>, m: u32) -> u32 {
    match m {
        2 if y.is_none_or(leap) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn date(b: &[u8]) -> bool {
    let Some(dash) = b.iter().rposition(|&c| c == b'-') else {
        return false;
    };
    let Some((y, m)) = b.get(..dash).and_then(year_month) else {
        return false;
    };
    b.get(dash + 1..)
        .and_then(|d| two(d, days_in(Some(y), m)))
        .is_some_and(|d| d >= 1)
}

/// `--MM-DD` or `MM-DD`.
fn yearless_date(b: &[u8]) -> bool {
    let b = b.strip_prefix(b"--").unwrap_or(b);
    if b.len() != 5 || b.get(2) != Some(&b'-') {
        return false;
    }
    let Some(m) = two(&b[..2], 12).filter(|&m| m >= 1) else {
        return false;
    };
    two(&b[3..], days_in(None, m)).is_some_and(|d| d >= 1)
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.s` (one to three decimals).
fn time(b: &[u8]) -> bool {
    let hm = b.len() >= 5
        && b.get(2) == Some(&b':')
        && two(&b[..2], 23).is_some()
        && two(&b[3..5], 59).is_some();
    if !hm {
        return false;
    }
    let Some(rest) = b.get(5..).filter(|r| !r.is_empty()) else {
        return true;
    };
    let Some(seconds) = rest.strip_prefix(b":") else {
        return false;
    };
    if seconds.len() < 2 || two(&seconds[..2], 59).is_none() {
        return false;
    }
    match &seconds[2..] {
        [] => true,
        [b'.', fraction @ ..] => {
            (1..=3).contains(&fraction.len()) && fraction.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// `Z`, `+HH:MM`, `-HHMM` ….
fn zone(b: &[u8]) -> bool {
    match b {
        [b'Z'] => true,
        [b'+' | b'-', rest @ ..] => {
            let rest: Vec<u8> = rest.iter().copied().filter(|&c| c != b':').collect();
            let colons = b.len() - 1 - rest.len();
            colons <= 1
                && (colons == 0 || b.get(3) == Some(&b':'))
                && rest.len() == 4
                && two(&rest[..2], 23).is_some()
                && two(&rest[2..], 59).is_some()
        }
        _ => false,
    }
}

/// A date, `T` or a space, a time, and an offset (`zone`).
fn datetime(b: &[u8], zone_rule: Zone) -> bool {
    let Some(sep) = b.iter().position(|&c| c == b'T' || c == b' ') else {
        return false;
    };
    if !date(&b[..sep]) {
        return false;
    }
    let rest = &b[sep + 1..];
    // The offset starts at `Z`, `+` or the first `-` (a time has none).
    match rest.iter().position(|&c| matches!(c, b'Z' | b'+' | b'-')) {
        Some(at) => time(&rest[..at]) && zone(&rest[at..]),
        None => zone_rule == Zone::Optional && time(rest),
    }
}

/// `YYYY-Www`: a week the year has (53 only in a year starting on a Thursday, or a leap
/// year starting on a Wednesday).
fn week(b: &[u8]) -> bool {
    let Some(at) = b.windows(2).rposition(|w| w == b"-W") else {
        return false;
    };
    let Some(y) = year(&b[..at]) else {
        return false;
    };
    let Some(w) = two(&b[at + 2..], 53).filter(|&w| w >= 1) else {
        return false;
    };
    w < 53 || {
        let jan1 = weekday_of_january_1(y);
        jan1 == 4 || (jan1 == 3 && leap(y))
    }
}

/// 0 = Sunday … 6 = Saturday (Gauss's formula, proleptic Gregorian).
fn weekday_of_january_1(y: u32) -> u32 {
    let p = y - 1;
    (1 + 5 * (p % 4) + 4 * (p % 100) + 6 * (p % 400)) % 7
}

/// `P[nD][T[nH][nM][n[.f]S]]` with at least one part, or parts like `4h 18m 3.5s` (weeks,
/// days, hours, minutes, seconds; whitespace between).
fn duration(s: &str) -> bool {
    if let Some(rest) = s.strip_prefix('P') {
        return iso_duration(rest);
    }
    let mut any = false;
    let mut rest = s.trim_start_matches(is_html_space);
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(rest.len());
        let (n, after) = rest.split_at(digits);
        let after = after.trim_start_matches(is_html_space);
        let Some(unit) = after.chars().next() else {
            return false;
        };
        let fraction_ok = match n.split_once('.') {
            None => !n.is_empty(),
            Some((whole, frac)) => {
                !whole.is_empty()
                    && (1..=3).contains(&frac.len())
                    && frac.bytes().all(|c| c.is_ascii_digit())
                    && unit.eq_ignore_ascii_case(&'s')
            }
        };
        if !fraction_ok || !"wdhmsWDHMS".contains(unit) {
            return false;
        }
        any = true;
        rest = after[1..].trim_start_matches(is_html_space);
    }
    any
}

fn iso_duration(rest: &str) -> bool {
    let (days, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let days_ok = days.is_empty()
        || days
            .strip_suffix('D')
            .is_some_and(|n| number(n.as_bytes()).is_some());
    let Some(time) = time else {
        return days_ok && !days.is_empty();
    };
    let mut rest = time;
    let mut parts = 0;
    for unit in ['H', 'M'] {
        if let Some((n, after)) = rest.split_once(unit)
            && number(n.as_bytes()).is_some()
        {
            rest = after;
            parts += 1;
        }
    }
    if let Some(n) = rest.strip_suffix('S') {
        let ok = match n.split_once('.') {
            None => number(n.as_bytes()).is_some(),
            Some((whole, frac)) => {
                number(whole.as_bytes()).is_some()
                    && (1..=3).contains(&frac.len())
                    && frac.bytes().all(|c| c.is_ascii_digit())
            }
        };
        if !ok {
            return false;
        }
        rest = "";
        parts += 1;
    }
    days_ok && rest.is_empty() && parts > 0
}

fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_values() {
        for ok in [
            "2026-04",
            "2026-04-04",
            "2024-02-29",
            "--02-29",
            "04-04",
            "09:30",
            "09:30:15",
            "09:30:15.250",
            "2026-04-04T09:30",
            "2026-04-04 09:30:00Z",
            "2026-04-04T09:30:00+02:00",
            "2026-04-04T09:30-0500",
            "Z",
            "+05:30",
            "2026-W14",
            "2020-W53",
            "2026-W53",
            "2026",
            "PT4H18M3S",
            "P2D",
            "P1DT2H",
            "PT1.5S",
            "4h 18m 3.5s",
            "2w",
        ] {
            assert!(is_time_value(ok), "{ok}");
        }
        for bad in [
            "",
            "yesterday",
            "April 4, 2026",
            "2026-13",
            "2023-02-29",
            "2026-04-31",
            "026-04-04",
            "24:00",
            "09:60",
            "09:30:15.2500",
            "2026-04-04T25:00",
            "2026-W54",
            "2025-W53",
            "0000",
            "P",
            "PT",
            "P1Y",
            "4 hours",
            " 2026-04-04",
            "2026-04-04 ",
            "+5:30",
        ] {
            assert!(!is_time_value(bad), "{bad:?}");
        }
    }

    #[test]
    fn edit_dates() {
        assert!(is_date_with_optional_time("2026-04-04"));
        assert!(is_date_with_optional_time("2026-04-04T09:30Z"));
        assert!(!is_date_with_optional_time("2026-04-04T09:30"));
        assert!(!is_date_with_optional_time("2026-04"));
        assert!(!is_date_with_optional_time("yesterday"));
    }
}
