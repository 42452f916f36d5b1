//! The body pipeline against its peers, in one run:
//!
//! - `newsclip`: `prepare_body` (HTML, ids, outline, word count, excerpt …), default options;
//! - `newsclip+text`: the same, also keeping the whole plain text (`keep_plain_text`);
//! - `pulldown`: bare pulldown-cmark `push_html`, same options, no sanitizing;
//! - `naive`: `push_html` then `ammonia::clean` of the whole output.
//!
//! Inputs: the seed body (`benches/data/seed.md`), ~20 KB and ~2 MB bodies built from it, each
//! without and with raw HTML. `benches/RESULTS.md` holds the medians and ratios.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
use newsclip::RenderOptions;
use newsclip::sanitize::prepare_body;
use newsclip::{Article, Site};
use pulldown_cmark::{Options, Parser, html};

#[path = "support/bodies.rs"]
mod bodies;

use bodies::{RAW, SEED, body_of};

#[path = "support/harness.rs"]
mod harness;

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

fn bench(c: &mut Criterion) {
    let site = Site::new("Newsclip", "https://newsclip.example/").expect("site");
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
        let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
            .section("Business")
            .body(md.as_str())
            .build()
            .expect("article");
        let mut group = c.benchmark_group(*name);
        group.throughput(Throughput::Bytes(md.len() as u64));
        if md.len() > 1_000_000 {
            // Fewer, longer samples for the 2 MB bodies, yet enough for a steady median.
            group
                .sample_size(30)
                .measurement_time(Duration::from_secs(6));
        }
        group.bench_function(BenchmarkId::new("newsclip", md.len()), |b| {
            b.iter(|| prepare_body(black_box(article.body()), &site, &opts))
        });
        // The same with the whole plain text kept (`keep_plain_text`, off by default).
        group.bench_function(BenchmarkId::new("newsclip+text", md.len()), |b| {
            b.iter(|| prepare_body(black_box(article.body()), &site, &keep_text))
        });
        group.bench_function(BenchmarkId::new("pulldown", md.len()), |b| {
            b.iter(|| bare(black_box(md)))
        });
        group.bench_function(BenchmarkId::new("naive", md.len()), |b| {
            b.iter(|| naive(black_box(md)))
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
    harness::with_fixed_malloc(|| {
        benches();
        Criterion::default().configure_from_args().final_summary();
    });
}
