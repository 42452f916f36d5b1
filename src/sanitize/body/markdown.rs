//! The Markdown reader: pulldown-cmark's events, read once, as elements, attributes and text
//! for a [`Target`].
//!
//! It decides only what is Markdown's to decide — which element a construct is (an image
//! with a title alone in its paragraph is a figure; a footnote is a `sup` and a link; a task
//! list marker is a ballot box character), footnote numbers, table alignment, the raw-HTML
//! policy — and leaves everything else (URLs, ids, levels, link policy, spelling) to the
//! writer. It drives either target:
//!
//! - the [`Sink`] directly, for a body without raw HTML to sanitize (the common case: one
//!   parse, one pass, no HTML parser);
//! - [`HtmlText`], for a body holding raw HTML under [`RawHtml::Sanitize`]: Markdown's
//!   elements with the raw HTML between them, parsed once by the HTML parser and walked into
//!   the same [`Sink`], so raw HTML and Markdown share every rule.
//!
//! A paragraph's first event is looked at to see whether it is an image alone, and an
//! image's alt text is read ahead to its end; nothing else is held back.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use pulldown_cmark::{
    Alignment, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd,
};

use super::elements::{Attr, Attrs, El};
use super::html_text::HtmlText;
use super::ids::IdAllocator;
use super::sink::{Sink, Target};
use super::{BodyOptions, Env, PreparedBody, RawHtml, sanitize_html};
use crate::sanitize::guard::{self, HtmlVerdict};

/// pulldown-cmark options for a body.
fn parser_options(opts: &BodyOptions) -> Options {
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

/// Prepares a Markdown body.
///
/// Bodies that cannot hold raw HTML stream from the parser to the writer. Bodies that might
/// are parsed once into a buffer of events, which says whether raw HTML is really there
/// before anything is written.
pub(super) fn prepare(source: &str, env: &Env<'_>) -> PreparedBody {
    let parser = Parser::new_ext(source, parser_options(env.opts));
    if env.opts.raw_html != RawHtml::Sanitize || !may_hold_html(source) {
        let mut sink = Sink::new(env, source.len(), env.opts.allow_data_images);
        if Reader::new(parser, env.opts, &mut sink).run() {
            return sink.finish();
        }
        // Unreachable: every raw HTML event starts with what `may_hold_html` looks for. Kept
        // so that a parser change can only cost time, never safety.
        let parser = Parser::new_ext(source, parser_options(env.opts));
        return with_raw_html(source, parser, env);
    }
    let events: Vec<Event<'_>> = parser.collect();
    if events
        .iter()
        .any(|ev| matches!(ev, Event::Html(_) | Event::InlineHtml(_)))
    {
        return with_raw_html(source, events.into_iter(), env);
    }
    let mut sink = Sink::new(env, source.len(), env.opts.allow_data_images);
    Reader::new(events.into_iter(), env.opts, &mut sink).run();
    sink.finish()
}

/// A body holding raw HTML to sanitize: Markdown's elements and the raw HTML as one HTML
/// fragment, parsed and walked once.
fn with_raw_html<'a>(
    source: &str,
    events: impl Iterator<Item = Event<'a>>,
    env: &Env<'_>,
) -> PreparedBody {
    let mut html = HtmlText(String::with_capacity(source.len() + source.len() / 4));
    Reader::new(events, env.opts, &mut html).run();
    if let HtmlVerdict::Parse(html) = guard::html(&html.0) {
        return sanitize_html(&html, env);
    }
    // Too costly for the HTML parser (the guard refused it): the raw HTML is shown as text.
    let mut escape = env.opts.clone();
    escape.raw_html = RawHtml::Escape;
    let env = Env {
        opts: &escape,
        ..env.clone()
    };
    let mut sink = Sink::new(&env, source.len(), escape.allow_data_images);
    Reader::new(
        Parser::new_ext(source, parser_options(&escape)),
        &escape,
        &mut sink,
    )
    .run();
    sink.finish()
}

/// A Markdown link's attributes; an e-mail autolink's address becomes a `mailto:` URL,
/// written into `mailto`.
pub(super) fn link_attrs<'x>(
    link_type: LinkType,
    dest: &'x str,
    title: &'x str,
    mailto: &'x mut String,
) -> Attrs<'x> {
    let href = if link_type == LinkType::Email {
        mailto.push_str("mailto:");
        mailto.push_str(dest);
        mailto.as_str()
    } else {
        dest
    };
    let mut attrs = Attrs::NONE.with(Attr::Href, href);
    if !title.is_empty() {
        attrs.set(Attr::Title, title);
    }
    attrs
}

