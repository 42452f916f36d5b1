//! Builds the nodes from a prepared article. Every node whose data is missing is left out,
//! and a reference is only written when its target node is built too.
//!
//! `@id`s are absolute and stable:
//!
//! | node | `@id` |
//! | --- | --- |
//! | article | `{canonical}#article` |
//! | WebPage | `{canonical}#webpage` |
//! | primary ImageObject | `{canonical}#primaryimage` |
//! | BreadcrumbList | `{canonical}#breadcrumb` |
//! | FAQPage | `{canonical}#faq` |
//! | publisher Organization | `{publisher url}#organization` (`{base}#organization` when the site publishes) |
//! | WebSite | `{base}#website` |
//! | Person author | `{base}#/person/{slug of the name}` |
//! | Organization author | `{base}#/organization/{slug of the name}`, or the publisher's id when it is the publisher |

use std::borrow::Cow;

use crate::PreparedArticle;
use crate::model::input::AuthorKind;
use crate::model::values::{AbsoluteUrl, WebUrl};
use crate::sanitize::slugify;

use super::embedded::AuthorNode;
use super::node::Node;
use super::nodes::{
    ArticleNode, BreadcrumbList, FaqPage, ImageObject, Organization, Person, WebSite,
    new_breadcrumb_list, new_faq_page, new_web_page, new_web_site,
};
use super::values::{
    CorrectionComment, CreativeWork, IdRef, InteractionCounter, ListItem, NamedOrganization,
    OrganizationRef, OrganizationType, Question, SpeakableSpecification, WebPageElement,
};
use crate::options::{ArticleType, SourceRelation};
use crate::render::html::style;
use crate::sanitize::{PaywallMarker, TextMode, clean_text};

/// `{url}#{fragment}`, replacing any fragment the URL has. The fragments are our own ASCII
/// names, so this is what `Url::set_fragment` writes, without cloning and re-serializing the
/// URL.
fn id(url: &AbsoluteUrl, fragment: &str) -> String {
    // The URL up to its fragment, as the parser recorded it (no search).
    let base = &url.as_url()[..url::Position::AfterQuery];
    let mut id = String::with_capacity(base.len() + 1 + fragment.len());
    id.push_str(base);
    id.push('#');
    id.push_str(fragment);
    id
}

fn publisher_id<'p>(prepared: &PreparedArticle<'_>) -> Cow<'p, str> {
    id(prepared.site().publisher().url(), "organization").into()
}

/// `url` as an absolute URL: borrowed when it is one already, resolved against the site's
/// base otherwise.
fn resolve<'p>(site: &'p crate::Site, url: &'p WebUrl) -> Cow<'p, str> {
    match url {
        WebUrl::Absolute(url) => Cow::Borrowed(url.as_str()),
        WebUrl::Relative(_) => Cow::Owned(site.resolve(url).as_str().to_string()),
    }
}

impl<'p> Organization<'p> {
    /// The publisher, with its logo as an ImageObject and its `sameAs` profiles; a
    /// `NewsMediaOrganization` with its policy pages (the Trust Project's indicators) when it
    /// gives any.
    ///
    /// ```
    /// use newsclip::{Article, PreparedArticle, Site};
    /// use newsclip::render::jsonld::Organization;
    /// use newsclip::RenderOptions;
    ///
    /// let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business").body("Text.").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let org = Organization::publisher_of(&prepared);
    /// assert_eq!(org.id, "https://newsclip.example/#organization");
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn publisher_of(prepared: &'p PreparedArticle<'_>) -> Organization<'p> {
        let options = &prepared.options().jsonld;
        let publisher = prepared.site().publisher();
        let mut org = Organization::new(publisher_id(prepared), publisher.name());
        org.url = Some(publisher.url().as_str().into());
        org.logo = publisher.logo().map(|logo| {
            let mut img = ImageObject::new(logo.url().as_str());
            img.id = Some(id(publisher.url(), "logo").into());
            img.width = logo.width();
            img.height = logo.height();
            img
        });
        org.same_as = publisher
            .same_as()
            .iter()
            .map(|u| u.as_str().into())
            .collect();
        let policies = publisher.policies();
        if publisher.is_news_media() {
            org.organization_type = OrganizationType::NewsMediaOrganization;
        }
        for (policy, url) in policies.iter() {
            *org.policy_mut(policy) = Some(url.as_str().into());
        }
        org.extra = options.extensions.organization.clone();
        org
    }
}

