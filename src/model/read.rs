//! Reading the input shapes without stopping at the first problem.
//!
//! serde's derived `Deserialize` stops at the first missing field, wrong type or unknown
//! field. The input shapes are read here instead, from any self-describing serde format: a
//! problem is recorded with its field path, the field keeps its default, and reading goes on,
//! so validation can report it together with every other problem. Only input that is not
//! well-formed (a JSON syntax error) still stops the reader.
//!
//! [`ArticleInput`](crate::ArticleInput) and [`SiteInput`](crate::SiteInput) keep what was
//! found in their `shape_problems` field, so a user's own `#[derive(Deserialize)]` struct that
//! embeds them loses nothing: `validate` reports those problems with their paths. The parts
//! (`SectionInput`, `ImageInput` …) deserialized on their own fail with every problem listed.
//!
//! Strings are moved when the deserializer owns them and copied once when it lends them; a
//! body is never held twice.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::error::{Problem, ProblemKind, ValidationError, echo, shorten};

/// Most problems one input's shape lists (missing required fields: up to twice as many);
/// the rest are counted. Each costs a path and a
/// message, so a hostile input of a million unknown keys would otherwise cost far more
/// memory than its own size.
const MAX_PROBLEMS: usize = 100;

/// Where reading is (the field path) and what it found wrong so far.
#[derive(Debug, Default)]
pub(crate) struct Cx {
    path: String,
    problems: Vec<Problem>,
    /// Problems past [`MAX_PROBLEMS`], counted only.
    omitted: usize,
}

impl Cx {
    /// Whether a problem recorded now is listed (not only counted).
    fn has_room(&self) -> bool {
        self.problems.len() < MAX_PROBLEMS
    }

    /// Records a problem at the current path (`.` at the top level).
    pub(crate) fn record(&mut self, kind: ProblemKind) {
        // A missing required field is found after the fields that are there, so after a
        // flood of their problems; left out, validation would then call the value it
        // defaults to empty. It is listed past the limit, up to as many again.
        let listed = if kind == ProblemKind::Missing {
            self.problems.len() < 2 * MAX_PROBLEMS
        } else {
            self.has_room()
        };
        if !listed {
            self.omitted += 1;
            return;
        }
        let path = if self.path.is_empty() {
            ".".to_string()
        } else {
            self.path.clone()
        };
        self.problems.push(Problem::new(path, kind));
    }

    fn wrong<T: Default>(&mut self, expected: &'static str, found: &'static str) -> T {
        self.record(ProblemKind::WrongType { expected, found });
        T::default()
    }

    /// Runs `f` with `name` appended to the path.
    fn in_field<R>(&mut self, name: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(name);
        let out = f(self);
        self.path.truncate(len);
        out
    }

    /// Runs `f` with `[index]` appended to the path.
    fn in_index<R>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        use fmt::Write;
        let len = self.path.len();
        let _ = write!(self.path, "[{index}]");
        let out = f(self);
        self.path.truncate(len);
        out
    }
}

/// A type the lenient reader can read. Each hook handles one kind of value; the defaults
/// record a [`ProblemKind::WrongType`] and give the default value.
pub(crate) trait Lenient: Sized + Default {
    /// What the input should hold here, for messages.
    const EXPECTED: &'static str;
    /// A struct's fields, in declaration order (empty for other types).
    const FIELDS: &'static [&'static str] = &[];

    fn read<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Self, D::Error> {
        d.deserialize_any(AnyVisitor::<Self>(cx, PhantomData))
    }
    fn from_str(_: Cow<'_, str>, cx: &mut Cx) -> Self {
        cx.wrong(Self::EXPECTED, "a string")
    }
    fn from_u64(_: u64, cx: &mut Cx) -> Self {
        cx.wrong(Self::EXPECTED, "a number")
    }
    fn from_i64(v: i64, cx: &mut Cx) -> Self {
        match u64::try_from(v) {
            Ok(v) => Self::from_u64(v, cx),
            Err(_) => cx.wrong(Self::EXPECTED, "a negative number"),
        }
    }
    fn from_f64(_: f64, cx: &mut Cx) -> Self {
        cx.wrong(Self::EXPECTED, "a number with a fraction")
    }
    fn from_bool(_: bool, cx: &mut Cx) -> Self {
        cx.wrong(Self::EXPECTED, "a boolean")
    }
    fn from_null(cx: &mut Cx) -> Self {
        cx.wrong(Self::EXPECTED, "null")
    }
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A, cx: &mut Cx) -> Result<Self, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(cx.wrong(Self::EXPECTED, "an array"))
    }
    fn from_map<'de, A: MapAccess<'de>>(mut map: A, cx: &mut Cx) -> Result<Self, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(cx.wrong(Self::EXPECTED, "an object"))
    }
}

