"""Smoke test of the built wheel, run in a fresh virtualenv by .ci/run:

    python -m venv /tmp/v && /tmp/v/bin/pip install interdict-*.whl
    /tmp/v/bin/python python/tests/smoke.py data/

Checks that the package imports, that extract_batch gives the contract's tables as
pyarrow Tables with the rows the CLI gives for the same documents, that a bad record
goes to rejects, and that run() publishes a whole output.
"""
import os
import sys
import tempfile

import pyarrow as pa
import pyarrow.parquet as pq

import interdict

FACT_TABLES = ["seizures", "arrests", "sentences", "cooperation_events", "network_disruptions"]


def read_dir(out, table):
    files = []
    for root, _, names in os.walk(os.path.join(out, table)):
        files += [os.path.join(root, n) for n in names if n.endswith(".parquet")]
    single = os.path.join(out, table + ".parquet")
    if os.path.exists(single):
        files.append(single)
    return pa.concat_tables([pq.read_table(f) for f in sorted(files)], promote_options="default")


def key(row):
    return (row["fact_id"], row.get("drug"), row.get("quantity_kg"), row.get("pill_count"), row.get("count"), row["country"], row.get("origin_country"))


def main(data):
    assert interdict.version(), "no version"
    # Plain-text articles of the sample folder, as a batch: source and text columns.
    sources, texts = [], []
    for root, _, names in sorted(os.walk(data)):
        for n in sorted(names):
            if n.endswith(".txt"):
                p = os.path.join(root, n)
                sources.append(os.path.relpath(p, data))
                texts.append(open(p, encoding="utf-8").read())
    assert len(sources) >= 2, sources
    batch = pa.RecordBatch.from_pydict({"source": sources + ["empty.txt"], "text": texts + ["   "]})
    tables = interdict.extract_batch(batch)
    assert set(tables) == {"documents", "rejects", *FACT_TABLES}, sorted(tables)
    for name, t in tables.items():
        assert isinstance(t, pa.Table), (name, type(t))
        for f in t.schema:
            assert "view" not in str(f.type), (name, f)
    assert tables["documents"].num_rows == len(sources), tables["documents"].num_rows
    rej = tables["rejects"].to_pylist()
    assert [r["source"] for r in rej] == ["empty.txt"] and rej[0]["reason"], rej
    seiz = tables["seizures"]
    for col in ["drug", "quantity_kg", "pill_count", "country", "period_start", "origin_country", "transport_mode", "latitude", "evidence"]:
        assert col in seiz.column_names, col
    assert seiz.schema.field("period_start").type == pa.date32()
    assert seiz.schema.field("pill_count").type == pa.int64()

    # The whole pipeline, then the same facts for the same documents.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        manifest = interdict.run(data, out)
        assert manifest["documents"] >= len(sources), manifest
        assert os.path.exists(os.path.join(out, "manifest.json"))
        docs = read_dir(out, "documents").to_pylist()
        ids = {d["doc_id"] for d in docs if d["source"] in sources}
        assert ids == set(tables["documents"].column("doc_id").to_pylist()), "documents differ from the CLI's"
        for t in FACT_TABLES:
            cli = sorted(key(r) for r in read_dir(out, t).to_pylist() if r["doc_id"] in ids)
            py = sorted(key(r) for r in tables[t].to_pylist())
            assert cli == py, f"{t}: the run gives {len(cli)} rows, extract_batch {len(py)}\n{cli}\n{py}"
    print(f"ok: interdict {interdict.version()}; {len(sources)} documents, " + ", ".join(f"{t} {tables[t].num_rows}" for t in FACT_TABLES))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data")
