//! The article model: input shapes, validated types, the builder and the site context.

pub(crate) mod article;
pub(crate) mod builder;
pub(crate) mod envelope;
pub(crate) mod input;
pub(crate) mod read;
pub(crate) mod serde_io;
pub(crate) mod site;
pub(crate) mod trust;
pub(crate) mod validate;
pub(crate) mod values;
