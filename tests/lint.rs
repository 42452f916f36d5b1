//! The lint: the seed's exact findings, and each rule firing and not firing.

mod common;

use common::*;
use newsclip::RenderOptions;
use newsclip::lint::{Diagnostic, LintOptions, RULES, Severity, lint_with};
use newsclip::options::FaqMode;
use newsclip::{
    ArticleInput, AuthorInput, AuthorKind, DateTime, ImageInput, PreparedArticle,
    QuestionAnswerInput, RelatedInput, SectionInput, SourceInput, ValidateOptions, lint,
};

/// An article that satisfies every rule.
fn clean() -> ArticleInput {
    ArticleInput {
        headline: "Rotterdam bets on automated cranes".into(),
        description: Some("Europe's largest port replaces crane cabins with control rooms.".into()),
        section: SectionInput {
            name: "Business".into(),
            url: Some("https://newsclip.example/business".into()),
        },
        canonical_url: "https://newsclip.example/business/cranes".into(),
        published: "2026-04-03T09:30:00+02:00".into(),
        modified: Some("2026-04-03T12:00:00+02:00".into()),
        authors: vec![AuthorInput {
            name: "Eva de Vries".into(),
            kind: AuthorKind::Person,
            url: Some("https://newsclip.example/authors/eva".into()),
            ..AuthorInput::default()
        }],
        image: Some(ImageInput {
            url: "https://images.newsclip.example/cranes.jpg".into(),
            alt: "Cranes at dusk".into(),
            width: Some(1600),
            height: Some(900),
            ..ImageInput::default()
        }),
        body: "## Why\n\nBecause **ports** matter.".into(),
        faq: vec![QuestionAnswerInput {
            question: "Why now?".into(),
            answer: "Ships are *bigger*.".into(),
        }],
        sources: vec![SourceInput {
            url: "https://www.portofrotterdam.com/en".into(),
            ..SourceInput::default()
        }],
        related: vec![RelatedInput {
            headline: "Antwerp opens a hydrogen terminal".into(),
            url: "https://newsclip.example/business/antwerp".into(),
            published: None,
            image: None,
        }],
        ..ArticleInput::default()
    }
}

fn run(input: &ArticleInput) -> Vec<Diagnostic> {
    run_with(input, &RenderOptions::default(), &LintOptions::default())
}

fn run_with(
    input: &ArticleInput,
    render: &RenderOptions,
    options: &LintOptions,
) -> Vec<Diagnostic> {
    let article = input
        .validate(&ValidateOptions::default())
        .expect("valid input");
    let site = seed_site();
    let prepared = PreparedArticle::new(&article, &site, render);
    lint_with(&prepared, &seed_now(), options)
}

fn codes(found: &[Diagnostic]) -> Vec<(&'static str, String)> {
    found.iter().map(|d| (d.code, d.path.clone())).collect()
}

/// Asserts the clean article with `change` applied yields exactly `expected` (code, path).
fn fires(change: impl FnOnce(&mut ArticleInput), expected: &[(&str, &str)]) {
    let mut input = clean();
    change(&mut input);
    let found = run(&input);
    let got: Vec<(&str, &str)> = found.iter().map(|d| (d.code, d.path.as_str())).collect();
    assert_eq!(got, expected);
}

/// Asserts the change yields no diagnostic at all.
fn silent(change: impl FnOnce(&mut ArticleInput)) {
    fires(change, &[]);
}

#[test]
fn clean_article_is_silent() {
    assert_eq!(codes(&run(&clean())), []);
}

#[test]
fn seed_lints_with_exactly_the_expected_findings() {
    let article = seed_article();
    let site = seed_site();
    let render_options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &render_options);
    let found = lint(&prepared, &seed_now());
    let got: Vec<(&str, Severity, &str)> = found
        .iter()
        .map(|d| (d.code, d.severity, d.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("image-missing", Severity::Warning, "image"),
            ("author-missing", Severity::Warning, "authors"),
            ("date-without-time", Severity::Info, "published"),
            ("url-relative", Severity::Info, "section.url"),
            ("og-image-missing", Severity::Warning, "image"),
            // The 90-character headline is longer than an X card title shows.
            ("twitter-title-long", Severity::Info, "headline"),
        ]
    );
    for d in &found {
        assert!(d.source_url.starts_with("https://"));
        assert!(!d.message.is_empty());
    }
    assert_eq!(
        newsclip::lint::lint_article(&article, &site, &seed_now()),
        found
    );
    assert_eq!(
        found[3].message,
        "\"/business\" is relative and is published as https://newsclip.example/business; check that this is right, or give the absolute URL."
    );
    assert_eq!(
        found[1].to_string(),
        "warning[author-missing] authors: No author. Add each author shown on the page, with a name and a profile URL."
    );
}

