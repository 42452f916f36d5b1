//! The optional stylesheet, for any class names.

use crate::options::Classes;

/// The stylesheet for the default `nc-` classes ([`stylesheet`] writes it for any others): a
/// clean, responsive news article page with a light and a dark scheme
/// (`prefers-color-scheme`), system fonts only, no external assets, and text contrast of at
/// least 4.5:1 (WCAG AA) in both schemes. Nothing requires it; [`Page`](super::Page) inlines
/// it.
///
/// It is written in logical properties (`border-inline-start`, `padding-inline-end`,
/// `inset-inline-end`, `text-align: start`), so the one stylesheet lays out left-to-right
/// and right-to-left pages alike: on an Arabic page, quote bars, list markers and the FAQ's
/// `+` sit on the right. Letter spacing and synthetic italics, which break cursive joining,
/// are turned off for Arabic-script languages.
///
/// ```
/// use newsclip::render::html::STYLESHEET;
///
/// assert!(STYLESHEET.contains("prefers-color-scheme: dark"));
/// assert!(STYLESHEET.contains("border-inline-start:"));
/// assert!(!STYLESHEET.contains("left") && !STYLESHEET.contains("right"));
/// assert!(!STYLESHEET.contains("url("));
/// ```
pub const STYLESHEET: &str = r#":root{color-scheme:light dark;--nc-bg:#ffffff;--nc-fg:#1b1d21;--nc-muted:#545861;--nc-line:#d9dce1;--nc-panel:#f3f4f6;--nc-accent:#b0221b;--nc-link:#0a58b0;--nc-card-bg:#15304f;--nc-card-fg:#ffffff;--nc-card-muted:#c9d6e6;--nc-focus:#0a58b0;--nc-serif:Georgia,"Times New Roman",Times,serif;--nc-sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
@media (prefers-color-scheme: dark){:root{--nc-bg:#121418;--nc-fg:#e9eaec;--nc-muted:#a9aeb8;--nc-line:#343842;--nc-panel:#1c1f25;--nc-accent:#ff8f85;--nc-link:#8cbcff;--nc-card-bg:#1d3554;--nc-card-fg:#ffffff;--nc-card-muted:#c9d6e6;--nc-focus:#8cbcff}}
*,*::before,*::after{box-sizing:border-box}
.nc-page{margin:0;background:var(--nc-bg);color:var(--nc-fg);font-family:var(--nc-sans);line-height:1.55;-webkit-text-size-adjust:100%}
.nc-site-header{border-bottom:3px solid var(--nc-accent);padding:.9rem 1.25rem}
.nc-site-name{font-family:var(--nc-serif);font-size:1.6rem;font-weight:700;color:var(--nc-fg);text-decoration:none;letter-spacing:-.01em}
.nc-main{padding:0 1.25rem 4rem}
.nc-article{max-width:46rem;margin:0 auto;color:var(--nc-fg);background:var(--nc-bg)}
.nc-article a[href]{color:var(--nc-link);text-underline-offset:.15em}
.nc-article a[href]:hover{text-decoration-thickness:2px}
.nc-article :focus-visible,.nc-site-name:focus-visible{outline:3px solid var(--nc-focus);outline-offset:2px;border-radius:2px}
.nc-header{padding-top:2rem}
.nc-section-label{margin:0 0 .5rem;font-size:.8rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--nc-accent)}
.nc-section-label a[href]{color:inherit;text-decoration:none}
.nc-section-label a[href]:hover{text-decoration:underline}
.nc-headline{margin:0 0 .75rem;font-family:var(--nc-serif);font-size:clamp(1.8rem,4.5vw,2.75rem);line-height:1.15;letter-spacing:-.015em;overflow-wrap:break-word}
.nc-dek{margin:0 0 1rem;font-family:var(--nc-serif);font-size:1.25rem;line-height:1.4;color:var(--nc-muted)}
.nc-byline,.nc-dateline,.nc-counts{margin:.25rem 0;font-size:.9rem;color:var(--nc-muted)}
.nc-byline .nc-author{color:var(--nc-fg);font-weight:600}
.nc-byline a.nc-author{color:var(--nc-link)}
.nc-dateline time{color:var(--nc-fg)}
.nc-sep{padding:0 .15rem}
.nc-tags ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:1rem 0;padding:0}
.nc-tags .nc-tag{display:inline-block;padding:.2rem .7rem;border:1px solid var(--nc-line);border-radius:999px;background:var(--nc-panel);font-size:.85rem;font-weight:600;text-decoration:none}
.nc-tags a.nc-tag:hover{border-color:var(--nc-link)}
.nc-hero{margin:1.5rem 0}
.nc-hero img{display:block;width:100%;height:auto;border-radius:6px;background:var(--nc-panel)}
.nc-hero figcaption{margin-top:.5rem;font-size:.85rem;color:var(--nc-muted)}
.nc-credit{font-size:inherit}
.nc-hero-card{display:flex;flex-direction:column;justify-content:flex-end;gap:.5rem;min-height:14rem;padding:1.75rem;border-radius:6px;background:var(--nc-card-bg);box-shadow:inset 0 -.35rem 0 var(--nc-accent);color:var(--nc-card-fg)}
.nc-hero-card span:first-child{font-size:.8rem;font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:var(--nc-card-muted)}
.nc-hero-card span:last-child{font-family:var(--nc-serif);font-size:clamp(1.3rem,3.5vw,2rem);line-height:1.2;font-weight:700}
.nc-toc{margin:1.5rem 0;padding:1rem 1.25rem;border-inline-start:4px solid var(--nc-line);background:var(--nc-panel)}
.nc-toc ol{margin:.25rem 0;padding-inline-start:1.25rem}
.nc-body{font-family:var(--nc-serif);font-size:1.15rem;line-height:1.7}
.nc-body h2,.nc-body h3,.nc-body h4{font-family:var(--nc-sans);line-height:1.25;margin:2.2rem 0 .6rem}
.nc-body h2{font-size:1.45rem}
.nc-body h3{font-size:1.2rem}
.nc-body p{margin:0 0 1.1rem}
.nc-body blockquote{margin:1.75rem 0;padding-block:.25rem;padding-inline:1.25rem 0;border-inline-start:4px solid var(--nc-accent);font-size:1.3rem;font-style:italic;line-height:1.5}
.nc-body blockquote p{margin:0}
.nc-body ul,.nc-body ol{margin:0 0 1.2rem;padding-inline-start:1.5rem}
.nc-body li{margin:.4rem 0}
.nc-body img{max-width:100%;height:auto}
.nc-body figure{margin:1.75rem 0}
.nc-body figcaption{margin-top:.4rem;font-family:var(--nc-sans);font-size:.85rem;color:var(--nc-muted)}
.nc-body pre{overflow-x:auto;padding:1rem;background:var(--nc-panel);font-size:.9rem}
.nc-body table{border-collapse:collapse;width:100%;font-family:var(--nc-sans);font-size:.95rem}
.nc-body th,.nc-body td{border:1px solid var(--nc-line);padding:.4rem .6rem;text-align:start}
.nc-lead-dateline{font-family:var(--nc-sans);font-size:.9em;font-weight:700;letter-spacing:.03em}
.nc-corrections{margin:2.25rem 0;padding:1rem 1.25rem;border-radius:6px;background:var(--nc-panel);border-inline-start:4px solid var(--nc-muted);font-size:.95rem}
.nc-corrections .nc-section-title{font-size:1.1rem;margin-bottom:.5rem}
.nc-corrections ul{list-style:none;margin:0;padding:0}
.nc-correction{margin:.35rem 0}
.nc-correction time{font-weight:700}
.nc-key-facts,.nc-background,.nc-quick-answers,.nc-faq,.nc-sources,.nc-comments,.nc-related{margin:2.25rem 0}
.nc-section-title{margin:0 0 .9rem;font-size:1.3rem;line-height:1.25}
.nc-key-facts,.nc-background{padding:1.25rem 1.5rem;border-radius:6px;background:var(--nc-panel);border-inline-start:4px solid var(--nc-accent)}
.nc-key-facts dl{margin:0}
.nc-key-facts dl>div{padding:.45rem 0;border-top:1px solid var(--nc-line)}
.nc-key-facts dl>div:first-child{border-top:0;padding-top:0}
.nc-key-facts dt{display:inline;font-weight:700}
.nc-key-facts dt::after{content:": "}
.nc-key-facts dd{display:inline;margin:0}
.nc-background p{margin:0}
.nc-qa{border-top:1px solid var(--nc-line)}
.nc-qa:last-child{border-bottom:1px solid var(--nc-line)}
.nc-qa .nc-question{margin:0;padding:.8rem 0;font-size:1.05rem;font-weight:700;line-height:1.35}
details.nc-qa>summary{cursor:pointer;padding-inline-end:1.5rem;position:relative;list-style:none}
details.nc-qa>summary::-webkit-details-marker{display:none}
details.nc-qa>summary::after{content:"+";position:absolute;inset-inline-end:.25rem;top:.7rem;font-size:1.25rem;font-weight:400;color:var(--nc-muted)}
details.nc-qa[open]>summary::after{content:"\2212"}
.nc-answer{padding:0 0 .9rem}
.nc-sources ul,.nc-related ul{list-style:none;margin:0;padding:0}
.nc-sources li{margin:.35rem 0;overflow-wrap:anywhere}
.nc-publisher{color:var(--nc-muted)}
.nc-publisher::before{content:"\2014\00a0"}
.nc-comments{padding-top:1.5rem;border-top:2px solid var(--nc-fg)}
.nc-comments-count{display:inline-block;min-width:1.6em;margin-inline-start:.25rem;padding:0 .45em;border-radius:999px;background:var(--nc-panel);border:1px solid var(--nc-line);font-size:.85em;text-align:center}
.nc-comments-slot:empty{display:none}
.nc-sign-in{margin:.5rem 0 1rem;color:var(--nc-muted)}
.nc-sign-in a{font-weight:600}
.nc-comments-loading{margin:0;color:var(--nc-muted);font-style:italic}
.nc-related{padding-top:1.5rem;border-top:2px solid var(--nc-fg)}
.nc-related ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:1.25rem}
.nc-related li a[href]{display:block;text-decoration:none;color:var(--nc-fg)}
.nc-related li a:hover .nc-related-headline{text-decoration:underline}
.nc-related img{display:block;width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;margin-bottom:.5rem;border-radius:4px;background:var(--nc-panel)}
.nc-related-headline{display:block;font-family:var(--nc-serif);font-weight:700;line-height:1.3}
.nc-related-date{display:block;margin-top:.25rem;font-size:.85rem;color:var(--nc-muted)}
:is(:lang(ar),:lang(fa),:lang(ur),:lang(ps),:lang(sd),:lang(ckb),:lang(ug),:lang(ks),:lang(syr),:lang(dv)) :is(.nc-site-name,.nc-section-label,.nc-headline,.nc-hero-card span,.nc-lead-dateline){letter-spacing:0}
:is(:lang(ar),:lang(fa),:lang(ur),:lang(ps),:lang(sd),:lang(ckb),:lang(ug),:lang(ks),:lang(syr),:lang(dv)) :is(.nc-body blockquote,.nc-comments-loading){font-style:normal}
@media (max-width:40rem){.nc-body{font-size:1.05rem}.nc-key-facts,.nc-background{padding:1rem}.nc-hero-card{min-height:10rem;padding:1.25rem}}
@media print{.nc-site-header,.nc-comments,.nc-related{display:none}details.nc-qa>summary::after{content:none}}
"#;

