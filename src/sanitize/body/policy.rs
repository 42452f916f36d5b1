//! The one ammonia configuration, for raw HTML inside Markdown and for HTML bodies. Built once
//! (`LazyLock`), used for every body that needs it.
//!
//! Starting from ammonia's defaults (no script, style, iframe, object, embed, form, base, meta,
//! svg or math; no event handlers, no `style`), it:
//! - keeps `id` on any element (the HTML pass then prefixes and de-duplicates every id in the
//!   body's one id space) and drops `name`;
//! - allows classes only from an allow-list (footnotes) and `language-*` on `code`;
//! - allows `input` as a task-list checkbox only (the HTML pass rewrites it to a disabled
//!   checkbox);
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
        .add_tags(["input", "section"])
        .add_generic_attributes(["id"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
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
        ("input", "type") => value
            .eq_ignore_ascii_case("checkbox")
            .then_some(value.into()),
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
    fn policy_builds_and_cleans() {
        let out = clean(
            "<p id=x name=y onclick=a() style=color:red class=footnote-definition>t</p>\
             <a href=\"javascript:x\" target=_blank rel=opener>l</a>\
             <img src=\"https://a.example/i.png\" alt=a loading=eager>\
             <code class=\"language-rust evil\">c</code><input type=text>\
             <blockquote cite=\"javascript:x\">q</blockquote><script>s</script>",
        );
        assert_eq!(
            out,
            "<p id=\"x\">t</p><a>l</a>\
             <img src=\"https://a.example/i.png\" alt=\"a\">\
             <code class=\"language-rust\">c</code><input><blockquote>q</blockquote>"
        );
    }
}
