//! The HTML pass: one linear walk over *ammonia's serialized output* that gives HTML (HTML
//! bodies, and Markdown bodies holding raw HTML) the same treatment the Markdown adaptor gives
//! Markdown: heading levels shifted (never an h1), heading ids, every id prefixed and
//! de-duplicated in the one id space, in-page links following the prefix, `rel`/`target` on
//! external links, task-list checkboxes disabled; and, on the way, the outline, plain text,
//! word count and first image.
//!
//! Why a text walk and not a DOM walk: ammonia's output is html5ever's serialization of a
//! sanitized tree, so it is regular: every `<` in text is escaped, every attribute value is
//! double-quoted with `"` escaped, there are no comments (stripped) and no raw-text elements
//! (none allowed). A tag therefore starts at every `<` and ends at the first `>` outside
//! quotes. The walk only ever *adds* attributes it builds itself (escaped ids, the configured
//! `rel`) or changes a heading's digit, so it cannot make the HTML unsafe. Anything
//! unexpected is written as escaped text.

use std::fmt::Write as _;

use super::{Acc, BodyImage, Env};
use crate::sanitize::text::unescape_serialized;

/// A tag as ammonia serialized it. Attribute values are still escaped.
struct RawTag<'s> {
    end: bool,
    name: &'s str,
    attrs: Vec<(&'s str, &'s str)>,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

/// The heading being collected (its id depends on its text, which comes after its start).
struct OpenHeading {
    level: u8,
    explicit: Option<String>,
    /// Attributes other than `id`, serialized.
    attrs: String,
    inner: String,
    text: String,
    /// Headings nested inside this one (possible in HTML: `<h2><b><h3>`).
    depth: usize,
}

/// Runs the pass over `cleaned` (ammonia output), appending to `out`.
pub(super) fn run(cleaned: &str, env: &Env<'_>, acc: &mut Acc, out: &mut String) {
    let mut heading: Option<OpenHeading> = None;
    let mut rest = cleaned;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text(rest, acc, &mut heading, out);
            break;
        };
        if lt > 0 {
            text(&rest[..lt], acc, &mut heading, out);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            // Comments are stripped by the policy; skip one if it ever appears.
            let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
            rest = &rest[end..];
            continue;
        }
        match parse_tag(rest) {
            Some(tag) => {
                rest = &rest[tag.len..];
                handle(&tag, env, acc, &mut heading, out);
            }
            None => {
                sink(&mut heading, out).push_str("&lt;");
                rest = &rest[1..];
            }
        }
    }
    if let Some(h) = heading.take() {
        close_heading(h, acc, out);
    }
}

fn sink<'a>(heading: &'a mut Option<OpenHeading>, out: &'a mut String) -> &'a mut String {
    match heading {
        Some(h) => &mut h.inner,
        None => out,
    }
}

fn text(raw: &str, acc: &mut Acc, heading: &mut Option<OpenHeading>, out: &mut String) {
    let decoded = unescape_serialized(raw);
    acc.stats.push_text(&decoded);
    if let Some(h) = heading.as_mut() {
        h.text.push_str(&decoded);
    }
    sink(heading, out).push_str(raw);
}

