//! Value types the model is made of: dates, URLs, language tags.
//!
//! Each wraps a dependency's type (jiff, url) so that a new major version of a dependency never
//! changes our public API, and each serializes as the plain string it was given (ISO 8601 with
//! offset for dates, never a bracketed zone suffix), with a hand-written JSON Schema.

mod date;
mod language;
mod urls;

pub use date::DateTime;
pub use language::{Direction, LanguageTag};
pub use urls::{AbsoluteUrl, WebUrl};

/// `FromStr` through the type's `parse_str`, serialize as the `Display` string, deserialize
/// through `FromStr` (so validation runs), and a hand-written JSON Schema (with the `schema`
/// feature).
macro_rules! string_serde {
    ($ty:ty, $name:literal, $schema:tt) => {
        impl std::str::FromStr for $ty {
            type Err = ProblemKind;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::parse_str(s)
            }
        }
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = Cow::<str>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!($schema)
            }
        }
    };
}

pub(crate) use string_serde;
