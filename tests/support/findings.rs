//! The findings checker: parses HTML with html5ever (through `scraper`) the way a browser
//! would and lists every construct the crate must never emit from article content.
//!
//! Reusable for body fragments ([`fragment_findings`]), prepared bodies ([`body_findings`])
//! and whole pages ([`page_findings`], where `meta`, `link`, `title` and
//! `application/ld+json` scripts are allowed inside `<head>` only). Include with `#[path = "support/findings.rs"] mod findings;`.

#![allow(dead_code)]

use std::collections::HashSet;

use newsclip::sanitize::{OutlineEntry, PreparedBody};
use scraper::{ElementRef, Html, Node};

/// What the checker accepts beyond the defaults.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// `data:image/{png,jpeg,gif,webp,avif};base64,…` in `img src`.
    pub allow_data_images: bool,
    /// When set, every `id` must start with it.
    pub id_prefix: Option<String>,
}

/// Elements never allowed from content.
const BANNED: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "base",
    "meta",
    "link",
    "svg",
    "math",
    "template",
    "portal",
    "noscript",
    "textarea",
    "select",
    "button",
    "isindex",
    "keygen",
    "xmp",
    "plaintext",
    "noembed",
    "title",
];

/// Attributes that hold URLs (checked against the allow-list).
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "ping",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "codebase",
    "manifest",
    "icon",
    "usemap",
    "profile",
    "archive",
    "classid",
];

/// Attributes never allowed from content, whatever their value.
const BANNED_ATTRS: &[&str] = &["srcdoc", "http-equiv", "name", "form", "autofocus"];

/// Findings in a body fragment, checked in place: the fragment is put in a `div` followed by
/// a sentinel paragraph, which must come out intact (no unclosed comment, raw-text element
/// or link swallowing the rest of the page, no stray end tag escaping the container).
pub fn fragment_findings(html: &str, rules: &Rules) -> Vec<String> {
    fragment_checked(html, rules).1
}

/// Findings in a prepared body ([`fragment_findings`] of its HTML), plus repeated ids and
/// outline entries that are not headings of the HTML or not at levels 2 to 6.
pub fn body_findings(body: &PreparedBody, rules: &Rules) -> Vec<String> {
    let (doc, mut found) = fragment_checked(body.html().as_str(), rules);
    let with_id = scraper::Selector::parse("#sentinel-wrap [id]").expect("selector");
    let ids: Vec<&str> = doc.select(&with_id).filter_map(|e| e.attr("id")).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    if unique.len() != ids.len() {
        found.push(format!("duplicate ids: {ids:?}"));
    }
    let mut stack: Vec<&OutlineEntry> = body.outline().iter().collect();
    while let Some(entry) = stack.pop() {
        if !unique.contains(entry.id.as_str()) {
            found.push(format!("outline id {:?} not in the HTML", entry.id));
        }
        if !(2..=6).contains(&entry.level) {
            found.push(format!("outline level {}", entry.level));
        }
        stack.extend(entry.children.iter());
    }
    found
}

/// The parsed page around the fragment, and the fragment's findings.
fn fragment_checked(html: &str, rules: &Rules) -> (Html, Vec<String>) {
    let page = format!(
        "<!DOCTYPE html><html><head></head><body><div id=\"sentinel-wrap\">{html}</div>\
         <p id=\"sentinel-after\">after</p></body></html>"
    );
    let doc = Html::parse_document(&page);
    let mut found = Vec::new();
    check_tree(&doc, rules, false, &mut found);
    let body = scraper::Selector::parse("body").expect("selector");
    let children: Vec<ElementRef<'_>> = doc
        .select(&body)
        .next()
        .map(|b| b.children().filter_map(ElementRef::wrap).collect())
        .unwrap_or_default();
    let contained = match children.as_slice() {
        [wrap, after] => {
            wrap.value().id() == Some("sentinel-wrap")
                && after.value().id() == Some("sentinel-after")
                && after.children().count() == 1
                && after.children().all(|c| c.value().is_text())
                && after.text().collect::<String>() == "after"
        }
        _ => false,
    };
    if !contained {
        found.push("fragment is not contained: it swallowed or escaped its container".into());
    }
    if html.contains("<!--") {
        found.push("comment in output".into());
    }
    (doc, found)
}

/// Findings in a whole page.
pub fn page_findings(html: &str, rules: &Rules) -> Vec<String> {
    page_findings_in(&Html::parse_document(html), rules)
}

/// Findings in a whole page, parsed.
pub fn page_findings_in(doc: &Html, rules: &Rules) -> Vec<String> {
    let mut found = Vec::new();
    check_tree(doc, rules, true, &mut found);
    found
}

fn check_tree(doc: &Html, rules: &Rules, page: bool, found: &mut Vec<String>) {
    for node in doc.tree.nodes() {
        match node.value() {
            Node::Comment(c) if !page => found.push(format!("comment: {:?}", &**c)),
            Node::ProcessingInstruction(_) => found.push("processing instruction".into()),
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(node) {
                    check_element(el, rules, page, found);
                }
            }
            _ => {}
        }
    }
}

fn in_head(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "head")
}

