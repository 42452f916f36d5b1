//! Every setting, in one place.
//!
//! [`RenderOptions`] is what a page is rendered with. It holds one field per renderer for what
//! only that renderer reads ([`HtmlOptions`], [`JsonLdOptions`], [`MetaOptions`],
//! [`BodyOptions`]) and, at its top level, what several renderers must agree on:
//!
//! | setting | read by |
//! | --- | --- |
//! | [`heading_level`](RenderOptions::heading_level) | the headline, the boxes, the body's headings |
//! | [`ids`](RenderOptions::ids) | component ids, the body's ids (which never take a component id) |
//! | [`links`](RenderOptions::links) | every link whose URL came from the input: body, answers, sources, section, authors, related |
//! | [`classes`](RenderOptions::classes) | the HTML, the stylesheet, the JSON-LD `speakable` selectors |
//! | [`faq`](RenderOptions::faq) | the JSON-LD `FAQPage` and the lint |
//! | [`csp_nonce`](RenderOptions::csp_nonce) | the JSON-LD `<script>` and the page's `<style>` |
//!
//! A [`PreparedArticle`](crate::PreparedArticle) is made from one `RenderOptions` and keeps
//! it, so every component, the head tags, the JSON-LD and the lint read the same settings:
//! there is no second copy to keep in step.
//!
//! ```
//! use newsclip::options::{ContentIds, RenderOptions};
//! use newsclip::{Article, PreparedArticle, Site};
//!
//! let mut options = RenderOptions::default();
//! options.heading_level = 2; // the host page owns the h1
//! options.ids.content = ContentIds::Prefixed("user-content-".into());
//! options.links.new_tab = true;
//!
//! let site = Site::new("Newsclip", "https://newsclip.example/")?;
//! let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
//!     .section("Business")
//!     .body("# First\n\nSee [Wired](https://wired.example/x).")
//!     .build()?;
//! let prepared = PreparedArticle::new(&article, &site, &options);
//! let body = prepared.body().html().as_str();
//! assert!(body.starts_with(r#"<h3 id="user-content-first">First</h3>"#));
//! assert!(body.contains(r#"rel="noopener noreferrer" target="_blank""#));
//! # Ok::<(), newsclip::ValidationError>(())
//! ```

mod body;
mod builtin;
pub mod classes;
mod formats;
mod html;
mod ids;
mod jsonld;
mod labels;
mod locale;
mod meta;
mod plural;

pub use crate::model::values::Direction;
pub use body::{BodyOptions, RawHtml};
pub use classes::Classes;
pub use formats::{FormatPatterns, Formats};
pub use html::{AnswerStyle, HtmlOptions, Part, TagLinks};
pub(crate) use ids::ComponentIds;
pub use ids::{ComponentId, ContentIds, IdOptions};
pub use jsonld::{ArticleType, Extensions, FaqMode, JsonLdOptions, SourceRelation, ViewAction};
pub use labels::Labels;
pub use locale::{Locale, NoBuiltInLocale};
pub use meta::MetaOptions;
pub use plural::Plural;

pub(crate) use labels::fill_with;

/// `rel` and `target` for every link whose URL came from the input and leads to another
/// host: links in the body and in answers, sources, the section, authors and related
/// articles.
///
/// A link leads to another host when the URL written in its `href`, resolved the way a
/// browser resolves it (WHATWG URL parsing against the article's canonical URL), has a host
/// other than the site's.
///
/// ```
/// let policy = newsclip::options::LinkPolicy::default();
/// assert_eq!(policy.rel, "noopener noreferrer");
/// assert!(!policy.new_tab);
/// assert_eq!(policy.rel_tokens(), "noopener noreferrer");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LinkPolicy {
    /// The `rel` attribute; empty for none. Only tokens of ASCII letters, digits and `-` are
    /// written (lowercased). Default `noopener noreferrer`; add `nofollow` or `ugc` as needed.
    pub rel: String,
    /// Open in a new tab (`target="_blank"`). Default off.
    pub new_tab: bool,
}

impl Default for LinkPolicy {
    fn default() -> Self {
        LinkPolicy {
            rel: "noopener noreferrer".into(),
            new_tab: false,
        }
    }
}

impl LinkPolicy {
    /// The `rel` value as written: valid tokens only, lowercased, single spaces. Borrowed
    /// when [`rel`](Self::rel) is already written so.
    pub fn rel_tokens(&self) -> std::borrow::Cow<'_, str> {
        let configured = self.rel.as_str();
        let clean = !configured.starts_with(' ')
            && !configured.ends_with(' ')
            && !configured.contains("  ")
            && configured
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b' ');
        if clean {
            return std::borrow::Cow::Borrowed(configured);
        }
        let mut rel = String::new();
        for token in configured.split_ascii_whitespace() {
            if token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                if !rel.is_empty() {
                    rel.push(' ');
                }
                rel.extend(token.chars().map(|c| c.to_ascii_lowercase()));
            }
        }
        std::borrow::Cow::Owned(rel)
    }
}

