//! Serde in and out: unknown fields and JSON errors with paths, round trips of both example
//! articles, the builder agreeing with JSON, and the site context's validation.

use newsclip::{Article, ArticleInput, InputError, ProblemKind, ValidateOptions};

const SEED: &str = include_str!("../examples/data/newsclip-seed.json");

fn seed_input() -> ArticleInput {
    serde_json::from_str(SEED).expect("seed parses")
}

fn validate(input: &ArticleInput) -> Result<Article, newsclip::ValidationError> {
    input.validate(&ValidateOptions::default())
}

#[test]
fn unknown_fields_are_errors_with_paths() {
    let err = Article::from_json(r#"{"headline":"H","sektion":{}}"#).unwrap_err();
    match err {
        InputError::Syntax {
            path,
            message,
            line,
            ..
        } => {
            assert_eq!(path, "sektion");
            assert!(message.starts_with("unknown field `sektion`"), "{message}");
            assert_eq!(line, 1);
        }
        other => panic!("unexpected {other:?}"),
    }
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["faq"][1]["answr"] = "typo".into();
    let err = Article::from_json(&v.to_string()).unwrap_err();
    assert!(
        matches!(&err, InputError::Syntax { path, .. } if path == "faq[1].answr"),
        "{err}"
    );
    let err = Article::from_json(r#"{"headline": 5}"#).unwrap_err();
    assert!(
        matches!(&err, InputError::Syntax { path, .. } if path == "headline"),
        "{err}"
    );
    let err = Article::from_json(&format!("{SEED} trailing")).unwrap_err();
    assert!(matches!(&err, InputError::Syntax { .. }), "{err}");
}

#[test]
fn from_json_reports_validation_problems() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["published"] = "Apri 4".into();
    let err = Article::from_json(&v.to_string()).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].path(), "published");
}

#[test]
fn seed_round_trips() {
    let a = validate(&seed_input()).unwrap();
    let json = serde_json::to_string(&a).unwrap();
    let b: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(a, b);
    // The serialized form is the input shape: the seed comes back as written, except that
    // tags are stored without their leading '#'.
    let mut expected: serde_json::Value = serde_json::from_str(SEED).unwrap();
    for t in expected["tags"].as_array_mut().unwrap() {
        *t = t.as_str().unwrap().trim_start_matches('#').into();
    }
    assert_eq!(serde_json::to_value(&a).unwrap(), expected);
}

#[test]
fn full_featured_round_trips() {
    let doc: serde_json::Value =
        serde_json::from_str(include_str!("../examples/data/full-featured.json")).unwrap();
    let a = Article::from_json(&doc["article"].to_string()).unwrap();
    let again = Article::from_json(&serde_json::to_string(&a).unwrap()).unwrap();
    assert_eq!(a, again);
    assert_eq!(a.authors().len(), 2);
    assert_eq!(
        a.modified().unwrap().to_string(),
        "2026-05-13T17:05:00+02:00"
    );
    let site = newsclip::Site::from_json(&doc["site"].to_string()).unwrap();
    assert_eq!(site.name(), "Newsclip");
    assert_eq!(
        site.publisher().logo().unwrap().url().as_str(),
        "https://newsclip.example/static/logo.png"
    );
    assert_eq!(site.twitter(), Some("@newsclip"));
}

#[test]
fn site_rules() {
    let err = newsclip::Site::from_json(
        r#"{"name":" ","base_url":"/relative","twitter":"not a handle!","language":"x"}"#,
    )
    .unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path()).collect();
    assert_eq!(paths, ["name", "base_url", "language", "twitter"]);
    assert_eq!(err.problems()[0].kind(), &ProblemKind::Empty);
    assert_eq!(
        err.problems()[1].kind(),
        &ProblemKind::NotAbsolute {
            input: "/relative".into()
        }
    );
}

#[test]
fn builder_and_json_agree() {
    let built = Article::builder(
        "Data Breach Forces Meta to Halt Collaboration with Mercor: What This Means for AI Security",
        "https://newsclip.example/business/data-breach-forces-meta-to-halt-collaboration-with-mercor",
        "2026-04-04",
    )
    .section("Business")
    .section_url("/business")
    .slug("data-breach-forces-meta-to-halt-collaboration-with-mercor")
    .tags(["#Meta", "#Databreach", "#Aiethics", "#Cybersecurity", "#Techindustry"])
    .views(4)
    .comments(0)
    .body(seed_input().body);
    let mut input = seed_input();
    input.key_facts.clear();
    input.background = None;
    input.quick_answers.clear();
    input.faq.clear();
    input.sources.clear();
    assert_eq!(built.build().unwrap(), validate(&input).unwrap());
}

#[test]
fn site_logo_and_publisher_rules() {
    let err = newsclip::Site::from_json(
        r#"{"name":"N","base_url":"https://n.example/",
            "logo":{"url":"javascript:x","width":0},
            "publisher":{"name":"","url":"data:text/html,x","logo":{"url":"/p.png","height":0}}}"#,
    )
    .unwrap_err();
    let got: Vec<(&str, &ProblemKind)> = err
        .problems()
        .iter()
        .map(|p| (p.path(), p.kind()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "logo.url",
                &ProblemKind::SchemeNotAllowed {
                    scheme: "javascript".into()
                }
            ),
            ("logo.width", &ProblemKind::Zero),
            ("publisher.name", &ProblemKind::Empty),
            (
                "publisher.url",
                &ProblemKind::SchemeNotAllowed {
                    scheme: "data".into()
                }
            ),
            ("publisher.logo.height", &ProblemKind::Zero),
        ]
    );
    let site = newsclip::Site::from_json(
        r#"{"name":"Newsclip","base_url":"https://n.example/",
            "publisher":{"name":"Newsclip Media GmbH","url":"/about"}}"#,
    )
    .unwrap();
    assert!(!site.publisher_is_site());
    assert_eq!(site.publisher().url().as_str(), "https://n.example/about");
}
