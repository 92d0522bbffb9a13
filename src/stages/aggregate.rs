//! The aggregate stage, with polars: yearly tables per country, each fact cluster counted
//! once. `seizures_by_country_year` (country, year, drug, incidents, incident_kg,
//! incident_pills, reported_total_kg), `arrests_by_country_year` and
//! `sentences_by_country_year` alike; and `routes`, one row per seizure cluster and leg of
//! its route, for flow maps.

use crate::model::{Fact, FactKind, FactTable};
use crate::sink::Table;
use chrono::Datelike;
use polars::prelude::*;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const TABLES: &[&str] = &["seizures_by_country_year", "arrests_by_country_year", "sentences_by_country_year", "routes"];

/// Options of the aggregate stage (`[stages.aggregate]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AggregateOptions {
    #[serde(default = "all")]
    pub tables: Vec<String>,
}

fn all() -> Vec<String> {
    TABLES.iter().map(|s| s.to_string()).collect()
}

impl Default for AggregateOptions {
    fn default() -> Self {
        AggregateOptions { tables: all() }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("aggregate {table}: {source}")]
pub struct AggregateError {
    pub table: String,
    #[source]
    pub source: PolarsError,
}

/// One row per cluster: the first of its facts in the order given (table order, or
/// one head per cluster already).
fn cluster_heads<'a>(facts: &[&'a Fact], table: FactTable) -> Vec<&'a Fact> {
    let mut seen: BTreeMap<&str, &Fact> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.kind.table() == table) {
        seen.entry(f.cluster_id.as_str()).or_insert(f);
    }
    seen.into_values().collect()
}

struct Row {
    country: String,
    year: i64,
    key: String,
    is_aggregate: bool,
    full_year: bool,
    kg: Option<f64>,
    pills: Option<i64>,
}

fn rows_of(facts: &[&Fact], table: FactTable) -> Vec<Row> {
    let mut out = Vec::new();
    for f in cluster_heads(facts, table) {
        let (Some(country), Some(p)) = (&f.country, f.period) else { continue };
        if p.start.year() != p.end.year() {
            continue;
        }
        let full_year = p.start.ordinal() == 1 && p.end.month() == 12 && p.end.day() == 31;
        let (key, kg, pills) = match &f.kind {
            FactKind::Seizure { drug, quantity_kg, pill_count, .. } => (drug.to_string(), *quantity_kg, *pill_count),
            FactKind::Arrest { count } => (String::new(), None, *count),
            FactKind::CourtSentence { sentence_type, count } => (sentence_type.as_str().to_string(), None, *count),
            _ => continue,
        };
        out.push(Row { country: country.clone(), year: p.start.year() as i64, key, is_aggregate: f.is_aggregate, full_year, kg, pills });
    }
    out
}

fn frame(rows: &[Row]) -> PolarsResult<DataFrame> {
    df!(
        "country" => rows.iter().map(|r| r.country.clone()).collect::<Vec<_>>(),
        "year" => rows.iter().map(|r| r.year).collect::<Vec<_>>(),
        "key" => rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>(),
        "is_aggregate" => rows.iter().map(|r| r.is_aggregate).collect::<Vec<_>>(),
        "full_year" => rows.iter().map(|r| r.full_year).collect::<Vec<_>>(),
        "kg" => rows.iter().map(|r| r.kg).collect::<Vec<_>>(),
        "n" => rows.iter().map(|r| r.pills).collect::<Vec<_>>(),
    )
}

fn run(rows: &[Row], seizures: bool) -> PolarsResult<DataFrame> {
    let incident = col("is_aggregate").not();
    let total = col("is_aggregate").and(col("full_year"));
    let mut aggs = vec![incident.clone().cast(DataType::Int64).sum().alias("incidents")];
    if seizures {
        aggs.push(col("kg").filter(incident.clone()).sum().alias("incident_kg"));
        aggs.push(col("n").filter(incident.clone()).sum().alias("incident_pills"));
        aggs.push(col("kg").filter(total.clone()).max().alias("reported_total_kg"));
        aggs.push(col("n").filter(total).max().alias("reported_total_pills"));
    } else {
        aggs.push(col("n").filter(incident).sum().alias("incident_count"));
        aggs.push(col("n").filter(total).max().alias("reported_total"));
    }
    frame(rows)?
        .lazy()
        .group_by([col("country"), col("year"), col("key")])
        .agg(aggs)
        .sort(["country", "year", "key"], SortMultipleOptions::default())
        .collect()
}