impl<'p> WebSite<'p> {
    /// The site, published by the publisher.
    ///
    /// ```
    /// # use newsclip::{Article, PreparedArticle, Site};
    /// # use newsclip::render::jsonld::WebSite;
    /// # use newsclip::RenderOptions;
    /// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let web_site = WebSite::for_article(&prepared);
    /// assert_eq!(web_site.id, "https://newsclip.example/#website");
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn for_article(prepared: &'p PreparedArticle<'_>) -> WebSite<'p> {
        let options = &prepared.options().jsonld;
        let site = prepared.site();
        let mut node = new_web_site(
            id(site.base_url(), "website").into(),
            site.base_url().as_str().into(),
            site.name().into(),
        );
        node.publisher = Some(IdRef::new(publisher_id(prepared)));
        node.in_language = Some(site.language().as_str().into());
        node.extra = options.extensions.web_site.clone();
        node
    }
}

impl<'p> ImageObject<'p> {
    /// The primary image of the page: the hero image, else the body's first image. `None`
    /// when there is neither.
    ///
    /// ```
    /// # use newsclip::{Article, PreparedArticle, Site};
    /// # use newsclip::render::jsonld::ImageObject;
    /// # use newsclip::RenderOptions;
    /// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business").body("Text.").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// assert!(ImageObject::primary_of(&prepared).is_none());
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn primary_of(prepared: &'p PreparedArticle<'_>) -> Option<Self> {
        let options = &prepared.options().jsonld;
        let img = prepared.primary_image()?;
        let mut node = ImageObject::new(img.url.as_str().to_string());
        node.id = Some(id(prepared.article().canonical_url(), "primaryimage").into());
        node.width = img.width;
        node.height = img.height;
        node.caption = img.caption.map(Cow::Owned);
        node.credit_text = img.credit.map(Cow::Owned);
        node.description = img.alt.map(Cow::Owned);
        node.extra = options.extensions.image.clone();
        Some(node)
    }
}

impl<'p> BreadcrumbList<'p> {
    /// Home → section → article. The section is a crumb only when it has a page: Google
    /// needs an `item` URL on every crumb but the last.
    ///
    /// ```
    /// # use newsclip::{Article, PreparedArticle, Site};
    /// # use newsclip::render::jsonld::BreadcrumbList;
    /// # use newsclip::RenderOptions;
    /// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business").section_url("/business").body("Text.").build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let crumbs = BreadcrumbList::for_article(&prepared);
    /// let names: Vec<&str> = crumbs.item_list_element.iter().map(|c| &*c.name).collect();
    /// assert_eq!(names, ["Newsclip", "Business", "Headline"]);
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn for_article(prepared: &'p PreparedArticle<'_>) -> Self {
        let options = &prepared.options().jsonld;
        let site = prepared.site();
        let article = prepared.article();
        let mut items = Vec::with_capacity(3);
        items.push(ListItem::new(
            1,
            site.name(),
            Some(site.base_url().as_str().into()),
        ));
        if let Some(url) = article.section().url() {
            items.push(ListItem::new(
                2,
                article.section().name(),
                Some(resolve(site, url)),
            ));
        }
        let last = u32::try_from(items.len() + 1).unwrap_or(u32::MAX);
        items.push(ListItem::new(
            last,
            article.headline(),
            Some(article.canonical_url().as_str().into()),
        ));
        let mut node = new_breadcrumb_list(id(article.canonical_url(), "breadcrumb").into(), items);
        node.extra = options.extensions.breadcrumb.clone();
        node
    }
}

impl<'p> FaqPage<'p> {
    /// The one FAQPage: quick answers and FAQ entries per [`FaqMode`](crate::options::FaqMode). `None` when the mode
    /// is off or there are no questions. Answers are the sanitized answer HTML.
    ///
    /// ```
    /// # use newsclip::{Article, PreparedArticle, Site};
    /// # use newsclip::render::jsonld::FaqPage;
    /// # use newsclip::RenderOptions;
    /// # let site = Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business").body("Text.")
    ///     .quick_answer("Who?", "Meta.")
    ///     .faq("Why?", "A breach.")
    ///     .build()?;
    /// let options = RenderOptions::default();
    /// let prepared = PreparedArticle::new(&article, &site, &options);
    /// let faq = FaqPage::for_article(&prepared).unwrap();
    /// assert_eq!(faq.main_entity.len(), 2);
    /// assert_eq!(faq.main_entity[0].name, "Who?");
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn for_article(prepared: &'p PreparedArticle<'_>) -> Option<Self> {
        let options = &prepared.options().jsonld;
        let article = prepared.article();
        let questions: Vec<Question> = prepared
            .faq_entries()
            .into_iter()
            .filter(|e| !e.answer.as_str().trim().is_empty())
            .map(|e| Question::new(e.qa.question(), e.answer.as_str()))
            .collect();
        if questions.is_empty() {
            return None;
        }
        let canonical = article.canonical_url();
        let mut node = new_faq_page(
            id(canonical, "faq").into(),
            canonical.as_str().into(),
            questions,
        );
        node.in_language = Some(prepared.language().as_str().into());
        node.extra = options.extensions.faq_page.clone();
        Some(node)
    }
}

