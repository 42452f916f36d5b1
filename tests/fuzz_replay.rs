//! Every checked-in fuzz input, replayed on stable through the fuzz targets' own checks
//! (`tests/support/fuzz_checks.rs`): the seeds (`fuzz/seeds/<target>/`) and every input a
//! fuzzer found a problem with (`fuzz/regressions/<target>/`). CI covers them without nightly
//! or libFuzzer; `fuzz/README.md` says how to fuzz. A regression listed in
//! `fuzz/regressions/open.txt` (its fix is not in yet) must still break a promise, so that the
//! list cannot outlive the fix.

#[path = "support/fuzz_checks.rs"]
mod fuzz_checks;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use fuzz_checks::TARGETS;

/// The files of `fuzz/{kind}/{target}/`, sorted; none when the directory does not exist.
fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
        .join(target);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// The regressions whose fix is not in yet (`fuzz/regressions/open.txt`), as paths under
/// `fuzz/regressions/`.
fn open_regressions() -> Vec<String> {
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/open.txt");
    std::fs::read_to_string(list)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// What `run` broke on `data`: the panic message, or `None` when it kept every promise.
fn broken(run: fuzz_checks::Target, data: &[u8]) -> Option<String> {
    let panic = catch_unwind(AssertUnwindSafe(|| run(data))).err()?;
    Some(
        panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("(no message)")
            .to_owned(),
    )
}

/// Runs every seed and regression of `target`; fails with each file that broke a promise
/// (or panicked) and what it found, and with each open regression that no longer does.
/// Returns how many seeds ran.
fn replay(target: &str) -> usize {
    let (_, run) = TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .expect("a target of that name");
    let seeds = inputs("seeds", target);
    let regressions = inputs("regressions", target);
    let open = open_regressions();
    let mut failures = Vec::new();
    for file in seeds.iter().chain(&regressions) {
        let data = std::fs::read(file).expect("readable input");
        let name = format!(
            "{target}/{}",
            file.file_name().and_then(|n| n.to_str()).unwrap_or("")
        );
        let is_open = regressions.contains(file) && open.contains(&name);
        match (broken(*run, &data), is_open) {
            (Some(message), false) => failures.push(format!("{}: {message}", file.display())),
            (None, true) => failures.push(format!(
                "{}: keeps its promises now; delete its line in fuzz/regressions/open.txt",
                file.display()
            )),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{target}: {} of {} inputs broke a promise:\n{}",
        failures.len(),
        seeds.len() + regressions.len(),
        failures.join("\n\n")
    );
    seeds.len()
}

#[test]
fn article_json_inputs_keep_the_promises() {
    assert!(replay("article_json") >= 10);
}

#[test]
fn markdown_body_inputs_keep_the_promises() {
    assert!(replay("markdown_body") >= 100);
}

#[test]
fn html_body_inputs_keep_the_promises() {
    assert!(replay("html_body") >= 100);
}

#[test]
fn inline_answer_inputs_keep_the_promises() {
    assert!(replay("inline_answer") >= 20);
}

#[test]
fn jsonld_inputs_keep_the_promises() {
    assert!(replay("jsonld") >= 10);
}

/// Every target has its seed directory, nothing else is under `fuzz/seeds` or
/// `fuzz/regressions` (a misspelt directory would never be replayed), and every open
/// regression exists.
#[test]
fn every_input_directory_belongs_to_a_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for kind in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(kind)) else {
            assert_eq!(kind, "regressions", "fuzz/seeds is missing");
            continue;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            assert!(
                path.is_file() && name == "open.txt" && kind == "regressions"
                    || TARGETS.iter().any(|(target, _)| *target == name),
                "fuzz/{kind}/{name} is not a target's directory"
            );
        }
    }
    for open in open_regressions() {
        assert!(
            root.join("regressions").join(&open).is_file(),
            "fuzz/regressions/open.txt lists {open}, which is not there"
        );
    }
    for (target, _) in TARGETS {
        assert!(!inputs("seeds", target).is_empty(), "no seeds for {target}");
    }
}
