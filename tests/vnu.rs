//! The W3C Nu HTML Checker (vnu-jar from the npm registry) on full pages of the example
//! articles: 0 errors and 0 warnings.
//!
//! The jar is `$NEWSCLIP_VNU_JAR`, else whatever `.ci/install-vnu` prints (it installs the
//! pinned version under `target/vnu` when missing). Without `java` the test fails when `CI`
//! is set and is skipped with a loud message otherwise. All pages go to one `java` run, since
//! the JVM starts slowly. The pages stay in `target/html-preview/` for the browser checks of
//! `.ci/html-browser-check`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::examples;
use newsclip::render::html::{AnswerStyle, HtmlOptions, Locale, Part};

fn java_available() -> bool {
    Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn vnu_jar(root: &Path) -> PathBuf {
    if let Some(jar) = std::env::var_os("NEWSCLIP_VNU_JAR") {
        return PathBuf::from(jar);
    }
    let out = Command::new("bash")
        .arg(root.join(".ci/install-vnu"))
        .output()
        .expect("run .ci/install-vnu");
    assert!(
        out.status.success(),
        ".ci/install-vnu failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout.lines().last().unwrap_or("").trim();
    assert!(!path.is_empty(), ".ci/install-vnu printed no path");
    PathBuf::from(path)
}

/// Every page variant worth validating: defaults, and everything on (German, static answers,
/// table of contents, reading time, new-tab source links). (A headline at h2 is for hosts that
/// own the h1, so a stand-alone page keeps h1; the structure tests cover h2 fragments.)
fn variants() -> Vec<(&'static str, HtmlOptions)> {
    let mut all = HtmlOptions::for_locale(Locale::German);
    all.parts = Part::ALL.to_vec();
    all.faq_style = AnswerStyle::Static;
    all.quick_answer_style = AnswerStyle::Static;
    all.reading_time = true;
    all.source_links.new_tab = true;
    vec![("", HtmlOptions::default()), ("-all-de", all)]
}

#[test]
fn example_pages_pass_the_nu_html_checker() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/html-preview");
    std::fs::create_dir_all(&dir).expect("create target/html-preview");
    let mut files = Vec::new();
    for ex in examples() {
        for (suffix, opts) in variants() {
            let path = dir.join(format!("{}{suffix}.html", ex.name));
            std::fs::write(&path, ex.page(&opts)).expect("write page");
            files.push(path);
        }
    }

    if !java_available() {
        if std::env::var_os("CI").is_some() {
            panic!("java is required in CI for the Nu HTML Checker (install default-jre-headless)");
        }
        loud(
            "WARNING: java not found: the Nu HTML Checker test did NOT run.\n\
             Install a JRE (apt-get install default-jre-headless) to validate the HTML.",
        );
        return;
    }
    let jar = vnu_jar(&root);
    assert!(jar.is_file(), "vnu.jar not found at {}", jar.display());

    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--also-check-css"])
        .args(&files)
        .output()
        .expect("run java -jar vnu.jar");
    // vnu writes its JSON report to stderr.
    let report = String::from_utf8_lossy(&out.stderr);
    let json: serde_json::Value = serde_json::from_str(&report)
        .unwrap_or_else(|e| panic!("vnu output is not JSON ({e}):\n{report}"));
    let messages = json["messages"].as_array().cloned().unwrap_or_default();
    let problems: Vec<String> = messages
        .iter()
        .filter(|m| {
            let kind = m["type"].as_str().unwrap_or("");
            let sub = m["subType"].as_str().unwrap_or("");
            kind == "error" || kind == "non-document-error" || sub == "warning"
        })
        .map(describe)
        .collect();
    assert!(
        problems.is_empty(),
        "Nu HTML Checker: {} errors/warnings in {} pages:\n{}",
        problems.len(),
        files.len(),
        problems.join("\n")
    );
    assert!(
        out.status.success(),
        "vnu exited with {:?}:\n{report}",
        out.status
    );
    eprintln!(
        "Nu HTML Checker: {} pages, 0 errors, 0 warnings ({} info messages)",
        files.len(),
        messages.len()
    );
}

fn describe(m: &serde_json::Value) -> String {
    format!(
        "{} {}{} line {}: {}\n    {}",
        m["type"].as_str().unwrap_or("?"),
        m["subType"]
            .as_str()
            .map(|s| format!("({s}) "))
            .unwrap_or_default(),
        m["url"].as_str().unwrap_or("?"),
        m["lastLine"],
        m["message"].as_str().unwrap_or("?"),
        m["extract"].as_str().unwrap_or("")
    )
}

/// Writes past the test harness's output capture, so the message shows in a plain
/// `cargo test` run.
fn loud(message: &str) {
    use std::io::Write;
    let bar = "*".repeat(78);
    let _ = writeln!(std::io::stderr(), "\n{bar}\n{message}\n{bar}");
}
