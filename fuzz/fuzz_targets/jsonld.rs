//! `jsonld`: see `fuzz/README.md`. The body and its checks are in
//! `tests/support/fuzz_checks.rs`, shared with the stable replay test (`tests/fuzz_replay.rs`).
#![no_main]

#[path = "../../tests/support/fuzz_checks.rs"]
mod fuzz_checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz_checks::jsonld(data));
