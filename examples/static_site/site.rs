//! Building the site: load every file in parallel, render every page in parallel, then the
//! indexes, the feeds and the news sitemap from what rendered.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use newsclip::feed::{FeedFormat, FeedOptions};
use newsclip::maud::{DOCTYPE, Markup, html};
use newsclip::sanitize::slugify;
use newsclip::sitemap::{NewsSitemapOptions, news_sitemap};
use newsclip::{
    Article, DateTime, PreparedArticle, RenderOptions, Site, ValidateOptions, render_document_to,
};
use rayon::prelude::*;

use super::cli;

/// How many of the newest articles the feeds carry.
const FEED_ENTRIES: usize = 50;

/// What was built.
#[derive(Debug, Default)]
pub struct Built {
    pub pages: usize,
    pub sections: usize,
    /// Files that did not become a page, each with its problems.
    pub refused: Vec<(PathBuf, Vec<String>)>,
}

/// The article files of `dir` (not its subfolders), in name order.
pub fn article_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("json" | "md" | "markdown")
                )
        })
        .collect();
    files.sort();
    Ok(files)
}

/// An article that will be a page.
struct Page {
    file: PathBuf,
    article: Article,
    site: Option<Site>,
    section_slug: String,
}

/// Builds the site of `files` into `out`; `tick(done)` is called once per file.
pub fn build(
    files: &[PathBuf],
    out: &Path,
    now: &DateTime,
    tick: &(dyn Fn(usize) + Sync),
) -> io::Result<Built> {
    std::fs::create_dir_all(out)?;
    let done = AtomicUsize::new(0);
    let tick_one = || tick(done.fetch_add(1, Ordering::Relaxed) + 1);

    // Read and validate every file, in parallel.
    let loaded: Vec<Result<Page, (PathBuf, Vec<String>)>> = files
        .par_iter()
        .map(|file| {
            let page = load(file).map_err(|problems| (file.clone(), problems));
            if page.is_err() {
                tick_one();
            }
            page
        })
        .collect();
    let mut built = Built::default();
    let mut pages = Vec::with_capacity(loaded.len());
    // Two files for one page: the later (in name order) is refused.
    let mut taken: BTreeMap<PathBuf, PathBuf> = BTreeMap::new();
    for result in loaded {
        match result {
            Ok(page) => {
                let path = super::page_path(out, &page.section_slug, page.article.slug());
                if let Some(first) = taken.get(&path) {
                    built.refused.push((
                        page.file.clone(),
                        vec![format!(
                            "same section and slug as {}: both would be {}",
                            first.display(),
                            path.display()
                        )],
                    ));
                    tick_one();
                } else {
                    taken.insert(path, page.file.clone());
                    pages.push(page);
                }
            }
            Err(refused) => built.refused.push(refused),
        }
    }
    let default_site = match pages.iter().find_map(|p| p.site.clone()) {
        Some(site) => site,
        None => cli::default_site()
            .validate(&ValidateOptions::default())
            .map_err(|e| io::Error::other(e.to_string()))?,
    };

    // Every page, in parallel.
    let sections: BTreeMap<&str, Vec<&Page>> = pages.iter().fold(BTreeMap::new(), |mut m, p| {
        m.entry(p.section_slug.as_str()).or_default().push(p);
        m
    });
    for slug in sections.keys() {
        std::fs::create_dir_all(out.join(slug))?;
    }
    let options = RenderOptions::default();
    pages
        .par_iter()
        .try_for_each_init(String::new, |buffer, page| {
            buffer.clear();
            let site = page.site.as_ref().unwrap_or(&default_site);
            render_document_to(&page.article, site, &options, buffer);
            buffer.push('\n');
            std::fs::write(
                super::page_path(out, &page.section_slug, page.article.slug()),
                buffer.as_bytes(),
            )?;
            tick_one();
            Ok::<(), io::Error>(())
        })?;
    built.pages = pages.len();
    built.sections = sections.len();

    // Indexes, feeds and the news sitemap.
    for (slug, list) in &sections {
        let name = list.first().map_or("", |p| p.article.section().name());
        std::fs::write(
            out.join(slug).join("index.html"),
            section_index(&default_site, name, list).into_string(),
        )?;
    }
    std::fs::write(
        out.join("index.html"),
        site_index(&default_site, &sections).into_string(),
    )?;
    let mut newest: Vec<&Page> = pages.iter().collect();
    newest.sort_by_key(|p| std::cmp::Reverse(p.article.published().unix_seconds()));
    let prepared: Vec<PreparedArticle<'_>> = newest
        .iter()
        .take(FEED_ENTRIES)
        .map(|p| PreparedArticle::new(&p.article, &default_site, &options))
        .collect();
    for format in FeedFormat::ALL {
        let mut feed = FeedOptions::default();
        feed.feed_url = default_site.base_url().join(format.file_name());
        std::fs::write(
            out.join(format.file_name()),
            format.render(&prepared, &default_site, &feed),
        )?;
    }
    std::fs::write(
        out.join("news-sitemap.xml"),
        news_sitemap(
            newest.iter().map(|p| &p.article),
            &default_site,
            now,
            &NewsSitemapOptions::default(),
        ),
    )?;
    built.refused.sort();
    Ok(built)
}

/// One file as a page, or its problems as lines.
fn load(file: &Path) -> Result<Page, Vec<String>> {
    let name = file
        .to_str()
        .ok_or_else(|| vec!["the file name is not UTF-8".to_string()])?;
    let text = cli::read_input(Some(name), &mut io::empty(), false).map_err(|e| vec![e])?;
    let (article, site) = cli::load_document(name, &text)?;
    let section_slug = match slugify(article.section().name()) {
        slug if slug.is_empty() => "section".to_string(),
        slug => slug,
    };
    Ok(Page {
        file: file.to_path_buf(),
        article,
        site,
        section_slug,
    })
}

fn layout(site: &Site, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(site.language().as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (site.name()) }
                link rel="alternate" type="application/atom+xml" href="/atom.xml";
            }
            body { main { h1 { (title) } (body) } }
        }
    }
}

fn section_index(site: &Site, name: &str, pages: &[&Page]) -> Markup {
    let mut pages = pages.to_vec();
    pages.sort_by_key(|p| std::cmp::Reverse(p.article.published().unix_seconds()));
    layout(
        site,
        name,
        html! {
            ul {
                @for p in &pages {
                    li {
                        a href=(format!("{}.html", p.article.slug())) { (p.article.headline()) }
                        " "
                        time datetime=(p.article.published().to_html_datetime()) {
                            (p.article.published().to_html_datetime())
                        }
                    }
                }
            }
        },
    )
}

fn site_index(site: &Site, sections: &BTreeMap<&str, Vec<&Page>>) -> Markup {
    layout(
        site,
        site.name(),
        html! {
            ul {
                @for (slug, pages) in sections {
                    li {
                        a href=(format!("{slug}/index.html")) {
                            (pages.first().map_or("", |p| p.article.section().name()))
                        }
                        " (" (pages.len()) ")"
                    }
                }
            }
            p {
                "Feeds: " a href="rss.xml" { "RSS" } ", " a href="atom.xml" { "Atom" } ", "
                a href="feed.json" { "JSON Feed" } "."
            }
        },
    )
}