#[test]
fn image_missing() {
    fires(
        |a| a.image = None,
        &[("image-missing", "image"), ("og-image-missing", "image")],
    );
    silent(|_| {});
}

#[test]
fn image_alt_missing() {
    // Each image without alternative text, in order, with its URL; an explicit alt="" is
    // a decorative image and stays silent.
    let mut input = clean();
    input.body_format = newsclip::BodyFormat::Html;
    input.body = "<p><img src=\"/a.jpg\"> <img src=\"/b.jpg\" alt=\"\"> <img src=\"/c.jpg\" alt=\"C\"> \
                  <img data-src=\"https://cdn.example/d.jpg\" src=\"data:image/gif;base64,R0lGOD==\"></p>"
        .into();
    let found = run(&input);
    let alt: Vec<(&str, &str, &str)> = found
        .iter()
        .filter(|d| d.code == newsclip::lint::codes::IMAGE_ALT_MISSING)
        .map(|d| (d.path.as_str(), d.severity.as_str(), d.message.as_str()))
        .collect();
    let message = |url: &str| {
        format!(
            "The image {url} has no alternative text; it is shown as decorative (alt=\"\"). \
             Describe what it shows in its alt text (in HTML, alt=\"\" marks an image as decorative)."
        )
    };
    let (a, d) = (message("/a.jpg"), message("https://cdn.example/d.jpg"));
    assert_eq!(
        alt,
        [
            ("body", "warning", a.as_str()),
            ("body", "warning", d.as_str())
        ]
    );
    // Markdown: an empty `![]` is no alt text.
    fires(
        |a| a.body = "![](/e.jpg) and ![E](/f.jpg)".into(),
        &[("image-alt-missing", "body")],
    );
}

#[test]
fn image_too_small() {
    fires(
        |a| {
            let img = a.image.as_mut().unwrap();
            img.width = Some(200);
            img.height = Some(200);
        },
        &[("image-too-small", "image")],
    );
    // Exactly 50,000 pixels is enough; unknown dimensions are not judged.
    silent(|a| {
        let img = a.image.as_mut().unwrap();
        img.width = Some(250);
        img.height = Some(200);
    });
    silent(|a| {
        let img = a.image.as_mut().unwrap();
        img.width = Some(10);
        img.height = None;
    });
}

#[test]
fn author_missing() {
    fires(|a| a.authors.clear(), &[("author-missing", "authors")]);
}

fn with_author_name(name: &str) -> impl FnOnce(&mut ArticleInput) + '_ {
    move |a| a.authors[0].name = name.into()
}

#[test]
fn author_name_prefix() {
    for name in ["By Eva de Vries", "Posted by Eva"] {
        fires(
            with_author_name(name),
            &[("author-name-prefix", "authors[0].name")],
        );
    }
    silent(with_author_name("Byron Eva"));
}

#[test]
fn author_name_title() {
    for name in ["Dr. Eva de Vries", "Prof Eva de Vries", "Eva de Vries PhD"] {
        fires(
            with_author_name(name),
            &[("author-name-title", "authors[0].name")],
        );
    }
    silent(with_author_name("Drew Misra"));
}

#[test]
fn author_name_multiple() {
    for name in [
        "Eva de Vries and Jan Bakker",
        "Eva & Jan",
        "Eva de Vries, Jan Bakker",
        "Eva; Jan",
    ] {
        fires(
            with_author_name(name),
            &[("author-name-multiple", "authors[0].name")],
        );
    }
    silent(with_author_name("Alexandra Anderson"));
}

