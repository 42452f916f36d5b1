//! The HTML reader: one walk over the parsed tree ([`tree`](super::tree)), in document order,
//! that applies the [element rules](super::policy::rule) and hands every kept element, its
//! attributes and every text to the [`Sink`](super::sink::Sink) — the writer the Markdown
//! reader drives too.
//!
//! The walk is iterative (no recursion, whatever the depth) and visits each node once.

use html5ever::Attribute;
use html5ever::ns;

use super::elements::{Attr, Attrs, El, Layout};
use super::policy::{self, Rule};
use super::sink::Target;
use super::tree::{Data, Tree};

/// What to do when the walk leaves an element it entered.
#[derive(Debug, Clone, Copy)]
enum Exit {
    /// Write its end.
    End(El),
    /// Nothing (it was unwrapped).
    Nothing,
}

/// Walks `tree` into `sink`.
pub(crate) fn walk(tree: &Tree, sink: &mut impl Target) {
    let Some(root) = tree.content_root() else {
        return;
    };
    // One entry per element entered and not yet left.
    let mut open: Vec<Exit> = Vec::new();
    let mut next = tree.first_child(root);
    while let Some(id) = next {
        let entered = match tree.node(id).map(|n| &n.data) {
            Some(Data::Text(text)) => {
                sink.text(text);
                false
            }
            Some(Data::Element { name, attrs, .. }) => match policy::rule(name) {
                Rule::Keep(el) => {
                    sink.start(el, &attributes(attrs));
                    if matches!(el.layout(), Layout::Void | Layout::VoidBlock) {
                        false
                    } else {
                        open.push(Exit::End(el));
                        true
                    }
                }
                Rule::Unwrap => {
                    open.push(Exit::Nothing);
                    true
                }
                Rule::Drop => false,
            },
            Some(Data::Other) | None => false,
        };
        // Down into the children, else on to the next sibling, leaving finished elements.
        next = entered.then(|| tree.first_child(id)).flatten();
        let mut at = id;
        let mut leave = entered;
        while next.is_none() {
            if leave {
                match open.pop() {
                    Some(Exit::End(el)) => sink.end(el),
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
