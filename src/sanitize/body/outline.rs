//! The heading outline: flat headings in document order nested into a tree for a table of
//! contents.

/// A heading of the body, for a table of contents.
///
/// ```
/// use newsclip::sanitize::prepare_body;
/// use newsclip::{Article, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("# One\n\n## One point one\n\n# Two")
///     .build()?;
/// let body = prepare_body(article.body(), &site, &newsclip::RenderOptions::default());
/// let outline = body.outline();
/// assert_eq!(outline.len(), 2);
/// assert_eq!((outline[0].level, outline[0].id.as_str()), (2, "one"));
/// assert_eq!(outline[0].children[0].text, "One point one");
/// assert_eq!(outline[0].children[0].level, 3);
/// # Ok::<(), newsclip::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OutlineEntry {
    /// The rendered level (2 for a body `#` with the default base level).
    pub level: u8,
    /// The element id (with any prefix).
    pub id: String,
    /// The heading's plain text.
    pub text: String,
    /// Deeper headings under this one.
    pub children: Vec<OutlineEntry>,
}

impl OutlineEntry {
    pub(crate) fn new(level: u8, id: String, text: String) -> Self {
        OutlineEntry {
            level,
            id,
            text,
            children: Vec::new(),
        }
    }
}

/// The headings as the pass meets them, ids and texts back to back in one string: no
/// allocation per heading while the parser's memory is live, so a long body's peak memory
/// stays close to the parser's own. The entries are built (and nested) at the end.
#[derive(Debug, Default)]
pub(crate) struct Headings {
    strings: String,
    /// Level, and where the id ends and the text ends in `strings` (each starts where the
    /// previous ends).
    entries: Vec<(u8, usize, usize)>,
}

impl Headings {
    /// Room for about `headings` headings.
    pub(crate) fn with_capacity(headings: usize) -> Self {
        Headings {
            strings: String::with_capacity(headings * 48),
            entries: Vec::with_capacity(headings),
        }
    }

    pub(crate) fn push(&mut self, level: u8, id: &str, text: &str) {
        self.strings.push_str(id);
        let id_end = self.strings.len();
        self.strings.push_str(text);
        self.entries.push((level, id_end, self.strings.len()));
    }

    /// The nested outline.
    pub(crate) fn into_outline(self) -> Vec<OutlineEntry> {
        let mut start = 0;
        let flat = self.entries.into_iter().map(|(level, id_end, text_end)| {
            let id = self.strings.get(start..id_end).unwrap_or_default();
            let text = self.strings.get(id_end..text_end).unwrap_or_default();
            start = text_end;
            OutlineEntry::new(level, id.to_owned(), text.to_owned())
        });
        nest(flat)
    }
}

/// Nests headings: each heading goes under the closest earlier heading of a lower level.
/// Depth is at most five (levels 2 to 6), so the recursion is bounded.
pub(crate) fn nest(flat: impl ExactSizeIterator<Item = OutlineEntry>) -> Vec<OutlineEntry> {
    let mut roots: Vec<OutlineEntry> = Vec::with_capacity(flat.len());
    for entry in flat {
        insert(&mut roots, entry);
    }
    roots
}

fn insert(list: &mut Vec<OutlineEntry>, entry: OutlineEntry) {
    match list.last_mut() {
        Some(last) if entry.level > last.level => insert(&mut last.children, entry),
        _ => list.push(entry),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(level: u8, id: &str) -> OutlineEntry {
        OutlineEntry::new(level, id.into(), id.into())
    }

    #[test]
    fn nests_and_recovers_from_skips() {
        let tree = nest(vec![e(3, "a"), e(2, "b"), e(4, "c"), e(3, "d"), e(2, "f")].into_iter());
        let ids: Vec<_> = tree.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "f"]);
        let kids: Vec<_> = tree[1].children.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(kids, ["c", "d"]);
    }
}

#[cfg(test)]
mod headings_tests {
    use super::*;

    #[test]
    fn headings_keep_ids_and_texts_apart() {
        let mut h = Headings::with_capacity(0);
        h.push(2, "a", "Alpha");
        h.push(3, "b", "");
        h.push(2, "", "Gamma");
        let tree = h.into_outline();
        assert_eq!(tree.len(), 2);
        assert_eq!((tree[0].id.as_str(), tree[0].text.as_str()), ("a", "Alpha"));
        assert_eq!(
            (
                tree[0].children[0].id.as_str(),
                tree[0].children[0].text.as_str()
            ),
            ("b", "")
        );
        assert_eq!((tree[1].id.as_str(), tree[1].text.as_str()), ("", "Gamma"));
    }
}
