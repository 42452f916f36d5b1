use super::*;
use proptest::prelude::*;
use serde_json::Value;

/// The reference: serde_json's compact output through the `<script>` formatter.
fn reference(value: &Value) -> String {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(
        &mut bytes,
        super::super::script_safe::ScriptSafe(serde_json::ser::CompactFormatter),
    );
    value.serialize(&mut serializer).expect("serializes");
    String::from_utf8(bytes).expect("utf-8")
}

fn ours(value: &Value) -> String {
    let mut out = String::new();
    assert!(append(&mut out, value));
    out
}

#[test]
fn every_char_class_is_written_as_serde_json_writes_it() {
    let all: String = (0u32..0x300)
        .chain([0x2028, 0x2029, 0x2027, 0x202A, 0xFEFF, 0x1F600])
        .filter_map(char::from_u32)
        .collect();
    for s in [
        all.as_str(),
        "",
        "a\u{2028}b\u{2029}c\u{E2}",
        "</script><!--&",
    ] {
        let v = Value::String(s.into());
        assert_eq!(ours(&v), reference(&v));
    }
    let v = serde_json::json!({"a": [1, -2, 3.5, 1e300, true, null, {"k": "v"}], "": {}});
    assert_eq!(ours(&v), reference(&v));
}

fn arb_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}|[<>&\"\\\\\u{2028}\u{2029}\u{1}\u{7f}a]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("\\PC{0,6}|[<&\"]{1,3}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn same_bytes_as_serde_json_through_script_safe(value in arb_value()) {
        prop_assert_eq!(ours(&value), reference(&value));
    }
}

/// Strings long enough for the 16-byte steps, with what needs escaping at every offset
/// (chunk boundaries, the overlapping last chunk, multi-byte characters across them).
fn long_string() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => Just("a"),
            1 => Just("<"),
            1 => Just("\""),
            1 => Just("\u{2028}"),
            1 => Just("\u{2029}"),
            1 => Just("…"),
            1 => Just("\u{E2}"),
            1 => Just("\u{1f}"),
            1 => Just("\n"),
            1 => Just("é"),
        ],
        0..80,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn long_strings_as_serde_json_writes_them(s in long_string()) {
        let value = Value::String(s);
        prop_assert_eq!(ours(&value), reference(&value));
    }
}
