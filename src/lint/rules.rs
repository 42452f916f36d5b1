//! The checks, one function per area, in the order of the rules table.

use crate::PreparedArticle;
use crate::model::input::AuthorKind;
use crate::model::values::{DateTime, WebUrl};
use crate::options::Part;
use crate::render::html::style::selector_of;
use crate::sanitize::PaywallMarker;

use super::heuristics::{name_job_title, name_prefix, name_separator, name_title, unread_faq_tags};
use super::*;

pub(super) fn run(
    prepared: &PreparedArticle<'_>,
    now: &DateTime,
    options: &LintOptions,
) -> Vec<Diagnostic> {
    let mut out = Lints(Vec::new());
    let has_image = prepared.primary_image().is_some();
    images(&mut out, prepared, options, has_image);
    authors(&mut out, prepared);
    dates(&mut out, prepared, now);
    canonical(&mut out, prepared);
    urls(&mut out, prepared);
    headline(&mut out, prepared, options);
    faq_answers(&mut out, prepared);
    paywall(&mut out, prepared);
    social(&mut out, prepared, options, has_image);
    out.0
}

struct Lints(Vec<Diagnostic>);

impl Lints {
    fn push(&mut self, rule: Rule, path: &str, message: String) {
        self.0.push(Diagnostic {
            code: rule.code,
            severity: rule.severity,
            message,
            path: path.to_string(),
            source_url: rule.source_url,
        });
    }
}

fn images(out: &mut Lints, prepared: &PreparedArticle<'_>, options: &LintOptions, has_image: bool) {
    let article = prepared.article();
    if !has_image {
        out.push(
            IMAGE_MISSING,
            "image",
            "The article has no image. Add a hero image (at least 50,000 pixels; 16:9, 4:3 or 1:1) so search engines can show one.".into(),
        );
    }
    for url in prepared.body().images_without_alt() {
        out.push(
            IMAGE_ALT_MISSING,
            "body",
            format!(
                "The image {url} has no alternative text; it is shown as decorative (alt=\"\"). Describe what it shows in its alt text (in HTML, alt=\"\" marks an image as decorative)."
            ),
        );
    }
    if let Some(img) = article.image()
        && let (Some(w), Some(h)) = (img.width(), img.height())
    {
        let pixels = u64::from(w) * u64::from(h);
        if pixels < options.min_image_pixels {
            out.push(
                    IMAGE_TOO_SMALL,
                    "image",
                    format!(
                        "The image is {w}×{h} = {pixels} pixels; use one of at least {} pixels (width × height).",
                        options.min_image_pixels
                    ),
                );
        }
    }
}

fn authors(out: &mut Lints, prepared: &PreparedArticle<'_>) {
    let article = prepared.article();
    if article.authors().is_empty() {
        out.push(
            AUTHOR_MISSING,
            "authors",
            "No author. Add each author shown on the page, with a name and a profile URL.".into(),
        );
    }
    for (i, author) in article.authors().iter().enumerate() {
        let path = format!("authors[{i}].name");
        let name = author.name();
        if let Some(prefix) = name_prefix(name) {
            out.push(
                AUTHOR_NAME_PREFIX,
                &path,
                format!("Remove \"{prefix}\" from the author name: give only the name."),
            );
        }
        let job = (author.kind() == AuthorKind::Person)
            .then(|| name_job_title(name))
            .flatten();
        if let Some(title) = name_title(name).or(job) {
            out.push(
                AUTHOR_NAME_TITLE,
                &path,
                format!("Remove \"{title}\" from the author name: give only the name, without honorifics, degrees or job titles."),
            );
        }
        if let Some(sep) = name_separator(name) {
            out.push(
                AUTHOR_NAME_MULTIPLE,
                &path,
                format!("The author name contains \"{}\": list each author as their own entry, with only their name.", sep.trim()),
            );
        }
        if author.url().is_none() {
            out.push(
                AUTHOR_URL_MISSING,
                &format!("authors[{i}].url"),
                format!("Add a URL for \"{name}\" (a profile page on your site or one that identifies them)."),
            );
        }
    }
}

fn dates(out: &mut Lints, prepared: &PreparedArticle<'_>, now: &DateTime) {
    let article = prepared.article();
    let dates = [
        ("published", Some(article.published())),
        ("modified", article.modified()),
    ];
    for (path, date) in dates {
        if let Some(d) = date.filter(|d| d.is_date_only()) {
            out.push(
                DATE_WITHOUT_TIME,
                path,
                format!("\"{d}\" has no time or UTC offset and is read as midnight UTC; give the time with its offset (e.g. {d}T09:30:00+02:00)."),
            );
        }
    }
    for (path, date) in dates {
        if let Some(d) = date.filter(|d| d.unix_seconds() > now.unix_seconds()) {
            out.push(
                DATE_IN_FUTURE,
                path,
                format!(
                    "{} is after now ({}); do not publish future dates — fix the date or publish later.",
                    d.to_iso8601(),
                    now.to_iso8601()
                ),
            );
        }
    }
}

fn canonical(out: &mut Lints, prepared: &PreparedArticle<'_>) {
    let canonical = prepared.article().canonical_url();
    let base = prepared.site().base_url();
    let (Some(host), Some(site_host)) = (canonical.host(), base.host()) else {
        return;
    };
    if host != site_host {
        out.push(
            CANONICAL_FOREIGN_HOST,
            "canonical_url",
            format!(
                "The canonical URL is on {host}, but the site is at {site_host}: the canonical link, og:url and every JSON-LD @id send search engines to {host}. Give the article's URL on {site_host}, unless it is a copy of a page that {host} published first."
            ),
        );
    }
}

