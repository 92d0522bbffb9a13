#!/usr/bin/env python3
"""Scores the trafficking details of a run against a held-out set's gold (issue 13).

    python3 scripts/score_trafficking.py --gold tests/heldout/route1/gold.json --out OUTDIR [--show-errors]

Gold rows (see tests/heldout/route1/README.md) are matched to output rows of the same
document and table whose figure is the gold's figure (as written: "1,240", "Two"). Over
the matched rows it scores origin_country, destination_country, transit_countries (in
order), transport_mode, concealment (the gold keyword must be in the phrase; no keyword,
no phrase), trafficker_nationalities (as a set) and admin1 (accents, case and the words
province/region/state ignored; both null counts as right). Prints one line:
matched=M/N field_accuracy=F and each field's accuracy.
"""
import argparse, glob, json, os, re, sys, unicodedata

try:
    import pyarrow.parquet as pq
    import pyarrow as pa
except ImportError:
    sys.exit("needs pyarrow: python3 -m pip install pyarrow")

WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "dozen": 12}


def table(out, name):
    files = sorted(glob.glob(os.path.join(out, name, "**", "*.parquet"), recursive=True)) or sorted(glob.glob(os.path.join(out, name + ".parquet")))
    if not files:
        return []
    return pa.concat_tables([pq.read_table(f) for f in files], promote_options="default").to_pylist()


def number(s):
    s = (s or "").strip().lower().replace(",", "")
    if s in WORDS:
        return float(WORDS[s])
    try:
        return float(s)
    except ValueError:
        return None


def fold(s):
    s = unicodedata.normalize("NFD", s or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(w for w in s.split() if w not in ("province", "region", "state", "governorate", "and", "the", "of"))


def matches(g, r):
    want = number(g["figure"])
    if g["table"] == "arrests":
        return want is not None and r.get("count") is not None and abs(r["count"] - want) < 1e-9
    ft = (r.get("figure_text") or "").lower().replace(",", "")
    fig = g["figure"].lower().replace(",", "")
    if re.search(r"(?<![\d.])" + re.escape(fig) + r"(?![\d])", ft):
        return True
    return want is not None and any(r.get(k) is not None and abs(r[k] - want) <= 0.005 * max(abs(want), 1) for k in ("quantity_kg", "pill_count"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args()
    gold = json.load(open(a.gold))
    docs = {d["doc_id"]: os.path.basename(d["source"].split("#")[0]) for d in table(a.out, "documents")}
    rows = {t: table(a.out, t) for t in ("seizures", "arrests")}
    used = set()
    fields = ["origin_country", "destination_country", "transit_countries", "transport_mode", "concealment", "trafficker_nationalities", "admin1"]
    right = {f: 0 for f in fields}
    n = {f: 0 for f in fields}
    matched = 0
    errors = []
    for g in gold:
        cands = [r for r in rows[g["table"]] if docs.get(r["doc_id"]) == g["doc"] and id(r) not in used and matches(g, r)]
        if not cands:
            errors.append(f"{g['doc']} {g['table']} {g['figure']}: not extracted")
            continue
        r = cands[0]
        used.add(id(r))
        matched += 1
        checks = {"trafficker_nationalities": set(g["trafficker_nationalities"] or []) == set(r.get("trafficker_nationalities") or [])}
        if g["table"] == "seizures":
            kw = g.get("concealment_keyword")
            checks.update({
                "origin_country": g["origin_country"] == r.get("origin_country"),
                "destination_country": g["destination_country"] == r.get("destination_country"),
                "transit_countries": list(g["transit_countries"] or []) == list(r.get("transit_countries") or []),
                "transport_mode": g["transport_mode"] == r.get("transport_mode"),
                "concealment": (kw is None and not r.get("concealment")) or (kw is not None and kw.lower() in (r.get("concealment") or "").lower()),
                "admin1": fold(g.get("admin1")) == fold(r.get("admin1")) or (g.get("admin1") and r.get("admin1") and (fold(g["admin1"]) in fold(r["admin1"]) or fold(r["admin1"]) in fold(g["admin1"]))),
            })
        for f, ok in checks.items():
            n[f] += 1
            right[f] += bool(ok)
            if not ok:
                got = r.get(f) if f != "concealment" else r.get("concealment")
                want = g.get(f) if f != "concealment" else g.get("concealment_keyword")
                errors.append(f"{g['doc']} {g['table']} {g['figure']}: {f} want {want!r} got {got!r}")
    if a.show_errors:
        for e in errors:
            print(e)
    total = sum(right.values()) / max(1, sum(n.values()))
    per = " ".join(f"{f}={right[f] / n[f]:.3f}" for f in fields if n[f])
    print(f"matched={matched}/{len(gold)} field_accuracy={total:.3f} {per}")


if __name__ == "__main__":
    main()
