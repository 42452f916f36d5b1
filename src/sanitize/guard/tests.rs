//! The guard against html5ever 0.40 itself: the tree the body pipeline parses (`body/tree.rs`,
//! html5ever's fragment parse with context `div`) is measured, and its depth compared with
//! the stack depth the model measured.

use proptest::prelude::*;

use super::{HtmlLimits, HtmlVerdict, Stop, scan};
use crate::sanitize::body::tree::{self, Data};

/// The depth of the tree html5ever builds for `html`, parsed as the body pipeline parses it
/// (`body/tree.rs`): elements on the longest path below the fragment's root, template
/// contents counting as the template's children.
fn html5ever_depth(html: &str) -> usize {
    let tree = tree::parse(html);
    let Some(root) = tree.content_root() else {
        return 0;
    };
    let mut max = 0;
    let mut stack: Vec<(u32, usize)> = tree.first_child(root).map(|c| (c, 0)).into_iter().collect();
    while let Some((id, depth)) = stack.pop() {
        if let Some(next) = tree.next_sibling(id) {
            stack.push((next, depth));
        }
        let Some(Data::Element { template, .. }) = tree.node(id).map(|n| &n.data) else {
            max = max.max(depth);
            continue;
        };
        max = max.max(depth + 1);
        let contents = template.and_then(|t| tree.first_child(t));
        for child in [tree.first_child(id), contents].into_iter().flatten() {
            stack.push((child, depth + 1));
        }
    }
    max
}

/// The depth the model measures, without limits.
fn model_depth(html: &str) -> usize {
    let (verdict, depth) = scan(html, HtmlLimits::none());
    assert!(
        matches!(verdict, HtmlVerdict::Parse(_)),
        "{html:?}: {verdict:?}"
    );
    depth
}

#[test]
fn model_matches_html5ever_on_plain_nesting() {
    for html in [
        "",
        "x",
        "<div><div><div>x</div></div></div>",
        "<p>a<p>b<p>c",
        "<ul><li>a<li>b<ul><li>c</ul></ul>",
        "<dl><dt>a<dd>b<dl><dt>c</dl></dl>",
        "<table><td>x<table><td>y</table></table>",
        "<b><i><u>x</b></i></u>",
        "<b><div>x</b>y</div>",
        "<p><b>x</p><p>y</p><p>z",
        "<svg><path/><path/><g><path/></g></svg>",
        "<math><mi><div>x</div></mi></math>",
        "<select><option>a<option>b</select>",
        "<table><tr><td><b>x</td></tr></table>y",
        "<template><td>x</template>",
        "<a><div><a>x</a></div></a>",
    ] {
        assert_eq!(model_depth(html), html5ever_depth(html), "{html:?}");
    }
}

/// One state of the tokenizer each: the `<!--` (or other opener) is data there, and the
/// nesting after it must still be seen.
#[test]
fn no_tokenizer_state_hides_nesting() {
    let nest = "<div>".repeat(300);
    for prefix in [
        "<p title=\"<!--\">",
        "<p title='<!--'>",
        "<p title=<!-->",
        "<p <!--=x>",
        "<style><!--</style>",
        "<textarea><!--</textarea>",
        "<title><!--</title>",
        "<xmp><!--</xmp>",
        "<iframe><!--</iframe>",
        "<noembed><!--</noembed>",
        "<noframes><!--</noframes>",
        "<noscript><!--</noscript>",
        "<script><!--</script>",
        "<script><!--<script></script>--></script>",
        "<!-->",
        "<!--->",
        "<!-- x --!>",
        "<!x <!-- >",
        "<? <!-- >",
        "</ <!-- >",
        "<![CDATA[<!--]]>",
        "<svg><![CDATA[<!--]]></svg>",
        "<!DOCTYPE <!-- >",
        "<style>x</style >",
        "<textarea></textarea/>",
    ] {
        let html = format!("{prefix}{nest}");
        assert!(
            model_depth(&html) >= html5ever_depth(&html),
            "{prefix:?}: model {} < html5ever {}",
            model_depth(&html),
            html5ever_depth(&html)
        );
        assert_eq!(
            super::html(&html),
            HtmlVerdict::Refuse(Stop::TooDeep),
            "{prefix:?}"
        );
    }
    // Where the opener really opens something, the nesting is inside it, and html5ever sees
    // none of it either.
    for prefix in ["<!--", "<style>", "<textarea>", "<script>", "<plaintext>"] {
        let html = format!("{prefix}{nest}");
        assert!(model_depth(&html) <= 1, "{prefix:?}");
        assert_eq!(html5ever_depth(&html), model_depth(&html), "{prefix:?}");
    }
}

