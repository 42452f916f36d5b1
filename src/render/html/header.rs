//! The article header: section label, headline, dek, byline, dateline and counts.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::model::article::Author;
use crate::model::values::DateTime;
use crate::options::{ComponentId, RenderOptions};
use crate::render::Text;
use crate::render::html::date::{count_label, page_date};
use crate::render::html::{component, heading, input_link};

component! {
    /// The header: section label (a link when the section has a URL), the headline at
    /// [`RenderOptions::heading_level`](crate::RenderOptions::heading_level) (id `{prefix}headline`), the dek, the byline when
    /// there are authors, the dateline (`<time>` with a visible "Published" label, and
    /// "Updated" when modified later), and the counts that are known ("4 views · 0 comments").
    ///
    /// Names and counts are isolated (`dir="auto"`), so a Latin name in an Arabic byline, or
    /// an English count on a right-to-left page, keeps its own direction and cannot reorder
    /// the words around it.
    ///
    /// ```
    /// use newsclip::render::html::Header;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("Meta halts work", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").views(4).comments(0).build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Header::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"<time datetime="2026-04-04">April 4, 2026</time>"#));
    /// assert!(html.contains("4 views"));
    /// assert!(html.contains("0 comments"));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Header => markup render
}

pub(crate) fn render(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let a = p.article();
    let c = &o.classes;
    let l = p.labels();
    let section_url = a.section().url().map(|u| p.site().resolve(u));
    let modified = a.modified().filter(|m| *m > a.published());
    let mut counts: Vec<(&str, String)> = Vec::with_capacity(3);
    if o.html.reading_time {
        let minutes = u64::from(p.body().reading_minutes());
        counts.push((&c.reading_time, count_label(p, minutes, &l.reading_time)));
    }
    if let Some(n) = a.views() {
        counts.push((&c.count, count_label(p, n, &l.views)));
    }
    if let Some(n) = a.comments() {
        counts.push((&c.count, count_label(p, n, &l.comment_count)));
    }
    let headline_id = p.id(ComponentId::Headline);
    html! {
        header class=(Text(&c.header)) {
            p class=(Text(&c.section_label)) {
                @if let Some(url) = &section_url {
                    (input_link(p, url, None, None, html! { (Text(a.section().name())) }))
                } @else {
                    (a.section().name())
                }
            }
            (heading(o.level(0), Some(headline_id), &c.headline, html! { (Text(a.headline())) }))
            @if let Some(dek) = a.description() {
                p class=(Text(&c.dek)) { (Text(dek)) }
            }
            @if !a.authors().is_empty() {
                p class=(Text(&c.byline)) { (l.by) " " (byline(p, a.authors())) }
            }
            p class=(Text(&c.dateline)) {
                (labelled_time(p, &l.published, a.published()))
                @if let Some(m) = modified {
                    (sep(o))
                    span class=(Text(&c.updated)) { (labelled_time(p, &l.updated, m)) }
                }
            }
            @if !counts.is_empty() {
                p class=(Text(&c.counts)) {
                    @for (i, (class, text)) in counts.iter().enumerate() {
                        @if i > 0 { (sep(o)) }
                        span class=(Text(class)) dir="auto" { (Text(text)) }
                    }
                }
            }
        }
    }
}

/// `<span class="nc-sep" aria-hidden="true"> · </span>`
fn sep(o: &RenderOptions) -> Markup {
    html! { " " span class=(Text(&o.classes.sep)) aria-hidden="true" { "·" } " " }
}

fn labelled_time(p: &PreparedArticle<'_>, label: &str, when: &DateTime) -> Markup {
    html! {
        span class=(Text(&p.options().classes.label)) { (Text(label)) } " "
        time datetime=(Text(&when.to_html_datetime())) { (Text(&page_date(p, when))) }
    }
}

/// "A", "A and B", "A, B and C"; each name isolated, and a link (`rel="author"`) to the
/// author's profile page when the author has one.
fn byline(p: &PreparedArticle<'_>, authors: &[Author]) -> Markup {
    let l = p.labels();
    let class = &p.options().classes.author;
    let last = authors.len().saturating_sub(1);
    html! {
        @for (i, author) in authors.iter().enumerate() {
            @if i > 0 && i == last { (Text(&l.last_author_separator)) } @else if i > 0 { (Text(&l.author_separator)) }
            @if let Some(url) = author.url() {
                (input_link(p, &p.site().resolve(url), Some(class), Some("author"), html! { bdi { (Text(author.name())) } }))
            } @else {
                span class=(Text(class)) dir="auto" { (Text(author.name())) }
            }
        }
    }
}
