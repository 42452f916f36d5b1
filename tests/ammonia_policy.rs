//! The body's HTML walk keeps what ammonia's policy keeps: for random hostile HTML, the
//! elements, the attributes and the text of `prepare_body` are those of `ammonia::Builder`
//! configured as the body's policy was when ammonia ran it (the oracle), once the differences
//! that are the writer's job are set aside: heading levels, ids, `rel`/`target`,
//! `loading`/`decoding`, an empty `alt`, whitespace, what a refused URL leaves (a link's
//! text, an image's alt text) and the spelling of a cell's alignment. Inputs whose parse puts
//! a link inside a link (foster parenting can) are left out: ammonia writes the nesting out
//! (and a browser re-parses it into something else), the writer keeps no link inside a link.
//! So are inputs whose sanitized tree does not survive being written and parsed again (a list
//! item the parser put inside a `<b>` inside a list item, or a heading in a heading once an
//! element between them is unwrapped): there, any serialization is re-parsed into another
//! tree, ammonia's and this crate's each their own way.

#[path = "support/bodies.rs"]
mod bodies;

use std::collections::HashSet;
use std::sync::LazyLock;

use bodies::*;
use newsclip::RenderOptions;
use newsclip::sanitize::{PreparedBody, SourceFormat, prepare_body};
use proptest::prelude::*;
use scraper::{Html, Node};

/// The policy as ammonia ran it before the walk replaced it.
static ORACLE: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["area", "map", "center"])
        .add_tags(["section", "tfoot"])
        .add_generic_attributes(["id"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("code", ["class"])
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // The writer spells an alignment one way, however it was written.
            (_, "style") => {
                let v = value.trim().trim_end_matches(';').to_ascii_lowercase();
                let (property, align) = v.split_once(':')?;
                let align = align.trim();
                (property.trim() == "text-align" && matches!(align, "left" | "center" | "right"))
                    .then(|| format!("text-align: {align}").into())
            }
            ("code", "class") => value
                .split_ascii_whitespace()
                .find(|c| c.starts_with("language-") && c.len() > 9)
                .map(|c| c.to_owned().into()),
            ("ol", "start") => value.parse::<i32>().is_ok().then_some(value.into()),
            // The old policy checked every URL attribute against the allow-list.
            (_, "cite") => (!value.starts_with("javascript:")).then_some(value.into()),
            _ => Some(value.into()),
        });
    b
});

/// An HTML body, prepared with default options (no validation: any string).
fn walked(html: &str) -> PreparedBody {
    prepare_body(
        html,
        SourceFormat::Html,
        &site_url(),
        &RenderOptions::default(),
    )
}

/// A token of a tree as a browser reads it, with the writer's own choices set aside.
#[derive(Debug, PartialEq, Eq)]
enum Token {
    Open(String, Vec<(String, String)>),
    Close(String),
    Text(String),
}

/// Attributes the comparison ignores (the writer's, or renamed by the id space).
const IGNORED: &[&str] = &["id", "rel", "target", "loading", "decoding"];

fn tokens(html: &str) -> Vec<Token> {
    let doc = Html::parse_fragment(html);
    let mut out = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, out: &mut Vec<Token>| {
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !collapsed.is_empty() {
            out.push(Token::Text(collapsed));
        }
        text.clear();
    };
    // Depth-first, with explicit close events.
    let root = *doc.root_element();
    let mut stack = vec![(root, false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Element(el) if closing => {
                let name = normalize(el.name());
                if !is_unwrapped(el) && !is_void(&name) {
                    flush(&mut text, &mut out);
                    out.push(Token::Close(name));
                }
            }
            Node::Element(el) => {
                let name = normalize(el.name());
                if node.id() != root.id() {
                    if name == "img" && el.attr("src").is_none() {
                        text.push_str(el.attr("alt").unwrap_or_default());
                        continue;
                    }
                    if !is_unwrapped(el) {
                        flush(&mut text, &mut out);
                        let mut attrs: Vec<(String, String)> = el
                            .attrs()
                            .filter(|(n, v)| {
                                let empty = v.is_empty() && matches!(*n, "alt" | "class");
                                !(IGNORED.contains(n) || empty)
                            })
                            .map(|(n, v)| (n.to_owned(), v.to_owned()))
                            .collect();
                        attrs.sort();
                        out.push(Token::Open(name, attrs));
                    }
                }
                stack.push((node, true));
                for child in node.children().collect::<Vec<_>>().into_iter().rev() {
                    stack.push((child, false));
                }
            }
            Node::Text(t) => text.push_str(t),
            _ => {}
        }
    }
    flush(&mut text, &mut out);
    out
}

