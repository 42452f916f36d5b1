//! What only the HTML components read: labels, parts and their order, answer styles, tag
//! URLs.

use std::fmt;
use std::sync::Arc;

use crate::model::article::Tag;
use crate::model::site::Site;
use crate::model::values::{AbsoluteUrl, Direction, LanguageTag};
use crate::options::formats::Formats;
use crate::options::labels::Labels;
use crate::options::locale::{Locale, NoBuiltInLocale};
use crate::sanitize::links::push_percent_encoded;

/// One part of the article, for [`HtmlOptions::parts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Part {
    /// Section label, headline, dek, byline, dateline and counts.
    Header,
    /// The tag links.
    Tags,
    /// The hero image, or the title card when there is none.
    Hero,
    /// A table of contents from the body's headings.
    Toc,
    /// The body (with the dateline before its first paragraph, and its paywalled part
    /// wrapped for a paywalled article).
    Body,
    /// The corrections notice: each correction with its date. After the body by default;
    /// move it to show corrections at the top:
    ///
    /// ```
    /// use newsclip::options::{HtmlOptions, Part};
    ///
    /// let mut html = HtmlOptions::default();
    /// html.parts.retain(|p| *p != Part::Corrections);
    /// html.parts.insert(1, Part::Corrections); // right after the header
    /// assert_eq!(html.parts[..2], [Part::Header, Part::Corrections]);
    /// ```
    Corrections,
    /// Key facts.
    KeyFacts,
    /// Background.
    Background,
    /// Quick answers.
    QuickAnswers,
    /// Frequently asked questions.
    Faq,
    /// Source references.
    Sources,
    /// "More from {section}".
    Related,
    /// The comments heading and the slot the site fills.
    Comments,
}

impl Part {
    /// Every part, in the seed page's order with the table of contents before the body.
    pub const ALL: [Part; 13] = [
        Part::Header,
        Part::Tags,
        Part::Hero,
        Part::Toc,
        Part::Body,
        Part::Corrections,
        Part::KeyFacts,
        Part::Background,
        Part::QuickAnswers,
        Part::Faq,
        Part::Sources,
        Part::Comments,
        Part::Related,
    ];

    /// The seed page's parts in its order: everything but the table of contents. (The seed
    /// page has no corrections; an article with some shows them after the body.)
    ///
    /// ```
    /// use newsclip::options::Part;
    ///
    /// let order = Part::seed_order();
    /// assert_eq!(order.first(), Some(&Part::Header));
    /// assert_eq!(order.last(), Some(&Part::Related));
    /// assert!(!order.contains(&Part::Toc));
    /// ```
    pub fn seed_order() -> Vec<Part> {
        Part::ALL.into_iter().filter(|p| *p != Part::Toc).collect()
    }
}

/// How questions and answers render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum AnswerStyle {
    /// `<details><summary>question</summary>answer</details>`: collapsed, opened by keyboard,
    /// pointer or screen reader without any script.
    #[default]
    Details,
    /// A heading per question with its answer below, always visible.
    Static,
}

/// Where a tag links to.
///
/// ```
/// use std::sync::Arc;
/// use newsclip::options::TagLinks;
///
/// let by_pattern = TagLinks::Pattern("/topics/{slug}".into());
/// let by_fn = TagLinks::Function(Arc::new(|tag: &newsclip::Tag| format!("/t/{}", tag.slug())));
/// # let _ = (by_pattern, by_fn);
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub enum TagLinks {
    /// A URL pattern where `{slug}` is the tag's slug and `{name}` its name; resolved against
    /// the site's base URL. Default `/tags/{slug}`.
    Pattern(String),
    /// A function from tag to URL (absolute, or relative to the site's base URL).
    Function(Arc<dyn Fn(&Tag) -> String + Send + Sync>),
    /// Tags as plain text, without links.
    None,
}

impl Default for TagLinks {
    fn default() -> Self {
        TagLinks::Pattern("/tags/{slug}".into())
    }
}

