//! Id checks on a rendered page or fragment, as a browser parses it: every id, repeated ids,
//! and where each component id must sit. Shared by the tests (through `tests/common`) and the
//! fuzz targets (`tests/support/fuzz_checks.rs`). Include with
//! `#[path = "support/page.rs"] mod page;`.

#![allow(dead_code)]

use newsclip::RenderOptions;
use newsclip::options::ComponentId;
use scraper::{Html, Selector};

/// Every `id` of an HTML page or fragment, in document order (as a browser parses it).
pub fn ids(html: &str) -> Vec<String> {
    ids_in(&Html::parse_document(html))
}

/// Every `id` of a parsed document, in document order.
pub fn ids_in(doc: &Html) -> Vec<String> {
    let with_id = Selector::parse("[id]").expect("selector");
    doc.select(&with_id)
        .filter_map(|e| e.attr("id"))
        .map(str::to_string)
        .collect()
}

/// The ids that occur more than once in `html`.
pub fn duplicate_ids(html: &str) -> Vec<String> {
    duplicate_ids_in(&Html::parse_document(html))
}

/// The ids that occur more than once in a parsed document.
pub fn duplicate_ids_in(doc: &Html) -> Vec<String> {
    let mut all = ids_in(doc);
    all.sort_unstable();
    let mut repeated: Vec<String> = all
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0].clone())
        .collect();
    repeated.dedup();
    repeated
}

/// Where each component id must sit: a selector for its element (with the default classes).
pub fn home_of(id: ComponentId) -> &'static str {
    match id {
        ComponentId::Main => "main.nc-main",
        ComponentId::Headline => "header.nc-header .nc-headline",
        ComponentId::TocTitle => "nav.nc-toc > .nc-section-title",
        ComponentId::CorrectionsTitle => "section.nc-corrections > .nc-section-title",
        ComponentId::KeyFactsTitle => "section.nc-key-facts > .nc-section-title",
        ComponentId::BackgroundTitle => "section.nc-background > .nc-section-title",
        ComponentId::QuickAnswersTitle => "section.nc-quick-answers > .nc-section-title",
        ComponentId::FaqTitle => "section.nc-faq > .nc-section-title",
        ComponentId::SourcesTitle => "section.nc-sources > .nc-section-title",
        ComponentId::RelatedTitle => "nav.nc-related > .nc-section-title",
        ComponentId::CommentsTitle => "section.nc-comments > .nc-section-title",
        ComponentId::CommentsSlot => "section.nc-comments > .nc-comments-slot",
        _ => unreachable!("a new component id needs its home here"),
    }
}

/// Component ids out of place in a page rendered with `options` (default classes): each
/// component id is on at most one element, and that element is its component's; the
/// `required` ones are on exactly one (the page shows their components).
pub fn component_id_problems(
    doc: &Html,
    options: &RenderOptions,
    required: &[ComponentId],
) -> Vec<String> {
    let mut problems = Vec::new();
    let with_id = Selector::parse("[id]").expect("selector");
    for id in ComponentId::ALL {
        let value = options.ids.component(id);
        let claimed = doc
            .select(&with_id)
            .filter(|e| e.attr("id") == Some(value.as_str()))
            .count();
        let home = Selector::parse(home_of(id)).expect("selector");
        let at_home = doc
            .select(&home)
            .filter(|e| e.attr("id") == Some(value.as_str()))
            .count();
        if claimed > 1 || claimed != at_home || (required.contains(&id) && at_home != 1) {
            problems.push(format!(
                "component id {value:?}: on {claimed} elements, {at_home} of them its component ({})",
                home_of(id)
            ));
        }
    }
    problems
}
