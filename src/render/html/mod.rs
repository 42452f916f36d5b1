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

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::model::values::AbsoluteUrl;
use crate::options::{ComponentId, fill_with};
use crate::render::Text;
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

/// Defines a component: a borrowing struct, its `new`, and its `Render` impl. A component
/// is either `markup f` (`f(prepared) -> Markup`: small parts, copied once into the page) or
/// `write f` (`f(prepared, buffer)`: containers of large content, written straight into the
/// page's buffer).
macro_rules! component {
    ($(#[$doc:meta])* $name:ident => markup $render:path) => {
        component!(@struct $(#[$doc])* $name);

        impl maud::Render for $name<'_> {
            fn render(&self) -> maud::Markup {
                $render(self.prepared)
            }

            fn render_to(&self, buffer: &mut String) {
                buffer.push_str(&$render(self.prepared).0);
            }
        }
    };
    ($(#[$doc:meta])* $name:ident => write $render_to:path) => {
        component!(@struct $(#[$doc])* $name);

        impl maud::Render for $name<'_> {
            fn render_to(&self, buffer: &mut String) {
                $render_to(self.prepared, buffer)
            }
        }
    };
    (@struct $(#[$doc:meta])* $name:ident) => {
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
    };
}
pub(crate) use component;

/// Writes an opening tag, `<tag name="value" …>`, leaving out attributes without a value.
/// Values are escaped as maud escapes them. Containers of large content (the page, the
/// article, the body) write their tags so, and their content straight into the page's
/// buffer instead of into a string of its own first.
pub(crate) fn open_tag(buffer: &mut String, tag: &str, attributes: &[(&str, Option<&str>)]) {
    buffer.push('<');
    buffer.push_str(tag);
    for (name, value) in attributes {
        if let Some(value) = value {
            buffer.push(' ');
            buffer.push_str(name);
            buffer.push_str("=\"");
            maud::Render::render_to(*value, buffer);
            buffer.push('"');
        }
    }
    buffer.push('>');
}

/// A heading at `level` (clamped to 1..=6).
pub(crate) fn heading(level: u8, id: Option<&str>, class: &str, content: Markup) -> Markup {
    match level {
        0 | 1 => html! { h1 class=(Text(class)) id=[id] { (content) } },
        2 => html! { h2 class=(Text(class)) id=[id] { (content) } },
        3 => html! { h3 class=(Text(class)) id=[id] { (content) } },
        4 => html! { h4 class=(Text(class)) id=[id] { (content) } },
        5 => html! { h5 class=(Text(class)) id=[id] { (content) } },
        _ => html! { h6 class=(Text(class)) id=[id] { (content) } },
    }
}

/// A labelled box: `<section class aria-labelledby>` with its heading (id `title_id`) one
/// level below the headline.
pub(crate) fn labelled_section(
    p: &PreparedArticle<'_>,
    class: &str,
    title_id: ComponentId,
    title: Markup,
    content: Markup,
) -> Markup {
    let (id, heading) = box_heading(p, title_id, title);
    html! { section class=(Text(class)) aria-labelledby=(id) { (heading) (content) } }
}

/// A labelled link list: as [`labelled_section`], but a `<nav>`.
pub(crate) fn labelled_nav(
    p: &PreparedArticle<'_>,
    class: &str,
    title_id: ComponentId,
    title: Markup,
    content: Markup,
) -> Markup {
    let (id, heading) = box_heading(p, title_id, title);
    html! { nav class=(Text(class)) aria-labelledby=(id) { (heading) (content) } }
}

/// A box's heading, one level below the headline, and its id.
fn box_heading<'p>(
    p: &'p PreparedArticle<'_>,
    title_id: ComponentId,
    title: Markup,
) -> (&'p str, Markup) {
    let opts = p.options();
    let id = p.id(title_id);
    let heading = heading(opts.level(1), Some(id), &opts.classes.section_title, title);
    (id, heading)
}

/// A link to a URL that came from the input (a source, the section, an author, a related
/// article, a tag): `<a class href rel target>`, with [`RenderOptions::links`] when it
/// leaves the site (decided as for links in the body). `rel` is `own_rel` (e.g. `tag`)
/// followed by the policy's tokens.
pub(crate) fn input_link(
    p: &PreparedArticle<'_>,
    url: &AbsoluteUrl,
    class: Option<&str>,
    own_rel: Option<&str>,
    content: Markup,
) -> Markup {
    let policy = &p.options().links;
    let external = url_leaves_site(url.as_url(), p.site().base_url().as_url());
    let policy_rel = external.then(|| policy.rel_tokens());
    let rel = match (own_rel, policy_rel.as_deref().filter(|r| !r.is_empty())) {
        (Some(own), Some(tokens)) => Some(format!("{own} {tokens}")),
        (Some(own), None) => Some(own.to_owned()),
        (None, Some(tokens)) => Some(tokens.to_owned()),
        (None, None) => None,
    };
    let target = (external && policy.new_tab).then_some("_blank");
    html! { a class=[class] href=(Text(url.as_str())) rel=[rel] target=[target] { (content) } }
}

/// A label template filled as markup: the template's own words escaped, each value (text
/// from the input: a section name …) escaped and isolated in a `<bdi>`, so a value that runs
/// the other way cannot reorder the label's words around it.
pub(crate) fn fill_isolated(template: &str, vars: &[(&str, &str)]) -> Markup {
    let mut out = String::with_capacity(template.len() + 64);
    fill_with(template, vars, |piece, is_value| {
        if is_value {
            out.push_str("<bdi>");
            maud::Render::render_to(&Text(piece), &mut out);
            out.push_str("</bdi>");
        } else {
            maud::Render::render_to(&Text(piece), &mut out);
        }
    });
    maud::PreEscaped(out)
}
