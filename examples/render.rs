//! `render`: a small CLI over newsclip's public API.
//!
//! ```text
//! cargo run --example render -- examples/data/newsclip-seed.json        # full HTML5 page
//! cargo run --example render -- --fragment examples/data/newsclip-seed.json
//! cargo run --example render -- --jsonld examples/data/full-featured.json
//! cargo run --example render -- --schema
//! cat article.json | cargo run --example render -- -
//! ```
//!
//! Input is an article JSON (the `ArticleInput` shape), or `{"site": {…}, "article": {…}}`
//! to carry the site context along. A bare article is rendered for the default site:
//! Newsclip at `https://newsclip.example/`, language `en`.
//!
//! Invalid input: every problem on stderr, exit status 2. Usage errors: exit status 64.

use std::io::Read;
use std::process::ExitCode;

use newsclip::{
    ArticleInput, InputError, RenderOptions, Site, SiteInput, ValidateOptions, render_document,
    render_parts,
};

const USAGE: &str = "usage: render [--fragment | --jsonld | --schema] [FILE | -]";

#[derive(Clone, Copy, PartialEq)]
enum Output {
    Page,
    Fragment,
    JsonLd,
    Schema,
}

/// The input document: a bare article or an article with its site.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    site: Option<SiteInput>,
    article: ArticleInput,
}

fn default_site() -> SiteInput {
    SiteInput {
        name: "Newsclip".into(),
        base_url: "https://newsclip.example/".into(),
        ..SiteInput::default()
    }
}

fn main() -> ExitCode {
    let mut output = Output::Page;
    let mut file: Option<String> = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--fragment" => output = Output::Fragment,
            "--jsonld" => output = Output::JsonLd,
            "--schema" => output = Output::Schema,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => {
                eprintln!("render: unknown option {arg}\n{USAGE}");
                return ExitCode::from(64);
            }
            _ if file.is_none() => file = Some(arg),
            _ => {
                eprintln!("render: more than one input\n{USAGE}");
                return ExitCode::from(64);
            }
        }
    }
    if output == Output::Schema {
        return print_schema();
    }
    let json = match read_input(file.as_deref()) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("render: {e}");
            return ExitCode::from(66);
        }
    };
    let (article, site) = match load(&json) {
        Ok(pair) => pair,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!(
                "render: {} problem{} in the input",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            return ExitCode::from(2);
        }
    };
    print!("{}", render(&article, &site, output));
    ExitCode::SUCCESS
}

/// Prints the JSON Schema of the input (newsclip's `schema` feature, on by default).
#[cfg(feature = "schema")]
fn print_schema() -> ExitCode {
    match serde_json::to_string_pretty(&newsclip::article_schema()) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("render: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Without the `schema` feature there is no schema to print: a usage error.
#[cfg(not(feature = "schema"))]
fn print_schema() -> ExitCode {
    eprintln!("render: --schema needs newsclip's `schema` feature (on by default)");
    ExitCode::from(64)
}

fn read_input(file: Option<&str>) -> std::io::Result<String> {
    match file {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Ok(s)
        }
        Some(path) => std::fs::read_to_string(path),
    }
}

/// Parses either input form and validates article and site; problems come back as lines
/// naming their fields (`article.` / `site.` prefixes for the envelope form).
fn load(json: &str) -> Result<(newsclip::Article, Site), Vec<String>> {
    let is_envelope = serde_json::from_str::<serde_json::Value>(json)
        .map(|v| v.get("article").is_some())
        .unwrap_or(false);
    let opts = ValidateOptions::default();
    if !is_envelope {
        let article = newsclip::Article::from_json(json).map_err(|e| lines(&e, ""))?;
        let site = default_site()
            .validate(&opts)
            .map_err(|e| lines(&e.into(), "site."))?;
        return Ok((article, site));
    }
    let env: Envelope = serde_json::from_str(json).map_err(|e| vec![format!(". : {e}")])?;
    let site = env.site.unwrap_or_else(default_site).validate(&opts);
    let article = env.article.validate(&opts);
    match (article, site) {
        (Ok(a), Ok(s)) => Ok((a, s)),
        (a, s) => {
            let mut out = Vec::new();
            if let Err(e) = s {
                out.extend(lines(&e.into(), "site."));
            }
            if let Err(e) = a {
                out.extend(lines(&e.into(), "article."));
            }
            Err(out)
        }
    }
}

fn lines(err: &InputError, prefix: &str) -> Vec<String> {
    match err {
        InputError::Invalid(v) => v
            .problems()
            .iter()
            .map(|p| format!("{prefix}{}: {}", p.path(), p.kind()))
            .collect(),
        other => vec![other.to_string()],
    }
}

fn render(article: &newsclip::Article, site: &Site, output: Output) -> String {
    let options = RenderOptions::default();
    match output {
        Output::Page => render_document(article, site, &options).into_string() + "\n",
        Output::Fragment => render_parts(article, site, &options).article.into_string() + "\n",
        Output::JsonLd => render_parts(article, site, &options).json_ld + "\n",
        // Printed before any input is read.
        Output::Schema => String::new(),
    }
}
