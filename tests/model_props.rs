//! Properties of validation and text cleaning over generated input.

use newsclip::sanitize::{TextMode, clean_text, slugify};
use newsclip::{ArticleInput, ValidateOptions};
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \\t\\n#<>&;a-zA-Z0-9\u{202E}\u{2066}\u{0}\u{A0}éß数-]{0,40}",
        "(&#[0-9]{1,7};|&[a-z]{1,8};|<[a-z]{1,6}>|</[a-z]{1,6}>| |x){0,12}",
    ]
}

proptest! {
    #[test]
    fn clean_text_is_idempotent_and_tidy(s in any_text(), html in any::<bool>()) {
        let mode = if html { TextMode::Html } else { TextMode::Plain };
        let once = clean_text(&s, mode);
        prop_assert_eq!(clean_text(&once, TextMode::Plain), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
        prop_assert!(!once.contains("  "));
        let bidi = '\u{202A}'..='\u{202E}';
        let bad = once.chars().any(|c| c.is_control() || bidi.contains(&c));
        prop_assert!(!bad, "control or bidi character left in {:?}", once);
    }

    #[test]
    fn slugify_is_idempotent_and_url_safe(s in any_text()) {
        let slug = slugify(&s);
        prop_assert_eq!(slugify(&slug), slug.clone());
        prop_assert!(slug.len() <= 80);
        prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
        prop_assert!(slug.chars().all(|c| c == '-' || c.is_alphanumeric()));
    }

    #[test]
    fn validation_never_panics_and_is_deterministic(
        headline in any_text(),
        published in any_text(),
        tags in proptest::collection::vec(any_text(), 0..8),
        url in any_text(),
        body in any_text(),
    ) {
        let input = ArticleInput {
            headline,
            published,
            tags,
            canonical_url: url.clone(),
            body,
            section: newsclip::SectionInput { name: "S".into(), url: Some(url) },
            ..Default::default()
        };
        let a = input.validate(&ValidateOptions::default());
        let b = input.validate(&ValidateOptions::cms());
        prop_assert_eq!(a.clone(), input.validate(&ValidateOptions::default()));
        // Errors always name a field.
        for err in [a.err(), b.err()].into_iter().flatten() {
            prop_assert!(err.problems().iter().all(|p| !p.path().is_empty()));
        }
    }
}
