//! The one slug function: tag slugs, article slugs and heading ids all come from here, so a
//! table of contents, a tag URL and an anchor can never disagree about a name.

/// Longest slug we produce, in bytes; longer ones are cut at a hyphen where possible.
pub(crate) const MAX_SLUG_BYTES: usize = 80;

/// Turns text into a URL-safe, Unicode-aware slug.
///
/// Letters and digits of any script are kept (lowercased); apostrophes vanish; every other run
/// of characters becomes one `-`. The result may be empty when the text has no letters or
/// digits.
///
/// ```
/// use newsclip::sanitize::slugify;
///
/// assert_eq!(slugify("Background on the Breach"), "background-on-the-breach");
/// assert_eq!(slugify("Total Halt or Temporary Setback?"), "total-halt-or-temporary-setback");
/// assert_eq!(slugify("Meta's AI/ML plans"), "metas-ai-ml-plans");
/// assert_eq!(slugify("Über größe"), "über-größe");
/// assert_eq!(slugify("数据泄露"), "数据泄露");
/// assert_eq!(slugify("!!!"), "");
/// ```
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_SLUG_BYTES + 4));
    slugify_into(&mut out, text);
    out
}

/// A byte that separates words in a slug.
const SEPARATOR: u8 = 0;
/// A byte that vanishes from a slug (the apostrophe).
const SILENT: u8 = 1;
/// A byte of a non-ASCII character: decoded and judged by Unicode.
const OTHER: u8 = 0x80;

/// What each byte becomes in a slug: its lowercase form for an ASCII letter or digit, else
/// [`SEPARATOR`], [`SILENT`] or [`OTHER`]. One load per byte instead of range tests.
const SLUG_BYTE: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            byte.to_ascii_lowercase()
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table[b'\'' as usize] = SILENT;
    table
};

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The high bit of every byte of a word.
const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `w` (all ASCII) that lies in `lo..=hi`. Neither sum carries
/// into the next byte, since every byte is below `0x80`.
const fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = w + ONES * (0x80 - lo as u64);
    let above_hi = w + ONES * (0x7F - hi as u64);
    at_least_lo & !above_hi & HIGH
}

/// ASCII slug bytes gathered before they are appended to the output, 16-byte aligned and
/// validated in whole 16-byte blocks: `from_utf8` then never goes byte by byte.
#[repr(align(16))]
struct Gathered {
    bytes: [u8; MAX_SLUG_BYTES + 16],
    len: usize,
}

impl Gathered {
    /// Appends the gathered bytes to `out` and empties the buffer.
    fn flush(&mut self, out: &mut String) {
        let whole = self.len.next_multiple_of(16);
        // Only ASCII is ever written into the buffer (zeros elsewhere): never an error.
        let valid = self
            .bytes
            .get(..whole)
            .and_then(|b| std::str::from_utf8(b).ok());
        out.push_str(valid.and_then(|s| s.get(..self.len)).unwrap_or_default());
        self.len = 0;
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }
}

/// Appends the [`slugify`] slug of `text` to `out` (no buffer of its own: heading ids are
/// written straight after their prefix).
pub(crate) fn slugify_into(out: &mut String, text: &str) {
    let mut gathered = Gathered {
        bytes: [0; MAX_SLUG_BYTES + 16],
        len: 0,
    };
    // Bytes of slug so far, appended or gathered.
    let mut len = 0;
    let mut pending_hyphen = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let lanes = (bytes.len() - i).min(8);
        // Eight bytes at a time (the last few: the final eight, shifted) when they are ASCII
        // letters and digits with single separators between them, as most headings are.
        if len + 9 <= MAX_SLUG_BYTES && bytes.len() >= 8 {
            let from = i.min(bytes.len() - 8);
            let word = bytes
                .get(from..from + 8)
                .and_then(|w| <[u8; 8]>::try_from(w).ok())
                .map_or(0, u64::from_le_bytes)
                >> (8 * (8 - lanes));
            if let Some(step) = chunk(word, lanes, &mut gathered, &mut pending_hyphen, len) {
                len += step;
                i += lanes;
                continue;
            }
        }
        // Anything else, a character at a time, up to the end of these lanes.
        let end = i + lanes;
        while i < end {
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let slug = SLUG_BYTE[usize::from(b)];
            if slug > SILENT && slug < OTHER {
                i += 1;
                let hyphen = pending_hyphen && len > 0;
                if len + usize::from(hyphen) >= MAX_SLUG_BYTES {
                    return gathered.flush(out);
                }
                if hyphen {
                    gathered.push(b'-');
                    len += 1;
                }
                gathered.push(slug);
                len += 1;
                pending_hyphen = false;
                continue;
            }
            if slug != OTHER {
                i += 1;
                pending_hyphen |= slug == SEPARATOR;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                return gathered.flush(out);
            };
            i += c.len_utf8();
            if matches!(c, '\u{2019}' | '\u{2018}' | '\u{2BC}') {
                continue;
            }
            if c.is_alphanumeric() {
                let hyphen = usize::from(pending_hyphen && len > 0);
                let width: usize = c.to_lowercase().map(char::len_utf8).sum();
                if len + hyphen + width > MAX_SLUG_BYTES {
                    return gathered.flush(out);
                }
                gathered.flush(out);
                if hyphen == 1 {
                    out.push('-');
                }
                pending_hyphen = false;
                out.extend(c.to_lowercase());
                len += hyphen + width;
            } else {
                pending_hyphen = true;
            }
        }
    }
    gathered.flush(out);
}

