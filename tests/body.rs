//! Behaviour of the body pipeline: structure, ids, links, media, derived data.

#[path = "support/bodies.rs"]
mod bodies;

use bodies::*;
use newsclip::RenderOptions;
use newsclip::options::ContentIds;
use newsclip::options::RawHtml;
use newsclip::sanitize::render_inline_markdown;

const SECTIONS: [(&str, &str); 6] = [
    ("background-on-the-breach", "Background on the Breach"),
    (
        "total-halt-or-temporary-setback",
        "Total Halt or Temporary Setback?",
    ),
    (
        "the-aftermath-for-workers-and-contractors",
        "The Aftermath for Workers and Contractors",
    ),
    ("the-nature-of-the-breach", "The Nature of the Breach"),
    (
        "the-future-of-ai-and-data-security",
        "The Future of AI and Data Security",
    ),
    ("an-ongoing-challenge", "An Ongoing Challenge"),
];

#[test]
fn seed_body_has_six_h2_sections_quotes_and_lists() {
    let body = md(SEED);
    let h = body.html().as_str();
    for (id, text) in SECTIONS {
        assert!(h.contains(&format!("<h2 id=\"{id}\">{text}</h2>")), "{id}");
    }
    assert_eq!(h.matches("<h2 ").count(), 6);
    assert!(!h.contains("<h1"));
    assert_eq!(h.matches("<blockquote>").count(), 2);
    assert!(h.contains("<ul>\n<li><strong>Job Insecurity:</strong> Contractors"));
    assert!(h.contains("<ol>\n<li><strong>Increased Scrutiny:</strong> Expect"));
    assert!(h.contains(
        "<p>“The incident could reveal pivotal data regarding AI model training – the backbone"
    ));
    let outline = body.outline();
    assert_eq!(outline.len(), 6);
    for (entry, (id, text)) in outline.iter().zip(SECTIONS) {
        assert_eq!(
            (entry.level, entry.id.as_str(), entry.text.as_str()),
            (2, id, text)
        );
        assert!(entry.children.is_empty());
    }
}

#[test]
fn seed_body_derived_data() {
    let body = md_with(SEED, &keep_text());
    let plain = body.plain_text().unwrap_or_default();
    assert!(plain.starts_with("Background on the Breach Meta has confirmed"));
    assert!(!plain.contains("  "));
    assert!(!plain.contains('<'));
    let words = plain
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    assert_eq!(body.word_count(), words);
    assert_eq!(
        body.reading_minutes(),
        u32::try_from(words.div_ceil(230)).unwrap_or(0)
    );
    assert_eq!(
        body.excerpt(),
        "Meta has confirmed the suspension of all engagements with Mercor following a serious \
         security breach that has implications for AI development processes…"
    );
    assert!(body.excerpt().chars().count() <= 160);
    assert_eq!(body.first_image(), None);
}

#[test]
fn ids_deduplicate_a_a_a1() {
    let body = md("# a\n\n# a\n\n# a-1\n\n# a\n\n# !!!\n\n# ???");
    assert_eq!(
        ids(&body),
        ["a", "a-1", "a-1-1", "a-2", "section", "section-1"]
    );
    let body = html("<h2>a</h2><h2>a</h2><h2>a-1</h2>");
    assert_eq!(ids(&body), ["a", "a-1", "a-1-1"]);
}