impl fmt::Debug for TagLinks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TagLinks::Pattern(p) => f.debug_tuple("Pattern").field(p).finish(),
            TagLinks::Function(_) => f.write_str("Function(..)"),
            TagLinks::None => f.write_str("None"),
        }
    }
}

impl TagLinks {
    /// The absolute URL of a tag's page, or `None` for plain-text tags and URLs that are not
    /// `http(s)`.
    ///
    /// ```
    /// use newsclip::options::TagLinks;
    ///
    /// let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    ///     .section("Business").body("Text.").tag("#Meta").build()?;
    /// let url = TagLinks::default().url(&article.tags()[0], &site);
    /// assert_eq!(url.unwrap().as_str(), "https://newsclip.example/tags/meta");
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    pub fn url(&self, tag: &Tag, site: &Site) -> Option<AbsoluteUrl> {
        let reference = match self {
            TagLinks::Pattern(p) => super::labels::fill(
                p,
                &[
                    ("slug", tag.slug()),
                    ("name", &encode_component(tag.name())),
                ],
            ),
            TagLinks::Function(f) => f(tag),
            TagLinks::None => return None,
        };
        site.base_url().join(&reference)
    }

    /// [`url`](Self::url) serialized into `out` (cleared first), and whether it leaves the
    /// site; `None` when there is no link. A pattern that makes a plain path on the site
    /// (`/tags/{slug}`) is written without a URL parse: joined to the site's base, such a
    /// path replaces the base's path, query and fragment and is itself kept as written, its
    /// non-ASCII characters percent-encoded (a property test holds this to [`url`]).
    pub(crate) fn write_url(&self, tag: &Tag, site: &Site, out: &mut String) -> Option<bool> {
        out.clear();
        let base = site.base_url().as_url();
        if let TagLinks::Pattern(pattern) = self
            && write_site_path(pattern, tag.slug(), base, out)
        {
            return Some(false);
        }
        out.clear();
        let url = self.url(tag, site)?;
        out.push_str(url.as_str());
        Some(crate::sanitize::links::url_leaves_site(url.as_url(), base))
    }
}

/// Writes `base`'s origin and `pattern` filled with `slug` into `out` when that is what
/// joining the filled pattern to `base` gives: a path from the root (`/`, not `//`) of
/// unreserved characters and `/` only (so nothing the parser changes: no `%`, `\\`, `?`,
/// `#`, no `.` or `..` segment), its non-ASCII characters percent-encoded as the parser
/// encodes them. Returns false otherwise (`out` then holds a partial write). A `{name}`
/// stays unfilled here, and its braces send it to the parser.
fn write_site_path(pattern: &str, slug: &str, base: &url::Url, out: &mut String) -> bool {
    if !base.has_host() {
        return false;
    }
    let origin = &base[..url::Position::BeforePath];
    out.push_str(origin);
    let mut plain = true;
    super::labels::fill_with(pattern, &[("slug", slug)], |piece, _| {
        if piece.bytes().all(is_plain_path_byte) {
            out.push_str(piece);
            return;
        }
        for c in piece.chars() {
            match u8::try_from(c) {
                Ok(b) if is_plain_path_byte(b) => out.push(c),
                Ok(_) => plain = false,
                Err(_) => {
                    for b in c.encode_utf8(&mut [0; 4]).bytes() {
                        push_percent_encoded(out, b);
                    }
                }
            }
        }
    });
    let path = out.get(origin.len()..).unwrap_or_default();
    let dot_segment = || {
        path.split('/')
            .any(|segment| segment == "." || segment == "..")
    };
    plain
        && path.starts_with('/')
        && !path.starts_with("//")
        && !(path.contains('.') && dot_segment())
}

/// An unreserved character or `/`: kept as it is in a path.
fn is_plain_path_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/')
}

/// Percent-encodes everything but unreserved characters, for `{name}` in a URL pattern.
fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b != b'/' && is_plain_path_byte(b) {
            out.push(char::from(b));
        } else {
            push_percent_encoded(&mut out, b);
        }
    }
    out
}