/// The stylesheet for `classes`: [`STYLESHEET`] with each `.nc-{part}` selector written for
/// the class in effect for that part ([`Classes`] lists them). Class names are escaped as
/// CSS identifiers, so no class can end the `<style>` element or add a rule; a class with
/// spaces (several classes) becomes a compound selector, and an empty one a selector that
/// matches nothing. The colour custom properties keep their `--nc-` names: override them to
/// theme the page.
///
/// ```
/// use newsclip::options::Classes;
/// use newsclip::render::html::{STYLESHEET, stylesheet};
///
/// assert_eq!(stylesheet(&Classes::default()), STYLESHEET);
///
/// let mut classes = Classes::with_prefix("news-");
/// classes.faq = "faq box".into();
/// let css = stylesheet(&classes);
/// assert!(css.contains(".news-key-facts dl{margin:0}"));
/// assert!(css.contains(".faq.box,"));
/// assert!(!css.contains(".nc-"));
/// ```
pub fn stylesheet(classes: &Classes) -> String {
    let mut css = String::with_capacity(STYLESHEET.len() + 512);
    stylesheet_to(classes, &mut css);
    css
}

/// [`stylesheet`], written into `out`.
pub(crate) fn stylesheet_to(classes: &Classes, out: &mut String) {
    const MARK: &str = ".nc-";
    // Most pages keep the default classes: the stylesheet is then written as it is.
    if classes
        .iter()
        .all(|(part, class)| class.strip_prefix("nc-") == Some(part))
    {
        out.push_str(STYLESHEET);
        return;
    }
    let mut rest = STYLESHEET;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MARK.len()..];
        let len = after
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
            .count();
        let part = &after[..len];
        match classes.iter().find(|(name, _)| *name == part) {
            Some((_, class)) => class_selector(class, out),
            // Every `.nc-` selector names a part (a test checks); anything else stays.
            None => out.push_str(&rest[at..at + MARK.len() + len]),
        }
        rest = &after[len..];
    }
    out.push_str(rest);
}

