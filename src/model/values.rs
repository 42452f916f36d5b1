//! Value types the model is made of: dates, URLs, language tags.
//!
//! Each wraps a dependency's type (jiff, url) so that a new major version of a dependency never
//! changes our public API, and each serializes as the plain string it was given (ISO 8601 with
//! offset for dates, never a bracketed zone suffix), with a hand-written JSON Schema.

use std::borrow::Cow;
use std::fmt;

use jiff::Timestamp;
use jiff::civil;
use jiff::fmt::temporal::Pieces;
use jiff::tz::Offset;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ProblemKind;

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

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

impl std::str::FromStr for DateTime {
    type Err = ProblemKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse_str(s)
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

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for DateTime {
    fn schema_name() -> Cow<'static, str> {
        "DateTime".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "ISO 8601 date-time with a UTC offset (2026-04-04T09:30:00+02:00), or a date alone (2026-04-04, meaning midnight UTC).",
            "type": "string",
            "anyOf": [ { "format": "date-time" }, { "format": "date" } ]
        })
    }
}

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/// Schemes a URL in the article model may use. Everything else (`javascript:`, `data:`,
/// `vbscript:`, `file:` …) is refused at validation, whatever its spelling.
const ALLOWED_SCHEMES: &[&str] = &["http", "https"];

/// An absolute `http`/`https` URL: canonical URLs, the site's base URL.
///
/// ```
/// use newsclip::AbsoluteUrl;
///
/// let u: AbsoluteUrl = "https://newsclip.example/business/meta".parse()?;
/// assert_eq!(u.as_str(), "https://newsclip.example/business/meta");
/// assert!("/relative".parse::<AbsoluteUrl>().is_err());
/// assert!("javascript:alert(1)".parse::<AbsoluteUrl>().is_err());
/// # Ok::<(), newsclip::ProblemKind>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AbsoluteUrl(url::Url);

impl AbsoluteUrl {
    /// The URL as a string (normalized by the WHATWG URL parser).
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The host, lowercased, if any.
    pub fn host(&self) -> Option<&str> {
        self.0.host_str()
    }

    /// Resolves a reference against this URL, as a browser would.
    pub fn join(&self, reference: &str) -> Option<AbsoluteUrl> {
        let joined = self.0.join(reference).ok()?;
        ALLOWED_SCHEMES
            .contains(&joined.scheme())
            .then_some(AbsoluteUrl(joined))
    }

    /// This URL with its fragment set (`#article`), for JSON-LD `@id`s.
    pub fn with_fragment(&self, fragment: &str) -> AbsoluteUrl {
        let mut u = self.0.clone();
        u.set_fragment(Some(fragment));
        AbsoluteUrl(u)
    }

    pub(crate) fn parse_str(input: &str) -> Result<Self, ProblemKind> {
        match WebUrl::parse_str(input)? {
            WebUrl::Absolute(u) => Ok(u),
            WebUrl::Relative(_) => Err(ProblemKind::NotAbsolute {
                input: input.to_string(),
            }),
        }
    }
}

/// A URL in article content: absolute `http`/`https`, or a relative reference (`/business`,
/// `../img/a.jpg`) that renderers resolve against the site's base URL.
///
/// Parsing follows the WHATWG URL standard, as browsers do, so obfuscations such as
/// `JaVa\tScRiPt:`, leading control characters or entity-free tricks are seen through and
/// refused. Protocol-relative `//host/path` is treated as relative and resolves to the site's
/// scheme.
///
/// ```
/// use newsclip::WebUrl;
///
/// assert!("https://wired.com/story".parse::<WebUrl>().is_ok());
/// assert!("/tags/meta".parse::<WebUrl>().is_ok());
/// assert!(" java\tscript:alert(1)".parse::<WebUrl>().is_err());
/// assert!("data:text/html,hi".parse::<WebUrl>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebUrl {
    /// An absolute http(s) URL.
    Absolute(AbsoluteUrl),
    /// A relative reference, kept as written (trimmed).
    Relative(String),
}

impl WebUrl {
    /// The URL as given (absolute URLs normalized).
    pub fn as_str(&self) -> &str {
        match self {
            WebUrl::Absolute(u) => u.as_str(),
            WebUrl::Relative(s) => s,
        }
    }

    /// True for a relative reference.
    pub fn is_relative(&self) -> bool {
        matches!(self, WebUrl::Relative(_))
    }

