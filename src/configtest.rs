//! `interdict test`: the `[[tests]]` of a pipeline file, as Vector's `vector test` does it.
//! Each test gives an input text (and its publication date); its expectations name a
//! table and the rows the stages must produce from that text.

use crate::config::{Config, ConfigTest, Expectation};
use crate::model::{FactTable, RawDoc};
use crate::sink::{ColumnData, Table};
use crate::stages::chain::{DocChain, DocOut};
use crate::stages::pattern::PatternRow;
use std::collections::BTreeMap;

/// Why a `[[tests]]` entry failed.
#[derive(Debug, thiserror::Error)]
enum TestFailure {
    #[error("published `{0}` is not YYYY-MM-DD")]
    Published(String),
    #[error("rejected by {stage}: {reason}")]
    Rejected { stage: String, reason: String },
    #[error("no table `{table}` (tables: {tables})")]
    NoTable { table: String, tables: String },
    #[error("`{table}`: expected {want} row(s), got {got}")]
    Rows { table: String, want: usize, got: usize },
    #[error("`{table}` has no column `{column}`")]
    NoColumn { table: String, column: String },
    #[error("`{table}`: no row with {fields} among {rows} row(s)")]
    NoRow { table: String, fields: String, rows: usize },
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))]
    Several(Vec<TestFailure>),
}

/// The tables one text gives: fact tables and the user tables, through the same document
/// chain as a run (gates, extract, patterns).
fn tables_for(cfg: &Config, chain: &DocChain, t: &ConfigTest) -> Result<BTreeMap<String, Table>, TestFailure> {
    let published = match &t.published {
        Some(d) => Some(chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| TestFailure::Published(d.clone()))?),
        None => None,
    };
    let raw = RawDoc { source: format!("test:{}", t.name), format: "text".into(), published, text: t.input.clone(), ..Default::default() };
    let (mut facts, rows) = match chain.process(&raw) {
        DocOut::Done { rows, .. } => (rows.facts, rows.rows),
        DocOut::Dropped(_) => (Vec::new(), Vec::new()),
        DocOut::Rejected(r) => return Err(TestFailure::Rejected { stage: r.stage, reason: r.reason }),
    };
    crate::stages::dedup::cluster(&mut facts, &BTreeMap::new(), &Default::default());
    let mut out = BTreeMap::new();
    for t in FactTable::ALL {
        out.insert(t.name().to_string(), crate::tables::fact_table(t, &facts));
    }
    let _ = cfg;
    for name in chain.row_tables() {
        let mine: Vec<&PatternRow> = rows.iter().filter(|r| r.table == name).collect();
        if let Some(t) = chain.table_of_rows(&name, &mine) {
            out.insert(name, t);
        }
    }
    Ok(out)
}

fn cell_matches(col: &ColumnData, row: usize, want: &toml::Value) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 0.005 * a.abs().max(b.abs()).max(1e-9);
    match (col, want) {
        (ColumnData::Str(v), toml::Value::String(w)) => v[row].as_deref().is_some_and(|x| x.eq_ignore_ascii_case(w)),
        (ColumnData::F64(v), w) => w.as_float().or(w.as_integer().map(|i| i as f64)).zip(v[row]).is_some_and(|(w, x)| close(w, x)),
        (ColumnData::I64(v), w) => w.as_integer().zip(v[row]).is_some_and(|(w, x)| w == x),
        (ColumnData::Bool(v), toml::Value::Boolean(w)) => v[row] == Some(*w),
        (ColumnData::Date(v), toml::Value::String(w)) => v[row].map(|d| d.to_string()).as_deref() == Some(w.as_str()),
        (ColumnData::Date(v), toml::Value::Datetime(w)) => v[row].map(|d| d.to_string()) == Some(w.to_string()),
        (ColumnData::ListStr(v), toml::Value::Array(w)) => {
            let mut a: Vec<String> = v[row].iter().map(|s| s.to_uppercase()).collect();
            let mut b: Vec<String> = w.iter().filter_map(|x| x.as_str().map(str::to_uppercase)).collect();
            a.sort();
            b.sort();
            a == b
        }
        _ => false,
    }
}

fn check(e: &Expectation, tables: &BTreeMap<String, Table>) -> Result<(), TestFailure> {
    let t = tables.get(&e.table).ok_or_else(|| TestFailure::NoTable { table: e.table.clone(), tables: tables.keys().cloned().collect::<Vec<_>>().join(", ") })?;
    let n = t.num_rows();
    if let Some(want) = e.rows {
        if n != want {
            return Err(TestFailure::Rows { table: e.table.clone(), want, got: n });
        }
    }
    if e.fields.is_empty() {
        return Ok(());
    }
    for (k, _) in &e.fields {
        if t.column(k).is_none() {
            return Err(TestFailure::NoColumn { table: e.table.clone(), column: k.clone() });
        }
    }
    let hit = (0..n).any(|r| e.fields.iter().all(|(k, v)| cell_matches(t.column(k).unwrap(), r, v)));
    if hit {
        Ok(())
    } else {
        Err(TestFailure::NoRow { table: e.table.clone(), fields: e.fields.iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", "), rows: n })
    }
}

/// Run every test; the report and whether all passed.
pub fn run_all(cfg: &Config) -> (String, bool) {
    let mut report = String::new();
    let (mut passed, mut failed) = (0, 0);
    let chain = match DocChain::build(&cfg.stages, &cfg.lexicon, cfg.document_timeout) {
        Ok(c) => c,
        Err(e) => return (format!("{e}\n"), false),
    };
    for t in &cfg.tests {
        let result = tables_for(cfg, &chain, t).and_then(|tables| {
            let errs: Vec<TestFailure> = t.expect.iter().filter_map(|e| check(e, &tables).err()).collect();
            if errs.is_empty() { Ok(()) } else { Err(TestFailure::Several(errs)) }
        });
        match result {
            Ok(()) => {
                passed += 1;
                report.push_str(&format!("test {} ... ok\n", t.name));
            }
            Err(e) => {
                failed += 1;
                report.push_str(&format!("test {} ... FAILED: {e}\n", t.name));
            }
        }
    }
    report.push_str(&format!("{passed} passed, {failed} failed\n"));
    (report, failed == 0)
}
