//! Word count and whitespace tidying of the plain text, in one pass of 64-byte blocks.

use core::ops::Range;

use wide::u8x16;

use super::{is_cjk, tidy_into};
use crate::sanitize::text::is_removed_char;

/// [`Scan`] of a whole text at once: the word count, and the tidied text when it differs.
#[cfg(test)]
pub(super) fn scan(text: &str) -> (usize, Option<String>) {
    let mut scan = Scan::new(true);
    let start = scan.feed(text, 0);
    scan.finish(text, start);
    (scan.words, scan.rebuilt)
}

/// Counts words and tidies the text (whitespace runs to one space, removed characters
/// dropped) in passes of 64-byte blocks, fed a piece at a time (the counted part of the text
/// may then be dropped: only the carried state links the blocks). Builds the tidied text, when
/// asked and only when it differs (then only the untidy blocks are rebuilt character by
/// character).
///
/// A word is counted at the first letter or digit of a run of non-space characters, and each
/// Han or kana character is a word of its own. With bit masks `S` (spaces), `A` (letters and
/// digits) and `P` (the rest), an `A` bit starts a word when the nearest `S` or `A` bit below
/// it is an `S`: adding `S << 1` to `P` carries each space's bit through the `P` run after it,
/// so `A & ((S << 1) + P)` marks exactly the word starts. Bytes are classified 16 at a time
/// with portable SIMD ([`Masks::of`]); the few non-ASCII characters (smart quotes, accented
/// letters, CJK) are patched into the masks.
#[derive(Debug)]
pub(super) struct Scan {
    /// 1 when the next letter or digit starts a word.
    carry: u64,
    pub(super) words: usize,
    /// 1 when the last block ended with a space character.
    prev_blank: u64,
    /// Build the tidied copy (only when the whole text is kept and fed at once).
    tidy_copy: bool,
    /// The tidied copy, from the first untidy block on.
    pub(super) rebuilt: Option<String>,
    /// Some block needed tidying.
    pub(super) untidy_seen: bool,
}

impl Scan {
    pub(super) fn new(tidy_copy: bool) -> Self {
        Scan {
            carry: 1,
            words: 0,
            prev_blank: 0,
            tidy_copy,
            rebuilt: None,
            untidy_seen: false,
        }
    }

    /// Counts the whole 64-byte blocks of `text` from `start` on that are followed by at
    /// least one more byte (so a character cut by the block end is seen); returns where the
    /// uncounted rest starts.
    pub(super) fn feed(&mut self, text: &str, mut start: usize) -> usize {
        let bytes = text.as_bytes();
        while let Some(block) = bytes.get(start..).and_then(|rest| rest.first_chunk::<64>()) {
            match bytes.get(start + 64) {
                // The next byte starts a character: no character is cut.
                Some(&b) if (b as i8) >= -0x40 => {
                    // Nearly all blocks: 64 bytes classified where they lie.
                    self.block(Masks::of::<false>(block, text, start), text, start, 64);
                    start += 64;
                }
                Some(_) => start = self.short(text, start),
                // The last block waits for what follows, or for `finish`.
                None => break,
            }
        }
        start
    }

    /// Counts the rest of `text` from `start` (the end of the text).
    pub(super) fn finish(&mut self, text: &str, mut start: usize) {
        start = self.feed(text, start);
        while start < text.len() {
            start = self.short(text, start);
        }
    }

    /// Counts the words of the block of `len` bytes at `start`, and tidies it when needed.
    #[inline(always)]
    fn block(&mut self, m: Masks, text: &str, start: usize, len: usize) {
        let valid = u64::MAX.checked_shr(64 - len as u32).unwrap_or(0);
        let untidy = m.untidy || (m.blank & ((m.blank << 1) | self.prev_blank)) != 0;
        let filler = !(m.space | m.alnum) & valid;
        let (sum, overflow) = ((m.space << 1) | self.carry).overflowing_add(filler);
        self.words += (m.alnum & sum).count_ones() as usize;
        if len == 64 {
            self.carry = u64::from(overflow) | (m.space >> 63);
            self.prev_blank = m.blank >> 63;
        } else {
            self.carry = (sum >> len) & 1;
            self.prev_blank = (m.blank >> len.saturating_sub(1)) & 1;
        }
        self.untidy_seen |= untidy;
        if self.tidy_copy && (untidy || self.rebuilt.is_some()) {
            rebuild(&mut self.rebuilt, text, start..start + len, untidy);
        }
    }

