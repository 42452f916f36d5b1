//! RSS 2.0, Atom 1.0, JSON Feed 1.1 and the Google News sitemap of the example articles:
//! read back by feedparser (as `rss20` and `atom10`, nothing repaired) and python's
//! xml.etree (the sitemap, with its namespaces), checked against JSON Feed 1.1's required
//! fields, well-formed XML for quick-xml's reader, hostile text, determinism and snapshots.
#![cfg(feature = "feeds")]

mod common;

use std::path::PathBuf;

use common::{HOSTILE, examples, seed, seed_now};
use newsclip::feed::{FeedFormat, FeedOptions, atom, json_feed, rss};
use newsclip::sitemap::{NewsSitemapOptions, news_sitemap};
use newsclip::{Article, DateTime, PreparedArticle, RenderOptions, Site};
use quick_xml::events::Event;
use serde_json::Value;

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/feed-check");
    std::fs::create_dir_all(&dir).expect("create target/feed-check");
    dir
}

fn feed_options() -> FeedOptions {
    let mut o = FeedOptions::default();
    o.feed_url = Some("https://newsclip.example/feed.xml".parse().unwrap());
    o.description = Some("Articles from Newsclip".into());
    o
}

/// Both example articles in one feed of the seed's site, and each alone on its own site.
fn feeds() -> Vec<(String, Vec<Article>, Site)> {
    let all = examples();
    let mut out = vec![(
        "both".to_string(),
        all.iter().map(|e| e.article.clone()).collect(),
        all[0].site.clone(),
    )];
    for e in all {
        out.push((e.name.to_string(), vec![e.article], e.site));
    }
    out
}

fn prepare<'a>(
    articles: &'a [Article],
    site: &'a Site,
    options: &'a RenderOptions,
) -> Vec<PreparedArticle<'a>> {
    articles
        .iter()
        .map(|a| PreparedArticle::new(a, site, options))
        .collect()
}

/// Every event of `xml` read by quick-xml (end names checked); panics on the first error.
fn assert_well_formed(xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(_) => {}
            Err(e) => panic!(
                "not well-formed at {}: {e}\n{xml}",
                reader.buffer_position()
            ),
        }
    }
    assert_eq!(depth, 0, "unclosed elements");
}

#[test]
fn feedparser_reads_rss_and_atom_of_the_examples() {
    let dir = out_dir();
    let options = RenderOptions::default();
    let mut files = Vec::new();
    let mut expected = Vec::new();
    for (name, articles, site) in feeds() {
        let prepared = prepare(&articles, &site, &options);
        for (format, version) in [(FeedFormat::Rss, "rss20"), (FeedFormat::Atom, "atom10")] {
            let xml = format.render(&prepared, &site, &feed_options());
            assert_well_formed(&xml);
            let path = dir.join(format!("{name}.{}", format.file_name()));
            std::fs::write(&path, &xml).expect("write feed");
            files.push(path);
            expected.push((version, articles.clone()));
        }
    }
    let checks: Vec<_> = files.iter().map(|p| ("feed", p.as_path())).collect();
    let Some(read) = common::feedparser::read(&checks) else {
        return;
    };
    for ((version, articles), (found, path)) in expected.iter().zip(read.iter().zip(&files)) {
        let at = path.display();
        assert_eq!(found["version"], *version, "{at}");
        assert_eq!(found["bozo"], false, "{at}: {}", found["bozo_exception"]);
        assert_eq!(found["title"], "Newsclip", "{at}");
        let entries = found["entries"].as_array().expect("entries");
        assert_eq!(entries.len(), articles.len(), "{at}: one entry per article");
        // Newest first: the full-featured article (May 2026) before the seed (April).
        let mut newest_first: Vec<&Article> = articles.iter().collect();
        newest_first.sort_by_key(|a| std::cmp::Reverse(a.published().unix_seconds()));
        for (entry, article) in entries.iter().zip(newest_first) {
            let url = article.canonical_url().as_str();
            assert_eq!(entry["title"], article.headline(), "{at}");
            assert_eq!(entry["link"], url, "{at}");
            assert_eq!(entry["id"], url, "{at}");
            let (y, m, d) = article.published().ymd();
            let utc = DateTime::from_unix_seconds(article.published().unix_seconds()).unwrap();
            let (uy, um, ud) = utc.ymd();
            let (uh, umi) = utc.hm();
            assert_eq!(
                entry["published_parsed"],
                serde_json::json!([uy, um, ud, uh, umi, 0]),
                "{at}: {y}-{m}-{d}"
            );
            let content = entry["content"].as_str().expect("content");
            assert!(content.starts_with('<'), "{at}: content is HTML");
            assert_eq!(entry["content_type"], "text/html", "{at}");
            assert!(
                !content.contains("href=\"/"),
                "{at}: relative URL in content"
            );
            let mut tags = vec![article.section().name().to_string()];
            tags.extend(article.tags().iter().map(|t| t.name().to_string()));
            assert_eq!(entry["tags"], serde_json::json!(tags), "{at}");
            let authors: Vec<&str> = article.authors().iter().map(|a| a.name()).collect();
            if !authors.is_empty() {
                assert_eq!(entry["authors"], serde_json::json!(authors), "{at}");
            }
        }
    }
    eprintln!("feedparser: {} feeds read, nothing repaired", files.len());
}

