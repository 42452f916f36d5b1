//! The heading outline: flat headings in document order nested into a tree for a table of
//! contents.

/// A heading of the body, for a table of contents.
///
/// ```
/// use newsclip::RenderOptions;
/// use newsclip::sanitize::{SourceFormat, prepare_body};
///
/// let site = url::Url::parse("https://newsclip.example/")?;
/// let source = "# One\n\n## One point one\n\n# Two";
/// let body = prepare_body(source, SourceFormat::Markdown, &site, &RenderOptions::default());
/// let outline = body.outline();
/// assert_eq!(outline.len(), 2);
/// assert_eq!((outline[0].level, outline[0].id.as_str()), (2, "one"));
/// assert_eq!(outline[0].children[0].text, "One point one");
/// assert_eq!(outline[0].children[0].level, 3);
/// # Ok::<(), url::ParseError>(())
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

/// The headings as the writer meets them, texts and ids back to back in one string: no
/// allocation per heading while the parser's memory is live, so a long body's peak memory
/// stays close to the parser's own. A heading takes its place when it opens and gets its
/// text and id when it closes; the entries
/// are built, with their rendered levels, at the end.
#[derive(Debug, Default)]
pub(crate) struct Headings {
    strings: String,
    /// Source level, and where the text starts, where it ends and where the id (after it)
    /// ends in `strings`.
    entries: Vec<(u8, usize, usize, usize)>,
}

impl Headings {
    /// Room for about `headings` headings.
    pub(crate) fn with_capacity(headings: usize) -> Self {
        Headings {
            strings: String::with_capacity(headings * 48),
            entries: Vec::with_capacity(headings),
        }
    }

    /// A heading of source level `level` opens: its place in the outline.
    pub(crate) fn open(&mut self, level: u8) -> usize {
        self.entries.push((level, 0, 0, 0));
        self.entries.len() - 1
    }

    /// The buffer a closing heading's text is written into (at its end; see
    /// [`Headings::close`]), and where that text starts.
    pub(crate) fn text_buffer(&mut self) -> (&mut String, usize) {
        let start = self.strings.len();
        (&mut self.strings, start)
    }

    /// The text written since `start`.
    pub(crate) fn text_since(&self, start: usize) -> &str {
        self.strings.get(start..).unwrap_or_default()
    }

    /// The heading at `entry` closes: its text is what was written since `start`, and `id`.
    pub(crate) fn close(&mut self, entry: usize, start: usize, id: &str) {
        let text_end = self.strings.len();
        self.strings.push_str(id);
        let id_end = self.strings.len();
        if let Some(e) = self.entries.get_mut(entry) {
            *e = (e.0, start, text_end, id_end);
        }
    }

    /// The shallowest source level, or `None` without headings.
    pub(crate) fn top_level(&self) -> Option<u8> {
        self.entries.iter().map(|e| e.0).min()
    }

    /// The nested outline, each source level rendered by `render`.
    pub(crate) fn into_outline(self, render: impl Fn(u8) -> u8) -> Vec<OutlineEntry> {
        let flat = self
            .entries
            .into_iter()
            .map(|(level, start, text_end, id_end)| {
                let text = self.strings.get(start..text_end).unwrap_or_default();
                let id = self.strings.get(text_end..id_end).unwrap_or_default();
                OutlineEntry::new(render(level), id.to_owned(), text.to_owned())
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
        let close = |h: &mut Headings, entry: usize, id: &str, text: &str| {
            let (buf, start) = h.text_buffer();
            buf.push_str(text);
            assert_eq!(h.text_since(start), text);
            h.close(entry, start, id);
        };
        let a = h.open(2);
        close(&mut h, a, "a", "Alpha");
        let b = h.open(3);
        let c = h.open(4);
        close(&mut h, c, "c", "Inner");
        close(&mut h, b, "b", "");
        let g = h.open(2);
        close(&mut h, g, "", "Gamma");
        assert_eq!(h.top_level(), Some(2));
        let tree = h.into_outline(|level| level + 1);
        assert_eq!(tree.len(), 2);
        assert_eq!((tree[0].id.as_str(), tree[0].text.as_str()), ("a", "Alpha"));
        assert_eq!(tree[0].level, 3);
        // Opened before its nested heading, so it comes first and holds it.
        assert_eq!(tree[0].children[0].children[0].id, "c");
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
