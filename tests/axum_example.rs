//! The axum example (`examples/axum.rs`) as a real server: started on a free loopback port,
//! asked over HTTP/1.1 with a plain `TcpStream`, checked for status codes, content types,
//! validators, the CSP nonce, unique ids and valid HTML.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const SEED: &str = "/business/data-breach-forces-meta-to-halt-collaboration-with-mercor";
const FULL: &str = "/business/rotterdam-automated-cranes";

/// The axum example's binary, built by `cargo test`.
fn binary() -> Option<PathBuf> {
    common::example_binary("axum")
}

/// A running server, stopped (by its own process id) when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    /// Starts the example on `127.0.0.1:0` and waits for the line that says where it
    /// listens: printed once the socket accepts connections.
    fn start() -> Option<Server> {
        let mut child = Command::new(binary()?)
            .args(["--addr", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the axum example");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child,
            addr: String::new(),
        };
        let line = lines
            .recv_timeout(Duration::from_secs(60))
            .expect("the server says where it listens within 60 s");
        server.addr = line
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        assert!(server.addr.starts_with("127.0.0.1:"), "{}", server.addr);
        Some(server)
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        self.request("GET", path, headers)
    }

    /// One HTTP/1.1 request on its own connection (`Connection: close`), read to the end.
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        stream.write_all(request.as_bytes()).expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read the response");
        Reply::parse(&raw, method == "HEAD")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn parse(raw: &[u8], head_only: bool) -> Reply {
        let text = String::from_utf8(raw.to_vec()).expect("UTF-8 response");
        let (head, body) = text.split_once("\r\n\r\n").expect("head and body");
        let mut lines = head.split("\r\n");
        let status_line = lines.next().expect("status line");
        let status = status_line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|s| s.get(..3))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("status line {status_line:?}"));
        let headers: Vec<(String, String)> = lines
            .map(|l| {
                let (name, value) = l.split_once(':').expect("header");
                (name.trim().to_ascii_lowercase(), value.trim().to_string())
            })
            .collect();
        let reply = Reply {
            status,
            headers,
            body: body.to_string(),
        };
        if let Some(length) = reply.header("content-length") {
            let expected = if head_only {
                0
            } else {
                length.parse().unwrap()
            };
            assert_eq!(reply.body.len(), expected, "content-length {length}");
        }
        reply
    }

    fn header(&self, name: &str) -> Option<&str> {
        let mut found = self.headers.iter().filter(|(n, _)| n == name);
        let first = found.next().map(|(_, v)| v.as_str());
        assert!(found.next().is_none(), "{name} given twice");
        first
    }

    /// The nonce of the page's Content-Security-Policy (`style-src 'nonce-…'`).
    fn csp_nonce(&self) -> String {
        let policy = self.header("content-security-policy").expect("a CSP");
        let start = policy.find("'nonce-").expect("a nonce in the CSP") + "'nonce-".len();
        let end = start + policy[start..].find('\'').expect("closing quote");
        policy[start..end].to_string()
    }
}

fn assert_unique_ids(page: &str) {
    assert_eq!(
        common::page::duplicate_ids(page),
        Vec::<String>::new(),
        "{page}"
    );
}

