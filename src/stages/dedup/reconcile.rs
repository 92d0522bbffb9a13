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

use crate::stages::dedup::{self, DedupOptions, DocMeta, Docs};
use crate::model::Fact;
use crate::nearcopy::{self, Fingerprint};
use crate::run::state::{DocRecord, Index, SlimDoc, SlimFact, StateError};
use crate::unionfind::UnionFind;
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
            let recs = crate::run::state::load_shard(self.out, partition)?;
            self.cache.insert(partition.to_string(), recs);
        }
        Ok(&self.cache[partition])
    }

    pub fn loaded(&self) -> usize {
        self.cache.len()
    }

    /// Shards held in memory (tests).
    pub fn in_memory(parts: BTreeMap<String, Vec<DocRecord>>) -> Shards<'static> {
        Shards { out: Path::new(""), known: parts.keys().cloned().collect(), cache: parts }
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
    /// Facts (indices into `facts`) clustered again: every fact of the touched clusters.
    pub reclustered: Vec<usize>,
    /// Clusters whose facts changed: their ids before and after.
    pub touched_clusters: BTreeSet<String>,
    /// Fact blocks clustered again, and candidate pairs verified, for the manifest.
    pub blocks_clustered: usize,
    pub pairs_verified: usize,
}

fn slim_meta(m: &DocMeta) -> DocMeta {
    DocMeta { fingerprint: Fingerprint::default(), title: None, ..m.clone() }
}

