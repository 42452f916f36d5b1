//! A structured article for the `jsonld` fuzz target: the fields of [`SiteInput`] and
//! [`ArticleInput`] (plus the JSON-LD render options), derived with `arbitrary` so that the
//! fuzzer explores shapes (how many authors, which optional parts, which options) rather than
//! JSON syntax. URLs, dates and languages are mostly drawn in forms validation accepts, with
//! a raw string as the way out; text fields mix fuzzed text with hostile payloads.

use arbitrary::Arbitrary;
use newsclip::options::{ArticleType, FaqMode, SourceRelation, ViewAction};
use newsclip::{
    ArticleInput, AuthorInput, AuthorKind, BodyFormat, CorrectionInput, ImageInput, KeyFactInput,
    LogoInput, PublisherInput, QuestionAnswerInput, RelatedInput, RenderOptions, SectionInput,
    SiteInput, SourceInput, TrustPoliciesInput,
};

/// The base URL sites get unless the input picks another.
const BASE: &str = "https://newsclip.example/";

/// Strings that attack the JSON-LD script and the HTML around it: close the script, open a
/// comment, break a line in a JS string, smuggle markup or entities, reorder text.
const PAYLOADS: &[&str] = &[
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!--",
    "<!-- <script>",
    "-->",
    "]]>",
    "\u{2028}\u{2029}",
    "&amp; &lt;b&gt; &#60;",
    "\"quoted\" 'single' \\backslash",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "\u{202e}reversed\u{202c}",
    "\u{0}\u{1}\u{1b}\u{7f}",
    "\u{200b}\u{2060}\u{feff}",
    "{\"@context\":\"x\"}",
    "@id",
];

/// Text: fuzzed, a payload, or both.
#[derive(Debug, Arbitrary)]
pub enum Text {
    Plain(String),
    Payload(u8),
    Around(String, u8, String),
}

impl Text {
    fn text(&self) -> String {
        let payload = |i: &u8| PAYLOADS[usize::from(*i) % PAYLOADS.len()];
        match self {
            Text::Plain(s) => s.clone(),
            Text::Payload(i) => format!("x {}", payload(i)),
            Text::Around(a, i, b) => format!("{a}{}{b}", payload(i)),
        }
    }
}

/// A URL: a path on the site, another host, relative, or raw.
#[derive(Debug, Arbitrary)]
pub enum Url {
    OnSite(String),
    OtherHost(String),
    Relative(String),
    Raw(String),
}

impl Url {
    fn text(&self) -> String {
        match self {
            Url::OnSite(path) => format!("{BASE}{path}"),
            Url::OtherHost(path) => format!("https://other.example/{path}"),
            Url::Relative(path) => format!("/{path}"),
            Url::Raw(raw) => raw.clone(),
        }
    }
}

/// A date, a date-time with an offset, or raw text.
#[derive(Debug, Arbitrary)]
pub enum When {
    Date(u8, u8, u8),
    DateTime(u8, u8, u8, u8, u8, u8, i8),
    Raw(String),
}

impl When {
    fn text(&self) -> String {
        let ymd = |y: u8, m: u8, d: u8| {
            format!(
                "{:04}-{:02}-{:02}",
                1970 + u32::from(y),
                1 + m % 12,
                1 + d % 28
            )
        };
        match self {
            When::Date(y, m, d) => ymd(*y, *m, *d),
            When::DateTime(y, mo, d, h, mi, s, offset) => {
                let offset_minutes = i32::from(*offset) * 15;
                let sign = if offset_minutes < 0 { '-' } else { '+' };
                let abs = offset_minutes.unsigned_abs();
                format!(
                    "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
                    ymd(*y, *mo, *d),
                    h % 24,
                    mi % 60,
                    s % 60,
                    abs / 60,
                    abs % 60
                )
            }
            When::Raw(raw) => raw.clone(),
        }
    }
}

/// A BCP 47 tag from a list, or raw text.
#[derive(Debug, Arbitrary)]
pub enum Language {
    Known(u8),
    Raw(String),
}

impl Language {
    fn text(&self) -> String {
        const TAGS: &[&str] = &[
            "en",
            "de",
            "fr-CA",
            "zh-Hant-TW",
            "pt-BR",
            "ar",
            "x-private",
        ];
        match self {
            Language::Known(i) => TAGS[usize::from(*i) % TAGS.len()].to_string(),
            Language::Raw(raw) => raw.clone(),
        }
    }
}

