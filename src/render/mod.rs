//! Renderers. Each reads a [`PreparedArticle`](crate::PreparedArticle); none parses the body
//! again or sees an unsanitized string as HTML.

pub mod html;
pub mod jsonld;
pub mod meta;
