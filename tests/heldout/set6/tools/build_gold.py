#!/usr/bin/env python3
"""Assemble ../gold.json from gold_docs_*.py and sanity-check it."""
import datetime as dt
import importlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

DRUGS = {"methamphetamine", "captagon", "amphetamine", "heroin", "morphine", "opium", "cannabis", "hashish", "cocaine",
         "tramadol", "mdma", "fentanyl", "ketamine", "precursors", "mixed", "unspecified", "pregabalin"}
QUALS = {"exact", "approx", "at_least", "at_most"}
EVENTS = {"mou", "meeting", "conference", "joint_operation", "information_exchange", "training", "other"}
STYPES = {"death", "life", "prison", "unspecified"}

docs = []
for i in range(1, 10):
    try:
        m = importlib.import_module(f"gold_docs_{i}")
    except ModuleNotFoundError:
        continue
    docs.extend(m.DOCS)

errors = []
seen = set()
for d in docs:
    src = d["source"]
    if src in seen:
        errors.append(f"duplicate source {src}")
    seen.add(src)
    path = os.path.join(ROOT, "docs", src.split("#")[0])
    if not os.path.isfile(path):
        errors.append(f"missing file {path}")
    if d.get("duplicate_of") and d["duplicate_of"] not in {x["source"] for x in docs}:
        errors.append(f"{src}: duplicate_of target not in gold")
    for f in d["facts"]:
        vals = lambda v: v if isinstance(v, list) else [v]
        if "drug" in f and not set(vals(f["drug"])) <= DRUGS:
            errors.append(f"{src}: bad drug {f['drug']}")
        if "qualifier" in f and not set(vals(f["qualifier"])) <= QUALS:
            errors.append(f"{src}: bad qualifier {f['qualifier']}")
        if f["table"] == "cooperation_events" and not set(vals(f["event_type"])) <= EVENTS:
            errors.append(f"{src}: bad event {f['event_type']}")
        if f["table"] == "sentences" and not set(vals(f["sentence_type"])) <= STYPES:
            errors.append(f"{src}: bad sentence type")
        for c in vals(f.get("country")) if "country" in f else []:
            if c is not None and (len(c) != 3 or not c.isupper()):
                errors.append(f"{src}: bad country {c}")
        p = f.get("period")
        if p:
            a, b = dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])
            if a > b:
                errors.append(f"{src}: period reversed {p}")
        if f["table"] == "seizures" and not f.get("optional"):
            if not any(f.get(k) is not None for k in ("quantity_kg", "pill_count", "value_amount")):
                errors.append(f"{src}: required seizure without a number")
        if f.get("value_amount") is not None and not f.get("value_currency") and not f.get("optional"):
            errors.append(f"{src}: value without currency")
        if f["table"] == "seizures" and "quantity_kg" in f:
            f["quantity_kg"] = round(f["quantity_kg"], 4)

# every cluster label used on more than one fact must stay in one table
lab = {}
for d in docs:
    for f in d["facts"]:
        if "cluster" in f:
            lab.setdefault(f["cluster"], set()).add(f["table"])
for k, v in lab.items():
    if len(v) > 1:
        errors.append(f"cluster {k} spans tables {v}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

gold = {
    "corpus": "heldout6",
    "about": ("Held-out set of 66 hand-written drug-law-enforcement news documents (all fictional: outlets, officials and "
              "figures are invented for evaluation) under docs/, sources relative to docs/. Format as "
              "shared/eval/seeds.gold.json: fields absent from a fact are not scored; a list means any of its values is "
              "accepted; optional facts are neither required nor counted as false positives; facts sharing a 'cluster' "
              "label report the same real-world figure (within or across documents). See README.md for conventions."),
    "docs": docs,
}
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)

req = Counter(f["table"] for d in docs for f in d["facts"] if not f.get("optional"))
optc = Counter(f["table"] for d in docs for f in d["facts"] if f.get("optional"))
print("docs", len(docs))
print("required facts", dict(req), "total", sum(req.values()))
print("optional facts", dict(optc), "total", sum(optc.values()))
dfields = Counter(k for d in docs for k in ("title", "outlet", "published_date", "duplicate_of") if k in d)
print("document fields", dict(dfields), "dups", sum(1 for d in docs if d.get("duplicate_of")))
