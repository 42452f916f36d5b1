//! The render CLI (`examples/render`): its logic in-process (`examples/render/cli.rs`, every
//! branch, including a terminal on standard input), and the built binary end to end: exit
//! statuses and messages as a shell sees them.
//!
//! `cargo test` builds the example before running tests. When the binary is missing (e.g.
//! `cargo test --test cli` alone), the end-to-end tests fail when `CI` is set and are skipped
//! with a loud message otherwise.

#[allow(dead_code)]
#[path = "../examples/render/cli.rs"]
mod cli;
mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use cli::{EXIT_INPUT, Outcome, run};

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Runs in-process with `input` on a piped (not terminal) standard input.
fn run_with(list: &[&str], input: &[u8]) -> Outcome {
    run(&args(list), &mut &input[..], false)
}

fn data(name: &str) -> String {
    format!("{}/examples/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn stderr_lines(o: &Outcome) -> Vec<&str> {
    o.stderr.lines().collect()
}

#[test]
fn renders_both_example_files() {
    for (file, h1) in [
        ("newsclip-seed.json", "Data Breach Forces Meta"),
        ("full-featured.json", "Rotterdam Bets on Automated Cranes"),
    ] {
        let o = run_with(&[&data(file)], b"");
        assert_eq!((o.status, o.stderr.as_str()), (0, ""), "{file}");
        assert!(o.stdout.starts_with("<!DOCTYPE html>"), "{file}");
        assert!(o.stdout.contains(h1), "{file}");
    }
    let o = run_with(
        &["--jsonld", "-"],
        include_bytes!("../examples/data/newsclip-seed.json"),
    );
    assert_eq!(o.status, 0, "{}", o.stderr);
    assert!(o.stdout.contains("\"@graph\""));
}

#[test]
fn envelope_problems_carry_site_and_article_paths() {
    let input = br#"{
        "site": {"name": "N", "base_url": "/relative"},
        "article": {"headline": "x", "faq": [{"question": "q", "answer": "a"}, {"question": "q2", "answr": "a"}]},
        "extra": 1
    }"#;
    let o = run_with(&[], input);
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        stderr_lines(&o),
        [
            r#"site.base_url: "/relative" is relative; give an absolute http or https URL"#,
            "article.section: is required; add it",
            "article.canonical_url: is required; add it",
            "article.published: is required; add it",
            "article.body: is required; add it",
            "article.faq[1].answr: is not a field here; did you mean `answer`?",
            "article.faq[1].answer: is required; add it",
            "extra: is not a field here; use one of site, article",
            "render: 8 problems in the input",
        ]
    );
    let o = run_with(&[], br#"{"site": 5}"#);
    assert_eq!(
        stderr_lines(&o),
        [
            "site: must be an object, not a number",
            "article: is required; add it",
            "render: 2 problems in the input",
        ]
    );
    assert_eq!(o.status, EXIT_INPUT);
}

#[test]
fn bare_article_problems_carry_paths() {
    let o = run_with(&["-"], br#"{"headline": "", "section": {"name": "B"}, "published": "2026-04-04T10:00:00", "canonical_url": "https://n.example/a", "body": "x"}"#);
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        stderr_lines(&o),
        [
            "headline: must not be empty",
            r#"published: "2026-04-04T10:00:00" has no UTC offset; add one such as +02:00 or Z"#,
            "render: 2 problems in the input",
        ]
    );
    let o = run_with(&[], br#"{"headline": "x""#);
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        stderr_lines(&o)[0],
        ".: EOF while parsing an object (line 1, column 16)"
    );
    let o = run_with(&[], br#"{"article": {"headline": "x"}"#);
    assert_eq!(o.status, EXIT_INPUT);
    assert!(o.stderr.contains("EOF while parsing"), "{}", o.stderr);
}

#[test]
fn unreadable_file_is_named() {
    let o = run_with(&["examples/data/x.json"], b"");
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        o.stderr,
        "render: cannot read examples/data/x.json: No such file or directory\n"
    );
    let dir = env!("CARGO_MANIFEST_DIR");
    let o = run_with(&[dir], b"");
    assert_eq!(o.status, EXIT_INPUT);
    assert!(
        o.stderr
            .starts_with(&format!("render: cannot read {dir}: ")),
        "{}",
        o.stderr
    );
}

#[test]
fn input_that_is_not_utf8_is_refused() {
    let o = run_with(&["-"], b"{\"headline\": \"caf\xe9\"}");
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        o.stderr,
        "render: standard input is not UTF-8 (invalid byte at offset 17); save it as UTF-8\n"
    );
}

