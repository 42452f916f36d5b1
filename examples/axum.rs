//! `axum`: a small news site on [axum](https://docs.rs/axum) that renders the example
//! articles with newsclip.
//!
//! ```text
//! cargo run --example axum                               # http://127.0.0.1:3000
//! cargo run --example axum -- --addr 127.0.0.1:8080 --data examples/data
//! ```
//!
//! It serves every `{"site": …, "article": …}` file of the data folder (default: this
//! crate's `examples/data`):
//!
//! | path | answer |
//! | --- | --- |
//! | `/` | an index linking every article |
//! | the path of an article's canonical URL (`/business/…`) | the article page, `text/html` |
//! | that path + `.jsonld` | its JSON-LD graph, `application/ld+json` |
//! | anything else | 404, a page built from newsclip's components |
//!
//! What it shows of the API:
//!
//! - the public envelope loader ([`Envelope::from_json`]), every problem with its path;
//! - a custom layout (banner, article, sidebar) from ONE [`PreparedArticle`] per request:
//!   [`Head`] for the `<head>`, [`ArticleView::split_off`] for the parts the sidebar shows,
//!   so no part and no id is on the page twice;
//! - a Content-Security-Policy nonce per request through [`RenderOptions::csp_nonce`]: it
//!   lands on the JSON-LD `<script>`, and on the `<style>` the layout writes;
//! - a page buffer per worker thread, reused across requests;
//! - conditional requests: an ETag computed from the article (the same on every run),
//!   answered with 304 when it matches `If-None-Match`.
//!
//! It prints `listening on http://ADDR` once it accepts connections (`--addr 127.0.0.1:0`
//! picks a free port; the line says which). Exit status 2 for a bad command line or data.

use std::cell::RefCell;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::{DOCTYPE, Markup, PreEscaped, Render, html};
use newsclip::options::Part;
use newsclip::render::Head;
use newsclip::render::html::{ArticleBody, ArticleView, Related, STYLESHEET};
use newsclip::render::jsonld::JsonLd;
use newsclip::{Article, Envelope, InputError, PreparedArticle, RelatedInput, RenderOptions, Site};

