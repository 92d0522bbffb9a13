//! The figures of the report, read from the published tables.

use crate::sink::read::read_table;
use crate::sink::{ColumnData, SinkError, Table};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One seizure cluster as the report shows it (its first row in the seizures table).
#[derive(Debug, Clone)]
pub struct Seizure {
    pub cluster_id: String,
    pub drug: String,
    pub kg: Option<f64>,
    pub pills: Option<i64>,
    pub country: Option<String>,
    pub month: Option<String>,
    pub is_aggregate: bool,
    pub location: Option<String>,
    pub point: Option<(f64, f64, String)>,
    pub evidence: Vec<(String, String)>,
}

/// A route leg summed over seizures.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub from: String,
    pub to: String,
    pub seizures: i64,
    pub kg: f64,
    pub pills: i64,
    pub inferred: bool,
}

#[derive(Debug, Clone)]
pub struct Conflict {
    pub table: String,
    pub metric: String,
    pub country: Option<String>,
    pub period: String,
    pub min: f64,
    pub max: f64,
    /// Each disagreeing cluster: its value and the sources that told it.
    pub sides: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub run_finished: Option<String>,
    pub documents: usize,
    pub seizures: Vec<Seizure>,
    pub flows: Vec<Flow>,
    pub conflicts: Vec<Conflict>,
    pub rejects: Vec<(String, String, String)>,
    pub counts: BTreeMap<String, usize>,
}

fn strs(t: &Table, name: &str) -> Vec<Option<String>> {
    match t.column(name) {
        Some(ColumnData::Str(v)) => v.clone(),
        _ => vec![None; t.num_rows()],
    }
}
fn f64s(t: &Table, name: &str) -> Vec<Option<f64>> {
    match t.column(name) {
        Some(ColumnData::F64(v)) => v.clone(),
        Some(ColumnData::I64(v)) => v.iter().map(|x| x.map(|x| x as f64)).collect(),
        _ => vec![None; t.num_rows()],
    }
}
fn i64s(t: &Table, name: &str) -> Vec<Option<i64>> {
    match t.column(name) {
        Some(ColumnData::I64(v)) => v.clone(),
        _ => vec![None; t.num_rows()],
    }
}
fn bools(t: &Table, name: &str) -> Vec<Option<bool>> {
    match t.column(name) {
        Some(ColumnData::Bool(v)) => v.clone(),
        _ => vec![None; t.num_rows()],
    }
}
fn dates(t: &Table, name: &str) -> Vec<Option<chrono::NaiveDate>> {
    match t.column(name) {
        Some(ColumnData::Date(v)) => v.clone(),
        _ => vec![None; t.num_rows()],
    }
}

fn table(out: &Path, name: &str) -> Result<Table, SinkError> {
    Ok(read_table(out, name, None)?.unwrap_or_else(|| Table::new(name)))
}