/// Headings compare as one.
fn normalize(name: &str) -> String {
    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        "h".into()
    } else {
        name.into()
    }
}

/// An `a` without `href` stands for a refused link: the writer keeps only its text.
fn is_unwrapped(el: &scraper::node::Element) -> bool {
    el.name() == "a" && el.attr("href").is_none()
}

fn is_void(name: &str) -> bool {
    matches!(name, "br" | "hr" | "img" | "wbr" | "col")
}

/// Tags, attributes and texts hostile HTML is made of.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<span>",
    "</span>",
    "<b>",
    "</b>",
    "<i>",
    "<em>",
    "</em>",
    "<h1>",
    "</h1>",
    "<h3 title=\"t\">",
    "</h3>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "<table>",
    "<tr>",
    "<td style=\"text-align: right\">",
    "<td style=\"color:red\">",
    "</td>",
    "<th style=\"TEXT-ALIGN:left\">",
    "<tfoot>",
    "<thead>",
    "</table>",
    "<pre>",
    "</pre>",
    "<code class=\"x language-rust\">",
    "</code>",
    "<blockquote cite=\"https://a.example/\">",
    "<blockquote cite=\"javascript:x\">",
    "</blockquote>",
    "<ol start=\"3\">",
    "<ol start=\"x\">",
    "</ol>",
    "<a href=\"https://a.example/x\">",
    "<a href=\"/rel\" title=\"T\">",
    "<a href=\"#frag\">",
    "<a href=\"javascript:alert(1)\">",
    "<a href=\"mailto:a@b.example\">",
    "<a name=\"n\">",
    "</a>",
    "<img src=\"/i.png\" alt=\"A\">",
    "<img src=\"javascript:x\" alt=\"B\">",
    "<img src=\"data:image/png;base64,AAAA\" alt=\"C\">",
    "<img alt=\"D\" width=\"5\" onerror=\"x()\">",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    "<script>",
    "<!-- c -->",
    "<!--",
    "<svg><a>svg link</a></svg>",
    "<svg>",
    "<math><mtext>m</mtext></math>",
    "<iframe>",
    "</iframe>",
    "<form><input name=\"q\"></form>",
    "<textarea>",
    "<font color=red>",
    "<center>",
    "<xmp>",
    "<noscript>",
    "<template><b>t</b></template>",
    "<sup class=\"footnote-reference bad\">",
    "</sup>",
    "<div class=\"footnote-definition x\">",
    "<p id=\"x\" name=\"y\" onclick=\"z()\" lang=\"en\">",
    "<br>",
    "<hr>",
    "<wbr>",
    "<figure>",
    "<figcaption>",
    "</figure>",
    "<details><summary>s",
    // (No SVG or MathML element names in text a `<` could turn into a tag: ammonia drops an
    // HTML element named like one, `<text>`, with its content; the walk unwraps it.)
    "words",
    " ",
    "\n",
    "&amp;",
    "&lt;b&gt;",
    "&#106;",
    "é",
    "\"",
    "'",
    "< ",
    ">",
    "&",
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        max_global_rejects: 100_000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_walk_keeps_what_ammonia_keeps(
        pieces in prop::collection::vec(prop::sample::select(PIECES), 1..40)
    ) {
        let src: String = pieces.concat();
        prop_assume!(!src.trim().is_empty());
        let nested_links = scraper::Selector::parse("a a").expect("selector");
        prop_assume!(Html::parse_fragment(&src).select(&nested_links).next().is_none());
        let ours = walked(&src);
        let oracle = ORACLE.clean(&src).to_string();
        prop_assume!(ORACLE.clean(&oracle).to_string() == oracle);
        prop_assume!(walked(ours.html().as_str()).html() == ours.html());
        prop_assert_eq!(
            tokens(ours.html().as_str()),
            tokens(&oracle),
            "\nsource: {}\nours:   {}\noracle: {}",
            src,
            ours.html().as_str(),
            oracle
        );
    }
}
