//! What the validation tests share: the seed's input, validation with the default options,
//! one-problem assertions and small valid parts. Include with
//! `#[path = "support/validation.rs"] mod validation;`.

#![allow(dead_code)]

use newsclip::{
    Article, ArticleInput, ImageInput, ProblemKind, QuestionAnswerInput, ValidateOptions,
    ValidationError,
};

/// The seed article's JSON: the `article` of the seed file (which also holds its site).
pub fn seed_json() -> String {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../../examples/data/newsclip-seed.json")).unwrap();
    serde_json::to_string_pretty(&file["article"]).unwrap()
}

pub fn seed_input() -> ArticleInput {
    serde_json::from_str(&seed_json()).expect("seed parses")
}

pub fn validate(input: &ArticleInput) -> Result<Article, ValidationError> {
    input.validate(&ValidateOptions::default())
}

/// Validates, expecting exactly one problem; returns (path, kind).
pub fn single_problem(input: &ArticleInput) -> (String, ProblemKind) {
    let err = validate(input).expect_err("input should be invalid");
    assert_eq!(err.problems().len(), 1, "expected one problem, got {err}");
    let p = &err.problems()[0];
    (p.path().to_string(), p.kind().clone())
}

pub fn assert_problem(input: &ArticleInput, path: &str, kind: ProblemKind) {
    assert_eq!(single_problem(input), (path.to_string(), kind));
}

/// The problem of a list one entry longer than its limit `max`.
pub fn too_many(max: usize) -> ProblemKind {
    ProblemKind::TooMany {
        max,
        actual: max + 1,
    }
}

/// `n` valid question/answer pairs.
pub fn question_answers(n: usize) -> Vec<QuestionAnswerInput> {
    (0..n)
        .map(|n| QuestionAnswerInput {
            question: format!("Q{n}?"),
            answer: "A.".into(),
        })
        .collect()
}

pub fn image(url: &str, alt: &str) -> ImageInput {
    ImageInput {
        url: url.into(),
        alt: alt.into(),
        ..Default::default()
    }
}
