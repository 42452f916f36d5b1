//! Shared fixtures: the seed article and the full-featured article from `examples/data`.
#![allow(dead_code)]

pub mod jsonld;

use newsclip::{Article, ArticleInput, DateTime, Site, SiteInput, ValidateOptions};

pub const SEED_JSON: &str = include_str!("../../examples/data/newsclip-seed.json");
pub const FULL_JSON: &str = include_str!("../../examples/data/full-featured.json");

/// The site the seed page is on.
pub fn seed_site() -> Site {
    Site::new("Newsclip", "https://newsclip.example/").expect("valid site")
}

/// The seed article (no image, no author, date-only publication).
pub fn seed_article() -> Article {
    Article::from_json(SEED_JSON).expect("valid seed article")
}

/// The full-featured article and its site.
pub fn full() -> (Article, Site) {
    #[derive(serde::Deserialize)]
    struct Envelope {
        site: SiteInput,
        article: ArticleInput,
    }
    let env: Envelope = serde_json::from_str(FULL_JSON).expect("envelope");
    let opts = ValidateOptions::default();
    (
        env.article.validate(&opts).expect("valid article"),
        env.site.validate(&opts).expect("valid site"),
    )
}

/// A `now` the day after the seed's publication: 2026-04-05T00:00:00Z.
pub fn seed_now() -> DateTime {
    DateTime::from_unix_seconds(1_775_347_200).expect("in range")
}

/// The hostile payload: closes scripts, opens comments, quotes, ampersands, line and
/// paragraph separators.
pub const HOSTILE: &str =
    "x</script><script>alert(1)</script><!-- \"q\" 'a' & &amp; \u{2028}\u{2029} </SCRIPT >";
