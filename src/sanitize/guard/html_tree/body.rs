//! The "in body" rules (and the "in head" ones the body sends tags to): html5ever's
//! `InsertionMode::InBody` and `process_end_tag_in_body`.

use super::{Entry, Mode, Step, Stop, Tok, Tree, same_name};
use crate::sanitize::guard::html_names::{Name, Ns, Scope};
use crate::sanitize::guard::html_tokenizer::{Attr, Tag, TextState};

impl<'s> Tree<'s> {
    /// "Any other end tag" in body.
    pub(super) fn end_tag_in_body(&mut self, tag: &Tag<'s>) {
        let mut found = None;
        for (at, el) in self.stack.iter().enumerate().rev() {
            if el.kind.is_html() && same_name(el.kind.name, el.raw, tag.name, tag.raw) {
                found = Some(at);
                break;
            }
            if el.kind.is_special() {
                return;
            }
        }
        let Some(at) = found else {
            return;
        };
        self.generate_implied_end(Some(tag.name), false);
        self.truncate(at);
    }

    /// The "in head" rules, for the tags the other modes send there.
    pub(super) fn in_head(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        match tok {
            Tok::Start(tag, _) => match tag.name {
                Name::Base | Name::Basefont | Name::Bgsound | Name::Link | Name::Meta => {
                    self.insert_void()?;
                    Ok(Step::Done)
                }
                Name::Title => self.raw(tag, TextState::Rcdata),
                Name::Noframes | Name::Style | Name::Noscript => self.raw(tag, TextState::Rawtext),
                Name::Script => self.raw(tag, TextState::ScriptData),
                Name::Template => {
                    self.push_formatting(Entry::Marker)?;
                    self.mode = Mode::InTemplate;
                    self.template_modes.push(Mode::InTemplate);
                    self.insert_html(tag)?;
                    Ok(Step::Done)
                }
                _ => Err(Stop::Unmodelled),
            },
            Tok::End(tag) if tag.name == Name::Template => {
                if self.has_open(Name::Template) {
                    self.generate_implied_end(None, true);
                    self.pop_until_named(Name::Template);
                    self.clear_formatting_to_marker();
                    self.template_modes.pop();
                    self.mode = self.reset_mode()?;
                }
                Ok(Step::Done)
            }
            _ => Err(Stop::Unmodelled),
        }
    }

    pub(super) fn in_body(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        match tok {
            Tok::Text(_) => {
                self.reconstruct()?;
                Ok(Step::Done)
            }
            Tok::Comment | Tok::Eof => {
                if matches!(tok, Tok::Eof) && !self.template_modes.is_empty() {
                    return self.in_template(tok);
                }
                Ok(Step::Done)
            }
            Tok::Start(tag, attrs) => self.start_in_body(tag, attrs),
            Tok::End(tag) => self.end_in_body(tag),
        }
    }

