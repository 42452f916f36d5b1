//! schema.org JSON-LD: typed nodes linked by `@id` in one `@graph`, embedded safely.
//!
//! [`JsonLd::new`] builds, from a [`PreparedArticle`](crate::PreparedArticle):
//!
//! - the article node (`NewsArticle` by default, or `Article` / `BlogPosting`) with
//!   `headline`, `description` (the article's, else the body excerpt), `image`,
//!   `datePublished` / `dateModified` (ISO 8601 with offset; `dateModified` only when the
//!   article was modified), `author` (one entry per author), `publisher`,
//!   `mainEntityOfPage` and `isPartOf` (the WebPage), `articleSection`, `keywords` (tags),
//!   `wordCount`, `timeRequired` (reading time, `PT4M`), `inLanguage`, `isBasedOn` or
//!   `citation` (sources), `commentCount` and `interactionStatistic` (views) when the page
//!   shows them, `speakable` (opt-in) and `backstory` (opt-in);
//! - `WebPage` (with `breadcrumb`, `primaryImageOfPage`, `relatedLink`, `hasPart`), `WebSite`,
//!   the publisher `Organization` with its logo, one `Person` or `Organization` per author,
//!   the primary `ImageObject` (hero image, else the body's first image), `BreadcrumbList`
//!   (home → section when it has a page → article) and one `FAQPage` (see [`FaqMode`](crate::options::FaqMode)).
//!
//! Where the article refers to its publisher, authors, primary image and page (and the page
//! to its primary image), it embeds a summary of that node next to its `@id` (`@type`, `name`,
//! `url`, the publisher's logo …; see [`Organization::summary`]), for consumers that do not
//! resolve references; a summary only repeats its node's own values, so a JSON-LD processor
//! merges both into one node. Image `width`/`height` are `QuantitativeValue`s in pixels (see
//! [`ImageObject`]).
//!
//! A node whose data is missing is left out; every `{"@id"}` reference in the graph points
//! at a node of the graph; no `null`, empty string or empty array is ever written. Key facts
//! have no schema.org property and stay in the HTML; the background is a `backstory` only
//! when [`JsonLdOptions::background_is_backstory`](crate::options::JsonLdOptions::background_is_backstory) says so.
//!
//! ```
//! use newsclip::{Article, PreparedArticle, Site};
//! use newsclip::render::jsonld::JsonLd;
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder("Headline", "https://newsclip.example/business/a", "2026-04-04")
//!     .section("Business")
//!     .author("Jane Doe")
//!     .body("Some words here.")
//!     .build()?;
//! let options = newsclip::RenderOptions::default();
//! let prepared = PreparedArticle::new(&article, &site, &options);
//! let value = JsonLd::new(&prepared).to_value();
//! let article_node = &value["@graph"][0];
//! assert_eq!(article_node["@type"], "NewsArticle");
//! assert_eq!(article_node["author"][0]["@id"], "https://newsclip.example/#/person/jane-doe");
//! assert_eq!(article_node["author"][0]["name"], "Jane Doe");
//! assert_eq!(article_node["publisher"]["name"], "Newsclip");
//! assert_eq!(article_node["timeRequired"], "PT1M");
//! # Ok::<(), newsclip::ValidationError>(())
//! ```

mod compact;
mod embed;
mod embedded;
mod empty;
mod extras;
mod graph;
mod node;
mod nodes;
mod script_safe;
mod values;

pub use embed::{JsonLd, JsonLdScript, escape_json_for_script};
pub use embedded::AuthorNode;
pub use node::Node;
pub use nodes::{
    ArticleNode, BreadcrumbList, FaqPage, ImageObject, Organization, Person, WebPage, WebSite,
};

pub use values::{
    ActionType, Answer, CorrectionComment, CreativeWork, IdRef, InteractionCounter, ListItem,
    NamedOrganization, OrganizationRef, OrganizationType, Question, SpeakableSpecification,
    WebPageElement,
};
