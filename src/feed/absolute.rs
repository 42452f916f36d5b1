//! Relative URLs in a prepared body made absolute, for feeds.
//!
//! A page may link `/business` or `#background` and let the browser resolve it; a feed reader
//! shows the body away from the page, so every URL in a feed's HTML must be absolute. The
//! body's HTML is the sanitizer's own output ([`SafeHtml`]): text never holds a raw `<`,
//! attribute values are quoted and escaped, there are no comments. So one linear scan over its
//! tags finds every `href`, `src` and `cite` value; a relative one is resolved against the
//! article's URL (as the page's browser would) and written back escaped. Nothing else changes.

use std::borrow::Cow;

use crate::model::values::AbsoluteUrl;
use crate::sanitize::SafeHtml;

/// Attributes of the body's HTML that hold URLs.
const URL_ATTRIBUTES: [&str; 3] = ["href", "src", "cite"];

/// `html` with every relative URL resolved against `base`; borrowed when there is none.
pub(crate) fn absolute_urls<'h>(html: &'h SafeHtml, base: &AbsoluteUrl) -> Cow<'h, str> {
    let html = html.as_str();
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &b[at..]) {
        let mut i = at + lt + 1;
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            at = i;
            continue;
        }
        while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        // Attributes up to the tag's `>`.
        loop {
            while b.get(i).is_some_and(u8::is_ascii_whitespace) || b.get(i) == Some(&b'/') {
                i += 1;
            }
            match b.get(i) {
                None | Some(b'>') => break,
                _ => {}
            }
            let name_start = i;
            while b
                .get(i)
                .is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/'))
            {
                i += 1;
            }
            let name = &html[name_start..i];
            if b.get(i) != Some(&b'=') {
                continue;
            }
            i += 1;
            let (value_start, value_end, next) = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = memchr::memchr(q, &b[i + 1..]).map_or(b.len(), |e| i + 1 + e);
                    (i + 1, end, (end + 1).min(b.len()))
                }
                _ => {
                    let end = b[i..]
                        .iter()
                        .position(|c| c.is_ascii_whitespace() || *c == b'>')
                        .map_or(b.len(), |e| i + e);
                    (i, end, end)
                }
            };
            i = next;
            if !URL_ATTRIBUTES.iter().any(|a| a.eq_ignore_ascii_case(name)) {
                continue;
            }
            let value = unescape(&html[value_start..value_end]);
            if has_scheme(&value) {
                continue;
            }
            if let Some(resolved) = base.join(&value) {
                out.push_str(&html[copied..value_start]);
                let _ = pulldown_cmark_escape::escape_html(&mut out, resolved.as_str());
                copied = value_end;
            }
        }
        at = i.min(b.len());
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// True when `url` starts with a scheme (`https:`, `mailto:`, `data:`): it is absolute.
fn has_scheme(url: &str) -> bool {
    let Some(colon) = url.find(':') else {
        return false;
    };
    let scheme = &url[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
}

/// An attribute value as the sanitizer escaped it, decoded (the entities its writers use).
fn unescape(value: &str) -> Cow<'_, str> {
    if !value.contains('&') {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = [
            ("&amp;", '&'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&#x27;", '\''),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&nbsp;", '\u{A0}'),
        ]
        .into_iter()
        .find(|(e, _)| rest.starts_with(e));
        match entity {
            Some((e, c)) => {
                out.push(c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, PreparedArticle, RenderOptions, Site};

    /// The body HTML a page of `article` on `site` holds.
    fn prepared_html(article: &Article, site: &Site) -> SafeHtml {
        let options = RenderOptions::default();
        PreparedArticle::new(article, site, &options)
            .body()
            .html()
            .clone()
    }

    fn body(markdown: &str) -> SafeHtml {
        let site = Site::new("N", "https://n.example/").unwrap();
        let article = Article::builder("H", "https://n.example/news/a", "2026-04-04")
            .section("S")
            .body(markdown)
            .build()
            .unwrap();
        prepared_html(&article, &site)
    }

    fn base() -> AbsoluteUrl {
        "https://n.example/news/a".parse().unwrap()
    }

    #[test]
    fn relative_urls_become_absolute() {
        let html = body(
            "[a](/x?a=1&b=2) [b](#top) [c](img/c.png) ![d](/d.png \"t\") \
             [e](https://other.example/e) [f](mailto:x@n.example)\n\n\
             <blockquote cite=\"../src\">q</blockquote>\n\n`href=\"/text\"` stays text",
        );
        let out = absolute_urls(&html, &base());
        assert!(
            out.contains(r#"href="https://n.example/x?a=1&amp;b=2""#),
            "{out}"
        );
        assert!(
            out.contains(r#"href="https://n.example/news/a#top""#),
            "{out}"
        );
        assert!(
            out.contains(r#"href="https://n.example/news/img/c.png""#),
            "{out}"
        );
        assert!(out.contains(r#"src="https://n.example/d.png""#), "{out}");
        assert!(out.contains(r#"href="https://other.example/e""#), "{out}");
        assert!(out.contains(r#"href="mailto:x@n.example""#), "{out}");
        assert!(out.contains(r#"cite="https://n.example/src""#), "{out}");
        assert!(
            out.contains("<code>href=\"/text\"</code> stays text"),
            "{out}"
        );
    }

    #[test]
    fn borrowed_when_nothing_is_relative() {
        let html = body("Plain [link](https://n.example/a) text.");
        assert!(matches!(absolute_urls(&html, &base()), Cow::Borrowed(_)));
    }

    #[test]
    fn hostile_html_bodies() {
        let site = Site::new("N", "https://n.example/").unwrap();
        for raw in [
            "<a href='/single'>x</a>",
            "<a href=/unquoted>x</a>",
            "<a title=\"a > b\" href=\"/after\">x</a>",
            "<a href=\"//evil.example/x\">x</a>",
            "<img src=\"&#106;avascript:alert(1)\">",
            "<a href=\"/&quot;onmouseover=&quot;x\">x</a>",
            "<",
            "<a href",
            "<a href=\"",
        ] {
            let article = Article::builder("H", "https://n.example/news/a", "2026-04-04")
                .section("S")
                .html_body(raw)
                .build()
                .unwrap();
            let html = prepared_html(&article, &site);
            let out = absolute_urls(&html, &base());
            assert!(!out.contains("javascript"), "{raw}: {out}");
            assert!(!out.contains("onmouseover=\""), "{raw}: {out}");
            assert!(!out.contains("=\"/"), "{raw}: {out}");
        }
    }

    #[test]
    fn unescape_and_schemes() {
        assert_eq!(unescape("a&amp;b&quot;&#39;&lt;&gt;&x"), "a&b\"'<>&x");
        assert!(has_scheme("https://x") && has_scheme("mailto:x") && has_scheme("data:x"));
        assert!(
            !has_scheme("/a:b")
                && !has_scheme("a/b:c")
                && !has_scheme("#x:y")
                && !has_scheme("1a:b")
        );
    }
}