#[test]
fn explicit_generated_and_footnote_ids_share_one_space() {
    let o = opts(|o| o.body.heading_attributes = true);
    let src = "# Intro {#intro .lead onclick=x}\n\n# Intro\n\n# Fn intro\n\nText[^intro].\n\n\
               # Custom {#Keep_Me}\n\n# Keep_Me\n\n[^intro]: The note.";
    let body = md_with(src, &o);
    assert_eq!(
        ids(&body),
        ["intro", "intro-1", "fn-intro", "Keep_Me", "keep-me"]
    );
    let h = body.html().as_str();
    assert!(h.contains("<h2 id=\"intro\">Intro</h2>"), "{h}");
    assert!(!h.contains("onclick") && !h.contains("lead"));
    assert!(
        h.contains("<sup class=\"footnote-reference\"><a href=\"#fn-intro-1\">1</a></sup>"),
        "{h}"
    );
    assert!(
        h.contains("<div class=\"footnote-definition\" id=\"fn-intro-1\">"),
        "{h}"
    );
    // Heading attributes off (the default): the braces are text.
    assert_eq!(ids(&md(src))[0], "intro-intro-lead-onclick-x");
}

#[test]
fn repeated_footnote_definitions_get_distinct_ids() {
    let h = md("x[^1]\n\n[^1]: a\n\n[^1]: b").html().as_str().to_owned();
    assert!(
        h.contains("id=\"fn-1\"") && h.contains("id=\"fn-1-1\""),
        "{h}"
    );
}

#[test]
fn prefix_applies_to_every_id_and_in_page_link() {
    let o = opts(|o| o.ids.content = ContentIds::Prefixed("nc-".into()));
    let body = md_with(
        "# Top\n\n[up](#top) [out](https://x.example/#top)[^n]\n\n[^n]: note",
        &o,
    );
    let h = body.html().as_str();
    assert!(h.contains("<h2 id=\"nc-top\">"), "{h}");
    assert!(h.contains("<a href=\"#nc-top\">up</a>"), "{h}");
    assert!(h.contains("href=\"https://x.example/#top\""), "{h}");
    assert!(
        h.contains("href=\"#nc-fn-n\"") && h.contains("id=\"nc-fn-n\""),
        "{h}"
    );
    let body = html_with(
        "<h2>Top</h2><a href=\"#top\">up</a><div id=\"x\"></div>",
        &o,
    );
    assert_eq!(
        body.html().as_str(),
        "<h2 id=\"nc-top\">Top</h2>\n<a href=\"#nc-top\">up</a>\n<div id=\"nc-x\"></div>\n"
    );
}

#[test]
fn heading_levels_shift_and_cap_never_h1() {
    let src = "# one\n\n## two\n\n##### five\n\n###### six";
    let levels = |o: &RenderOptions| -> Vec<u8> {
        flat(md_with(src, o).outline())
            .iter()
            .map(|e| e.0)
            .collect()
    };
    assert_eq!(levels(&RenderOptions::default()), [2, 3, 6, 6]);
    assert_eq!(levels(&opts(|o| o.heading_level = 2)), [3, 4, 6, 6]);
    assert_eq!(levels(&opts(|o| o.heading_level = 0)), [2, 3, 6, 6]);
    // The headline is clamped to h4, so body sections start at h5 at the deepest.
    assert_eq!(levels(&opts(|o| o.heading_level = 199)), [5, 6, 6, 6]);
    let h = md(src).html().as_str().to_owned();
    assert!(h.contains("<h6 id=\"five\">five</h6>") && h.contains("<h6 id=\"six\">six</h6>"));
    let body = html("<h1>one</h1><h6>six</h6><h2><b><h3>inner</h3></b></h2>");
    assert!(
        !body.html().as_str().contains("<h1"),
        "{}",
        body.html().as_str()
    );
}

