//! Guards against hostile bodies: a linear pre-scan of what each parser is handed, so that no
//! body, whatever its size, makes pulldown-cmark, html5ever or ammonia superlinear.
//!
//! Two entry points, called once each where the body pipeline hands text to a parser:
//!
//! - [`markdown`]: a Markdown body (or inline answer) before pulldown-cmark. It escapes the
//!   `]` of links whose title would span more than [`link_titles::MAX_TITLE_LINE_BREAKS`] line breaks
//!   (`link_titles.rs`). Every other body comes back borrowed, unchanged.
//! - [`html`]: an HTML fragment before ammonia (an HTML body, or a Markdown body's render with
//!   raw HTML kept). A tokenizer that follows the HTML tokenizer's states
//!   (`html_tokenizer.rs`) feeds a model of html5ever's tree builder (`html_tree.rs`), so the
//!   guard sees the markup exactly as html5ever will; [`HtmlVerdict::Parse`] hands on the
//!   fragment (edited where needed, see below) and [`HtmlVerdict::Refuse`] says ammonia must
//!   not see it (the caller shows the body as text instead).
//!
//! # The defences
//!
//! Each one was measured in a release build before and after (`benches/RESULTS.md`,
//! "Pathological bodies"); classes that were checked and found linear have no defence.
//!
//! | class | what the guard does | what it changes | cost |
//! |---|---|---|---|
//! | link title never closed, over many lines (pulldown-cmark rewalks the paragraph at every line break: quadratic) | escapes the link's `]` when its title spans more than [`link_titles::MAX_TITLE_LINE_BREAKS`] line breaks | such a link is text (as it already is when the title never closes); a backslash shows if the `](` is in code | one `memchr` pass; a few bytes per `](` |
//! | deep nesting (html5ever walks the stack of open elements for most tokens: size × depth) | refuses HTML whose stack of open elements passes [`MAX_DEPTH`] | the body is shown as text (HTML body) or its raw HTML as text (Markdown) | the model: a few ns per byte |
//! | nesting hidden from a naive scan (`<!--` in an attribute value, in `<style>`, `<textarea>`, `<script>`, `<title>` …; end tags that do not reach past a table; the adoption agency keeping blocks open) | the model follows the tokenizer's states and the tree builder's rules | nothing: the old estimate could be switched off, this one cannot | as above |
//! | active formatting elements rebuilt in every block (`<b 1>…<b 150>` left open: html5ever clones them all for each paragraph) | refuses HTML whose tree builder would make up more than [`HtmlLimits::max_implied`] elements | as for deep nesting | as above |
//! | foster parenting (content inside `<table>` but outside cells: ammonia's DOM finds the table among its siblings by walking them, for each node) | refuses HTML whose sibling scans pass [`HtmlLimits::max_sibling_scans`] | as for deep nesting | as above |
//! | thousands of attributes on one tag (html5ever checks each new attribute against all earlier ones: quadratic per tag) | cuts attributes past the [`MAX_ATTRIBUTES`]th out of the tag | attributes past the 128th are gone (ammonia keeps only a few names anyway) | the tokenizer |
//! | very long attribute values full of `&` (html5ever's serializer scans to the end of the value for each `&` it escapes) | cuts attributes whose value is longer than [`MAX_ATTRIBUTE_VALUE`] | such an attribute is gone | the tokenizer |
//! | very long text full of `&` or U+0080–U+00BF (the serializer scans to the end of the text node for each one) | puts an empty comment `<!---->` before an `&` or such a character every [`TEXT_SPLIT`] bytes of text | nothing: ammonia strips comments, and adjacent text nodes serialize as one | one `memchr2` pass over text |
//!
//! Raw HTML the model cannot follow exactly (an `annotation-xml` or hidden `input` decided by
//! a character reference) is refused too: refusing is always safe.

mod html_names;
mod html_tokenizer;
mod html_tree;
mod link_titles;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

pub(crate) use html_tree::Stop;

use html_tokenizer::{Edit, Token, Tokenizer};
use html_tree::Tree;

/// Deepest stack of open elements handed to html5ever (below the fragment's root). Real
/// articles nest a few dozen levels at most.
pub(crate) const MAX_DEPTH: usize = 200;

/// Longest list of active formatting elements handed to html5ever (markers included).
pub(crate) const MAX_FORMATTING: usize = 256;

/// Attributes kept per tag.
pub(crate) const MAX_ATTRIBUTES: usize = 128;

/// Longest attribute value kept, in bytes.
pub(crate) const MAX_ATTRIBUTE_VALUE: usize = 8 * 1024;

/// Bytes of text after which an empty comment may split it (before an `&` or a character
/// U+0080–U+00BF).
pub(crate) const TEXT_SPLIT: usize = 1024;