/// The author nodes and the summaries the article embeds, in byline order. An organization
/// author with the publisher's name is the publisher node and adds no node.
fn authors<'p>(
    prepared: &'p PreparedArticle<'_>,
    publisher_node: &Organization<'p>,
) -> (Vec<Node<'p>>, Vec<AuthorNode<'p>>) {
    let options = &prepared.options().jsonld;
    let site = prepared.site();
    let publisher = site.publisher();
    let mut nodes: Vec<Node> = Vec::new();
    let mut summaries: Vec<AuthorNode> = Vec::new();
    let mut taken: Vec<Cow<'p, str>> = Vec::new();
    for (i, author) in prepared.article().authors().iter().enumerate() {
        if author.kind() == AuthorKind::Organization
            && author.name().eq_ignore_ascii_case(publisher.name())
        {
            if !summaries.iter().any(|a| a.id() == publisher_node.id) {
                summaries.push(AuthorNode::Organization(publisher_node.summary()));
            }
            continue;
        }
        let kind = match author.kind() {
            AuthorKind::Person => "person",
            AuthorKind::Organization => "organization",
        };
        let mut slug = slugify(author.name());
        if slug.is_empty() {
            slug = format!("author-{}", i + 1);
        }
        let base_id = id(site.base_url(), &format!("/{kind}/{slug}"));
        let mut node_id = Cow::Owned(base_id.clone());
        let mut n = 2;
        while taken.contains(&node_id) {
            node_id = Cow::Owned(format!("{base_id}-{n}"));
            n += 1;
        }
        taken.push(node_id.clone());
        let url = author.url().map(|u| resolve(site, u));
        let same_as = author.same_as().iter().map(|u| resolve(site, u)).collect();
        let image = author.image().map(|u| resolve(site, u));
        let node = match author.kind() {
            AuthorKind::Person => {
                let mut p = Person::new(node_id, author.name());
                p.url = url;
                p.same_as = same_as;
                p.image = image;
                p.job_title = author.job_title().map(Cow::Borrowed);
                // The publisher by reference; another organization by name.
                p.works_for = author.organization().map(|name| {
                    if name.eq_ignore_ascii_case(publisher.name()) {
                        OrganizationRef::Node(IdRef::new(publisher_node.id.clone()))
                    } else {
                        OrganizationRef::Named(NamedOrganization::new(name))
                    }
                });
                p.extra = options.extensions.author.clone();
                AuthorNode::Person(p)
            }
            AuthorKind::Organization => {
                let mut o = Organization::new(node_id, author.name());
                o.url = url;
                o.same_as = same_as;
                o.image = image;
                o.extra = options.extensions.author.clone();
                AuthorNode::Organization(o)
            }
        };
        summaries.push(node.summary());
        nodes.push(match node {
            AuthorNode::Person(p) => Node::Person(p),
            AuthorNode::Organization(o) => Node::Organization(o),
        });
    }
    (nodes, summaries)
}

