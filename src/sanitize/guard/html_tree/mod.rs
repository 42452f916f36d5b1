//! A model of html5ever 0.40's tree builder (`tree_builder/rules.rs` and `mod.rs`) for
//! the body's fragment parse (`body/tree.rs`: context `div`, scripting on, no quirks), keeping only what
//! decides the stack of open elements: element names and namespaces, the list of active
//! formatting elements (with the Noah's Ark clause and markers), the insertion modes, the
//! form pointer and the template modes. No DOM is built.
//!
//! What it measures, and the guard limits ([`super::HtmlLimits`]):
//! - the deepest the stack of open elements gets (html5ever's scope checks walk it for many
//!   tokens, so its work is input size × depth);
//! - the length of the list of active formatting elements (walked the same way);
//! - the elements the tree builder makes up without a start tag: reconstructed formatting
//!   elements, adoption agency clones, implied `tbody`, `tr`, `colgroup` and `p`.
//!
//! (Where a node goes among its siblings costs nothing to measure: the body's tree,
//! `body/tree.rs`, links nodes by index, so foster parenting and the adoption agency's moves
//! cost it a constant per node.)
//!
//! Where html5ever's behaviour hangs on a detail the model does not follow (an attribute value
//! spelled with character references that decides an integration point or a hidden input),
//! the model stops with [`Stop::Unmodelled`] and the body takes the safe path.

mod body;
mod foreign;
mod formatting;
mod tables;

use super::HtmlLimits;
use super::html_names::{Kind, Name, Ns, Scope};
use super::html_tokenizer::{Attr, Tag, TextState, Token};

/// Why the model stopped: the HTML would cost more than the guard allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// The stack of open elements grew past the depth limit.
    TooDeep,
    /// The list of active formatting elements grew past its limit.
    TooManyFormattingElements,
    /// Too many elements made up by the tree builder for the input's size.
    TooManyImpliedElements,
    /// A construct whose effect the model does not follow.
    Unmodelled,
}

/// Insertion modes reachable in a fragment parse with a `div` context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    InBody,
    Text,
    InTable,
    InTableText,
    InCaption,
    InColumnGroup,
    InTableBody,
    InRow,
    InCell,
    InTemplate,
}

/// An open element.
#[derive(Debug, Clone, Copy)]
struct El<'s> {
    kind: Kind,
    /// As written (for names the rules do not mention), or as html5ever spells it.
    raw: &'s str,
    id: u32,
    /// Elements from the root down to it in the tree (the root's children: 1). It can differ
    /// from its place on the stack: foster parenting, `</form>` and the adoption agency
    /// move elements or take them off the stack without closing them.
    depth: u32,
}

/// An entry of the list of active formatting elements.
#[derive(Debug, Clone, Copy)]
enum Entry<'s> {
    Marker,
    Element {
        id: u32,
        raw: &'s str,
        name: Name,
        /// This element's attributes in `Tree::attrs` (sorted), for the Noah's Ark clause.
        attrs: (u32, u32),
    },
}

/// What a step asks for.
enum Step {
    Done,
    Reprocess(Mode),
    /// Done, and the tokenizer goes to a text state.
    Switch(TextState),
}

/// A token as the model processes it.
#[derive(Clone, Copy)]
enum Tok<'a, 's> {
    Start(&'a Tag<'s>, &'a [Attr<'s>]),
    End(&'a Tag<'s>),
    Text(&'s str),
    Comment,
    Eof,
}

/// The model.
pub(super) struct Tree<'s> {
    limits: HtmlLimits,
    stack: Vec<El<'s>>,
    formatting: Vec<Entry<'s>>,
    /// Attributes of formatting elements, sorted per element.
    attrs: Vec<Attr<'s>>,
    /// Per element id: on the stack of open elements.
    open: Vec<bool>,
    mode: Mode,
    orig_mode: Mode,
    template_modes: Vec<Mode>,
    form: Option<u32>,
    /// Table text waiting: any non-space character, and the pieces html5ever would insert.
    pending_non_space: bool,
    pending_pieces: u64,
    ignore_lf: bool,
    foster: bool,
    /// Deepest the stack got (elements below the root `html`).
    pub(super) max_depth: usize,
    pub(super) implied: u64,
}

