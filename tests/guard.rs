//! The guards that keep every body linear (`src/sanitize/guard/`), through the public API:
//! the nesting guard in every tokenizer state, for HTML bodies and for Markdown with raw HTML;
//! the attribute caps; unclosed link titles, in bodies and inline answers.

#[path = "support/bodies.rs"]
mod bodies;

use bodies::*;
use newsclip::RenderOptions;
use newsclip::sanitize::render_inline_markdown;

/// A piece that puts the tokenizer in one of its states, where `<!--` (or another opener)
/// is data and must not hide what follows.
const STATES: &[(&str, &str)] = &[
    ("double-quoted attribute value", "<p title=\"<!--\">"),
    ("single-quoted attribute value", "<p title='<!--'>"),
    ("unquoted attribute value", "<p title=<!-->"),
    ("attribute name", "<p <!--=x>"),
    ("RAWTEXT style", "<style><!--</style>"),
    ("RCDATA textarea", "<textarea><!--</textarea>"),
    ("RCDATA title", "<title><!--</title>"),
    ("RAWTEXT xmp", "<xmp><!--</xmp>"),
    ("RAWTEXT iframe", "<iframe><!--</iframe>"),
    ("RAWTEXT noembed", "<noembed><!--</noembed>"),
    ("RAWTEXT noframes", "<noframes><!--</noframes>"),
    ("RAWTEXT noscript", "<noscript><!--</noscript>"),
    ("script data", "<script><!--</script>"),
    (
        "script data double escaped",
        "<script><!--<script></script>--></script>",
    ),
    ("comment <!-->", "<!-->"),
    ("comment <!--->", "<!--->"),
    ("comment ended by --!>", "<!-- x --!>"),
    ("bogus comment <!", "<!x <!-- >"),
    ("bogus comment <?", "<? <!-- >"),
    ("bogus comment </", "</ <!-- >"),
    ("CDATA as a bogus comment", "<![CDATA[<!--]]>"),
    ("CDATA in SVG", "<svg><![CDATA[<!--]]></svg>"),
    ("CDATA in MathML", "<math><![CDATA[<!--]]></math>"),
    ("DOCTYPE", "<!DOCTYPE <!-- >"),
    ("end tag with attributes", "<style>x</style title='<!--'>"),
];

/// Nesting past the limit, of each element the issue names.
fn nesting(element: &str) -> String {
    format!("<{element}>").repeat(300) + "deep"
}

#[test]
fn nesting_is_seen_in_every_tokenizer_state_in_html_bodies() {
    for (state, prefix) in STATES {
        for element in ["ul", "div", "ol", "dl"] {
            let body = html(&format!("{prefix}{}", nesting(element)));
            let out = body.html().as_str();
            // Shown as text, never parsed.
            assert!(out.starts_with("<p>&lt;"), "{state} / {element}: {out:.80}");
            assert!(
                !out.contains(&format!("<{element}>")),
                "{state} / {element}"
            );
            assert!(out.contains("deep"), "{state} / {element}");
        }
    }
}

#[test]
fn nesting_is_seen_in_every_tokenizer_state_in_markdown_raw_html() {
    for (state, prefix) in STATES {
        for element in ["ul", "div", "ol", "dl"] {
            let body = md(&format!("Intro.\n\n{prefix}\n\n{}", nesting(element)));
            let out = body.html().as_str();
            // The raw HTML is shown as text; the Markdown around it still renders.
            assert!(out.starts_with("<p>Intro.</p>"), "{state} / {element}");
            assert!(
                out.contains(&format!("&lt;{element}&gt;&lt;{element}&gt;")),
                "{state} / {element}: {out:.200}"
            );
            assert!(
                !out.contains(&format!("<{element}>")),
                "{state} / {element}"
            );
        }
    }
}

#[test]
fn nesting_under_the_limit_still_renders() {
    for (state, prefix) in STATES {
        let nested = "<div>".repeat(150) + "shallow" + &"</div>".repeat(150);
        let out = html(&format!("{prefix}{nested}"))
            .html()
            .as_str()
            .to_owned();
        assert_eq!(out.matches("<div>").count(), 150, "{state}");
        assert!(out.contains("shallow"), "{state}");
    }
}

#[test]
fn nesting_the_adoption_agency_or_tables_build_is_seen() {
    for nested in [
        // `</b>` leaves each `div` open (the adoption agency).
        "<b><div></b>".repeat(300),
        // `</div>` does not reach past a table.
        "<div><table><td></div>".repeat(300),
        // `</form>` takes the form off the stack and leaves its content open.
        "<form><ol></form>".repeat(300),
    ] {
        let out = html(&nested).html().as_str().to_owned();
        assert!(out.starts_with("<p>&lt;"), "{:.40}: {out:.80}", nested);
    }
}

