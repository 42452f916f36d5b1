//! The fuzz targets' bodies: each takes the fuzzer's bytes, renders them the way its target
//! says and checks the crate's promises on the result, not only that nothing panicked. A
//! broken promise panics with what was found (libFuzzer reports it as a crash).
//!
//! `fuzz/fuzz_targets/*.rs` run these under libFuzzer (nightly); `tests/fuzz_replay.rs` runs
//! them on stable over every seed and regression file under `fuzz/`, so the checks exist
//! once. Include with `#[path = "support/fuzz_checks.rs"] mod fuzz_checks;`.
//!
//! Promises checked (the HTML as html5ever parses it, as a browser would):
//! - no construct of the hostile corpus's findings ([`findings`]) in a prepared body, an
//!   answer or the page: no script but the one JSON-LD script, no `on*` attribute, no
//!   `javascript:`/`vbscript:`/non-raster `data:` URL, no `iframe`/`object`/`embed`/`form`/
//!   `style`/`base`/`meta` from content, no content `name`, a body fragment that stays in its
//!   container;
//! - every id on the page unique, each component id only on its component;
//! - the page's one script is `application/ld+json` and holds exactly
//!   [`JsonLd::to_json`], with no `<`, `>`, `&`, U+2028 or U+2029; that JSON parses back to
//!   [`JsonLd::to_value`], and the graph uses only checked schema.org vocabulary, every
//!   reference resolves and no value is empty;
//! - the prepared body is on the page byte for byte (preparing twice gives the same bytes);
//! - the lint runs on the prepared article, each diagnostic with a code and a message.

#![allow(dead_code)]

#[path = "findings.rs"]
pub mod findings;
#[path = "../common/jsonld.rs"]
#[allow(dead_code)]
mod graph_checks;
#[path = "page.rs"]
pub mod page;
#[path = "structured.rs"]
pub mod structured;

use std::sync::LazyLock;

use arbitrary::{Arbitrary, Unstructured};
use findings::{Rules, body_findings, fragment_findings, page_findings_in};
use newsclip::options::{ComponentId, ContentIds, Part, RawHtml};
use newsclip::render::html::STYLESHEET;
use newsclip::render::jsonld::JsonLd;
use newsclip::sanitize::render_inline_markdown;
use newsclip::{
    Article, ArticleBuilder, Envelope, InputError, PreparedArticle, RelatedInput, RenderOptions,
    Site, ValidateOptions, render_document,
};
use scraper::{Html, Selector};

/// A target: the bytes of one input in, a panic out when a promise breaks.
pub type Target = fn(&[u8]);

/// Every target, by the name of its file in `fuzz/fuzz_targets/` and its directories under
/// `fuzz/seeds/` and `fuzz/regressions/`.
pub const TARGETS: &[(&str, Target)] = &[
    ("article_json", article_json),
    ("markdown_body", markdown_body),
    ("html_body", html_body),
    ("inline_answer", inline_answer),
    ("jsonld", jsonld),
];

/// The site articles are rendered on when the input has none: the seed example's.
static SITE: LazyLock<Site> = LazyLock::new(|| {
    Envelope::from_json(include_str!("../../examples/data/newsclip-seed.json"))
        .expect("the seed example is valid")
        .site
});

/// JSON input: `{"site", "article"}` ([`Envelope::from_json`]) or an article alone
/// ([`Article::from_json`], on the seed's site), under the default and the CMS validation
/// options → [`render_document`] with the default options. Errors must name a path.
pub fn article_json(data: &[u8]) {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    for validate in [ValidateOptions::default(), ValidateOptions::cms()] {
        match Envelope::from_json_with(json, &validate) {
            Ok(Envelope { site, article }) => {
                check_page(&article, &site, &RenderOptions::default(), false);
            }
            Err(envelope_error) => {
                check_error(&envelope_error);
                match Article::from_json_with(json, &validate) {
                    Ok(article) => check_page(&article, &SITE, &RenderOptions::default(), false),
                    Err(err) => check_error(&err),
                }
            }
        }
    }
}

/// The bytes as a Markdown body (UTF-8 only) of an article with every part, under the
/// default options, with everything switched on, and under each raw-HTML policy.
pub fn markdown_body(data: &[u8]) {
    body_target(data, false);
}

/// The bytes as an HTML body ([`ArticleBuilder::html_body`]), as [`markdown_body`].
pub fn html_body(data: &[u8]) {
    body_target(data, true);
}

