//! The elements that carry a URL or a reference: links (the allow-list, the one spelling of a
//! URL, `rel`/`target` when the written URL leaves the site, in-page links following the
//! content id prefix, footnote references by their footnote's id, no link inside a link),
//! images (the URL a lazy-loading page hides in `data-src`, the allow-list, lazy loading, an
//! `alt` always, images without alternative text noted for the lint, the first image) and the
//! footnotes' one id each.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::super::BodyImage;
use super::super::elements::{Attr, Attrs, El};
use super::super::escape::escape_attr;
use super::super::ids::IdAllocator;
use super::super::urls::{self, UrlKind};
use super::attrs::{IdRule, write_attrs};
use super::{Sink, Target};
use crate::sanitize::links::{url_value, value_leaves_site};

/// The footnotes' ids: one per footnote, whether its reference or its definition comes
/// first. (An ordered map: a body has few footnotes, and no hashing is cheaper for them.)
#[derive(Debug, Default)]
pub(super) struct Footnotes {
    /// The id each footnote (by its name as written) was given, and whether its definition
    /// has been written.
    ids: BTreeMap<String, (String, bool)>,
    /// The id of a second definition of a footnote (not kept in `ids`).
    again: String,
}

impl Sink<'_> {
    pub(super) fn start_link(&mut self, attrs: &Attrs<'_>) {
        let written = match attrs.get(Attr::Href) {
            // No link inside a link: its text stays.
            _ if self.written_links > 0 => false,
            // An anchor without a link.
            None => {
                self.open_tag(El::A, attrs, IdRule::Claim);
                true
            }
            Some(href) if !urls::allowed(href, UrlKind::Link, false) => false,
            Some(href) => {
                let footnote = self.sups.last() == Some(&true);
                let note = href
                    .strip_prefix('#')
                    .filter(|_| footnote)
                    .and_then(|name| self.footnotes.id(name, &mut self.ids, false));
                self.out.push_str("<a href=\"");
                let href = match note {
                    // A footnote reference: its footnote's id (an id needs no encoding).
                    Some(id) => {
                        self.out.push('#');
                        escape_attr(&mut self.out, id);
                        Cow::Borrowed("#")
                    }
                    None => {
                        let href = match self.ids.local_href(href) {
                            Some(local) => match url_value(&local) {
                                Cow::Borrowed(_) => Cow::Owned(local),
                                Cow::Owned(encoded) => Cow::Owned(encoded),
                            },
                            None => url_value(href),
                        };
                        escape_attr(&mut self.out, &href);
                        href
                    }
                };
                self.out.push('"');
                write_attrs(
                    &mut self.out,
                    &mut self.ids,
                    El::A,
                    attrs,
                    IdRule::Claim,
                    Attr::Href.bit(),
                    0,
                );
                if value_leaves_site(&href, self.env.site_base) {
                    self.env.push_external_attrs(&mut self.out);
                }
                self.out.push('>');
                true
            }
        };
        self.links.push(written);
        if written {
            self.written_links += 1;
        }
    }

    pub(super) fn image(&mut self, attrs: &Attrs<'_>) {
        let alt = attrs.get(Attr::Alt);
        let Some(src) = self.image_source(attrs) else {
            if let Some(alt) = alt.filter(|a| !a.is_empty()) {
                self.text(alt);
            }
            return;
        };
        if alt.is_none() {
            self.images_without_alt.push(src.to_owned());
        }
        let alt = alt.unwrap_or("");
        if self.first_image.is_none() {
            self.first_image = Some(BodyImage {
                url: src.to_owned(),
                alt: alt.to_owned(),
            });
        }
        self.out.push_str("<img src=\"");
        escape_attr(&mut self.out, &url_value(src));
        self.out.push('"');
        // An image always says what it shows (`alt=""`: nothing worth saying): `Alt` is
        // written even when not given.
        write_attrs(
            &mut self.out,
            &mut self.ids,
            El::Img,
            attrs,
            IdRule::Claim,
            Attr::Src.bit(),
            Attr::Alt.bit(),
        );
        self.out.push_str(" loading=\"lazy\" decoding=\"async\">");
    }

    /// The URL an image shows, through the allow-list. Lazy-loading pages keep it in
    /// `data-src` (or `data-lazy-src`, `data-original`) and put a placeholder in `src`: that
    /// one wins, as it does in the browser once the loader runs. Without it, `src`; without a
    /// usable `src`, the widest candidate of `data-srcset`, then of `srcset`.
    fn image_source<'a>(&self, attrs: &Attrs<'a>) -> Option<&'a str> {
        let usable = |url: &&str| urls::allowed(url, UrlKind::Image, self.data_images);
        [
            Attr::DataSrc,
            Attr::DataLazySrc,
            Attr::DataOriginal,
            Attr::Src,
        ]
        .into_iter()
        .filter_map(|attr| attrs.get(attr))
        .find(usable)
        .or_else(|| {
            [Attr::DataSrcset, Attr::Srcset]
                .into_iter()
                .filter_map(|attr| attrs.get(attr).and_then(widest_candidate))
                .find(usable)
        })
    }
}

