//! TOML front matter (the `toml` crate's spanned document) into the [tree](super::tree).
//!
//! TOML's native date-times become their text (`published = 2026-04-04T09:30:00+02:00` reads
//! as the string `2026-04-04T09:30:00+02:00`), so they pass the same date validation as JSON
//! strings: an offset date-time or a local date is accepted, a local date-time is refused for
//! its missing offset, a local time is not a date. Tables keep the order of the file.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::FrontMatterError;
use super::tree::{Entry, MAX_DEPTH, Node, Value};

/// Line numbers of byte offsets in one text.
struct LineIndex {
    starts: Vec<usize>,
    first_line: usize,
}

impl LineIndex {
    fn new(text: &str, first_line: usize) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts, first_line }
    }

    /// The file line and 1-based column (in bytes) of `offset`.
    fn at(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|s| *s <= offset).max(1) - 1;
        let column = offset - self.starts.get(line).copied().unwrap_or(0) + 1;
        (line + self.first_line, column)
    }
}

/// Parses the TOML text between the delimiters. `first_line` is the file line of its first
/// line; `opening_line` the line of the opening delimiter (where the top-level table is).
pub(crate) fn parse(
    front: &str,
    first_line: usize,
    opening_line: usize,
) -> Result<Node<'_>, FrontMatterError> {
    let lines = LineIndex::new(front, first_line);
    let table = DeTable::parse(front).map_err(|e| {
        let (line, column) = e.span().map_or((first_line, 1), |s| lines.at(s.start));
        FrontMatterError::syntax(line, column, format!("TOML: {}", e.message().trim_end()))
    })?;
    let (value, depth_ok) = table_value(table.into_inner(), &lines, 0);
    if !depth_ok {
        return Err(FrontMatterError::syntax(
            first_line,
            1,
            format!("TOML: nested deeper than {MAX_DEPTH} levels"),
        ));
    }
    Ok(Node::new(opening_line, value))
}

/// The tree of a table, entries in file order; `false` when it nests too deeply.
fn table_value<'a>(table: DeTable<'a>, lines: &LineIndex, depth: usize) -> (Value<'a>, bool) {
    let mut ok = true;
    let mut entries: Vec<(usize, Entry<'a>)> = table
        .into_iter()
        .map(|(key, value)| {
            let at = key.span().start;
            let key_line = lines.at(at).0;
            let (value, fine) = node(value, lines, depth + 1);
            ok &= fine;
            (
                at,
                Entry {
                    key: key.into_inner(),
                    key_line,
                    value,
                },
            )
        })
        .collect();
    entries.sort_by_key(|(at, _)| *at);
    (
        Value::Map(entries.into_iter().map(|(_, e)| e).collect()),
        ok,
    )
}

fn node<'a>(value: Spanned<DeValue<'a>>, lines: &LineIndex, depth: usize) -> (Node<'a>, bool) {
    let line = lines.at(value.span().start).0;
    if depth > MAX_DEPTH {
        return (Node::new(line, Value::Null), false);
    }
    let (value, ok) = match value.into_inner() {
        DeValue::String(s) => (Value::Str(s), true),
        DeValue::Integer(i) => (
            // The parser checked the digits; a value past 64 bits is the only failure.
            i64::from_str_radix(i.as_str(), i.radix()).map_or_else(
                |_| {
                    u64::from_str_radix(i.as_str(), i.radix())
                        .map_or(Value::Float(f64::INFINITY), Value::UInt)
                },
                |v| u64::try_from(v).map_or(Value::Int(v), Value::UInt),
            ),
            true,
        ),
        DeValue::Float(f) => (Value::Float(f.as_str().parse().unwrap_or(f64::NAN)), true),
        DeValue::Boolean(b) => (Value::Bool(b), true),
        DeValue::Datetime(d) => (Value::Str(Cow::Owned(d.to_string())), true),
        DeValue::Array(items) => {
            let mut ok = true;
            let items = items
                .into_iter()
                .map(|item| {
                    let (n, fine) = node(item, lines, depth + 1);
                    ok &= fine;
                    n
                })
                .collect();
            (Value::Seq(items), ok)
        }
        DeValue::Table(table) => table_value(table, lines, depth),
    };
    (Node::new(line, value), ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(toml: &str) -> Value<'_> {
        let root = parse(toml, 2, 1).unwrap();
        root.get("k").unwrap().value.value.clone()
    }

    #[test]
    fn values() {
        assert_eq!(value("k = 4"), Value::UInt(4));
        assert_eq!(value("k = -4"), Value::Int(-4));
        assert_eq!(value("k = 0x1F"), Value::UInt(31));
        assert_eq!(value("k = 1_000"), Value::UInt(1000));
        assert_eq!(value("k = 1.5"), Value::Float(1.5));
        assert_eq!(value("k = true"), Value::Bool(true));
        assert_eq!(value("k = 'x'"), Value::Str("x".into()));
        assert_eq!(value("k = 2026-04-04"), Value::Str("2026-04-04".into()));
        assert_eq!(
            value("k = 2026-04-04T09:30:00+02:00"),
            Value::Str("2026-04-04T09:30:00+02:00".into())
        );
        assert_eq!(
            value("k = 2026-04-04T09:30:00Z"),
            Value::Str("2026-04-04T09:30:00Z".into())
        );
        assert_eq!(
            value("k = 2026-04-04T09:30:00"),
            Value::Str("2026-04-04T09:30:00".into())
        );
    }

    #[test]
    fn file_order_and_lines() {
        let root = parse("z = 1\na = 2\n\n[[m]]\nq = 'x'\n[[m]]\nq = 'y'\n", 2, 1).unwrap();
        let keys: Vec<(&str, usize)> = root
            .entries()
            .iter()
            .map(|e| (e.key.as_ref(), e.key_line))
            .collect();
        assert_eq!(keys, [("z", 2), ("a", 3), ("m", 5)]);
        let Value::Seq(items) = &root.get("m").unwrap().value.value else {
            panic!("not a list")
        };
        assert_eq!(items[1].get("q").unwrap().key_line, 8);
    }

    #[test]
    fn syntax_errors_have_lines() {
        let err = parse("a = 1\nb = \n", 2, 1).unwrap_err();
        assert_eq!(err.line(), Some(3), "{err}");
        assert!(err.to_string().starts_with("line 3"), "{err}");
        let err = parse("a = 1\na = 2\n", 2, 1).unwrap_err();
        assert_eq!(err.line(), Some(3), "{err}");
    }

    #[test]
    fn line_index() {
        let idx = LineIndex::new("ab\ncd\n", 10);
        assert_eq!(idx.at(0), (10, 1));
        assert_eq!(idx.at(4), (11, 2));
        assert_eq!(idx.at(6), (12, 1));
    }
}
