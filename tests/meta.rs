//! Head meta: seed snapshot, card type, one article:tag per tag, authors, escaping.

mod common;

use common::*;
use maud::Render;
use newsclip::options::MetaOptions;
use newsclip::render::meta::HeadMeta;
use newsclip::{
    Article, AuthorInput, AuthorKind, ImageInput, PreparedArticle, RenderOptions, Site,
};

fn head(article: &Article, site: &Site, meta: &MetaOptions) -> (HeadMeta, String) {
    let mut options = RenderOptions::default();
    options.meta = meta.clone();
    let prepared = PreparedArticle::new(article, site, &options);
    let head = HeadMeta::new(&prepared);
    let html = head.render().into_string();
    (head, html)
}

/// (name or property, content) of every `<meta>`, in order.
fn metas(html: &str) -> Vec<(String, String)> {
    let doc = scraper::Html::parse_fragment(html);
    let sel = scraper::Selector::parse("meta").unwrap();
    doc.select(&sel)
        .map(|m| {
            let key = m
                .value()
                .attr("property")
                .or_else(|| m.value().attr("name"))
                .unwrap_or("")
                .to_string();
            (key, m.value().attr("content").unwrap_or("").to_string())
        })
        .collect()
}

fn values(html: &str, key: &str) -> Vec<String> {
    metas(html)
        .into_iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v)
        .collect()
}

fn simple(builder: newsclip::ArticleBuilder) -> Article {
    builder
        .section("Business")
        .body("Some words here.")
        .build()
        .unwrap()
}

#[test]
fn seed_head_snapshot() {
    let (_, html) = head(&seed_article(), &seed_site(), &MetaOptions::default());
    insta::assert_snapshot!("seed_head", html.replace("><", ">\n<"));
}

#[test]
fn full_head_snapshot() {
    let (article, site) = full();
    let (_, html) = head(&article, &site, &MetaOptions::default());
    insta::assert_snapshot!("full_head", html.replace("><", ">\n<"));
}

#[test]
fn card_type_follows_the_image() {
    let without = simple(Article::builder("H", "https://n.example/a", "2026-04-04"));
    let (h, html) = head(&without, &seed_site(), &MetaOptions::default());
    assert_eq!(h.twitter_card(), "summary");
    assert_eq!(values(&html, "twitter:card"), ["summary"]);
    assert!(values(&html, "og:image").is_empty());
    assert!(values(&html, "twitter:image").is_empty());

    let with = simple(
        Article::builder("H", "https://n.example/a", "2026-04-04").image(ImageInput {
            url: "/img/hero.jpg".into(),
            alt: "A hero".into(),
            width: Some(1200),
            height: Some(630),
            ..ImageInput::default()
        }),
    );
    let (h, html) = head(&with, &seed_site(), &MetaOptions::default());
    assert_eq!(h.twitter_card(), "summary_large_image");
    assert_eq!(values(&html, "twitter:card"), ["summary_large_image"]);
    assert_eq!(
        values(&html, "og:image"),
        ["https://newsclip.example/img/hero.jpg"]
    );
    assert_eq!(values(&html, "og:image:alt"), ["A hero"]);
    assert_eq!(values(&html, "og:image:width"), ["1200"]);
    assert_eq!(values(&html, "og:image:height"), ["630"]);
    assert_eq!(values(&html, "twitter:image:alt"), ["A hero"]);
}

#[test]
fn body_image_is_the_fallback_og_image() {
    let article = Article::builder("H", "https://n.example/a", "2026-04-04")
        .section("Business")
        .body("Words.\n\n![A crane](/img/crane.jpg)\n")
        .build()
        .unwrap();
    let (h, html) = head(&article, &seed_site(), &MetaOptions::default());
    assert_eq!(h.twitter_card(), "summary_large_image");
    assert_eq!(
        values(&html, "og:image"),
        ["https://newsclip.example/img/crane.jpg"]
    );
    assert_eq!(values(&html, "og:image:alt"), ["A crane"]);
    assert!(values(&html, "og:image:width").is_empty());
}

