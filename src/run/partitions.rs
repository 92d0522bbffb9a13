//! The output partitions of a run: the tables of one month's documents, and which
//! partition files to write, keep or delete, settled against what the previous run wrote
//! (a digest per partition), so that a scheduled run rewrites only what changed.

use crate::stages::dedup::reconcile::{Reconciled, Shards};
use crate::stages::dedup::{self, ClusterRow, DocMeta};
use crate::model::{Fact, FactTable};
use crate::stages::chain::DocChain;
use crate::stages::pattern::PatternRow;
use crate::sink::{SinkOptions, Table};
use crate::run::state::{self, DocRecord, Index, SlimFact, StateError, Written};
use crate::tables;
use chrono::Datelike;
use std::collections::{BTreeMap, BTreeSet};

/// The files a run writes into the output folder and removes from it.
#[derive(Default)]
pub struct Outputs {
    /// (path relative to the output folder, table)
    pub tables: Vec<(String, Table)>,
    /// State shards: (path, bytes).
    pub files: Vec<(String, Vec<u8>)>,
    pub index: Vec<u8>,
    pub deletes: Vec<String>,
    /// Paths cleared before writing (a full run replaces whatever was there).
    pub clears: Vec<String>,
}

/// Per table, which partitions exist and what was written, settled against the
/// previous run: partitions computed in this run are written when their digest
/// changed (or their file is missing), partitions no longer there are deleted.
pub struct Settle<'a> {
    pub out: &'a std::path::Path,
    pub sink: &'a SinkOptions,
    pub prev: Option<&'a Index>,
    pub written: BTreeMap<String, BTreeMap<String, Written>>,
    pub outputs: Outputs,
}

impl Settle<'_> {
    /// `computed`: the partitions recomputed in this run (empty tables are dropped);
    /// `carried`: partitions not recomputed, kept as the previous run wrote them.
    pub fn table(&mut self, name: &str, computed: BTreeMap<String, Table>, carried: bool, partitioned: bool, empty: impl FnOnce() -> Table) {
        let prev_parts = self.prev.and_then(|p| p.partitions.get(name));
        let mut parts: BTreeMap<String, Written> = BTreeMap::new();
        if carried {
            if let Some(pp) = prev_parts {
                parts.extend(pp.iter().filter(|(p, w)| w.rows > 0 && !computed.contains_key(*p)).map(|(p, w)| (p.clone(), *w)));
            }
        }
        let (mut tables, empties): (Vec<(String, Table)>, Vec<(String, Table)>) = computed.into_iter().partition(|(_, t)| t.num_rows() > 0);
        if parts.is_empty() && tables.is_empty() {
            // A table with no rows at all still gets one (empty) file with its columns.
            let t = empties.into_iter().next().map(|(_, t)| t).unwrap_or_else(empty);
            let p = if partitioned { self.sink.empty_partition() } else { String::new() };
            tables.push((p, t));
        }
        for (p, mut t) in tables {
            with_partition_column(&mut t, &p);
            let w = Written { digest: t.digest(), rows: t.num_rows() };
            let path = self.sink.path(name, &p);
            if prev_parts.and_then(|pp| pp.get(&p)) != Some(&w) || !self.out.join(&path).exists() {
                self.outputs.tables.push((path, t));
            }
            parts.insert(p, w);
        }
        if let Some(pp) = prev_parts {
            for p in pp.keys().filter(|p| !parts.contains_key(*p)) {
                self.outputs.deletes.push(self.sink.path(name, p));
            }
        }
        self.written.insert(name.to_string(), parts);
    }
}

/// The partition value as a column of the file too (`published_month` = "2025-03", or
/// "unknown"), so that tools that read a folder of files without parsing Hive folder
/// names (Power BI's Folder connector, Tableau) keep it.
pub fn with_partition_column(t: &mut Table, partition: &str) {
    let Some((_, value)) = partition.split_once('=') else { return };
    if t.column(PARTITION_COLUMN).is_none() {
        let n = t.num_rows();
        t.columns.push((PARTITION_COLUMN.to_string(), crate::sink::ColumnData::Str(vec![Some(value.to_string()); n])));
    }
}

/// The column of the monthly partitions inside each file.
pub const PARTITION_COLUMN: &str = "published_month";

pub use crate::sink::PARTITION_KEY;

/// Whether a table written by a stage of `kind` is split in monthly partitions (when the
/// sink partitions at all): the tables of `partition_tables`, and fact_clusters (by the
/// month of first publication).
pub fn is_partitioned(kind: &str, table: &str) -> bool {
    crate::stages::kind(kind).is_some_and(|k| k.partitioned(table))
}

