//! Validation: every rule has a failing input asserting the exact variant and field path;
//! several bad fields are all reported; the seed round-trips.

use newsclip::{
    AuthorInput, ImageInput, KeyFactInput, Limits, ProblemKind, RelatedInput, SourceInput,
    ValidateOptions,
};

#[path = "support/validation.rs"]
mod validation;
use validation::*;

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
