//! The list of active formatting elements: markers, the Noah's Ark clause, reconstruction
//! and the adoption agency algorithm (html5ever's `create_formatting_element_for`,
//! `reconstruct_active_formatting_elements` and `adoption_agency`).

use super::{El, Entry, Stop, Tree, same_name};
use crate::sanitize::guard::html_names::{Kind, Name, Scope};
use crate::sanitize::guard::html_tokenizer::{Attr, Tag};

impl<'s> Tree<'s> {
    pub(super) fn push_formatting(&mut self, entry: Entry<'s>) -> Result<(), Stop> {
        self.formatting.push(entry);
        if self.formatting.len() > self.limits.max_formatting {
            return Err(Stop::TooManyFormattingElements);
        }
        Ok(())
    }

    pub(super) fn clear_formatting_to_marker(&mut self) {
        while let Some(entry) = self.formatting.pop() {
            if matches!(entry, Entry::Marker) {
                break;
            }
        }
    }

    pub(super) fn formatting_position(&self, id: u32) -> Option<usize> {
        self.formatting
            .iter()
            .position(|e| matches!(e, Entry::Element { id: i, .. } if *i == id))
    }

    /// The last entry named `name` after the last marker: (index in the list, entry).
    pub(super) fn last_formatting_named(
        &self,
        name: Name,
        raw: &str,
    ) -> Option<(usize, Entry<'s>)> {
        for (at, entry) in self.formatting.iter().enumerate().rev() {
            match *entry {
                Entry::Marker => return None,
                Entry::Element {
                    name: n, raw: r, ..
                } if same_name(n, r, name, raw) => {
                    return Some((at, *entry));
                }
                Entry::Element { .. } => {}
            }
        }
        None
    }

    pub(super) fn entry_open(&self, entry: &Entry<'s>) -> bool {
        match *entry {
            Entry::Marker => true,
            Entry::Element { id, .. } => self.is_open(id),
        }
    }

    pub(super) fn reconstruct(&mut self) -> Result<(), Stop> {
        let Some(last) = self.formatting.last() else {
            return Ok(());
        };
        if self.entry_open(last) {
            return Ok(());
        }
        let mut at = self.formatting.len() - 1;
        while at > 0 {
            at -= 1;
            if self
                .formatting
                .get(at)
                .is_some_and(|entry| self.entry_open(entry))
            {
                at += 1;
                break;
            }
        }
        while at < self.formatting.len() {
            let Some(Entry::Element {
                raw, name, attrs, ..
            }) = self.formatting.get(at).copied()
            else {
                return Err(Stop::Unmodelled);
            };
            self.count_implied(1)?;
            let id = self.push(Kind::html(name), raw)?;
            if let Some(entry) = self.formatting.get_mut(at) {
                *entry = Entry::Element {
                    id,
                    raw,
                    name,
                    attrs,
                };
            }
            at += 1;
        }
        Ok(())
    }

    /// Inserts a formatting element and its entry (after the Noah's Ark clause: at most three
    /// equal entries after the last marker).
    pub(super) fn insert_formatting(
        &mut self,
        tag: &Tag<'s>,
        attrs: &[Attr<'s>],
    ) -> Result<(), Stop> {
        let from = self.attrs.len();
        self.attrs.extend_from_slice(attrs);
        if let Some(mine) = self.attrs.get_mut(from..) {
            mine.sort_by(|a, b| cmp_attr(a, b));
        }
        let span = (
            u32::try_from(from).map_err(|_| Stop::TooManyFormattingElements)?,
            u32::try_from(self.attrs.len() - from).map_err(|_| Stop::TooManyFormattingElements)?,
        );
        let mut first = None;
        let mut matches = 0;
        for (at, entry) in self.formatting.iter().enumerate().rev() {
            match *entry {
                Entry::Marker => break,
                Entry::Element {
                    raw, name, attrs, ..
                } => {
                    if same_name(name, raw, tag.name, tag.raw) && self.same_attrs(attrs, span) {
                        first = Some(at);
                        matches += 1;
                    }
                }
            }
        }
        if matches >= 3
            && let Some(at) = first
        {
            self.formatting.remove(at);
        }
        let id = self.insert_html(tag)?;
        self.push_formatting(Entry::Element {
            id,
            raw: tag.raw,
            name: tag.name,
            attrs: span,
        })
    }

    /// Equal attribute lists as written (names without ASCII case). Lists that html5ever
    /// finds equal but are spelled differently count as different: the model keeps more
    /// entries than html5ever, never fewer.
    pub(super) fn same_attrs(&self, a: (u32, u32), b: (u32, u32)) -> bool {
        let list = |(from, len): (u32, u32)| {
            self.attrs
                .get(from as usize..(from + len) as usize)
                .unwrap_or_default()
        };
        let (a, b) = (list(a), list(b));
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x.name.eq_ignore_ascii_case(y.name) && x.value == y.value)
    }