const USAGE: &str = "usage: axum [--addr HOST:PORT] [--data DIR]
  --addr  where to listen (default 127.0.0.1:3000; port 0 picks a free one)
  --data  a folder of {\"site\", \"article\"} JSON files (default: the crate's examples/data)";

/// The site's own CSS: two columns, the sidebar beside the article on wide screens.
const LAYOUT_CSS: &str = ".site{max-width:75rem;margin:0 auto;padding:0 1rem}\
.site-banner{padding-top:1rem;padding-bottom:1rem;font-weight:700}\
.site-columns{display:grid;gap:2rem;grid-template-columns:minmax(0,1fr) 20rem}\
@media (max-width:60rem){.site-columns{grid-template-columns:minmax(0,1fr)}}";

/// A page buffer kept by a worker thread larger than this is let go after the response,
/// so one huge article does not pin its memory for the life of the server.
const KEPT_BUFFER: usize = 1 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (addr, data) = match parse_args(&args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("axum: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let app = match App::load(&data) {
        Ok(app) => Arc::new(app),
        Err(problems) => {
            for problem in problems {
                eprintln!("axum: {problem}");
            }
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("axum: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve(addr, app)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("axum: {addr}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `Ok(None)` for `--help`.
fn parse_args(args: &[String]) -> Result<Option<(SocketAddr, PathBuf)>, String> {
    let mut addr: SocketAddr = ([127, 0, 0, 1], 3000).into();
    let mut data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data"));
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| rest.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--addr" => {
                let given = value("--addr")?;
                addr = given
                    .parse()
                    .map_err(|_| format!("--addr {given:?} is not HOST:PORT (127.0.0.1:3000)"))?;
            }
            "--data" => data = PathBuf::from(value("--data")?),
            "-h" | "--help" => return Ok(None),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Some((addr, data)))
}

async fn serve(addr: SocketAddr, app: Arc<App>) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router(app)).await
}

/// `/`, each article's path and its `.jsonld`, and the 404 page for the rest. `get` answers
/// `HEAD` too; other methods on these paths get 405.
fn router(app: Arc<App>) -> Router {
    let mut router = Router::new().route("/", get(index));
    for (i, story) in app.stories.iter().enumerate() {
        router = router
            .route(
                &story.path,
                get(
                    move |State(app): State<Arc<App>>, headers: HeaderMap| async move {
                        article_page(&app, &app.stories[i], &headers)
                    },
                ),
            )
            .route(
                &format!("{}.jsonld", story.path),
                get(
                    move |State(app): State<Arc<App>>, headers: HeaderMap| async move {
                        json_ld(&app, &app.stories[i], &headers)
                    },
                ),
            );
    }
    router.fallback(not_found).with_state(app)
}

/// What the server keeps for its whole life: the site, the options, the articles.
struct App {
    /// The site the index and the 404 page belong to: the first file's.
    site: Site,
    /// Options for every page; a request clones them to add its nonce.
    options: RenderOptions,
    stories: Vec<Story>,
    /// The 404 page's content: a short text and every story as "More from {site}".
    not_found: Article,
}

/// One article, where it is served and its validators.
struct Story {
    envelope: Envelope,
    /// The path of its canonical URL, where it is served.
    path: String,
    /// Weak: the page carries a fresh nonce each time, so its bytes differ while its
    /// content does not.
    page_etag: String,
    /// Strong: the JSON-LD is the same bytes every time.
    json_ld_etag: String,
}

impl App {
    /// Reads every `*.json` of `dir` (in name order) with the public envelope loader.
    fn load(dir: &Path) -> Result<App, Vec<String>> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| vec![format!("cannot read {}: {e}", dir.display())])?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        let mut problems = Vec::new();
        let mut stories: Vec<Story> = Vec::new();
        // Every route so far: two articles must not share one (axum refuses that).
        let mut taken = vec!["/".to_string()];
        for file in &files {
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(e) => {
                    problems.push(format!("cannot read {}: {e}", file.display()));
                    continue;
                }
            };
            match Envelope::from_json(&text) {
                Ok(envelope) => {
                    let path = url_path(envelope.article.canonical_url().as_str());
                    let json_ld = format!("{path}.jsonld");
                    if taken.contains(&path) || taken.contains(&json_ld) {
                        problems.push(format!(
                            "{}: its canonical path {path} (or {json_ld}) is taken",
                            file.display()
                        ));
                        continue;
                    }
                    taken.extend([path.clone(), json_ld]);
                    stories.push(Story::new(envelope, path));
                }
                // Every problem, each with its path (`article.faq[1].answr: …`).
                Err(InputError::Invalid(invalid)) => problems.extend(
                    invalid
                        .problems()
                        .iter()
                        .map(|p| format!("{}: {}: {}", file.display(), p.path(), p.kind())),
                ),
                Err(other) => problems.push(format!("{}: {other}", file.display())),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let Some(first) = stories.first() else {
            return Err(vec![format!("no .json article files in {}", dir.display())]);
        };
        let site = first.envelope.site.clone();
        let not_found = not_found_article(&site, &stories).map_err(|e| vec![e.to_string()])?;
        Ok(App {
            site,
            options: RenderOptions::default(),
            stories,
            not_found,
        })
    }
}

impl Story {
    fn new(envelope: Envelope, path: String) -> Story {
        // The article as its input JSON, with the crate version (a new version may render
        // differently): the same on every run and every machine.
        let json = serde_json::to_string(&envelope).unwrap_or_default();
        let digest = fnv1a64(&[env!("CARGO_PKG_VERSION").as_bytes(), json.as_bytes()]);
        Story {
            envelope,
            path,
            page_etag: format!("W/\"{digest:016x}\""),
            json_ld_etag: format!("\"{digest:016x}-ld\""),
        }
    }
}

/// The path of an absolute URL: what follows `scheme://host[:port]`, without query or
/// fragment.
fn url_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("/", |start| &after_scheme[start..]);
    let end = path.find(['?', '#']).unwrap_or(path.len());
    path[..end].to_string()
}

/// FNV-1a, 64 bits: a small hash whose value is fixed by its definition (std's hashers
/// may change between Rust releases).
fn fnv1a64(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flat_map(|p| p.iter()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// True when `If-None-Match` lists `etag` (weak comparison, as RFC 9110 asks for GET) or
/// is `*`.
fn matches_etag(headers: &HeaderMap, etag: &str) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_string();
    let ours = opaque(etag);
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| tag.trim() == "*" || opaque(tag) == ours)
}

