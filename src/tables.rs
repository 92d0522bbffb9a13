//! The contract's tables built from the pipeline's records, with a deterministic row
//! order: documents by source; facts by document source, then position in the text.

use crate::stages::dedup::{ClusterRow, Conflict, DocMeta};
use crate::ingest::Reject;
use crate::model::{Fact, FactKind, FactTable};
use crate::sink::{ColumnData as C, Table};

pub fn documents(docs: &[DocMeta]) -> Table {
    Table::new("documents")
        .col("doc_id", C::Str(docs.iter().map(|d| Some(d.doc_id.clone())).collect()))
        .col("source", C::Str(docs.iter().map(|d| Some(d.source.clone())).collect()))
        .col("title", C::Str(docs.iter().map(|d| d.title.clone()).collect()))
        .col("outlet", C::Str(docs.iter().map(|d| d.outlet.clone()).collect()))
        .col("published_date", C::Date(docs.iter().map(|d| d.published_date).collect()))
        .col("duplicate_of", C::Str(docs.iter().map(|d| d.duplicate_of.clone()).collect()))
}

pub fn rejects(r: &[Reject]) -> Table {
    Table::new("rejects")
        .col("source", C::Str(r.iter().map(|x| Some(x.source.clone())).collect()))
        .col("stage", C::Str(r.iter().map(|x| Some(x.stage.clone())).collect()))
        .col("reason", C::Str(r.iter().map(|x| Some(x.reason.clone())).collect()))
}

fn common(name: &str, rows: &[&Fact]) -> Table {
    Table::new(name)
        .col("fact_id", C::Str(rows.iter().map(|f| Some(f.fact_id.clone())).collect()))
        .col("doc_id", C::Str(rows.iter().map(|f| Some(f.doc_id.clone())).collect()))
        .col("evidence", C::Str(rows.iter().map(|f| Some(f.evidence.clone())).collect()))
        .col("country", C::Str(rows.iter().map(|f| f.country.clone()).collect()))
        .col("period_start", C::Date(rows.iter().map(|f| f.period.map(|p| p.start)).collect()))
        .col("period_end", C::Date(rows.iter().map(|f| f.period.map(|p| p.end)).collect()))
        .col("qualifier", C::Str(rows.iter().map(|f| Some(f.qualifier.as_str().to_string())).collect()))
        .col("is_aggregate", C::Bool(rows.iter().map(|f| Some(f.is_aggregate)).collect()))
        .col("cluster_id", C::Str(rows.iter().map(|f| Some(f.cluster_id.clone())).collect()))
}

/// Where the fact's place lies (seizures and cooperation events).
fn geo(t: Table, rows: &[&Fact]) -> Table {
    t.col("admin1", C::Str(rows.iter().map(|f| f.geo.as_ref().and_then(|g| g.admin1.clone())).collect()))
        .col("latitude", C::F64(rows.iter().map(|f| f.geo.as_ref().map(|g| g.latitude)).collect()))
        .col("longitude", C::F64(rows.iter().map(|f| f.geo.as_ref().map(|g| g.longitude)).collect()))
        .col("geo_precision", C::Str(rows.iter().map(|f| f.geo.as_ref().map(|g| g.precision.to_string())).collect()))
}

/// The people caught: a list, and the same joined with ";" for BI tools.
fn nationalities(t: Table, rows: &[&Fact]) -> Table {
    t.col("trafficker_nationalities", C::ListStr(rows.iter().map(|f| f.trafficking.nationalities.clone()).collect()))
        .col("trafficker_nationalities_text", C::Str(rows.iter().map(|f| Some(f.trafficking.nationalities.join(";")).filter(|s| !s.is_empty())).collect()))
}

fn provenance(t: Table, rows: &[&Fact]) -> Table {
    t.col("sentence_index", C::I64(rows.iter().map(|f| Some(f.sentence_index as i64)).collect()))
        .col("rule", C::Str(rows.iter().map(|f| Some(f.rule.clone())).collect()))
        .col("figure_text", C::Str(rows.iter().map(|f| f.figure_text.clone()).collect()))
        .col("period_text", C::Str(rows.iter().map(|f| f.period_text.clone()).collect()))
        .col("country_cue", C::Str(rows.iter().map(|f| f.country_cue.clone()).collect()))
        .col("trafficking_cue", C::Str(rows.iter().map(|f| f.trafficking.cue.clone()).collect()))
}

