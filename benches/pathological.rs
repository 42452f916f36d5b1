//! Pathological bodies: the cost per byte of rendering a whole page (`render_document`) at
//! 1 MB against 100 KB, for every class of `tests/support/pathological.rs`, and the time of a
//! 2 MiB body. Fails (exit status 1) when a class costs more than [`MAX_RATIO`] times as much
//! per byte at 1 MB as at 100 KB, or when a 2 MiB body takes [`MAX_2MIB`] or more.
//!
//! `cargo bench --bench pathological` (release). Times are CPU time (on Linux; wall time
//! elsewhere) per render, from batches of at least 150 ms: the best of five batches, 100 KB
//! and 1 MB in turns; two batches at 2 MiB. Other processes on the machine then take little
//! from the measure; a class over the ratio is measured again, twice at most. Like
//! `benches/body.rs`, it runs with
//! glibc's malloc thresholds fixed (`NEWSCLIP_BENCH_DEFAULT_MALLOC=1` for glibc's defaults).
//! The table (Markdown) is printed and written to `target/pathological.md`;
//! `benches/RESULTS.md` holds a run of it. Arguments filter classes by name.

#[path = "support/harness.rs"]
mod harness;
#[path = "../tests/support/pathological.rs"]
mod pathological;

use std::hint::black_box;
use std::time::{Duration, Instant};

use newsclip::{Article, RenderOptions, Site, render_document};
use pathological::CLASSES;

/// Largest allowed cost per byte at 1 MB over the cost per byte at 100 KB.
const MAX_RATIO: f64 = 2.0;

/// Longest allowed render of a 2 MiB body.
const MAX_2MIB: Duration = Duration::from_secs(1);

const SMALL: usize = 100_000;
const LARGE: usize = 1_000_000;
const HUGE: usize = 2 * 1024 * 1024;

/// This thread's CPU time (Linux: `/proc/thread-self/schedstat`, exact to a scheduler tick),
/// or `None` where it is not available.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    (ns > 0).then(|| Duration::from_nanos(ns))
}

/// A clock: CPU time where there is one (other processes then take nothing from the
/// measure), wall time elsewhere.
fn now() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    cpu_time().unwrap_or_else(|| START.get_or_init(Instant::now).elapsed())
}

/// The time of one render, from a batch of renders lasting at least [`BATCH`] (the CPU clock
/// only moves at scheduler ticks).
fn per_render(article: &Article, site: &Site) -> Duration {
    let options = RenderOptions::default();
    let start = now();
    let mut renders = 0u32;
    loop {
        let page = render_document(black_box(article), site, &options);
        drop(black_box(page));
        renders += 1;
        let spent = now().saturating_sub(start);
        if spent >= BATCH || spent > Duration::from_secs(5) {
            return spent / renders;
        }
    }
}

/// Each batch lasts at least this long.
const BATCH: Duration = Duration::from_millis(150);

/// The shortest time per render of `small` and of `large`, batches of each in turns so that
/// both see the same conditions: five turns.
fn measure(small: &Article, large: &Article, site: &Site) -> (Duration, Duration) {
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        best_small = best_small.min(per_render(small, site));
        best_large = best_large.min(per_render(large, site));
    }
    (best_small, best_large)
}

fn fmt(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

fn run(filters: &[String]) -> bool {
    let site = Site::new("Newsclip", "https://newsclip.example/").expect("site");
    let mut table = String::from(
        "| class | format | 100 KB | 1 MB | ns/B at 100 KB | ns/B at 1 MB | ratio | 2 MiB |\n\
         |---|---|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut failed = Vec::new();
    for class in CLASSES {
        if !filters.is_empty() && !filters.iter().any(|f| class.name.contains(f.as_str())) {
            continue;
        }
        let (small, large, huge) = (
            class.article(SMALL),
            class.article(LARGE),
            class.article(HUGE),
        );
        let per_byte =
            |d: Duration, a: &Article| d.as_nanos() as f64 / a.body().source().len() as f64;
        // A class over the ratio is measured again (twice at most): load from other
        // processes can push one measurement over, a superlinear class stays over.
        let mut best: Option<(f64, Duration, Duration)> = None;
        for _ in 0..3 {
            let (t_small, t_large) = measure(&small, &large, &site);
            let ratio = per_byte(t_large, &large) / per_byte(t_small, &small);
            if best.is_none_or(|(r, _, _)| ratio < r) {
                best = Some((ratio, t_small, t_large));
            }
            if ratio <= MAX_RATIO {
                break;
            }
        }
        let Some((ratio, t_small, t_large)) = best else {
            continue;
        };
        let t_huge = per_render(&huge, &site).min(per_render(&huge, &site));
        let (b_small, b_large) = (per_byte(t_small, &small), per_byte(t_large, &large));
        let format = if class.is_html() { "HTML" } else { "Markdown" };
        let line = format!(
            "| {} | {format} | {} | {} | {b_small:.0} | {b_large:.0} | {ratio:.2}x | {} |\n",
            class.name,
            fmt(t_small),
            fmt(t_large),
            fmt(t_huge)
        );
        eprint!("{line}");
        table.push_str(&line);
        if ratio > MAX_RATIO {
            failed.push(format!("{}: {ratio:.2}x per byte at 1 MB", class.name));
        }
        if t_huge >= MAX_2MIB {
            failed.push(format!("{}: 2 MiB took {}", class.name, fmt(t_huge)));
        }
    }
    println!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pathological.md");
    if let Err(e) = std::fs::write(&out, &table) {
        eprintln!("could not write {}: {e}", out.display());
    }
    for f in &failed {
        eprintln!("FAILED {f}");
    }
    failed.is_empty()
}

fn main() {
    harness::fix_malloc_thresholds();
    // `cargo bench` passes `--bench`; everything else not starting with `-` is a filter.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if !run(&filters) {
        std::process::exit(1);
    }
}
