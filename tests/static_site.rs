//! The `static_site` example end to end: generated articles in all three formats and one
//! broken file become a site; the broken file is reported with its path and lines, every
//! other page, index, feed and the sitemap is still written, and the exit status says so.
//!
//! `cargo test` builds the example first; without the binary the test fails when `CI` is set
//! and is skipped with a loud message otherwise.
#![cfg(all(feature = "feeds", feature = "front-matter"))]

use std::path::PathBuf;
use std::process::Command;

mod common;

fn binary() -> Option<PathBuf> {
    common::example_binary("static_site")
}

fn run(bin: &PathBuf, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(bin)
        .args(args)
        .output()
        .expect("run static_site");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn builds_the_site_and_reports_a_broken_file() {
    let Some(bin) = binary() else {
        return;
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/static-site-test");
    let _ = std::fs::remove_dir_all(&root);
    let (input, output) = (root.join("in"), root.join("out"));
    let (inp, out) = (input.to_str().unwrap(), output.to_str().unwrap());
    let (status, _) = run(&bin, &["--generate", "24", inp]);
    assert_eq!(status, Some(0));
    std::fs::write(
        input.join("broken.md"),
        "+++\nheadline = 'Broken'\nviews = 'many'\n+++\nText\n",
    )
    .unwrap();
    std::fs::write(input.join("not-json.json"), "{\"headline\": ").unwrap();
    std::fs::write(input.join("ignored.txt"), "not an article").unwrap();

    let (status, stderr) = run(&bin, &[inp, out, "--now", "2026-04-05T00:00:00Z"]);
    assert_eq!(status, Some(2), "{stderr}");
    let broken = input.join("broken.md");
    let broken = broken.display();
    for line in [
        format!("{broken}: line 1: section: is required; add it"),
        format!("{broken}: line 3: views: must be a whole number from 0 up, not a string"),
    ] {
        assert!(stderr.contains(&format!("{line}\n")), "{line}\n{stderr}");
    }
    assert!(
        stderr.contains(&format!(
            "{}: headline: EOF while parsing",
            input.join("not-json.json").display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("static_site: 24 pages, 4 sections, 2 refused, from 26 files"),
        "{stderr}"
    );

    let pages: usize = ["business", "technology", "world", "science"]
        .iter()
        .map(|s| {
            std::fs::read_dir(output.join(s))
                .unwrap()
                .filter(|e| {
                    let name = e.as_ref().unwrap().file_name();
                    let name = name.to_string_lossy();
                    name.ends_with(".html") && name != "index.html"
                })
                .count()
        })
        .sum();
    assert_eq!(pages, 24);
    let page = std::fs::read_to_string(output.join("business/generated-article-0.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Generated article 0"));
    let index = std::fs::read_to_string(output.join("business/index.html")).unwrap();
    assert_eq!(index.matches("<li>").count(), 6);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(output.join("feed.json")).unwrap()).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 24);
    let rss = std::fs::read_to_string(output.join("rss.xml")).unwrap();
    assert_eq!(rss.matches("<item>").count(), 24);
    assert!(output.join("atom.xml").is_file());
    // Published April 3 and 4 (two days before now): articles 0, 1, 28 … of 24: 0 and 1.
    let sitemap = std::fs::read_to_string(output.join("news-sitemap.xml")).unwrap();
    assert_eq!(sitemap.matches("<url>").count(), 2);

    // Without the broken files: exit 0, the same bytes for every page.
    std::fs::remove_file(input.join("broken.md")).unwrap();
    std::fs::remove_file(input.join("not-json.json")).unwrap();
    let again = root.join("again");
    let (status, stderr) = run(
        &bin,
        &[
            inp,
            again.to_str().unwrap(),
            "--now",
            "2026-04-05T00:00:00Z",
        ],
    );
    assert_eq!(status, Some(0), "{stderr}");
    for file in [
        "business/generated-article-0.html",
        "rss.xml",
        "feed.json",
        "index.html",
    ] {
        assert_eq!(
            std::fs::read(output.join(file)).unwrap(),
            std::fs::read(again.join(file)).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    let Some(bin) = binary() else {
        return;
    };
    assert_eq!(run(&bin, &[]).0, Some(2));
    assert_eq!(run(&bin, &["--generate", "many", "x"]).0, Some(2));
    let (status, stderr) = run(&bin, &["/no/such/dir", "/tmp/x"]);
    assert_eq!(status, Some(2));
    assert!(
        stderr.starts_with("static_site: cannot read /no/such/dir"),
        "{stderr}"
    );
}