#[test]
fn author_url_missing() {
    fires(
        |a| a.authors[0].url = None,
        &[("author-url-missing", "authors[0].url")],
    );
    // An organization author needs a URL too.
    fires(
        |a| {
            a.authors.push(AuthorInput {
                name: "Data Desk".into(),
                kind: AuthorKind::Organization,
                url: None,
                ..AuthorInput::default()
            })
        },
        &[("author-url-missing", "authors[1].url")],
    );
}

#[test]
fn date_without_time() {
    fires(
        |a| a.published = "2026-04-03".into(),
        &[("date-without-time", "published")],
    );
    fires(
        |a| a.modified = Some("2026-04-04".into()),
        &[("date-without-time", "modified")],
    );
    silent(|a| a.published = "2026-04-03T07:30:00Z".into());
}

#[test]
fn date_in_future() {
    // now is 2026-04-05T00:00:00Z.
    let mut input = clean();
    input.published = "2026-04-05T00:00:01Z".into();
    input.modified = None;
    let found = run(&input);
    assert_eq!(codes(&found), [("date-in-future", "published".to_string())]);
    assert_eq!(found[0].severity, Severity::Error);
    fires(
        |a| a.modified = Some("2026-04-06T09:00:00+02:00".into()),
        &[("date-in-future", "modified")],
    );
    // The same instant as now is not in the future; an offset does not fool it.
    silent(|a| {
        a.published = "2026-04-05T02:00:00+02:00".into();
        a.modified = None;
    });
}

#[test]
fn modified_before_published_cannot_reach_the_lint() {
    let mut input = clean();
    input.modified = Some("2026-04-01T00:00:00Z".into());
    assert!(input.validate(&ValidateOptions::default()).is_err());
}

#[test]
fn canonical_foreign_host() {
    fires(
        |a| a.canonical_url = "https://other.example/business/cranes".into(),
        &[("canonical-foreign-host", "canonical_url")],
    );
    // A subdomain is another host too.
    fires(
        |a| a.canonical_url = "https://www.newsclip.example/business/cranes".into(),
        &[("canonical-foreign-host", "canonical_url")],
    );
    // Hosts compare as the URL parser normalizes them (case); port and scheme are not the
    // host.
    silent(|a| a.canonical_url = "https://NewsClip.Example/business/cranes".into());
    silent(|a| a.canonical_url = "http://newsclip.example:8080/business/cranes".into());
    let mut input = clean();
    input.canonical_url = "https://other.example/a".into();
    let d = run(&input).remove(0);
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        d.source_url,
        "https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls"
    );
    assert_eq!(
        d.message,
        "The canonical URL is on other.example, but the site is at newsclip.example: the canonical link, og:url and every JSON-LD @id send search engines to other.example. Give the article's URL on newsclip.example, unless it is a copy of a page that other.example published first."
    );
}

#[test]
fn url_relative() {
    fires(
        |a| {
            a.section.url = Some("/business".into());
            a.authors[0].url = Some("/authors/eva".into());
            a.image.as_mut().unwrap().url = "/img/cranes.jpg".into();
            a.sources[0].url = "/sources/port".into();
            a.related[0].url = "../antwerp".into();
            a.related[0].image = Some(ImageInput {
                url: "/img/a.jpg".into(),
                alt: "A".into(),
                ..ImageInput::default()
            });
        },
        &[
            ("url-relative", "section.url"),
            ("url-relative", "authors[0].url"),
            ("url-relative", "image.url"),
            ("url-relative", "sources[0].url"),
            ("url-relative", "related[0].url"),
            ("url-relative", "related[0].image.url"),
        ],
    );
}

#[test]
fn headline_long() {
    let long = "a".repeat(111);
    let mut input = clean();
    input.headline = long;
    let found = run(&input);
    assert_eq!(
        codes(&found),
        [
            ("headline-long", "headline".to_string()),
            ("twitter-title-long", "headline".to_string())
        ]
    );
    // Info, never an error: Google removed the 110-character limit.
    assert_eq!(found[0].severity, Severity::Info);
    let mut at_limit = clean();
    at_limit.headline = "a".repeat(110);
    assert!(run(&at_limit).iter().all(|d| d.code != "headline-long"));
    let mut options = LintOptions::default();
    options.headline_chars = 20;
    assert!(
        run_with(&clean(), &RenderOptions::default(), &options)
            .iter()
            .any(|d| d.code == "headline-long")
    );
}

