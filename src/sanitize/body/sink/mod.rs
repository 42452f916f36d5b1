//! The body's one writer. Both readers — pulldown-cmark's events (`markdown.rs`) and the
//! sanitized HTML tree (`walk.rs`) — hand it elements, attributes and text; everything the
//! body's HTML is made of is decided here, once:
//!
//! - **Spelling** (here and [`attrs`]): tags and line breaks by [`Layout`], attributes in the
//!   one [`Attr`] order, text and attribute values escaped, void elements as `<br>`, `<hr>`,
//!   `<img …>`; whitespace at a block's edge (text's leading whitespace after a block's start
//!   or end, trailing whitespace before one) is left out, as a browser leaves it out of the
//!   line, so HTML indented by hand and Markdown come out alike (not in `pre`).
//! - **Headings** ([`headings`]): content held until the id is known, ids from the one id
//!   space, levels shifted from the body's own top level (never an `h1`), the outline.
//! - **Links, images, footnotes** ([`links`]): the URL allow-list, the one spelling of a URL,
//!   `rel`/`target` when the written URL leaves the site, in-page links following the content
//!   id prefix, a refused link keeping its text, no link inside a link; lazy images with an
//!   `alt`, the first image, a refused image leaving its alt text;
//!   `sup.footnote-reference > a[href="#x"]` and `div.footnote-definition#x` sharing one id
//!   per footnote.
//! - **Ids**: every other id claimed in the one id space (never a component's).
//! - **Statistics**: every text and word break goes to [`TextStats`].
//! - **Marks** ([`marks`]): where the paywalled part starts (a `[paywall]` paragraph, left
//!   out, honoured only between top-level blocks) and where the lead paragraph's text
//!   starts, for the page to write around.

mod attrs;
mod headings;
mod links;
pub(crate) mod marks;

use super::derive::TextStats;
use super::elements::{Attr, Attrs, El, Layout};
use super::escape::{escape_scanned, scan_text};
use super::ids::IdAllocator;
use super::{BodyImage, Env, PreparedBody, policy};
use crate::sanitize::SafeHtml;
use crate::sanitize::guard::MAX_DEPTH;
use attrs::{IdRule, at_line_start, open_tag, write_attrs};
use headings::HeadingState;
use links::Footnotes;
use marks::{Candidate, Marks};

/// What a reader writes into: the [`Sink`], or (for Markdown holding raw HTML) the HTML the
/// parser reads before the tree walk hands it to the sink.
pub(crate) trait Target {
    /// An element starts (a void element is complete with its start).
    fn start(&mut self, el: El, attrs: &Attrs<'_>);
    /// An element ends (nothing for a void element).
    fn end(&mut self, el: El);
    /// Text content (unescaped).
    fn text(&mut self, text: &str);
    /// A line break in the source text (Markdown's soft break): the same as `text("\n")`.
    fn soft_break(&mut self) {
        self.text("\n");
    }
    /// Raw HTML from Markdown to keep for the sanitizer; `false` when this target cannot.
    fn raw_html(&mut self, html: &str) -> bool;
}

/// The writer; see the module docs.
#[derive(Debug)]
pub(crate) struct Sink<'e> {
    env: &'e Env<'e>,
    out: String,
    ids: IdAllocator,
    headings: HeadingState,
    stats: TextStats,
    first_image: Option<BodyImage>,
    /// The URLs of the images written without an `alt` given, in order.
    images_without_alt: Vec<String>,
    /// One entry per open `a`: was its start tag written?
    links: Vec<bool>,
    /// Open `a` elements written.
    written_links: usize,
    /// One entry per open `sup`: is it a footnote reference?
    sups: Vec<bool>,
    footnotes: Footnotes,
    /// Raster `data:` images allowed (Markdown image syntax with the option on).
    data_images: bool,
    /// The output is at a block's edge: the last thing written starts or ends a block.
    edge: bool,
    /// Where the whitespace ending the output starts, when the output ends with text's
    /// whitespace: cut if a block boundary follows.
    trail: Option<usize>,
    /// Open `pre` elements: whitespace in them is content.
    pre: usize,
    /// Nothing was written yet in the `pre` just started.
    pre_start: bool,
    /// The paywall split and the lead paragraph.
    marks: Marks,
}

impl<'e> Sink<'e> {
    /// A writer for a body of about `source_len` bytes.
    pub(crate) fn new(env: &'e Env<'e>, source_len: usize, data_images: bool) -> Self {
        let opts = env.opts;
        // Room for a heading or footnote per 512 bytes (bounded); grows past that.
        let expected = (source_len / 512).min(4096);
        let stats = TextStats::new(source_len, opts.keep_plain_text, opts.excerpt_chars);
        let mut sink = Sink::with(env, env.ids(expected), stats, source_len, data_images);
        sink.marks = Marks::new(true);
        sink
    }