/// Pieces html5ever's tokenizer cuts `text` into (at line breaks and `&`).
fn pieces(text: &str) -> u64 {
    1 + memchr::memchr3_iter(b'\n', b'\r', b'&', text.as_bytes()).count() as u64
}

fn is_space_only(text: &str) -> bool {
    text.bytes()
        .all(|b| matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | 0))
}

impl<'s> Tree<'s> {
    /// A model for a fragment of `len` bytes.
    pub(super) fn new(limits: HtmlLimits, len: usize) -> Self {
        let root = El {
            kind: Kind::html(Name::Html),
            raw: "html",
            id: 0,
            depth: 0,
        };
        Tree {
            limits,
            stack: {
                let mut stack = Vec::with_capacity(32);
                stack.push(root);
                stack
            },
            formatting: Vec::with_capacity(16),
            attrs: Vec::new(),
            // About one element per 32 bytes of ordinary HTML.
            open: {
                let mut open = Vec::with_capacity(len / 32 + 1);
                open.push(true);
                open
            },
            mode: Mode::InBody,
            orig_mode: Mode::InBody,
            template_modes: Vec::new(),
            form: None,
            pending_non_space: false,
            pending_pieces: 0,
            ignore_lf: false,
            foster: false,
            max_depth: 0,
            implied: 0,
        }
    }

    /// True when the adjusted current node is not in the HTML namespace.
    pub(super) fn foreign(&self) -> bool {
        self.stack.len() > 1 && self.current().kind.ns != Ns::Html
    }

    /// Processes one token; `Some` when the tokenizer switches to a text state.
    pub(super) fn process(
        &mut self,
        token: &Token<'s>,
        attrs: &[Attr<'s>],
    ) -> Result<Option<TextState>, Stop> {
        let ignore_lf = std::mem::take(&mut self.ignore_lf);
        let tok = match token {
            Token::Start(tag) => Tok::Start(tag, attrs),
            Token::End(tag) => Tok::End(tag),
            Token::Text { text, adjacent, .. } => {
                let mut text = *text;
                // Only a line break right after the start tag is dropped.
                if ignore_lf && *adjacent {
                    text = text
                        .strip_prefix("\r\n")
                        .or_else(|| text.strip_prefix('\n'))
                        .or_else(|| text.strip_prefix('\r'))
                        .unwrap_or(text);
                }
                // Only U+0000 characters: no character token reaches the tree builder.
                if text.bytes().all(|b| b == 0) {
                    return Ok(None);
                }
                Tok::Text(text)
            }
            Token::Comment => Tok::Comment,
            Token::Eof => Tok::Eof,
        };
        loop {
            let step = if self.is_foreign(&tok) {
                self.step_foreign(tok)?
            } else {
                self.step(self.mode, tok)?
            };
            match step {
                Step::Done => return Ok(None),
                Step::Switch(state) => return Ok(Some(state)),
                Step::Reprocess(mode) => self.mode = mode,
            }
        }
    }

    // ---- the stack -------------------------------------------------------------------

    fn current(&self) -> &El<'s> {
        // The root is never popped: every pop below stops above it.
        self.stack.last().unwrap_or(&ROOT)
    }

    fn current_is(&self, name: Name) -> bool {
        self.current().kind.is(name)
    }

    fn push(&mut self, kind: Kind, raw: &'s str) -> Result<u32, Stop> {
        let id = u32::try_from(self.open.len()).map_err(|_| Stop::TooDeep)?;
        self.open.push(true);
        let depth = self.insertion_depth();
        self.stack.push(El {
            kind,
            raw,
            id,
            depth,
        });
        self.note_depth((self.stack.len() - 1).max(depth as usize))?;
        Ok(id)
    }

