//! Foreign content (SVG, MathML): which tokens go to its rules (html5ever's `is_foreign`, with
//! the integration points), the rules themselves and the elements they insert.

use super::{Step, Stop, Tok, Tree};
use crate::sanitize::guard::html_names::{Kind, Name, Ns};
use crate::sanitize::guard::html_tokenizer::{Attr, Tag};

impl<'s> Tree<'s> {
    /// html5ever's `is_foreign`: does the token go to the rules for foreign content?
    pub(super) fn is_foreign(&self, tok: &Tok<'_, 's>) -> bool {
        if matches!(tok, Tok::Eof) || self.stack.len() <= 1 {
            return false;
        }
        let k = self.current().kind;
        if k.ns == Ns::Html {
            return false;
        }
        let start = match tok {
            Tok::Start(tag, _) => Some(tag.name),
            _ => None,
        };
        let text = matches!(tok, Tok::Text(_));
        if k.mathml_text_integration_point() {
            if text {
                return false;
            }
            if let Some(name) = start
                && !matches!(name, Name::Mglyph | Name::Malignmark)
            {
                return false;
            }
        }
        if k.svg_html_integration_point() && (text || start.is_some()) {
            return false;
        }
        if k.ns == Ns::MathMl && k.name == Name::AnnotationXml {
            if start == Some(Name::Svg) {
                return false;
            }
            if text || start.is_some() {
                return !k.html_annotation;
            }
        }
        true
    }

    /// A token that leaves foreign content: pops to the nearest HTML element or integration
    /// point and processes the token again there.
    fn break_out_of_foreign(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        while self.stack.len() > 1 {
            let k = self.current().kind;
            if k.is_html() || k.mathml_text_integration_point() || k.svg_html_integration_point() {
                break;
            }
            self.pop();
        }
        self.step(self.mode, tok)
    }

    pub(super) fn step_foreign(&mut self, tok: Tok<'_, 's>) -> Result<Step, Stop> {
        match tok {
            Tok::Text(_) | Tok::Comment => Ok(Step::Done),
            Tok::Start(tag, attrs) => {
                let breaks_out = tag.name.breaks_out_of_foreign()
                    || (tag.name == Name::Font
                        && attrs.iter().any(|a| {
                            ["color", "face", "size"]
                                .iter()
                                .any(|n| a.name.eq_ignore_ascii_case(n))
                        }));
                if breaks_out {
                    return self.break_out_of_foreign(tok);
                }
                let ns = self.current().kind.ns;
                self.foreign_element(tag, attrs, ns)?;
                Ok(Step::Done)
            }
            Tok::End(tag) => {
                if tag.name == Name::Br || tag.name == Name::P {
                    // `</br>` and `</p>` break out like the start tags of the list.
                    return self.break_out_of_foreign(tok);
                }
                let mut at = self.stack.len() - 1;
                let mut first = true;
                loop {
                    if at == 0 {
                        return Ok(Step::Done);
                    }
                    let Some(el) = self.stack.get(at).copied() else {
                        return Ok(Step::Done);
                    };
                    if !first && el.kind.is_html() {
                        return self.step(self.mode, tok);
                    }
                    if el.raw.eq_ignore_ascii_case(tag.raw) {
                        self.truncate(at);
                        return Ok(Step::Done);
                    }
                    first = false;
                    at -= 1;
                }
            }
            Tok::Eof => Ok(Step::Done),
        }
    }

    /// A start tag in foreign content (or `<svg>`, `<math>`): pushed unless self-closing.
    pub(super) fn foreign_element(
        &mut self,
        tag: &Tag<'s>,
        attrs: &[Attr<'s>],
        ns: Ns,
    ) -> Result<(), Stop> {
        let mut kind = Kind {
            name: tag.name,
            ns,
            html_annotation: false,
        };
        if ns == Ns::MathMl && tag.name == Name::AnnotationXml {
            for a in attrs {
                if a.name.eq_ignore_ascii_case("encoding") {
                    if a.value.contains('&') {
                        // Decided by a character reference: not followed.
                        return Err(Stop::Unmodelled);
                    }
                    kind.html_annotation = a.value.eq_ignore_ascii_case("text/html")
                        || a.value.eq_ignore_ascii_case("application/xhtml+xml");
                    break;
                }
            }
        }
        if tag.self_closing {
            self.insert_void()
        } else {
            self.push(kind, tag.raw).map(|_| ())
        }
    }
}
