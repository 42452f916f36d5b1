//! Bodies the benches share: the seed article's body and longer bodies built from it.
//! Include with `#[path = "support/bodies.rs"] mod bodies;`.

#![allow(dead_code)]

pub const SEED: &str = include_str!("../data/seed.md");

/// One extra block per part: a table, a footnote, an image with a caption, a code block.
pub const EXTRAS: &str = "\n\n| Party | Status |\n|:--|--:|\n| Meta | paused |\n| OpenAI | reviewing |\n\n\
Contractors were told on Friday.[^memo]\n\n[^memo]: An internal memo seen by reporters.\n\n\
![A server room](/img/servers.jpg \"Servers at a data centre\")\n\n```rust\nlet paused = true;\n```\n";

/// Raw HTML sprinkled into a part.
pub const RAW: &str = "\n\n<div class=\"callout\"><p>Editor's note: <em>updated</em> with Mercor's \
statement.</p></div>\n\nThe memo was <span title=\"internal\">short</span> and <abbr title=\"Application \
Programming Interface\">API</abbr> keys were rotated.\n";

/// A body of `target` bytes or just under: seed parts whose headings are numbered (so ids
/// stay distinct, as in a real long article), cut at the last paragraph break that fits.
pub fn body_of(target: usize, raw_html: bool) -> String {
    let mut out = String::with_capacity(target + 2 * SEED.len());
    let mut part = 0;
    while out.len() < target {
        part += 1;
        for line in SEED.lines() {
            if let Some(h) = line.strip_prefix("# ") {
                out.push_str(&format!("# {h} (part {part})\n"));
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
        out.push_str(EXTRAS);
        if raw_html {
            out.push_str(RAW);
        }
    }
    let cut = out[..target].rfind("\n\n").unwrap_or(target);
    out.truncate(cut);
    out
}

/// The seed page's site and its article with the body replaced by one of `bytes` bytes (the
/// seed's own body for 0): the inputs of the whole-page benches.
pub fn seed_page_with_body(bytes: usize) -> (newsclip::Site, newsclip::Article) {
    let json = include_str!("../../examples/data/newsclip-seed.json");
    let mut input: newsclip::EnvelopeInput = serde_json::from_str(json).expect("seed input");
    if bytes > 0 {
        input.article.body = body_of(bytes, false);
    }
    let envelope = input
        .into_envelope(&newsclip::ValidateOptions::default())
        .expect("valid seed");
    (envelope.site, envelope.article)
}
