#!/usr/bin/env python3
"""Read every partitioned table of a run's output the way analysts do: the whole folder at
once with pyarrow (as pandas.read_parquet does) and with DuckDB's hive_partitioning.
Exits non-zero when a reader refuses a folder or the folder key disagrees with the
`published_month` column inside the files.

    python3 scripts/read_folders.py OUTDIR
"""
import os
import sys

import pyarrow.parquet as pq

out = sys.argv[1]
problems = 0
folders = sorted(d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d)) and not d.startswith((".", "_")))
for name in folders:
    path = os.path.join(out, name)
    try:
        t = pq.read_table(path)
        if "month" in t.column_names and t.num_rows:
            inside = t.column("published_month").to_pylist()
            folder = [str(v) for v in t.column("month").to_pylist()]
            if inside != folder:
                raise ValueError("folder key month differs from the published_month column")
        rows = t.num_rows
    except Exception as e:  # noqa: BLE001 - any refusal is a problem to report
        print(f"{name}: pyarrow cannot read the folder: {e}")
        problems += 1
        continue
    try:
        import duckdb
        n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}/*/*.parquet', hive_partitioning = true)").fetchall()[0][0]
        if n != rows:
            raise ValueError(f"{n} rows in DuckDB, {rows} in pyarrow")
    except ImportError:
        pass
    except Exception as e:  # noqa: BLE001
        print(f"{name}: DuckDB cannot read the folder: {e}")
        problems += 1
print(f"folders={len(folders)} problems={problems}")
sys.exit(1 if problems else 0)
