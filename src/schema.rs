//! JSON Schema of the input shape, for CMSs and editors that validate before sending.

/// The JSON Schema (draft 2020-12) of [`ArticleInput`](crate::ArticleInput), the shape
/// [`Article::from_json`](crate::Article::from_json) reads. The repository keeps a copy in
/// `schema/article.schema.json`.
///
/// ```
/// let schema = newsclip::article_schema();
/// let json = serde_json::to_value(&schema).unwrap();
/// assert_eq!(json["title"], "newsclip article");
/// assert_eq!(json["additionalProperties"], false);
/// assert!(json["required"].as_array().unwrap().iter().any(|f| f == "headline"));
/// ```
pub fn article_schema() -> schemars::Schema {
    schemars::schema_for!(crate::ArticleInput)
}

/// The JSON Schema of [`SiteInput`](crate::SiteInput).
///
/// ```
/// let json = serde_json::to_value(newsclip::site_schema()).unwrap();
/// assert_eq!(json["properties"]["base_url"]["$ref"], "#/$defs/AbsoluteUrl");
/// ```
pub fn site_schema() -> schemars::Schema {
    schemars::schema_for!(crate::SiteInput)
}

/// The JSON Schema of [`EnvelopeInput`](crate::EnvelopeInput), the `{"site", "article"}`
/// form [`Envelope::from_json`](crate::Envelope::from_json) reads (`examples/data/*.json`).
///
/// ```
/// let json = serde_json::to_value(newsclip::envelope_schema()).unwrap();
/// assert_eq!(json["required"], serde_json::json!(["site", "article"]));
/// ```
pub fn envelope_schema() -> schemars::Schema {
    schemars::schema_for!(crate::EnvelopeInput)
}
