//! `static_site`: a folder of articles (JSON, or Markdown with YAML/TOML front matter) into a
//! static site, in parallel.
//!
//! ```text
//! cargo run --release --example static_site -- IN_DIR OUT_DIR [--now DATE]
//! cargo run --release --example static_site -- --generate 1000 IN_DIR   # test articles
//! ```
//!
//! Every `*.json`, `*.md` and `*.markdown` file of `IN_DIR` (not its subfolders) becomes
//! `OUT_DIR/SECTION/SLUG.html`, rendered in parallel with rayon (`RAYON_NUM_THREADS` sets the
//! number of threads). Then, from every article that rendered: `OUT_DIR/SECTION/index.html`
//! per section, `OUT_DIR/index.html`, the feeds `rss.xml`, `atom.xml` and `feed.json` (the 50
//! newest) and `news-sitemap.xml` (articles of the two days before `--now`, default the
//! clock). A file carrying `{site, article}` renders with its site; the others, the indexes
//! and the feeds use the first site found (files in name order), else the render CLI's
//! default site.
//!
//! A progress bar (indicatif) shows on a terminal, plain lines otherwise. A file that cannot
//! be read or is not a valid article is reported with its path and every problem (with its
//! line for front matter), and the rest of the site is still built. Exit status: 0 when every
//! file became a page; 2 when a file was refused (the site is built without it) or the
//! command line is wrong; 1 when the output cannot be written.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[allow(dead_code)]
#[path = "../render/cli.rs"]
mod cli;
mod generate;
mod site;

const USAGE: &str = "usage: static_site IN_DIR OUT_DIR [--now DATE]
       static_site --generate COUNT DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--generate", count, dir] => match count.parse::<usize>() {
            Ok(count) => match generate::write(Path::new(dir), count) {
                Ok(()) => {
                    println!("static_site: wrote {count} articles to {dir}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(1, &format!("cannot write to {dir}: {e}")),
            },
            Err(_) => fail(2, &format!("{count:?} is not a count\n{USAGE}")),
        },
        [input, output] => build(input, output, None),
        [input, output, "--now", now] => build(input, output, Some(now)),
        _ => fail(2, USAGE),
    }
}

fn fail(status: u8, message: &str) -> ExitCode {
    eprintln!("static_site: {message}");
    ExitCode::from(status)
}

fn build(input: &str, output: &str, now: Option<&str>) -> ExitCode {
    let now = match now.map(str::parse::<newsclip::DateTime>) {
        None => cli::many::clock_now(),
        Some(Ok(now)) => now,
        Some(Err(e)) => return fail(2, &format!("--now: {e}")),
    };
    let files = match site::article_files(Path::new(input)) {
        Ok(files) => files,
        Err(e) => return fail(2, &format!("cannot read {input}: {e}")),
    };
    let start = Instant::now();
    let progress = Progress::new(files.len());
    let built = site::build(&files, Path::new(output), &now, &|done| progress.tick(done));
    progress.finish();
    let built = match built {
        Ok(built) => built,
        Err(e) => return fail(1, &format!("cannot write to {output}: {e}")),
    };
    for (path, problems) in &built.refused {
        for p in problems {
            eprintln!("{}: {p}", path.display());
        }
    }
    let threads = rayon::current_num_threads();
    eprintln!(
        "static_site: {} pages, {} sections, {} refused, from {} files in {:.2} s ({threads} thread{})",
        built.pages,
        built.sections,
        built.refused.len(),
        files.len(),
        start.elapsed().as_secs_f64(),
        if threads == 1 { "" } else { "s" },
    );
    if built.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

/// A progress bar on a terminal; a line per tenth of the work otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
}

impl Progress {
    fn new(total: usize) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} pages {elapsed_precise} (eta {eta})",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, total }
    }

    /// Called once per file with the count done so far (from any thread).
    fn tick(&self, done: usize) {
        match &self.bar {
            Some(bar) => bar.inc(1),
            None => {
                let step = (self.total / 10).max(1);
                if done.is_multiple_of(step) || done == self.total {
                    eprintln!("static_site: {done}/{} files", self.total);
                }
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Where a page of `section_slug` and `slug` goes under `out`.
pub fn page_path(out: &Path, section_slug: &str, slug: &str) -> PathBuf {
    out.join(section_slug).join(format!("{slug}.html"))
}
