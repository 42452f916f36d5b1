//! Allocations and peak memory of whole pages, counted by a global allocator (so not a timing
//! bench: `cargo bench --bench page_memory` prints the figures `benches/RESULTS.md` quotes).
//!
//! - allocations (count and bytes) for one seed page, `render_document` from a validated
//!   article;
//! - peak extra memory for a 20 MB body, from JSON input to the finished page
//!   (`Article::from_json_with` then `render_document`), as a multiple of input + output, next
//!   to bare pulldown-cmark `push_html` on the same body measured the same way.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use newsclip::{
    Article, ArticleInput, Envelope, EnvelopeInput, Limits, RenderOptions, ValidateOptions,
    render_document,
};

#[path = "support/bodies.rs"]
mod bodies;
#[path = "support/naive.rs"]
mod naive;

/// Counts allocations and live bytes, and keeps the peak of live bytes.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let live = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged; the counters are
// atomics and never affect the returned memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        grew(layout.size());
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        ALLOCATED.fetch_add(new_size, Ordering::Relaxed);
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: forwarded with the caller's pointer, layout and size.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f`, returning its result, the allocations it made, the bytes it asked for, and its
/// peak of live bytes above what was live before.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, usize, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let count = ALLOCATIONS.load(Ordering::Relaxed);
    let bytes = ALLOCATED.load(Ordering::Relaxed);
    let out = f();
    (
        out,
        ALLOCATIONS.load(Ordering::Relaxed) - count,
        ALLOCATED.load(Ordering::Relaxed) - bytes,
        PEAK.load(Ordering::Relaxed) - before,
    )
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() {
    let options = RenderOptions::default();
    let seed_json = include_str!("../examples/data/newsclip-seed.json");
    let Envelope {
        site,
        article: seed,
    } = Envelope::from_json(seed_json).expect("seed");

    // Warm up: lazily built tables (the sanitizer policy) are not the page's cost.
    let _ = render_document(&seed, &site, &options).into_string();
    let (page, count, bytes, peak) =
        measure(|| render_document(&seed, &site, &options).into_string());
    println!(
        "seed page: {count} allocations, {bytes} bytes allocated, peak {peak} bytes above start, page {} bytes",
        page.len()
    );
    let (_, count, bytes, _) = measure(|| naive::page(&seed, &site));
    println!("seed page by hand (naive): {count} allocations, {bytes} bytes allocated");

    // 20 MB body, JSON in, page out.
    let mut input: ArticleInput = serde_json::from_str::<EnvelopeInput>(seed_json)
        .expect("seed input")
        .article;
    input.body = bodies::body_of(20_000_000, false);
    let json = serde_json::to_string(&input).expect("json");
    drop(input);
    let mut limits = Limits::default();
    limits.max_body_bytes = 32 * 1024 * 1024;
    let mut validate = ValidateOptions::default();
    validate.limits = limits;
    let (page, _, _, peak) = measure(|| {
        let article = Article::from_json_with(&json, &validate).expect("valid article");
        render_document(&article, &site, &options).into_string()
    });
    print_peak("JSON to page", json.len(), page.len(), peak);
    drop(page);
    let body = bodies::body_of(20_000_000, false);
    let (html, _, _, peak) = measure(|| naive::bare(&body));
    print_peak("bare pulldown-cmark", body.len(), html.len(), peak);
}

/// One line of the 20 MB figures: peak extra memory as a multiple of input + output.
fn print_peak(what: &str, input: usize, output: usize, peak: usize) {
    println!(
        "20 MB body, {what}: input {:.1} MB, output {:.1} MB, peak extra {:.1} MB = {:.2}x (input + output)",
        mb(input),
        mb(output),
        mb(peak),
        peak as f64 / (input + output) as f64
    );
}