/// Hands whatever value comes to the matching [`Lenient`] hook.
struct AnyVisitor<'c, T>(&'c mut Cx, PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for AnyVisitor<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::from_str(Cow::Borrowed(v), self.0))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<T, E> {
        Ok(T::from_str(Cow::Owned(v), self.0))
    }
    fn visit_char<E: serde::de::Error>(self, v: char) -> Result<T, E> {
        Ok(T::from_str(Cow::Owned(v.to_string()), self.0))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        Ok(T::from_u64(v, self.0))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        Ok(T::from_i64(v, self.0))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        Ok(T::from_f64(v, self.0))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        Ok(T::from_bool(v, self.0))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::from_null(self.0))
    }
    fn visit_bytes<E: serde::de::Error>(self, _: &[u8]) -> Result<T, E> {
        Ok(self.0.wrong(T::EXPECTED, "bytes"))
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::from_null(self.0))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::read(d, self.0)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::read(d, self.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        T::from_seq(seq, self.0)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map, self.0)
    }
}

/// Reads one value of `T` as a seed (for list elements and map values).
struct ReadSeed<'c, T>(&'c mut Cx, PhantomData<T>);

impl<'de, T: Lenient> DeserializeSeed<'de> for ReadSeed<'_, T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::read(d, self.0)
    }
}

impl Lenient for String {
    const EXPECTED: &'static str = "a string";
    fn from_str(s: Cow<'_, str>, _: &mut Cx) -> Self {
        s.into_owned()
    }
}

impl Lenient for u64 {
    const EXPECTED: &'static str = "a whole number from 0 up";
    fn from_u64(v: u64, _: &mut Cx) -> Self {
        v
    }
}

impl Lenient for u32 {
    const EXPECTED: &'static str = "a whole number from 0 to 4294967295";
    fn from_u64(v: u64, cx: &mut Cx) -> Self {
        u32::try_from(v).unwrap_or_else(|_| cx.wrong(Self::EXPECTED, "a number too large"))
    }
}

impl Lenient for bool {
    const EXPECTED: &'static str = "true or false";
    fn from_bool(v: bool, _: &mut Cx) -> Self {
        v
    }
}

/// `null` is "not given"; anything else is read as `T`.
impl<T: Lenient> Lenient for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn read<'de, D: Deserializer<'de>>(d: D, cx: &mut Cx) -> Result<Self, D::Error> {
        d.deserialize_option(OptionVisitor::<T>(cx, PhantomData))
    }
}

struct OptionVisitor<'c, T>(&'c mut Cx, PhantomData<T>);

impl<'de, T: Lenient> Visitor<'de> for OptionVisitor<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} or null", T::EXPECTED)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        T::read(d, self.0).map(Some)
    }
}

/// Every element is kept, a broken one as its default, so the indexes validation reports
/// are the input's.
impl<T: Lenient> Lenient for Vec<T> {
    const EXPECTED: &'static str = "an array";
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A, cx: &mut Cx) -> Result<Self, A::Error> {
        // The size hint is the input's claim: trust it only up to a small bound.
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        loop {
            let index = out.len();
            let next = cx.in_index(index, |cx| {
                seq.next_element_seed(ReadSeed::<T>(cx, PhantomData))
            })?;
            match next {
                Some(v) => out.push(v),
                None => return Ok(out),
            }
        }
    }
}

/// A map key: the index of a known field, or an unknown name (shortened for messages).
enum Key {
    Known(usize),
    Unknown(String),
}

/// Longest unknown field name kept in a path.
const KEY_ECHO_CHARS: usize = 64;

struct KeySeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
        Ok(match self.0.iter().position(|f| *f == v) {
            Some(i) => Key::Known(i),
            None => Key::Unknown(shorten(v, KEY_ECHO_CHARS)),
        })
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Key, E> {
        Ok(Key::Unknown(v.to_string()))
    }
    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Key, E> {
        self.visit_str(&String::from_utf8_lossy(v))
    }
}

