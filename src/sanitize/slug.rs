//! The one slug function: tag slugs, article slugs and heading ids all come from here, so a
//! table of contents, a tag URL and an anchor can never disagree about a name.

/// Longest slug we produce, in bytes; longer ones are cut at a hyphen where possible.
const MAX_SLUG_BYTES: usize = 80;

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

/// An ASCII byte that separates words in a slug.
const SEPARATOR: u8 = 0;
/// An ASCII byte that vanishes from a slug (the apostrophe).
const SILENT: u8 = 1;

/// What each ASCII byte becomes in a slug: its lowercase form for a letter or digit, else
/// [`SEPARATOR`] or [`SILENT`]. One load per byte instead of range tests.
const ASCII_SLUG: [u8; 128] = {
    let mut table = [SEPARATOR; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table[b'\'' as usize] = SILENT;
    table
};

/// Appends the [`slugify`] slug of `text` to `out` (no buffer of its own: heading ids are
/// written straight after their prefix).
pub(crate) fn slugify_into(out: &mut String, text: &str) {
    // ASCII output is gathered on the stack and appended in one go: a `String::push` per byte
    // cost more than the rest of the loop.
    let mut ascii = [0u8; MAX_SLUG_BYTES];
    let mut gathered = 0;
    // Bytes of slug so far, appended or gathered.
    let mut len = 0;
    let mut pending_hyphen = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // The common case, ASCII: one table load per byte, no decoding, no `to_lowercase`.
        if let Some(&slug) = ASCII_SLUG.get(usize::from(b)) {
            i += 1;
            match slug {
                SEPARATOR => pending_hyphen = true,
                SILENT => {}
                lower => {
                    let hyphen = pending_hyphen && len > 0;
                    if len + usize::from(hyphen) >= MAX_SLUG_BYTES {
                        break;
                    }
                    if hyphen {
                        gather(&mut ascii, &mut gathered, b'-');
                        len += 1;
                    }
                    gather(&mut ascii, &mut gathered, lower);
                    len += 1;
                    pending_hyphen = false;
                }
            }
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if matches!(c, '\u{2019}' | '\u{2018}' | '\u{2BC}') {
            continue;
        }
        if c.is_alphanumeric() {
            let hyphen = usize::from(pending_hyphen && len > 0);
            let width: usize = c.to_lowercase().map(char::len_utf8).sum();
            if len + hyphen + width > MAX_SLUG_BYTES {
                break;
            }
            append_ascii(out, &ascii, &mut gathered);
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
    append_ascii(out, &ascii, &mut gathered);
}

/// Puts `byte` after the `gathered` bytes of `ascii` (which has room: the length is checked).
fn gather(ascii: &mut [u8], gathered: &mut usize, byte: u8) {
    if let Some(slot) = ascii.get_mut(*gathered) {
        *slot = byte;
        *gathered += 1;
    }
}

/// Appends the first `gathered` bytes of `ascii` (all ASCII) to `out` and empties it.
fn append_ascii(out: &mut String, ascii: &[u8], gathered: &mut usize) {
    let bytes = ascii.get(..*gathered).unwrap_or_default();
    // Only ASCII bytes are ever gathered, so this cannot fail.
    out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
    *gathered = 0;
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
