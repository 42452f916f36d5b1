//! The bench inputs and the peers, shared by `body.rs` (criterion) and `interleaved.rs`.

#![allow(dead_code)]

use pulldown_cmark::{Options, Parser, html};

pub const SEED: &str = include_str!("data/seed.md");

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

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

pub fn bare(md: &str) -> String {
    let mut out = String::with_capacity(md.len() + md.len() / 4);
    html::push_html(&mut out, Parser::new_ext(md, options()));
    out
}

pub fn naive(md: &str) -> String {
    ammonia::clean(&bare(md))
}

/// glibc's malloc tunes its trim and mmap thresholds to the sizes freed so far. Whether a
/// call's buffers are page-faulted afresh every iteration then depends on the process's
/// allocation history and on a few hundred kilobytes either way: the 2 MB medians of every
/// peer jump by up to 2x from run to run. So the bench runs with both thresholds fixed, for
/// all peers alike: it runs itself again with them set, unless they already are or
/// `NEWSCLIP_BENCH_DEFAULT_MALLOC` asks for glibc's defaults.
pub const FIXED_MALLOC: [(&str, &str); 2] = [
    // 32 MiB, glibc's largest mmap threshold; setting it also stops the tuning.
    ("MALLOC_MMAP_THRESHOLD_", "33554432"),
    ("MALLOC_TRIM_THRESHOLD_", "268435456"),
];

/// Runs this bench again with the thresholds fixed (see [`FIXED_MALLOC`]), unless they are
/// already or `NEWSCLIP_BENCH_DEFAULT_MALLOC` asks for glibc's defaults; returns when this
/// process is the one to measure.
pub fn fix_malloc_thresholds() {
    let unset = FIXED_MALLOC
        .iter()
        .any(|(name, _)| std::env::var_os(name).is_none());
    if cfg!(target_os = "linux")
        && unset
        && std::env::var_os("NEWSCLIP_BENCH_DEFAULT_MALLOC").is_none()
    {
        let status = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .envs(FIXED_MALLOC)
                .status()
        });
        match status {
            Ok(status) => std::process::exit(status.code().unwrap_or(1)),
            Err(e) => eprintln!("could not fix malloc's thresholds ({e}); glibc's defaults"),
        }
    }
}
