//! Whole pages, as users call them: a validated article to a complete document
//! (`render_document`: head tags, the JSON-LD graph, every component and the body), against
//! its peers in one run:
//!
//! - `floor`: bare pulldown-cmark `push_html` on the same body (nothing else on the page);
//! - `naive`: the page a user would write by hand (`support/naive.rs`: pulldown-cmark and
//!   `ammonia::clean` for the body and every answer, a `json!` NewsArticle + FAQPage graph
//!   escaped for `<script>`, the visible parts in maud).
//!
//! Inputs: the seed article (4 KB body, 9 answers) and the same article with ~20 KB, ~200 KB
//! and ~2 MB bodies. `benches/RESULTS.md` holds the medians and ratios
//! (`python3 benches/results.py page`). `benches/interleaved.rs` times the same pairs call
//! by call, which keeps machine load out of the ratios.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
use newsclip::{RenderOptions, render_document};

#[path = "support/bodies.rs"]
mod bodies;
#[path = "support/harness.rs"]
mod harness;
#[path = "support/naive.rs"]
mod naive;

fn bench(c: &mut Criterion) {
    let options = RenderOptions::default();
    for (name, bytes) in [
        ("seed", 0),
        ("20k", 20_000),
        ("200k", 200_000),
        ("2m", 2_000_000),
    ] {
        let (site, article) = bodies::seed_page_with_body(bytes);
        let body = article.body().source();
        let mut group = c.benchmark_group(format!("page-{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        if body.len() > 1_000_000 {
            group
                .sample_size(30)
                .measurement_time(Duration::from_secs(6));
        }
        group.bench_function(BenchmarkId::new("newsclip", body.len()), |b| {
            b.iter(|| render_document(black_box(&article), &site, &options).into_string())
        });
        group.bench_function(BenchmarkId::new("floor", body.len()), |b| {
            b.iter(|| naive::bare(black_box(body)))
        });
        group.bench_function(BenchmarkId::new("naive", body.len()), |b| {
            b.iter(|| naive::page(black_box(&article), &site))
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
