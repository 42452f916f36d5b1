//! HTML parsed once, by html5ever, into a flat tree the walk reads.
//!
//! html5ever is the HTML parser ammonia uses (the same version): it parses the fragment as a
//! browser parses the content of a `<div>`. It builds the tree through [`TreeSink`]; this one
//! keeps the nodes in one vector linked by indices (parent, children, siblings), so a node
//! costs no allocation of its own, and nothing is ever serialized and parsed again.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, ExpandedName, ParseOpts, QualName, local_name, ns};

/// No node.
const NONE: u32 = u32::MAX;

/// What a node is.
#[derive(Debug)]
pub(crate) enum Data {
    /// The document, the root of a template's content, a comment or a processing
    /// instruction: nothing to write.
    Other,
    /// An element.
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        /// A template's content (a separate root: never walked).
        template: Option<u32>,
        /// A MathML `annotation-xml` that is an HTML integration point.
        integration_point: bool,
    },
    /// Text.
    Text(StrTendril),
}

/// A node and its links.
#[derive(Debug)]
pub(crate) struct Node {
    parent: u32,
    first_child: u32,
    last_child: u32,
    prev: u32,
    next: u32,
    pub(crate) data: Data,
}

/// The parsed fragment.
#[derive(Debug)]
pub(crate) struct Tree {
    nodes: Vec<Node>,
}

/// Parses an HTML fragment as the content of a `<div>`, as ammonia does.
pub(crate) fn parse(html: &str) -> Tree {
    let builder = Builder {
        nodes: RefCell::new(Vec::with_capacity(html.len() / 16 + 4)),
    };
    builder.push(Data::Other);
    html5ever::parse_fragment(
        builder,
        ParseOpts::default(),
        QualName::new(None, ns!(html), local_name!("div")),
        Vec::new(),
        false,
    )
    .one(html)
}

/// A node id, or none.
fn some(id: u32) -> Option<u32> {
    (id != NONE).then_some(id)
}

impl Tree {
    /// The number of nodes (ids are below it).
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn node(&self, id: u32) -> Option<&Node> {
        self.nodes.get(id as usize)
    }

    /// The element the fragment's content was parsed into (the parser's `html` root).
    pub(crate) fn content_root(&self) -> Option<u32> {
        let document = self.node(0)?;
        let mut child = some(document.first_child);
        while let Some(id) = child {
            let node = self.node(id)?;
            if matches!(node.data, Data::Element { .. }) {
                return Some(id);
            }
            child = some(node.next);
        }
        None
    }

    pub(crate) fn first_child(&self, id: u32) -> Option<u32> {
        self.node(id).and_then(|n| some(n.first_child))
    }

    pub(crate) fn next_sibling(&self, id: u32) -> Option<u32> {
        self.node(id).and_then(|n| some(n.next))
    }

    pub(crate) fn parent(&self, id: u32) -> Option<u32> {
        self.node(id).and_then(|n| some(n.parent))
    }
}

/// A node as the tree builder holds it: its id, and its name (the builder asks for names far
/// more often than it copies handles, and a name held here needs no look-up).
#[derive(Debug, Clone)]
struct Handle {
    id: u32,
    name: QualName,
}

impl Handle {
    fn unnamed(id: u32) -> Self {
        Handle {
            id,
            name: QualName::new(None, ns!(), local_name!("")),
        }
    }
}

/// The tree under construction. html5ever's builder calls through `&self`, hence the cell;
/// every borrow is local to one call.
struct Builder {
    nodes: RefCell<Vec<Node>>,
}

/// Where a node goes.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// After the children of this node.
    LastChildOf(u32),
    /// Just before this node.
    Before(u32),
}

impl Builder {
    /// Puts `child` at `place`: a node (taken from where it was), or text (merged into the
    /// text node it would follow, as the tree builder requires).
    fn place(&self, place: Place, child: NodeOrText<Handle>) {
        let mut nodes = self.nodes.borrow_mut();
        let id = match child {
            NodeOrText::AppendNode(child) => {
                nodes.detach(child.id);
                child.id
            }
            NodeOrText::AppendText(text) => {
                let before = match place {
                    Place::LastChildOf(parent) => nodes.at(parent).map_or(NONE, |p| p.last_child),
                    Place::Before(sibling) => nodes.at(sibling).map_or(NONE, |s| s.prev),
                };
                if nodes.extend_text(before, &text) {
                    return;
                }
                drop(nodes);
                let id = self.push(Data::Text(text));
                nodes = self.nodes.borrow_mut();
                id
            }
        };
        match place {
            Place::LastChildOf(parent) => nodes.append_child(parent, id),
            Place::Before(sibling) => nodes.insert_before(sibling, id),
        }
    }

    fn push(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let id = u32::try_from(nodes.len()).unwrap_or(NONE);
        nodes.push(Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            data,
        });
        id
    }
}

/// Node links, edited in place.
trait Links {
    fn at(&mut self, id: u32) -> Option<&mut Node>;

    /// Makes `right` follow `left` among `parent`'s children; `NONE` on either side stands
    /// for the end of the list (the parent's first or last child is set instead).
    fn join(&mut self, parent: u32, left: u32, right: u32) {
        match self.at(left) {
            Some(l) => l.next = right,
            None => {
                if let Some(p) = self.at(parent) {
                    p.first_child = right;
                }
            }
        }
        match self.at(right) {
            Some(r) => r.prev = left,
            None => {
                if let Some(p) = self.at(parent) {
                    p.last_child = left;
                }
            }
        }
    }

