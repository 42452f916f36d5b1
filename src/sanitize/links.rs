//! Where a link leads: the one decision of whether a link leaves the site, for links in the
//! body, in answers and in every component; and the one spelling of a URL from content in an
//! attribute.

use std::borrow::Cow;

/// True when a link whose `href` attribute holds `href` (its value as the browser reads it,
/// after HTML character references are decoded) leads to a host other than the site's.
///
/// The URL is resolved exactly as a browser resolves it: WHATWG URL parsing against the
/// site's base URL, so `http:evil.example/`, `https:\\evil.example/`, `/\evil.example/` and
/// `//evil.example/` all lead to `evil.example`. Links to the site's own host (whatever the
/// scheme or port), relative paths and fragments stay; `mailto:` and other schemes without a
/// host do not leave a web site. An `href` that does not parse counts as leaving, so the
/// link policy errs toward `rel="noopener noreferrer"`.
///
/// Relative URLs are resolved against the site's base URL rather than the article's
/// canonical URL: the page is served from the site, and a syndicated article's canonical URL
/// may be another site's; only the host matters here, and both give the same path.
#[cfg_attr(not(test), allow(dead_code))] // The body pipeline moves onto it next.
pub(crate) fn leaves_site(href: &str, site_base: &url::Url) -> bool {
    site_base
        .join(href)
        .map_or(true, |target| url_leaves_site(&target, site_base))
}

/// [`leaves_site`] for a URL already parsed (and resolved) by the WHATWG parser, such as
/// the model's absolute URLs: its host against the site's, for web schemes.
pub(crate) fn url_leaves_site(target: &url::Url, site_base: &url::Url) -> bool {
    matches!(target.scheme(), "http" | "https") && target.host_str() != site_base.host_str()
}

/// [`leaves_site`] for a value made by [`url_value`], answering the common shapes (a
/// fragment, a query, a path, `https://plain.host/…`) without a URL parse. The answer is
/// always [`leaves_site`]'s: shapes it does not know go to the parser (a property test holds
/// the two together).
pub(crate) fn value_leaves_site(value: &str, site_base: &url::Url) -> bool {
    quick_leaves(value, site_base.host_str()).unwrap_or_else(|| leaves_site(value, site_base))
}

/// The answer for the shapes whose resolution needs no parser, or `None`. `value` holds no
/// whitespace, control or non-ASCII character ([`url_value`] makes sure).
fn quick_leaves(value: &str, site_host: Option<&str>) -> Option<bool> {
    let bytes = value.as_bytes();
    match bytes.first() {
        // Empty, a fragment or a query: the page itself.
        None | Some(b'#' | b'?') => Some(false),
        // A path on the site, unless `//` or `/\` (another host).
        Some(b'/') => (!matches!(bytes.get(1), Some(b'/' | b'\\'))).then_some(false),
        Some(b'\\') => None,
        Some(first) if first.is_ascii_alphabetic() => {
            let end = bytes
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')));
            match end {
                // `scheme:…`: only `http(s)://plain.host…` is answered here.
                Some(colon) if bytes.get(colon) == Some(&b':') => {
                    let scheme = value.get(..colon)?;
                    let web =
                        scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
                    let rest = value.get(colon + 1..)?.strip_prefix("//").filter(|_| web)?;
                    let host_end = rest
                        .bytes()
                        .position(|b| matches!(b, b'/' | b'?' | b'#' | b'\\'))
                        .unwrap_or(rest.len());
                    let host = plain_host(rest.get(..host_end)?)?;
                    Some(Some(host) != site_host)
                }
                // A relative path (`a/b`, `page.html#x`).
                _ => Some(false),
            }
        }
        // A relative path starting with `.`, `%`, `-` …
        Some(_) => Some(false),
    }
}

/// `host` when a URL parser keeps it as it is: lowercase ASCII letters, digits, `-` and `.`,
/// not ending in a dot or a number (an IPv4 address), no punycode label. One pass.
fn plain_host(host: &str) -> Option<&str> {
    let bytes = host.as_bytes();
    let mut label_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' | b'-' => {}
            b'.' => label_start = i + 1,
            _ => return None,
        }
        // A punycode label (`xn--`) is decoded and checked by the parser.
        if i == label_start + 3 && bytes.get(label_start..=i) == Some(b"xn--") {
            return None;
        }
    }
    let last = bytes.get(label_start..)?;
    let numeric = last.iter().all(u8::is_ascii_digit) || last.starts_with(b"0x");
    (!numeric).then_some(host)
}

