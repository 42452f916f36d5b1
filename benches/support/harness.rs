//! What every bench binary runs under. Include with
//! `#[path = "support/harness.rs"] mod harness;`.

#![allow(dead_code)]

/// glibc's malloc tunes its trim and mmap thresholds to the sizes freed so far. Whether a
/// call's buffers are page-faulted afresh every iteration then depends on the process's
/// allocation history and on a few hundred kilobytes either way: the 2 MB medians of every
/// peer jump by up to 2x from run to run. So the benches run with both thresholds fixed, for
/// all peers alike.
const FIXED_MALLOC: [(&str, &str); 2] = [
    // 32 MiB, glibc's largest mmap threshold; setting it also stops the tuning.
    ("MALLOC_MMAP_THRESHOLD_", "33554432"),
    ("MALLOC_TRIM_THRESHOLD_", "268435456"),
];

/// Runs this bench again with glibc's malloc thresholds fixed, unless they already are or
/// `NEWSCLIP_BENCH_DEFAULT_MALLOC` asks for glibc's defaults; returns when this process is the
/// one to measure.
pub fn fix_malloc_thresholds() {
    let unset = FIXED_MALLOC
        .iter()
        .any(|(name, _)| std::env::var_os(name).is_none());
    if cfg!(target_os = "linux")
        && unset
        && std::env::var_os("NEWSCLIP_BENCH_DEFAULT_MALLOC").is_none()
    {
        let status = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .envs(FIXED_MALLOC)
                .status()
        });
        match status {
            Ok(status) => std::process::exit(status.code().unwrap_or(1)),
            Err(e) => eprintln!("could not fix malloc's thresholds ({e}); glibc's defaults"),
        }
    }
}
