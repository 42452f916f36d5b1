//! Every class of pathological body (`tests/support/pathological.rs`) at 1 MB, rendered as a
//! whole page: complete (the text after the attack is still there, the page ends), with the
//! one JSON-LD script and the one stylesheet. A class that went superlinear again shows up
//! here as a test that does not finish; `cargo bench --bench pathological` measures the cost
//! per byte. The same classes at 10 KB are held to every rule of the hostile corpus: that
//! check parses the page with html5ever, whose cost grows with size × depth, and a page
//! holding a body of nested Markdown (`> > > …`, `**_**_…`) is deeply nested HTML.

#[path = "support/findings.rs"]
mod findings;
#[path = "support/pathological.rs"]
mod pathological;

use findings::{Rules, page_findings};
use newsclip::render::html::STYLESHEET;
use newsclip::{RenderOptions, Site, render_document};
use pathological::{CLASSES, Class, END_MARK, Format};

/// The size every class renders at.
const SIZE: usize = 1_000_000;

/// The size the page's safety is checked at.
const CHECKED: usize = 10_000;

fn render(class: &Class, size: usize) -> String {
    let article = class.article(size);
    let len = article.body().source().len();
    assert!(len <= size && len > size / 2, "{}", class.name);
    let site = Site::new("Newsclip", "https://newsclip.example/").expect("site");
    render_document(&article, &site, &RenderOptions::default()).into_string()
}

/// The page without the crate's own stylesheet (the one `<style>` a page may have; content
/// never adds one), and what is wrong with its shape.
fn shape(class: &Class, page: &str) -> (String, Vec<String>) {
    let own_style = format!("<style>{STYLESHEET}</style>");
    let mut found = Vec::new();
    let styles = page.matches(&own_style).count();
    if styles != 1 {
        found.push(format!("{styles} stylesheets"));
    }
    let page = page.replacen(&own_style, "", 1);
    let scripts = page.matches("<script").count();
    let json_ld = page
        .matches("<script type=\"application/ld+json\">")
        .count();
    if (scripts, json_ld) != (1, 1) {
        found.push(format!("{scripts} scripts, {json_ld} of them JSON-LD"));
    }
    if !(page.contains("</html>") && page.contains("<h1")) {
        found.push("not a whole page".into());
    }
    if class.keeps_end_mark() && !page.contains(END_MARK) {
        found.push("text lost".into());
    }
    (page, found)
}

fn check(format: Format) {
    for class in CLASSES.iter().filter(|c| c.format == format) {
        let (_, found) = shape(class, &render(class, SIZE));
        assert!(found.is_empty(), "{} at 1 MB: {found:?}", class.name);
        let (page, mut found) = shape(class, &render(class, CHECKED));
        found.extend(page_findings(&page, &Rules::default()));
        assert!(found.is_empty(), "{} at 10 KB: {found:?}", class.name);
    }
}

#[test]
fn markdown_classes_render_at_1mb() {
    check(Format::Markdown);
}

#[test]
fn html_classes_render_at_1mb() {
    check(Format::Html);
}
