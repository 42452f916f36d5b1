//! Escaping for the body's writers: text content and attribute values.

use wide::u8x16;

/// Escapes text content: `&`, `<` and `>` (quotes need no escaping outside attributes), the
/// same output as `pulldown_cmark_escape::escape_html_body_text`. Nearly all text holds none
/// of them and is copied whole after one vector check; otherwise runs between them are found
/// by `memchr3`.
pub(crate) fn escape_body_text(out: &mut String, text: &str) {
    escape_scanned(out, text, needs_escape(text.as_bytes()));
}

/// [`escape_body_text`] of text the caller has scanned ([`scan_text`]): `special`, it holds
/// a byte to escape.
pub(crate) fn escape_scanned(out: &mut String, text: &str, special: bool) {
    if !special {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(at) = memchr::memchr3(b'&', b'<', b'>', rest.as_bytes()) {
        // `at` is an ASCII byte, so both sides are on character boundaries.
        let (run, special) = rest.split_at(at);
        out.push_str(run);
        let (byte, tail) = special.split_at(1);
        out.push_str(match byte {
            "&" => "&amp;",
            "<" => "&lt;",
            _ => "&gt;",
        });
        rest = tail;
    }
    out.push_str(rest);
}

/// Escapes an attribute value (double-quoted): `&`, `<`, `>`, `"` and `'`. Most values
/// (URLs, classes, short titles) hold none and are copied whole.
pub(crate) fn escape_attr(out: &mut String, value: &str) {
    if needs_attr_escape(value.as_bytes()) {
        let _ = pulldown_cmark_escape::escape_html(&mut *out, value);
    } else {
        out.push_str(value);
    }
}

/// What the writer needs to know of a text, in one pass: whether it holds a byte to escape
/// (`&`, `<`, `>`) and whether it holds a line feed (for the statistics).
pub(crate) fn scan_text(bytes: &[u8]) -> (bool, bool) {
    let Some(last) = bytes.last_chunk::<16>() else {
        // Short text: byte by byte.
        let special = bytes.iter().any(|b| matches!(b, b'&' | b'<' | b'>'));
        return (special, bytes.contains(&b'\n'));
    };
    let (amp, lt, gt, lf) = (
        u8x16::splat(b'&'),
        u8x16::splat(b'<'),
        u8x16::splat(b'>'),
        u8x16::splat(b'\n'),
    );
    let (mut special, mut newline) = (u8x16::splat(0), u8x16::splat(0));
    let mut look = |chunk: &[u8; 16]| {
        let v = u8x16::new(*chunk);
        special |= v.cmp_eq(amp) | v.cmp_eq(lt) | v.cmp_eq(gt);
        newline |= v.cmp_eq(lf);
    };
    // Whole chunks, then the last 16 bytes (overlapping them).
    let mut rest = bytes;
    while let Some((chunk, tail)) = rest.split_first_chunk::<16>() {
        look(chunk);
        rest = tail;
    }
    if !rest.is_empty() {
        look(last);
    }
    (special.move_mask() != 0, newline.move_mask() != 0)
}

/// Whether `bytes` holds `&`, `<`, `>`, `"` or `'`, 16 bytes per step.
fn needs_attr_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    let specials = [b'&', b'<', b'>', b'"', b'\''].map(u8x16::splat);
    let mut hits = u8x16::splat(0);
    for chunk in &mut chunks {
        let v = u8x16::new(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
        for special in specials {
            hits |= v.cmp_eq(special);
        }
    }
    hits.move_mask() != 0
        || chunks
            .remainder()
            .iter()
            .any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
}

/// Whether `bytes` holds `&`, `<` or `>`: 16 bytes per step with portable SIMD (`wide`), no
/// call and no setup, which is what the short texts of a body want.
fn needs_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    let (amp, lt, gt) = (u8x16::splat(b'&'), u8x16::splat(b'<'), u8x16::splat(b'>'));
    let mut hits = u8x16::splat(0);
    for chunk in &mut chunks {
        let v = u8x16::new(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
        hits |= v.cmp_eq(amp) | v.cmp_eq(lt) | v.cmp_eq(gt);
    }
    // Not `any()`: wide 0.7.33's plain-code fallback of `any` misses bytes 7 and 15.
    hits.move_mask() != 0
        || chunks
            .remainder()
            .iter()
            .any(|b| matches!(b, b'&' | b'<' | b'>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_both_at_once() {
        for text in [
            "",
            "a",
            "a\nb",
            "a&b",
            "0123456789abcdef\n",
            "0123456789abcdef<\n",
            "é",
        ] {
            let b = text.as_bytes();
            assert_eq!(
                scan_text(b),
                (needs_escape(b), b.contains(&b'\n')),
                "{text:?}"
            );
        }
    }

    /// `ours` writes what `theirs` (pulldown-cmark's escaper) writes, for every input.
    fn agrees(
        ours: fn(&mut String, &str),
        theirs: fn(&mut String, &str) -> std::fmt::Result,
        inputs: &[&str],
    ) {
        for input in inputs {
            let (mut a, mut b) = (String::new(), String::new());
            ours(&mut a, input);
            let _ = theirs(&mut b, input);
            assert_eq!(a, b, "{input:?}");
        }
    }

    #[test]
    fn escapes_like_pulldown() {
        let inputs = [
            "",
            "plain",
            "a & b < c > d",
            "&&<<>>",
            "\"quoted\" 'x'",
            "é<ü>ß&",
            "sixteen bytes...&",
            "0123456789abcde&0123456789abcdef",
            "0123456789abcdef\"",
            "0123456789abcdef0123",
        ];
        agrees(
            escape_body_text,
            |out, s| pulldown_cmark_escape::escape_html_body_text(out, s),
            &inputs,
        );
        agrees(
            escape_attr,
            |out, s| pulldown_cmark_escape::escape_html(out, s),
            &inputs,
        );
    }
}
