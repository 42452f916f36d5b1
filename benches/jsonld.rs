//! The JSON-LD `<script>` element of the seed article (`examples/data/newsclip-seed.json` on
//! the default site), in one run:
//!
//! - `script`: build the graph from the prepared article and write the script element into a
//!   page buffer (what a page pays);
//! - `write`: only write the script element of an already built graph;
//! - `to_json_pretty`: the pretty string `render_parts` returns.
//!
//! The article is prepared once, outside the timing. `benches/RESULTS.md` holds the medians.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use maud::Render;
use newsclip::render::jsonld::JsonLd;
use newsclip::{Envelope, PreparedArticle, RenderOptions};

const SEED_JSON: &str = include_str!("../examples/data/newsclip-seed.json");

fn bench(c: &mut Criterion) {
    let Envelope { site, article } = Envelope::from_json(SEED_JSON).expect("seed");
    let options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &options);
    let built = JsonLd::new(&prepared);
    // A page buffer that already holds a head's worth of markup, reused like a server would.
    let mut page = String::with_capacity(64 * 1024);
    let head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">".repeat(20);

    let mut group = c.benchmark_group("jsonld-seed");
    group.bench_function("script", |b| {
        b.iter(|| {
            page.clear();
            page.push_str(&head);
            JsonLd::new(black_box(&prepared)).render_to(&mut page);
            black_box(page.len())
        })
    });
    group.bench_function("write", |b| {
        b.iter(|| {
            page.clear();
            page.push_str(&head);
            black_box(&built).render_to(&mut page);
            black_box(page.len())
        })
    });
    group.bench_function("to_json_pretty", |b| {
        b.iter(|| black_box(&built).to_json_pretty())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
