//! The Markdown adaptor: one iterator between pulldown-cmark's parser and its HTML writer.
//!
//! In [`Mode::Final`] it does everything in the one pass: shifts heading levels, gives every
//! heading an id from the one id space (explicit `{#id}` only when heading attributes are on;
//! heading classes and custom attributes are always dropped), allow-lists link and image URLs
//! (a refused link keeps its text, a refused image leaves its alt text), renders our own `<a>`
//! (with `rel`/`target` on external links, in-page `#…` following the prefix), `<img>` (lazy,
//! async) and `<figure>` (an image with a title alone in its paragraph), prefixes footnote ids,
//! keeps only a plain language name on fenced code, applies the raw-HTML policy, and feeds the
//! text statistics and the outline.
//!
//! Only a heading is buffered (its id comes from its text, which follows its start) and a
//! paragraph's first image (to see whether the paragraph holds nothing else); both are bounded
//! by the size of that heading or image.
//!
//! In [`Mode::Deferred`] (raw HTML under [`RawHtml::Sanitize`]) raw HTML passes through and
//! headings, ids and external links are left to the HTML pass that runs after ammonia, so
//! Markdown and raw HTML headings get one and the same treatment.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, InlineStr, LinkType, Options, Parser, Tag, TagEnd,
};
use pulldown_cmark_escape::{escape_href, escape_html};

use super::html_body::collapse_owned;
use super::ids::{self, IdAllocator};
use super::urls::{self, UrlKind};
use super::{Acc, BodyImage, BodyOptions, Env, OutlineEntry, RawHtml, policy};

/// What the adaptor leaves to a later pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Everything done here; raw HTML to sanitize stops the pass (the caller starts over in
    /// `Deferred`).
    Final,
    /// Raw HTML kept for ammonia; headings, ids and link attributes left to the HTML pass.
    Deferred,
}

/// pulldown-cmark options for a body.
pub(super) fn parser_options(opts: &BodyOptions) -> Options {
    let mut options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    if opts.smart_punctuation {
        options |= Options::ENABLE_SMART_PUNCTUATION;
    }
    if opts.heading_attributes {
        options |= Options::ENABLE_HEADING_ATTRIBUTES;
    }
    options
}

/// True when `source` may hold raw HTML: a `<` followed by a letter, `/`, `!` or `?` (every
/// raw HTML event starts so). A quick scan; autolinks and code also match, which only costs
/// the buffered path below.
fn may_hold_html(source: &str) -> bool {
    let bytes = source.as_bytes();
    memchr::memchr_iter(b'<', bytes).any(|at| {
        bytes
            .get(at + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'))
    })
}

/// Renders a Markdown body. Returns `None` when it is done (`out` holds the HTML), or
/// `Some(html)` with a render that keeps raw HTML for the sanitizer (ids and headings left to
/// the HTML pass), when the body holds raw HTML under [`RawHtml::Sanitize`].
///
/// Bodies that cannot hold raw HTML stream straight from the parser to the writer. Bodies
/// that might are parsed once into a buffer of events, which says whether raw HTML is really
/// there before anything is rendered.
pub(super) fn render(
    source: &str,
    env: &Env<'_>,
    acc: &mut Acc,
    out: &mut String,
) -> Option<String> {
    let parser = Parser::new_ext(source, parser_options(env.opts));
    if env.opts.raw_html != RawHtml::Sanitize || !may_hold_html(source) {
        if run(parser, env, acc, Mode::Final, out) {
            return None;
        }
        // Unreachable: every raw HTML event starts with what `may_hold_html` looks for. Kept
        // so that a parser change can only cost time, never safety.
        out.clear();
        let mut deferred = String::with_capacity(out.capacity());
        let parser = Parser::new_ext(source, parser_options(env.opts));
        run(
            parser,
            env,
            &mut Acc::new("", 0),
            Mode::Deferred,
            &mut deferred,
        );
        return Some(deferred);
    }
    let events: Vec<Event<'_>> = parser.collect();
    let raw = |ev: &Event<'_>| matches!(ev, Event::Html(_) | Event::InlineHtml(_));
    if !events.iter().any(raw) {
        run(events.into_iter(), env, acc, Mode::Final, out);
        return None;
    }
    let mut deferred = String::with_capacity(out.capacity());
    let mut scratch = Acc::new("", 0);
    run(
        events.into_iter(),
        env,
        &mut scratch,
        Mode::Deferred,
        &mut deferred,
    );
    Some(deferred)
}

/// One adaptor run. Returns `false` when `Final` met raw HTML that needs the sanitizer.
fn run<'a, I: Iterator<Item = Event<'a>>>(
    events: I,
    env: &Env<'_>,
    acc: &mut Acc,
    mode: Mode,
    out: &mut String,
) -> bool {
    let mut adaptor = Adaptor {
        events,
        pushback: None,
        slot: None,
        queue: VecDeque::new(),
        heading: None,
        spare_events: Vec::new(),
        links: Vec::new(),
        footnotes: HashMap::new(),
        defined: HashSet::new(),
        env,
        acc,
        mode,
        needs_sanitizer: false,
    };
    pulldown_cmark::html::push_html(out, &mut adaptor);
    !adaptor.needs_sanitizer
}

struct MdHeading<'a> {
    level: u8,
    explicit: Option<String>,
    text: String,
    events: Vec<Event<'a>>,
}

