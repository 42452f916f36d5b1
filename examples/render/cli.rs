//! The render CLI's logic, apart from the process: arguments, reading the input, loading
//! either input form, and rendering. `main.rs` wires it to the real arguments, standard
//! input and exit status; `tests/cli.rs` calls it directly.

use std::io::Read;

#[path = "many.rs"]
pub mod many;
#[path = "markdown.rs"]
mod markdown;

use newsclip::{
    Article, Envelope, InputError, RenderOptions, Site, SiteInput, ValidateOptions,
    render_document, render_parts,
};

pub const USAGE: &str = "usage: render [--fragment | --jsonld | --schema] [FILE | -]
       render --feed rss|atom|json FILE…
       render --sitemap-news [--now DATE] FILE…
  FILE  an article JSON, or {\"site\": {…}, \"article\": {…}}, or a Markdown file whose
        YAML (---) or TOML (+++) front matter holds either; - or no FILE reads standard input
  --feed          one feed of every FILE (site: the first {site, article} file's, else the default)
  --sitemap-news  the Google News sitemap of every FILE published in the two days before
                  DATE (default: now)";

/// Exit status for anything wrong with the command line or the input.
pub const EXIT_INPUT: u8 = 2;

/// What the run printed and how it ended.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub status: u8,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    fn fail(status: u8, stderr: String) -> Self {
        Outcome {
            status,
            stdout: String::new(),
            stderr,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Output {
    Page,
    Fragment,
    JsonLd,
    Schema,
}

/// Runs the CLI on `args` (without the program name). `stdin` is read only when the input is
/// standard input and it is not a terminal.
pub fn run(args: &[String], stdin: &mut dyn Read, stdin_is_terminal: bool) -> Outcome {
    let mut output = Output::Page;
    let mut file: Option<&str> = None;
    if let Some(outcome) = many::run_if_asked(args) {
        return outcome;
    }
    for arg in args {
        match arg.as_str() {
            "--fragment" => output = Output::Fragment,
            "--jsonld" => output = Output::JsonLd,
            "--schema" => output = Output::Schema,
            "-h" | "--help" => {
                return Outcome {
                    stdout: format!("{USAGE}\n"),
                    ..Outcome::default()
                };
            }
            _ if arg.starts_with("--") => {
                return Outcome::fail(
                    EXIT_INPUT,
                    format!("render: unknown option {arg}\n{USAGE}\n"),
                );
            }
            _ if file.is_none() => file = Some(arg),
            _ => {
                return Outcome::fail(
                    EXIT_INPUT,
                    format!("render: more than one input\n{USAGE}\n"),
                );
            }
        }
    }
    if output == Output::Schema {
        return print_schema();
    }
    let json = match read_input(file, stdin, stdin_is_terminal) {
        Ok(json) => json,
        Err(message) => return Outcome::fail(EXIT_INPUT, format!("render: {message}\n")),
    };
    match load(file.unwrap_or("-"), &json) {
        Ok((article, site)) => Outcome {
            stdout: render(&article, &site, output),
            ..Outcome::default()
        },
        Err(problems) => {
            let mut stderr = String::new();
            for p in &problems {
                stderr.push_str(p);
                stderr.push('\n');
            }
            let n = problems.len();
            stderr.push_str(&format!(
                "render: {n} problem{} in the input\n",
                if n == 1 { "" } else { "s" }
            ));
            Outcome::fail(EXIT_INPUT, stderr)
        }
    }
}

/// The input text: the file, or standard input for `-` and no FILE. Refuses to wait on a
/// terminal, and names what it cannot read or what is not UTF-8.
pub fn read_input(
    file: Option<&str>,
    stdin: &mut dyn Read,
    stdin_is_terminal: bool,
) -> Result<String, String> {
    let (name, bytes) = match file {
        None | Some("-") => {
            if stdin_is_terminal {
                return Err(format!(
                    "no input: give a FILE, or pipe JSON to standard input\n{USAGE}"
                ));
            }
            let mut bytes = Vec::new();
            stdin
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {}", io_message(&e)))?;
            ("standard input", bytes)
        }
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read {path}: {}", io_message(&e)))?;
            (path, bytes)
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 (invalid byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The OS's message without Rust's " (os error 2)" suffix.
fn io_message(e: &std::io::Error) -> String {
    let full = e.to_string();
    match full.find(" (os error ") {
        Some(i) => full[..i].to_string(),
        None => full,
    }
}

/// The JSON Schema of the input (newsclip's `schema` feature, on by default).
#[cfg(feature = "schema")]
fn print_schema() -> Outcome {
    match serde_json::to_string_pretty(&newsclip::article_schema()) {
        Ok(s) => Outcome {
            stdout: s + "\n",
            ..Outcome::default()
        },
        Err(e) => Outcome::fail(1, format!("render: {e}\n")),
    }
}

/// Without the `schema` feature there is no schema to print: a usage error.
#[cfg(not(feature = "schema"))]
fn print_schema() -> Outcome {
    Outcome::fail(
        EXIT_INPUT,
        "render: --schema needs newsclip's `schema` feature (on by default)\n".into(),
    )
}

/// The default site for a bare article: Newsclip at `https://newsclip.example/`.
pub fn default_site() -> SiteInput {
    SiteInput {
        name: "Newsclip".into(),
        base_url: "https://newsclip.example/".into(),
        ..SiteInput::default()
    }
}

const ENVELOPE_FIELDS: [&str; 2] = ["site", "article"];

/// The keys of a top-level JSON object, reading nothing else into memory; `None` when the
/// text is not an object (or not JSON).
fn top_level_keys(json: &str) -> Option<Vec<String>> {
    struct Keys;
    impl<'de> serde::de::Visitor<'de> for Keys {
        type Value = Option<Vec<String>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut keys = Vec::new();
            while let Some((k, serde::de::IgnoredAny)) = map.next_entry::<String, _>()? {
                keys.push(k);
            }
            Ok(Some(keys))
        }
    }
    struct Document(Option<Vec<String>>);
    impl<'de> serde::Deserialize<'de> for Document {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_map(Keys).map(Document)
        }
    }
    serde_json::from_str::<Document>(json)
        .ok()
        .and_then(|d| d.0)
}

/// Parses either input form and validates article and site. Problems come back as lines
/// naming their fields, with `site.` / `article.` in front for the envelope form.
pub fn load(name: &str, text: &str) -> Result<(Article, Site), Vec<String>> {
    let (article, site) = load_document(name, text)?;
    match site {
        Some(site) => Ok((article, site)),
        None => {
            let site = default_site()
                .validate(&ValidateOptions::default())
                .map_err(|e| lines(&e.into(), "site."))?;
            Ok((article, site))
        }
    }
}

/// The article, and its site when the input carries one. JSON, or Markdown with front matter
/// (a file named `*.md` or `*.markdown`, or text starting `---` or `+++`), whose problems
/// also name their line.
pub fn load_document(name: &str, text: &str) -> Result<(Article, Option<Site>), Vec<String>> {
    let opts = ValidateOptions::default();
    if is_front_matter(text) || name.ends_with(".md") || name.ends_with(".markdown") {
        return markdown::load(text, &opts);
    }
    let json = text;
    let keys = top_level_keys(json).unwrap_or_default();
    let is_envelope = keys.iter().any(|k| ENVELOPE_FIELDS.contains(&k.as_str()));
    if !is_envelope {
        // A bare article, or not JSON at all: the library says which, with paths.
        let article = Article::from_json_with(json, &opts).map_err(|e| lines(&e, ""))?;
        return Ok((article, None));
    }
    // The library's envelope loader: every problem of both parts, under `site.`/`article.`.
    match Envelope::from_json_with(json, &opts) {
        Ok(Envelope { site, article }) => Ok((article, Some(site))),
        Err(e) => Err(lines(&e, "")),
    }
}

/// True for text that opens with a front matter delimiter (JSON never does).
fn is_front_matter(text: &str) -> bool {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.starts_with("---") || text.starts_with("+++")
}

fn lines(err: &InputError, prefix: &str) -> Vec<String> {
    match err {
        InputError::Invalid(v) => v
            .problems()
            .iter()
            .map(|p| match p.path() {
                "." if !prefix.is_empty() => {
                    format!("{}: {}", prefix.trim_end_matches('.'), p.kind())
                }
                path => format!("{prefix}{path}: {}", p.kind()),
            })
            .collect(),
        other => vec![other.to_string()],
    }
}

pub fn render(article: &Article, site: &Site, output: Output) -> String {
    let options = RenderOptions::default();
    match output {
        Output::Page => render_document(article, site, &options).into_string() + "\n",
        Output::Fragment => render_parts(article, site, &options).article.into_string() + "\n",
        Output::JsonLd => render_parts(article, site, &options).json_ld + "\n",
        // Printed before any input is read.
        Output::Schema => String::new(),
    }
}