/// JSON Feed 1.1's required fields and the types of the optional ones this crate writes.
fn check_json_feed(feed: &Value, entries: usize) {
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert!(feed["title"].is_string(), "title is required");
    let items = feed["items"].as_array().expect("items is required");
    assert_eq!(items.len(), entries);
    for key in ["home_page_url", "feed_url"] {
        if let Some(url) = feed.get(key) {
            assert!(
                url.as_str().is_some_and(|u| u.starts_with("https://")),
                "{key}"
            );
        }
    }
    for author in feed["authors"].as_array().expect("authors") {
        assert!(author["name"].is_string() || author["url"].is_string());
    }
    for item in items {
        assert!(item["id"].is_string(), "id is required");
        assert!(
            item["content_html"].is_string() || item["content_text"].is_string(),
            "content_html or content_text is required"
        );
        assert!(
            item["url"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://"))
        );
        for key in ["date_published", "date_modified"] {
            if let Some(date) = item.get(key) {
                let date = date.as_str().expect("a string");
                // RFC 3339: a full date-time with its offset.
                assert!(
                    date.len() == 25 && &date[10..11] == "T" && date.parse::<DateTime>().is_ok(),
                    "{key}: {date}"
                );
            }
        }
        if let Some(tags) = item.get("tags") {
            assert!(tags.as_array().unwrap().iter().all(Value::is_string));
        }
        for author in item
            .get("authors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            assert!(author["name"].is_string());
        }
        if let Some(image) = item.get("image") {
            assert!(image.as_str().is_some_and(|u| u.starts_with("https://")));
        }
    }
}

#[test]
fn json_feed_has_the_required_fields() {
    let options = RenderOptions::default();
    for (name, articles, site) in feeds() {
        let prepared = prepare(&articles, &site, &options);
        let json = json_feed(&prepared, &site, &feed_options());
        let feed: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_json_feed(&feed, articles.len());
    }
    let site = seed().site;
    let empty = json_feed(&[], &site, &FeedOptions::default());
    check_json_feed(&serde_json::from_str(&empty).unwrap(), 0);
}

#[test]
fn news_sitemap_parses_with_its_namespaces() {
    let now: DateTime = "2026-05-14T00:00:00Z".parse().unwrap();
    let mut options = NewsSitemapOptions::default();
    // The examples are five weeks apart: a window wide enough for both.
    options.max_age = std::time::Duration::from_secs(60 * 24 * 3600);
    let all = examples();
    let site = &all[0].site;
    let xml = news_sitemap(all.iter().map(|e| &e.article), site, &now, &options);
    assert_well_formed(&xml);
    let path = out_dir().join("news-sitemap.xml");
    std::fs::write(&path, &xml).unwrap();
    // Google's two-day window keeps only the full-featured article (May 12).
    let recent = news_sitemap(
        all.iter().map(|e| &e.article),
        site,
        &now,
        &NewsSitemapOptions::default(),
    );
    let recent_path = out_dir().join("news-sitemap-recent.xml");
    std::fs::write(&recent_path, &recent).unwrap();
    let Some(read) = common::feedparser::read(&[("sitemap", &path), ("sitemap", &recent_path)])
    else {
        return;
    };
    assert_eq!(
        read[0]["root"],
        "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    );
    let urls = read[0]["urls"].as_array().unwrap();
    assert_eq!(urls.len(), all.len(), "one url per article");
    assert_eq!(
        urls[0],
        serde_json::json!({
            "loc": all[1].article.canonical_url().as_str(),
            "name": "Newsclip",
            "language": "en",
            "publication_date": "2026-05-12T08:30:00+02:00",
            "title": all[1].article.headline(),
        })
    );
    assert_eq!(urls[1]["loc"], all[0].article.canonical_url().as_str());
    assert_eq!(urls[1]["publication_date"], "2026-04-04");
    let recent = read[1]["urls"].as_array().unwrap();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0]["loc"], all[1].article.canonical_url().as_str());
}

