//! What the JSON-LD graph contains: article type, FAQ mode, source relation, speakable,
//! counts, backstory and per-node extensions.

use serde_json::{Map, Value};

/// The schema.org type of the article node. Google's Article rich result reads these three.
///
/// ```
/// use newsclip::options::ArticleType;
///
/// assert_eq!(ArticleType::default(), ArticleType::NewsArticle);
/// assert_eq!(ArticleType::BlogPosting.as_str(), "BlogPosting");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ArticleType {
    /// `NewsArticle`: reporting on current events (the default).
    #[default]
    NewsArticle,
    /// `Article`: the general type.
    Article,
    /// `BlogPosting`: a blog post.
    BlogPosting,
}

impl ArticleType {
    /// The schema.org type name.
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleType::NewsArticle => "NewsArticle",
            ArticleType::Article => "Article",
            ArticleType::BlogPosting => "BlogPosting",
        }
    }
}

/// Whether and how the page's questions become one `FAQPage` node.
///
/// **What Google's changes mean.** In August 2023 Google limited FAQ rich results to
/// "well-known, authoritative websites that are government-focused or health-focused"
/// ([announcement](https://developers.google.com/search/blog/2023/08/howto-faq-changes)).
/// As of May 7, 2026 FAQ rich results no longer appear in Google Search at all; Google drops
/// the FAQ search appearance, its rich result report and Rich Results Test support in June
/// 2026, and Search Console API support in August 2026
/// ([changelog](https://developers.google.com/search/updates#removing-faq-rich-result)).
/// So for Google, `FAQPage` markup earns **nothing** any more. It stays valid schema.org
/// vocabulary that other search and answer engines may read, and here it only describes
/// questions and answers the page really shows, so the default keeps it; it costs a few
/// hundred bytes. Set [`FaqMode::Off`] to leave it out. What matters to readers (and to
/// Google) is the visible FAQ section in the HTML.
///
/// A page may hold only one `FAQPage`, so quick answers and the FAQ are merged into it.
///
/// ```
/// use newsclip::options::FaqMode;
///
/// assert_eq!(FaqMode::default(), FaqMode::Merged);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum FaqMode {
    /// Quick answers, then FAQ entries, in one `FAQPage` (the default).
    #[default]
    Merged,
    /// Only the FAQ entries.
    FaqOnly,
    /// No `FAQPage`.
    Off,
}

/// How source references are attached to the article node.
///
/// ```
/// use newsclip::options::SourceRelation;
///
/// assert_eq!(SourceRelation::default().property(), "isBasedOn");
/// assert_eq!(SourceRelation::Citation.property(), "citation");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum SourceRelation {
    /// `isBasedOn`: "a resource from which this work is derived". Right for a news
    /// discovery site whose article retells the original reporting (the default).
    #[default]
    IsBasedOn,
    /// `citation`: a reference the article cites.
    Citation,
}

impl SourceRelation {
    /// The schema.org property name.
    pub fn property(self) -> &'static str {
        match self {
            SourceRelation::IsBasedOn => "isBasedOn",
            SourceRelation::Citation => "citation",
        }
    }
}

/// The action a view count counts, in `interactionStatistic`.
///
/// schema.org asks for "the most specific Action"; `ReadAction` ("the act of consuming
/// written content") is more specific for an article than `ViewAction` ("consuming static
/// visual content"), so it is the default.
///
/// ```
/// use newsclip::options::ViewAction;
///
/// assert_eq!(ViewAction::default().as_str(), "ReadAction");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ViewAction {
    /// `ReadAction` (the default).
    #[default]
    Read,
    /// `ViewAction`.
    View,
}

impl ViewAction {
    /// The schema.org type name.
    pub fn as_str(self) -> &'static str {
        match self {
            ViewAction::Read => "ReadAction",
            ViewAction::View => "ViewAction",
        }
    }
}

/// Extra properties merged into nodes of each kind: the escape hatch for anything this crate
/// does not model (`sameAs`, `copyrightHolder`, `isAccessibleForFree` …).
///
/// An extra property replaces a built-in one of the same name, except `@id` and `@context`,
/// which are never replaced (so every reference keeps resolving). Null, empty strings, empty
/// arrays and empty objects are dropped like everything else. Values go through the same
/// `<script>`-safe escaping as the rest of the graph.
///
/// ```
/// use newsclip::options::Extensions;
/// use serde_json::json;
///
/// let mut ext = Extensions::default();
/// ext.article.insert("isAccessibleForFree".into(), json!(true));
/// assert_eq!(ext.article.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Extensions {
    /// Merged into the article node.
    pub article: Map<String, Value>,
    /// Merged into the WebPage node.
    pub web_page: Map<String, Value>,
    /// Merged into the WebSite node.
    pub web_site: Map<String, Value>,
    /// Merged into the publisher Organization node.
    pub organization: Map<String, Value>,
    /// Merged into every author node (Person or Organization).
    pub author: Map<String, Value>,
    /// Merged into the primary ImageObject node.
    pub image: Map<String, Value>,
    /// Merged into the BreadcrumbList node.
    pub breadcrumb: Map<String, Value>,
    /// Merged into the FAQPage node.
    pub faq_page: Map<String, Value>,
}

/// Options for the JSON-LD graph.
///
/// ```
/// use newsclip::options::{ArticleType, JsonLdOptions};
///
/// let mut options = JsonLdOptions::default();
/// options.article_type = ArticleType::BlogPosting;
/// options.speakable = true;
/// assert!(options.interaction_counts);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct JsonLdOptions {
    /// The article node's type. Default [`ArticleType::NewsArticle`].
    pub article_type: ArticleType,
    /// How sources attach. Default [`SourceRelation::IsBasedOn`].
    pub source_relation: SourceRelation,
    /// Emit `speakable` with CSS selectors for the rendered quick answers and key facts.
    /// Default off: Google's speakable is a beta for US English on Google Assistant devices.
    pub speakable: bool,
    /// Speakable CSS selectors to use instead of the ones built from
    /// [`RenderOptions::classes`](super::RenderOptions::classes). Default empty (build them
    /// from the classes).
    pub speakable_selectors: Vec<String>,
    /// Emit `commentCount` and the view `interactionStatistic` when the article has counts
    /// (a count present in the article means the page shows it). Set `false` when your page
    /// hides them. Default on.
    pub interaction_counts: bool,
    /// The action a view count counts. Default [`ViewAction::Read`].
    pub view_action: ViewAction,
    /// Emit the background paragraph as `backstory`. Only set this when the site's
    /// background text explains how and why the article was made (schema.org's meaning);
    /// background on the topic is not a backstory. Default off.
    pub background_is_backstory: bool,
    /// Extra properties per node kind.
    pub extensions: Extensions,
}

impl Default for JsonLdOptions {
    fn default() -> Self {
        JsonLdOptions {
            article_type: ArticleType::default(),
            source_relation: SourceRelation::default(),
            speakable: false,
            speakable_selectors: Vec::new(),
            interaction_counts: true,
            view_action: ViewAction::default(),
            background_is_backstory: false,
            extensions: Extensions::default(),
        }
    }
}
