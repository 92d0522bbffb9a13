#!/usr/bin/env python3
"""Write SET/docs/* and SET/gold.json from SET/build/part*.py.

A doc may set "body_key" (the record field that holds the text; default "body" in JSON lines, "text" in a JSON
array or object); fmt "json1" writes a file holding one JSON object; a multi-record path ending in ".gz"
(feed.jsonl.gz) is gzipped.

    python3 tests/heldout/tools/build.py tests/heldout/set8
"""
import glob, gzip, importlib, json, os, shutil, sys

ROOT = os.path.abspath(sys.argv[1])
CORPUS = "heldout" + os.path.basename(ROOT).removeprefix("set")
sys.path[:0] = [os.path.dirname(os.path.abspath(__file__)), os.path.join(ROOT, "build")]
PARTS = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(ROOT, "build", "part*.py")))
DOCS_DIR = os.path.join(ROOT, "docs")
ALL = [d for name in PARTS for d in importlib.import_module(name).DOCS]


def main():
    if os.path.isdir(DOCS_DIR):
        shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    multi = {}
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
    gold = {
        "corpus": CORPUS,
        "about": ("Hand-made held-out set of drug-law-enforcement news in many formats (plain text, HTML, JSON lines, "
                  "a JSON array, gzip). Sources are relative to docs/; 'path#N' is record N (1-based) of a JSON-lines "
                  "or JSON-array file. Fields absent from a fact are not scored; a list means any of its values is "
                  "accepted; optional facts are neither required nor counted as false positives; facts sharing a "
                  "'cluster' report the same real-world figure. See README.md for the conventions used."),
        "docs": sorted([d["gold"] for d in ALL], key=lambda g: g["source"]),
    }
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(ALL), "documents written")


if __name__ == "__main__":
    main()
