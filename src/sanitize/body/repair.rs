//! Content-model repairs, decided in the tree walk with state kept on a stack of the
//! elements written (no look-back, no second pass), so real-world bodies give valid HTML:
//!
//! - an inline element holding a block (`<span><p>…</p></span>`, `<b><div>…`) is unwrapped:
//!   the block stays, the inline parent goes (the walk marks holders in one pass);
//! - children of `ul`/`ol` other than `li` (text included) are wrapped in one `li` per run;
//!   an `li` outside a list is wrapped, with the `li`s following it, in a `ul`;
//! - children of `dl` other than `dt`/`dd` are wrapped in a `dd` (a `dt` before any term);
//!   a `div` in a `dl` is unwrapped; a term left without a description gets an empty `dd`;
//!   a `dl` whose first entry is a `dd` (wikis indent so) is written as a `div`, its `dd`s
//!   as `div`s; `dt`/`dd` outside a `dl` become a paragraph/`div`;
//! - a `figcaption` outside a `figure` becomes a paragraph (a `div` when it holds a block);
//! - a `time` whose `datetime` is not a valid value, and whose text is not one either, is
//!   unwrapped (its text stays).
//!
//! Each repair is written through the same [`Target`] calls as any element, so the writer
//! applies its rules (ids, spelling, statistics) to repaired markup too.

use super::elements::{Attr, Attrs, El};
use super::policy::{self, Rule};
use super::sink::Target;
use super::time_value;
use super::tree::{Data, Tree};

/// What became of an element the policy keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Visit {
    /// Written as this element (its end is due when the walk leaves it, unless void).
    Written(El),
    /// Unwrapped: its content goes to its parent.
    Unwrapped,
}

/// Where a `dl` is: which of `dt`/`dd` it wrote last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    None,
    Term,
    Description,
}

/// An element written and not yet ended.
#[derive(Debug, Clone, Copy)]
struct Frame {
    /// `None` for the body itself.
    el: Option<El>,
    /// Opened by a repair (its content is its host's stray children).
    wrapper: bool,
    /// For a `dl`: its last entry.
    entry: Entry,
}

/// The repairs' state: the elements written and not ended, the body at the bottom.
#[derive(Debug)]
pub(crate) struct Repair {
    frames: Vec<Frame>,
}

impl Repair {
    pub(crate) fn new() -> Self {
        Repair {
            frames: vec![Frame {
                el: None,
                wrapper: false,
                entry: Entry::None,
            }],
        }
    }

    /// Text: into a wrapper where the open element takes no text (a list, a `dl`).
    pub(crate) fn text(&mut self, text: &str, sink: &mut impl Target) {
        if !text.bytes().all(is_space) {
            self.place(None, sink);
        }
        sink.text(text);
    }

    /// An element the policy keeps as `el` (`holds_block`: it holds a block at some depth):
    /// written, renamed or unwrapped as its place requires.
    pub(crate) fn element(
        &mut self,
        tree: &Tree,
        id: u32,
        el: El,
        attrs: &Attrs<'_>,
        holds_block: bool,
        sink: &mut impl Target,
    ) -> Visit {
        if holds_block && policy::is_phrasing_only(el) {
            return Visit::Unwrapped;
        }
        if el == El::Time && !valid_time(tree, id, attrs) {
            return Visit::Unwrapped;
        }
        let host = self.place(Some(el), sink);
        let mut written = match (el, host) {
            (El::Div, Some(El::Dl)) => return Visit::Unwrapped,
            (El::Figcaption, Some(El::Figure)) | (El::Dt | El::Dd, Some(El::Dl)) => el,
            (El::Figcaption | El::Dt, _) if holds_block => El::Div,
            (El::Figcaption | El::Dt, _) => El::P,
            (El::Dd, _) => El::Div,
            (El::Dl, _) if starts_with_description(tree, id) => El::Div,
            _ => el,
        };
        if host == Some(El::Dl)
            && let Some(top) = self.frames.last_mut()
        {
            // A description before any term (hidden in an unwrapped element): a term.
            if written == El::Dd && top.entry == Entry::None {
                written = El::Dt;
            }
            match written {
                El::Dt => top.entry = Entry::Term,
                El::Dd => top.entry = Entry::Description,
                _ => {}
            }
        }
        sink.start(written, attrs);
        if !written.props().void() {
            self.frames.push(Frame::element(written));
        }
        Visit::Written(written)
    }

