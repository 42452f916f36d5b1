//! Every label and every class can be replaced; the class table is exactly what renders.

use std::collections::BTreeSet;

use maud::Render;

use crate::model::article::Article;
use crate::model::input::{AuthorInput, ImageInput, RelatedInput, SourceInput};
use crate::model::site::Site;
use crate::options::{
    AnswerStyle, Classes, FormatPatterns, Formats, Labels, Part, Plural, RenderOptions,
};
use crate::prepared::PreparedArticle;
use crate::render::html::render_page;

/// A site with everything the page can show (a sign-in URL for the comments).
fn site() -> Site {
    Site::from_json(
        r#"{"name": "Newsclip", "base_url": "https://newsclip.example/", "sign_in_url": "/sign-in"}"#,
    )
    .unwrap()
}

/// An article with every part; `n` picks singular (1) or plural (2) counts.
fn rich(n: u64, with_image: bool) -> Article {
    let words = if n == 1 { 10 } else { 600 };
    let body = format!(
        "# First\n\n{}\n\n[paywall]\n\n## Deeper\n\nText.",
        "word ".repeat(words)
    );
    let mut b = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
        .section("Business")
        .section_url("/business")
        .description("The dek.")
        .modified("2026-04-05")
        .author_with(AuthorInput {
            name: "Ada".into(),
            url: Some("/authors/ada".into()),
            ..Default::default()
        })
        .author("Bob")
        .author("Cy")
        .dateline("ROTTERDAM")
        .paywalled()
        .tag("#Meta")
        .views(n)
        .comments(n)
        .body(body)
        .key_fact("Incident", "A breach.")
        .background("Context.")
        .quick_answer("Who?", "Meta.")
        .faq("Why?", "Because.")
        .related(RelatedInput {
            headline: "Other".into(),
            url: "/b".into(),
            published: Some("2026-03-01".into()),
            image: Some(ImageInput {
                url: "/b.jpg".into(),
                alt: "B".into(),
                ..Default::default()
            }),
        });
    for i in 0..n {
        b = b.source_with(SourceInput {
            url: format!("https://wired.example/{i}"),
            title: Some(format!("Story {i}")),
            publisher: Some("WIRED".into()),
        });
    }
    for i in 0..n {
        b = b.correction("2026-04-05", format!("Fix *{i}*."));
    }
    if with_image {
        b = b.image(ImageInput {
            url: "/hero.jpg".into(),
            alt: "Hero".into(),
            width: Some(1600),
            height: Some(900),
            caption: Some("Caption.".into()),
            credit: Some("Photo: AP".into()),
        });
    }
    b.build().unwrap()
}

fn all_parts(mut opts: RenderOptions) -> RenderOptions {
    opts.html.parts = Part::ALL.to_vec();
    opts.html.reading_time = true;
    opts
}

fn page(article: &Article, opts: &RenderOptions) -> String {
    let site = site();
    let prepared = PreparedArticle::new(article, &site, opts);
    render_page(&prepared).into_string()
}

fn marker_labels() -> Labels {
    let plural = |name: &str| {
        Plural::new(
            format!("L-{name}-one {{n}}"),
            format!("L-{name}-other {{n}}"),
        )
    };
    // A struct literal, so a new label field fails to compile here until it is covered.
    Labels {
        language: "en".parse().unwrap(),
        published: "L-published".into(),
        updated: "L-updated".into(),
        by: "L-by".into(),
        author_separator: "L-comma".into(),
        last_author_separator: "L-and".into(),
        dateline: "L-dateline {dateline}".into(),
        views: plural("vw"),
        comment_count: plural("cc"),
        reading_time: plural("rt"),
        tags: "L-tags".into(),
        contents: "L-contents".into(),
        key_facts: "L-key-facts".into(),
        background: "L-background".into(),
        quick_answers: "L-quick-answers".into(),
        faq: "L-faq".into(),
        sources: Plural::new("L-sources-one", "L-sources-other"),
        corrections: Plural::new("L-corrections-one", "L-corrections-other"),
        correction: "L-correction {date} {text}".into(),
        comments: "L-cm".into(),
        sign_in_prompt: "L-sign-in-prompt".into(),
        sign_in: "L-sign-in".into(),
        loading_comments: "L-loading".into(),
        more_from: "L-more-from {section}".into(),
        page_title: "L-title {headline} {site}".into(),
    }
}

