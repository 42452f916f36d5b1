#!/usr/bin/env python3
"""Writes the checked-in seed corpora, fuzz/seeds/<target>/, from the repository's own inputs:
the example articles, the hostile body corpus (tests/corpus/hostile.txt, one file per entry),
the Markdown documents of the repository, and small pathological shapes (the fuzzer grows
them). Run from anywhere: python3 fuzz/make_seeds.py

Seeds taken from a fuzzing run's corpus (the jsonld target's, whose `arbitrary` bytes cannot be
written by hand) live in files whose names start with `found-`; this script leaves them alone
and rewrites the rest.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"


def hostile_corpus():
    """(name, body) for each `@@@ name` entry."""
    entries = []
    for line in (ROOT / "tests/corpus/hostile.txt").read_text().split("\n"):
        if line.startswith("@@@ "):
            entries.append([line[4:], []])
        elif entries:
            entries[-1][1].append(line)
    # The Rust reader joins the lines with "\n" and drops the file's final newline.
    return [(name, "\n".join(lines).rstrip("\n")) for name, lines in entries]


def pathological():
    """Small instances of the shapes that have cost parsers quadratic time or deep recursion
    (CommonMark's pathological tests, pulldown-cmark/cmark/html5ever reports, issue 10)."""
    n = 300
    return {
        "unclosed-link-title-double": '[a](b "' + "x\n" * n,
        "unclosed-link-title-paren": "[a](b (" + "x\n" * n,
        "unclosed-link-title-single": "[a](b '" + "x\n" * n,
        "many-attributes": "<a " + " ".join(f"a{i}=x" for i in range(n)) + ">x</a>",
        "comment-in-attribute-then-nesting": '<p title="<!--">' + "<ul><li>" * n,
        "comment-in-style-then-nesting": "<style><!--</style>" + "<div>" * n,
        "comment-in-textarea-then-nesting": "<textarea><!--</textarea>" + "<ol><li>" * n,
        "deep-div": "<div>" * n + "x" + "</div>" * n,
        "deep-blockquote": ">" * n + " x",
        "deep-list": "".join("  " * i + "- x\n" for i in range(60)),
        "deep-emphasis": "*" * n + "x" + "*" * n,
        "alternating-emphasis": "*a_" * n,
        "nested-brackets": "[" * n + "x" + "]" * n,
        "nested-links": "[a](" * n + "b" + ")" * n,
        "unclosed-brackets": "[" * n + "x",
        "backtick-runs": "".join("`" * i + "x" for i in range(1, 60)),
        "link-reference-definitions": "".join(f"[r{i}]: /u{i}\n" for i in range(n)),
        "many-footnotes": "".join(f"t[^{i}]\n\n[^{i}]: n\n\n" for i in range(100)),
        "entity-run": "&amp;" * n + "&#x3c;" * n + "&#60" * n,
        "long-attribute-value": '<img alt="' + "x" * 5000 + '" src="/a.png">',
        "table-many-columns": "|" + "a|" * n + "\n|" + "-|" * n + "\n|" + "b|" * n + "\n",
        "headings-same-text": "## A\n\n" * n,
        "heading-ids-like-suffixes": "".join(f"## a-{i}\n\n## a\n\n" for i in range(50)),
        "html-block-starts": "<div>\n" * n,
        "cdata-and-pi": "<![CDATA[" * 50 + "<?x" * 50 + "<!x" * 50,
        "unclosed-comment": "<!--" + "x\n" * n,
        "nested-tables": "<table><tr><td>" * 100,
        "tabs-and-spaces": "\t \t- \t>\t```\n" * n,
        "crlf-and-cr": "a\r\n\r# b\r\n\r\n- c\r" * 50,
        "nul-and-controls": "a\x00b\x01c\x1b[31m\x7f\u0085\u2028\u2029" * 20,
        "bidi-and-zero-width": "\u202eevil\u202c \u200b\u2060\ufeff\u3164" * 20,
        "combining-marks": "a" + "\u0301" * 1000,
    }


def article_only(envelope):
    return json.dumps(envelope["article"], ensure_ascii=False, indent=2)


def article_json_seeds(examples):
    seeds = {}
    for path in examples:
        text = path.read_text()
        seeds[f"example-{path.stem}.json"] = text
        seeds[f"example-{path.stem}-article.json"] = article_only(json.loads(text))
    seed = json.loads((ROOT / "examples/data/newsclip-seed.json").read_text())
    article = seed["article"]

    def variant(name, **changes):
        a = dict(article)
        for key, value in changes.items():
            if value is None:
                a.pop(key, None)
            else:
                a[key] = value
        seeds[f"{name}.json"] = json.dumps({"site": seed["site"], "article": a}, ensure_ascii=False)

    hostile = "x</script><script>alert(1)</script><!-- \"q\" 'a' & &amp; \u2028\u2029"
    variant("html-body", body="<h2>A</h2><p>x <script>alert(1)</script></p>", body_format="html")
    variant("hostile-fields", headline="H " + hostile, description="D " + hostile,
            tags=["#" + hostile, "Meta"], background=hostile,
            faq=[{"question": "Q " + hostile, "answer": "[l](javascript:alert(1)) " + hostile}])
    variant("cms-entities", headline="Canada&#8217;s <b>news</b> &amp; more",
            description="&lt;script&gt;alert(1)&lt;/script&gt;")
    variant("missing-required", headline=None, section=None, published=None)
    variant("wrong-types", views="four", comments=-1, tags="Meta", faq={"q": 1})
    variant("unknown-fields", answr="x", tag=["x"])
    variant("bad-dates", published="-000001-01-01T00:00:00Z", modified="2026-04-04T07:30:00+25:00")
    variant("invisible-text", headline="\u200b", section={"name": "\u2060"})
    variant("foreign-canonical", canonical_url="https://other.example/a")
    variant("javascript-urls", canonical_url="javascript:alert(1)",
            sources=[{"url": "JaVa\tScRiPt:alert(1)"}], image={"url": "data:image/svg+xml,x", "alt": "a"})
    seeds["headline-only.json"] = '{"headline": "x"}'
    seeds["duplicate-keys.json"] = '{"headline": "a", "headline": "b", "body": "x"}'
    seeds["syntax-error.json"] = '{"headline": "a", "body": '
    seeds["trailing-text.json"] = '{"headline": "a"} x'
    seeds["deep-nesting.json"] = "[" * 200 + "]" * 200
    seeds["deep-object.json"] = '{"article":' * 100 + "1" + "}" * 100
    seeds["huge-numbers.json"] = '{"views": 1e400, "comments": 18446744073709551616}'
    seeds["bom.json"] = "\ufeff" + (ROOT / "examples/data/newsclip-seed.json").read_text()
    seeds["long-key.json"] = '{"' + "k" * 5000 + '": 1}'
    seeds["schema.json"] = (ROOT / "schema/article.schema.json").read_text()
    return seeds


def jsonld_seeds(examples):
    """Bytes for `arbitrary`: a few fixed shapes; the fuzzer's own finds are added as found-*."""
    rng = random.Random(10)
    seeds = {
        "zeros.bin": bytes(64),
        "ones.bin": b"\xff" * 256,
        "example-newsclip-seed.bin": (ROOT / "examples/data/newsclip-seed.json").read_bytes(),
    }
    for i in range(8):
        seeds[f"random-{i}.bin"] = bytes(rng.randrange(256) for _ in range(64 << i % 5))
    return seeds


def safe_name(name):
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def write(target, files):
    folder = SEEDS / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if not old.name.startswith("found-"):
            old.unlink()
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode()
        (folder / safe_name(name)).write_bytes(data)


def main():
    examples = sorted((ROOT / "examples/data").glob("*.json"))
    documents = {p.name: p.read_text() for p in
                 [ROOT / "README.md", ROOT / "CHANGELOG.md", ROOT / "SECURITY.md",
                  ROOT / "benches/data/seed.md"]}
    example_bodies = {}
    answers = {}
    for path in examples:
        article = json.loads(path.read_text())["article"]
        example_bodies[f"example-{path.stem}-body"] = article["body"]
        for kind in ("quick_answers", "faq"):
            for i, qa in enumerate(article.get(kind, [])):
                answers[f"example-{path.stem}-{kind}-{i}.md"] = qa["answer"]
    hostile = {f"hostile-{name}": body for name, body in hostile_corpus()}
    shapes = {f"shape-{name}": body for name, body in pathological().items()}

    bodies = {**example_bodies, **hostile, **shapes}
    write("markdown_body", {**{f"{k}.md": v for k, v in bodies.items()}, **documents})
    write("html_body", {f"{k}.html": v for k, v in bodies.items()})
    inline = {
        "readme-answer.md": "Data linked to an *AI API tool*.",
        "link-and-code.md": "See [the report](https://x.example/r \"t\") and `code <b>`.",
        "relative-and-mailto.md": "[a](/b) [m](mailto:a@b.c) <https://auto.example>",
        "hard-break.md": "line  \nbreak\\\nagain",
        "block-syntax.md": "# not a heading\n\n- not a list\n\n> no quote\n\n```\nfence\n```",
    }
    # Answers are long texts (at most 5,000 characters): the shapes that fit.
    short_shapes = {f"{k}.md": v for k, v in shapes.items() if len(v) <= 5000}
    write("inline_answer", {**answers, **inline, **short_shapes,
                            **{f"{k}.md": v for k, v in hostile.items()}})
    write("article_json", article_json_seeds(examples))
    write("jsonld", jsonld_seeds(examples))


if __name__ == "__main__":
    main()
