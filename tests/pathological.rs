//! Every class of pathological body (`tests/support/pathological.rs`) at 1 MB, rendered as a
//! whole page: the page is safe (nothing the crate must never emit) and complete (the text
//! after the attack is still there). A class that went superlinear again shows up here as a
//! test that does not finish; `cargo bench --bench pathological` measures the cost per byte.

#[path = "support/findings.rs"]
mod findings;
#[path = "support/pathological.rs"]
mod pathological;

use findings::{Rules, page_findings};
use newsclip::render::html::STYLESHEET;
use newsclip::{RenderOptions, Site, render_document};
use pathological::{CLASSES, Class, END_MARK, Format};

const SIZE: usize = 1_000_000;

fn render(class: &Class) -> String {
    let article = class.article(SIZE);
    let len = article.body().source().len();
    assert!(len <= SIZE && len > SIZE * 9 / 10, "{}", class.name);
    let site = Site::new("Newsclip", "https://newsclip.example/").expect("site");
    render_document(&article, &site, &RenderOptions::default()).into_string()
}

fn check(format: Format) {
    // The crate's own stylesheet is the one <style> a page may have; content never is.
    let own_style = format!("<style>{STYLESHEET}</style>");
    for class in CLASSES.iter().filter(|c| c.format == format) {
        let page = render(class);
        assert_eq!(page.matches(&own_style).count(), 1, "{}", class.name);
        let page = page.replacen(&own_style, "", 1);
        let mut found = page_findings(&page, &Rules::default());
        let scripts = page.matches("<script").count();
        let json_ld = page
            .matches("<script type=\"application/ld+json\">")
            .count();
        if (scripts, json_ld) != (1, 1) {
            found.push(format!("{scripts} scripts, {json_ld} of them JSON-LD"));
        }
        assert!(found.is_empty(), "{}: {found:?}", class.name);
        assert!(
            page.contains("</html>") && page.contains("<h1"),
            "{}: not a whole page",
            class.name
        );
        if class.keeps_end_mark() {
            assert!(page.contains(END_MARK), "{}: text lost", class.name);
        }
    }
}

#[test]
fn markdown_classes_render_safely_at_1mb() {
    check(Format::Markdown);
}

#[test]
fn html_classes_render_safely_at_1mb() {
    check(Format::Html);
}