/// Apply a run's changes to the previous state (its documents, facts and pairs are
/// moved out of it). `kept_files` are the files taken over unchanged; every other file
/// of `prev` is gone or was extracted again.
pub fn reconcile(prev: Option<&mut Index>, kept_files: &BTreeSet<String>, new: &NewDocs, dedup_opts: Option<&DedupOptions>, shards: &mut Shards) -> Result<Reconciled, StateError> {
    let mut removed: BTreeSet<String> = BTreeSet::new();
    let mut dirty: BTreeSet<String> = BTreeSet::new();
    let mut regroup: BTreeSet<String> = BTreeSet::new();
    let mut dirty_blocks: BTreeSet<(String, Option<String>)> = BTreeSet::new();
    let mut touched_clusters: BTreeSet<String> = BTreeSet::new();
    // (table, country) of the dirty blocks: a cheap first test before a block's key.
    let mut coarse: BTreeSet<(crate::model::FactTable, Option<String>)> = BTreeSet::new();
    let (mut docs, mut facts, prev_edges) = match prev {
        None => (Vec::new(), Vec::new(), Vec::new()),
        Some(p) => {
            for f in p.files.iter().filter(|f| !kept_files.contains(&f.file)) {
                for (doc, part) in &f.docs {
                    removed.insert(doc.clone());
                    dirty.insert(part.clone());
                }
            }
            if !removed.is_empty() {
                regroup = groups_losing_members(p, &removed);
                for f in p.facts.iter().filter(|f| removed.contains(&f.fact.doc_id)) {
                    dirty_blocks.insert(dedup::block(&f.fact));
                    coarse.insert((f.fact.kind.table(), f.fact.country.clone()));
                    touched_clusters.insert(f.fact.cluster_id.clone());
                }
            }
            let mut docs = std::mem::take(&mut p.docs);
            let mut facts = std::mem::take(&mut p.facts);
            if !removed.is_empty() {
                docs.retain(|d| !removed.contains(&d.meta.doc_id));
                facts.retain(|f| !removed.contains(&f.fact.doc_id));
            }
            (docs, facts, std::mem::take(&mut p.edges))
        }
    };
    let near = dedup_opts.map(|o| o.near());
    docs.extend(new.records.iter().zip(&new.partitions).map(|(r, part)| SlimDoc {
        meta: slim_meta(&r.meta),
        lsh: near.as_ref().map(|n| nearcopy::Lsh::of(&r.meta.fingerprint, n)).unwrap_or_default(),
        partition: part.clone(),
    }));
    dirty.extend(new.partitions.iter().cloned());
    let new_ids: BTreeSet<&str> = new.records.iter().map(|r| r.meta.doc_id.as_str()).collect();
    if !new_ids.is_empty() {
        docs.sort_by(|a, b| a.meta.source.cmp(&b.meta.source));
    }
    let mut changed_docs: BTreeSet<String> = new_ids.iter().map(|s| s.to_string()).collect();
    let mut edges: Vec<(String, String)> = Vec::new();
    let mut pairs_verified = 0;
    if let Some(o) = dedup_opts {
        let mut groups = copy_groups(&prev_edges, &removed, &regroup, &docs, &new_ids, new, o, shards)?;
        edges = groups.edges;
        pairs_verified = groups.verified;
        let metas: Vec<&DocMeta> = docs.iter().map(|d| &d.meta).collect();
        let dups = dedup::duplicate_of(&metas, &mut groups.sets);
        for (d, dup) in docs.iter_mut().zip(dups) {
            if d.meta.duplicate_of != dup {
                changed_docs.insert(d.meta.doc_id.clone());
                dirty.insert(d.partition.clone());
                d.meta.duplicate_of = dup;
            }
        }
    }

    // Facts: the earlier ones that stand, and the new ones, in document order.
    if !new.records.is_empty() {
        for r in &new.records {
            facts.extend(r.facts.iter().enumerate().map(|(i, f)| SlimFact::of(f, i as u32)));
        }
        let rank: std::collections::HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.meta.doc_id.as_str(), i)).collect();
        facts.sort_by_cached_key(|f| (rank.get(f.fact.doc_id.as_str()).copied(), f.ord));
    }

    let mut blocks_clustered = 0;
    let mut reclustered = Vec::new();
    if let Some(o) = dedup_opts {
        for f in facts.iter().filter(|f| changed_docs.contains(&f.fact.doc_id)) {
            dirty_blocks.insert(dedup::block(&f.fact));
            coarse.insert((f.fact.kind.table(), f.fact.country.clone()));
        }
        blocks_clustered = dirty_blocks.len();
        let in_dirty = |f: &Fact| coarse.iter().any(|(t, c)| *t == f.kind.table() && *c == f.country) && dirty_blocks.contains(&dedup::block(f));
        let idx: Vec<usize> = (0..facts.len()).filter(|&i| in_dirty(&facts[i].fact)).collect();
        let mut work: Vec<Fact> = idx.iter().map(|&i| facts[i].raw()).collect();
        let by_id: Docs = docs.iter().map(|d| (d.meta.doc_id.as_str(), &d.meta)).collect();
        dedup::cluster(&mut work, &by_id, o);
        let part_of: std::collections::HashMap<&str, &str> = docs.iter().map(|d| (d.meta.doc_id.as_str(), d.partition.as_str())).collect();
        for (&i, f) in idx.iter().zip(work) {
            let s = &mut facts[i];
            touched_clusters.insert(s.fact.cluster_id.clone());
            touched_clusters.insert(f.cluster_id.clone());
            let filled = f.period_text.is_some() && s.fact.period_text.is_none();
            if (s.fact.cluster_id.as_str(), s.fact.period, s.filled) != (f.cluster_id.as_str(), f.period, filled) {
                if let Some(p) = part_of.get(s.fact.doc_id.as_str()) {
                    dirty.insert(p.to_string());
                }
                s.fact.cluster_id = f.cluster_id;
                s.fact.period = f.period;
                s.filled = filled;
            }
        }
        reclustered = idx;
    }
    Ok(Reconciled { docs, facts, edges, removed, dirty, reclustered, touched_clusters, blocks_clustered, pairs_verified })
}

/// The members (doc ids) of the previous run's copy groups that lost a document joined
/// to them by a near-copy pair: without it they may fall apart, so they are grouped
/// again. Groups held only by equal texts need no work.
fn groups_losing_members(p: &Index, removed: &BTreeSet<String>) -> BTreeSet<String> {
    if !p.edges.iter().any(|(a, b)| removed.contains(a) || removed.contains(b)) {
        return BTreeSet::new();
    }
    let ppos: BTreeMap<&str, usize> = p.docs.iter().enumerate().map(|(i, d)| (d.meta.doc_id.as_str(), i)).collect();
    let mut pp = UnionFind::new(p.docs.len());
    pp.join_equal(p.docs.iter().map(|d| d.meta.content_hash.as_str()));
    for (a, b) in &p.edges {
        if let (Some(&i), Some(&j)) = (ppos.get(a.as_str()), ppos.get(b.as_str())) {
            pp.union(i, j);
        }
    }
    let hit: BTreeSet<usize> = p.docs.iter().enumerate().filter(|(_, d)| removed.contains(&d.meta.doc_id)).map(|(i, _)| pp.find(i)).collect();
    (0..p.docs.len()).filter(|&i| hit.contains(&pp.find(i)) && !removed.contains(&p.docs[i].meta.doc_id)).map(|i| p.docs[i].meta.doc_id.clone()).collect()
}

