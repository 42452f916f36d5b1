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