#[derive(Debug, Arbitrary)]
pub struct Image {
    url: Url,
    alt: Text,
    width: Option<u32>,
    height: Option<u32>,
    caption: Option<Text>,
    credit: Option<Text>,
}

impl Image {
    fn input(&self) -> ImageInput {
        ImageInput {
            url: self.url.text(),
            alt: self.alt.text(),
            width: self.width,
            height: self.height,
            caption: self.caption.as_ref().map(Text::text),
            credit: self.credit.as_ref().map(Text::text),
        }
    }
}

#[derive(Debug, Arbitrary)]
pub struct Logo {
    url: Url,
    width: Option<u32>,
    height: Option<u32>,
}

impl Logo {
    fn input(&self) -> LogoInput {
        LogoInput {
            url: self.url.text(),
            width: self.width,
            height: self.height,
        }
    }
}

#[derive(Debug, Arbitrary)]
pub struct Author {
    name: Text,
    organization: bool,
    url: Option<Url>,
    same_as: Vec<Url>,
    job_title: Option<Text>,
    image: Option<Url>,
    works_for: Option<Text>,
}

#[derive(Debug, Arbitrary)]
pub struct Source {
    url: Url,
    title: Option<Text>,
    publisher: Option<Text>,
}

#[derive(Debug, Arbitrary)]
pub struct Related {
    headline: Text,
    url: Url,
    published: Option<When>,
    image: Option<Image>,
}

#[derive(Debug, Arbitrary)]
pub struct Publisher {
    name: Text,
    url: Option<Url>,
    logo: Option<Logo>,
    same_as: Vec<Url>,
    /// Three of the Trust Project's policy pages (the others go the same way).
    policies: [Option<Url>; 3],
}

/// [`SiteInput`]'s fields.
#[derive(Debug, Arbitrary)]
pub struct Site {
    name: Text,
    /// `None`: the usual base URL.
    base_url: Option<Url>,
    logo: Option<Logo>,
    publisher: Option<Publisher>,
    language: Option<Language>,
    twitter: Option<String>,
    sign_in_url: Option<Url>,
}

impl Site {
    pub fn input(&self) -> SiteInput {
        SiteInput {
            name: self.name.text(),
            base_url: self.base_url.as_ref().map_or(BASE.to_string(), Url::text),
            logo: self.logo.as_ref().map(Logo::input),
            publisher: self.publisher.as_ref().map(|p| PublisherInput {
                name: p.name.text(),
                url: p.url.as_ref().map(Url::text),
                logo: p.logo.as_ref().map(Logo::input),
                same_as: p.same_as.iter().map(Url::text).collect(),
                policies: TrustPoliciesInput {
                    publishing_principles: p.policies[0].as_ref().map(Url::text),
                    corrections_policy: p.policies[1].as_ref().map(Url::text),
                    masthead: p.policies[2].as_ref().map(Url::text),
                    ..TrustPoliciesInput::default()
                },
            }),
            language: self.language.as_ref().map(Language::text),
            twitter: self.twitter.clone(),
            sign_in_url: self.sign_in_url.as_ref().map(Url::text),
            ..SiteInput::default()
        }
    }
}

/// [`ArticleInput`]'s fields.
#[derive(Debug, Arbitrary)]
pub struct Article {
    headline: Text,
    description: Option<Text>,
    section: Text,
    section_url: Option<Url>,
    slug: Option<String>,
    canonical_url: Url,
    published: When,
    modified: Option<When>,
    authors: Vec<Author>,
    tags: Vec<Text>,
    views: Option<u64>,
    comments: Option<u64>,
    image: Option<Image>,
    body: Text,
    html_body: bool,
    key_facts: Vec<(Text, Text)>,
    background: Option<Text>,
    quick_answers: Vec<(Text, Text)>,
    faq: Vec<(Text, Text)>,
    sources: Vec<Source>,
    related: Vec<Related>,
    language: Option<Language>,
    corrections: Vec<(When, Text)>,
    dateline: Option<Text>,
    paywalled: bool,
    publishing_principles: Option<Url>,
}

