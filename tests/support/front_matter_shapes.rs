//! Hostile front matter: one generator per shape of YAML or TOML known to make a parser (or
//! what reads its tree) deep, slow or hungry, at any size. Shared by `tests/front_matter.rs`
//! (each shape read at a large size, with the error it must give) and
//! `benches/pathological.rs` (cost per byte at 1 MB against 100 KB). Include with
//! `#[path = "support/front_matter_shapes.rs"] mod front_matter_shapes;` (from `benches/`:
//! `#[path = "../tests/support/front_matter_shapes.rs"]`).
//!
//! Sources: the YAML and TOML parsers' recursion limits (saphyr-parser, toml's parser), the
//! "billion laughs" alias expansion, YAML's 1024-character limit on implicit keys, and a
//! finding of this crate: every unknown key was searched for a typo even past the
//! problem limit (about 0.3 s for 1 MB of unknown keys; now only the listed ones are).

#![allow(dead_code)]

/// One shape of hostile front matter.
#[derive(Clone, Copy)]
pub struct Shape {
    /// Short name (bench rows, test messages).
    pub name: &'static str,
    /// `---` (YAML) or `+++` (TOML).
    pub delimiter: &'static str,
    /// What reading it must say: a part of the error's text.
    pub error: &'static str,
    /// The front matter's lines, about `bytes` long.
    generate: fn(usize) -> String,
}

impl Shape {
    /// A whole file: the front matter of about `bytes` bytes between its delimiters, and a
    /// line of Markdown.
    pub fn file(&self, bytes: usize) -> String {
        let d = self.delimiter;
        format!("{d}\n{}{d}\nText\n", (self.generate)(bytes))
    }

    /// "YAML" or "TOML".
    pub fn language(&self) -> &'static str {
        if self.delimiter == "+++" {
            "TOML"
        } else {
            "YAML"
        }
    }
}

/// `unit` as often as fits in `bytes`.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1))
}

/// `unit(i)` for i = 0, 1, … as long as it fits in `bytes`.
fn numbered(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut len = 0;
    (0..)
        .map(unit)
        .take_while(|u| {
            len += u.len();
            len <= bytes
        })
        .collect()
}

/// `key` then `open` n times, `middle`, `close` n times: n as large as fits in `bytes`.
fn nest(key: &str, open: &str, middle: &str, close: &str, bytes: usize) -> String {
    let n = bytes / (open.len() + close.len()).max(1);
    format!("{key}{}{middle}{}\n", open.repeat(n), close.repeat(n))
}

/// The problem every article without its required fields has.
const MISSING: &str = "headline: is required";

/// Every shape, YAML first.
pub const SHAPES: &[Shape] = &[
    Shape {
        name: "yaml-flow-list-nest",
        delimiter: "---",
        error: "recursion limit",
        generate: |b| nest("k: ", "[", "", "]", b),
    },
    Shape {
        name: "yaml-flow-map-nest",
        delimiter: "---",
        error: "nested deeper than 64 levels",
        generate: |b| nest("k: ", "{a: ", "1", "}", b),
    },
    Shape {
        name: "yaml-block-list-nest",
        delimiter: "---",
        error: "nested deeper than 64 levels",
        generate: |b| format!("k:\n  {}x\n", repeat("- ", b)),
    },
    Shape {
        name: "yaml-block-map-nest",
        delimiter: "---",
        error: "nested deeper than 64 levels",
        // Indentation grows with depth: n levels take about n² bytes.
        generate: |b| {
            let mut s = String::new();
            let mut depth = 0;
            while s.len() + 2 * depth + 3 <= b {
                s.push_str(&"  ".repeat(depth));
                s.push_str("a:\n");
                depth += 1;
            }
            s
        },
    },
    Shape {
        name: "yaml-unclosed-quote",
        delimiter: "---",
        error: "YAML:",
        generate: |b| format!("headline: \"{}", repeat("  x\n", b)),
    },
    Shape {
        name: "yaml-long-key",
        delimiter: "---",
        error: "YAML:",
        generate: |b| format!("{}: v\n", "k".repeat(b)),
    },
    Shape {
        name: "yaml-many-tags",
        delimiter: "---",
        error: "YAML:",
        generate: |b| format!("k: {}x\n", repeat("!t ", b)),
    },
    Shape {
        name: "yaml-aliases",
        delimiter: "---",
        error: "alias",
        generate: |b| format!("a: &a [x]\nb: [{}]\n", repeat("*a, ", b)),
    },
    Shape {
        name: "yaml-document-ends",
        delimiter: "---",
        error: MISSING,
        generate: |b| repeat("...\n", b),
    },
    Shape {
        name: "yaml-question-keys",
        delimiter: "---",
        error: "is not a field here",
        generate: |b| repeat("? a\n", b),
    },
    Shape {
        name: "yaml-unknown-keys",
        delimiter: "---",
        error: "is not a field here",
        generate: |b| numbered(b, |i| format!("headlin{i}: x\n")),
    },
    Shape {
        name: "yaml-comments",
        delimiter: "---",
        error: MISSING,
        generate: |b| repeat("# c\n", b),
    },
    Shape {
        name: "toml-array-nest",
        delimiter: "+++",
        error: "recurse",
        generate: |b| nest("a = ", "[", "", "]", b),
    },
    Shape {
        name: "toml-inline-table-nest",
        delimiter: "+++",
        error: "recurse",
        generate: |b| nest("a = ", "{b = ", "1", "}", b),
    },
    Shape {
        name: "toml-dotted-key",
        delimiter: "+++",
        error: "recursion limit",
        generate: |b| format!("{}b = 1\n", repeat("a.", b)),
    },
    Shape {
        name: "toml-header-segments",
        delimiter: "+++",
        error: "recursion limit",
        generate: |b| format!("[{}b]\n", repeat("a.", b)),
    },
    Shape {
        name: "toml-unclosed-multiline-string",
        delimiter: "+++",
        error: "multi-line",
        generate: |b| format!("a = \"\"\"{}", repeat("x\n", b)),
    },
    Shape {
        name: "toml-duplicate-keys",
        delimiter: "+++",
        error: "duplicate key",
        generate: |b| repeat("a = 1\n", b),
    },
    Shape {
        name: "toml-many-tables",
        delimiter: "+++",
        error: "is not a field here",
        generate: |b| numbered(b, |i| format!("[a.b{i}]\n")),
    },
    Shape {
        name: "toml-comments",
        delimiter: "+++",
        error: MISSING,
        generate: |b| repeat("# c\n", b),
    },
];
