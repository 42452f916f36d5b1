#!/usr/bin/env python3
"""Prints the tables of benches/RESULTS.md from criterion's estimates
(target/criterion/<input>/<peer>/<bytes>/new/estimates.json): medians and ratios.
`python3 benches/results.py` for the body bench, `python3 benches/results.py page` for the
whole-page bench (`cargo bench --bench page`)."""
import json, glob, os, sys

root = os.path.join(os.path.dirname(__file__), "..", "target", "criterion")

def median(group, peer):
    paths = glob.glob(os.path.join(root, group, peer, "*", "new", "estimates.json"))
    if not paths:
        return None
    with open(paths[0]) as f:
        return json.load(f)["median"]["point_estimate"]

def fmt(ns):
    if ns is None:
        return "–"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.1f} µs"

def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "–"

if sys.argv[1:] == ["page"]:
    print("| page | newsclip `render_document` | floor (bare pulldown-cmark) | naive | page / floor | naive / page |")
    print("|---|---:|---:|---:|---:|---:|")
    for g in ["seed", "20k", "200k", "2m"]:
        n, f, v = (median("page-" + g, p) for p in ("newsclip", "floor", "naive"))
        if n is None:
            continue
        print(f"| {g} | {fmt(n)} | {fmt(f)} | {fmt(v)} | {ratio(n, f)} | {ratio(v, n)} |")
    sys.exit(0)

print("| body | newsclip `prepare_body` | + whole plain text | bare pulldown-cmark | naive (pulldown + ammonia) | newsclip / bare | newsclip / naive |")
print("|---|---:|---:|---:|---:|---:|---:|")
for g in ["seed", "seed+raw", "20k", "20k+raw", "2m", "2m+raw"]:
    n, t, b, v = (median(g, p) for p in ("newsclip", "newsclip+text", "pulldown", "naive"))
    if n is None:
        continue
    print(f"| {g} | {fmt(n)} | {fmt(t)} | {fmt(b)} | {fmt(v)} | {ratio(n, b)} | {ratio(n, v)} |")
print()
print("| HTML body | newsclip `prepare_body` | `ammonia::clean` | newsclip / ammonia |")
print("|---|---:|---:|---:|")
for g in ["html-20k", "html-2m"]:
    n, a = median(g, "newsclip"), median(g, "ammonia")
    if n is None:
        continue
    print(f"| {g} | {fmt(n)} | {fmt(a)} | {ratio(n, a)} |")
for raw in ["", "+raw"]:
    small, big = median("20k" + raw, "newsclip"), median("2m" + raw, "newsclip")
    if small and big:
        print(f"\n2 MB / 20 KB{raw} (newsclip): {big / small:.1f}x", end="")
print()