struct Groups {
    /// The copy groups of the documents (indices into them).
    sets: UnionFind,
    /// The pairs that join them beyond equal texts (a spanning forest), as doc ids, for
    /// the next run.
    edges: Vec<(String, String)>,
    verified: usize,
}

/// Near-copy groups of all documents. A group is a connected component of the graph
/// whose edges are the candidate pairs (shared LSH key) that pass verification, plus
/// equal content hashes. Only what that graph needs is verified: a candidate already in
/// the document's group is skipped, so a story with hundreds of copies costs about one
/// check per copy. The verified pairs that joined groups (a spanning forest) are kept
/// for the next run. New documents are checked against every earlier one (by their
/// keys); a group that lost a document is worked out again from its remaining members.
/// The groups are the components of the same graph whatever the order or the runs, so
/// they equal a full run's.
#[allow(clippy::too_many_arguments)]
fn copy_groups(prev_edges: &[(String, String)], removed: &BTreeSet<String>, regroup_ids: &BTreeSet<String>, docs: &[SlimDoc], new_ids: &BTreeSet<&str>, new: &NewDocs, o: &DedupOptions, shards: &mut Shards) -> Result<Groups, StateError> {
    let n = docs.len();
    let pos: std::collections::HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.meta.doc_id.as_str(), i)).collect();
    let mut parent = UnionFind::new(n);
    parent.join_equal(docs.iter().map(|d| d.meta.content_hash.as_str()));
    let regroup: BTreeSet<usize> = regroup_ids.iter().filter_map(|id| pos.get(id.as_str()).copied()).collect();
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for (a, b) in prev_edges {
        if regroup_ids.contains(a) || regroup_ids.contains(b) || removed.contains(a) || removed.contains(b) {
            continue;
        }
        if let (Some(&i), Some(&j)) = (pos.get(a.as_str()), pos.get(b.as_str())) {
            parent.union(i, j);
            joined.push((i, j));
        }
    }
    if !o.near_copies {
        return Ok(Groups { edges: joined.iter().map(|&(i, j)| pair(docs, i, j)).collect(), sets: parent, verified: 0 });
    }
    // Documents to place, in source order: the regrouped ones (candidates among
    // themselves) and the new ones (candidates among everything before them).
    let is_new: Vec<bool> = docs.iter().map(|d| new_ids.contains(d.meta.doc_id.as_str())).collect();
    let todo: Vec<usize> = (0..n).filter(|&i| is_new[i] || regroup.contains(&i)).collect();
    if todo.is_empty() {
        return Ok(Groups { edges: joined.iter().map(|&(i, j)| pair(docs, i, j)).collect(), sets: parent, verified: 0 });
    }
    let mut buckets: std::collections::HashMap<u32, Vec<usize>> = std::collections::HashMap::new();
    for &i in &todo {
        for k in docs[i].lsh.all_keys() {
            buckets.entry(k).or_default().push(i);
        }
    }
    // Candidates of each document to place: shared keys with earlier documents to place,
    // and (for new ones) with every document that is neither new nor regrouped.
    let mut cands: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for list in buckets.values() {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[..x] {
                if i != j && (is_new[i] || is_new[j] || (regroup.contains(&i) && regroup.contains(&j))) {
                    cands.entry(i.max(j)).or_default().insert(i.min(j));
                }
            }
        }
    }
    for (j, d) in docs.iter().enumerate().filter(|(j, _)| !is_new[*j] && !regroup.contains(j)) {
        for k in d.lsh.all_keys() {
            for &i in buckets.get(&k).into_iter().flatten() {
                if is_new[i] {
                    cands.entry(i).or_default().insert(j);
                }
            }
        }
    }
    let new_meta: BTreeMap<&str, &DocMeta> = new.records.iter().map(|r| (r.meta.doc_id.as_str(), &r.meta)).collect();
    let mut verified = 0;
    for (&i, cs) in &cands {
        // Candidates in the document's own partition first: its shard is read anyway.
        let mut cs: Vec<usize> = cs.iter().copied().collect();
        cs.sort_by_key(|&j| (docs[j].partition != docs[i].partition, j));
        for j in cs {
            if parent.find(i) == parent.find(j) {
                continue;
            }
            // Pairs far under the threshold by their signatures are not read back.
            if docs[i].lsh.estimate(&docs[j].lsh) < o.near_copy_threshold - nearcopy::ESTIMATE_MARGIN && !(o.reworded_copy_threshold > 0.0 && docs[i].lsh.shares_figures(&docs[j].lsh)) {
                continue;
            }
            let a = full_meta(&docs[i], &new_meta, shards)?;
            let b = full_meta(&docs[j], &new_meta, shards)?;
            let (Some(a), Some(b)) = (a, b) else { continue };
            verified += 1;
            if dedup::verified(&a, &b, o) {
                parent.union(i, j);
                joined.push((i, j));
            }
        }
    }
    Ok(Groups { edges: joined.iter().map(|&(i, j)| pair(docs, i, j)).collect(), sets: parent, verified })
}

