//! The body's one writer. Both readers — pulldown-cmark's events (`markdown.rs`) and the
//! sanitized HTML tree (`walk.rs`) — hand it elements, attributes and text; everything the
//! body's HTML is made of is decided here, once:
//!
//! - **Spelling**: tags and line breaks by [`Layout`], attributes in the one [`Attr`] order,
//!   text and attribute values escaped, void elements as `<br>`, `<hr>`, `<img …>`.
//! - **Headings** ([`headings`]): content held until the id is known, ids from the one id
//!   space, levels shifted from the body's own top level (never an `h1`), the outline.
//! - **Links**: the URL allow-list, the one spelling of a URL ([`url_value`]), `rel`/`target`
//!   when [`value_leaves_site`] says the written URL leaves the site, in-page links following
//!   the content id prefix; a refused link keeps its text; no link inside a link.
//! - **Images**: the allow-list, `loading="lazy" decoding="async"`, an `alt` always, the
//!   first image; a refused image leaves its alt text.
//! - **Footnotes**: `sup.footnote-reference > a[href="#x"]` and `div.footnote-definition#x`
//!   share one id per footnote, claimed in the one id space.
//! - **Ids**: every other id claimed in the one id space (never a component's).
//! - **Statistics**: every text and word break goes to [`TextStats`].

mod headings;

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::derive::TextStats;
use super::elements::{Attr, Attrs, El, Layout};
use super::escape::{escape_attr, escape_scanned, scan_text};
use super::ids::{self, IdAllocator};
use super::urls::{self, UrlKind};
use super::{BodyImage, Env, PreparedBody, policy};
use crate::sanitize::SafeHtml;
use crate::sanitize::links::{url_value, value_leaves_site};
use headings::{HeadingState, MAX_OPEN, OpenHeading};

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

/// How an element's `id` attribute is written.
#[derive(Clone, Copy)]
enum IdRule<'a> {
    /// Claimed in the id space (the explicit id or, when taken, a free variant of it).
    Claim,
    /// Already claimed: this one.
    Given(&'a str),
}

/// The footnotes' ids: one per footnote, whether its reference or its definition comes
/// first. (An ordered map: a body has few footnotes, and no hashing is cheaper for them.)
#[derive(Debug, Default)]
struct Footnotes {
    /// The id each footnote (by its name as written) was given, and whether its definition
    /// has been written.
    ids: BTreeMap<String, (String, bool)>,
    /// The id of a second definition of a footnote (not kept in `ids`).
    again: String,
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
}

/// True at the start of the output or of a line: a block needs no line break before it.
fn at_line_start(out: &str) -> bool {
    out.is_empty() || out.ends_with('\n')
}

