#!/usr/bin/env python3
"""Self-check of gold.json against shared/eval/score.py (does not touch the tool).

1. lists the input documents under docs/ (records of .jsonl / JSON-array files as path#N);
2. writes OUT_EMPTY with a documents table only -> every gold source must be found;
3. writes OUT_ORACLE with the gold facts themselves as predictions -> must score 1.0.
"""
import datetime as dt
import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
GOLD = os.path.join(ROOT, "gold.json")
SCORE = "/work/shared/eval/score.py"

sources = []
for dp, _, fns in os.walk(DOCS):
    for fn in sorted(fns):
        rel = os.path.relpath(os.path.join(dp, fn), DOCS).replace(os.sep, "/")
        if fn.endswith(".jsonl"):
            n = sum(1 for line in open(os.path.join(dp, fn), encoding="utf-8") if line.strip())
            sources += [f"{rel}#{i}" for i in range(1, n + 1)]
        elif fn.endswith(".json"):
            data = json.load(open(os.path.join(dp, fn), encoding="utf-8"))
            sources += [f"{rel}#{i}" for i in range(1, len(data) + 1)]
        else:
            sources.append(rel)
print("input documents:", len(sources))

gold = json.load(open(GOLD, encoding="utf-8"))
gsrc = {d["source"] for d in gold["docs"]}
print("not annotated:", sorted(set(sources) - gsrc) or "none")
print("gold sources missing from docs/:", sorted(gsrc - set(sources)) or "none")

first = lambda v: v[0] if isinstance(v, list) else v
docid = {s: f"doc{i:03d}" for i, s in enumerate(sorted(sources))}


def dval(d, k):
    v = d.get(k)
    return v.get("value") if isinstance(v, dict) else v


def write_docs(out, with_fields):
    rows = []
    g = {d["source"]: d for d in gold["docs"]}
    for s in sorted(sources):
        d = g.get(s, {})
        dup = d.get("duplicate_of")
        rows.append({"doc_id": docid[s], "source": s,
                     "title": dval(d, "title") if with_fields else None,
                     "outlet": dval(d, "outlet") if with_fields else None,
                     "published_date": dt.date.fromisoformat(dval(d, "published_date")) if with_fields and dval(d, "published_date") else None,
                     "duplicate_of": docid[dup] if with_fields and dup else None})
    schema = pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
                        ("published_date", pa.date32()), ("duplicate_of", pa.string())])
    os.makedirs(out, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), os.path.join(out, "documents.parquet"))


def write_facts(out):
    tables = {t: [] for t in ["seizures", "arrests", "sentences", "cooperation_events", "network_disruptions"]}
    n = 0
    for d in gold["docs"]:
        for f in d["facts"]:
            if f.get("optional"):
                continue
            n += 1
            p = f.get("period") or {}
            r = {"fact_id": f"f{n}", "doc_id": docid[d["source"]], "evidence": f.get("evidence_contains", ""),
                 "country": first(f.get("country")), "qualifier": first(f.get("qualifier", "exact")),
                 "is_aggregate": first(f.get("is_aggregate", False)),
                 "period_start": dt.date.fromisoformat(p["start"]) if p.get("start") else None,
                 "period_end": dt.date.fromisoformat(p["end"]) if p.get("end") else None,
                 "cluster_id": f.get("cluster") or f"c{n}"}
            t = f["table"]
            if t == "seizures":
                r.update(drug=first(f.get("drug", "unspecified")), quantity_kg=f.get("quantity_kg"),
                         pill_count=f.get("pill_count"), value_amount=f.get("value_amount"),
                         value_currency=f.get("value_currency"), location=first(f.get("location")))
            elif t == "sentences":
                r.update(sentence_type=first(f["sentence_type"]), count=f.get("count"))
            elif t == "cooperation_events":
                r.update(event_type=first(f["event_type"]), parties=f["parties"], count=f.get("count"),
                         location=first(f.get("location")))
                r.pop("qualifier"); r.pop("is_aggregate")
            else:
                r.update(count=f.get("count"))
                if t == "network_disruptions":
                    r.update(scope=first(f.get("scope")))
            tables[t].append(r)
    for t, rows in tables.items():
        if rows:
            pq.write_table(pa.Table.from_pylist(rows), os.path.join(out, t + ".parquet"))


for name, fields, facts in (("empty", False, False), ("oracle", True, True)):
    out = f"/tmp/heldout6_selfcheck_{name}"
    subprocess.run(["rm", "-rf", out])
    write_docs(out, fields)
    if facts:
        write_facts(out)
    print(f"\n=== {name} output ({out})")
    res = subprocess.run([sys.executable, SCORE, "--gold", GOLD, "--out", out, "--show-errors"], capture_output=True, text=True)
    lines = res.stdout.splitlines()
    missing = [l for l in lines if "document missing" in l]
    print("\n".join(lines[:22]))
    print("documents missing:", len(missing))
    if name == "oracle":
        errs = [l for l in lines[22:] if l.strip() and not l.startswith("fact_f1")]
        print("oracle errors:", len(errs))
        print("\n".join(errs[:40]))
    print(lines[-1])