    pub(super) fn start_in_body(
        &mut self,
        tag: &Tag<'s>,
        attrs: &[Attr<'s>],
    ) -> Result<Step, Stop> {
        use Name as N;
        match tag.name {
            N::Html | N::Body | N::Frameset => {}
            name if name.is_processed_in_head() => return self.in_head(Tok::Start(tag, attrs)),
            N::Address
            | N::Article
            | N::Aside
            | N::Blockquote
            | N::Center
            | N::Details
            | N::Dialog
            | N::Dir
            | N::Div
            | N::Dl
            | N::Fieldset
            | N::Figcaption
            | N::Figure
            | N::Footer
            | N::Header
            | N::Hgroup
            | N::Main
            | N::Nav
            | N::Ol
            | N::P
            | N::Search
            | N::Section
            | N::Summary
            | N::Ul
            | N::Menu => {
                self.close_p_in_button_scope();
                self.insert_html(tag)?;
            }
            N::H1 | N::H2 | N::H3 | N::H4 | N::H5 | N::H6 => {
                self.close_p_in_button_scope();
                let k = self.current().kind;
                if k.is_html() && k.name.is_heading() {
                    self.pop();
                }
                self.insert_html(tag)?;
            }
            N::Pre | N::Listing => {
                self.close_p_in_button_scope();
                self.insert_html(tag)?;
                self.ignore_lf = true;
            }
            N::Form => {
                let template = self.has_open(N::Template);
                if self.form.is_none() || template {
                    self.close_p_in_button_scope();
                    let id = self.insert_html(tag)?;
                    if !template {
                        self.form = Some(id);
                    }
                }
            }
            N::Li | N::Dd | N::Dt => {
                let list = tag.name == N::Li;
                let mut to_close = None;
                for el in self.stack.iter().rev() {
                    let k = el.kind;
                    let closes = if list {
                        k.is(N::Li)
                    } else {
                        k.is(N::Dd) || k.is(N::Dt)
                    };
                    if closes {
                        to_close = Some(k.name);
                        break;
                    }
                    if k.is_special() && !matches!(k.name, N::Address | N::Div | N::P) {
                        break;
                    }
                }
                if let Some(name) = to_close {
                    self.generate_implied_end(Some(name), false);
                    self.pop_until_named(name);
                }
                self.close_p_in_button_scope();
                self.insert_html(tag)?;
            }
            N::Plaintext => {
                self.close_p_in_button_scope();
                self.insert_html(tag)?;
                return Ok(Step::Switch(TextState::Plaintext));
            }
            N::Button => {
                if self.in_scope(Scope::Default, N::Button) {
                    self.generate_implied_end(None, false);
                    self.pop_until_named(N::Button);
                }
                self.reconstruct()?;
                self.insert_html(tag)?;
            }
            N::A => {
                if let Some((_, Entry::Element { id, .. })) = self.last_formatting_named(N::A, "a")
                {
                    let end = Tag {
                        raw: "a",
                        name: N::A,
                        self_closing: false,
                    };
                    self.adoption_agency(&end)?;
                    if let Some(at) = self.formatting_position(id) {
                        self.formatting.remove(at);
                    }
                    self.remove_from_stack(id);
                }
                self.reconstruct()?;
                self.insert_formatting(tag, attrs)?;
            }
            N::B
            | N::Big
            | N::Code
            | N::Em
            | N::Font
            | N::I
            | N::S
            | N::Small
            | N::Strike
            | N::Strong
            | N::Tt
            | N::U => {
                self.reconstruct()?;
                self.insert_formatting(tag, attrs)?;
            }
            N::Nobr => {
                self.reconstruct()?;
                if self.in_scope(Scope::Default, N::Nobr) {
                    let end = Tag {
                        raw: "nobr",
                        name: N::Nobr,
                        self_closing: false,
                    };
                    self.adoption_agency(&end)?;
                    self.reconstruct()?;
                }
                self.insert_formatting(tag, attrs)?;
            }
            N::Applet | N::Marquee | N::Object => {
                self.reconstruct()?;
                self.insert_html(tag)?;
                self.push_formatting(Entry::Marker)?;
            }
            N::Table => {
                self.close_p_in_button_scope();
                self.insert_html(tag)?;
                self.mode = Mode::InTable;
            }
            N::Area | N::Br | N::Embed | N::Img | N::Keygen | N::Wbr | N::Image => {
                self.reconstruct()?;
                self.insert_void()?;
            }
            N::Input => {
                if self.in_scope(Scope::Default, N::Select) {
                    self.pop_until_named(N::Select);
                }
                self.reconstruct()?;
                self.insert_void()?;
            }
            N::Param | N::Source | N::Track => self.insert_void()?,
            N::Hr => {
                self.close_p_in_button_scope();
                if self.in_scope(Scope::Default, N::Select) {
                    self.generate_implied_end(None, false);
                }
                self.insert_void()?;
            }
            N::Textarea => {
                self.ignore_lf = true;
                return self.raw(tag, TextState::Rcdata);
            }
            N::Xmp => {
                self.close_p_in_button_scope();
                self.reconstruct()?;
                return self.raw(tag, TextState::Rawtext);
            }
            N::Iframe | N::Noembed | N::Noscript => return self.raw(tag, TextState::Rawtext),
            N::Select if self.in_scope(Scope::Default, N::Select) => {
                self.pop_until_named(N::Select);
            }
            N::Select => {
                self.reconstruct()?;
                self.insert_html(tag)?;
            }
            N::Option => {
                if self.in_scope(Scope::Default, N::Select) {
                    self.generate_implied_end(Some(N::Optgroup), false);
                } else if self.current_is(N::Option) {
                    self.pop();
                }
                self.reconstruct()?;
                self.insert_html(tag)?;
            }
            N::Optgroup => {
                if self.in_scope(Scope::Default, N::Select) {
                    self.generate_implied_end(None, false);
                } else if self.current_is(N::Option) {
                    self.pop();
                }
                self.reconstruct()?;
                self.insert_html(tag)?;
            }
            N::Rb | N::Rtc => {
                if self.in_scope(Scope::Default, N::Ruby) {
                    self.generate_implied_end(None, false);
                }
                self.insert_html(tag)?;
            }
            N::Rp | N::Rt => {
                if self.in_scope(Scope::Default, N::Ruby) {
                    self.generate_implied_end(Some(N::Rtc), false);
                }
                self.insert_html(tag)?;
            }
            N::Math | N::Svg => {
                self.reconstruct()?;
                let ns = if tag.name == N::Math {
                    Ns::MathMl
                } else {
                    Ns::Svg
                };
                self.foreign_element(tag, attrs, ns)?;
            }
            N::Caption
            | N::Col
            | N::Colgroup
            | N::Frame
            | N::Head
            | N::Tbody
            | N::Td
            | N::Tfoot
            | N::Th
            | N::Thead
            | N::Tr => {}
            _ => {
                self.reconstruct()?;
                self.insert_html(tag)?;
            }
        }
        Ok(Step::Done)
    }

    pub(super) fn end_in_body(&mut self, tag: &Tag<'s>) -> Result<Step, Stop> {
        use Name as N;
        match tag.name {
            N::Template => return self.in_head(Tok::End(tag)),
            N::Body | N::Html => {}
            N::Address
            | N::Article
            | N::Aside
            | N::Blockquote
            | N::Button
            | N::Center
            | N::Details
            | N::Dialog
            | N::Dir
            | N::Div
            | N::Dl
            | N::Fieldset
            | N::Figcaption
            | N::Figure
            | N::Footer
            | N::Header
            | N::Hgroup
            | N::Listing
            | N::Main
            | N::Menu
            | N::Nav
            | N::Ol
            | N::Pre
            | N::Search
            | N::Section
            | N::Select
            | N::Summary
            | N::Ul => {
                if self.in_scope(Scope::Default, tag.name) {
                    self.generate_implied_end(None, false);
                    self.pop_until_named(tag.name);
                }
            }
            N::Form => {
                if self.has_open(N::Template) {
                    if self.in_scope(Scope::Default, N::Form) {
                        self.generate_implied_end(None, false);
                        self.pop_until_named(N::Form);
                    }
                } else if let Some(form) = self.form.take()
                    && self.id_in_scope(form)
                {
                    self.generate_implied_end(None, false);
                    self.remove_from_stack(form);
                }
            }
            N::P => {
                if !self.in_scope(Scope::Button, N::P) {
                    self.insert_implied(N::P)?;
                }
                self.close_p();
            }
            N::Li | N::Dd | N::Dt => {
                let scope = if tag.name == N::Li {
                    Scope::ListItem
                } else {
                    Scope::Default
                };
                if self.in_scope(scope, tag.name) {
                    self.generate_implied_end(Some(tag.name), false);
                    self.pop_until_named(tag.name);
                }
            }
            N::H1 | N::H2 | N::H3 | N::H4 | N::H5 | N::H6 => {
                if self.in_scope_where(Scope::Default, |k| k.is_html() && k.name.is_heading()) {
                    self.generate_implied_end(None, false);
                    self.pop_until(|k| k.is_html() && k.name.is_heading());
                }
            }
            N::A
            | N::B
            | N::Big
            | N::Code
            | N::Em
            | N::Font
            | N::I
            | N::Nobr
            | N::S
            | N::Small
            | N::Strike
            | N::Strong
            | N::Tt
            | N::U => self.adoption_agency(tag)?,
            N::Applet | N::Marquee | N::Object => {
                if self.in_scope(Scope::Default, tag.name) {
                    self.generate_implied_end(None, false);
                    self.pop_until_named(tag.name);
                    self.clear_formatting_to_marker();
                }
            }
            N::Br => {
                // `</br>` is a `<br>`.
                self.reconstruct()?;
                self.insert_void()?;
            }
            _ => self.end_tag_in_body(tag),
        }
        Ok(Step::Done)
    }
}