/// One fact table with the contract's columns and the provenance columns.
pub fn fact_table(table: FactTable, facts: &[Fact]) -> Table {
    let rows: Vec<&Fact> = facts.iter().filter(|f| f.kind.table() == table).collect();
    let t = common(table.name(), &rows);
    let t = match table {
        FactTable::Seizures => {
            let get = |f: &Fact| match &f.kind {
                FactKind::Seizure { drug, quantity_kg, pill_count, value_amount, value_currency } => (drug.clone(), *quantity_kg, *pill_count, *value_amount, value_currency.clone()),
                _ => unreachable!(),
            };
            let v: Vec<_> = rows.iter().map(|f| get(f)).collect();
            let t = t.col("drug", C::Str(v.iter().map(|x| Some(x.0.to_string())).collect()))
                .col("quantity_kg", C::F64(v.iter().map(|x| x.1).collect()))
                .col("pill_count", C::I64(v.iter().map(|x| x.2).collect()))
                .col("value_amount", C::F64(v.iter().map(|x| x.3).collect()))
                .col("value_currency", C::Str(v.iter().map(|x| x.4.clone()).collect()))
                .col("location", C::Str(rows.iter().map(|f| f.location.clone()).collect()))
                .col("origin_country", C::Str(rows.iter().map(|f| f.trafficking.origin.clone()).collect()))
                .col("destination_country", C::Str(rows.iter().map(|f| f.trafficking.destination.clone()).collect()))
                .col("transit_countries", C::ListStr(rows.iter().map(|f| f.trafficking.transit.clone()).collect()))
                .col("transit_countries_text", C::Str(rows.iter().map(|f| Some(f.trafficking.transit.join(";")).filter(|s| !s.is_empty())).collect()))
                .col("transport_mode", C::Str(rows.iter().map(|f| f.trafficking.transport_mode.map(|m| m.to_string())).collect()))
                .col("concealment", C::Str(rows.iter().map(|f| f.trafficking.concealment.clone()).collect()));
            let t = nationalities(t, &rows);
            geo(t, &rows)
        }
        FactTable::Arrests => nationalities(t.col("count", C::I64(rows.iter().map(|f| match &f.kind { FactKind::Arrest { count } => *count, _ => None }).collect())), &rows),
        FactTable::Sentences => t
            .col("sentence_type", C::Str(rows.iter().map(|f| match &f.kind { FactKind::CourtSentence { sentence_type, .. } => Some(sentence_type.to_string()), _ => None }).collect()))
            .col("count", C::I64(rows.iter().map(|f| match &f.kind { FactKind::CourtSentence { count, .. } => *count, _ => None }).collect())),
        FactTable::CooperationEvents => geo(t
            .col("event_type", C::Str(rows.iter().map(|f| match &f.kind { FactKind::Cooperation { event_type, .. } => Some(event_type.to_string()), _ => None }).collect()))
            .col("parties", C::ListStr(rows.iter().map(|f| match &f.kind { FactKind::Cooperation { parties, .. } => parties.clone(), _ => Vec::new() }).collect()))
            .col("parties_text", C::Str(rows.iter().map(|f| match &f.kind { FactKind::Cooperation { parties, .. } => Some(parties.join(";")), _ => None }).collect()))
            .col("count", C::I64(rows.iter().map(|f| match &f.kind { FactKind::Cooperation { count, .. } => *count, _ => None }).collect()))
            .col("location", C::Str(rows.iter().map(|f| f.location.clone()).collect())), &rows),
        FactTable::NetworkDisruptions => t
            .col("count", C::I64(rows.iter().map(|f| match &f.kind { FactKind::NetworkDisruption { count, .. } => *count, _ => None }).collect()))
            .col("scope", C::Str(rows.iter().map(|f| match &f.kind { FactKind::NetworkDisruption { scope, .. } => scope.map(|s| s.to_string()), _ => None }).collect())),
    };
    provenance(t, &rows)
}

pub fn fact_clusters(rows: &[ClusterRow]) -> Table {
    Table::new("fact_clusters")
        .col("cluster_id", C::Str(rows.iter().map(|r| Some(r.cluster_id.clone())).collect()))
        .col("table", C::Str(rows.iter().map(|r| Some(r.table.clone())).collect()))
        .col("metric", C::Str(rows.iter().map(|r| Some(r.metric.clone())).collect()))
        .col("country", C::Str(rows.iter().map(|r| r.country.clone()).collect()))
        .col("period_start", C::Date(rows.iter().map(|r| r.period.map(|p| p.start)).collect()))
        .col("period_end", C::Date(rows.iter().map(|r| r.period.map(|p| p.end)).collect()))
        .col("is_aggregate", C::Bool(rows.iter().map(|r| Some(r.is_aggregate)).collect()))
        .col("value", C::F64(rows.iter().map(|r| r.value).collect()))
        .col("min_value", C::F64(rows.iter().map(|r| r.min_value).collect()))
        .col("max_value", C::F64(rows.iter().map(|r| r.max_value).collect()))
        .col("num_mentions", C::I64(rows.iter().map(|r| Some(r.num_mentions)).collect()))
        .col("num_documents", C::I64(rows.iter().map(|r| Some(r.num_documents)).collect()))
        .col("num_outlets", C::I64(rows.iter().map(|r| Some(r.num_outlets)).collect()))
        .col("first_published", C::Date(rows.iter().map(|r| r.first_published).collect()))
}

pub fn conflicts(rows: &[Conflict]) -> Table {
    Table::new("conflicts")
        .col("conflict_id", C::Str(rows.iter().map(|r| Some(r.conflict_id.clone())).collect()))
        .col("table", C::Str(rows.iter().map(|r| Some(r.table.clone())).collect()))
        .col("country", C::Str(rows.iter().map(|r| r.country.clone()).collect()))
        .col("period_start", C::Date(rows.iter().map(|r| Some(r.period.start)).collect()))
        .col("period_end", C::Date(rows.iter().map(|r| Some(r.period.end)).collect()))
        .col("metric", C::Str(rows.iter().map(|r| Some(r.metric.clone())).collect()))
        .col("cluster_ids", C::ListStr(rows.iter().map(|r| r.cluster_ids.clone()).collect()))
        .col("min_value", C::F64(rows.iter().map(|r| Some(r.min_value)).collect()))
        .col("max_value", C::F64(rows.iter().map(|r| Some(r.max_value)).collect()))
}
