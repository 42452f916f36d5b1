//! The spelling of a start tag and its attributes: the one order, escaping, and what the
//! policy keeps of each value (ids claimed, classes and alignments filtered, URLs through the
//! allow-list and written one way).

use std::borrow::Cow;

use super::super::elements::{Attr, Attrs, El, Layout};
use super::super::escape::escape_attr;
use super::super::ids::{self, IdAllocator};
use super::super::policy;
use super::super::urls::{self, UrlKind};
use crate::sanitize::links::url_value;

/// How an element's `id` attribute is written.
#[derive(Clone, Copy)]
pub(super) enum IdRule<'a> {
    /// Claimed in the id space (the explicit id or, when taken, a free variant of it).
    Claim,
    /// Already claimed: this one.
    Given(&'a str),
}

/// True at the start of the output or of a line: a block needs no line break before it.
pub(super) fn at_line_start(out: &str) -> bool {
    out.is_empty() || out.ends_with('\n')
}

/// Writes a start tag into `out`: a line break before a block, the attributes, a line break
/// after a container's start or a void block (line breaks only outside `pre`: `pre` open).
pub(super) fn open_tag(
    out: &mut String,
    ids: &mut IdAllocator,
    pre: usize,
    el: El,
    attrs: &Attrs<'_>,
    id: IdRule<'_>,
) {
    let layout = el.layout();
    // Line breaks of the layout only outside `pre`, where they would be content.
    let lines = pre == 0;
    if lines && el.props().block() && !at_line_start(out) {
        out.push('\n');
    }
    out.push('<');
    out.push_str(el.name());
    if attrs.present() != 0 {
        write_attrs(out, ids, el, attrs, id, 0, 0);
    }
    out.push('>');
    if lines && matches!(layout, Layout::Container | Layout::VoidBlock) {
        out.push('\n');
    }
}

/// Writes the attributes `el` may carry (but those in `skip`; those in `always` even when
/// not given, empty), in the one order: values escaped, ids claimed (per `id`), classes and
/// alignments as the policy keeps them, other URLs through the allow-list.
pub(super) fn write_attrs(
    out: &mut String,
    ids: &mut IdAllocator,
    el: El,
    attrs: &Attrs<'_>,
    id: IdRule<'_>,
    skip: u32,
    always: u32,
) {
    for attr in Attr::of((attrs.present() | always) & el.allowed() & !skip) {
        let value = attrs.get(attr).unwrap_or_default();
        match attr {
            Attr::Id => {
                let claimed = match id {
                    IdRule::Claim => ids.claim_explicit(value).map(Cow::Owned),
                    IdRule::Given(given) => Some(Cow::Borrowed(given)),
                };
                if let Some(claimed) = claimed {
                    out.push_str(attr.lead());
                    ids::push_id(out, &claimed);
                    out.push('"');
                }
            }
            Attr::Class => {
                if let Some(classes) = policy::classes(el, value) {
                    out.push_str(attr.lead());
                    escape_attr(out, &classes);
                    out.push('"');
                }
            }
            // Written by the link and image code.
            Attr::Href | Attr::Src => {}
            Attr::Cite => {
                if urls::allowed(value, UrlKind::Link, false) {
                    out.push_str(attr.lead());
                    escape_attr(out, &url_value(value));
                    out.push('"');
                }
            }
            Attr::Style => {
                if let Some(style) = policy::alignment(value) {
                    out.push_str(attr.lead());
                    out.push_str(style);
                    out.push('"');
                }
            }
            Attr::Dir => {
                if let Some(dir) = policy::direction(el, value) {
                    out.push_str(attr.lead());
                    out.push_str(dir);
                    out.push('"');
                }
            }
            Attr::Start
            | Attr::Width
            | Attr::Height
            | Attr::Colspan
            | Attr::Rowspan
            | Attr::Span => {
                let number = match attr {
                    Attr::Start => policy::integer(value),
                    Attr::Width | Attr::Height => policy::dimension(value),
                    _ => policy::span(attr, value),
                };
                if let Some(number) = number {
                    out.push_str(attr.lead());
                    out.push_str(number);
                    out.push('"');
                }
            }
            Attr::Datetime => {
                if let Some(datetime) = policy::datetime(el, value) {
                    out.push_str(attr.lead());
                    escape_attr(out, datetime);
                    out.push('"');
                }
            }
            _ => {
                out.push_str(attr.lead());
                escape_attr(out, value);
                out.push('"');
            }
        }
    }
}