    /// The block at `start` that is not 64 bytes ending on a character boundary: the text's
    /// last, or one cut short of a character that would straddle the next (61 to 63 bytes).
    /// Returns where it ends.
    #[inline(never)]
    fn short(&mut self, text: &str, start: usize) -> usize {
        let mut end = (start + 64).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let len = end - start;
        // Padded with spaces: no control to flag, and masked off.
        let mut pad = [b' '; 64];
        if let (Some(head), Some(block)) = (pad.get_mut(..len), text.as_bytes().get(start..end)) {
            head.copy_from_slice(block);
        }
        let m = Masks::of::<false>(&pad, text, start);
        let valid = u64::MAX.checked_shr(64 - len as u32).unwrap_or(0);
        let m = Masks {
            space: m.space & valid,
            alnum: m.alnum & valid,
            blank: m.blank & valid,
            untidy: m.untidy,
        };
        self.block(m, text, start, len);
        end
    }
}

/// Appends the block `range` of `text` to the tidied copy, tidied if `untidy` (the copy
/// starts, with the text before it, at the first untidy block).
#[cold]
fn rebuild(rebuilt: &mut Option<String>, text: &str, range: Range<usize>, untidy: bool) {
    let (Some(before), Some(block)) = (text.get(..range.start), text.get(range)) else {
        return;
    };
    let out = rebuilt.get_or_insert_with(|| {
        let mut out = String::with_capacity(text.len());
        out.push_str(before);
        out
    });
    if untidy {
        tidy_into(out, block);
    } else if out.ends_with(' ') {
        out.push_str(block.strip_prefix(' ').unwrap_or(block));
    } else {
        out.push_str(block);
    }
}

/// Classes of 64 bytes, one bit per byte.
#[derive(Debug, PartialEq)]
pub(super) struct Masks {
    /// Whitespace.
    space: u64,
    /// Letters and digits (for a non-ASCII letter: its first byte).
    alnum: u64,
    /// The space character.
    blank: u64,
    /// A control or a non-ASCII space or removed character: the text must be tidied.
    untidy: bool,
}

fn splat(b: u8) -> u8x16 {
    u8x16::splat(b)
}

/// Sets the top bit of the bytes of `x` that are at least `n` (`x + 128 - n` saturates);
/// [`join`] reads only top bits, so this is a comparison one instruction shorter.
fn at_least(x: u8x16, n: u8) -> u8x16 {
    x.saturating_add(splat(128 - n))
}

/// 64 bytes as four vectors, loaded in place.
#[inline(always)]
fn load(block: &[u8; 64]) -> [u8x16; 4] {
    let (a, rest) = block.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
    let (b, rest) = rest.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
    let (c, rest) = rest.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
    let d = rest.first_chunk::<16>().unwrap_or(&[0; 16]);
    [
        u8x16::new(*a),
        u8x16::new(*b),
        u8x16::new(*c),
        u8x16::new(*d),
    ]
}

/// The top bits of four vectors as one mask.
fn join(v: [u8x16; 4]) -> u64 {
    let [a, b, c, d] = v.map(|v| u64::from(v.move_mask() as u16));
    a | (b << 16) | (c << 32) | (d << 48)
}

impl Masks {
    /// Classifies the 64 bytes of `block`, which are those of `text` at `offset` (on
    /// character boundaries). Printable ASCII (most blocks) costs two classes and a range
    /// test; the rest (controls, non-ASCII) only when a block has some ([`Masks::exact`]).
    /// `EXACT` takes the second way always (tests check the two agree).
    #[inline(always)]
    pub(super) fn of<const EXACT: bool>(block: &[u8; 64], text: &str, offset: usize) -> Masks {
        let v = load(block);
        let blank = join(v.map(|v| v.cmp_eq(splat(b' '))));
        let mut alnum = !join(v.map(|v| {
            at_least((v | splat(0x20)) - splat(b'a'), 26) & at_least(v - splat(b'0'), 10)
        }));
        // Outside ' '..='~' once shifted down by ' ' (wrapping): at least `0x7F - ' '`; the
        // largest shifted byte tells for all 64.
        let [a, b, c, d] = v.map(|v| v - splat(b' '));
        let odd = at_least(a.max(b).max(c.max(d)), 0x7F - b' ');
        if !EXACT && odd.move_mask() == 0 {
            return Masks {
                space: blank,
                alnum,
                blank,
                untidy: false,
            };
        }
        // Out of line, and through a fresh local so `alnum` stays in a register.
        let mut patched = alnum;
        let (space, untidy) = Masks::exact(block, blank, &mut patched, text, offset);
        alnum = patched;
        Masks {
            space,
            alnum,
            blank,
            untidy,
        }
    }

