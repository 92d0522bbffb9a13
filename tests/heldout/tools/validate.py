#!/usr/bin/env python3
"""Validate gold.json against docs/ and the contract; write a fake output from the gold and score it."""
import datetime as dt, gzip, hashlib, json, os, re as _re, subprocess, sys
from collections import Counter, defaultdict
import pyarrow as pa, pyarrow.parquet as pq

# python3 tests/heldout/tools/validate.py tests/heldout/set8
ROOT = os.path.abspath(sys.argv[1])
DOCS = os.path.join(ROOT, "docs")
gold = json.load(open(os.path.join(ROOT, "gold.json")))

DRUGS = {"methamphetamine", "captagon", "amphetamine", "heroin", "morphine", "opium", "cannabis", "hashish", "cocaine",
         "tramadol", "mdma", "fentanyl", "ketamine", "precursors", "mixed", "unspecified"}
QUAL = {"exact", "approx", "at_least", "at_most"}
ETYPES = {"mou", "meeting", "conference", "joint_operation", "information_exchange", "training", "other"}
STYPES = {"death", "life", "prison", "unspecified"}
# The codes the sets use (a typo in the gold is caught; a new set adds its own).
ISO3 = set("MEX COL ECU PER BRA USA CAN GBR NLD BEL DEU ITA GRC ALB ESP MAR NGA GHA GNB KEN TZA ZAF PAK IND BGD MMR THA "
           "LAO MYS PHL IDN AUS NZL KGZ TJK IRQ IRN SAU ARE KWT QAT OMN BHR JOR SYR LBN KHM CHN VNM AFG ".split()) | set("DOM JAM TTO HND GTM PAN CRI SEN GIN GNB GMB CIV MOZ ETH KEN TZA ZAF KAZ KGZ TJK TKM UZB AZE RUS SRB MNE "
           "BIH HRV MKD TUR EGY LBN LKA MDV IND VNM KHM JPN KOR FJI WSM TON VUT PNG AUS NZL CAN USA GBR PRT FRA POL DEU "
           "COL IRQ IRN PAK AFG SAU ARE QAT KWT".split())
ISO3 |= set("BOL UGA NOR SWE DNK PRY".split())  # set 10
BODIES = {"UNODC", "EUROPOL", "INTERPOL", "CARICC", "MAOC-N", "EUDA", "EUROJUST", "GCC", "ASEAN"}
CUR = {"GBP", "PKR", "BDT", "NGN", "KES", "ZAR", "PHP", "THB", "MYR", "IDR", "AUD", "NZD", "AED", "BHD", "IRR", "IQD",
       "SAR", "USD", "EUR", "DOP", "JMD", "TTD", "HNL", "XOF", "TRY", "EGP", "LKR", "VND", "JPY", "KRW", "FJD", "CAD", "PLN",
       "KZT", "INR", "BRL", "COP", "MXN", "PEN", "BOB", "UGX", "MAD", "NOK", "SEK"}
ISO3 |= set("SGP NPL SLB GEO".split())  # set 11
BODIES |= {"ASEANAPOL"}  # set 11
CUR |= {"SGD", "NPR", "RUB", "MMK", "PGK"}  # set 11
ISO3 |= set("CPV LTU LVA EST FIN ARG GRD BRB".split())  # set 12
BODIES |= {"CMF"}  # set 12 (Combined Maritime Forces)
CUR |= {"GHS", "CVE", "MZN", "TZS"}  # set 12
ISO3 |= set("HKG TWN TON BTN ARM BLR LBY SDN".split())  # set 13
BODIES |= {"CSTO", "SCO", "BIMSTEC"}  # set 13
CUR |= {"HKD", "TWD", "MVR", "GEL", "AZN", "KWD", "SDG", "LYD", "JOD", "CNY", "LBP", "OMR", "QAR"}  # set 13
ISO3 |= set("HTI BHS PRI IRL UKR MDA ROU BGR CZE CHE NER MLI MDG NAM BWA TUN DZA".split())  # set 14
BODIES |= {"CARICOM", "SELEC", "EUBAM"}  # set 14
CUR |= {"BSD", "HTG", "DKK", "UAH", "MDL", "RON", "BGN", "CZK", "CHF", "ETB", "MGA", "NAD", "TND"}  # set 14
errs = []


def acc(v):
    return v if isinstance(v, list) else [v]