#[test]
fn faq_answer_html() {
    // An inline code span renders as <code>, which Google does not read in FAQ answers.
    fires(
        |a| {
            a.quick_answers.push(QuestionAnswerInput {
                question: "How?".into(),
                answer: "Run `cargo build`.".into(),
            })
        },
        &[("faq-answer-html", "quick_answers[0].answer")],
    );
    fires(
        |a| a.faq[0].answer = "Use `x` and `y`, *now*.".into(),
        &[("faq-answer-html", "faq[0].answer")],
    );
    // Links, emphasis and strong are read.
    silent(|a| {
        a.faq.push(QuestionAnswerInput {
            question: "Links?".into(),
            answer: "See [the port](https://www.portofrotterdam.com/en), **now**.".into(),
        })
    });
    // Only answers that go into the FAQPage count.
    let mut input = clean();
    input.quick_answers.push(QuestionAnswerInput {
        question: "How?".into(),
        answer: "Run `cargo build`.".into(),
    });
    // The FAQ mode the page renders with is the one the lint reads.
    let mut render = RenderOptions::default();
    render.faq = FaqMode::FaqOnly;
    assert_eq!(
        codes(&run_with(&input, &render, &LintOptions::default())),
        []
    );
    render.faq = FaqMode::Off;
    assert_eq!(
        codes(&run_with(&input, &render, &LintOptions::default())),
        []
    );
    let found = run(&input);
    assert_eq!(
        found[0].message,
        "The answer uses <code>, which Google ignores in FAQ answers; use only h1–h6, br, ol, ul, li, a, p, div, b, strong, i, em."
    );
}

#[test]
fn body_image_counts_as_the_image() {
    // No hero image, but the body has one: JSON-LD and og:image use it.
    silent(|a| {
        a.image = None;
        a.body = "Words.\n\n![Cranes](https://images.newsclip.example/b.jpg)\n".into();
    });
}

#[test]
fn og_image_missing() {
    let mut input = clean();
    input.image = None;
    let found = run(&input);
    assert!(
        found
            .iter()
            .any(|d| d.code == "og-image-missing" && d.source_url == "https://ogp.me/")
    );
    assert!(run(&clean()).iter().all(|d| d.code != "og-image-missing"));
}

#[test]
fn twitter_description_long() {
    fires(
        |a| a.description = Some("word ".repeat(41)),
        &[("twitter-description-long", "description")],
    );
    silent(|a| a.description = Some("x".repeat(200)));
}

#[test]
fn twitter_title_long() {
    fires(
        |a| a.headline = "b".repeat(71),
        &[("twitter-title-long", "headline")],
    );
    silent(|a| a.headline = "b".repeat(70));
}

/// Google's paywalled-content guidance
/// (<https://developers.google.com/search/docs/appearance/structured-data/paywalled-content>):
/// a paywalled article says `isAccessibleForFree: false` and names its paywalled part with a
/// `hasPart` `WebPageElement` whose `cssSelector` matches it on the page.
const GOOGLE_PAYWALL: &str =
    "https://developers.google.com/search/docs/appearance/structured-data/paywalled-content";

fn paywalled(body: &str) -> impl FnOnce(&mut ArticleInput) + '_ {
    move |a| {
        a.paywalled = true;
        a.body = body.into();
    }
}

