//! `interdict test`: the `[[tests]]` of a pipeline file, as Vector's `vector test` does it.
//! Each test gives an input text (and its publication date); its expectations name a
//! table and the rows the stages must produce from that text.

use crate::config::{Config, ConfigTest, Expectation};
use crate::extract::{self, ExtractOptions};
use crate::filter::{Filter, FilterOptions};
use crate::model::{FactTable, RawDoc};
use crate::pattern::{Pattern, PatternOptions};
use crate::sink::{ColumnData, Table};
use std::collections::BTreeMap;

/// The tables one text gives: fact tables and pattern tables.
fn tables_for(cfg: &Config, t: &ConfigTest) -> Result<BTreeMap<String, Table>, String> {
    let lx = &cfg.lexicon;
    let published = match &t.published {
        Some(d) => Some(chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| format!("published `{d}` is not YYYY-MM-DD"))?),
        None => None,
    };
    let raw = RawDoc { source: format!("test:{}", t.name), format: "text".into(), published, text: t.input.clone(), ..Default::default() };
    let doc = crate::clean::clean(&raw, lx);
    let opts = |kind: &str| -> Vec<(String, toml::Value)> { cfg.stages.iter().filter(|s| s.kind == kind).map(|s| (s.name.clone(), toml::Value::Table(s.options.clone()))).collect() };
    let mut passes = true;
    for (name, v) in opts("filter") {
        let o: FilterOptions = v.try_into().map_err(|e: toml::de::Error| e.to_string())?;
        passes &= Filter::compile(&name, &o, lx)?.passes(&doc, lx);
    }
    let mut out = BTreeMap::new();
    let extract_opts: Option<ExtractOptions> = opts("extract").into_iter().next().map(|(_, v)| v.try_into().unwrap_or_default());
    let mut facts = match (&extract_opts, passes) {
        (Some(o), true) => extract::extract(&doc, lx, o).facts,
        _ => Vec::new(),
    };
    crate::dedup::cluster(&mut facts, &BTreeMap::new(), &Default::default());
    for t in FactTable::ALL {
        out.insert(t.name().to_string(), crate::tables::fact_table(t, &facts));
    }
    for (name, v) in opts("pattern") {
        let o: PatternOptions = v.try_into().map_err(|e: toml::de::Error| e.to_string())?;
        let p = Pattern::compile(&name, &o)?;
        let rows = if passes { p.apply(&doc, lx) } else { Vec::new() };
        out.insert(p.table.clone(), p.table(&rows.iter().collect::<Vec<_>>()));
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

fn check(e: &Expectation, tables: &BTreeMap<String, Table>) -> Result<(), String> {
    let t = tables.get(&e.table).ok_or_else(|| format!("no table `{}` (tables: {})", e.table, tables.keys().cloned().collect::<Vec<_>>().join(", ")))?;
    let n = t.num_rows();
    if let Some(want) = e.rows {
        if n != want {
            return Err(format!("`{}`: expected {want} row(s), got {n}", e.table));
        }
    }
    if e.fields.is_empty() {
        return Ok(());
    }
    for (k, _) in &e.fields {
        if t.column(k).is_none() {
            return Err(format!("`{}` has no column `{k}`", e.table));
        }
    }
    let hit = (0..n).any(|r| e.fields.iter().all(|(k, v)| cell_matches(t.column(k).unwrap(), r, v)));
    if hit {
        Ok(())
    } else {
        Err(format!("`{}`: no row with {} among {n} row(s)", e.table, e.fields.iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", ")))
    }
}

/// Run every test; the report and whether all passed.
pub fn run_all(cfg: &Config) -> (String, bool) {
    let mut report = String::new();
    let (mut passed, mut failed) = (0, 0);
    for t in &cfg.tests {
        let result = tables_for(cfg, t).and_then(|tables| {
            let errs: Vec<String> = t.expect.iter().filter_map(|e| check(e, &tables).err()).collect();
            if errs.is_empty() { Ok(()) } else { Err(errs.join("; ")) }
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
