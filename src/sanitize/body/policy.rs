//! The body's allow-list beyond what [`elements`](super::elements) names: which elements of
//! an HTML tree are kept, renamed, unwrapped or dropped; and which attribute values are kept.
//! (What the HTML parser may see at all is the [guard](crate::sanitize::guard)'s to decide.)
//!
//! The element rules are ammonia's default policy (the one this crate used before it walked
//! the tree itself), and a differential test holds them to it, with the divergences that make
//! real-world bodies valid HTML named there:
//! - an element of [`El`]'s list is kept (its attributes through the writer's allow-list);
//! - the obsolete `tt`, `strike` and `acronym` are written as `code`, `s` and `abbr`;
//! - `script`, `style` and `noscript` are dropped with their content;
//! - any other HTML element is unwrapped: its content stays, the element goes (`font`,
//!   `center`, `big`, the sectioning elements `article`, `section`, `aside`, `nav`, `header`
//!   and `footer` — the page has its own `article` —, `form`, `iframe`'s text, custom
//!   elements …); an unwrapped block with inline content of its own is written as a `div`,
//!   so that content stays a block apart;
//! - `svg` and `math` are unwrapped, every other SVG or MathML element is dropped with its
//!   content (nothing foreign ever reaches the page, so no namespace confusion either).
//!
//! Where an element may stand is the [repairs'](super::repair) to decide, in the walk.
//!
//! Attribute values: classes only from a list (footnotes) and `language-*` on `code`; `style`
//! only as a table cell's alignment; `start` only as an integer; an image's `width` and
//! `height` only as non-negative integers (`20px` is 20, as browsers read it; `auto` or `50%`
//! are dropped); `colspan`/`span` only as positive integers and `rowspan` as a non-negative
//! one; `datetime` only as a valid value; `dir` only as `ltr`, `rtl` or `auto` (on any
//! element; `<bdi>` and `<bdo>` are kept); URLs through [the content allow-list](super::urls)
//! (raw HTML never keeps a `data:` URL); `name` never; the obsolete presentational attributes
//! (`align`, `char`, `charoff`, `size`, `summary`, `width` on `hr`) never.

use std::borrow::Cow;

use html5ever::{QualName, local_name, ns};

use super::elements::{Attr, El, Layout};
use super::time_value;

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
            None => match &*name.local {
                // `noscript` holds a lazy-loading page's fallback copy of an image, read as
                // text by the parser: it would show as markup.
                "script" | "style" | "noscript" => Rule::Drop,
                // Obsolete elements, as their modern equivalent.
                "tt" => Rule::Keep(El::Code),
                "strike" => Rule::Keep(El::S),
                "acronym" => Rule::Keep(El::Abbr),
                _ => Rule::Unwrap,
            },
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

/// An image's `width` or `height` as a valid non-negative integer: digits, or digits and
/// `px` (what browsers read `20px` as), at most 5 digits; `auto`, `50%`, `1.5` give `None`.
pub(crate) fn dimension(value: &str) -> Option<&str> {
    let value = value.trim_matches(|c: char| c.is_ascii_whitespace());
    let digits = match value.len().checked_sub(2).and_then(|at| value.get(at..)) {
        Some(unit) if unit.eq_ignore_ascii_case("px") => &value[..value.len() - 2],
        _ => value,
    };
    (!digits.is_empty() && digits.len() <= 5 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

/// A cell's `colspan` or a column's `span` (1 to 1000), or a cell's `rowspan` (0 to
/// 65534), as written; `None` for anything else.
pub(crate) fn span(attr: Attr, value: &str) -> Option<&str> {
    let n: u32 =
        (!value.is_empty() && value.len() <= 5 && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse().ok())
            .flatten()?;
    let ok = match attr {
        Attr::Rowspan => n <= 65_534,
        _ => (1..=1000).contains(&n),
    };
    ok.then_some(value)
}

/// A `datetime` of `el` when it is a valid value there (`time`: any date, time or duration;
/// `del`/`ins`: a date, or a date and time with its offset).
pub(crate) fn datetime(el: El, value: &str) -> Option<&str> {
    let valid = match el {
        El::Time => time_value::is_time_value(value),
        _ => time_value::is_date_with_optional_time(value),
    };
    valid.then_some(value)
}

/// An element the policy unwraps that HTML lays out as a block (sectioning elements,
/// `center`, `main`, `address`, `form` …): the walk writes it as a `div` when it has inline
/// content of its own, so that content stays a block apart.
pub(crate) fn is_unwrapped_block(name: &QualName) -> bool {
    name.ns == ns!(html)
        && matches!(
            &*name.local,
            "address"
                | "article"
                | "aside"
                | "center"
                | "dir"
                | "fieldset"
                | "footer"
                | "form"
                | "header"
                | "main"
                | "menu"
                | "nav"
                | "search"
                | "section"
        )
}

/// Written as a block: the elements an inline element may not hold.
pub(crate) fn is_block(el: El) -> bool {
    el.props().block() || el == El::Figcaption
}

/// An inline element that may hold only phrasing content: unwrapped when it holds a block.
/// (`a`, `ins` and `del` take their parent's content model; cells and captions hold flow.)
pub(crate) fn is_phrasing_only(el: El) -> bool {
    el.layout() == Layout::Inline
        && !matches!(
            el,
            El::A | El::Ins | El::Del | El::Td | El::Th | El::Figcaption
        )
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
        assert_eq!(rule(&html("noscript")), Rule::Drop);
        assert_eq!(rule(&html("font")), Rule::Unwrap);
        assert_eq!(rule(&html("tt")), Rule::Keep(El::Code));
        assert_eq!(rule(&html("strike")), Rule::Keep(El::S));
        assert_eq!(rule(&html("acronym")), Rule::Keep(El::Abbr));
        for unwrapped in [
            "big", "center", "article", "section", "aside", "nav", "header", "footer",
        ] {
            assert_eq!(rule(&html(unwrapped)), Rule::Unwrap, "{unwrapped}");
        }
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
        assert_eq!(dimension("20"), Some("20"));
        assert_eq!(dimension(" 900PX "), Some("900"));
        assert_eq!(dimension("020"), Some("020"));
        for bad in ["auto", "50%", "1.5", "-3", "px", "", "123456", "20 px"] {
            assert_eq!(dimension(bad), None, "{bad:?}");
        }
        assert_eq!(span(Attr::Colspan, "2"), Some("2"));
        assert_eq!(span(Attr::Colspan, "0"), None);
        assert_eq!(span(Attr::Rowspan, "0"), Some("0"));
        assert_eq!(span(Attr::Span, ""), None);
        assert_eq!(span(Attr::Colspan, "x"), None);
        assert_eq!(datetime(El::Time, "PT2H"), Some("PT2H"));
        assert_eq!(datetime(El::Del, "PT2H"), None);
        assert_eq!(datetime(El::Ins, "2026-04-04"), Some("2026-04-04"));
    }
}