/// The known field an unknown one is most likely a typo of: at most two edits away (one for
/// short names), the nearest first.
fn suggest(unknown: &str, fields: &'static [&'static str]) -> Option<&'static str> {
    if unknown.chars().count() > 40 {
        return None;
    }
    fields
        .iter()
        .map(|f| (edit_distance(unknown, f), *f))
        .filter(|(d, f)| *d <= if f.len() <= 4 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f)
}

/// Levenshtein distance over characters; both words are short (checked by the caller).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// Reads a struct's fields: each known field once, unknown and repeated fields recorded and
/// skipped, required fields (`required[i]` for `fields[i]`) that never came recorded as
/// missing. `read_field` reads the value of field `index` into `out`.
pub(crate) fn read_fields<'de, A: MapAccess<'de>, T>(
    map: &mut A,
    cx: &mut Cx,
    fields: &'static [&'static str],
    required: &'static [bool],
    out: &mut T,
    mut read_field: impl FnMut(&mut T, usize, &mut A, &mut Cx) -> Result<(), A::Error>,
) -> Result<(), A::Error> {
    // A bit per field: structs have fewer than 64 (checked where the list is made).
    let mut seen: u64 = 0;
    while let Some(key) = map.next_key_seed(KeySeed(fields))? {
        match key {
            Key::Known(i) => {
                let name = fields.get(i).copied().unwrap_or_default();
                let bit = 1u64 << (i % 64);
                if seen & bit != 0 {
                    cx.in_field(name, |cx| cx.record(ProblemKind::DuplicateField));
                    map.next_value::<IgnoredAny>()?;
                } else {
                    seen |= bit;
                    cx.in_field(name, |cx| read_field(out, i, map, cx))?;
                }
            }
            Key::Unknown(name) => {
                // Past the limit the problem is only counted: no search for a typo either
                // (a million unknown keys would cost a million searches).
                let suggestion = cx.has_room().then(|| suggest(&name, fields)).flatten();
                cx.in_field(&name, |cx| {
                    cx.record(ProblemKind::UnknownField {
                        suggestion,
                        expected: fields,
                    });
                });
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    for (i, (name, required)) in fields.iter().zip(required).enumerate() {
        if *required && seen & (1u64 << (i % 64)) == 0 {
            cx.in_field(name, |cx| cx.record(ProblemKind::Missing));
        }
    }
    Ok(())
}

/// Reads the value of a map entry as `T`.
pub(crate) fn read_value<'de, A: MapAccess<'de>, T: Lenient>(
    map: &mut A,
    cx: &mut Cx,
) -> Result<T, A::Error> {
    map.next_value_seed(ReadSeed::<T>(cx, PhantomData))
}

/// Reads `T` with every problem collected.
pub(crate) fn read_collecting<'de, D: Deserializer<'de>, T: Lenient>(
    d: D,
) -> Result<(T, Vec<Problem>), D::Error> {
    let mut cx = Cx::default();
    let value = T::read(d, &mut cx)?;
    let mut problems = cx.problems;
    if cx.omitted > 0 {
        problems.push(Problem::new(
            ".",
            ProblemKind::MoreProblems { count: cx.omitted },
        ));
    }
    Ok((value, problems))
}

/// `Deserialize` for a part read on its own: the value, or an error listing every problem.
pub(crate) fn deserialize_strict<'de, D: Deserializer<'de>, T: Lenient>(
    d: D,
) -> Result<T, D::Error> {
    let (value, problems) = read_collecting(d)?;
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(ValidationError::new(problems)))
    }
}

/// Implements [`Lenient`] and `Deserialize` for an input struct. Every field is listed (a
/// destructuring check makes a forgotten one a compile error), marked `required` or
/// `optional`; `lenient` keeps problems in the named field instead of failing.
macro_rules! read_struct {
    ($ty:ident { $($field:ident: $req:ident),* $(,)? } $(lenient $problems:ident)?) => {
        impl $crate::model::read::Lenient for $ty {
            const EXPECTED: &'static str = "an object";
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            fn from_map<'de, A: serde::de::MapAccess<'de>>(
                mut map: A,
                cx: &mut $crate::model::read::Cx,
            ) -> Result<Self, A::Error> {
                const REQUIRED: &[bool] = &[$($crate::model::read::read_struct!(@required $req)),*];
                const _: () = assert!(REQUIRED.len() <= 64, "read_fields keeps one bit per field");
                let mut out = $ty::default();
                $crate::model::read::read_fields(
                    &mut map,
                    cx,
                    Self::FIELDS,
                    REQUIRED,
                    &mut out,
                    |out, index, map, cx| {
                        match Self::FIELDS.get(index).copied() {
                            $(Some(stringify!($field)) => {
                                out.$field = $crate::model::read::read_value(map, cx)?;
                            })*
                            _ => {}
                        }
                        Ok(())
                    },
                )?;
                Ok(out)
            }
        }

        const _: fn(&$ty) = |v| {
            let $ty { $($field: _,)* $($problems: _)? } = v;
        };

        $crate::model::read::read_struct!(@deserialize $ty $($problems)?);
    };
    (@required required) => { true };
    (@required optional) => { false };
    (@deserialize $ty:ident) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            /// Reads every field; fails with every problem listed, each with its path.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::model::read::deserialize_strict(d)
            }
        }
    };
    (@deserialize $ty:ident $problems:ident) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            /// Reads every field. Missing required fields, wrong types and unknown fields do
            /// not fail: they are kept in `shape_problems` and reported by `validate`
            /// together with every other problem. Malformed input still fails.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let (mut value, problems) =
                    $crate::model::read::read_collecting::<D, $ty>(d)?;
                value.$problems = problems;
                Ok(value)
            }
        }
    };
}

