//! The W3C Nu HTML Checker (vnu-jar from the npm registry) on full pages of the example
//! articles: 0 errors and 0 warnings.
//!
//! The jar is `$NEWSCLIP_VNU_JAR`, else whatever `.ci/install-vnu` prints (it installs the
//! pinned version under `target/vnu` when missing). Without `java` the test fails when `CI`
//! is set and is skipped with a loud message otherwise. All pages go to one `java` run, since
//! the JVM starts slowly. The pages stay in `target/html-preview/` for the browser checks of
//! `.ci/html-browser-check`.

mod common;

use common::examples;
use newsclip::RenderOptions;
use newsclip::options::{AnswerStyle, Locale, Part};

/// Every page variant worth validating: defaults (labels from the article's language: the
/// Arabic seed is right to left), everything on (German, static answers, table of contents,
/// reading time, new-tab source links), and each other built-in locale's labels, also with
/// everything on for Arabic. (A headline at h2 is for hosts that own the h1, so a stand-alone
/// page keeps h1; the structure tests cover h2 fragments.)
fn variants() -> Vec<(&'static str, RenderOptions)> {
    let everything = |locale| {
        let mut all = RenderOptions::for_locale(locale);
        all.html.parts = Part::ALL.to_vec();
        all.html.faq_style = AnswerStyle::Static;
        all.html.quick_answer_style = AnswerStyle::Static;
        all.html.reading_time = true;
        all.links.new_tab = true;
        all
    };
    vec![
        ("", RenderOptions::default()),
        ("-all-de", everything(Locale::German)),
        ("-fr", RenderOptions::for_locale(Locale::French)),
        ("-es", RenderOptions::for_locale(Locale::Spanish)),
        ("-all-ar", everything(Locale::Arabic)),
    ]
}

#[test]
fn example_pages_pass_the_nu_html_checker() {
    let mut pages = Vec::new();
    for ex in examples() {
        for (suffix, opts) in variants() {
            pages.push((format!("{}{suffix}.html", ex.name), ex.page(&opts)));
        }
    }
    if let Some(count) = common::vnu::assert_valid_pages("", pages) {
        eprintln!("Nu HTML Checker: {count} pages, 0 errors, 0 warnings");
    }
}
