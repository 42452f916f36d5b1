//! YAML front matter (saphyr-parser's events) into the [tree](super::tree).
//!
//! Scalars resolve by the YAML 1.2 core schema, as every current YAML library does: a plain
//! `4` is a number, `true` a boolean, `null`, `~` or nothing a null, and everything else text,
//! so `published: 2026-04-04` is the text `2026-04-04` (1.2 has no timestamp type) and `no` is
//! the word "no". Quoted and block scalars are always text, as is a scalar tagged `!!str`.
//!
//! Aliases (`*name`) are refused: front matter does not need them, and expanding them is how
//! a few hundred bytes of YAML become gigabytes ("billion laughs").

use std::borrow::Cow;

use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};

use super::FrontMatterError;
use super::tree::{Entry, MAX_DEPTH, Node, Value};

/// A list or map being read, with the line it started on.
enum Open<'a> {
    Seq(usize, Vec<Node<'a>>),
    Map {
        line: usize,
        entries: Vec<Entry<'a>>,
        key: Option<(Cow<'a, str>, usize)>,
    },
}

/// Parses the YAML text between the delimiters. `first_line` is the file line of its first
/// line; `opening_line` the line of the opening delimiter (where an empty front matter is).
pub(crate) fn parse(
    front: &str,
    first_line: usize,
    opening_line: usize,
) -> Result<Node<'_>, FrontMatterError> {
    let line_of = |span: &Span| span.start.line() + first_line - 1;
    let mut stack: Vec<Open<'_>> = Vec::new();
    let mut root: Option<Node<'_>> = None;
    let mut documents = 0usize;
    for event in Parser::new_from_str(front) {
        let (event, span) = event.map_err(|e| {
            FrontMatterError::syntax(
                e.marker().line() + first_line - 1,
                e.marker().col() + 1,
                format!("YAML: {}", e.info()),
            )
        })?;
        let line = line_of(&span);
        let done = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(FrontMatterError::syntax(
                        line,
                        span.start.col() + 1,
                        "YAML: the front matter holds more than one document",
                    ));
                }
                continue;
            }
            Event::Alias(_) => {
                return Err(FrontMatterError::syntax(
                    line,
                    span.start.col() + 1,
                    "YAML: aliases (*name) are not supported in front matter; write the value out",
                ));
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(FrontMatterError::syntax(
                        line,
                        span.start.col() + 1,
                        format!("YAML: nested deeper than {MAX_DEPTH} levels"),
                    ));
                }
                if let Some(Open::Map { key: None, .. }) = stack.last() {
                    return Err(not_text_key(line, &span));
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Open::Seq(line, Vec::new())
                } else {
                    Open::Map {
                        line,
                        entries: Vec::new(),
                        key: None,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Open::Seq(line, items)) => Node::new(line, Value::Seq(items)),
                Some(Open::Map { line, entries, .. }) => Node::new(line, Value::Map(entries)),
                None => continue,
            },
            Event::Scalar(text, style, _anchor, tag) => {
                if let Some(Open::Map {
                    key: key @ None, ..
                }) = stack.last_mut()
                {
                    *key = Some((text, line));
                    continue;
                }
                Node::new(line, resolve(text, style, tag.as_deref()))
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {
                continue;
            }
        };
        match stack.last_mut() {
            Some(Open::Seq(_, items)) => items.push(done),
            Some(Open::Map { entries, key, .. }) => {
                // A value always follows its key here: keys that are lists or maps are refused
                // above, and a scalar with no key pending became the key.
                if let Some((key, key_line)) = key.take() {
                    entries.push(Entry {
                        key,
                        key_line,
                        value: done,
                    });
                }
            }
            None => root = Some(done),
        }
    }
    // An empty front matter is an empty map: every required field is then reported missing.
    Ok(match root {
        Some(Node {
            value: Value::Null, ..
        })
        | None => Node::new(opening_line, Value::Map(Vec::new())),
        Some(mut node) => {
            if matches!(node.value, Value::Map(_)) {
                // Problems with the top level (a missing field) point at the opening line.
                node.line = opening_line;
            }
            node
        }
    })
}

fn not_text_key(line: usize, span: &Span) -> FrontMatterError {
    FrontMatterError::syntax(
        line,
        span.start.col() + 1,
        "YAML: a key must be text, not a list or a map",
    )
}

/// The value of a scalar by the YAML 1.2 core schema.
fn resolve<'a>(text: Cow<'a, str>, style: ScalarStyle, tag: Option<&Tag>) -> Value<'a> {
    let is_str_tag = tag.is_some_and(|t| t.is_yaml_core_schema() && t.suffix == "str");
    if style != ScalarStyle::Plain || is_str_tag {
        return Value::Str(text);
    }
    match text.as_ref() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    if let Some(v) = integer(&text) {
        return v;
    }
    if is_float(&text)
        && let Ok(f) = text.parse::<f64>()
    {
        return Value::Float(f);
    }
    Value::Str(text)
}