fn marker_formats() -> Formats {
    Formats::Patterns(FormatPatterns {
        date: "L-date {day}/{month}/{year}".into(),
        months: std::array::from_fn(|i| format!("L-month-{}", i + 1)),
        thousands_separator: "L-sep".into(),
        min_grouping_digits: 1,
    })
}

#[test]
fn every_label_is_overridable() {
    let mut opts = all_parts(RenderOptions::default());
    opts.html.labels = Some(marker_labels());
    opts.html.formats = marker_formats();
    let one = page(&rich(1, true), &opts);
    let two = page(&rich(2, true), &opts);
    let both = format!("{one}\n{two}");
    for expected in [
        "L-published",
        "L-updated",
        "L-by",
        "L-comma",
        "L-and",
        "L-vw-one 1",
        "L-vw-other 2",
        "L-cc-one 1",
        "L-cc-other 2",
        "L-rt-one 1",
        "L-rt-other 3",
        "aria-label=\"L-tags\"",
        "L-contents",
        "L-key-facts",
        "L-background",
        "L-quick-answers",
        "L-faq",
        "L-sources-one",
        "L-sources-other",
        "L-corrections-one",
        "L-corrections-other",
        "L-correction <time datetime=\"2026-04-05\">L-date 5/L-month-4/2026</time> Fix <em>0</em>.",
        "L-dateline <bdi>ROTTERDAM</bdi>",
        "L-cm <span",
        "L-sign-in-prompt",
        "L-sign-in<",
        "L-loading",
        "L-more-from <bdi>Business</bdi>",
        "<title>L-title Headline Newsclip</title>",
        "L-date 4/L-month-4/2026",
        "L-date 5/L-month-4/2026",
        "L-date 1/L-month-3/2026",
    ] {
        assert!(both.contains(expected), "missing {expected:?}");
    }
    // The thousands separator.
    let mut big = rich(1, true);
    big.views = Some(1_234_567);
    assert!(page(&big, &opts).contains("L-vw-other 1L-sep234L-sep567"));
    // No English default is left.
    let en = Labels::english();
    for default in [
        &en.published,
        &en.updated,
        &en.contents,
        &en.key_facts,
        &en.background,
        &en.quick_answers,
        &en.faq,
        &en.comments,
        &en.sign_in_prompt,
        &en.sign_in,
        &en.loading_comments,
        en.sources.one.as_ref().unwrap(),
        &en.sources.other,
        en.corrections.one.as_ref().unwrap(),
        &en.corrections.other,
    ] {
        assert!(!both.contains(default.as_str()), "default {default:?} left");
    }
    let text = format!("{}\n{}", visible_text(&one), visible_text(&two));
    for word in [
        "view",
        "comment",
        "min read",
        "April",
        "More from",
        "By ",
        " and ",
        "Tags",
        " — ",
    ] {
        assert!(!text.contains(word), "default {word:?} left in {text}");
    }
}

/// The text a reader sees (and the title), without the stylesheet.
fn visible_text(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let body = scraper::Selector::parse("title, body").unwrap();
    let mut out = String::new();
    for e in doc.select(&body) {
        out.extend(e.text());
        out.push('\n');
    }
    out
}

fn classes_in(html: &str) -> BTreeSet<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("[class]").unwrap();
    doc.select(&sel)
        .flat_map(|e| e.value().classes().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

fn every_variant(opts: &RenderOptions) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for style in [AnswerStyle::Details, AnswerStyle::Static] {
        let mut o = opts.clone();
        o.html.faq_style = style;
        o.html.quick_answer_style = style;
        for article in [rich(1, true), rich(2, false)] {
            seen.extend(classes_in(&page(&article, &o)));
        }
    }
    seen
}

