//! The site context: what the page needs beyond the article (site name, base URL, logo,
//! publisher, default language).

use serde::Serialize;

use crate::error::{InputError, Problem, ProblemKind, ValidationError, echo};
use crate::model::read::read_struct;
use crate::model::serde_io::from_json_input;
use crate::model::trust::{TrustPolicies, TrustPoliciesInput};
use crate::model::validate::{Checker, ValidateOptions};
use crate::model::values::{AbsoluteUrl, LanguageTag, WebUrl};

/// A site as given: unchecked. [`validate`](Self::validate) turns it into a [`Site`].
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SiteInput {
    /// The site's name ("Newsclip").
    pub name: String,
    /// The site's home page; relative URLs in articles resolve against it.
    #[cfg_attr(feature = "schema", schemars(with = "AbsoluteUrl"))]
    pub base_url: String,
    /// The site's logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<LogoInput>,
    /// The publishing organization, when it is not the site itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<PublisherInput>,
    /// Default language of articles (BCP 47); `en` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<LanguageTag>"))]
    pub language: Option<String>,
    /// The site's X (Twitter) handle, `@newsclip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twitter: Option<String>,
    /// Where readers sign in to comment, absolute or relative to the site; the comments
    /// area links to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub sign_in_url: Option<String>,
    /// What deserialization found wrong with the input's shape, as on
    /// [`ArticleInput::shape_problems`](crate::ArticleInput::shape_problems); reported by
    /// [`validate`](Self::validate). Empty for input built in code.
    #[serde(skip)]
    pub shape_problems: Vec<Problem>,
}

read_struct!(SiteInput {
    name: required,
    base_url: required,
    logo: optional,
    publisher: optional,
    language: optional,
    twitter: optional,
    sign_in_url: optional,
} lenient shape_problems);

/// A logo as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LogoInput {
    /// Logo URL, absolute or relative to the site.
    #[cfg_attr(feature = "schema", schemars(with = "WebUrl"))]
    pub url: String,
    /// Width in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// Height in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
}

read_struct!(LogoInput {
    url: required,
    width: optional,
    height: optional
});

/// A publisher as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PublisherInput {
    /// The organization's name.
    pub name: String,
    /// Its home page; the site's base URL when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub url: Option<String>,
    /// Its logo; the site's logo when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<LogoInput>,
    /// Its official profiles elsewhere (social networks, Wikipedia, Wikidata): the JSON-LD
    /// `sameAs`. Absolute or relative to the site.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<WebUrl>"))]
    pub same_as: Vec<String>,
    /// Its standards: the Trust Project's policy pages. With any of them the publisher is a
    /// `NewsMediaOrganization` in the JSON-LD.
    #[serde(default, skip_serializing_if = "is_empty_policies")]
    pub policies: TrustPoliciesInput,
}

fn is_empty_policies(p: &TrustPoliciesInput) -> bool {
    *p == TrustPoliciesInput::default()
}

read_struct!(PublisherInput {
    name: required,
    url: optional,
    logo: optional,
    same_as: optional,
    policies: optional,
});

/// A validated site context.
///
/// ```
/// use newsclip::Site;
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// assert_eq!(site.publisher().name(), "Newsclip");
/// assert_eq!(site.language().as_str(), "en");
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    name: String,
    base_url: AbsoluteUrl,
    logo: Option<Logo>,
    publisher: Publisher,
    publisher_is_site: bool,
    language: LanguageTag,
    twitter: Option<String>,
    sign_in_url: Option<AbsoluteUrl>,
}

/// A logo image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    url: AbsoluteUrl,
    width: Option<u32>,
    height: Option<u32>,
}

impl Logo {
    /// Absolute logo URL.
    pub fn url(&self) -> &AbsoluteUrl {
        &self.url
    }
    /// Width in pixels.
    pub fn width(&self) -> Option<u32> {
        self.width
    }
    /// Height in pixels.
    pub fn height(&self) -> Option<u32> {
        self.height
    }
}

/// The publishing organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    name: String,
    url: AbsoluteUrl,
    logo: Option<Logo>,
    same_as: Vec<AbsoluteUrl>,
    policies: TrustPolicies,
}

impl Publisher {
    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Its home page (absolute).
    pub fn url(&self) -> &AbsoluteUrl {
        &self.url
    }
    /// Its logo.
    pub fn logo(&self) -> Option<&Logo> {
        self.logo.as_ref()
    }
    /// Its official profiles elsewhere (absolute).
    pub fn same_as(&self) -> &[AbsoluteUrl] {
        &self.same_as
    }
    /// Its policy pages.
    pub fn policies(&self) -> &TrustPolicies {
        &self.policies
    }
    /// True when it is a news media organization: it gives a policy page.
    pub fn is_news_media(&self) -> bool {
        !self.policies.is_empty()
    }
}

