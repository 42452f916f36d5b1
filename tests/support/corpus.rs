//! The hostile body corpus: `tests/corpus/hostile.txt` plus bodies with control characters.

const CORPUS: &str = include_str!("../corpus/hostile.txt");

/// Bodies with control characters, kept out of the text file.
const CONTROL_BODIES: &[(&str, &str)] = &[
    ("ctrl-nul-in-scheme", "[x](java\u{0}script:alert(1))"),
    (
        "ctrl-tab-in-scheme",
        "<a href=\"java\tscript:alert(1)\">x</a>",
    ),
    (
        "ctrl-newline-in-scheme",
        "<a href=\"java\nscript:alert(1)\">x</a>",
    ),
    (
        "ctrl-lead-soh",
        "<a href=\"\u{1}javascript:alert(1)\">x</a>",
    ),
    (
        "ctrl-lead-nul-img",
        "<img src=\"\u{0}javascript:alert(1)\">",
    ),
    ("ctrl-md-lead-esc", "[x](\u{1b}javascript:alert(1))"),
    ("ctrl-bidi-override", "[x](\u{202e}javascript:alert(1))"),
    ("ctrl-zero-width", "[x](java\u{200b}script:alert(1))"),
    ("ctrl-bom", "<a href=\"\u{feff}javascript:alert(1)\">x</a>"),
    ("ctrl-nbsp", "<a href=\"\u{a0}javascript:alert(1)\">x</a>"),
    (
        "ctrl-fullwidth",
        "<a href=\"\u{ff4a}avascript:alert(1)\">x</a>",
    ),
    (
        "ctrl-cr-only",
        "# a\r[x](javascript:alert(1))\r\r<script>alert(1)</script>",
    ),
];

pub fn corpus() -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in CORPUS.lines() {
        if let Some(name) = line.strip_prefix("@@@ ") {
            entries.push((name.to_owned(), String::new()));
        } else if let Some((_, body)) = entries.last_mut() {
            if !body.is_empty() {
                body.push('\n');
            }
            body.push_str(line);
        }
    }
    for (name, body) in CONTROL_BODIES {
        entries.push(((*name).to_owned(), (*body).to_owned()));
    }
    entries
}
