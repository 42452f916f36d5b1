//! Tables and templates: the "in table", "in caption", "in column group", "in table body",
//! "in row", "in cell" and "in template" insertion modes, and foster parenting.

use super::{Entry, Mode, Step, Stop, Tok, Tree, is_space_only};
use crate::sanitize::guard::html_names::{Name, Scope};

impl<'s> Tree<'s> {
    pub(super) fn foster_in_body(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        self.foster = true;
        let step = self.in_body(tok);
        self.foster = false;
        step
    }

    pub(super) fn in_table(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        match tok {
            Tok::Text(_) => {
                let k = self.current().kind;
                if k.is_html()
                    && matches!(k.name, N::Table | N::Tbody | N::Tfoot | N::Thead | N::Tr)
                {
                    self.orig_mode = self.mode;
                    Ok(Step::Reprocess(Mode::InTableText))
                } else {
                    self.foster_in_body(tok)
                }
            }
            Tok::Comment => Ok(Step::Done),
            Tok::Eof => self.in_body(tok),
            Tok::Start(tag, attrs) => match tag.name {
                N::Caption => {
                    self.pop_until_current(&[N::Html, N::Table, N::Template]);
                    self.push_formatting(Entry::Marker)?;
                    self.insert_html(tag)?;
                    self.mode = Mode::InCaption;
                    Ok(Step::Done)
                }
                N::Colgroup => {
                    self.pop_until_current(&[N::Html, N::Table, N::Template]);
                    self.insert_html(tag)?;
                    self.mode = Mode::InColumnGroup;
                    Ok(Step::Done)
                }
                N::Col => {
                    self.pop_until_current(&[N::Html, N::Table, N::Template]);
                    self.insert_implied(N::Colgroup)?;
                    Ok(Step::Reprocess(Mode::InColumnGroup))
                }
                N::Tbody | N::Tfoot | N::Thead => {
                    self.pop_until_current(&[N::Html, N::Table, N::Template]);
                    self.insert_html(tag)?;
                    self.mode = Mode::InTableBody;
                    Ok(Step::Done)
                }
                N::Td | N::Th | N::Tr => {
                    self.pop_until_current(&[N::Html, N::Table, N::Template]);
                    self.insert_implied(N::Tbody)?;
                    Ok(Step::Reprocess(Mode::InTableBody))
                }
                N::Table => {
                    if self.in_scope(Scope::Table, N::Table) {
                        self.pop_until_named(N::Table);
                        Ok(Step::Reprocess(self.reset_mode()?))
                    } else {
                        Ok(Step::Done)
                    }
                }
                N::Style | N::Script | N::Template => self.in_head(tok),
                N::Input => {
                    let mut hidden = false;
                    for a in attrs {
                        if a.name.eq_ignore_ascii_case("type") {
                            if a.value.contains('&') {
                                return Err(Stop::Unmodelled);
                            }
                            hidden = a.value.eq_ignore_ascii_case("hidden");
                            break;
                        }
                    }
                    if hidden {
                        self.insert_void()?;
                        Ok(Step::Done)
                    } else {
                        self.foster_in_body(tok)
                    }
                }
                N::Form => {
                    if !self.has_open(N::Template) && self.form.is_none() {
                        self.insert_void()?;
                        // The form pointer is set to an element that is not open.
                        let id = self.new_id()?;
                        self.set_open(id, false);
                        self.form = Some(id);
                    }
                    Ok(Step::Done)
                }
                _ => self.foster_in_body(tok),
            },
            Tok::End(tag) => match tag.name {
                N::Table => {
                    if self.in_scope(Scope::Table, N::Table) {
                        self.pop_until_named(N::Table);
                        self.mode = self.reset_mode()?;
                    }
                    Ok(Step::Done)
                }
                N::Body
                | N::Caption
                | N::Col
                | N::Colgroup
                | N::Html
                | N::Tbody
                | N::Td
                | N::Tfoot
                | N::Th
                | N::Thead
                | N::Tr => Ok(Step::Done),
                N::Template => self.in_head(tok),
                _ => self.foster_in_body(tok),
            },
        }
    }