struct Adaptor<'a, 'e, I> {
    events: I,
    pushback: Option<Event<'a>>,
    /// The first event a step emits.
    slot: Option<Event<'a>>,
    /// Any further events of a step, and a finished heading.
    queue: VecDeque<Event<'a>>,
    heading: Option<MdHeading<'a>>,
    /// An empty event buffer for the next heading.
    spare_events: Vec<Event<'a>>,
    /// One entry per open link: was its `<a>` emitted?
    links: Vec<bool>,
    /// Footnote label → (number, id).
    footnotes: HashMap<CowStr<'a>, (usize, String)>,
    /// Labels whose definition has been written.
    defined: HashSet<CowStr<'a>>,
    env: &'e Env<'e>,
    acc: &'e mut Acc,
    mode: Mode,
    needs_sanitizer: bool,
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for Adaptor<'a, '_, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if self.queue.is_empty()
            && self.pushback.is_none()
            && self.heading.is_none()
            && !self.needs_sanitizer
        {
            // The common events outside headings pass straight through, without the hand-off
            // below (same effect as `handle`). The event stays where the parser put it.
            let mut ev = self.events.next();
            if self.pass_through(&mut ev) {
                return ev;
            }
        }
        loop {
            if let Some(ev) = self.queue.pop_front() {
                return Some(ev);
            }
            if self.needs_sanitizer {
                return None;
            }
            let ev = self.pull()?;
            if let (Event::Text(t), None) = (&ev, &self.heading) {
                // The most common event, passed straight through.
                self.acc.stats.push_text(t);
                return Some(ev);
            }
            self.handle(ev);
            // Most events come out one for one: hand the first straight back.
            if let Some(ev) = self.slot.take() {
                return Some(ev);
            }
        }
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Adaptor<'a, '_, I> {
    /// Outside a heading, with nothing queued: notes `ev` and says whether it goes out as it
    /// is now (`false`: it was handled and nothing is ready yet).
    fn pass_through(&mut self, ev: &mut Option<Event<'a>>) -> bool {
        match ev {
            None
            | Some(
                Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
                | Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough),
            ) => true,
            Some(Event::Text(t)) => {
                self.acc.stats.push_text(t);
                true
            }
            Some(Event::SoftBreak | Event::HardBreak) => {
                self.acc.stats.push_text(" ");
                true
            }
            Some(
                Event::Start(Tag::Item | Tag::List(_) | Tag::BlockQuote(_))
                | Event::End(
                    TagEnd::Paragraph | TagEnd::Item | TagEnd::List(_) | TagEnd::BlockQuote(_),
                ),
            ) => {
                self.acc.stats.push_break();
                true
            }
            Some(_) => {
                if let Some(taken) = ev.take() {
                    self.handle(taken);
                }
                *ev = self.slot.take();
                ev.is_some()
            }
        }
    }

