//! What the parsers may see: one linear pre-scan before each parser the body pipeline hands
//! untrusted text to, so that no body, whatever its size, makes pulldown-cmark or html5ever
//! superlinear. The pipeline (`sanitize/body`) calls it at its entries and nowhere else:
//!
//! - [`markdown`]: a Markdown body or an inline answer, before pulldown-cmark. It escapes the
//!   `]` of links whose title would span more than [`link_titles::MAX_TITLE_LINE_BREAKS`]
//!   line breaks (`link_titles.rs`). Every other text comes back borrowed, unchanged.
//! - [`html`]: an HTML fragment before html5ever (an HTML body, or a Markdown body's elements
//!   with its raw HTML). A tokenizer that follows the HTML tokenizer's states
//!   (`html_tokenizer.rs`) feeds a model of html5ever's tree builder (`html_tree/`), so the
//!   guard sees the markup as html5ever will, whatever hides in attribute values, comments,
//!   raw text or CDATA; [`HtmlVerdict::Parse`] hands on the fragment (attributes past the cap
//!   cut out) and [`HtmlVerdict::Refuse`] says html5ever must not see it (the caller shows an
//!   HTML body as text, and a Markdown body's raw HTML as text).
//!
//! # The defences
//!
//! Measured in a release build (`cargo bench --bench pathological`, `benches/RESULTS.md`);
//! classes checked and found linear (entity runs, long attribute values, foster parenting,
//! comments, `<` runs, the CommonMark pathological list …) have no defence.
//!
//! | class | what the guard does | what it changes | cost |
//! |---|---|---|---|
//! | link title never closed, over many lines (pulldown-cmark rewalks the paragraph at every line break: quadratic) | escapes the link's `]` when its title spans more than [`link_titles::MAX_TITLE_LINE_BREAKS`] line breaks | such a link is text (as it already is when the title never closes); a backslash shows if the `](` is in code | one `memchr` pass; a few bytes per `](` |
//! | deep nesting (html5ever walks the stack of open elements for most tokens: size × depth) | refuses HTML whose stack of open elements passes [`MAX_DEPTH`] | the body is shown as text (HTML body) or its raw HTML as text (Markdown) | the model: a few ns per byte of HTML |
//! | nesting hidden from a naive scan (`<!--` in an attribute value, in `<style>`, `<textarea>`, `<script>`, `<title>` …; end tags that do not reach past a table; the adoption agency keeping blocks open) | the model follows the tokenizer's states and the tree builder's rules | nothing: the old estimate could be switched off, this one cannot | as above |
//! | active formatting elements rebuilt in every block (`<b 1>…<b 150>` left open: html5ever clones them all for each paragraph) | refuses HTML whose list of active formatting elements passes [`MAX_FORMATTING`], or whose tree builder would make up more than [`HtmlLimits::max_implied`] elements | as for deep nesting | as above |
//! | thousands of attributes on one tag (html5ever checks each new attribute against all earlier ones: quadratic per tag) | cuts attributes past the [`MAX_ATTRIBUTES`]th out of the tag | attributes past the 128th are gone (the writer keeps a few names anyway) | the tokenizer |
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

use html_tokenizer::{Cut, Token, Tokenizer};
use html_tree::Tree;

/// Deepest stack of open elements handed to html5ever (below the fragment's root), and the
/// deepest the body's writer nests its output (Markdown nests without bound). Real articles
/// nest a few dozen levels at most.
pub(crate) const MAX_DEPTH: usize = 200;

/// Longest list of active formatting elements handed to html5ever (markers included).
pub(crate) const MAX_FORMATTING: usize = 256;

/// Attributes kept per tag.
pub(crate) const MAX_ATTRIBUTES: usize = 128;

/// The limits the tree model checks for one fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HtmlLimits {
    /// [`MAX_DEPTH`].
    pub(crate) max_depth: usize,
    /// [`MAX_FORMATTING`].
    pub(crate) max_formatting: usize,
    /// Elements the tree builder may make up: one per 8 bytes of input, and 4,096 more.
    pub(crate) max_implied: u64,
}

impl HtmlLimits {
    /// The limits for a fragment of `len` bytes.
    pub(crate) fn for_len(len: usize) -> Self {
        let len = len as u64;
        HtmlLimits {
            max_depth: MAX_DEPTH,
            max_formatting: MAX_FORMATTING,
            max_implied: len / 8 + 4096,
        }
    }

    /// No limits (what the model measures, for tests).
    #[cfg(test)]
    pub(crate) fn none() -> Self {
        HtmlLimits {
            max_depth: usize::MAX,
            max_formatting: usize::MAX,
            max_implied: u64::MAX,
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
    /// Hand this to html5ever: the fragment, or a copy with attributes past
    /// [`MAX_ATTRIBUTES`] cut out of their tags.
    Parse(Cow<'a, str>),
    /// Do not parse it: the tree builder would pass a limit.
    Refuse(Stop),
}

/// Guards an HTML fragment before html5ever: see the module docs.
pub(crate) fn html(fragment: &str) -> HtmlVerdict<'_> {
    scan(fragment, HtmlLimits::for_len(fragment.len())).0
}

/// Runs the tokenizer and the tree model over `fragment`: the verdict, and the deepest the
/// stack of open elements got (up to where the model stopped).
pub(crate) fn scan(fragment: &str, limits: HtmlLimits) -> (HtmlVerdict<'_>, usize) {
    let mut tokenizer = Tokenizer::new(fragment);
    let mut tree = Tree::new(limits, fragment.len());
    loop {
        let token = tokenizer.next_token(tree.foreign());
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
    let edited = cut(fragment, &tokenizer.cuts);
    (HtmlVerdict::Parse(edited), tree.max_depth)
}

/// `source` without the byte ranges of `cuts` (in order, not overlapping).
fn cut<'a>(source: &'a str, cuts: &[Cut]) -> Cow<'a, str> {
    if cuts.is_empty() {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut from = 0;
    for c in cuts {
        out.push_str(source.get(from..c.from).unwrap_or_default());
        from = c.to;
    }
    out.push_str(source.get(from..).unwrap_or_default());
    Cow::Owned(out)
}
