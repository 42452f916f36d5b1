//! The JSON Schema of the front matter: the input shapes with `body` optional.

use serde_json::{Value, json};

/// The JSON Schema (draft 2020-12) of the front matter of a Markdown article: a bare article
/// ([`ArticleInput`](crate::ArticleInput)) or `{site, article}`
/// ([`EnvelopeInput`](crate::EnvelopeInput)), each with `body` optional since the Markdown
/// after the front matter is the body. YAML editors take it for front matter validation
/// (e.g. `# yaml-language-server: $schema=front-matter.schema.json`). The repository keeps a
/// copy in `schema/front-matter.schema.json`. Features `schema` and `front-matter`.
///
/// ```
/// let json = serde_json::to_value(newsclip::front_matter_schema()).unwrap();
/// assert_eq!(json["title"], "newsclip front matter");
/// let article = &json["$defs"]["FrontMatterArticle"];
/// assert!(!article["required"].as_array().unwrap().iter().any(|f| f == "body"));
/// assert_eq!(
///     json["$defs"]["FrontMatterEnvelope"]["properties"]["article"]["$ref"],
///     "#/$defs/FrontMatterArticle"
/// );
/// ```
pub fn front_matter_schema() -> schemars::Schema {
    let mut root = crate::envelope_schema().to_value();
    let defs = root.get("$defs").cloned().unwrap_or_else(|| json!({}));
    let mut article = defs
        .get("ArticleInput")
        .cloned()
        .unwrap_or_else(|| json!({}));
    if let Some(required) = article.get_mut("required").and_then(Value::as_array_mut) {
        required.retain(|f| f != "body");
    }
    if let Some(body) = article.pointer_mut("/properties/body") {
        body["description"] = json!(
            "The body, untrusted: Markdown unless `body_format` says `html`. In front matter it \
             is the text after the closing delimiter; give it here only when nothing follows."
        );
    }
    article["title"] = json!("newsclip article front matter");
    let mut envelope = root.take();
    if let Some(object) = envelope.as_object_mut() {
        object.remove("$schema");
        object.remove("$defs");
    }
    envelope["title"] = json!("newsclip article with its site, as front matter");
    envelope["properties"]["article"]["$ref"] = json!("#/$defs/FrontMatterArticle");
    let mut defs = defs;
    defs["FrontMatterArticle"] = article;
    defs["FrontMatterEnvelope"] = envelope;
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsclip front matter",
        "description": "The front matter of a Markdown article: YAML between `---` lines or TOML \
            between `+++` lines, holding the article's fields (as the JSON input, without the \
            body: the Markdown after the front matter is the body) or {site, article}. TOML \
            dates and date-times are accepted where a DateTime string is.",
        "oneOf": [
            {"$ref": "#/$defs/FrontMatterArticle"},
            {"$ref": "#/$defs/FrontMatterEnvelope"}
        ],
        "$defs": defs,
    });
    schemars::Schema::try_from(schema).unwrap_or_default()
}
