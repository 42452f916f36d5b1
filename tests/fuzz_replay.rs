//! Every checked-in fuzz input, replayed on stable through the fuzz targets' own checks
//! (`tests/support/fuzz_checks.rs`): the seeds (`fuzz/seeds/<target>/`) and every input a
//! fuzzer found a problem with (`fuzz/regressions/<target>/`). CI covers them without nightly
//! or libFuzzer; `fuzz/README.md` says how to fuzz.

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

/// Runs every seed and regression of `target`; fails with each file that broke a promise
/// (or panicked) and what it found. Returns how many seeds ran.
fn replay(target: &str) -> usize {
    let (_, run) = TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .expect("a target of that name");
    let seeds = inputs("seeds", target);
    let regressions = inputs("regressions", target);
    let mut failures = Vec::new();
    for file in seeds.iter().chain(&regressions) {
        let data = std::fs::read(file).expect("readable input");
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| run(&data))) {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            failures.push(format!("{}: {message}", file.display()));
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

/// Every target has its seed directory, and nothing else is under `fuzz/seeds` or
/// `fuzz/regressions` (a misspelt directory would never be replayed).
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
                path.is_file() && name == "README.md"
                    || TARGETS.iter().any(|(target, _)| *target == name),
                "fuzz/{kind}/{name} is not a target's directory"
            );
        }
    }
    for (target, _) in TARGETS {
        assert!(!inputs("seeds", target).is_empty(), "no seeds for {target}");
    }
}
