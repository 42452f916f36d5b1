//! `render`: a small CLI over newsclip's public API.
//!
//! ```text
//! cargo run --example render -- examples/data/newsclip-seed.json        # full HTML5 page
//! cargo run --example render -- --fragment examples/data/newsclip-seed.json
//! cargo run --example render -- --jsonld examples/data/full-featured.json
//! cargo run --example render -- --schema
//! cat article.json | cargo run --example render -- -
//! cargo run --example render -- examples/data/newsclip-seed-yaml.md    # front matter
//! cargo run --example render -- --feed atom examples/data/*.json        # rss | atom | json
//! cargo run --example render -- --sitemap-news --now 2026-04-05 examples/data/*.json
//! ```
//!
//! Input is an article JSON (the `ArticleInput` shape), or `{"site": {…}, "article": {…}}`
//! to carry the site context along, or a Markdown file whose YAML (`---`) or TOML (`+++`)
//! front matter holds either (its problems also name their line). A bare article is rendered
//! for the default site: Newsclip at `https://newsclip.example/`, language `en`. `--feed`
//! and `--sitemap-news` take many files and use the first file's site, else the default.
//!
//! Exit status 0 when the page is printed; 2 for anything wrong with the command line or the
//! input (every problem on stderr, each with its field path: `article.faq[1].answr: …`, a
//! file that cannot be read, input that is not UTF-8, no input on a terminal).

use std::io::IsTerminal;
use std::io::Write;
use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdin = std::io::stdin();
    let is_terminal = stdin.is_terminal();
    let outcome = cli::run(&args, &mut stdin.lock(), is_terminal);
    // A closed stdout or stderr (e.g. `| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.status)
}