impl Site {
    /// A site with a name and base URL; the site is its own publisher, language `en`.
    ///
    /// # Errors
    ///
    /// When the name is empty or the URL is not absolute http(s).
    pub fn new(
        name: impl Into<String>,
        base_url: impl Into<String>,
    ) -> Result<Site, ValidationError> {
        SiteInput {
            name: name.into(),
            base_url: base_url.into(),
            ..SiteInput::default()
        }
        .validate(&ValidateOptions::default())
    }

    /// Parses site JSON (the [`SiteInput`] shape) and validates it, with the same input
    /// budget as [`Article::from_json`](crate::Article::from_json).
    ///
    /// # Errors
    ///
    /// As [`Article::from_json`](crate::Article::from_json).
    ///
    /// ```
    /// use newsclip::{ProblemKind, Site};
    ///
    /// let err = Site::from_json(r#"{"name": "Newsclip", "base_url": 5, "logo": {}}"#).unwrap_err();
    /// let found: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    /// assert_eq!(found, [
    ///     "base_url: must be a string, not a number",
    ///     "logo.url: is required; add it",
    /// ]);
    /// ```
    pub fn from_json(json: &str) -> Result<Site, InputError> {
        Site::from_json_with(json, &ValidateOptions::default())
    }

    /// [`from_json`](Self::from_json) with explicit options (limits, CMS text mode).
    ///
    /// # Errors
    ///
    /// As [`Article::from_json`](crate::Article::from_json).
    ///
    /// ```
    /// use newsclip::{Site, ValidateOptions};
    ///
    /// let json = r#"{"name": "Caf&eacute; <b>Daily</b>", "base_url": "https://cafe.example/"}"#;
    /// let site = Site::from_json_with(json, &ValidateOptions::cms())?;
    /// assert_eq!(site.name(), "Café Daily");
    /// # Ok::<(), newsclip::InputError>(())
    /// ```
    pub fn from_json_with(json: &str, opts: &ValidateOptions) -> Result<Site, InputError> {
        let input: SiteInput = from_json_input(json, opts)?;
        Ok(input.validate(opts)?)
    }

    /// The site's name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The base URL.
    pub fn base_url(&self) -> &AbsoluteUrl {
        &self.base_url
    }
    /// The logo.
    pub fn logo(&self) -> Option<&Logo> {
        self.logo.as_ref()
    }
    /// The publisher (the site itself unless given).
    pub fn publisher(&self) -> &Publisher {
        &self.publisher
    }
    /// True when the publisher is the site itself (one Organization node in JSON-LD).
    pub fn publisher_is_site(&self) -> bool {
        self.publisher_is_site
    }
    /// Default language of articles.
    pub fn language(&self) -> &LanguageTag {
        &self.language
    }
    /// The X (Twitter) handle with `@`.
    pub fn twitter(&self) -> Option<&str> {
        self.twitter.as_deref()
    }
    /// Where readers sign in to comment (absolute), when the site says.
    pub fn sign_in_url(&self) -> Option<&AbsoluteUrl> {
        self.sign_in_url.as_ref()
    }
    /// Resolves an article URL against the base URL.
    pub fn resolve(&self, url: &WebUrl) -> AbsoluteUrl {
        url.resolve(&self.base_url)
    }
}

