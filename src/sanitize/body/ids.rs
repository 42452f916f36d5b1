//! The body's one id space: generated heading ids, explicit ids and footnote ids are all
//! claimed here, so no two elements of a body ever share an id, and every id carries the
//! configured prefix.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::sanitize::slug::{slugify, slugify_into};

/// Longest explicit id kept as written (bytes); longer ones are slugified (and so cut).
const MAX_EXPLICIT_ID: usize = 80;

/// Hands out unique ids, `{prefix}{base}` or `{prefix}{base}-{n}`.
#[derive(Debug)]
pub(crate) struct IdAllocator {
    prefix: String,
    taken: HashSet<String>,
    /// Next suffix to try per base, so `n` headings with the same text cost O(n), not O(n²).
    next_suffix: HashMap<String, u32>,
}

impl IdAllocator {
    /// An allocator whose ids all start with `prefix` (already cleaned by [`clean_prefix`]).
    pub(crate) fn new(prefix: &str) -> Self {
        Self::with_capacity(prefix, 0)
    }

    /// An allocator with room for about `ids` ids before it grows.
    pub(crate) fn with_capacity(prefix: &str, ids: usize) -> Self {
        IdAllocator {
            prefix: prefix.to_owned(),
            taken: HashSet::with_capacity(ids),
            next_suffix: HashMap::new(),
        }
    }

    /// Claims a unique id for `base` (a non-empty, attribute-safe fragment).
    pub(crate) fn claim(&mut self, base: &str) -> String {
        let mut id = String::with_capacity(self.prefix.len() + base.len() + 3);
        id.push_str(&self.prefix);
        id.push_str(base);
        self.claim_id(id)
    }

    /// Claims `id` (the prefix followed by a non-empty, attribute-safe base) or the first
    /// free `{id}-{n}`.
    fn claim_id(&mut self, mut id: String) -> String {
        // One hash for the common case, a free id.
        if self.taken.insert(id.clone()) {
            return id;
        }
        let stem = id.len();
        let base = id.get(self.prefix.len()..).unwrap_or_default().to_owned();
        let next = self.next_suffix.entry(base).or_insert(1);
        // Each try either succeeds or skips an id that is already taken, so the loop runs at
        // most `taken.len() + 1` times over the whole life of the allocator for this base.
        loop {
            id.truncate(stem);
            let _ = write!(id, "-{next}");
            *next = next.saturating_add(1);
            if self.taken.insert(id.clone()) {
                return id;
            }
            if *next == u32::MAX {
                // Unreachable in practice (4 billion ids); still terminate.
                return id;
            }
        }
    }

    /// Claims the id of a heading: its explicit id when it has a usable one, else the slug of
    /// its text, else `section`.
    pub(crate) fn claim_heading(&mut self, explicit: Option<&str>, text: &str) -> String {
        if let Some(base) = explicit.and_then(explicit_base) {
            return self.claim(&base);
        }
        // The slug is written straight after the prefix: no buffer of its own.
        let mut id = String::with_capacity(self.prefix.len() + text.len().min(84) + 3);
        id.push_str(&self.prefix);
        slugify_into(&mut id, text);
        if id.len() == self.prefix.len() {
            id.push_str("section");
        }
        self.claim_id(id)
    }

    /// Claims an explicit id found in content (raw HTML `id`, `{#id}`); `None` when nothing
    /// usable is left of it.
    pub(crate) fn claim_explicit(&mut self, explicit: &str) -> Option<String> {
        explicit_base(explicit).map(|base| self.claim(&base))
    }

    /// The base of a footnote id: `fn-{slug of label}` (`fn-{number}` for a label without
    /// letters or digits).
    pub(crate) fn footnote_base(label: &str, number: usize) -> String {
        let slug = slugify(label);
        if slug.is_empty() {
            format!("fn-{number}")
        } else {
            format!("fn-{slug}")
        }
    }

    /// An in-page fragment link (`#name`) rewritten to follow the prefix.
    pub(crate) fn local_href(&self, href: &str) -> Option<String> {
        let frag = href.strip_prefix('#')?;
        if frag.is_empty() || self.prefix.is_empty() {
            return None;
        }
        Some(format!("#{}{}", self.prefix, frag))
    }
}

/// An explicit id kept as written when it is made of letters, digits, `-` and `_` only (and is
/// not too long); otherwise its slug; `None` when the slug is empty.
pub(crate) fn explicit_base(explicit: &str) -> Option<String> {
    let plain = !explicit.is_empty()
        && explicit.len() <= MAX_EXPLICIT_ID
        && explicit
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if plain {
        return Some(explicit.to_owned());
    }
    let slug = slugify(explicit);
    (!slug.is_empty()).then_some(slug)
}

/// Keeps only ASCII letters, digits, `-` and `_` of a configured id prefix.
pub(crate) fn clean_prefix(prefix: &str) -> String {
    prefix
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(MAX_EXPLICIT_ID)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_a_a1() {
        let mut ids = IdAllocator::new("");
        assert_eq!(ids.claim_heading(None, "a"), "a");
        assert_eq!(ids.claim_heading(None, "a"), "a-1");
        assert_eq!(ids.claim_heading(None, "a-1"), "a-1-1");
        assert_eq!(ids.claim_heading(None, "a"), "a-2");
    }

    #[test]
    fn prefix_and_fragments() {
        let mut ids = IdAllocator::new("nc-");
        assert_eq!(ids.claim_heading(None, "!!"), "nc-section");
        assert_eq!(ids.claim_explicit("x y"), Some("nc-x-y".into()));
        assert_eq!(ids.claim_explicit("!!"), None);
        assert_eq!(ids.local_href("#top").as_deref(), Some("#nc-top"));
        assert_eq!(ids.local_href("#nc-top").as_deref(), Some("#nc-nc-top"));
        assert_eq!(ids.local_href("#"), None);
        assert_eq!(clean_prefix("a\"<b>-_"), "ab-_");
    }

    #[test]
    fn many_equal_headings_are_linear() {
        let mut ids = IdAllocator::new("");
        for _ in 0..20_000 {
            ids.claim("same");
        }
        assert_eq!(ids.claim("same"), "same-20000");
    }
}