    /// Unlinks `id` from its parent and siblings.
    fn detach(&mut self, id: u32) {
        let Some(node) = self.at(id) else { return };
        let (parent, prev, next) = (node.parent, node.prev, node.next);
        node.parent = NONE;
        self.join(parent, prev, next);
    }

    /// Links `child` (detached) between `left` and `right` under `parent`.
    fn link(&mut self, parent: u32, left: u32, right: u32, child: u32) {
        if let Some(c) = self.at(child) {
            c.parent = parent;
        }
        self.join(parent, left, child);
        self.join(parent, child, right);
    }

    /// Links `child` (detached) as the last child of `parent`.
    fn append_child(&mut self, parent: u32, child: u32) {
        let last = self.at(parent).map_or(NONE, |p| p.last_child);
        if self.at(parent).is_some() {
            self.link(parent, last, NONE, child);
        }
    }

    /// Links `child` (detached) just before `sibling`.
    fn insert_before(&mut self, sibling: u32, child: u32) {
        let Some(s) = self.at(sibling) else { return };
        let (parent, prev) = (s.parent, s.prev);
        self.link(parent, prev, sibling, child);
    }

    /// Appends `text` to node `id` when it is a text node; `false` otherwise.
    fn extend_text(&mut self, id: u32, text: &StrTendril) -> bool {
        match self.at(id) {
            Some(Node {
                data: Data::Text(t),
                ..
            }) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

impl Links for Vec<Node> {
    fn at(&mut self, id: u32) -> Option<&mut Node> {
        self.get_mut(id as usize)
    }
}

impl TreeSink for Builder {
    type Handle = Handle;
    type Output = Tree;
    type ElemName<'a> = ExpandedName<'a>;

    fn finish(self) -> Tree {
        Tree {
            nodes: self.nodes.into_inner(),
        }
    }

    // Parse errors are recovered from as a browser does; nothing to report.
    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle::unnamed(0)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        target.name.expanded()
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template = flags.template.then(|| self.push(Data::Other));
        let id = self.push(Data::Element {
            name: name.clone(),
            attrs,
            template,
            integration_point: flags.mathml_annotation_xml_integration_point,
        });
        Handle { id, name }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        Handle::unnamed(self.push(Data::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        Handle::unnamed(self.push(Data::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.place(Place::LastChildOf(parent.id), child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(element.id as usize)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    // A doctype in a fragment is ignored by the parser already; nothing to keep.
    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let contents = match self.nodes.borrow().get(target.id as usize) {
            Some(Node {
                data:
                    Data::Element {
                        template: Some(contents),
                        ..
                    },
                ..
            }) => *contents,
            // The builder asks only for templates' contents; any other element has none.
            _ => NONE,
        };
        Handle::unnamed(contents)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.place(Place::Before(sibling.id), new_node);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Node {
            data: Data::Element {
                attrs: existing, ..
            },
            ..
        }) = nodes.at(target.id)
        {
            for attr in attrs {
                if !existing.iter().any(|e| e.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.nodes.borrow_mut().detach(target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes.at(node.id).map_or(NONE, |n| n.first_child);
        while child != NONE {
            let next = nodes.at(child).map_or(NONE, |c| c.next);
            nodes.detach(child);
            nodes.append_child(new_parent.id, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.nodes.borrow().get(handle.id as usize),
            Some(Node {
                data: Data::Element {
                    integration_point: true,
                    ..
                },
                ..
            })
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as indented lines, to compare with what a browser builds.
    fn dump(tree: &Tree) -> String {
        let mut out = String::new();
        let mut stack: Vec<(u32, usize)> = Vec::new();
        if let Some(root) = tree.content_root().and_then(|r| tree.first_child(r)) {
            stack.push((root, 0));
        }
        while let Some((id, depth)) = stack.pop() {
            if let Some(next) = tree.next_sibling(id) {
                stack.push((next, depth));
            }
            let Some(node) = tree.node(id) else { continue };
            out.push_str(&"  ".repeat(depth));
            match &node.data {
                Data::Element { name, attrs, .. } => {
                    out.push_str(&name.local);
                    for a in attrs {
                        out.push_str(&format!(" {}={:?}", a.name.local, &*a.value));
                    }
                    if let Some(child) = tree.first_child(id) {
                        stack.push((child, depth + 1));
                    }
                }
                Data::Text(t) => out.push_str(&format!("{:?}", &**t)),
                Data::Other => out.push_str("#other"),
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn parses_as_a_browser_does() {
        // Misnested formatting (adoption agency), implied end tags, foster parenting, text
        // merged across a comment.
        let tree =
            parse("<b>1<p>2</b>3</p><table>x<tr><td>c</table>a<!--c-->b<h2>T<b><h3 id=i>I</h3>");
        assert_eq!(
            dump(&tree),
            "b\n  \"1\"\np\n  b\n    \"2\"\n  \"3\"\n\"x\"\ntable\n  tbody\n    tr\n      td\n        \"c\"\n\
             \"a\"\n#other\n\"b\"\nh2\n  \"T\"\n  b\n    h3 id=\"i\"\n      \"I\"\n"
        );
    }

    #[test]
    fn sibling_links_stay_consistent() {
        let tree = parse("<p>a</p><p>b</p><p>c</p>");
        let root = tree.content_root().unwrap_or(NONE);
        let first = tree.first_child(root).unwrap_or(NONE);
        let second = tree.next_sibling(first).unwrap_or(NONE);
        assert_eq!(tree.node(second).map(|n| n.prev), Some(first));
        assert_eq!(tree.parent(second), Some(root));
        assert!(
            tree.next_sibling(tree.next_sibling(second).unwrap_or(NONE))
                .is_none()
        );
    }
}
