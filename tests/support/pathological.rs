//! Pathological bodies: one generator per class of input known to make a Markdown or HTML
//! parser (or a sanitizer pipeline) superlinear, at any size. Shared by
//! `tests/pathological.rs` (renders the 1 MB case of every class as a whole page) and
//! `benches/pathological.rs` (cost per byte at 1 MB against 100 KB). Include with
//! `#[path = "support/pathological.rs"] mod pathological;` (from `benches/`:
//! `#[path = "../tests/support/pathological.rs"]`).
//!
//! Sources: CommonMark's `test/pathological_tests.py` (cmark, cmark-gfm and md4c's longer
//! lists), pulldown-cmark's issue tracker (#82, #246–#255, #296, #844), html5ever #788
//! (nesting), lexbor #340 (reconstruction of active formatting elements), the
//! duplicate-attribute reports against gumbo, quick-xml and turbohtml, and issue 10 of this
//! crate (unclosed link titles, many attributes, the `<!--`-in-an-attribute dodge).
//!
//! Every body ends with [`END_MARK`] in a paragraph of its own (after whatever the class
//! leaves open), so a test can check that the text after the attack is not lost.

#![allow(dead_code)]

/// The text every generated body ends with.
pub const END_MARK: &str = "Closing words of the pathological body.";

/// How the body is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

/// One class of pathological input.
#[derive(Clone, Copy)]
pub struct Class {
    /// Short name (bench ids, test messages).
    pub name: &'static str,
    pub format: Format,
    /// Where the class comes from.
    pub origin: &'static str,
    generate: fn(usize) -> String,
}

impl Class {
    /// A body of this class of at most `bytes` bytes (and close to it), ending with
    /// [`END_MARK`].
    pub fn body(&self, bytes: usize) -> String {
        let tail = format!("\n\n{END_MARK}\n");
        let mut body = (self.generate)(bytes.saturating_sub(tail.len()));
        body.push_str(&tail);
        body
    }

    pub fn is_html(&self) -> bool {
        self.format == Format::Html
    }

    /// An article whose body is [`body`](Self::body) of `bytes`, in this class's format.
    pub fn article(&self, bytes: usize) -> newsclip::Article {
        let b = newsclip::Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
            .section("Business");
        let body = self.body(bytes);
        let b = if self.is_html() {
            b.html_body(body)
        } else {
            b.body(body)
        };
        b.build().expect("a valid article")
    }

    /// False for the one class whose point is to swallow the rest of the body (an HTML
    /// comment that never closes): there [`END_MARK`] is rightly gone.
    pub fn keeps_end_mark(&self) -> bool {
        self.name != "html-unclosed-comment"
    }
}

/// `head`, then `unit` as often as fits in `bytes` (with `tail`), then `tail`.
fn fill(head: &str, unit: &str, tail: &str, bytes: usize) -> String {
    let room = bytes.saturating_sub(head.len() + tail.len());
    let n = room / unit.len().max(1);
    let mut s = String::with_capacity(head.len() + n * unit.len() + tail.len());
    s.push_str(head);
    for _ in 0..n {
        s.push_str(unit);
    }
    s.push_str(tail);
    s
}

