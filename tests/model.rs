//! Validation: every rule has a failing input asserting the exact variant and field path;
//! several bad fields are all reported; the seed round-trips.

use newsclip::{
    Article, ArticleInput, AuthorInput, ImageInput, KeyFactInput, Limits, ProblemKind,
    QuestionAnswerInput, RelatedInput, SourceInput, ValidateOptions, ValidationError,
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

fn validate(input: &ArticleInput) -> Result<Article, ValidationError> {
    input.validate(&ValidateOptions::default())
}

/// Validates, expecting exactly one problem; returns (path, kind).
fn single_problem(input: &ArticleInput) -> (String, ProblemKind) {
    let err = validate(input).expect_err("input should be invalid");
    assert_eq!(err.problems().len(), 1, "expected one problem, got {err}");
    let p = &err.problems()[0];
    (p.path().to_string(), p.kind().clone())
}

fn assert_problem(input: &ArticleInput, path: &str, kind: ProblemKind) {
    assert_eq!(single_problem(input), (path.to_string(), kind));
}

/// The problem of a list one entry longer than its limit `max`.
fn too_many(max: usize) -> ProblemKind {
    ProblemKind::TooMany {
        max,
        actual: max + 1,
    }
}

/// `n` valid question/answer pairs.
fn question_answers(n: usize) -> Vec<QuestionAnswerInput> {
    (0..n)
        .map(|n| QuestionAnswerInput {
            question: format!("Q{n}?"),
            answer: "A.".into(),
        })
        .collect()
}

#[test]
fn seed_validates() {
    let a = validate(&seed_input()).unwrap();
    assert_eq!(a.section().name(), "Business");
    assert_eq!(a.published().to_string(), "2026-04-04");
    assert_eq!(a.views(), Some(4));
    assert_eq!(a.comments(), Some(0));
    let tags: Vec<String> = a.tags().iter().map(ToString::to_string).collect();
    assert_eq!(
        tags,
        [
            "#Meta",
            "#Databreach",
            "#Aiethics",
            "#Cybersecurity",
            "#Techindustry"
        ]
    );
    assert_eq!(a.key_facts().len(), 5);
    assert_eq!(a.quick_answers().len(), 5);
    assert_eq!(a.faq().len(), 4);
    assert_eq!(a.sources().len(), 1);
}

#[test]
fn headline_rules() {
    let mut i = seed_input();
    // U+200E (LRM) is kept next to visible text; bidi overrides are removed.
    i.headline = " \t\u{200E}a\u{202E} ".into();
    assert_eq!(validate(&i).unwrap().headline(), "\u{200E}a");
    // Alone it shows nothing, so the headline is empty.
    i.headline = " \t\u{200E}\u{202E} ".into();
    assert_problem(&i, "headline", ProblemKind::Empty);
    i.headline = " \t\u{202E}\u{2066} ".into();
    assert_problem(&i, "headline", ProblemKind::Empty);
    i.headline = "x".repeat(301);
    assert_problem(
        &i,
        "headline",
        ProblemKind::TooLong {
            max: 300,
            actual: 301,
        },
    );
}

#[test]
fn optional_texts_drop_when_empty_and_respect_limits() {
    let mut i = seed_input();
    i.description = Some("   ".into());
    assert_eq!(validate(&i).unwrap().description(), None);
    i.description = Some("d".repeat(5001));
    assert_problem(
        &i,
        "description",
        ProblemKind::TooLong {
            max: 5000,
            actual: 5001,
        },
    );
    let mut i = seed_input();
    i.background = Some("b".repeat(5001));
    assert_problem(
        &i,
        "background",
        ProblemKind::TooLong {
            max: 5000,
            actual: 5001,
        },
    );
}

#[test]
fn section_rules() {
    let mut i = seed_input();
    i.section.name = "".into();
    assert_problem(&i, "section.name", ProblemKind::Empty);
    let mut i = seed_input();
    i.section.url = Some("vbscript:msgbox(1)".into());
    assert_problem(
        &i,
        "section.url",
        ProblemKind::SchemeNotAllowed {
            scheme: "vbscript".into(),
        },
    );
}

#[test]
fn slug_rules() {
    let mut i = seed_input();
    i.slug = Some("Not A Slug".into());
    assert_problem(
        &i,
        "slug",
        ProblemKind::InvalidSlug {
            input: "Not A Slug".into(),
        },
    );
    let mut i = seed_input();
    i.slug = None;
    assert_eq!(
        validate(&i).unwrap().slug(),
        "data-breach-forces-meta-to-halt-collaboration-with-mercor-what-this-means-for-ai"
    );
    i.headline = "?!".into();
    assert_problem(
        &i,
        "slug",
        ProblemKind::NoWordCharacters { input: "?!".into() },
    );
}

#[test]
fn canonical_url_rules() {
    let mut i = seed_input();
    i.canonical_url = "/business/x".into();
    assert_problem(
        &i,
        "canonical_url",
        ProblemKind::NotAbsolute {
            input: "/business/x".into(),
        },
    );
    i.canonical_url = "ftp://files.example/x".into();
    assert_problem(
        &i,
        "canonical_url",
        ProblemKind::SchemeNotAllowed {
            scheme: "ftp".into(),
        },
    );
    i.canonical_url = "https://".into();
    assert!(
        matches!(single_problem(&i), (p, ProblemKind::InvalidUrl { .. }) if p == "canonical_url")
    );
    i.canonical_url = format!("https://n.example/{}", "a".repeat(2100));
    assert!(matches!(
        single_problem(&i),
        (p, ProblemKind::TooLarge { max: 2048, actual: 2118 }) if p == "canonical_url"
    ));
}

#[test]
fn date_rules() {
    let mut i = seed_input();
    i.published = "Apri 4".into();
    assert_problem(
        &i,
        "published",
        ProblemKind::InvalidDate {
            input: "Apri 4".into(),
        },
    );
    i.published = "2026-04-04T10:00:00".into();
    assert_problem(
        &i,
        "published",
        ProblemKind::MissingOffset {
            input: "2026-04-04T10:00:00".into(),
        },
    );
    i.published = "2026-04-04T10:00:00+02:00".into();
    i.modified = Some("2026-04-04T07:59:59Z".into());
    assert_problem(
        &i,
        "modified",
        ProblemKind::ModifiedBeforePublished {
            modified: "2026-04-04T07:59:59+00:00".into(),
            published: "2026-04-04T10:00:00+02:00".into(),
        },
    );
    // Same instant in another offset is not "before".
    i.modified = Some("2026-04-04T08:00:00Z".into());
    assert!(validate(&i).is_ok());
    i.modified = Some("yesterday".into());
    assert_problem(
        &i,
        "modified",
        ProblemKind::InvalidDate {
            input: "yesterday".into(),
        },
    );
}

#[test]
fn author_rules() {
    let mut i = seed_input();
    i.authors = vec![
        AuthorInput {
            name: "Eva de Vries".into(),
            ..Default::default()
        },
        AuthorInput {
            name: " ".into(),
            ..Default::default()
        },
    ];
    assert_problem(&i, "authors[1].name", ProblemKind::Empty);
    i.authors = vec![AuthorInput {
        name: "Eva".into(),
        url: Some("javascript:alert(1)".into()),
        ..Default::default()
    }];
    assert_problem(
        &i,
        "authors[0].url",
        ProblemKind::SchemeNotAllowed {
            scheme: "javascript".into(),
        },
    );
    i.authors = (0..21)
        .map(|n| AuthorInput {
            name: format!("Author {n}"),
            ..Default::default()
        })
        .collect();
    assert_problem(&i, "authors", too_many(20));
}

#[test]
fn tag_rules() {
    let mut i = seed_input();
    i.tags.push("  #META ".into());
    assert_problem(&i, "tags[5]", ProblemKind::Duplicate { of: "Meta".into() });
    i.tags.pop();
    i.tags.push("#".into());
    assert_problem(&i, "tags[5]", ProblemKind::Empty);
    i.tags.pop();
    i.tags.push("#!!".into());
    assert_problem(
        &i,
        "tags[5]",
        ProblemKind::NoWordCharacters {
            input: "#!!".into(),
        },
    );
    i.tags = (0..31).map(|n| format!("tag{n}")).collect();
    assert_problem(&i, "tags", too_many(30));
    i.tags = vec!["t".repeat(501)];
    assert_problem(
        &i,
        "tags[0]",
        ProblemKind::TooLong {
            max: 500,
            actual: 501,
        },
    );
}

#[test]
fn tags_strip_hash_and_whitespace() {
    let mut i = seed_input();
    i.tags = vec![" ##AI  Ethics ".into(), "Über-Größe".into()];
    let a = validate(&i).unwrap();
    assert_eq!(a.tags()[0].name(), "AI Ethics");
    assert_eq!(a.tags()[0].slug(), "ai-ethics");
    assert_eq!(a.tags()[1].slug(), "über-größe");
}

fn image(url: &str, alt: &str) -> ImageInput {
    ImageInput {
        url: url.into(),
        alt: alt.into(),
        ..Default::default()
    }
}

#[test]
fn image_rules() {
    let mut i = seed_input();
    i.image = Some(image("https://img.example/a.jpg", "  "));
    assert_problem(&i, "image.alt", ProblemKind::Empty);
    i.image = Some(image("data:image/svg+xml,<svg onload=alert(1)>", "alt"));
    assert_problem(
        &i,
        "image.url",
        ProblemKind::SchemeNotAllowed {
            scheme: "data".into(),
        },
    );
    i.image = Some(ImageInput {
        width: Some(0),
        ..image("/a.jpg", "alt")
    });
    assert_problem(&i, "image.width", ProblemKind::Zero);
    i.image = Some(ImageInput {
        height: Some(0),
        ..image("/a.jpg", "alt")
    });
    assert_problem(&i, "image.height", ProblemKind::Zero);
}

#[test]
fn body_rules() {
    let mut i = seed_input();
    i.body = "\n \n".into();
    assert_problem(&i, "body", ProblemKind::Empty);
    i.body = "a".repeat(2 * 1024 * 1024 + 1);
    assert_problem(
        &i,
        "body",
        ProblemKind::TooLarge {
            max: 2 * 1024 * 1024,
            actual: 2 * 1024 * 1024 + 1,
        },
    );
    i.body = "line\r\nline\rline".into();
    assert_eq!(validate(&i).unwrap().body().source(), "line\nline\nline");
}

#[test]
fn key_fact_rules() {
    let mut i = seed_input();
    i.key_facts[1].label = "".into();
    i.key_facts[3].value = "\u{0}".into();
    let err = validate(&i).unwrap_err();
    assert_eq!(err.at("key_facts[1].label"), Some(&ProblemKind::Empty));
    assert_eq!(err.at("key_facts[3].value"), Some(&ProblemKind::Empty));
    assert_eq!(err.problems().len(), 2);
    let mut i = seed_input();
    i.key_facts = (0..51)
        .map(|n| KeyFactInput {
            label: format!("L{n}"),
            value: "v".into(),
        })
        .collect();
    assert_problem(&i, "key_facts", too_many(50));
}

#[test]
fn question_answer_rules() {
    let mut i = seed_input();
    i.faq[2].answer = "   ".into();
    assert_problem(&i, "faq[2].answer", ProblemKind::Empty);
    let mut i = seed_input();
    i.quick_answers[0].question = "".into();
    assert_problem(&i, "quick_answers[0].question", ProblemKind::Empty);
    let mut i = seed_input();
    i.faq = question_answers(101);
    assert_problem(&i, "faq", too_many(100));
    let mut i = seed_input();
    i.quick_answers = question_answers(51);
    assert_problem(&i, "quick_answers", too_many(50));
}

#[test]
fn source_url_obfuscations_are_refused() {
    let hostile = [
        ("javascript:alert(1)", "javascript"),
        ("JaVaScRiPt:alert(1)", "javascript"),
        ("  javascript:alert(1)", "javascript"),
        ("\u{1}javascript:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),
        ("java\nscript:alert(1)", "javascript"),
        ("vbscript:msgbox", "vbscript"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data"),
        ("file:///etc/passwd", "file"),
    ];
    for (url, scheme) in hostile {
        let mut i = seed_input();
        i.sources = vec![SourceInput {
            url: url.into(),
            ..Default::default()
        }];
        let (path, kind) = single_problem(&i);
        assert_eq!(path, "sources[0].url", "{url:?}");
        match kind {
            ProblemKind::SchemeNotAllowed { scheme: s } => assert_eq!(s, scheme, "{url:?}"),
            // Whitespace inside a scheme is refused before the scheme is known.
            ProblemKind::InvalidUrl { .. } => assert!(url.contains(['\t', '\n']), "{url:?}"),
            other => panic!("{url:?}: unexpected {other:?}"),
        }
    }
    // Entity-encoded schemes are not schemes: they stay a (harmless) relative reference.
    let mut i = seed_input();
    i.sources = vec![SourceInput {
        url: "javascript&#58;alert(1)".into(),
        ..Default::default()
    }];
    let a = validate(&i).unwrap();
    assert!(a.sources()[0].url().is_relative());
}

#[test]
fn related_rules() {
    let mut i = seed_input();
    i.related = vec![RelatedInput {
        headline: "".into(),
        url: "/business/x".into(),
        published: Some("04/04/2026".into()),
        image: Some(image("/x.jpg", "")),
    }];
    let err = validate(&i).unwrap_err();
    let got: Vec<(&str, &ProblemKind)> = err
        .problems()
        .iter()
        .map(|p| (p.path(), p.kind()))
        .collect();
    assert_eq!(
        got,
        [
            ("related[0].headline", &ProblemKind::Empty),
            (
                "related[0].published",
                &ProblemKind::InvalidDate {
                    input: "04/04/2026".into()
                }
            ),
            ("related[0].image.alt", &ProblemKind::Empty),
        ]
    );
}

#[test]
fn language_rules() {
    let mut i = seed_input();
    i.language = Some("english please".into());
    assert_problem(
        &i,
        "language",
        ProblemKind::InvalidLanguage {
            input: "english please".into(),
        },
    );
    i.language = Some("en_gb".into());
    assert_eq!(validate(&i).unwrap().language().unwrap().as_str(), "en-GB");
}

#[test]
fn configurable_limits() {
    let mut opts = ValidateOptions::default();
    opts.limits = Limits::default();
    opts.limits.max_tags = 2;
    opts.limits.max_headline_chars = 10;
    let err = seed_input().validate(&opts).unwrap_err();
    assert_eq!(
        err.at("headline"),
        Some(&ProblemKind::TooLong {
            max: 10,
            actual: 90
        })
    );
    assert_eq!(
        err.at("tags"),
        Some(&ProblemKind::TooMany { max: 2, actual: 5 })
    );
}

#[test]
fn every_bad_field_is_reported_in_field_order() {
    let mut i = seed_input();
    i.headline = "".into();
    i.published = "Apri 4".into();
    i.tags.push("meta".into());
    i.faq[2].answer = "".into();
    i.sources[0].url = "javascript:alert(1)".into();
    i.language = Some("??".into());
    let err = validate(&i).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "headline: must not be empty",
            "published: \"Apri 4\" is not a date; use 2026-04-04 or 2026-04-04T09:30:00+02:00",
            "tags[5]: duplicate of \"Meta\"",
            "faq[2].answer: must not be empty",
            "sources[0].url: scheme \"javascript\" is not allowed; use http or https",
            "language: \"??\" is not a BCP 47 language tag such as \"en\" or \"de-CH\"",
        ]
    );
    assert!(
        err.to_string()
            .starts_with("6 problems:\n  headline: must not be empty")
    );
}

#[test]
fn hostile_list_sizes_stay_cheap() {
    let mut i = seed_input();
    i.tags = (0..100_000).map(|n| format!("t{n}")).collect();
    let err = validate(&i).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(
        err.at("tags"),
        Some(&ProblemKind::TooMany {
            max: 30,
            actual: 100_000
        })
    );
}

#[test]
fn plain_text_is_cleaned_and_cms_text_decoded() {
    let mut i = seed_input();
    i.headline = "  Canada&#8217;s\u{202E}  <b>lead</b>\n\tgrows ".into();
    let a = validate(&i).unwrap();
    assert_eq!(a.headline(), "Canada&#8217;s <b>lead</b> grows");
    let a = i.validate(&ValidateOptions::cms()).unwrap();
    assert_eq!(a.headline(), "Canada’s lead grows");
}

/// What a date input becomes: its output (`Display`), or the problem at `published`.
#[test]
fn date_forms_table() {
    use ProblemKind as K;
    let ok = |s: &str| Ok::<String, ProblemKind>(s.to_string());
    let rows: Vec<(&str, Result<String, ProblemKind>)> = vec![
        // Accepted, written back as RFC 3339.
        ("2026-04-04", ok("2026-04-04")),
        (" 2026-04-04 ", ok("2026-04-04")),
        ("2026-04-04T09:30:00+02:00", ok("2026-04-04T09:30:00+02:00")),
        ("2026-04-04T07:30Z", ok("2026-04-04T07:30:00+00:00")),
        ("2026-04-04t07:30:00z", ok("2026-04-04T07:30:00+00:00")),
        ("2026-04-04 07:30:00+02:00", ok("2026-04-04T07:30:00+02:00")),
        (
            "2026-04-04T07:30:15.123456789-05:30",
            ok("2026-04-04T07:30:15-05:30"),
        ),
        (
            "2026-04-04T07:30:15,5+01:00",
            ok("2026-04-04T07:30:15+01:00"),
        ),
        ("2026-04-04T09:30:00+0200", ok("2026-04-04T09:30:00+02:00")),
        ("2026-04-04T09:30:00+02", ok("2026-04-04T09:30:00+02:00")),
        ("2026-04-04T09:30:00-00:00", ok("2026-04-04T09:30:00+00:00")),
        ("2026-04-04T09:30:00+23:59", ok("2026-04-04T09:30:00+23:59")),
        ("0000-01-01T00:00:00+01:00", ok("0000-01-01T00:00:00+01:00")),
        ("9999-12-31T23:59:59Z", ok("9999-12-31T23:59:59+00:00")),
        ("2028-02-29", ok("2028-02-29")),
        // Refused, each with what to write instead.
        (
            "-000001-01-01T00:00:00Z",
            Err(K::DateYearOutOfRange {
                input: "-000001-01-01T00:00:00Z".into(),
            }),
        ),
        (
            "+002026-04-04",
            Err(K::DateYearOutOfRange {
                input: "+002026-04-04".into(),
            }),
        ),
        (
            "10000-01-01",
            Err(K::DateYearOutOfRange {
                input: "10000-01-01".into(),
            }),
        ),
        // Written in its own offset, so still four digits (the instant is in 10000 UTC).
        ("9999-12-31T23:59:59-01:00", ok("9999-12-31T23:59:59-01:00")),
        (
            "2026-04-04T07:30:00+25:00",
            Err(K::DateOffsetOutOfRange {
                input: "2026-04-04T07:30:00+25:00".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00-24:00",
            Err(K::DateOffsetOutOfRange {
                input: "2026-04-04T07:30:00-24:00".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00+02:60",
            Err(K::DateOffsetOutOfRange {
                input: "2026-04-04T07:30:00+02:60".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00Z[u-ca=japanese]",
            Err(K::DateAnnotation {
                input: "2026-04-04T07:30:00Z[u-ca=japanese]".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00+01:00[Europe/Paris]",
            Err(K::DateAnnotation {
                input: "2026-04-04T07:30:00+01:00[Europe/Paris]".into(),
            }),
        ),
        (
            "2026-04-04[!u-ca=hebrew]",
            Err(K::DateAnnotation {
                input: "2026-04-04[!u-ca=hebrew]".into(),
            }),
        ),
        (
            "2016-12-31T23:59:60Z",
            Err(K::DateLeapSecond {
                input: "2016-12-31T23:59:60Z".into(),
            }),
        ),
        (
            "20260404T073000Z",
            Err(K::DateBasicFormat {
                input: "20260404T073000Z".into(),
            }),
        ),
        (
            "20260404",
            Err(K::DateBasicFormat {
                input: "20260404".into(),
            }),
        ),
        (
            "2026-04-04T073000Z",
            Err(K::DateBasicFormat {
                input: "2026-04-04T073000Z".into(),
            }),
        ),
        (
            "2026-04-04T10:00:00",
            Err(K::MissingOffset {
                input: "2026-04-04T10:00:00".into(),
            }),
        ),
        (
            "2026-04-04T10:00",
            Err(K::MissingOffset {
                input: "2026-04-04T10:00".into(),
            }),
        ),
        (
            "2026-02-30",
            Err(K::InvalidDate {
                input: "2026-02-30".into(),
            }),
        ),
        (
            "2026-13-01",
            Err(K::InvalidDate {
                input: "2026-13-01".into(),
            }),
        ),
        (
            "2026-04-04T24:00:00Z",
            Err(K::InvalidDate {
                input: "2026-04-04T24:00:00Z".into(),
            }),
        ),
        (
            "2026-04-04T07:61:00Z",
            Err(K::InvalidDate {
                input: "2026-04-04T07:61:00Z".into(),
            }),
        ),
        (
            "2026-04-04T07Z",
            Err(K::InvalidDate {
                input: "2026-04-04T07Z".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00.Z",
            Err(K::InvalidDate {
                input: "2026-04-04T07:30:00.Z".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00+01:00:30",
            Err(K::InvalidDate {
                input: "2026-04-04T07:30:00+01:00:30".into(),
            }),
        ),
        (
            "2026-04-04Z",
            Err(K::InvalidDate {
                input: "2026-04-04Z".into(),
            }),
        ),
        (
            "2026-W14-6",
            Err(K::InvalidDate {
                input: "2026-W14-6".into(),
            }),
        ),
        (
            "2026-094",
            Err(K::InvalidDate {
                input: "2026-094".into(),
            }),
        ),
        (
            "26-04-04",
            Err(K::InvalidDate {
                input: "26-04-04".into(),
            }),
        ),
        (
            "2026-04-04T07:30:00\u{2212}02:00",
            Err(K::InvalidDate {
                input: "2026-04-04T07:30:00\u{2212}02:00".into(),
            }),
        ),
        ("", Err(K::InvalidDate { input: "".into() })),
    ];
    for (input, expected) in rows {
        let mut i = seed_input();
        i.published = input.into();
        let got = match validate(&i) {
            Ok(a) => Ok(a.published().to_string()),
            Err(e) => {
                assert_eq!(e.problems().len(), 1, "{input:?}: {e}");
                assert_eq!(e.problems()[0].path(), "published", "{input:?}");
                Err(e.problems()[0].kind().clone())
            }
        };
        assert_eq!(got, expected, "{input:?}");
    }
    // Every date field gets the same rules, each at its own path.
    let mut i = seed_input();
    i.modified = Some("2026-04-05T07:30:00+25:00".into());
    i.related = vec![RelatedInput {
        headline: "R".into(),
        url: "/r".into(),
        published: Some("20260404".into()),
        image: None,
    }];
    let err = validate(&i).unwrap_err();
    let paths: Vec<&str> = err.problems().iter().map(|p| p.path()).collect();
    assert_eq!(paths, ["modified", "related[0].published"]);
    // A hostile date is not echoed whole.
    i = seed_input();
    i.published = "9".repeat(1_000_000);
    assert_eq!(
        single_problem(&i),
        (
            "published".to_string(),
            ProblemKind::InvalidDate {
                input: format!("{}…", "9".repeat(100))
            }
        )
    );
}

/// Text with nothing visible counts as empty: required fields fail, optional ones drop.
#[test]
fn invisible_text_table() {
    let invisible = [
        "\u{200B}",
        "\u{2060}",
        "\u{3164}",
        "\u{115F}\u{1160}",
        "\u{FFA0}",
        "\u{2800}",
        " \u{200C}\u{200D} ",
        "\u{FEFF}\u{FE0F}",
        "\u{E0020}\u{E007F}",
        "\u{AD}\u{34F}\u{180E}",
    ];
    type Set = fn(&mut ArticleInput, &str);
    let required: [(&str, Set); 9] = [
        ("headline", |i, t| i.headline = t.into()),
        ("section.name", |i, t| i.section.name = t.into()),
        ("faq[0].answer", |i, t| i.faq[0].answer = t.into()),
        ("quick_answers[1].question", |i, t| {
            i.quick_answers[1].question = t.into()
        }),
        ("key_facts[2].label", |i, t| i.key_facts[2].label = t.into()),
        ("tags[0]", |i, t| i.tags[0] = format!("#{t}")),
        ("body", |i, t| i.body = t.into()),
        ("authors[0].name", |i, t| {
            i.authors = vec![AuthorInput {
                name: t.into(),
                ..Default::default()
            }]
        }),
        ("image.alt", |i, t| i.image = Some(image("/a.jpg", t))),
    ];
    for text in invisible {
        for (path, set) in required {
            let mut i = seed_input();
            set(&mut i, text);
            assert_eq!(
                single_problem(&i),
                (path.to_string(), ProblemKind::Empty),
                "{text:?}"
            );
        }
        let mut i = seed_input();
        i.description = Some(text.into());
        i.background = Some(text.into());
        i.image = Some(ImageInput {
            caption: Some(text.into()),
            credit: Some(text.into()),
            ..image("/a.jpg", "Alt")
        });
        let a = validate(&i).unwrap();
        assert_eq!(a.description(), None, "{text:?}");
        assert_eq!(a.background(), None, "{text:?}");
        assert_eq!(
            (a.image().unwrap().caption(), a.image().unwrap().credit()),
            (None, None)
        );
    }
    // Invisible characters next to visible ones stay (they join emoji, Persian words …).
    let mut i = seed_input();
    i.headline =
        "\u{1F469}\u{200D}\u{1F52C} \u{645}\u{6CC}\u{200C}\u{62E}\u{648}\u{627}\u{647}\u{645}"
            .into();
    assert_eq!(validate(&i).unwrap().headline(), i.headline);
}

/// Every limit, at its path, with the limit and the size found.
#[test]
fn every_limit_names_field_limit_and_size() {
    use ProblemKind::{TooLarge, TooLong, TooMany};
    type Set = fn(&mut ArticleInput);
    let rows: Vec<(Set, &str, ProblemKind)> = vec![
        (
            |i| i.headline = "h".repeat(301),
            "headline",
            TooLong {
                max: 300,
                actual: 301,
            },
        ),
        (
            |i| i.description = Some("d".repeat(5001)),
            "description",
            TooLong {
                max: 5000,
                actual: 5001,
            },
        ),
        (
            |i| i.section.name = "s".repeat(501),
            "section.name",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.section.url = Some(format!("/{}", "u".repeat(2048))),
            "section.url",
            TooLarge {
                max: 2048,
                actual: 2049,
            },
        ),
        (
            |i| i.slug = Some("s".repeat(81)),
            "slug",
            TooLarge {
                max: 80,
                actual: 81,
            },
        ),
        (
            |i| i.canonical_url = format!("https://n.example/{}", "u".repeat(2031)),
            "canonical_url",
            TooLarge {
                max: 2048,
                actual: 2049,
            },
        ),
        (
            |i| i.tags[2] = "t".repeat(501),
            "tags[2]",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.tags = (0..31).map(|n| format!("t{n}")).collect(),
            "tags",
            TooMany {
                max: 30,
                actual: 31,
            },
        ),
        (
            |i| i.image = Some(image("/a.jpg", &"a".repeat(501))),
            "image.alt",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| {
                i.image = Some(ImageInput {
                    caption: Some("c".repeat(5001)),
                    ..image("/a.jpg", "A")
                })
            },
            "image.caption",
            TooLong {
                max: 5000,
                actual: 5001,
            },
        ),
        (
            |i| {
                i.image = Some(ImageInput {
                    credit: Some("c".repeat(501)),
                    ..image("/a.jpg", "A")
                })
            },
            "image.credit",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.body = "b".repeat(2 * 1024 * 1024 + 1),
            "body",
            TooLarge {
                max: 2 * 1024 * 1024,
                actual: 2 * 1024 * 1024 + 1,
            },
        ),
        (
            |i| i.key_facts[0].label = "l".repeat(501),
            "key_facts[0].label",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.key_facts[0].value = "v".repeat(5001),
            "key_facts[0].value",
            TooLong {
                max: 5000,
                actual: 5001,
            },
        ),
        (
            |i| i.background = Some("b".repeat(5001)),
            "background",
            TooLong {
                max: 5000,
                actual: 5001,
            },
        ),
        (
            |i| i.quick_answers[0].question = "q".repeat(501),
            "quick_answers[0].question",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.faq[0].answer = "a".repeat(5001),
            "faq[0].answer",
            TooLong {
                max: 5000,
                actual: 5001,
            },
        ),
        (
            |i| i.faq = question_answers(101),
            "faq",
            TooMany {
                max: 100,
                actual: 101,
            },
        ),
        (
            |i| i.sources[0].title = Some("t".repeat(501)),
            "sources[0].title",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.sources[0].publisher = Some("p".repeat(501)),
            "sources[0].publisher",
            TooLong {
                max: 500,
                actual: 501,
            },
        ),
        (
            |i| i.sources[0].url = format!("https://s.example/{}", "u".repeat(2031)),
            "sources[0].url",
            TooLarge {
                max: 2048,
                actual: 2049,
            },
        ),
        (
            |i| {
                i.related = vec![RelatedInput {
                    headline: "r".repeat(301),
                    url: "/r".into(),
                    ..Default::default()
                }]
            },
            "related[0].headline",
            TooLong {
                max: 300,
                actual: 301,
            },
        ),
        (
            |i| {
                i.related = (0..51)
                    .map(|n| RelatedInput {
                        headline: format!("R{n}"),
                        url: "/r".into(),
                        ..Default::default()
                    })
                    .collect()
            },
            "related",
            TooMany {
                max: 50,
                actual: 51,
            },
        ),
    ];
    for (set, path, kind) in rows {
        let mut i = seed_input();
        set(&mut i);
        let message = kind.to_string();
        assert_eq!(single_problem(&i), (path.to_string(), kind), "{path}");
        // The message gives the limit and the size found.
        assert!(
            message.contains(" is ") || message.starts_with("is ") || message.starts_with("has "),
            "{message}"
        );
    }
    assert_eq!(
        TooLarge {
            max: 2048,
            actual: 2049
        }
        .to_string(),
        "is 2049 bytes; the limit is 2048"
    );
    assert_eq!(
        TooLong {
            max: 500,
            actual: 501
        }
        .to_string(),
        "is 501 characters long; the limit is 500"
    );
    assert_eq!(
        TooMany {
            max: 30,
            actual: 31
        }
        .to_string(),
        "has 31 entries; the limit is 30"
    );
}

/// Corrections lie between publication and the last modification: correcting modifies the
/// article, so `modified` is at least the latest correction; each refusal names the date's
/// path.
#[test]
fn correction_rules() {
    let correction = |date: &str, text: &str| newsclip::CorrectionInput {
        date: date.into(),
        text: text.into(),
    };
    let mut i = seed_input();
    i.published = "2026-04-04T09:00:00+02:00".into();
    i.modified = Some("2026-04-05T10:00:00+02:00".into());
    // On the modified date (in another offset), and between: fine.
    i.corrections = vec![
        correction("2026-04-04T12:00:00+02:00", "A *first* fix."),
        correction("2026-04-05T08:00:00Z", "A second fix."),
    ];
    let article = validate(&i).unwrap();
    assert_eq!(article.corrections().len(), 2);
    assert_eq!(article.corrections()[0].text(), "A *first* fix.");
    // Before publication.
    i.corrections[0].date = "2026-04-04T06:59:59Z".into();
    assert_problem(
        &i,
        "corrections[0].date",
        ProblemKind::CorrectionBeforePublished {
            correction: "2026-04-04T06:59:59+00:00".into(),
            published: "2026-04-04T09:00:00+02:00".into(),
        },
    );
    // After the last modification.
    i.corrections[0].date = "2026-04-04T12:00:00+02:00".into();
    i.corrections[1].date = "2026-04-05T10:00:01+02:00".into();
    let err = validate(&i).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].path(), "corrections[1].date");
    assert_eq!(
        *err.problems()[0].kind(),
        ProblemKind::CorrectionAfterModified {
            correction: "2026-04-05T10:00:01+02:00".into(),
            modified: Some("2026-04-05T10:00:00+02:00".into()),
            published: "2026-04-04T09:00:00+02:00".into(),
        }
    );
    assert!(
        err.problems()[0]
            .to_string()
            .contains("set `modified` to at least 2026-04-05T10:00:01+02:00"),
        "{}",
        err.problems()[0]
    );
    // Without `modified`, a correction after publication asks for one.
    i.modified = None;
    i.corrections = vec![correction("2026-04-04T12:00:00+02:00", "Fix.")];
    assert_problem(
        &i,
        "corrections[0].date",
        ProblemKind::CorrectionAfterModified {
            correction: "2026-04-04T12:00:00+02:00".into(),
            modified: None,
            published: "2026-04-04T09:00:00+02:00".into(),
        },
    );
    // The date and the text are checked like any other.
    i.modified = Some("2026-04-05T10:00:00+02:00".into());
    i.corrections = vec![correction("soon", "Fix."), correction("2026-04-05", " ")];
    let err = validate(&i).unwrap_err();
    let found: Vec<(&str, &ProblemKind)> = err
        .problems()
        .iter()
        .map(|p| (p.path(), p.kind()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "corrections[0].date",
                &ProblemKind::InvalidDate {
                    input: "soon".into()
                }
            ),
            ("corrections[1].text", &ProblemKind::Empty),
        ]
    );
    i.corrections = (0..21).map(|_| correction("2026-04-05", "Fix.")).collect();
    assert_problem(&i, "corrections", too_many(20));
}

/// Author profiles: URLs checked at their paths; a job title and an employer are a person's.
#[test]
fn author_profile_rules() {
    use newsclip::AuthorKind;
    let mut i = seed_input();
    i.authors = vec![AuthorInput {
        name: "Eva de Vries".into(),
        url: Some("/authors/eva".into()),
        same_as: vec!["https://social.example/@eva".into(), "/eva".into()],
        job_title: Some(" Ports  correspondent ".into()),
        image: Some("/eva.jpg".into()),
        organization: Some("Newsclip".into()),
        ..Default::default()
    }];
    let article = validate(&i).unwrap();
    let eva = &article.authors()[0];
    assert_eq!(eva.same_as().len(), 2);
    assert_eq!(eva.job_title(), Some("Ports correspondent"));
    assert_eq!(eva.organization(), Some("Newsclip"));
    assert_eq!(
        eva.image().map(ToString::to_string).as_deref(),
        Some("/eva.jpg")
    );
    i.authors[0].same_as[1] = "javascript:alert(1)".into();
    assert_problem(
        &i,
        "authors[0].same_as[1]",
        ProblemKind::SchemeNotAllowed {
            scheme: "javascript".into(),
        },
    );
    i.authors[0].same_as = (0..21).map(|n| format!("/p/{n}")).collect();
    assert_problem(&i, "authors[0].same_as", too_many(20));
    i.authors[0].same_as.clear();
    i.authors[0].image = Some("data:image/svg+xml,<svg/>".into());
    assert_problem(
        &i,
        "authors[0].image",
        ProblemKind::SchemeNotAllowed {
            scheme: "data".into(),
        },
    );
    i.authors[0].image = None;
    i.authors[0].kind = AuthorKind::Organization;
    let err = validate(&i).unwrap_err();
    let paths: Vec<(&str, &ProblemKind)> = err
        .problems()
        .iter()
        .map(|p| (p.path(), p.kind()))
        .collect();
    assert_eq!(
        paths,
        [
            ("authors[0].job_title", &ProblemKind::PersonOnly),
            ("authors[0].organization", &ProblemKind::PersonOnly),
        ]
    );
}

#[test]
fn dateline_and_publishing_principles_rules() {
    let mut i = seed_input();
    i.dateline = Some("  BRUSSELS ".into());
    i.publishing_principles = Some("/standards".into());
    let article = validate(&i).unwrap();
    assert_eq!(article.dateline(), Some("BRUSSELS"));
    assert_eq!(
        article
            .publishing_principles()
            .map(ToString::to_string)
            .as_deref(),
        Some("/standards")
    );
    // Empty is absent.
    i.dateline = Some(" ".into());
    assert_eq!(validate(&i).unwrap().dateline(), None);
    i.dateline = Some("d".repeat(501));
    assert_problem(
        &i,
        "dateline",
        ProblemKind::TooLong {
            max: 500,
            actual: 501,
        },
    );
    i.dateline = None;
    i.publishing_principles = Some("vbscript:x".into());
    assert_problem(
        &i,
        "publishing_principles",
        ProblemKind::SchemeNotAllowed {
            scheme: "vbscript".into(),
        },
    );
}