/// Options for everything a page is rendered with. Start from
/// [`RenderOptions::default`] (labels, direction and formats from the article's language,
/// `nc-` classes, `nc_` ids, headline as `h1`, the seed
/// page's parts) and change fields; see the [module docs](self) for which renderer reads
/// what.
///
/// ```
/// use newsclip::options::{AnswerStyle, Locale, Part, RenderOptions};
///
/// let mut options = RenderOptions::for_locale(Locale::German);
/// options.heading_level = 2;
/// options.html.faq_style = AnswerStyle::Static;
/// options.html.parts.retain(|p| *p != Part::Comments);
/// assert_eq!(options.body_heading_level(), 3);
/// assert_eq!(options.html.labels.as_ref().map(|l| l.comments.as_str()), Some("Kommentare"));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RenderOptions {
    /// What only the HTML components read: labels, parts, answer styles, tag links …
    pub html: HtmlOptions,
    /// What only the JSON-LD graph reads.
    pub jsonld: JsonLdOptions,
    /// What only the head tags read.
    pub meta: MetaOptions,
    /// What only body preparation reads: Markdown extensions, raw HTML, statistics.
    pub body: BodyOptions,
    /// The level of the headline, 1 to 4 (clamped). Box headings and the body's top-level
    /// headings are one level deeper, static questions two. Default 1; use 2 when the host
    /// page has its own `h1`.
    pub heading_level: u8,
    /// Component ids and what content ids may be.
    pub ids: IdOptions,
    /// `rel`/`target` for links to other hosts.
    pub links: LinkPolicy,
    /// Every class name; the JSON-LD `speakable` selectors use the same. Default prefix `nc-`.
    pub classes: Classes,
    /// Which questions become the JSON-LD `FAQPage` (and so which the lint checks). Default
    /// [`FaqMode::Merged`].
    pub faq: FaqMode,
    /// A Content-Security-Policy nonce for the elements the crate writes that a CSP checks:
    /// the JSON-LD `<script>` and the [`Page`](crate::render::html::Page)'s `<style>`.
    /// Default none. Characters outside base64 (`A-Z a-z 0-9 + / = - _`) are dropped.
    pub csp_nonce: Option<String>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            html: HtmlOptions::default(),
            jsonld: JsonLdOptions::default(),
            meta: MetaOptions::default(),
            body: BodyOptions::default(),
            heading_level: 1,
            ids: IdOptions::default(),
            links: LinkPolicy::default(),
            classes: Classes::default(),
            faq: FaqMode::default(),
            csp_nonce: None,
        }
    }
}

impl RenderOptions {
    /// Defaults with a built-in locale's labels, whatever the article's language.
    pub fn for_locale(locale: Locale) -> Self {
        RenderOptions {
            html: HtmlOptions::for_locale(locale),
            ..RenderOptions::default()
        }
    }

    /// The headline's level, 1..=4.
    pub fn headline_level(&self) -> u8 {
        self.level(0)
    }

    /// The level the body's top-level headings render at: one below the headline.
    pub fn body_heading_level(&self) -> u8 {
        self.level(1)
    }

    /// The heading level `depth` below the headline, kept within 1..=6.
    pub(crate) fn level(&self, depth: u8) -> u8 {
        self.heading_level.clamp(1, 4).saturating_add(depth).min(6)
    }

    /// The CSP nonce as written: base64 characters only; `None` when nothing is left.
    pub(crate) fn nonce(&self) -> Option<String> {
        let nonce: String = self
            .csp_nonce
            .as_deref()?
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_'))
            .collect();
        (!nonce.is_empty()).then_some(nonce)
    }
}

/// One name for the classes, the component ids and the content ids.
impl RenderOptions {
    /// Sets every name the page gets from one `name`: classes `{name}-…`
    /// ([`Classes::with_prefix`]), component ids `{name}_…` and content ids `{name}-…`
    /// ([`IdOptions::with_prefix`]). Only ASCII letters and digits of `name` are kept.
    ///
    /// For several articles on one page with one stylesheet, keep the classes and give each
    /// article its own ids: `options.ids = IdOptions::with_prefix("story2")`. For one
    /// article whose anchors should stay readable (`#background`), set
    /// `options.ids.content = ContentIds::AsWritten` afterwards.
    ///
    /// ```
    /// use newsclip::options::{ComponentId, RenderOptions};
    /// use newsclip::{Article, PreparedArticle, Site};
    ///
    /// let mut options = RenderOptions::default();
    /// options.set_prefix("news");
    /// assert_eq!(options.classes.headline, "news-headline");
    /// assert_eq!(options.ids.component(ComponentId::Headline), "news_headline");
    ///
    /// let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business")
    ///     .body("## Background\n\nText.")
    ///     .build()?;
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let html = newsclip::render::html::render_article(&prepared).into_string();
    /// assert!(html.contains(r#"<h1 class="news-headline" id="news_headline">"#));
    /// assert!(html.contains(r#"<h2 id="news-background">Background</h2>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn set_prefix(&mut self, name: &str) -> &mut Self {
        self.ids = IdOptions::with_prefix(name);
        self.classes = Classes::with_prefix(&format!("{}-", ids::prefix_name(name)));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_clamped() {
        let mut o = RenderOptions::default();
        assert_eq!((o.level(0), o.level(1), o.level(2)), (1, 2, 3));
        o.heading_level = 0;
        assert_eq!(o.level(0), 1);
        o.heading_level = 200;
        assert_eq!((o.level(0), o.level(2)), (4, 6));
    }

    #[test]
    fn rel_is_cleaned_once() {
        let mut p = LinkPolicy::default();
        assert!(matches!(p.rel_tokens(), std::borrow::Cow::Borrowed(_)));
        p.rel = "  NoFollow  ugc bad\"rel x=y ".into();
        assert_eq!(p.rel_tokens(), "nofollow ugc");
    }

    #[test]
    fn nonce_keeps_base64_only() {
        let mut o = RenderOptions::default();
        assert_eq!(o.nonce(), None);
        o.csp_nonce = Some("ab+/=\"><".into());
        assert_eq!(o.nonce().as_deref(), Some("ab+/="));
        o.csp_nonce = Some("\"<>".into());
        assert_eq!(o.nonce(), None);
    }
}
