//! Every CSS class the HTML renderers emit, in one place.
//!
//! A class is `{prefix}{part}`; the default prefix is `nc-`, so the key-facts box is
//! `nc-key-facts`. [`Classes::with_prefix`] changes the prefix of all of them at once, and
//! every field is public so any single class can be replaced as well. The JSON-LD
//! `speakable` selectors use the same names (`.nc-headline`, `.nc-dek`, …).
//!
//! | field | part | element |
//! | --- | --- | --- |
//! | `article` | `article` | the `<article>` |
//! | `header` | `header` | the article's `<header>` |
//! | `section_label` | `section-label` | the section name ("Business") |
//! | `headline` | `headline` | the headline heading |
//! | `dek` | `dek` | the description under the headline |
//! | `byline` | `byline` | "By …" |
//! | `author` | `author` | each author's name or link |
//! | `dateline` | `dateline` | published (and updated) dates |
//! | `updated` | `updated` | the "Updated …" part of the dateline |
//! | `label` | `label` | a visible label before a value ("Published") |
//! | `sep` | `sep` | a decorative separator (`·`), hidden from screen readers |
//! | `counts` | `counts` | "4 views · 0 comments" |
//! | `count` | `count` | one count |
//! | `reading_time` | `reading-time` | "4 min read" |
//! | `tags` | `tags` | the tag list's `<nav>` |
//! | `tag` | `tag` | one tag link |
//! | `hero` | `hero` | the hero `<figure>` (or title card) |
//! | `hero_card` | `hero-card` | the title card shown when there is no image |
//! | `caption` | `caption` | the hero caption |
//! | `credit` | `credit` | the hero credit |
//! | `toc` | `toc` | the table of contents `<nav>` |
//! | `body` | `body` | the article body |
//! | `lead_dateline` | `lead-dateline` | the dateline before the body's first paragraph ("BRUSSELS —") |
//! | `paywalled` | `paywalled` | the body's paywalled part (its selector is the JSON-LD `cssSelector`) |
//! | `corrections` | `corrections` | the corrections notice |
//! | `correction` | `correction` | one correction |
//! | `section_title` | `section-title` | the heading of each box (Key Facts, FAQ, …) |
//! | `key_facts` | `key-facts` | the key facts box |
//! | `background` | `background` | the background box |
//! | `quick_answers` | `quick-answers` | the quick answers box |
//! | `faq` | `faq` | the FAQ box |
//! | `qa` | `qa` | one question and answer |
//! | `question` | `question` | a question (`<summary>` or heading) |
//! | `answer` | `answer` | an answer |
//! | `sources` | `sources` | the source reference box |
//! | `publisher` | `publisher` | a source's publisher |
//! | `related` | `related` | the "More from …" `<nav>` |
//! | `related_headline` | `related-headline` | a related article's headline |
//! | `related_date` | `related-date` | a related article's date |
//! | `comments` | `comments` | the comments area |
//! | `comments_count` | `comments-count` | the count in the comments heading |
//! | `comments_slot` | `comments-slot` | the element the site fills with its widget |
//! | `sign_in` | `sign-in` | the sign-in prompt above the comments, with its link |
//! | `comments_loading` | `comments-loading` | the placeholder in the slot until the widget loads |
//! | `page` | `page` | the `<body>` of a [`Page`](crate::render::html::Page) |
//! | `site_header` | `site-header` | the site banner of a [`Page`](crate::render::html::Page) |
//! | `site_name` | `site-name` | the site name link in the banner |
//! | `main` | `main` | the `<main>` of a [`Page`](crate::render::html::Page) |

