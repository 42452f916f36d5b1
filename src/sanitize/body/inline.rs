//! Inline Markdown for short answers (quick answers, FAQ): emphasis, strong, strikethrough,
//! code and links only — links through the same URL allow-list and external-link policy as
//! the body. Block structure is flattened to text (blocks joined by a space), images leave
//! their alt text, raw HTML is shown as text, and nothing is wrapped in `<p>`.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::escape_html_body_text;

use super::Env;
use super::ids::IdAllocator;
use super::markdown::write_link_start;

/// Renders `text` into inline HTML.
pub(super) fn render(text: &str, env: &Env<'_>) -> String {
    let mut options = Options::ENABLE_STRIKETHROUGH;
    if env.opts.smart_punctuation {
        options |= Options::ENABLE_SMART_PUNCTUATION;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    // One entry per open link: was its `<a>` written?
    let mut links: Vec<bool> = Vec::new();
    let mut pending_space = false;
    // In-page links (`#section`) follow the body's id prefix.
    let ids = IdAllocator::new(&env.id_prefix);
    for ev in Parser::new_ext(text, options) {
        let content = matches!(
            ev,
            Event::Text(_)
                | Event::Code(_)
                | Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. })
        );
        if content && pending_space {
            if !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
        }
        match ev {
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                let _ = escape_html_body_text(&mut out, &t);
            }
            Event::Code(t) => {
                out.push_str("<code>");
                let _ = escape_html_body_text(&mut out, &t);
                out.push_str("</code>");
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("<br>"),
            Event::Start(Tag::Emphasis) => out.push_str("<em>"),
            Event::End(TagEnd::Emphasis) => out.push_str("</em>"),
            Event::Start(Tag::Strong) => out.push_str("<strong>"),
            Event::End(TagEnd::Strong) => out.push_str("</strong>"),
            Event::Start(Tag::Strikethrough) => out.push_str("<del>"),
            Event::End(TagEnd::Strikethrough) => out.push_str("</del>"),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => links.push(write_link_start(
                &mut out,
                link_type,
                &dest_url,
                &title,
                env,
                Some(&ids),
            )),
            Event::End(TagEnd::Link) => close_link(&mut links, &mut out),
            // Images: their alt text arrives as Text events; the tags are dropped.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            // Any block boundary becomes one space between words.
            Event::Start(_) | Event::End(_) | Event::Rule => pending_space = true,
            _ => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Closes a link if its `<a>` was written.
fn close_link(links: &mut Vec<bool>, out: &mut String) {
    if links.pop() == Some(true) {
        out.push_str("</a>");
    }
}
