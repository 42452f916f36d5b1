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

#[path = "support/bodies.rs"]
mod bodies;
#[path = "support/harness.rs"]
mod harness;
#[path = "support/naive.rs"]
mod naive;

use bodies::{RAW, SEED, body_of};
use naive::{bare, clean_markdown as naive};

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

fn main() {
    harness::fix_malloc_thresholds();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
