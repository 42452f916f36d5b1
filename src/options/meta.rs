//! What only the head tags read.

/// Options only the head tags ([`HeadMeta`](crate::render::meta::HeadMeta)) read.
///
/// ```
/// use newsclip::options::MetaOptions;
///
/// let mut options = MetaOptions::default();
/// options.site_name_in_title = false;
/// assert_eq!(MetaOptions::default().title_separator, " | ");
/// assert!(!options.site_name_in_title);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MetaOptions {
    /// Emit `<title>`. Default on; turn it off when your layout writes the title (as
    /// [`Page`](crate::render::html::Page) does), so the head holds one.
    pub title: bool,
    /// Append the site name to `<title>`. Default on.
    pub site_name_in_title: bool,
    /// Between headline and site name in `<title>`. Default `" | "`.
    pub title_separator: String,
    /// Emit `<link rel="canonical">`. Default on.
    pub canonical: bool,
    /// Emit the `twitter:*` tags. Default on.
    pub twitter: bool,
}

impl Default for MetaOptions {
    fn default() -> Self {
        MetaOptions {
            title: true,
            site_name_in_title: true,
            title_separator: " | ".into(),
            canonical: true,
            twitter: true,
        }
    }
}
