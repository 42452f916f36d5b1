//! HTML renderers: snapshots of the example articles, locales, plurals, empty parts,
//! determinism and structural rules (ids, headings, alt text, labelled regions).

mod common;

use common::{Example, examples, full_featured, pretty, seed, seed_site};
use newsclip::options::{AnswerStyle, HtmlOptions, Locale, Part, TagLinks};
use newsclip::render::html::{ArticleView, Faq, Header, QuickAnswers, render_article};
use newsclip::{Article, PreparedArticle, RenderOptions};
use scraper::{Html, Selector};

#[test]
fn seed_fragment_snapshot() {
    let opts = RenderOptions::default();
    insta::assert_snapshot!("seed_fragment", pretty(&seed().fragment(&opts)));
}

#[test]
fn seed_page_snapshot() {
    let opts = RenderOptions::default();
    insta::assert_snapshot!("seed_page", pretty(&seed().page_without_css(&opts)));
}

#[test]
fn full_featured_fragment_snapshot() {
    let opts = RenderOptions::default();
    insta::assert_snapshot!(
        dated("full_featured_fragment"),
        pretty(&full_featured().fragment(&opts))
    );
}

#[test]
fn full_featured_page_snapshot() {
    let opts = RenderOptions::default();
    insta::assert_snapshot!(
        dated("full_featured_page"),
        pretty(&full_featured().page_without_css(&opts))
    );
}

/// The snapshot of a page whose dates depend on the `locale-formats` feature: the full-featured
/// article is `en-GB`, which CLDR writes "12 May 2026"; without the feature it gets the English
/// pattern, "May 12, 2026", in a `_patterns` snapshot that differs only there.
fn dated(name: &str) -> String {
    if cfg!(feature = "locale-formats") {
        name.to_string()
    } else {
        format!("{name}_patterns")
    }
}

