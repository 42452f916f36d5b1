//! One link policy for every link from content: a link gets `rel` (and `target` when asked)
//! exactly when the URL written in its `href` — as the browser reads it — leads to another
//! host, in HTML bodies, in Markdown bodies (with or without raw HTML) and in answers.

#[path = "support/bodies.rs"]
mod bodies;

use bodies::*;
use newsclip::RenderOptions;
use newsclip::sanitize::render_inline_markdown;
use proptest::prelude::*;

/// The reference: WHATWG resolution (the `url` crate) of the written `href` against the site,
/// read plainly. Leaves when it resolves to an http(s) URL on another host, or fails to parse.
fn leaves(href: &str) -> bool {
    let site = site_url();
    match site.join(href) {
        Ok(url) => matches!(url.scheme(), "http" | "https") && url.host_str() != site.host_str(),
        Err(_) => true,
    }
}

/// Every link of some HTML: its `href` as the browser reads it, and whether it has the rel.
fn links(html: &str) -> Vec<(String, bool)> {
    let doc = scraper::Html::parse_fragment(html);
    let sel = scraper::Selector::parse("a[href]").expect("selector");
    doc.select(&sel)
        .map(|a| {
            let v = a.value();
            let rel = v.attr("rel") == Some("noopener noreferrer");
            (v.attr("href").unwrap_or_default().to_owned(), rel)
        })
        .collect()
}

/// Checks every link of `html` against the reference; returns how many leave.
fn check(html: &str) -> Result<usize, String> {
    let mut leaving = 0;
    for (href, rel) in links(html) {
        let expected = leaves(&href);
        if rel != expected {
            return Err(format!("{href:?}: rel {rel}, leaves {expected}, in {html}"));
        }
        leaving += usize::from(expected);
    }
    Ok(leaving)
}

/// The spellings of the issue: each resolves to `evil.example` in a browser.
const SPELLINGS: &[&str] = &[
    "http:evil.example/",
    "https:\\\\evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "HTTP://evil.example/",
    "HtTpS://evil.example/",
    "http:/\\/evil.example/",
    "HTTP:evil.example/x",
    "https:/\\evil.example/",
    "//evil.example/",
    "https://newsclip.example.evil.example/",
];

#[test]
fn every_spelling_gets_the_rel_in_html_bodies() {
    for spelling in SPELLINGS {
        assert!(leaves(spelling), "{spelling}");
        let body = html(&format!("<p><a href=\"{spelling}\">x</a></p>"));
        let found = links(body.html().as_str());
        assert_eq!(found.len(), 1, "{spelling}: {}", body.html().as_str());
        assert!(found[0].1, "{spelling}: {}", body.html().as_str());
        assert!(leaves(&found[0].0), "{spelling}: written {:?}", found[0].0);
    }
}

#[test]
fn every_spelling_gets_the_rel_in_markdown_and_answers() {
    let site = site_url();
    let opts = RenderOptions::default();
    for spelling in SPELLINGS {
        // Backslashes doubled: Markdown reads `\\` as one.
        let dest = spelling.replace('\\', "\\\\");
        for src in [format!("[x]({dest})"), format!("[x](<{dest}>)")] {
            let written = [
                md(&src).html().as_str().to_owned(),
                md(&format!("{src} <b>raw</b>")).html().as_str().to_owned(),
                render_inline_markdown(&src, &site, &opts).into_string(),
            ];
            for html in written {
                assert_eq!(check(&html), Ok(1), "{spelling}: {html}");
            }
        }
    }
}

/// The autolink shows `newsclip.example` and is written with its backslash, which browsers
/// read as the end of the host: it goes where it says, so it needs no rel. (Judged on what is
/// written, not on what was parsed.)
#[test]
fn links_are_judged_on_what_is_written() {
    let site = site_url();
    let src = "<https://newsclip.example\\@evil.example/>";
    for html in [
        md(src).html().as_str().to_owned(),
        render_inline_markdown(src, &site, &RenderOptions::default()).into_string(),
    ] {
        assert_eq!(
            links(&html),
            [("https://newsclip.example\\@evil.example/".to_owned(), false)],
            "{html}"
        );
        assert!(!leaves("https://newsclip.example\\@evil.example/"));
    }
    // Percent-encoded, the same text leads to evil.example, and gets the rel.
    let body = md("[x](https://newsclip.example%5C@evil.example/)");
    assert_eq!(check(body.html().as_str()), Ok(1));
    // Non-ASCII and quotes are percent-encoded; the host as written decides.
    let body = html("<a href=\"https://newsclip.example/K\u{f6}ln?q=&quot;x&quot;\">k</a>");
    assert_eq!(
        links(body.html().as_str()),
        [(
            "https://newsclip.example/K%C3%B6ln?q=%22x%22".to_owned(),
            false
        )]
    );
}

/// Pieces of URL spellings: schemes in any case, slashes and backslashes, user info, hosts
/// (the site's, others, lookalikes, IPs, punycode), ports, paths, encodings.
fn spelling() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec![
        "", "http:", "https:", "HTTP:", "HtTpS:", "mailto:", "ftp:", "h:", "http", "Https:",
    ]);
    let slashes = prop::sample::select(vec![
        "", "/", "//", "///", "\\", "\\\\", "/\\", "\\/", "/\\/", "%2F%2F", "%5C", "/%5C",
    ]);
    let userinfo = prop::sample::select(vec![
        "",
        "user@",
        "newsclip.example@",
        "a:b@",
        "@",
        "newsclip.example%40",
    ]);
    let host = prop::sample::select(vec![
        "",
        "newsclip.example",
        "NEWSCLIP.EXAMPLE",
        "newsclip.example.",
        "evil.example",
        "newsclip.example.evil.example",
        "127.0.0.1",
        "0x7f.1",
        "xn--bcher-kva.example",
        "b\u{fc}cher.example",
        "newsclip.example:8080",
        "newsclip.example:99999",
        "[::1]",
        "news\u{ad}clip.example",
    ]);
    let tail = prop::sample::select(vec![
        "",
        "/",
        "/a",
        "/a/b?c=d#e",
        "?q",
        "#f",
        "\\x",
        "@evil.example/",
        "\\@evil.example/",
        "/./../x",
        "%40evil.example",
    ]);
    (scheme, slashes, userinfo, host, tail).prop_map(|(a, b, c, d, e)| format!("{a}{b}{c}{d}{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Whatever the spelling and wherever it appears, a written link has the rel exactly when
    /// the `url` crate resolves its `href` to another host.
    #[test]
    fn rel_exactly_when_the_written_url_leaves(s in spelling()) {
        let site = site_url();
        let opts = RenderOptions::default();
        let attr = s.replace('&', "&amp;").replace('"', "&quot;");
        let dest = s.replace('\\', "\\\\").replace('<', "\\<").replace('>', "\\>");
        let written = [
            html(&format!("<a href=\"{attr}\">x</a>")).html().as_str().to_owned(),
            md(&format!("[x](<{dest}>)")).html().as_str().to_owned(),
            md(&format!("[x](<{dest}>) <i>raw</i>")).html().as_str().to_owned(),
            render_inline_markdown(&format!("[x](<{dest}>)"), &site, &opts).into_string(),
        ];
        for html in written {
            prop_assert!(check(&html).is_ok(), "{:?}", check(&html));
        }
    }
}
