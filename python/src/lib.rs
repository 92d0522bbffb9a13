//! `interdict` for Python (PyO3): the CLI's rules on Arrow batches, and the whole
//! single-machine pipeline.
//!
//! - `extract_batch(batch, config=None)`: a `pyarrow.RecordBatch` of documents (`source`,
//!   `text`; optional `title`, `outlet`, `url`, `published_date`) in, a dict of
//!   `pyarrow.Table` out: `documents`, `rejects` and the fact tables with the contract's
//!   columns, through the Arrow C data interface (no copy of the Arrow buffers). The
//!   per-document stages of the pipeline file run (ingest options, clean, filters,
//!   patterns, extract); deduplication is not done here (each fact is its own
//!   cluster), as it needs the whole corpus: the Spark job or `run` does it.
//! - `run(input, output, config=None, full_refresh=False)`: `interdict run`, returning
//!   the manifest as a dict.

use arrow::array::{Array, AsArray, RecordBatch};
use arrow::datatypes::{DataType, Date32Type};
use arrow_pyarrow::{PyArrowType, ToPyArrow};
use interdict::config::{self, Config};
use interdict::model::{Fact, FactTable, RawDoc};
use interdict::stages::chain::{DocChain, DocOut};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;
use std::path::PathBuf;

fn load(config: Option<PathBuf>) -> PyResult<Config> {
    config::load(config.as_deref()).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A column as optional strings (any string type, or cast to one); None when absent.
fn strings(batch: &RecordBatch, name: &str) -> PyResult<Option<Vec<Option<String>>>> {
    let Some(col) = batch.column_by_name(name) else { return Ok(None) };
    let utf8 = arrow::compute::cast(col, &DataType::Utf8).map_err(|e| PyValueError::new_err(format!("column `{name}`: {e}")))?;
    let a = utf8.as_string::<i32>();
    Ok(Some((0..a.len()).map(|i| a.is_valid(i).then(|| a.value(i).to_string())).collect()))
}

/// `published_date` as dates: a date32 column, or strings starting with YYYY-MM-DD.
fn dates(batch: &RecordBatch) -> PyResult<Vec<Option<chrono::NaiveDate>>> {
    let n = batch.num_rows();
    let Some(col) = batch.column_by_name("published_date") else { return Ok(vec![None; n]) };
    if col.data_type() == &DataType::Date32 {
        let a = col.as_primitive::<Date32Type>();
        let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
        return Ok((0..n).map(|i| a.is_valid(i).then(|| epoch + chrono::Duration::days(a.value(i) as i64))).collect());
    }
    Ok(strings(batch, "published_date")?
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.and_then(|s| chrono::NaiveDate::parse_from_str(s.get(..10).unwrap_or(&s), "%Y-%m-%d").ok()))
        .collect())
}

fn raw_docs(batch: &RecordBatch) -> PyResult<Vec<RawDoc>> {
    let need = |name: &str| strings(batch, name)?.ok_or_else(|| PyValueError::new_err(format!("the batch has no `{name}` column")));
    let (sources, texts) = (need("source")?, need("text")?);
    let n = batch.num_rows();
    let opt = |name: &str| -> PyResult<Vec<Option<String>>> { Ok(strings(batch, name)?.unwrap_or_else(|| vec![None; n])) };
    let (titles, outlets, urls, published) = (opt("title")?, opt("outlet")?, opt("url")?, dates(batch)?);
    Ok((0..n)
        .map(|i| RawDoc {
            source: sources[i].clone().unwrap_or_else(|| format!("row#{}", i + 1)),
            format: "record".into(),
            title: titles[i].clone(),
            outlet: outlets[i].clone(),
            url: urls[i].clone(),
            published: published[i],
            text: texts[i].clone().unwrap_or_default(),
        })
        .collect())
}

/// Run the pipeline's per-document stages over a batch of documents.
#[pyfunction]
#[pyo3(signature = (batch, config=None))]
fn extract_batch<'py>(py: Python<'py>, batch: PyArrowType<RecordBatch>, config: Option<PathBuf>) -> PyResult<Bound<'py, PyDict>> {
    let cfg = load(config)?;
    let raws = raw_docs(&batch.0)?;
    let tables = py.detach(|| -> Result<Vec<interdict::sink::Table>, String> {
        let chain = DocChain::build(&cfg.stages, &cfg.lexicon, cfg.document_timeout).map_err(|e| e.to_string())?;
        let outs: Vec<DocOut> = raws.par_iter().map(|r| chain.process(r)).collect();
        let (mut docs, mut facts, mut rejects) = (Vec::new(), Vec::<Fact>::new(), Vec::new());
        for o in outs {
            match o {
                DocOut::Done { doc, rows } => {
                    docs.push(interdict::stages::dedup::DocMeta::of(&doc, &Default::default()));
                    facts.extend(rows.facts);
                }
                DocOut::Rejected(r) => rejects.push(r),
                DocOut::Dropped(_) => {}
            }
        }
        let mut out = vec![interdict::tables::documents(&docs), interdict::tables::rejects(&rejects)];
        out.extend(FactTable::ALL.into_iter().map(|t| interdict::tables::fact_table(t, &facts)));
        Ok(out)
    });
    let tables = tables.map_err(PyValueError::new_err)?;
    let docs = interdict::dictionary::descriptions(&cfg);
    let pa = py.import("pyarrow")?;
    let dict = PyDict::new(py);
    for t in &tables {
        let rb = interdict::sink::parquet::record_batch(t, &docs).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        let schema = rb.schema().to_pyarrow(py)?;
        let pyrb = rb.to_pyarrow(py)?;
        let table = pa.getattr("Table")?.call_method1("from_batches", (vec![pyrb], schema))?;
        dict.set_item(&t.name, table)?;
    }
    Ok(dict)
}

/// `interdict run`: the whole pipeline over a folder (or object-store URI), published
/// atomically to `output`; returns the manifest.
#[pyfunction]
#[pyo3(signature = (input, output, config=None, full_refresh=false))]
fn run<'py>(py: Python<'py>, input: PathBuf, output: PathBuf, config: Option<PathBuf>, full_refresh: bool) -> PyResult<Bound<'py, PyAny>> {
    let mut cfg = load(config)?;
    cfg.input = input;
    cfg.output = output;
    let manifest = py.detach(|| -> Result<String, String> {
        let out = interdict::sink::Output::lock(&cfg.output, std::time::Duration::ZERO).map_err(|e| e.to_string())?;
        let result = interdict::run::execute(&cfg, false, full_refresh).map_err(|e| format!("run failed; previous outputs are untouched: {e}"))?;
        let manifest = interdict::run::write(&cfg, &out, result).map_err(|e| format!("writing outputs failed; previous outputs are untouched: {e}"))?;
        serde_json::to_string(&manifest).map_err(|e| e.to_string())
    });
    let manifest = manifest.map_err(PyRuntimeError::new_err)?;
    py.import("json")?.call_method1("loads", (manifest,))
}

/// The version of the Rust crate the package was built from.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _interdict(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(run, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
