//! The URL allow-list for content: `http`, `https`, `mailto` and relative references; raster
//! `data:` images only where the caller allows them. Everything else is refused.
//!
//! The check runs on the *decoded* URL (pulldown-cmark has already resolved entities and
//! backslash escapes; the HTML parser hands us attribute values with their character
//! references decoded). A URL
//! holding any whitespace or control character is refused outright: browsers strip tabs and
//! newlines and trim leading controls before reading the scheme, so `java\tscript:` and
//! `\u{1}javascript:` are `javascript:` to them. A colon before the first `/`, `?` or `#`
//! means a scheme, and an unknown scheme is refused; so `javascript:`, `JaVaScRiPt:`,
//! `vbscript:`, `data:text/html`, `file:` never pass.

use crate::sanitize::text::is_removed_char;

/// What the URL is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UrlKind {
    /// `href` and friends.
    Link,
    /// `src` of an image.
    Image,
}

/// Raster image types a `data:` URL may carry (when allowed).
const DATA_IMAGE_TYPES: [&str; 6] = ["png", "jpeg", "jpg", "gif", "webp", "avif"];

/// True when `url` may appear in the body.
pub(crate) fn allowed(url: &str, kind: UrlKind, allow_data_images: bool) -> bool {
    // One pass for the common case, printable ASCII only.
    let refused = !url.bytes().all(|b| b > b' ' && b < 0x7F)
        && url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_removed_char(c) || is_invisible(c));
    if refused {
        return false;
    }
    match scheme(url) {
        Scheme::None => true,
        Scheme::Invalid => false,
        Scheme::Named(s) => {
            s.eq_ignore_ascii_case("http")
                || s.eq_ignore_ascii_case("https")
                || (kind == UrlKind::Link && s.eq_ignore_ascii_case("mailto"))
                || (kind == UrlKind::Image
                    && allow_data_images
                    && s.eq_ignore_ascii_case("data")
                    && is_raster_data(url))
        }
    }
}

/// Zero-width and other invisible format characters, refused anywhere in a URL.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{00AD}')
}

enum Scheme<'a> {
    None,
    Invalid,
    Named(&'a str),
}

fn scheme(url: &str) -> Scheme<'_> {
    let end = url
        .bytes()
        .position(|b| matches!(b, b':' | b'/' | b'?' | b'#' | b'\\'));
    match end {
        Some(i) if url.as_bytes().get(i) == Some(&b':') => {
            let s = &url[..i];
            let valid = s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
            if valid {
                Scheme::Named(s)
            } else {
                Scheme::Invalid
            }
        }
        _ => Scheme::None,
    }
}

/// `data:image/{png,jpeg,gif,webp,avif};base64,{base64}` and nothing else (no SVG: it can
/// script).
fn is_raster_data(url: &str) -> bool {
    let Some(rest) = url.get(5..) else {
        return false;
    };
    let Some((meta, payload)) = rest.split_once(',') else {
        return false;
    };
    let Some(kind) = meta
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case("image/"))
        .and_then(|_| meta.get(6..))
    else {
        return false;
    };
    let Some((subtype, encoding)) = kind.split_once(';') else {
        return false;
    };
    DATA_IMAGE_TYPES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(subtype))
        && encoding.eq_ignore_ascii_case("base64")
        && !payload.is_empty()
        && payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_list() {
        for ok in [
            "https://a.example/x",
            "HTTP://a.example",
            "mailto:a@b.example",
            "/relative",
            "rel/a:b",
            "#frag",
            "?q=1",
            // Already-decoded input: a literal entity is just a relative path here (and is
            // escaped again on output).
            "jav&#x09;ascript:x",
            "",
        ] {
            assert!(allowed(ok, UrlKind::Link, false), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:x",
            "data:text/html,x",
            "file:///etc/passwd",
            "java\u{200b}script:x",
            "a b",
        ] {
            assert!(!allowed(bad, UrlKind::Link, true), "{bad:?}");
        }
    }

    #[test]
    fn data_images() {
        let png = "data:image/png;base64,iVBORw0KGgo=";
        assert!(allowed(png, UrlKind::Image, true));
        assert!(!allowed(png, UrlKind::Image, false));
        assert!(!allowed(png, UrlKind::Link, true));
        assert!(!allowed(
            "data:image/svg+xml;base64,PHN2Zz4=",
            UrlKind::Image,
            true
        ));
        assert!(!allowed("data:image/png,<svg>", UrlKind::Image, true));
    }
}