#[test]
fn the_class_table_is_exactly_what_renders() {
    let opts = all_parts(RenderOptions::default());
    let rendered = every_variant(&opts);
    let table: BTreeSet<String> = Classes::default()
        .iter()
        .map(|(_, c)| c.to_string())
        .collect();
    assert_eq!(rendered, table);
}

#[test]
fn every_class_is_overridable() {
    // By prefix.
    let mut opts = all_parts(RenderOptions::default());
    opts.classes = Classes::with_prefix("zz-");
    for class in every_variant(&opts) {
        assert!(class.starts_with("zz-"), "{class}");
    }
    // One by one: a struct literal, so a new class field fails to compile until covered.
    let c = |part: &str| format!("my-{part}");
    opts.classes = Classes {
        article: c("article"),
        header: c("header"),
        section_label: c("section-label"),
        headline: c("headline"),
        dek: c("dek"),
        byline: c("byline"),
        author: c("author"),
        dateline: c("dateline"),
        updated: c("updated"),
        label: c("label"),
        sep: c("sep"),
        counts: c("counts"),
        count: c("count"),
        reading_time: c("reading-time"),
        tags: c("tags"),
        tag: c("tag"),
        hero: c("hero"),
        hero_card: c("hero-card"),
        caption: c("caption"),
        credit: c("credit"),
        toc: c("toc"),
        body: c("body"),
        lead_dateline: c("lead-dateline"),
        paywalled: c("paywalled"),
        corrections: c("corrections"),
        correction: c("correction"),
        section_title: c("section-title"),
        key_facts: c("key-facts"),
        background: c("background"),
        quick_answers: c("quick-answers"),
        faq: c("faq"),
        qa: c("qa"),
        question: c("question"),
        answer: c("answer"),
        sources: c("sources"),
        publisher: c("publisher"),
        related: c("related"),
        related_headline: c("related-headline"),
        related_date: c("related-date"),
        comments: c("comments"),
        comments_count: c("comments-count"),
        comments_slot: c("comments-slot"),
        sign_in: c("sign-in"),
        comments_loading: c("comments-loading"),
        page: c("page"),
        site_header: c("site-header"),
        site_name: c("site-name"),
        main: c("main"),
    };
    let expected: BTreeSet<String> = Classes::PARTS.iter().map(|p| c(p)).collect();
    assert_eq!(every_variant(&opts), expected);
}

#[test]
fn components_render_like_their_parts() {
    let article = rich(2, true);
    let site = site();
    let opts = all_parts(RenderOptions::default());
    let p = PreparedArticle::new(&article, &site, &opts);
    use crate::render::html::*;
    let html = |component: &dyn Render| component.render().into_string();
    let pairs: Vec<(Part, String)> = vec![
        (Part::Header, html(&Header::new(&p))),
        (Part::Tags, html(&Tags::new(&p))),
        (Part::Hero, html(&Hero::new(&p))),
        (Part::Toc, html(&TableOfContents::new(&p))),
        (Part::Body, html(&ArticleBody::new(&p))),
        (Part::Corrections, html(&Corrections::new(&p))),
        (Part::KeyFacts, html(&KeyFacts::new(&p))),
        (Part::Background, html(&Background::new(&p))),
        (Part::QuickAnswers, html(&QuickAnswers::new(&p))),
        (Part::Faq, html(&Faq::new(&p))),
        (Part::Sources, html(&Sources::new(&p))),
        (Part::Comments, html(&Comments::new(&p))),
        (Part::Related, html(&Related::new(&p))),
    ];
    assert_eq!(pairs.iter().map(|(p, _)| *p).collect::<Vec<_>>(), Part::ALL);
    let mut whole = String::new();
    for (part, html) in &pairs {
        assert!(!html.is_empty(), "{part:?}");
        let mut written = String::new();
        super::article::part_to(*part, &p, &mut written);
        assert_eq!(*html, written);
        whole.push_str(html);
    }
    let article_html = render_article(&p).into_string();
    assert!(article_html.ends_with(&format!("{whole}</article>")));
}