/// `open` n times, `middle`, `close` n times, n as large as fits in `bytes`.
fn nest(open: &str, middle: &str, close: &str, bytes: usize) -> String {
    let n = bytes.saturating_sub(middle.len()) / (open.len() + close.len()).max(1);
    let mut s = String::with_capacity(n * (open.len() + close.len()) + middle.len());
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(middle);
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

/// `unit(i)` for i = 0, 1, … as long as it fits in `bytes`.
fn numbered(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut s = String::with_capacity(bytes);
    for i in 0.. {
        let u = unit(i);
        if s.len() + u.len() > bytes {
            break;
        }
        s.push_str(&u);
    }
    s
}

/// One `<a>` with as many attributes (`a1=x a2=x …`) as fit in `bytes`.
fn one_tag_many_attributes(bytes: usize) -> String {
    let mut s = numbered(bytes.saturating_sub(8), |i| {
        if i == 0 {
            "<a".into()
        } else {
            format!(" a{i}=x")
        }
    });
    s.push_str(">x</a>");
    s
}

macro_rules! class {
    ($name:literal, $format:ident, $origin:literal, $gen:expr) => {
        Class {
            name: $name,
            format: Format::$format,
            origin: $origin,
            generate: $gen,
        }
    };
}

/// Every class, Markdown first.
pub const CLASSES: &[Class] = &[
    // --- Markdown: link titles and destinations ---------------------------------------
    class!("md-title-unclosed-dquote", Markdown, "issue 10", |b| fill(
        "[a](b \"", "x\n", "", b
    )),
    class!("md-title-unclosed-squote", Markdown, "issue 10", |b| fill(
        "[a](b '", "x\n", "", b
    )),
    class!("md-title-unclosed-paren", Markdown, "issue 10", |b| fill(
        "[a](b (", "x\n", "", b
    )),
    class!(
        "md-title-past-paragraph",
        Markdown,
        "pulldown-cmark's title scan runs on past the paragraph",
        |b| {
            let half = b / 2;
            let mut s = fill("[a](b \"", "x\n", "\n", half);
            s.push_str(&fill("", "# h\n", "", b - s.len()));
            s
        }
    ),
    class!(
        "md-title-in-quote",
        Markdown,
        "an unclosed title in a block quote (a container prefix on every line)",
        |b| fill("> [a](b \"", "> x\n", "", b)
    ),
    class!(
        "md-image-title-unclosed",
        Markdown,
        "an unclosed image title",
        |b| fill("![a](b \"", "x\n", "", b)
    ),
    class!(
        "md-refdef-title-unclosed",
        Markdown,
        "an unclosed title in a link reference definition",
        |b| fill("[a]: b \"", "x\n", "", b)
    ),
    class!(
        "md-titles-shared",
        Markdown,
        "30 link destinations sharing one unclosed title, repeated",
        |b| fill("", &format!("{} \"x\nx\n\n", "[a](b".repeat(30)), "", b)
    ),
    class!("md-unclosed-links-a", Markdown, "cmark pathological", |b| {
        fill("", "[a](<b", "", b)
    }),
    class!("md-unclosed-links-b", Markdown, "cmark pathological", |b| {
        fill("", "[a](b", "", b)
    }),
    class!(
        "md-link-openers-in-dest",
        Markdown,
        "pulldown-cmark #246",
        |b| fill("", "[](", "", b)
    ),
    class!(
        "md-pointy-dest-openers",
        Markdown,
        "pulldown-cmark #296",
        |b| fill("", "[](<", "", b)
    ),
    class!(
        "md-broken-titles",
        Markdown,
        "cmark-gfm pathological, pulldown-cmark #251",
        |b| fill("", "[ (](", "", b)
    ),
    class!(
        "md-image-brackets",
        Markdown,
        "cmark-gfm pathological",
        |b| fill("", "![[]()", "", b)
    ),
    class!("md-dest-bracket-lines", Markdown, "md4c #236", |b| fill(
        "", "]([\n", "", b
    )),
    class!(
        "md-many-links",
        Markdown,
        "md4c pathological, comrak #122",
        |b| fill("", "[t](/u) ", "", b)
    ),
    // --- Markdown: brackets -------------------------------------------------------------
    class!("md-nested-brackets", Markdown, "cmark pathological", |b| {
        nest("[", "a", "]", b)
    }),
    class!("md-link-closers", Markdown, "cmark pathological", |b| fill(
        "", "a]", "", b
    )),
    class!("md-link-openers", Markdown, "cmark pathological", |b| fill(
        "", "[a", "", b
    )),
    class!(
        "md-image-openers",
        Markdown,
        "many unclosed `![`",
        |b| fill("", "![a", "", b)
    ),
    class!(
        "md-invalid-references",
        Markdown,
        "md4c pathological",
        |b| {
            let mut s = nest("[", "", "]", b.saturating_sub(12));
            s.push_str("\n\n[a]: /b\n");
            s
        }
    ),
    class!(
        "md-link-openers-emph-closers",
        Markdown,
        "cmark pathological",
        |b| fill("", "[ a_", "", b)
    ),
    class!("md-link-emph-mix", Markdown, "pulldown-cmark #255", |b| {
        fill("", "[*_a", "", b)
    }),
    // --- Markdown: emphasis -------------------------------------------------------------
    class!(
        "md-nested-strong-emph",
        Markdown,
        "cmark pathological",
        |b| nest("*a **a ", "b", " a** a*", b)
    ),
    class!("md-emph-closers", Markdown, "cmark pathological", |b| fill(
        "", "a_ ", "", b
    )),
    class!("md-emph-openers", Markdown, "cmark pathological", |b| fill(
        "", "_a ", "", b
    )),
    class!("md-emph-mismatched", Markdown, "cmark pathological", |b| {
        fill("", "*a_ ", "", b)
    }),
    class!(
        "md-emph-multiple-of-3",
        Markdown,
        "cmark pathological",
        |b| fill("a**b", "c* ", "", b)
    ),
    class!(
        "md-emph-triple",
        Markdown,
        "md4c pathological, pulldown-cmark #248",
        |b| fill("", "a***", "", b)
    ),
    class!("md-strikethrough", Markdown, "many `~~` openers", |b| fill(
        "", "~~a ", "", b
    )),
    // --- Markdown: code spans -----------------------------------------------------------
    class!(
        "md-backticks",
        Markdown,
        "cmark pathological",
        |b| numbered(b, |i| format!("e{}", "`".repeat(i + 1)))
    ),
    class!(
        "md-backticks-escapes",
        Markdown,
        "md4c pathological, pulldown-cmark #247",
        |b| fill("", "\\``", "", b)
    ),
    // --- Markdown: blocks ---------------------------------------------------------------
    class!(
        "md-nested-quotes",
        Markdown,
        "cmark pathological",
        |b| fill("", "> ", "a", b)
    ),
    class!("md-nested-lists", Markdown, "cmark pathological", |b| {
        numbered(b, |i| format!("{}* a\n", "  ".repeat(i)))
    }),
    class!(
        "md-broken-thematic-break",
        Markdown,
        "md4c pathological, pulldown-cmark #249",
        |b| fill("", "* ", "a", b)
    ),
    class!("md-many-references", Markdown, "cmark pathological", |b| {
        let mut s = numbered(b * 3 / 4, |i| format!("[{i}]: u\n"));
        s.push('\n');
        s.push_str(&fill("", "[0] ", "", b - s.len()));
        s
    }),
    class!(
        "md-reference-expansion",
        Markdown,
        "pulldown-cmark #844, md4c #238",
        |b| {
            let n = (b / 2) / 4;
            let mut s = format!("[x]: {}\n", "x".repeat(n));
            s.push_str(&fill("", "\n[x]", "", b - s.len()));
            s
        }
    ),
    class!("md-table-rows", Markdown, "cmark-gfm pathological", |b| {
        fill("", "aaa\nbbb\n-\u{b}\n", "", b)
    }),
    class!(
        "md-table-padding",
        Markdown,
        "a wide header, then many one-cell rows (cells padded to the header)",
        |b| {
            let cols = (b / 4) / 4;
            let mut s = "|a".repeat(cols);
            s.push('\n');
            s.push_str(&"|-".repeat(cols));
            s.push('\n');
            s.push_str(&fill("", "x\n", "", b - s.len()));
            s
        }
    ),
    class!("md-footnotes", Markdown, "many footnotes", |b| numbered(
        b,
        |i| { format!("x[^{i}]\n\n[^{i}]: n\n\n") }
    )),
    class!(
        "md-headings",
        Markdown,
        "same heading text (ids)",
        |b| fill("", "# a\n", "", b)
    ),
    // --- Markdown: raw HTML scanning ----------------------------------------------------
    class!(
        "md-unclosed-comments",
        Markdown,
        "cmark-gfm pathological",
        |b| { fill("</", "<!--", "", b) }
    ),
    class!("md-angle-pairs", Markdown, "md4c pathological", |b| fill(
        "", "<>", "", b
    )),
    class!("md-angle-run", Markdown, "`<` runs", |b| fill(
        "", "<", "", b
    )),
    class!(
        "md-processing-openers",
        Markdown,
        "md4c pathological",
        |b| fill("x", "<?", "", b)
    ),
    class!("md-cdata-openers", Markdown, "md4c pathological", |b| fill(
        "x",
        "<![CDATA[",
        "",
        b
    )),
    class!("md-declaration-openers", Markdown, "md4c #73", |b| fill(
        "", "a <!A", "", b
    )),
    class!(
        "md-unclosed-attribute",
        Markdown,
        "inline HTML with an unclosed quoted attribute value",
        |b| fill("", "<a b=\"", "", b)
    ),
    class!("md-entities", Markdown, "entity runs", |b| fill(
        "",
        "&amp;&#106;&#x41;",
        "",
        b
    )),
    class!(
        "md-long-entity",
        Markdown,
        "a numeric entity with a long run of digits",
        |b| { fill("&#", "0", ";", b) }
    ),
    class!("md-nul", Markdown, "cmark pathological (U+0000)", |b| fill(
        "",
        "abc\u{0}de\u{0}",
        "",
        b
    )),
    // --- Markdown: raw HTML the sanitizer gets --------------------------------------------
    class!(
        "md-raw-nesting-comment-dodge",
        Markdown,
        "issue 10: `<!--` in an attribute value hid the nesting",
        |b| fill("<p title=\"<!--\">\n\n", "<ul>", "", b)
    ),
    class!(
        "md-raw-many-attributes",
        Markdown,
        "issue 10: thousands of attributes on one tag",
        one_tag_many_attributes
    ),
    // --- HTML: nesting --------------------------------------------------------------------
    class!("html-nested-div", Html, "html5ever #788", |b| nest(
        "<div>", "x", "</div>", b
    )),
    class!("html-nested-lists", Html, "html5ever #788", |b| fill(
        "", "<ul><li>", "x", b
    )),
    class!("html-nested-inline", Html, "html5ever #788", |b| fill(
        "", "<b>", "x", b
    )),
    class!("html-nested-dl", Html, "issue 10", |b| fill(
        "", "<dl><dt>", "x", b
    )),
    class!("html-nested-tables", Html, "implied tbody, tr", |b| fill(
        "",
        "<table><td>",
        "x",
        b
    )),
    class!(
        "html-nested-comment-dodge",
        Html,
        "issue 10: `<!--` in an attribute value",
        |b| fill("<p title=\"<!--\">", "<ul>", "", b)
    ),
    class!(
        "html-nested-style-dodge",
        Html,
        "`<!--` inside a raw-text element",
        |b| fill("<style><!--</style>", "<div>", "", b)
    ),
    class!(
        "html-nested-textarea-dodge",
        Html,
        "`<!--` inside an RCDATA element",
        |b| fill("<textarea><!--</textarea>", "<ol>", "", b)
    ),
    class!(
        "html-nested-scope-dodge",
        Html,
        "end tags that do not reach past a table",
        |b| fill("", "<div><table><td></div>", "", b)
    ),
    class!(
        "html-adoption-nesting",
        Html,
        "the adoption agency keeps the block open",
        |b| fill("", "<b><div></b>", "", b)
    ),
    // --- HTML: formatting elements --------------------------------------------------------
    class!(
        "html-misnested-formatting",
        Html,
        "adoption agency on misnested `<b><i><a>`",
        |b| fill("", "<b><i><a>x</b></i></a>", "", b)
    ),
    class!(
        "html-reconstruct-distinct",
        Html,
        "lexbor #340: distinct formatting elements reconstructed",
        |b| {
            let n = (b / 3) / 12;
            let mut s = String::new();
            for i in 0..n {
                s.push_str(&format!("<b {i}>"));
            }
            for i in 0..n {
                s.push_str(&format!("<i {i}>"));
            }
            s.push_str(&fill("", "x</b>", "", b.saturating_sub(s.len())));
            s
        }
    ),
    class!(
        "html-reconstruct-stale",
        Html,
        "formatting elements left open, reconstructed in every block",
        |b| {
            let mut s = String::from("<div>");
            for i in 0..150 {
                s.push_str(&format!("<b title={i}>"));
            }
            s.push_str("</div>");
            s.push_str(&fill("", "<div>x</div>", "", b.saturating_sub(s.len())));
            s
        }
    ),
    class!(
        "html-unclosed-bold-paragraphs",
        Html,
        "`<b>` left open in every paragraph (Noah's Ark)",
        |b| fill("", "<p><b>x</p>", "", b)
    ),
    // --- HTML: tokenizer -------------------------------------------------------------------
    class!(
        "html-many-attributes",
        Html,
        "issue 10; gumbo, quick-xml, turbohtml duplicate-attribute checks",
        one_tag_many_attributes
    ),
    class!(
        "html-many-attributes-tags",
        Html,
        "many tags with a few hundred attributes each",
        |b| {
            let tag: String = (0..300).map(|i| format!(" a{i}=x")).collect();
            fill("", &format!("<span{tag}>x</span>"), "", b)
        }
    ),
    class!(
        "html-long-attribute",
        Html,
        "a very long attribute value",
        |b| { fill("<a title=\"", "x", "\">x</a>", b) }
    ),
    class!("html-long-url", Html, "a very long URL", |b| fill(
        "<a href=\"https://a.example/",
        "x",
        "\">x</a>",
        b
    )),
    class!("html-entities", Html, "entity runs in text", |b| fill(
        "<p>",
        "&amp;&#106;&#x41;&notit;",
        "</p>",
        b
    )),
    class!(
        "html-entity-attribute",
        Html,
        "entity runs in an attribute",
        |b| fill("<a title=\"", "&amp;&#106;&lt;", "\">x</a>", b)
    ),
    class!("html-comments", Html, "many comments", |b| fill(
        "", "<!--x-->", "", b
    )),
    class!("html-unclosed-comment", Html, "one unclosed comment", |b| {
        fill("<!--", "x", "", b)
    }),
    class!("html-short-comments", Html, "`<!-->` and `<!--->`", |b| {
        fill("", "<!--><!--->x", "", b)
    }),
    class!("html-angle-run", Html, "`<` runs", |b| fill("", "<", "", b)),
    class!(
        "html-unclosed-tags",
        Html,
        "`<a` without `>` (one tag)",
        |b| fill("", "<a ", ">", b)
    ),
    class!(
        "html-script",
        Html,
        "a long script in and out of its escaped states",
        |b| fill("<script>", "x<!--<script></script>-->", "</script>", b)
    ),
    class!("html-ids", Html, "the same id many times", |b| fill(
        "",
        "<p id=a>x</p>",
        "",
        b
    )),
    class!("html-local-links", Html, "many in-page links", |b| fill(
        "<h2 id=a>a</h2>",
        "<a href=\"#a\">x</a>",
        "",
        b
    )),
    class!("html-headings", Html, "many headings", |b| fill(
        "",
        "<h2>a</h2>",
        "",
        b
    )),
    class!(
        "html-table-text",
        Html,
        "text foster-parented out of a table",
        |b| { fill("<table>", "x<b>y</b>", "", b) }
    ),
    class!("html-select", Html, "options in a select", |b| fill(
        "<select>",
        "<option>x",
        "",
        b
    )),
    class!(
        "html-svg-paths",
        Html,
        "self-closing elements in SVG",
        |b| fill("<svg>", "<path d=\"x\"/>", "</svg>", b)
    ),
    class!(
        "html-removed-tags",
        Html,
        "elements ammonia removes, their text merged into one node",
        |b| fill("<p>", "<x-y>ab</x-y>", "</p>", b)
    ),
    class!(
        "md-inline-html",
        Markdown,
        "raw inline HTML in every sentence (the sanitized path)",
        |b| fill("", "Some <span>x</span> text.\n", "", b)
    ),
    class!("html-plain-text", Html, "text only (baseline)", |b| fill(
        "<p>",
        "lorem ipsum ",
        "</p>",
        b
    )),
    class!("md-plain-text", Markdown, "text only (baseline)", |b| fill(
        "",
        "lorem ipsum dolor\n",
        "",
        b
    )),
];