/// The tables of one partition's documents: documents, the fact tables, pattern tables.
pub fn partition_tables(recs: &[DocRecord], docs: &dedup::Docs, slim: &std::collections::HashMap<&str, &SlimFact>, chain: &DocChain) -> Vec<Table> {
    let metas: Vec<DocMeta> = recs
        .iter()
        .map(|r| DocMeta { duplicate_of: docs.get(r.meta.doc_id.as_str()).and_then(|d| d.duplicate_of.clone()), fingerprint: Default::default(), ..r.meta.clone() })
        .collect();
    let mut facts: Vec<Fact> = Vec::new();
    for r in recs {
        let start = facts.len();
        for f in &r.facts {
            let mut f = f.clone();
            if let Some(s) = slim.get(f.fact_id.as_str()) {
                s.apply(&mut f);
            }
            facts.push(f);
        }
        facts[start..].sort_by(|a, b| (a.sentence_index, &a.fact_id).cmp(&(b.sentence_index, &b.fact_id)));
    }
    let mut out = vec![tables::documents(&metas)];
    out.extend(FactTable::ALL.iter().map(|t| tables::fact_table(*t, &facts)));
    for name in chain.row_tables() {
        let rows: Vec<&PatternRow> = recs.iter().flat_map(|r| r.pattern_rows.iter()).filter(|r| r.table == name).collect();
        out.extend(chain.table_of_rows(&name, &rows));
    }
    out
}

/// The month of a partition name (`month=2025-03`).
pub fn month_of(partition: &str) -> Option<(i32, u32)> {
    let (y, m) = partition.strip_prefix(PARTITION_KEY)?.strip_prefix('=')?.split_once('-')?;
    Some((y.parse().ok()?, m.parse().ok()?))
}

/// The names of the tables `partition_tables` gives, in its order.
pub fn doc_table_names(chain: &DocChain) -> Vec<String> {
    let mut names = vec!["documents".to_string()];
    names.extend(FactTable::ALL.iter().map(|t| t.name().to_string()));
    names.extend(chain.row_tables());
    names
}


/// What the tables of documents and facts are made from: the documents by id (with
/// `duplicate_of`) and what dedup decided for the facts to write.
pub struct Decided<'r> {
    pub by_id: dedup::Docs<'r>,
    pub slim: std::collections::HashMap<&'r str, &'r SlimFact>,
}

/// The partitions to build again: those whose documents or facts changed, and those whose
/// file is gone from the output folder.
pub fn dirty(rec: &Reconciled, prev: Option<&Index>, sink: &SinkOptions, out: &std::path::Path, doc_names: &[String]) -> BTreeSet<String> {
    let mut dirty = rec.dirty.clone();
    if let Some(p) = prev {
        for name in doc_names {
            for (part, w) in p.partitions.get(name).into_iter().flatten() {
                if w.rows > 0 && !out.join(sink.path(name, part)).exists() {
                    dirty.insert(part.clone());
                }
            }
        }
    }
    dirty
}

/// Dedup's decisions for the facts of the partitions to build (of all of them when
/// `all`: an SQL stage reads the whole tables).
pub fn decided<'r>(rec: &'r Reconciled, dirty: &BTreeSet<String>, all: bool) -> Decided<'r> {
    let by_id: dedup::Docs = rec.docs.iter().map(|d| (d.meta.doc_id.as_str(), &d.meta)).collect();
    let part_of: std::collections::HashMap<&str, &str> = rec.docs.iter().map(|d| (d.meta.doc_id.as_str(), d.partition.as_str())).collect();
    let wanted = |f: &&SlimFact| all || part_of.get(f.fact.doc_id.as_str()).is_some_and(|p| dirty.contains(*p));
    let slim = rec.facts.iter().filter(wanted).map(|f| (f.fact.fact_id.as_str(), f)).collect();
    Decided { by_id, slim }
}

