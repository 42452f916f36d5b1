//! `--feed` and `--sitemap-news`: one document from many input files (newsclip's `feeds`
//! feature, on by default). Every file is read and validated; problems of all of them are
//! reported, each line led by its file's name, before anything is printed.

use super::{EXIT_INPUT, Outcome, USAGE};
#[cfg(feature = "feeds")]
use super::{default_site, load_document, read_input};

/// What to make of the files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Make {
    Feed(&'static str),
    SitemapNews,
}

/// Runs `--feed`/`--sitemap-news` when `args` ask for one; `None` otherwise.
pub fn run_if_asked(args: &[String]) -> Option<Outcome> {
    if !args.iter().any(|a| a == "--feed" || a == "--sitemap-news") {
        return None;
    }
    let mut make = None;
    let mut now = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let next = match arg.as_str() {
            "--feed" | "--now" => match rest.next() {
                Some(value) => value.as_str(),
                None => return Some(usage(&format!("{arg} needs a value"))),
            },
            _ => "",
        };
        match arg.as_str() {
            "--feed" => match next {
                "rss" => make = Some(Make::Feed("rss")),
                "atom" => make = Some(Make::Feed("atom")),
                "json" => make = Some(Make::Feed("json")),
                other => {
                    return Some(usage(&format!(
                        "--feed takes rss, atom or json, not {other:?}"
                    )));
                }
            },
            "--sitemap-news" => make = Some(Make::SitemapNews),
            "--now" => now = Some(next),
            _ if arg.starts_with("--") => {
                return Some(usage(&format!(
                    "{arg} does not go with --feed or --sitemap-news"
                )));
            }
            _ => files.push(arg.as_str()),
        }
    }
    let make = make?;
    if files.is_empty() {
        return Some(usage("give at least one FILE"));
    }
    if now.is_some() && make != Make::SitemapNews {
        return Some(usage("--now goes with --sitemap-news"));
    }
    Some(run(make, &files, now))
}

fn usage(message: &str) -> Outcome {
    Outcome::fail(EXIT_INPUT, format!("render: {message}\n{USAGE}\n"))
}

#[cfg(feature = "feeds")]
fn run(make: Make, files: &[&str], now: Option<&str>) -> Outcome {
    use newsclip::feed::{FeedFormat, FeedOptions};
    use newsclip::sitemap::{NewsSitemapOptions, news_sitemap};
    use newsclip::{DateTime, PreparedArticle, RenderOptions, ValidateOptions};

    let now: DateTime = match now {
        Some(text) => match text.parse() {
            Ok(d) => d,
            Err(e) => return usage(&format!("--now: {e}")),
        },
        None => clock_now(),
    };
    let mut articles = Vec::new();
    let mut site = None;
    let mut stderr = String::new();
    let mut bad = 0;
    for file in files {
        // A file argument never reads standard input (`-` is taken as a file name here).
        let loaded = read_input(Some(file), &mut std::io::empty(), false)
            .map_err(|e| vec![e])
            .and_then(|text| load_document(file, &text));
        match loaded {
            Ok((article, file_site)) => {
                if site.is_none() {
                    site = file_site;
                }
                articles.push(article);
            }
            Err(problems) => {
                bad += 1;
                for p in problems {
                    stderr.push_str(&format!("{file}: {p}\n"));
                }
            }
        }
    }
    if bad > 0 {
        stderr.push_str(&format!(
            "render: {bad} of {} file{} cannot be read\n",
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        ));
        return Outcome::fail(EXIT_INPUT, stderr);
    }
    let site = match site {
        Some(site) => site,
        None => match default_site().validate(&ValidateOptions::default()) {
            Ok(site) => site,
            Err(e) => return Outcome::fail(1, format!("render: default site: {e}\n")),
        },
    };
    let stdout = match make {
        Make::Feed(name) => {
            let format: FeedFormat = name.parse().unwrap_or(FeedFormat::Rss);
            let options = RenderOptions::default();
            let prepared: Vec<PreparedArticle<'_>> = articles
                .iter()
                .map(|a| PreparedArticle::new(a, &site, &options))
                .collect();
            format.render(&prepared, &site, &FeedOptions::default())
        }
        Make::SitemapNews => news_sitemap(&articles, &site, &now, &NewsSitemapOptions::default()),
    };
    Outcome {
        stdout,
        ..Outcome::default()
    }
}

/// The system clock as a newsclip date (the library itself has no clock).
#[cfg(feature = "feeds")]
pub fn clock_now() -> newsclip::DateTime {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    newsclip::DateTime::from_unix_seconds(seconds)
        .or_else(|| newsclip::DateTime::from_unix_seconds(0))
        .expect("the Unix epoch is a valid date")
}

/// Without the feature there is nothing to make: a usage error.
#[cfg(not(feature = "feeds"))]
fn run(_: Make, _: &[&str], _: Option<&str>) -> Outcome {
    Outcome::fail(
        EXIT_INPUT,
        "render: --feed and --sitemap-news need newsclip's `feeds` feature (on by default)\n"
            .into(),
    )
}