    /// A writer for inline content (answers): nothing is claimed in the id space, so the
    /// components' ids need not be reserved.
    pub(crate) fn inline(env: &'e Env<'e>, source_len: usize) -> Self {
        let ids = IdAllocator::new(&env.id_prefix);
        Sink::with(env, ids, TextStats::new(0, false, 0), source_len, false)
    }

    fn with(
        env: &'e Env<'e>,
        ids: IdAllocator,
        stats: TextStats,
        source_len: usize,
        data_images: bool,
    ) -> Self {
        Sink {
            env,
            out: String::with_capacity(source_len + source_len / 4),
            ids,
            headings: HeadingState::with_capacity((source_len / 512).min(4096)),
            stats,
            first_image: None,
            images_without_alt: Vec::new(),
            links: Vec::new(),
            written_links: 0,
            sups: Vec::new(),
            footnotes: Footnotes::default(),
            data_images,
            edge: true,
            trail: None,
            pre: 0,
            pre_start: false,
            marks: Marks::default(),
        }
    }

    /// Writes a start tag: a line break before a block, the attributes, a line break after a
    /// container's start or a void block.
    fn open_tag(&mut self, el: El, attrs: &Attrs<'_>, id: IdRule<'_>) {
        open_tag(&mut self.out, &mut self.ids, self.pre, el, attrs, id);
    }

    /// Writes what a reader met; see [`Target`]. Inlined into the readers, where the element
    /// is mostly a constant: its row of the table and the branches on it fold away.
    #[inline(always)]
    fn start_element(&mut self, el: El, attrs: &Attrs<'_>) {
        if self.marks.candidate.is_some() {
            self.release_candidate();
        }
        let props = el.props();
        // Counted first: every start the readers give, written or not, is ended by them.
        if !props.void() {
            self.marks.depth += 1;
            if self.marks.depth > MAX_DEPTH {
                return self.left_out(props.block());
            }
        }
        if el.heading_level().is_some() && self.headings.nested_skipped(true) {
            // Not written (see `headings`); its words stay apart from the outer heading's.
            return self.left_out(true);
        }
        let block = props.block();
        // Kept for a link that turns out not to be written: it must leave the trailing
        // whitespace as it found it, or repairing the output again would change it.
        let trail = self.trail;
        self.settle_trail(block);
        if props.breaks {
            self.word_break();
        }
        self.pre_start = false;
        if !props.special {
            // The common case: the layout's line breaks, the tag, the attributes.
            let lines = self.pre == 0;
            let tag_at = self.out.len();
            if lines && block && !at_line_start(&self.out) {
                self.out.push('\n');
            }
            if attrs.present() == 0 {
                self.out.push_str(props.open);
            } else {
                self.out.push('<');
                self.out.push_str(props.name);
                write_attrs(&mut self.out, &mut self.ids, el, attrs, IdRule::Claim, 0, 0);
                self.out.push('>');
            }
            if lines && matches!(props.layout, Layout::Container | Layout::VoidBlock) {
                self.out.push('\n');
            }
            if el == El::P {
                self.start_paragraph(tag_at);
            }
        } else {
            self.start_special(el, attrs);
            // A link not written (one inside a link, a refused URL) leaves the edge and the
            // trailing whitespace as they are.
            if el == El::A && self.links.last() == Some(&false) {
                self.trail = trail;
                return;
            }
        }
        self.edge = block;
    }

    /// The start or end of an element that is not written: one nested deeper than
    /// [`MAX_DEPTH`], or a heading inside a heading (see `headings`). Its content is; at a
    /// `block` element's edges a line break as text keeps the words on either side apart (in
    /// the page, the word count and a heading's text; dropped like other whitespace at a
    /// block's edge). Markdown nests without bound (`> > > …`, lists in lists) where HTML
    /// bodies are refused deeper by the guard; a browser parses nested output in time size ×
    /// depth, so the page nests no deeper than what the guard lets through.
    #[cold]
    fn left_out(&mut self, block: bool) {
        if block {
            self.write_text("\n");
        }
    }