/// Build the partitions that changed, from the records of the previous run's shards and
/// this run's `records` (with their partitions `parts`), into `settle` with their state
/// shards. The tables made, per partition, are returned when `keep` (for SQL).
#[allow(clippy::too_many_arguments)]
pub fn write_changed(settle: &mut Settle, dirty: &BTreeSet<String>, records: Vec<DocRecord>, parts: Vec<String>, rec: &Reconciled, shards: &mut Shards, d: &Decided, chain: &DocChain, keep: bool) -> Result<BTreeMap<String, Vec<Table>>, StateError> {
    let doc_names = doc_table_names(chain);
    let mut new_by_part: BTreeMap<String, Vec<DocRecord>> = BTreeMap::new();
    for (r, p) in records.into_iter().zip(parts) {
        new_by_part.entry(p).or_default().push(r);
    }
    let mut kept_tables: BTreeMap<String, Vec<Table>> = BTreeMap::new();
    let mut computed: BTreeMap<String, BTreeMap<String, Table>> = BTreeMap::new();
    for p in dirty {
        let mut recs: Vec<DocRecord> = shards.get(p)?.iter().filter(|r| !rec.removed.contains(&r.meta.doc_id)).cloned().collect();
        recs.extend(new_by_part.remove(p).unwrap_or_default());
        recs.sort_by(|a, b| a.meta.source.cmp(&b.meta.source));
        let shard = state::shard_path(p);
        if recs.is_empty() {
            settle.outputs.deletes.push(shard);
        } else {
            settle.outputs.files.push((shard, state::encode(&recs)));
        }
        let made = partition_tables(&recs, &d.by_id, &d.slim, chain);
        if keep {
            kept_tables.insert(p.clone(), made.clone());
        }
        for (name, t) in doc_names.iter().zip(made) {
            computed.entry(name.clone()).or_default().insert(p.clone(), t);
        }
    }
    let empty_doc_tables = partition_tables(&[], &d.by_id, &d.slim, chain);
    for (name, empty) in doc_names.iter().zip(empty_doc_tables) {
        settle.table(name, computed.remove(name).unwrap_or_default(), true, true, || empty);
    }
    Ok(kept_tables)
}

/// fact_clusters, partitioned by the month of first publication: the months of touched
/// clusters (before and after) are built again, the others stand.
pub fn write_clusters(settle: &mut Settle, rows: &[ClusterRow], touched_months: &BTreeSet<String>) {
    let mut months = touched_months.clone();
    for (part, w) in settle.prev.and_then(|p| p.partitions.get("fact_clusters")).into_iter().flatten() {
        if w.rows > 0 && !settle.out.join(settle.sink.path("fact_clusters", part)).exists() {
            months.insert(part.clone());
        }
    }
    let key_of = |p: &str| if p == crate::sink::UNDATED { Some(None) } else { month_of(p).map(Some) };
    let wanted: BTreeSet<Option<(i32, u32)>> = months.iter().filter_map(|p| key_of(p)).collect();
    let month = |d: Option<chrono::NaiveDate>| d.map(|d| (d.year(), d.month()));
    let mut by_part: BTreeMap<String, Vec<ClusterRow>> = months.iter().map(|p| (p.clone(), Vec::new())).collect();
    for r in rows.iter().filter(|r| !months.is_empty() && (!settle.sink.partitioned() || wanted.contains(&month(r.first_published)))) {
        by_part.entry(settle.sink.partition(r.first_published)).or_default().push(r.clone());
    }
    let computed = by_part.iter().map(|(p, rs)| (p.clone(), tables::fact_clusters(rs))).collect();
    settle.table("fact_clusters", computed, true, true, || tables::fact_clusters(&[]));
}

/// The whole tables of documents and facts, for SQL: the partitions built in this run as
/// they were made, the others made again from the state's shards.
pub fn whole_tables(rec: &Reconciled, mut made: BTreeMap<String, Vec<Table>>, shards: &mut Shards, d: &Decided, chain: &DocChain) -> Result<Vec<Table>, StateError> {
    let doc_names = doc_table_names(chain);
    let all_parts: BTreeSet<String> = rec.docs.iter().map(|d| d.partition.clone()).collect();
    let mut per_table: Vec<Vec<Table>> = vec![Vec::new(); doc_names.len()];
    for p in &all_parts {
        let tables = match made.remove(p) {
            Some(t) => t,
            None => {
                let recs: Vec<DocRecord> = shards.get(p)?.to_vec();
                partition_tables(&recs, &d.by_id, &d.slim, chain)
            }
        };
        for (i, t) in tables.into_iter().enumerate() {
            if t.num_rows() > 0 {
                per_table[i].push(t);
            }
        }
    }
    let empties = partition_tables(&[], &d.by_id, &d.slim, chain);
    Ok(doc_names.iter().zip(per_table).zip(empties).map(|((name, parts), empty)| Table::concat(name, &parts.iter().collect::<Vec<_>>()).unwrap_or(empty)).collect())
}
