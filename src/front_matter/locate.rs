//! The file line of a problem's field path (`article.faq[2].answer`) in the front matter.

use super::tree::{Node, Value};

/// The line of the deepest part of `path` the front matter holds: the key's line for a
/// field, the element's for an index, and for a field that is not there (a missing required
/// field) the line of the map it belongs in. `.` is the top level.
pub(crate) fn line_of(root: &Node<'_>, path: &str) -> usize {
    let mut node = root;
    let mut line = root.line;
    let mut rest = if path == "." { "" } else { path };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let Some(close) = after.find(']') else { break };
            let index: Option<usize> = after[..close].parse().ok();
            let Value::Seq(items) = &node.value else {
                break;
            };
            let Some(item) = index.and_then(|i| items.get(i)) else {
                break;
            };
            node = item;
            line = item.line;
            rest = &after[close + 1..];
        } else {
            let field = rest.strip_prefix('.').unwrap_or(rest);
            // The longest key that the path continues from (a key may itself hold `.` or
            // `[`); of keys given more than once, the first.
            let Some(entry) = node
                .entries()
                .iter()
                .filter(|e| {
                    field
                        .strip_prefix(e.key.as_ref())
                        .is_some_and(|after| after.is_empty() || after.starts_with(['.', '[']))
                })
                .rev()
                .max_by_key(|e| e.key.len())
            else {
                break;
            };
            node = &entry.value;
            line = entry.key_line;
            rest = &field[entry.key.len()..];
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front_matter::yaml;

    #[test]
    fn lines_of_paths() {
        let yaml = "\
headline: H
faq:
  - question: Q
    answer: ''
  - question: R
a.b: 1
section:
  url: /s
";
        let root = yaml::parse(yaml, 2, 1).unwrap();
        for (path, line) in [
            (".", 1),
            ("headline", 2),
            ("faq", 3),
            ("faq[0]", 4),
            ("faq[0].answer", 5),
            ("faq[1].answer", 6),
            ("faq[7].answer", 3),
            ("a.b", 7),
            ("section.name", 8),
            ("section.url", 9),
            ("published", 1),
            ("headline[0]", 2),
            ("faq[x]", 3),
            ("faq[", 3),
        ] {
            assert_eq!(line_of(&root, path), line, "{path}");
        }
    }

    #[test]
    fn a_key_given_twice_is_at_its_first_line() {
        let root = yaml::parse("? a\nb: 1\n? a\n", 2, 1).unwrap();
        assert_eq!(line_of(&root, "a"), 2);
        assert_eq!(line_of(&root, "b"), 3);
    }
}
