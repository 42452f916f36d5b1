//! The body pipeline against its peers, in one run:
//!
//! - `newsclip`: `prepare_body` (HTML, ids, outline, word count, excerpt …), default options;
//! - `newsclip+text`: the same, also keeping the whole plain text (`keep_plain_text`);
//! - `pulldown`: bare pulldown-cmark `push_html`, same options, no sanitizing;
//! - `naive`: `push_html` then `ammonia::clean` of the whole output.
//!
//! Inputs: the seed body (`benches/data/seed.md`), ~20 KB and ~2 MB bodies built from it, each
//! without and with raw HTML. Then HTML bodies (`html-20k`, `html-2m`: pulldown-cmark's HTML
//! of the `+raw` bodies, as a CMS would send them), against
//!
//! - `ammonia`: `ammonia::clean` alone on the same HTML.
//!
//! `benches/RESULTS.md` holds the medians and ratios.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
use newsclip::RenderOptions;
use newsclip::sanitize::{SourceFormat, prepare_body};
use pulldown_cmark::{Options, Parser, html};

const SEED: &str = include_str!("data/seed.md");

/// One extra block per part: a table, a footnote, an image with a caption, a code block.
const EXTRAS: &str = "\n\n| Party | Status |\n|:--|--:|\n| Meta | paused |\n| OpenAI | reviewing |\n\n\
Contractors were told on Friday.[^memo]\n\n[^memo]: An internal memo seen by reporters.\n\n\
![A server room](/img/servers.jpg \"Servers at a data centre\")\n\n```rust\nlet paused = true;\n```\n";

/// Raw HTML sprinkled into a part.
const RAW: &str = "\n\n<div class=\"callout\"><p>Editor's note: <em>updated</em> with Mercor's \
statement.</p></div>\n\nThe memo was <span title=\"internal\">short</span> and <abbr title=\"Application \
Programming Interface\">API</abbr> keys were rotated.\n";

/// A body of `target` bytes or just under: seed parts whose headings are numbered (so ids
/// stay distinct, as in a real long article), cut at the last paragraph break that fits.
fn body_of(target: usize, raw_html: bool) -> String {
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

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

fn bare(md: &str) -> String {
    let mut out = String::with_capacity(md.len() + md.len() / 4);
    html::push_html(&mut out, Parser::new_ext(md, options()));
    out
}

fn naive(md: &str) -> String {
    ammonia::clean(&bare(md))
}

/// A group for an input of `bytes` bytes: fewer, longer samples for the 2 MB inputs, yet
/// enough for a steady median.
fn group<'c>(
    c: &'c mut Criterion,
    name: &str,
    bytes: usize,
) -> criterion::BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    if bytes > 1_000_000 {
        group
            .sample_size(30)
            .measurement_time(Duration::from_secs(6));
    }
    group
}

fn bench(c: &mut Criterion) {
    let site = url::Url::parse("https://newsclip.example/").expect("site");
    let opts = RenderOptions::default();
    let mut keep_text = RenderOptions::default();
    keep_text.body.keep_plain_text = true;
    let inputs = [
        ("seed", SEED.to_owned()),
        ("seed+raw", format!("{SEED}{RAW}")),
        ("20k", body_of(20_000, false)),
        ("20k+raw", body_of(20_000, true)),
        ("2m", body_of(2_000_000, false)),
        ("2m+raw", body_of(2_000_000, true)),
    ];
    for (name, md) in &inputs {
        let mut group = group(c, name, md.len());
        group.bench_function(BenchmarkId::new("newsclip", md.len()), |b| {
            b.iter(|| prepare_body(black_box(md), SourceFormat::Markdown, &site, &opts))
        });
        // The same with the whole plain text kept (`keep_plain_text`, off by default).
        group.bench_function(BenchmarkId::new("newsclip+text", md.len()), |b| {
            b.iter(|| prepare_body(black_box(md), SourceFormat::Markdown, &site, &keep_text))
        });
        group.bench_function(BenchmarkId::new("pulldown", md.len()), |b| {
            b.iter(|| bare(black_box(md)))
        });
        group.bench_function(BenchmarkId::new("naive", md.len()), |b| {
            b.iter(|| naive(black_box(md)))
        });
        group.finish();
    }
    for (name, size) in [("html-20k", 20_000), ("html-2m", 2_000_000)] {
        let html = bare(&body_of(size, true));
        let mut group = group(c, name, html.len());
        group.bench_function(BenchmarkId::new("newsclip", html.len()), |b| {
            b.iter(|| prepare_body(black_box(&html), SourceFormat::Html, &site, &opts))
        });
        group.bench_function(BenchmarkId::new("ammonia", html.len()), |b| {
            b.iter(|| ammonia::clean(black_box(&html)))
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = bench
}

/// glibc's malloc tunes its trim and mmap thresholds to the sizes freed so far. Whether a
/// call's buffers are page-faulted afresh every iteration then depends on the process's
/// allocation history and on a few hundred kilobytes either way: the 2 MB medians of every
/// peer jump by up to 2x from run to run. So the bench runs with both thresholds fixed, for
/// all peers alike: it runs itself again with them set, unless they already are or
/// `NEWSCLIP_BENCH_DEFAULT_MALLOC` asks for glibc's defaults.
const FIXED_MALLOC: [(&str, &str); 2] = [
    // 32 MiB, glibc's largest mmap threshold; setting it also stops the tuning.
    ("MALLOC_MMAP_THRESHOLD_", "33554432"),
    ("MALLOC_TRIM_THRESHOLD_", "268435456"),
];

fn main() {
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
    benches();
    Criterion::default().configure_from_args().final_summary();
}
