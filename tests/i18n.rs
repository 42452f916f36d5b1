//! Every language: the seed in each built-in locale (snapshots), right-to-left pages, CLDR
//! plural forms for built-in and a site's own labels, dates and counts, isolation of the text
//! the page inserts around user text, and the stylesheet for any classes.

mod common;

use common::{Example, pretty, seed, seed_ar, seed_site};
use newsclip::options::{Classes, Direction, HtmlOptions, Labels, Locale, Plural};
use newsclip::render::html::{Header, STYLESHEET, render_article, render_page, stylesheet};
use newsclip::{Article, AuthorInput, PreparedArticle, RelatedInput, RenderOptions, SourceInput};
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The seed with its language set to `language` (its words stay English).
fn seed_in_language(language: &str) -> Example {
    let ex = seed();
    let mut input = ex.article.to_input();
    input.language = Some(language.into());
    Example {
        article: Article::try_from(input).unwrap(),
        ..ex
    }
}

/// Checks that `html` holds every expected text and none of the English labels.
fn says(html: &str, expected: &[&str]) {
    for e in expected {
        assert!(html.contains(e), "missing {e:?}");
    }
    for english in [
        "Published",
        " views",
        "comments<",
        "Key Facts",
        "Background<",
        "Quick Answers",
        "Frequently",
        "Source reference",
        "Sign in",
        "Sign In",
        "Loading",
    ] {
        assert!(!html.contains(english), "English left: {english:?}");
    }
}

/// The seed (English content) with a built-in locale's labels: it says `expected` and no
/// English label, and matches its snapshot.
fn seed_in(locale: Locale, snapshot: &str, expected: &[&str]) -> String {
    let html = seed().fragment(&RenderOptions::for_locale(locale));
    says(&html, expected);
    insta::assert_snapshot!(snapshot, pretty(&html));
    html
}

#[test]
fn seed_in_french() {
    seed_in(
        Locale::French,
        "seed_fragment_fr",
        &[
            r#"<span class="nc-label">Publié le</span> <time datetime="2026-04-04">4 avril 2026</time>"#,
            r#"<span class="nc-count" dir="auto">4 vues</span>"#,
            r#"<span class="nc-count" dir="auto">0 commentaire</span>"#,
            r#"aria-label="Mots-clés""#,
            ">L’essentiel</h2>",
            ">Contexte</h2>",
            ">Réponses en bref</h2>",
            ">Foire aux questions</h2>",
            ">Source</h2>",
            r#"Commentaires <span class="nc-comments-count">0</span>"#,
            r#"Connectez-vous pour laisser un commentaire <a href="https://newsclip.example/sign-in">Se connecter</a>"#,
            ">Chargement des commentaires…</p>",
        ],
    );
}

#[test]
fn seed_in_spanish() {
    seed_in(
        Locale::Spanish,
        "seed_fragment_es",
        &[
            r#"<span class="nc-label">Publicado el</span> <time datetime="2026-04-04">4 de abril de 2026</time>"#,
            r#"<span class="nc-count" dir="auto">4 visitas</span>"#,
            r#"<span class="nc-count" dir="auto">0 comentarios</span>"#,
            r#"aria-label="Etiquetas""#,
            ">Las claves</h2>",
            ">Contexto</h2>",
            ">Respuestas rápidas</h2>",
            ">Preguntas frecuentes</h2>",
            ">Fuente</h2>",
            r#"Comentarios <span class="nc-comments-count">0</span>"#,
            r#"Inicia sesión para dejar un comentario <a href="https://newsclip.example/sign-in">Iniciar sesión</a>"#,
            ">Cargando comentarios…</p>",
        ],
    );
}