def rss_items(full):
    """The <item>s of an RSS 2.0 file as dicts (namespaced tags by prefix); 'body' is the unescaped
    content:encoded or description with its HTML tags removed."""
    import xml.etree.ElementTree as ET
    ns = {"http://purl.org/rss/1.0/modules/content/": "content:", "http://purl.org/dc/elements/1.1/": "dc:"}
    out = []
    for it in ET.parse(full).getroot().iter("item"):
        r = {}
        for ch in it:
            tag = ch.tag
            for uri, pre in ns.items():
                tag = tag.replace("{%s}" % uri, pre)
            r[tag] = ch.text or ""
        html = r.get("content:encoded") or r.get("description") or ""
        import html as _html
        r["body"] = _html.unescape(_re.sub(r"\s+", " ", _re.sub(r"<[^>]+>", " ", html)).strip())
        out.append(r)
    return out


def atom_entries(full):
    """The <entry>s of an Atom 1.0 feed as dicts (Atom tags without namespace; author/source as their name/title
    text); 'body' is the unescaped content (else summary) with its HTML tags removed."""
    import xml.etree.ElementTree as ET
    import html as _html
    A = "{http://www.w3.org/2005/Atom}"
    out = []
    for it in ET.parse(full).getroot().iter(A + "entry"):
        r = {}
        for ch in it:
            tag = ch.tag.replace(A, "")
            sub = ch.find(A + "name") if tag == "author" else ch.find(A + "title") if tag == "source" else None
            r[tag] = (sub.text if sub is not None else ch.text) or ""
        html = r.get("content") or r.get("summary") or ""
        r["body"] = _html.unescape(_re.sub(r"\s+", " ", _re.sub(r"<[^>]+>", " ", html)).strip())
        out.append(r)
    return out


def is_atom(full):
    with open(full, encoding="utf-8") as fh:
        return "<feed" in fh.read(2000)


def records(path):
    full = os.path.join(DOCS, path)
    if path.endswith(".atom") or (path.endswith(".xml") and is_atom(full)):
        return atom_entries(full)
    if path.endswith(".xml"):
        return rss_items(full)
    if path.endswith((".csv", ".tsv")):
        import csv
        with open(full, encoding="utf-8", newline="") as fh:
            head = fh.readline()
            fh.seek(0)
            delim = max(",;\t", key=head.count)  # the header's most frequent separator (set 14: ";")
            return list(csv.DictReader(fh, delimiter=delim))
    opener = gzip.open if path.endswith(".gz") else open
    base = path[:-3] if path.endswith(".gz") else path
    if base.endswith(".jsonl"):
        return [json.loads(l) for l in opener(full, "rt", encoding="utf-8") if l.strip()]
    if base.endswith(".json"):
        return json.load(opener(full, "rt", encoding="utf-8"))  # a list, or one object (dict)
    return None


def body_of(r):
    """The text field of a record: body or text, else the longest string value (set 12 varies the names)."""
    return r.get("body") or r.get("text") or max((v for v in r.values() if isinstance(v, str)), key=len, default="")


# 1. sources exist
dates = {}
for g in gold["docs"]:
    src = g["source"]
    path, _, n = src.partition("#")
    if not os.path.isfile(os.path.join(DOCS, path)):
        errs.append(f"missing file {path}")
        continue
    if n:
        recs = records(path)
        if not isinstance(recs, list) or not (1 <= int(n) <= len(recs)):
            errs.append(f"{src}: no record {n}")
    elif isinstance(records(path), list):
        errs.append(f"{src}: a multi-record file needs #N")
    elif path.endswith(".gz"):
        gzip.open(os.path.join(DOCS, path)).read()
    pdv = g.get("published_date")
    dates[src] = pdv["value"] if isinstance(pdv, dict) else pdv
# every doc file is annotated
annotated = {g["source"].partition("#")[0] for g in gold["docs"]}
for f in os.listdir(DOCS):
    if f not in annotated:
        errs.append(f"file without gold: {f}")
