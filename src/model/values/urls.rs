//! [`AbsoluteUrl`] and [`WebUrl`]: URLs of the article model, allow-listed at validation.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ProblemKind;

use super::string_serde;

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

    /// The parsed URL.
    pub(crate) fn as_url(&self) -> &url::Url {
        &self.0
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
            if let Ok(u) = url::Url::parse(trimmed)
                && !ALLOWED_SCHEMES.contains(&u.scheme())
            {
                return Err(ProblemKind::SchemeNotAllowed {
                    scheme: u.scheme().to_string(),
                });
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

#[cfg(test)]
mod tests {
    use super::*;

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