#[test]
fn the_sitemap_window_is_the_callers() {
    let e = seed();
    let list = |now: &str, days: u64| {
        let mut options = NewsSitemapOptions::default();
        options.max_age = std::time::Duration::from_secs(days * 24 * 3600);
        let now: DateTime = now.parse().unwrap();
        news_sitemap([&e.article], &e.site, &now, &options)
            .matches("<url>")
            .count()
    };
    assert_eq!(list("2026-04-04T00:00:00Z", 2), 1, "published at now");
    assert_eq!(list("2026-04-06T00:00:00Z", 2), 1, "exactly two days");
    assert_eq!(list("2026-04-06T00:00:01Z", 2), 0, "older than two days");
    assert_eq!(list("2026-04-03T23:59:59Z", 2), 0, "not published yet");
    assert_eq!(list("2026-05-01T00:00:00Z", 30), 1, "a wider window");
    let mut options = NewsSitemapOptions::default();
    options.max_urls = 0;
    let xml = news_sitemap([&e.article], &e.site, &seed_now(), &options);
    assert!(!xml.contains("<url>"));
    assert_well_formed(&xml);
}

fn hostile_article() -> (Article, Site) {
    let site = Site::new(format!("News {HOSTILE}"), "https://n.example/").unwrap();
    let article = Article::builder(
        format!("Headline {HOSTILE} ]]> \u{1}\u{8}\u{B}\u{C}\u{1F}"),
        "https://n.example/a?x=1&y=<2>",
        "2026-04-04",
    )
    .section(format!("Sec {HOSTILE}"))
    .description(format!("Dek {HOSTILE} \u{FFFE}"))
    .tags([format!("#t{HOSTILE}")])
    .author(format!("Ann {HOSTILE}"))
    .body(format!(
        "Body {HOSTILE} ]]> \u{C} <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">j</a> \
         <iframe src=/x></iframe> [rel](/rel) \u{1}"
    ))
    .build()
    .unwrap();
    (article, site)
}

