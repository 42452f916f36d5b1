//! The checked-in JSON Schemas must match what the code generates.
//! Regenerate with `NEWSCLIP_UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(feature = "schema")]

fn check(path: &str, schema: schemars::Schema) {
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("NEWSCLIP_UPDATE_SCHEMA").is_some() {
        std::fs::write(&full, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        on_disk == generated,
        "{path} is out of date; run NEWSCLIP_UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn article_schema_is_checked_in() {
    check("schema/article.schema.json", newsclip::article_schema());
}

#[test]
fn envelope_schema_is_checked_in() {
    check("schema/envelope.schema.json", newsclip::envelope_schema());
}

#[cfg(feature = "front-matter")]
#[test]
fn front_matter_schema_is_checked_in() {
    check(
        "schema/front-matter.schema.json",
        newsclip::front_matter_schema(),
    );
}

#[test]
fn site_schema_is_checked_in() {
    check("schema/site.schema.json", newsclip::site_schema());
}

#[test]
fn seed_conforms_to_schema_basics() {
    // Without a JSON Schema validator dependency: every top-level field of the seed is a
    // declared property, and every required property is present.
    let schema = serde_json::to_value(newsclip::article_schema()).unwrap();
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../examples/data/newsclip-seed.json")).unwrap();
    let seed = &file["article"];
    let props = schema["properties"].as_object().unwrap();
    for key in seed.as_object().unwrap().keys() {
        assert!(props.contains_key(key), "{key} not in schema");
    }
    for req in schema["required"].as_array().unwrap() {
        assert!(
            seed.get(req.as_str().unwrap()).is_some(),
            "{req} missing in seed"
        );
    }
}

#[cfg(feature = "front-matter")]
#[test]
fn seed_front_matter_conforms_to_schema_basics() {
    // The seed's front matter is its JSON without the body: every field is declared, every
    // required one present, and `body` is not required.
    let schema = serde_json::to_value(newsclip::front_matter_schema()).unwrap();
    let article = &schema["$defs"]["FrontMatterArticle"];
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../examples/data/newsclip-seed.json")).unwrap();
    let mut front = file["article"].as_object().unwrap().clone();
    front.remove("body");
    let props = article["properties"].as_object().unwrap();
    for key in front.keys() {
        assert!(props.contains_key(key), "{key} not in schema");
    }
    for req in article["required"].as_array().unwrap() {
        assert!(front.contains_key(req.as_str().unwrap()), "{req} missing");
    }
    let envelope = &schema["$defs"]["FrontMatterEnvelope"];
    assert_eq!(envelope["required"], serde_json::json!(["site", "article"]));
}