/// Implements [`Lenient`] and `Deserialize` for an enum of unit variants written as words.
macro_rules! read_words {
    ($ty:ident { $($variant:ident = $word:literal),* $(,)? }) => {
        impl $crate::model::read::Lenient for $ty {
            const EXPECTED: &'static str = concat!("one of ", $crate::model::read::read_words!(@list $($word),*));
            fn from_str(s: std::borrow::Cow<'_, str>, cx: &mut $crate::model::read::Cx) -> Self {
                match s.as_ref() {
                    $($word => $ty::$variant,)*
                    other => cx.unknown_value(other, &[$($word),*]),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::model::read::deserialize_strict(d)
            }
        }
    };
    (@list $first:literal $(, $rest:literal)*) => { concat!($first $(, ", ", $rest)*) };
}

impl Cx {
    /// Records an [`UnknownValue`](ProblemKind::UnknownValue) and gives the default.
    pub(crate) fn unknown_value<T: Default>(
        &mut self,
        input: &str,
        expected: &'static [&'static str],
    ) -> T {
        self.record(ProblemKind::UnknownValue {
            input: echo(input),
            expected,
        });
        T::default()
    }
}

pub(crate) use {read_struct, read_words};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        const FIELDS: &[&str] = &["question", "answer", "url", "name"];
        assert_eq!(suggest("answr", FIELDS), Some("answer"));
        assert_eq!(suggest("qestion", FIELDS), Some("question"));
        assert_eq!(suggest("nam", FIELDS), Some("name"));
        assert_eq!(suggest("uri", FIELDS), Some("url"));
        assert_eq!(suggest("xyz", FIELDS), None);
        assert_eq!(suggest(&"a".repeat(1000), FIELDS), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn problems_are_capped() {
        let json = format!(
            "{{{}}}",
            (0..10_000)
                .map(|i| format!("\"k{i}\": {i}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let (_, problems) = read_collecting::<_, crate::ArticleInput>(
            &mut serde_json::Deserializer::from_str(&json),
        )
        .unwrap();
        // The first unknown keys, the five required fields that are missing (listed past
        // the limit), the count of the rest.
        assert_eq!(problems.len(), MAX_PROBLEMS + 5 + 1);
        assert_eq!(problems[0].path(), "k0");
        let missing = problems
            .iter()
            .filter(|p| p.kind() == &ProblemKind::Missing)
            .count();
        assert_eq!(missing, 5);
        assert_eq!(
            problems.last().map(|p| (p.path(), p.kind())),
            Some((
                ".",
                &ProblemKind::MoreProblems {
                    count: 10_000 - MAX_PROBLEMS
                }
            ))
        );
    }

    #[test]
    fn long_unknown_names_are_shortened() {
        let long = "k".repeat(1000);
        let short = shorten(&long, KEY_ECHO_CHARS);
        assert_eq!(short.chars().count(), KEY_ECHO_CHARS + 1);
        assert!(short.ends_with('…'));
        assert_eq!(shorten("answr", KEY_ECHO_CHARS), "answr");
    }
}
