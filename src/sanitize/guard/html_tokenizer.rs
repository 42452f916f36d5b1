//! The HTML tokenizer's states, as far as they decide where markup starts and ends: data,
//! tag open, end tag open, tag name, attribute names, quoted and unquoted attribute values,
//! self-closing, markup declarations (comments with their short forms `<!-->` and `<!--->`
//! and the `--!>` ending, DOCTYPE, CDATA in foreign content, bogus comments), RCDATA
//! (`textarea`, `title`), RAWTEXT (`style`, `xmp`, `iframe`, `noembed`, `noframes`,
//! `noscript`), script data with its escaped and double-escaped states, and PLAINTEXT.
//! Character references never open or close markup and are not decoded.
//!
//! The tree model ([`super::html_tree`]) tells the tokenizer when a start tag switches it to
//! a text state and whether the adjusted current node is foreign (CDATA), exactly as
//! html5ever's tree builder tells its tokenizer.
//!
//! The tokenizer also records the one edit the guard makes (see [`Cut`]): attributes past the
//! per-tag cap are cut out of their tag.

use super::MAX_ATTRIBUTES;
use super::html_names::Name;

/// A text state the tree builder switches the tokenizer to after a start tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TextState {
    Rcdata,
    Rawtext,
    ScriptData,
    Plaintext,
}

/// One attribute as written (value without its quotes, character references not decoded).
#[derive(Debug, Clone, Copy)]
pub(super) struct Attr<'s> {
    pub(super) name: &'s str,
    pub(super) value: &'s str,
}

/// A start or end tag. Its attributes are in [`Tokenizer::attrs`] until the next token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tag<'s> {
    /// The name as written.
    pub(super) raw: &'s str,
    pub(super) name: Name,
    pub(super) self_closing: bool,
}

/// A token, as the tree builder gets it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Token<'s> {
    Start(Tag<'s>),
    End(Tag<'s>),
    /// Characters; `adjacent` when nothing (not even a DOCTYPE or `</>`, which make no token
    /// here but do for html5ever) came between the previous token and them.
    Text {
        text: &'s str,
        adjacent: bool,
    },
    Comment,
    Eof,
}

/// Bytes cut out of the source (an attribute past [`MAX_ATTRIBUTES`], with its value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cut {
    pub(super) from: usize,
    pub(super) to: usize,
}

/// Where the tokenizer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State<'s> {
    Data,
    /// RCDATA or RAWTEXT, ended by `</{name}` and a delimiter.
    Text(&'s str),
    ScriptData,
    Plaintext,
}

pub(super) struct Tokenizer<'s> {
    src: &'s str,
    pos: usize,
    /// Where the current token's scan started.
    entry: usize,
    state: State<'s>,
    /// The attributes of the last tag (kept ones only).
    pub(super) attrs: Vec<Attr<'s>>,
    pub(super) cuts: Vec<Cut>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// `bytes[at..]` starts with `word`, ASCII case ignored.
fn starts_with_ci(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(word))
}

impl<'s> Tokenizer<'s> {
    pub(super) fn new(src: &'s str) -> Self {
        Tokenizer {
            src,
            pos: 0,
            entry: 0,
            state: State::Data,
            attrs: Vec::new(),
            cuts: Vec::new(),
        }
    }

