"""interdict from Python: the Rust rules of the interdict CLI, Arrow in and out.

    import pyarrow as pa, interdict
    batch = pa.RecordBatch.from_pydict({"source": ["a.txt"], "text": ["Police seized 5 kg of heroin in Basra on 2 March 2025."]})
    tables = interdict.extract_batch(batch)          # {"seizures": pyarrow.Table, ...}
    manifest = interdict.run("articles/", "outputs/")  # the whole single-machine pipeline
"""

from ._interdict import extract_batch, run, version  # noqa: F401

__all__ = ["extract_batch", "run", "version"]
__version__ = version()
