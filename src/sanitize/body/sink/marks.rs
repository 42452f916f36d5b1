//! Places in the body the page writes around: where the paywalled part starts (the body's
//! paywall marker) and where the lead paragraph's text starts (for the dateline).
//!
//! # The paywall marker
//!
//! A paragraph that holds only the text `[paywall]` (ASCII case ignored, whitespace around
//! it too): a line of its own in Markdown, `<p>[paywall]</p>` in an HTML body. It is
//! recognised by the writer, after either reader, so both formats and every raw-HTML policy
//! treat it alike; the paragraph is left out of the page and out of the text statistics.
//!
//! Why text, not an HTML comment (`<!-- paywall -->`, Ghost's `<!--members-only-->`):
//! comments are what editors, CMS exports, minifiers and sanitizers strip first, and a
//! stripped comment leaves no trace, so an article would quietly show its paywalled part as
//! free content, the cloaking Google's paywalled-content markup exists to avoid. A text
//! marker survives every such tool, and where it is not honoured it stays visible on the
//! page (and the lint says why) instead of vanishing.
//!
//! Only a marker between top-level blocks splits the body, so the paywalled part is whole
//! blocks and the element wrapped around it holds well-formed HTML (Google's guidance also
//! asks that paywalled sections not be nested). A marker inside another element (a quote, a
//! list item) is shown as text and reported as [`PaywallMarker::Nested`]. The first
//! top-level marker splits; any later one is left out too.

/// The marker paragraph's text.
pub(crate) const PAYWALL_MARKER: &str = "[paywall]";

/// Whitespace and text held back while a paragraph may still be the marker: more than this
/// and it is not the marker.
const MAX_HELD: usize = 64;

/// Where the body's paywalled part starts, as the writer found it.
///
/// ```
/// use newsclip::RenderOptions;
/// use newsclip::sanitize::{PaywallMarker, SourceFormat, prepare_body};
///
/// let site = url::Url::parse("https://newsclip.example/")?;
/// let options = RenderOptions::default();
/// let body = prepare_body("Free.\n\n[paywall]\n\nPaid.", SourceFormat::Markdown, &site, &options);
/// assert_eq!(body.paywall(), PaywallMarker::At(13));
/// assert_eq!(body.paywall_split(), Some(("<p>Free.</p>\n", "<p>Paid.</p>\n")));
/// // The same in HTML.
/// let html = prepare_body("<p>Free.</p><p> [Paywall] </p><p>Paid.</p>", SourceFormat::Html, &site, &options);
/// assert_eq!(html.html(), body.html());
/// // Inside a quote it is text.
/// let quoted = prepare_body("> Free.\n>\n> [paywall]", SourceFormat::Markdown, &site, &options);
/// assert_eq!(quoted.paywall(), PaywallMarker::Nested);
/// assert!(quoted.html().as_str().contains("<p>[paywall]</p>"));
/// # Ok::<(), url::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum PaywallMarker {
    /// The body has no marker.
    #[default]
    Absent,
    /// Every marker is inside another element (a list, a quote): the part it would start is
    /// not made of whole blocks, so nothing is split and the marker shows as text.
    Nested,
    /// The marker is between top-level blocks but nothing visible follows it.
    Trailing,
    /// The paywalled part is the body's HTML from this byte on: whole top-level blocks.
    At(usize),
}

/// A paragraph that may be the marker: nothing but text in it so far, held back.
#[derive(Debug)]
pub(super) struct Candidate {
    /// Where the paragraph's start tag (and the line break before it) starts in the output.
    pub(super) tag_at: usize,
    /// Just after its start tag.
    pub(super) content_at: usize,
    /// It is a top-level block.
    pub(super) top: bool,
    /// Its text so far, not written yet.
    pub(super) held: String,
}

