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

/// Appends the [`slugify`] slug of `text` to `out` (no buffer of its own: heading ids are
/// written straight after their prefix).
pub(crate) fn slugify_into(out: &mut String, text: &str) {
    let start = out.len();
    let mut pending_hyphen = false;
    for c in text.chars() {
        if matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2BC}') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            // The common case, without `to_lowercase`'s iterator.
            let hyphen = usize::from(pending_hyphen && out.len() > start);
            if out.len() - start + hyphen + 1 > MAX_SLUG_BYTES {
                break;
            }
            if hyphen == 1 {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            let hyphen = usize::from(pending_hyphen && out.len() > start);
            let width: usize = c.to_lowercase().map(char::len_utf8).sum();
            if out.len() - start + hyphen + width > MAX_SLUG_BYTES {
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
}

/// True when `s` is already a slug as [`slugify`] makes them (non-empty, lowercase letters and
/// digits joined by single hyphens).
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_SLUG_BYTES && slugify(s) == s
}

#[cfg(test)]
mod tests {
    use super::*;

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
