//! The sql stage: a polars SQL query over tables produced upstream (fact tables,
//! documents, clusters, aggregates, pattern tables, other sql stages), written as a new
//! table named after the stage.

use super::{OptionError, Role, StageKind, TableError, TableInputs, TableStage};
use crate::stages::StageConfig;
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
pub fn run(name: &str, query: &str, tables: &BTreeMap<String, Table>) -> Result<Table, TableError> {
    let ctx = SQLContext::new();
    for t in tables_read(query) {
        let Some(table) = tables.get(&t) else { continue };
        let df = frames::to_frame(table).map_err(|source| TableError::Input { table: t.clone(), source })?;
        ctx.register(&t, df.lazy());
    }
    let mut ctx = ctx;
    let df = ctx.execute(query).and_then(|lf| lf.collect())?;
    Ok(frames::to_table(name, &df, &[], &[])?)
}

/// Empty tables with the schemas that the stages upstream of `name` write, for checking
/// a query without running the pipeline.
pub fn empty_upstream(stages: &[crate::stages::StageConfig], name: &str) -> Result<BTreeMap<String, Table>, TableError> {
    let up = super::upstream(stages, name);
    let mut out: BTreeMap<String, Table> = BTreeMap::new();
    for s in stages.iter().filter(|s| up.contains(&s.name)) {
        let Some(k) = super::kind(&s.kind) else { continue };
        let own_query = k.name() == Sql.name();
        for t in k.empty_tables(s, stages).map_err(|e| if own_query { TableError::Upstream(Box::new(e)) } else { e })? {
            out.insert(t.name.clone(), t);
        }
    }
    Ok(out)
}

/// Plan a query against empty upstream tables: syntax, tables and columns are checked.
pub fn check(query: &str, stages: &[crate::stages::StageConfig], name: &str) -> Result<(), TableError> {
    let tables = empty_upstream(stages, name)?;
    run(name, query, &tables).map(|_| ())
}

pub struct Sql;

impl StageKind for Sql {
    fn name(&self) -> &'static str {
        "sql"
    }
    fn about(&self) -> &'static str {
        "a polars SQL query over tables produced upstream, written as a table named after the stage"
    }
    fn role(&self) -> Role {
        Role::Table
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[("query", "the SQL query; the tables it reads must come from stages in `inputs` (or theirs)")]
    }
    fn check(&self, v: toml::Spanned<toml::de::DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        super::typed::<SqlOptions>(v).map(|_| None)
    }
    /// The query reads tables that stages upstream write, and plans on their empty forms
    /// (when the stages form a DAG).
    fn check_built(&self, s: &StageConfig, stages: &[StageConfig], _lx: &crate::lexicon::Lexicon, planable: bool) -> Vec<OptionError> {
        let mut out = Vec::new();
        if !crate::stages::pattern::valid_table_name(&s.name) {
            out.push(OptionError::new("kind", format!("a sql stage's name is its table's name: `{}` must be letters, digits and _", s.name)));
        }
        let Ok(o) = super::options::<SqlOptions>(s) else { return out };
        let available = super::tables_upstream(stages, &s.name);
        let mut missing = false;
        for t in tables_read(&o.query) {
            if !available.contains_key(&t) {
                missing = true;
                out.push(OptionError::new("query", format!("the query reads `{t}`, which no stage in `inputs` (or upstream of them) writes; available: {}", available.keys().cloned().collect::<Vec<_>>().join(", "))));
            }
        }
        if !missing && planable {
            if let Err(m) = check(&o.query, stages, &s.name) {
                out.push(OptionError::new("query", m.to_string()));
            }
        }
        out
    }
    /// Its table, planned on the empty tables of the stages upstream of it.
    fn empty_tables(&self, s: &StageConfig, stages: &[StageConfig]) -> Result<Vec<Table>, TableError> {
        let o: SqlOptions = super::options(s)?;
        let inner = empty_upstream(stages, &s.name)?;
        Ok(vec![run(&s.name, &o.query, &inner).map_err(|e| TableError::InStage { kind: self.name(), stage: s.name.clone(), source: Box::new(e) })?])
    }
    /// One table, named after the stage.
    fn table_names(&self, s: &StageConfig) -> Vec<String> {
        vec![s.name.clone()]
    }
    fn table_key(&self) -> Option<&'static str> {
        Some("kind")
    }
    fn build_table(&self, s: &StageConfig) -> Result<Box<dyn TableStage>, OptionError> {
        let o: SqlOptions = super::options(s)?;
        Ok(Box::new(Query { name: s.name.clone(), query: o.query }))
    }
}

/// A built sql stage.
struct Query {
    name: String,
    query: String,
}

impl TableStage for Query {
    fn run(&self, input: &TableInputs) -> Result<Vec<Table>, TableError> {
        Ok(vec![run(&self.name, &self.query, input.tables)?])
    }
    fn reads(&self) -> Vec<String> {
        tables_read(&self.query).into_iter().collect()
    }
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