    /// The adoption agency algorithm for an end tag named `subject`.
    pub(super) fn adoption_agency(&mut self, tag: &Tag<'s>) -> Result<(), Stop> {
        let current = *self.current();
        if current.kind.is(tag.name)
            && same_name(current.kind.name, current.raw, tag.name, tag.raw)
            && self.formatting_position(current.id).is_none()
        {
            self.pop();
            return Ok(());
        }
        for _ in 0..8 {
            let Some((
                fmt_at,
                Entry::Element {
                    id: fmt_id,
                    raw,
                    name,
                    attrs,
                },
            )) = self.last_formatting_named(tag.name, tag.raw)
            else {
                self.end_tag_in_body(tag);
                return Ok(());
            };
            let Some(fmt_stack_at) = self.position_of(fmt_id) else {
                self.formatting.remove(fmt_at);
                return Ok(());
            };
            if !self.id_in_scope(fmt_id) {
                return Ok(());
            }
            let furthest = self
                .stack
                .iter()
                .enumerate()
                .skip(fmt_stack_at)
                .find(|(_, el)| el.kind.is_special())
                .map(|(at, el)| (at, *el));
            let Some((furthest_at, furthest_block)) = furthest else {
                self.truncate(fmt_stack_at);
                self.formatting.remove(fmt_at);
                return Ok(());
            };
            let common_ancestor_at = fmt_stack_at.saturating_sub(1);
            let mut bookmark_after: Option<u32> = None;
            let mut node_at = furthest_at;
            let mut last_is_furthest = true;
            let mut inner = 0;
            loop {
                inner += 1;
                node_at -= 1;
                let Some(node) = self.stack.get(node_at).copied() else {
                    return Err(Stop::Unmodelled);
                };
                if node.id == fmt_id {
                    break;
                }
                let position = self.formatting_position(node.id);
                if inner > 3 {
                    if let Some(p) = position {
                        self.formatting.remove(p);
                    }
                    self.stack.remove(node_at);
                    self.set_open(node.id, false);
                    continue;
                }
                let Some(p) = position else {
                    self.stack.remove(node_at);
                    self.set_open(node.id, false);
                    continue;
                };
                // A clone of the node replaces it on the stack and in the list.
                let Some(Entry::Element {
                    raw: n_raw,
                    name: n_name,
                    attrs: n_attrs,
                    ..
                }) = self.formatting.get(p).copied()
                else {
                    return Err(Stop::Unmodelled);
                };
                self.count_implied(1)?;
                let new_id = self.new_id()?;
                self.set_open(node.id, false);
                if let Some(el) = self.stack.get_mut(node_at) {
                    el.id = new_id;
                }
                if let Some(entry) = self.formatting.get_mut(p) {
                    *entry = Entry::Element {
                        id: new_id,
                        raw: n_raw,
                        name: n_name,
                        attrs: n_attrs,
                    };
                }
                if last_is_furthest {
                    bookmark_after = Some(new_id);
                }
                last_is_furthest = false;
            }
            // The formatting element's clone takes the furthest block's children.
            self.count_implied(1)?;
            let clone_id = self.new_id()?;
            let new_entry = Entry::Element {
                id: clone_id,
                raw,
                name,
                attrs,
            };
            match bookmark_after.and_then(|after| self.formatting_position(after)) {
                Some(after) => {
                    self.formatting.insert(after + 1, new_entry);
                    if let Some(old) = self.formatting_position(fmt_id) {
                        self.formatting.remove(old);
                    }
                }
                None => {
                    // Entries before it may have gone in the inner loop: find it again.
                    if let Some(entry) = self
                        .formatting_position(fmt_id)
                        .and_then(|at| self.formatting.get_mut(at))
                    {
                        *entry = new_entry;
                    }
                }
            }
            self.remove_from_stack(fmt_id);
            let Some(fb_at) = self.position_of(furthest_block.id) else {
                return Err(Stop::Unmodelled);
            };
            // The tree is now: common ancestor, the clones kept between it and the furthest
            // block, the furthest block, the formatting element's clone. (Elements above keep
            // their depth: they moved up with the furthest block, if at all.)
            let mut depth = self.stack.get(common_ancestor_at).map_or(0, |ca| ca.depth);
            for el in self
                .stack
                .iter_mut()
                .take(fb_at + 1)
                .skip(common_ancestor_at + 1)
            {
                depth += 1;
                el.depth = depth;
            }
            let clone = El {
                kind: Kind::html(name),
                raw,
                id: clone_id,
                depth: depth + 1,
            };
            self.stack.insert(fb_at + 1, clone);
            self.note_depth((self.stack.len() - 1).max(depth as usize + 1))?;
        }
        Ok(())
    }

    pub(super) fn id_in_scope(&self, id: u32) -> bool {
        for el in self.stack.iter().rev() {
            if el.id == id {
                return true;
            }
            if el.kind.bounds(Scope::Default) {
                return false;
            }
        }
        false
    }

    pub(super) fn new_id(&mut self) -> Result<u32, Stop> {
        let id = u32::try_from(self.open.len()).map_err(|_| Stop::TooDeep)?;
        self.open.push(true);
        Ok(id)
    }
}

fn cmp_attr(a: &Attr<'_>, b: &Attr<'_>) -> std::cmp::Ordering {
    let (x, y) = (a.name.bytes(), b.name.bytes());
    x.map(|c| c.to_ascii_lowercase())
        .cmp(y.map(|c| c.to_ascii_lowercase()))
        .then_with(|| a.value.cmp(b.value))
}