/// Bytes a URL from content keeps as they are in an attribute: pulldown-cmark's `href` set
/// (letters, digits and `!#$%&'()*+,-./:;=?@_~`) plus `\`, which browsers read as `/` in web
/// URLs and which is therefore judged, not hidden. Everything else (non-ASCII, `"`, `<`, `>`,
/// `` ` ``, `[`, `]`, `^`, `{`, `|`, `}`) is percent-encoded.
static KEEPS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b'-'
                    | b'.'
                    | b'/'
                    | b':'
                    | b';'
                    | b'='
                    | b'?'
                    | b'@'
                    | b'_'
                    | b'~'
                    | b'\\'
            );
        b += 1;
    }
    table
};

fn keeps(b: u8) -> bool {
    KEEPS[usize::from(b)]
}

/// The value a URL from content is written as (`href`, `src`, `cite`): the URL with the
/// bytes [`keeps`] does not keep percent-encoded. This is the string the browser reads from
/// the attribute, so it is what [`value_leaves_site`] judges. Borrowed when nothing needs
/// encoding.
pub(crate) fn url_value(url: &str) -> Cow<'_, str> {
    if url.bytes().all(keeps) {
        return Cow::Borrowed(url);
    }
    let mut out = String::with_capacity(url.len() + 8);
    for &b in url.as_bytes() {
        if keeps(b) {
            out.push(char::from(b));
        } else {
            push_percent_encoded(&mut out, b);
        }
    }
    Cow::Owned(out)
}

/// `%XX`, uppercase, as the URL parser writes an encoded byte.
pub(crate) fn push_percent_encoded(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 15)]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn base() -> url::Url {
        url::Url::parse("https://newsclip.example/").unwrap()
    }

    #[test]
    fn spellings_browsers_resolve_to_another_host() {
        let base = base();
        for href in [
            "http:evil.example/",
            "https:\\\\evil.example/",
            "/\\evil.example/",
            "\\\\evil.example/",
            "HTTP://evil.example/",
            "http:/\\/evil.example/",
            "//evil.example/",
            "https://newsclip.example%5C@evil.example/",
            "https://newsclip.example.evil.example/",
            "ht\ttp://evil.example/",
        ] {
            assert!(leaves_site(href, &base), "{href}");
            assert!(value_leaves_site(&url_value(href), &base) || href.contains('\t'));
        }
        for href in [
            "/a",
            "a/b",
            "#x",
            "?q",
            "https://NEWSCLIP.example/a",
            "http://newsclip.example:8080/",
            "mailto:a@b.example",
            "//newsclip.example/x",
            "https://newsclip.example\\@evil.example/",
        ] {
            assert!(!leaves_site(href, &base), "{href}");
            assert!(!value_leaves_site(&url_value(href), &base), "{href}");
        }
    }

    #[test]
    fn values_encode_what_an_attribute_should_not_hold_raw() {
        assert_eq!(
            url_value("https://a.example/x?y=1&z=2#f"),
            "https://a.example/x?y=1&z=2#f"
        );
        assert!(matches!(url_value("/plain"), Cow::Borrowed(_)));
        assert_eq!(
            url_value("/Köln \"x\"<>`[]^{|}"),
            "/K%C3%B6ln%20%22x%22%3C%3E%60%5B%5D%5E%7B%7C%7D"
        );
        assert_eq!(url_value("a\\b"), "a\\b");
    }

    proptest! {
        /// The quick answer is the parser's answer, on any printable ASCII string as written.
        /// (`tests/links.rs` checks written links against the `url` crate, over generated
        /// spellings of schemes, slashes, hosts and ports.)
        #[test]
        fn quick_answer_agrees_on_any_ascii(href in "[ -~]{0,24}|(https?:)?//[a-z.]{0,12}(/.{0,4})?") {
            let base = base();
            let value = url_value(&href);
            prop_assert_eq!(value_leaves_site(&value, &base), leaves_site(&value, &base), "{}", value);
        }
    }
}