#[test]
fn external_links_get_rel_and_optional_target() {
    let src = "[a](https://wired.example/x) [b](https://newsclip.example/y) [c](/z) \
               [d](//cdn.example/p) [e](mailto:a@b.example) [f](HTTPS://NEWSCLIP.EXAMPLE/q)";
    assert_eq!(
        md(src).html().as_str(),
        "<p><a href=\"https://wired.example/x\" rel=\"noopener noreferrer\">a</a> \
         <a href=\"https://newsclip.example/y\">b</a> <a href=\"/z\">c</a> \
         <a href=\"//cdn.example/p\" rel=\"noopener noreferrer\">d</a> \
         <a href=\"mailto:a@b.example\">e</a> <a href=\"HTTPS://NEWSCLIP.EXAMPLE/q\">f</a></p>\n"
    );
    let o = opts(|o| {
        o.links.rel = "nofollow ugc".into();
        o.links.new_tab = true;
    });
    assert_eq!(
        md_with("[a](https://wired.example/x)", &o).html().as_str(),
        "<p><a href=\"https://wired.example/x\" rel=\"nofollow ugc\" target=\"_blank\">a</a></p>\n"
    );
    assert_eq!(
        html_with(
            "<a href=\"https://wired.example/x\" rel=\"opener\">a</a>",
            &o
        )
        .html()
        .as_str(),
        "<a href=\"https://wired.example/x\" rel=\"nofollow ugc\" target=\"_blank\">a</a>"
    );
}

#[test]
fn refused_urls_keep_link_text_and_alt() {
    assert_eq!(
        md("[click](javascript:alert(1)) ![pic](javascript:x) <javascript:alert(1)>")
            .html()
            .as_str(),
        "<p>click pic javascript:alert(1)</p>\n"
    );
}

#[test]
fn images_are_lazy_and_figures_need_a_title_and_a_paragraph_of_their_own() {
    assert_eq!(
        md("![Alt \"q\"](/a.png \"Cap & more\")").html().as_str(),
        "<figure><img src=\"/a.png\" alt=\"Alt “q”\" loading=\"lazy\" decoding=\"async\">\
         <figcaption>Cap &amp; more</figcaption></figure>\n"
    );
    assert_eq!(
        md("![Alt](/a.png)").html().as_str(),
        "<p><img src=\"/a.png\" alt=\"Alt\" loading=\"lazy\" decoding=\"async\"></p>\n"
    );
    assert_eq!(
        md("See ![Alt](/a.png \"t\")").html().as_str(),
        "<p>See <img src=\"/a.png\" alt=\"Alt\" title=\"t\" loading=\"lazy\" decoding=\"async\"></p>\n"
    );
    assert_eq!(
        md("![Alt](/a.png \"t\") after").html().as_str(),
        "<p><img src=\"/a.png\" alt=\"Alt\" title=\"t\" loading=\"lazy\" decoding=\"async\"> after</p>\n"
    );
}

#[test]
fn data_images_only_when_allowed() {
    let src = "![dot](data:image/png;base64,iVBORw0KGgo=)";
    assert_eq!(md(src).html().as_str(), "<p>dot</p>\n");
    let o = opts(|o| o.body.allow_data_images = true);
    assert!(
        md_with(src, &o)
            .html()
            .as_str()
            .contains("src=\"data:image/png;base64,iVBORw0KGgo=\"")
    );
    assert_eq!(
        md_with("![x](data:image/svg+xml;base64,PHN2Zz4=)", &o)
            .html()
            .as_str(),
        "<p>x</p>\n"
    );
}

#[test]
fn first_image_from_markdown_and_html() {
    assert_eq!(md("text").first_image(), None);
    assert_eq!(
        md("![a](javascript:x) ![b](/b.png)")
            .first_image()
            .map(|i| i.url.as_str()),
        Some("/b.png")
    );
    let body = html(
        "<p><img src=\"javascript:x\" alt=\"a\"><img src=\"/c.png?x=1&amp;y=2\" alt=\"C &amp; D\"></p>",
    );
    let img = body.first_image().expect("image");
    assert_eq!(
        (img.url.as_str(), img.alt.as_str()),
        ("/c.png?x=1&y=2", "C & D")
    );
}

#[test]
fn cjk_word_count_per_character() {
    let body = md("数据泄露事件 affects 東京 and Ünïcödé café");
    assert_eq!(body.word_count(), 6 + 1 + 2 + 1 + 1 + 1);
    let body = md("メタはデータ侵害で");
    assert_eq!(body.word_count(), 9);
    assert_eq!(md("— -- … !!!").word_count(), 0);
    assert_eq!(md("— -- … !!!").reading_minutes(), 0);
}

