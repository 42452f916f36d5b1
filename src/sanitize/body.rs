//! The article body: untrusted Markdown or HTML to safe HTML plus everything derived from it,
//! in one pass. (First cut: raw HTML is escaped; the full pipeline lands with the body issue.)

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::model::article::Body;
use crate::model::site::Site;
use crate::sanitize::SafeHtml;
use crate::sanitize::slug::slugify;

/// What to do with raw HTML in a Markdown body. HTML bodies are always sanitized (or escaped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RawHtml {
    /// Show it as text.
    Escape,
    /// Drop it.
    Strip,
    /// Keep what the allow-list allows (ammonia).
    #[default]
    Sanitize,
}

/// Options for preparing the body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BodyOptions {
    /// Curly quotes, dashes and ellipses. Default on.
    pub smart_punctuation: bool,
    /// `{#id .class}` on headings. Default off (untrusted input).
    pub heading_attributes: bool,
    /// Level a body `#` heading renders at. Default 2 (the headline is the h1).
    pub heading_base_level: u8,
    /// Prefix for every id the body emits. Default empty.
    pub id_prefix: String,
    /// Raw HTML policy.
    pub raw_html: RawHtml,
    /// `rel` on external links. Default `noopener noreferrer`.
    pub external_rel: String,
    /// `target="_blank"` on external links. Default off.
    pub external_target_blank: bool,
    /// Reading speed. Default 230 words per minute.
    pub words_per_minute: u32,
    /// Excerpt length in characters. Default 160.
    pub excerpt_chars: usize,
}

impl Default for BodyOptions {
    fn default() -> Self {
        BodyOptions {
            smart_punctuation: true,
            heading_attributes: false,
            heading_base_level: 2,
            id_prefix: String::new(),
            raw_html: RawHtml::default(),
            external_rel: "noopener noreferrer".into(),
            external_target_blank: false,
            words_per_minute: 230,
            excerpt_chars: 160,
        }
    }
}

/// A heading of the body, for a table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineEntry {
    /// The rendered level (2 for a body `#` with the default base level).
    pub level: u8,
    /// The element id (with any prefix).
    pub id: String,
    /// The heading's plain text.
    pub text: String,
    /// Deeper headings under this one.
    pub children: Vec<OutlineEntry>,
}

/// The first image of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyImage {
    /// Its URL as it appears in the body (already allow-listed).
    pub url: String,
    /// Its alt text.
    pub alt: String,
}

/// The body, parsed once: safe HTML and what the renderers derive from it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PreparedBody {
    html: SafeHtml,
    outline: Vec<OutlineEntry>,
    plain_text: String,
    word_count: usize,
    reading_minutes: u32,
    excerpt: String,
    first_image: Option<BodyImage>,
}

impl PreparedBody {
    /// The sanitized HTML.
    pub fn html(&self) -> &SafeHtml {
        &self.html
    }
    /// The heading outline (nested).
    pub fn outline(&self) -> &[OutlineEntry] {
        &self.outline
    }
    /// The text without markup.
    pub fn plain_text(&self) -> &str {
        &self.plain_text
    }
    /// Words (CJK characters count one each).
    pub fn word_count(&self) -> usize {
        self.word_count
    }
    /// Reading time in whole minutes, at least 1.
    pub fn reading_minutes(&self) -> u32 {
        self.reading_minutes
    }
    /// A plain-text excerpt cut at a word boundary.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }
    /// The first image.
    pub fn first_image(&self) -> Option<&BodyImage> {
        self.first_image.as_ref()
    }
}

/// Prepares a body.
pub fn prepare_body(body: &Body, _site: &Site, opts: &BodyOptions) -> PreparedBody {
    let mut flat: Vec<OutlineEntry> = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    let mut plain = String::new();
    let mut in_heading: Option<(usize, String)> = None;
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    if opts.smart_punctuation {
        options |= Options::ENABLE_SMART_PUNCTUATION;
    }
    let source = body.source();
    for ev in Parser::new_ext(source, options) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = Some((events.len(), String::new()));
                events.push(Event::Start(Tag::Heading {
                    level: shift(level, opts.heading_base_level),
                    id: None,
                    classes: vec![],
                    attrs: vec![],
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let new_level = shift(level, opts.heading_base_level);
                if let Some((i, text)) = in_heading.take() {
                    let base = slugify(&text);
                    let base = if base.is_empty() {
                        "section".to_string()
                    } else {
                        base
                    };
                    let mut id = format!("{}{}", opts.id_prefix, base);
                    let mut n = 1;
                    while taken.contains(&id) {
                        id = format!("{}{}-{}", opts.id_prefix, base, n);
                        n += 1;
                    }
                    taken.push(id.clone());
                    events[i] = Event::Start(Tag::Heading {
                        level: new_level,
                        id: Some(id.clone().into()),
                        classes: vec![],
                        attrs: vec![],
                    });
                    flat.push(OutlineEntry {
                        level: new_level as u8,
                        id,
                        text,
                        children: vec![],
                    });
                }
                events.push(Event::End(TagEnd::Heading(new_level)));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, h)) = in_heading.as_mut() {
                    h.push_str(&t);
                }
                plain.push_str(&t);
                events.push(Event::Text(t));
            }
            Event::Html(t) | Event::InlineHtml(t) => events.push(Event::Text(t)),
            Event::SoftBreak | Event::HardBreak => {
                plain.push(' ');
                events.push(ev);
            }
            Event::End(TagEnd::Paragraph) => {
                plain.push(' ');
                events.push(ev);
            }
            Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link) => {}
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            other => events.push(other),
        }
    }
    let mut out = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    let word_count = plain.split_whitespace().count();
    let plain_text = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let excerpt = plain_text.chars().take(opts.excerpt_chars).collect();
    PreparedBody {
        html: SafeHtml::from_sanitized(out),
        outline: nest(flat),
        plain_text,
        word_count,
        reading_minutes: (word_count as u32)
            .div_ceil(opts.words_per_minute.max(1))
            .max(1),
        excerpt,
        first_image: None,
    }
}

/// Renders an answer's inline Markdown to safe inline HTML.
pub fn render_inline_markdown(text: &str, _site: &Site, _opts: &BodyOptions) -> SafeHtml {
    let mut out = String::new();
    pulldown_cmark_escape_text(&mut out, text);
    SafeHtml::from_sanitized(out)
}

fn pulldown_cmark_escape_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn shift(level: HeadingLevel, base: u8) -> HeadingLevel {
    let n = (level as usize) + usize::from(base.clamp(1, 6)) - 1;
    HeadingLevel::try_from(n.min(6)).unwrap_or(HeadingLevel::H6)
}

fn nest(flat: Vec<OutlineEntry>) -> Vec<OutlineEntry> {
    let mut roots: Vec<OutlineEntry> = Vec::new();
    for e in flat {
        insert(&mut roots, e);
    }
    roots
}

fn insert(list: &mut Vec<OutlineEntry>, e: OutlineEntry) {
    match list.last_mut() {
        Some(last) if e.level > last.level => insert(&mut last.children, e),
        _ => list.push(e),
    }
}