/// Table state: the alignments and where the reader is.
#[derive(Debug, Default)]
struct Table {
    alignments: Vec<Alignment>,
    in_head: bool,
    body_open: bool,
    cell: usize,
}

struct Reader<'a, 't, I, T> {
    events: I,
    pushback: Option<Event<'a>>,
    target: &'t mut T,
    raw_html: RawHtml,
    heading_attributes: bool,
    /// Footnote label → number (from 1).
    footnotes: BTreeMap<String, usize>,
    /// Each footnote's `#` and name, by number (names are unique among footnotes).
    footnote_hrefs: Vec<String>,
    /// Hands out the footnote names.
    names: IdAllocator,
    table: Table,
    /// A buffer for numbers.
    number: String,
    /// A buffer for a code block's class.
    class: String,
}

impl<'a, 't, I: Iterator<Item = Event<'a>>, T: Target> Reader<'a, 't, I, T> {
    fn new(events: I, opts: &BodyOptions, target: &'t mut T) -> Self {
        Reader {
            events,
            pushback: None,
            target,
            raw_html: opts.raw_html,
            heading_attributes: opts.heading_attributes,
            footnotes: BTreeMap::new(),
            footnote_hrefs: Vec::new(),
            names: IdAllocator::new("#"),
            table: Table::default(),
            number: String::new(),
            class: String::new(),
        }
    }

    /// Reads every event. `false` when raw HTML under [`RawHtml::Sanitize`] met a target that
    /// cannot keep it (the output is then partial).
    fn run(mut self) -> bool {
        while let Some(ev) = self.pull() {
            if !self.event(ev) {
                return false;
            }
        }
        true
    }

    fn pull(&mut self) -> Option<Event<'a>> {
        self.pushback.take().or_else(|| self.events.next())
    }

    fn event(&mut self, ev: Event<'a>) -> bool {
        match ev {
            // Deref once: a short (inlined) `CowStr` re-checks its UTF-8 on every deref.
            Event::Text(t) => self.target.text(&t),
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::SoftBreak => self.target.soft_break(),
            Event::HardBreak => {
                self.target.start(El::Br, &Attrs::NONE);
                self.target.soft_break();
            }
            Event::Code(t) => {
                self.target.start(El::Code, &Attrs::NONE);
                self.target.text(&t);
                self.target.end(El::Code);
            }
            // Math is not enabled; were it ever, it reads as text.
            Event::InlineMath(t) | Event::DisplayMath(t) => self.target.text(&t),
            Event::Html(html) | Event::InlineHtml(html) => match self.raw_html {
                RawHtml::Escape => self.target.text(&html),
                RawHtml::Strip => {}
                RawHtml::Sanitize => return self.target.raw_html(&html),
            },
            Event::FootnoteReference(label) => {
                let n = self.footnote(label);
                let href = self.footnote_hrefs.get(n - 1).map_or("#", String::as_str);
                let class = Attrs::one(Attr::Class, "footnote-reference");
                self.target.start(El::Sup, &class);
                self.target.start(El::A, &Attrs::one(Attr::Href, href));
                self.target.text(&self.number);
                self.target.end(El::A);
                self.target.end(El::Sup);
            }
            Event::Rule => self.target.start(El::Hr, &Attrs::NONE),
            // A ballot box character instead of pulldown-cmark's `<input>`: no form control
            // without a label in the page.
            Event::TaskListMarker(done) => self.target.text(if done { "☑ " } else { "☐ " }),
        }
        true
    }

    fn start(&mut self, tag: Tag<'a>) {
        // Each arm names its element, so the writer's inlined code for it folds to its tag.
        match tag {
            Tag::Paragraph => self.paragraph(),
            Tag::Heading { level, id, .. } => {
                let el = El::heading(level as u8);
                match id.as_deref().filter(|_| self.heading_attributes) {
                    Some(id) => self.target.start(el, &Attrs::one(Attr::Id, id)),
                    None => self.target.start(el, &Attrs::NONE),
                }
            }
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                let mut mailto = String::new();
                let attrs = link_attrs(link_type, &dest_url, &title, &mut mailto);
                self.target.start(El::A, &attrs);
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                let alt = self.collect_alt();
                self.image(&dest_url, &title, &alt);
            }
            Tag::FootnoteDefinition(label) => {
                let n = self.footnote(label);
                let href = self.footnote_hrefs.get(n - 1).map_or("#", String::as_str);
                let name = href.get(1..).unwrap_or_default();
                let attrs = Attrs::NONE
                    .with(Attr::Class, "footnote-definition")
                    .with(Attr::Id, name);
                self.target.start(El::Div, &attrs);
                let label = Attrs::NONE.with(Attr::Class, "footnote-definition-label");
                self.target.start(El::Sup, &label);
                self.target.text(&self.number);
                self.target.end(El::Sup);
            }
            // Escaped raw HTML blocks read as paragraphs of text.
            Tag::HtmlBlock if self.raw_html == RawHtml::Escape => {
                self.target.start(El::P, &Attrs::NONE)
            }
            Tag::HtmlBlock | Tag::MetadataBlock(_) => {}
            Tag::CodeBlock(kind) => {
                self.target.start(El::Pre, &Attrs::NONE);
                let lang = match &kind {
                    CodeBlockKind::Fenced(info) => info.split_ascii_whitespace().next(),
                    CodeBlockKind::Indented => None,
                };
                match lang {
                    Some(lang) => {
                        self.class.clear();
                        self.class.push_str("language-");
                        self.class.push_str(lang);
                        self.target
                            .start(El::Code, &Attrs::one(Attr::Class, &self.class));
                    }
                    None => self.target.start(El::Code, &Attrs::NONE),
                }
            }
            Tag::List(Some(start)) if start != 1 => {
                let _ = write!(self.number_buf(), "{start}");
                let attrs = Attrs::NONE.with(Attr::Start, &self.number);
                self.target.start(El::Ol, &attrs);
            }
            Tag::List(Some(_)) => self.target.start(El::Ol, &Attrs::NONE),
            Tag::List(None) => self.target.start(El::Ul, &Attrs::NONE),
            Tag::Item => self.target.start(El::Li, &Attrs::NONE),
            Tag::BlockQuote(_) => self.target.start(El::Blockquote, &Attrs::NONE),
            Tag::Table(alignments) => {
                self.table = Table {
                    alignments,
                    ..Table::default()
                };
                self.target.start(El::Table, &Attrs::NONE);
            }
            Tag::TableHead => {
                self.table.in_head = true;
                self.table.cell = 0;
                self.target.start(El::Thead, &Attrs::NONE);
                self.target.start(El::Tr, &Attrs::NONE);
            }
            Tag::TableRow => {
                self.table.cell = 0;
                if !self.table.body_open {
                    self.table.body_open = true;
                    self.target.start(El::Tbody, &Attrs::NONE);
                }
                self.target.start(El::Tr, &Attrs::NONE);
            }
            Tag::TableCell => {
                static LEFT: Attrs<'static> = Attrs::one(Attr::Style, "text-align: left");
                static CENTER: Attrs<'static> = Attrs::one(Attr::Style, "text-align: center");
                static RIGHT: Attrs<'static> = Attrs::one(Attr::Style, "text-align: right");
                let attrs = match self.table.alignments.get(self.table.cell) {
                    Some(Alignment::Left) => &LEFT,
                    Some(Alignment::Center) => &CENTER,
                    Some(Alignment::Right) => &RIGHT,
                    _ => &Attrs::NONE,
                };
                let el = if self.table.in_head { El::Th } else { El::Td };
                self.target.start(el, attrs);
            }
            Tag::Emphasis => self.target.start(El::Em, &Attrs::NONE),
            Tag::Strong => self.target.start(El::Strong, &Attrs::NONE),
            Tag::Strikethrough => self.target.start(El::Del, &Attrs::NONE),
            Tag::Superscript => self.target.start(El::Sup, &Attrs::NONE),
            Tag::Subscript => self.target.start(El::Sub, &Attrs::NONE),
            Tag::DefinitionList => self.target.start(El::Dl, &Attrs::NONE),
            Tag::DefinitionListTitle => self.target.start(El::Dt, &Attrs::NONE),
            Tag::DefinitionListDefinition => self.target.start(El::Dd, &Attrs::NONE),
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Paragraph => self.target.end(El::P),
            TagEnd::Heading(level) => self.target.end(El::heading(level as u8)),
            TagEnd::Link => self.target.end(El::A),
            TagEnd::Image => {}
            TagEnd::FootnoteDefinition => self.target.end(El::Div),
            TagEnd::HtmlBlock if self.raw_html == RawHtml::Escape => self.target.end(El::P),
            TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {}
            TagEnd::CodeBlock => {
                self.target.end(El::Code);
                self.target.end(El::Pre);
            }
            TagEnd::List(true) => self.target.end(El::Ol),
            TagEnd::List(false) => self.target.end(El::Ul),
            TagEnd::Item => self.target.end(El::Li),
            TagEnd::BlockQuote(_) => self.target.end(El::Blockquote),
            TagEnd::Table => {
                if self.table.body_open {
                    self.target.end(El::Tbody);
                }
                self.target.end(El::Table);
            }
            TagEnd::TableHead => {
                self.table.in_head = false;
                self.target.end(El::Tr);
                self.target.end(El::Thead);
            }
            TagEnd::TableRow => self.target.end(El::Tr),
            TagEnd::TableCell => {
                self.table.cell += 1;
                let el = if self.table.in_head { El::Th } else { El::Td };
                self.target.end(el);
            }
            TagEnd::Emphasis => self.target.end(El::Em),
            TagEnd::Strong => self.target.end(El::Strong),
            TagEnd::Strikethrough => self.target.end(El::Del),
            TagEnd::Superscript => self.target.end(El::Sup),
            TagEnd::Subscript => self.target.end(El::Sub),
            TagEnd::DefinitionList => self.target.end(El::Dl),
            TagEnd::DefinitionListTitle => self.target.end(El::Dt),
            TagEnd::DefinitionListDefinition => self.target.end(El::Dd),
        }
    }

    /// After `Start(Paragraph)`: an image with a title alone in the paragraph is a figure,
    /// its title the caption; anything else goes on as a paragraph.
    fn paragraph(&mut self) {
        match self.pull() {
            Some(Event::Start(Tag::Image {
                dest_url, title, ..
            })) if !title.is_empty() => {
                let alt = self.collect_alt();
                let after = self.pull();
                if matches!(after, Some(Event::End(TagEnd::Paragraph))) {
                    self.target.start(El::Figure, &Attrs::NONE);
                    self.image(&dest_url, "", &alt);
                    self.target.start(El::Figcaption, &Attrs::NONE);
                    self.target.text(&title);
                    self.target.end(El::Figcaption);
                    self.target.end(El::Figure);
                } else {
                    self.target.start(El::P, &Attrs::NONE);
                    self.image(&dest_url, &title, &alt);
                    self.pushback = after;
                }
            }
            next => {
                self.target.start(El::P, &Attrs::NONE);
                self.pushback = next;
            }
        }
    }

    fn image(&mut self, src: &str, title: &str, alt: &str) {
        // An empty alt text is no alt text given (Markdown cannot tell them apart): the
        // writer writes `alt=""` and notes the image for the lint.
        let mut attrs = Attrs::one(Attr::Src, src);
        if !alt.is_empty() {
            attrs.set(Attr::Alt, alt);
        }
        if !title.is_empty() {
            attrs.set(Attr::Title, title);
        }
        self.target.start(El::Img, &attrs);
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

    /// The number buffer, cleared.
    fn number_buf(&mut self) -> &mut String {
        self.number.clear();
        &mut self.number
    }

    /// The footnote `label`'s number, its `#name` in `footnote_hrefs` (`name`:
    /// `fn-{slug of label}`, unique among the body's footnotes; the writer claims its id);
    /// the number is also left in `self.number`.
    fn footnote(&mut self, label: CowStr<'a>) -> usize {
        let n = match self.footnotes.get(&*label) {
            Some(&n) => n,
            None => {
                let n = self.footnotes.len() + 1;
                // `names` has the prefix `#`: its ids are the hrefs.
                let href = self.names.claim(&IdAllocator::footnote_base(&label, n));
                self.footnote_hrefs.push(href);
                self.footnotes.insert(label.into_string(), n);
                n
            }
        };
        let _ = write!(self.number_buf(), "{n}");
        n
    }
}
