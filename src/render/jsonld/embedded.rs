//! Copies of nodes embedded where they are referenced, for consumers that do not resolve
//! `@id` references.
//!
//! Google resolves `{"@id": …}` references inside one `@graph`; many other consumers
//! (testing tools, social and SEO crawlers, libraries) read only what is written at the
//! reference. So where the article refers to its publisher, authors, primary image and page
//! (and the page to its primary image), it carries a *summary* of the node: its `@id` and
//! `@type` and the few properties those consumers look for. A summary is a subset of its
//! node, same `@id`, same values (extra properties that replace one of its properties included),
//! so a JSON-LD processor merges both into the one node the graph already has. Nothing in a
//! summary is a blank node (an object without `@id`), which a processor would count as a
//! second node: that is why an image's dimensions stay on the image's own node.

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::empty::never_blank;
use super::extras::Merged;
use super::nodes::{ImageObject, Organization, Person, WebPage};

/// The extra properties of a node that replace one of its summary's `keys`.
fn extras_for(extra: &Map<String, Value>, keys: &[&str]) -> Map<String, Value> {
    extra
        .iter()
        .filter(|(key, _)| keys.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

impl<'a> Organization<'a> {
    /// What an article embeds of this organization: `@id`, `@type` (a
    /// `NewsMediaOrganization` stays one), `name`, `url` and the logo's summary.
    ///
    /// ```
    /// use newsclip::render::jsonld::{ImageObject, Organization};
    ///
    /// let mut org = Organization::new("https://n.example/#organization", "Newsclip");
    /// org.logo = Some(ImageObject::new("https://n.example/logo.png"));
    /// org.extra.insert("sameAs".into(), "https://social.example/n".into());
    /// let summary = org.summary();
    /// assert_eq!(summary.name, "Newsclip");
    /// assert_eq!(summary.logo.unwrap().url, "https://n.example/logo.png");
    /// assert!(summary.extra.is_empty());
    /// ```
    pub fn summary(&self) -> Organization<'a> {
        let mut summary = Organization::new(self.id.clone(), self.name.clone());
        summary.organization_type = self.organization_type;
        summary.url = self.url.clone();
        summary.logo = self.logo.as_ref().map(ImageObject::summary);
        summary.extra = extras_for(&self.extra, &["@type", "name", "url", "logo"]);
        summary
    }
}

impl<'a> Person<'a> {
    /// What an article embeds of this person: `@id`, `@type`, `name` and `url`.
    ///
    /// ```
    /// use newsclip::render::jsonld::Person;
    ///
    /// let mut person = Person::new("https://n.example/#/person/a", "A");
    /// person.url = Some("https://n.example/authors/a".into());
    /// assert_eq!(person.summary(), person);
    /// ```
    pub fn summary(&self) -> Person<'a> {
        let mut summary = Person::new(self.id.clone(), self.name.clone());
        summary.url = self.url.clone();
        summary.extra = extras_for(&self.extra, &["@type", "name", "url"]);
        summary
    }
}

impl<'a> ImageObject<'a> {
    /// What is embedded where this image is referenced: `@id`, `@type`, `url` and
    /// `contentUrl`. Caption, credit, description and dimensions stay on the image's own node
    /// (the dimensions are `QuantitativeValue`s without an `@id`, which would count as new
    /// nodes wherever they were repeated).
    ///
    /// ```
    /// use newsclip::render::jsonld::ImageObject;
    ///
    /// let mut image = ImageObject::new("https://n.example/a.jpg");
    /// image.id = Some("https://n.example/a#primaryimage".into());
    /// image.width = Some(1600);
    /// image.caption = Some("A crane".into());
    /// let summary = image.summary();
    /// assert_eq!(summary.id, image.id);
    /// assert_eq!(summary.url, "https://n.example/a.jpg");
    /// assert!(summary.width.is_none() && summary.caption.is_none());
    /// ```
    pub fn summary(&self) -> ImageObject<'a> {
        let mut summary = ImageObject::new(self.url.clone());
        summary.id = self.id.clone();
        summary.content_url = self.content_url.clone();
        summary.extra = extras_for(&self.extra, &["@type", "url", "contentUrl"]);
        summary
    }
}

impl<'a> WebPage<'a> {
    /// What an article embeds of its page: `@id`, `@type`, `url` and `name`.
    ///
    /// ```
    /// # use newsclip::{Article, PreparedArticle, RenderOptions, Site};
    /// # use newsclip::render::jsonld::{JsonLd, Node};
    /// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let doc = JsonLd::new(&prepared);
    /// let Node::WebPage(page) = &doc.nodes()[1] else { panic!("the page is second") };
    /// let summary = page.summary();
    /// assert_eq!(summary.url, "https://newsclip.example/a");
    /// assert!(summary.breadcrumb.is_none() && summary.description.is_none());
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn summary(&self) -> WebPage<'a> {
        let mut summary =
            super::nodes::new_web_page(self.id.clone(), self.url.clone(), self.name.clone());
        summary.extra = extras_for(&self.extra, &["@type", "url", "name"]);
        summary
    }
}

/// An author as the article embeds it: a person or an organization.
///
/// ```
/// use newsclip::render::jsonld::{AuthorNode, Person};
///
/// let author = AuthorNode::Person(Person::new("https://n.example/#/person/a", "A"));
/// assert_eq!(
///     serde_json::to_value(&author).unwrap(),
///     serde_json::json!({"@id": "https://n.example/#/person/a", "@type": "Person", "name": "A"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
// An `Organization` holds the publisher's ten policy fields; a page has a handful of authors,
// built once, so the size does not matter and boxing would only make them clumsier to use.
#[allow(clippy::large_enum_variant)]
pub enum AuthorNode<'a> {
    /// A person.
    Person(Person<'a>),
    /// An organization (the publisher, when it is the author).
    Organization(Organization<'a>),
}

impl<'a> AuthorNode<'a> {
    /// The author's `@id`.
    ///
    /// ```
    /// use newsclip::render::jsonld::{AuthorNode, Person};
    /// let author = AuthorNode::Person(Person::new("https://n.example/#/person/a", "A"));
    /// assert_eq!(author.id(), "https://n.example/#/person/a");
    /// ```
    pub fn id(&self) -> &str {
        match self {
            AuthorNode::Person(p) => &p.id,
            AuthorNode::Organization(o) => &o.id,
        }
    }

    /// The summary of the author's node (see [`Person::summary`],
    /// [`Organization::summary`]).
    ///
    /// ```
    /// use newsclip::render::jsonld::{AuthorNode, Organization};
    /// let org = Organization::new("https://n.example/#organization", "Newsclip");
    /// let author = AuthorNode::Organization(org.clone()).summary();
    /// assert_eq!(author, AuthorNode::Organization(org.summary()));
    /// ```
    pub fn summary(&self) -> AuthorNode<'a> {
        match self {
            AuthorNode::Person(p) => AuthorNode::Person(p.summary()),
            AuthorNode::Organization(o) => AuthorNode::Organization(o.summary()),
        }
    }
}

/// The person or organization, extras merged.
impl Serialize for AuthorNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AuthorNode::Person(p) => Merged(p).serialize(serializer),
            AuthorNode::Organization(o) => Merged(o).serialize(serializer),
        }
    }
}

// It writes its `@type`, so it is never empty.
never_blank!(AuthorNode<'_>);