    /// The walk leaves an element it wrote: the repairs opened in it end, a term left
    /// without a description gets an empty one, then the element ends.
    pub(crate) fn end(&mut self, sink: &mut impl Target) {
        self.close_wrappers(sink);
        if self.frames.len() > 1
            && let Some(frame) = self.frames.pop()
            && let Some(el) = frame.el
        {
            if el == El::Dl && frame.entry == Entry::Term {
                sink.start(El::Dd, &Attrs::NONE);
                sink.end(El::Dd);
            }
            sink.end(el);
        }
    }

    /// The end of the body: the repairs still open in it end.
    pub(crate) fn finish(&mut self, sink: &mut impl Target) {
        self.close_wrappers(sink);
    }

    fn close_wrappers(&mut self, sink: &mut impl Target) {
        while let Some(frame) = self.frames.last().filter(|f| f.wrapper) {
            if let Some(el) = frame.el {
                sink.end(el);
            }
            self.frames.pop();
        }
    }

    /// Makes room for `node` (an element, or `None`: text): ends the wrappers it does not
    /// belong in, opens those it needs. Returns the element it goes into.
    fn place(&mut self, node: Option<El>, sink: &mut impl Target) -> Option<El> {
        // A wrapper holds its host's stray children; a child that belongs to the host
        // ends it.
        while let [.., host, top] = self.frames.as_slice()
            && top.wrapper
            && belongs(host.el, node)
        {
            if let Some(el) = top.el {
                sink.end(el);
            }
            self.frames.pop();
        }
        // At most two wrappers: an `li` in a `dl` goes in a `dd`, then in a `ul`.
        for _ in 0..2 {
            let top = self.frames.last_mut()?;
            let wrapper = match top.el {
                _ if belongs(top.el, node) => break,
                Some(El::Ul | El::Ol) => El::Li,
                Some(El::Dl) if top.entry == Entry::None => {
                    top.entry = Entry::Term;
                    El::Dt
                }
                Some(El::Dl) => {
                    top.entry = Entry::Description;
                    El::Dd
                }
                _ => El::Ul,
            };
            sink.start(wrapper, &Attrs::NONE);
            self.frames.push(Frame {
                el: Some(wrapper),
                wrapper: true,
                entry: Entry::None,
            });
        }
        self.frames.last().and_then(|f| f.el)
    }
}

impl Frame {
    fn element(el: El) -> Self {
        Frame {
            el: Some(el),
            wrapper: false,
            entry: Entry::None,
        }
    }
}

/// Whether `node` (an element, or `None`: text) may be a child of `parent` (`None`: the
/// body) as far as these repairs go.
fn belongs(parent: Option<El>, node: Option<El>) -> bool {
    match parent {
        Some(El::Ul | El::Ol) => node == Some(El::Li),
        Some(El::Dl) => matches!(node, Some(El::Dt | El::Dd | El::Div)),
        _ => node != Some(El::Li),
    }
}

/// HTML whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// A `time` is valid with a valid `datetime` (the writer drops an invalid one), else when its
/// text is a valid value.
fn valid_time(tree: &Tree, id: u32, attrs: &Attrs<'_>) -> bool {
    if attrs
        .get(Attr::Datetime)
        .is_some_and(time_value::is_time_value)
    {
        return true;
    }
    // The text: its text children, around comments and dropped elements; any other element
    // makes it no value.
    let mut text = String::new();
    let mut child = tree.first_child(id);
    while let Some(at) = child {
        match tree.node(at).map(|n| &n.data) {
            Some(Data::Text(t)) => text.push_str(t),
            // A template's content is a separate root, never walked; an `svg` or `math`
            // keeps no element of its own language.
            Some(Data::Element {
                template: Some(_), ..
            }) => {}
            Some(Data::Element { name, .. }) if name.ns != html5ever::ns!(html) => {}
            Some(Data::Element { name, .. }) if policy::rule(name) != Rule::Drop => return false,
            _ => {}
        }
        child = tree.next_sibling(at);
    }
    time_value::is_time_value(&text)
}

/// True when the first child of the `dl` `id` that is not whitespace, a comment or dropped
/// is a `dd`. (Each child is looked at by its own `dl` only: linear.)
fn starts_with_description(tree: &Tree, id: u32) -> bool {
    let mut child = tree.first_child(id);
    while let Some(at) = child {
        match tree.node(at).map(|n| &n.data) {
            Some(Data::Text(text)) if !text.bytes().all(is_space) => return false,
            Some(Data::Element { name, .. }) if policy::rule(name) != Rule::Drop => {
                return policy::rule(name) == Rule::Keep(El::Dd);
            }
            _ => {}
        }
        child = tree.next_sibling(at);
    }
    false
}