#[test]
fn seed_in_german() {
    let opts = RenderOptions::for_locale(Locale::German);
    let html = seed().fragment(&opts);
    for expected in [
        r#"<time datetime="2026-04-04">4. April 2026</time>"#,
        "Veröffentlicht am",
        "4 Aufrufe",
        "0 Kommentare",
        "Das Wichtigste",
        "Hintergrund",
        "Kurz beantwortet",
        "Häufig gestellte Fragen",
        ">Quelle</h2>",
        r#"aria-label="Schlagwörter""#,
        "Kommentare <span",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
    for english in [
        "Published",
        "views",
        "Key Facts",
        "Frequently",
        "Source reference",
    ] {
        assert!(!html.contains(english), "English left: {english:?}");
    }
    insta::assert_snapshot!("seed_fragment_de", pretty(&html));
}

/// The default options follow the article's language; `for_language` gives the same labels.
#[test]
fn german_locale_from_article_language() {
    let site = seed_site();
    let article = Article::builder("Schlagzeile", "https://newsclip.example/a", "2026-12-24")
        .section("Wirtschaft")
        .body("Text.")
        .language("de-DE")
        .views(1234)
        .comments(1)
        .build()
        .unwrap();
    let opts = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &opts);
    let html = render_article(&prepared).into_string();
    let mut fixed = RenderOptions::default();
    fixed.html = HtmlOptions::for_language(article.language().unwrap()).unwrap();
    let prepared = PreparedArticle::new(&article, &site, &fixed);
    assert_eq!(render_article(&prepared).into_string(), html);
    assert!(html.contains(r#"lang="de-DE" dir="ltr""#));
    assert!(html.contains(r#"<time datetime="2026-12-24">24. Dezember 2026</time>"#));
    assert!(html.contains("1.234 Aufrufe"));
    assert!(html.contains("1 Kommentar<"));
}

fn counts_html(views: Option<u64>, comments: Option<u64>) -> String {
    let site = seed_site();
    let mut b = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .body("Text.");
    if let Some(v) = views {
        b = b.views(v);
    }
    if let Some(c) = comments {
        b = b.comments(c);
    }
    let article = b.build().unwrap();
    let options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &options);
    let html = maud::html! { (Header::new(&prepared)) }.into_string();
    let doc = Html::parse_fragment(&html);
    let sel = Selector::parse(".nc-counts").unwrap();
    doc.select(&sel)
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default()
}

#[test]
fn singular_and_plural_counts() {
    assert_eq!(counts_html(Some(4), Some(0)), "4 views · 0 comments");
    assert_eq!(counts_html(Some(1), Some(1)), "1 view · 1 comment");
    assert_eq!(counts_html(Some(0), Some(2)), "0 views · 2 comments");
    assert_eq!(counts_html(Some(1_000_000), None), "1,000,000 views");
    assert_eq!(counts_html(None, Some(0)), "0 comments");
    assert_eq!(counts_html(None, None), "");
}

#[test]
fn minimal_article_renders_only_what_it_has() {
    let site = seed_site();
    let article = Article::builder(
        "Only a headline",
        "https://newsclip.example/a",
        "2026-04-04",
    )
    .section("Business")
    .body("One paragraph.")
    .build()
    .unwrap();
    let opts = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &opts);
    let html = render_article(&prepared).into_string();
    insta::assert_snapshot!("minimal_fragment", pretty(&html));
    for absent in [
        "<section",
        "<nav",
        "<h2",
        "<figure",
        "nc-counts",
        "nc-byline",
        "nc-dek",
    ] {
        assert!(
            !html.contains(absent),
            "{absent} rendered for an empty part"
        );
    }
    // With the title card off and the body empty-ish, still no empty boxes.
    let mut no_card = RenderOptions::default();
    no_card.html.title_card = false;
    let html = render_article(&PreparedArticle::new(&article, &site, &no_card)).into_string();
    assert!(!html.contains("nc-hero"));
    // Each component alone renders nothing for this article.
    let faq = maud::html! { (Faq::new(&prepared)) (QuickAnswers::new(&prepared)) };
    assert_eq!(faq.into_string(), "");
}

#[test]
fn rendering_is_deterministic() {
    for ex in examples() {
        let opts = RenderOptions::default();
        let a = ex.page(&opts);
        let b = ex.page(&opts);
        assert_eq!(a, b);
        // A separately validated copy renders the same bytes.
        let again: Article =
            Article::from_json(&serde_json::to_string(&ex.article).unwrap()).unwrap();
        let copy = Example {
            name: ex.name,
            site: ex.site.clone(),
            article: again,
        };
        assert_eq!(copy.page(&opts), a, "{}", ex.name);
    }
}

#[test]
fn parts_follow_the_configured_order_and_can_be_omitted() {
    let ex = seed();
    let mut opts = RenderOptions::default();
    opts.html.parts = vec![Part::Faq, Part::Header, Part::Faq];
    let html = ex.fragment(&opts);
    let faq = html.find("nc-faq").unwrap();
    let header = html.find("nc-header").unwrap();
    assert!(faq < header);
    assert_eq!(html.matches(r#"class="nc-faq""#).count(), 1);
    assert!(!html.contains("nc-key-facts"));
    assert!(!html.contains("nc-body"));
    // Without the header, the article is not labelled by a headline that is not there.
    opts.html.parts = vec![Part::Body];
    let html = ex.fragment(&opts);
    assert!(!html.contains("aria-labelledby=\"nc_headline\""));
}

#[test]
fn tag_links_pattern_function_and_none() {
    let ex = seed();
    let mut opts = RenderOptions::default();
    assert!(
        ex.fragment(&opts)
            .contains(r#"href="https://newsclip.example/tags/databreach""#)
    );
    opts.html.tag_links = TagLinks::Pattern("https://other.example/t?q={name}".into());
    assert!(
        ex.fragment(&opts)
            .contains(r#"href="https://other.example/t?q=Databreach""#)
    );
    opts.html.tag_links = TagLinks::Function(std::sync::Arc::new(|t: &newsclip::Tag| {
        format!("/topic/{}/", t.slug())
    }));
    assert!(
        ex.fragment(&opts)
            .contains(r#"href="https://newsclip.example/topic/meta/""#)
    );
    opts.html.tag_links = TagLinks::Function(std::sync::Arc::new(|_: &newsclip::Tag| {
        "javascript:alert(1)".to_string()
    }));
    let html = ex.fragment(&opts);
    assert!(!html.contains("javascript:"));
    assert!(html.contains(r#"<span class="nc-tag" dir="auto">#Meta</span>"#));
    opts.html.tag_links = TagLinks::None;
    assert!(!ex.fragment(&opts).contains("rel=\"tag\""));
}

#[test]
fn source_link_policy() {
    let ex = seed();
    let mut opts = RenderOptions::default();
    opts.links.rel = "nofollow noopener".into();
    opts.links.new_tab = true;
    let html = ex.fragment(&opts);
    assert!(html.contains(
        r#"rel="nofollow noopener" target="_blank"><bdi>https://www.wired.com/story/meta-pauses-work-with-mercor-after-data-breach-puts-ai-industry-secrets-at-risk/</bdi></a>"#
    ));
    opts.links.rel = String::new();
    opts.links.new_tab = false;
    let html = ex.fragment(&opts);
    assert!(html.contains(r#"<li><a href="https://www.wired.com/story/"#));
}

#[test]
fn components_compose_in_user_templates() {
    let ex = full_featured();
    let opts = RenderOptions::default();
    let prepared = ex.prepared(&opts);
    let html = maud::html! {
        div.layout { (ArticleView::new(&prepared)) }
    }
    .into_string();
    assert_eq!(
        html,
        format!("<div class=\"layout\">{}</div>", ex.fragment(&opts))
    );
}

// ---------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Checks the structural rules on a document; `check_body_levels` includes the body's
/// headings in the no-skip rule.
fn check_structure(html: &str, opts: &RenderOptions, what: &str, check_body_levels: bool) {
    let doc = Html::parse_document(html);
    // Ids unique.
    let mut ids: Vec<&str> = doc
        .select(&sel("[id]"))
        .filter_map(|e| e.attr("id"))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "{what}: duplicate ids");
    // Every aria-labelledby and in-page link points at an existing id.
    for e in doc.select(&sel("[aria-labelledby]")) {
        let target = e.attr("aria-labelledby").unwrap();
        assert!(
            ids.binary_search(&target).is_ok(),
            "{what}: dangling {target}"
        );
    }
    for e in doc.select(&sel("a[href^='#']")) {
        let target = &e.attr("href").unwrap()[1..];
        assert!(
            ids.binary_search(&target).is_ok(),
            "{what}: dangling link #{target}"
        );
    }
    // Every image has alt.
    for img in doc.select(&sel("img")) {
        assert!(img.attr("alt").is_some(), "{what}: img without alt");
    }
    // Every section and nav is labelled.
    for e in doc.select(&sel("section, nav")) {
        assert!(
            e.attr("aria-labelledby").is_some() || e.attr("aria-label").is_some(),
            "{what}: unlabelled region"
        );
    }
    // Every time has a datetime.
    for t in doc.select(&sel("time")) {
        assert!(
            t.attr("datetime").is_some(),
            "{what}: time without datetime"
        );
    }
    // Headings: at most one h1, the first at the configured level, never skipping.
    let all = sel("h1, h2, h3, h4, h5, h6");
    let body_headings: Vec<_> = doc
        .select(&sel(".nc-body :is(h1, h2, h3, h4, h5, h6)"))
        .collect();
    let levels: Vec<u8> = doc
        .select(&all)
        .filter(|h| check_body_levels || !body_headings.contains(h))
        .map(|h| h.value().name().as_bytes()[1] - b'0')
        .collect();
    assert!(
        levels.iter().filter(|l| **l == 1).count() <= 1,
        "{what}: several h1"
    );
    assert_eq!(
        levels.first().copied(),
        Some(opts.heading_level),
        "{what}: first heading"
    );
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "{what}: heading skips {} -> {}",
            pair[0],
            pair[1]
        );
    }
    // Body headings are never above the box level.
    for h in body_headings {
        let level = h.value().name().as_bytes()[1] - b'0';
        assert!(level > opts.heading_level, "{what}: body heading h{level}");
    }
}

fn option_variants() -> Vec<(&'static str, RenderOptions)> {
    let mut h2 = RenderOptions::default();
    h2.heading_level = 2;
    let mut all = RenderOptions::for_locale(Locale::German);
    all.html.parts = Part::ALL.to_vec();
    all.html.faq_style = AnswerStyle::Static;
    all.html.quick_answer_style = AnswerStyle::Static;
    all.html.reading_time = true;
    let mut all_h2 = all.clone();
    all_h2.heading_level = 2;
    vec![
        ("default", RenderOptions::default()),
        ("h2", h2),
        ("all-static", all),
        ("all-static-h2", all_h2),
    ]
}

#[test]
fn examples_follow_structure_rules() {
    for ex in examples() {
        for (variant, opts) in option_variants() {
            let what = format!("{} / {variant}", ex.name);
            check_structure(&ex.page(&opts), &opts, &what, false);
            check_structure(&ex.fragment(&opts), &opts, &what, false);
        }
    }
}

#[test]
fn headings_never_skip_with_a_conforming_body() {
    let site = seed_site();
    let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .body("# One\n\nText.\n\n## One a\n\nText.\n\n# Two\n\nText.")
        .key_fact("A", "B")
        .faq("Q?", "A.")
        .comments(3)
        .build()
        .unwrap();
    for (variant, opts) in option_variants() {
        let prepared = PreparedArticle::new(&article, &site, &opts);
        let html = render_article(&prepared).into_string();
        check_structure(&html, &opts, variant, true);
        if opts.html.parts.contains(&Part::Toc) {
            assert!(
                html.contains(r##"<a href="#one-a">One a</a>"##),
                "{variant}: toc"
            );
        }
    }
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let site = seed_site();
    let evil = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    let article = Article::builder(evil, "https://newsclip.example/a", "2026-04-04")
        .section(evil)
        .description(evil)
        .author(evil)
        .tag(evil)
        .body(evil)
        .key_fact(evil, evil)
        .background(evil)
        .quick_answer(evil, evil)
        .faq(evil, evil)
        .views(1)
        .comments(1)
        .build()
        .unwrap();
    let mut opts = RenderOptions::default();
    opts.html.parts = Part::ALL.to_vec();
    for style in [AnswerStyle::Details, AnswerStyle::Static] {
        opts.html.faq_style = style;
        opts.html.quick_answer_style = style;
        let prepared = PreparedArticle::new(&article, &site, &opts);
        let html = newsclip::render::html::render_page(&prepared).into_string();
        let doc = Html::parse_document(&html);
        assert_eq!(doc.select(&sel("script")).count(), 0);
        assert_eq!(doc.select(&sel("[onerror]")).count(), 0);
        // Only the body's sanitizer may keep an image (without its handler); no field
        // outside the body becomes one.
        assert_eq!(
            doc.select(&sel("img")).count(),
            doc.select(&sel(".nc-body img")).count()
        );
        for e in doc.select(&sel("*")) {
            assert!(e.value().attrs().all(|(name, _)| !name.starts_with("on")));
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-zA-Z0-9 <>&\"'#/:;=()\\-äß数\u{202e}]{1,40}").unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Whatever the text, the page keeps its structure, the headline is the h1's exact
        /// text, and nothing from the input becomes markup.
        #[test]
        fn any_text_keeps_structure(
            headline in text(), section in text(), tag in text(), label in text(),
            value in text(), question in text(), answer in text(), views in 0u64..3,
        ) {
            let site = seed_site();
            let built = Article::builder(headline, "https://newsclip.example/a", "2026-04-04")
                .section(section)
                .tag(tag)
                .body("Text.")
                .key_fact(label, value)
                .background(answer.clone())
                .faq(question.clone(), answer.clone())
                .quick_answer(question, answer)
                .views(views)
                .comments(views)
                .build();
            prop_assume!(built.is_ok());
            let article = built.unwrap();
            for (variant, opts) in option_variants() {
                let prepared = PreparedArticle::new(&article, &site, &opts);
                let html = newsclip::render::html::render_page(&prepared).into_string();
                check_structure(&html, &opts, variant, true);
                let doc = Html::parse_document(&html);
                prop_assert_eq!(doc.select(&sel("script, img, iframe, form")).count(), 0);
                let headline = doc.select(&sel(".nc-headline")).next().unwrap();
                prop_assert_eq!(headline.text().collect::<String>(), article.headline());
                for e in doc.select(&sel("*")) {
                    prop_assert!(e.value().attrs().all(|(name, _)| !name.starts_with("on")));
                }
            }
        }
    }
}

/// Issue 16 on the page: the corrections notice where the parts put it, each correction
/// with its `<time>` and its inline Markdown; the dateline before the body's first
/// paragraph; the paywalled part wrapped only for a paywalled article; the byline linking
/// to the author's profile.
#[test]
fn newsroom_parts() {
    let site = seed_site();
    let build = |paywalled: bool, body: &str| {
        let mut b = Article::builder("H", "https://newsclip.example/a", "2026-04-04T09:00:00Z")
            .section("Business")
            .modified("2026-04-06T09:00:00Z")
            .correction(
                "2026-04-05T09:00:00Z",
                "The *port* is [Rotterdam](/rotterdam).",
            )
            .correction("2026-04-06T09:00:00Z", "Second <b>fix</b>.")
            .dateline("ROTTERDAM")
            .author_with(newsclip::AuthorInput {
                name: "Eva".into(),
                url: Some("/authors/eva".into()),
                ..Default::default()
            })
            .body(body);
        if paywalled {
            b = b.paywalled();
        }
        b.build().unwrap()
    };
    let article = build(true, "## Lead\n\nFree.\n\n[paywall]\n\nPaid.");
    let mut opts = RenderOptions::default();
    let html = |article: &Article, opts: &RenderOptions| {
        render_article(&PreparedArticle::new(article, &site, opts)).into_string()
    };
    let page = html(&article, &opts);
    assert!(page.contains(
        "<div class=\"nc-body\"><h2 id=\"lead\">Lead</h2>\n<p><span class=\"nc-lead-dateline\"><bdi>ROTTERDAM</bdi> — </span>Free.</p>\n<div class=\"nc-paywalled\"><p>Paid.</p>\n</div></div>"
    ));
    assert!(page.contains(
        "<h2 class=\"nc-section-title\" id=\"nc_corrections-title\">Corrections</h2><ul>\
         <li class=\"nc-correction\"><time datetime=\"2026-04-05T09:00:00+00:00\">April 5, 2026</time>: \
         The <em>port</em> is <a href=\"/rotterdam\">Rotterdam</a>.</li>\
         <li class=\"nc-correction\"><time datetime=\"2026-04-06T09:00:00+00:00\">April 6, 2026</time>: \
         Second &lt;b&gt;fix&lt;/b&gt;.</li></ul>"
    ));
    assert!(page.contains(
        "<a class=\"nc-author\" href=\"https://newsclip.example/authors/eva\" rel=\"author\">"
    ));
    // After the body by default; at the top when the parts say so.
    let body_at = page.find("nc-body").unwrap();
    assert!(page.find("nc-corrections").unwrap() > body_at);
    opts.html.parts.retain(|p| *p != Part::Corrections);
    opts.html.parts.insert(1, Part::Corrections);
    let top = html(&article, &opts);
    assert!(top.contains("</header><section class=\"nc-corrections\""));
    // Not paywalled: the marker is left out and nothing is wrapped.
    let free = html(
        &build(false, "Free.\n\n[paywall]\n\nPaid."),
        &RenderOptions::default(),
    );
    assert!(free.contains("Free.</p>\n<p>Paid.</p>"));
    assert!(!free.contains("nc-paywalled") && !free.contains("[paywall]"));
    // A body without a paragraph still shows the dateline, in a paragraph of its own.
    let list = html(&build(false, "- one\n- two"), &RenderOptions::default());
    assert!(list.contains(
        "<div class=\"nc-body\"><p><span class=\"nc-lead-dateline\"><bdi>ROTTERDAM</bdi> — </span></p>\n<ul>"
    ));
}
