//! `structured_data`: schema.org JSON-LD only, for a site that keeps its own HTML and wants
//! the structured data of an article (or a part of it) to paste into its pages.
//!
//! ```text
//! cargo run --example structured_data                      # the seed article
//! cargo run --example structured_data -- examples/data/full-featured.json
//! ```
//!
//! `FILE` is a `{"site": …, "article": …}` file. It prints, one after the other:
//!
//! 1. the whole `@graph` as pretty JSON (article, page, site, publisher, authors, image,
//!    breadcrumbs and the FAQPage);
//! 2. the same graph without the FAQPage ([`FaqMode::Off`]);
//! 3. the graph as the `<script type="application/ld+json">` element to put in `<head>`,
//!    with a CSP nonce from [`RenderOptions::csp_nonce`];
//! 4. only the breadcrumbs, as a script element of their own.
//!
//! The JSON is escaped for `<script>` as it is written (`<`, `>`, `&` as `\u003c` …), so it
//! can be pasted into a page as it is. Exit status 2 when the file cannot be read or is not
//! a valid article, with every problem and its field path.

use std::process::ExitCode;

use maud::Render;
use newsclip::options::FaqMode;
use newsclip::render::jsonld::{BreadcrumbList, JsonLd};
use newsclip::{Envelope, InputError, PreparedArticle, RenderOptions};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/newsclip-seed.json"
);

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| SEED.to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("structured_data: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let Envelope { site, article } = match Envelope::from_json(&text) {
        Ok(envelope) => envelope,
        Err(InputError::Invalid(invalid)) => {
            for problem in invalid.problems() {
                eprintln!("structured_data: {}: {}", problem.path(), problem.kind());
            }
            return ExitCode::from(2);
        }
        Err(other) => {
            eprintln!("structured_data: {other}");
            return ExitCode::from(2);
        }
    };

    // 1. The whole graph. The body is parsed once, by `PreparedArticle::new`: the graph's
    //    description, word count and first image come from it.
    let options = RenderOptions::default();
    let prepared = PreparedArticle::new(&article, &site, &options);
    section("The graph");
    println!("{}", JsonLd::new(&prepared).to_json_pretty());

    // 2. Without the FAQPage: the questions stay in the article's HTML, not in the graph.
    let mut no_faq = RenderOptions::default();
    no_faq.faq = FaqMode::Off;
    let prepared_no_faq = PreparedArticle::new(&article, &site, &no_faq);
    section("The graph without the FAQPage");
    println!("{}", JsonLd::new(&prepared_no_faq).to_json_pretty());

    // 3. The element for `<head>`, with the nonce the page's Content-Security-Policy names
    //    (a server makes a fresh one per response).
    let mut with_nonce = RenderOptions::default();
    with_nonce.csp_nonce = Some("r4nd0mN0nce".into());
    let prepared_nonce = PreparedArticle::new(&article, &site, &with_nonce);
    section("As a <script> element with a CSP nonce");
    println!("{}", JsonLd::new(&prepared_nonce).render().into_string());

    // 4. One node of the graph on its own (its references to other nodes stay `@id`s).
    let crumbs = JsonLd::from_nodes([BreadcrumbList::for_article(&prepared).into()]);
    section("Only the breadcrumbs, as a <script> element");
    println!(
        "{}",
        crumbs
            .script_with_nonce("r4nd0mN0nce")
            .render()
            .into_string()
    );
    ExitCode::SUCCESS
}

fn section(title: &str) {
    println!("\n=== {title} ===\n");
}
