//! The Markdown adaptor: reads pulldown-cmark's events once and writes the HTML straight
//! into one buffer ([`HtmlOut`]).
//!
//! In [`Mode::Final`] it does everything in the one pass: shifts heading levels, gives every
//! heading an id from the one id space (explicit `{#id}` only when heading attributes are on;
//! heading classes and custom attributes are always dropped), allow-lists link and image URLs
//! (a refused link keeps its text, a refused image leaves its alt text), writes our own `<a>`
//! (with `rel`/`target` on external links, in-page `#…` following the prefix), `<img>` (lazy,
//! async) and `<figure>` (an image with a title alone in its paragraph), prefixes footnote ids,
//! keeps only a plain language name on fenced code, applies the raw-HTML policy, and feeds the
//! text statistics and the outline.
//!
//! A heading's content is written into a buffer of its own (its id comes from its text, which
//! follows its start); an image's alt text is read ahead to its end, and a paragraph's first
//! event is looked at to see whether it is an image alone. Nothing else is held back.
//!
//! In [`Mode::Deferred`] (raw HTML under [`RawHtml::Sanitize`]) raw HTML passes through and
//! headings, ids and external links are left to the HTML pass that runs after ammonia, so
//! Markdown and raw HTML headings get one and the same treatment.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use super::html_body::collapse_owned;
use super::html_out::HtmlOut;
use super::ids::{self, IdAllocator};
use super::urls::{self, UrlKind};
use super::{Acc, BodyImage, BodyOptions, Env, RawHtml, policy};

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
            &mut Acc::new(env, 0),
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
    let mut scratch = Acc::new(env, 0);
    run(
        events.into_iter(),
        env,
        &mut scratch,
        Mode::Deferred,
        &mut deferred,
    );
    Some(deferred)
}

/// One adaptor run into `out`. Returns `false` when `Final` met raw HTML that needs the
/// sanitizer (`out` then holds a partial render).
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
        out: HtmlOut::new(std::mem::take(out)),
        heading: None,
        spare: String::with_capacity(128),
        spare_text: String::new(),
        spare_id: String::new(),
        links: Vec::new(),
        footnotes: HashMap::new(),
        defined: HashSet::new(),
        env,
        acc,
        mode,
    };
    let done = adaptor.run();
    *out = adaptor.out.buf;
    done
}

struct MdHeading {
    /// Source level.
    level: u8,
    explicit: Option<String>,
    text: String,
    /// The output written before the heading, put back when it closes (its content is
    /// written into the heading's own buffer meanwhile).
    outer: String,
}

struct Adaptor<'a, 'e, I> {
    events: I,
    pushback: Option<Event<'a>>,
    out: HtmlOut,
    heading: Option<MdHeading>,
    /// An empty buffer for the next heading's content.
    spare: String,
    /// Buffers for the next heading's text and id, reused the same way.
    spare_text: String,
    spare_id: String,
    /// One entry per open link: was its `<a>` written?
    links: Vec<bool>,
    /// Footnote label → (number, id).
    footnotes: HashMap<CowStr<'a>, (usize, String)>,
    /// Labels whose definition has been written.
    defined: HashSet<CowStr<'a>>,
    env: &'e Env<'e>,
    acc: &'e mut Acc,
    mode: Mode,
}

/// Raw HTML under [`RawHtml::Sanitize`] met in [`Mode::Final`]: this pass cannot finish.
struct NeedsSanitizer;

impl<'a, I: Iterator<Item = Event<'a>>> Adaptor<'a, '_, I> {
    fn run(&mut self) -> bool {
        while let Some(ev) = self.pull() {
            if self.event(ev).is_err() {
                return false;
            }
        }
        // The parser closes every heading; should one stay open, its content is not lost.
        self.close_heading();
        true
    }

