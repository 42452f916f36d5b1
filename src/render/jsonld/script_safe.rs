//! JSON that is safe inside a `<script>` element, written as it is serialized.
//!
//! serde_json writes valid JSON but leaves `<`, `>`, `&`, U+2028 and U+2029 as they are, so a
//! string holding `</script>` or `<!--` would end the script element or change how the HTML
//! tokenizer reads it. [`ScriptSafe`] wraps a serde_json formatter and writes each of those
//! characters as a JSON `\uXXXX` escape while it writes string fragments (keys included).
//! They can only occur inside JSON strings, so the result is the same JSON value, and no HTML
//! entity ever enters the data.
//!
//! serde_json writes to [`io::Write`]; [`AppendUtf8`] appends to a `String` and checks only
//! the bytes it appends, so writing into a large page buffer costs nothing for what the
//! buffer already holds.

use std::io;

use serde_json::ser::Formatter;

/// The escape of a character that must not appear raw in script text, if it is one.
/// `bytes[i]` starts a character; returns the escape and the character's length.
fn escape_at(bytes: &[u8], i: usize) -> Option<(&'static str, usize)> {
    match bytes[i] {
        b'<' => Some(("\\u003c", 1)),
        b'>' => Some(("\\u003e", 1)),
        b'&' => Some(("\\u0026", 1)),
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0xA8) => Some(("\\u2028", 3)),
            Some(0xA9) => Some(("\\u2029", 3)),
            _ => None,
        },
        _ => None,
    }
}

/// Passes `text` to `sink` in pieces, with `<`, `>`, `&`, U+2028 and U+2029 replaced by their
/// `\uXXXX` escapes. Every piece is whole characters.
pub(crate) fn write_escaped<E>(
    text: &str,
    mut sink: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match escape_at(bytes, i) {
            Some((escape, len)) => {
                if start < i {
                    sink(&text[start..i])?;
                }
                sink(escape)?;
                i += len;
                start = i;
            }
            None => i += 1,
        }
    }
    if start < bytes.len() {
        sink(&text[start..])?;
    }
    Ok(())
}

/// A serde_json [`Formatter`] that writes like `F` except that string fragments are escaped
/// for `<script>` (see the module docs).
#[derive(Debug, Clone)]
pub(crate) struct ScriptSafe<F>(pub(crate) F);

impl<F: Formatter> Formatter for ScriptSafe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        write_escaped(fragment, |piece| writer.write_all(piece.as_bytes()))
    }

    // Layout is `F`'s (compact or pretty): forward every method a layout overrides.
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// An [`io::Write`] that appends to a `String`. Each write must be whole UTF-8 characters
/// (serde_json's always are: it splits strings only at ASCII escapes, and [`ScriptSafe`] only
/// at whole characters); only the appended bytes are checked.
#[derive(Debug)]
pub(crate) struct AppendUtf8<'a>(pub(crate) &'a mut String);

impl io::Write for AppendUtf8<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let text =
            std::str::from_utf8(buf).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        self.0.push_str(text);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::ser::{CompactFormatter, PrettyFormatter};

    fn compact<T: Serialize>(value: &T) -> String {
        let mut out = String::new();
        let mut ser = serde_json::Serializer::with_formatter(
            AppendUtf8(&mut out),
            ScriptSafe(CompactFormatter),
        );
        value.serialize(&mut ser).unwrap();
        out
    }

    #[test]
    fn escapes_values_and_keys() {
        // U+2027 and U+202A share U+2028's first two bytes and stay as they are.
        let value = "<!--&\u{2028}\u{2029}\"\\\n é ∀ \u{2027}\u{202A}";
        let mut map = std::collections::BTreeMap::new();
        map.insert("</script>", value);
        assert_eq!(
            compact(&map),
            "{\"\\u003c/script\\u003e\":\"\\u003c!--\\u0026\\u2028\\u2029\\\"\\\\\\n é ∀ \u{2027}\u{202A}\"}"
        );
    }

    #[test]
    fn pretty_layout_is_kept() {
        let value = serde_json::json!({"a": ["<", 1]});
        let mut out = String::new();
        let mut ser = serde_json::Serializer::with_formatter(
            AppendUtf8(&mut out),
            ScriptSafe(PrettyFormatter::new()),
        );
        value.serialize(&mut ser).unwrap();
        assert_eq!(out, "{\n  \"a\": [\n    \"\\u003c\",\n    1\n  ]\n}");
    }

    #[test]
    fn a_split_character_is_an_error_not_a_panic() {
        let mut out = String::from("kept");
        let err = io::Write::write_all(&mut AppendUtf8(&mut out), &"é".as_bytes()[..1]);
        assert_eq!(err.unwrap_err().kind(), io::ErrorKind::InvalidData);
        assert_eq!(out, "kept");
    }

    #[test]
    fn escaped_text_parses_back_to_the_original() {
        let original = "a<b>c&d\u{2028}e\u{2029}f</script><!--";
        let json = serde_json::to_string(original).unwrap();
        let mut safe = String::new();
        write_escaped(&json, |p| {
            safe.push_str(p);
            Ok::<(), ()>(())
        })
        .unwrap();
        assert!(!safe.contains(['<', '>', '&', '\u{2028}', '\u{2029}']));
        assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), original);
    }
}
