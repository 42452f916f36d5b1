//! The body's one id space: generated heading ids, explicit ids and footnote ids are all
//! claimed here, so no two elements of a body ever share an id, and every id carries the
//! configured prefix.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::hash::{BuildHasher, RandomState};

use crate::sanitize::slug::{slugify, slugify_into};

/// Longest explicit id kept as written (bytes); longer ones are slugified (and so cut).
const MAX_EXPLICIT_ID: usize = 80;

/// Up to this many ids, a claim scans the taken ids; past it they get a hash table. Most bodies
/// stay under it and never pay for the table, its allocation or its random seed.
const SCAN_MAX: usize = 16;

/// An empty slot of the hash table.
const EMPTY: usize = 0;

/// Hands out unique ids, `{prefix}{base}` or `{prefix}{base}-{n}`.
///
/// Every id is the cleaned prefix (ASCII letters, digits, `-`, `_`), then letters, digits,
/// `-`, `_` or the lowercase forms of letters (a slug): never a character that HTML escapes,
/// so an id is written into an attribute as it is.
///
/// Taken ids are kept back to back in one string rather than one `String` each in a
/// `HashSet`: claiming an id then costs a short scan (or, past [`SCAN_MAX`] ids, one short
/// keyed hash) and a copy, not a SipHash, an allocation and (at the end) a free. Nothing is
/// allocated before the first claim.
#[derive(Debug)]
pub(crate) struct IdAllocator {
    prefix: String,
    /// Every id taken, back to back.
    taken: String,
    /// Where each taken id lies in `taken`.
    spans: Vec<Span>,
    /// Open addressing with linear probing: index in `spans` plus one, or [`EMPTY`]. Empty
    /// up to [`SCAN_MAX`] ids; then a power of two at least twice as long as `spans`.
    table: Vec<usize>,
    /// Random per table, so ids crafted to share a hash cannot be written in advance.
    seed: u64,
    /// Ids expected, for the first allocation.
    expected: usize,
    /// Ids no claim may get (the page's components'): `{prefix}{name}` for each name. Taken
    /// when first asked for, so a body that never asks pays nothing for them.
    reserved_prefix: String,
    reserved_names: &'static [&'static str],
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    /// Next suffix to try for this id as a stem (0: none tried yet), so `n` headings with the
    /// same text cost O(n), not O(n²).
    next_suffix: u32,
}

/// The 128-bit product folded to 64 bits: a strong, cheap mix (as in foldhash and wyhash).
fn folded_multiply(a: u64, b: u64) -> u64 {
    let full = u128::from(a) * u128::from(b);
    (full as u64) ^ ((full >> 64) as u64)
}

impl IdAllocator {
    /// An allocator whose ids all start with `prefix` (already cleaned: ASCII letters, digits, `-`, `_`).
    pub(crate) fn new(prefix: &str) -> Self {
        Self::with_capacity(prefix, 0)
    }

    /// An allocator with room for about `ids` ids before it grows (reserved at the first
    /// claim: a body without headings or footnotes allocates nothing).
    pub(crate) fn with_capacity(prefix: &str, ids: usize) -> Self {
        IdAllocator {
            prefix: prefix.to_owned(),
            taken: String::new(),
            spans: Vec::new(),
            table: Vec::new(),
            seed: 0,
            expected: ids,
            reserved_prefix: String::new(),
            reserved_names: &[],
        }
    }

