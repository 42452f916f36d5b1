//! The W3C Nu HTML Checker (npm package `vnu-jar`, run with `java -jar`), shared by the tests
//! that validate pages. One JVM start per call: give it every file at once.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Errors and warnings the checker reports for `files` (CSS checked too), as readable lines.
///
/// `None` when `java` is missing outside CI, after a loud warning; in CI (`CI` set) a missing
/// `java` fails the test.
pub fn check(files: &[PathBuf]) -> Option<Vec<String>> {
    if !java_available() {
        assert!(
            std::env::var_os("CI").is_none(),
            "java is required in CI for the Nu HTML Checker (install default-jre-headless)"
        );
        loud(
            "WARNING: java not found: the Nu HTML Checker test did NOT run.\n\
             Install a JRE (apt-get install default-jre-headless) to validate the HTML.",
        );
        return None;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let jar = vnu_jar(&root);
    assert!(jar.is_file(), "vnu.jar not found at {}", jar.display());
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--also-check-css"])
        .args(files)
        .output()
        .expect("run java -jar vnu.jar");
    // vnu writes its JSON report to stderr.
    let report = String::from_utf8_lossy(&out.stderr);
    let json: serde_json::Value = serde_json::from_str(&report)
        .unwrap_or_else(|e| panic!("vnu output is not JSON ({e}):\n{report}"));
    let messages = json["messages"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let is_error =
        |m: &serde_json::Value| matches!(m["type"].as_str(), Some("error" | "non-document-error"));
    // vnu exits non-zero exactly when it reported errors (warnings leave it at 0).
    assert_eq!(
        out.status.success(),
        !messages.iter().any(is_error),
        "vnu exit status: {report}"
    );
    let problems = messages
        .iter()
        .filter(|m| is_error(m) || m["subType"].as_str() == Some("warning"))
        .map(describe)
        .collect();
    Some(problems)
}

/// Writes each `(file name, page)` under `target/html-preview/{subdir}` (kept there for the
/// browser checks) and asserts the checker finds 0 errors and 0 warnings in them. Returns
/// the number of pages checked, or `None` when the checker could not run (see [`check`]).
pub fn assert_valid_pages(subdir: &str, pages: Vec<(String, String)>) -> Option<usize> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/html-preview")
        .join(subdir);
    std::fs::create_dir_all(&dir).expect("create the preview directory");
    let mut files = Vec::new();
    for (name, page) in pages {
        let path = dir.join(name);
        std::fs::write(&path, page).expect("write page");
        files.push(path);
    }
    let problems = check(&files)?;
    assert!(
        problems.is_empty(),
        "Nu HTML Checker: {} errors/warnings in {} pages:\n{}",
        problems.len(),
        files.len(),
        problems.join("\n")
    );
    Some(files.len())
}

fn java_available() -> bool {
    Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `NEWSCLIP_VNU_JAR` (unless empty), or the jar `.ci/install-vnu` installs (from npm, once) and prints.
fn vnu_jar(root: &Path) -> PathBuf {
    if let Some(jar) = std::env::var_os("NEWSCLIP_VNU_JAR").filter(|j| !j.is_empty()) {
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