/// The limits the tree model checks for one fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HtmlLimits {
    /// [`MAX_DEPTH`].
    pub(crate) max_depth: usize,
    /// [`MAX_FORMATTING`].
    pub(crate) max_formatting: usize,
    /// Elements the tree builder may make up: one per 8 bytes of input, and 4,096 more.
    pub(crate) max_implied: u64,
    /// Sibling scans: eight per byte of input, and a million more.
    pub(crate) max_sibling_scans: u64,
}

impl HtmlLimits {
    /// The limits for a fragment of `len` bytes.
    pub(crate) fn for_len(len: usize) -> Self {
        let len = len as u64;
        HtmlLimits {
            max_depth: MAX_DEPTH,
            max_formatting: MAX_FORMATTING,
            max_implied: len / 8 + 4096,
            max_sibling_scans: len.saturating_mul(8) + (1 << 20),
        }
    }

    /// No limits (what the model measures, for tests).
    #[cfg(test)]
    pub(crate) fn none() -> Self {
        HtmlLimits {
            max_depth: usize::MAX,
            max_formatting: usize::MAX,
            max_implied: u64::MAX,
            max_sibling_scans: u64::MAX,
        }
    }
}

/// Guards a Markdown body (or inline answer) before pulldown-cmark: see the module docs.
pub(crate) fn markdown(source: &str) -> Cow<'_, str> {
    link_titles::neutralize(source)
}

/// What [`html`] decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HtmlVerdict<'a> {
    /// Hand this to ammonia: the fragment, or a copy with over-long attributes cut out and
    /// long text split by empty comments.
    Parse(Cow<'a, str>),
    /// Do not parse it: the tree builder would pass a limit.
    Refuse(Stop),
}

/// Guards an HTML fragment before ammonia: see the module docs.
pub(crate) fn html(fragment: &str) -> HtmlVerdict<'_> {
    scan(fragment, HtmlLimits::for_len(fragment.len())).0
}

/// Runs the tokenizer and the tree model over `fragment`: the verdict, and the deepest the
/// stack of open elements got (up to where the model stopped).
pub(crate) fn scan(fragment: &str, limits: HtmlLimits) -> (HtmlVerdict<'_>, usize) {
    let mut tokenizer = Tokenizer::new(fragment);
    let mut tree = Tree::new(limits, fragment.len());
    // Where the text since the last markup (or split) started.
    let mut text_from: Option<usize> = None;
    loop {
        let token = tokenizer.next_token(tree.foreign());
        match token {
            Token::Text { text, at, data, .. } => {
                let from = *text_from.get_or_insert(at);
                if data && tree.comment_may_split_text() {
                    text_from = Some(split_text(&mut tokenizer.edits, text, at, from));
                }
            }
            _ => text_from = None,
        }
        match tree.process(&token, &tokenizer.attrs) {
            Err(stop) => return (HtmlVerdict::Refuse(stop), tree.max_depth),
            Ok(Some(state)) => {
                if let Token::Start(tag) = &token {
                    tokenizer.switch_to(state, tag);
                }
            }
            Ok(None) => {}
        }
        if matches!(token, Token::Eof) {
            break;
        }
    }
    let edited = apply(fragment, &tokenizer.edits);
    (HtmlVerdict::Parse(edited), tree.max_depth)
}

/// Puts an empty comment before an `&` or a byte 0xC2 (U+0080–U+00BF) of `text` (at byte
/// `at` of the fragment) whenever [`TEXT_SPLIT`] bytes have passed since `from`; returns where
/// the last piece starts.
fn split_text(edits: &mut Vec<Edit>, text: &str, at: usize, mut from: usize) -> usize {
    if text.len() + at - from < TEXT_SPLIT {
        return from;
    }
    for i in memchr::memchr2_iter(b'&', 0xC2, text.as_bytes()) {
        let pos = at + i;
        if pos - from >= TEXT_SPLIT {
            edits.push(Edit::EmptyComment { at: pos });
            from = pos;
        }
    }
    from
}

fn apply<'a>(source: &'a str, edits: &[Edit]) -> Cow<'a, str> {
    if edits.is_empty() {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len() + 7 * edits.len());
    let mut from = 0;
    for edit in edits {
        match *edit {
            Edit::Cut { from: a, to: b } => {
                out.push_str(source.get(from..a).unwrap_or_default());
                from = b;
            }
            Edit::EmptyComment { at } => {
                out.push_str(source.get(from..at).unwrap_or_default());
                out.push_str("<!---->");
                from = at;
            }
        }
    }
    out.push_str(source.get(from..).unwrap_or_default());
    Cow::Owned(out)
}