    pub(super) fn in_caption(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        let (start, name) = match tok {
            Tok::Start(tag, _) => (true, tag.name),
            Tok::End(tag) => (false, tag.name),
            _ => return self.in_body(tok),
        };
        let closes = if start {
            is_table_part(name)
        } else {
            matches!(name, N::Table | N::Caption)
        };
        if closes {
            if self.in_scope(Scope::Table, N::Caption) {
                self.generate_implied_end(None, false);
                self.pop_until_named(N::Caption);
                self.clear_formatting_to_marker();
                if !start && name == N::Caption {
                    self.mode = Mode::InTable;
                    return Ok(Step::Done);
                }
                return Ok(Step::Reprocess(Mode::InTable));
            }
            return Ok(Step::Done);
        }
        if !start
            && matches!(
                name,
                N::Body
                    | N::Col
                    | N::Colgroup
                    | N::Html
                    | N::Tbody
                    | N::Td
                    | N::Tfoot
                    | N::Th
                    | N::Thead
                    | N::Tr
            )
        {
            return Ok(Step::Done);
        }
        self.in_body(tok)
    }

    pub(super) fn in_column_group(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        match tok {
            Tok::Text(text) if is_space_only(text) => return Ok(Step::Done),
            Tok::Comment => return Ok(Step::Done),
            Tok::Start(tag, _) if tag.name == N::Html => return self.in_body(tok),
            Tok::Start(tag, _) if tag.name == N::Col => {
                self.insert_void()?;
                return Ok(Step::Done);
            }
            Tok::End(tag) if tag.name == N::Colgroup => {
                if self.current_is(N::Colgroup) {
                    self.pop();
                    self.mode = Mode::InTable;
                }
                return Ok(Step::Done);
            }
            Tok::End(tag) if tag.name == N::Col => return Ok(Step::Done),
            Tok::Start(tag, _) if tag.name == N::Template => return self.in_head(tok),
            Tok::End(tag) if tag.name == N::Template => return self.in_head(tok),
            Tok::Eof => return self.in_body(tok),
            _ => {}
        }
        if self.current_is(N::Colgroup) {
            self.pop();
            Ok(Step::Reprocess(Mode::InTable))
        } else {
            Ok(Step::Done)
        }
    }

    pub(super) fn in_table_body(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        const CONTEXT: &[Name] = &[N::Tbody, N::Tfoot, N::Thead, N::Template, N::Html];
        match tok {
            Tok::Start(tag, _) => match tag.name {
                N::Tr => {
                    self.pop_until_current(CONTEXT);
                    self.insert_html(tag)?;
                    self.mode = Mode::InRow;
                    Ok(Step::Done)
                }
                N::Th | N::Td => {
                    self.pop_until_current(CONTEXT);
                    self.insert_implied(N::Tr)?;
                    Ok(Step::Reprocess(Mode::InRow))
                }
                N::Caption | N::Col | N::Colgroup | N::Tbody | N::Tfoot | N::Thead => {
                    self.leave_table_body()
                }
                _ => self.in_table(tok),
            },
            Tok::End(tag) => match tag.name {
                N::Tbody | N::Tfoot | N::Thead => {
                    if self.in_scope(Scope::Table, tag.name) {
                        self.pop_until_current(CONTEXT);
                        self.pop();
                        self.mode = Mode::InTable;
                    }
                    Ok(Step::Done)
                }
                N::Table => self.leave_table_body(),
                N::Body | N::Caption | N::Col | N::Colgroup | N::Html | N::Td | N::Th | N::Tr => {
                    Ok(Step::Done)
                }
                _ => self.in_table(tok),
            },
            _ => self.in_table(tok),
        }
    }

    /// html5ever checks `table`, `tbody` and `tfoot` (not `thead`) in table scope here.
    pub(super) fn leave_table_body(&mut self) -> Result<Step, Stop> {
        use Name as N;
        if self.in_scope_where(Scope::Table, |k| {
            k.is(N::Table) || k.is(N::Tbody) || k.is(N::Tfoot)
        }) {
            self.pop_until_current(&[N::Tbody, N::Tfoot, N::Thead, N::Template, N::Html]);
            self.pop();
            Ok(Step::Reprocess(Mode::InTable))
        } else {
            Ok(Step::Done)
        }
    }

