//! The deduplicate stage over what changed since the previous run. A full run is the
//! same computation with no previous state, so both give the same result:
//!
//! - documents of new files are looked up against the LSH keys of every earlier
//!   document; only candidate pairs are verified (their shingles are read from the
//!   shards of the partitions they are in), and verified pairs are kept for later runs;
//! - copy groups and `duplicate_of` follow from those pairs and the content hashes;
//! - only the fact blocks (kind and country) that hold a new, removed or re-parented
//!   fact are clustered again; clusters never cross blocks, the others stay as they were;
//! - the partitions to rewrite are those of documents or facts that changed.

use crate::dedup::{self, DedupOptions, DocMeta, Docs};
use crate::model::Fact;
use crate::nearcopy::{self, Fingerprint};
use crate::state::{DocRecord, Index, SlimDoc, SlimFact, StateError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Shards of the previous run, read when first needed.
pub struct Shards<'a> {
    out: &'a Path,
    /// Partitions that have a shard.
    known: BTreeSet<String>,
    cache: BTreeMap<String, Vec<DocRecord>>,
}

impl<'a> Shards<'a> {
    pub fn new(out: &'a Path, prev: Option<&Index>) -> Shards<'a> {
        let known = prev.map(|p| p.docs.iter().map(|d| d.partition.clone()).collect()).unwrap_or_default();
        Shards { out, known, cache: BTreeMap::new() }
    }

    /// The records of a partition as the previous run left them.
    pub fn get(&mut self, partition: &str) -> Result<&[DocRecord], StateError> {
        if !self.known.contains(partition) {
            return Ok(&[]);
        }
        if !self.cache.contains_key(partition) {
            let recs = crate::state::load_shard(self.out, partition)?;
            self.cache.insert(partition.to_string(), recs);
        }
        Ok(&self.cache[partition])
    }

    pub fn loaded(&self) -> usize {
        self.cache.len()
    }
}

/// The new documents of a run, with the partition each goes to.
pub struct NewDocs<'a> {
    pub records: Vec<&'a DocRecord>,
    pub partitions: Vec<String>,
}

pub struct Reconciled {
    /// Every document, sorted by source, with `duplicate_of` set.
    pub docs: Vec<SlimDoc>,
    /// Every fact, sorted by document source then position, with cluster and period.
    pub facts: Vec<SlimFact>,
    pub edges: Vec<(String, String)>,
    /// Documents of the previous run that are gone (file removed or changed).
    pub removed: BTreeSet<String>,
    /// Partitions whose documents or facts changed.
    pub dirty: BTreeSet<String>,
    /// Fact blocks clustered again, and candidate pairs verified, for the manifest.
    pub blocks_clustered: usize,
    pub pairs_verified: usize,
}

fn slim_meta(m: &DocMeta) -> DocMeta {
    DocMeta { fingerprint: Fingerprint::default(), ..m.clone() }
}

