//! `--generate COUNT DIR`: COUNT test articles in DIR, a third each as JSON, Markdown with
//! YAML front matter and Markdown with TOML front matter, all with the seed's body (about
//! 5 KB of Markdown), spread over four sections and the days before 2026-04-04.

use std::path::Path;

use serde_json::json;

const SEED: &str = include_str!("../data/newsclip-seed.json");
const SECTIONS: [&str; 4] = ["Business", "Technology", "World", "Science"];

/// Writes the articles; existing files of the same names are replaced.
pub fn write(dir: &Path, count: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let seed: serde_json::Value = serde_json::from_str(SEED).map_err(std::io::Error::other)?;
    let body = seed["article"]["body"].as_str().unwrap_or("Text.");
    for i in 0..count {
        let section = SECTIONS[i % SECTIONS.len()];
        let slug = format!("generated-article-{i}");
        let day = 4 - i64::try_from(i % 28).unwrap_or(0);
        let published = if day > 0 {
            format!("2026-04-{day:02}")
        } else {
            format!("2026-03-{:02}", 31 + day)
        };
        let fields = json!({
            "headline": format!("Generated article {i}: {}", seed["article"]["headline"].as_str().unwrap_or("")),
            "section": {"name": section},
            "slug": slug,
            "canonical_url": format!("https://newsclip.example/{}/{slug}", section.to_lowercase()),
            "tags": [format!("#Tag{}", i % 7), "#Generated"],
            "views": i,
            "faq": [{"question": "Is this generated?", "answer": format!("Yes, as number *{i}*.")}],
        });
        let (name, text) = match i % 3 {
            0 => {
                let mut article = fields;
                article["published"] = json!(published);
                article["body"] = json!(body);
                (format!("{slug}.json"), article.to_string())
            }
            // JSON is YAML 1.2: the front matter is one flow mapping.
            1 => {
                let mut front = fields;
                front["published"] = json!(published);
                (format!("{slug}.md"), format!("---\n{front}\n---\n{body}"))
            }
            _ => (
                format!("{slug}.md"),
                format!("+++\n{}+++\n{body}", toml(&fields, &published)),
            ),
        };
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

/// The generated fields as TOML; `published` as a native TOML date. JSON's string escapes
/// are TOML's.
fn toml(fields: &serde_json::Value, published: &str) -> String {
    let mut out = format!("published = {published}\n");
    let mut tables = String::new();
    for (key, value) in fields.as_object().into_iter().flatten() {
        match value {
            serde_json::Value::Object(map) => {
                tables.push_str(&format!("\n[{key}]\n"));
                for (k, v) in map {
                    tables.push_str(&format!("{k} = {v}\n"));
                }
            }
            serde_json::Value::Array(items) if items.iter().all(|v| v.is_object()) => {
                for item in items {
                    tables.push_str(&format!("\n[[{key}]]\n"));
                    for (k, v) in item.as_object().into_iter().flatten() {
                        tables.push_str(&format!("{k} = {v}\n"));
                    }
                }
            }
            other => out.push_str(&format!("{key} = {other}\n")),
        }
    }
    out + &tables
}