    fn bytes(&self) -> &'s [u8] {
        self.src.as_bytes()
    }

    /// A slice of the source; empty if `from..to` is not on character boundaries (it always
    /// is: every boundary the tokenizer uses is next to an ASCII byte).
    fn slice(&self, from: usize, to: usize) -> &'s str {
        self.src.get(from..to).unwrap_or_default()
    }

    /// After a start tag: the tree builder switched the tokenizer to a text state.
    pub(super) fn switch_to(&mut self, state: TextState, tag: &Tag<'s>) {
        self.state = match state {
            TextState::Rcdata | TextState::Rawtext => State::Text(tag.raw),
            TextState::ScriptData => State::ScriptData,
            TextState::Plaintext => State::Plaintext,
        };
    }

    /// The next token. `foreign`: the adjusted current node is not in the HTML namespace
    /// (`<![CDATA[` opens a CDATA section only then).
    pub(super) fn next_token(&mut self, foreign: bool) -> Token<'s> {
        self.entry = self.pos;
        let bytes = self.bytes();
        loop {
            let start = self.pos;
            if start >= bytes.len() {
                return Token::Eof;
            }
            match self.state {
                State::Data => {}
                State::Plaintext => {
                    self.pos = bytes.len();
                    return self.text(start, bytes.len());
                }
                State::Text(name) => {
                    let end = self.raw_text_end(start, name);
                    if end > start {
                        self.pos = end;
                        return self.text(start, end);
                    }
                    self.state = State::Data;
                    return self.tag(start);
                }
                State::ScriptData => {
                    let end = self.script_data_end(start);
                    if end > start {
                        self.pos = end;
                        return self.text(start, end);
                    }
                    self.state = State::Data;
                    return self.tag(start);
                }
            }
            let lt = memchr::memchr(b'<', bytes.get(start..).unwrap_or_default())
                .map_or(bytes.len(), |i| start + i);
            if lt > start {
                self.pos = lt;
                return self.text(start, lt);
            }
            let next = bytes.get(lt + 1).copied();
            match next {
                Some(b) if b.is_ascii_alphabetic() => return self.tag(lt),
                Some(b'/') => match bytes.get(lt + 2).copied() {
                    Some(b) if b.is_ascii_alphabetic() => return self.tag(lt),
                    // `</>` is nothing at all.
                    Some(b'>') => self.pos = lt + 3,
                    None => {
                        self.pos = bytes.len();
                        return self.text(lt, bytes.len());
                    }
                    Some(_) => {
                        self.pos = self.bogus_comment_end(lt + 2);
                        return Token::Comment;
                    }
                },
                Some(b'!') => {
                    if let Some(token) = self.markup_declaration(lt, foreign) {
                        return token;
                    }
                }
                Some(b'?') => {
                    self.pos = self.bogus_comment_end(lt + 1);
                    return Token::Comment;
                }
                // A `<` that opens nothing is text.
                _ => {
                    self.pos = lt + 1;
                    return self.text(lt, lt + 1);
                }
            }
        }
    }

    fn text(&self, from: usize, to: usize) -> Token<'s> {
        Token::Text {
            text: self.slice(from, to),
            adjacent: from == self.entry,
        }
    }

    /// `<!` at `lt`: a comment, a DOCTYPE (skipped, like the tree builder does in a body),
    /// a CDATA section (text; in foreign content only) or a bogus comment. `None` when the
    /// declaration produced no token (a DOCTYPE).
    fn markup_declaration(&mut self, lt: usize, foreign: bool) -> Option<Token<'s>> {
        let bytes = self.bytes();
        let after = lt + 2;
        if bytes.get(after..after + 2) == Some(b"--") {
            self.pos = comment_end(bytes, after + 2);
            return Some(Token::Comment);
        }
        if starts_with_ci(bytes, after, b"doctype") {
            // Every DOCTYPE state ends at the first `>`.
            self.pos = self.bogus_comment_end(after);
            return None;
        }
        if bytes.get(after..after + 7) == Some(b"[CDATA[") {
            if foreign {
                let from = after + 7;
                let rest = bytes.get(from..).unwrap_or_default();
                let (text_end, end) = memchr::memmem::find(rest, b"]]>")
                    .map_or((bytes.len(), bytes.len()), |i| (from + i, from + i + 3));
                self.pos = end;
                return Some(self.text(from, text_end));
            }
            self.pos = self.bogus_comment_end(after);
            return Some(Token::Comment);
        }
        self.pos = self.bogus_comment_end(after);
        Some(Token::Comment)
    }

    /// Just past the `>` that ends a bogus comment (or DOCTYPE) whose text starts at `from`.
    fn bogus_comment_end(&self, from: usize) -> usize {
        let bytes = self.bytes();
        memchr::memchr(b'>', bytes.get(from..).unwrap_or_default())
            .map_or(bytes.len(), |i| from + i + 1)
    }

    /// A start or end tag at `lt` (`<` then a letter, or `</` then a letter). At the end of
    /// the input inside a tag, the tag is dropped (as html5ever does) and the input ends.
    fn tag(&mut self, lt: usize) -> Token<'s> {
        let bytes = self.bytes();
        let end_tag = bytes.get(lt + 1) == Some(&b'/');
        let name_from = if end_tag { lt + 2 } else { lt + 1 };
        let mut i = name_from;
        while bytes
            .get(i)
            .is_some_and(|&b| !is_space(b) && b != b'/' && b != b'>')
        {
            i += 1;
        }
        let raw = self.slice(name_from, i);
        self.attrs.clear();
        let mut count = 0usize;
        let mut self_closing = false;
        // Before attribute name.
        loop {
            while bytes.get(i).copied().is_some_and(is_space) {
                i += 1;
            }
            match bytes.get(i).copied() {
                None => return self.eof(),
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') => {
                    // Self-closing start tag state.
                    i += 1;
                    match bytes.get(i).copied() {
                        None => return self.eof(),
                        Some(b'>') => {
                            self_closing = true;
                            i += 1;
                            break;
                        }
                        // Reconsume in the before attribute name state.
                        Some(_) => continue,
                    }
                }
                Some(_) => {}
            }
            // Attribute name: its first character is taken whatever it is (even `=`).
            let name_start = i;
            i += 1;
            while bytes
                .get(i)
                .is_some_and(|&b| !is_space(b) && !matches!(b, b'/' | b'>' | b'='))
            {
                i += 1;
            }
            let name_end = i;
            // After attribute name.
            while bytes.get(i).copied().is_some_and(is_space) {
                i += 1;
            }
            // Where the attribute's bytes end, and its value.
            let mut attr_end = name_end;
            let mut value = (name_end, name_end);
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while bytes.get(i).copied().is_some_and(is_space) {
                    i += 1;
                }
                match bytes.get(i).copied() {
                    None => return self.eof(),
                    Some(q @ (b'"' | b'\'')) => {
                        let from = i + 1;
                        let Some(len) = memchr::memchr(q, bytes.get(from..).unwrap_or_default())
                        else {
                            return self.eof();
                        };
                        value = (from, from + len);
                        i = from + len + 1;
                    }
                    // A missing value: the tag ends at this `>`.
                    Some(b'>') => {}
                    Some(_) => {
                        let from = i;
                        while bytes.get(i).is_some_and(|&b| !is_space(b) && b != b'>') {
                            i += 1;
                        }
                        value = (from, i);
                    }
                }
                // Through the `=`, the value and its closing quote.
                attr_end = i;
            }
            let (value_from, value_to) = value;
            count += 1;
            if count > MAX_ATTRIBUTES {
                self.cuts.push(Cut {
                    from: name_start,
                    to: attr_end,
                });
            } else {
                self.attrs.push(Attr {
                    name: self.slice(name_start, name_end),
                    value: self.slice(value_from, value_to),
                });
            }
            // After a quoted value, a missing space simply starts the next attribute.
        }
        self.pos = i;
        let tag = Tag {
            raw,
            name: Name::of(raw),
            self_closing,
        };
        if end_tag {
            Token::End(tag)
        } else {
            Token::Start(tag)
        }
    }

    fn eof(&mut self) -> Token<'s> {
        self.pos = self.bytes().len();
        self.attrs.clear();
        Token::Eof
    }

    /// In RCDATA or RAWTEXT named `name`: where the appropriate end tag starts (the end of
    /// the input if there is none).
    fn raw_text_end(&self, from: usize, name: &str) -> usize {
        let bytes = self.bytes();
        let mut at = from;
        while let Some(i) = memchr::memchr(b'<', bytes.get(at..).unwrap_or_default()) {
            let lt = at + i;
            if self.closes(lt, name) {
                return lt;
            }
            at = lt + 1;
        }
        bytes.len()
    }

    /// `</{name}` at `lt`, then a space, `/` or `>`: an appropriate end tag.
    fn closes(&self, lt: usize, name: &str) -> bool {
        let bytes = self.bytes();
        let after = lt + 2 + name.len();
        bytes.get(lt + 1) == Some(&b'/')
            && starts_with_ci(bytes, lt + 2, name.as_bytes())
            && bytes
                .get(after)
                .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
    }

    /// In script data: where `</script` (and a delimiter) ends it, following the escaped
    /// (`<!--`) and double-escaped (`<!--<script>`) states.
    fn script_data_end(&self, from: usize) -> usize {
        #[derive(Clone, Copy, PartialEq, Eq)]
        enum S {
            Data,
            Escaped,
            EscapedDash,
            EscapedDashDash,
            Double,
            DoubleDash,
            DoubleDashDash,
        }
        let bytes = self.bytes();
        let mut state = S::Data;
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            match state {
                S::Data => {
                    let Some(lt) = memchr::memchr(b'<', bytes.get(i..).unwrap_or_default()) else {
                        return bytes.len();
                    };
                    i += lt;
                    if self.closes(i, "script") {
                        return i;
                    }
                    if bytes.get(i + 1..i + 4) == Some(b"!--") {
                        // `<!--`: the escape start dash states end in "escaped dash dash".
                        state = S::EscapedDashDash;
                        i += 4;
                    } else {
                        i += 1;
                    }
                }
                S::Escaped | S::EscapedDash | S::EscapedDashDash => match b {
                    b'-' => {
                        state = match state {
                            S::Escaped => S::EscapedDash,
                            _ => S::EscapedDashDash,
                        };
                        i += 1;
                    }
                    b'>' if state == S::EscapedDashDash => {
                        state = S::Data;
                        i += 1;
                    }
                    b'<' => {
                        if self.closes(i, "script") {
                            return i;
                        }
                        // `<script` and a delimiter: double escaped.
                        let after = i + 1 + "script".len();
                        if starts_with_ci(bytes, i + 1, b"script")
                            && bytes
                                .get(after)
                                .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
                        {
                            state = S::Double;
                            i = after;
                        } else {
                            state = S::Escaped;
                            i += 1;
                        }
                    }
                    _ => {
                        state = S::Escaped;
                        i += 1;
                    }
                },
                S::Double | S::DoubleDash | S::DoubleDashDash => match b {
                    b'-' => {
                        state = match state {
                            S::Double => S::DoubleDash,
                            _ => S::DoubleDashDash,
                        };
                        i += 1;
                    }
                    b'>' if state == S::DoubleDashDash => {
                        state = S::Data;
                        i += 1;
                    }
                    b'<' => {
                        // `</script` and a delimiter: back to escaped.
                        let after = i + 2 + "script".len();
                        if bytes.get(i + 1) == Some(&b'/')
                            && starts_with_ci(bytes, i + 2, b"script")
                            && bytes
                                .get(after)
                                .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
                        {
                            state = S::Escaped;
                            i = after;
                        } else {
                            state = S::Double;
                            i += 1;
                        }
                    }
                    _ => {
                        state = S::Double;
                        i += 1;
                    }
                },
            }
        }
        bytes.len()
    }
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`): `<!-->` and
/// `<!--->` are complete, otherwise the first `-->` or `--!>` ends it (or the input).
pub(super) fn comment_end(bytes: &[u8], from: usize) -> usize {
    match (bytes.get(from), bytes.get(from + 1)) {
        (Some(b'>'), _) => return from + 1,
        (Some(b'-'), Some(b'>')) => return from + 2,
        _ => {}
    }
    let mut at = from;
    while let Some(i) = memchr::memmem::find(bytes.get(at..).unwrap_or_default(), b"--") {
        let dashes = at + i;
        match bytes.get(dashes + 2) {
            Some(b'>') => return dashes + 3,
            Some(b'!') if bytes.get(dashes + 3) == Some(&b'>') => return dashes + 4,
            _ => at = dashes + 1,
        }
    }
    bytes.len()
}
