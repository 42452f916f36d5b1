//! Validation of the newsroom fields (issue 16): corrections dated between publication and
//! the last modification, author profiles, the dateline and the article's publishing
//! principles, each refusal at its field path.

use newsclip::{AuthorInput, ProblemKind};

#[path = "support/validation.rs"]
mod validation;
use validation::*;

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
