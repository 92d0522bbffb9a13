//! The fact clusters after a run: the rows of untouched clusters as the previous run left
//! them, the touched ones made again from their facts; and the first fact of each
//! cluster, which the yearly tables count.

use super::state::Index;
use crate::model::Fact;
use crate::sink::SinkOptions;
use crate::stages::dedup::reconcile::Reconciled;
use crate::stages::dedup::{self, ClusterRow};
use std::collections::BTreeSet;

pub struct Clusters {
    /// None without a deduplicate stage.
    pub rows: Option<Vec<ClusterRow>>,
    /// Months (partitions) of clusters that changed, before and after.
    pub touched_months: BTreeSet<String>,
}

/// The cluster rows of this run (the previous run's rows are moved out of `prev`).
pub fn cluster_rows(rec: &Reconciled, prev: Option<&mut Index>, dedup: bool, sink: &SinkOptions) -> Clusters {
    let prev_clusters: Vec<ClusterRow> = prev.map(|p| std::mem::take(&mut p.clusters)).unwrap_or_default();
    let mut touched_months: BTreeSet<String> = BTreeSet::new();
    if !dedup {
        return Clusters { rows: None, touched_months };
    }
    let by_id: dedup::Docs = rec.docs.iter().map(|d| (d.meta.doc_id.as_str(), &d.meta)).collect();
    let fresh = dedup::cluster_rows(rec.reclustered.iter().map(|&i| &rec.facts[i].fact), &by_id);
    let mut rows: Vec<ClusterRow> = Vec::with_capacity(prev_clusters.len() + fresh.len());
    for r in prev_clusters {
        if rec.touched_clusters.contains(&r.cluster_id) {
            touched_months.insert(sink.partition(r.first_published));
        } else {
            rows.push(r);
        }
    }
    touched_months.extend(fresh.iter().map(|r| sink.partition(r.first_published)));
    rows.extend(fresh);
    rows.sort_by(|a, b| a.cluster_id.cmp(&b.cluster_id));
    Clusters { rows: Some(rows), touched_months }
}

/// The first fact of each cluster in table order; without dedup every fact is a cluster
/// of its own, its own head.
pub fn heads<'r>(rec: &'r Reconciled, rows: Option<&[ClusterRow]>) -> Vec<&'r Fact> {
    match rows {
        Some(rows) => {
            let by_fact: std::collections::HashMap<&str, &Fact> = rec.facts.iter().map(|f| (f.fact.fact_id.as_str(), &f.fact)).collect();
            rows.iter().filter_map(|r| by_fact.get(r.head.as_str()).copied()).collect()
        }
        None => rec.facts.iter().map(|s| &s.fact).collect(),
    }
}
