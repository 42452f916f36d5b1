//! The article header: section label, headline, dek, byline, dateline and counts.

use crate::PreparedArticle;
use crate::model::article::Author;
use crate::model::values::DateTime;
use crate::options::{ComponentId, RenderOptions};
use crate::render::html::date::{time, write_count_label};
use crate::render::html::{class, component, element, heading, input_link, text, text_element};

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
    Header => render_to
}

/// The header, written into `buffer`.
pub(crate) fn render_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let a = p.article();
    let c = &o.classes;
    let l = p.labels();
    let modified = a.modified().filter(|m| *m > a.published());
    element(buffer, "header", &class(&c.header), |b| {
        element(b, "p", &class(&c.section_label), |b| {
            match a.section().url() {
                Some(url) => {
                    let url = p.site().resolve(url);
                    input_link(b, p, &url, (None, None), |b| text(b, a.section().name()));
                }
                None => text(b, a.section().name()),
            }
        });
        let headline_id = p.id(ComponentId::Headline);
        heading(b, o.level(0), Some(headline_id), &c.headline, |b| {
            text(b, a.headline());
        });
        if let Some(dek) = a.description() {
            text_element(b, "p", &class(&c.dek), dek);
        }
        if !a.authors().is_empty() {
            element(b, "p", &class(&c.byline), |b| {
                text(b, &l.by);
                b.push(' ');
                byline(b, p, a.authors());
            });
        }
        element(b, "p", &class(&c.dateline), |b| {
            labelled_time(b, p, &l.published, a.published());
            if let Some(m) = modified {
                sep(b, o);
                element(b, "span", &class(&c.updated), |b| {
                    labelled_time(b, p, &l.updated, m);
                });
            }
        });
        counts(b, p);
    });
}

/// The counts that are known, "4 min read · 4 views · 0 comments", each isolated.
fn counts(buffer: &mut String, p: &PreparedArticle<'_>) {
    let o = p.options();
    let a = p.article();
    let (c, l) = (&o.classes, p.labels());
    let reading = o.html.reading_time.then(|| {
        (
            &c.reading_time,
            u64::from(p.body().reading_minutes()),
            &l.reading_time,
        )
    });
    let views = a.views().map(|n| (&c.count, n, &l.views));
    let comments = a.comments().map(|n| (&c.count, n, &l.comment_count));
    let mut counts = [reading, views, comments].into_iter().flatten().peekable();
    if counts.peek().is_none() {
        return;
    }
    element(buffer, "p", &class(&c.counts), |b| {
        for (i, (class, n, label)) in counts.enumerate() {
            if i > 0 {
                sep(b, o);
            }
            let attributes = [("class", Some(class.as_str())), ("dir", Some("auto"))];
            element(b, "span", &attributes, |b| {
                write_count_label(b, p, n, label)
            });
        }
    });
}

/// ` <span class="nc-sep" aria-hidden="true">·</span> `
fn sep(buffer: &mut String, o: &RenderOptions) {
    buffer.push(' ');
    let attributes = [
        ("class", Some(o.classes.sep.as_str())),
        ("aria-hidden", Some("true")),
    ];
    element(buffer, "span", &attributes, |b| b.push('·'));
    buffer.push(' ');
}

/// `<span class="nc-label">Published</span> <time datetime="…">April 4, 2026</time>`
fn labelled_time(buffer: &mut String, p: &PreparedArticle<'_>, label: &str, when: &DateTime) {
    text_element(buffer, "span", &class(&p.options().classes.label), label);
    buffer.push(' ');
    time(buffer, p, None, when);
}

/// "A", "A and B", "A, B and C"; each name isolated, and a link (`rel="author"`) to the
/// author's profile page when the author has one.
fn byline(buffer: &mut String, p: &PreparedArticle<'_>, authors: &[Author]) {
    let l = p.labels();
    let class = &p.options().classes.author;
    let last = authors.len().saturating_sub(1);
    for (i, author) in authors.iter().enumerate() {
        if i > 0 && i == last {
            text(buffer, &l.last_author_separator);
        } else if i > 0 {
            text(buffer, &l.author_separator);
        }
        match author.url() {
            Some(url) => {
                let url = p.site().resolve(url);
                input_link(buffer, p, &url, (Some(class), Some("author")), |b| {
                    text_element(b, "bdi", &[], author.name());
                });
            }
            None => {
                let attributes = [("class", Some(class.as_str())), ("dir", Some("auto"))];
                text_element(buffer, "span", &attributes, author.name());
            }
        }
    }
}
