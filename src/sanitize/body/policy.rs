//! The one ammonia configuration, for raw HTML inside Markdown and for HTML bodies. Built once
//! (`LazyLock`), used for every body that needs it.
//!
//! Starting from ammonia's defaults (no script, style, iframe, object, embed, form, base, meta,
//! svg or math; no event handlers, no `style`), it:
//! - keeps `id` on any element (the HTML pass then prefixes and de-duplicates every id in the
//!   body's one id space) and drops `name`;
//! - keeps `dir` (`ltr`, `rtl`, `auto`) on any element, and `<bdi>`/`<bdo>` (`<bdo>` with
//!   `ltr` or `rtl` only), so mixed-direction text keeps its isolation;
//! - allows classes only from an allow-list (footnotes) and `language-*` on `code`;
//! - allows no `input` at all (task-list items render as ☐/☑ text, not form controls);
//! - allows `style` only as the exact table-alignment values pulldown-cmark writes;
//! - checks every URL attribute against [the content allow-list](super::urls), on top of
//!   ammonia's own scheme list (`http`, `https`, `mailto`, relative);
//! - drops `loading`/`decoding` (the HTML pass adds `loading="lazy" decoding="async"` in a fixed
//!   order: ammonia's own attribute setter iterates a `HashMap`, which would make the output
//!   order vary between runs);
//! - adds no `rel` itself: the HTML pass adds the configured `rel` to external links only.

use std::collections::HashSet;
use std::sync::LazyLock;

use ammonia::{Builder, UrlRelative};

use super::urls::{self, UrlKind};

/// Tags of ammonia's defaults we do not want in an article body.
const REMOVED_TAGS: [&str; 3] = ["area", "map", "center"];

static POLICY: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::default();
    b.rm_tags(REMOVED_TAGS)
        .add_tags(["section"])
        .add_generic_attributes(["id", "dir"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("code", ["class"])
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true)
        .id_prefix(None)
        .attribute_filter(filter_attribute);
    b
});

/// Cleans untrusted HTML with the one policy.
pub(crate) fn clean(html: &str) -> String {
    POLICY.clean(html).to_string()
}

/// Deepest element nesting handed to ammonia. html5ever's tree builder walks the stack of open
/// elements for many start tags (`div`, `ul`, `blockquote`, `dl` …), so parsing costs grow
/// with input size × nesting depth; real articles nest a few dozen levels at most.
pub(crate) const MAX_NESTING: usize = 200;

/// Elements without end tags, and elements whose end is implied by their siblings (they do
/// not build depth in the tree builder).
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "rp", "rt",
];

/// True when `html` may nest deeper than `max` elements: a linear estimate of the tree
/// builder's stack of open elements (start tags push, end tags pop up to their match, stray
/// end tags are ignored, comments skipped). Stops as soon as the limit is passed.
pub(crate) fn too_deep(html: &str, max: usize) -> bool {
    let bytes = html.as_bytes();
    let mut stack: Vec<&str> = Vec::new();
    let mut from = 0;
    while let Some(i) = html.get(from..).and_then(|s| s.find('<')) {
        let at = from + i;
        from = at + 1;
        let rest = html.get(at + 1..).unwrap_or("");
        if rest.starts_with("!--") {
            from = rest.find("-->").map_or(html.len(), |e| at + 1 + e + 3);
            continue;
        }
        let (end, name_from) = match bytes.get(at + 1) {
            Some(b'/') => (true, at + 2),
            Some(b) if b.is_ascii_alphabetic() => (false, at + 1),
            _ => continue,
        };
        let name_len = html.get(name_from..).map_or(0, |s| {
            s.bytes().take_while(u8::is_ascii_alphanumeric).count()
        });
        let Some(name) = html
            .get(name_from..name_from + name_len)
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        if FLAT.iter().any(|f| f.eq_ignore_ascii_case(name)) {
            continue;
        }
        if end {
            if let Some(pos) = stack
                .iter()
                .rposition(|open| open.eq_ignore_ascii_case(name))
            {
                stack.truncate(pos);
            }
        } else {
            stack.push(name);
            if stack.len() > max {
                return true;
            }
        }
    }
    false
}

/// Attributes that hold URLs, whatever the element.
fn url_kind(element: &str, attribute: &str) -> Option<UrlKind> {
    match attribute {
        "src" if element == "img" => Some(UrlKind::Image),
        "href" | "src" | "srcset" | "cite" | "action" | "formaction" | "xlink:href" | "poster"
        | "background" | "data" | "longdesc" | "usemap" | "ping" | "manifest" | "codebase" => {
            Some(UrlKind::Link)
        }
        _ => None,
    }
}

fn filter_attribute<'u>(
    element: &str,
    attribute: &str,
    value: &'u str,
) -> Option<std::borrow::Cow<'u, str>> {
    if let Some(kind) = url_kind(element, attribute) {
        // Raw HTML never carries data: URLs, even images (see the module docs of `body`).
        return urls::allowed(value, kind, false).then_some(value.into());
    }
    match (element, attribute) {
        (_, "dir") => {
            let dir = value.trim().to_ascii_lowercase();
            let allowed = match element {
                "bdo" => matches!(dir.as_str(), "ltr" | "rtl"),
                _ => matches!(dir.as_str(), "ltr" | "rtl" | "auto"),
            };
            allowed.then(|| dir.into())
        }
        (_, "style") => {
            let v = value.trim().trim_end_matches(';').trim();
            matches!(
                v,
                "text-align: left" | "text-align: center" | "text-align: right"
            )
            .then_some(value.into())
        }
        ("code", "class") => {
            let lang = value
                .split_ascii_whitespace()
                .find(|c| c.strip_prefix("language-").is_some_and(is_lang))?;
            Some(lang.to_owned().into())
        }
        _ => Some(value.into()),
    }
}

/// A code language name: short, letters, digits and `+#._-`.
pub(crate) fn is_lang(lang: &str) -> bool {
    !lang.is_empty()
        && lang.len() <= 40
        && lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'#' | b'.' | b'_' | b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_estimate() {
        assert!(!too_deep(&"<div></div>".repeat(1000), 3));
        assert!(too_deep(&"<div>".repeat(4), 3));
        assert!(too_deep(&"<div></x>".repeat(4), 3));
        assert!(!too_deep(&"<p><li><br>".repeat(1000), 3));
        assert!(!too_deep(&"<!-- <div><div><div><div> -->".repeat(10), 3));
        assert!(too_deep(&"<DL><dt>".repeat(4), 3));
        assert!(!too_deep("<div><span></div></span>", 2));
    }

    #[test]
    fn policy_builds_and_cleans() {
        let out = clean(
            "<p id=x name=y onclick=a() style=color:red class=footnote-definition>t</p>\
             <a href=\"javascript:x\" target=_blank rel=opener>l</a>\
             <img src=\"https://a.example/i.png\" alt=a loading=eager>\
             <code class=\"language-rust evil\">c</code><input type=text>\
             <blockquote cite=\"javascript:x\">q</blockquote><script>s</script>\
             <span dir=RTL>r</span><p dir=sideways>s</p><bdi>b</bdi><bdo dir=auto>o</bdo>",
        );
        assert_eq!(
            out,
            "<p id=\"x\">t</p><a>l</a>\
             <img src=\"https://a.example/i.png\" alt=\"a\">\
             <code class=\"language-rust\">c</code><blockquote>q</blockquote>\
             <span dir=\"rtl\">r</span><p>s</p><bdi>b</bdi><bdo>o</bdo>"
        );
    }
}
