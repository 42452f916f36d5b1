//! Which source heading level is the body's top level.
//!
//! Writers put article sections under `#` or under `##` (knowing the headline is the h1), and
//! CMSs send `<h2>` as often as `<h1>`. The body's shallowest heading renders at the base level
//! and deeper ones keep their distance from it, so both conventions give h2 sections under the
//! headline and no level is ever skipped on the way down.

/// The shallowest heading level (1–6) in sanitized HTML, or 1 when there is none.
///
/// Exact: ammonia's output writes tags in lowercase and escapes every `<` in text.
pub(super) fn top_level_html(html: &str) -> u8 {
    let bytes = html.as_bytes();
    let mut top = 6u8;
    let mut found = false;
    for (i, _) in html.match_indices("<h") {
        if let Some(&d) = bytes.get(i + 2)
            && (b'1'..=b'6').contains(&d)
        {
            found = true;
            top = top.min(d - b'0');
            if top == 1 {
                break;
            }
        }
    }
    if found { top } else { 1 }
}

/// The shallowest ATX (`## x`) or setext (`x` over `===`/`---`) heading level in Markdown, or
/// 1 when there is none.
///
/// A line scan, not a parse (the body is parsed once, later): it skips fenced and indented
/// code and looks through block-quote markers. Where it guesses wrong the only effect is a
/// different shift; the body still never renders an h1.
pub(super) fn top_level_markdown(src: &str) -> u8 {
    let mut top = 6u8;
    let mut found = false;
    let mut fence: Option<(u8, usize)> = None;
    let mut previous_is_text = false;
    for raw_line in src.lines() {
        let (line, indent) = strip_indent(raw_line);
        if let Some((ch, len)) = fence {
            if indent < 4
                && run_of(line, ch) >= len
                && line.trim_start_matches(ch as char).trim().is_empty()
            {
                fence = None;
            }
            previous_is_text = false;
            continue;
        }
        if indent >= 4 {
            // Indented code, or a lazy continuation; neither starts a heading.
            continue;
        }
        let line = strip_quote_markers(line);
        for ch in [b'`', b'~'] {
            let n = run_of(line, ch);
            if n >= 3 {
                fence = Some((ch, n));
            }
        }
        if fence.is_some() {
            previous_is_text = false;
            continue;
        }
        let hashes = run_of(line, b'#');
        let level = if (1..=6).contains(&hashes)
            && line[hashes..]
                .chars()
                .next()
                .is_none_or(|c| c == ' ' || c == '\t')
        {
            Some(hashes as u8)
        } else if previous_is_text && is_underline(line, b'=') {
            Some(1)
        } else if previous_is_text && is_underline(line, b'-') {
            Some(2)
        } else {
            None
        };
        if let Some(l) = level {
            found = true;
            top = top.min(l);
            if top == 1 {
                break;
            }
        }
        previous_is_text = level.is_none() && !line.trim().is_empty();
    }
    if found { top } else { 1 }
}

fn strip_indent(line: &str) -> (&str, usize) {
    let mut width = 0;
    for (i, c) in line.char_indices() {
        match c {
            ' ' => width += 1,
            '\t' => width += 4 - width % 4,
            _ => return (&line[i..], width),
        }
    }
    ("", width)
}

fn strip_quote_markers(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start_matches([' ', '\t']);
    }
    line
}

fn run_of(line: &str, ch: u8) -> usize {
    line.bytes().take_while(|&b| b == ch).count()
}

fn is_underline(line: &str, ch: u8) -> bool {
    let t = line.trim_end();
    !t.is_empty() && t.bytes().all(|b| b == ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_top_levels() {
        assert_eq!(top_level_markdown("## A\n\ntext\n\n### B\n"), 2);
        assert_eq!(top_level_markdown("# A\n## B\n"), 1);
        assert_eq!(top_level_markdown("no headings"), 1);
        assert_eq!(top_level_markdown("```\n# not a heading\n```\n### C\n"), 3);
        assert_eq!(top_level_markdown("    # indented code\n\n## D\n"), 2);
        assert_eq!(top_level_markdown("> ## quoted\n\n### E\n"), 2);
        assert_eq!(top_level_markdown("Title\n-----\n\n### F\n"), 2);
        assert_eq!(top_level_markdown("Title\n=====\n"), 1);
        assert_eq!(top_level_markdown("#hashtag\n\n## G\n"), 2);
        assert_eq!(top_level_markdown("text\n\n---\n\n### H\n"), 3);
    }

    #[test]
    fn html_top_levels() {
        assert_eq!(top_level_html("<h2>a</h2><h3>b</h3>"), 2);
        assert_eq!(top_level_html("<p>&lt;h1&gt;</p><h4>x</h4>"), 4);
        assert_eq!(top_level_html("<header>x</header>"), 1);
    }
}
