#!/usr/bin/env python3
"""Write SET/docs/* and SET/gold.json from SET/build/part*.py.

A doc may set "body_key" (the record field that holds the text; default "body" in JSON lines, "text" in a JSON
array or object); fmt "json1" writes a file holding one JSON object; a multi-record path ending in ".gz"
(feed.jsonl.gz) is gzipped.
fmt "rss" writes an RSS 2.0 file (path.xml#N = the Nth <item>): the record's fields become the item's elements in
order (a dict value {"_text": ..., attr: ...} gives attributes, a list value repeated elements), the body goes to
"description" unless body_key names another element (e.g. "content:encoded"), as HTML paragraphs, XML-escaped; the
doc of item 1 may carry "channel" (title, link, description, language, lastBuildDate).
fmt "csv" writes a CSV file (path.csv#N = the Nth data row, header excluded): the record's keys are the columns in
order (the same for every row), the body goes to "body" unless body_key says otherwise; fields are quoted when they
need it, so multi-line bodies are quoted. The doc of row 1 may set "delimiter" (e.g. ";"); a ".tsv" path defaults to a tab.
fmt "atom" writes an Atom 1.0 feed (path.atom or path.xml, #N = the Nth <entry>): the record's fields become the
entry's elements in order (a dict value gives attributes, with "_text" its text and "_sub" a dict of child elements;
a list value repeated elements); the body goes to "content" (type="html") unless body_key names another element
(e.g. "summary"), as HTML paragraphs, XML-escaped; the doc of entry 1 may carry "feed" (the feed's own elements).

    python3 tests/heldout/tools/build.py tests/heldout/set8
"""
import csv, glob, gzip, importlib, io, json, os, shutil, sys
from xml.sax.saxutils import escape as xml_escape

ROOT = os.path.abspath(sys.argv[1])
CORPUS = "heldout" + os.path.basename(ROOT).removeprefix("set")
sys.path[:0] = [os.path.dirname(os.path.abspath(__file__)), os.path.join(ROOT, "build")]
PARTS = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(ROOT, "build", "part*.py")))
DOCS_DIR = os.path.join(ROOT, "docs")
ALL = [d for name in PARTS for d in importlib.import_module(name).DOCS]


def _rss_value(tag, v):
    if isinstance(v, list):
        return "".join(_rss_value(tag, x) for x in v)
    if isinstance(v, dict):
        attrs = "".join(' %s="%s"' % (k, xml_escape(str(x), {'"': "&quot;"})) for k, x in v.items() if k != "_text")
        return "      <%s%s>%s</%s>\n" % (tag, attrs, xml_escape(str(v.get("_text", ""))), tag)
    return "      <%s>%s</%s>\n" % (tag, xml_escape(str(v)), tag)


def rss_file(recs, channel):
    """An RSS 2.0 document; recs are (n, fmt, record, body_key, text)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n', "  <channel>\n"]
    for k, v in (channel or {}).items():
        out.append(_rss_value(k, v)[2:])
    for _, _, rec, key, text in recs:
        out.append("    <item>\n")
        for k, v in rec.items():
            if k == key:
                html = "".join("<p>%s</p>" % xml_escape(p.strip()) for p in text.split("\n\n") if p.strip())
                out.append("      <%s>%s</%s>\n" % (k, xml_escape(html), k))
            else:
                out.append(_rss_value(k, v))
        out.append("    </item>\n")
    out.append("  </channel>\n</rss>\n")
    return "".join(out)


def _atom_value(tag, v, ind="    "):
    if isinstance(v, list):
        return "".join(_atom_value(tag, x, ind) for x in v)
    if isinstance(v, dict):
        attrs = "".join(' %s="%s"' % (k, xml_escape(str(x), {'"': "&quot;"})) for k, x in v.items()
                        if k not in ("_text", "_sub"))
        if "_sub" in v:
            inner = "".join(_atom_value(k, x, ind + "  ") for k, x in v["_sub"].items())
            return "%s<%s%s>\n%s%s</%s>\n" % (ind, tag, attrs, inner, ind, tag)
        if "_text" not in v:
            return "%s<%s%s/>\n" % (ind, tag, attrs)
        return "%s<%s%s>%s</%s>\n" % (ind, tag, attrs, xml_escape(str(v["_text"])), tag)
    return "%s<%s>%s</%s>\n" % (ind, tag, xml_escape(str(v)), tag)


def atom_file(recs, feed):
    """An Atom 1.0 feed; recs are (n, fmt, record, body_key, text)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', '<feed xmlns="http://www.w3.org/2005/Atom">\n']
    for k, v in (feed or {}).items():
        out.append(_atom_value(k, v, "  "))
    for _, _, rec, key, text in recs:
        out.append("  <entry>\n")
        for k, v in rec.items():
            if k == key:
                html = "".join("<p>%s</p>" % xml_escape(p.strip()) for p in text.split("\n\n") if p.strip())
                out.append('    <%s type="html">%s</%s>\n' % (k, xml_escape(html), k))
            else:
                out.append(_atom_value(k, v))
        out.append("  </entry>\n")
    out.append("</feed>\n")
    return "".join(out)


