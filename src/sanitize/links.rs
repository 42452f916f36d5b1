//! Where a link leads: the one decision of whether a link leaves the site, for links in the
//! body, in answers and in every component.

/// True when a link whose `href` attribute holds `href` (its value as the browser reads it,
/// after HTML character references are decoded) leads to a host other than the site's.
///
/// The URL is resolved exactly as a browser resolves it: WHATWG URL parsing against the
/// site's base URL, so `http:evil.example/`, `https:\\evil.example/`, `/\evil.example/` and
/// `//evil.example/` all lead to `evil.example`. Links to the site's own host (whatever the
/// scheme or port), relative paths and fragments stay; `mailto:` and other schemes without a
/// host do not leave a web site. An `href` that does not parse counts as leaving, so the
/// link policy errs toward `rel="noopener noreferrer"`.
///
/// Relative URLs are resolved against the site's base URL rather than the article's
/// canonical URL: the page is served from the site, and a syndicated article's canonical URL
/// may be another site's; only the host matters here, and both give the same path.
#[cfg_attr(not(test), allow(dead_code))] // The body pipeline moves onto it next.
pub(crate) fn leaves_site(href: &str, site_base: &url::Url) -> bool {
    site_base
        .join(href)
        .map_or(true, |target| url_leaves_site(&target, site_base))
}

/// [`leaves_site`] for a URL already parsed (and resolved) by the WHATWG parser, such as
/// the model's absolute URLs: its host against the site's, for web schemes.
pub(crate) fn url_leaves_site(target: &url::Url, site_base: &url::Url) -> bool {
    matches!(target.scheme(), "http" | "https") && target.host_str() != site_base.host_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_browsers_resolve_to_another_host() {
        let base = url::Url::parse("https://newsclip.example/").unwrap();
        for href in [
            "http:evil.example/",
            "https:\\\\evil.example/",
            "/\\evil.example/",
            "\\\\evil.example/",
            "HTTP://evil.example/",
            "http:/\\/evil.example/",
            "//evil.example/",
            "https://newsclip.example%5C@evil.example/",
            "https://newsclip.example.evil.example/",
            "ht\ttp://evil.example/",
        ] {
            assert!(leaves_site(href, &base), "{href}");
        }
        for href in [
            "/a",
            "a/b",
            "#x",
            "?q",
            "https://NEWSCLIP.example/a",
            "http://newsclip.example:8080/",
            "mailto:a@b.example",
            "//newsclip.example/x",
        ] {
            assert!(!leaves_site(href, &base), "{href}");
        }
    }
}
