//! The three body targets timed call by call, each call of `prepare_body` next to a call of
//! its peer, so that machine load, which moves from second to second on a shared machine,
//! weighs on both alike: the median of the per-pair ratios, with its quartiles (and the
//! median time of each side, which load moves more than the ratio).
//!
//! - plain Markdown against bare pulldown-cmark (`push_html`, same options);
//! - Markdown with raw HTML against the naive pipeline (`push_html`, then `ammonia::clean`);
//! - HTML bodies against `ammonia::clean` alone on the same HTML;
//! - whole pages (`render_document` of the seed article, and of it with ~20 KB, ~200 KB and
//!   ~2 MB bodies) against bare pulldown-cmark on the same body and against the page written
//!   by hand (`support/naive.rs`), and the floor against the hand-written page (how much
//!   faster than the naive page a page as fast as bare pulldown-cmark would be).
//!
//! `cargo bench --bench interleaved`; `benches/RESULTS.md` holds a run. (criterion's
//! `benches/body.rs` times each peer in a stretch of its own; on a quiet machine both agree.)

#[path = "support/bodies.rs"]
mod bodies;
#[path = "support/harness.rs"]
mod harness;
#[path = "support/naive.rs"]
mod naive;

use std::hint::black_box;
use std::time::Instant;

use bodies::{SEED, body_of};
use naive::{bare, clean_markdown as naive};
use newsclip::sanitize::{SourceFormat, prepare_body};
use newsclip::{RenderOptions, render_document};

/// Median and quartiles of `ratios`.
fn quartiles(mut ratios: Vec<f64>) -> (f64, f64, f64) {
    ratios.sort_by(f64::total_cmp);
    let at = |q: usize| {
        ratios
            .get(ratios.len() * q / 4)
            .copied()
            .unwrap_or(f64::NAN)
    };
    (at(2), at(1), at(3))
}

/// `seconds` in microseconds, for the table.
fn micros(seconds: f64) -> String {
    format!("{:.1} µs", seconds * 1e6)
}

/// Runs `ours` and `peer` alternately `rounds` times (after a warm-up) and prints the ratio.
fn pair(name: &str, rounds: usize, mut ours: impl FnMut(), mut peer: impl FnMut()) {
    for _ in 0..rounds.div_ceil(10) {
        ours();
        peer();
    }
    let mut ratios = Vec::with_capacity(rounds);
    let (mut ours_times, mut peer_times) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
    for _ in 0..rounds {
        let start = Instant::now();
        ours();
        let a = start.elapsed().as_secs_f64();
        let start = Instant::now();
        peer();
        let b = start.elapsed().as_secs_f64();
        ratios.push(a / b);
        ours_times.push(a);
        peer_times.push(b);
    }
    let (median, q1, q3) = quartiles(ratios);
    let (ours_median, peer_median) = (quartiles(ours_times).0, quartiles(peer_times).0);
    println!(
        "| {name} | {median:.3}x | {q1:.3}x – {q3:.3}x | {} | {} | {rounds} |",
        micros(ours_median),
        micros(peer_median)
    );
}

fn main() {
    // Malloc thresholds fixed as for `body.rs` (the 2 MB calls otherwise page-fault or not
    // depending on the allocation history).
    harness::fix_malloc_thresholds();
    let site = url::Url::parse("https://newsclip.example/").expect("site");
    let opts = RenderOptions::default();
    let markdown = |md: &str| {
        black_box(prepare_body(
            black_box(md),
            SourceFormat::Markdown,
            &site,
            &opts,
        ));
    };
    let html = |html: &str| {
        black_box(prepare_body(
            black_box(html),
            SourceFormat::Html,
            &site,
            &opts,
        ));
    };
    println!("| pair | median newsclip / peer | quartiles | newsclip | peer | calls |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, md, rounds) in [
        ("seed / pulldown", SEED.to_owned(), 4000),
        ("20k / pulldown", body_of(20_000, false), 2000),
        ("2m / pulldown", body_of(2_000_000, false), 200),
    ] {
        pair(
            name,
            rounds,
            || markdown(&md),
            || {
                black_box(bare(black_box(&md)));
            },
        );
    }
    for (name, size, rounds) in [
        ("20k+raw / naive", 20_000, 1000),
        ("2m+raw / naive", 2_000_000, 60),
    ] {
        let md = body_of(size, true);
        pair(
            name,
            rounds,
            || markdown(&md),
            || {
                black_box(naive(black_box(&md)));
            },
        );
    }
    for (name, size, rounds) in [
        ("html-20k / ammonia", 20_000, 1000),
        ("html-2m / ammonia", 2_000_000, 60),
    ] {
        let body = bare(&body_of(size, true));
        pair(
            name,
            rounds,
            || html(&body),
            || {
                black_box(ammonia::clean(black_box(&body)));
            },
        );
    }
    for (name, bytes, rounds) in [
        ("page-seed", 0, 4000),
        ("page-20k", 20_000, 1000),
        ("page-200k", 200_000, 200),
        ("page-2m", 2_000_000, 40),
    ] {
        let (site, article) = bodies::seed_page_with_body(bytes);
        let page = || {
            black_box(render_document(black_box(&article), &site, &opts).into_string());
        };
        pair(&format!("{name} / floor"), rounds, page, || {
            black_box(bare(black_box(article.body().source())));
        });
        pair(&format!("{name} / naive"), rounds, page, || {
            black_box(naive::page(black_box(&article), &site));
        });
        // The ceiling of `naive / page` for a page as fast as the floor: its inverse.
        pair(
            &format!("{name} floor / naive"),
            rounds,
            || {
                black_box(bare(black_box(article.body().source())));
            },
            || {
                black_box(naive::page(black_box(&article), &site));
            },
        );
    }
}