def csv_file(recs, delimiter=","):
    buf = io.StringIO()
    cols = list(recs[0][2].keys())
    w = csv.writer(buf, lineterminator="\n", delimiter=delimiter)
    w.writerow(cols)
    for _, _, rec, _, _ in recs:
        assert list(rec.keys()) == cols, "every CSV row needs the same columns in the same order"
        w.writerow([rec[c] for c in cols])
    return buf.getvalue()


def main():
    if os.path.isdir(DOCS_DIR):
        shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    multi = {}
    other, channels = {}, {}  # rss, atom and csv files
    delims = {}
    for d in ALL:
        src = d["gold"]["source"]
        fmt = d["fmt"]
        if fmt in ("txt", "html"):
            with open(os.path.join(DOCS_DIR, src), "w", encoding="utf-8") as fh:
                fh.write(d["text"])
        elif fmt == "gz":
            with open(os.path.join(DOCS_DIR, src), "wb") as fh:
                with gzip.GzipFile(filename=src[:-3], mode="wb", fileobj=fh, mtime=0) as gz:
                    gz.write(d["text"].encode("utf-8"))
        elif fmt == "json1":  # a file holding one JSON object (source without #N)
            rec = dict(d["record"])
            rec[d.get("body_key") or "text"] = d["text"]
            with open(os.path.join(DOCS_DIR, src), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        elif fmt in ("jsonl", "json"):
            path, n = src.split("#")
            rec = dict(d["record"])
            rec[d.get("body_key") or ("body" if fmt == "jsonl" else "text")] = d["text"]
            multi.setdefault(path, []).append((int(n), fmt, rec))
        elif fmt in ("rss", "csv", "atom"):
            path, n = src.split("#")
            key = d.get("body_key") or {"rss": "description", "csv": "body", "atom": "content"}[fmt]
            rec = dict(d["record"])
            if fmt == "csv":
                rec[key] = d["text"].rstrip("\n")
            elif key not in rec:
                rec[key] = None  # placed last
            other.setdefault(path, []).append((int(n), fmt, rec, key, d["text"]))
            if d.get("channel"):
                channels[path] = d["channel"]
            if d.get("feed"):
                channels[path] = d["feed"]
            if d.get("delimiter"):
                delims[path] = d["delimiter"]
        else:
            raise ValueError(fmt)
    for path, recs in multi.items():
        recs.sort()
        assert [n for n, _, _ in recs] == list(range(1, len(recs) + 1)), path
        fmt = recs[0][1]
        if fmt == "jsonl":
            data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in recs)
        else:
            data = json.dumps([r for _, _, r in recs], ensure_ascii=False, indent=2) + "\n"
        if path.endswith(".gz"):  # e.g. feed.jsonl.gz
            with open(os.path.join(DOCS_DIR, path), "wb") as fh:
                with gzip.GzipFile(filename=path[:-3], mode="wb", fileobj=fh, mtime=0) as gz:
                    gz.write(data.encode("utf-8"))
        else:
            with open(os.path.join(DOCS_DIR, path), "w", encoding="utf-8") as fh:
                fh.write(data)
    for path, recs in other.items():
        recs.sort(key=lambda r: r[0])
        assert [r[0] for r in recs] == list(range(1, len(recs) + 1)), path
        if recs[0][1] == "rss":
            data = rss_file(recs, channels.get(path))
        elif recs[0][1] == "atom":
            data = atom_file(recs, channels.get(path))
        else:
            data = csv_file(recs, delims.get(path, "\t" if path.endswith(".tsv") else ","))
        with open(os.path.join(DOCS_DIR, path), "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
    about = ("Hand-made held-out set of drug-law-enforcement news in many formats (plain text, HTML, JSON lines, "
             "a JSON array, gzip). Sources are relative to docs/; 'path#N' is record N (1-based) of a JSON-lines "
             "or JSON-array file. Fields absent from a fact are not scored; a list means any of its values is "
             "accepted; optional facts are neither required nor counted as false positives; facts sharing a "
             "'cluster' report the same real-world figure. See README.md for the conventions used.")
    if other:  # sets without RSS or CSV files keep the old wording (their gold.json is unchanged)
        about += (" An RSS file's 'path#N' is its Nth <item>; a CSV file's is its Nth data row, the header row "
                  "not counted.")
    if any(r[0][1] == "atom" for r in other.values()):  # only sets with an Atom feed gain this sentence
        about += " An Atom feed's 'path#N' is its Nth <entry>."
    gold = {
        "corpus": CORPUS,
        "about": about,
        "docs": sorted([d["gold"] for d in ALL], key=lambda g: g["source"]),
    }
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(ALL), "documents written")


if __name__ == "__main__":
    main()
