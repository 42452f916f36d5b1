//! Shared test helpers: the example articles of `examples/data`, rendered, and the
//! structured-data fixtures (seed and full-featured article, `now`, a hostile payload).
#![allow(dead_code)]

pub mod feedparser;
pub mod jsonld;
#[path = "../support/page.rs"]
pub mod page;
pub mod vnu;

use newsclip::render::html::{render_article, render_page};
use newsclip::{Article, DateTime, Envelope, PreparedArticle, RenderOptions, Site};

/// An example article with its site.
pub struct Example {
    pub name: &'static str,
    pub site: Site,
    pub article: Article,
}

/// The seed article on the Newsclip site ([`seed_article`], [`seed_site`]).
pub fn seed() -> Example {
    Example {
        name: "newsclip-seed",
        site: seed_site(),
        article: seed_article(),
    }
}

/// The full-featured article and its site ([`full`]).
pub fn full_featured() -> Example {
    let (article, site) = full();
    Example {
        name: "full-featured",
        site,
        article,
    }
}

/// The seed article in Arabic, on the site in Arabic ([`SEED_AR_JSON`]): right to left, with
/// Latin names isolated in the body.
pub fn seed_ar() -> Example {
    let Envelope { site, article } = Envelope::from_json(SEED_AR_JSON).expect("valid envelope");
    Example {
        name: "newsclip-seed-ar",
        site,
        article,
    }
}

pub fn examples() -> Vec<Example> {
    vec![seed(), full_featured(), seed_ar()]
}

impl Example {
    pub fn prepared<'a>(&'a self, opts: &'a RenderOptions) -> PreparedArticle<'a> {
        PreparedArticle::new(&self.article, &self.site, opts)
    }

    pub fn fragment(&self, opts: &RenderOptions) -> String {
        render_article(&self.prepared(opts)).into_string()
    }

    pub fn page(&self, opts: &RenderOptions) -> String {
        render_page(&self.prepared(opts)).into_string()
    }

    /// The page with its inlined stylesheet (checked to be there once) replaced by a marker,
    /// for snapshots.
    pub fn page_without_css(&self, opts: &RenderOptions) -> String {
        let page = self.page(opts);
        let css = newsclip::render::html::stylesheet(&opts.classes);
        assert_eq!(page.matches(&css).count(), 1, "stylesheet inlined once");
        page.replace(&css, "/* STYLESHEET */")
    }
}

/// Pretty-prints HTML one element per line for readable snapshots: a newline before every
/// tag that starts a block. Only for display; tests compare the exact bytes elsewhere.
pub fn pretty(html: &str) -> String {
    const BLOCKS: &[&str] = &[
        "<article",
        "</article",
        "<header",
        "</header",
        "<section",
        "</section",
        "<nav",
        "</nav",
        "<h1",
        "<h2",
        "<h3",
        "<h4",
        "<p",
        "<ul",
        "</ul",
        "<ol",
        "</ol",
        "<li",
        "<dl",
        "</dl",
        "<div",
        "<details",
        "</details",
        "<figure",
        "</figure",
        "<figcaption",
        "<blockquote",
        "</blockquote",
        "<main",
        "</main",
        "<head",
        "</head",
        "<body",
        "</body",
        "<meta",
        "<title",
        "<style",
        "<html",
        "</html",
        "<summary",
    ];
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'<' && i > 0 {
            let rest = &html[i..];
            if BLOCKS.iter().any(|b| {
                rest.starts_with(b)
                    && rest[b.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c == '>' || c == ' ')
            }) {
                out.push('\n');
            }
        }
        let ch = html[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// An example binary `cargo test` built next to the running test's own binary
/// (`target/debug/examples/{name}`). `None`, after a loud notice, when it is missing outside
/// CI; in CI (`CI` set) a missing binary fails the test.
pub fn example_binary(name: &str) -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let bin = exe.parent()?.parent()?.join("examples").join(name);
    if bin.exists() {
        return Some(bin);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing: run `cargo test` (it builds the examples)",
        bin.display()
    );
    eprintln!(
        "\n*** SKIPPED: {} is missing; run `cargo test` or `cargo build --example {name}` ***\n",
        bin.display()
    );
    None
}

// Structured-data fixtures (JSON-LD, meta and lint tests).

pub const SEED_JSON: &str = include_str!("../../examples/data/newsclip-seed.json");
pub const FULL_JSON: &str = include_str!("../../examples/data/full-featured.json");
pub const SEED_AR_JSON: &str = include_str!("../../examples/data/newsclip-seed-ar.json");

/// The site the seed page is on (Newsclip, with a sign-in URL).
pub fn seed_site() -> Site {
    Envelope::from_json(SEED_JSON).expect("valid seed").site
}

/// The seed article (no image, no author, date-only publication).
pub fn seed_article() -> Article {
    Envelope::from_json(SEED_JSON).expect("valid seed").article
}

/// The full-featured article and its site.
pub fn full() -> (Article, Site) {
    let Envelope { site, article } = Envelope::from_json(FULL_JSON).expect("valid envelope");
    (article, site)
}

/// A `now` the day after the seed's publication: 2026-04-05T00:00:00Z.
pub fn seed_now() -> DateTime {
    DateTime::from_unix_seconds(1_775_347_200).expect("in range")
}

/// The hostile payload: closes scripts, opens comments, quotes, ampersands, line and
/// paragraph separators.
pub const HOSTILE: &str =
    "x</script><script>alert(1)</script><!-- \"q\" 'a' & &amp; \u{2028}\u{2029} </SCRIPT >";
