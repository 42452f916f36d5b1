//! The heading outline: flat headings in document order nested into a tree for a table of
//! contents.

/// A heading of the body, for a table of contents.
///
/// ```
/// use newsclip::sanitize::{prepare_body, BodyOptions};
/// use newsclip::{Article, Site};
///
/// let site = Site::new("Newsclip", "https://newsclip.example/")?;
/// let article = Article::builder("Headline", "https://newsclip.example/a", "2026-04-04")
///     .section("Business")
///     .body("# One\n\n## One point one\n\n# Two")
///     .build()?;
/// let body = prepare_body(article.body(), &site, &BodyOptions::default());
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

/// Nests headings: each heading goes under the closest earlier heading of a lower level.
/// Depth is at most five (levels 2 to 6), so the recursion is bounded.
pub(crate) fn nest(flat: Vec<OutlineEntry>) -> Vec<OutlineEntry> {
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
        let tree = nest(vec![e(3, "a"), e(2, "b"), e(4, "c"), e(3, "d"), e(2, "f")]);
        let ids: Vec<_> = tree.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "f"]);
        let kids: Vec<_> = tree[1].children.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(kids, ["c", "d"]);
    }
}