#[test]
fn excerpt_cuts_at_a_word_boundary() {
    let o = opts(|o| o.body.excerpt_chars = 30);
    let body = md_with(
        "# Title\n\nThe quick brown fox jumps over the lazy dog.",
        &o,
    );
    assert_eq!(body.excerpt(), "The quick brown fox jumps…");
    let body = md_with("Short text.", &o);
    assert_eq!(body.excerpt(), "Short text.");
    let body = md_with(&"数据".repeat(40), &o);
    assert_eq!(body.excerpt().chars().count(), 30);
    assert!(body.excerpt().ends_with('…'));
}

#[test]
fn reading_time_uses_words_per_minute() {
    let text = "word ".repeat(1000);
    assert_eq!(md(&text).reading_minutes(), 5);
    assert_eq!(
        md_with(&text, &opts(|o| o.body.words_per_minute = 100)).reading_minutes(),
        10
    );
    assert_eq!(
        md_with(&text, &opts(|o| o.body.words_per_minute = 0)).reading_minutes(),
        1000
    );
}

#[test]
fn smart_punctuation_is_switchable() {
    assert_eq!(md("\"a\" -- b...").html().as_str(), "<p>“a” – b…</p>\n");
    let o = opts(|o| o.body.smart_punctuation = false);
    assert_eq!(
        md_with("\"a\" -- b...", &o).html().as_str(),
        "<p>\"a\" -- b...</p>\n"
    );
}

#[test]
fn no_raw_html_means_no_html_parser() {
    // A `data:` image survives only on the road without the HTML parser (raw HTML never keeps
    // a `data:` URL): its presence shows the body went straight from Markdown to the writer,
    // even with `<` in code and autolinks.
    let dot = "![dot](data:image/png;base64,iVBORw0KGgo=)";
    let src = format!("`<div>` <https://x.example/>\n\n---\n\n- [x] a\n\n{dot}");
    for policy in [RawHtml::Escape, RawHtml::Strip, RawHtml::Sanitize] {
        let o = opts(|o| {
            o.body.raw_html = policy;
            o.body.allow_data_images = true;
        });
        let h = md_with(&src, &o).html().as_str().to_owned();
        assert!(
            h.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""),
            "{h}"
        );
        assert!(
            h.contains("<hr>") && h.contains("<code>&lt;div&gt;</code>"),
            "{h}"
        );
        assert!(h.contains("<li>☑ a</li>"), "{h}");
    }
    // With raw HTML to sanitize, the whole body goes through the parser.
    let o = opts(|o| o.body.allow_data_images = true);
    let h = md_with(&format!("{src}\n\n<b>raw</b>"), &o)
        .html()
        .as_str()
        .to_owned();
    assert!(h.contains("<p>dot</p>") && h.contains("<b>raw</b>"), "{h}");
}

#[test]
fn task_lists_render_as_text_and_inputs_never_survive() {
    let h = md("- [x] done\n- [ ] open\n");
    assert_eq!(
        h.html().as_str(),
        "<ul>\n<li>☑ done</li>\n<li>☐ open</li>\n</ul>\n"
    );
    for body in [
        html("<form><input name=password></form><input type=checkbox checked>"),
        md("- [x] a\n\n<input type=checkbox>\n"),
    ] {
        assert!(
            !body.html().as_str().contains("<input"),
            "{}",
            body.html().as_str()
        );
    }
}

#[test]
fn raw_html_does_not_change_markdown_heading_ids() {
    let plain = md(SEED);
    let raw = md(&format!("{SEED}\n\n<span>raw</span>"));
    assert!(raw.html().as_str().contains("<span>raw</span>"));
    assert_eq!(plain.outline(), raw.outline());
    assert_eq!(plain.word_count() + 1, raw.word_count());
}

