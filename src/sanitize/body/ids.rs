//! The body's one id space: generated heading ids, explicit ids and footnote ids are all
//! claimed here, so no two elements of a body ever share an id, and every id carries the
//! configured prefix.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt::Write as _;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};

use crate::sanitize::slug::{slugify, slugify_into};

/// Longest explicit id kept as written (bytes); longer ones are slugified (and so cut).
const MAX_EXPLICIT_ID: usize = 80;

/// No entry in a chain of ids with the same hash.
const NONE: usize = usize::MAX;

/// Hands out unique ids, `{prefix}{base}` or `{prefix}{base}-{n}`.
///
/// Taken ids are kept back to back in one string rather than one `String` each in a
/// `HashSet`: claiming an id then costs one short keyed hash and a copy, not a SipHash, an
/// allocation and (at the end) a free.
#[derive(Debug)]
pub(crate) struct IdAllocator {
    prefix: String,
    /// Every id taken, back to back.
    taken: String,
    /// Where each taken id lies in `taken`, and the previous one with the same hash.
    spans: Vec<Span>,
    /// Hash of an id to its last entry in `spans` (the key is already a hash).
    by_hash: HashMap<u64, usize, BuildHasherDefault<PassThrough>>,
    /// Random per allocator, so ids crafted to share a hash cannot be written in advance.
    seed: u64,
    /// Next suffix to try per base, so `n` headings with the same text cost O(n), not O(n²).
    next_suffix: HashMap<String, u32>,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    /// Index in `spans` of an earlier id with the same hash, or [`NONE`].
    same_hash: usize,
}

/// Hasher for keys that are already well-mixed hashes.
#[derive(Debug, Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed; fold anything else in rather than lose it.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The 128-bit product folded to 64 bits: a strong, cheap mix (as in foldhash and wyhash).
fn folded_multiply(a: u64, b: u64) -> u64 {
    let full = u128::from(a) * u128::from(b);
    (full as u64) ^ ((full >> 64) as u64)
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
            taken: String::with_capacity(ids * (prefix.len() + 32)),
            spans: Vec::with_capacity(ids),
            by_hash: HashMap::with_capacity_and_hasher(ids, BuildHasherDefault::default()),
            seed: RandomState::new().hash_one(0x6e63_6964_7321_u64),
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

    /// A keyed hash of `id`, eight bytes at a time.
    fn hash(&self, id: &str) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut h = self.seed ^ (id.len() as u64);
        let mut words = id.as_bytes().chunks_exact(8);
        for word in &mut words {
            let w = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
            h = folded_multiply(h ^ w, K);
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            if let Some(head) = last.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            h = folded_multiply(h ^ u64::from_le_bytes(last), K);
        }
        h
    }

    /// Takes `id` if it is free; `false` when it was already taken.
    fn take(&mut self, id: &str) -> bool {
        let hash = self.hash(id);
        let index = self.spans.len();
        let same_hash = match self.by_hash.entry(hash) {
            Entry::Vacant(entry) => {
                entry.insert(index);
                NONE
            }
            Entry::Occupied(mut entry) => {
                let mut at = *entry.get();
                while let Some(span) = self.spans.get(at) {
                    if self.taken.get(span.start..span.end) == Some(id) {
                        return false;
                    }
                    at = span.same_hash;
                }
                // A different id with the same hash: chained in front.
                std::mem::replace(entry.get_mut(), index)
            }
        };
        let start = self.taken.len();
        self.taken.push_str(id);
        self.spans.push(Span {
            start,
            end: self.taken.len(),
            same_hash,
        });
        true
    }

    /// Claims `id` (the prefix followed by a non-empty, attribute-safe base) or the first
    /// free `{id}-{n}`.
    fn claim_id(&mut self, mut id: String) -> String {
        // One hash for the common case, a free id.
        if self.take(&id) {
            return id;
        }
        let stem = id.len();
        let base = id.get(self.prefix.len()..).unwrap_or_default().to_owned();
        let mut next = self.next_suffix.get(&base).copied().unwrap_or(1);
        // Each try either succeeds or skips an id that is already taken, so the loop runs at
        // most `taken.len() + 1` times over the whole life of the allocator for this base.
        loop {
            id.truncate(stem);
            let _ = write!(id, "-{next}");
            next = next.saturating_add(1);
            // Unreachable in practice (4 billion ids); still terminate.
            if self.take(&id) || next == u32::MAX {
                self.next_suffix.insert(base, next);
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
    fn ids_sharing_a_hash_stay_apart() {
        let mut ids = IdAllocator::new("");
        assert_eq!(ids.claim("a"), "a");
        // Pretend "b" hashes like "a": it must still be free, and both must stay taken.
        let hash = ids.hash("b");
        ids.by_hash.insert(hash, 0);
        assert_eq!(ids.claim("b"), "b");
        assert_eq!(ids.claim("b"), "b-1");
        assert_eq!(ids.claim("a"), "a-1");
        assert_eq!(ids.claim("a"), "a-2");
    }

    /// The allocator as first written: a set of owned ids.
    fn reference_claims(bases: &[String]) -> Vec<String> {
        let mut taken = std::collections::HashSet::new();
        let mut next = HashMap::new();
        bases
            .iter()
            .map(|base| {
                let id = format!("p-{base}");
                if taken.insert(id.clone()) {
                    return id;
                }
                let n = next.entry(base.clone()).or_insert(1);
                loop {
                    let candidate = format!("{id}-{n}");
                    *n += 1;
                    if taken.insert(candidate.clone()) {
                        return candidate;
                    }
                }
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn claims_match_reference(bases in proptest::collection::vec("[ab1-]{1,3}|x{7,17}", 0..60)) {
            let mut ids = IdAllocator::with_capacity("p-", 4);
            let got: Vec<String> = bases.iter().map(|b| ids.claim(b)).collect();
            proptest::prop_assert_eq!(got, reference_claims(&bases));
        }
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
