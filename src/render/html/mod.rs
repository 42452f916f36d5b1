//! HTML renderers: every part of the article page as a [`maud::Render`] component, and the
//! whole article in one call.
//!
//! Each component borrows a [`PreparedArticle`], and reads the
//! options it was prepared with, so it drops into a site's own maud templates:
//!
//! ```
//! use maud::html;
//! use newsclip::render::html::{Faq, Header, KeyFacts};
//! use newsclip::{Article, PreparedArticle, RenderOptions, Site};
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
//!     .section("Business")
//!     .body("Some words.")
//!     .key_fact("Incident", "A breach.")
//!     .faq("Why?", "Because.")
//!     .build()?;
//! let options = RenderOptions::default();
//! let prepared = PreparedArticle::new(&article, &site, &options);
//!
//! let page = html! {
//!     div.my-layout {
//!         (Header::new(&prepared))
//!         aside { (KeyFacts::new(&prepared)) }
//!         (Faq::new(&prepared))
//!     }
//! };
//! assert!(page.into_string().contains(r#"<h2 class="nc-section-title" id="nc_key-facts-title">Key Facts</h2>"#));
//! # Ok::<(), newsclip::ValidationError>(())
//! ```
//!
//! Or render everything at once with [`render_article`] (the `<article>` fragment) or
//! [`render_page`] (a complete HTML5 document).
//!
//! ## Output rules
//!
//! - Text is escaped by maud; the only pre-escaped HTML written is the sanitizer's
//!   [`SafeHtml`](crate::sanitize::SafeHtml) (body and answers) and the constant
//!   [`STYLESHEET`] (or its [`stylesheet`] for other classes, whose names it escapes).
//! - A part with nothing to show writes nothing: no empty headings or boxes. Counts are the
//!   exception: "0 comments" is shown when the count is known.
//! - The headline is at [`RenderOptions::heading_level`](crate::RenderOptions::heading_level),
//!   box headings one level deeper and static questions two, so headings never skip a level
//!   and there is at most one `h1`.
//! - Every id is a [`ComponentId`] under
//!   [`IdOptions::component_prefix`](crate::options::IdOptions::component_prefix), reserved
//!   before the body claims its own; every class is listed in
//!   [`Classes`](crate::options::Classes).
//! - Every region is labelled: boxes are `<section aria-labelledby>` their heading, link
//!   lists are `<nav>` with an accessible name.
//! - Links to other hosts get [`RenderOptions::links`](crate::RenderOptions::links).
//! - The same input gives the same bytes.

mod answers;
mod article;
mod background;
mod body;
mod comments;
mod corrections;
pub(crate) mod date;
mod header;
mod hero;
mod key_facts;
mod page;
mod related;
mod sources;
pub(crate) mod style;
mod tags;
#[cfg(test)]
mod tests;
mod toc;

use crate::PreparedArticle;
use crate::model::values::AbsoluteUrl;
use crate::options::{ComponentId, fill_with};
pub(crate) use crate::render::text;
use crate::sanitize::links::url_leaves_site;

pub use answers::{Faq, QuickAnswers};
pub use article::{ArticleView, PartView, render_article};
pub use background::Background;
pub use body::ArticleBody;
pub use comments::Comments;
pub use corrections::Corrections;
pub use date::{format_count, format_date};
pub use header::Header;
pub use hero::Hero;
pub use key_facts::KeyFacts;
pub use page::{Page, render_page};
pub use related::Related;
pub use sources::Sources;
pub use style::{STYLESHEET, stylesheet};
pub use tags::Tags;
pub use toc::TableOfContents;