impl<'e> Sink<'e> {
    /// A writer for a body of about `source_len` bytes.
    pub(crate) fn new(env: &'e Env<'e>, source_len: usize, data_images: bool) -> Self {
        let opts = env.opts;
        // Room for a heading or footnote per 512 bytes (bounded); grows past that.
        let expected = (source_len / 512).min(4096);
        let stats = TextStats::new(source_len, opts.keep_plain_text, opts.excerpt_chars);
        Sink::with(env, env.ids(expected), stats, source_len, data_images)
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
            links: Vec::new(),
            written_links: 0,
            sups: Vec::new(),
            footnotes: Footnotes::default(),
            data_images,
            edge: true,
            trail: None,
            pre: 0,
            pre_start: false,
        }
    }

    /// Writes a start tag: a line break before a block, the attributes, a line break after a
    /// container's start or a void block.
    fn open_tag(&mut self, el: El, attrs: &Attrs<'_>, id: IdRule<'_>) {
        open_tag(&mut self.out, &mut self.ids, self.pre, el, attrs, id);
    }

    fn start_link(&mut self, attrs: &Attrs<'_>) {
        let written = match attrs.get(Attr::Href) {
            // No link inside a link: its text stays.
            _ if self.written_links > 0 => false,
            // An anchor without a link.
            None => {
                self.open_tag(El::A, attrs, IdRule::Claim);
                true
            }
            Some(href) if !urls::allowed(href, UrlKind::Link, false) => false,
            Some(href) => {
                let footnote = self.sups.last() == Some(&true);
                let note = href
                    .strip_prefix('#')
                    .filter(|_| footnote)
                    .and_then(|name| self.footnotes.id(name, &mut self.ids, false));
                self.out.push_str("<a href=\"");
                let href = match note {
                    // A footnote reference: its footnote's id (an id needs no encoding).
                    Some(id) => {
                        self.out.push('#');
                        escape_attr(&mut self.out, id);
                        Cow::Borrowed("#")
                    }
                    None => {
                        let href = match self.ids.local_href(href) {
                            Some(local) => match url_value(&local) {
                                Cow::Borrowed(_) => Cow::Owned(local),
                                Cow::Owned(encoded) => Cow::Owned(encoded),
                            },
                            None => url_value(href),
                        };
                        escape_attr(&mut self.out, &href);
                        href
                    }
                };
                self.out.push('"');
                write_attrs(
                    &mut self.out,
                    &mut self.ids,
                    El::A,
                    attrs,
                    IdRule::Claim,
                    Attr::Href.bit(),
                    0,
                );
                if value_leaves_site(&href, self.env.site_base) {
                    self.env.push_external_attrs(&mut self.out);
                }
                self.out.push('>');
                true
            }
        };
        self.links.push(written);
        if written {
            self.written_links += 1;
        }
    }

    fn image(&mut self, attrs: &Attrs<'_>) {
        let alt = attrs.get(Attr::Alt).unwrap_or("");
        let src = attrs
            .get(Attr::Src)
            .filter(|src| urls::allowed(src, UrlKind::Image, self.data_images));
        let Some(src) = src else {
            if !alt.is_empty() {
                self.text(alt);
            }
            return;
        };
        if self.first_image.is_none() {
            self.first_image = Some(BodyImage {
                url: src.to_owned(),
                alt: alt.to_owned(),
            });
        }
        self.out.push_str("<img src=\"");
        escape_attr(&mut self.out, &url_value(src));
        self.out.push('"');
        // An image always says what it shows (`alt=""`: nothing worth saying): `Alt` is
        // written even when not given.
        write_attrs(
            &mut self.out,
            &mut self.ids,
            El::Img,
            attrs,
            IdRule::Claim,
            Attr::Src.bit(),
            Attr::Alt.bit(),
        );
        self.out.push_str(" loading=\"lazy\" decoding=\"async\">");
    }

    fn start_heading(&mut self, level: u8, attrs: &Attrs<'_>) {
        if self.headings.open.len() >= MAX_OPEN {
            self.headings.overflow += 1;
            return;
        }
        if self.pre == 0 && !at_line_start(&self.out) {
            self.out.push('\n');
        }
        let mut other = String::new();
        if attrs.present() & !Attr::Id.bit() != 0 {
            let el = El::heading(level);
            write_attrs(
                &mut other,
                &mut self.ids,
                el,
                attrs,
                IdRule::Claim,
                Attr::Id.bit(),
                0,
            );
        }
        // Room for a usual heading at once (buffers are reused for the next headings).
        let content = self
            .headings
            .spare
            .pop()
            .unwrap_or_else(|| String::with_capacity(256));
        if self.headings.text.capacity() == 0 {
            self.headings.text.reserve(128);
        }
        let entry = self.headings.note_open(level);
        self.headings.open.push(OpenHeading {
            level,
            entry,
            explicit: attrs.get(Attr::Id).map(str::to_owned),
            attrs: other,
            outer: std::mem::replace(&mut self.out, content),
            text_start: self.headings.text.len(),
            nested: Vec::new(),
        });
        self.stats.set_in_heading(true);
    }

    #[inline(never)]
    fn end_heading(&mut self) {
        // The tag up to the id and the end tag as whole strings.
        const OPEN: [&str; 6] = [
            "<h1 id=\"",
            "<h2 id=\"",
            "<h3 id=\"",
            "<h4 id=\"",
            "<h5 id=\"",
            "<h6 id=\"",
        ];
        const CLOSE: [&str; 6] = ["</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"];
        if self.headings.overflow > 0 {
            self.headings.overflow -= 1;
            return;
        }
        let Some(h) = self.headings.open.pop() else {
            return;
        };
        let mut content = std::mem::replace(&mut self.out, h.outer);
        let hs = &mut self.headings;
        // The text, collapsed, goes straight into the outline.
        let (buffer, text_start) = hs.outline.text_buffer();
        collapse_into(buffer, hs.text.get(h.text_start..).unwrap_or_default());
        if hs.open.is_empty() {
            hs.text.clear();
        }
        let mut id = std::mem::take(&mut hs.spare_id);
        self.ids.claim_heading_into(
            h.explicit.as_deref(),
            hs.outline.text_since(text_start),
            &mut id,
        );
        let written = self.env.shift(h.level, hs.top_so_far());
        let at = usize::from(written.clamp(1, 6) - 1);
        let open_digit = self.out.len() + 2;
        self.out.push_str(OPEN[at]);
        ids::push_id(&mut self.out, &id);
        self.out.push('"');
        self.out.push_str(&h.attrs);
        self.out.push('>');
        let content_at = self.out.len();
        self.out.push_str(&content);
        let close_digit = self.out.len() + 3;
        self.out.push_str(CLOSE[at]);
        if self.pre == 0 {
            self.out.push('\n');
        }
        hs.note_written(
            open_digit,
            close_digit,
            h.level,
            written,
            content_at,
            h.nested,
        );
        hs.outline.close(h.entry, text_start, &id);
        content.clear();
        hs.spare.push(content);
        hs.spare_id = id;
        self.stats.set_in_heading(!hs.open.is_empty());
    }

    /// Writes what a reader met; see [`Target`]. Inlined into the readers, where the element
    /// is mostly a constant: its row of the table and the branches on it fold away.
    #[inline(always)]
    fn start_element(&mut self, el: El, attrs: &Attrs<'_>) {
        let props = el.props();
        let block = props.block();
        self.settle_trail(block);
        if props.breaks {
            self.word_break();
        }
        self.pre_start = false;
        if !props.special {
            // The common case: the layout's line breaks, the tag, the attributes.
            let lines = self.pre == 0;
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
        } else {
            self.start_special(el, attrs);
        }
        self.edge = block;
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
        let block = props.block();
        self.settle_trail(block);
        match el {
            El::A => {
                if self.links.pop() == Some(true) {
                    self.written_links = self.written_links.saturating_sub(1);
                    self.out.push_str("</a>");
                }
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
        if !self.headings.open.is_empty() {
            self.headings.text.push(' ');
        }
    }

    /// Before an element's start or end: trailing whitespace is cut at a block boundary.
    fn settle_trail(&mut self, block_boundary: bool) {
        if let Some(at) = self.trail.take() {
            if block_boundary && self.out.is_char_boundary(at) {
                self.out.truncate(at);
            }
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
        if !self.headings.open.is_empty() {
            self.headings.text.push_str(text);
        }
        escape_scanned(&mut self.out, text, special);
    }

    /// The prepared body.
    pub(crate) fn finish(mut self) -> PreparedBody {
        // Readers close every heading; should one stay open, its content is not lost.
        while !self.headings.open.is_empty() || self.headings.overflow > 0 {
            self.end_heading();
        }
        let env = self.env;
        let top = self.headings.outline.top_level().unwrap_or(1);
        let render = |level| env.shift(level, top);
        self.headings.fix_levels(&mut self.out, render);
        let opts = env.opts;
        let derived = self.stats.finish(opts.words_per_minute, opts.excerpt_chars);
        PreparedBody {
            html: SafeHtml::from_sanitized(self.out),
            outline: self.headings.outline.into_outline(render),
            plain_text: derived.plain_text,
            word_count: derived.word_count,
            reading_minutes: derived.reading_minutes,
            excerpt: derived.excerpt,
            first_image: self.first_image,
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
        self.write_text(text);
    }

    #[inline(always)]
    fn soft_break(&mut self) {
        if self.edge || self.pre > 0 {
            return self.write_text("\n");
        }
        // `text("\n")`, without the escaping check.
        self.stats.push_text(" ");
        if !self.headings.open.is_empty() {
            self.headings.text.push('\n');
        }
        self.trail = self.trail.or(Some(self.out.len()));
        self.out.push('\n');
    }

    fn raw_html(&mut self, _html: &str) -> bool {
        false
    }
}

impl Footnotes {
    /// The id of the footnote written `name` (from `href="#name"` or `id="name"`): the one
    /// it was given, else a fresh claim. A second definition of the same footnote gets a
    /// fresh id (never a duplicate). `None` when nothing usable is left of the name.
    fn id(&mut self, name: &str, ids: &mut IdAllocator, definition: bool) -> Option<&str> {
        if !self.ids.contains_key(name) {
            let id = ids.claim_explicit(name)?;
            self.ids.insert(name.to_owned(), (id, definition));
            return self.ids.get(name).map(|(id, _)| id.as_str());
        }
        let (id, defined) = self.ids.get_mut(name)?;
        if definition && *defined {
            // A second definition of the same footnote: a fresh id.
            self.again = ids.claim_explicit(name)?;
            return Some(&self.again);
        }
        *defined |= definition;
        Some(id)
    }
}

/// Writes a start tag into `out`: a line break before a block, the attributes, a line break
/// after a container's start or a void block (line breaks only outside `pre`: `pre` open).
fn open_tag(
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
fn write_attrs(
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
            Attr::Start => {
                if let Some(start) = policy::integer(value) {
                    out.push_str(attr.lead());
                    out.push_str(start);
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

/// HTML whitespace: space, tab, line feed, form feed, carriage return.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// Appends `s` with whitespace runs as one space, trimmed.
fn collapse_into(out: &mut String, s: &str) {
    if is_collapsed(s) {
        out.push_str(s);
        return;
    }
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// True when collapsing `s` would return it unchanged: no whitespace but single spaces between
/// non-spaces (the common case for heading text). Only non-ASCII text needs the Unicode check.
fn is_collapsed(s: &str) -> bool {
    !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        // ASCII whitespace other than the space: tab, line feed, vertical tab, form feed, CR.
        && !s.bytes().any(|b| matches!(b, b'\t'..=b'\r'))
        && (s.is_ascii() || !s.chars().any(|c| c.is_whitespace() && c != ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collapse(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn collapse_into_as_collapse() {
        for s in [
            "",
            " ",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "x\ny z",
            "a\u{b}b",
            "Meta’s “AI”",
            "a\u{2003}b",
            "a\u{3000}",
            "\u{85}",
            "abcdefg\rhijklmno",
        ] {
            let mut out = String::new();
            collapse_into(&mut out, s);
            assert_eq!(out, collapse(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn collapse_into_matches_collapse(
            s in "([ a\t\n\u{b}\u{c}\r\u{1c}é’\u{85}\u{a0}\u{1680}\u{2000}\u{200a}\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}]|[a-z]{1,9}| ){0,20}"
        ) {
            let mut out = String::new();
            collapse_into(&mut out, &s);
            proptest::prop_assert_eq!(out, collapse(&s));
        }
    }
}