/// The CSS selector of the elements a class attribute `class` is written on: `.a` for `a`,
/// `.a.b` for `a b` (escaped as CSS identifiers); `None` when it holds no class name.
pub(crate) fn selector_of(class: &str) -> Option<String> {
    let mut out = String::with_capacity(class.len() + 2);
    class_selector(class, &mut out);
    (out != ":not(*)").then_some(out)
}

/// `.a` for the class `a`, `.a.b` for `a b`, `:not(*)` for none.
fn class_selector(class: &str, out: &mut String) {
    let mut any = false;
    for name in class.split_ascii_whitespace() {
        any = true;
        out.push('.');
        css_identifier(name, out);
    }
    if !any {
        out.push_str(":not(*)");
    }
}

/// Writes `name` as a CSS identifier (as `CSS.escape` does): letters, digits, `-`, `_` and
/// non-ASCII characters as they are; any other ASCII character, a leading digit and a digit
/// after a leading `-` as a hexadecimal escape (`\3c `), so the output never holds `<`, `>`,
/// quotes, braces or `;`; a lone `-` escaped; NUL as U+FFFD.
fn css_identifier(name: &str, out: &mut String) {
    use std::fmt::Write as _;
    let lone_dash = name == "-";
    for (i, c) in name.chars().enumerate() {
        let leading_digit = c.is_ascii_digit() && (i == 0 || (i == 1 && name.starts_with('-')));
        if c == '\0' {
            out.push('\u{fffd}');
        } else if lone_dash {
            out.push_str("\\-");
        } else if leading_digit
            || !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii())
        {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_selector_names_a_part() {
        let mut rest = STYLESHEET;
        let mut seen = 0;
        while let Some(at) = rest.find(".nc-") {
            let after = &rest[at + 4..];
            let len = after
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
                .count();
            assert!(Classes::PARTS.contains(&&after[..len]), "{}", &after[..len]);
            seen += 1;
            rest = &after[len..];
        }
        assert!(seen > 80, "{seen}");
        let other = stylesheet(&Classes::with_prefix("x-"));
        assert!(!other.contains(".nc-"));
        assert_eq!(other.matches(".x-").count(), seen);
    }

    #[test]
    fn no_physical_left_or_right_is_left() {
        // Property names (`border-left`, `padding-right`, `left`, `right`) and values
        // (`text-align: left`, `float: right`) alike.
        for word in ["left", "right"] {
            assert!(!STYLESHEET.contains(word), "{word}");
        }
        for logical in [
            "border-inline-start:",
            "padding-inline-start:",
            "padding-inline-end:",
            "inset-inline-end:",
            "margin-inline-start:",
            "text-align:start",
        ] {
            assert!(STYLESHEET.contains(logical), "{logical}");
        }
    }

    #[test]
    fn hostile_class_names_stay_identifiers() {
        let classes = Classes {
            faq: "</style><script>alert(1)</script>".into(),
            dek: "1st -2nd - a;b{} \"q\" \0".into(),
            body: "   ".into(),
            toc: "ünï_cödé".into(),
            ..Classes::default()
        };
        let css = stylesheet(&classes);
        // The sheet's own `>` are child combinators; no `<` can reach the `<style>`.
        assert!(!css.contains('<'));
        assert_eq!(css.matches('>').count(), STYLESHEET.matches('>').count());
        assert!(css.contains(
            ".\\3c \\2f style\\3e \\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e "
        ));
        assert!(css.contains(".\\31 st.-\\32 nd.\\-.a\\3b b\\7b \\7d .\\22 q\\22 .\u{fffd}{"));
        assert!(css.contains(":not(*) p{margin:0 0 1.1rem}"));
        assert!(css.contains(".ünï_cödé{"));
        // The rest of the sheet is untouched: as many rules as before.
        assert_eq!(css.matches('{').count(), STYLESHEET.matches('{').count());
        assert_eq!(css.matches('}').count(), STYLESHEET.matches('}').count());
    }
}
