//! Serde in and out: unknown fields and JSON errors with paths, round trips of both example
//! articles, the builder agreeing with JSON, and the site context's validation.

use newsclip::{
    Article, ArticleInput, AuthorKind, BodyFormat, ImageInput, InputError, Limits, ProblemKind,
    SiteInput, ValidateOptions,
};

/// The seed article's JSON: the `article` of the seed file (which also holds its site).
fn seed_json() -> String {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../examples/data/newsclip-seed.json")).unwrap();
    serde_json::to_string_pretty(&file["article"]).unwrap()
}

fn seed_input() -> ArticleInput {
    serde_json::from_str(&seed_json()).expect("seed parses")
}

fn validate(input: &ArticleInput) -> Result<Article, newsclip::ValidationError> {
    input.validate(&ValidateOptions::default())
}

/// (path, kind) of every problem, in order.
fn problems(err: &InputError) -> Vec<(&str, &ProblemKind)> {
    err.problems()
        .iter()
        .map(|p| (p.path(), p.kind()))
        .collect()
}

const ARTICLE_FIELDS: &[&str] = &[
    "headline",
    "description",
    "section",
    "slug",
    "canonical_url",
    "published",
    "modified",
    "corrections",
    "authors",
    "tags",
    "views",
    "comments",
    "image",
    "dateline",
    "body",
    "body_format",
    "paywalled",
    "key_facts",
    "background",
    "quick_answers",
    "faq",
    "sources",
    "related",
    "publishing_principles",
    "language",
];

fn wrong(expected: &'static str, found: &'static str) -> ProblemKind {
    ProblemKind::WrongType { expected, found }
}

#[test]
fn missing_fields_are_all_reported_with_every_other_problem() {
    let err = Article::from_json(r#"{"headline": "x"}"#).unwrap_err();
    assert_eq!(
        problems(&err),
        [
            ("section", &ProblemKind::Missing),
            ("canonical_url", &ProblemKind::Missing),
            ("published", &ProblemKind::Missing),
            ("body", &ProblemKind::Missing),
        ]
    );
    // Missing fields, an unknown field, wrong types, a repeated field and invalid values:
    // one error, in the order of the input shape's fields.
    let err = Article::from_json(
        r##"{
            "headline": "\u200b",
            "tags": ["#Meta", 5, "meta"],
            "views": -4,
            "published": "2026-04-04T07:30:00+25:00",
            "faq": [{"question": "Q?", "answer": "A."}, {"question": "Q2?", "answr": "A."}],
            "image": {"url": "javascript:alert(1)", "alt": "A", "width": 1.5},
            "language": "en",
            "language": "de"
        }"##,
    )
    .unwrap_err();
    assert_eq!(
        problems(&err),
        [
            ("headline", &ProblemKind::Empty),
            ("section", &ProblemKind::Missing),
            ("canonical_url", &ProblemKind::Missing),
            (
                "published",
                &ProblemKind::DateOffsetOutOfRange {
                    input: "2026-04-04T07:30:00+25:00".into()
                }
            ),
            ("tags[1]", &wrong("a string", "a number")),
            ("tags[2]", &ProblemKind::Duplicate { of: "Meta".into() }),
            (
                "views",
                &wrong("a whole number from 0 up", "a negative number")
            ),
            (
                "image.width",
                &wrong(
                    "a whole number from 0 to 4294967295",
                    "a number with a fraction"
                )
            ),
            (
                "image.url",
                &ProblemKind::SchemeNotAllowed {
                    scheme: "javascript".into()
                }
            ),
            ("body", &ProblemKind::Missing),
            (
                "faq[1].answr",
                &ProblemKind::UnknownField {
                    suggestion: Some("answer"),
                    expected: &["question", "answer"],
                }
            ),
            ("faq[1].answer", &ProblemKind::Missing),
            ("language", &ProblemKind::DuplicateField),
        ]
    );
}