    /// An element inserted and not pushed (void elements).
    fn insert_void(&mut self) -> Result<(), Stop> {
        let depth = self.insertion_depth();
        // A leaf: one below its parent, and one past the stack.
        self.note_depth(self.stack.len().max(depth as usize))
    }

    /// Records a tree depth reached (elements below the root).
    fn note_depth(&mut self, depth: usize) -> Result<(), Stop> {
        self.max_depth = self.max_depth.max(depth);
        if depth > self.limits.max_depth {
            return Err(Stop::TooDeep);
        }
        Ok(())
    }

    /// The depth in the tree of a node inserted now: with foster parenting, the table's (the
    /// node goes before it); otherwise one below the current node (template contents
    /// included).
    fn insertion_depth(&self) -> u32 {
        let target = self.current().kind;
        let foster_target = target.is_html()
            && matches!(
                target.name,
                Name::Table | Name::Tbody | Name::Tfoot | Name::Thead | Name::Tr
            );
        if self.foster && foster_target {
            let table = self
                .stack
                .iter()
                .rev()
                .take_while(|el| !el.kind.is(Name::Template))
                .find(|el| el.kind.is(Name::Table));
            if let Some(table) = table {
                return table.depth.max(1);
            }
        }
        self.stack.last().map_or(1, |parent| parent.depth + 1)
    }

    fn pop(&mut self) {
        if self.stack.len() > 1
            && let Some(el) = self.stack.pop()
        {
            self.set_open(el.id, false);
        }
    }

    /// Pops elements above (and not including) position `at`.
    fn truncate(&mut self, at: usize) {
        let at = at.max(1);
        while self.stack.len() > at {
            self.pop();
        }
    }

    fn set_open(&mut self, id: u32, open: bool) {
        if let Some(flag) = self.open.get_mut(id as usize) {
            *flag = open;
        }
    }

    fn is_open(&self, id: u32) -> bool {
        self.open.get(id as usize).copied().unwrap_or(false)
    }

    fn position_of(&self, id: u32) -> Option<usize> {
        self.stack.iter().rposition(|el| el.id == id)
    }

    fn remove_from_stack(&mut self, id: u32) {
        if let Some(at) = self.position_of(id)
            && at > 0
        {
            self.stack.remove(at);
            self.set_open(id, false);
        }
    }

    /// "Has an element named `name` in `scope`".
    fn in_scope(&self, scope: Scope, name: Name) -> bool {
        self.in_scope_where(scope, |k| k.is(name))
    }

    fn in_scope_where(&self, scope: Scope, pred: impl Fn(Kind) -> bool) -> bool {
        for el in self.stack.iter().rev() {
            if pred(el.kind) {
                return true;
            }
            if el.kind.bounds(scope) {
                return false;
            }
        }
        false
    }

    fn has_open(&self, name: Name) -> bool {
        self.stack.iter().any(|el| el.kind.is(name))
    }

    fn generate_implied_end(&mut self, except: Option<Name>, thorough: bool) {
        loop {
            let k = self.current().kind;
            let implied = if thorough {
                k.name.is_thorough_implied_end()
            } else {
                k.name.is_implied_end()
            };
            if !k.is_html() || !implied || Some(k.name) == except || self.stack.len() <= 1 {
                return;
            }
            self.pop();
        }
    }

    /// Pops until an element matching `pred` has been popped.
    fn pop_until(&mut self, pred: impl Fn(Kind) -> bool) {
        while self.stack.len() > 1 {
            let k = self.current().kind;
            self.pop();
            if pred(k) {
                return;
            }
        }
    }

    fn pop_until_named(&mut self, name: Name) {
        self.pop_until(|k| k.is(name));
    }

    /// Pops until the current node is one of `names` (or the root).
    fn pop_until_current(&mut self, names: &[Name]) {
        while self.stack.len() > 1 && !names.iter().any(|&n| self.current_is(n)) {
            self.pop();
        }
    }

    fn close_p(&mut self) {
        self.generate_implied_end(Some(Name::P), false);
        self.pop_until_named(Name::P);
    }

    fn close_p_in_button_scope(&mut self) {
        if self.in_scope(Scope::Button, Name::P) {
            self.close_p();
        }
    }