/// Slugs the first `lanes` bytes of `word` into `gathered` when they are ASCII letters and
/// digits with at most single separators between them (leading and trailing separators only
/// set `pending_hyphen`); returns the bytes of slug added, or `None` (nothing done) for
/// anything else: non-ASCII, apostrophes, separator runs. The caller leaves room for nine
/// bytes (a hyphen and eight lanes), so the slug is never cut here.
fn chunk(
    word: u64,
    lanes: usize,
    gathered: &mut Gathered,
    pending_hyphen: &mut bool,
    len: usize,
) -> Option<usize> {
    let valid = HIGH >> (8 * (8 - lanes));
    if word & HIGH != 0 || in_range(word, b'\'', b'\'') & valid != 0 {
        return None;
    }
    let lower = word | (in_range(word, b'A', b'Z') >> 2);
    let alnum = (in_range(lower, b'a', b'z') | in_range(word, b'0', b'9')) & valid;
    if alnum == 0 {
        *pending_hyphen = true;
        return Some(0);
    }
    // Separators before the first and after the last letter or digit become a pending
    // hyphen; those between must be single (each one hyphen).
    let first = alnum.trailing_zeros() as usize / 8;
    let last = 7 - alnum.leading_zeros() as usize / 8;
    let seps = !alnum & valid & (HIGH >> (8 * (7 - last))) & (HIGH << (8 * first));
    if seps & (seps << 8) != 0 {
        return None;
    }
    let mut added = 0;
    if (*pending_hyphen || first > 0) && len > 0 {
        gathered.push(b'-');
        added += 1;
    }
    let fill = (seps >> 7) * 0xFF;
    let slug = ((lower & !fill) | ((ONES * u64::from(b'-')) & fill)) >> (8 * first);
    let count = last + 1 - first;
    let at = gathered.len;
    gathered
        .bytes
        .get_mut(at..at + 8)?
        .copy_from_slice(&slug.to_le_bytes());
    gathered.len += count;
    *pending_hyphen = last + 1 < lanes;
    Some(added + count)
}

/// True when `s` is already a slug as [`slugify`] makes them (non-empty, lowercase letters and
/// digits joined by single hyphens).
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_SLUG_BYTES && slugify(s) == s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slug one character at a time, as first written (the ASCII run path must agree).
    fn reference_slugify(text: &str) -> String {
        let mut out = String::new();
        let mut pending_hyphen = false;
        for c in text.chars() {
            if matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2BC}') {
                continue;
            }
            if c.is_alphanumeric() {
                let hyphen = usize::from(pending_hyphen && !out.is_empty());
                let width: usize = c.to_lowercase().map(char::len_utf8).sum();
                if out.len() + hyphen + width > MAX_SLUG_BYTES {
                    break;
                }
                if hyphen == 1 {
                    out.push('-');
                }
                pending_hyphen = false;
                out.extend(c.to_lowercase());
            } else {
                pending_hyphen = true;
            }
        }
        out
    }

    #[test]
    fn matches_reference_at_the_length_limit() {
        for pad in 0..12 {
            for tail in [
                "abcdefghij",
                "x y z",
                "Über größe",
                "数据泄露",
                "it's",
                "a--b",
            ] {
                let text = format!("{}{} {tail} {tail}", "w ".repeat(36), "q".repeat(pad));
                assert_eq!(slugify(&text), reference_slugify(&text), "{text:?}");
                let text = format!("{}{tail}", "Ab".repeat(39 + pad / 4));
                assert_eq!(slugify(&text), reference_slugify(&text), "{text:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn matches_reference(
            text in "[ a-zA-Z0-9'’‘ʼ!?/.,é\u{130}ß数東\u{2d}-]{0,120}"
        ) {
            proptest::prop_assert_eq!(slugify(&text), reference_slugify(&text));
        }

        /// Mostly ASCII words and separators, the eight-byte path, up to past the cut.
        #[test]
        fn ascii_matches_reference(
            text in "([A-Za-z0-9]{1,9}[ ,.?'-]{0,3}){0,30}(é|’|)[a-z ]{0,9}"
        ) {
            proptest::prop_assert_eq!(slugify(&text), reference_slugify(&text));
        }
    }

    #[test]
    fn long_text_is_cut() {
        let s = slugify(&"word ".repeat(100));
        assert!(s.len() <= MAX_SLUG_BYTES);
        assert!(!s.ends_with('-'));
        assert!(is_slug(&s));
    }

    #[test]
    fn is_slug_rejects_non_slugs() {
        assert!(is_slug("data-breach-meta"));
        assert!(!is_slug("Data-Breach"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }
}
