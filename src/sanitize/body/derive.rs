//! What is derived from the body's text while it is rendered: word count, reading time,
//! excerpt and, when kept, the plain text. Fed text and block breaks by the Markdown adaptor or by the HTML pass;
//! never re-parses anything.

use wide::u8x16;

use crate::sanitize::text::is_removed_char;

mod wordcount;
use wordcount::Scan;

/// Accumulates the body's text as it streams past. Per event it only appends (spaces at the
/// joins kept single); words are counted, and the text tidied if it needs it, in passes over
/// 64-byte blocks.
///
/// Unless the whole plain text is kept, the buffer does not grow with the body: the text is
/// counted every [`COUNT_EVERY`] bytes and dropped, except what the excerpt reads (a single
/// longer text event passes through whole).
#[derive(Debug)]
pub(crate) struct TextStats {
    /// The whole plain text (`keep_all`), or its start and the part not counted yet.
    plain: String,
    keep_all: bool,
    /// Bytes of `plain` before this have been counted.
    counted: usize,
    scan: Scan,
    /// Bytes the excerpt may read after where it starts ([`TextStats::lead_excerpt`]).
    excerpt_reach: usize,
    /// Uncounted bytes that trigger a count ([`COUNT_EVERY`]; smaller in tests).
    count_every: usize,
    /// A space is owed before the next character.
    pending_space: bool,
    /// Text arriving now belongs to a heading.
    in_heading: bool,
    /// Where the first text outside a heading starts in `plain`: the excerpt starts there, so
    /// a description never opens with a section title.
    lead_start: Option<usize>,
}

/// Uncounted text that triggers a count (and drops what is counted) when the whole plain
/// text is not kept.
const COUNT_EVERY: usize = 16 * 1024;

/// What the stats come to.
#[derive(Debug, Default)]
pub(crate) struct Derived {
    /// The whole plain text, when kept.
    pub(crate) plain_text: Option<String>,
    pub(crate) word_count: usize,
    pub(crate) reading_minutes: u32,
    pub(crate) excerpt: String,
}

impl TextStats {
    /// Stats for a body of about `bytes` bytes of text; `keep_all`: keep the whole plain
    /// text; `excerpt_chars`: the excerpt's length.
    pub(crate) fn new(bytes: usize, keep_all: bool, excerpt_chars: usize) -> Self {
        let excerpt_reach = excerpt_reach(excerpt_chars);
        let capacity = if keep_all {
            bytes
        } else {
            bytes.min(COUNT_EVERY + 2 * excerpt_reach + 64)
        };
        TextStats {
            plain: String::with_capacity(capacity),
            keep_all,
            counted: 0,
            scan: Scan::new(keep_all),
            excerpt_reach,
            count_every: COUNT_EVERY,
            pending_space: false,
            in_heading: false,
            lead_start: None,
        }
    }

    /// Text from now on is a heading's (`true`) or not (`false`).
    pub(crate) fn set_in_heading(&mut self, in_heading: bool) {
        self.in_heading = in_heading;
    }

    /// Text as the reader sees it (entities already decoded).
    pub(crate) fn push_text(&mut self, s: &str) {
        self.push_scanned(s, has_newline(s.as_bytes()));
    }

    /// [`TextStats::push_text`] of text whose line feeds the caller has looked for already
    /// (`newline`: it holds one).
    pub(crate) fn push_scanned(&mut self, s: &str, newline: bool) {
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
        if self.lead_start.is_none() && !self.in_heading {
            self.lead_start = Some(self.plain.len());
        }
        if newline {
            // Code blocks and escaped raw HTML: tidy now rather than rebuild at the end.
            tidy_into(&mut self.plain, s);
        } else {
            self.plain.push_str(s);
        }
        if !self.keep_all && self.plain.len() - self.counted >= self.count_every {
            self.count_and_drop();
        }
    }

