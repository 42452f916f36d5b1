//! `snapshot`: how a site snapshot-tests its own article templates, built from newsclip's
//! components, with [insta](https://insta.rs).
//!
//! ```text
//! cargo run --example snapshot     # prints what the templates render for the seed article
//! cargo test --example snapshot    # checks it against examples/snapshots/*.snap
//! ```
//!
//! It works because newsclip's output is deterministic: the same article and options give
//! the same bytes on every run and machine (no clock, no random ids, no hash-map order), so
//! a snapshot only changes when a template, the options or the crate's output change, and
//! the diff shows what changed. Three habits keep it that way in a site's own tests:
//!
//! - **fixed input**: the article is a file in the repository (or built in the test), not
//!   fetched; the lint gets a fixed `now` ([`DateTime::from_unix_seconds`]), never the clock;
//! - **one element per line** ([`readable`]): a one-line page makes a one-line diff;
//! - **snapshot the data too**: the JSON-LD as JSON (`assert_json_snapshot!`), the lint as
//!   its codes and paths.
//!
//! Review a change with `cargo insta review` (or set `INSTA_UPDATE=always` once and read the
//! diff in git); in CI (`CI` set) insta never writes, so a changed snapshot fails the test.

use maud::{Markup, Render, html};
use newsclip::options::Part;
use newsclip::render::Head;
use newsclip::render::html::{ArticleView, Tags};
use newsclip::{Envelope, PreparedArticle, RenderOptions};

/// A story card for the home page: the site's own markup around the crate's `Tags`.
fn story_card(prepared: &PreparedArticle<'_>) -> Markup {
    let article = prepared.article();
    html! {
        article.card {
            h2.card-title { a href=(article.canonical_url().as_str()) { (article.headline()) } }
            @if let Some(dek) = article.description() { p.card-dek { (dek) } }
            (Tags::new(prepared))
        }
    }
}

/// The article page's template: head, the article, and a sidebar with the key facts and
/// the FAQ taken out of the article.
fn article_page(prepared: &PreparedArticle<'_>) -> Markup {
    let (article, [key_facts, faq]) =
        ArticleView::new(prepared).split_off([Part::KeyFacts, Part::Faq]);
    html! {
        head { (Head::new(prepared)) }
        div.columns {
            main { (article) }
            aside { (key_facts) (faq) }
        }
    }
}

/// One element per line, for snapshots a person can read and diffs that show the line
/// that changed: a newline before every tag that opens or closes a block. (Inline tags and
/// text stay on their line, so the bytes between tags are unchanged.)
fn readable(html: &str) -> String {
    const BLOCKS: &[&str] = &[
        "article", "aside", "div", "dl", "details", "figure", "footer", "h1", "h2", "h3", "h4",
        "head", "header", "li", "link", "main", "meta", "nav", "ol", "p", "script", "section",
        "summary", "title", "ul",
    ];
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let tag = rest[at + 1..].trim_start_matches('/');
        let name_end = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        out.push_str(&rest[..at]);
        if BLOCKS.contains(&&tag[..name_end]) && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('<');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// The seed article, read from the repository: fixed input.
fn seed() -> Envelope {
    let json = include_str!("data/newsclip-seed.json");
    match Envelope::from_json(json) {
        Ok(envelope) => envelope,
        Err(e) => panic!("examples/data/newsclip-seed.json is valid: {e}"),
    }
}

fn main() {
    let Envelope { site, article } = seed();
    let options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &options);
    println!("{}", readable(&story_card(&prepared).into_string()));
    println!(
        "{}",
        readable(&article_page(&prepared).render().into_string())
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip::render::jsonld::JsonLd;
    use newsclip::{DateTime, lint};

    /// The seed article, prepared with the options the site renders with.
    fn with_seed(check: impl FnOnce(&PreparedArticle<'_>)) {
        let Envelope { site, article } = seed();
        let options = RenderOptions::default();
        check(&PreparedArticle::new(&article, &site, &options));
    }

    /// The site's story card for the seed article.
    #[test]
    fn story_card_renders_as_reviewed() {
        with_seed(|prepared| {
            insta::assert_snapshot!(readable(&story_card(prepared).into_string()));
        });
    }

    /// The article page with its sidebar.
    #[test]
    fn article_page_renders_as_reviewed() {
        with_seed(|prepared| {
            insta::assert_snapshot!(readable(&article_page(prepared).into_string()));
        });
    }

    /// The structured data, as JSON: a diff names the property that changed.
    #[test]
    fn json_ld_is_as_reviewed() {
        with_seed(|prepared| insta::assert_json_snapshot!(JsonLd::new(prepared).to_value()));
    }

    /// The lint with a fixed `now`: what the editors are told to fix.
    #[test]
    fn lint_is_as_reviewed() {
        with_seed(|prepared| {
            let now = DateTime::from_unix_seconds(1_775_347_200).expect("2026-04-05");
            let report: Vec<String> = lint(prepared, &now).iter().map(|d| d.to_string()).collect();
            insta::assert_snapshot!(report.join("\n"));
        });
    }

    /// Same input, same bytes: what makes the snapshots above stable.
    #[test]
    fn output_is_deterministic() {
        let Envelope { site, article } = seed();
        let options = RenderOptions::default();
        let render = || {
            let prepared = PreparedArticle::new(&article, &site, &options);
            article_page(&prepared).into_string()
        };
        assert_eq!(render(), render());
    }

    #[test]
    fn readable_only_adds_newlines() {
        let html = r#"<div class="a"><p>Text <em>x</em> y</p><ul><li>1</li></ul></div>"#;
        let lines = readable(html);
        assert_eq!(
            lines,
            "<div class=\"a\">\n<p>Text <em>x</em> y\n</p>\n<ul>\n<li>1\n</li>\n</ul>\n</div>"
        );
        assert_eq!(lines.replace('\n', ""), html);
    }
}