    /// The same, and no claim ever gets `{prefix}{name}` for any of `names`: the page's
    /// component ids are reserved so, before content claims any.
    pub(crate) fn reserving(mut self, prefix: String, names: &'static [&'static str]) -> Self {
        self.reserved_prefix = prefix;
        self.reserved_names = names;
        self
    }

    /// True when `id` is a reserved id.
    fn is_reserved(&self, id: &str) -> bool {
        id.strip_prefix(self.reserved_prefix.as_str())
            .is_some_and(|name| self.reserved_names.contains(&name))
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

    /// True when span `at` holds `id`.
    fn holds(&self, at: usize, id: &str) -> bool {
        self.spans.get(at).is_some_and(|span| {
            // Lengths first: most ids differ there, and it saves a `memcmp`.
            span.end - span.start == id.len()
                && self.taken.as_bytes().get(span.start..span.end) == Some(id.as_bytes())
        })
    }

    /// Takes `id` if it is free (`None`); else the index in `spans` of the taken one.
    /// A reserved id is taken when first asked for, and reported as taken.
    fn take(&mut self, id: &str) -> Option<usize> {
        let found = if self.table.is_empty() {
            if let Some(at) = (0..self.spans.len()).find(|&at| self.holds(at, id)) {
                return Some(at);
            }
            self.push_span(id);
            if self.spans.len() > SCAN_MAX {
                self.seed = RandomState::new().hash_one(0x6e63_6964_7321_u64);
                self.rebuild_table();
            }
            None
        } else {
            self.take_hashed(id, self.hash(id))
        };
        match found {
            None if self.is_reserved(id) => Some(self.spans.len() - 1),
            found => found,
        }
    }

    /// [`IdAllocator::take`] once the table is built, `hash` being the hash of `id`.
    fn take_hashed(&mut self, id: &str, hash: u64) -> Option<usize> {
        let mask = self.table.len() - 1;
        // The table is never full (at most half), so the probe ends at an empty slot.
        let mut slot = (hash as usize) & mask;
        loop {
            match self.table.get(slot).copied() {
                Some(EMPTY) | None => break,
                Some(entry) if self.holds(entry - 1, id) => return Some(entry - 1),
                Some(_) => slot = (slot + 1) & mask,
            }
        }
        if let Some(entry) = self.table.get_mut(slot) {
            *entry = self.spans.len() + 1;
        }
        self.push_span(id);
        if self.spans.len() * 2 > self.table.len() {
            self.rebuild_table();
        }
        None
    }

    /// Appends `id` to the taken ids (not to the table).
    fn push_span(&mut self, id: &str) {
        if self.spans.capacity() == 0 {
            // The first claim: room for the ids expected, in one allocation each.
            let ids = self.expected.clamp(4, 4096);
            self.spans.reserve(ids);
            self.taken.reserve(ids * (self.prefix.len() + 24));
        }
        let start = self.taken.len();
        self.taken.push_str(id);
        self.spans.push(Span {
            start,
            end: self.taken.len(),
            next_suffix: 0,
        });
    }

    /// A table for all of `spans` at most half full.
    fn rebuild_table(&mut self) {
        let size = (self.spans.len() * 4).next_power_of_two();
        let mask = size - 1;
        let mut table = vec![EMPTY; size];
        for (at, span) in self.spans.iter().enumerate() {
            let id = self.taken.get(span.start..span.end).unwrap_or_default();
            let mut slot = (self.hash(id) as usize) & mask;
            while table.get(slot).is_some_and(|&entry| entry != EMPTY) {
                slot = (slot + 1) & mask;
            }
            if let Some(entry) = table.get_mut(slot) {
                *entry = at + 1;
            }
        }
        self.table = table;
    }

    /// Claims `id` (the prefix followed by a non-empty, attribute-safe base) or the first
    /// free `{id}-{n}`.
    fn claim_id(&mut self, mut id: String) -> String {
        // Callers write ids into attributes unescaped (see the type's docs).
        debug_assert!(!id.contains(['&', '<', '>', '"', '\'']), "{id:?}");
        // One look-up for the common case, a free id.
        let Some(stem_at) = self.take(&id) else {
            return id;
        };
        let stem = id.len();
        let mut next = self.spans.get(stem_at).map_or(1, |s| s.next_suffix.max(1));
        // Each try either succeeds or skips an id that is already taken, so the loop runs at
        // most `taken.len() + 1` times over the whole life of the allocator for this stem.
        loop {
            id.truncate(stem);
            let _ = write!(id, "-{next}");
            next = next.saturating_add(1);
            // Unreachable in practice (4 billion ids); still terminate.
            if self.take(&id).is_none() || next == u32::MAX {
                if let Some(span) = self.spans.get_mut(stem_at) {
                    span.next_suffix = next;
                }
                return id;
            }
        }
    }

    /// Claims the id of a heading: its explicit id when it has a usable one, else the slug of
    /// its text, else `section`.
    #[cfg(test)]
    pub(crate) fn claim_heading(&mut self, explicit: Option<&str>, text: &str) -> String {
        let mut id = String::new();
        self.claim_heading_into(explicit, text, &mut id);
        id
    }

    /// [`IdAllocator::claim_heading`] into `id` (cleared first): a caller with many headings
    /// reuses one buffer.
    pub(crate) fn claim_heading_into(
        &mut self,
        explicit: Option<&str>,
        text: &str,
        id: &mut String,
    ) {
        id.clear();
        if let Some(base) = explicit.and_then(explicit_base) {
            id.push_str(&self.prefix);
            id.push_str(&base);
        } else {
            // The slug is written straight after the prefix.
            id.reserve(self.prefix.len() + text.len().min(84) + 3);
            id.push_str(&self.prefix);
            slugify_into(id, text);
            if id.len() == self.prefix.len() {
                id.push_str("section");
            }
        }
        let claimed = self.claim_id(std::mem::take(id));
        *id = claimed;
    }

    /// Claims an explicit id found in content (raw HTML `id`, `{#id}`); `None` when nothing
    /// usable is left of it.
    pub(crate) fn claim_explicit(&mut self, explicit: &str) -> Option<String> {
        explicit_base(explicit).map(|base| self.claim(&base))
    }

    /// The base of a footnote id: `fn-{slug of label}` (`fn-{number}` for a label without
    /// letters or digits).
    pub(crate) fn footnote_base(label: &str, number: usize) -> String {
        let mut base = String::with_capacity(label.len().min(80) + 4);
        base.push_str("fn-");
        slugify_into(&mut base, label);
        if base.len() == 3 {
            let _ = write!(base, "{number}");
        }
        base
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

/// Writes an id into an attribute value. Ids are made so that they never hold a character
/// HTML escapes (the debug assertion in `claim_id` checks it); should one ever slip through,
/// it is escaped here rather than break out of the attribute. The check is the attribute
/// escaper's vector test, a few instructions per id.
pub(crate) fn push_id(out: &mut String, id: &str) {
    super::escape::escape_attr(out, id);
}

/// An explicit id kept as written when it is made of letters, digits, `-` and `_` only (and is
/// not too long; borrowed then); otherwise its slug; `None` when the slug is empty.
pub(crate) fn explicit_base(explicit: &str) -> Option<Cow<'_, str>> {
    let plain = !explicit.is_empty()
        && explicit.len() <= MAX_EXPLICIT_ID
        && explicit
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if plain {
        return Some(Cow::Borrowed(explicit));
    }
    let slug = slugify(explicit);
    (!slug.is_empty()).then_some(Cow::Owned(slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_id_escapes_what_should_never_be_there() {
        let mut out = String::new();
        push_id(&mut out, "nc-the-breach");
        push_id(&mut out, " x\"><script>");
        assert_eq!(out, "nc-the-breach x&quot;&gt;&lt;script&gt;");
        let mut long = String::new();
        push_id(&mut long, "0123456789abcdef\"<");
        assert_eq!(long, "0123456789abcdef&quot;&lt;");
    }

    #[test]
    fn reserved_ids_are_never_claimed_and_cost_nothing_until_asked() {
        let mut ids = IdAllocator::new("").reserving("nc_".into(), &["main", "headline"]);
        assert_eq!(ids.claim("intro"), "intro");
        assert_eq!(ids.spans.len(), 1);
        assert_eq!(ids.claim("nc_headline"), "nc_headline-1");
        assert_eq!(ids.claim("nc_headline"), "nc_headline-2");
        assert_eq!(ids.claim("headline"), "headline");
        assert_eq!(ids.claim_heading(Some("nc_main"), "x"), "nc_main-1");
        // Past the scan limit, through the table.
        for n in 0..=SCAN_MAX {
            ids.claim(&format!("x{n}"));
        }
        assert!(!ids.table.is_empty());
        assert_eq!(ids.claim("nc_main"), "nc_main-2");
        let mut prefixed = IdAllocator::new("nc_").reserving("nc_".into(), &["main"]);
        assert_eq!(prefixed.claim("main"), "nc_main-1");
    }

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
    }

    #[test]
    fn ids_sharing_a_hash_stay_apart() {
        let mut ids = IdAllocator::new("");
        for n in 0..=SCAN_MAX {
            assert_eq!(ids.claim(&format!("x{n}")), format!("x{n}"));
        }
        assert!(!ids.table.is_empty());
        // Pretend "a" and "b" hash alike: both go in, and both stay found.
        assert_eq!(ids.take_hashed("a", 7), None);
        assert_eq!(ids.take_hashed("b", 7), None);
        assert_eq!(ids.take_hashed("b", 7), Some(SCAN_MAX + 2));
        assert_eq!(ids.take_hashed("a", 7), Some(SCAN_MAX + 1));
        // Growing the table keeps every id.
        for n in 0..100 {
            assert_eq!(ids.claim(&format!("y{n}")), format!("y{n}"));
        }
        assert_eq!(ids.claim("x3"), "x3-1");
        assert_eq!(ids.claim("y99"), "y99-1");
    }

    /// The allocator as first written: a set of owned ids.
    fn reference_claims(bases: &[String]) -> Vec<String> {
        let mut taken = std::collections::HashSet::new();
        let mut next = std::collections::HashMap::new();
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