pub use crate::frames::to_table;

/// `routes`: one row per seizure cluster and leg (from, to) of the route its first
/// mention tells: origin, the transit states in order, destination. A route of one
/// place is joined to the state where the haul was seized, marked `inferred`: "smuggled
/// from Afghanistan" seized in Iran is the leg AFG -> IRN.
pub fn routes(facts: &[&Fact]) -> Table {
    use crate::sink::ColumnData as C;
    struct Leg<'a> {
        head: &'a Fact,
        n: i64,
        from: String,
        to: String,
        inferred: bool,
    }
    let mut legs: Vec<Leg> = Vec::new();
    for f in cluster_heads(facts, FactTable::Seizures) {
        let t = &f.trafficking;
        let mut points: Vec<&String> = t.origin.iter().chain(t.transit.iter()).chain(t.destination.iter()).collect();
        points.dedup();
        let mut inferred = false;
        if points.len() == 1 {
            let Some(seized) = f.country.as_ref().filter(|c| *c != points[0]) else { continue };
            inferred = true;
            if t.destination.is_some() {
                points.insert(0, seized);
            } else {
                points.push(seized);
            }
        }
        for (i, w) in points.windows(2).enumerate() {
            legs.push(Leg { head: f, n: i as i64 + 1, from: w[0].clone(), to: w[1].clone(), inferred });
        }
    }
    let seizure: Vec<(Option<String>, Option<f64>, Option<i64>)> = legs
        .iter()
        .map(|l| match &l.head.kind {
            FactKind::Seizure { drug, quantity_kg, pill_count, .. } => (Some(drug.to_string()), *quantity_kg, *pill_count),
            _ => (None, None, None),
        })
        .collect();
    Table::new("routes")
        .col("cluster_id", C::Str(legs.iter().map(|l| Some(l.head.cluster_id.clone())).collect()))
        .col("leg", C::I64(legs.iter().map(|l| Some(l.n)).collect()))
        .col("from_country", C::Str(legs.iter().map(|l| Some(l.from.clone())).collect()))
        .col("to_country", C::Str(legs.iter().map(|l| Some(l.to.clone())).collect()))
        .col("inferred", C::Bool(legs.iter().map(|l| Some(l.inferred)).collect()))
        .col("seized_in", C::Str(legs.iter().map(|l| l.head.country.clone()).collect()))
        .col("drug", C::Str(seizure.iter().map(|s| s.0.clone()).collect()))
        .col("quantity_kg", C::F64(seizure.iter().map(|s| s.1).collect()))
        .col("pill_count", C::I64(seizure.iter().map(|s| s.2).collect()))
        .col("transport_mode", C::Str(legs.iter().map(|l| l.head.trafficking.transport_mode.map(|m| m.to_string())).collect()))
        .col("period_start", C::Date(legs.iter().map(|l| l.head.period.map(|p| p.start)).collect()))
        .col("period_end", C::Date(legs.iter().map(|l| l.head.period.map(|p| p.end)).collect()))
        .col("is_aggregate", C::Bool(legs.iter().map(|l| Some(l.head.is_aggregate)).collect()))
}

/// Build the configured yearly tables.
pub fn aggregate(facts: &[&Fact], opts: &AggregateOptions) -> Result<Vec<Table>, AggregateError> {
    let mut out = Vec::new();
    for name in &opts.tables {
        let err = |source| AggregateError { table: name.clone(), source };
        let t = match name.as_str() {
            "seizures_by_country_year" => {
                let df = run(&rows_of(facts, FactTable::Seizures), true).map_err(err)?;
                to_table(name, &df, &[("key", "drug")], &[]).map_err(err)?
            }
            "arrests_by_country_year" => {
                let df = run(&rows_of(facts, FactTable::Arrests), false).map_err(err)?;
                to_table(name, &df, &[("incident_count", "incident_arrests"), ("reported_total", "reported_total_arrests")], &["key"]).map_err(err)?
            }
            "routes" => routes(facts),
            "sentences_by_country_year" => {
                let df = run(&rows_of(facts, FactTable::Sentences), false).map_err(err)?;
                to_table(name, &df, &[("key", "sentence_type")], &[]).map_err(err)?
            }
            _ => continue,
        };
        out.push(t);
    }
    Ok(out)
}
pub struct Aggregate;