/// Apply a run's changes to the previous state. `kept_files` are the files taken over
/// unchanged; every other file of `prev` is gone or was extracted again.
pub fn reconcile(prev: Option<&Index>, kept_files: &BTreeSet<String>, new: &NewDocs, dedup_opts: Option<&DedupOptions>, shards: &mut Shards) -> Result<Reconciled, StateError> {
    let mut removed: BTreeSet<String> = BTreeSet::new();
    let mut dirty: BTreeSet<String> = BTreeSet::new();
    if let Some(p) = prev {
        for f in p.files.iter().filter(|f| !kept_files.contains(&f.file)) {
            for (doc, part) in &f.docs {
                removed.insert(doc.clone());
                dirty.insert(part.clone());
            }
        }
    }
    let old_docs: Vec<&SlimDoc> = prev.map(|p| p.docs.iter().filter(|d| !removed.contains(&d.meta.doc_id)).collect()).unwrap_or_default();
    let near = dedup_opts.map(|o| o.near());
    let new_docs: Vec<SlimDoc> = new
        .records
        .iter()
        .zip(&new.partitions)
        .map(|(r, part)| SlimDoc { meta: slim_meta(&r.meta), bands: near.as_ref().map(|n| nearcopy::band_keys(&r.meta.fingerprint, n)).unwrap_or_default(), partition: part.clone() })
        .collect();
    dirty.extend(new.partitions.iter().cloned());

    // Near-copy pairs: earlier ones that still stand, and the new documents' candidates.
    let mut edges: BTreeSet<(String, String)> = prev.map(|p| p.edges.iter().filter(|(a, b)| !removed.contains(a) && !removed.contains(b)).cloned().collect()).unwrap_or_default();
    let mut pairs_verified = 0;
    if let Some(o) = dedup_opts.filter(|o| o.near_copies) {
        let new_keys: Vec<&[u64]> = new_docs.iter().map(|d| d.bands.as_slice()).collect();
        let old_keys: Vec<&[u64]> = old_docs.iter().map(|d| d.bands.as_slice()).collect();
        for (i, j) in nearcopy::candidate_pairs(&new_keys, &old_keys) {
            let a = &new.records[i].meta;
            let found;
            let b: &DocMeta = if j < new_docs.len() {
                &new.records[j].meta
            } else {
                let d = old_docs[j - new_docs.len()];
                found = shards.get(&d.partition)?.iter().find(|r| r.meta.doc_id == d.meta.doc_id).map(|r| r.meta.clone());
                match &found {
                    Some(m) => m,
                    None => continue,
                }
            };
            pairs_verified += 1;
            if dedup::verified(a, b, o) {
                let (x, y) = (a.doc_id.clone().min(b.doc_id.clone()), a.doc_id.clone().max(b.doc_id.clone()));
                edges.insert((x, y));
            }
        }
    }

    let mut docs: Vec<SlimDoc> = old_docs.into_iter().cloned().chain(new_docs).collect();
    docs.sort_by(|a, b| a.meta.source.cmp(&b.meta.source));
    let new_ids: BTreeSet<&str> = new.records.iter().map(|r| r.meta.doc_id.as_str()).collect();
    let mut changed_docs: BTreeSet<String> = new_ids.iter().map(|s| s.to_string()).collect();
    if dedup_opts.is_some() {
        let pos: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.meta.doc_id.as_str(), i)).collect();
        let idx_edges: Vec<(usize, usize)> = edges.iter().filter_map(|(a, b)| Some((*pos.get(a.as_str())?, *pos.get(b.as_str())?))).collect();
        let metas: Vec<&DocMeta> = docs.iter().map(|d| &d.meta).collect();
        let dups = dedup::duplicate_of(&metas, &idx_edges);
        for (d, dup) in docs.iter_mut().zip(dups) {
            if d.meta.duplicate_of != dup {
                changed_docs.insert(d.meta.doc_id.clone());
                dirty.insert(d.partition.clone());
                d.meta.duplicate_of = dup;
            }
        }
    }

    // Facts: the earlier ones that stand, and the new ones, in document order.
    let source: BTreeMap<&str, &str> = docs.iter().map(|d| (d.meta.doc_id.as_str(), d.meta.source.as_str())).collect();
    let mut facts: Vec<SlimFact> = prev.map(|p| p.facts.iter().filter(|f| !removed.contains(&f.fact.doc_id)).cloned().collect()).unwrap_or_default();
    for r in &new.records {
        facts.extend(r.facts.iter().enumerate().map(|(i, f)| SlimFact::of(f, i as u32)));
    }
    facts.sort_by(|a, b| (source.get(a.fact.doc_id.as_str()), a.ord).cmp(&(source.get(b.fact.doc_id.as_str()), b.ord)));

    let mut blocks_clustered = 0;
    if let Some(o) = dedup_opts {
        let mut dirty_blocks: BTreeSet<(String, Option<String>)> = facts.iter().filter(|f| changed_docs.contains(&f.fact.doc_id)).map(|f| dedup::block(&f.fact)).collect();
        if let Some(p) = prev {
            dirty_blocks.extend(p.facts.iter().filter(|f| removed.contains(&f.fact.doc_id)).map(|f| dedup::block(&f.fact)));
        }
        blocks_clustered = dirty_blocks.len();
        let idx: Vec<usize> = (0..facts.len()).filter(|&i| dirty_blocks.contains(&dedup::block(&facts[i].fact))).collect();
        let mut work: Vec<Fact> = idx.iter().map(|&i| facts[i].fact.clone()).collect();
        let by_id: Docs = docs.iter().map(|d| (d.meta.doc_id.as_str(), &d.meta)).collect();
        dedup::cluster(&mut work, &by_id, o);
        let part_of: BTreeMap<&str, &str> = docs.iter().map(|d| (d.meta.doc_id.as_str(), d.partition.as_str())).collect();
        for (&i, f) in idx.iter().zip(work) {
            let s = &mut facts[i];
            let filled = f.period_text.is_some() && s.fact.period_text.is_none();
            if (s.cluster_id.as_str(), s.period, s.filled) != (f.cluster_id.as_str(), f.period, filled) {
                if let Some(p) = part_of.get(s.fact.doc_id.as_str()) {
                    dirty.insert(p.to_string());
                }
                s.cluster_id = f.cluster_id;
                s.period = f.period;
                s.filled = filled;
            }
        }
    }
    Ok(Reconciled { docs, facts, edges: edges.into_iter().collect(), removed, dirty, blocks_clustered, pairs_verified })
}
