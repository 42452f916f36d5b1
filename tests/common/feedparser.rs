//! feedparser (PyPI, the reader most aggregators build on) and python3's xml.etree, run on
//! files the tests wrote: `tests/support/feedcheck.py` reports what they read as JSON.
//!
//! The python is `$NEWSCLIP_FEEDPARSER_PYTHON`, else the virtual environment
//! `.ci/install-feedparser` makes (pinned feedparser under `target/feedparser`, once). When
//! that cannot be had (no python3, no registry), the check fails when `CI` is set and is
//! skipped with a loud message otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One file to read: `("feed" | "sitemap", path)`.
pub type Check<'a> = (&'a str, &'a Path);

/// What feedcheck.py read, one JSON value per file; `None` when skipped (outside CI).
pub fn read(files: &[Check<'_>]) -> Option<Vec<serde_json::Value>> {
    let python = python()?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(python);
    cmd.arg(root.join("tests/support/feedcheck.py"));
    for (kind, path) in files {
        cmd.arg(kind).arg(path);
    }
    let out = cmd.output().expect("run feedcheck.py");
    assert!(
        out.status.success(),
        "feedcheck.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("feedcheck.py prints JSON"))
}

fn python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NEWSCLIP_FEEDPARSER_PYTHON").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(root.join(".ci/install-feedparser"))
        .output();
    let failure = match &out {
        Ok(o) if o.status.success() => {
            let stdout = String::from_utf8_lossy(&o.stdout);
            let path = stdout.lines().last().unwrap_or("").trim();
            if !path.is_empty() && Path::new(path).is_file() {
                return Some(PathBuf::from(path));
            }
            format!(".ci/install-feedparser printed no python: {stdout}")
        }
        Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
        Err(e) => e.to_string(),
    };
    assert!(
        std::env::var_os("CI").is_none(),
        "feedparser is required in CI (.ci/install-feedparser failed): {failure}"
    );
    eprintln!(
        "\n{bar}\nWARNING: feedparser unavailable: the feed reader checks did NOT run.\n\
         .ci/install-feedparser failed: {failure}\n{bar}\n",
        bar = "!".repeat(78)
    );
    None
}