/// `[-+]?[0-9]+`, `0o[0-7]+` and `0x[0-9a-fA-F]+`; one too large for 64 bits is a float.
fn integer(text: &str) -> Option<Value<'static>> {
    let radix = |prefix: &str, radix: u32| {
        let digits = text.strip_prefix(prefix)?;
        (!digits.is_empty() && digits.chars().all(|c| c.is_digit(radix)))
            .then(|| u64::from_str_radix(digits, radix).ok().map(Value::UInt))
            .flatten()
    };
    if let Some(v) = radix("0o", 8).or_else(|| radix("0x", 16)) {
        return Some(v);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Ok(u) = text.strip_prefix('+').unwrap_or(text).parse::<u64>() {
        return Some(Value::UInt(u));
    }
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::Int(i));
    }
    text.parse::<f64>().ok().map(Value::Float)
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
fn is_float(text: &str) -> bool {
    let s = text.strip_prefix(['-', '+']).unwrap_or(text).as_bytes();
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let whole = digits(s);
    let mut i = whole;
    let mut fraction = 0;
    if s.get(i) == Some(&b'.') {
        fraction = digits(&s[i + 1..]);
        i += 1 + fraction;
    }
    if whole == 0 && fraction == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let exponent = digits(&s[i.min(s.len())..]);
        if exponent == 0 {
            return false;
        }
        i += exponent;
    }
    i == s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(yaml: &str) -> Value<'_> {
        let root = parse(yaml, 2, 1).unwrap();
        root.get("k").unwrap().value.value.clone()
    }

    #[test]
    fn core_schema() {
        assert_eq!(value("k: 4"), Value::UInt(4));
        assert_eq!(value("k: -4"), Value::Int(-4));
        assert_eq!(value("k: +4"), Value::UInt(4));
        assert_eq!(value("k: 0x1F"), Value::UInt(31));
        assert_eq!(value("k: 0o17"), Value::UInt(15));
        assert_eq!(value("k: 1.5"), Value::Float(1.5));
        assert_eq!(value("k: 1e3"), Value::Float(1000.0));
        assert_eq!(value("k: .5"), Value::Float(0.5));
        assert_eq!(value("k: -.inf"), Value::Float(f64::NEG_INFINITY));
        assert_eq!(value("k: 99999999999999999999"), Value::Float(1e20));
        assert_eq!(value("k: true"), Value::Bool(true));
        assert_eq!(value("k: ~"), Value::Null);
        assert_eq!(value("k:"), Value::Null);
        for text in [
            "yes",
            "no",
            "on",
            "2026-04-04",
            "1e",
            "1.2.3",
            "0x",
            "e5",
            ".",
        ] {
            assert_eq!(
                value(&format!("k: {text}")),
                Value::Str(text.into()),
                "{text}"
            );
        }
        assert_eq!(value("k: '4'"), Value::Str("4".into()));
        assert_eq!(value("k: !!str 4"), Value::Str("4".into()));
        assert_eq!(value("k: |\n  a\n  b\n"), Value::Str("a\nb\n".into()));
    }

    #[test]
    fn lines_are_file_lines() {
        let root = parse("a: 1\nb:\n  - x\n  - c: 2\n", 2, 1).unwrap();
        assert_eq!(root.line, 1);
        let b = root.get("b").unwrap();
        assert_eq!(b.key_line, 3);
        let Value::Seq(items) = &b.value.value else {
            panic!("not a list")
        };
        assert_eq!(items[0].line, 4);
        assert_eq!(items[1].get("c").unwrap().key_line, 5);
    }

    #[test]
    fn refused() {
        for (yaml, line, message) in [
            ("a: &x 1\nb: *x\n", 3, "aliases"),
            ("a: 1\n...\n---\nb: 2\n", 4, "more than one document"),
            ("? [a]\n: 1\n", 2, "key must be text"),
            ("a: [1\n", 3, "YAML:"),
            ("a: 1\n  b: 2\n", 3, "YAML:"),
        ] {
            let err = parse(yaml, 2, 1).unwrap_err();
            assert_eq!(err.line(), Some(line), "{yaml:?}: {err}");
            assert!(err.to_string().contains(message), "{yaml:?}: {err}");
        }
    }

    #[test]
    fn depth_is_limited() {
        let deep = format!(
            "a: {}{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        let err = parse(&deep, 2, 1).unwrap_err();
        assert!(err.to_string().contains("nested deeper"), "{err}");
        let block = format!("{}x\n", "- ".repeat(MAX_DEPTH + 1));
        let err = parse(&block, 2, 1).unwrap_err();
        assert!(err.to_string().contains("nested deeper"), "{err}");
        let shallow = format!("{}x\n", "- ".repeat(MAX_DEPTH));
        assert!(parse(&shallow, 2, 1).is_ok());
    }

    #[test]
    fn empty_is_an_empty_map() {
        for yaml in ["", "# only a comment\n", "~\n"] {
            assert_eq!(parse(yaml, 2, 1).unwrap(), Node::new(1, Value::Map(vec![])));
        }
    }
}
