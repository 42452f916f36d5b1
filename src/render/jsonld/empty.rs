//! What counts as empty, and how empty values stay out of the output as it is written.
//!
//! Nothing in the graph is ever `null`, a blank string (empty or whitespace only), an empty
//! array or an empty object. The typed nodes skip such fields themselves
//! (`#[serde(skip_serializing_if = "is_blank", serialize_with = "live_items")]`); the extra
//! properties, which are free JSON values, are written through [`Pruned`], which leaves out
//! every value that would be empty once its own empty parts are left out.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;

/// A value that may be empty. Typed objects that always write their `@type` are never blank.
pub(crate) trait Blank {
    /// Whether the value would be written as nothing.
    fn is_blank(&self) -> bool;
}

/// `trim().is_empty()` that stops at the first letter, and at once when the text starts with
/// an ASCII character that is not white space (nearly every text).
fn text_is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, carriage
        // return and space.
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => false,
        _ => text.chars().all(char::is_whitespace),
    }
}

impl Blank for String {
    fn is_blank(&self) -> bool {
        text_is_blank(self)
    }
}

impl Blank for std::borrow::Cow<'_, str> {
    fn is_blank(&self) -> bool {
        text_is_blank(self)
    }
}

impl Blank for &str {
    fn is_blank(&self) -> bool {
        text_is_blank(self)
    }
}

impl<T: Blank> Blank for Option<T> {
    fn is_blank(&self) -> bool {
        self.as_ref().is_none_or(Blank::is_blank)
    }
}

/// A list is blank when every item is; its blank items are left out ([`live_items`]).
impl<T: Blank> Blank for Vec<T> {
    fn is_blank(&self) -> bool {
        self.iter().all(Blank::is_blank)
    }
}

macro_rules! never_blank {
    ($($ty:ty),*) => {$(
        impl $crate::render::jsonld::empty::Blank for $ty {
            fn is_blank(&self) -> bool {
                false
            }
        }
    )*};
}

pub(crate) use never_blank;

never_blank!(u32, u64, bool);

/// For `skip_serializing_if`.
pub(crate) fn is_blank<T: Blank>(value: &T) -> bool {
    value.is_blank()
}

/// For `serialize_with` on lists: the items that are not blank.
pub(crate) fn live_items<T: Blank + Serialize, S: Serializer>(
    items: &[T],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(items.iter().filter(|item| !item.is_blank()))
}

/// Finds the first live leaf of `value` (a number, a boolean or a non-blank string) in
/// document order and pushes the child indices leading to it onto `path`. Returns `false`,
/// with `path` as it was, when `value` is blank through and through.
pub(crate) fn live_path(value: &Value, path: &mut Vec<usize>) -> bool {
    let mut first_live = |children: &mut dyn Iterator<Item = &Value>| {
        for (index, child) in children.enumerate() {
            path.push(index);
            if live_path(child, path) {
                return true;
            }
            path.pop();
        }
        false
    };
    match value {
        Value::Null => false,
        Value::Bool(_) | Value::Number(_) => true,
        Value::String(s) => !s.as_str().is_blank(),
        Value::Array(items) => first_live(&mut items.iter()),
        Value::Object(map) => first_live(&mut map.values()),
    }
}

/// A JSON value written without its blank parts. `live` is the path [`live_path`] found for
/// it, so its first live child is written without being searched again; every other child
/// is searched once. Each part of the value is thus visited a bounded number of times, however
/// deep it is nested.
pub(crate) struct Pruned<'v> {
    pub(crate) value: &'v Value,
    pub(crate) live: &'v [usize],
}

impl Pruned<'_> {
    /// Calls `emit` with every live child (and its key or `()`), in order.
    fn for_each_live<'c, K, E>(
        &self,
        children: impl Iterator<Item = (K, &'c Value)>,
        mut emit: impl FnMut(K, Pruned<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let Some((&first, rest)) = self.live.split_first() else {
            return Ok(());
        };
        let mut path = Vec::new();
        for (index, (key, value)) in children.enumerate() {
            if index == first {
                emit(key, Pruned { value, live: rest })?;
            } else if index > first {
                path.clear();
                if live_path(value, &mut path) {
                    emit(key, Pruned { value, live: &path })?;
                }
            }
        }
        Ok(())
    }
}

impl Serialize for Pruned<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.value {
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(None)?;
                self.for_each_live(items.iter().map(|v| ((), v)), |(), item| {
                    seq.serialize_element(&item)
                })?;
                seq.end()
            }
            Value::Object(map) => {
                let mut out = serializer.serialize_map(None)?;
                self.for_each_live(map.iter(), |key, value| out.serialize_entry(key, &value))?;
                out.end()
            }
            leaf => leaf.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The readable reference: remove blanks bottom-up.
    fn prune(value: &Value) -> Option<Value> {
        match value {
            Value::Null => None,
            Value::String(s) if s.trim().is_empty() => None,
            Value::Array(items) => {
                let kept: Vec<Value> = items.iter().filter_map(prune).collect();
                (!kept.is_empty()).then_some(Value::Array(kept))
            }
            Value::Object(map) => {
                let kept: serde_json::Map<String, Value> = map
                    .iter()
                    .filter_map(|(k, v)| prune(v).map(|v| (k.clone(), v)))
                    .collect();
                (!kept.is_empty()).then_some(Value::Object(kept))
            }
            leaf => Some(leaf.clone()),
        }
    }

    fn pruned(value: &Value) -> Option<Value> {
        let mut path = Vec::new();
        live_path(value, &mut path)
            .then(|| serde_json::to_value(Pruned { value, live: &path }).unwrap())
    }

    #[test]
    fn matches_the_reference() {
        let cases = [
            json!(null),
            json!(" \u{2028}"),
            json!(0),
            json!(false),
            json!([]),
            json!([null, "", [], {}]),
            json!({"a": {"b": [null, {"c": " "}]}, "d": 1}),
            json!({"a": [null, 1, "", "x", {}, {"b": null, "c": [[], [2]]}], "e": {}, "f": "  "}),
            json!([[[[[]]]], [[[["deep"]]]], {"k": [{}]}]),
        ];
        for case in &cases {
            assert_eq!(pruned(case), prune(case), "{case}");
        }
    }

    #[test]
    fn blank_text_is_white_space_only() {
        for text in ["", " ", "\t\n\u{b}\u{c}\r ", "\u{a0}", "\u{2028} \u{3000}"] {
            assert!(text_is_blank(text), "{text:?}");
        }
        for text in [
            "a", " a", "\u{0}", "\u{1f}", "\u{7f}", "é", "\u{a0}x", "\u{200b}",
        ] {
            assert_eq!(text_is_blank(text), text.trim().is_empty(), "{text:?}");
            assert!(!text_is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting() {
        // A chain with its only live leaf at the bottom, and the same chain blank.
        let mut live = json!(1);
        let mut blank = json!(null);
        for _ in 0..200 {
            live = json!([null, {"a": live}]);
            blank = json!([null, {"a": blank}]);
        }
        assert!(pruned(&live).is_some());
        assert!(pruned(&blank).is_none());
    }
}