    fn pull(&mut self) -> Option<Event<'a>> {
        self.pushback.take().or_else(|| self.events.next())
    }

    fn event(&mut self, ev: Event<'a>) -> Result<(), NeedsSanitizer> {
        match ev {
            Event::Text(t) => {
                // Deref once: a short (inlined) `CowStr` re-checks its UTF-8 on every deref.
                let t: &str = &t;
                self.note_text(t);
                self.out.text(t);
            }
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::SoftBreak => {
                self.note_text(" ");
                self.out.raw("\n");
            }
            Event::HardBreak => {
                self.note_text(" ");
                self.out.raw("<br />\n");
            }
            Event::Code(t) => {
                let t: &str = &t;
                self.note_text(t);
                self.out.raw("<code>");
                self.out.text(t);
                self.out.raw("</code>");
            }
            // Math is not enabled; were it ever, it reads as text.
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.note_text(&t);
                self.out.text(&t);
            }
            Event::Html(html) | Event::InlineHtml(html) => return self.raw_html(&html),
            Event::FootnoteReference(label) => {
                let (n, id) = self.footnote(label);
                self.out
                    .raw("<sup class=\"footnote-reference\"><a href=\"#");
                self.out.attr(&id);
                self.out.raw("\">");
                self.out.number(n);
                self.out.raw("</a></sup>");
            }
            Event::Rule => {
                self.acc.stats.push_break();
                self.out.block("<hr />\n");
            }
            // A ballot box character instead of pulldown-cmark's `<input>`: no form control
            // without a label in the page, and the sanitizer needs no `input` at all.
            Event::TaskListMarker(done) => self.out.raw(if done { "☑ " } else { "☐ " }),
        }
        Ok(())
    }

    /// Visible text: into the statistics and the open heading's text.
    fn note_text(&mut self, text: &str) {
        self.acc.stats.push_text(text);
        if let Some(h) = self.heading.as_mut() {
            h.text.push_str(text);
        }
    }

    fn raw_html(&mut self, html: &str) -> Result<(), NeedsSanitizer> {
        match self.env.opts.raw_html {
            RawHtml::Escape => {
                self.note_text(html);
                self.out.text(html);
            }
            RawHtml::Strip => {}
            RawHtml::Sanitize => match self.mode {
                Mode::Final => return Err(NeedsSanitizer),
                Mode::Deferred => self.out.raw(html),
            },
        }
        Ok(())
    }

    fn start(&mut self, tag: Tag<'a>) {
        match tag {
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript => {
                self.out.start(&tag);
            }
            Tag::Heading { level, id, .. } => {
                self.acc.stats.push_break();
                self.acc.stats.set_in_heading(true);
                let explicit = id
                    .filter(|_| self.env.opts.heading_attributes)
                    .and_then(|id| ids::explicit_base(&id));
                let level = level as u8;
                match self.mode {
                    Mode::Final => {
                        if !self.out.at_line_start() {
                            self.out.raw("\n");
                        }
                        // Content goes into a buffer of its own until the id is known.
                        let outer =
                            std::mem::replace(&mut self.out.buf, std::mem::take(&mut self.spare));
                        self.heading = Some(MdHeading {
                            level,
                            explicit,
                            text: std::mem::take(&mut self.spare_text),
                            outer,
                        });
                    }
                    Mode::Deferred => {
                        self.out.block("<");
                        self.out.raw(heading_name(level));
                        if let Some(id) = explicit {
                            self.out.raw(" id=\"");
                            self.out.attr(&id);
                            self.out.raw("\"");
                        }
                        self.out.raw(">");
                    }
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
            } => self.link(link_type, &dest_url, &title),
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
                self.out.raw("<div class=\"footnote-definition\" id=\"");
                self.out.attr(&id);
                self.out.raw("\"><sup class=\"footnote-definition-label\">");
                self.out.number(n);
                self.out.raw("</sup>");
            }
            // Escaped raw HTML blocks read as paragraphs of text.
            Tag::HtmlBlock => {
                self.acc.stats.push_break();
                if self.env.opts.raw_html == RawHtml::Escape {
                    self.out.start(&Tag::Paragraph);
                }
            }
            Tag::CodeBlock(CodeBlockKind::Fenced(info)) => {
                self.acc.stats.push_break();
                let lang = info.split(' ').next().filter(|l| policy::is_lang(l));
                let lang = CowStr::Borrowed(lang.unwrap_or(""));
                self.out.start(&Tag::CodeBlock(CodeBlockKind::Fenced(lang)));
            }
            other => {
                self.acc.stats.push_break();
                self.out.start(&other);
            }
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript => self.out.end(end),
            TagEnd::Heading(level) => {
                self.acc.stats.push_break();
                self.acc.stats.set_in_heading(false);
                match self.mode {
                    Mode::Final => self.close_heading(),
                    Mode::Deferred => {
                        self.out.raw("</");
                        self.out.raw(heading_name(level as u8));
                        self.out.raw(">\n");
                    }
                }
            }
            TagEnd::Link => {
                if self.links.pop() == Some(true) {
                    self.out.raw("</a>");
                }
            }
            TagEnd::Image => {}
            TagEnd::FootnoteDefinition => {
                self.acc.stats.push_break();
                self.out.raw("</div>\n");
            }
            TagEnd::HtmlBlock => {
                self.acc.stats.push_break();
                if self.env.opts.raw_html == RawHtml::Escape {
                    self.out.end(TagEnd::Paragraph);
                }
            }
            other => {
                self.acc.stats.push_break();
                self.out.end(other);
            }
        }
    }

    fn close_heading(&mut self) {
        // The tag up to the id and the end tag as whole strings: five copies instead of nine.
        const OPEN: [&str; 6] = [
            "<h1 id=\"",
            "<h2 id=\"",
            "<h3 id=\"",
            "<h4 id=\"",
            "<h5 id=\"",
            "<h6 id=\"",
        ];
        const CLOSE: [&str; 6] = [
            "</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n",
        ];
        let Some(h) = self.heading.take() else {
            return;
        };
        let content = std::mem::replace(&mut self.out.buf, h.outer);
        let text = collapse_owned(h.text);
        let mut id = std::mem::take(&mut self.spare_id);
        self.acc
            .ids
            .claim_heading_into(h.explicit.as_deref(), &text, &mut id);
        let level = self.env.shift(h.level);
        let at = usize::from(level.clamp(1, 6) - 1);
        let buf = &mut self.out.buf;
        buf.push_str(OPEN[at]);
        ids::push_id(buf, &id);
        buf.push_str("\">");
        buf.push_str(&content);
        buf.push_str(CLOSE[at]);
        // The buffer serves the next heading.
        self.spare = content;
        self.spare.clear();
        self.acc.outline.push(level, &id, &text);
        self.spare_text = text;
        self.spare_text.clear();
        self.spare_id = id;
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
                    self.out.start(&Tag::Paragraph);
                    self.image(&dest_url, &title, alt);
                    self.pushback = after;
                }
            }
            next => {
                self.out.start(&Tag::Paragraph);
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

    fn link(&mut self, link_type: LinkType, dest: &str, title: &str) {
        // Deferred: the HTML pass after ammonia prefixes in-page links and marks external ones.
        let ids = (self.mode == Mode::Final).then_some(&self.acc.ids);
        let written = write_link_start(&mut self.out.buf, link_type, dest, title, self.env, ids);
        self.links.push(written);
    }

    fn image_tag(&mut self, dest: &str, alt: &str, title: Option<&str>) {
        if self.acc.first_image.is_none() {
            self.acc.first_image = Some(BodyImage {
                url: dest.to_owned(),
                alt: alt.to_owned(),
            });
        }
        self.out.raw("<img src=\"");
        let _ = escape_href(&mut self.out.buf, dest);
        self.out.raw("\" alt=\"");
        self.out.attr(alt);
        if let Some(title) = title.filter(|t| !t.is_empty()) {
            self.out.raw("\" title=\"");
            self.out.attr(title);
        }
        self.out.raw("\" loading=\"lazy\" decoding=\"async\">");
    }

    fn image(&mut self, dest: &str, title: &str, alt: String) {
        if urls::allowed(dest, UrlKind::Image, self.env.opts.allow_data_images) {
            self.image_tag(dest, &alt, Some(title));
        } else if !alt.is_empty() {
            self.note_text(&alt);
            self.out.text(&alt);
        }
    }

    fn figure(&mut self, dest: &str, caption: &str, alt: String) {
        if !urls::allowed(dest, UrlKind::Image, self.env.opts.allow_data_images) {
            self.out.start(&Tag::Paragraph);
            self.image(dest, caption, alt);
            self.out.end(TagEnd::Paragraph);
            self.acc.stats.push_break();
            return;
        }
        self.out.raw("<figure>");
        self.image_tag(dest, &alt, None);
        self.out.raw("<figcaption>");
        self.out.attr(caption);
        self.out.raw("</figcaption></figure>\n");
        self.acc.stats.push_text(caption);
        self.acc.stats.push_break();
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

/// Writes the start tag of a link as the body writes it: a refused URL writes nothing
/// (returns `false`; the link text stays); `ids`, when given, makes an in-page `#…` follow the
/// id prefix and gives an external link its `rel`/`target`. Shared with the answers' inline
/// Markdown.
pub(super) fn write_link_start(
    out: &mut String,
    link_type: LinkType,
    dest: &str,
    title: &str,
    env: &Env<'_>,
    ids: Option<&IdAllocator>,
) -> bool {
    let mailto;
    let dest = if link_type == LinkType::Email {
        mailto = format!("mailto:{dest}");
        mailto.as_str()
    } else {
        dest
    };
    if !urls::allowed(dest, UrlKind::Link, false) {
        return false;
    }
    let local = ids.and_then(|ids| ids.local_href(dest));
    out.push_str("<a href=\"");
    let _ = escape_href(&mut *out, local.as_deref().unwrap_or(dest));
    out.push('"');
    if !title.is_empty() {
        out.push_str(" title=\"");
        let _ = escape_html(&mut *out, title);
        out.push('"');
    }
    if ids.is_some() && urls::is_external(dest, env.site_host) {
        env.push_external_attrs(out);
    }
    out.push('>');
    true
}

/// The element name of heading level `level` (1–6; anything else is `h6`).
fn heading_name(level: u8) -> &'static str {
    match level {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}