#[test]
fn inline_markdown_is_inline_only() {
    let site = site_url();
    let r = |s: &str| render_inline_markdown(s, &site, &RenderOptions::default()).into_string();
    assert_eq!(
        r("Meta *paused* **all** `work`"),
        "Meta <em>paused</em> <strong>all</strong> <code>work</code>"
    );
    assert_eq!(
        r("See [Wired](https://wired.example/x) and [us](/about)."),
        "See <a href=\"https://wired.example/x\" rel=\"noopener noreferrer\">Wired</a> and \
         <a href=\"/about\">us</a>."
    );
    assert_eq!(
        r("# Heading\n\n- one\n- two\n\n> quote"),
        "Heading one two quote"
    );
    assert_eq!(
        r("a <script>alert(1)</script> [x](javascript:alert(1)) ![img](/i.png)"),
        "a &lt;script&gt;alert(1)&lt;/script&gt; x img"
    );
    assert_eq!(r("line\nbreak  \nhard"), "line break<br>hard");
    assert!(!r("para one\n\npara two").contains("<p>"));
    let prefixed = opts(|o| o.ids.content = ContentIds::Prefixed("nc-".into()));
    assert_eq!(
        render_inline_markdown("[see](#background)", &site, &prefixed).as_str(),
        "<a href=\"#nc-background\">see</a>"
    );
}

#[test]
fn line_endings_are_normalized() {
    assert_eq!(
        md("# A\r\n\r\ntext\rmore").html().as_str(),
        md("# A\n\ntext\nmore").html().as_str()
    );
}

#[test]
fn shallowest_heading_renders_at_the_base_level() {
    let o = RenderOptions::default();
    let levels = |html: &str| -> Vec<String> {
        let doc = scraper::Html::parse_fragment(html);
        let sel = scraper::Selector::parse("h1,h2,h3,h4,h5,h6").unwrap();
        doc.select(&sel)
            .map(|e| e.value().name().to_string())
            .collect()
    };
    // Sections under `#` or under `##`: both give h2 sections and h3 subsections.
    for src in ["# A\n\n## B\n\n# C\n", "## A\n\n### B\n\n## C\n"] {
        assert_eq!(
            levels(md_with(src, &o).html().as_str()),
            ["h2", "h3", "h2"],
            "{src}"
        );
    }
    // Same for HTML bodies and for raw HTML headings mixed into Markdown.
    assert_eq!(
        levels(
            html_with("<h2>A</h2><h3>B</h3><h4>C</h4>", &o)
                .html()
                .as_str()
        ),
        ["h2", "h3", "h4"]
    );
    assert_eq!(
        levels(md_with("## A\n\n<h3>B</h3>\n\n## C\n", &o).html().as_str()),
        ["h2", "h3", "h2"]
    );
    // Never an h1, capped at h6, with another base level too.
    let mut deep = RenderOptions::default();
    deep.heading_level = 3;
    assert_eq!(
        levels(
            md_with("# A\n\n## B\n\n### C\n\n#### D\n", &deep)
                .html()
                .as_str()
        ),
        ["h4", "h5", "h6", "h6"]
    );
}

#[test]
fn excerpt_starts_after_leading_headings() {
    let body =
        md("## Background on the Breach\n\nMeta has confirmed the suspension.\n\n## Next\n\nMore.");
    assert_eq!(
        body.excerpt(),
        "Meta has confirmed the suspension. Next More."
    );
    let kept = md_with(
        "## Background on the Breach\n\nMeta has confirmed the suspension.\n\n## Next\n\nMore.",
        &keep_text(),
    );
    assert_eq!(kept.excerpt(), body.excerpt());
    assert!(
        kept.plain_text()
            .is_some_and(|t| t.starts_with("Background on the Breach Meta"))
    );
    assert_eq!(body.plain_text(), None);
    let body = html("<h2>Title</h2><p>First   paragraph.</p>");
    assert_eq!(body.excerpt(), "First paragraph.");
    // Headings only: the excerpt falls back to the headings' text.
    assert_eq!(md("# A\n\n## B\n").excerpt(), "A B");
    let mut o = RenderOptions::default();
    o.body.excerpt_chars = 12;
    assert_eq!(
        md_with("## Head\n\nalpha beta gamma delta", &o).excerpt(),
        "alpha beta…"
    );
}

