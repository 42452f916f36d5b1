//! [`DateTime`]: a date-time with a UTC offset, or a date alone.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use jiff::Timestamp;
use jiff::civil;
use jiff::tz::Offset;

use crate::error::{ProblemKind, echo};

use super::string_serde;

/// A point in time as the author wrote it: a date and time with a UTC offset, or a date alone.
///
/// # Accepted input
///
/// The RFC 3339 profile of ISO 8601, with two conveniences (seconds may be left out, and the
/// offset may be written without its colon):
///
/// ```text
/// date-time = date [ ("T" / "t" / " ") time ]
/// date      = YYYY "-" MM "-" DD                  ; years 0000–9999, a real calendar day
/// time      = hh ":" mm [ ":" ss [ ("." / ",") 1*DIGIT ] ] offset
///                                                 ; hh 00–23, mm 00–59, ss 00–59
/// offset    = "Z" / "z" / ("+" / "-") hh [ [":"] mm ]   ; at most ±23:59
/// ```
///
/// Surrounding whitespace is ignored; fractions of a second are dropped. A date alone stands
/// for **midnight UTC** (`2026-04-04T00:00:00+00:00`) and remembers that it was date-only: HTML
/// shows `<time datetime="2026-04-04">`, serialization gives back `2026-04-04`.
///
/// Refused, each with a [`ProblemKind`] that says what to write instead: a time without an
/// offset ([`MissingOffset`](ProblemKind::MissingOffset), its instant is unknown), a year
/// outside 0000–9999 ([`DateYearOutOfRange`](ProblemKind::DateYearOutOfRange)), an offset
/// beyond ±23:59 ([`DateOffsetOutOfRange`](ProblemKind::DateOffsetOutOfRange)), a bracketed
/// annotation such as `[Europe/Paris]` or `[u-ca=japanese]`
/// ([`DateAnnotation`](ProblemKind::DateAnnotation): it would change the meaning, so it is
/// never dropped), a leap second `:60` ([`DateLeapSecond`](ProblemKind::DateLeapSecond)), the
/// basic format `20260404T073000Z` ([`DateBasicFormat`](ProblemKind::DateBasicFormat)), and
/// everything else ([`InvalidDate`](ProblemKind::InvalidDate)): week and ordinal dates,
/// `24:00`, February 30 …
///
/// # Output
///
/// Always valid RFC 3339: [`to_iso8601`](Self::to_iso8601) writes
/// `YYYY-MM-DDThh:mm:ss±hh:mm`, `Display` the same or the date alone.
///
/// ```
/// use newsclip::{DateTime, ProblemKind};
///
/// let d: DateTime = "2026-04-04T09:30:00+02:00".parse()?;
/// assert_eq!(d.to_string(), "2026-04-04T09:30:00+02:00");
/// assert_eq!(d.to_iso8601(), "2026-04-04T09:30:00+02:00");
///
/// let day: DateTime = "2026-04-04".parse()?;
/// assert!(day.is_date_only());
/// assert_eq!(day.to_string(), "2026-04-04");
/// assert_eq!(day.to_iso8601(), "2026-04-04T00:00:00+00:00");
/// assert!(day < d);
///
/// let wordpress: DateTime = "2026-04-04t07:30z".parse()?;
/// assert_eq!(wordpress.to_string(), "2026-04-04T07:30:00+00:00");
/// assert!(matches!(
///     "2026-04-04T07:30:00Z[u-ca=japanese]".parse::<DateTime>(),
///     Err(ProblemKind::DateAnnotation { .. })
/// ));
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    local: civil::DateTime,
    offset: Offset,
    /// Seconds since the Unix epoch. Not a jiff `Timestamp`: its range stops short of the
    /// last hours of 9999, which are valid input in their own offset.
    instant: i64,
    date_only: bool,
}

impl DateTime {
    /// The instant as seconds since the Unix epoch (for comparisons and `now` arguments).
    pub fn unix_seconds(&self) -> i64 {
        self.instant
    }

