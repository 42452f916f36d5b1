//! Serialization and safe embedding in a `<script type="application/ld+json">` element.
//!
//! serde_json writes valid JSON but leaves `<`, `>`, `&`, U+2028 and U+2029 as they are, so a
//! string holding `</script>` or `<!--` would end the script element or change how the HTML
//! tokenizer reads it. After serializing, each of those characters is written as a JSON
//! `\uXXXX` escape. They can only occur inside JSON strings, so the result is the same JSON
//! value, and no HTML entity ever enters the data.

use maud::Render;
use serde_json::{Map, Value};

use super::node::Node;

/// Writes `<`, `>`, `&`, U+2028 and U+2029 of serialized JSON as `\u003c`, `\u003e`,
/// `\u0026`, `\u2028`, `\u2029`.
///
/// ```
/// use newsclip::render::jsonld::escape_json_for_script;
///
/// let json = serde_json::to_string("</script><!--&\u{2028}").unwrap();
/// let safe = escape_json_for_script(&json);
/// assert_eq!(safe, r#""\u003c/script\u003e\u003c!--\u0026\u2028""#);
/// assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), "</script><!--&\u{2028}");
/// ```
pub fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A JSON-LD document: `{"@context": "https://schema.org", "@graph": [...]}`.
///
/// Build the whole graph for an article with [`JsonLd::new`], or embed chosen nodes with
/// [`JsonLd::from_nodes`]. It renders (as [`maud::Render`]) to one
/// `<script type="application/ld+json">` element.
///
/// ```
/// use newsclip::{Article, PreparedArticle, RenderOptions, Site};
/// use newsclip::render::jsonld::JsonLd;
/// use maud::Render;
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("A </script> headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("Some words.")
///     .build()?;
/// let mut options = RenderOptions::default();
/// let prepared = PreparedArticle::new(&article, &site, &options);
/// let json_ld = JsonLd::new(&prepared);
/// let html = json_ld.render().into_string();
/// assert!(html.starts_with(r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":["#));
/// assert!(html.contains(r"A \u003c/script\u003e headline"));
/// assert_eq!(html.matches("</script>").count(), 1);
///
/// options.csp_nonce = Some("r4nd0m".into());
/// let prepared = PreparedArticle::new(&article, &site, &options);
/// let html = JsonLd::new(&prepared).render().into_string();
/// assert!(html.starts_with(r#"<script type="application/ld+json" nonce="r4nd0m">"#));
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct JsonLd {
    nodes: Vec<Node>,
    /// The CSP nonce of the script element.
    nonce: Option<String>,
}

impl JsonLd {
    /// The whole graph for a prepared article, with the options it was prepared with
    /// (the script element carries [`RenderOptions::csp_nonce`](crate::RenderOptions::csp_nonce)).
    pub fn new(prepared: &crate::PreparedArticle<'_>) -> Self {
        let options = prepared.options();
        JsonLd {
            nodes: super::graph::build(prepared),
            nonce: options.nonce(),
        }
    }

    /// A document of chosen nodes, e.g. only the breadcrumbs or only the FAQPage. References
    /// to nodes left out stay as `@id`s (which other script blocks on the page may define).
    ///
    /// ```
    /// # use newsclip::{Article, PreparedArticle, Site};
    /// # use newsclip::render::jsonld::{BreadcrumbList, JsonLd};
    /// # use newsclip::RenderOptions;
    /// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let crumbs = BreadcrumbList::for_article(&prepared);
    /// let doc = JsonLd::from_nodes([crumbs.into()]);
    /// assert_eq!(doc.nodes().len(), 1);
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn from_nodes(nodes: impl IntoIterator<Item = Node>) -> Self {
        JsonLd {
            nodes: nodes.into_iter().collect(),
            nonce: None,
        }
    }

    /// The nodes, in graph order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The nodes, to adjust before embedding.
    pub fn nodes_mut(&mut self) -> &mut Vec<Node> {
        &mut self.nodes
    }

    /// The document as a JSON value (keys sorted; no nulls or empty values).
    pub fn to_value(&self) -> Value {
        let mut doc = Map::new();
        doc.insert(
            "@context".into(),
            Value::String("https://schema.org".into()),
        );
        doc.insert(
            "@graph".into(),
            Value::Array(self.nodes.iter().map(Node::to_value).collect()),
        );
        Value::Object(doc)
    }

    /// Compact JSON, already safe inside a `<script>` element (see
    /// [`escape_json_for_script`]); it is still plain JSON.
    pub fn to_json(&self) -> String {
        escape_json_for_script(&self.to_value().to_string())
    }

    /// Indented JSON, escaped like [`to_json`](Self::to_json).
    pub fn to_json_pretty(&self) -> String {
        let pretty = serde_json::to_string_pretty(&self.to_value()).unwrap_or_default();
        escape_json_for_script(&pretty)
    }

    /// The script element with a CSP `nonce` attribute.
    ///
    /// ```
    /// # use newsclip::render::jsonld::JsonLd;
    /// use maud::Render;
    /// let doc = JsonLd::from_nodes([]);
    /// let html = doc.script_with_nonce("r4nd\"om").render().into_string();
    /// assert_eq!(
    ///     html,
    ///     r#"<script type="application/ld+json" nonce="r4nd&quot;om">{"@context":"https://schema.org","@graph":[]}</script>"#
    /// );
    /// ```
    pub fn script_with_nonce<'a>(&'a self, nonce: &'a str) -> JsonLdScript<'a> {
        JsonLdScript {
            doc: self,
            nonce: Some(nonce),
        }
    }
}

impl Render for JsonLd {
    fn render_to(&self, buffer: &mut String) {
        JsonLdScript {
            doc: self,
            nonce: self.nonce.as_deref(),
        }
        .render_to(buffer);
    }
}

/// A [`JsonLd`] script element with options (a CSP nonce).
#[derive(Debug, Clone, Copy)]
pub struct JsonLdScript<'a> {
    doc: &'a JsonLd,
    nonce: Option<&'a str>,
}

impl Render for JsonLdScript<'_> {
    fn render_to(&self, buffer: &mut String) {
        // maud escapes the nonce as an attribute. Script content is raw text for the HTML
        // parser: JSON escaped for `<script>` (no `<`, `>` or `&` left), never HTML-escaped.
        maud::html! {
            script type="application/ld+json" nonce=[self.nonce] {
                (maud::PreEscaped(self.doc.to_json()))
            }
        }
        .render_to(buffer);
    }
}
