//! A node's extra properties merged into its fields while it is written.
//!
//! Nodes write their keys in sorted order (their fields are declared that way, `@id` and
//! `@type` first), so a document reads the same whatever order extensions were added in.
//! [`WithExtras`] wraps the serializer a node's derived `Serialize` writes to: before each
//! field it writes the extra properties whose keys sort before it; an extra property with the
//! field's own key replaces the field (except `@id` and `@context`, which are never
//! replaced); blank extras are left out ([`Pruned`]), and a blank extra still replaces the
//! field it shares a key with.

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::{Map, Value};

use super::empty::{Pruned, live_path};

/// A serializer that writes a struct with `extra` merged in; everything else goes to `S` as
/// it is.
pub(crate) struct WithExtras<'e, S> {
    pub(crate) inner: S,
    pub(crate) extra: &'e Map<String, Value>,
}

/// Extra properties that may be written, sorted by key.
fn sorted_extras(extra: &Map<String, Value>) -> Vec<(&str, &Value)> {
    let mut extras: Vec<(&str, &Value)> = extra
        .iter()
        .filter(|(key, _)| *key != "@id" && *key != "@context")
        .map(|(key, value)| (key.as_str(), value))
        .collect();
    // Already sorted unless serde_json's `preserve_order` is on somewhere in the build.
    extras.sort_unstable_by_key(|(key, _)| *key);
    extras
}

/// The struct being written: the map it writes to and the extras not written yet.
pub(crate) struct MergedStruct<'e, M> {
    map: M,
    extras: Vec<(&'e str, &'e Value)>,
    next: usize,
}

impl<M: SerializeMap> MergedStruct<'_, M> {
    fn write_extra(&mut self, key: &str, value: &Value) -> Result<(), M::Error> {
        let mut path = Vec::new();
        if live_path(value, &mut path) {
            self.map
                .serialize_entry(key, &Pruned { value, live: &path })?;
        }
        Ok(())
    }

    /// Writes the extras whose keys sort before `key`; true when the next extra has `key`
    /// itself (and has been written in the field's place).
    fn write_extras_up_to(&mut self, key: Option<&str>) -> Result<bool, M::Error> {
        while let Some(&(extra_key, value)) = self.extras.get(self.next) {
            let before = key.is_none_or(|key| extra_key <= key);
            if !before {
                break;
            }
            self.next += 1;
            self.write_extra(extra_key, value)?;
            if Some(extra_key) == key {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl<M: SerializeMap> SerializeStruct for MergedStruct<'_, M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        // `@id` and `@context` never get here as extras (see `sorted_extras`).
        if self.write_extras_up_to(Some(key))? {
            return Ok(());
        }
        self.map.serialize_entry(key, value)
    }

    fn end(mut self) -> Result<M::Ok, M::Error> {
        self.write_extras_up_to(None)?;
        self.map.end()
    }
}

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {$(
        fn $method(self, $($arg: $ty),*) -> Result<$ret, S::Error> {
            self.inner.$method($($arg),*)
        }
    )*};
}

impl<'e, S: Serializer> Serializer for WithExtras<'e, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = MergedStruct<'e, S::SerializeMap>;
    type SerializeStructVariant = S::SerializeStructVariant;

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Ok(MergedStruct {
            map: self.inner.serialize_map(None)?,
            extras: sorted_extras(self.extra),
            next: 0,
        })
    }

    forward! {
        serialize_bool(v: bool) -> S::Ok;
        serialize_i8(v: i8) -> S::Ok;
        serialize_i16(v: i16) -> S::Ok;
        serialize_i32(v: i32) -> S::Ok;
        serialize_i64(v: i64) -> S::Ok;
        serialize_u8(v: u8) -> S::Ok;
        serialize_u16(v: u16) -> S::Ok;
        serialize_u32(v: u32) -> S::Ok;
        serialize_u64(v: u64) -> S::Ok;
        serialize_f32(v: f32) -> S::Ok;
        serialize_f64(v: f64) -> S::Ok;
        serialize_char(v: char) -> S::Ok;
        serialize_str(v: &str) -> S::Ok;
        serialize_bytes(v: &[u8]) -> S::Ok;
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(name: &'static str) -> S::Ok;
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str) -> S::Ok;
        serialize_seq(len: Option<usize>) -> S::SerializeSeq;
        serialize_tuple(len: usize) -> S::SerializeTuple;
        serialize_tuple_struct(name: &'static str, len: usize) -> S::SerializeTupleStruct;
        serialize_tuple_variant(name: &'static str, index: u32, variant: &'static str, len: usize) -> S::SerializeTupleVariant;
        serialize_map(len: Option<usize>) -> S::SerializeMap;
        serialize_struct_variant(name: &'static str, index: u32, variant: &'static str, len: usize) -> S::SerializeStructVariant;
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.serialize_some(value)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_struct(name, value)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner
            .serialize_newtype_variant(name, index, variant, value)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// A node type: a derived-`Serialize` struct with extra properties.
pub(crate) trait HasExtra: Serialize {
    /// The node's extra properties.
    fn extra(&self) -> &Map<String, Value>;
}

/// A node written with its extra properties merged in.
pub(crate) struct Merged<'a, T>(pub(crate) &'a T);

impl<T: HasExtra> Serialize for Merged<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Nearly every node has none: written as it is, without the merging serializer.
        if self.0.extra().is_empty() {
            return self.0.serialize(serializer);
        }
        self.0.serialize(WithExtras {
            inner: serializer,
            extra: self.0.extra(),
        })
    }
}

/// For `serialize_with` on a field that holds a node: the node with its extras merged in.
pub(crate) fn merged<T: HasExtra, S: Serializer>(
    node: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match node {
        Some(node) => Merged(node).serialize(serializer),
        None => serializer.serialize_none(),
    }
}
