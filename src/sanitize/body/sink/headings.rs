//! Headings as the writer meets them: content held back until the id is known (it comes from
//! the heading's text, which follows its start tag), ids from the one id space, levels
//! shifted from the body's own top level, and the outline.
//!
//! The top level (the shallowest heading of the body) is known only at the end. Each heading
//! is written with the level it has under the top level met so far, and where its two level
//! digits lie is recorded; at the end, the few digits written under a deeper provisional top
//! are put right in place (same length, so nothing moves). Linear, and no second pass.
//!
//! Headings nested in headings (possible in HTML: `<h2>Outer<b><h3 id=x>Inner</h3></b></h2>`)
//! keep their element, id and outline entry; the inner one is written into the outer's
//! content when it closes. At most [`MAX_OPEN`] headings are open at once; a heading opened
//! deeper than that is written as its content alone, so no content is copied more than
//! [`MAX_OPEN`] times.

use super::super::outline::Headings;

/// Open headings at most; deeper heading elements are not written (their content is).
pub(super) const MAX_OPEN: usize = 4;

/// Where a written heading's level digits lie (`<h2` and `</h2`), relative to the buffer it
/// was written into.
#[derive(Debug, Clone, Copy)]
pub(super) struct Digits {
    open: usize,
    close: usize,
    /// Its source level.
    level: u8,
    /// The level written.
    written: u8,
}

/// A heading whose end has not been met.
#[derive(Debug)]
pub(super) struct OpenHeading {
    /// Source level.
    pub(super) level: u8,
    /// Its outline entry.
    pub(super) entry: usize,
    /// The explicit id it was given, if any.
    pub(super) explicit: Option<String>,
    /// Its other attributes, written.
    pub(super) attrs: String,
    /// The output written before it, put back when it closes (its content is written into a
    /// buffer of its own meanwhile).
    pub(super) outer: String,
    /// Where its text starts in [`HeadingState::text`].
    pub(super) text_start: usize,
    /// Digits of the headings nested in it, relative to its content.
    pub(super) nested: Vec<Digits>,
}

/// Every heading of one body.
#[derive(Debug, Default)]
pub(super) struct HeadingState {
    /// Open headings, outermost first.
    pub(super) open: Vec<OpenHeading>,
    /// Heading elements opened while [`MAX_OPEN`] were open (not written).
    pub(super) overflow: usize,
    /// The text of the outermost open heading; nested headings' texts are its tail.
    pub(super) text: String,
    /// Content buffers for the next headings.
    pub(super) spare: Vec<String>,
    /// A buffer for the next heading's id.
    pub(super) spare_id: String,
    pub(super) outline: Headings,
    /// Digits of the headings written into the body's output.
    digits: Vec<Digits>,
    /// The shallowest source level met so far.
    top: u8,
}

impl HeadingState {
    pub(super) fn with_capacity(headings: usize) -> Self {
        HeadingState {
            outline: Headings::with_capacity(headings),
            top: 6,
            ..HeadingState::default()
        }
    }

    /// A heading of source level `level` opens: its outline entry, and the top level so far.
    pub(super) fn note_open(&mut self, level: u8) -> usize {
        self.top = self.top.min(level);
        self.outline.open(level)
    }

    /// The top level met so far (for a heading written now).
    pub(super) fn top_so_far(&self) -> u8 {
        self.top
    }

    /// A heading was written at `open`/`close` (digit positions) into the current buffer,
    /// with its nested headings' digits relative to `content_at`.
    pub(super) fn note_written(
        &mut self,
        open: usize,
        close: usize,
        level: u8,
        written: u8,
        content_at: usize,
        nested: Vec<Digits>,
    ) {
        let dest = match self.open.last_mut() {
            Some(parent) => &mut parent.nested,
            None => &mut self.digits,
        };
        dest.push(Digits {
            open,
            close,
            level,
            written,
        });
        dest.extend(nested.into_iter().map(|d| Digits {
            open: d.open + content_at,
            close: d.close + content_at,
            ..d
        }));
    }

    /// Puts right, in `out`, the level of every heading written under a provisional top
    /// level; `render` maps a source level to its level under the body's real top level.
    pub(super) fn fix_levels(&self, out: &mut String, render: impl Fn(u8) -> u8) {
        const DIGITS: [&str; 6] = ["1", "2", "3", "4", "5", "6"];
        for d in &self.digits {
            let level = render(d.level);
            if level == d.written {
                continue;
            }
            let digit = DIGITS[usize::from(level.clamp(1, 6) - 1)];
            for at in [d.open, d.close] {
                if out.get(at..at + 1).is_some() {
                    out.replace_range(at..at + 1, digit);
                }
            }
        }
    }
}