    /// A UTC date-time from seconds since the Unix epoch (e.g. a `now` for
    /// [`lint`](crate::lint())). `None` outside the years 0000–9999.
    ///
    /// ```
    /// let now = newsclip::DateTime::from_unix_seconds(1_775_260_800).unwrap();
    /// assert_eq!(now.to_iso8601(), "2026-04-04T00:00:00+00:00");
    /// assert!(newsclip::DateTime::from_unix_seconds(-62_167_219_201).is_none()); // year -1
    /// ```
    pub fn from_unix_seconds(seconds: i64) -> Option<Self> {
        let local = Offset::UTC.to_datetime(Timestamp::from_second(seconds).ok()?);
        // Only years RFC 3339 can write.
        if !(0..=9999).contains(&local.year()) {
            return None;
        }
        Some(DateTime {
            local,
            offset: Offset::UTC,
            instant: seconds,
            date_only: false,
        })
    }

    /// A UTC date-time from a [`SystemTime`](std::time::SystemTime), to the second (rounded
    /// down, also before 1970): the caller's clock as a `now` for [`lint`](crate::lint()).
    /// A conversion: the library reads no clock. `None` outside the years 0000–9999.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime, UNIX_EPOCH};
    /// use newsclip::DateTime;
    ///
    /// let now = DateTime::from_system_time(SystemTime::now()).unwrap();
    /// assert!(now.unix_seconds() > 1_700_000_000);
    ///
    /// let t = UNIX_EPOCH + Duration::from_millis(1_775_260_800_900);
    /// assert_eq!(DateTime::from_system_time(t).unwrap().to_iso8601(), "2026-04-04T00:00:00+00:00");
    /// let before = UNIX_EPOCH - Duration::from_millis(1);
    /// assert_eq!(DateTime::from_system_time(before).unwrap().unix_seconds(), -1);
    /// ```
    pub fn from_system_time(time: std::time::SystemTime) -> Option<Self> {
        let seconds = match time.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).ok()?,
            Err(before) => {
                let before = before.duration();
                let whole = i64::try_from(before.as_secs()).ok()?;
                // Round down: 0.5 s before the epoch is in second -1.
                let partial = i64::from(before.subsec_nanos() > 0);
                whole.checked_add(partial)?.checked_neg()?
            }
        };
        DateTime::from_unix_seconds(seconds)
    }

    /// True when the input was a date alone (`2026-04-04`).
    pub fn is_date_only(&self) -> bool {
        self.date_only
    }

    /// Year, month (1–12) and day (1–31) in the author's offset.
    pub fn ymd(&self) -> (i16, i8, i8) {
        (self.local.year(), self.local.month(), self.local.day())
    }

    /// Hour (0–23) and minute in the author's offset.
    pub fn hm(&self) -> (i8, i8) {
        (self.local.hour(), self.local.minute())
    }

    /// The UTC offset in seconds east of UTC.
    pub fn offset_seconds(&self) -> i32 {
        self.offset.seconds()
    }

    /// Full ISO 8601 with offset, always with a time: `2026-04-04T09:30:00+02:00`. This is
    /// the form schema.org, OpenGraph and `<time datetime>` get for date-times.
    pub fn to_iso8601(&self) -> String {
        let mut out = String::with_capacity(25);
        self.write_iso8601(&mut out);
        out
    }

    /// [`to_iso8601`](Self::to_iso8601), appended to `out` (digits written directly, without
    /// the formatting machinery: pages write several).
    pub(crate) fn write_iso8601(&self, out: &mut String) {
        self.write_date(out);
        let (h, mi) = self.hm();
        out.push('T');
        push_two_digits(out, i32::from(h));
        out.push(':');
        push_two_digits(out, i32::from(mi));
        out.push(':');
        push_two_digits(out, i32::from(self.local.second()));
        let off = self.offset.seconds();
        out.push(if off < 0 { '-' } else { '+' });
        let off = off.unsigned_abs();
        push_two_digits(out, i32::try_from(off / 3600).unwrap_or(99));
        out.push(':');
        push_two_digits(out, i32::try_from((off % 3600) / 60).unwrap_or(99));
    }

    /// `2026-04-04`: the year with at least four digits (as `{y:04}` writes it), month and
    /// day with two.
    fn write_date(&self, out: &mut String) {
        let (y, mo, d) = self.ymd();
        if (0..=9999).contains(&y) {
            push_two_digits(out, i32::from(y / 100));
            push_two_digits(out, i32::from(y % 100));
        } else {
            // Outside what validation accepts; written as the formatter writes it.
            out.push_str(&format!("{y:04}"));
        }
        out.push('-');
        push_two_digits(out, i32::from(mo));
        out.push('-');
        push_two_digits(out, i32::from(d));
    }

    /// The RFC 822 (RFC 2822) form RSS dates take, in the author's offset:
    /// `Sat, 04 Apr 2026 09:30:00 +0200`. A date alone is midnight UTC.
    ///
    /// ```
    /// let d: newsclip::DateTime = "2026-04-04T09:30:00+02:00".parse()?;
    /// assert_eq!(d.to_rfc2822(), "Sat, 04 Apr 2026 09:30:00 +0200");
    /// let day: newsclip::DateTime = "2026-04-06".parse()?;
    /// assert_eq!(day.to_rfc2822(), "Mon, 06 Apr 2026 00:00:00 +0000");
    /// # Ok::<(), newsclip::ProblemKind>(())
    /// ```
    pub fn to_rfc2822(&self) -> String {
        const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (y, mo, d) = self.ymd();
        let (h, mi) = self.hm();
        let weekday =
            DAYS[usize::from(self.local.weekday().to_monday_zero_offset().unsigned_abs()) % 7];
        let month = MONTHS[usize::from(mo.unsigned_abs()).saturating_sub(1) % 12];
        let off = self.offset.seconds();
        let sign = if off < 0 { '-' } else { '+' };
        let off = off.unsigned_abs();
        format!(
            "{weekday}, {d:02} {month} {y:04} {h:02}:{mi:02}:{:02} {sign}{:02}{:02}",
            self.local.second(),
            off / 3600,
            (off % 3600) / 60
        )
    }

    /// The value for an HTML `datetime` attribute: the date alone for date-only input,
    /// otherwise [`to_iso8601`](Self::to_iso8601).
    pub fn to_html_datetime(&self) -> String {
        let mut out = String::with_capacity(25);
        self.write_html_datetime(&mut out);
        out
    }

    /// [`to_html_datetime`](Self::to_html_datetime), appended to `out`.
    pub(crate) fn write_html_datetime(&self, out: &mut String) {
        if self.date_only {
            self.write_date(out);
        } else {
            self.write_iso8601(out);
        }
    }

    fn parse_str(input: &str) -> Result<Self, ProblemKind> {
        let parsed = Written::parse(input.trim()).map_err(|kind| kind(echo(input)))?;
        let invalid = || ProblemKind::InvalidDate { input: echo(input) };
        let date =
            civil::Date::new(parsed.year, parsed.month, parsed.day).map_err(|_| invalid())?;
        let (time, offset_minutes) = match parsed.time {
            Some((hour, minute, second, offset)) => (
                civil::Time::new(hour, minute, second, 0).map_err(|_| invalid())?,
                Some(offset),
            ),
            None => (civil::Time::midnight(), None),
        };
        let offset_seconds = i32::from(offset_minutes.unwrap_or(0)) * 60;
        let offset = Offset::from_seconds(offset_seconds)
            .map_err(|_| ProblemKind::DateOffsetOutOfRange { input: echo(input) })?;
        let local = date.to_datetime(time);
        Ok(DateTime {
            local,
            offset,
            instant: seconds_since_epoch(local) - i64::from(offset_seconds),
            date_only: offset_minutes.is_none(),
        })
    }
}

