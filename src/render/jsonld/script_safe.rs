//! JSON that is safe inside a `<script>` element, written as it is serialized.
//!
//! serde_json writes valid JSON but leaves `<`, `>`, `&`, U+2028 and U+2029 as they are, so a
//! string holding `</script>` or `<!--` would end the script element or change how the HTML
//! tokenizer reads it. [`ScriptSafe`] wraps a serde_json formatter and writes each of those
//! characters as a JSON `\uXXXX` escape while it writes string fragments (keys included).
//! They can only occur inside JSON strings, so the result is the same JSON value, and no HTML
//! entity ever enters the data.
//!
//! serde_json writes to [`io::Write`]; [`append_utf8`] appends to a `String` and checks the
//! appended bytes once, never the whole of a large page buffer.

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

/// Bytes that may start a character to escape: `<`, `>`, `&`, and 0xE2 (U+2028 and U+2029
/// start with it, as do other characters).
static MAY_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'&' as usize] = true;
    table[0xE2] = true;
    table
};

/// Passes `text` to `sink` in pieces, with `<`, `>`, `&`, U+2028 and U+2029 replaced by their
/// `\uXXXX` escapes. Every piece is whole characters.
pub(crate) fn write_escaped<E>(
    text: &str,
    mut sink: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let bytes = text.as_bytes();
    // Most fragments hold none of the bytes that may need an escape: one vectorized search
    // for each pair, and the fragment goes out whole.
    if memchr::memchr3(b'<', b'>', b'&', bytes).is_none() && memchr::memchr(0xE2, bytes).is_none() {
        return sink(text);
    }
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !MAY_ESCAPE[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
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

/// Up to this many bytes already in the buffer, [`append_utf8`] writes in place and checks the
/// whole buffer once; above it, it writes to a scratch buffer and checks only that.
const IN_PLACE_LIMIT: usize = 8 * 1024;

/// Appends what `write` writes to `out` (serde_json writes to [`io::Write`]; a `String` is not
/// one). Returns false, with `out` as it was, when `write` fails or writes bytes that are not
/// UTF-8.
///
/// `String` can only take bytes through a UTF-8 check, so the check runs once over what is
/// appended: while `out` is small (a page's head when its JSON-LD is written), its bytes are
/// taken, written to in place and checked together, which allocates nothing more; once `out`
/// is large, the JSON is written to a scratch buffer sized by `size_hint`, checked, and
/// copied in, so the cost never grows with the page.
pub(crate) fn append_utf8(
    out: &mut String,
    size_hint: usize,
    write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
) -> bool {
    if out.len() > IN_PLACE_LIMIT {
        let mut scratch = Vec::with_capacity(size_hint);
        if write(&mut scratch).is_err() {
            return false;
        }
        return match std::str::from_utf8(&scratch) {
            Ok(text) => {
                out.push_str(text);
                true
            }
            Err(_) => false,
        };
    }
    let start = out.len();
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.reserve(size_hint);
    let written = write(&mut bytes).is_ok();
    if !written {
        bytes.truncate(start);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            *out = text;
            written
        }
        Err(e) => {
            // Only the appended bytes can be at fault: the rest was a `String`.
            let mut bytes = e.into_bytes();
            bytes.truncate(start);
            *out = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::ser::{CompactFormatter, PrettyFormatter};

    fn write<T: Serialize, F: Formatter>(out: &mut String, value: &T, formatter: F) -> bool {
        append_utf8(out, 0, |bytes| {
            let mut ser = serde_json::Serializer::with_formatter(bytes, ScriptSafe(formatter));
            value.serialize(&mut ser).map_err(io::Error::from)
        })
    }

    fn compact<T: Serialize>(value: &T) -> String {
        let mut out = String::new();
        assert!(write(&mut out, value, CompactFormatter));
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
        assert!(write(&mut out, &value, PrettyFormatter::new()));
        assert_eq!(out, "{\n  \"a\": [\n    \"\\u003c\",\n    1\n  ]\n}");
    }

    #[test]
    fn appends_to_small_and_large_buffers() {
        for prefix in ["é".to_string(), "é".repeat(IN_PLACE_LIMIT)] {
            let mut out = prefix.clone();
            assert!(write(&mut out, &"<∀>", CompactFormatter));
            assert_eq!(out, format!("{prefix}\"\\u003c∀\\u003e\""));
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_leave_the_buffer_as_it_was() {
        for prefix in ["kept".to_string(), "k".repeat(IN_PLACE_LIMIT + 1)] {
            let mut out = prefix.clone();
            let split = append_utf8(&mut out, 4, |bytes| {
                bytes.extend_from_slice(&"é".as_bytes()[..1]);
                Ok(())
            });
            assert!(!split);
            assert_eq!(out, prefix);
            let failed = append_utf8(&mut out, 4, |bytes| {
                bytes.extend_from_slice(b"half");
                Err(io::Error::other("failed"))
            });
            assert!(!failed);
            assert_eq!(out, prefix);
        }
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