/// Options only the HTML components read. Start from [`HtmlOptions::default`] (labels,
/// direction and formats from the article's language; the seed page's parts) and change
/// fields; heading level, ids, classes and the link policy are shared with other renderers
/// and live on [`RenderOptions`](super::RenderOptions).
///
/// ```
/// use newsclip::options::{AnswerStyle, Direction, HtmlOptions, Locale, Part};
///
/// let mut opts = HtmlOptions::for_locale(Locale::German);
/// opts.faq_style = AnswerStyle::Static;
/// opts.parts.retain(|p| *p != Part::Comments);
/// opts.direction = Some(Direction::Ltr);
/// assert_eq!(opts.labels.map(|l| l.comments), Some("Kommentare".to_string()));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct HtmlOptions {
    /// Every visible word. Default `None`: the built-in labels of the article's language
    /// ([`Locale::from_language`]), English for a language without built-in labels. The
    /// page's `lang` is the article's, so its own words should be in that language too: give
    /// your own [`Labels`] for other languages (check a language with
    /// [`Locale::from_language`], or [`HtmlOptions::for_language`], which says when there
    /// are none).
    pub labels: Option<Labels>,
    /// The `dir` of the page (`<html>`) and of the `<article>`. Default `None`: from the
    /// article's language ([`LanguageTag::direction`]: `rtl` for Arabic, Hebrew, Persian,
    /// Urdu …, or for a right-to-left script subtag such as `-Arab`).
    pub direction: Option<Direction>,
    /// How dates and counts are written. Default [`Formats::Locale`]: the language's own
    /// (CLDR with the `locale-formats` feature).
    pub formats: Formats,
    /// Which parts [`ArticleView`](crate::render::html::ArticleView) renders, in order.
    /// Default [`Part::seed_order`].
    pub parts: Vec<Part>,
    /// How quick answers render. Default [`AnswerStyle::Details`].
    pub quick_answer_style: AnswerStyle,
    /// How the FAQ renders. Default [`AnswerStyle::Details`].
    pub faq_style: AnswerStyle,
    /// Where tags link to. Default `/tags/{slug}` on the site.
    pub tag_links: TagLinks,
    /// Show a decorative title card when there is no hero image. Default on.
    pub title_card: bool,
    /// Show the reading time in the header. Default off (the seed page has none).
    pub reading_time: bool,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            labels: None,
            direction: None,
            formats: Formats::Locale,
            parts: Part::seed_order(),
            quick_answer_style: AnswerStyle::Details,
            faq_style: AnswerStyle::Details,
            tag_links: TagLinks::default(),
            title_card: true,
            reading_time: false,
        }
    }
}

impl HtmlOptions {
    /// Defaults with a built-in locale's labels, whatever the article's language.
    pub fn for_locale(locale: Locale) -> Self {
        HtmlOptions {
            labels: Some(Labels::for_locale(locale)),
            ..HtmlOptions::default()
        }
    }

