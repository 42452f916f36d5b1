//! The one text sanitizer for plain-text fields (headline, labels, questions, names …).
//!
//! Plain text is escaped later by maud (HTML) and serde_json (JSON-LD); this module only makes
//! the *characters* safe and tidy: trimmed, inner whitespace collapsed, control characters and
//! bidi overrides removed. In [`TextMode::Html`] (CMS input) it first strips tags and decodes
//! entities with html5ever (through ammonia), so `Canada&#8217;s` becomes `Canada’s` and no
//! entity ever reaches the page as text.

use std::borrow::Cow;
use std::sync::LazyLock;

/// How plain-text fields of the input are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum TextMode {
    /// Text is text: `<b>` stays the four characters `<b>` (escaped on output).
    #[default]
    Plain,
    /// Text comes from a CMS that stores HTML in text fields: tags are stripped (the content
    /// of `script` and `style` is dropped) and entities decoded before cleaning.
    Html,
}

/// Strips every tag; keeps text content; drops script/style content.
static TAG_STRIPPER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(ammonia::Builder::empty);

/// Cleans one plain-text field. See the module docs for what that means.
///
/// ```
/// use newsclip::sanitize::{clean_text, TextMode};
///
/// assert_eq!(clean_text("  Data \t breach\u{202E} ", TextMode::Plain), "Data breach");
/// assert_eq!(clean_text("Canada&#8217;s <b>lead</b>", TextMode::Html), "Canada’s lead");
/// assert_eq!(clean_text("Canada&#8217;s", TextMode::Plain), "Canada&#8217;s");
/// ```
pub fn clean_text(input: &str, mode: TextMode) -> String {
    match mode {
        TextMode::Plain => collapse(input),
        TextMode::Html => {
            if !input.contains(['<', '&']) {
                return collapse(input);
            }
            let stripped = TAG_STRIPPER.clean(input).to_string();
            collapse(&unescape_serialized(&stripped))
        }
    }
}

/// Undoes html5ever's serializer escaping (`&amp; &lt; &gt; &quot; &nbsp;`, exactly what it
/// writes in text and attribute values) to get the text back.
pub(crate) fn unescape_serialized(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (ch, len) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&nbsp;", '\u{a0}'),
        ]
        .iter()
        .find(|(entity, _)| rest.starts_with(entity))
        .map_or(('&', 1), |(entity, c)| (*c, entity.len()));
        out.push(ch);
        rest = &rest[len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Characters removed outright: controls, bidi embeddings/overrides/isolates, BOM.
pub(crate) fn is_removed_char(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Non-breaking spaces carry meaning ("4 000", "10 %") and are kept as they are.
fn is_collapsible_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}')
}

fn collapse(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.chars() {
        if is_removed_char(c) {
            continue;
        }
        if is_collapsible_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_and_strips() {
        assert_eq!(
            clean_text("\u{feff} a\n\n b\u{0}c ", TextMode::Plain),
            "a bc"
        );
        assert_eq!(clean_text("a\u{2066}b\u{2069}", TextMode::Plain), "ab");
        assert_eq!(clean_text("4\u{a0}000", TextMode::Plain), "4\u{a0}000");
    }

    #[test]
    fn html_mode_decodes_and_strips() {
        assert_eq!(
            clean_text(
                "AT&amp;T &lt;b&gt; <script>x()</script>caf&eacute;",
                TextMode::Html
            ),
            "AT&T <b> café"
        );
        assert_eq!(clean_text("a&nbsp;b", TextMode::Html), "a\u{a0}b");
        assert_eq!(clean_text("&amp;amp;", TextMode::Html), "&amp;");
    }
}