fn handle(
    tag: &RawTag<'_>,
    env: &Env<'_>,
    acc: &mut Acc,
    heading: &mut Option<OpenHeading>,
    out: &mut String,
) {
    if is_block(tag.name) {
        acc.stats.push_break();
    }
    if let Some(level) = heading_level(tag.name) {
        let level = env.shift(level);
        return handle_heading(tag, level, acc, heading, out);
    }
    let buf = sink(heading, out);
    if tag.end {
        let _ = write!(buf, "</{}>", tag.name);
        return;
    }
    buf.push('<');
    buf.push_str(tag.name);
    let mut external = false;
    for &(name, value) in &tag.attrs {
        match name {
            "id" => {
                if let Some(id) = acc.ids.claim_explicit(&unescape_serialized(value)) {
                    buf.push_str(" id=\"");
                    super::ids::push_id(buf, &id);
                    buf.push('"');
                }
                continue;
            }
            "href" if tag.name == "a" => {
                let href = unescape_serialized(value);
                if let Some(local) = acc.ids.local_href(&href) {
                    buf.push_str(" href=\"");
                    let _ = pulldown_cmark_escape::escape_html(&mut *buf, &local);
                    buf.push('"');
                    continue;
                }
                external = super::urls::is_external(&href, env.site_host);
            }
            // An allowed-classes filter that kept nothing leaves `class=""`.
            "class" if value.is_empty() => continue,
            _ => {}
        }
        let _ = write!(buf, " {name}=\"{value}\"");
    }
    if external {
        env.push_external_attrs(buf);
    }
    if tag.name == "img" {
        buf.push_str(" loading=\"lazy\" decoding=\"async\"");
    }
    buf.push('>');
    if tag.name == "img" && acc.first_image.is_none() {
        let attr = |n: &str| tag.attrs.iter().find(|(a, _)| *a == n).map(|(_, v)| *v);
        if let Some(src) = attr("src") {
            acc.first_image = Some(BodyImage {
                url: unescape_serialized(src).into_owned(),
                alt: unescape_serialized(attr("alt").unwrap_or("")).into_owned(),
            });
        }
    }
}

fn handle_heading(
    tag: &RawTag<'_>,
    level: u8,
    acc: &mut Acc,
    heading: &mut Option<OpenHeading>,
    out: &mut String,
) {
    match heading {
        None if !tag.end => {
            let mut attrs = String::new();
            let mut explicit = None;
            for &(name, value) in &tag.attrs {
                if name == "id" {
                    explicit = Some(unescape_serialized(value).into_owned());
                } else {
                    let _ = write!(attrs, " {name}=\"{value}\"");
                }
            }
            acc.stats.set_in_heading(true);
            *heading = Some(OpenHeading {
                level,
                explicit,
                attrs,
                inner: String::new(),
                text: String::new(),
                depth: 0,
            });
        }
        None => {
            let _ = write!(out, "</h{level}>");
        }
        Some(h) if tag.end && h.depth == 0 => {
            acc.stats.set_in_heading(false);
            if let Some(h) = heading.take() {
                close_heading(h, acc, out);
            }
        }
        Some(h) if tag.end => {
            h.depth -= 1;
            let _ = write!(h.inner, "</h{level}>");
        }
        Some(h) => {
            h.depth += 1;
            let _ = write!(h.inner, "<h{level}");
            for &(name, value) in &tag.attrs {
                if name != "id" {
                    let _ = write!(h.inner, " {name}=\"{value}\"");
                }
            }
            h.inner.push('>');
        }
    }
}

fn close_heading(h: OpenHeading, acc: &mut Acc, out: &mut String) {
    let text = collapse_owned(h.text);
    let id = acc.ids.claim_heading(h.explicit.as_deref(), &text);
    let digit = char::from(b'0' + h.level.min(9));
    out.push_str("<h");
    out.push(digit);
    out.push_str(" id=\"");
    super::ids::push_id(out, &id);
    out.push('"');
    out.push_str(&h.attrs);
    out.push('>');
    out.push_str(&h.inner);
    out.push_str("</h");
    out.push(digit);
    out.push('>');
    acc.outline.push(h.level, &id, &text);
}

fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// Elements whose boundaries separate words in the plain text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "br"
            | "hr"
            | "figure"
            | "figcaption"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "details"
            | "summary"
            | "hgroup"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    )
}

