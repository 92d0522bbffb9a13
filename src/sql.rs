//! The sql stage: a polars SQL query over tables produced upstream (fact tables,
//! documents, clusters, aggregates, pattern tables, other sql stages), written as a new
//! table named after the stage.

use crate::frames;
use crate::sink::Table;
use polars::prelude::*;
use polars::sql::SQLContext;
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SqlOptions {
    pub query: String,
}

/// The table names a query reads (after FROM and JOIN), lower-cased.
pub fn tables_read(query: &str) -> BTreeSet<String> {
    static FROM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?i)\b(?:from|join)\s+["`]?([A-Za-z_][A-Za-z0-9_]*)"#).unwrap());
    static CTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:\bwith|,)\s*([A-Za-z_][A-Za-z0-9_]*)\s+as\s*\(").unwrap());
    let ctes: BTreeSet<String> = CTE.captures_iter(query).map(|c| c[1].to_lowercase()).collect();
    FROM.captures_iter(query).map(|c| c[1].to_lowercase()).filter(|t| !ctes.contains(t) && t != "select").collect()
}

/// Run a query over the given tables.
pub fn run(name: &str, query: &str, tables: &BTreeMap<String, Table>) -> Result<Table, String> {
    let ctx = SQLContext::new();
    for t in tables_read(query) {
        let Some(table) = tables.get(&t) else { continue };
        let df = frames::to_frame(table).map_err(|e| format!("table `{t}`: {e}"))?;
        ctx.register(&t, df.lazy());
    }
    let mut ctx = ctx;
    let df = ctx.execute(query).and_then(|lf| lf.collect()).map_err(|e| e.to_string())?;
    frames::to_table(name, &df, &[], &[]).map_err(|e| e.to_string())
}

/// Empty tables with the schemas that the stages upstream of `name` write, for checking
/// a query without running the pipeline.
pub fn empty_upstream(stages: &[crate::config::StageConfig], name: &str) -> Result<BTreeMap<String, Table>, String> {
    let up = crate::plan::upstream(stages, name);
    let mut out: BTreeMap<String, Table> = BTreeMap::new();
    for s in stages.iter().filter(|s| up.contains(&s.name)) {
        let made: Vec<Table> = if s.kind == "sql" {
            let o: SqlOptions = toml::Value::Table(s.options.clone()).try_into().map_err(|e: toml::de::Error| e.to_string())?;
            let inner = empty_upstream(stages, &s.name)?;
            vec![run(&s.name, &o.query, &inner).map_err(|e| format!("upstream sql stage `{}`: {e}", s.name))?]
        } else {
            match crate::stages::kind(&s.kind) {
                Some(k) => (k.empty_tables)(s)?,
                None => Vec::new(),
            }
        };
        for t in made {
            out.insert(t.name.clone(), t);
        }
    }
    Ok(out)
}

/// Plan a query against empty upstream tables: syntax, tables and columns are checked.
pub fn check(query: &str, stages: &[crate::config::StageConfig], name: &str) -> Result<(), String> {
    let tables = empty_upstream(stages, name)?;
    run(name, query, &tables).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::ColumnData;

    #[test]
    fn tables_of_a_query() {
        let q = "WITH x AS (SELECT * FROM seizures) SELECT * FROM x JOIN documents d ON x.doc_id = d.doc_id";
        assert_eq!(tables_read(q).into_iter().collect::<Vec<_>>(), vec!["documents".to_string(), "seizures".to_string()]);
    }

    #[test]
    fn query_over_tables() {
        let t = Table::new("seizures").col("drug", ColumnData::Str(vec![Some("heroin".into()), Some("heroin".into()), Some("opium".into())])).col("quantity_kg", ColumnData::F64(vec![Some(1.0), Some(2.0), None]));
        let tables: BTreeMap<String, Table> = [("seizures".to_string(), t)].into_iter().collect();
        let out = run("by_drug", "SELECT drug, SUM(quantity_kg) AS kg, COUNT(*) AS n FROM seizures GROUP BY drug ORDER BY drug", &tables).unwrap();
        assert_eq!(out.column("drug"), Some(&ColumnData::Str(vec![Some("heroin".into()), Some("opium".into())])));
        assert_eq!(out.column("n"), Some(&ColumnData::I64(vec![Some(2), Some(1)])));
        assert!(run("bad", "SELEC drug FROM seizures", &tables).is_err());
        assert!(run("bad", "SELECT * FROM nowhere", &tables).is_err());
    }
}