/// Alt text from the body reaches `og:image:alt`, `twitter:image:alt` and the JSON-LD only
/// through the text cleaner: no bidi overrides or controls, and none at all when nothing
/// visible is left.
#[test]
fn body_image_alt_text_is_cleaned() {
    let graph_image_description = |article: &Article| {
        let out = newsclip::render_parts(article, &seed_site(), &Default::default());
        let doc: serde_json::Value = serde_json::from_str(&out.json_ld).unwrap();
        doc["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["@type"] == "ImageObject")
            .map(|n| n["description"].clone())
            .unwrap()
    };
    for (body, alt) in [
        (
            "![\u{202E}gnp.exe\u{202C}  A\u{7}  crane](/c.jpg)",
            Some("gnp.exe A crane"),
        ),
        (
            "<p><img src=\"/c.jpg\" alt=\"\u{2066}A&#x202e; crane\u{7}\"></p>",
            Some("A crane"),
        ),
        ("![\u{200B}\u{3164}](/c.jpg)", None),
        ("![](/c.jpg)", None),
    ] {
        let format = if body.starts_with('<') {
            "html"
        } else {
            "markdown"
        };
        let article = Article::from_json(
            &serde_json::json!({
                "headline": "H", "section": {"name": "Business"},
                "canonical_url": "https://n.example/a", "published": "2026-04-04",
                "body": format!("Words.\n\n{body}\n"), "body_format": format,
            })
            .to_string(),
        )
        .unwrap();
        let (h, html) = head(&article, &seed_site(), &MetaOptions::default());
        assert_eq!(
            h.image_url(),
            Some("https://newsclip.example/c.jpg"),
            "{body}"
        );
        let expected: Vec<&str> = alt.into_iter().collect();
        assert_eq!(values(&html, "og:image:alt"), expected, "{body}");
        assert_eq!(values(&html, "twitter:image:alt"), expected, "{body}");
        let description = graph_image_description(&article);
        assert_eq!(description.as_str(), alt, "{body}");
    }
}

/// A description taken from the body passes the cleaner too: nothing visible, none at all.
#[test]
fn invisible_excerpt_is_no_description() {
    let article =
        simple(Article::builder("H", "https://n.example/a", "2026-04-04").description("\u{200B}"));
    assert_eq!(article.description(), None);
    let (h, _) = head(&article, &seed_site(), &MetaOptions::default());
    assert_eq!(h.description(), Some("Some words here."));
    let article = Article::builder("H", "https://n.example/a", "2026-04-04")
        .section("Business")
        .body("## Heading\n\n\u{2800}\u{200B}\n")
        .build()
        .unwrap();
    let (h, html) = head(&article, &seed_site(), &MetaOptions::default());
    assert_eq!(h.description(), None);
    assert!(values(&html, "description").is_empty());
}

#[test]
fn one_article_tag_per_tag() {
    let (_, html) = head(&seed_article(), &seed_site(), &MetaOptions::default());
    let tags: Vec<String> = seed_article()
        .tags()
        .iter()
        .map(|t| t.name().to_string())
        .collect();
    assert_eq!(tags.len(), 5);
    assert_eq!(values(&html, "article:tag"), tags);
    let none = simple(Article::builder("H", "https://n.example/a", "2026-04-04"));
    let (_, html) = head(&none, &seed_site(), &MetaOptions::default());
    assert!(values(&html, "article:tag").is_empty());
}

#[test]
fn authors_are_urls_when_known_else_names() {
    let article = simple(
        Article::builder("H", "https://n.example/a", "2026-04-04T09:30:00+02:00")
            .author("Jane Doe")
            .author_with(AuthorInput {
                name: "John Roe".into(),
                kind: AuthorKind::Person,
                url: Some("/authors/john".into()),
                ..AuthorInput::default()
            })
            .modified("2026-04-05T10:00:00+02:00"),
    );
    let (_, html) = head(&article, &seed_site(), &MetaOptions::default());
    assert_eq!(
        values(&html, "article:author"),
        ["Jane Doe", "https://newsclip.example/authors/john"]
    );
    assert_eq!(
        values(&html, "article:published_time"),
        ["2026-04-04T09:30:00+02:00"]
    );
    assert_eq!(
        values(&html, "article:modified_time"),
        ["2026-04-05T10:00:00+02:00"]
    );
}

#[test]
fn site_twitter_locale_and_options() {
    let (article, site) = full();
    let (_, html) = head(&article, &site, &MetaOptions::default());
    assert_eq!(values(&html, "twitter:site"), ["@newsclip"]);
    assert_eq!(values(&html, "og:locale"), ["en_GB"]);
    let mut options = MetaOptions::default();
    options.twitter = false;
    options.canonical = false;
    options.site_name_in_title = false;
    let (h, html) = head(&article, &site, &options);
    assert!(html.starts_with("<title>"));
    options.title = false;
    let (_, untitled) = head(&article, &site, &options);
    assert!(!untitled.contains("<title"));
    assert!(metas(&html).iter().all(|(k, _)| !k.starts_with("twitter:")));
    assert!(!html.contains("rel=\"canonical\""));
    assert_eq!(h.title(), article.headline());
    // Without a handle there is no twitter:site.
    let (_, html) = head(&seed_article(), &seed_site(), &MetaOptions::default());
    assert!(values(&html, "twitter:site").is_empty());
}

#[test]
fn every_value_is_escaped() {
    let article = Article::builder(
        format!("head {HOSTILE}"),
        "https://n.example/a?x=\"<y>\"",
        "2026-04-04",
    )
    .description(format!("desc {HOSTILE}"))
    .section(format!("sec {HOSTILE}"))
    .tag(format!("tag {HOSTILE}"))
    .author(format!("Jane {HOSTILE}"))
    .image(ImageInput {
        url: "/i.jpg?a=\"b\"&c=<d>".into(),
        alt: format!("alt {HOSTILE}"),
        ..ImageInput::default()
    })
    .body("Text.")
    .build()
    .unwrap();
    let site = seed_site();
    let (h, html) = head(&article, &site, &MetaOptions::default());
    // A real parser sees only our elements: title, meta and link, nothing from the input.
    let doc = scraper::Html::parse_fragment(&html);
    let all = scraper::Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        assert!(
            ["html", "title", "meta", "link"].contains(&el.value().name()),
            "unexpected element {}",
            el.value().name()
        );
    }
    let title_sel = scraper::Selector::parse("title").unwrap();
    let title: String = doc.select(&title_sel).next().unwrap().text().collect();
    assert_eq!(title, h.title());
    // Values parse back to the original strings.
    assert_eq!(values(&html, "og:title"), [article.headline()]);
    assert_eq!(
        values(&html, "description"),
        [article.description().unwrap()]
    );
    assert_eq!(values(&html, "article:section"), [article.section().name()]);
    assert_eq!(values(&html, "article:tag"), [article.tags()[0].name()]);
    assert_eq!(
        values(&html, "article:author"),
        [article.authors()[0].name()]
    );
    assert_eq!(
        values(&html, "og:image:alt"),
        [article.image().unwrap().alt()]
    );
    assert_eq!(values(&html, "og:url"), [article.canonical_url().as_str()]);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<!--"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

    /// Any headline and description come back unchanged from the parsed attributes, and the
    /// head holds only our elements.
    #[test]
    fn any_text_round_trips_through_attributes(
        headline in "\\PC{1,80}|[<>&\"'=/ !-]{1,30}",
        description in "\\PC{1,120}",
    ) {
        let built = Article::builder(headline, "https://n.example/a", "2026-04-04")
            .description(description)
            .section("Business")
            .body("Text.")
            .build();
        if let Ok(article) = built {
            let (_, html) = head(&article, &seed_site(), &MetaOptions::default());
            proptest::prop_assert_eq!(values(&html, "og:title"), [article.headline()]);
            if let Some(d) = article.description() {
                proptest::prop_assert_eq!(values(&html, "twitter:description"), [d]);
            }
            let doc = scraper::Html::parse_fragment(&html);
            let all = scraper::Selector::parse("*").unwrap();
            for el in doc.select(&all) {
                proptest::prop_assert!(["html", "title", "meta", "link"].contains(&el.value().name()));
            }
        }
    }
}