    /// Defaults with the labels of the built-in locale for `language`, whatever the
    /// article's language.
    ///
    /// # Errors
    ///
    /// [`NoBuiltInLocale`] when no built-in locale speaks `language`: there is no silent
    /// fallback to English here. (The default options, which follow each article's
    /// language, do fall back to English; see [`labels`](Self::labels).)
    ///
    /// ```
    /// use newsclip::options::HtmlOptions;
    ///
    /// let de: newsclip::LanguageTag = "de".parse()?;
    /// let options = HtmlOptions::for_language(&de).expect("German is built in");
    /// assert_eq!(options.labels.map(|l| l.comments), Some("Kommentare".to_string()));
    /// let pl: newsclip::LanguageTag = "pl".parse()?;
    /// assert!(HtmlOptions::for_language(&pl).is_err());
    /// # Ok::<(), newsclip::ProblemKind>(())
    /// ```
    pub fn for_language(language: &LanguageTag) -> Result<Self, NoBuiltInLocale> {
        Locale::from_language(language)
            .map(HtmlOptions::for_locale)
            .ok_or_else(|| NoBuiltInLocale::new(language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_placeholder_is_encoded() {
        assert_eq!(encode_component("Ü b/?"), "%C3%9C%20b%2F%3F");
    }

    /// The URL a tag link writes, and whether it leaves the site, as `url` (a WHATWG join)
    /// and the body's link rule give them.
    fn by_the_parser(links: &TagLinks, tag: &Tag, site: &Site) -> Option<(String, bool)> {
        let url = links.url(tag, site)?;
        let base = site.base_url().as_url();
        let leaves = crate::sanitize::links::url_leaves_site(url.as_url(), base);
        Some((url.as_str().to_string(), leaves))
    }

    fn written(links: &TagLinks, tag: &Tag, site: &Site) -> Option<(String, bool)> {
        let mut out = String::from("left over");
        let leaves = links.write_url(tag, site, &mut out)?;
        Some((out, leaves))
    }

    fn tag(name: &str) -> Tag {
        Tag {
            name: name.to_string(),
            slug: crate::sanitize::slugify(name),
        }
    }

    #[test]
    fn tag_urls_on_the_site_are_the_parsers() {
        let site = Site::new("N", "https://user:pw@news.example:8443/sub/dir/?q=1#top").unwrap();
        for pattern in [
            "/tags/{slug}",
            "/t/{slug}/",
            "/{slug}",
            "/a.b/~x_y-{slug}",
            "tags/{slug}",
            "//other.example/{slug}",
            "/t/./{slug}",
            "/t/../{slug}",
            "/t/{slug}/..",
            "/t/{slug}?page=1",
            "/t/{slug}#top",
            "/t/{name}",
            "/t\\{slug}",
            "/t/%2e%2E/{slug}",
            "/t/{slug}/{nope}",
            "https://tags.example/{slug}",
        ] {
            let links = TagLinks::Pattern(pattern.into());
            for name in ["Meta", "Über größe", "数据泄露", "a.b", "C++", "x&y"] {
                let t = tag(name);
                let expected = by_the_parser(&links, &t, &site);
                assert_eq!(written(&links, &t, &site), expected, "{pattern} {name}");
            }
        }
        let t = tag("Meta");
        assert_eq!(written(&TagLinks::None, &t, &site), None);
        let by_fn = TagLinks::Function(Arc::new(|t: &Tag| format!("//cdn.example/{}", t.slug())));
        let expected = Some(("https://cdn.example/meta".to_string(), true));
        assert_eq!(written(&by_fn, &t, &site), expected);
    }

    proptest::proptest! {
        /// Slugs of any text, bases with ports, paths, queries and fragments, patterns
        /// with and without the characters the parser treats specially.
        #[test]
        fn tag_urls_are_the_parsers(
            name in "\\PC{1,12}|[a-zA-Z0-9 .'-]{1,12}",
            scheme in "https?",
            host in "[a-z]{1,8}(\\.[a-z]{2,3})?|127\\.0\\.0\\.1|\\[::1\\]",
            port in proptest::option::of(1u16..),
            base_path in "(/[a-zA-Z0-9._%~-]{0,6}){0,3}/?",
            query in "(\\?[a-z=&<%]{0,6})?(#[a-z]{0,4})?",
            pattern in "[a-z/._~%?#\\\\{}-]{0,6}\\{slug\\}[a-z/._~%?#-]{0,6}|/[a-z./-]{0,6}\\{slug\\}[a-z./-]{0,3}",
        ) {
            let port = port.map(|p| format!(":{p}")).unwrap_or_default();
            let base = format!("{scheme}://{host}{port}{base_path}{query}");
            let Ok(site) = Site::new("N", &base) else {
                return Ok(());
            };
            let t = tag(&name);
            proptest::prop_assume!(!t.slug.is_empty());
            let links = TagLinks::Pattern(pattern);
            let expected = by_the_parser(&links, &t, &site);
            proptest::prop_assert_eq!(written(&links, &t, &site), expected);
        }
    }
}