fn urls(out: &mut Lints, prepared: &PreparedArticle<'_>) {
    let article = prepared.article();
    let site = prepared.site();
    let mut urls: Vec<(String, &WebUrl)> = Vec::new();
    if let Some(u) = article.section().url() {
        urls.push(("section.url".into(), u));
    }
    for (i, a) in article.authors().iter().enumerate() {
        if let Some(u) = a.url() {
            urls.push((format!("authors[{i}].url"), u));
        }
    }
    if let Some(img) = article.image() {
        urls.push(("image.url".into(), img.url()));
    }
    for (i, s) in article.sources().iter().enumerate() {
        urls.push((format!("sources[{i}].url"), s.url()));
    }
    for (i, r) in article.related().iter().enumerate() {
        urls.push((format!("related[{i}].url"), r.url()));
        if let Some(img) = r.image() {
            urls.push((format!("related[{i}].image.url"), img.url()));
        }
    }
    for (path, url) in urls.into_iter().filter(|(_, u)| u.is_relative()) {
        out.push(
            URL_RELATIVE,
            &path,
            format!(
                "\"{}\" is relative and is published as {}; check that this is right, or give the absolute URL.",
                url.as_str(),
                site.resolve(url).as_str()
            ),
        );
    }
}

fn headline(out: &mut Lints, prepared: &PreparedArticle<'_>, options: &LintOptions) {
    let headline_chars = prepared.article().headline().chars().count();
    if headline_chars > options.headline_chars {
        out.push(
            HEADLINE_LONG,
            "headline",
            format!(
                "The headline has {headline_chars} characters and may be truncated on some devices; consider a more concise one (under {}).",
                options.headline_chars
            ),
        );
    }
}

fn faq_answers(out: &mut Lints, prepared: &PreparedArticle<'_>) {
    let answers = prepared
        .faq_entries()
        .into_iter()
        .map(|e| (format!("{}[{}].answer", e.list, e.index), e.answer.as_str()));
    for (path, html) in answers {
        let unread = unread_faq_tags(html);
        if !unread.is_empty() {
            out.push(
                FAQ_ANSWER_HTML,
                &path,
                format!(
                    "The answer uses <{}>, which Google ignores in FAQ answers; use only h1–h6, br, ol, ul, li, a, p, div, b, strong, i, em.",
                    unread.join(">, <")
                ),
            );
        }
    }
}

fn social(out: &mut Lints, prepared: &PreparedArticle<'_>, options: &LintOptions, has_image: bool) {
    let headline_chars = prepared.article().headline().chars().count();
    if !has_image {
        out.push(
            OG_IMAGE_MISSING,
            "image",
            "No og:image: social sites will show no picture. Add a hero image (1200×630 or larger works well).".into(),
        );
    }
    if let Some(d) = prepared.description() {
        let chars = d.chars().count();
        if chars > options.twitter_description_chars {
            out.push(
                TWITTER_DESCRIPTION_LONG,
                "description",
                format!(
                    "The description has {chars} characters; X cards show at most {}. Shorten it.",
                    options.twitter_description_chars
                ),
            );
        }
    }
    if headline_chars > options.twitter_title_chars {
        out.push(
            TWITTER_TITLE_LONG,
            "headline",
            format!(
                "The headline has {headline_chars} characters; X cards show at most {} of a title.",
                options.twitter_title_chars
            ),
        );
    }
}

/// Google's paywalled-content markup: the article says it is not free, and names the part
/// that is paywalled with a selector that matches it on the page.
fn paywall(out: &mut Lints, prepared: &PreparedArticle<'_>) {
    let article = prepared.article();
    let marker = prepared.body().paywall();
    if !article.is_paywalled() {
        let found = match marker {
            PaywallMarker::At(_) | PaywallMarker::Trailing => "a `[paywall]` marker",
            PaywallMarker::Nested => {
                "a `[paywall]` paragraph (inside another element, so it shows as text)"
            }
            _ => return,
        };
        out.push(
            PAYWALL_MARKER_UNFLAGGED,
            "paywalled",
            format!("The body has {found} but the article is not paywalled: set `paywalled` to true so the paywalled part is wrapped and declared, or remove the marker."),
        );
        return;
    }
    let problem = match marker {
        PaywallMarker::At(_) => None,
        PaywallMarker::Trailing => Some("nothing follows its `[paywall]` marker"),
        PaywallMarker::Nested => Some(
            "its `[paywall]` paragraph is inside another element (a quote, a list); put it on a line of its own between top-level blocks",
        ),
        _ => Some("it has no `[paywall]` paragraph"),
    };
    if let Some(problem) = problem {
        out.push(
            PAYWALL_UNMARKED,
            "body",
            format!("The article is paywalled but its body marks no paywalled part: {problem}. Mark where the paywalled part starts, so the JSON-LD names it (`hasPart` with a `cssSelector`) and the content shown to crawlers is not taken for cloaking."),
        );
        return;
    }
    let options = prepared.options();
    let unmatched = if selector_of(&options.classes.paywalled).is_none() {
        Some(
            "the `paywalled` class is empty, so the paywalled part has no class and the JSON-LD no `hasPart`; give it a class",
        )
    } else if !options.html.parts.contains(&Part::Body) {
        Some(
            "the body is not among the rendered parts; render it (or wrap its paywalled part, `PreparedBody::paywall_split`, in an element with the `paywalled` class yourself)",
        )
    } else {
        None
    };
    if let Some(why) = unmatched {
        out.push(
            PAYWALL_SELECTOR_UNMATCHED,
            "paywalled",
            format!("The paywalled part's `cssSelector` matches nothing on the page: {why}."),
        );
    }
}
