//! The hostile corpus: every body run as Markdown and as an HTML body, under every raw-HTML
//! policy and two option sets, parsed with html5ever and checked for findings; plus a
//! proptest over random Markdown-ish input.

#[path = "support/bodies.rs"]
mod bodies;
#[path = "support/corpus.rs"]
mod corpus;

use bodies::{article, prepare, site_url};
#[path = "support/findings.rs"]
mod findings;

use corpus::corpus;

use std::collections::HashSet;

use findings::{Rules, body_findings, fragment_findings};
use newsclip::RenderOptions;
use newsclip::options::ContentIds;
use newsclip::options::RawHtml;
use newsclip::sanitize::render_inline_markdown;
use proptest::prelude::*;

/// The option sets every body runs under: defaults, and everything switched on.
fn option_sets() -> Vec<(RenderOptions, Rules)> {
    let mut strict = RenderOptions::default();
    strict.ids.content = ContentIds::Prefixed("uc-".into());
    strict.body.heading_attributes = true;
    strict.links.new_tab = true;
    strict.body.allow_data_images = true;
    strict.links.rel = "nofollow ugc noopener".into();
    vec![
        (RenderOptions::default(), Rules::default()),
        (
            strict,
            Rules {
                allow_data_images: true,
                id_prefix: Some("uc-".into()),
            },
        ),
    ]
}

const POLICIES: [RawHtml; 3] = [RawHtml::Escape, RawHtml::Strip, RawHtml::Sanitize];

#[test]
fn corpus_is_big_enough_and_named_uniquely() {
    let entries = corpus();
    assert!(
        entries.len() >= 150,
        "only {} hostile bodies",
        entries.len()
    );
    let names: HashSet<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), entries.len());
    assert!(entries.iter().all(|(_, b)| !b.trim().is_empty()));
}

#[test]
fn hostile_corpus_has_zero_findings() {
    let site = site_url();
    let mut failures = Vec::new();
    let mut runs = 0;
    for (name, body) in corpus() {
        for html in [false, true] {
            let article = article(&body, html);
            for (base, rules) in option_sets() {
                for policy in POLICIES {
                    let mut opts = base.clone();
                    opts.body.raw_html = policy;
                    let prepared = prepare(&article, &opts);
                    runs += 1;
                    for f in body_findings(&prepared, &rules) {
                        failures.push(format!(
                            "{name} (html body: {html}, {policy:?}, content ids {:?}): {f}\n  output: {}",
                            opts.ids.content,
                            prepared.html().as_str()
                        ));
                    }
                }
                let inline = render_inline_markdown(&body, &site, &base);
                for f in fragment_findings(inline.as_str(), &rules) {
                    failures.push(format!(
                        "{name} (inline): {f}\n  output: {}",
                        inline.as_str()
                    ));
                }
            }
        }
    }
    assert!(runs >= 150 * 2 * 3 * 2);
    assert!(
        failures.is_empty(),
        "{} findings:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The corpus does reach the dangerous paths: without the sanitizer, pulldown-cmark alone
/// emits findings for most entries (so a passing corpus means something).
#[test]
fn corpus_is_hostile_to_bare_pulldown_cmark() {
    let entries = corpus();
    let hostile = entries
        .iter()
        .filter(|(_, body)| {
            let mut out = String::new();
            pulldown_cmark::html::push_html(&mut out, pulldown_cmark::Parser::new(body));
            !fragment_findings(&out, &Rules::default()).is_empty()
        })
        .count();
    assert!(
        hostile * 10 >= entries.len() * 7,
        "{hostile} of {}",
        entries.len()
    );
}

/// Markdown-ish tokens: structure, raw HTML, URLs, entities, text.
const TOKENS: &[&str] = &[
    "# ",
    "## ",
    "###### ",
    "[",
    "]",
    "(",
    ")",
    "![",
    "<",
    ">",
    "<a href=\"",
    "\">",
    "</a>",
    "javascript:",
    "JaVaScRiPt:",
    "&#106;",
    "&#x09;",
    "&colon;",
    "data:image/png;base64,AAAA",
    "https://x.example/",
    "/rel",
    "#frag",
    "<script>",
    "</script>",
    "<img src=x onerror=",
    "<div id=\"",
    "<h1>",
    "</h1>",
    "<svg>",
    "<!--",
    "-->",
    "{#x}",
    "{#a .b c=d}",
    "[^1]",
    "[^1]: ",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "1. ",
    "- [x] ",
    "| a | b |",
    "|---|---|",
    "`",
    "```",
    "*",
    "**",
    "_",
    "~~",
    "\"",
    "'",
    "=",
    " ",
    "word",
    "A",
    "a-1",
    "数据",
    "é",
    "“",
    "\t",
];

fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn random_bodies_are_safe_with_unique_ids(
        body in markdownish(),
        html in any::<bool>(),
        policy in prop::sample::select(POLICIES.to_vec()),
        strict in any::<bool>(),
    ) {
        prop_assume!(!body.trim().is_empty());
        let site = site_url();
        let (mut opts, rules) = option_sets().swap_remove(usize::from(strict));
        opts.body.raw_html = policy;
        let prepared = prepare(&article(&body, html), &opts);
        let found = body_findings(&prepared, &rules);
        prop_assert!(found.is_empty(), "{:?}\noutput: {}", found, prepared.html().as_str());
        let again = prepare(&article(&body, html), &opts);
        prop_assert_eq!(again, prepared, "not deterministic");
        let inline = render_inline_markdown(&body, &site, &opts);
        prop_assert!(fragment_findings(inline.as_str(), &rules).is_empty());
    }
}