/// Pieces of markup chosen to exercise every tokenizer state and most tree-builder rules.
const PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<ul>",
    "</ul>",
    "<ol>",
    "<li>",
    "</li>",
    "<dl>",
    "<dt>",
    "<dd>",
    "</dl>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<a>",
    "</a>",
    "<a href=x>",
    "<b class=c>",
    "<B CLASS=c>",
    "<em>",
    "</em>",
    "<nobr>",
    "</nobr>",
    "<font color=r>",
    "<font>",
    "</font>",
    "<span>",
    "</span>",
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "<tbody>",
    "</tbody>",
    "<thead>",
    "<caption>",
    "</caption>",
    "<colgroup>",
    "<col>",
    "</colgroup>",
    "<select>",
    "</select>",
    "<option>",
    "</option>",
    "<optgroup>",
    "<button>",
    "</button>",
    "<form>",
    "</form>",
    "<h1>",
    "</h1>",
    "<h2>",
    "<pre>",
    "</pre>",
    "<object>",
    "</object>",
    "<template>",
    "</template>",
    "<svg>",
    "</svg>",
    "<math>",
    "</math>",
    "<mi>",
    "</mi>",
    "<foreignObject>",
    "</foreignObject>",
    "<desc>",
    "<annotation-xml encoding=text/html>",
    "<annotation-xml>",
    "</annotation-xml>",
    "<path/>",
    "<g>",
    "</g>",
    "<br>",
    "</br>",
    "<img>",
    "<hr>",
    "<input type=hidden>",
    "<input>",
    "<ruby>",
    "<rt>",
    "<rb>",
    "<x-y>",
    "</x-y>",
    "<frameset>",
    "<body>",
    "<html>",
    "<head>",
    "<image>",
    "<marquee>",
    "</marquee>",
    "<applet>",
    "<blockquote>",
    "</blockquote>",
    "<section>",
    "</section>",
    "<listing>",
    "<center>",
    "<style>",
    "</style>",
    "</style x>",
    "</stylex>",
    "<textarea>",
    "</textarea>",
    "<title>",
    "</title>",
    "<script>",
    "</script>",
    "<xmp>",
    "</xmp>",
    "<iframe>",
    "</iframe>",
    "<noembed>",
    "</noembed>",
    "<noframes>",
    "</noframes>",
    "<noscript>",
    "</noscript>",
    "<!--",
    "-->",
    "<!-->",
    "<!--->",
    "--!>",
    "<!-- c -->",
    "<!x>",
    "<?x>",
    "</ x>",
    "</>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "<p title=\"<!--\">",
    "<p title='</style>'>",
    "<p t=a>",
    "<a b=\"",
    "\"",
    "'",
    ">",
    "<",
    "/",
    "=",
    "x",
    " ",
    "\n",
    "&amp;",
    "\u{0}",
    "<!--<script>",
    "<script>",
    "-",
    "<",
    "<p/>",
    "<div/>",
    "<b id=1>",
    "<b id=\"1\">",
    "<b id=&#49;>",
    "<i class=x title=y>",
    "<i title=y class=x>",
    "</STYLE>",
    "</Script >",
    "<svg><title>",
    "<svg><script>",
    "<svg><style>",
    "<math><mtext>",
    "<mglyph>",
    "<frame>",
    "</frameset>",
    "<template><tr>",
    "<noscript><!--",
    "<script><!--<script>",
    "--></script>",
    "<h3>",
    "</h3>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<input type=HIDDEN>",
    "<keygen>",
    "<rtc>",
    "<rp>",
    "</ruby>",
    "<details>",
    "<summary>",
    "<dialog>",
    "</dialog>",
    "<menu>",
    "<dir>",
    "<main>",
    "<tt>",
    "<strike>",
    "<big>",
    "<u>",
    "<small>",
    "<s>",
    "<code>",
    "<strong>",
    "<param>",
    "<source>",
    "<track>",
    "<wbr>",
    "<area>",
    "<embed>",
    "<base>",
    "<link>",
    "<meta>",
    "<bgsound>",
    "<basefont>",
    "<plaintext>",
];

fn markup() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..80)
        .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// html5ever's tree is never deeper than the stack depth the model measured.
    #[test]
    fn model_never_understates_html5ever(html in markup()) {
        let (verdict, depth) = scan(&html, HtmlLimits::none());
        prop_assert!(matches!(verdict, HtmlVerdict::Parse(_)), "{:?}", verdict);
        let real = html5ever_depth(&html);
        prop_assert!(depth >= real, "model {} < html5ever {} for {:?}", depth, real, html);
    }

    /// The same, for a short piece of markup repeated: a model that drifts from html5ever
    /// a little each time would fall far behind.
    #[test]
    fn model_keeps_up_with_repetition(
        piece in proptest::collection::vec(proptest::sample::select(PIECES), 1..10),
        times in 1usize..60,
    ) {
        let html = piece.concat().repeat(times);
        let (verdict, depth) = scan(&html, HtmlLimits::none());
        prop_assert!(matches!(verdict, HtmlVerdict::Parse(_)), "{:?}", verdict);
        let real = html5ever_depth(&html);
        prop_assert!(depth >= real, "model {} < html5ever {} for {:?}", depth, real, html);
    }
}

/// Not a test: how far the model's depth is above html5ever's on random markup.
#[test]
#[ignore]
fn tightness_report() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut over = std::collections::BTreeMap::new();
    let mut worst = (0, String::new());
    for _ in 0..20000 {
        let html = markup().new_tree(&mut runner).expect("tree").current();
        let (_, depth) = scan(&html, HtmlLimits::none());
        let real = html5ever_depth(&html);
        *over.entry(depth.saturating_sub(real)).or_insert(0) += 1;
        if depth - real > worst.0 {
            worst = (depth - real, html.clone());
        }
    }
    eprintln!("{over:?}\nworst: {worst:?}");
}