/// The bytes as the answer of a quick answer and of a FAQ entry: the inline Markdown alone
/// ([`render_inline_markdown`]), each prepared answer and the page.
pub fn inline_answer(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let site_base =
        url::Url::parse(SITE.base_url().as_str()).expect("the seed's base URL is valid");
    for (options, rules) in option_sets() {
        let inline = render_inline_markdown(text, &site_base, &options);
        expect_none(
            "inline Markdown",
            fragment_findings(inline.as_str(), &rules),
        );
    }
    let Ok(article) = every_part("Text.\n\n## Section\n\nMore.", false)
        .quick_answer("Who?", text)
        .faq("Why?", text)
        .build()
    else {
        return;
    };
    for (options, rules) in option_sets() {
        let prepared = PreparedArticle::new(&article, &SITE, &options);
        for answer in prepared
            .quick_answer_html()
            .iter()
            .chain(prepared.faq_answer_html())
        {
            expect_none("answer", fragment_findings(answer.as_str(), &rules));
        }
        check_page(&article, &SITE, &options, true);
    }
}

/// An `arbitrary` [`structured::Structured`] article (its site, its article, the JSON-LD
/// options) → validation (a refusal leaves nothing to check) → [`JsonLd::new`] and the page.
pub fn jsonld(data: &[u8]) {
    let Ok(input) = structured::Structured::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let Ok(site) = input.site.input().validate(&ValidateOptions::default()) else {
        return;
    };
    let Ok(article) = Article::try_from(input.article.input()) else {
        return;
    };
    check_page(&article, &site, &input.options.render_options(), false);
}

/// Runs a body target: the article around the body, each option set, the body's findings,
/// and the whole page for the option sets that show one.
fn body_target(data: &[u8], html: bool) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(article) = every_part(text, html).build() else {
        return;
    };
    let policies: &[RawHtml] = if html {
        &[RawHtml::Sanitize]
    } else {
        &[RawHtml::Sanitize, RawHtml::Strip, RawHtml::Escape]
    };
    for (options, rules) in option_sets() {
        for (i, &policy) in policies.iter().enumerate() {
            let mut options = options.clone();
            options.body.raw_html = policy;
            let prepared = PreparedArticle::new(&article, &SITE, &options);
            expect_none("body", body_findings(prepared.body(), &rules));
            // The page around the body once per option set; the other policies only change
            // the body.
            if i == 0 {
                check_page(&article, &SITE, &options, true);
            }
        }
    }
}

/// An article with every part, so that every component id is on the page.
fn every_part(body: &str, html: bool) -> ArticleBuilder {
    let builder = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .image(newsclip::ImageInput {
            url: "/hero.jpg".into(),
            alt: "Hero".into(),
            ..Default::default()
        })
        .key_fact("Incident", "A breach.")
        .background("Context.")
        .source("https://www.wired.com/story/x/")
        .related(RelatedInput {
            headline: "Other".into(),
            url: "/b".into(),
            ..Default::default()
        })
        .comments(3);
    if html {
        builder.html_body(body)
    } else {
        builder.body(body)
    }
    .quick_answer("Who?", "Meta.")
    .faq("Why?", "Because.")
}

/// The option sets every body and answer runs under: defaults with every part, and
/// everything switched on (prefixed content ids, heading attributes, links in a new tab,
/// data images), each with the rules its output is checked by.
fn option_sets() -> [(RenderOptions, Rules); 2] {
    let mut default = RenderOptions::default();
    default.html.parts = Part::ALL.to_vec();
    let mut strict = default.clone();
    strict.ids.content = ContentIds::Prefixed("uc-".into());
    strict.body.heading_attributes = true;
    strict.body.allow_data_images = true;
    strict.links.new_tab = true;
    strict.links.rel = "nofollow ugc noopener".into();
    [
        (default, Rules::default()),
        (
            strict,
            Rules {
                allow_data_images: true,
                id_prefix: Some("uc-".into()),
            },
        ),
    ]
}

