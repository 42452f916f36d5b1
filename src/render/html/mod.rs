//! HTML renderers: every part of the article page as a [`maud::Render`] component, and the
//! whole article in one call.
//!
//! Each component borrows a [`PreparedArticle`](crate::PreparedArticle) and [`HtmlOptions`], so it drops into a
//! site's own maud templates:
//!
//! ```
//! use maud::html;
//! use newsclip::render::html::{Faq, Header, HtmlOptions, KeyFacts};
//! use newsclip::{Article, PreparedArticle, Site};
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
//!     .section("Business")
//!     .body("Some words.")
//!     .key_fact("Incident", "A breach.")
//!     .faq("Why?", "Because.")
//!     .build()?;
//! let opts = HtmlOptions::default();
//! let prepared = PreparedArticle::new(&article, &site, &opts.body_options());
//!
//! let page = html! {
//!     div.my-layout {
//!         (Header::new(&prepared, &opts))
//!         aside { (KeyFacts::new(&prepared, &opts)) }
//!         (Faq::new(&prepared, &opts))
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
//!   [`STYLESHEET`].
//! - A part with nothing to show writes nothing: no empty headings or boxes. Counts are the
//!   exception: "0 comments" is shown when the count is known.
//! - The headline is at [`HtmlOptions::heading_level`], box headings one level deeper and
//!   static questions two, so headings never skip a level and there is at most one `h1`.
//! - Every id starts with [`HtmlOptions::id_prefix`]; every class is listed in [`classes`].
//! - Every region is labelled: boxes are `<section aria-labelledby>` their heading, link
//!   lists are `<nav>` with an accessible name.
//! - The same input gives the same bytes.

mod answers;
mod article;
mod background;
mod body;
pub mod classes;
mod comments;
mod date;
mod header;
mod hero;
mod key_facts;
mod labels;
mod options;
mod page;
mod related;
mod sources;
mod style;
mod tags;
#[cfg(test)]
mod tests;
mod toc;

use maud::{Markup, html};

pub use answers::{Faq, QuickAnswers};
pub use article::{ArticleView, render_article};
pub use background::Background;
pub use body::ArticleBody;
pub use classes::Classes;
pub use comments::Comments;
pub use date::{format_count, format_date};
pub use header::Header;
pub use hero::Hero;
pub use key_facts::KeyFacts;
pub use labels::{Labels, Locale, Plural};
pub use options::{AnswerStyle, HtmlOptions, LinkPolicy, Part, TagLinks};
pub use page::{Page, render_page};
pub use related::Related;
pub use sources::Sources;
pub use style::STYLESHEET;
pub use tags::Tags;
pub use toc::TableOfContents;

/// Defines a component: a borrowing struct, its `new`, and its `Render` impl calling
/// `$render(prepared, opts)`.
macro_rules! component {
    ($(#[$doc:meta])* $name:ident => $render:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name<'r> {
            prepared: &'r crate::PreparedArticle<'r>,
            opts: &'r crate::render::html::HtmlOptions,
        }

        impl<'r> $name<'r> {
            /// The component for this article with these options.
            pub fn new(
                prepared: &'r crate::PreparedArticle<'r>,
                opts: &'r crate::render::html::HtmlOptions,
            ) -> Self {
                $name { prepared, opts }
            }
        }

        impl maud::Render for $name<'_> {
            fn render(&self) -> maud::Markup {
                $render(self.prepared, self.opts)
            }
        }
    };
}
pub(crate) use component;

/// A heading at `level` (clamped to 1..=6).
pub(crate) fn heading(level: u8, id: Option<&str>, class: &str, content: Markup) -> Markup {
    match level {
        0 | 1 => html! { h1 class=(class) id=[id] { (content) } },
        2 => html! { h2 class=(class) id=[id] { (content) } },
        3 => html! { h3 class=(class) id=[id] { (content) } },
        4 => html! { h4 class=(class) id=[id] { (content) } },
        5 => html! { h5 class=(class) id=[id] { (content) } },
        _ => html! { h6 class=(class) id=[id] { (content) } },
    }
}

/// A labelled box: `<section class aria-labelledby>` with its heading one level below the
/// headline. `name` becomes the heading id `{id_prefix}{name}-title`.
pub(crate) fn labelled_section(
    opts: &HtmlOptions,
    class: &str,
    name: &str,
    title: Markup,
    content: Markup,
) -> Markup {
    let (id, heading) = box_heading(opts, name, title);
    html! { section class=(class) aria-labelledby=(id) { (heading) (content) } }
}

/// A labelled link list: as [`labelled_section`], but a `<nav>`.
pub(crate) fn labelled_nav(
    opts: &HtmlOptions,
    class: &str,
    name: &str,
    title: Markup,
    content: Markup,
) -> Markup {
    let (id, heading) = box_heading(opts, name, title);
    html! { nav class=(class) aria-labelledby=(id) { (heading) (content) } }
}

/// A box's heading, one level below the headline, and its id `{id_prefix}{name}-title`.
fn box_heading(opts: &HtmlOptions, name: &str, title: Markup) -> (String, Markup) {
    let id = opts.id(&format!("{name}-title"));
    let heading = heading(opts.level(1), Some(&id), &opts.classes.section_title, title);
    (id, heading)
}
