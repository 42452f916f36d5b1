//! What is derived from the body's text while it is rendered: plain text, word count, reading
//! time and excerpt. Fed text and block breaks by the Markdown adaptor or by the HTML pass;
//! never re-parses anything.

use crate::sanitize::text::is_removed_char;

/// Accumulates the body's text as it streams past.
#[derive(Debug, Default)]
pub(crate) struct TextStats {
    plain: String,
    words: usize,
    /// Inside a run of non-space characters.
    in_run: bool,
    /// The current run holds a letter or digit (so `—` alone is no word).
    run_counts: bool,
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
            ..TextStats::default()
        }
    }

    /// Text as the reader sees it (entities already decoded).
    pub(crate) fn push_text(&mut self, s: &str) {
        let mut run_start: Option<usize> = None;
        for (i, c) in s.char_indices() {
            let space = c.is_whitespace();
            if space || (c.is_control() || (!c.is_ascii() && is_removed_char(c))) {
                if let Some(start) = run_start.take() {
                    self.plain.push_str(&s[start..i]);
                }
                if space {
                    self.end_run();
                    self.pending_space = !self.plain.is_empty();
                }
                continue;
            }
            if run_start.is_none() {
                if self.pending_space {
                    self.plain.push(' ');
                    self.pending_space = false;
                }
                run_start = Some(i);
            }
            if is_cjk(c) {
                self.end_run();
                self.words += 1;
            } else {
                self.in_run = true;
                self.run_counts |= c.is_alphanumeric();
            }
        }
        if let Some(start) = run_start {
            self.plain.push_str(&s[start..]);
        }
    }

    /// A block boundary: words on either side are separate.
    pub(crate) fn push_break(&mut self) {
        self.end_run();
        self.pending_space = !self.plain.is_empty();
    }

    fn end_run(&mut self) {
        if self.in_run && self.run_counts {
            self.words += 1;
        }
        self.in_run = false;
        self.run_counts = false;
    }

    /// Finishes: word count, reading time at `words_per_minute`, excerpt of at most
    /// `excerpt_chars` characters.
    pub(crate) fn finish(mut self, words_per_minute: u32, excerpt_chars: usize) -> Derived {
        self.end_run();
        let words = self.words;
        let reading_minutes = if words == 0 {
            0
        } else {
            let wpm = u64::from(words_per_minute.max(1));
            let minutes = (words as u64).div_ceil(wpm).max(1);
            u32::try_from(minutes).unwrap_or(u32::MAX)
        };
        let excerpt = excerpt(&self.plain, excerpt_chars);
        Derived {
            plain_text: self.plain,
            word_count: words,
            reading_minutes,
            excerpt,
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

    #[test]
    fn no_words_no_minutes() {
        assert_eq!(stats(&["—", "|", " "]).reading_minutes, 0);
    }
}
