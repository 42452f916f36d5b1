//! The HTML reader: one walk over the parsed tree ([`tree`](super::tree)), in document order,
//! that applies the [element rules](super::policy::rule) and the [content-model
//! repairs](super::repair) and hands every kept element, its attributes and every text to
//! the [`Sink`](super::sink::Sink) — the writer the Markdown reader drives too.
//!
//! The walk is iterative (no recursion, whatever the depth) and visits each node once, after
//! one linear pass that marks the elements holding a block (an inline element holding one is
//! unwrapped) and those with inline content of their own (an unwrapped block with some is a
//! `div`).

use html5ever::Attribute;
use html5ever::ns;

use super::elements::{Attr, Attrs, El};
use super::policy::{self, Rule};
use super::repair::{Repair, Visit};
use super::sink::Target;
use super::tree::{Data, Tree};

/// What to do when the walk leaves an element it entered.
#[derive(Debug, Clone, Copy)]
enum Exit {
    /// Write its end (and the ends of repairs opened in it).
    End,
    /// Nothing (it was unwrapped).
    Nothing,
}

/// Walks `tree` into `sink`.
pub(crate) fn walk(tree: &Tree, sink: &mut impl Target) {
    let Some(root) = tree.content_root() else {
        return;
    };
    let marks = marks(tree, root);
    let mut repair = Repair::new();
    // One entry per element entered and not yet left.
    let mut open: Vec<Exit> = Vec::new();
    let mut next = tree.first_child(root);
    while let Some(id) = next {
        let entered = match tree.node(id).map(|n| &n.data) {
            Some(Data::Text(text)) => {
                repair.text(text, sink);
                false
            }
            Some(Data::Element { name, attrs, .. }) => {
                let here = marks.get(id as usize).copied().unwrap_or(0);
                match element_of(name, here) {
                    Some(el) => {
                        let attrs = attributes(attrs);
                        let holds = here & HOLDS_BLOCK != 0;
                        match repair.element(tree, id, el, &attrs, holds, sink) {
                            Visit::Written(el) if !el.props().void() => {
                                open.push(Exit::End);
                                true
                            }
                            Visit::Written(_) => false,
                            Visit::Unwrapped => {
                                open.push(Exit::Nothing);
                                true
                            }
                        }
                    }
                    None if policy::rule(name) == Rule::Unwrap => {
                        open.push(Exit::Nothing);
                        true
                    }
                    None => false,
                }
            }
            Some(Data::Other) | None => false,
        };
        // Down into the children, else on to the next sibling, leaving finished elements.
        next = entered.then(|| tree.first_child(id)).flatten();
        let mut at = id;
        let mut leave = entered;
        while next.is_none() {
            if leave {
                match open.pop() {
                    Some(Exit::End) => repair.end(sink),
                    Some(Exit::Nothing) | None => {}
                }
            }
            next = tree.next_sibling(at);
            if next.is_some() {
                break;
            }
            match tree.parent(at) {
                Some(parent) if parent != root => {
                    at = parent;
                    leave = true;
                }
                _ => break,
            }
        }
    }
    repair.finish(sink);
}

/// Marks of a node: it holds an element written as a block (at any depth, through any
/// element the walk writes or unwraps).
const HOLDS_BLOCK: u8 = 1;
/// Marks of a node: it has inline content of its own (text, not only whitespace, or an
/// inline element), directly or through elements the walk unwraps.
const HAS_INLINE: u8 = 2;

/// The element the walk writes for an element of the tree, before the repairs: the policy's,
/// or a `div` for an unwrapped block (`section`, `center` …) with inline content of its own,
/// which keeps that content a block apart from its neighbours.
fn element_of(name: &html5ever::QualName, marks: u8) -> Option<El> {
    match policy::rule(name) {
        Rule::Keep(el) => Some(el),
        Rule::Unwrap if marks & HAS_INLINE != 0 && policy::is_unwrapped_block(name) => {
            Some(El::Div)
        }
        Rule::Unwrap | Rule::Drop => None,
    }
}

/// The [`HOLDS_BLOCK`] and [`HAS_INLINE`] marks of every node under `root` (by id). One
/// pre-order listing of the walked nodes, then each node tells its parent, in reverse:
/// linear.
fn marks(tree: &Tree, root: u32) -> Vec<u8> {
    let mut marks = vec![0u8; tree.len()];
    let mut order: Vec<u32> = Vec::new();
    let mut stack: Vec<u32> = tree.first_child(root).into_iter().collect();
    while let Some(id) = stack.pop() {
        if let Some(next) = tree.next_sibling(id) {
            stack.push(next);
        }
        match tree.node(id).map(|n| &n.data) {
            Some(Data::Element { name, .. }) if policy::rule(name) != Rule::Drop => {
                order.push(id);
                if let Some(child) = tree.first_child(id) {
                    stack.push(child);
                }
            }
            Some(Data::Text(text)) if !text.bytes().all(|b| b.is_ascii_whitespace()) => {
                if let Some(slot) = tree.parent(id).and_then(|p| marks.get_mut(p as usize)) {
                    *slot |= HAS_INLINE;
                }
            }
            _ => {}
        }
    }
    for &id in order.iter().rev() {
        let Some(Data::Element { name, .. }) = tree.node(id).map(|n| &n.data) else {
            continue;
        };
        let here = marks.get(id as usize).copied().unwrap_or(0);
        let written = element_of(name, here);
        let mut tell = 0;
        if written.is_some_and(policy::is_block) || here & HOLDS_BLOCK != 0 {
            tell |= HOLDS_BLOCK;
        }
        let inline = match written {
            Some(el) => !policy::is_block(el),
            None => here & HAS_INLINE != 0,
        };
        if inline {
            tell |= HAS_INLINE;
        }
        if tell != 0
            && let Some(parent) = tree.parent(id).filter(|&p| p != root)
            && let Some(slot) = marks.get_mut(parent as usize)
        {
            *slot |= tell;
        }
    }
    marks
}

/// The attributes of an element as the writer takes them: those of the allow-list, first
/// value of each. (Namespaced attributes, `xlink:href` and the like, are never kept.)
fn attributes(attrs: &[Attribute]) -> Attrs<'_> {
    let mut out = Attrs::NONE;
    for attr in attrs {
        if attr.name.ns == ns!()
            && let Some(name) = Attr::from_name(&attr.name.local)
        {
            out.set(name, &attr.value);
        }
    }
    out
}
