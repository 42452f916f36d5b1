//! Value types the model is made of: dates, URLs, language tags.
//!
//! Each wraps a dependency's type (jiff, url) so that a new major version of a dependency never
//! changes our public API, and each serializes as the plain string it was given (ISO 8601 with
//! offset for dates, never a bracketed zone suffix), with a hand-written JSON Schema.

mod date;
mod language;
mod urls;

pub use date::DateTime;
pub use language::LanguageTag;
pub use urls::{AbsoluteUrl, WebUrl};

/// Serialize as the string, deserialize through `FromStr` (so validation runs), and a
/// hand-written JSON Schema.
macro_rules! string_serde {
    ($ty:ty, $name:literal, $schema:tt) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = Cow::<str>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

pub(crate) use string_serde;
