//! The JSON-LD document and its `<script type="application/ld+json">` element, written
//! straight into the caller's buffer: the typed nodes are serialized by serde_json through a
//! formatter that escapes for `<script>` as it writes ([`script_safe`](super::script_safe)),
//! with no intermediate JSON value and no second pass over the text.

use maud::Render;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::node::Node;
use super::script_safe::{ScriptSafe, append_utf8, write_escaped};

/// Written instead of a document that could not be serialized. Serializing the typed nodes
/// cannot fail (string keys only, no custom errors); this only keeps the output valid JSON
/// without a panic if it ever did.
const EMPTY_DOCUMENT: &str = r#"{"@context":"https://schema.org","@graph":[]}"#;

/// Writes `<`, `>`, `&`, U+2028 and U+2029 of serialized JSON as `\u003c`, `\u003e`,
/// `\u0026`, `\u2028`, `\u2029`: for JSON serialized elsewhere that goes into a `<script>`
/// element. (The graph itself is escaped as it is written.) Those characters can only occur
/// inside JSON strings, so the result is the same JSON value.
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
    let written: Result<(), std::convert::Infallible> = write_escaped(json, |piece| {
        out.push_str(piece);
        Ok(())
    });
    match written {
        Ok(()) => out,
    }
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
pub struct JsonLd<'a> {
    nodes: Vec<Node<'a>>,
    /// The CSP nonce of the script element.
    nonce: Option<String>,
}

impl<'a> JsonLd<'a> {
    /// The whole graph for a prepared article, with the options it was prepared with
    /// (the script element carries [`RenderOptions::csp_nonce`](crate::RenderOptions::csp_nonce)).
    pub fn new(prepared: &'a crate::PreparedArticle<'_>) -> Self {
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
    pub fn from_nodes(nodes: impl IntoIterator<Item = Node<'a>>) -> Self {
        JsonLd {
            nodes: nodes.into_iter().collect(),
            nonce: None,
        }
    }

    /// The nodes, in graph order.
    pub fn nodes(&self) -> &[Node<'a>] {
        &self.nodes
    }

    /// The nodes, to adjust before embedding. The article (and the page) carry summaries of
    /// the nodes they refer to ([`ArticleNode::publisher`](super::ArticleNode::publisher),
    /// `author`, `image`, `mainEntityOfPage` …): when you change what a summary holds (a
    /// name, a URL), replace the summary too, with the node's `summary()`.
    pub fn nodes_mut(&mut self) -> &mut Vec<Node<'a>> {
        &mut self.nodes
    }

    /// The document as a JSON value (keys sorted; no nulls or empty values), for inspecting
    /// or testing. Rendering never builds it.
    ///
    /// ```
    /// # use newsclip::render::jsonld::{JsonLd, Person};
    /// let doc = JsonLd::from_nodes([Person::new("https://n.example/#/person/a", "A").into()]);
    /// let value = doc.to_value();
    /// assert_eq!(value["@graph"][0]["name"], "A");
    /// assert_eq!(value.to_string(), doc.to_json());
    /// ```
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self)
            .unwrap_or_else(|_| serde_json::from_str(EMPTY_DOCUMENT).unwrap_or(Value::Null))
    }

    /// Compact JSON, already safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and
    /// U+2029 are written as `\uXXXX` escapes. It is still plain JSON, the same value as
    /// [`to_value`](Self::to_value).
    ///
    /// ```
    /// # use newsclip::render::jsonld::{JsonLd, Person};
    /// let doc = JsonLd::from_nodes([Person::new("https://n.example/#/person/a", "<A & B>").into()]);
    /// assert_eq!(
    ///     doc.to_json(),
    ///     r#"{"@context":"https://schema.org","@graph":[{"@id":"https://n.example/#/person/a","@type":"Person","name":"\u003cA \u0026 B\u003e"}]}"#
    /// );
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_compact(&mut out);
        out
    }

    /// Indented JSON, escaped like [`to_json`](Self::to_json).
    ///
    /// ```
    /// # use newsclip::render::jsonld::JsonLd;
    /// let doc = JsonLd::from_nodes([]);
    /// assert_eq!(doc.to_json_pretty(), "{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": []\n}");
    /// ```
    pub fn to_json_pretty(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out, PrettyFormatter::new());
        out
    }

    /// Appends the document to `out` as compact JSON, escaped for `<script>` as it is written
    /// (the page's path: straight into its buffer, one scan per string).
    fn write_compact(&self, out: &mut String) {
        if !super::compact::append(out, self) {
            out.push_str(EMPTY_DOCUMENT);
        }
    }

    /// Appends the document to `out` through a serde_json formatter, escaped for `<script>`
    /// as it is written.
    fn write_json<F: Formatter>(&self, out: &mut String, formatter: F) {
        // About 1 KB a node in compact form (the seed's six nodes write 5.2 KB); a guess that
        // saves the buffer's first few doublings, not a limit.
        let size_hint = 1024 * self.nodes.len().max(1);
        let written = append_utf8(out, size_hint, |bytes| {
            let mut serializer =
                serde_json::Serializer::with_formatter(bytes, ScriptSafe(formatter));
            self.serialize(&mut serializer)
                .map_err(std::io::Error::from)
        });
        if !written {
            out.push_str(EMPTY_DOCUMENT);
        }
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
    pub fn script_with_nonce<'s>(&'s self, nonce: &'s str) -> JsonLdScript<'s> {
        JsonLdScript {
            doc: self,
            nonce: Some(nonce),
        }
    }
}

/// `{"@context": "https://schema.org", "@graph": [...]}`, nodes as [`Node`] writes them.
impl Serialize for JsonLd<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut doc = serializer.serialize_map(Some(2))?;
        doc.serialize_entry("@context", "https://schema.org")?;
        doc.serialize_entry("@graph", &self.nodes)?;
        doc.end()
    }
}

/// The `<script type="application/ld+json">` element, written straight into the buffer.
impl Render for JsonLd<'_> {
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
    doc: &'a JsonLd<'a>,
    nonce: Option<&'a str>,
}

impl Render for JsonLdScript<'_> {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(r#"<script type="application/ld+json""#);
        if let Some(nonce) = self.nonce {
            // Escaped as maud escapes an attribute value.
            buffer.push_str(r#" nonce=""#);
            nonce.render_to(buffer);
            buffer.push('"');
        }
        buffer.push('>');
        // Script content is raw text for the HTML parser: JSON escaped for `<script>` (no
        // `<`, `>` or `&` left), never HTML-escaped.
        self.doc.write_compact(buffer);
        buffer.push_str("</script>");
    }
}
