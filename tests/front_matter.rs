//! Markdown files with YAML or TOML front matter: the same article, the same page bytes and
//! the same problems (field paths) as JSON input, each problem with its line.
#![cfg(feature = "front-matter")]

#[path = "support/front_matter_shapes.rs"]
mod front_matter_shapes;

use front_matter_shapes::SHAPES;
use newsclip::front_matter::{FrontMatterError, read_document};
use newsclip::{
    Article, Envelope, ProblemKind, RenderOptions, Site, ValidateOptions, render_document,
};
use proptest::prelude::*;

fn data(name: &str) -> String {
    let path = format!("{}/examples/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn page(e: &Envelope) -> String {
    render_document(&e.article, &e.site, &RenderOptions::default()).into_string()
}

#[test]
fn seed_in_yaml_and_toml_renders_the_same_page_bytes_as_json() {
    let json = Envelope::from_json(&data("newsclip-seed.json")).unwrap();
    for file in ["newsclip-seed-yaml.md", "newsclip-seed-toml.md"] {
        let md = Envelope::from_markdown(&data(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(md, json, "{file}");
        assert_eq!(page(&md), page(&json), "{file}");
    }
}

#[test]
fn read_document_tells_the_two_forms_apart() {
    let doc = read_document(&data("newsclip-seed-toml.md"), &ValidateOptions::default()).unwrap();
    assert_eq!(
        doc.site.map(|s| s.name().to_string()).as_deref(),
        Some("Newsclip")
    );
    let bare = "---\nheadline: H\nsection: {name: S}\ncanonical_url: https://n.example/a\npublished: 2026-04-04\n---\nText\n";
    let doc = read_document(bare, &ValidateOptions::default()).unwrap();
    assert_eq!((doc.article.headline(), doc.site), ("H", None));
}

/// One article written three ways.
const JSON: &str = r###"{
  "headline": "Meta halts work",
  "section": {"name": "Business", "url": "/business"},
  "canonical_url": "https://newsclip.example/a",
  "published": "2026-04-04T09:30:00+02:00",
  "modified": "2026-04-05",
  "authors": [{"name": "Ada", "kind": "person"}, {"name": "AP", "kind": "organization"}],
  "tags": ["#Meta", "AI"],
  "views": 4,
  "image": {"url": "/img/a.jpg", "alt": "A crane", "width": 1200, "height": 675},
  "faq": [{"question": "Why?", "answer": "Because *it matters*."}],
  "language": "en-GB",
  "body": "## First\n\nText with a [link](/x).\n"
}"###;

const YAML: &str = r###"---
headline: Meta halts work
section:
  name: Business
  url: /business
canonical_url: https://newsclip.example/a
published: 2026-04-04T09:30:00+02:00
modified: 2026-04-05
authors:
  - name: Ada
    kind: person
  - {name: AP, kind: organization}
tags: ["#Meta", AI]
views: 4
image: {url: /img/a.jpg, alt: A crane, width: 1200, height: 675}
faq:
  - question: Why?
    answer: Because *it matters*.
language: en-GB
---

## First

Text with a [link](/x).
"###;

const TOML: &str = r###"+++
headline = "Meta halts work"
canonical_url = "https://newsclip.example/a"
published = 2026-04-04T09:30:00+02:00
modified = 2026-04-05
tags = ["#Meta", "AI"]
views = 4
language = "en-GB"
section = { name = "Business", url = "/business" }
image = { url = "/img/a.jpg", alt = "A crane", width = 1200, height = 675 }

[[authors]]
name = "Ada"
kind = "person"

[[authors]]
name = "AP"
kind = "organization"

[[faq]]
question = "Why?"
answer = "Because *it matters*."
+++
## First

Text with a [link](/x).
"###;

#[test]
fn a_bare_article_reads_the_same_from_all_three() {
    let json = Article::from_json(JSON).unwrap();
    assert_eq!(Article::from_markdown(YAML).unwrap(), json);
    assert_eq!(Article::from_markdown(TOML).unwrap(), json);
    let site = Site::new("Newsclip", "https://newsclip.example/").unwrap();
    let options = RenderOptions::default();
    let expected = render_document(&json, &site, &options).into_string();
    for md in [YAML, TOML] {
        let article = Article::from_markdown(md).unwrap();
        assert_eq!(
            render_document(&article, &site, &options).into_string(),
            expected
        );
    }
}

fn located(err: &FrontMatterError) -> Vec<(usize, String)> {
    err.problems()
        .iter()
        .map(|p| (p.line(), p.problem().to_string()))
        .collect()
}

#[test]
fn problems_have_the_json_paths_and_their_lines() {
    let json = r##"{"headline": "", "section": {"nme": "B"}, "canonical_url": "javascript:x",
        "published": "2026-04-04T09:30", "views": -1, "tags": ["#a", "A"],
        "faq": [{"question": "Q"}], "body": "Text"}"##;
    let yaml = "---
headline: ''
section:
  nme: B
canonical_url: javascript:x
published: 2026-04-04T09:30
views: -1
tags: ['#a', A]
faq:
  - question: Q
---
Text
";
    let toml = "+++
headline = ''
canonical_url = 'javascript:x'
published = 2026-04-04T09:30:00
views = -1
tags = ['#a', 'A']
section.nme = 'B'
faq = [{ question = 'Q' }]
+++
Text
";
    let json_paths: Vec<String> = Article::from_json(json)
        .unwrap_err()
        .problems()
        .iter()
        .map(|p| p.path().to_string())
        .collect();
    let yaml_err = Article::from_markdown(yaml).unwrap_err();
    let toml_err = Article::from_markdown(toml).unwrap_err();
    let paths = |err: &FrontMatterError| -> Vec<String> {
        err.problems()
            .iter()
            .map(|p| p.problem().path().to_string())
            .collect()
    };
    // The YAML has the JSON's fields in the JSON's order: the same problems in the same order.
    assert_eq!(paths(&yaml_err), json_paths);
    // The TOML's order differs (a table's keys come first); the problems do not.
    let (mut toml_paths, mut sorted) = (paths(&toml_err), json_paths.clone());
    toml_paths.sort();
    sorted.sort();
    assert_eq!(toml_paths, sorted);
    assert_eq!(
        located(&yaml_err),
        [
            (2, "headline: must not be empty".to_string()),
            (
                4,
                "section.nme: is not a field here; did you mean `name`?".into()
            ),
            (3, "section.name: is required; add it".into()),
            (
                5,
                "canonical_url: scheme \"javascript\" is not allowed; use http or https".into()
            ),
            (
                6,
                "published: \"2026-04-04T09:30\" has no UTC offset; add one such as +02:00 or Z"
                    .into()
            ),
            (8, "tags[1]: duplicate of \"a\"".into()),
            (
                7,
                "views: must be a whole number from 0 up, not a negative number".into()
            ),
            (10, "faq[0].answer: is required; add it".into()),
        ]
    );
    let toml_lines: Vec<(usize, &str)> = toml_err
        .problems()
        .iter()
        .map(|p| (p.line(), p.problem().path()))
        .collect();
    assert_eq!(
        toml_lines,
        [
            (2, "headline"),
            (7, "section.nme"),
            (7, "section.name"),
            (3, "canonical_url"),
            (4, "published"),
            (6, "tags[1]"),
            (5, "views"),
            (8, "faq[0].answer"),
        ]
    );
    assert_eq!(
        toml_err.problems()[4].problem().kind(),
        &ProblemKind::MissingOffset {
            input: "2026-04-04T09:30:00".into()
        }
    );
}

#[test]
fn envelope_problems_are_under_site_and_article() {
    let yaml = "---
site:
  name: Newsclip
article:
  headline: H
  tgs: [a]
---
";
    let err = Envelope::from_markdown(yaml).unwrap_err();
    assert_eq!(
        located(&err),
        [
            (2, "site.base_url: is required; add it".to_string()),
            (4, "article.section: is required; add it".into()),
            (4, "article.canonical_url: is required; add it".into()),
            (4, "article.published: is required; add it".into()),
            (8, "article.body: must not be empty".into()),
            (
                6,
                "article.tgs: is not a field here; did you mean `tags`?".into()
            ),
        ]
    );
}

#[test]
fn toml_native_dates() {
    let article = |published: &str| {
        Article::from_markdown(&format!(
            "+++\nheadline = 'H'\nsection.name = 'S'\ncanonical_url = 'https://n.example/a'\npublished = {published}\n+++\nText"
        ))
    };
    let ok = article("2026-04-04T09:30:00+02:00").unwrap();
    assert_eq!(ok.published().to_iso8601(), "2026-04-04T09:30:00+02:00");
    let ok = article("2026-04-04T07:30:00.250Z").unwrap();
    assert_eq!(ok.published().to_iso8601(), "2026-04-04T07:30:00+00:00");
    let ok = article("2026-04-04").unwrap();
    assert!(ok.published().is_date_only());
    let err = article("2026-04-04T09:30:00").unwrap_err();
    assert!(matches!(
        err.problems()[0].problem().kind(),
        ProblemKind::MissingOffset { .. }
    ));
    assert_eq!(err.problems()[0].line(), 5);
    let err = article("09:30:00").unwrap_err();
    assert!(matches!(
        err.problems()[0].problem().kind(),
        ProblemKind::InvalidDate { .. }
    ));
    // A string date works as in JSON.
    assert!(article("'2026-04-04'").is_ok());
}

#[test]
fn the_body_comes_from_one_place() {
    let head = "headline: H\nsection: {name: S}\ncanonical_url: https://n.example/a\npublished: 2026-04-04\n";
    // In the front matter with nothing after it: taken.
    let a = Article::from_markdown(&format!("---\n{head}body: From the front matter.\n---\n\n"))
        .unwrap();
    assert_eq!(a.body().source(), "From the front matter.");
    // Both: reported, at the front matter's `body` line.
    let err = Article::from_markdown(&format!("---\n{head}body: One.\n---\nTwo.\n")).unwrap_err();
    assert_eq!(
        located(&err),
        [(6, "body: is given more than once; give it once".to_string())]
    );
    // Neither: the body is empty, reported at the line after the front matter.
    let err = Article::from_markdown(&format!("---\n{head}---\n\n\n")).unwrap_err();
    assert_eq!(located(&err), [(7, "body: must not be empty".to_string())]);
    // `body_format: html` reads the text after the front matter as HTML.
    let a =
        Article::from_markdown(&format!("---\n{head}body_format: html\n---\n<p>Hi</p>\n")).unwrap();
    assert_eq!(a.body().source(), "<p>Hi</p>\n");
}

#[test]
fn syntax_errors_name_the_line() {
    for (text, line, start) in [
        (
            "# No front matter\n",
            1,
            "line 1, column 1: the file does not start",
        ),
        (
            "---\nheadline: H\n",
            1,
            "line 1, column 1: the front matter opened",
        ),
        ("---\nheadline: H\nsection: [\n---\nText", 4, "line 4"),
        ("+++\nheadline = 'H'\nviews = \n+++\nText", 3, "line 3"),
        ("---\na: &x [1]\nb: *x\n---\n", 3, "line 3"),
    ] {
        let err = Article::from_markdown(text).unwrap_err();
        assert!(matches!(err, FrontMatterError::Syntax { .. }), "{text:?}");
        assert_eq!(err.line(), Some(line), "{text:?}: {err}");
        assert!(err.to_string().starts_with(start), "{text:?}: {err}");
    }
}

#[test]
fn over_the_input_budget_is_refused_unread() {
    let mut opts = ValidateOptions::default();
    opts.limits.max_body_bytes = 100;
    let text = format!("---\nheadline: H\n---\n{}", "x".repeat(2 << 20));
    let err = Article::from_markdown_with(&text, &opts).unwrap_err();
    assert!(matches!(
        err.problems()[0].problem().kind(),
        ProblemKind::TooLarge { .. }
    ));
}

/// Hostile front matter (`tests/support/front_matter_shapes.rs`: deep nesting in both
/// languages, unclosed strings, aliases, over-long keys, a quarter of a million keys …) at
/// 256 KB: each is refused with its own error, naming a line, and read to the end (a
/// superlinear path shows as a hang here). Their cost per byte at 1 MB is measured by the
/// pathological bench (`benches/pathological.rs`), not by a timed test.
#[test]
fn hostile_front_matter_is_refused_with_its_error() {
    for shape in SHAPES {
        let err = Article::from_markdown(&shape.file(256 * 1024)).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains(shape.error),
            "{}: {}",
            shape.name,
            text.chars().take(300).collect::<String>()
        );
        // A syntax error names its line; so does every problem of a list.
        assert!(err.line().is_some_and(|l| l >= 1), "{}", shape.name);
        assert!(
            err.problems().iter().all(|p| p.line() >= 1),
            "{}",
            shape.name
        );
        // At most the 100 listed shape problems, the count of the rest and what validation
        // found in the (few) fields: never one per key.
        assert!(err.problems().len() <= 120, "{}", shape.name);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any text is an article or an error, never a panic.
    #[test]
    fn never_panics(
        delimiter in prop::sample::select(vec!["---", "+++"]),
        lines in prop::collection::vec(
            prop::sample::select(vec![
                "headline: H", "- a", "  - b", "[x]", "[[faq]]", "a = 1", "k: [", "]", "{", "}",
                "? x", ": y", "*a", "&a x", "'", "\"", "!!str 4", "...", "---", "+++", "a.b = 2",
                "section.name = 'S'", "published = 2026-04-04", "views: -1", "\t", "#", "",
            ]),
            0..12,
        ),
        tail in "\\PC{0,20}",
    ) {
        let text = format!("{delimiter}\n{}\n{tail}", lines.join("\n"));
        let _ = Article::from_markdown(&text);
        let _ = Envelope::from_markdown(&text);
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}") {
        let _ = Article::from_markdown(&format!("---\n{text}\n---\n"));
        let _ = Article::from_markdown(&format!("+++\n{text}\n+++\n"));
    }
}