#[test]
fn formatting_elements_rebuilt_in_every_block_are_refused() {
    let mut body: String = (0..150).map(|i| format!("<b title={i}>")).collect();
    body = format!("<div>{body}</div>") + &"<div>x</div>".repeat(5000);
    let out = html(&body).html().as_str().to_owned();
    assert!(out.starts_with("<p>&lt;div&gt;&lt;b title="), "{out:.80}");
    // A few unclosed `<b>` in an ordinary body are fine (html5ever rebuilds at most three).
    let ordinary = "<p><b>bold</p><p>more</p>".repeat(200);
    let out = html(&ordinary).html().as_str().to_owned();
    assert!(
        out.starts_with("<p><b>bold</b></p>\n<p><b>more</b></p>\n"),
        "{out:.80}"
    );
}

#[test]
fn foster_parenting_at_scale_is_parsed() {
    // Content inside a table but outside its cells goes before the table: the body's tree
    // does it in constant time per node, so the guard lets any amount through.
    let body = format!("<table>{}</table>", "x<b>y</b>".repeat(20_000));
    let out = html(&body).html().as_str().to_owned();
    assert!(out.starts_with("x<b>y</b>x<b>y</b>"), "{out:.80}");
    assert_eq!(out.matches("<b>y</b>").count(), 20_000);
    let out = html("<table><tr><td>a</td></tr>stray</table>")
        .html()
        .as_str()
        .to_owned();
    assert_eq!(
        out,
        "stray\n<table>\n<tbody>\n<tr><td>a</td></tr>\n</tbody>\n</table>\n"
    );
}

#[test]
fn attributes_past_the_cap_are_cut() {
    let junk = |n: usize| (0..n).map(|i| format!(" data-x{i}=y")).collect::<String>();
    let link = |n: usize| {
        html(&format!(
            "<a{} href=\"https://x.example/\">link</a>",
            junk(n)
        ))
        .html()
        .as_str()
        .to_owned()
    };
    assert_eq!(
        link(100),
        "<a href=\"https://x.example/\" rel=\"noopener noreferrer\">link</a>"
    );
    assert_eq!(link(128), "<a>link</a>");
    // In raw HTML inside Markdown too.
    let out = md(&format!(
        "<a{} href=\"https://x.example/\">link</a>",
        junk(200)
    ));
    assert_eq!(out.html().as_str(), "<p><a>link</a></p>\n");
}

#[test]
fn long_attribute_values_and_entity_runs_are_kept() {
    // Linear all the way through the body's tree and writer: no cap, no split.
    let title = "&amp;x".repeat(20_000);
    let out = html(&format!(
        "<a title=\"{title}\" href=\"https://x.example/\">link</a>"
    ));
    assert_eq!(
        out.html().as_str(),
        format!(
            "<a href=\"https://x.example/\" title=\"{title}\" rel=\"noopener noreferrer\">link</a>"
        )
    );
    let text = "a&amp;b «x» ".repeat(20_000);
    let out = html(&format!("<p>{text}</p>"));
    assert_eq!(out.html().as_str(), format!("<p>{}</p>\n", text.trim_end()));
}

#[test]
fn unclosed_link_titles_lose_their_link_and_nothing_else() {
    for open in ["\"", "'", "("] {
        let body = format!("Some [a](b {open}text\n{}", "more\n".repeat(10));
        let out = md(&body).html().as_str().to_owned();
        assert!(!out.contains("<a "), "{open}: {out}");
        assert!(out.starts_with("<p>Some [a](b "), "{open}: {out}");
        assert!(!out.contains('\\'), "{open}: {out}");
    }
    // Titles that close, even over a few lines, are titles.
    let out = md("[a](https://x.example/ \"two\nlines\")")
        .html()
        .as_str()
        .to_owned();
    assert_eq!(
        out,
        "<p><a href=\"https://x.example/\" title=\"two\nlines\" rel=\"noopener noreferrer\">a</a></p>\n"
    );
}

#[test]
fn inline_answers_are_guarded_too() {
    let answer = format!("[a](b \"{}", "x\n".repeat(2000));
    let out = render_inline_markdown(&answer, &site_url(), &RenderOptions::default());
    assert!(
        out.as_str().starts_with("[a](b “x x x"),
        "{:.40}",
        out.as_str()
    );
}

#[test]
fn raw_html_the_quick_check_misses_is_still_sanitized() {
    // An HTML block without any `>` after its start, where the quick check for raw HTML does
    // not look (a footnote definition): the body is rendered again for the sanitizer.
    let out = md("x[^1]\n\n[^1]: <div onclick=alert(1)\n\ny");
    let html = out.html().as_str();
    assert!(!html.contains("onclick"), "{html}");
    assert!(html.contains("<p>y</p>"), "{html}");
}
