//! # newsclip
//!
//! Typed news articles in; sanitized HTML fragments ([maud](https://maud.lambda.xyz) `Markup`),
//! schema.org JSON-LD, head meta tags and a rich-results lint out. No I/O, no clock, no global
//! state, no `unsafe`, no panics on any input, and the same bytes for the same input.
//!
//! ## How data flows
//!
//! ```text
//! JSON / builder ──► ArticleInput ──validate──► Article ──► PreparedArticle ──► render::html
//!                    (every problem at once,    (valid by    (body parsed and     render::jsonld
//!                     each naming its field)     construction) sanitized ONCE)     render::meta
//!                                                                                 lint
//! ```
//!
//! 1. **In**: [`Article::from_json`], serde into [`ArticleInput`] then
//!    [`ArticleInput::validate`], or [`Article::builder`]. All end in one validation that
//!    returns an [`Article`] or a [`ValidationError`] listing every [`Problem`] with its field
//!    path (`faq[2].answer: must not be empty`). A [`Site`] carries what the page needs beyond
//!    the article.
//! 2. **Prepare**: [`PreparedArticle::new`] parses the body once ([`sanitize::prepare_body`]:
//!    sanitized HTML, heading outline, word count, excerpt, first image, and the whole
//!    plain text on request) and renders the answers' inline Markdown once.
//! 3. **Render**: [`render::html`] components implement [`maud::Render`];
//!    [`render::jsonld::JsonLd`] is the `@graph`; [`render::meta::HeadMeta`] the head tags;
//!    [`lint()`] checks the article against published guidance. [`render_parts`] and
//!    [`render_document`] do it all in one call.
//!
//! ## Example
//!
//! ```
//! use newsclip::{Article, RenderOptions, Site, render_parts};
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder(
//!     "Data Breach Forces Meta to Halt Collaboration with Mercor",
//!     "https://newsclip.example/business/meta-mercor",
//!     "2026-04-04",
//! )
//! .section("Business")
//! .tags(["#Meta", "#Databreach"])
//! .views(4)
//! .comments(0)
//! .body("## Background on the Breach\n\nMeta has confirmed … <script>alert(1)</script>")
//! .faq("What type of data was breached?", "Data linked to an *AI API tool*.")
//! .build()?;
//!
//! let out = render_parts(&article, &site, &RenderOptions::default());
//! let html = out.article.into_string();
//! assert!(html.contains(r#"<h2 id="background-on-the-breach">Background on the Breach</h2>"#));
//! assert!(html.contains("4 views"));
//! assert!(!html.contains("<script>"));
//! assert!(out.json_ld.contains(r#""@type": "FAQPage""#));
//! # Ok::<(), newsclip::ValidationError>(())
//! ```
//!
//! `maud` is a public dependency: add `maud = "0.27"` to your own `Cargo.toml` to use `html!`
//! with these components (the macro needs the crate by name), and put framework features such
//! as `axum` on that dependency.
//!
//! ## Features
//!
//! - `schema` (on by default): `article_schema()` and `site_schema()`, and
//!   `schemars::JsonSchema` for the input and value types ([`ArticleInput`], [`SiteInput`],
//!   [`Article`], [`DateTime`] …), for CMSs and editors that validate before sending. With
//!   `default-features = false` the crate builds without `schemars`.
//! - `locale-formats` (on by default): dates and counts in the page written with CLDR's formats
//!   for any language, through ICU4X with compiled data ([`render::html::format_date`],
//!   [`options::Formats`]). Without it, built-in patterns for English, German, French, Spanish
//!   and Arabic, and English for other languages.
//!
//! - `feeds` (on by default): `newsclip::feed` (RSS 2.0, Atom 1.0, JSON Feed 1.1) and
//!   `newsclip::sitemap` (the Google News sitemap), written with `quick-xml`.
//! - `front-matter` (on by default): `newsclip::front_matter`: articles from Markdown files
//!   with YAML or TOML front matter (`Article::from_markdown`), validated like JSON, each
//!   problem with its line.
//!
//! Everything else is always on, CLDR plural rules included. Untrusted input, what the crate
//! guarantees about it and how
//! to report a problem: `SECURITY.md` in the package.
//!
//! ## Threads and requests
//!
//! The main types are `Send + Sync` (a compile-time check keeps them so): [`Article`],
//! [`Site`], [`Envelope`], [`RenderOptions`], [`PreparedArticle`], [`DateTime`],
//! [`ValidationError`], [`InputError`], the components, [`render::Head`],
//! [`render::jsonld::JsonLd`], [`render::meta::HeadMeta`] and [`lint::Diagnostic`]. A server
//! keeps its `Site` and `RenderOptions` (in an `Arc` or its state) and its articles, and
//! prepares per request: [`PreparedArticle`] borrows the three, so it lives inside the
//! handler and is dropped before the response goes out (see its docs). Output is
//! deterministic, so a page or its JSON-LD can be cached as text instead.
//!
//! ## Modules
//!
//! - [`error`]: [`ValidationError`], [`Problem`], [`ProblemKind`], [`InputError`].
//! - [`sanitize`]: the one place that cleans text, slugs, URLs and bodies; only it makes
//!   [`sanitize::SafeHtml`].
//! - [`render`]: HTML components, JSON-LD, head meta, and the one-call API.
//! - [`lint`](mod@lint): rich-result diagnostics with codes, severities and sources.
//! - [`prelude`]: what a site uses, for `use newsclip::prelude::*`.
//! - `feed`, `sitemap` and `front_matter` (features above): beyond the page.

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod error;
#[cfg(feature = "feeds")]
pub mod feed;
#[cfg(feature = "front-matter")]
pub mod front_matter;
pub mod lint;
mod model;
pub mod options;
pub mod prelude;
mod prepared;
pub mod render;
pub mod sanitize;
#[cfg(feature = "schema")]
mod schema;
#[cfg(feature = "feeds")]
pub mod sitemap;
#[cfg(feature = "feeds")]
mod xml;

pub use error::{InputError, Problem, ProblemKind, ValidationError};
#[cfg(all(feature = "schema", feature = "front-matter"))]
pub use front_matter::front_matter_schema;
pub use lint::lint;
pub use model::article::{
    Article, Author, Body, Correction, Image, KeyFact, QuestionAnswer, RelatedArticle, Section,
    Source, Tag,
};
pub use model::builder::ArticleBuilder;
pub use model::envelope::{Envelope, EnvelopeInput};
pub use model::input::{
    ArticleInput, AuthorInput, AuthorKind, BodyFormat, CorrectionInput, ImageInput, KeyFactInput,
    QuestionAnswerInput, RelatedInput, SectionInput, SourceInput,
};
pub use model::site::{Logo, LogoInput, Publisher, PublisherInput, Site, SiteInput};
pub use model::trust::{TrustPolicies, TrustPoliciesInput, TrustPolicy};
pub use model::validate::{Limits, ValidateOptions};
pub use model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};
pub use options::RenderOptions;
pub use prepared::PreparedArticle;
pub use render::{RenderedArticle, render_document, render_document_to, render_parts};
#[cfg(feature = "schema")]
pub use schema::{article_schema, envelope_schema, site_schema};

pub use maud;

/// The README's examples run as doctests (they use every default feature).
#[cfg(all(doctest, feature = "feeds", feature = "front-matter"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