/// Appends `n` (0 to 99) with two digits, as `{n:02}` does.
fn push_two_digits(out: &mut String, n: i32) {
    match u32::try_from(n) {
        Ok(n) if n < 100 => {
            out.extend([n / 10, n % 10].map(|d| char::from_digit(d, 10).unwrap_or('0')));
        }
        _ => out.push_str(&format!("{n:02}")),
    }
}

/// Seconds from 1970-01-01T00:00:00 to `local`, both read as UTC.
fn seconds_since_epoch(local: civil::DateTime) -> i64 {
    const EPOCH: civil::DateTime = civil::DateTime::constant(1970, 1, 1, 0, 0, 0, 0);
    local.duration_since(EPOCH).as_secs()
}

/// The input as written, checked against the grammar on [`DateTime`] but not yet against
/// the calendar. Errors are the problem's constructor, given the input to echo.
struct Written {
    year: i16,
    month: i8,
    day: i8,
    /// Hour, minute, second and the offset in minutes east of UTC.
    time: Option<(i8, i8, i8, i16)>,
}

type Refusal = fn(String) -> ProblemKind;

fn invalid(input: String) -> ProblemKind {
    ProblemKind::InvalidDate { input }
}

impl Written {
    fn parse(s: &str) -> Result<Written, Refusal> {
        // Checked first: each would also fail the grammar below, with a vaguer message.
        if s.contains('[') {
            return Err(|input| ProblemKind::DateAnnotation { input });
        }
        let b = s.as_bytes();
        if is_basic_format(b) {
            return Err(|input| ProblemKind::DateBasicFormat { input });
        }
        // A signed or five-digit year: ISO 8601's expanded years, which RFC 3339 cannot write.
        let leading_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let signed = matches!(b.first(), Some(b'+' | b'-'));
        if signed || leading_digits > 4 && b.get(leading_digits) == Some(&b'-') {
            return Err(|input| ProblemKind::DateYearOutOfRange { input });
        }
        let mut r = Reader { b, at: 0 };
        let year = r.digits(4)?;
        r.byte(b'-')?;
        let month = r.digits(2)?;
        r.byte(b'-')?;
        let day = r.digits(2)?;
        let (year, month, day) = (to_i16(year)?, to_i8(month)?, to_i8(day)?);
        if r.done() {
            return Ok(Written {
                year,
                month,
                day,
                time: None,
            });
        }
        if !r.one_of(b"Tt ") {
            return Err(invalid);
        }
        let hour = r.digits(2)?;
        if r.peek().is_some_and(|c| c.is_ascii_digit()) {
            // 073000: a basic-format time after an extended date.
            return Err(|input| ProblemKind::DateBasicFormat { input });
        }
        r.byte(b':')?;
        let minute = r.digits(2)?;
        let mut second = 0;
        if r.one_of(b":") {
            second = r.digits(2)?;
            if r.one_of(b".,") {
                let digits = r.b[r.at..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits == 0 {
                    return Err(invalid);
                }
                r.at += digits;
            }
        }
        if hour > 23 || minute > 59 || second > 60 {
            return Err(invalid);
        }
        if second == 60 {
            return Err(|input| ProblemKind::DateLeapSecond { input });
        }
        let offset = r.offset()?;
        if !r.done() {
            return Err(invalid);
        }
        Ok(Written {
            year,
            month,
            day,
            time: Some((to_i8(hour)?, to_i8(minute)?, to_i8(second)?, offset)),
        })
    }
}

/// `20260404`, `20260404T073000Z`: eight digits, then the end or a time designator.
fn is_basic_format(b: &[u8]) -> bool {
    b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && matches!(b.get(8), None | Some(b'T' | b't'))
}

fn to_i16(v: u32) -> Result<i16, Refusal> {
    i16::try_from(v).map_err(|_| invalid as Refusal)
}

fn to_i8(v: u32) -> Result<i8, Refusal> {
    i8::try_from(v).map_err(|_| invalid as Refusal)
}

/// A cursor over the input's bytes.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    fn done(&self) -> bool {
        self.at == self.b.len()
    }

    /// Exactly `n` ASCII digits, as a number.
    fn digits(&mut self, n: usize) -> Result<u32, Refusal> {
        let mut v = 0;
        for _ in 0..n {
            match self.peek() {
                Some(c @ b'0'..=b'9') => v = v * 10 + u32::from(c - b'0'),
                _ => return Err(invalid),
            }
            self.at += 1;
        }
        Ok(v)
    }

    fn byte(&mut self, want: u8) -> Result<(), Refusal> {
        if self.one_of(&[want]) {
            Ok(())
        } else {
            Err(invalid)
        }
    }

    /// Takes the next byte when it is one of `set`.
    fn one_of(&mut self, set: &[u8]) -> bool {
        let hit = self.peek().is_some_and(|c| set.contains(&c));
        self.at += usize::from(hit);
        hit
    }

    /// `Z`, `±hh`, `±hhmm` or `±hh:mm`, in minutes east of UTC. A time that ends without
    /// one has no offset.
    fn offset(&mut self) -> Result<i16, Refusal> {
        if self.one_of(b"Zz") {
            return Ok(0);
        }
        let sign: i16 = match self.peek() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            None => return Err(|input| ProblemKind::MissingOffset { input }),
            Some(_) => return Err(invalid),
        };
        self.at += 1;
        let hours = self.digits(2)?;
        let minutes = if self.done() {
            0
        } else {
            self.one_of(b":");
            self.digits(2)?
        };
        if hours > 23 || minutes > 59 {
            return Err(|input| ProblemKind::DateOffsetOutOfRange { input });
        }
        Ok(sign * to_i16(hours * 60 + minutes)?)
    }
}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    /// Orders by instant; equal instants order date-only first, then by offset.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.instant
            .cmp(&other.instant)
            .then(other.date_only.cmp(&self.date_only))
            .then(self.offset.seconds().cmp(&other.offset.seconds()))
    }
}