/// Parses the tag at the start of `s` (which starts with `<`).
fn parse_tag(s: &str) -> Option<RawTag<'_>> {
    let b = s.as_bytes();
    let mut i = 1;
    let end = b.get(1) == Some(&b'/');
    if end {
        i += 1;
    }
    let name_start = i;
    while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let name = &s[name_start..i];
    let mut attrs = Vec::new();
    loop {
        match b.get(i)? {
            b' ' => i += 1,
            b'>' => break,
            b'/' if b.get(i + 1) == Some(&b'>') => {
                i += 1;
                break;
            }
            _ if end => return None,
            _ => {
                let n_start = i;
                while b
                    .get(i)
                    .is_some_and(|c| !matches!(c, b'=' | b' ' | b'>' | b'/' | b'"'))
                {
                    i += 1;
                }
                if i == n_start {
                    return None;
                }
                let attr = &s[n_start..i];
                if b.get(i) == Some(&b'=') {
                    if b.get(i + 1) != Some(&b'"') {
                        return None;
                    }
                    let v_start = i + 2;
                    let v_len = s.get(v_start..)?.find('"')?;
                    attrs.push((attr, &s[v_start..v_start + v_len]));
                    i = v_start + v_len + 1;
                } else {
                    attrs.push((attr, ""));
                }
            }
        }
    }
    Some(RawTag {
        end,
        name,
        attrs,
        len: i + 1,
    })
}

/// Collapses whitespace runs to one space and trims.
pub(super) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`collapse`] of an owned string: returned as it is when already collapsed (the common
/// case: heading text), without a copy.
pub(super) fn collapse_owned(s: String) -> String {
    if is_collapsed(&s) { s } else { collapse(&s) }
}

/// True when [`collapse`] would return `s` unchanged: no whitespace but single spaces between
/// non-spaces. Only non-ASCII text needs the Unicode check.
fn is_collapsed(s: &str) -> bool {
    !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        // ASCII whitespace other than the space: tab, line feed, vertical tab, form feed, CR.
        && !s.bytes().any(|b| matches!(b, b'\t'..=b'\r'))
        && (s.is_ascii() || !s.chars().any(|c| c.is_whitespace() && c != ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_owned_as_collapse() {
        for s in [
            "",
            " ",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "x\ny z",
            "ok text",
            "a\u{b}b",
            "a\u{1f}b",
            "Meta’s “AI”",
            "a\u{2003}b",
            "a\u{3000}",
            "\u{85}",
            "abcdefg\u{3000}x",
            "abcdefg  x",
            "abcdefgh x",
            "abcdefg\u{85}",
            "abcdefg\rhijklmno",
            "abcdefghijklmno ",
        ] {
            assert_eq!(collapse_owned(s.to_owned()), collapse(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn collapse_owned_matches_collapse(
            s in "([ a\t\n\u{b}\u{c}\r\u{1c}é’\u{85}\u{a0}\u{1680}\u{2000}\u{200a}\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}]|[a-z]{1,9}| ){0,20}"
        ) {
            proptest::prop_assert_eq!(collapse_owned(s.clone()), collapse(&s));
        }
    }

    #[test]
    fn parses_serialized_tags() {
        let t = parse_tag("<a href=\"x>y\" title=\"&quot;\">rest").unwrap_or_else(|| panic!());
        assert_eq!(t.name, "a");
        assert_eq!(t.attrs, [("href", "x>y"), ("title", "&quot;")]);
        assert_eq!(t.len, "<a href=\"x>y\" title=\"&quot;\">".len());
        assert!(parse_tag("</p>").is_some_and(|t| t.end && t.name == "p"));
        assert!(parse_tag("<br>").is_some_and(|t| !t.end && t.attrs.is_empty()));
        assert!(parse_tag("< p>").is_none());
        assert!(parse_tag("<a href=x>").is_none());
        assert!(parse_tag("<a href=\"x").is_none());
    }

    #[test]
    fn unescapes() {
        assert_eq!(
            unescape_serialized("a &amp;lt; &lt;b&gt; &quot;&nbsp;&x"),
            "a &lt; <b> \"\u{a0}&x"
        );
    }
}
