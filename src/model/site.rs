//! The site context: what the page needs beyond the article (site name, base URL, logo,
//! publisher, default language).

use serde::{Deserialize, Serialize};

use crate::error::{InputError, ProblemKind, ValidationError};
use crate::model::serde_io::from_json_input;
use crate::model::validate::{Checker, ValidateOptions};
use crate::model::values::{AbsoluteUrl, LanguageTag, WebUrl};

/// A site as given: unchecked. [`validate`](Self::validate) turns it into a [`Site`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
}

/// A logo as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// A publisher as given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
}

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

    /// Parses site JSON (the [`SiteInput`] shape) and validates it.
    ///
    /// # Errors
    ///
    /// As [`Article::from_json`](crate::Article::from_json).
    pub fn from_json(json: &str) -> Result<Site, InputError> {
        let input: SiteInput = from_json_input(json)?;
        Ok(input.validate(&ValidateOptions::default())?)
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
            (pname, purl, plogo)
        });
        let language = c.language("language", self.language.as_deref());
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
                            input: t.to_string(),
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
                    },
                    true,
                ),
                Some((pname, purl, plogo)) => {
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
                        },
                        false,
                    )
                }
            };
            Some(Site {
                name,
                base_url,
                logo,
                publisher,
                publisher_is_site,
                language: language?.unwrap_or_default(),
                twitter: twitter?,
            })
        })();
        c.finish(site)
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
