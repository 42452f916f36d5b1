//! Inline Markdown for short answers (quick answers, FAQ): emphasis, strong, strikethrough,
//! code and links only, written by the body's [`Sink`] — so links go through the same URL
//! allow-list, spelling and external-link policy as the body's. Block structure is flattened
//! to text (blocks joined by a space), images leave their alt text, raw HTML is shown as
//! text, and nothing is wrapped in `<p>`.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use wide::u8x16;

use super::Env;
use super::elements::{Attrs, El};
use super::markdown::link_attrs;
use super::sink::{Sink, Target};
use crate::sanitize::SafeHtml;

/// The bytes that make text more than plain for [`plain`]: inline markup, quotes smart
/// punctuation curls, and line breaks.
static MARKUP: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < MARKUP_BYTES.len() {
        table[MARKUP_BYTES[i] as usize] = true;
        i += 1;
    }
    table
};

/// `text` as it is, when it holds nothing the inline Markdown parser would read as markup,
/// punctuation to curl, or a character to escape: most answers are plain sentences, and
/// those need no parser. `None` sends the text through [`render`].
///
/// Plain means: one line, no leading or trailing whitespace, starting with a letter or
/// digit (not a `1.`/`1)` list marker), without `\` `` ` `` `*` `_` `~` `[` `]` `<` `>` `&` `'`
/// `"`, and without `--` or `..` (dashes and ellipses under smart punctuation). A property
/// test checks that the result is then exactly what [`render`] writes.
pub(super) fn plain(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let first = text.chars().next()?;
    if !first.is_alphanumeric() {
        return None;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')')) {
        return None;
    }
    let plain = !has_markup(bytes) && !text.ends_with(char::is_whitespace);
    plain.then_some(text)
}

/// The bytes that make text more than plain ([`MARKUP`] as a list, for [`has_markup`]'s
/// vector compares).
const MARKUP_BYTES: &[u8] = b"\\`*_~[]<>&'\"\t\n\r";

/// Whether `bytes` holds a byte of [`MARKUP`], or a `-` or `.` followed by the same: 16
/// bytes per step (each step also loads the 16 bytes one further on, for the pairs), the
/// rest one by one. Answers are sentences of about 100 bytes, all of them looked at.
fn has_markup(bytes: &[u8]) -> bool {
    let mut at = 0;
    while let Some(window) = bytes.get(at..at + 17) {
        let (Some(here), Some(next)) = (window.first_chunk::<16>(), window.last_chunk::<16>())
        else {
            break;
        };
        let v = u8x16::new(*here);
        let markup = MARKUP_BYTES
            .iter()
            .fold(u8x16::splat(0), |hits, &b| hits | v.cmp_eq(u8x16::splat(b)));
        let doubled = v.cmp_eq(u8x16::new(*next))
            & (v.cmp_eq(u8x16::splat(b'-')) | v.cmp_eq(u8x16::splat(b'.')));
        if (markup | doubled).move_mask() != 0 {
            return true;
        }
        at += 16;
    }
    // The pair across `at` was looked at with the last step.
    has_markup_bytewise(bytes.get(at..).unwrap_or_default())
}

/// [`has_markup`] one byte at a time.
fn has_markup_bytewise(bytes: &[u8]) -> bool {
    let mut previous = 0u8;
    for &b in bytes {
        if MARKUP[usize::from(b)] || (b == previous && matches!(b, b'-' | b'.')) {
            return true;
        }
        previous = b;
    }
    false
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RenderOptions;
    use proptest::prelude::*;

    fn full(text: &str) -> String {
        let options = RenderOptions::default();
        let site = url::Url::parse("https://newsclip.example/").expect("site");
        render(text, &super::super::Env::new(&options, &site)).into_string()
    }

    #[test]
    fn plain_sentences_skip_the_parser() {
        for text in [
            "Meta paused all engagements with Mercor due to a serious data breach.",
            "Über 1,000 contractors; 20% of projects (so far)? Yes: 3 of 4 + more #AI | x=y!",
            "2026 was the year",
            "数据泄露",
        ] {
            assert_eq!(plain(text), Some(text), "{text}");
            assert_eq!(full(text), text);
        }
        for text in [
            "1. A list",
            "3) A list",
            "- item",
            "# Heading",
            "Meta's",
            "a -- b",
            "wait...",
            "*em*",
            "a  ",
            " a",
            "line\nbreak",
            "<b>",
            "a & b",
        ] {
            assert_eq!(plain(text), None, "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// Whatever the text, the plain path writes exactly what the parser path writes.
        #[test]
        fn plain_path_agrees_with_the_parser(
            text in r#"[a-zA-Z0-9éß数 .,;:!?#+=|(){}%$^/@'"*_`~<>&\\\[\]\t\n-]{0,24}"#,
        ) {
            if let Some(p) = plain(&text) {
                prop_assert_eq!(p.to_string(), full(&text));
            }
        }

        /// The vector scan finds what the byte-by-byte one finds, at every position of
        /// texts long enough for it (pairs across the 16-byte steps included).
        #[test]
        fn markup_scan_as_bytewise(
            text in r"([a-z ]{0,20}|[-.]|[`*_~<>&'\\\[\]\t\n\r\x22]){0,12}",
        ) {
            prop_assert_eq!(has_markup(text.as_bytes()), has_markup_bytewise(text.as_bytes()));
        }

        /// The same over text built mostly of what the plain path accepts, so that it is
        /// taken often (list markers, headings, dashes and dots included).
        #[test]
        fn plain_path_agrees_on_nearly_plain_text(
            text in r"([a-z0-9 ,;:!?#+=|()]|[0-9]{1,3}[.)] |\.{1,3}|-{1,3}){1,16}",
        ) {
            if let Some(p) = plain(&text) {
                prop_assert_eq!(p.to_string(), full(&text));
            }
        }
    }
}
