//! Inline Markdown for short answers (quick answers, FAQ): emphasis, strong, strikethrough,
//! code and links only, written by the body's [`Sink`] — so links go through the same URL
//! allow-list, spelling and external-link policy as the body's. Block structure is flattened
//! to text (blocks joined by a space), images leave their alt text, raw HTML is shown as
//! text, and nothing is wrapped in `<p>`.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::Env;
use super::elements::{Attrs, El};
use super::markdown::link_attrs;
use super::sink::{Sink, Target};
use crate::sanitize::SafeHtml;

/// Renders `text` into inline HTML.
pub(super) fn render(text: &str, env: &Env<'_>) -> SafeHtml {
    let mut options = Options::ENABLE_STRIKETHROUGH;
    if env.opts.smart_punctuation {
        options |= Options::ENABLE_SMART_PUNCTUATION;
    }
    let mut sink = Sink::inline(env, text.len());
    let mut pending_space = false;
    // Whether anything was written yet (a space is owed only between content).
    let mut written = false;
    for ev in Parser::new_ext(text, options) {
        let content = matches!(
            ev,
            Event::Text(_)
                | Event::Code(_)
                | Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. })
        );
        if content {
            if pending_space && written {
                sink.text(" ");
            }
            pending_space = false;
            written = true;
        }
        let inline = |tag: &TagEnd| match tag {
            TagEnd::Emphasis => Some(El::Em),
            TagEnd::Strong => Some(El::Strong),
            TagEnd::Strikethrough => Some(El::Del),
            TagEnd::Link => Some(El::A),
            _ => None,
        };
        match ev {
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => sink.text(&t),
            Event::Code(t) => {
                sink.start(El::Code, &Attrs::NONE);
                sink.text(&t);
                sink.end(El::Code);
            }
            Event::SoftBreak => sink.text(" "),
            Event::HardBreak => sink.start(El::Br, &Attrs::NONE),
            Event::Start(Tag::Emphasis) => sink.start(El::Em, &Attrs::NONE),
            Event::Start(Tag::Strong) => sink.start(El::Strong, &Attrs::NONE),
            Event::Start(Tag::Strikethrough) => sink.start(El::Del, &Attrs::NONE),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                let mut mailto = String::new();
                sink.start(
                    El::A,
                    &link_attrs(link_type, &dest_url, &title, &mut mailto),
                );
            }
            Event::End(end) if inline(&end).is_some() => {
                if let Some(el) = inline(&end) {
                    sink.end(el);
                }
            }
            // Images: their alt text arrives as Text events; the tags are dropped.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            // Any block boundary becomes one space between words.
            Event::Start(_) | Event::End(_) | Event::Rule => pending_space = true,
            _ => {}
        }
    }
    sink.finish_inline()
}
