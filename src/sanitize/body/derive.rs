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
mod tests {
    use super::wordcount::scan;
    use super::*;

    fn stats(parts: &[&str]) -> Derived {
        let mut s = TextStats::new(0, true, 160);
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
    fn ascii_head_as_tidied() {
        for text in [
            "",
            "a",
            "ab cd",
            " ab",
            "ab  cd",
            "ab\tcd",
            "ab\u{7f}c",
            "abc\u{e9}",
            "abcdef ",
            "ab c\n",
        ] {
            for limit in 0..8 {
                let mut tidied = String::new();
                tidy_prefix_into(&mut tidied, text, limit);
                if let Some(head) = tidy_ascii_head(text, limit) {
                    assert_eq!(head, tidied, "{text:?} {limit}");
                }
            }
        }
        assert_eq!(tidy_ascii_head("ab cd ef", 5), Some("ab cd"));
        assert_eq!(tidy_ascii_head("ab  cd", 5), None);
        assert_eq!(tidy_ascii_head(" ab", 5), None);
        assert_eq!(tidy_ascii_head("a\tb", 5), None);
    }

    #[test]
    fn counts_words_across_events() {
        let d = stats(&["Hello  wor", "ld — it's", "|", "fine\u{0}."]);
        assert_eq!(d.plain_text.as_deref(), Some("Hello world — it's fine."));
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

    /// The excerpt one character at a time (the ASCII path must agree).
    fn reference_excerpt(plain: &str, max: usize) -> String {
        if max == 0 {
            return String::new();
        }
        if plain.chars().count() <= max {
            return plain.to_owned();
        }
        let limit = max - 1;
        let mut best: Option<usize> = None;
        let mut hard_cut = plain.len();
        let mut prev: Option<char> = None;
        for (k, (i, c)) in plain.char_indices().enumerate() {
            if k > 0 && (c.is_whitespace() || is_cjk(c) || prev.is_some_and(is_cjk)) {
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
        format!("{kept}…")
    }

    #[test]
    fn excerpt_matches_reference() {
        let texts = [
            "one two three four five six",
            " leading space and more words here",
            "abcdefghijklmnopqrstuvwxyz",
            "a, b; c: d - e ( f [ g \" h",
            "word\tword\nword\u{b}word",
            "ascii then é accents and “quotes” later on",
            "数据泄露事件 mixed with text",
            "x ",
            "    ",
        ];
        for text in texts {
            for max in 0..=text.chars().count() + 2 {
                assert_eq!(
                    excerpt(text, max),
                    reference_excerpt(text, max),
                    "{text:?} max {max}"
                );
            }
        }
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
            &format!(
                "{}a\n\n b\u{a0}c{} end ",
                "word ".repeat(30),
                " tail".repeat(30)
            ),
        ];
        for text in texts {
            let want = reference_words(&text.replace(['\u{0}', '\u{7f}', '\u{202e}'], ""));
            let collapsed: Vec<&str> = text.split_whitespace().collect();
            for split in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
                let mut s = TextStats::new(0, true, 160);
                s.push_text(&text[..split]);
                s.push_text(&text[split..]);
                let d = s.finish(200, 10);
                assert_eq!(d.word_count, want, "{text:?} split at {split}");
                assert_eq!(
                    d.plain_text.unwrap_or_default(),
                    collapsed
                        .join(" ")
                        .replace(['\u{0}', '\u{7f}', '\u{202e}'], ""),
                    "{text:?} split at {split}"
                );
            }
        }
    }

    proptest::proptest! {
        /// Any mix of ASCII, smart punctuation, accented letters, CJK and odd whitespace, at
        /// any block boundary, gives the reference count and text.
        #[test]
        fn word_count_matches_reference(
            parts in proptest::collection::vec(proptest::prop_oneof![
                proptest::strategy::Just("word"), proptest::strategy::Just("A1"),
                proptest::strategy::Just(" "), proptest::strategy::Just("  "),
                proptest::strategy::Just("."), proptest::strategy::Just("(("),
                proptest::strategy::Just("“"), proptest::strategy::Just("”"),
                proptest::strategy::Just("’"), proptest::strategy::Just("—"),
                proptest::strategy::Just("…"), proptest::strategy::Just("é"),
                proptest::strategy::Just("数"), proptest::strategy::Just("\u{a0}"),
                proptest::strategy::Just("\t"), proptest::strategy::Just("-"),
                proptest::strategy::Just("\u{2028}"), proptest::strategy::Just("\u{200b}"),
                proptest::strategy::Just("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
                proptest::strategy::Just("                                                     "),
            ], 0..60)
        ) {
            let text: String = parts.concat();
            let mut stats = TextStats::new(0, true, 160);
            stats.push_text(&text);
            let d = stats.finish(200, 10);
            proptest::prop_assert_eq!(d.word_count, reference_words(&text), "{:?}", text);
            let collapsed: Vec<&str> = text.split_whitespace().collect();
            proptest::prop_assert_eq!(d.plain_text.unwrap_or_default(), collapsed.join(" "), "{:?}", text);
        }
    }

    /// The lead excerpt as first written: the whole bounded slice tidied, then cut.
    fn reference_lead(lead: &str, max: usize) -> String {
        let mut end = lead.len().min(max * 8 + 64);
        while !lead.is_char_boundary(end) {
            end -= 1;
        }
        let mut tidy = String::new();
        tidy_into(&mut tidy, &lead[..end]);
        excerpt_of(tidy.trim_end_matches(' '), max, end < lead.len())
    }

    #[test]
    fn a_cut_excerpt_keeps_its_ellipsis_within_max() {
        // Whitespace collapses the bounded slice to fewer characters than `max`, or to
        // exactly `max`, while the text goes on: the ellipsis is added, never past `max`.
        for (lead, max) in [
            (format!("word {}more", " ".repeat(2000)), 4),
            (format!("word {}more", " ".repeat(2000)), 9),
            (format!("a b {}more", "\n".repeat(3000)), 3),
        ] {
            let mut stats = TextStats::new(0, true, max);
            stats.plain = lead.clone();
            stats.lead_start = Some(0);
            let got = stats.lead_excerpt(0, max, false);
            assert!(got.ends_with('…'), "{got:?}");
            assert!(got.chars().count() <= max, "{got:?} for max {max}");
        }
    }

    #[test]
    fn lead_excerpt_stops_tidying_early_with_the_same_result() {
        let texts = [
            "one two three four five six seven".to_owned(),
            format!("{}x", " \n".repeat(200)),
            format!("word {} tail", "\u{0}".repeat(300)),
            "a  b\t\tc\n\nd e ".repeat(40),
            "数据泄露 “quoted” it’s — x ".repeat(30),
            format!("{}   ", "abc ".repeat(10)),
            // Tidy (the shortcut when the scan finds nothing to tidy).
            "café “au lait” — it’s über 数据 ".repeat(20),
            format!("Heading {}", "word, (another) - x ".repeat(40)),
            "abcdefghij".repeat(50),
        ];
        let mut tidy_texts = 0;
        for text in &texts {
            let known_tidy = scan(text).1.is_none();
            tidy_texts += usize::from(known_tidy);
            let starts = (0..text.len().min(40)).filter(|&i| text.is_char_boundary(i));
            for (lead_start, max) in
                starts.flat_map(|i| [0, 1, 2, 3, 5, 8, 13, 40, 160].map(|m| (i, m)))
            {
                let mut stats = TextStats::new(0, true, max);
                stats.plain = text.clone();
                stats.lead_start = Some(lead_start);
                let want = reference_lead(&text[lead_start..], max);
                for tidy in [false, known_tidy] {
                    assert_eq!(
                        stats.lead_excerpt(lead_start, max, tidy),
                        want,
                        "{text:?} from {lead_start} max {max} tidy {tidy}"
                    );
                }
            }
        }
        assert_eq!(tidy_texts, 5, "both ways exercised");
    }

    #[test]
    fn newline_found_anywhere() {
        for len in 0..70 {
            let mut b = vec![b'x'; len];
            assert!(!has_newline(&b), "{len}");
            for i in 0..len {
                b[i] = b'\n';
                assert!(has_newline(&b), "{len} at {i}");
                b[i] = b'x';
            }
        }
    }

    #[test]
    fn no_words_no_minutes() {
        assert_eq!(stats(&["—", "|", " "]).reading_minutes, 0);
    }
}