    /// Counts the text so far and drops the counted text the excerpt will not read. The last
    /// byte is never counted here (`Scan::feed` leaves it), so `plain` still says how the
    /// text ends.
    #[cold]
    fn count_and_drop(&mut self) {
        self.counted = self.scan.feed(&self.plain, self.counted);
        // The excerpt reads from the lead, or from the text's start while there is none.
        let start = self.lead_start.unwrap_or(0);
        let mut keep_to = start.saturating_add(self.excerpt_reach);
        if keep_to < self.counted {
            // `counted` is a character boundary: the search stops there at the latest.
            while !self.plain.is_char_boundary(keep_to) {
                keep_to += 1;
            }
            self.plain.drain(keep_to..self.counted);
            self.counted = keep_to;
        }
        // Counted text before the lead (section titles).
        let front = start.min(self.counted);
        if front > 0 {
            self.plain.drain(..front);
            self.counted -= front;
            if let Some(lead) = self.lead_start.as_mut() {
                *lead -= front;
            }
        }
    }

    /// A block boundary: words on either side are separate.
    pub(crate) fn push_break(&mut self) {
        self.pending_space = !self.plain.is_empty();
    }

    /// Finishes: word count, reading time at `words_per_minute`, excerpt of at most
    /// `excerpt_chars` characters (as given to [`TextStats::new`]).
    pub(crate) fn finish(mut self, words_per_minute: u32, excerpt_chars: usize) -> Derived {
        self.scan.finish(&self.plain, self.counted);
        let words = self.scan.words;
        let known_tidy = !self.scan.untidy_seen;
        // The excerpt starts at the lead, or at the text's start for a body of headings only.
        let excerpt = self.lead_excerpt(self.lead_start.unwrap_or(0), excerpt_chars, known_tidy);
        let plain_text = self.keep_all.then(|| {
            let mut plain_text = self.scan.rebuilt.take().unwrap_or(self.plain);
            let end = plain_text.trim_end_matches(' ').len();
            plain_text.truncate(end);
            plain_text
        });
        let reading_minutes = if words == 0 {
            0
        } else {
            let wpm = u64::from(words_per_minute.max(1));
            let minutes = (words as u64).div_ceil(wpm).max(1);
            u32::try_from(minutes).unwrap_or(u32::MAX)
        };
        Derived {
            plain_text,
            word_count: words,
            reading_minutes,
            excerpt,
        }
    }
}

/// Bytes of plain text the excerpt reads at most: enough for `max` characters after tidying.
fn excerpt_reach(max: usize) -> usize {
    max.saturating_mul(8).saturating_add(64)
}

impl TextStats {
    /// The excerpt of the text from `start`, tidied. Reads a bounded slice: enough for `max`
    /// characters after tidying. `known_tidy`: the text is tidy already (single spaces,
    /// nothing to remove).
    fn lead_excerpt(&self, start: usize, max: usize, known_tidy: bool) -> String {
        let lead = self.plain.get(start..).unwrap_or_default();
        let mut end = lead.len().min(excerpt_reach(max));
        while !lead.is_char_boundary(end) {
            end -= 1;
        }
        // The excerpt reads only the first `max + 1` characters and whether more follow; with
        // whitespace collapsed, `max + 2` tidied characters settle both (trailing spaces
        // trimmed, at least `max + 1` remain), so tidying stops there.
        let limit = max.saturating_add(2);
        let owned;
        let head = lead.get(..end).unwrap_or(lead);
        let tidy = if known_tidy {
            // Tidy text (the common case): tidying would only drop a leading space.
            first_chars(head.strip_prefix(' ').unwrap_or(head), limit)
        } else if let Some(ascii) = tidy_ascii_head(lead, limit) {
            // ASCII already tidy: tidying would copy it unchanged.
            ascii
        } else {
            let mut tidy = String::with_capacity(end.min(max.saturating_mul(4).saturating_add(8)));
            tidy_prefix_into(&mut tidy, head, limit);
            owned = tidy;
            owned.as_str()
        };
        excerpt_of(tidy.trim_end_matches(' '), max, end < lead.len())
    }
}