impl SiteInput {
    /// Checks every field and returns the [`Site`], or every problem found.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] listing each problem with its field path.
    pub fn validate(&self, opts: &ValidateOptions) -> Result<Site, ValidationError> {
        let shape = self.shape_problems.clone();
        let mut c = Checker::new(opts);
        let name = c.short("name", &self.name);
        let base_url = c.absolute_url("base_url", &self.base_url);
        let logo = self
            .logo
            .as_ref()
            .map(|l| check_logo(&mut c, "logo", l, base_url.as_ref()));
        let publisher = self.publisher.as_ref().map(|p| {
            let pname = c.short("publisher.name", &p.name);
            let purl = c.opt_web_url("publisher.url", p.url.as_deref());
            let plogo = p
                .logo
                .as_ref()
                .map(|l| check_logo(&mut c, "publisher.logo", l, base_url.as_ref()));
            let same_as = c.url_list("publisher.same_as", &p.same_as);
            let policies = p
                .policies
                .check(&mut c, "publisher.policies", base_url.as_ref());
            (pname, purl, plogo, same_as, policies)
        });
        let language = c.language("language", self.language.as_deref());
        let sign_in_url = c.opt_web_url("sign_in_url", self.sign_in_url.as_deref());
        let twitter = match self.twitter.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(t) => {
                let handle = t.trim_start_matches('@');
                let ok = (1..=15).contains(&handle.len())
                    && handle
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_');
                if ok {
                    Some(Some(format!("@{handle}")))
                } else {
                    c.fail(
                        "twitter",
                        ProblemKind::InvalidUrl {
                            input: echo(t),
                            reason: "not an X handle such as @newsclip".into(),
                        },
                    )
                }
            }
        };
        let site = (|| {
            let name = name?;
            let base_url = base_url?;
            let logo = match logo {
                None => None,
                Some(l) => Some(l?),
            };
            let (publisher, publisher_is_site) = match publisher {
                None => (
                    Publisher {
                        name: name.clone(),
                        url: base_url.clone(),
                        logo: logo.clone(),
                        same_as: Vec::new(),
                        policies: TrustPolicies::default(),
                    },
                    true,
                ),
                Some((pname, purl, plogo, same_as, policies)) => {
                    let plogo = match plogo {
                        None => logo.clone(),
                        Some(l) => Some(l?),
                    };
                    let url = purl?.map_or_else(|| base_url.clone(), |u| u.resolve(&base_url));
                    (
                        Publisher {
                            name: pname?,
                            url,
                            logo: plogo,
                            same_as: same_as?.iter().map(|u| u.resolve(&base_url)).collect(),
                            policies: policies?,
                        },
                        false,
                    )
                }
            };
            Some(Site {
                name,
                logo,
                publisher,
                publisher_is_site,
                language: language?.unwrap_or_default(),
                twitter: twitter?,
                sign_in_url: sign_in_url?.map(|u| u.resolve(&base_url)),
                base_url,
            })
        })();
        c.finish::<SiteInput, _>(site, shape)
    }
}

fn check_logo(
    c: &mut Checker<'_>,
    path: &str,
    l: &LogoInput,
    base: Option<&AbsoluteUrl>,
) -> Option<Logo> {
    let url = c.web_url(&format!("{path}.url"), &l.url);
    let width = c.dimension(&format!("{path}.width"), l.width);
    let height = c.dimension(&format!("{path}.height"), l.height);
    Some(Logo {
        url: url?.resolve(base?),
        width: width?,
        height: height?,
    })
}

impl From<&Site> for SiteInput {
    /// The site in the input shape; the publisher only when it is not the site itself.
    fn from(site: &Site) -> Self {
        let logo = |l: &Logo| LogoInput {
            url: l.url.as_str().to_string(),
            width: l.width,
            height: l.height,
        };
        SiteInput {
            name: site.name.clone(),
            base_url: site.base_url.as_str().to_string(),
            logo: site.logo.as_ref().map(logo),
            publisher: (!site.publisher_is_site).then(|| PublisherInput {
                name: site.publisher.name.clone(),
                url: Some(site.publisher.url.as_str().to_string()),
                logo: site.publisher.logo.as_ref().map(logo),
                same_as: site
                    .publisher
                    .same_as
                    .iter()
                    .map(|u| u.as_str().to_string())
                    .collect(),
                policies: site.publisher.policies.to_input(),
            }),
            language: Some(site.language.as_str().to_string()),
            twitter: site.twitter.clone(),
            sign_in_url: site.sign_in_url.as_ref().map(|u| u.as_str().to_string()),
            shape_problems: Vec::new(),
        }
    }
}

impl Serialize for Site {
    /// Serializes to the [`SiteInput`] shape.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SiteInput::from(self).serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Site {
    /// Deserializes the [`SiteInput`] shape and validates it with default options, as
    /// [`Article`](crate::Article) does: the error lists every problem with its path, inside
    /// your own `#[derive(Deserialize)]` types too.
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// struct Config {
    ///     site: newsclip::Site,
    /// }
    ///
    /// let config: Config = serde_json::from_str(
    ///     r#"{"site": {"name": "Newsclip", "base_url": "https://newsclip.example/"}}"#,
    /// )?;
    /// assert_eq!(config.site.name(), "Newsclip");
    /// let err = serde_json::from_str::<Config>(r#"{"site": {"name": "", "base_url": "/x"}}"#)
    ///     .err()
    ///     .unwrap();
    /// assert!(err.to_string().contains("name: must not be empty"), "{err}");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let input = SiteInput::deserialize(d)?;
        input
            .validate(&ValidateOptions::default())
            .map_err(serde::de::Error::custom)
    }
}