impl super::StageKind for Aggregate {
    fn name(&self) -> &'static str {
        "aggregate"
    }
    fn about(&self) -> &'static str {
        "yearly tables per country with polars, each cluster counted once"
    }
    fn role(&self) -> super::Role {
        super::Role::Table
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[("tables", "seizures_by_country_year, arrests_by_country_year, sentences_by_country_year, routes (default: all)")]
    }
    fn check(&self, v: toml::Spanned<toml::de::DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        let o: AggregateOptions = super::typed(v)?;
        Ok(o.tables.iter().find(|t| !TABLES.contains(&t.as_str())).map(|t| format!("unknown aggregate table `{t}`")))
    }
    fn empty_tables(&self, s: &crate::stages::StageConfig, _stages: &[crate::stages::StageConfig]) -> Result<Vec<Table>, super::TableError> {
        let o: AggregateOptions = super::options(s)?;
        Ok(aggregate(&[], &o)?)
    }
    fn build_table(&self, s: &crate::stages::StageConfig) -> Result<Box<dyn super::TableStage>, super::OptionError> {
        Ok(Box::new(super::options::<AggregateOptions>(s)?))
    }
}

impl super::TableStage for AggregateOptions {
    fn run(&self, input: &super::TableInputs) -> Result<Vec<Table>, super::TableError> {
        Ok(aggregate(input.heads, self)?)
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Drug, Qualifier, Trafficking};
    use crate::sink::ColumnData as C;

    fn seizure(id: &str, country: &str, t: Trafficking) -> Fact {
        Fact {
            fact_id: id.into(),
            doc_id: "d".into(),
            sentence_index: 0,
            evidence: String::new(),
            kind: FactKind::Seizure { drug: Drug::Named("captagon".into()), quantity_kg: Some(1100.0), pill_count: None, value_amount: None, value_currency: None },
            country: Some(country.into()),
            period: None,
            qualifier: Qualifier::Exact,
            is_aggregate: false,
            location: None,
            cluster_id: format!("c{id}"),
            rule: String::new(),
            figure_text: None,
            period_text: None,
            country_cue: None,
            trafficking: t,
            geo: None,
        }
    }

    fn code(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn routes_are_legs_of_each_cluster() {
        let full = seizure("1", "IRQ", Trafficking { origin: code("SYR"), destination: code("IRQ"), transit: vec!["TUR".into()], ..Default::default() });
        // The same cluster told again: one route.
        let again = Fact { fact_id: "1b".into(), ..full.clone() };
        let from_only = seizure("2", "IRN", Trafficking { origin: code("AFG"), ..Default::default() });
        let to_only = seizure("3", "ECU", Trafficking { destination: code("XEU"), ..Default::default() });
        let seized_at_origin = seizure("4", "SYR", Trafficking { origin: code("SYR"), ..Default::default() });
        let none = seizure("5", "IRQ", Trafficking::default());
        let facts = [&full, &again, &from_only, &to_only, &seized_at_origin, &none];
        let t = routes(&facts);
        let s = |n: &str| match t.column(n) {
            Some(C::Str(v)) => v.iter().map(|x| x.clone().unwrap_or_default()).collect::<Vec<_>>(),
            _ => panic!("{n}"),
        };
        let b = |n: &str| match t.column(n) {
            Some(C::Bool(v)) => v.iter().map(|x| x.unwrap()).collect::<Vec<_>>(),
            _ => panic!("{n}"),
        };
        assert_eq!(s("cluster_id"), ["c1", "c1", "c2", "c3"]);
        assert_eq!(s("from_country"), ["SYR", "TUR", "AFG", "ECU"]);
        assert_eq!(s("to_country"), ["TUR", "IRQ", "IRN", "XEU"]);
        assert_eq!(b("inferred"), [false, false, true, true]);
        assert_eq!(t.column("leg"), Some(&C::I64(vec![Some(1), Some(2), Some(1), Some(1)])));
    }
}