#[test]
fn serves_pages_json_ld_404_and_304_over_http() {
    let Some(server) = Server::start() else {
        return;
    };

    // The index links every article and its JSON-LD.
    let index = server.get("/", &[]);
    assert_eq!(index.status, 200);
    assert_eq!(
        index.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    for path in [SEED, FULL] {
        assert!(index.body.contains(&format!(r#"href="{path}""#)), "{path}");
        assert!(index.body.contains(&format!(r#"href="{path}.jsonld""#)));
    }
    assert!(index.body.starts_with("<!DOCTYPE html>"));

    let mut pages = vec![("index", index.body.clone())];
    for path in [SEED, FULL] {
        let page = server.get(path, &[]);
        assert_eq!(page.status, 200, "{path}");
        assert_eq!(
            page.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(page.header("cache-control"), Some("no-cache"));
        // One nonce in the header, on the JSON-LD script and on the style.
        let nonce = page.csp_nonce();
        assert_eq!(nonce.len(), 32);
        let script = format!(r#"<script type="application/ld+json" nonce="{nonce}">"#);
        assert_eq!(page.body.matches(&script).count(), 1, "{path}");
        assert_eq!(
            page.body
                .matches(&format!(r#"<style nonce="{nonce}">"#))
                .count(),
            1
        );
        // The custom layout: the sidebar's parts are in the aside and nowhere else.
        let aside = &page.body[page.body.find("<aside>").expect("aside")..];
        for id in ["nc_toc-title", "nc_key-facts-title"] {
            let attribute = format!(r#"id="{id}""#);
            assert!(aside.contains(&attribute), "{path}: {id}");
            assert_eq!(page.body.matches(&attribute).count(), 1);
        }
        if path == FULL {
            assert!(aside.contains(r#"id="nc_related-title""#));
        }
        assert_unique_ids(&page.body);

        // The validator: weak (the nonce changes the bytes), the same on the next request.
        let etag = page.header("etag").expect("an ETag").to_string();
        assert!(etag.starts_with("W/\""), "{etag}");
        let again = server.get(path, &[]);
        assert_eq!(again.header("etag"), Some(etag.as_str()));
        assert_ne!(again.csp_nonce(), nonce, "a fresh nonce per request");

        // A matching conditional request: 304, no body, the same validator.
        let cached = server.get(path, &[("If-None-Match", &format!("\"other\", {etag}"))]);
        assert_eq!(cached.status, 304, "{path}");
        assert_eq!(cached.body, "");
        assert_eq!(cached.header("etag"), Some(etag.as_str()));
        let stale = server.get(path, &[("If-None-Match", "W/\"0000\"")]);
        assert_eq!(stale.status, 200);
        // The strong form of the same tag matches too (weak comparison), and so does `*`.
        let strong = etag.trim_start_matches("W/");
        assert_eq!(server.get(path, &[("If-None-Match", strong)]).status, 304);
        assert_eq!(server.get(path, &[("If-None-Match", "*")]).status, 304);

        // The JSON-LD: its own type and validator, and a 304 for it too.
        let ld = server.get(&format!("{path}.jsonld"), &[]);
        assert_eq!(ld.status, 200);
        assert_eq!(ld.header("content-type"), Some("application/ld+json"));
        let graph: serde_json::Value = serde_json::from_str(&ld.body).expect("JSON");
        assert_eq!(graph["@context"], "https://schema.org");
        assert_eq!(graph["@graph"][0]["@type"], "NewsArticle");
        let ld_etag = ld.header("etag").expect("an ETag").to_string();
        assert_ne!(ld_etag, etag);
        let ld_cached = server.get(&format!("{path}.jsonld"), &[("If-None-Match", &ld_etag)]);
        assert_eq!(ld_cached.status, 304);

        pages.push((if path == SEED { "seed" } else { "full" }, page.body));
    }

    // Unknown paths: 404, a page built from the crate's components, path shown as text.
    for path in [
        "/nope",
        "/business",
        &format!("{SEED}/x"),
        "/a%3Cb%3E?q=%22",
    ] {
        let missing = server.get(path, &[]);
        assert_eq!(missing.status, 404, "{path}");
        assert_eq!(
            missing.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert!(missing.body.contains("<h1>Page not found</h1>"));
        assert!(
            missing
                .body
                .contains(r#"<meta name="robots" content="noindex">"#)
        );
        // "More from Newsclip": the Related component, listing every story.
        assert!(
            missing
                .body
                .contains(r#"<nav class="nc-related" aria-labelledby="nc_related-title">"#)
        );
        for story in [SEED, FULL] {
            assert!(
                missing
                    .body
                    .contains(&format!("https://newsclip.example{story}"))
            );
        }
        assert!(!missing.body.contains("<b>"));
        assert_unique_ids(&missing.body);
    }
    pages.push(("404", server.get("/nope", &[]).body));

    // HEAD answers like GET without a body; other methods are not allowed.
    let head = server.request("HEAD", SEED, &[]);
    assert_eq!(head.status, 200);
    assert_eq!(head.body, "");
    assert_eq!(server.request("POST", SEED, &[]).status, 405);

    // Valid HTML, every page the server makes.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("axum-example");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let files: Vec<PathBuf> = pages
        .iter()
        .map(|(name, html)| {
            let file = dir.join(format!("{name}.html"));
            std::fs::write(&file, html).expect("write page");
            file
        })
        .collect();
    if let Some(problems) = common::vnu::check(&files) {
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// The validators come from the articles alone: another server, another run, the same ETags.
#[test]
fn etags_are_the_same_on_every_run() {
    let (Some(first), Some(second)) = (Server::start(), Server::start()) else {
        return;
    };
    for path in [SEED, FULL, &format!("{FULL}.jsonld")] {
        let a = first.get(path, &[]);
        let b = second.get(path, &[]);
        assert!(a.header("etag").is_some());
        assert_eq!(a.header("etag"), b.header("etag"), "{path}");
    }
    assert_ne!(
        first.get(SEED, &[]).header("etag"),
        first.get(FULL, &[]).header("etag")
    );
}

/// Bad data or arguments: exit status 2, every problem with its file and field path.
#[test]
fn bad_data_exits_2_with_paths() {
    let Some(bin) = binary() else {
        return;
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("axum-bad-data");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("broken.json");
    std::fs::write(
        &file,
        r#"{"site": {"name": "N", "base_url": "https://n.example/"}, "article": {"headline": ""}}"#,
    )
    .expect("write");
    let out = Command::new(&bin)
        .args(["--addr", "127.0.0.1:0", "--data"])
        .arg(&dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = format!(
        "axum: {}: article.headline: must not be empty",
        file.display()
    );
    assert_eq!(stderr.lines().next(), Some(first.as_str()), "{stderr}");
    assert!(stderr.contains("article.section: is required; add it"));

    // Two articles on one path: refused, not a panic in the router.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("axum-same-path");
    std::fs::create_dir_all(&dir).expect("temp dir");
    for name in ["a.json", "b.json"] {
        std::fs::write(dir.join(name), common::FULL_JSON).expect("write");
    }
    let out = Command::new(&bin)
        .arg("--data")
        .arg(&dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "axum: {}: its canonical path {FULL} (or {FULL}.jsonld) is taken\n",
            dir.join("b.json").display()
        )
    );

    let out = Command::new(&bin).arg("--port").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("axum: unknown argument \"--port\""));
}