/// Builds every node of the graph, in a fixed order: article, WebPage, primary image,
/// breadcrumbs, FAQPage, WebSite, publisher, authors.
pub(crate) fn build<'p>(prepared: &'p PreparedArticle<'_>) -> Vec<Node<'p>> {
    let options = &prepared.options().jsonld;
    let article = prepared.article();
    let site = prepared.site();
    let canonical = article.canonical_url();
    let language: Cow<'p, str> = prepared.language().as_str().into();

    let image = ImageObject::primary_of(prepared);
    let breadcrumb = BreadcrumbList::for_article(prepared);
    let faq = FaqPage::for_article(prepared);
    let web_site = WebSite::for_article(prepared);
    let publisher = Organization::publisher_of(prepared);
    let (author_nodes, author_summaries) = authors(prepared, &publisher);
    let description = prepared.description().map(Cow::Borrowed);
    let image_summary = image.as_ref().map(ImageObject::summary);

    let mut page = new_web_page(
        id(canonical, "webpage").into(),
        canonical.as_str().into(),
        article.headline().into(),
    );
    page.description = description.clone();
    page.is_part_of = Some(IdRef::new(web_site.id.clone()));
    page.primary_image_of_page = image_summary.clone();
    page.breadcrumb = Some(IdRef::new(breadcrumb.id.clone()));
    page.has_part = faq.iter().map(|f| IdRef::new(f.id.clone())).collect();
    page.related_link = article
        .related()
        .iter()
        .map(|r| resolve(site, r.url()))
        .collect();
    page.in_language = Some(language.clone());
    let published: Cow<'p, str> = article.published().to_iso8601().into();
    let modified: Option<Cow<'p, str>> = article.modified().map(|m| m.to_iso8601().into());
    page.date_published = Some(published.clone());
    page.date_modified = modified.clone();
    page.extra = options.extensions.web_page.clone();
    let page_summary = page.summary();

    let body = prepared.body();
    let words = body.word_count();
    let sources: Vec<CreativeWork> = article
        .sources()
        .iter()
        .map(|s| {
            let mut w = CreativeWork::new(resolve(site, s.url()));
            w.name = s.title().map(Cow::Borrowed);
            w.publisher = s.publisher().map(NamedOrganization::new);
            w
        })
        .collect();
    let (is_based_on, citation) = match options.source_relation {
        SourceRelation::IsBasedOn => (sources, Vec::new()),
        SourceRelation::Citation => (Vec::new(), sources),
    };
    let speakable = options
        .speakable
        .then(|| {
            if !options.speakable_selectors.is_empty() {
                return Some(SpeakableSpecification::new(
                    options
                        .speakable_selectors
                        .iter()
                        .map(|s| Cow::Borrowed(s.as_str()))
                        .collect(),
                ));
            }
            // The classes the HTML is rendered with: the one table both read.
            let classes = &prepared.options().classes;
            let mut selectors = Vec::new();
            if !article.quick_answers().is_empty() {
                selectors.push(format!(".{}", classes.quick_answers).into());
            }
            if !article.key_facts().is_empty() {
                selectors.push(format!(".{}", classes.key_facts).into());
            }
            (!selectors.is_empty()).then(|| SpeakableSpecification::new(selectors))
        })
        .flatten();
    let counts = options.interaction_counts;
    let paywalled = article.is_paywalled();
    // The element the page wraps the paywalled part in, when the body marks one.
    let has_part = match body.paywall() {
        PaywallMarker::At(_) if paywalled => {
            style::selector_of(&prepared.options().classes.paywalled)
                .map(WebPageElement::paywalled)
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    };
    let node = ArticleNode {
        article_type: options.article_type,
        id: id(canonical, "article").into(),
        headline: article.headline().into(),
        description,
        image: image_summary,
        date_published: published,
        date_modified: modified,
        author: author_summaries,
        publisher: Some(publisher.summary()),
        main_entity_of_page: Some(page_summary.clone()),
        is_part_of: Some(page_summary),
        article_section: Some(article.section().name().into()),
        keywords: article.tags().iter().map(|t| t.name().into()).collect(),
        word_count: (words > 0).then_some(words as u64),
        time_required: (words > 0).then(|| format!("PT{}M", body.reading_minutes()).into()),
        in_language: Some(language),
        is_based_on,
        citation,
        comment_count: article.comments().filter(|_| counts),
        interaction_statistic: article
            .views()
            .filter(|_| counts)
            .map(|v| InteractionCounter::new(options.view_action.as_str(), v)),
        speakable,
        backstory: article
            .background()
            .filter(|_| options.background_is_backstory)
            .map(Cow::Borrowed),
        // The text as the page shows it, as plain text.
        correction: article
            .corrections()
            .iter()
            .zip(prepared.correction_html())
            .map(|(c, html)| {
                let text = clean_text(html.as_str(), TextMode::Html);
                CorrectionComment::new(text, c.date().to_iso8601())
            })
            .collect(),
        // schema.org defines `dateline` on `NewsArticle` only.
        dateline: article
            .dateline()
            .filter(|_| options.article_type == ArticleType::NewsArticle)
            .map(Cow::Borrowed),
        has_part,
        is_accessible_for_free: paywalled.then_some(false),
        publishing_principles: article.publishing_principles().map(|u| resolve(site, u)),
        extra: options.extensions.article.clone(),
    };

    // Article, page, image, crumbs, questions, site, publisher and the authors.
    let mut nodes: Vec<Node> = Vec::with_capacity(7 + author_nodes.len());
    nodes.push(Node::from(node));
    nodes.push(Node::WebPage(page));
    if let Some(image) = image {
        nodes.push(Node::ImageObject(image));
    }
    nodes.push(Node::BreadcrumbList(breadcrumb));
    if let Some(faq) = faq {
        nodes.push(Node::FaqPage(faq));
    }
    nodes.push(Node::WebSite(web_site));
    nodes.push(Node::Organization(publisher));
    nodes.extend(author_nodes);
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_replaces_the_urls_fragment() {
        for (url, want) in [
            ("https://n.example/a", "https://n.example/a#article"),
            (
                "https://n.example/a?q=1#top",
                "https://n.example/a?q=1#article",
            ),
            ("https://n.example/a#", "https://n.example/a#article"),
            ("https://n.example/?#x#y", "https://n.example/?#article"),
        ] {
            let url = AbsoluteUrl::parse_str(url).expect("absolute");
            assert_eq!(id(&url, "article"), want);
        }
    }
}