impl Candidate {
    /// Holds `text` back when the paragraph may still be the marker; `false` when it cannot
    /// be (the caller writes what is held, then `text`).
    pub(super) fn hold(&mut self, text: &str) -> bool {
        if self.held.len() + text.len() > MAX_HELD {
            return false;
        }
        // Nearly every paragraph starts with another character: decided without a copy.
        if self.held.bytes().all(|b| is_space(char::from(b)))
            && text
                .trim_start_matches(is_space)
                .bytes()
                .next()
                .is_some_and(|b| b != b'[')
        {
            return false;
        }
        self.held.push_str(text);
        let so_far = self.held.trim_start_matches(is_space);
        let word = so_far.trim_end_matches(is_space);
        let marker = PAYWALL_MARKER.as_bytes();
        // Still a prefix of the marker, or the marker and trailing whitespace.
        let plausible = if word.len() < so_far.len() {
            word.eq_ignore_ascii_case(PAYWALL_MARKER)
        } else {
            marker
                .get(..word.len())
                .is_some_and(|m| m.eq_ignore_ascii_case(word.as_bytes()))
        };
        if !plausible {
            self.held.truncate(self.held.len() - text.len());
        }
        plausible
    }

    /// The paragraph, ended now, is the marker.
    pub(super) fn is_marker(&self) -> bool {
        self.held
            .trim_matches(is_space)
            .eq_ignore_ascii_case(PAYWALL_MARKER)
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r')
}

/// What the writer records for the places the page writes around.
#[derive(Debug, Default)]
pub(super) struct Marks {
    /// Markers are looked for (a body, not inline content).
    pub(super) enabled: bool,
    /// Elements open in the body as the readers gave them (written or not): 0 between
    /// top-level blocks.
    pub(super) depth: usize,
    /// The first marker, as found.
    pub(super) paywall: PaywallMarker,
    /// Just after the first top-level `<p>` start tag.
    pub(super) lead: Option<usize>,
    /// The paragraph being written, while it may be the marker.
    pub(super) candidate: Option<Candidate>,
}

impl Marks {
    /// Marks for a body (`enabled`) or for inline content.
    pub(super) fn new(enabled: bool) -> Self {
        Marks {
            enabled,
            ..Marks::default()
        }
    }

    /// A marker paragraph was left out; the output is `len` bytes long now.
    pub(super) fn found(&mut self, top: bool, len: usize) {
        self.paywall = match (self.paywall, top) {
            (PaywallMarker::At(at), _) => PaywallMarker::At(at),
            (_, true) => PaywallMarker::At(len),
            (found, false) => match found {
                PaywallMarker::Absent => PaywallMarker::Nested,
                other => other,
            },
        };
    }

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

    fn candidate() -> Candidate {
        Candidate {
            tag_at: 0,
            content_at: 3,
            top: true,
            held: String::new(),
        }
    }

    /// Text given in pieces (as pulldown-cmark splits it at brackets) is held while it may
    /// still be the marker.
    #[test]
    fn holds_while_plausible() {
        for pieces in [
            &["[", "paywall", "]"][..],
            &[" [PayWall] "],
            &["\n[paywall]", "\n"],
            &["[paywall]"],
        ] {
            let mut c = candidate();
            assert!(pieces.iter().all(|p| c.hold(p)), "{pieces:?}");
            assert!(c.is_marker(), "{pieces:?}");
        }
        for (pieces, held) in [
            (&["[", "pay", "wall!"][..], "[pay"),
            (&["[paywall] x"], ""),
            (&["[paywall]", " ", "x"], "[paywall] "),
            (&["pay"], ""),
            (&["[pay wall]"], ""),
        ] {
            let mut c = candidate();
            let all = pieces.iter().all(|p| c.hold(p));
            assert!(!all, "{pieces:?}");
            assert_eq!(
                c.held, held,
                "what stays held is written before the piece refused"
            );
        }
        let mut c = candidate();
        assert!(c.hold("["));
        assert!(!c.is_marker(), "a prefix is not the marker");
        let mut c = candidate();
        assert!(!c.hold(&" ".repeat(MAX_HELD + 1)), "bounded");
    }

    #[test]
    fn first_top_level_marker_wins() {
        let mut m = Marks::new(true);
        m.found(false, 5);
        assert_eq!(m.paywall, PaywallMarker::Nested);
        m.found(true, 9);
        assert_eq!(m.paywall, PaywallMarker::At(9));
        m.found(true, 20);
        m.found(false, 30);
        assert_eq!(m.paywall, PaywallMarker::At(9));
        assert_eq!(m.paywall_in("012345678   \n"), PaywallMarker::Trailing);
        assert_eq!(m.paywall_in("012345678<p>x</p>"), PaywallMarker::At(9));
    }
}