fn not_modified(etag: &str) -> Response {
    (
        StatusCode::NOT_MODIFIED,
        [
            (header::ETAG, etag.to_string()),
            (header::CACHE_CONTROL, "no-cache".to_string()),
        ],
    )
        .into_response()
}

/// A nonce no client can predict: std's `RandomState` is keyed from the operating
/// system's random source, and hashing a counter with it gives 128 fresh bits a request.
/// (A site with a CSPRNG crate at hand can use that instead.)
fn fresh_nonce() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let keys = RandomState::new();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let half = |salt: u64| {
        let mut h = keys.build_hasher();
        h.write_u64(count);
        h.write_u64(salt);
        h.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

/// The CSP of every HTML page: nothing but the page's own nonce-carrying `<style>` and
/// images over HTTPS. (The JSON-LD `<script>` is a data block, never run; it carries the
/// nonce for policies that list it all the same.)
fn csp(nonce: &str) -> String {
    format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; img-src https: data:; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
}

thread_local! {
    /// The page buffer of this worker thread: it keeps its capacity between requests, so
    /// a page is written without growing a fresh string and handed out in one copy of its
    /// exact size.
    static PAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Writes a page into this thread's buffer and returns a copy for the response.
fn render_page(write: impl FnOnce(&mut String)) -> Markup {
    PAGE.with_borrow_mut(|buffer| {
        buffer.clear();
        write(buffer);
        let page = buffer.clone();
        if buffer.capacity() > KEPT_BUFFER {
            *buffer = String::new();
        }
        PreEscaped(page)
    })
}

fn html_response(status: StatusCode, nonce: &str, etag: Option<&str>, page: Markup) -> Response {
    // maud's `axum` feature: `Markup` is a `text/html; charset=utf-8` response.
    let mut response = (status, page).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // The nonce is hex, so the policy is a valid header value.
    if let Ok(policy) = HeaderValue::from_str(&csp(nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    if let Some(etag) = etag.and_then(|e| HeaderValue::from_str(e).ok()) {
        headers.insert(header::ETAG, etag);
    }
    response
}

/// The site's page: banner, a main column and a sidebar. The wrapping tags are written
/// around the parts so that the large ones (the article) go straight into the buffer.
struct SitePage<'a> {
    site: &'a Site,
    /// [`Classes::page`](newsclip::options::Classes::page).
    body_class: &'a str,
    lang: &'a str,
    nonce: &'a str,
    head: &'a dyn Render,
    main: &'a [&'a dyn Render],
    aside: &'a [&'a dyn Render],
}

impl Render for SitePage<'_> {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(DOCTYPE.0);
        buffer.push_str("<html lang=\"");
        self.lang.render_to(buffer);
        buffer.push_str("\">");
        html! {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                (self.head)
                style nonce=(self.nonce) { (PreEscaped(STYLESHEET)) (PreEscaped(LAYOUT_CSS)) }
            }
        }
        .render_to(buffer);
        // The crate's stylesheet styles the page through this class.
        buffer.push_str("<body class=\"");
        self.body_class.render_to(buffer);
        buffer.push_str("\">");
        html! { header.site.site-banner { a href="/" { (self.site.name()) } } }.render_to(buffer);
        buffer.push_str(r#"<div class="site site-columns"><main>"#);
        for part in self.main {
            part.render_to(buffer);
        }
        buffer.push_str("</main><aside>");
        for part in self.aside {
            part.render_to(buffer);
        }
        buffer.push_str("</aside></div></body></html>");
    }
}

/// `GET /`: every article, linked.
async fn index(State(app): State<Arc<App>>) -> Response {
    let nonce = fresh_nonce();
    let head = html! { title { (app.site.name()) } };
    let list = html! {
        h1 { "Latest stories" }
        ul {
            @for story in &app.stories {
                @let article = &story.envelope.article;
                li {
                    a href=(story.path) { (article.headline()) }
                    " "
                    small { (article.section().name()) " · " a href={ (story.path) ".jsonld" } { "JSON-LD" } }
                    @if let Some(dek) = article.description() { p { (dek) } }
                }
            }
        }
    };
    let page = render_page(|buffer| {
        SitePage {
            site: &app.site,
            body_class: &app.options.classes.page,
            lang: app.site.language().as_str(),
            nonce: &nonce,
            head: &head,
            main: &[&list],
            aside: &[],
        }
        .render_to(buffer)
    });
    html_response(StatusCode::OK, &nonce, None, page)
}