#[test]
fn a_terminal_on_stdin_gets_usage_instead_of_a_wait() {
    struct Unread;
    impl std::io::Read for Unread {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            panic!("standard input must not be read on a terminal")
        }
    }
    for list in [&[][..], &["-"], &["--jsonld"]] {
        let o = run(&args(list), &mut Unread, true);
        assert_eq!(o.status, EXIT_INPUT, "{list:?}");
        assert!(
            o.stderr.starts_with(
                "render: no input: give a FILE, or pipe JSON to standard input\nusage: render"
            ),
            "{}",
            o.stderr
        );
        assert_eq!(o.stdout, "");
    }
    // A file argument never touches standard input, terminal or not.
    let o = run(&args(&[&data("newsclip-seed.json")]), &mut Unread, true);
    assert_eq!(o.status, 0, "{}", o.stderr);
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let o = run_with(&["--bogus"], b"");
    assert_eq!(o.status, EXIT_INPUT);
    assert!(
        o.stderr
            .starts_with("render: unknown option --bogus\nusage:")
    );
    let o = run_with(&["a.json", "b.json"], b"");
    assert_eq!(o.status, EXIT_INPUT);
    assert!(o.stderr.starts_with("render: more than one input\n"));
    let o = run_with(&["--help"], b"");
    assert_eq!((o.status, o.stderr.as_str()), (0, ""));
    assert!(o.stdout.starts_with("usage: render"));
    let o = run_with(&["--schema"], b"");
    if cfg!(feature = "schema") {
        assert_eq!(o.status, 0);
        assert!(o.stdout.contains("\"title\": \"newsclip article\""));
    } else {
        assert_eq!(o.status, EXIT_INPUT);
        assert!(o.stderr.contains("needs newsclip's `schema` feature"));
    }
}

#[test]
fn oversized_envelope_is_refused_unread() {
    let budget = newsclip::Limits::default().max_json_bytes();
    let mut input = br#"{"article": {"body": ""#.to_vec();
    input.resize(budget + 1, b'a');
    let o = run_with(&[], &input);
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        stderr_lines(&o)[0],
        format!(".: is {} bytes; the limit is {budget}", budget + 1)
    );
}

/// The render example's binary, built by `cargo test`.
fn binary() -> Option<PathBuf> {
    common::example_binary("render")
}

fn exec(list: &[&str], stdin: &[u8]) -> (Option<i32>, String, String) {
    let bin = binary().expect("checked by the caller");
    let mut child = Command::new(bin)
        .args(list)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the example binary");
    let mut pipe = child.stdin.take().expect("stdin");
    // Ignore a broken pipe: the binary need not read its input.
    let _ = pipe.write_all(stdin);
    drop(pipe);
    let out = child
        .wait_with_output()
        .expect("wait for the example binary");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn binary_exit_statuses_and_messages() {
    if binary().is_none() {
        return;
    }
    let (status, out, err) = exec(&["examples/data/newsclip-seed.json"], b"");
    assert_eq!((status, err.as_str()), (Some(0), ""));
    assert!(out.starts_with("<!DOCTYPE html>"));

    let (status, out, err) = exec(&["examples/data/x.json"], b"");
    assert_eq!(status, Some(2));
    assert_eq!(out, "");
    assert_eq!(
        err,
        "render: cannot read examples/data/x.json: No such file or directory\n"
    );

    let (status, _, err) = exec(&["-"], b"\xff{}");
    assert_eq!(status, Some(2));
    assert_eq!(
        err,
        "render: standard input is not UTF-8 (invalid byte at offset 0); save it as UTF-8\n"
    );

    let (status, _, err) = exec(
        &[],
        br#"{"site": {"name": "N", "base_url": "/x"}, "article": {"headline": "H", "faq": [{"question": "Q", "answer": "A"}, {"question": "Q", "answr": "A"}]}}"#,
    );
    assert_eq!(status, Some(2));
    assert!(
        err.contains("\nsite.base_url: ") || err.starts_with("site.base_url: "),
        "{err}"
    );
    assert!(
        err.contains("\narticle.faq[1].answr: is not a field here; did you mean `answer`?\n"),
        "{err}"
    );

    // Standard input that is not a terminal (here: empty) is read, not waited on.
    let (status, _, err) = exec(&[], b"");
    assert_eq!(status, Some(2));
    assert!(err.starts_with(".: EOF while parsing a value"), "{err}");
}

#[test]
fn markdown_with_front_matter_renders_the_json_page() {
    let json = run_with(&[&data("newsclip-seed.json")], b"");
    for file in ["newsclip-seed-yaml.md", "newsclip-seed-toml.md"] {
        let o = run_with(&[&data(file)], b"");
        if cfg!(feature = "front-matter") {
            assert_eq!((o.status, o.stderr.as_str()), (0, ""), "{file}");
            assert_eq!(o.stdout, json.stdout, "{file}");
        } else {
            assert_eq!(o.status, EXIT_INPUT);
            assert!(o.stderr.contains("needs newsclip's `front-matter` feature"));
        }
    }
}

#[cfg(feature = "front-matter")]
#[test]
fn broken_front_matter_exits_2_naming_the_line() {
    let o = run_with(&["-"], b"---\nheadline: H\nsection: [\n---\nText\n");
    assert_eq!(o.status, EXIT_INPUT);
    let lines = stderr_lines(&o);
    assert!(
        lines[0].starts_with("line 4, column 1: YAML: "),
        "{}",
        o.stderr
    );
    assert_eq!(lines[1], "render: 1 problem in the input");

    let o = run_with(&["-"], b"+++\nheadline = ''\nviews = -1\n+++\nText\n");
    assert_eq!(o.status, EXIT_INPUT);
    assert_eq!(
        stderr_lines(&o),
        [
            "line 2: headline: must not be empty",
            "line 1: section: is required; add it",
            "line 1: canonical_url: is required; add it",
            "line 1: published: is required; add it",
            "line 3: views: must be a whole number from 0 up, not a negative number",
            "render: 5 problems in the input",
        ]
    );
    let o = run_with(&["-"], b"---\nheadline: H\n");
    assert_eq!(
        stderr_lines(&o)[0],
        "line 1, column 1: the front matter opened on line 1 is not closed: add a line `---` after it"
    );
    // A Markdown file without front matter is told so, not read as JSON.
    let path = std::env::temp_dir().join(format!("newsclip-cli-{}.md", std::process::id()));
    std::fs::write(&path, "# Just Markdown\n").unwrap();
    let o = run_with(&[path.to_str().unwrap()], b"");
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status, EXIT_INPUT);
    assert!(
        stderr_lines(&o)[0]
            .starts_with("line 1, column 1: the file does not start with front matter"),
        "{}",
        o.stderr
    );
}