    pub(super) fn in_row(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        const CONTEXT: &[Name] = &[N::Tr, N::Template, N::Html];
        match tok {
            Tok::Start(tag, _) => match tag.name {
                N::Th | N::Td => {
                    self.pop_until_current(CONTEXT);
                    self.insert_html(tag)?;
                    self.mode = Mode::InCell;
                    self.push_formatting(Entry::Marker)?;
                    Ok(Step::Done)
                }
                N::Caption | N::Col | N::Colgroup | N::Tbody | N::Tfoot | N::Thead | N::Tr => {
                    self.leave_row(true)
                }
                _ => self.in_table(tok),
            },
            Tok::End(tag) => match tag.name {
                N::Tr => {
                    self.leave_row(false)?;
                    Ok(Step::Done)
                }
                N::Table => self.leave_row(true),
                N::Tbody | N::Tfoot | N::Thead => {
                    if self.in_scope(Scope::Table, tag.name) && self.in_scope(Scope::Table, N::Tr) {
                        self.pop_until_current(CONTEXT);
                        self.pop();
                        return Ok(Step::Reprocess(Mode::InTableBody));
                    }
                    Ok(Step::Done)
                }
                N::Body | N::Caption | N::Col | N::Colgroup | N::Html | N::Td | N::Th => {
                    Ok(Step::Done)
                }
                _ => self.in_table(tok),
            },
            _ => self.in_table(tok),
        }
    }

    /// Closes the row if a `tr` is in table scope; `reprocess` the token in table body.
    pub(super) fn leave_row(&mut self, reprocess: bool) -> Result<Step, Stop> {
        if self.in_scope(Scope::Table, Name::Tr) {
            self.pop_until_current(&[Name::Tr, Name::Template, Name::Html]);
            self.pop();
            if reprocess {
                return Ok(Step::Reprocess(Mode::InTableBody));
            }
            self.mode = Mode::InTableBody;
        }
        Ok(Step::Done)
    }

    pub(super) fn in_cell(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        match tok {
            Tok::End(tag) if matches!(tag.name, N::Td | N::Th) => {
                if self.in_scope(Scope::Table, tag.name) {
                    self.generate_implied_end(None, false);
                    self.pop_until_named(tag.name);
                    self.clear_formatting_to_marker();
                    self.mode = Mode::InRow;
                }
                Ok(Step::Done)
            }
            Tok::Start(tag, _) if is_table_part(tag.name) => {
                if self.in_scope_where(Scope::Table, |k| k.is(N::Td) || k.is(N::Th)) {
                    self.close_cell();
                    return Ok(Step::Reprocess(Mode::InRow));
                }
                Ok(Step::Done)
            }
            Tok::End(tag)
                if matches!(
                    tag.name,
                    N::Body | N::Caption | N::Col | N::Colgroup | N::Html
                ) =>
            {
                Ok(Step::Done)
            }
            Tok::End(tag)
                if matches!(tag.name, N::Table | N::Tbody | N::Tfoot | N::Thead | N::Tr) =>
            {
                if self.in_scope(Scope::Table, tag.name) {
                    self.close_cell();
                    return Ok(Step::Reprocess(Mode::InRow));
                }
                Ok(Step::Done)
            }
            _ => self.in_body(tok),
        }
    }

    pub(super) fn close_cell(&mut self) {
        self.generate_implied_end(None, false);
        self.pop_until(|k| k.is(Name::Td) || k.is(Name::Th));
        self.clear_formatting_to_marker();
    }

    pub(super) fn in_template(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        use Name as N;
        let switch_to = |tree: &mut Self, mode: Mode| -> Result<Step, Stop> {
            tree.template_modes.pop();
            tree.template_modes.push(mode);
            Ok(Step::Reprocess(mode))
        };
        match tok {
            Tok::Text(_) | Tok::Comment => self.in_body(tok),
            Tok::Start(tag, _) => match tag.name {
                name if name.is_processed_in_head() => self.in_head(tok),
                N::Caption | N::Colgroup | N::Tbody | N::Tfoot | N::Thead => {
                    switch_to(self, Mode::InTable)
                }
                N::Col => switch_to(self, Mode::InColumnGroup),
                N::Tr => switch_to(self, Mode::InTableBody),
                N::Td | N::Th => switch_to(self, Mode::InRow),
                _ => switch_to(self, Mode::InBody),
            },
            Tok::End(tag) if tag.name == N::Template => self.in_head(tok),
            Tok::End(_) => Ok(Step::Done),
            Tok::Eof => {
                if !self.has_open(N::Template) {
                    return Ok(Step::Done);
                }
                self.pop_until_named(N::Template);
                self.clear_formatting_to_marker();
                self.template_modes.pop();
                let mode = self.reset_mode()?;
                self.mode = mode;
                Ok(Step::Reprocess(mode))
            }
        }
    }
}

/// A table's parts: the start tags that close a caption or a cell (the spec's list in "in
/// caption" and "in cell").
fn is_table_part(name: Name) -> bool {
    matches!(
        name,
        Name::Caption
            | Name::Col
            | Name::Colgroup
            | Name::Tbody
            | Name::Td
            | Name::Tfoot
            | Name::Th
            | Name::Thead
            | Name::Tr
    )
}