/// Bodies far past the size at which the text is counted and dropped as it streams: the same
/// word count, reading time and excerpt as when the whole text is kept.
#[test]
fn streamed_count_matches_the_kept_text() {
    let seed_copies = SEED.repeat(40);
    let headings_first = format!(
        "{}\n\nFinally a paragraph “with quotes” — and more text.\n\n{}",
        "## A long section title, again and again\n\n".repeat(1500),
        SEED.repeat(10)
    );
    let headings_only = "## Only a heading here, no text at all\n\n".repeat(2000);
    let untidy = format!("```\n{}\n```\n\n{}", "code  line\tx\n".repeat(3000), SEED);
    for body in [&seed_copies, &headings_first, &headings_only, &untidy] {
        for chars in [0, 1, 40, 160, 2000] {
            let streamed = md_with(body, &opts(|o| o.body.excerpt_chars = chars));
            let kept = md_with(
                body,
                &opts(|o| {
                    o.body.excerpt_chars = chars;
                    o.body.keep_plain_text = true;
                }),
            );
            assert!(kept.plain_text().is_some_and(|t| t.len() > 16 * 1024));
            assert_eq!(streamed.plain_text(), None);
            assert_eq!(streamed.word_count(), kept.word_count(), "{chars}");
            assert_eq!(streamed.reading_minutes(), kept.reading_minutes());
            assert_eq!(streamed.excerpt(), kept.excerpt(), "{chars}");
            assert_eq!(streamed.html(), kept.html());
        }
    }
}

