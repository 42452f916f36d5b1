//! The page's one id space: the ids the components write, and what ids from content may be.

/// Every id a component of the page writes, as `{prefix}{name}`.
///
/// The body's id allocator reserves all of them before content takes its own, so no content
/// (an explicit `id` in raw HTML or an HTML body, a heading slug, a footnote) can claim one,
/// under any prefix.
///
/// ```
/// use newsclip::options::{ComponentId, IdOptions};
///
/// let ids = IdOptions::default();
/// assert_eq!(ids.component(ComponentId::CommentsSlot), "nc_comments-slot");
/// assert_eq!(ComponentId::ALL.len(), ids.reserved().count());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComponentId {
    /// `main`: the `<main>` of a full page.
    Main,
    /// `headline`: the headline heading (the article is labelled by it).
    Headline,
    /// `toc-title`: the table of contents heading.
    TocTitle,
    /// `corrections-title`: the corrections heading.
    CorrectionsTitle,
    /// `key-facts-title`: the key facts heading.
    KeyFactsTitle,
    /// `background-title`: the background heading.
    BackgroundTitle,
    /// `quick-answers-title`: the quick answers heading.
    QuickAnswersTitle,
    /// `faq-title`: the FAQ heading.
    FaqTitle,
    /// `sources-title`: the source reference heading.
    SourcesTitle,
    /// `related-title`: the "More from …" heading.
    RelatedTitle,
    /// `comments-title`: the comments heading.
    CommentsTitle,
    /// `comments-slot`: the element the site fills with its comments widget.
    CommentsSlot,
}

impl ComponentId {
    /// Every component id.
    pub const ALL: [ComponentId; 12] = [
        ComponentId::Main,
        ComponentId::Headline,
        ComponentId::TocTitle,
        ComponentId::CorrectionsTitle,
        ComponentId::KeyFactsTitle,
        ComponentId::BackgroundTitle,
        ComponentId::QuickAnswersTitle,
        ComponentId::FaqTitle,
        ComponentId::SourcesTitle,
        ComponentId::RelatedTitle,
        ComponentId::CommentsTitle,
        ComponentId::CommentsSlot,
    ];

    /// Every component's [`name`](Self::name), in [`ALL`](Self::ALL)'s order.
    pub(crate) const NAMES: [&'static str; 12] = {
        let mut names = [""; 12];
        let mut i = 0;
        while i < names.len() {
            names[i] = ComponentId::ALL[i].name();
            i += 1;
        }
        names
    };

    /// The name after the prefix.
    pub const fn name(self) -> &'static str {
        match self {
            ComponentId::Main => "main",
            ComponentId::Headline => "headline",
            ComponentId::TocTitle => "toc-title",
            ComponentId::CorrectionsTitle => "corrections-title",
            ComponentId::KeyFactsTitle => "key-facts-title",
            ComponentId::BackgroundTitle => "background-title",
            ComponentId::QuickAnswersTitle => "quick-answers-title",
            ComponentId::FaqTitle => "faq-title",
            ComponentId::SourcesTitle => "sources-title",
            ComponentId::RelatedTitle => "related-title",
            ComponentId::CommentsTitle => "comments-title",
            ComponentId::CommentsSlot => "comments-slot",
        }
    }
}

/// What ids from article content (heading slugs, explicit ids in raw HTML or an HTML body,
/// footnotes) may be. In both modes they are unique on the page and never equal a
/// [`ComponentId`], and `name` attributes from content are dropped.
///
/// ```
/// use newsclip::options::ContentIds;
///
/// assert_eq!(ContentIds::default(), ContentIds::AsWritten);
/// assert_eq!(ContentIds::user_content(), ContentIds::Prefixed("user-content-".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ContentIds {
    /// Ids as the content gives them (an explicit id made of letters, digits, `-` and `_`
    /// is kept), or a slug of the heading text; one that is taken gets a `-1`, `-2` … suffix.
    /// Readable anchors (`#background-on-the-breach`). Default.
    #[default]
    AsWritten,
    /// Every content id, and every in-page link to one, gets this prefix (only ASCII
    /// letters, digits, `-` and `_` of it are kept): the defence GitHub and DOMPurify's
    /// `SANITIZE_NAMED_PROPS` use, so no content id can shadow a global variable a script
    /// of the site reads (`window.config`). Use it when the page runs scripts that read
    /// globals.
    Prefixed(String),
}

impl ContentIds {
    /// `Prefixed("user-content-")`, GitHub's prefix.
    pub fn user_content() -> Self {
        ContentIds::Prefixed("user-content-".into())
    }

    /// The prefix content ids get, cleaned (empty for [`ContentIds::AsWritten`]).
    pub(crate) fn prefix(&self) -> String {
        match self {
            ContentIds::AsWritten => String::new(),
            ContentIds::Prefixed(prefix) => {
                prefix.chars().filter(|c| is_id_char(*c)).take(80).collect()
            }
        }
    }
}