fn pair(docs: &[SlimDoc], i: usize, j: usize) -> (String, String) {
    let (a, b) = (&docs[i].meta.doc_id, &docs[j].meta.doc_id);
    (a.min(b).clone(), a.max(b).clone())
}

/// A document's metadata with its shingles: from this run's records, or its shard.
fn full_meta(d: &SlimDoc, new_meta: &BTreeMap<&str, &DocMeta>, shards: &mut Shards) -> Result<Option<DocMeta>, StateError> {
    if let Some(m) = new_meta.get(d.meta.doc_id.as_str()) {
        return Ok(Some((*m).clone()));
    }
    Ok(shards.get(&d.partition)?.iter().find(|r| r.meta.doc_id == d.meta.doc_id).map(|r| r.meta.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactKind, Period, Qualifier};
    use crate::run::state::FileEntry;
    use chrono::NaiveDate;

    /// A small deterministic generator (tests must not depend on a crate for this).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    /// Documents with chains of near-copies (neighbours in a chain overlap, its ends do
    /// not), exact copies and singletons; facts in a few blocks with close values.
    fn corpus() -> Vec<DocRecord> {
        let mut g = Lcg(7);
        let vocab: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let stream: Vec<&str> = (0..4000).map(|_| vocab[g.next(5000) as usize].as_str()).collect();
        let opts = DedupOptions::default().near();
        let mut texts: Vec<String> = Vec::new();
        for chain in 0..3 {
            for k in 0..5 {
                let start = chain * 1000 + k * 40;
                texts.push(stream[start..start + 200].join(" "));
            }
        }
        for k in 0..5 {
            texts.push(stream[3200 + k * 150..3200 + k * 150 + 120].join(" "));
        }
        texts.push(texts[2].clone());
        texts.push(texts[7].clone());
        let months = [None, Some((2025, 1)), Some((2025, 2)), Some((2025, 3))];
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let published = months[g.next(4) as usize].map(|(y, m)| NaiveDate::from_ymd_opt(y, m, 1 + g.next(28) as u32).unwrap());
                let doc_id = format!("d{i:02}");
                let facts = (0..g.next(4))
                    .map(|k| {
                        let period = match g.next(3) {
                            0 => None,
                            1 => Some(Period { start: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), end: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap() }),
                            _ => Some(Period::day(NaiveDate::from_ymd_opt(2025, 3, 1 + g.next(3) as u32).unwrap())),
                        };
                        Fact {
                            fact_id: format!("f{i:02}{k}"),
                            doc_id: doc_id.clone(),
                            sentence_index: k as usize,
                            evidence: format!("sentence {k}"),
                            kind: FactKind::Arrest { count: Some([100, 102, 130, 1000][g.next(4) as usize]) },
                            country: Some(["IRQ", "SYR"][g.next(2) as usize].into()),
                            period,
                            qualifier: [Qualifier::Exact, Qualifier::Approx][g.next(2) as usize],
                            is_aggregate: g.next(2) == 0,
                            location: None,
                            cluster_id: format!("cf{i:02}{k}"),
                            rule: "test".into(),
                            figure_text: None,
                            period_text: None,
                            country_cue: None,
                            trafficking: Default::default(),
                            geo: None,
                        }
                    })
                    .collect();
                let meta = DocMeta {
                    doc_id,
                    source: format!("s{i:02}.txt"),
                    title: None,
                    outlet: None,
                    published_date: published,
                    content_hash: format!("{:x}", text.len() * 1_000_003 + text.bytes().map(|b| b as usize).sum::<usize>()),
                    duplicate_of: None,
                    fingerprint: nearcopy::fingerprint(text, &opts),
                };
                DocRecord { meta, facts, pattern_rows: Vec::new() }
            })
            .collect()
    }

    fn part(r: &DocRecord) -> String {
        crate::sink::SinkOptions::default().partition(r.meta.published_date)
    }

    fn outcome(r: &Reconciled) -> (Vec<(String, Option<String>)>, Vec<(String, String, Option<Period>, bool)>) {
        (
            r.docs.iter().map(|d| (d.meta.doc_id.clone(), d.meta.duplicate_of.clone())).collect(),
            r.facts.iter().map(|f| (f.fact.fact_id.clone(), f.fact.cluster_id.clone(), f.fact.period, f.filled)).collect(),
        )
    }

    #[test]
    fn runs_over_changes_equal_a_run_from_scratch() {
        let all = corpus();
        let opts = DedupOptions::default();
        // The corpus has near-copy chains to split and facts to join.
        let scratch = |present: &BTreeSet<usize>| {
            let recs: Vec<&DocRecord> = present.iter().map(|&i| &all[i]).collect();
            let nd = NewDocs { partitions: recs.iter().map(|r| part(r)).collect(), records: recs };
            reconcile(None, &BTreeSet::new(), &nd, Some(&opts), &mut Shards::in_memory(BTreeMap::new())).unwrap()
        };
        let everything = scratch(&(0..all.len()).collect());
        assert!(everything.docs.iter().filter(|d| d.meta.duplicate_of.is_some()).count() >= 8);
        assert!(everything.facts.iter().map(|f| &f.fact.cluster_id).collect::<BTreeSet<_>>().len() < everything.facts.len());

        let mut g = Lcg(11);
        let mut present: BTreeSet<usize> = BTreeSet::new();
        let mut prev: Option<Index> = None;
        let mut chain_splits = 0;
        for step in 0..40 {
            let mut removed_now = BTreeSet::new();
            for _ in 0..g.next(3) {
                if let Some(&i) = present.iter().nth(g.next(present.len().max(1) as u64) as usize) {
                    if step % 3 != 0 {
                        removed_now.insert(i);
                    }
                }
            }
            let added: BTreeSet<usize> = (0..1 + g.next(4)).map(|_| g.next(all.len() as u64) as usize).filter(|i| !present.contains(i)).collect();
            chain_splits += removed_now.iter().filter(|&&i| i < 15 && i % 5 != 0 && i % 5 != 4).count();
            present = present.difference(&removed_now).copied().chain(added.iter().copied()).collect();
            let kept: BTreeSet<String> = present.iter().filter(|i| !added.contains(i)).map(|&i| all[i].meta.source.clone()).collect();
            let mut parts: BTreeMap<String, Vec<DocRecord>> = BTreeMap::new();
            if let Some(p) = &prev {
                for d in &p.docs {
                    let i: usize = d.meta.doc_id[1..].parse().unwrap();
                    parts.entry(d.partition.clone()).or_default().push(all[i].clone());
                }
            }
            let recs: Vec<&DocRecord> = added.iter().map(|&i| &all[i]).collect();
            let nd = NewDocs { partitions: recs.iter().map(|r| part(r)).collect(), records: recs };
            let inc = reconcile(prev.as_mut(), &kept, &nd, Some(&opts), &mut Shards::in_memory(parts)).unwrap();
            assert_eq!(outcome(&inc), outcome(&scratch(&present)), "step {step}: present {present:?}");
            prev = Some(Index {
                files: inc.docs.iter().map(|d| FileEntry { file: d.meta.source.clone(), hash: String::new(), size: 0, mtime_ns: 0, identity: 0, docs: vec![(d.meta.doc_id.clone(), d.partition.clone())], rejects: Vec::new(), filtered: 0, skipped: 0 }).collect(),
                docs: inc.docs,
                facts: inc.facts,
                edges: inc.edges,
                ..Index::default()
            });
        }
        assert!(chain_splits > 0, "the sequence never removed the middle of a chain");
    }
}