#[test]
fn paywall_unmarked() {
    // Declared, but nothing marks the paywalled part.
    for body in [
        "Free.\n\nPaid.",
        // A comment is not the marker: tools strip comments.
        "Free.\n\n<!-- paywall -->\n\nPaid.",
        // Inside a quote or a list: not whole blocks.
        "Free.\n\n> [paywall]\n>\n> Paid.",
        "Free.\n\n1. x\n\n   [paywall]\n\n   Paid.",
        // Nothing after it.
        "Free.\n\n[paywall]\n",
    ] {
        fires(paywalled(body), &[("paywall-unmarked", "body")]);
    }
    let mut input = clean();
    paywalled("Free.")(&mut input);
    let found = run(&input);
    assert_eq!(found[0].source_url, GOOGLE_PAYWALL);
    assert_eq!(found[0].severity, Severity::Error);
    // Marked: silent, in Markdown and in HTML.
    silent(paywalled("Free.\n\n[paywall]\n\nPaid."));
    silent(|a| {
        paywalled("<p>Free.</p>\n<p>[PAYWALL]</p>\n<p>Paid.</p>")(a);
        a.body_format = newsclip::BodyFormat::Html;
    });
    // A free article without a marker is no concern of these rules.
    silent(|a| a.body = "Free.\n\nStill free.".into());
}

#[test]
fn paywall_marker_unflagged() {
    fires(
        |a| a.body = "Free.\n\n[paywall]\n\nPaid.".into(),
        &[("paywall-marker-unflagged", "paywalled")],
    );
    fires(
        |a| a.body = "Free.\n\n> [paywall]".into(),
        &[("paywall-marker-unflagged", "paywalled")],
    );
    let mut input = clean();
    input.body = "Free.\n\n[paywall]\n\nPaid.".into();
    let found = run(&input);
    assert_eq!(found[0].source_url, GOOGLE_PAYWALL);
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn paywall_selector_unmatched() {
    let mut input = clean();
    paywalled("Free.\n\n[paywall]\n\nPaid.")(&mut input);
    let lint = LintOptions::default();
    // The class the page wraps the part in is empty: no selector names it.
    let mut render = RenderOptions::default();
    render.classes.paywalled = " ".into();
    let found = run_with(&input, &render, &lint);
    assert_eq!(
        codes(&found),
        [("paywall-selector-unmatched", "paywalled".to_string())]
    );
    assert_eq!(found[0].source_url, GOOGLE_PAYWALL);
    // The page leaves the body out: the selector matches nothing it renders.
    let mut render = RenderOptions::default();
    render
        .html
        .parts
        .retain(|p| *p != newsclip::options::Part::Body);
    let found = run_with(&input, &render, &lint);
    assert_eq!(
        codes(&found),
        [("paywall-selector-unmatched", "paywalled".to_string())]
    );
    // Another class is fine: the JSON-LD names whatever class the page uses.
    let mut render = RenderOptions::default();
    render.classes.paywalled = "members only".into();
    assert_eq!(codes(&run_with(&input, &render, &lint)), []);
}

#[test]
fn every_rule_has_a_test_and_a_documented_row() {
    let tests = include_str!("lint.rs");
    let docs = include_str!("../src/lint/mod.rs");
    for rule in RULES {
        let test_name = format!("fn {}()", rule.code.replace('-', "_"));
        assert!(tests.contains(&test_name), "no test for {}", rule.code);
        let row = format!("//! | `{}` | {} |", rule.code, rule.severity);
        assert!(docs.contains(&row), "rules table lacks {row}");
        assert!(
            docs.contains(rule.source_url),
            "rules table lacks {}",
            rule.source_url
        );
    }
    assert_eq!(RULES.len(), 20);
}

#[test]
fn now_is_the_callers() {
    // The same article is fine today and wrong in 1970: no clock inside.
    let article = clean().validate(&ValidateOptions::default()).unwrap();
    let site = seed_site();
    let render_options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &render_options);
    let past = DateTime::from_unix_seconds(0).unwrap();
    assert_eq!(lint(&prepared, &past).len(), 2);
    assert!(lint(&prepared, &seed_now()).is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

    /// Any author name and headline lint without panicking, and every finding names a rule.
    #[test]
    fn lint_never_panics(name in "\\PC{1,40}", headline in "\\PC{1,150}") {
        let mut input = clean();
        input.authors[0].name = name;
        input.headline = headline;
        if let Ok(article) = input.validate(&ValidateOptions::default()) {
            let site = seed_site();
            let render_options = RenderOptions::default();
            let prepared = PreparedArticle::new(&article, &site, &render_options);
            for d in lint(&prepared, &seed_now()) {
                proptest::prop_assert!(RULES.iter().any(|r| r.code == d.code && r.severity == d.severity));
            }
        }
    }
}