/// The newsroom fields (a boolean, a list of tables, author profiles) read from YAML and TOML
/// as from JSON.
#[test]
fn newsroom_fields_in_front_matter() {
    const YAML: &str = "---\nheadline: H\nsection: {name: Business}\ncanonical_url: https://n.example/a\npublished: 2026-04-04T09:00:00Z\nmodified: 2026-04-05T09:00:00Z\npaywalled: true\ndateline: ROTTERDAM\ncorrections:\n  - date: 2026-04-05T09:00:00Z\n    text: Fixed *it*.\nauthors:\n  - name: Eva\n    same_as: [https://social.example/@eva]\n    job_title: Reporter\n---\nFree.\n\n[paywall]\n\nPaid.\n";
    const TOML: &str = "+++\nheadline = \"H\"\ncanonical_url = \"https://n.example/a\"\npublished = \"2026-04-04T09:00:00Z\"\nmodified = \"2026-04-05T09:00:00Z\"\npaywalled = true\ndateline = \"ROTTERDAM\"\n[section]\nname = \"Business\"\n[[corrections]]\ndate = \"2026-04-05T09:00:00Z\"\ntext = \"Fixed *it*.\"\n[[authors]]\nname = \"Eva\"\nsame_as = [\"https://social.example/@eva\"]\njob_title = \"Reporter\"\n+++\nFree.\n\n[paywall]\n\nPaid.\n";
    const JSON: &str = r#"{"headline": "H", "section": {"name": "Business"}, "canonical_url": "https://n.example/a",
        "published": "2026-04-04T09:00:00Z", "modified": "2026-04-05T09:00:00Z", "paywalled": true,
        "dateline": "ROTTERDAM", "corrections": [{"date": "2026-04-05T09:00:00Z", "text": "Fixed *it*."}],
        "authors": [{"name": "Eva", "same_as": ["https://social.example/@eva"], "job_title": "Reporter"}],
        "body": "Free.\n\n[paywall]\n\nPaid.\n"}"#;
    let json = Article::from_json(JSON).unwrap();
    assert!(json.is_paywalled());
    assert_eq!(json.corrections().len(), 1);
    assert_eq!(json.authors()[0].job_title(), Some("Reporter"));
    assert_eq!(Article::from_markdown(YAML).unwrap(), json);
    assert_eq!(Article::from_markdown(TOML).unwrap(), json);
    // A wrong type is reported at its path, as from JSON.
    let err = Article::from_markdown(&YAML.replace("paywalled: true", "paywalled: sometimes"))
        .unwrap_err();
    assert!(err.to_string().contains("paywalled"), "{err}");
}
