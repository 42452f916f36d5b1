//! The body's allow-list beyond what [`elements`](super::elements) names: which elements of
//! an HTML tree are kept, unwrapped or dropped; and which attribute values are kept. (What
//! the HTML parser may see at all is the [guard](crate::sanitize::guard)'s to decide.)
//!
//! The element rules are ammonia's default policy (the one this crate used before it walked
//! the tree itself), and a differential test holds them to it:
//! - an element of [`El`]'s list is kept (its attributes through the writer's allow-list);
//! - `script` and `style` are dropped with their content;
//! - any other HTML element is unwrapped: its content stays, the element goes (`font`,
//!   `center`, `form`, `iframe`'s text, custom elements …);
//! - `svg` and `math` are unwrapped, every other SVG or MathML element is dropped with its
//!   content (nothing foreign ever reaches the page, so no namespace confusion either).
//!
//! Attribute values: classes only from a list (footnotes) and `language-*` on `code`; `style`
//! only as a table cell's alignment; `start` only as an integer; `dir` only as `ltr`, `rtl`
//! or `auto` (on any element; `<bdi>` and `<bdo>` are kept); URLs through
//! [the content allow-list](super::urls) (raw HTML never keeps a `data:` URL); `name` never.
//!
//! Real-world repairs (obsolete elements, lazy-loading `data-src`, image sizes, content-model
//! fixes) belong here as further element rules: [`rule`] sees every element of the tree.

use std::borrow::Cow;

use html5ever::{QualName, local_name, ns};

use super::elements::El;

/// What the tree walk does with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Written as this element, with its content.
    Keep(El),
    /// Its content is written, the element is not.
    Unwrap,
    /// Neither the element nor its content is written.
    Drop,
}

/// The rule for an element of the parsed tree.
pub(crate) fn rule(name: &QualName) -> Rule {
    if name.ns == ns!(html) {
        return match El::from_name(&name.local) {
            Some(el) => Rule::Keep(el),
            None if matches!(&*name.local, "script" | "style") => Rule::Drop,
            None => Rule::Unwrap,
        };
    }
    let foreign_root = (name.ns == ns!(svg) && name.local == local_name!("svg"))
        || (name.ns == ns!(mathml) && name.local == local_name!("math"));
    if foreign_root {
        Rule::Unwrap
    } else {
        Rule::Drop
    }
}

/// The classes `el` keeps of `value`, in their order; `None` when it keeps none.
pub(crate) fn classes(el: El, value: &str) -> Option<Cow<'_, str>> {
    match el {
        // The first valid language name only.
        El::Code => value
            .split_ascii_whitespace()
            .find(|c| c.strip_prefix("language-").is_some_and(is_lang))
            .map(Cow::Borrowed),
        El::Div | El::Sup => {
            let allowed: &[&str] = if el == El::Div {
                &["footnote-definition"]
            } else {
                &["footnote-reference", "footnote-definition-label"]
            };
            // One allowed class, as footnotes are written.
            if allowed.contains(&value) {
                return Some(Cow::Borrowed(value));
            }
            let mut kept = value
                .split_ascii_whitespace()
                .filter(|c| allowed.contains(c));
            let first = kept.next()?;
            match kept.next() {
                None => Some(Cow::Borrowed(first)),
                Some(second) => Some(Cow::Owned(format!("{first} {second}"))),
            }
        }
        _ => None,
    }
}

/// A table cell's `style` when it is an alignment, as written: `text-align: left`,
/// `center` or `right` (any case and spacing, an optional `;`).
pub(crate) fn alignment(value: &str) -> Option<&'static str> {
    // As written already (Markdown tables always are).
    const ALIGNMENTS: [&str; 3] = [
        "text-align: left",
        "text-align: center",
        "text-align: right",
    ];
    if let Some(canonical) = ALIGNMENTS.into_iter().find(|a| *a == value) {
        return Some(canonical);
    }
    let value = value.trim().strip_suffix(';').unwrap_or(value.trim());
    let (property, align) = value.split_once(':')?;
    if !property.trim().eq_ignore_ascii_case("text-align") {
        return None;
    }
    let align = align.trim();
    [
        ("left", "text-align: left"),
        ("center", "text-align: center"),
        ("right", "text-align: right"),
    ]
    .into_iter()
    .find(|(a, _)| align.eq_ignore_ascii_case(a))
    .map(|(_, style)| style)
}

/// `value` when it is an integer (a list's `start`): an optional `-`, then 1 to 9 digits.
pub(crate) fn integer(value: &str) -> Option<&str> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    (!digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(value)
}

/// A `dir` value as written: `ltr`, `rtl` or `auto` (any case, trimmed), so mixed-direction
/// text keeps its isolation; `<bdo>` overrides only with `ltr` or `rtl`.
pub(crate) fn direction(el: El, value: &str) -> Option<&'static str> {
    let value = value.trim();
    let dir = ["ltr", "rtl", "auto"]
        .into_iter()
        .find(|d| value.eq_ignore_ascii_case(d))?;
    (el != El::Bdo || dir != "auto").then_some(dir)
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
    fn element_rules() {
        let html = |n: &str| QualName::new(None, ns!(html), n.into());
        assert_eq!(rule(&html("p")), Rule::Keep(El::P));
        assert_eq!(rule(&html("script")), Rule::Drop);
        assert_eq!(rule(&html("style")), Rule::Drop);
        assert_eq!(rule(&html("font")), Rule::Unwrap);
        assert_eq!(rule(&html("iframe")), Rule::Unwrap);
        let foreign = |ns, name: &str| rule(&QualName::new(None, ns, name.into()));
        assert_eq!(foreign(ns!(svg), "svg"), Rule::Unwrap);
        assert_eq!(foreign(ns!(svg), "a"), Rule::Drop);
        assert_eq!(foreign(ns!(mathml), "math"), Rule::Unwrap);
        assert_eq!(foreign(ns!(mathml), "mtext"), Rule::Drop);
    }

    #[test]
    fn attribute_values() {
        assert_eq!(
            classes(El::Code, "evil language-rust language-js").as_deref(),
            Some("language-rust")
        );
        assert_eq!(classes(El::Code, "language-<x>"), None);
        assert_eq!(
            classes(El::Div, "x footnote-definition").as_deref(),
            Some("footnote-definition")
        );
        assert_eq!(
            classes(El::Sup, "footnote-reference footnote-definition-label").as_deref(),
            Some("footnote-reference footnote-definition-label")
        );
        assert_eq!(classes(El::P, "footnote-definition"), None);
        assert_eq!(alignment(" Text-Align:RIGHT ; "), Some("text-align: right"));
        assert_eq!(alignment("text-align: right; color: red"), None);
        assert_eq!(alignment("color: red"), None);
        assert_eq!(integer("-3"), Some("-3"));
        assert_eq!(integer("3x"), None);
        assert_eq!(integer(""), None);
    }
}
