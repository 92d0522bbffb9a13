//! The output partitions of a run: the tables of one month's documents, and which
//! partition files to write, keep or delete, settled against what the previous run wrote
//! (a digest per partition), so that a scheduled run rewrites only what changed.

use crate::stages::dedup::{self, DocMeta};
use crate::model::{Fact, FactTable};
use crate::stages::chain::DocChain;
use crate::stages::pattern::PatternRow;
use crate::sink::{SinkOptions, Table};
use crate::state::{DocRecord, Index, SlimFact, Written};
use crate::tables;
use std::collections::BTreeMap;

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