fn check_element(el: ElementRef<'_>, rules: &Rules, page: bool, found: &mut Vec<String>) {
    let v = el.value();
    let name = v.name().to_ascii_lowercase();
    let ns = &*v.name.ns;
    if ns != "http://www.w3.org/1999/xhtml" {
        found.push(format!("foreign element <{name}> ({ns})"));
    }
    let ld_json = name == "script"
        && v.attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
    let head_ok = page && in_head(el) && matches!(name.as_str(), "meta" | "link" | "title");
    if BANNED.contains(&name.as_str()) && !ld_json && !head_ok {
        found.push(format!("element <{name}>"));
    }
    if name == "input" && !(v.attr("type") == Some("checkbox") && v.attr("disabled").is_some()) {
        found.push("input other than a disabled checkbox".into());
    }
    let page_head = page && in_head(el);
    for (attr, value) in v.attrs() {
        let attr = attr.to_ascii_lowercase();
        if attr.starts_with("on") {
            found.push(format!("event handler {attr}={value:?} on <{name}>"));
        }
        if BANNED_ATTRS.contains(&attr.as_str()) && !(page_head && attr == "name") {
            found.push(format!("attribute {attr}={value:?} on <{name}>"));
        }
        if attr == "style" && !is_alignment(value) {
            found.push(format!("style={value:?} on <{name}>"));
        }
        if URL_ATTRS.contains(&attr.as_str()) {
            let urls: Vec<&str> = if attr == "srcset" {
                value
                    .split(',')
                    .map(|c| c.split_whitespace().next().unwrap_or(""))
                    .collect()
            } else {
                vec![value]
            };
            for url in urls {
                let image = name == "img" && attr == "src";
                if !url_allowed(url, image, attr == "href", rules) {
                    found.push(format!("url {attr}={url:?} on <{name}>"));
                }
            }
        }
        if attr == "target" {
            let rel = v.attr("rel").unwrap_or("");
            if !rel
                .split_whitespace()
                .any(|t| t == "noopener" || t == "noreferrer")
            {
                found.push(format!("target={value:?} without rel=noopener on <{name}>"));
            }
        }
        if attr == "id"
            && !page
            && let Some(prefix) = &rules.id_prefix
            && !value.starts_with(prefix.as_str())
            && !value.starts_with("sentinel-")
        {
            found.push(format!("id {value:?} without prefix {prefix:?}"));
        }
    }
}

fn is_alignment(style: &str) -> bool {
    matches!(
        style.trim().trim_end_matches(';').trim(),
        "text-align: left" | "text-align: center" | "text-align: right"
    )
}

/// Resolves `url` as a browser would (WHATWG parser: strips leading/trailing C0 controls and
/// spaces, removes tabs and newlines) against a base and checks the resulting scheme.
fn url_allowed(url: &str, image: bool, href: bool, rules: &Rules) -> bool {
    let base = url::Url::parse("https://site.example/dir/page").expect("base");
    let Ok(resolved) = base.join(url) else {
        // Unparseable URLs do not navigate anywhere.
        return true;
    };
    match resolved.scheme() {
        "http" | "https" => true,
        "mailto" => href,
        "data" => image && rules.allow_data_images && is_raster_data(url),
        _ => false,
    }
}

fn is_raster_data(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["png", "jpeg", "jpg", "gif", "webp", "avif"]
        .iter()
        .any(|t| lower.starts_with(&format!("data:image/{t};base64,")))
}

#[cfg(test)]
mod self_test {
    use super::*;

    fn f(html: &str) -> Vec<String> {
        fragment_findings(html, &Rules::default())
    }

    #[test]
    fn clean_html_has_no_findings() {
        let html = "<h2 id=\"a\">A</h2><p><a href=\"https://x.example\" rel=\"noopener\" \
                    target=\"_blank\">x</a> <a href=\"/rel\">r</a> <a href=\"mailto:a@b.c\">m</a>\
                    </p><table><tr><td style=\"text-align: left\">c</td></tr></table>\
                    <ul><li><input disabled=\"\" type=\"checkbox\"> t</li></ul>";
        assert_eq!(f(html), Vec::<String>::new());
    }

    #[test]
    fn catches_each_construct() {
        for bad in [
            "<script>x</script>",
            "<p onclick=\"x\">a</p>",
            "<a href=\"javascript:x\">a</a>",
            "<a href=\"java\tscript:x\">a</a>",
            "<a href=\" \u{1}javascript:x\">a</a>",
            "<a href=\"JaVaScRiPt:x\">a</a>",
            "<img src=\"data:image/svg+xml,x\">",
            "<img src=\"data:image/png;base64,AAAA\">",
            "<img srcset=\"/a.png 1x, javascript:x 2x\">",
            "<blockquote cite=\"vbscript:x\">q</blockquote>",
            "<iframe></iframe>",
            "<object></object>",
            "<embed>",
            "<form></form>",
            "<style>x</style>",
            "<base href=\"/\">",
            "<meta charset=\"utf-8\">",
            "<svg></svg>",
            "<math></math>",
            "<a name=\"x\">a</a>",
            "<a href=\"https://x.example\" target=\"_blank\">x</a>",
            "<p style=\"color: red\">x</p>",
            "<input type=\"text\">",
            "<!-- x -->",
            "<textarea>",
            "<a href=\"/x\">unclosed",
            "</div><p>escaped</p>",
        ] {
            assert!(!f(bad).is_empty(), "no finding for {bad:?}");
        }
        let rules = Rules {
            id_prefix: Some("uc-".into()),
            ..Rules::default()
        };
        assert!(!fragment_findings("<p id=\"x\">a</p>", &rules).is_empty());
        assert!(fragment_findings("<p id=\"uc-x\">a</p>", &rules).is_empty());
        let data = Rules {
            allow_data_images: true,
            ..Rules::default()
        };
        assert!(fragment_findings("<img src=\"data:image/png;base64,AAAA\">", &data).is_empty());
    }

    #[test]
    fn page_allows_head_meta_and_ld_json() {
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>\
                    <script type=\"application/ld+json\">{}</script></head><body><p>x</p>\
                    </body></html>";
        assert_eq!(page_findings(page, &Rules::default()), Vec::<String>::new());
        let bad = "<html><head></head><body><meta http-equiv=\"refresh\"></body></html>";
        assert!(!page_findings(bad, &Rules::default()).is_empty());
    }
}