    /// The absolute URL, resolving a relative reference against `base`.
    pub fn resolve(&self, base: &AbsoluteUrl) -> AbsoluteUrl {
        match self {
            WebUrl::Absolute(u) => u.clone(),
            // Validation joined this against a base already, so it joins again; the base
            // itself is the fallback rather than a panic.
            WebUrl::Relative(r) => base.join(r).unwrap_or_else(|| base.clone()),
        }
    }

    pub(crate) fn parse_str(input: &str) -> Result<Self, ProblemKind> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(ProblemKind::Empty);
        }
        let invalid = |reason: &str| ProblemKind::InvalidUrl {
            input: input.to_string(),
            reason: reason.to_string(),
        };
        if trimmed.chars().any(|c| c.is_control() || c.is_whitespace()) {
            // Browsers strip tabs and newlines inside URLs, which is how `java\nscript:`
            // obfuscation works; refuse rather than guess.
            if let Ok(u) = url::Url::parse(trimmed) {
                if !ALLOWED_SCHEMES.contains(&u.scheme()) {
                    return Err(ProblemKind::SchemeNotAllowed {
                        scheme: u.scheme().to_string(),
                    });
                }
            }
            return Err(invalid("contains whitespace or control characters"));
        }
        match url::Url::parse(trimmed) {
            Ok(u) => {
                if !ALLOWED_SCHEMES.contains(&u.scheme()) {
                    return Err(ProblemKind::SchemeNotAllowed {
                        scheme: u.scheme().to_string(),
                    });
                }
                if u.host_str().is_none_or(str::is_empty) {
                    return Err(invalid("has no host"));
                }
                Ok(WebUrl::Absolute(AbsoluteUrl(u)))
            }
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                if trimmed.contains('\\') {
                    return Err(invalid("contains a backslash"));
                }
                static PROBE: std::sync::LazyLock<url::Url> = std::sync::LazyLock::new(|| {
                    url::Url::parse("https://probe.invalid/a/").expect("static URL parses")
                });
                PROBE.join(trimmed).map_err(|e| invalid(&e.to_string()))?;
                Ok(WebUrl::Relative(trimmed.to_string()))
            }
            Err(e) => Err(invalid(&e.to_string())),
        }
    }
}

impl fmt::Display for AbsoluteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AbsoluteUrl {
    type Err = ProblemKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AbsoluteUrl::parse_str(s)
    }
}

impl std::str::FromStr for WebUrl {
    type Err = ProblemKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        WebUrl::parse_str(s)
    }
}

macro_rules! string_serde {
    ($ty:ty, $name:literal, $schema:tt) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = Cow::<str>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

string_serde!(AbsoluteUrl, "AbsoluteUrl", {
    "description": "An absolute http or https URL.",
    "type": "string",
    "format": "uri",
    "pattern": "^[hH][tT][tT][pP][sS]?://"
});
string_serde!(WebUrl, "WebUrl", {
    "description": "An absolute http or https URL, or a relative reference resolved against the site's base URL.",
    "type": "string",
    "format": "uri-reference",
    "minLength": 1
});

// ---------------------------------------------------------------------------------------------
// Language tags
// ---------------------------------------------------------------------------------------------

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

impl std::str::FromStr for LanguageTag {
    type Err = ProblemKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LanguageTag::parse_str(s)
    }
}

string_serde!(LanguageTag, "LanguageTag", {
    "description": "A BCP 47 language tag such as en, en-GB or de-CH.",
    "type": "string",
    "pattern": "^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$"
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

    #[test]
    fn urls() {
        assert!(matches!(
            "JaVaScRiPt:alert(1)".parse::<WebUrl>(),
            Err(ProblemKind::SchemeNotAllowed { scheme }) if scheme == "javascript"
        ));
        assert!(matches!(
            "\u{1}javascript:alert(1)".parse::<WebUrl>(),
            Err(ProblemKind::SchemeNotAllowed { .. })
        ));
        assert!("https://".parse::<WebUrl>().is_err());
        assert!(
            "//cdn.example/a.jpg"
                .parse::<WebUrl>()
                .unwrap()
                .is_relative()
        );
        let base: AbsoluteUrl = "https://news.example/".parse().unwrap();
        let rel: WebUrl = "/tags/meta".parse().unwrap();
        assert_eq!(
            rel.resolve(&base).as_str(),
            "https://news.example/tags/meta"
        );
    }
}
