//! Pathological inputs: every body is prepared in bounded, linear-ish time.

#[path = "support/bodies.rs"]
mod bodies;

use bodies::*;
use std::time::{Duration, Instant};

use newsclip::RenderOptions;

fn assert_fast(name: &str, body: &str, is_html: bool) {
    let start = Instant::now();
    let prepared = prepare(&article(body, is_html), &RenderOptions::default());
    let took = start.elapsed();
    eprintln!("{name} (html: {is_html}): {took:?}");
    assert!(took < Duration::from_secs(20), "{name} took {took:?}");
    assert!(!prepared.html().as_str().contains("<script"), "{name}");
}

#[test]
fn html_nested_beyond_the_limit_is_shown_as_text() {
    let deep = "<div>".repeat(300) + "<b>x</b>";
    let body = html(&deep);
    assert!(
        body.html()
            .as_str()
            .starts_with("<p>&lt;div&gt;&lt;div&gt;")
    );
    assert!(!body.html().as_str().contains("<div>"));
    let shallow = "<div>".repeat(150) + "<b>x</b>";
    assert!(html(&shallow).html().as_str().contains("<div>\n<div>"));
    let md_deep = format!("{}\n\n<span>raw</span>", ">".repeat(300));
    let body = md(&md_deep);
    assert!(
        body.html()
            .as_str()
            .contains("&lt;span&gt;raw&lt;/span&gt;")
    );
}

#[test]
fn pathological_inputs_stay_bounded() {
    let cases = [
        ("brackets", "[".repeat(100_000)),
        ("bang-brackets", "![".repeat(50_000)),
        ("nested-quotes", ">".repeat(10_000) + " x"),
        ("nested-lists", "- ".repeat(5_000) + "x"),
        ("emphasis", "*a".repeat(50_000)),
        ("backticks", "`".repeat(50_000)),
        ("links", "[a](b)".repeat(20_000)),
        ("headings", "# a\n".repeat(20_000)),
        (
            "table",
            format!(
                "{}\n{}\n{}",
                "|a".repeat(2_000),
                "|-".repeat(2_000),
                "|1".repeat(2_000) + &"\n|x".repeat(5_000)
            ),
        ),
        ("entities", "&#106;".repeat(50_000)),
        ("html-nesting", "<div>".repeat(20_000)),
        (
            "html-inline-nesting",
            "<b><i>".repeat(20_000) + "<script>x</script>",
        ),
        (
            "footnotes",
            (0..5_000)
                .map(|i| format!("x[^{i}]\n\n[^{i}]: n\n\n"))
                .collect(),
        ),
    ];
    for (name, body) in &cases {
        assert_fast(name, body, false);
        assert_fast(name, body, true);
    }
}

/// Markdown nests without bound (quotes in quotes, lists in lists); the page nests no deeper
/// than the limit HTML bodies have (200), and every word stays, apart from its neighbours.
#[test]
fn markdown_output_nests_no_deeper_than_the_limit() {
    let quotes = format!("{}deep words\n", "> ".repeat(1000));
    let lists: String = (0..400)
        .map(|i| format!("{}- item{i}\n", "  ".repeat(i)))
        .collect();
    let emphasis = format!("{}x{}", "*a ".repeat(600), " b*".repeat(600));
    for (name, body, words) in [
        ("quotes", quotes, vec!["deep words"]),
        ("lists", lists, vec!["item0", "item199", "item399"]),
        ("emphasis", emphasis, vec!["a a", "x b"]),
    ] {
        let out = md(&body).html().as_str().to_owned();
        let doc = scraper::Html::parse_fragment(&out);
        let depth = doc
            .root_element()
            .descendants()
            .map(|node| node.ancestors().count())
            .max()
            .unwrap_or(0);
        // The fragment's own root and `html` element above the body's elements.
        assert!(depth <= 200 + 2, "{name}: nested {depth} deep");
        let text: String = doc.root_element().text().collect();
        for word in words {
            assert!(text.contains(word), "{name}: {word:?} lost in {text:?}");
        }
    }
    // Below the limit nothing changes.
    let shallow = format!("{}x\n", "> ".repeat(150));
    assert_eq!(
        md(&shallow).html().as_str().matches("<blockquote>").count(),
        150
    );
}
