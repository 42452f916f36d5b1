//! What a site's handlers and templates use, in one glob import:
//!
//! ```
//! use newsclip::prelude::*;
//!
//! let Envelope { site, article } = Envelope::from_json(include_str!(concat!(
//!     env!("CARGO_MANIFEST_DIR"),
//!     "/examples/data/newsclip-seed.json"
//! )))?;
//! let options = RenderOptions::default();
//! let prepared = PreparedArticle::new(&article, &site, &options);
//! let (main, [key_facts]) = ArticleView::new(&prepared).split_off([Part::KeyFacts]);
//! let mut page = String::new();
//! maud::html! {
//!     head { (Head::new(&prepared)) }
//!     body { main { (main) } aside { (key_facts) } }
//! }
//! .render_to(&mut page);
//! assert_eq!(page.matches(r#"id="nc_key-facts-title""#).count(), 1);
//! # Ok::<(), InputError>(())
//! ```
//!
//! Every item here is a re-export: it is documented, and stays, at its own path
//! (`newsclip::render::html::KeyFacts` …), which is the one the rest of the docs use.

pub use crate::lint::{Diagnostic, Severity, codes, lint};
pub use crate::options::{FaqMode, IdOptions, Part};
pub use crate::render::Head;
pub use crate::render::html::{
    ArticleBody, ArticleView, Background, Comments, Corrections, Faq, Header, Hero, KeyFacts, Page,
    PartView, QuickAnswers, Related, Sources, TableOfContents, Tags,
};
pub use crate::render::jsonld::JsonLd;
pub use crate::render::meta::HeadMeta;
pub use crate::{
    Article, DateTime, Envelope, InputError, PreparedArticle, RenderOptions, Site, ValidationError,
    render_document_to, render_parts,
};
pub use maud::Render;
