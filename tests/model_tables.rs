//! Validation tables: what every date form becomes, which texts count as empty (nothing
//! visible left), and every limit named with its field path, the limit and the size found.

use newsclip::{ArticleInput, AuthorInput, ImageInput, ProblemKind, RelatedInput};

#[path = "support/validation.rs"]
mod validation;
use validation::*;

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