/// The URL of a `srcset`'s widest candidate (largest `w`, else largest `x` density, else the
/// first); `None` when it has none.
fn widest_candidate(srcset: &str) -> Option<&str> {
    let mut best: Option<(&str, f64)> = None;
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        // A URL ending in commas has no descriptor.
        let (url, descriptor, after) = match url.trim_end_matches(',') {
            trimmed if trimmed.len() < url.len() => (trimmed, "", after),
            _ => {
                let end = after.find(',').unwrap_or(after.len());
                (url, after[..end].trim(), &after[end..])
            }
        };
        rest = after;
        // Widths outrank densities: `w` counts in thousands.
        // (Suffixes, not byte offsets: a descriptor may end in any character.)
        let size = if let Some(w) = descriptor.strip_suffix('w') {
            w.parse::<f64>().map_or(0.0, |w| w * 1000.0)
        } else if let Some(x) = descriptor.strip_suffix('x') {
            x.parse::<f64>().unwrap_or(0.0)
        } else {
            0.0
        };
        if !url.is_empty() && best.is_none_or(|(_, b)| size > b) {
            best = Some((url, size));
        }
    }
    best.map(|(url, _)| url)
}

impl Footnotes {
    /// The id of the footnote written `name` (from `href="#name"` or `id="name"`): the one
    /// it was given, else a fresh claim. A second definition of the same footnote gets a
    /// fresh id (never a duplicate). `None` when nothing usable is left of the name.
    pub(super) fn id(
        &mut self,
        name: &str,
        ids: &mut IdAllocator,
        definition: bool,
    ) -> Option<&str> {
        if !self.ids.contains_key(name) {
            let id = ids.claim_explicit(name)?;
            self.ids.insert(name.to_owned(), (id, definition));
            return self.ids.get(name).map(|(id, _)| id.as_str());
        }
        let (id, defined) = self.ids.get_mut(name)?;
        if definition && *defined {
            // A second definition of the same footnote: a fresh id.
            self.again = ids.claim_explicit(name)?;
            return Some(&self.again);
        }
        *defined |= definition;
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::widest_candidate;

    #[test]
    fn srcset_candidates() {
        assert_eq!(
            widest_candidate("a.jpg 300w, b.jpg 1024w, c.jpg 768w"),
            Some("b.jpg")
        );
        assert_eq!(widest_candidate("a.jpg, b.jpg 2x"), Some("b.jpg"));
        assert_eq!(widest_candidate(" a.jpg "), Some("a.jpg"));
        assert_eq!(widest_candidate("a,b.jpg 2x,c.jpg 1x"), Some("a,b.jpg"));
        assert_eq!(widest_candidate("x.jpg 1x, y.jpg 100w"), Some("y.jpg"));
        assert_eq!(widest_candidate(" , "), None);
        // A descriptor ending in a character of several bytes is no size (a fuzz finding:
        // cutting its last byte off panicked).
        assert_eq!(widest_candidate("a.jpg 2\u{20AC}, b.jpg 1x"), Some("b.jpg"));
        assert_eq!(widest_candidate("a.jpg \u{FFFD}"), Some("a.jpg"));
    }
}