#[test]
fn hostile_text_stays_text() {
    let (article, site) = hostile_article();
    let options = RenderOptions::default();
    let prepared = [PreparedArticle::new(&article, &site, &options)];
    let dir = out_dir();
    let mut files = Vec::new();
    for format in [FeedFormat::Rss, FeedFormat::Atom] {
        let xml = format.render(&prepared, &site, &FeedOptions::default());
        assert_well_formed(&xml);
        for bad in [
            "<script",
            "<!--",
            "]]>",
            "onerror=",
            "javascript:",
            "<iframe",
            "\u{1}",
            "\u{C}",
        ] {
            assert!(!xml.contains(bad), "{format:?} holds {bad:?}");
        }
        let path = dir.join(format!("hostile.{}", format.file_name()));
        std::fs::write(&path, &xml).unwrap();
        files.push(path);
    }
    let json = json_feed(&prepared, &site, &FeedOptions::default());
    let feed: Value = serde_json::from_str(&json).unwrap();
    check_json_feed(&feed, 1);
    let content = feed["items"][0]["content_html"].as_str().unwrap();
    for bad in ["<script", "onerror", "javascript:", "<iframe"] {
        assert!(
            !content.contains(bad),
            "content_html holds {bad:?}: {content}"
        );
    }
    assert!(
        content.contains("href=\"https://n.example/rel\""),
        "{content}"
    );
    let now: DateTime = "2026-04-05T00:00:00Z".parse().unwrap();
    let sitemap = news_sitemap([&article], &site, &now, &NewsSitemapOptions::default());
    assert_well_formed(&sitemap);
    let path = dir.join("hostile-sitemap.xml");
    std::fs::write(&path, &sitemap).unwrap();

    let mut checks: Vec<_> = files.iter().map(|p| ("feed", p.as_path())).collect();
    checks.push(("sitemap", &path));
    let Some(read) = common::feedparser::read(&checks) else {
        return;
    };
    // The description's text, less the character XML cannot hold.
    let text = article.description().unwrap().replace('\u{FFFE}', "");
    let text = text.trim();
    for (found, summary) in read[..2].iter().zip([
        // RSS's description is HTML: the reader hands on HTML that shows the text.
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;"),
        // Atom's summary is typed text: the text itself.
        text.to_string(),
    ]) {
        assert_eq!(found["bozo"], false, "{}", found["bozo_exception"]);
        let entry = &found["entries"][0];
        assert_eq!(entry["title"], article.headline());
        assert_eq!(entry["link"], article.canonical_url().as_str());
        assert_eq!(entry["summary"], summary);
    }
    assert_eq!(read[2]["urls"][0]["title"], article.headline());
}

#[test]
fn same_input_same_bytes() {
    let options = RenderOptions::default();
    for (_, articles, site) in feeds() {
        for format in FeedFormat::ALL {
            let a = format.render(&prepare(&articles, &site, &options), &site, &feed_options());
            let b = format.render(&prepare(&articles, &site, &options), &site, &feed_options());
            assert_eq!(a, b);
        }
    }
}

#[test]
fn max_entries_keeps_the_newest() {
    let options = RenderOptions::default();
    let all = examples();
    let articles: Vec<Article> = all.iter().map(|e| e.article.clone()).collect();
    let prepared = prepare(&articles, &all[0].site, &options);
    let mut feed = FeedOptions::default();
    feed.max_entries = Some(1);
    let json: Value = serde_json::from_str(&json_feed(&prepared, &all[0].site, &feed)).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], all[1].article.canonical_url().as_str());
}

#[test]
fn empty_feeds_are_valid() {
    let site = seed().site;
    for format in [FeedFormat::Rss, FeedFormat::Atom] {
        let xml = format.render(&[], &site, &FeedOptions::default());
        assert_well_formed(&xml);
    }
    assert!(
        atom(&[], &site, &FeedOptions::default())
            .contains("<updated>1970-01-01T00:00:00+00:00</updated>")
    );
    assert!(!rss(&[], &site, &FeedOptions::default()).contains("lastBuildDate"));
}

#[test]
fn seed_feeds_snapshot() {
    let e = seed();
    let options = RenderOptions::default();
    let prepared = [e.prepared(&options)];
    insta::assert_snapshot!("seed_rss", rss(&prepared, &e.site, &feed_options()));
    insta::assert_snapshot!("seed_atom", atom(&prepared, &e.site, &feed_options()));
    insta::assert_snapshot!(
        "seed_json_feed",
        json_feed(&prepared, &e.site, &feed_options())
    );
    insta::assert_snapshot!(
        "seed_news_sitemap",
        news_sitemap(
            [&e.article],
            &e.site,
            &seed_now(),
            &NewsSitemapOptions::default()
        )
    );
}