macro_rules! classes {
    ($($(#[$doc:meta])* $field:ident = $part:literal,)*) => {
        /// The class names the renderers use; see the [module docs](self) for the table.
        ///
        /// ```
        /// use newsclip::options::Classes;
        ///
        /// let default = Classes::default();
        /// assert_eq!(default.key_facts, "nc-key-facts");
        ///
        /// let mut mine = Classes::with_prefix("news-");
        /// assert_eq!(mine.faq, "news-faq");
        /// mine.faq = "my-faq".into();
        /// assert!(mine.iter().any(|(part, class)| part == "faq" && class == "my-faq"));
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Classes {
            $($(#[$doc])* pub $field: String,)*
        }

        impl Classes {
            /// Every part name, without prefix, in the order of the table.
            pub const PARTS: &'static [&'static str] = &[$($part),*];

            /// Every class as `{prefix}{part}`.
            pub fn with_prefix(prefix: &str) -> Self {
                Classes { $($field: format!("{prefix}{}", $part),)* }
            }

            /// Each part name with the class in effect for it.
            pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
                [$(($part, self.$field.as_str()),)*].into_iter()
            }
        }
    };
}

classes! {
    /// `article`: the `<article>`.
    article = "article",
    /// `header`: the article's `<header>`.
    header = "header",
    /// `section-label`: the section name.
    section_label = "section-label",
    /// `headline`: the headline heading.
    headline = "headline",
    /// `dek`: the description under the headline.
    dek = "dek",
    /// `byline`: "By …".
    byline = "byline",
    /// `author`: each author.
    author = "author",
    /// `dateline`: published and updated dates.
    dateline = "dateline",
    /// `updated`: the "Updated …" part of the dateline.
    updated = "updated",
    /// `label`: a visible label before a value.
    label = "label",
    /// `sep`: a decorative separator.
    sep = "sep",
    /// `counts`: the engagement counts.
    counts = "counts",
    /// `count`: one count.
    count = "count",
    /// `reading-time`: the reading time.
    reading_time = "reading-time",
    /// `tags`: the tag list.
    tags = "tags",
    /// `tag`: one tag link.
    tag = "tag",
    /// `hero`: the hero figure or title card.
    hero = "hero",
    /// `hero-card`: the title card.
    hero_card = "hero-card",
    /// `caption`: the hero caption.
    caption = "caption",
    /// `credit`: the hero credit.
    credit = "credit",
    /// `toc`: the table of contents.
    toc = "toc",
    /// `body`: the article body.
    body = "body",
    /// `lead-dateline`: the dateline before the body's first paragraph.
    lead_dateline = "lead-dateline",
    /// `paywalled`: the body's paywalled part; `.{class}` is the JSON-LD `cssSelector`.
    paywalled = "paywalled",
    /// `corrections`: the corrections notice.
    corrections = "corrections",
    /// `correction`: one correction.
    correction = "correction",
    /// `section-title`: the heading of each box.
    section_title = "section-title",
    /// `key-facts`: the key facts box.
    key_facts = "key-facts",
    /// `background`: the background box.
    background = "background",
    /// `quick-answers`: the quick answers box.
    quick_answers = "quick-answers",
    /// `faq`: the FAQ box.
    faq = "faq",
    /// `qa`: one question and answer.
    qa = "qa",
    /// `question`: a question.
    question = "question",
    /// `answer`: an answer.
    answer = "answer",
    /// `sources`: the source reference box.
    sources = "sources",
    /// `publisher`: a source's publisher.
    publisher = "publisher",
    /// `related`: the related articles.
    related = "related",
    /// `related-headline`: a related article's headline.
    related_headline = "related-headline",
    /// `related-date`: a related article's date.
    related_date = "related-date",
    /// `comments`: the comments area.
    comments = "comments",
    /// `comments-count`: the count in the comments heading.
    comments_count = "comments-count",
    /// `comments-slot`: the element the site fills with its comments widget.
    comments_slot = "comments-slot",
    /// `sign-in`: the sign-in prompt above the comments, with its link.
    sign_in = "sign-in",
    /// `comments-loading`: the placeholder in the slot until the widget loads.
    comments_loading = "comments-loading",
    /// `page`: the `<body>` of a full page.
    page = "page",
    /// `site-header`: the site banner of a full page.
    site_header = "site-header",
    /// `site-name`: the site name in the banner.
    site_name = "site-name",
    /// `main`: the `<main>` of a full page.
    main = "main",
}

impl Default for Classes {
    /// The `nc-` prefix.
    fn default() -> Self {
        Classes::with_prefix("nc-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_part_names_are_present() {
        for part in [
            "article",
            "header",
            "section-label",
            "headline",
            "dek",
            "dateline",
            "byline",
            "counts",
            "tags",
            "hero",
            "toc",
            "body",
            "key-facts",
            "background",
            "quick-answers",
            "faq",
            "sources",
            "related",
            "comments",
        ] {
            assert!(Classes::PARTS.contains(&part), "{part}");
        }
    }

    #[test]
    fn prefix_applies_to_every_class() {
        let c = Classes::with_prefix("x-");
        for (part, class) in c.iter() {
            assert_eq!(class, format!("x-{part}"));
        }
        assert_eq!(c.iter().count(), Classes::PARTS.len());
    }
}