#[test]
fn feeds_and_sitemap_of_many_files() {
    let files = [
        data("newsclip-seed.json"),
        data("full-featured.json"),
        data("newsclip-seed-yaml.md"),
    ];
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let with = |flags: &[&str]| {
        let mut list = flags.to_vec();
        list.extend(&files);
        run_with(&list, b"")
    };
    let rss = with(&["--feed", "rss"]);
    if !cfg!(all(feature = "feeds", feature = "front-matter")) {
        assert_eq!(rss.status, EXIT_INPUT);
        return;
    }
    assert_eq!((rss.status, rss.stderr.as_str()), (0, ""));
    assert_eq!(rss.stdout.matches("<item>").count(), 3);
    let atom = with(&["--feed", "atom"]);
    assert_eq!(atom.stdout.matches("</entry>").count(), 3);
    let json = with(&["--feed", "json"]);
    let feed: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(feed["items"].as_array().unwrap().len(), 3);
    let sitemap = with(&["--sitemap-news", "--now", "2026-04-05T00:00:00Z"]);
    assert_eq!(sitemap.status, 0);
    // The two seeds of April 4 are within two days; the full-featured (May) is not yet out.
    assert_eq!(sitemap.stdout.matches("<url>").count(), 2);

    // One bad file: every problem named with its file, nothing printed, exit 2.
    let bad = run_with(&["--feed", "atom", files[0], "/no/such.md"], b"");
    assert_eq!(bad.status, EXIT_INPUT);
    assert_eq!(bad.stdout, "");
    assert_eq!(
        stderr_lines(&bad),
        [
            "/no/such.md: cannot read /no/such.md: No such file or directory",
            "render: 1 of 2 files cannot be read",
        ]
    );
    for (list, message) in [
        (
            &["--feed", "rdf", files[0]][..],
            "--feed takes rss, atom or json",
        ),
        (&["--feed"][..], "--feed needs a value"),
        (&["--sitemap-news"][..], "give at least one FILE"),
        (
            &["--feed", "rss", "--now", "2026-04-05", files[0]][..],
            "--now goes with",
        ),
        (
            &["--sitemap-news", "--now", "soon", files[0]][..],
            "--now: \"soon\" is not a date",
        ),
        (
            &["--feed", "rss", "--jsonld", files[0]][..],
            "--jsonld does not go with",
        ),
    ] {
        let o = run_with(list, b"");
        assert_eq!(o.status, EXIT_INPUT, "{list:?}");
        assert!(
            o.stderr.starts_with(&format!("render: {message}")),
            "{list:?}: {}",
            o.stderr
        );
    }
}

#[cfg(feature = "front-matter")]
#[test]
fn binary_reports_front_matter_lines() {
    if binary().is_none() {
        return;
    }
    let (status, out, err) = exec(&["examples/data/newsclip-seed-toml.md"], b"");
    assert_eq!((status, err.as_str()), (Some(0), ""));
    assert!(out.starts_with("<!DOCTYPE html>"));
    let (status, out, err) = exec(&["-"], b"---\nheadline: H\n  bad: indent\n---\n");
    assert_eq!(status, Some(2));
    assert_eq!(out, "");
    assert!(err.starts_with("line 3, column "), "{err}");
}
