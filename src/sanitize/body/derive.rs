//! What is derived from the body's text while it is rendered: plain text, word count, reading
//! time and excerpt. Fed text and block breaks by the Markdown adaptor or by the HTML pass;
//! never re-parses anything.

use crate::sanitize::text::is_removed_char;

/// Accumulates the body's text as it streams past. Per event it only appends (spaces at the
/// joins kept single); words are counted, and the text tidied if it needs it, in one pass at
/// the end ([`TextStats::finish`]).
#[derive(Debug, Default)]
pub(crate) struct TextStats {
    plain: String,
    /// A space is owed before the next character.
    pending_space: bool,
}

/// What the stats come to.
#[derive(Debug, Default)]
pub(crate) struct Derived {
    pub(crate) plain_text: String,
    pub(crate) word_count: usize,
    pub(crate) reading_minutes: u32,
    pub(crate) excerpt: String,
}

impl TextStats {
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        TextStats {
            plain: String::with_capacity(bytes),
            pending_space: false,
        }
    }

    /// Text as the reader sees it (entities already decoded).
    pub(crate) fn push_text(&mut self, s: &str) {
        let s = if self.plain.is_empty() || self.plain.ends_with(' ') {
            s.trim_start_matches(' ')
        } else {
            s
        };
        if s.is_empty() {
            return;
        }
        if self.pending_space {
            if !self.plain.ends_with(' ') {
                self.plain.push(' ');
            }
            self.pending_space = false;
        }
        self.plain.push_str(s);
    }

    /// A block boundary: words on either side are separate.
    pub(crate) fn push_break(&mut self) {
        self.pending_space = !self.plain.is_empty();
    }

    /// Finishes: word count, reading time at `words_per_minute`, excerpt of at most
    /// `excerpt_chars` characters.
    pub(crate) fn finish(self, words_per_minute: u32, excerpt_chars: usize) -> Derived {
        let (words, tidy) = scan(&self.plain);
        let plain_text = if tidy {
            let mut plain = self.plain;
            let end = plain.trim_end_matches(' ').len();
            plain.truncate(end);
            plain
        } else {
            collapse(&self.plain)
        };
        let reading_minutes = if words == 0 {
            0
        } else {
            let wpm = u64::from(words_per_minute.max(1));
            let minutes = (words as u64).div_ceil(wpm).max(1);
            u32::try_from(minutes).unwrap_or(u32::MAX)
        };
        let excerpt = excerpt(&plain_text, excerpt_chars);
        Derived {
            plain_text,
            word_count: words,
            reading_minutes,
            excerpt,
        }
    }
}

/// Whitespace runs to one space, removed characters dropped, ends trimmed.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        let before = out.len();
        if before > 0 {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !is_removed_char(*c)));
        if out.len() == before + 1 {
            // Only removed characters: no word, no space.
            out.truncate(before);
        }
    }
    out
}