#[test]
fn unknown_fields_are_problems_with_paths() {
    let err = Article::from_json(r#"{"headline":"H","sektion":{}}"#).unwrap_err();
    assert_eq!(
        err.problems().last().map(|p| (p.path(), p.kind())),
        Some((
            "sektion",
            &ProblemKind::UnknownField {
                suggestion: Some("section"),
                expected: ARTICLE_FIELDS,
            }
        ))
    );
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    v["faq"][1]["answr"] = "typo".into();
    let err = Article::from_json(&v.to_string()).unwrap_err();
    assert_eq!(
        problems(&err),
        [(
            "faq[1].answr",
            &ProblemKind::UnknownField {
                suggestion: Some("answer"),
                expected: &["question", "answer"],
            }
        )]
    );
    assert_eq!(
        err.problems()[0].to_string(),
        "faq[1].answr: is not a field here; did you mean `answer`?"
    );
    // No near match: the message lists the fields.
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    v["section"]["colour"] = "red".into();
    let err = Article::from_json(&v.to_string()).unwrap_err();
    assert_eq!(
        err.problems()[0].to_string(),
        "section.colour: is not a field here; use one of name, url"
    );
    // A hostile key is shortened in the path.
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    v["k".repeat(100_000)] = 1.into();
    let err = Article::from_json(&v.to_string()).unwrap_err();
    assert_eq!(err.problems()[0].path(), format!("{}…", "k".repeat(64)));
}

#[test]
fn wrong_types_are_problems_with_paths() {
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    v["headline"] = 5.into();
    v["section"] = "Business".into();
    v["tags"] = "#Meta".into();
    v["comments"] = serde_json::json!(1e30);
    v["authors"] = serde_json::json!([{"name": null, "kind": "robot"}]);
    v["body_format"] = "rtf".into();
    v["key_facts"] = serde_json::json!([true]);
    v["sources"] = serde_json::json!({});
    v["related"] = serde_json::json!([{"headline": "R", "url": "/r", "image": {"url": "/i.jpg", "alt": "i", "height": 5_000_000_000u64}}]);
    let err = Article::from_json(&v.to_string()).unwrap_err();
    assert_eq!(
        problems(&err),
        [
            ("headline", &wrong("a string", "a number")),
            ("section", &wrong("an object", "a string")),
            // Within a top-level field, in the order of the input (`json!` sorts keys).
            (
                "authors[0].kind",
                &ProblemKind::UnknownValue {
                    input: "robot".into(),
                    expected: &["person", "organization"],
                }
            ),
            ("authors[0].name", &wrong("a string", "null")),
            ("tags", &wrong("an array", "a string")),
            (
                "comments",
                &wrong("a whole number from 0 up", "a number with a fraction")
            ),
            (
                "body_format",
                &ProblemKind::UnknownValue {
                    input: "rtf".into(),
                    expected: &["markdown", "html"],
                }
            ),
            ("key_facts[0]", &wrong("an object", "a boolean")),
            ("sources", &wrong("an array", "an object")),
            (
                "related[0].image.height",
                &wrong("a whole number from 0 to 4294967295", "a number too large")
            ),
        ]
    );
    // Null is "not given" for optional fields.
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    v["description"] = serde_json::Value::Null;
    v["views"] = serde_json::Value::Null;
    let a = Article::from_json(&v.to_string()).unwrap();
    assert_eq!((a.description(), a.views()), (None, None));
    // Not an object at all.
    for (json, found) in [("null", "null"), ("[1]", "an array"), ("\"x\"", "a string")] {
        let err = Article::from_json(json).unwrap_err();
        assert_eq!(
            problems(&err),
            [(".", &wrong("an object", found))],
            "{json}"
        );
    }
}

#[test]
fn malformed_json_is_a_syntax_error_with_position() {
    let err = Article::from_json(&format!("{} trailing", seed_json())).unwrap_err();
    assert!(
        matches!(&err, InputError::Syntax { path, message, .. }
            if path == "." && message == "trailing characters after the JSON value"),
        "{err}"
    );
    let err = Article::from_json(r#"{"headline": "x""#).unwrap_err();
    assert_eq!(
        err,
        InputError::Syntax {
            path: ".".into(),
            message: "EOF while parsing an object".into(),
            line: 1,
            column: 16,
        }
    );
    let err = Article::from_json(r#"{"faq": [{"question": "q", "answer": tru}]}"#).unwrap_err();
    assert!(
        matches!(&err, InputError::Syntax { path, line: 1, column: 41, .. } if path == "faq[0].answer"),
        "{err:?}"
    );
    assert!(err.problems().is_empty());
}

#[test]
fn parts_deserialized_alone_list_every_problem() {
    let err = serde_json::from_str::<ImageInput>(r#"{"alt": 5, "x": 1, "width": 0}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "3 problems:\n  alt: must be a string, not a number\n  x: is not a field here; use one of url, alt, width, height, caption, credit\n  url: is required; add it"
    );
    assert_eq!(
        serde_json::from_str::<AuthorKind>(r#""organization""#).unwrap(),
        AuthorKind::Organization
    );
    assert!(serde_json::from_str::<BodyFormat>(r#""HTML""#).is_err());
}

#[test]
fn embedded_inputs_keep_their_problems() {
    #[derive(serde::Deserialize)]
    struct Import {
        site: SiteInput,
        article: ArticleInput,
    }
    let import: Import = serde_json::from_str(
        r#"{"site": {"name": "N", "base_url": "https://n.example/", "logo": {"url": 5}},
            "article": {"headline": "H", "faq": [{"question": "Q", "answr": "A"}]}}"#,
    )
    .unwrap();
    let site_err = import
        .site
        .validate(&ValidateOptions::default())
        .unwrap_err();
    assert_eq!(
        site_err
            .problems()
            .iter()
            .map(|p| p.path())
            .collect::<Vec<_>>(),
        ["logo.url"]
    );
    let err = import
        .article
        .validate(&ValidateOptions::default())
        .unwrap_err();
    assert_eq!(
        err.problems().iter().map(|p| p.path()).collect::<Vec<_>>(),
        [
            "section",
            "canonical_url",
            "published",
            "body",
            "faq[0].answr",
            "faq[0].answer"
        ]
    );
}

#[test]
fn site_json_has_the_article_input_budget() {
    let limits = Limits::default();
    let budget = limits.max_json_bytes();
    assert_eq!(budget, 4 * limits.max_body_bytes);
    let json = format!(
        r#"{{"name": "{}", "base_url": "https://n.example/"}}"#,
        "n".repeat(budget)
    );
    let expected = [(
        ".",
        &ProblemKind::TooLarge {
            max: budget,
            actual: json.len(),
        },
    )];
    let err = newsclip::Site::from_json(&json).unwrap_err();
    assert_eq!(problems(&err), expected);
    let err = Article::from_json(&json).unwrap_err();
    assert_eq!(problems(&err), expected);
    // The budget follows the body limit.
    let mut opts = ValidateOptions::default();
    opts.limits.max_body_bytes = budget;
    let err = newsclip::Site::from_json_with(&json, &opts).unwrap_err();
    assert_eq!(err.problems()[0].path(), "name");
}

#[test]
fn the_body_is_moved_not_copied() {
    // Through validation: the article holds the input's own buffer, also after \r\n → \n.
    for body in ["Text.\n".repeat(1000), "Text.\r\n".repeat(1000)] {
        let mut input = seed_input();
        input.body = body;
        let before = input.body.as_ptr();
        let article = input.into_article(&ValidateOptions::default()).unwrap();
        assert_eq!(article.body().source().as_ptr(), before);
        assert!(!article.body().source().contains('\r'));
    }
    // Through serde from an owned value: the string moves into the input.
    let value: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    let before = value["body"].as_str().unwrap().as_ptr();
    let article: Article = serde::Deserialize::deserialize(value).unwrap();
    assert_eq!(article.body().source().as_ptr(), before);
}

#[test]
fn from_json_reports_validation_problems() {
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
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
    let mut expected: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
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

#[test]
fn a_flood_of_shape_problems_is_counted_not_listed() {
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    for i in 0..5_000 {
        v[format!("x{i}")] = 0.into();
    }
    v["headline"] = "".into();
    let err = Article::from_json(&v.to_string()).unwrap_err();
    let found = problems(&err);
    assert_eq!(found.len(), 102);
    // Validation still reports what it found, first by field order; the count comes last.
    assert_eq!(found[0], ("headline", &ProblemKind::Empty));
    assert_eq!(
        found[101],
        (".", &ProblemKind::MoreProblems { count: 4_900 })
    );
    assert_eq!(
        err.problems()[101].to_string(),
        ".: 4900 more problems of the same kinds are not listed"
    );
}

/// A required field missing after a flood of other problems is still reported as missing
/// (not as "empty", which is what validation would say of the value it defaults to).
#[test]
fn a_missing_field_after_a_flood_is_still_missing() {
    let mut v: serde_json::Value = serde_json::from_str(&seed_json()).unwrap();
    for i in 0..5_000 {
        v[format!("x{i}")] = 0.into();
    }
    v.as_object_mut().unwrap().remove("headline");
    let err = Article::from_json(&v.to_string()).unwrap_err();
    let found = problems(&err);
    assert!(
        found.contains(&("headline", &ProblemKind::Missing)),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(path, kind)| *path == "headline" && **kind == ProblemKind::Empty)
    );
    // The 100 unknown fields listed, the missing one, the count of the rest.
    assert_eq!(found.len(), 102);
    assert_eq!(
        found[101],
        (".", &ProblemKind::MoreProblems { count: 4_900 })
    );
}

/// The newsroom fields (issue 16) are read leniently like every other: each problem at its
/// path, all of them at once.
#[test]
fn newsroom_fields_read_with_paths() {
    let err = Article::from_json(
        r#"{
            "headline": "H", "section": {"name": "S"}, "canonical_url": "https://n.example/a",
            "published": "2026-04-04", "body": "B",
            "paywalled": "yes",
            "corrections": [{"date": "2026-04-05", "txt": "x"}],
            "authors": [{"name": "A", "same_as": "https://x.example/a", "job_title": 5}],
            "dateline": ["BRUSSELS"]
        }"#,
    )
    .unwrap_err();
    assert_eq!(
        problems(&err),
        [
            (
                "corrections[0].txt",
                &ProblemKind::UnknownField {
                    suggestion: Some("text"),
                    expected: &["date", "text"],
                }
            ),
            ("corrections[0].text", &ProblemKind::Missing),
            ("authors[0].same_as", &wrong("an array", "a string")),
            ("authors[0].job_title", &wrong("a string", "a number")),
            ("dateline", &wrong("a string", "an array")),
            ("paywalled", &wrong("true or false", "a string")),
        ]
    );
    let err = newsclip::Site::from_json(
        r#"{"name": "N", "base_url": "https://n.example/",
            "publisher": {"name": "N", "same_as": ["javascript:x"], "policies": {"masthed": "/m", "ethics_policy": 1}}}"#,
    )
    .unwrap_err();
    let found: Vec<&str> = err.problems().iter().map(|p| p.path()).collect();
    assert_eq!(
        found,
        [
            "publisher.policies.masthed",
            "publisher.policies.ethics_policy",
            "publisher.same_as[0]"
        ]
    );
    assert!(matches!(
        err.problems()[0].kind(),
        ProblemKind::UnknownField {
            suggestion: Some("masthead"),
            ..
        }
    ));
    // Shape fine, values checked: the publisher's profiles and policy pages at their paths.
    let err = newsclip::Site::from_json(
        r#"{"name": "N", "base_url": "https://n.example/",
            "publisher": {"name": "N", "same_as": ["/ok", "javascript:x"], "policies": {"masthead": "vbscript:y"}}}"#,
    )
    .unwrap_err();
    let found: Vec<&str> = err.problems().iter().map(|p| p.path()).collect();
    assert_eq!(
        found,
        ["publisher.same_as[1]", "publisher.policies.masthead"]
    );
}