pub fn gather(out: &Path) -> Result<Facts, SinkError> {
    let mut f = Facts::default();
    f.run_finished = std::fs::read_to_string(out.join("manifest.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|m| m.get("finished_at").or_else(|| m.get("finished")).and_then(|v| v.as_str()).map(str::to_string));
    let docs = table(out, "documents")?;
    f.documents = docs.num_rows();
    let doc_source: BTreeMap<String, String> = strs(&docs, "doc_id").into_iter().zip(strs(&docs, "source")).filter_map(|(a, b)| Some((a?, b?))).collect();
    let doc_month: BTreeMap<String, String> = strs(&docs, "doc_id").into_iter().zip(dates(&docs, "published_date")).filter_map(|(a, d)| Some((a?, d?.format("%Y-%m").to_string()))).collect();

    // Sources of every cluster, over all fact tables (for conflicts).
    let mut cluster_sources: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for name in ["seizures", "arrests", "sentences", "cooperation_events", "network_disruptions"] {
        let t = table(out, name)?;
        f.counts.insert(name.to_string(), t.num_rows());
        for (c, d) in strs(&t, "cluster_id").into_iter().zip(strs(&t, "doc_id")) {
            if let (Some(c), Some(d)) = (c, d) {
                cluster_sources.entry(c).or_default().insert(doc_source.get(&d).cloned().unwrap_or(d));
            }
        }
    }

    let s = table(out, "seizures")?;
    let (ids, docs_of, drugs, kgs, pills, countries) = (strs(&s, "cluster_id"), strs(&s, "doc_id"), strs(&s, "drug"), f64s(&s, "quantity_kg"), i64s(&s, "pill_count"), strs(&s, "country"));
    let (starts, aggs, locs, lats, lons, precs, evid) = (dates(&s, "period_start"), bools(&s, "is_aggregate"), strs(&s, "location"), f64s(&s, "latitude"), f64s(&s, "longitude"), strs(&s, "geo_precision"), strs(&s, "evidence"));
    let mut by_cluster: BTreeMap<String, Seizure> = BTreeMap::new();
    for i in 0..s.num_rows() {
        let Some(id) = ids[i].clone() else { continue };
        let source = docs_of[i].as_ref().and_then(|d| doc_source.get(d)).cloned().unwrap_or_default();
        let e = by_cluster.entry(id.clone()).or_insert_with(|| Seizure {
            cluster_id: id,
            drug: drugs[i].clone().unwrap_or_default(),
            kg: kgs[i],
            pills: pills[i],
            country: countries[i].clone(),
            month: starts[i].map(|d| d.format("%Y-%m").to_string()).or_else(|| docs_of[i].as_ref().and_then(|d| doc_month.get(d)).cloned()),
            is_aggregate: aggs[i].unwrap_or(false),
            location: locs[i].clone(),
            point: lats[i].zip(lons[i]).map(|(a, b)| (a, b, precs[i].clone().unwrap_or_default())),
            evidence: Vec::new(),
        });
        if let Some(ev) = &evid[i] {
            if !e.evidence.iter().any(|(t, _)| t == ev) {
                e.evidence.push((ev.clone(), source));
            }
        }
    }
    f.seizures = by_cluster.into_values().collect();

    let r = table(out, "routes")?;
    let mut flows: BTreeMap<(String, String), Flow> = BTreeMap::new();
    for ((((from, to), kg), n), inferred) in strs(&r, "from_country").into_iter().zip(strs(&r, "to_country")).zip(f64s(&r, "quantity_kg")).zip(i64s(&r, "pill_count")).zip(bools(&r, "inferred")) {
        let (Some(from), Some(to)) = (from, to) else { continue };
        let e = flows.entry((from.clone(), to.clone())).or_insert(Flow { from, to, seizures: 0, kg: 0.0, pills: 0, inferred: true });
        e.seizures += 1;
        e.kg += kg.unwrap_or(0.0);
        e.pills += n.unwrap_or(0);
        e.inferred &= inferred.unwrap_or(false);
    }
    f.flows = flows.into_values().collect();
    f.flows.sort_by(|a, b| b.seizures.cmp(&a.seizures).then(b.kg.total_cmp(&a.kg)).then(a.from.cmp(&b.from)).then(a.to.cmp(&b.to)));

    let c = table(out, "conflicts")?;
    let cl_ids = match c.column("cluster_ids") {
        Some(ColumnData::ListStr(v)) => v.clone(),
        _ => vec![Vec::new(); c.num_rows()],
    };
    let clusters = table(out, "fact_clusters")?;
    let cluster_value: BTreeMap<String, f64> = strs(&clusters, "cluster_id").into_iter().zip(f64s(&clusters, "value")).filter_map(|(a, b)| Some((a?, b?))).collect();
    for (i, ((((t, m), co), (ps, pe)), (mn, mx))) in strs(&c, "table").into_iter().zip(strs(&c, "metric")).zip(strs(&c, "country")).zip(dates(&c, "period_start").into_iter().zip(dates(&c, "period_end"))).zip(f64s(&c, "min_value").into_iter().zip(f64s(&c, "max_value"))).enumerate() {
        let sides = cl_ids[i]
            .iter()
            .map(|id| {
                let v = cluster_value.get(id).map(|v| format!("{v}")).unwrap_or_else(|| id.clone());
                (v, cluster_sources.get(id).map(|s| s.iter().cloned().collect()).unwrap_or_default())
            })
            .collect();
        f.conflicts.push(Conflict {
            table: t.unwrap_or_default(),
            metric: m.unwrap_or_default(),
            country: co,
            period: format!("{} .. {}", ps.map(|d| d.to_string()).unwrap_or_default(), pe.map(|d| d.to_string()).unwrap_or_default()),
            min: mn.unwrap_or(0.0),
            max: mx.unwrap_or(0.0),
            sides,
        });
    }

    let rj = table(out, "rejects")?;
    f.rejects = strs(&rj, "source").into_iter().zip(strs(&rj, "stage")).zip(strs(&rj, "reason")).map(|((a, b), c)| (a.unwrap_or_default(), b.unwrap_or_default(), c.unwrap_or_default())).collect();
    Ok(f)
}