/// Counts words and says whether the text is tidy (no whitespace but single spaces, no
/// removed characters), in one pass of 64-byte blocks.
///
/// A word is counted at the first letter or digit of a run of non-space characters, and each
/// Han or kana character is a word of its own. With bit masks `S` (spaces), `A` (letters and
/// digits) and `P` (the rest), an `A` bit starts a word when the nearest `S` or `A` bit below
/// it is an `S`: adding `S << 1` to `P` carries each space's bit through the `P` run after it,
/// so `A & ((S << 1) + P)` marks exactly the word starts. ASCII bytes are classified eight at
/// a time (SWAR); the few non-ASCII characters (smart quotes, accented letters, CJK) are
/// decoded and patched into the masks.
fn scan(text: &str) -> (usize, bool) {
    let bytes = text.as_bytes();
    // 1 when the next letter or digit starts a word.
    let mut carry = 1u64;
    let mut words = 0usize;
    let mut untidy = 0u64;
    let mut prev_blank = 0u64;
    let mut patched_untidy = false;
    let mut start = 0;
    while start < bytes.len() {
        let mut end = (start + 64).min(bytes.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(block) = bytes.get(start..end) else {
            break;
        };
        let len = block.len();
        let mut m = Masks::of(block);
        if m.high != 0 {
            patched_untidy |= m.patch_non_ascii(text.get(start..end).unwrap_or(""));
        }
        let filler = !(m.space | m.alnum) & m.valid;
        let (sum, overflow) = ((m.space << 1) | carry).overflowing_add(filler);
        words += (m.alnum & sum).count_ones() as usize;
        untidy |= m.control | (m.blank & ((m.blank << 1) | prev_blank));
        if len == 64 {
            carry = u64::from(overflow) | (m.space >> 63);
            prev_blank = m.blank >> 63;
        } else {
            carry = (sum >> len) & 1;
            prev_blank = (m.blank >> (len - 1)) & 1;
        }
        start = end;
    }
    (words, untidy == 0 && !patched_untidy)
}

/// Classes of up to 64 bytes, one bit per byte.
struct Masks {
    /// Whitespace.
    space: u64,
    /// Letters and digits (for a non-ASCII letter: its first byte).
    alnum: u64,
    /// ASCII controls (tab and newline included): the plain text must be tidied.
    control: u64,
    /// The space character.
    blank: u64,
    /// Bytes of non-ASCII characters.
    high: u64,
    /// The block's bytes.
    valid: u64,
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte where the byte of `y` (7-bit value with the high bit set) is `>= n`.
fn ge(y: u64, n: u8) -> u64 {
    (y.wrapping_sub(u64::from(n).wrapping_mul(LO))) & HI
}

/// High bit of each byte of `x` (7-bit bytes) equal to `c`.
fn eq(x: u64, c: u8) -> u64 {
    let t = x ^ u64::from(c).wrapping_mul(LO);
    (((t | HI).wrapping_sub(LO)) & HI) ^ HI
}

/// The eight high bits gathered into the low byte.
fn gather(pred: u64) -> u64 {
    ((pred >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

impl Masks {
    fn of(block: &[u8]) -> Masks {
        let mut m = Masks {
            space: 0,
            alnum: 0,
            control: 0,
            blank: 0,
            high: 0,
            valid: 0,
        };
        let chunks = block.chunks_exact(8);
        let rest = chunks.remainder();
        let mut shift = 0u32;
        for chunk in chunks {
            let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
            m.add_word(word, shift);
            shift += 8;
        }
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            for (d, s) in buf.iter_mut().zip(rest) {
                *d = *s;
            }
            m.add_word(u64::from_le_bytes(buf), shift);
        }
        let valid = if block.len() >= 64 {
            u64::MAX
        } else {
            (1u64 << block.len()) - 1
        };
        m.control &= valid;
        m.valid = valid;
        m
    }

    /// Classifies eight bytes (little-endian in `raw`) into bits `shift..shift + 8`.
    #[inline]
    fn add_word(&mut self, raw: u64, shift: u32) {
        let hi = raw & HI;
        let x = raw & !HI;
        let y = x | HI;
        let is_blank = eq(x, b' ');
        let sp = is_blank | (ge(y, b'\t') & !ge(y, b'\r' + 1));
        let z = x | 0x2020_2020_2020_2020 | HI;
        let letter = ge(z, b'a') & !ge(z, b'z' + 1);
        let digit = ge(y, b'0') & !ge(y, b'9' + 1);
        let ctrl = (!ge(y, b' ') & HI) | eq(x, 0x7F);
        let keep = !hi;
        self.space |= gather(sp & keep) << shift;
        self.alnum |= gather((letter | digit) & keep) << shift;
        self.control |= gather(ctrl & keep) << shift;
        self.blank |= gather(is_blank & keep) << shift;
        self.high |= gather(hi) << shift;
    }

    /// Classifies the non-ASCII characters of `block` (which starts and ends on character
    /// boundaries). Returns whether one of them makes the text untidy.
    fn patch_non_ascii(&mut self, block: &str) -> bool {
        let mut untidy = false;
        for (i, c) in block.char_indices() {
            if c.is_ascii() {
                continue;
            }
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

/// Han ideographs, kana: scripts written without spaces, where each character counts as a
/// word and every character boundary is a word boundary. (Hangul is written with spaces and
/// counts like Latin text.)
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'      // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'    // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'    // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}'    // CJK Unified Ideographs
        | '\u{F900}'..='\u{FAFF}'    // CJK Compatibility Ideographs
        | '\u{FF66}'..='\u{FF9F}'    // Halfwidth Katakana
        | '\u{20000}'..='\u{3134F}') // Extensions B–G
}

/// At most `max` characters of `plain`, cut at a word boundary, with `…` when cut.
pub(crate) fn excerpt(plain: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    if plain.char_indices().nth(max).is_none() {
        return plain.to_owned();
    }
    // Room for the ellipsis.
    let limit = max - 1;
    let mut best: Option<usize> = None;
    let mut hard_cut = plain.len();
    let mut prev: Option<char> = None;
    for (k, (i, c)) in plain.char_indices().enumerate() {
        let boundary = c.is_whitespace() || is_cjk(c) || prev.is_some_and(is_cjk);
        if k > 0 && boundary {
            best = Some(i);
        }
        if k == limit {
            hard_cut = i;
            break;
        }
        prev = Some(c);
    }
    let cut = best.unwrap_or(hard_cut);
    let kept = plain[..cut].trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '-' | '–' | '—' | '(' | '[' | '“' | '‘' | '"'
            )
    });
    let kept = if kept.is_empty() {
        &plain[..hard_cut]
    } else {
        kept
    };
    let mut out = String::with_capacity(kept.len() + 3);
    out.push_str(kept);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(parts: &[&str]) -> Derived {
        let mut s = TextStats::default();
        for p in parts {
            if *p == "|" {
                s.push_break();
            } else {
                s.push_text(p);
            }
        }
        s.finish(200, 20)
    }

    #[test]
    fn counts_words_across_events() {
        let d = stats(&["Hello  wor", "ld — it's", "|", "fine\u{0}."]);
        assert_eq!(d.plain_text, "Hello world — it's fine.");
        assert_eq!(d.word_count, 4);
        assert_eq!(d.reading_minutes, 1);
    }

    #[test]
    fn cjk_counts_per_character() {
        let d = stats(&["数据泄露 affects 東京"]);
        assert_eq!(d.word_count, 4 + 1 + 2);
    }

    #[test]
    fn excerpt_cuts_at_words() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one two three four", 10), "one two…");
        assert_eq!(excerpt("one, two three", 8), "one…");
        assert_eq!(excerpt("abcdefghijkl", 5), "abcd…");
        assert_eq!(excerpt("数据泄露事件", 4), "数据泄…");
        assert_eq!(excerpt("abc", 0), "");
        assert!(excerpt(&"word ".repeat(100), 50).chars().count() <= 50);
    }

    /// The obvious definition, one character at a time.
    fn reference_words(text: &str) -> usize {
        text.split_whitespace()
            .map(|run| {
                let mut n = 0;
                let mut counted = false;
                for c in run.chars() {
                    if is_cjk(c) {
                        n += 1;
                        counted = false;
                    } else if !counted && c.is_alphanumeric() {
                        n += 1;
                        counted = true;
                    }
                }
                n
            })
            .sum()
    }

    #[test]
    fn fast_path_matches_reference_at_every_split() {
        let texts = [
            "The incident -- could reveal pivotal data; AI/ML & co. -- e-mail it's  fine\tok\n",
            "- * - | word | 123 45.6 x",
            &"abc def-ghi (jkl) ".repeat(9),
            &format!("{}tail", "x".repeat(63)),
            &format!("{} - {}", "y".repeat(64), "-".repeat(70)),
            "a\u{0}b c\u{7f}d",
            "über café 数据泄露 “quoted” it’s — x\u{a0}y \u{202e}z ñ 東京abc",
            &"é“数x ".repeat(20),
        ];
        for text in texts {
            let want = reference_words(&text.replace(['\u{0}', '\u{7f}', '\u{202e}'], ""));
            let collapsed: Vec<&str> = text.split_whitespace().collect();
            for split in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
                let mut s = TextStats::default();
                s.push_text(&text[..split]);
                s.push_text(&text[split..]);
                let d = s.finish(200, 10);
                assert_eq!(d.word_count, want, "{text:?} split at {split}");
                assert_eq!(
                    d.plain_text,
                    collapsed
                        .join(" ")
                        .replace(['\u{0}', '\u{7f}', '\u{202e}'], ""),
                    "{text:?} split at {split}"
                );
            }
        }
    }

    #[test]
    fn no_words_no_minutes() {
        assert_eq!(stats(&["—", "|", " "]).reading_minutes, 0);
    }
}