    /// Links, images, footnote parts, `pre` and headings.
    #[inline(never)]
    fn start_special(&mut self, el: El, attrs: &Attrs<'_>) {
        match el {
            El::A => self.start_link(attrs),
            El::Img => self.image(attrs),
            El::Sup => {
                let note = attrs
                    .get(Attr::Class)
                    .and_then(|c| policy::classes(El::Sup, c))
                    .is_some_and(|c| c.split(' ').any(|c| c == "footnote-reference"));
                self.sups.push(note);
                self.open_tag(el, attrs, IdRule::Claim);
            }
            El::Div => {
                let definition = attrs
                    .get(Attr::Class)
                    .and_then(|c| policy::classes(El::Div, c))
                    .is_some();
                let id = attrs
                    .get(Attr::Id)
                    .filter(|_| definition)
                    .and_then(|name| self.footnotes.id(name, &mut self.ids, true));
                let rule = match id {
                    Some(id) => IdRule::Given(id),
                    None => IdRule::Claim,
                };
                open_tag(&mut self.out, &mut self.ids, self.pre, el, attrs, rule);
            }
            El::Pre => {
                self.open_tag(el, attrs, IdRule::Claim);
                self.pre += 1;
                self.pre_start = true;
            }
            _ => match el.heading_level() {
                Some(level) => self.start_heading(level, attrs),
                None => self.open_tag(el, attrs, IdRule::Claim),
            },
        }
    }

    #[inline(always)]
    fn end_element(&mut self, el: El) {
        let props = el.props();
        if props.void() {
            return;
        }
        if self.marks.depth > MAX_DEPTH {
            // Its start was not written either.
            self.marks.depth -= 1;
            return self.left_out(props.block());
        }
        if el.heading_level().is_some() && self.headings.nested_skipped(false) {
            self.marks.depth = self.marks.depth.saturating_sub(1);
            return self.left_out(true);
        }
        if let Some(candidate) = self.marks.candidate.take()
            && self.end_candidate(el, candidate)
        {
            return;
        }
        let block = props.block();
        // The end of a link not written is not there either (see `start_element`).
        if !(el == El::A && self.links.last() == Some(&false)) {
            self.settle_trail(block);
        }
        self.marks.depth = self.marks.depth.saturating_sub(1);
        match el {
            El::A => {
                if self.links.pop() != Some(true) {
                    // Not written: nothing ends here.
                    return;
                }
                self.written_links = self.written_links.saturating_sub(1);
                self.out.push_str("</a>");
            }
            El::H1 | El::H2 | El::H3 | El::H4 | El::H5 | El::H6 => self.end_heading(),
            _ => {
                if props.special {
                    match el {
                        El::Sup => {
                            self.sups.pop();
                        }
                        El::Pre => {
                            self.pre = self.pre.saturating_sub(1);
                            self.pre_start = false;
                        }
                        _ => {}
                    }
                }
                self.out.push_str(props.close);
                if block && self.pre == 0 {
                    self.out.push('\n');
                }
            }
        }
        if props.breaks {
            self.word_break();
        }
        self.edge = block;
    }

    /// A block boundary, a cell or a line break: words on either side are apart.
    fn word_break(&mut self) {
        self.stats.push_break();
        if self.headings.open.is_some() {
            self.headings.text.push(' ');
        }
    }

    /// Before an element's start or end: trailing whitespace is cut at a block boundary.
    fn settle_trail(&mut self, block_boundary: bool) {
        if let Some(at) = self.trail.take()
            && block_boundary
            && self.out.is_char_boundary(at)
        {
            self.out.truncate(at);
        }
    }

    /// Text, without its whitespace at a block's edge (outside `pre`).
    fn write_text(&mut self, text: &str) {
        if self.pre > 0 {
            // The parser drops a line feed right after `<pre>`: one more keeps the text's own.
            if std::mem::take(&mut self.pre_start) && text.starts_with('\n') {
                self.out.push('\n');
            }
            self.edge = false;
            self.trail = None;
            return self.put_text(text);
        }
        // HTML whitespace is ASCII: bytes will do.
        let bytes = text.as_bytes();
        let start = if self.edge {
            bytes
                .iter()
                .position(|&b| !is_space(b))
                .unwrap_or(bytes.len())
        } else {
            0
        };
        let Some(text) = text.get(start..).filter(|t| !t.is_empty()) else {
            return;
        };
        self.edge = false;
        self.put_text(text);
        // Text's whitespace never needs escaping: its length is the same in the output.
        let bytes = text.as_bytes();
        if bytes.last().is_some_and(|&b| is_space(b)) {
            let kept = bytes
                .iter()
                .rposition(|&b| !is_space(b))
                .map_or(0, |i| i + 1);
            let spaces = bytes.len() - kept;
            self.trail = self
                .trail
                .filter(|_| kept == 0)
                .or(Some(self.out.len() - spaces));
        } else {
            self.trail = None;
        }
    }

