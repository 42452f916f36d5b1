//! JSON strings escaped for `<script>` in one scan: the JSON escapes (`\"`, `\\`, controls)
//! and the `<script>` ones (`<`, `>`, `&`, U+2028, U+2029 as `\uXXXX`) from one table, 16
//! bytes at a time.

use wide::u8x16;

/// What each byte of a string becomes: 0 itself, 1 a two-character escape (`\"`, `\\`, `\n`
/// …), 2 a `\u00XX` escape, 3 the first byte of U+2028/U+2029 perhaps (checked).
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = 2;
        b += 1;
    }
    table[b'\x08' as usize] = 1;
    table[b'\t' as usize] = 1;
    table[b'\n' as usize] = 1;
    table[b'\x0C' as usize] = 1;
    table[b'\r' as usize] = 1;
    table[b'"' as usize] = 1;
    table[b'\\' as usize] = 1;
    table[b'<' as usize] = 2;
    table[b'>' as usize] = 2;
    table[b'&' as usize] = 2;
    table[0xE2] = 3;
    table
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The bit mask of the bytes of `chunk` that [`CLASS`] does not leave as they are (bit `i`
/// for byte `i`): one vector compare per kind instead of a table look-up per byte.
fn special_bytes(chunk: &[u8; 16]) -> u32 {
    let v = u8x16::new(*chunk);
    // `v <= 0x1F` as `min(v, 0x1F) == v`: `wide` compares bytes as signed.
    let control = v.min(u8x16::splat(0x1F)).cmp_eq(v);
    let special = [b'"', b'\\', b'<', b'>', b'&', 0xE2]
        .into_iter()
        .fold(control, |hits, b| hits | v.cmp_eq(u8x16::splat(b)));
    // 16 lanes: the mask fits in the low 16 bits.
    special.move_mask().cast_unsigned()
}

/// The position of the first byte at or after `from` that [`CLASS`] does not leave as it is:
/// 16 bytes per step, the last (partial) step on the string's last 16 bytes.
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<16>()) {
        let mask = special_bytes(chunk);
        if mask != 0 {
            return Some(at + mask.trailing_zeros() as usize);
        }
        at += 16;
    }
    match bytes.last_chunk::<16>() {
        // The last 16 bytes, less those before `at` (already looked at).
        Some(last) if at < bytes.len() => {
            let skipped = 16 - (bytes.len() - at);
            let mask = special_bytes(last) >> skipped;
            (mask != 0).then(|| at + mask.trailing_zeros() as usize)
        }
        Some(_) => None,
        None => (at..bytes.len()).find(|&i| CLASS[usize::from(bytes[i])] != 0),
    }
}

/// Whether any byte of `bytes` is one [`CLASS`] does not leave as it is: 16 bytes per step
/// with no branch but the loop's, the last step on the last 16 bytes (overlapping).
pub(super) fn needs_escape(bytes: &[u8]) -> bool {
    let Some(last) = bytes.last_chunk::<16>() else {
        return bytes.iter().any(|&b| CLASS[usize::from(b)] != 0);
    };
    let mut hits = special_bytes(last);
    let mut rest = bytes;
    while let Some((chunk, tail)) = rest.split_first_chunk::<16>() {
        hits |= special_bytes(chunk);
        rest = tail;
    }
    hits != 0
}

/// Writes `s` as a JSON string, escaped for `<script>`. Nearly every string holds nothing
/// to escape and is copied whole after one scan.
pub(crate) fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    if needs_escape(s.as_bytes()) {
        write_escaped(out, s);
    } else {
        out.push_str(s);
    }
    out.push('"');
}

/// The characters of `s`, escaped: the runs between escapes copied whole.
fn write_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = next_special(bytes, i) {
        i = at;
        let Some(&b) = bytes.get(i) else { break };
        let class = CLASS[usize::from(b)];
        // A lead byte 0xE2 that does not start U+2028/U+2029 stays as it is.
        let separator = match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(&last @ (0xA8 | 0xA9))) if class == 3 => Some(last),
            _ => None,
        };
        if class == 3 && separator.is_none() {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        // Every escape is ASCII, written in one push.
        let mut escape = [b'\\', b'u', b'0', b'0', 0, 0];
        let len = match (class, b, separator) {
            (3, _, Some(last)) => {
                escape[2..].copy_from_slice(if last == 0xA8 { b"2028" } else { b"2029" });
                i += 2;
                6
            }
            (1, _, _) => {
                escape[1] = match b {
                    b'\x08' => b'b',
                    b'\t' => b't',
                    b'\n' => b'n',
                    b'\x0C' => b'f',
                    b'\r' => b'r',
                    other => other,
                };
                2
            }
            _ => {
                escape[4] = HEX[usize::from(b >> 4)];
                escape[5] = HEX[usize::from(b & 0xF)];
                6
            }
        };
        let escape = escape.get(..len).unwrap_or_default();
        out.push_str(std::str::from_utf8(escape).unwrap_or_default());
        i += 1;
        start = i;
    }
    out.push_str(&s[start..]);
}
