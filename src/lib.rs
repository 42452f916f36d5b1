//! # newsclip
//!
//! Typed news articles in; sanitized HTML fragments ([maud](https://maud.lambda.xyz) `Markup`),
//! schema.org JSON-LD and head meta tags out. No I/O, no clock, no global state, no `unsafe`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod error;
pub mod lint;
mod model;
mod prepared;
pub mod render;
pub mod sanitize;
mod schema;

pub use error::{InputError, Problem, ProblemKind, ValidationError};
pub use lint::lint;
pub use model::article::{
    Article, Author, Body, Image, KeyFact, QuestionAnswer, RelatedArticle, Section, Source, Tag,
};
pub use model::builder::ArticleBuilder;
pub use model::input::{
    ArticleInput, AuthorInput, AuthorKind, BodyFormat, ImageInput, KeyFactInput,
    QuestionAnswerInput, RelatedInput, SectionInput, SourceInput,
};
pub use model::site::{Logo, LogoInput, Publisher, PublisherInput, Site, SiteInput};
pub use model::validate::{Limits, ValidateOptions};
pub use model::values::{AbsoluteUrl, DateTime, LanguageTag, WebUrl};
pub use prepared::PreparedArticle;
pub use render::{RenderOptions, RenderedArticle, render_document, render_parts};
pub use schema::{article_schema, site_schema};

pub use maud;