/// The paywall marker: a `[paywall]` paragraph between top-level blocks, left out of the HTML
/// and of the text statistics; the same in Markdown and HTML; text anywhere else.
#[test]
fn paywall_marker_paragraph() {
    use newsclip::sanitize::PaywallMarker;
    let with = md_with(
        "Free words here.\n\n[paywall]\n\n## Paid\n\nPaid words.",
        &keep_text(),
    );
    let without = md_with("Free words here.\n\n## Paid\n\nPaid words.", &keep_text());
    assert_eq!(with.html(), without.html());
    assert_eq!(with.word_count(), without.word_count());
    assert_eq!(with.plain_text(), without.plain_text());
    let at = "<p>Free words here.</p>\n".len();
    assert_eq!(with.paywall(), PaywallMarker::At(at));
    assert_eq!(
        with.paywall_split(),
        Some((
            "<p>Free words here.</p>\n",
            "<h2 id=\"paid\">Paid</h2>\n<p>Paid words.</p>\n"
        ))
    );
    // HTML, with whitespace and case: the same bytes.
    let from_html = html_with(
        "<p>Free words here.</p>\n  <p>\n [PayWall]\n</p><h2>Paid</h2><p>Paid words.</p>",
        &keep_text(),
    );
    assert_eq!(from_html.html(), with.html());
    assert_eq!(from_html.paywall(), with.paywall());
    // Under every raw-HTML policy (the marker is text, not HTML).
    for policy in [RawHtml::Escape, RawHtml::Strip, RawHtml::Sanitize] {
        let o = opts(|o| o.body.raw_html = policy);
        let body = md_with("A.\n\n[paywall]\n\n<b>B</b>", &o);
        assert_eq!(body.paywall(), PaywallMarker::At(10), "{policy:?}");
        assert!(!body.html().as_str().contains("paywall"), "{policy:?}");
    }
    // At the very start: the whole body is paywalled, and the excerpt never starts with it.
    let first = md("[paywall]\n\nAll paid.");
    assert_eq!(first.paywall(), PaywallMarker::At(0));
    assert_eq!(first.excerpt(), "All paid.");
    // Not the marker: in a code block, with other text or markup, as a link, a comment.
    for source in [
        "A.\n\n    [paywall]\n\nB.",
        "A.\n\n```\n[paywall]\n```\n\nB.",
        "A.\n\n[paywall] now\n\nB.",
        "A.\n\n**[paywall]**\n\nB.",
        "A.\n\n[paywall]\nB.",
        "A.\n\n[paywall](/subscribe)\n\nB.",
        "A.\n\n[pay wall]\n\nB.",
        "A.\n\n<!-- paywall -->\n\nB.",
    ] {
        let body = md(source);
        assert_eq!(body.paywall(), PaywallMarker::Absent, "{source:?}");
    }
    assert!(
        md("A.\n\n[paywall] now")
            .html()
            .as_str()
            .contains("<p>[paywall] now</p>")
    );
    // Inside a quote or a list item: shown as text, reported as nested.
    let nested = md("> A.\n>\n> [paywall]\n\n- x\n\n  [paywall]\n");
    assert_eq!(nested.paywall(), PaywallMarker::Nested);
    assert_eq!(
        nested.html().as_str().matches("<p>[paywall]</p>").count(),
        2
    );
    // The first top-level marker splits; a later one is left out too.
    let twice = md("A.\n\n[paywall]\n\nB.\n\n[paywall]\n\nC.");
    assert_eq!(twice.paywall(), PaywallMarker::At(10));
    assert_eq!(twice.html().as_str(), "<p>A.</p>\n<p>B.</p>\n<p>C.</p>\n");
    // Nothing after it.
    assert_eq!(md("A.\n\n[paywall]\n").paywall(), PaywallMarker::Trailing);
    // Answers are never split.
    let answer = render_inline_markdown("[paywall]", &site_url(), &RenderOptions::default());
    assert_eq!(answer.as_str(), "[paywall]");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

    /// Against the obvious reference: a body of paragraphs with the marker between two of
    /// them is the two halves prepared on their own, joined; the split gives back each half,
    /// and the marker adds no words.
    #[test]
    fn paywall_split_is_the_halves(
        before in proptest::collection::vec("[a-z]{1,8}( [a-z]{1,8}){0,5}", 0..4),
        after in proptest::collection::vec("[a-z]{1,8}( [a-z]{1,8}){0,5}", 1..4),
        html_body in proptest::bool::ANY,
    ) {
        use newsclip::sanitize::PaywallMarker;
        let (marker, join): (&str, fn(&[String]) -> String) = if html_body {
            ("<p>[paywall]</p>", |ps| ps.iter().map(|p| format!("<p>{p}</p>")).collect())
        } else {
            ("[paywall]", |ps| ps.join("\n\n"))
        };
        use newsclip::sanitize::{SourceFormat, prepare_body};
        let format = if html_body { SourceFormat::Html } else { SourceFormat::Markdown };
        let options = RenderOptions::default();
        let prepare = |s: &str| prepare_body(s, format, &site_url(), &options);
        let source = if html_body {
            format!("{}{marker}{}", join(&before), join(&after))
        } else {
            format!("{}\n\n{marker}\n\n{}", join(&before), join(&after))
        };
        let body = prepare(&source);
        let (first, second) = (prepare(&join(&before)), prepare(&join(&after)));
        proptest::prop_assert_eq!(
            body.paywall(),
            PaywallMarker::At(first.html().as_str().len())
        );
        proptest::prop_assert_eq!(
            body.paywall_split(),
            Some((first.html().as_str(), second.html().as_str()))
        );
        proptest::prop_assert_eq!(body.word_count(), first.word_count() + second.word_count());
    }
}