/// Defines a component: a borrowing struct, its `new`, and its `Render` impl, whose
/// `render_to` is `f(prepared, buffer)`: every component writes straight into the buffer it
/// renders to (the page's, in a whole page), never into a string of its own first.
macro_rules! component {
    ($(#[$doc:meta])* $name:ident => $render_to:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name<'r> {
            prepared: &'r crate::PreparedArticle<'r>,
        }

        impl<'r> $name<'r> {
            /// The component for this article, with the options it was prepared with.
            pub fn new(prepared: &'r crate::PreparedArticle<'r>) -> Self {
                $name { prepared }
            }
        }

        impl maud::Render for $name<'_> {
            fn render_to(&self, buffer: &mut String) {
                $render_to(self.prepared, buffer)
            }
        }
    };
}
pub(crate) use component;

/// An attribute list for [`open_tag`]: names with values, `None` for an attribute left out.
pub(crate) type Attributes<'a> = [(&'a str, Option<&'a str>)];

/// A `class` attribute alone.
pub(crate) fn class(name: &str) -> [(&'static str, Option<&str>); 1] {
    [("class", Some(name))]
}

/// Writes an opening tag, `<tag name="value" …>`, leaving out attributes without a value.
/// Values are escaped as maud escapes them.
pub(crate) fn open_tag(buffer: &mut String, tag: &str, attributes: &Attributes<'_>) {
    start_tag(buffer, tag, attributes);
    buffer.push('>');
}

/// An opening tag without its `>`, for a tag that adds attributes of other kinds
/// ([`number_attribute`]).
pub(crate) fn start_tag(buffer: &mut String, tag: &str, attributes: &Attributes<'_>) {
    buffer.push('<');
    buffer.push_str(tag);
    for (name, value) in attributes {
        if let Some(value) = value {
            buffer.push(' ');
            buffer.push_str(name);
            buffer.push_str("=\"");
            text(buffer, value);
            buffer.push('"');
        }
    }
}

/// ` name="n"` when there is a number.
fn number_attribute(buffer: &mut String, name: &str, value: Option<u32>) {
    if let Some(value) = value {
        buffer.push(' ');
        buffer.push_str(name);
        buffer.push_str("=\"");
        maud::Render::render_to(&value, buffer);
        buffer.push('"');
    }
}

/// `</tag>`
pub(crate) fn close_tag(buffer: &mut String, tag: &str) {
    buffer.push_str("</");
    buffer.push_str(tag);
    buffer.push('>');
}

/// `<tag …>content</tag>`: the element's content written by `content`.
pub(crate) fn element(
    buffer: &mut String,
    tag: &str,
    attributes: &Attributes<'_>,
    content: impl FnOnce(&mut String),
) {
    open_tag(buffer, tag, attributes);
    content(buffer);
    close_tag(buffer, tag);
}

/// `<tag …>text</tag>`, the text escaped.
pub(crate) fn text_element(buffer: &mut String, tag: &str, attributes: &Attributes<'_>, s: &str) {
    element(buffer, tag, attributes, |b| text(b, s));
}

/// `<img src alt width height …>`: a void element with its numbers.
pub(crate) fn img(
    buffer: &mut String,
    src: &str,
    alt: &str,
    (width, height): (Option<u32>, Option<u32>),
    lazy: bool,
) {
    start_tag(buffer, "img", &[("src", Some(src)), ("alt", Some(alt))]);
    number_attribute(buffer, "width", width);
    number_attribute(buffer, "height", height);
    if lazy {
        buffer.push_str(" loading=\"lazy\"");
    }
    buffer.push('>');
}

/// The heading tags by level; a level past 6 is `h6`, below 1 is `h1`.
const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// A heading at `level` (clamped to 1..=6), its content written by `content`.
pub(crate) fn heading(
    buffer: &mut String,
    level: u8,
    id: Option<&str>,
    class: &str,
    content: impl FnOnce(&mut String),
) {
    let index = usize::from(level.clamp(1, 6)) - 1;
    let tag = HEADINGS.get(index).copied().unwrap_or("h6");
    element(buffer, tag, &[("class", Some(class)), ("id", id)], content);
}

/// A labelled box: `<section class aria-labelledby>` with its heading (id `title_id`) one
/// level below the headline, its title and content written by `title` and `content`.
pub(crate) fn labelled_section(
    buffer: &mut String,
    p: &PreparedArticle<'_>,
    (class, title_id): (&str, ComponentId),
    title: impl FnOnce(&mut String),
    content: impl FnOnce(&mut String),
) {
    labelled_box(buffer, "section", p, (class, title_id), title, content);
}

/// A labelled link list: as [`labelled_section`], but a `<nav>`.
pub(crate) fn labelled_nav(
    buffer: &mut String,
    p: &PreparedArticle<'_>,
    (class, title_id): (&str, ComponentId),
    title: impl FnOnce(&mut String),
    content: impl FnOnce(&mut String),
) {
    labelled_box(buffer, "nav", p, (class, title_id), title, content);
}

/// `<tag class aria-labelledby>`, the box's heading one level below the headline, content.
fn labelled_box(
    buffer: &mut String,
    tag: &str,
    p: &PreparedArticle<'_>,
    (class, title_id): (&str, ComponentId),
    title: impl FnOnce(&mut String),
    content: impl FnOnce(&mut String),
) {
    let opts = p.options();
    let id = p.id(title_id);
    let attributes = [("class", Some(class)), ("aria-labelledby", Some(id))];
    element(buffer, tag, &attributes, |b| {
        heading(
            b,
            opts.level(1),
            Some(id),
            &opts.classes.section_title,
            title,
        );
        content(b);
    });
}

/// A link to a URL that came from the input (a source, the section, an author, a related
/// article): `<a class href rel target>`, with [`RenderOptions::links`] when it leaves the
/// site (decided as for links in the body). `rel` is `own_rel` (e.g. `author`) followed by
/// the policy's tokens.
pub(crate) fn input_link(
    buffer: &mut String,
    p: &PreparedArticle<'_>,
    url: &AbsoluteUrl,
    (class, own_rel): (Option<&str>, Option<&str>),
    content: impl FnOnce(&mut String),
) {
    let external = url_leaves_site(url.as_url(), p.site().base_url().as_url());
    link(
        buffer,
        p,
        (url.as_str(), external),
        (class, own_rel),
        content,
    );
}

/// `<a class href rel target>` to `href`, which leaves the site when `external`.
pub(crate) fn link(
    buffer: &mut String,
    p: &PreparedArticle<'_>,
    (href, external): (&str, bool),
    (class, own_rel): (Option<&str>, Option<&str>),
    content: impl FnOnce(&mut String),
) {
    let policy = &p.options().links;
    let policy_rel = external.then(|| policy.rel_tokens());
    let policy_rel = policy_rel.as_deref().filter(|r| !r.is_empty());
    start_tag(buffer, "a", &[("class", class), ("href", Some(href))]);
    if own_rel.is_some() || policy_rel.is_some() {
        buffer.push_str(" rel=\"");
        // Both are escaped, though the policy's tokens hold only letters, digits and `-`.
        let tokens = [own_rel, policy_rel];
        for (i, token) in tokens.into_iter().flatten().enumerate() {
            if i > 0 {
                buffer.push(' ');
            }
            text(buffer, token);
        }
        buffer.push('"');
    }
    if external && policy.new_tab {
        buffer.push_str(" target=\"_blank\"");
    }
    buffer.push('>');
    content(buffer);
    buffer.push_str("</a>");
}

/// A label template filled as markup: the template's own words escaped, each value (text
/// from the input: a section name …) escaped and isolated in a `<bdi>`, so a value that runs
/// the other way cannot reorder the label's words around it.
pub(crate) fn fill_isolated(buffer: &mut String, template: &str, vars: &[(&str, &str)]) {
    fill_with(template, vars, |piece, is_value| {
        if is_value {
            text_element(buffer, "bdi", &[], piece);
        } else {
            text(buffer, piece);
        }
    });
}