/// Component ids and the content id policy.
///
/// ```
/// use newsclip::options::{ComponentId, IdOptions};
///
/// let mut ids = IdOptions::default();
/// ids.component_prefix = "story2_".into();
/// assert_eq!(ids.component(ComponentId::Headline), "story2_headline");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdOptions {
    /// Prefix of every component id (`nc_headline`, `nc_key-facts-title` …). Default `nc_`.
    /// Give each article its own prefix when a page shows several. Only ASCII letters,
    /// digits, `-` and `_` are kept.
    pub component_prefix: String,
    /// What content ids may be. Default [`ContentIds::AsWritten`].
    pub content: ContentIds,
}

impl Default for IdOptions {
    fn default() -> Self {
        IdOptions {
            component_prefix: "nc_".into(),
            content: ContentIds::default(),
        }
    }
}

impl IdOptions {
    /// The id a component writes.
    pub fn component(&self, component: ComponentId) -> String {
        let name = component.name();
        let mut id = String::with_capacity(self.component_prefix.len() + name.len());
        id.extend(self.component_prefix.chars().filter(|c| is_id_char(*c)));
        id.push_str(name);
        id
    }

    /// The component prefix as written: only ASCII letters, digits, `-` and `_` of
    /// [`component_prefix`](Self::component_prefix).
    pub(crate) fn written_component_prefix(&self) -> String {
        self.component_prefix
            .chars()
            .filter(|c| is_id_char(*c))
            .collect()
    }

    /// Every component id: what content can never take.
    pub fn reserved(&self) -> impl Iterator<Item = String> + '_ {
        ComponentId::ALL.into_iter().map(|c| self.component(c))
    }

    /// Component ids `{name}_…` and content ids `{name}-…`, from one name: what each
    /// article needs when a page shows several (two articles with a heading "Background"
    /// would otherwise both claim `id="background"`). Only ASCII letters and digits of
    /// `name` are kept, so ids of articles with different names can never be equal (one
    /// name's ids continue with `_` or `-` where a longer name continues with a letter or
    /// digit).
    ///
    /// ```
    /// use newsclip::options::{ComponentId, ContentIds, IdOptions};
    ///
    /// let ids = IdOptions::with_prefix("story2");
    /// assert_eq!(ids.component(ComponentId::Headline), "story2_headline");
    /// assert_eq!(ids.content, ContentIds::Prefixed("story2-".into()));
    /// assert_eq!(IdOptions::with_prefix("a-b_c").component_prefix, "abc_");
    /// ```
    pub fn with_prefix(name: &str) -> Self {
        let name = prefix_name(name);
        IdOptions {
            component_prefix: format!("{name}_"),
            content: ContentIds::Prefixed(format!("{name}-")),
        }
    }

    /// Every component id, built once for a page: the ids one after another in one string
    /// (one allocation per page, not one per id).
    pub(crate) fn resolve(&self) -> ComponentIds {
        let prefix = self.written_component_prefix();
        let names: usize = ComponentId::NAMES.iter().map(|n| n.len()).sum();
        let mut all = String::with_capacity(names + prefix.len() * ComponentId::ALL.len());
        let ends = ComponentId::NAMES.map(|name| {
            all.push_str(&prefix);
            all.push_str(name);
            all.len()
        });
        ComponentIds { all, ends }
    }
}

/// The page's component ids, built once ([`IdOptions::resolve`]) and lent to every component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ComponentIds {
    /// Every id, in the order of [`ComponentId::ALL`].
    all: String,
    /// Where each id ends in `all`.
    ends: [usize; ComponentId::ALL.len()],
}

impl ComponentIds {
    /// The id of `component`.
    pub(crate) fn get(&self, component: ComponentId) -> &str {
        // `ALL` lists every variant in declaration order, so the discriminant is the index.
        let at = component as usize;
        let start = at.checked_sub(1).and_then(|i| self.ends.get(i)).copied();
        let end = self.ends.get(at).copied();
        self.all
            .get(start.unwrap_or(0)..end.unwrap_or(0))
            .unwrap_or_default()
    }
}

/// What a configured id prefix keeps: ASCII letters, digits, `-` and `_`.
fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_')
}

/// The ASCII letters and digits of a name given to [`IdOptions::with_prefix`] or
/// [`RenderOptions::set_prefix`](super::RenderOptions::set_prefix).
pub(super) fn prefix_name(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolved_ids_are_indexed_by_component() {
        let ids = IdOptions::default();
        let resolved = ids.resolve();
        for c in ComponentId::ALL {
            assert_eq!(resolved.get(c), ids.component(c));
        }
    }

    #[test]
    fn names_are_distinct() {
        let ids = IdOptions::default();
        let all: std::collections::HashSet<String> = ids.reserved().collect();
        assert_eq!(all.len(), ComponentId::ALL.len());
        let names: Vec<String> = ComponentId::NAMES
            .iter()
            .map(|n| format!("{}{n}", ids.written_component_prefix()))
            .collect();
        assert_eq!(names, ids.reserved().collect::<Vec<_>>());
    }

    #[test]
    fn prefixes_are_cleaned() {
        let ids = IdOptions {
            component_prefix: "a\" b<".into(),
            ..IdOptions::default()
        };
        assert_eq!(ids.component(ComponentId::Main), "abmain");
        assert_eq!(ContentIds::Prefixed("u c\"-".into()).prefix(), "uc-");
    }
}