    /// Text, escaped; into the statistics and the open heading's text.
    fn put_text(&mut self, text: &str) {
        let (special, newline) = scan_text(text.as_bytes());
        self.stats.push_scanned(text, newline);
        if self.headings.open.is_some() {
            self.headings.text.push_str(text);
        }
        escape_scanned(&mut self.out, text, special);
    }

    /// A `<p>` was written from `tag_at` on: the lead paragraph, perhaps; the paywall
    /// marker, perhaps ([`marks`]).
    fn start_paragraph(&mut self, tag_at: usize) {
        // The paragraph itself is counted already.
        let top = self.marks.depth == 1;
        let content_at = self.out.len();
        if top && self.marks.lead.is_none() {
            self.marks.lead = Some(content_at);
        }
        if self.marks.enabled && self.pre == 0 && self.headings.open.is_none() {
            self.marks.candidate = Some(Candidate {
                tag_at,
                content_at,
                top,
                held: String::new(),
            });
        }
    }

    /// Writes the text held back by a paragraph that is not the marker after all.
    #[cold]
    fn release_candidate(&mut self) {
        if let Some(candidate) = self.marks.candidate.take()
            && !candidate.held.is_empty()
        {
            self.write_text(&candidate.held);
        }
    }

    /// An element ends while a paragraph may be the marker: `true` when it was the marker,
    /// now left out (its end written, so to speak).
    #[cold]
    fn end_candidate(&mut self, el: El, candidate: Candidate) -> bool {
        if el != El::P || !candidate.is_marker() {
            self.marks.candidate = Some(candidate);
            self.release_candidate();
            return false;
        }
        if !candidate.top {
            // Not between top-level blocks: shown as text, and reported.
            self.marks.found(false, self.out.len());
            self.write_text(&candidate.held);
            return false;
        }
        self.out.truncate(candidate.tag_at);
        if self.marks.lead == Some(candidate.content_at) {
            self.marks.lead = None;
        }
        if !at_line_start(&self.out) {
            self.out.push('\n');
        }
        self.marks.depth = self.marks.depth.saturating_sub(1);
        self.marks.found(true, self.out.len());
        self.trail = None;
        self.edge = true;
        self.word_break();
        true
    }

    /// The prepared body.
    pub(crate) fn finish(mut self) -> PreparedBody {
        self.release_candidate();
        // Readers close every heading; should one stay open, its content is not lost.
        self.headings.nested = 0;
        self.end_heading();
        let env = self.env;
        let top = self.headings.outline.top_level().unwrap_or(1);
        let render = |level| env.shift(level, top);
        self.headings.fix_levels(&mut self.out, render);
        let opts = env.opts;
        let derived = self.stats.finish(opts.words_per_minute, opts.excerpt_chars);
        let paywall = self.marks.paywall_in(&self.out);
        PreparedBody {
            paywall,
            lead: self.marks.lead,
            html: SafeHtml::from_sanitized(self.out),
            outline: self.headings.outline.into_outline(render),
            plain_text: derived.plain_text,
            word_count: derived.word_count,
            reading_minutes: derived.reading_minutes,
            excerpt: derived.excerpt,
            first_image: self.first_image,
            images_without_alt: self.images_without_alt,
        }
    }

    /// The inline HTML (answers), trailing whitespace trimmed.
    pub(crate) fn finish_inline(self) -> SafeHtml {
        let mut out = self.out;
        out.truncate(out.trim_end().len());
        SafeHtml::from_sanitized(out)
    }
}

impl Target for Sink<'_> {
    #[inline(always)]
    fn start(&mut self, el: El, attrs: &Attrs<'_>) {
        self.start_element(el, attrs);
    }

    #[inline(always)]
    fn end(&mut self, el: El) {
        self.end_element(el);
    }

    #[inline(always)]
    fn text(&mut self, text: &str) {
        if let Some(candidate) = self.marks.candidate.as_mut() {
            if candidate.hold(text) {
                return;
            }
            self.release_candidate();
        }
        self.write_text(text);
    }

    #[inline(always)]
    fn soft_break(&mut self) {
        if self.marks.candidate.is_some() {
            self.release_candidate();
        }
        if self.edge || self.pre > 0 {
            return self.write_text("\n");
        }
        // `text("\n")`, without the escaping check.
        self.stats.push_text(" ");
        if self.headings.open.is_some() {
            self.headings.text.push('\n');
        }
        self.trail = self.trail.or(Some(self.out.len()));
        self.out.push('\n');
    }

    fn raw_html(&mut self, _html: &str) -> bool {
        false
    }
}

/// HTML whitespace: space, tab, line feed, form feed, carriage return.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}
