//! The sql stage: a polars SQL query over tables produced upstream (fact tables,
//! documents, clusters, aggregates, pattern tables, other sql stages), written as a new
//! table named after the stage.

use crate::frames;
use crate::sink::Table;
use polars::prelude::*;
use polars::sql::SQLContext;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SqlOptions {
    pub query: String,
}

/// The table names a query reads, lower-cased: every relation of the parsed query (FROM,
/// JOIN, subqueries, set operations) except the names its own CTEs define. Comments and
/// string literals are never taken for tables. A query that does not parse reads nothing
/// here; planning it reports the syntax error.
pub fn tables_read(query: &str) -> BTreeSet<String> {
    use sqlparser::ast::{ObjectName, Query, Visit, Visitor};
    use std::ops::ControlFlow;
    #[derive(Default)]
    struct Relations {
        read: BTreeSet<String>,
        ctes: BTreeSet<String>,
    }
    impl Visitor for Relations {
        type Break = ();
        fn pre_visit_query(&mut self, q: &Query) -> ControlFlow<()> {
            if let Some(with) = &q.with {
                self.ctes.extend(with.cte_tables.iter().map(|c| c.alias.name.value.to_lowercase()));
            }
            ControlFlow::Continue(())
        }
        fn pre_visit_relation(&mut self, r: &ObjectName) -> ControlFlow<()> {
            if let Some(ident) = r.0.last().and_then(|p| p.as_ident()) {
                self.read.insert(ident.value.to_lowercase());
            }
            ControlFlow::Continue(())
        }
    }
    let Ok(statements) = sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::GenericDialect {}, query) else {
        return BTreeSet::new();
    };
    let mut v = Relations::default();
    let _ = statements.visit(&mut v);
    v.read.difference(&v.ctes).cloned().collect()
}

/// The column names a query mentions, lower-cased (identifiers, and the last part of
/// `t.column`); None when it selects `*` and so reads every column. Names that are not
/// columns (aliases, functions' arguments) do no harm: the caller reads the columns of
/// its tables that are in the set.
pub fn columns_read(query: &str) -> Option<BTreeSet<String>> {
    use sqlparser::ast::{Expr, Query, SelectItem, SetExpr, Visit, Visitor};
    use std::ops::ControlFlow;
    #[derive(Default)]
    struct Columns {
        names: BTreeSet<String>,
        star: bool,
    }
    impl Visitor for Columns {
        type Break = ();
        fn pre_visit_query(&mut self, q: &Query) -> ControlFlow<()> {
            if let SetExpr::Select(s) = q.body.as_ref() {
                self.star |= s.projection.iter().any(|p| matches!(p, SelectItem::Wildcard(_) | SelectItem::QualifiedWildcard(..)));
            }
            ControlFlow::Continue(())
        }
        fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
            match e {
                Expr::Identifier(i) => {
                    self.names.insert(i.value.to_lowercase());
                }
                Expr::CompoundIdentifier(parts) => {
                    if let Some(i) = parts.last() {
                        self.names.insert(i.value.to_lowercase());
                    }
                }
                _ => {}
            }
            ControlFlow::Continue(())
        }
    }
    let statements = sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::GenericDialect {}, query).ok()?;
    let mut v = Columns::default();
    let _ = statements.visit(&mut v);
    (!v.star).then_some(v.names)
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
        for t in empty_tables_of(stages, s).map_err(|e| if s.kind == "sql" { format!("upstream {e}") } else { e })? {
            out.insert(t.name.clone(), t);
        }
    }
    Ok(out)
}

/// The empty tables (schemas) that stage `s` writes; an SQL stage's query is planned on
/// the empty tables of the stages upstream of it.
pub fn empty_tables_of(stages: &[crate::config::StageConfig], s: &crate::config::StageConfig) -> Result<Vec<Table>, String> {
    if s.kind == "sql" {
        let o: SqlOptions = toml::Value::Table(s.options.clone()).try_into().map_err(|e: toml::de::Error| e.to_string())?;
        let inner = empty_upstream(stages, &s.name)?;
        return Ok(vec![run(&s.name, &o.query, &inner).map_err(|e| format!("sql stage `{}`: {e}", s.name))?]);
    }
    match crate::stages::kind(&s.kind) {
        Some(k) => (k.empty_tables)(s),
        None => Ok(Vec::new()),
    }
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
        // Comments and string literals that say "from X" name no table.
        let q = "-- totals from rejects are left out\nSELECT drug /* from documents */, 'from arrests' AS note FROM seizures WHERE evidence NOT LIKE '%join networks%'";
        assert_eq!(tables_read(q).into_iter().collect::<Vec<_>>(), vec!["seizures".to_string()]);
        // Subqueries, set operations and quoted names are read.
        let q = "SELECT country FROM (SELECT country FROM \"Arrests\") a UNION ALL SELECT country FROM seizures WHERE doc_id IN (SELECT doc_id FROM documents)";
        assert_eq!(tables_read(q).into_iter().collect::<Vec<_>>(), vec!["arrests".to_string(), "documents".to_string(), "seizures".to_string()]);
    }

    #[test]
    fn columns_of_a_query() {
        let cols = |q: &str| columns_read(q).map(|c| c.into_iter().collect::<Vec<_>>());
        assert_eq!(cols("SELECT fact_id, s.period_start FROM seizures s WHERE period_end < period_start"), Some(vec!["fact_id".into(), "period_end".into(), "period_start".into()]));
        assert_eq!(cols("SELECT * FROM seizures WHERE drug = 'x'"), None);
        assert_eq!(cols("SELECT COUNT(*) AS n FROM seizures"), Some(vec![]));
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