/// Arabic labels around the English seed: the article stays `lang="en" dir="ltr"` (its
/// content is English) and the Arabic counts are isolated within it.
#[test]
fn seed_in_arabic_labels() {
    let html = seed_in(
        Locale::Arabic,
        "seed_fragment_ar",
        &[
            r#"<span class="nc-label">نُشر في</span> <time datetime="2026-04-04">4 أبريل 2026</time>"#,
            r#"<span class="nc-count" dir="auto">4 مشاهدات</span>"#,
            r#"<span class="nc-count" dir="auto">0 تعليق</span>"#,
            r#"aria-label="الوسوم""#,
            ">أهم الحقائق</h2>",
            ">خلفية</h2>",
            ">إجابات سريعة</h2>",
            ">الأسئلة الشائعة</h2>",
            ">المصدر</h2>",
            r#"التعليقات <span class="nc-comments-count">0</span>"#,
            r#"سجّل الدخول لإضافة تعليق <a href="https://newsclip.example/sign-in">تسجيل الدخول</a>"#,
            ">جارٍ تحميل التعليقات…</p>",
        ],
    );
    assert!(html.starts_with(r#"<article class="nc-article" lang="en" dir="ltr""#));
}

/// The Arabic seed page: `dir="rtl"` on `<html>` and on the `<article>`, Arabic labels chosen
/// from the article's language, the body's own `dir` and `<bdi>` kept.
#[test]
fn arabic_seed_page_runs_right_to_left() {
    let ex = seed_ar();
    let opts = RenderOptions::default();
    let page = ex.page(&opts);
    let doc = Html::parse_document(&page);
    let dir_of = |selector: &str| {
        doc.select(&sel(selector))
            .map(|e| e.attr("dir").unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(dir_of("html"), ["rtl"]);
    assert_eq!(dir_of("article"), ["rtl"]);
    assert!(page.starts_with(r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head>"#));
    // The fragment carries it on the article.
    let fragment = ex.fragment(&opts);
    assert!(fragment.starts_with(r#"<article class="nc-article" lang="ar" dir="rtl""#));
    // The body's own direction marks survive the sanitizer.
    assert!(fragment.contains(r#"أداة <span dir="ltr">LiteLLM</span> التي"#));
    assert_eq!(fragment.matches("<bdi>TeamPCP</bdi>").count(), 2);
    // Labels from the article's language, in CLDR's categories: 4 is `few`, 0 is `zero`.
    for expected in [
        r#"<span class="nc-count" dir="auto">4 مشاهدات</span>"#,
        r#"<span class="nc-count" dir="auto">0 تعليق</span>"#,
        r#"<time datetime="2026-04-04">4 أبريل 2026</time>"#,
        ">المصدر</h2>",
        // An English source title keeps its publisher after it.
        r#"<bdi>Meta Pauses Work With Mercor After Data Breach Puts AI Industry Secrets at Risk</bdi></a> <span class="nc-publisher"><bdi>WIRED</bdi></span>"#,
    ] {
        assert!(page.contains(expected), "missing {expected:?}");
    }
    insta::assert_snapshot!("seed_page_ar", pretty(&ex.page_without_css(&opts)));

    // The direction is an option too.
    let mut ltr = RenderOptions::default();
    ltr.html.direction = Some(Direction::Ltr);
    assert!(
        ex.page(&ltr)
            .starts_with(r#"<!DOCTYPE html><html lang="ar" dir="ltr">"#)
    );
    assert!(ex.fragment(&ltr).contains(r#"lang="ar" dir="ltr""#));
}

#[test]
fn direction_follows_language_and_script() {
    let site = seed_site();
    for (language, dir) in [
        ("en", "ltr"),
        ("he", "rtl"),
        ("fa-IR", "rtl"),
        ("ur", "rtl"),
        ("ps", "rtl"),
        ("yi", "rtl"),
        ("dv", "rtl"),
        ("ckb", "rtl"),
        ("az-Arab", "rtl"),
        ("pa-Arab-PK", "rtl"),
        ("sd-Deva", "ltr"),
        ("ku-Latn", "ltr"),
        ("ar-Latn", "ltr"),
        ("ar-u-nu-latn", "rtl"),
        ("zh-Hant-TW", "ltr"),
    ] {
        let article = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
            .section("S")
            .body("Text.")
            .language(language)
            .build()
            .unwrap();
        let opts = RenderOptions::default();
        let prepared = PreparedArticle::new(&article, &site, &opts);
        let page = render_page(&prepared).into_string();
        let expected = format!(r#"dir="{dir}""#);
        assert_eq!(page.matches(&expected).count(), 2, "{language}");
    }
}

/// `dir` (`ltr`, `rtl`, `auto`) survives on any body element, `<bdi>` and `<bdo>` too; other
/// values are dropped, as is `auto` on `<bdo>` (which needs a fixed direction).
#[test]
fn body_direction_marks_survive() {
    let site = seed_site();
    let html = r#"<p dir="RTL">نص <span dir="ltr">Latin</span> <bdi>TeamPCP</bdi> <bdo dir="rtl">abc</bdo></p><p dir="auto">x <span dir="sideways">y</span> <bdo dir="auto">z</bdo> <q dir=" ltr ">q</q></p>"#;
    // Each block on its own line, as the body writer spells it.
    let expected = "<p dir=\"rtl\">نص <span dir=\"ltr\">Latin</span> <bdi>TeamPCP</bdi> <bdo dir=\"rtl\">abc</bdo></p>\n<p dir=\"auto\">x <span>y</span> <bdo>z</bdo> <q dir=\"ltr\">q</q></p>";
    let html_body = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
        .section("S")
        .html_body(html)
        .build()
        .unwrap();
    let markdown_body = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
        .section("S")
        .body(html)
        .build()
        .unwrap();
    let opts = RenderOptions::default();
    for article in [&html_body, &markdown_body] {
        let prepared = PreparedArticle::new(article, &site, &opts);
        let body = prepared.body().html().as_str();
        assert!(body.contains(expected), "{body}");
    }
}

/// The French seed page (the article in French, default options): CLDR makes 0 singular.
#[test]
fn french_seed_page_says_0_commentaire_and_4_vues() {
    let ex = seed_in_language("fr");
    let page = ex.page(&RenderOptions::default());
    let doc = Html::parse_document(&page);
    let counts: Vec<String> = doc
        .select(&sel(".nc-count"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(counts, ["4 vues", "0 commentaire"]);
    assert!(page.contains(r#"<html lang="fr" dir="ltr">"#));
}

fn polish_labels() -> Labels {
    Labels {
        language: "pl".parse().unwrap(),
        published: "Opublikowano".into(),
        updated: "Zaktualizowano".into(),
        by: "Autor:".into(),
        author_separator: ", ".into(),
        last_author_separator: " i ".into(),
        dateline: "{dateline} – ".into(),
        views: Plural::new("{n} wyświetlenie", "{n} wyświetlenia")
            .with_few("{n} wyświetlenia")
            .with_many("{n} wyświetleń"),
        comment_count: Plural::new("{n} komentarz", "{n} komentarza")
            .with_few("{n} komentarze")
            .with_many("{n} komentarzy"),
        reading_time: Plural::same("{n} min czytania"),
        tags: "Tagi".into(),
        contents: "Spis treści".into(),
        key_facts: "Najważniejsze fakty".into(),
        background: "Kontekst".into(),
        quick_answers: "Krótkie odpowiedzi".into(),
        faq: "Najczęściej zadawane pytania".into(),
        sources: Plural::new("Źródło", "Źródła"),
        corrections: Plural::new("Sprostowanie", "Sprostowania").with_few("Sprostowania"),
        correction: "{date}: {text}".into(),
        comments: "Komentarze".into(),
        sign_in_prompt: "Zaloguj się, aby dodać komentarz".into(),
        sign_in: "Zaloguj się".into(),
        loading_comments: "Ładowanie komentarzy…".into(),
        more_from: "Więcej z działu {section}".into(),
        page_title: "{headline} | {site}".into(),
    }
}

/// The counts line of an article with `n` views and comments.
fn counts(language: &str, n: u64, opts: &RenderOptions) -> String {
    let site = seed_site();
    let article = Article::builder("H", "https://newsclip.example/a", "2026-04-04")
        .section("S")
        .body("Text.")
        .language(language)
        .views(n)
        .comments(n)
        .build()
        .unwrap();
    let prepared = PreparedArticle::new(&article, &site, opts);
    let html = maud::html! { (Header::new(&prepared)) }.into_string();
    let doc = Html::parse_fragment(&html);
    doc.select(&sel(".nc-count"))
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A site's own Polish labels: CLDR's `few` for 2 and 22, `many` for 5 and 25.
#[test]
fn polish_labels_pick_few_and_many_as_cldr_says() {
    let mut opts = RenderOptions::default();
    opts.html.labels = Some(polish_labels());
    for (n, expected) in [
        (1, "1 wyświetlenie · 1 komentarz"),
        (2, "2 wyświetlenia · 2 komentarze"),
        (5, "5 wyświetleń · 5 komentarzy"),
        (22, "22 wyświetlenia · 22 komentarze"),
        (25, "25 wyświetleń · 25 komentarzy"),
        (112, "112 wyświetleń · 112 komentarzy"),
    ] {
        assert_eq!(counts("pl", n, &opts), expected);
    }
    // The same labels read from JSON pick the same forms.
    let json = serde_json::to_string(&polish_labels()).unwrap();
    opts.html.labels = Some(Labels::from_json(&json).unwrap());
    assert_eq!(counts("pl", 22, &opts), "22 wyświetlenia · 22 komentarze");
}

#[test]
fn arabic_counts_take_all_six_categories() {
    let opts = RenderOptions::default();
    for (n, expected) in [
        (0, "0 مشاهدة · 0 تعليق"),
        (1, "مشاهدة واحدة · تعليق واحد"),
        (2, "مشاهدتان · تعليقان"),
        (3, "3 مشاهدات · 3 تعليقات"),
        (11, "11 مشاهدة · 11 تعليقًا"),
        (100, "100 مشاهدة · 100 تعليق"),
        (1234, "1,234 مشاهدة · 1,234 تعليقًا"),
        (1200, "1,200 مشاهدة · 1,200 تعليق"),
    ] {
        assert_eq!(counts("ar", n, &opts), expected);
    }
}

#[test]
fn french_and_spanish_counts() {
    let opts = RenderOptions::default();
    assert_eq!(counts("fr", 1, &opts), "1 vue · 1 commentaire");
    assert_eq!(counts("fr", 2, &opts), "2 vues · 2 commentaires");
    assert_eq!(
        counts("fr", 1_000_000, &opts),
        "1\u{202f}000\u{202f}000 de vues · 1\u{202f}000\u{202f}000 de commentaires"
    );
    assert_eq!(counts("es", 0, &opts), "0 visitas · 0 comentarios");
    assert_eq!(counts("es", 1, &opts), "1 visita · 1 comentario");
    assert_eq!(counts("es", 1234, &opts), "1234 visitas · 1234 comentarios");
    assert_eq!(
        counts("es", 2_000_000, &opts),
        "2.000.000 de visitas · 2.000.000 de comentarios"
    );
}

/// A language without built-in labels gets English words by default, and `for_language` says
/// so instead of falling back.
#[test]
fn other_languages_fall_back_to_english_by_default_only() {
    let opts = RenderOptions::default();
    assert_eq!(counts("pl", 5, &opts), "5 views · 5 comments");
    let pl = "pl".parse().unwrap();
    let err = HtmlOptions::for_language(&pl).unwrap_err();
    assert_eq!(err.language(), &pl);
    assert_eq!(Locale::from_language(&pl), None);
}

/// Each locale's date, the same with and without the `locale-formats` feature.
#[test]
fn dates_in_each_locale() {
    for (language, expected) in [
        ("en", "April 4, 2026"),
        ("de", "4. April 2026"),
        ("fr", "4 avril 2026"),
        ("es", "4 de abril de 2026"),
        ("ar", "4 أبريل 2026"),
    ] {
        let page = seed_in_language(language).page(&RenderOptions::default());
        let time = format!(r#"<time datetime="2026-04-04">{expected}</time>"#);
        assert!(page.contains(&time), "{language}: {time}");
    }
}

/// With the feature, any language CLDR knows gets its own date and digits; the `datetime`
/// stays ISO 8601.
#[cfg(feature = "locale-formats")]
#[test]
fn cldr_dates_and_digits_for_other_languages() {
    let mut opts = RenderOptions::default();
    opts.html.labels = Some(polish_labels());
    let page = seed_in_language("pl").page(&opts);
    assert!(page.contains(r#"<time datetime="2026-04-04">4 kwietnia 2026</time>"#));
    let page = seed_in_language("ar-EG").page(&RenderOptions::default());
    assert!(page.contains(r#"<time datetime="2026-04-04">٤ أبريل ٢٠٢٦</time>"#));
    assert!(page.contains(">٤ مشاهدات<"));
    let page = seed_in_language("en-GB").page(&RenderOptions::default());
    assert!(page.contains(r#"<time datetime="2026-04-04">4 April 2026</time>"#));
}

/// Names, tags, counts, titles, publishers, the dateline and the section in a heading are isolated, so
/// Latin text cannot reorder the Arabic words around it (and the reverse).
#[test]
fn inserted_text_around_user_text_is_isolated() {
    let site = seed_site();
    let article = Article::builder("عنوان", "https://newsclip.example/a", "2026-04-04")
        .section("اقتصاد")
        .body("نص.")
        .language("ar")
        .dateline("BRUSSELS")
        .author_with(AuthorInput {
            name: "Ada Lovelace".into(),
            url: Some("/authors/ada".into()),
            ..Default::default()
        })
        .author("Bob")
        .author("سارة")
        .tag("#Meta")
        .related(RelatedInput {
            headline: "Other".into(),
            url: "/b".into(),
            ..Default::default()
        })
        .source_with(SourceInput {
            url: "https://wired.example/x".into(),
            title: Some("A story".into()),
            publisher: Some("WIRED".into()),
        })
        .build()
        .unwrap();
    let opts = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &opts);
    let html = render_article(&prepared).into_string();
    for expected in [
        r#"<p class="nc-byline">بقلم <a class="nc-author" href="https://newsclip.example/authors/ada" rel="author"><bdi>Ada Lovelace</bdi></a>، <span class="nc-author" dir="auto">Bob</span> و<span class="nc-author" dir="auto">سارة</span></p>"#,
        "<p><span class=\"nc-lead-dateline\"><bdi>BRUSSELS</bdi> – </span>نص.</p>",
        r#"<a class="nc-tag" href="https://newsclip.example/tags/meta" rel="tag"><bdi>#Meta</bdi></a>"#,
        ">المزيد من <bdi>اقتصاد</bdi></h2>",
        r#"<bdi>A story</bdi></a> <span class="nc-publisher"><bdi>WIRED</bdi></span>"#,
    ] {
        assert!(html.contains(expected), "missing {expected:?} in {html}");
    }
}

/// The page inlines the stylesheet written for its own classes.
#[test]
fn the_page_stylesheet_follows_the_classes() {
    let ex = seed();
    let mut opts = RenderOptions::default();
    opts.classes = Classes::with_prefix("news-");
    let page = ex.page(&opts);
    let css = stylesheet(&opts.classes);
    assert!(page.contains(&format!("<style>{css}</style>")));
    assert!(!page.contains(".nc-"));
    assert!(page.contains(r#"<h1 class="news-headline""#));
    assert!(css.contains(".news-headline{"));
    // The default classes get the constant.
    assert!(
        ex.page(&RenderOptions::default())
            .contains(&format!("<style>{STYLESHEET}</style>"))
    );
}