    fn pull(&mut self) -> Option<Event<'a>> {
        self.pushback.take().or_else(|| self.events.next())
    }

    fn emit(&mut self, ev: Event<'a>) {
        match self.heading.as_mut() {
            Some(h) => h.events.push(ev),
            // `slot` is returned before `queue`, so order is kept.
            None if self.slot.is_none() && self.queue.is_empty() => self.slot = Some(ev),
            None => self.queue.push_back(ev),
        }
    }

    fn emit_html(&mut self, html: String) {
        self.emit(Event::InlineHtml(html.into()));
    }

    /// Visible text: into the statistics and the open heading's text.
    fn note_text(&mut self, text: &str) {
        self.acc.stats.push_text(text);
        if let Some(h) = self.heading.as_mut() {
            h.text.push_str(text);
        }
    }

    fn handle(&mut self, ev: Event<'a>) {
        match ev {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::Text(t) => {
                self.note_text(&t);
                self.emit(Event::Text(t));
            }
            Event::Code(t) => {
                self.note_text(&t);
                self.emit(Event::Code(t));
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.note_text(&t);
                self.emit(Event::Text(t));
            }
            Event::Html(html) | Event::InlineHtml(html) => self.raw_html(html),
            Event::SoftBreak | Event::HardBreak => {
                self.note_text(" ");
                self.emit(ev);
            }
            Event::FootnoteReference(label) => {
                let (n, id) = self.footnote(label);
                let mut h = String::with_capacity(id.len() + 64);
                h.push_str("<sup class=\"footnote-reference\"><a href=\"#");
                let _ = escape_html(&mut h, &id);
                h.push_str("\">");
                let _ = write!(h, "{n}");
                h.push_str("</a></sup>");
                self.emit_html(h);
            }
            Event::Rule => {
                self.acc.stats.push_break();
                self.emit(ev);
            }
            // A ballot box character instead of pulldown-cmark's `<input>`: no form control
            // without a label in the page, and the sanitizer needs no `input` at all.
            Event::TaskListMarker(done) => {
                self.emit(Event::Text(if done { "☑ " } else { "☐ " }.into()));
            }
        }
    }

    fn raw_html(&mut self, html: CowStr<'a>) {
        match self.env.opts.raw_html {
            RawHtml::Escape => {
                self.note_text(&html);
                self.emit(Event::Text(html));
            }
            RawHtml::Strip => {}
            RawHtml::Sanitize => match self.mode {
                Mode::Final => self.needs_sanitizer = true,
                Mode::Deferred => self.emit(Event::Html(html)),
            },
        }
    }

    fn start(&mut self, tag: Tag<'a>) {
        match tag {
            Tag::Heading { level, id, .. } => {
                self.acc.stats.push_break();
                self.acc.stats.set_in_heading(true);
                let explicit = id
                    .filter(|_| self.env.opts.heading_attributes)
                    .and_then(|id| ids::explicit_base(&id));
                match self.mode {
                    Mode::Final => {
                        self.heading = Some(MdHeading {
                            level: self.env.shift(level as u8),
                            explicit,
                            text: String::new(),
                            events: std::mem::take(&mut self.spare_events),
                        });
                    }
                    Mode::Deferred => self.emit(Event::Start(Tag::Heading {
                        level,
                        id: explicit.map(CowStr::from),
                        classes: Vec::new(),
                        attrs: Vec::new(),
                    })),
                }
            }
            Tag::Paragraph => {
                self.acc.stats.push_break();
                self.paragraph();
            }
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => self.link(link_type, dest_url, &title),
            Tag::Image {
                dest_url, title, ..
            } => {
                let alt = self.collect_alt();
                self.image(&dest_url, &title, alt);
            }
            Tag::FootnoteDefinition(label) => {
                self.acc.stats.push_break();
                let (n, mut id) = self.footnote(label.clone());
                if self.defined.contains(&label) {
                    // A second definition of the same label: a fresh id, never a duplicate.
                    id = self.acc.ids.claim(&IdAllocator::footnote_base(&label, n));
                } else {
                    self.defined.insert(label);
                }
                let mut h = String::with_capacity(id.len() + 96);
                h.push_str("<div class=\"footnote-definition\" id=\"");
                let _ = escape_html(&mut h, &id);
                h.push_str("\"><sup class=\"footnote-definition-label\">");
                let _ = write!(h, "{n}");
                h.push_str("</sup>");
                self.emit(Event::Html(h.into()));
            }
            // Escaped raw HTML blocks read as paragraphs of text.
            Tag::HtmlBlock if self.env.opts.raw_html == RawHtml::Escape => {
                self.acc.stats.push_break();
                self.emit(Event::Start(Tag::Paragraph));
            }
            Tag::CodeBlock(CodeBlockKind::Fenced(info)) => {
                self.acc.stats.push_break();
                let lang = info.split(' ').next().filter(|l| policy::is_lang(l));
                let lang = lang.map_or(CowStr::Borrowed(""), |l| CowStr::from(l.to_owned()));
                self.emit(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))));
            }
            other => {
                if is_block(&other) {
                    self.acc.stats.push_break();
                }
                self.emit(Event::Start(other));
            }
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Heading(level) => {
                self.acc.stats.push_break();
                self.acc.stats.set_in_heading(false);
                match self.mode {
                    Mode::Final => self.close_heading(),
                    Mode::Deferred => self.emit(Event::End(TagEnd::Heading(level))),
                }
            }
            TagEnd::Link => {
                if self.links.pop() == Some(true) {
                    self.emit(Event::End(TagEnd::Link));
                }
            }
            TagEnd::Image => {}
            TagEnd::HtmlBlock if self.env.opts.raw_html == RawHtml::Escape => {
                self.acc.stats.push_break();
                self.emit(Event::End(TagEnd::Paragraph));
            }
            other => {
                if !matches!(
                    other,
                    TagEnd::Emphasis
                        | TagEnd::Strong
                        | TagEnd::Strikethrough
                        | TagEnd::Superscript
                        | TagEnd::Subscript
                ) {
                    self.acc.stats.push_break();
                }
                self.emit(Event::End(other));
            }
        }
    }

    fn close_heading(&mut self) {
        let Some(h) = self.heading.take() else {
            return;
        };
        let text = collapse_owned(h.text);
        let id = self.acc.ids.claim_heading(h.explicit.as_deref(), &text);
        let level = heading_level(h.level);
        // Short ids stay inline (no allocation).
        let id_event = InlineStr::try_from(id.as_str())
            .map_or_else(|_| CowStr::from(id.clone()), CowStr::Inlined);
        self.queue.push_back(Event::Start(Tag::Heading {
            level,
            id: Some(id_event),
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
        let mut events = h.events;
        self.queue.extend(events.drain(..));
        // The buffer serves the next heading.
        self.spare_events = events;
        self.queue.push_back(Event::End(TagEnd::Heading(level)));
        self.acc.outline.push(OutlineEntry::new(h.level, id, text));
    }

    /// After `Start(Paragraph)`: an image with a title alone in the paragraph becomes a
    /// figure; anything else goes on as a paragraph.
    fn paragraph(&mut self) {
        match self.pull() {
            Some(Event::Start(Tag::Image {
                dest_url, title, ..
            })) if !title.is_empty() => {
                let alt = self.collect_alt();
                let after = self.pull();
                if matches!(after, Some(Event::End(TagEnd::Paragraph))) {
                    self.figure(&dest_url, &title, alt);
                } else {
                    self.emit(Event::Start(Tag::Paragraph));
                    self.image(&dest_url, &title, alt);
                    self.pushback = after;
                }
            }
            next => {
                self.emit(Event::Start(Tag::Paragraph));
                self.pushback = next;
            }
        }
    }

    /// Consumes an image's content up to its end; returns its text (the alt text).
    fn collect_alt(&mut self) -> String {
        let mut alt = String::new();
        let mut depth = 0usize;
        while let Some(ev) = self.pull() {
            match ev {
                Event::Start(Tag::Image { .. }) => depth += 1,
                Event::End(TagEnd::Image) => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                _ => {}
            }
        }
        alt
    }

    fn link(&mut self, link_type: LinkType, dest: CowStr<'a>, title: &str) {
        let dest = if link_type == LinkType::Email {
            CowStr::from(format!("mailto:{dest}"))
        } else {
            dest
        };
        if !urls::allowed(&dest, UrlKind::Link, false) {
            self.links.push(false);
            return;
        }
        self.links.push(true);
        let mut h = String::with_capacity(dest.len() + title.len() + 48);
        h.push_str("<a href=\"");
        let local = match self.mode {
            Mode::Final => self.acc.ids.local_href(&dest),
            Mode::Deferred => None,
        };
        let _ = escape_href(&mut h, local.as_deref().unwrap_or(&dest));
        h.push('"');
        if !title.is_empty() {
            h.push_str(" title=\"");
            let _ = escape_html(&mut h, title);
            h.push('"');
        }
        if self.mode == Mode::Final && urls::is_external(&dest, self.env.site_host) {
            self.env.push_external_attrs(&mut h);
        }
        h.push('>');
        self.emit_html(h);
    }

    fn image_tag(&mut self, dest: &str, alt: &str, title: Option<&str>) -> String {
        if self.acc.first_image.is_none() {
            self.acc.first_image = Some(BodyImage {
                url: dest.to_owned(),
                alt: alt.to_owned(),
            });
        }
        let mut h = String::with_capacity(dest.len() + alt.len() + 64);
        h.push_str("<img src=\"");
        let _ = escape_href(&mut h, dest);
        h.push_str("\" alt=\"");
        let _ = escape_html(&mut h, alt);
        if let Some(title) = title.filter(|t| !t.is_empty()) {
            h.push_str("\" title=\"");
            let _ = escape_html(&mut h, title);
        }
        h.push_str("\" loading=\"lazy\" decoding=\"async\">");
        h
    }

    fn image(&mut self, dest: &str, title: &str, alt: String) {
        if urls::allowed(dest, UrlKind::Image, self.env.opts.allow_data_images) {
            let h = self.image_tag(dest, &alt, Some(title));
            self.emit_html(h);
        } else if !alt.is_empty() {
            self.note_text(&alt);
            self.emit(Event::Text(alt.into()));
        }
    }

    fn figure(&mut self, dest: &str, caption: &str, alt: String) {
        if !urls::allowed(dest, UrlKind::Image, self.env.opts.allow_data_images) {
            self.emit(Event::Start(Tag::Paragraph));
            self.image(dest, caption, alt);
            self.emit(Event::End(TagEnd::Paragraph));
            self.acc.stats.push_break();
            return;
        }
        let mut h = String::with_capacity(dest.len() + alt.len() + caption.len() + 96);
        h.push_str("<figure>");
        h.push_str(&self.image_tag(dest, &alt, None));
        h.push_str("<figcaption>");
        let _ = escape_html(&mut h, caption);
        h.push_str("</figcaption></figure>\n");
        self.acc.stats.push_text(caption);
        self.acc.stats.push_break();
        self.emit(Event::Html(h.into()));
    }

    fn footnote(&mut self, label: CowStr<'a>) -> (usize, String) {
        if let Some((n, id)) = self.footnotes.get(&label) {
            return (*n, id.clone());
        }
        let n = self.footnotes.len() + 1;
        let id = self.acc.ids.claim(&IdAllocator::footnote_base(&label, n));
        self.footnotes.insert(label, (n, id.clone()));
        (n, id)
    }
}

fn heading_level(level: u8) -> HeadingLevel {
    HeadingLevel::try_from(usize::from(level)).unwrap_or(HeadingLevel::H6)
}

fn is_block(tag: &Tag<'_>) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}
