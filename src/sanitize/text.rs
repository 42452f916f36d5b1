//! The one text sanitizer for plain-text fields (headline, labels, questions, names …).
//!
//! Plain text is escaped later by maud (HTML) and serde_json (JSON-LD); this module only makes
//! the *characters* safe and tidy: trimmed, inner whitespace collapsed, control characters and
//! bidi overrides removed, and a text with nothing visible left (only zero-width characters,
//! Hangul fillers, a blank braille pattern …) made empty. In [`TextMode::Html`] (CMS input) it
//! first strips tags and decodes entities with html5ever (through ammonia), so `Canada&#8217;s`
//! becomes `Canada’s` and no entity ever reaches the page as text.
//!
//! Every plain text that reaches the page, the head tags or the JSON-LD passes here: the
//! input's text fields at validation, and text taken from the body (an image's alt text) when
//! the page uses it.

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
/// The result is empty when nothing visible remains, so a "required" text of zero-width
/// spaces counts as missing. Invisible characters between visible ones stay: a zero-width
/// joiner inside an emoji sequence or a non-joiner in Persian text carries meaning.
///
/// ```
/// use newsclip::sanitize::{clean_text, TextMode};
///
/// assert_eq!(clean_text("  Data \t breach\u{202E} ", TextMode::Plain), "Data breach");
/// assert_eq!(clean_text("Canada&#8217;s <b>lead</b>", TextMode::Html), "Canada’s lead");
/// assert_eq!(clean_text("Canada&#8217;s", TextMode::Plain), "Canada&#8217;s");
/// // Nothing visible: a zero-width space, a word joiner, a Hangul filler.
/// assert_eq!(clean_text("\u{200B} \u{2060}\u{3164}", TextMode::Plain), "");
/// ```
pub fn clean_text(input: &str, mode: TextMode) -> String {
    let cleaned = match mode {
        TextMode::Plain => collapse(input),
        TextMode::Html if !input.contains(['<', '&']) => collapse(input),
        TextMode::Html => {
            let stripped = TAG_STRIPPER.clean(input).to_string();
            collapse(&unescape_serialized(&stripped))
        }
    };
    if has_visible(&cleaned) {
        cleaned
    } else {
        String::new()
    }
}

/// True when `text` holds at least one character that shows: anything but whitespace,
/// controls, default-ignorable code points and blank glyphs ([`is_invisible`]).
pub(crate) fn has_visible(text: &str) -> bool {
    text.chars().any(|c| !is_invisible(c))
}

/// Characters that draw nothing: Unicode White_Space, controls, the Default_Ignorable_Code_Point
/// set (zero-width spaces and joiners, bidi and invisible operators, variation selectors,
/// Hangul fillers U+115F, U+1160, U+3164, U+FFA0, tag characters …), the interlinear
/// annotation and Egyptian format controls, and blank glyphs: U+2800 BRAILLE PATTERN BLANK.
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            // Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 16).
            '\u{AD}' | '\u{34F}' | '\u{61C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
            // Format controls outside that set that draw nothing on their own.
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{13430}'..='\u{1343F}'
            // A blank glyph, popular for "empty" names.
            | '\u{2800}')
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
    // Most texts are tidy already (and text taken from the body always is): checking is
    // cheaper than rebuilding.
    if is_collapsed(input) {
        return input.to_owned();
    }
    rebuild_collapsed(input)
}

/// [`collapse`] character by character.
fn rebuild_collapsed(input: &str) -> String {
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

/// Whether [`collapse`] would return `input` unchanged: nothing removed, and no whitespace
/// but single spaces between other characters.
fn is_collapsed(input: &str) -> bool {
    // A leading space counts as doubled.
    let mut after_space = true;
    for c in input.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if is_removed_char(c) || is_collapsible_space(c) {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || input.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn is_collapsed_says_whether_collapse_changes_the_text(
            s in "([ a\t\n\r\u{0}\u{7f}\u{85}\u{a0}\u{2007}\u{202e}\u{2066}\u{feff}\u{3000}é…]|[a-z]{1,5}){0,12}"
        ) {
            proptest::prop_assert_eq!(is_collapsed(&s), rebuild_collapsed(&s) == s);
        }
    }

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
        assert_eq!(clean_text("&#8203;<b>\u{3164}</b>", TextMode::Html), "");
    }

    /// Each row: a text, and whether anything of it shows.
    #[test]
    fn visibility_table() {
        let rows: &[(&str, bool)] = &[
            ("", false),
            (" \t\n\u{A0}\u{3000}", false),
            ("\u{200B}", false),           // zero width space
            ("\u{200C}\u{200D}", false),   // ZWNJ, ZWJ
            ("\u{200E}\u{200F}", false),   // LRM, RLM
            ("\u{2060}", false),           // word joiner
            ("\u{2062}\u{2064}", false),   // invisible times, invisible plus
            ("\u{FEFF}", false),           // BOM
            ("\u{AD}", false),             // soft hyphen
            ("\u{34F}", false),            // combining grapheme joiner
            ("\u{180E}", false),           // Mongolian vowel separator
            ("\u{3164}", false),           // Hangul filler
            ("\u{115F}\u{1160}", false),   // Hangul choseong and jungseong fillers
            ("\u{FFA0}", false),           // halfwidth Hangul filler
            ("\u{2800}", false),           // braille pattern blank
            ("\u{FE0F}", false),           // variation selector 16 alone
            ("\u{E0041}\u{E007F}", false), // tag characters
            ("\u{1D173}", false),          // musical symbol begin beam
            ("\u{0}\u{7F}\u{9F}", false),  // controls
            ("a", true),
            ("\u{200B}a\u{200B}", true),
            ("\u{2801}", true), // braille dots-1
            ("\u{301}", true),  // a combining accent draws (on a dotted circle)
            ("\u{1F469}\u{200D}\u{1F52C}", true),
            ("\u{E000}", true), // private use: the font decides
            ("ㅎ", true),
        ];
        for (text, visible) in rows {
            assert_eq!(has_visible(text), *visible, "{text:?}");
        }
    }

    /// The reference: Unicode's own property sets, as regex-syntax has them.
    fn reference_invisible() -> Vec<(char, char)> {
        let class = r"[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}\x{FFF9}-\x{FFFB}\x{13430}-\x{1343F}\x{2800}]";
        match regex_syntax::parse(class).map(|h| h.kind().clone()) {
            Ok(regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(c))) => {
                c.ranges().iter().map(|r| (r.start(), r.end())).collect()
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn invisible_matches_unicode_properties_everywhere() {
        let reference = reference_invisible();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = reference.iter().any(|&(a, b)| (a..=b).contains(&c));
            assert_eq!(is_invisible(c), expected, "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        /// Whatever the text, the cleaned result is empty exactly when nothing visible was in
        /// it after cleaning, and a non-empty result starts and ends with a non-space.
        #[test]
        fn cleaned_text_is_empty_or_visible(text in "[a\u{200B}\u{3164}\u{2800} \t\u{202E}\u{0}]{0,12}") {
            let cleaned = clean_text(&text, TextMode::Plain);
            let visible = text.chars().any(|c| !is_invisible(c));
            proptest::prop_assert_eq!(cleaned.is_empty(), !visible);
            proptest::prop_assert_eq!(cleaned.trim(), cleaned.as_str());
        }
    }
}
