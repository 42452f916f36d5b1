//! Places in the body the page writes around: where the paywalled part starts (the body's
//! paywall marker) and where the lead paragraph's text starts (for the dateline).
//!
//! The marker is an HTML comment, `<!-- paywall -->` (or Ghost's `<!--members-only-->`),
//! between blocks: a line of its own in Markdown (an HTML block), a comment among the top
//! elements of an HTML body. A comment is what both formats already have for "not content",
//! it never shows when the body is viewed elsewhere, and a CMS that exports Ghost's divider
//! needs no change. Both readers hand it to the writer as [`Target::paywall`](super::Target)
//! wherever they meet it; the writer alone decides whether it can split the body there:
//! only between top-level blocks, so the paywalled part is whole blocks and the element
//! wrapped around it holds well-formed HTML. (Google's guidance also asks that paywalled
//! sections not be nested.)

/// Where the body's paywalled part starts, as the writer found it.
///
/// ```
/// use newsclip::RenderOptions;
/// use newsclip::sanitize::{PaywallMarker, SourceFormat, prepare_body};
///
/// let site = url::Url::parse("https://newsclip.example/")?;
/// let options = RenderOptions::default();
/// let body = prepare_body("Free.\n\n<!-- paywall -->\n\nPaid.", SourceFormat::Markdown, &site, &options);
/// assert_eq!(body.paywall(), PaywallMarker::At(13));
/// assert_eq!(body.paywall_split(), Some(("<p>Free.</p>\n", "<p>Paid.</p>\n")));
/// let quoted = prepare_body("> Free.\n>\n> <!-- paywall -->", SourceFormat::Markdown, &site, &options);
/// assert_eq!(quoted.paywall(), PaywallMarker::Nested);
/// # Ok::<(), url::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum PaywallMarker {
    /// The body has no marker.
    #[default]
    Absent,
    /// Every marker is inside another element (a list, a quote, a paragraph): the part it
    /// would start is not made of whole blocks, so nothing is marked.
    Nested,
    /// The marker is between top-level blocks but nothing visible follows it.
    Trailing,
    /// The paywalled part is the body's HTML from this byte on: whole top-level blocks.
    At(usize),
}

/// The words a marker comment may hold (ASCII case ignored, whitespace around them too).
const MARKER_WORDS: [&str; 2] = ["paywall", "members-only"];

/// True when a comment's text (between `<!--` and `-->`) is a paywall marker.
pub(crate) fn is_paywall_comment(text: &str) -> bool {
    let word = text.trim_ascii();
    MARKER_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// True when raw HTML from Markdown (an HTML block's line, or inline HTML) is a paywall
/// marker comment and nothing else.
pub(crate) fn is_paywall_html(html: &str) -> bool {
    html.trim_ascii()
        .strip_prefix("<!--")
        .and_then(|rest| rest.strip_suffix("-->"))
        .is_some_and(is_paywall_comment)
}

/// What the writer records for the places the page writes around.
#[derive(Debug, Default)]
pub(super) struct Marks {
    /// Elements open in the body as the readers gave them (not counting what the writer
    /// holds back or leaves out): 0 between top-level blocks.
    pub(super) depth: usize,
    /// The first marker, as found.
    pub(super) paywall: PaywallMarker,
    /// Just after the first top-level `<p>` start tag.
    pub(super) lead: Option<usize>,
}

impl Marks {
    /// The paywall as found in `html`, the finished output: a split with nothing visible
    /// after it is [`PaywallMarker::Trailing`].
    pub(super) fn paywall_in(&self, html: &str) -> PaywallMarker {
        match self.paywall {
            PaywallMarker::At(at)
                if html
                    .get(at..)
                    .is_none_or(|rest| rest.trim_ascii().is_empty()) =>
            {
                PaywallMarker::Trailing
            }
            found => found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_spellings() {
        for yes in [
            "<!-- paywall -->",
            "<!--paywall-->",
            "  <!-- PayWall -->\n",
            "<!--members-only-->",
            "<!-- members-only -->",
        ] {
            assert!(is_paywall_html(yes), "{yes:?}");
        }
        for no in [
            "<!-- paywall --> text",
            "<!-- paywall",
            "<!-- not a paywall -->",
            "<!-- pay wall -->",
            "<p><!-- paywall --></p>",
            "<!---->",
            "",
        ] {
            assert!(!is_paywall_html(no), "{no:?}");
        }
        assert!(is_paywall_comment(" paywall "));
        assert!(!is_paywall_comment("paywall!"));
    }
}
