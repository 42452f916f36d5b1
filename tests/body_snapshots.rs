//! Exact HTML of representative bodies (insta snapshots), and determinism.

#[path = "support/bodies.rs"]
mod bodies;

use bodies::*;
use newsclip::RenderOptions;
use newsclip::options::ContentIds;
use newsclip::options::RawHtml;

#[test]
fn snapshot_seed_html() {
    insta::assert_snapshot!("seed", md(SEED).html().as_str());
}

const KITCHEN_SINK: &str = "\
# Top level

Intro with *emphasis*, **strong**, ~~struck~~, `code` and a [local link](#details), an
[internal](/business/x \"Internal\") and an [external](https://wired.example/story) link,
<https://auto.example/link> and <tips@newsclip.example>.

## Details

![Chart of the breach](https://img.example/chart.png \"Figure 1: the breach\")

Text then ![inline](/i.png \"not a figure\") image.

| Party | Status | Hours |
|:------|:------:|------:|
| Meta  | paused | 0     |

- [x] done
- [ ] to do

```rust
let x = 1;
```

A claim.[^src]

###### Deep

####### not a heading

[^src]: The source, with [a link](https://src.example/).
";

#[test]
fn snapshot_kitchen_sink_markdown() {
    let body = md(KITCHEN_SINK);
    insta::assert_snapshot!("kitchen_sink_markdown", body.html().as_str());
    assert_eq!(
        flat(body.outline()),
        [
            (2, "top-level".into(), "Top level".into()),
            (3, "details".into(), "Details".into()),
            (6, "deep".into(), "Deep".into()),
        ]
    );
    assert_eq!(
        body.first_image().map(|i| (i.url.as_str(), i.alt.as_str())),
        Some(("https://img.example/chart.png", "Chart of the breach"))
    );
}

#[test]
fn snapshot_kitchen_sink_markdown_with_prefix_and_target() {
    let o = opts(|o| {
        o.ids.content = ContentIds::Prefixed("nc-".into());
        o.links.new_tab = true;
        o.links.rel = "nofollow UGC bad\"rel".into();
        o.heading_level = 2;
    });
    insta::assert_snapshot!(
        "kitchen_sink_prefixed",
        md_with(KITCHEN_SINK, &o).html().as_str()
    );
}

const HTML_BODY: &str = "<h1 class=\"x\" onclick=\"alert(1)\">Top level</h1>\
<p style=\"color:red\">Intro <a href=\"https://wired.example/story\" target=\"_blank\" rel=\"opener\">external</a>, \
<a href=\"/business/x\">internal</a>, <a href=\"#details\">local</a>, \
<a href=\"javascript:alert(1)\">bad</a>.</p>\
<h2 id=\"Details\">Details</h2>\
<figure><img src=\"https://img.example/chart.png\" alt=\"Chart\" onerror=\"x()\" loading=\"eager\"><figcaption>Fig</figcaption></figure>\
<h2>Details</h2><h3 id=\"details\">Again</h3>\
<ul><li><input type=\"checkbox\" checked> done</li><li><input type=\"text\" name=\"q\"> text</li></ul>\
<table><tr><td style=\"text-align: right\">1</td><td style=\"text-align: right; color: red\">2</td></tr></table>\
<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe><p name=\"x\" id=\"location\">End &amp; done</p>";

#[test]
fn snapshot_html_body() {
    let body = html_with(HTML_BODY, &keep_text());
    insta::assert_snapshot!("html_body", body.html().as_str());
    assert_eq!(
        flat(body.outline()),
        [
            (2, "top-level".into(), "Top level".into()),
            (3, "Details".into(), "Details".into()),
            (3, "details".into(), "Details".into()),
            (4, "details-1".into(), "Again".into()),
        ]
    );
    assert_eq!(
        body.plain_text(),
        Some(
            "Top level Intro external, internal, local, bad. Details Fig Details Again done text 1 2 End & done"
        )
    );
    assert_eq!(body.first_image().map(|i| i.alt.as_str()), Some("Chart"));
}

#[test]
fn snapshot_html_body_prefixed() {
    let o = opts(|o| o.ids.content = ContentIds::Prefixed("nc-".into()));
    insta::assert_snapshot!(
        "html_body_prefixed",
        html_with(HTML_BODY, &o).html().as_str()
    );
}

const RAW_MD: &str = "# Intro\n\nSee <b onclick=\"x()\">bold</b> and <a href=\"javascript:x\">bad</a>.\n\n\
<div class=\"callout\" id=\"note\"><h1>Raw heading</h1><p>Raw <em>para</em>.</p><script>alert(1)</script></div>\n\n\
## Intro\n\n[top](#intro) <!-- comment -->\n";

#[test]
fn snapshot_raw_html_under_each_policy() {
    for (name, policy) in [
        ("raw_escape", RawHtml::Escape),
        ("raw_strip", RawHtml::Strip),
        ("raw_sanitize", RawHtml::Sanitize),
    ] {
        let o = opts(|o| {
            o.body.raw_html = policy;
            o.ids.content = ContentIds::Prefixed("nc-".into());
        });
        let body = md_with(RAW_MD, &o);
        insta::assert_snapshot!(name, body.html().as_str());
        let expected: Vec<&str> = if policy == RawHtml::Sanitize {
            vec!["nc-intro", "nc-raw-heading", "nc-intro-1"]
        } else {
            vec!["nc-intro", "nc-intro-1"]
        };
        assert_eq!(ids(&body), expected, "{name}");
    }
}

#[test]
fn output_is_deterministic() {
    for (body, is_html) in [(KITCHEN_SINK, false), (HTML_BODY, true), (RAW_MD, false)] {
        let a = prepare(&article(body, is_html), &RenderOptions::default());
        let b = prepare(&article(body, is_html), &RenderOptions::default());
        assert_eq!(a, b);
    }
}
