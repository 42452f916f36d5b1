//! [`DateTime`]: a date-time with a UTC offset, or a date alone.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use jiff::Timestamp;
use jiff::civil;
use jiff::fmt::temporal::Pieces;
use jiff::tz::Offset;

use crate::error::ProblemKind;

use super::string_serde;

/// A point in time as the author wrote it: a date and time with a UTC offset, or a date alone.
///
/// Accepted input: RFC 3339 / ISO 8601 with an offset (`2026-04-04T09:30:00+02:00`,
/// `2026-04-04T07:30Z`), or a date alone (`2026-04-04`). A date alone stands for **midnight
/// UTC** (`2026-04-04T00:00:00+00:00`) and remembers that it was date-only: HTML shows
/// `<time datetime="2026-04-04">`, serialization gives back `2026-04-04`. A time without an
/// offset is refused, since its instant is unknown; so is a bracketed zone annotation.
///
/// ```
/// use newsclip::DateTime;
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
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    local: civil::DateTime,
    offset: Offset,
    instant: Timestamp,
    date_only: bool,
}

impl DateTime {
    /// The instant as seconds since the Unix epoch (for comparisons and `now` arguments).
    pub fn unix_seconds(&self) -> i64 {
        self.instant.as_second()
    }

    /// A UTC date-time from seconds since the Unix epoch (e.g. a `now` for
    /// [`lint`](crate::lint())). `None` when out of range.
    ///
    /// ```
    /// let now = newsclip::DateTime::from_unix_seconds(1_775_260_800).unwrap();
    /// assert_eq!(now.to_iso8601(), "2026-04-04T00:00:00+00:00");
    /// ```
    pub fn from_unix_seconds(seconds: i64) -> Option<Self> {
        let instant = Timestamp::from_second(seconds).ok()?;
        Some(DateTime {
            local: Offset::UTC.to_datetime(instant),
            offset: Offset::UTC,
            instant,
            date_only: false,
        })
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
        let (y, mo, d) = self.ymd();
        let (h, mi) = self.hm();
        let s = self.local.second();
        let off = self.offset.seconds();
        let sign = if off < 0 { '-' } else { '+' };
        let off = off.unsigned_abs();
        format!(
            "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{sign}{:02}:{:02}",
            off / 3600,
            (off % 3600) / 60
        )
    }

    /// The value for an HTML `datetime` attribute: the date alone for date-only input,
    /// otherwise [`to_iso8601`](Self::to_iso8601).
    pub fn to_html_datetime(&self) -> String {
        self.to_string()
    }

    fn parse_str(input: &str) -> Result<Self, ProblemKind> {
        let invalid = || ProblemKind::InvalidDate {
            input: input.to_string(),
        };
        let trimmed = input.trim();
        // Date alone: exactly YYYY-MM-DD.
        if trimmed.len() == 10 {
            let date: civil::Date = trimmed.parse().map_err(|_| invalid())?;
            let local = date.to_datetime(civil::Time::midnight());
            let instant = Offset::UTC.to_timestamp(local).map_err(|_| invalid())?;
            return Ok(DateTime {
                local,
                offset: Offset::UTC,
                instant,
                date_only: true,
            });
        }
        let pieces = Pieces::parse(trimmed).map_err(|_| invalid())?;
        if pieces.time_zone_annotation().is_some() {
            return Err(invalid());
        }
        let time = pieces.time().ok_or_else(invalid)?;
        let offset = pieces
            .to_numeric_offset()
            .ok_or_else(|| ProblemKind::MissingOffset {
                input: input.to_string(),
            })?;
        if offset.seconds() % 60 != 0 {
            return Err(invalid());
        }
        // Sub-second precision is not meaningful for a dateline; drop it so output is stable.
        let time = civil::Time::new(time.hour(), time.minute(), time.second(), 0)
            .map_err(|_| invalid())?;
        let local = pieces.date().to_datetime(time);
        let instant = offset.to_timestamp(local).map_err(|_| invalid())?;
        Ok(DateTime {
            local,
            offset,
            instant,
            date_only: false,
        })
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
        if self.date_only {
            let (y, m, d) = self.ymd();
            write!(f, "{y:04}-{m:02}-{d:02}")
        } else {
            f.write_str(&self.to_iso8601())
        }
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