impl Article {
    pub fn input(&self) -> ArticleInput {
        let qa = |pairs: &[(Text, Text)]| {
            pairs
                .iter()
                .map(|(q, a)| QuestionAnswerInput {
                    question: q.text(),
                    answer: a.text(),
                })
                .collect()
        };
        ArticleInput {
            headline: self.headline.text(),
            description: self.description.as_ref().map(Text::text),
            section: SectionInput {
                name: self.section.text(),
                url: self.section_url.as_ref().map(Url::text),
            },
            slug: self.slug.clone(),
            canonical_url: self.canonical_url.text(),
            published: self.published.text(),
            modified: self.modified.as_ref().map(When::text),
            authors: self
                .authors
                .iter()
                .map(|a| AuthorInput {
                    name: a.name.text(),
                    kind: if a.organization {
                        AuthorKind::Organization
                    } else {
                        AuthorKind::Person
                    },
                    url: a.url.as_ref().map(Url::text),
                    same_as: a.same_as.iter().map(Url::text).collect(),
                    job_title: a.job_title.as_ref().map(Text::text),
                    image: a.image.as_ref().map(Url::text),
                    organization: a.works_for.as_ref().map(Text::text),
                })
                .collect(),
            tags: self.tags.iter().map(Text::text).collect(),
            views: self.views,
            comments: self.comments,
            image: self.image.as_ref().map(Image::input),
            body: self.body.text(),
            body_format: if self.html_body {
                BodyFormat::Html
            } else {
                BodyFormat::Markdown
            },
            key_facts: self
                .key_facts
                .iter()
                .map(|(label, value)| KeyFactInput {
                    label: label.text(),
                    value: value.text(),
                })
                .collect(),
            background: self.background.as_ref().map(Text::text),
            quick_answers: qa(&self.quick_answers),
            faq: qa(&self.faq),
            sources: self
                .sources
                .iter()
                .map(|s| SourceInput {
                    url: s.url.text(),
                    title: s.title.as_ref().map(Text::text),
                    publisher: s.publisher.as_ref().map(Text::text),
                })
                .collect(),
            related: self
                .related
                .iter()
                .map(|r| RelatedInput {
                    headline: r.headline.text(),
                    url: r.url.text(),
                    published: r.published.as_ref().map(When::text),
                    image: r.image.as_ref().map(Image::input),
                })
                .collect(),
            language: self.language.as_ref().map(Language::text),
            corrections: self
                .corrections
                .iter()
                .map(|(date, text)| CorrectionInput {
                    date: date.text(),
                    text: text.text(),
                })
                .collect(),
            dateline: self.dateline.as_ref().map(Text::text),
            paywalled: self.paywalled,
            publishing_principles: self.publishing_principles.as_ref().map(Url::text),
            ..ArticleInput::default()
        }
    }
}

/// The render options the JSON-LD reads (classes and component ids stay the defaults, which
/// the page checks locate components by).
#[derive(Debug, Arbitrary)]
pub struct Options {
    article_type: u8,
    faq: u8,
    citation: bool,
    speakable: bool,
    interaction_counts: bool,
    view_action: bool,
    background_is_backstory: bool,
    csp_nonce: Option<String>,
}

impl Options {
    pub fn render_options(&self) -> RenderOptions {
        let mut o = RenderOptions::default();
        o.jsonld.article_type = match self.article_type % 3 {
            0 => ArticleType::NewsArticle,
            1 => ArticleType::Article,
            _ => ArticleType::BlogPosting,
        };
        o.faq = match self.faq % 3 {
            0 => FaqMode::Merged,
            1 => FaqMode::FaqOnly,
            _ => FaqMode::Off,
        };
        if self.citation {
            o.jsonld.source_relation = SourceRelation::Citation;
        }
        o.jsonld.speakable = self.speakable;
        o.jsonld.interaction_counts = self.interaction_counts;
        if self.view_action {
            o.jsonld.view_action = ViewAction::View;
        }
        o.jsonld.background_is_backstory = self.background_is_backstory;
        o.csp_nonce = self.csp_nonce.clone();
        o
    }
}

/// What the `jsonld` target reads from its bytes.
#[derive(Debug, Arbitrary)]
pub struct Structured {
    pub site: Site,
    pub article: Article,
    pub options: Options,
}