    fn insert_html(&mut self, tag: &Tag<'s>) -> Result<u32, Stop> {
        self.push(Kind::html(tag.name), tag.raw)
    }

    /// An element the tree builder makes up (`tbody`, `tr`, `colgroup`, `p`).
    fn insert_implied(&mut self, name: Name) -> Result<u32, Stop> {
        self.count_implied(1)?;
        self.push(Kind::html(name), name.as_str())
    }

    fn count_implied(&mut self, n: u64) -> Result<(), Stop> {
        self.implied += n;
        if self.implied > self.limits.max_implied {
            Err(Stop::TooManyImpliedElements)
        } else {
            Ok(())
        }
    }

    // ---- the list of active formatting elements ----------------------------------------

    // ---- dispatch ------------------------------------------------------------------------

    fn step(&mut self, mode: Mode, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        match mode {
            Mode::InBody => self.in_body(tok),
            Mode::Text => {
                match tok {
                    Tok::Text(_) => {}
                    Tok::End(_) => {
                        self.pop();
                        self.mode = self.orig_mode;
                    }
                    Tok::Eof => {
                        self.pop();
                        return Ok(Step::Reprocess(self.orig_mode));
                    }
                    _ => {}
                }
                Ok(Step::Done)
            }
            Mode::InTable => self.in_table(tok),
            Mode::InTableText => match tok {
                Tok::Text(text) => {
                    self.pending_non_space |= !is_space_only(text);
                    self.pending_pieces += pieces(text);
                    Ok(Step::Done)
                }
                _ => {
                    if self.pending_non_space {
                        self.foster = true;
                        let result = (|| {
                            for _ in 0..self.pending_pieces {
                                self.reconstruct()?;
                            }
                            Ok(())
                        })();
                        self.foster = false;
                        result?;
                    }
                    self.pending_non_space = false;
                    self.pending_pieces = 0;
                    Ok(Step::Reprocess(self.orig_mode))
                }
            },
            Mode::InCaption => self.in_caption(tok),
            Mode::InColumnGroup => self.in_column_group(tok),
            Mode::InTableBody => self.in_table_body(tok),
            Mode::InRow => self.in_row(tok),
            Mode::InCell => self.in_cell(tok),
            Mode::InTemplate => self.in_template(tok),
        }
    }

    fn raw(&mut self, tag: &Tag<'s>, state: TextState) -> Result<Step, Stop> {
        self.insert_html(tag)?;
        self.orig_mode = self.mode;
        self.mode = Mode::Text;
        Ok(Step::Switch(state))
    }

    /// "Reset the insertion mode appropriately" (the context element `div` stands in for the
    /// root).
    fn reset_mode(&self) -> Result<Mode, Stop> {
        use Name as N;
        for (at, el) in self.stack.iter().enumerate().rev() {
            if at == 0 {
                break;
            }
            if !el.kind.is_html() {
                continue;
            }
            return Ok(match el.kind.name {
                N::Td | N::Th => Mode::InCell,
                N::Tr => Mode::InRow,
                N::Tbody | N::Thead | N::Tfoot => Mode::InTableBody,
                N::Caption => Mode::InCaption,
                N::Colgroup => Mode::InColumnGroup,
                N::Table => Mode::InTable,
                N::Template => *self.template_modes.last().ok_or(Stop::Unmodelled)?,
                N::Head | N::Frameset | N::Html => return Err(Stop::Unmodelled),
                N::Body => Mode::InBody,
                _ => continue,
            });
        }
        Ok(Mode::InBody)
    }
}

const ROOT: El<'static> = El {
    kind: Kind {
        name: Name::Html,
        ns: Ns::Html,
        html_annotation: false,
    },
    raw: "html",
    id: 0,
    depth: 0,
};

/// The same element name: the same known name, or the same other name without ASCII case.
fn same_name(a: Name, a_raw: &str, b: Name, b_raw: &str) -> bool {
    a == b && (a != Name::Other || a_raw.eq_ignore_ascii_case(b_raw))
}