/// The first `limit` bytes of `s` (all of `s` when shorter) when they are printable ASCII
/// without a leading or doubled space: exactly what [`tidy_prefix_into`] would make of them.
fn tidy_ascii_head(s: &str, limit: usize) -> Option<&str> {
    let head = s.get(..s.len().min(limit))?;
    // A leading space counts as doubled.
    let mut prev_space = true;
    for &b in head.as_bytes() {
        let space = b == b' ';
        if !(b' '..0x7F).contains(&b) || (space && prev_space) {
            return None;
        }
        prev_space = space;
    }
    Some(head)
}

/// Whether `b` holds a `\n`. Text events are short (tens of bytes, often a single smart
/// quote): inline 16-byte compares cost less here than a dispatched `memchr` call.
fn has_newline(b: &[u8]) -> bool {
    let Some(last) = b.last_chunk::<16>() else {
        return b.contains(&b'\n');
    };
    let newline =
        |chunk: &[u8; 16]| u8x16::new(*chunk).cmp_eq(u8x16::splat(b'\n')).move_mask() != 0;
    // Whole chunks, then the last 16 bytes (overlapping the chunks).
    let mut rest = b;
    while let Some((chunk, tail)) = rest.split_first_chunk::<16>() {
        if newline(chunk) {
            return true;
        }
        rest = tail;
    }
    !rest.is_empty() && newline(last)
}

/// The first `n` characters of `s` (all of `s` when shorter).
fn first_chars(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    match s.get(..n) {
        Some(head) if head.is_ascii() => head,
        _ => s
            .char_indices()
            .nth(n)
            .map_or(s, |(i, _)| s.get(..i).unwrap_or(s)),
    }
}

/// [`tidy_into`] that stops once `out` holds `limit` characters (all of them when `out`
/// starts empty).
fn tidy_prefix_into(out: &mut String, s: &str, limit: usize) {
    let mut count = out.chars().count();
    for c in s.chars() {
        if count >= limit {
            return;
        }
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
                count += 1;
            }
        } else if !is_removed_char(c) {
            out.push(c);
            count += 1;
        }
    }
}

/// Appends `s` with whitespace runs as one space and removed characters dropped.
fn tidy_into(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !is_removed_char(c) {
            out.push(c);
        }
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

/// [`excerpt`] of `tidy`, the tidied start of a text; `goes_on`: the text goes on after it,
/// so the excerpt is cut (ends with `…`) even when `tidy` itself would fit.
fn excerpt_of(tidy: &str, max: usize, goes_on: bool) -> String {
    let shown = excerpt(tidy, max);
    if !goes_on || shown != tidy || shown.is_empty() {
        return shown;
    }
    // `tidy` fits whole; the ellipsis must fit too.
    let mut cut = if tidy.chars().count() < max {
        shown
    } else {
        excerpt(tidy, max - 1)
    };
    if !cut.ends_with('…') {
        cut.push('…');
    }
    cut
}

/// At most `max` characters of `plain`, cut at a word boundary, with `…` when cut.
pub(crate) fn excerpt(plain: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    // At most `max` bytes: at most `max` characters.
    if plain.len() <= max {
        return plain.to_owned();
    }
    // Room for the ellipsis.
    let limit = max - 1;
    let (cut, hard_cut) = match plain.as_bytes().get(..max) {
        // The first `max` characters are ASCII bytes (and more follow): the last whitespace
        // after the first.
        Some(head) if head.is_ascii() => {
            let best = head
                .iter()
                .rposition(|&b| b == b' ' || (b'\t'..=b'\r').contains(&b))
                .filter(|&i| i > 0);
            (best.unwrap_or(limit), limit)
        }
        _ => {
            if plain.char_indices().nth(max).is_none() {
                return plain.to_owned();
            }
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
            (best.unwrap_or(hard_cut), hard_cut)
        }
    };
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
mod tests;