for path in {s for s in annotated if s.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz", ".xml", ".csv", ".atom", ".tsv"))}:
    if isinstance(records(path), dict):  # one object: source without #N
        continue
    n = len(records(path))
    have = {g["source"] for g in gold["docs"] if g["source"].startswith(path + "#")}
    if have != {f"{path}#{i}" for i in range(1, n + 1)}:
        errs.append(f"{path}: records and gold differ")

# 2. duplicates point to earlier documents
for g in gold["docs"]:
    if g.get("duplicate_of"):
        t = g["duplicate_of"]
        if t not in dates:
            errs.append(f"{g['source']}: duplicate target {t} not in gold")
        elif not (dates[t] and dates[g["source"]] and dates[t] < dates[g["source"]]):
            errs.append(f"{g['source']}: duplicate target not earlier")

# 3. vocabularies, fields
clusters = defaultdict(list)
for g in gold["docs"]:
    seen_cl = set()
    for f in g["facts"]:
        t = f["table"]
        where = f"{g['source']} {t} {json.dumps(f)[:90]}"
        for c in acc(f.get("country", "ISO")):
            if c is not None and c != "ISO" and c not in ISO3:
                errs.append(f"bad country {c}: {where}")
        for q in acc(f.get("qualifier", "exact")):
            if q not in QUAL:
                errs.append(f"bad qualifier: {where}")
        if "period" in f and f["period"] is not None:
            s, e = dt.date.fromisoformat(f["period"]["start"]), dt.date.fromisoformat(f["period"]["end"])
            if s > e:
                errs.append(f"period reversed: {where}")
        if "location" in f and (f["location"] is None or None in acc(f["location"])):
            errs.append(f"null location: {where}")
        if t == "seizures":
            for d in acc(f["drug"]):
                if d not in DRUGS:
                    errs.append(f"bad drug {d}: {where}")
            nums = [k for k in ("quantity_kg", "pill_count", "value_amount") if f.get(k) is not None]
            if not nums and not f.get("optional"):
                errs.append(f"required seizure without number: {where}")
            if f.get("value_amount") is not None and f.get("value_currency") not in CUR:
                errs.append(f"bad currency: {where}")
        elif t == "sentences":
            for s_ in acc(f["sentence_type"]):
                if s_ not in STYPES:
                    errs.append(f"bad sentence type: {where}")
        elif t == "cooperation_events":
            for e in acc(f["event_type"]):
                if e not in ETYPES:
                    errs.append(f"bad event type: {where}")
            for p in f.get("parties") or []:
                if p not in ISO3 and p not in BODIES:
                    errs.append(f"bad party {p}: {where}")
            if not f.get("optional") and len(f.get("parties") or []) < 2:
                errs.append(f"cooperation needs two parties: {where}")
        if f.get("cluster"):
            if f["cluster"] in seen_cl:
                errs.append(f"cluster {f['cluster']} twice in one doc: {where}")
            seen_cl.add(f["cluster"])
            clusters[f["cluster"]].append((g["source"], t))
for c, items in clusters.items():
    if len(items) < 2:
        errs.append(f"cluster {c} used once")
    if len({t for _, t in items}) > 1:
        errs.append(f"cluster {c} spans tables")

# 3b. article length: 80-400 words (HTML: the <article> element only)
import re as _re


def article_text(src):
    path, _, n = src.partition("#")
    full = os.path.join(DOCS, path)
    if n:
        return body_of(records(path)[int(n) - 1])
    if isinstance(records(path), dict):
        return body_of(records(path))
    if path.endswith(".gz"):
        return gzip.open(full).read().decode("utf-8")
    t = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        m = _re.search(r"<article>(.*)</article>", t, _re.S) or _re.search(r"<body>(.*)</body>", t, _re.S)
        t = _re.sub(r"<[^>]+>", " ", m.group(1) if m else t)
    return t


words = {}
for g in gold["docs"]:
    words[g["source"]] = len(article_text(g["source"]).split())
    if not 80 <= words[g["source"]] <= 400:
        errs.append(f"{g['source']}: {words[g['source']]} words")

# 4. fake output from the gold
out = os.path.join(ROOT, "build", "_fake_out")
os.makedirs(out, exist_ok=True)
did = {g["source"]: hashlib.sha1(g["source"].encode()).hexdigest()[:16] for g in gold["docs"]}


def first(v):
    return v[0] if isinstance(v, list) else v


def dval(g, k):
    v = g.get(k)
    return v["value"] if isinstance(v, dict) else v


docs_rows = [{"doc_id": did[g["source"]], "source": g["source"], "title": dval(g, "title"), "outlet": dval(g, "outlet"),
              "published_date": dt.date.fromisoformat(dval(g, "published_date")) if dval(g, "published_date") else None,
              "duplicate_of": did[g["duplicate_of"]] if g.get("duplicate_of") else None} for g in gold["docs"]]
pq.write_table(pa.Table.from_pylist(docs_rows, schema=pa.schema([
    ("doc_id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
    ("published_date", pa.date32()), ("duplicate_of", pa.string())])), os.path.join(out, "documents.parquet"))
common = [("fact_id", pa.string()), ("doc_id", pa.string()), ("evidence", pa.string()), ("country", pa.string()),
          ("period_start", pa.date32()), ("period_end", pa.date32()), ("qualifier", pa.string()),
          ("is_aggregate", pa.bool_()), ("cluster_id", pa.string())]
extra = {"seizures": [("drug", pa.string()), ("quantity_kg", pa.float64()), ("pill_count", pa.int64()),
                      ("value_amount", pa.float64()), ("value_currency", pa.string()), ("location", pa.string())],
         "arrests": [("count", pa.int64())],
         "sentences": [("sentence_type", pa.string()), ("count", pa.int64())],
         "cooperation_events": [("event_type", pa.string()), ("parties", pa.list_(pa.string())), ("count", pa.int64()),
                                ("location", pa.string())],
         "network_disruptions": [("count", pa.int64()), ("scope", pa.string())]}
rows = defaultdict(list)
k = 0
for g in gold["docs"]:
    for f in g["facts"]:
        if f.get("optional"):
            continue
        k += 1
        per = f.get("period")
        r = {"fact_id": f"f{k}", "doc_id": did[g["source"]], "evidence": f.get("evidence_contains", ""),
             "country": first(f.get("country")), "qualifier": first(f.get("qualifier", "exact")),
             "is_aggregate": first(f.get("is_aggregate", False)), "cluster_id": f.get("cluster") or f"c{k}",
             "period_start": dt.date.fromisoformat(per["start"]) if per else None,
             "period_end": dt.date.fromisoformat(per["end"]) if per else None}
        for name, _ in extra[f["table"]]:
            v = f.get(name)
            if name in ("drug", "sentence_type", "event_type", "scope", "location", "value_currency"):
                v = first(v)
            r[name] = v
        rows[f["table"]].append(r)
for t, ex in extra.items():
    pq.write_table(pa.Table.from_pylist(rows[t], schema=pa.schema(common + ex)), os.path.join(out, t + ".parquet"))

score = os.environ.get("SCORE", "/work/shared/eval/score.py")
res = subprocess.run([sys.executable, score, "--gold", os.path.join(ROOT, "gold.json"), "--out", out, "--show-errors"],
                     capture_output=True, text=True)
print(res.stdout[-3500:], res.stderr[-2000:])

# empty output with documents only (loads?)
emp = out + "_docs_only"
os.makedirs(emp, exist_ok=True)
pq.write_table(pa.Table.from_pylist(docs_rows), os.path.join(emp, "documents.parquet"))
res2 = subprocess.run([sys.executable, score, "--gold", os.path.join(ROOT, "gold.json"), "--out", emp],
                      capture_output=True, text=True)
print("docs-only run:", res2.stdout.strip().splitlines()[-1], "| exit", res2.returncode)

# stats
per_table = Counter(f["table"] for g in gold["docs"] for f in g["facts"] if not f.get("optional"))
opt_table = Counter(f["table"] for g in gold["docs"] for f in g["facts"] if f.get("optional"))
fmt = Counter(os.path.splitext(g["source"].partition("#")[0])[1] or "?" for g in gold["docs"])
print("documents:", len(gold["docs"]), dict(fmt))
print("words per article: min", min(words.values()), "max", max(words.values()))
print("required facts:", sum(per_table.values()), dict(per_table))
print("optional facts:", sum(opt_table.values()), dict(opt_table))
print("no-fact docs:", [g["source"] for g in gold["docs"] if not g["facts"]])
print("duplicates:", [(g["source"], g["duplicate_of"]) for g in gold["docs"] if g.get("duplicate_of")])
print("cross-doc clusters:", {c: len(v) for c, v in clusters.items()})
print("countries:", sorted({c for g in gold["docs"] for f in g["facts"] for c in acc(f.get("country")) if c}))
print("ERRORS:" if errs else "no validation errors", *errs, sep="\n  ")