impl fmt::Display for DateTime {
    /// The input form: `2026-04-04` for date-only input, else ISO 8601 with offset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_html_datetime())
    }
}

string_serde!(DateTime, "DateTime", {
    "description": "ISO 8601 date-time with a UTC offset (2026-04-04T09:30:00+02:00), or a date alone (2026-04-04, meaning midnight UTC).",
    "type": "string",
    "anyOf": [ { "format": "date-time" }, { "format": "date" } ]
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The digit writers write what the formatter writes, for every date and offset.
    #[test]
    fn written_forms_are_the_formatters() {
        use proptest::prelude::*;
        let reference = |d: &DateTime| {
            let (y, mo, day) = d.ymd();
            let (h, mi) = d.hm();
            let off = d.offset_seconds();
            let sign = if off < 0 { '-' } else { '+' };
            let off = off.unsigned_abs();
            let date = format!("{y:04}-{mo:02}-{day:02}");
            let iso = format!(
                "{date}T{h:02}:{mi:02}:{:02}{sign}{:02}:{:02}",
                d.local.second(),
                off / 3600,
                (off % 3600) / 60
            );
            (if d.is_date_only() { date } else { iso.clone() }, iso)
        };
        proptest!(|(y in 0i16..=9999, mo in 1u8..=12, day in 1u8..=28, h in 0u8..24, mi in 0u8..60,
                    s in 0u8..60, off in -1439i16..=1439, date_only: bool)| {
            let sign = if off < 0 { '-' } else { '+' };
            let input = if date_only {
                format!("{y:04}-{mo:02}-{day:02}")
            } else {
                format!("{y:04}-{mo:02}-{day:02}T{h:02}:{mi:02}:{s:02}{sign}{:02}:{:02}",
                    off.unsigned_abs() / 60, off.unsigned_abs() % 60)
            };
            let Ok(d) = input.parse::<DateTime>() else { return Ok(()) };
            let (html, iso) = reference(&d);
            prop_assert_eq!(d.to_iso8601(), iso);
            prop_assert_eq!(d.to_html_datetime(), html.clone());
            prop_assert_eq!(d.to_string(), html);
        });
    }

    #[test]
    fn system_times_round_down_to_the_second() {
        use std::time::{Duration, UNIX_EPOCH};
        let at = |secs: u64, nanos: u32| Duration::new(secs, nanos);
        let after = |d| DateTime::from_system_time(UNIX_EPOCH + d).map(|t| t.unix_seconds());
        let before = |d| DateTime::from_system_time(UNIX_EPOCH - d).map(|t| t.unix_seconds());
        assert_eq!(after(at(0, 0)), Some(0));
        assert_eq!(after(at(59, 999_999_999)), Some(59));
        assert_eq!(before(at(0, 1)), Some(-1));
        assert_eq!(before(at(1, 0)), Some(-1));
        assert_eq!(before(at(1, 1)), Some(-2));
        // 0000-01-01T00:00:00Z is the earliest; one second before it is out of range.
        assert_eq!(before(at(62_167_219_200, 0)), Some(-62_167_219_200));
        assert_eq!(before(at(62_167_219_200, 1)), None);
        // The last instant `from_unix_seconds` takes (9999-12-30T22:00:00Z), and 10000-01-01.
        assert_eq!(after(at(253_402_207_200, 0)), Some(253_402_207_200));
        assert_eq!(after(at(253_402_300_800, 0)), None);
    }

    #[test]
    fn dates() {
        let d: DateTime = "2026-04-04T07:30Z".parse().unwrap();
        assert_eq!(d.to_string(), "2026-04-04T07:30:00+00:00");
        let d: DateTime = "2026-04-04T07:30:15.123-05:30".parse().unwrap();
        assert_eq!(d.to_iso8601(), "2026-04-04T07:30:15-05:30");
        assert!(matches!(
            "2026-04-04T07:30:00".parse::<DateTime>(),
            Err(ProblemKind::MissingOffset { .. })
        ));
        assert!(matches!(
            "Apri 4".parse::<DateTime>(),
            Err(ProblemKind::InvalidDate { .. })
        ));
        assert!("2026-02-30".parse::<DateTime>().is_err());
        assert!(
            "2026-04-04T07:30:00+01:00[Europe/Paris]"
                .parse::<DateTime>()
                .is_err()
        );
    }
}