/// Renders the page and checks it; see the module docs for what.
fn check_page(article: &Article, site: &Site, options: &RenderOptions, every_part: bool) {
    let page = render_document(article, site, options).into_string();
    let prepared = PreparedArticle::new(article, site, options);
    let mut problems = Vec::new();

    // The crate's own stylesheet is the one <style> a page may have.
    let page_without_style = match page.find(STYLESHEET) {
        Some(at) if page.matches(STYLESHEET).count() == 1 => {
            let open = page[..at].rfind("<style").unwrap_or(at);
            let close = at + STYLESHEET.len() + "</style>".len();
            format!("{}{}", &page[..open], page.get(close..).unwrap_or(""))
        }
        _ => {
            problems.push("the stylesheet is not on the page exactly once".to_string());
            page.clone()
        }
    };
    let rules = Rules {
        allow_data_images: options.body.allow_data_images,
        id_prefix: None,
    };
    // One parse for every check: the stylesheet holds no ids or scripts.
    let doc = Html::parse_document(&page_without_style);
    problems.extend(page_findings_in(&doc, &rules));

    let duplicates = page::duplicate_ids_in(&doc);
    if !duplicates.is_empty() {
        problems.push(format!("repeated ids: {duplicates:?}"));
    }
    // With every part, every component is on the page; the table of contents only when the
    // body has headings.
    let required: Vec<ComponentId> = ComponentId::ALL
        .into_iter()
        .filter(|id| {
            every_part
                && (*id != ComponentId::TocTitle || !prepared.body().outline().is_empty())
                && (*id != ComponentId::CorrectionsTitle
                    || !prepared.article().corrections().is_empty())
        })
        .collect();
    problems.extend(page::component_id_problems(&doc, options, &required));

    let json_ld = JsonLd::new(&prepared);
    let json = json_ld.to_json();
    problems.extend(json_problems(&json, &json_ld));
    let scripts = Selector::parse("script").expect("selector");
    let found: Vec<(Option<&str>, String)> = doc
        .select(&scripts)
        .map(|s| (s.attr("type"), s.text().collect()))
        .collect();
    match found.as_slice() {
        [(Some("application/ld+json"), text)] if *text == json => {}
        [(Some("application/ld+json"), text)] => problems.push(format!(
            "the page's JSON-LD is not JsonLd::to_json: {text:?}\nexpected {json:?}"
        )),
        _ => problems.push(format!(
            "scripts other than the one JSON-LD script: {:?}",
            found.iter().map(|(t, _)| t).collect::<Vec<_>>()
        )),
    }

    // A body with nothing but whitespace left is not shown.
    let body = prepared.body().html().as_str();
    if options.html.parts.contains(&Part::Body)
        && !body.trim_start().is_empty()
        && !without_additions(&page, options, body)
            .contains(&format!("<div class=\"{}\">{body}", options.classes.body))
    {
        problems.push(
            "the prepared body is not on the page byte for byte (the dateline and the paywall wrapper aside)"
                .to_string(),
        );
    }
    // The lint reads the same prepared article: it must not panic, and each diagnostic says
    // what and where.
    let now = newsclip::DateTime::from_unix_seconds(1_775_347_200).expect("in range");
    for diagnostic in newsclip::lint(&prepared, &now) {
        if diagnostic.code.is_empty() || diagnostic.message.is_empty() {
            problems.push(format!(
                "lint diagnostic without code or message: {diagnostic:?}"
            ));
        }
    }
    expect_none("page", problems);
}

/// What is wrong with the JSON-LD text: characters that could end or comment out the script,
/// JSON that does not parse back to the document's value; then the graph checks of the
/// JSON-LD tests (vocabulary, references, no empty values), which panic.
fn json_problems(json: &str, json_ld: &JsonLd) -> Vec<String> {
    let mut problems = Vec::new();
    for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        if json.contains(c) {
            problems.push(format!("{c:?} in the JSON-LD"));
        }
    }
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(value) => {
            if value != json_ld.to_value() {
                problems.push("the JSON-LD does not parse back to JsonLd::to_value".to_string());
            }
            let pretty = serde_json::from_str::<serde_json::Value>(&json_ld.to_json_pretty());
            if pretty.ok().as_ref() != Some(&value) {
                problems.push("to_json_pretty is not the value of to_json".to_string());
            }
            graph_checks::check_all(&value);
        }
        Err(err) => problems.push(format!("the JSON-LD does not parse: {err}")),
    }
    problems
}

/// An input error names where: a non-empty path for every problem, at least one problem.
fn check_error(err: &InputError) {
    let problems = match err {
        InputError::Syntax { path, .. } if path.is_empty() => {
            vec!["syntax error without a path".to_string()]
        }
        InputError::Syntax { .. } => Vec::new(),
        InputError::Invalid(invalid) if invalid.problems().is_empty() => {
            vec!["validation error without problems".to_string()]
        }
        InputError::Invalid(invalid) => invalid
            .problems()
            .iter()
            .filter(|p| p.path().is_empty())
            .map(|p| format!("problem without a path: {p}"))
            .collect(),
        _ => Vec::new(),
    };
    expect_none("input error", problems);
    // Display must not panic either.
    let _ = err.to_string();
}

/// Panics with every problem found in `what`.
fn expect_none(what: &str, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{what}: {} broken promise(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The page without what it writes into the body: the dateline's `<span>` (and the
/// paragraph made for it when the body has none) and the paywall wrapper's start tag.
fn without_additions(page: &str, options: &RenderOptions, body: &str) -> String {
    let mut out = page.to_string();
    let dateline = format!("<span class=\"{}\">", options.classes.lead_dateline);
    if let Some(start) = out.find(&dateline)
        && let Some(len) = out[start..].find("</span>")
    {
        out.replace_range(start..start + len + "</span>".len(), "");
        // The paragraph the page adds for the dateline when the body has none (a body whose
        // own first paragraph is empty holds the dateline in it instead).
        let own = format!("<div class=\"{}\"><p></p>\n", options.classes.body);
        if let Some(at) = out.find(&own).filter(|_| !body.starts_with("<p></p>\n")) {
            let empty = at + own.len() - "<p></p>\n".len();
            out.replace_range(empty..at + own.len(), "");
        }
    }
    let paywalled = format!("<div class=\"{}\">", options.classes.paywalled);
    if let Some(start) = out.find(&paywalled) {
        out.replace_range(start..start + paywalled.len(), "");
    }
    out
}
