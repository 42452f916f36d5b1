//! The guard against html5ever 0.40 itself (the version under ammonia): a minimal DOM sink
//! records the tree html5ever builds for ammonia's fragment parse (context `div`), and the
//! tree's depth is compared with the stack depth the model measured.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, ParseOpts, QualName, local_name, ns, parse_fragment};
use proptest::prelude::*;

use super::{HtmlLimits, HtmlVerdict, Stop, scan};

#[derive(Default)]
struct Node {
    parent: Option<usize>,
    children: Vec<usize>,
    name: Option<QualName>,
    contents: Option<usize>,
    annotation: bool,
}

/// A DOM that keeps only the shape of the tree.
struct Shape {
    nodes: RefCell<Vec<Node>>,
}

impl Shape {
    fn new_node(&self, node: Node) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        nodes.len() - 1
    }

    fn detach(&self, child: usize) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(parent) = nodes[child].parent.take() {
            nodes[parent].children.retain(|&c| c != child);
        }
    }

    fn attach(&self, parent: usize, child: NodeOrText<usize>, before: Option<usize>) {
        let child = match child {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(_) => self.new_node(Node::default()),
        };
        self.detach(child);
        let mut nodes = self.nodes.borrow_mut();
        nodes[child].parent = Some(parent);
        let siblings = &mut nodes[parent].children;
        match before.and_then(|b| siblings.iter().position(|&c| c == b)) {
            Some(at) => siblings.insert(at, child),
            None => siblings.push(child),
        }
    }

    /// Elements on the longest path below the fragment's root (template contents count as
    /// the template's children).
    fn depth(&self) -> usize {
        let nodes = self.nodes.borrow();
        let Some(&root) = nodes[0].children.first() else {
            return 0;
        };
        let mut max = 0;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, depth)) = stack.pop() {
            max = max.max(depth);
            let n = &nodes[node];
            let contents = n.contents.map(|c| nodes[c].children.as_slice());
            for &child in n.children.iter().chain(contents.unwrap_or_default()) {
                let element = nodes[child].name.is_some();
                stack.push((child, depth + usize::from(element)));
            }
        }
        max
    }
}

impl TreeSink for Shape {
    type Handle = usize;
    type Output = Self;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self {
        self
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {}
    fn get_document(&self) -> usize {
        0
    }
    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            nodes[*target].name.as_ref().expect("an element")
        })
    }
    fn create_element(&self, name: QualName, _: Vec<Attribute>, flags: ElementFlags) -> usize {
        let contents = flags.template.then(|| self.new_node(Node::default()));
        self.new_node(Node {
            name: Some(name),
            contents,
            annotation: flags.mathml_annotation_xml_integration_point,
            ..Node::default()
        })
    }
    fn create_comment(&self, _: StrTendril) -> usize {
        self.new_node(Node::default())
    }
    fn create_pi(&self, _: StrTendril, _: StrTendril) -> usize {
        self.new_node(Node::default())
    }
    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.attach(*parent, child, None);
    }
    fn append_based_on_parent_node(&self, element: &usize, prev: &usize, child: NodeOrText<usize>) {
        let parent = self.nodes.borrow()[*element].parent;
        match parent {
            Some(parent) => self.attach(parent, child, Some(*element)),
            None => self.attach(*prev, child, None),
        }
    }
    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}
    fn get_template_contents(&self, target: &usize) -> usize {
        self.nodes.borrow()[*target].contents.expect("a template")
    }
    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }
    fn set_quirks_mode(&self, _: QuirksMode) {}
    fn append_before_sibling(&self, sibling: &usize, child: NodeOrText<usize>) {
        let parent = self.nodes.borrow()[*sibling].parent.expect("a parent");
        self.attach(parent, child, Some(*sibling));
    }
    fn add_attrs_if_missing(&self, _: &usize, _: Vec<Attribute>) {}
    fn remove_from_parent(&self, target: &usize) {
        self.detach(*target);
    }
    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let children = std::mem::take(&mut self.nodes.borrow_mut()[*node].children);
        let mut nodes = self.nodes.borrow_mut();
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &usize) -> bool {
        self.nodes.borrow()[*handle].annotation
    }
}

/// The depth of the tree html5ever builds for `html`, parsed as ammonia parses it.
fn html5ever_depth(html: &str) -> usize {
    let sink = Shape {
        nodes: RefCell::new(vec![Node::default()]),
    };
    let parser = parse_fragment(
        sink,
        ParseOpts::default(),
        QualName::new(None, ns!(html), local_name!("div")),
        vec![],
        false,
    );
    parser.one(html).depth()
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