    /// The rest of [`Masks::of`] for a block with a byte outside `' '..='~'`: the whitespace
    /// mask, whether the block is untidy, and non-ASCII letters added to `alnum`.
    #[inline(never)]
    fn exact(
        block: &[u8; 64],
        blank: u64,
        alnum: &mut u64,
        text: &str,
        offset: usize,
    ) -> (u64, bool) {
        let v = load(block);
        // Controls: outside `' '..='~'` without the top bit.
        let control = v.map(|v| at_least(v - splat(b' '), 0x7F - b' ') ^ v);
        let (control, space) =
            if (control[0] | control[1] | control[2] | control[3]).move_mask() != 0 {
                let space = blank | !join(v.map(|v| at_least(v - splat(b'\t'), 5)));
                (join(control), space)
            } else {
                (0, blank)
            };
        // First bytes of non-ASCII characters: 0xC0 and up.
        let lead = join(v.map(|v| v.saturating_sub(splat(0x40))));
        let mut m = Masks {
            space,
            alnum: *alnum,
            blank,
            untidy: control != 0,
        };
        if lead != 0 {
            m.untidy |= m.patch_non_ascii(lead, text, offset);
        }
        *alnum = m.alnum;
        (m.space, m.untidy)
    }

    /// Classifies the non-ASCII characters starting at the `leads` bits of the block at
    /// `offset` in `text`. Returns whether one of them makes the text untidy.
    fn patch_non_ascii(&mut self, mut leads: u64, text: &str, offset: usize) -> bool {
        let bytes = text.as_bytes();
        let mut untidy = false;
        while leads != 0 {
            let i = leads.trailing_zeros() as usize;
            leads &= leads - 1;
            // Dashes, quotes, bullets, ellipsis (U+2010 to U+2027, smart punctuation, the
            // common case): in no class, told from their bytes without decoding.
            let at = offset + i;
            if let Some([0xE2, 0x80, 0x90..=0xA7]) = bytes.get(at..at + 3) {
                continue;
            }
            let Some(c) = text.get(at..).and_then(|s| s.chars().next()) else {
                continue;
            };
            let first = 1u64 << i;
            let all = ((1u64 << c.len_utf8()) - 1) << i;
            if c.is_whitespace() {
                self.space |= all;
                untidy = true;
            } else if is_cjk(c) {
                // A word of its own: space, letter, space.
                self.space |= all & !(first << 1);
                self.alnum |= first << 1;
            } else if is_removed_char(c) {
                untidy = true;
            } else if c.is_alphanumeric() {
                self.alnum |= first;
            }
        }
        untidy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The printable-ASCII shortcut gives the masks the full classification gives.
    #[test]
    fn fast_masks_match_exact() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for round in 0..4000 {
            let mut block = [0u8; 64];
            for b in &mut block {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Printable ASCII, weighted to spaces, letters and digits.
                *b = match seed % 8 {
                    0 | 1 => b' ',
                    2 => b'0' + (seed >> 8) as u8 % 10,
                    _ => b' ' + (seed >> 8) as u8 % 95,
                };
            }
            if round % 3 == 0 {
                block[(seed >> 20) as usize % 64] = b"\t\n\x7f\x00"[(seed >> 30) as usize % 4];
            }
            let text = std::str::from_utf8(&block).unwrap();
            assert_eq!(
                Masks::of::<false>(&block, text, 0),
                Masks::of::<true>(&block, text, 0),
                "{text:?}"
            );
        }
    }

    /// Every byte value in every class test, against the byte's own definition.
    #[test]
    fn classes_of_each_byte() {
        for b in 0..=0x7Fu8 {
            let mut block = [b'x'; 64];
            block[5] = b;
            let text = std::str::from_utf8(&block).unwrap();
            let m = Masks::of::<true>(&block, text, 0);
            let bit = |mask: u64| mask >> 5 & 1 == 1;
            assert_eq!(bit(m.space), (b as char).is_ascii_whitespace() || b == 0x0B);
            assert_eq!(bit(m.alnum), b.is_ascii_alphanumeric());
            assert_eq!(bit(m.blank), b == b' ');
            assert_eq!(m.untidy, b < b' ' || b == 0x7F, "{b:#x}");
        }
    }
}
