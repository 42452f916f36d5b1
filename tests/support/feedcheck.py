"""Reads feeds with feedparser and news sitemaps with xml.etree; prints what it found as JSON.

    python feedcheck.py KIND FILE [KIND FILE ...]     KIND is feed or sitemap

For a feed: feedparser's version, its bozo flag and exception, the feed's title and link, and
per entry the fields an aggregator shows. For a sitemap: per <url> its loc and news fields,
read with their namespaces. tests/feeds.rs makes the assertions.
"""

import json
import sys
import xml.etree.ElementTree as ET

import feedparser

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def feed(path):
    parsed = feedparser.parse(path, sanitize_html=False, resolve_relative_uris=False)
    entries = []
    for e in parsed.entries:
        content = e.get("content") or [{}]
        entries.append(
            {
                "title": e.get("title"),
                "link": e.get("link"),
                "id": e.get("id"),
                "published": e.get("published"),
                "published_parsed": list(e.published_parsed[:6]) if e.get("published_parsed") else None,
                "updated": e.get("updated"),
                "summary": e.get("summary"),
                "content": content[0].get("value"),
                "content_type": content[0].get("type"),
                "tags": [t.get("term") for t in e.get("tags", [])],
                "authors": [a.get("name") for a in e.get("authors", [])],
            }
        )
    return {
        "version": parsed.get("version"),
        "bozo": bool(parsed.get("bozo")),
        "bozo_exception": str(parsed.get("bozo_exception", "")),
        "title": parsed.feed.get("title"),
        "link": parsed.feed.get("link"),
        "language": parsed.feed.get("language"),
        "entries": entries,
    }


def sitemap(path):
    root = ET.parse(path).getroot()
    urls = []
    for url in root.findall(f"{SITEMAP}url"):
        news = url.find(f"{NEWS}news")
        publication = news.find(f"{NEWS}publication")
        urls.append(
            {
                "loc": url.findtext(f"{SITEMAP}loc"),
                "name": publication.findtext(f"{NEWS}name"),
                "language": publication.findtext(f"{NEWS}language"),
                "publication_date": news.findtext(f"{NEWS}publication_date"),
                "title": news.findtext(f"{NEWS}title"),
            }
        )
    return {"root": root.tag, "urls": urls}


def main(args):
    out = []
    for kind, path in zip(args[0::2], args[1::2]):
        out.append(feed(path) if kind == "feed" else sitemap(path))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