/// An article page: 304 when the client has it, else the site's layout around ONE
/// prepared article.
fn article_page(app: &App, story: &Story, headers: &HeaderMap) -> Response {
    if matches_etag(headers, &story.page_etag) {
        return not_modified(&story.page_etag);
    }
    let nonce = fresh_nonce();
    let mut options = app.options.clone();
    options.csp_nonce = Some(nonce.clone());
    let Envelope { site, article } = &story.envelope;
    let prepared = PreparedArticle::new(article, site, &options);
    // The sidebar's parts are taken out of the article, so each is on the page once.
    let (article_view, [toc, key_facts, related]) =
        ArticleView::new(&prepared).split_off([Part::Toc, Part::KeyFacts, Part::Related]);
    let page = render_page(|buffer| {
        SitePage {
            site,
            body_class: &options.classes.page,
            lang: prepared.language().as_str(),
            nonce: &nonce,
            head: &Head::new(&prepared),
            main: &[&article_view],
            aside: &[&toc, &key_facts, &related],
        }
        .render_to(buffer)
    });
    html_response(StatusCode::OK, &nonce, Some(&story.page_etag), page)
}

/// An article's JSON-LD graph.
fn json_ld(app: &App, story: &Story, headers: &HeaderMap) -> Response {
    if matches_etag(headers, &story.json_ld_etag) {
        return not_modified(&story.json_ld_etag);
    }
    let prepared =
        PreparedArticle::new(&story.envelope.article, &story.envelope.site, &app.options);
    (
        [
            (header::CONTENT_TYPE, "application/ld+json".to_string()),
            (header::ETAG, story.json_ld_etag.clone()),
            (header::CACHE_CONTROL, "no-cache".to_string()),
        ],
        JsonLd::new(&prepared).to_json_pretty(),
    )
        .into_response()
}

/// Any other path: 404, with the body and "More from …" components of the not-found
/// article (every story as related) in the site's layout.
async fn not_found(State(app): State<Arc<App>>, uri: Uri) -> Response {
    let nonce = fresh_nonce();
    let mut options = app.options.clone();
    options.csp_nonce = Some(nonce.clone());
    let prepared = PreparedArticle::new(&app.not_found, &app.site, &options);
    let head = html! {
        title { "Page not found | " (app.site.name()) }
        meta name="robots" content="noindex";
    };
    // The path is shown as text: maud escapes it.
    let heading =
        html! { h1 { "Page not found" } p { "Nothing lives at " code { (uri.path()) } "." } };
    let page = render_page(|buffer| {
        SitePage {
            site: &app.site,
            body_class: &app.options.classes.page,
            lang: prepared.language().as_str(),
            nonce: &nonce,
            head: &head,
            main: &[
                &heading,
                &ArticleBody::new(&prepared),
                &Related::new(&prepared),
            ],
            aside: &[],
        }
        .render_to(buffer)
    });
    html_response(StatusCode::NOT_FOUND, &nonce, None, page)
}

/// The 404 page's article: never served as an article, only read by its components.
fn not_found_article(site: &Site, stories: &[Story]) -> Result<Article, newsclip::ValidationError> {
    let canonical = format!("{}404", site.base_url().as_str());
    let newest = stories
        .iter()
        .map(|s| *s.envelope.article.published())
        .max()
        .map_or_else(|| "2026-01-01".to_string(), |d| d.to_string());
    let mut builder = Article::builder("Page not found", canonical, newest)
        .section(site.name())
        .body("The stories below are on the site.");
    for story in stories {
        let article = &story.envelope.article;
        builder = builder.related(RelatedInput {
            headline: article.headline().to_string(),
            url: story.path.clone(),
            published: Some(article.published().to_string()),
            ..RelatedInput::default()
        });
    }
    builder.build()
}
