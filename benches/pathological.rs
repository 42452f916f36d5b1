//! Pathological inputs: the cost per byte of rendering a whole page (`render_document`) at
//! 1 MB against 100 KB, for every class of body in `tests/support/pathological.rs`, and of
//! reading a Markdown file (`Article::from_markdown_with`) for every shape of hostile front
//! matter in `tests/support/front_matter_shapes.rs`; and the time of a 2 MiB input. Fails
//! (exit status 1) when an input costs more than [`MAX_RATIO`] times as much per byte at
//! 1 MB as at 100 KB, or when a 2 MiB input takes [`MAX_2MIB`] or more.
//!
//! `cargo bench --bench pathological` (release). Times are CPU time (on Linux; wall time
//! elsewhere) per render, from batches of at least 150 ms: the best of five batches, 100 KB
//! and 1 MB in turns; two batches at 2 MiB. Other processes on the machine then take little
//! from the measure; a class over the ratio is measured again, twice at most. Like
//! `benches/body.rs`, it runs with
//! glibc's malloc thresholds fixed (`NEWSCLIP_BENCH_DEFAULT_MALLOC=1` for glibc's defaults).
//! The table (Markdown) is printed and written to `target/pathological.md`;
//! `benches/RESULTS.md` holds a run of it. Arguments filter classes by name.

#[cfg(feature = "front-matter")]
#[path = "../tests/support/front_matter_shapes.rs"]
mod front_matter_shapes;
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

/// The time of one call, from a batch of calls lasting at least [`BATCH`] (the CPU clock
/// only moves at scheduler ticks).
fn per_call(call: &dyn Fn()) -> Duration {
    let start = now();
    let mut calls = 0u32;
    loop {
        call();
        calls += 1;
        let spent = now().saturating_sub(start);
        if spent >= BATCH || spent > Duration::from_secs(5) {
            return spent / calls;
        }
    }
}

/// Each batch lasts at least this long.
const BATCH: Duration = Duration::from_millis(150);

/// The shortest time per call of `small` and of `large`, batches of each in turns so that
/// both see the same conditions: five turns.
fn measure(small: &dyn Fn(), large: &dyn Fn()) -> (Duration, Duration) {
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        best_small = best_small.min(per_call(small));
        best_large = best_large.min(per_call(large));
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

/// One input at three sizes: the call for each, and the input's size in bytes.
struct AtThreeSizes<'a> {
    name: &'a str,
    format: &'a str,
    small: (Box<dyn Fn() + 'a>, usize),
    large: (Box<dyn Fn() + 'a>, usize),
    huge: Box<dyn Fn() + 'a>,
}

/// Measures one input: its table row, and what fails the bench.
fn row(input: &AtThreeSizes<'_>, failed: &mut Vec<String>) -> String {
    let per_byte = |d: Duration, bytes: usize| d.as_nanos() as f64 / bytes as f64;
    let (small, small_bytes) = (&input.small.0, input.small.1);
    let (large, large_bytes) = (&input.large.0, input.large.1);
    // An input over the ratio is measured again (twice at most): load from other
    // processes can push one measurement over, a superlinear class stays over.
    let mut best: Option<(f64, Duration, Duration)> = None;
    for _ in 0..3 {
        let (t_small, t_large) = measure(small.as_ref(), large.as_ref());
        let ratio = per_byte(t_large, large_bytes) / per_byte(t_small, small_bytes);
        if best.is_none_or(|(r, _, _)| ratio < r) {
            best = Some((ratio, t_small, t_large));
        }
        if ratio <= MAX_RATIO {
            break;
        }
    }
    let Some((ratio, t_small, t_large)) = best else {
        return String::new();
    };
    let t_huge = per_call(input.huge.as_ref()).min(per_call(input.huge.as_ref()));
    let (b_small, b_large) = (
        per_byte(t_small, small_bytes),
        per_byte(t_large, large_bytes),
    );
    let line = format!(
        "| {} | {} | {} | {} | {b_small:.0} | {b_large:.0} | {ratio:.2}x | {} |\n",
        input.name,
        input.format,
        fmt(t_small),
        fmt(t_large),
        fmt(t_huge)
    );
    eprint!("{line}");
    if ratio > MAX_RATIO {
        failed.push(format!("{}: {ratio:.2}x per byte at 1 MB", input.name));
    }
    if t_huge >= MAX_2MIB {
        failed.push(format!("{}: 2 MiB took {}", input.name, fmt(t_huge)));
    }
    line
}

/// A whole page of `article`.
fn render(article: &Article, site: &Site) {
    let page = render_document(black_box(article), site, &RenderOptions::default());
    drop(black_box(page));
}

/// An article read from `file` (front matter and Markdown): refused, for every shape.
#[cfg(feature = "front-matter")]
fn read(file: &str, opts: &newsclip::ValidateOptions) {
    drop(black_box(Article::from_markdown_with(
        black_box(file),
        opts,
    )));
}

/// The table rows of the front matter shapes: reading the file (the body after it is one
/// line).
#[cfg(feature = "front-matter")]
fn front_matter_rows(wanted: &dyn Fn(&str) -> bool, failed: &mut Vec<String>) -> String {
    let mut rows = String::new();
    let mut opts = newsclip::ValidateOptions::default();
    opts.limits.max_body_bytes = 4 * HUGE;
    for shape in front_matter_shapes::SHAPES
        .iter()
        .filter(|s| wanted(s.name))
    {
        let [small, large, huge] = [SMALL, LARGE, HUGE].map(|size| shape.file(size));
        let input = AtThreeSizes {
            name: shape.name,
            format: shape.language(),
            small: (Box::new(|| read(&small, &opts)), small.len()),
            large: (Box::new(|| read(&large, &opts)), large.len()),
            huge: Box::new(|| read(&huge, &opts)),
        };
        rows.push_str(&row(&input, failed));
    }
    rows
}

fn run(filters: &[String]) -> bool {
    let site = Site::new("Newsclip", "https://newsclip.example/").expect("site");
    let wanted =
        |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    let mut table = String::from(
        "| class | format | 100 KB | 1 MB | ns/B at 100 KB | ns/B at 1 MB | ratio | 2 MiB |\n\
         |---|---|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut failed = Vec::new();
    for class in CLASSES.iter().filter(|c| wanted(c.name)) {
        let [small, large, huge] = [SMALL, LARGE, HUGE].map(|size| class.article(size));
        let input = AtThreeSizes {
            name: class.name,
            format: if class.is_html() { "HTML" } else { "Markdown" },
            small: (
                Box::new(|| render(&small, &site)),
                small.body().source().len(),
            ),
            large: (
                Box::new(|| render(&large, &site)),
                large.body().source().len(),
            ),
            huge: Box::new(|| render(&huge, &site)),
        };
        table.push_str(&row(&input, &mut failed));
    }
    #[cfg(feature = "front-matter")]
    table.push_str(&front_matter_rows(&wanted, &mut failed));
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
