//! The parsed front matter of either format as one tree with a line on every node, and a
//! serde `Deserializer` over it. YAML and TOML both become this tree, so the input shapes are
//! read by one deserializer, and a problem's field path finds its line the same way in both.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Deepest nesting of lists and maps a front matter may have. The input shapes nest five
/// levels (`article.related[0].image.url`); the limit keeps the (recursive) reading of a
/// hostile file's unknown fields off the end of the stack.
pub(crate) const MAX_DEPTH: usize = 64;

/// A value and the file line where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node<'a> {
    pub(crate) line: usize,
    pub(crate) value: Value<'a>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    Map(Vec<Entry<'a>>),
}

/// A map entry: its key (always text) and the line of the key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry<'a> {
    pub(crate) key: Cow<'a, str>,
    pub(crate) key_line: usize,
    pub(crate) value: Node<'a>,
}

impl<'a> Node<'a> {
    pub(crate) fn new(line: usize, value: Value<'a>) -> Self {
        Node { line, value }
    }

    /// The entry under `key` when this is a map.
    pub(crate) fn get(&self, key: &str) -> Option<&Entry<'a>> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    /// The entries when this is a map.
    pub(crate) fn entries(&self) -> &[Entry<'a>] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }
}

/// The deserializer's error. Reading the input shapes never fails on a tree (every problem
/// is recorded as data), so this only carries what a caller's own types might raise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TreeError(String);

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TreeError {}

impl serde::de::Error for TreeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TreeError(msg.to_string())
    }
}

/// Reads a [`Node`] through serde, like any self-describing format.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NodeDeserializer<'n, 'a>(pub(crate) &'n Node<'a>);

impl<'de, 'a> Deserializer<'de> for NodeDeserializer<'de, 'a> {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match &self.0.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Int(i) => visitor.visit_i64(*i),
            Value::UInt(u) => visitor.visit_u64(*u),
            Value::Float(f) => visitor.visit_f64(*f),
            Value::Str(s) => visitor.visit_borrowed_str(s),
            Value::Seq(items) => visitor.visit_seq(Items(items.iter())),
            Value::Map(entries) => visitor.visit_map(Entries {
                entries: entries.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.0.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> SeqAccess<'de> for Items<'de, '_> {
    type Error = TreeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, TreeError> {
        self.0
            .next()
            .map(|node| seed.deserialize(NodeDeserializer(node)))
            .transpose()
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Entries<'n, 'a> {
    entries: std::slice::Iter<'n, Entry<'a>>,
    value: Option<&'n Node<'a>>,
}

impl<'de> MapAccess<'de> for Entries<'de, '_> {
    type Error = TreeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, TreeError> {
        let Some(entry) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(&entry.value);
        seed.deserialize(BorrowedStrDeserializer::new(&entry.key))
            .map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TreeError> {
        match self.value.take() {
            Some(node) => seed.deserialize(NodeDeserializer(node)),
            None => Err(serde::de::Error::custom(
                "a value was asked for before its key",
            )),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: Vec<(&'static str, Value<'static>)>) -> Node<'static> {
        Node::new(
            1,
            Value::Map(
                entries
                    .into_iter()
                    .enumerate()
                    .map(|(i, (k, v))| Entry {
                        key: k.into(),
                        key_line: i + 2,
                        value: Node::new(i + 2, v),
                    })
                    .collect(),
            ),
        )
    }

    #[test]
    fn reads_like_a_self_describing_format() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct S {
            a: u32,
            b: Option<String>,
            c: Vec<bool>,
            d: Option<i64>,
            e: f64,
        }
        let tree = map(vec![
            ("a", Value::UInt(7)),
            ("b", Value::Str("x".into())),
            ("c", Value::Seq(vec![Node::new(4, Value::Bool(true))])),
            ("d", Value::Null),
            ("e", Value::Float(1.5)),
        ]);
        let s = S::deserialize(NodeDeserializer(&tree)).unwrap();
        assert_eq!(
            s,
            S {
                a: 7,
                b: Some("x".into()),
                c: vec![true],
                d: None,
                e: 1.5
            }
        );
        let err =
            u32::deserialize(NodeDeserializer(&Node::new(1, Value::Str("x".into())))).unwrap_err();
        assert!(err.to_string().contains("invalid type"), "{err}");
    }

    use serde::Deserialize;
}
