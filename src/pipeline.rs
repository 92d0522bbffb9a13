//! Running a validated configuration: the per-document stages (ingest, clean, extract)
//! fused into one parallel pass over the files with rayon, then the table stages
//! (deduplicate, aggregate) and the sink. Only facts and document metadata are kept
//! after a document is extracted, so memory does not grow with the documents' text.

use crate::config::{Config, StageConfig};
use crate::extract;
use crate::ingest::{self, Reject};
use crate::stages::chain::{self, DocChain};
use crate::stages::dedup::reconcile::{self, NewDocs, Shards};
use crate::stages::dedup::{self, DedupOptions, DocMeta};
use crate::stages::{Role, TableInputs, TableStage};
use crate::model::Fact;
use crate::partitions::{doc_table_names, month_of, partition_tables, Settle};
use crate::sink::{self, SinkOptions, Table};
use crate::state::{self, DocRecord, FileEntry, Index, SlimFact, LEGACY_STATE_FILE, STATE_DIR};
use crate::{plan, tables};
use chrono::{DateTime, Datelike, Utc};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::Ordering;
use std::time::Instant;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("input folder {path}")]
    Input { path: String, source: std::io::Error },
    #[error("stage `{stage}` options: {message}")]
    Options { stage: String, message: String },
    #[error("stage `{stage}` failed: {message}")]
    Stage { stage: String, message: String },
    #[error(transparent)]
    Sink(#[from] sink::SinkError),
    #[error("thread pool: {0}")]
    Threads(String),
    #[error("state of the previous run: {0}")]
    State(#[from] state::StateError),
}

#[derive(Debug, Clone, Serialize)]
pub struct StageTiming {
    pub name: String,
    pub kind: String,
    pub started_at: String,
    pub ended_at: String,
    /// Wall-clock seconds; for per-document stages, the summed time across threads.
    pub seconds: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    pub run_id: String,
    pub interdict_version: String,
    pub config_file: String,
    pub config_hash: String,
    pub started_at: String,
    pub finished_at: String,
    pub input: String,
    pub output: String,
    pub threads: usize,
    pub files_read: usize,
    /// Files extracted in this run; the others were unchanged and taken from the state of
    /// the previous run.
    pub files_processed: usize,
    pub files_reused: usize,
    pub full_refresh: bool,
    /// Documents dropped by filter stages.
    pub filtered_out: usize,
    pub documents: usize,
    pub rejected: usize,
    pub rows: BTreeMap<String, usize>,
    /// Partitions whose documents or facts changed (all of them in a full run).
    pub partitions_rewritten: usize,
    /// Parquet files written (the others were unchanged and kept).
    pub files_written: usize,
    /// Partition shards of the previous run read back.
    pub shards_read: usize,
    /// Fact blocks (kind and country) clustered again, and near-copy candidates verified.
    pub blocks_clustered: usize,
    pub pairs_verified: usize,
    pub stages: Vec<StageTiming>,
    /// Tables of the previous output that the configuration no longer makes; they were
    /// removed from the output.
    pub removed_tables: Vec<String>,
}

/// What a run produced, before it is written.
pub struct RunResult {
    pub outputs: Outputs,
    pub manifest: Manifest,
}

/// The options of a stage, typed (the defaults when there is none).
fn opts<T: serde::de::DeserializeOwned + Default>(s: Option<&StageConfig>) -> Result<T, RunError> {
    crate::stages::options_or_default(s).map_err(|e| RunError::Options { stage: s.map(|s| s.name.clone()).unwrap_or_default(), message: e.message })
}

/// The first stage of a role.
fn stage(cfg: &Config, role: Role) -> Option<&StageConfig> {
    crate::stages::first_of(&cfg.stages, role)
}

/// Time spent between the steps of a run, logged at debug level (`INTERDICT_LOG=debug`).
struct Phases(Instant);

impl Phases {
    fn mark(&mut self, step: &str) {
        tracing::debug!(step, ms = format!("{:.1}", self.0.elapsed().as_secs_f64() * 1e3), "step done");
        self.0 = Instant::now();
    }
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// What one document gave in the fused per-document pass.
enum DocOut {
    Record(DocRecord),
    Rejected(Reject),
    Filtered,
}

/// Size, modification time (ns) and identity (device, inode, change time) of a file.
fn stat(path: &std::path::Path) -> (u64, i128, u64) {
    use std::hash::{Hash, Hasher};
    use std::os::unix::fs::MetadataExt;
    match std::fs::metadata(path) {
        Ok(m) => {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (m.dev(), m.ino(), m.ctime(), m.ctime_nsec()).hash(&mut h);
            (m.len(), m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_nanos() as i128).unwrap_or(-1), h.finish())
        }
        Err(_) => (0, -1, 0),
    }
}

fn state_key(cfg: &Config) -> String {
    let stages: Vec<String> = cfg.stages.iter().map(|s| format!("{}|{}|{:?}|{:?}", s.name, s.kind, s.inputs, s.options)).collect();
    extract::stable_id(&[env!("CARGO_PKG_VERSION"), crate::sink::OUTPUT_FORMAT, &stages.join("\n"), &format!("{:?}", cfg.lexicon.data)])
}

fn bytes_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(bytes);
    d.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// What a run would read, for `--dry-run`: the files of the input folder and, against
/// the previous run's state, how many are new, changed, unchanged or gone. An input
/// folder that cannot be listed is an error, as in a run.
pub fn dry_run_files(cfg: &Config, full_refresh: bool) -> Result<String, RunError> {
    let files = ingest::walk(&cfg.input).map_err(|source| RunError::Input { path: cfg.input.display().to_string(), source })?;
    let refused = files.iter().filter(|f| matches!(f, ingest::Entry::Rejected { .. })).count();
    let prev = if full_refresh { None } else { state::load(&cfg.output, &state_key(cfg)) };
    let Some(prev) = prev else {
        return Ok(format!("input: {} files ({refused} refused by the walk); a full run would read all of them\n", files.len()));
    };
    let before: BTreeMap<&str, &FileEntry> = prev.files.iter().map(|f| (f.file.as_str(), f)).collect();
    let (mut new, mut changed, mut same) = (0, 0, 0);
    for f in &files {
        let ingest::Entry::File { path, rel } = f else { continue };
        match before.get(rel.as_str()) {
            None => new += 1,
            Some(p) => {
                let (size, mtime_ns, identity) = stat(path);
                if p.size == size && p.mtime_ns == mtime_ns && p.identity == identity && !p.hash.is_empty() {
                    same += 1;
                } else {
                    changed += 1; // read again; reused if its hash is the same
                }
            }
        }
    }
    let now: BTreeSet<&str> = files.iter().map(|f| f.rel()).collect();
    let gone = before.keys().filter(|k| !now.contains(*k)).count();
    Ok(format!(
        "input: {} files ({refused} refused by the walk); an incremental run would reprocess {} ({new} new, {changed} changed or touched), reuse {same}, and drop {gone} gone since the previous run\n",
        files.len(),
        new + changed
    ))
}

pub use crate::partitions::Outputs;

/// The per-document stages, fused, for one file at a time.
struct Pass<'a> {
    chain: &'a DocChain<'a>,
    near: crate::nearcopy::NearCopyOptions,
    sink: &'a SinkOptions,
}

impl Pass<'_> {
    /// What one input entry gives: ingest, clean, filters, extract and patterns per
    /// document, or the previous run's result when the file is unchanged (`None` records).
    /// Entries the walk refused (special files, links leaving the root) are rejects.
    fn file(&self, item: &ingest::Entry, before: Option<&FileEntry>) -> (FileEntry, Option<Vec<DocRecord>>) {
        let (path, rel) = match item {
            ingest::Entry::File { path, rel } => (path, rel.as_str()),
            ingest::Entry::Rejected { rel, reason } => {
                tracing::warn!(source = %rel, reason = %reason, "input rejected");
                let rej = Reject { source: rel.clone(), stage: "ingest".into(), reason: reason.clone() };
                return (FileEntry { file: rel.clone(), hash: String::new(), size: 0, mtime_ns: -1, identity: 0, docs: Vec::new(), rejects: vec![rej], filtered: 0 }, Some(Vec::new()));
            }
        };
        let (size, mtime_ns, identity) = stat(path);
        let ingest_opts = &self.chain.ingest;
        if let Some(prev) = before.filter(|p| mtime_ns >= 0 && p.size == size && p.mtime_ns == mtime_ns && p.identity == identity && !p.hash.is_empty()) {
            return (prev.clone(), None);
        }
        let a = Instant::now();
        // The bytes are read once, capped, and hashed: an unchanged file (same hash) is
        // taken from the previous run.
        let wanted = ingest::format_of(std::path::Path::new(rel)).is_some_and(|(f, _)| ingest_opts.formats.iter().any(|x| x == f));
        let (hash, raws) = if !wanted {
            (String::new(), ingest::parse(&[], rel, ingest_opts))
        } else {
            match ingest::read_capped(path, ingest_opts.max_bytes) {
                Ok(bytes) => {
                    let hash = bytes_hash(&bytes);
                    if let Some(prev) = before.filter(|p| p.hash == hash) {
                        return (FileEntry { size, mtime_ns, identity, ..prev.clone() }, None);
                    }
                    (hash, ingest::parse(&bytes, rel, ingest_opts))
                }
                Err(reason) => (String::new(), vec![Err(Reject { source: rel.to_string(), stage: "ingest".into(), reason })]),
            }
        };
        self.chain.ingest_nanos.fetch_add(a.elapsed().as_nanos() as u64, Ordering::Relaxed);
        let outs: Vec<DocOut> = raws
            .into_iter()
            .map(|r| match r {
                Err(rej) => {
                    tracing::warn!(source = %rej.source, stage = %rej.stage, reason = %rej.reason, "input rejected");
                    DocOut::Rejected(rej)
                }
                Ok(raw) => match self.chain.process(&raw) {
                    chain::DocOut::Done { doc, rows } => DocOut::Record(DocRecord { meta: DocMeta::of(&doc, &self.near), facts: rows.facts, pattern_rows: rows.rows }),
                    chain::DocOut::Rejected(rej) => DocOut::Rejected(rej),
                    chain::DocOut::Dropped(_) => DocOut::Filtered,
                },
            })
            .collect();
        let mut entry = FileEntry { file: rel.to_string(), hash, size, mtime_ns, identity, docs: Vec::new(), rejects: Vec::new(), filtered: 0 };
        let mut records = Vec::new();
        for o in outs {
            match o {
                DocOut::Record(r) => {
                    entry.docs.push((r.meta.doc_id.clone(), self.sink.partition(r.meta.published_date)));
                    records.push(r);
                }
                DocOut::Rejected(r) => entry.rejects.push(r),
                DocOut::Filtered => entry.filtered += 1,
            }
        }
        (entry, Some(records))
    }
}

/// The table stages built from a configuration, by stage name.
type Built = BTreeMap<String, Box<dyn TableStage>>;

fn build_table_stages(cfg: &Config) -> Result<Built, RunError> {
    crate::stages::all_of(&cfg.stages, Role::Table)
        .map(|s| crate::stages::of(s).build_table(s).map(|b| (s.name.clone(), b)).map_err(|e| RunError::Options { stage: s.name.clone(), message: e.message }))
        .collect()
}

/// The table stages in waves: the stages of a wave run at the same time, each on its own
/// thread, released together. They read `available`, which gains the tables each wave
/// makes that a later stage reads.
fn table_stages(cfg: &Config, built: &Built, heads: &[&Fact], available: &mut BTreeMap<String, Table>, reads: &BTreeSet<String>, timings: &mut Vec<StageTiming>) -> Result<Vec<Table>, RunError> {
    let mut made_tables: Vec<Table> = Vec::new();
    for wave in plan::waves(&cfg.stages, Role::Table) {
        let barrier = std::sync::Barrier::new(wave.len());
        let results: Vec<Result<(Vec<Table>, StageTiming), RunError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = wave
                .iter()
                .map(|s| {
                    let input = TableInputs { heads, tables: &*available };
                    let barrier = &barrier;
                    let stage = &built[&s.name];
                    scope.spawn(move || {
                        let start = Utc::now();
                        let t0 = Instant::now();
                        barrier.wait();
                        let made = stage.run(&input).map_err(|message| RunError::Stage { stage: s.name.clone(), message })?;
                        let timing = StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(start), ended_at: iso(Utc::now()), seconds: t0.elapsed().as_secs_f64() };
                        Ok((made, timing))
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err(RunError::Stage { stage: "(table stage)".into(), message: "panicked".into() }))).collect()
        });
        for r in results {
            let (made, timing) = r?;
            for t in made.iter().filter(|t| reads.contains(&t.name)) {
                available.insert(t.name.clone(), t.clone());
            }
            made_tables.extend(made);
            timings.push(timing);
        }
    }
    Ok(made_tables)
}

/// Run the pipeline and return what to write (nothing is written). Unless
/// `full_refresh`, the previous run's state in the output folder is used: files
/// unchanged since then are not read again, dedup works on what changed, and only the
/// partitions that changed are rewritten. The tables are the same either way.
pub fn execute(cfg: &Config, progress: bool, full_refresh: bool) -> Result<RunResult, RunError> {
    match execute_with(cfg, progress, full_refresh) {
        Err(RunError::State(e)) if !full_refresh => {
            tracing::warn!(error = %crate::error_chain(&e), "previous state unusable: full run");
            execute_with(cfg, progress, true)
        }
        r => r,
    }
}

fn execute_with(cfg: &Config, progress: bool, full_refresh: bool) -> Result<RunResult, RunError> {
    let started = Utc::now();
    let dedup_stage = stage(cfg, Role::Dedup);
    let dedup_opts: DedupOptions = opts(dedup_stage)?;
    let sink_opts: SinkOptions = opts(stage(cfg, Role::Sink))?;
    let chain = DocChain::build(&cfg.stages, &cfg.lexicon, cfg.document_timeout).map_err(|e| RunError::Options { stage: e.stage, message: e.error.to_string() })?;
    let built = build_table_stages(cfg)?;
    let files = ingest::walk(&cfg.input).map_err(|source| RunError::Input { path: cfg.input.display().to_string(), source })?;
    let bar = progress.then(|| {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} files {wide_bar} {elapsed}").unwrap());
        b
    });
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cfg.threads).build().map_err(|e| RunError::Threads(e.to_string()))?;
    let pass_start = Utc::now();
    let key = state_key(cfg);
    let mut phases = Phases(Instant::now());
    let mut prev: Option<Index> = if full_refresh { None } else { state::load(&cfg.output, &key) };
    phases.mark("load state");
    let prev_files: BTreeMap<&str, &FileEntry> = prev.iter().flat_map(|p| p.files.iter().map(|f| (f.file.as_str(), f))).collect();
    let pass = Pass { chain: &chain, near: dedup_opts.near(), sink: &sink_opts };
    let file_results: Vec<(FileEntry, Option<Vec<DocRecord>>)> = pool.install(|| {
        files
            .par_iter()
            .map(|item| {
                let r = pass.file(item, prev_files.get(item.rel()).copied());
                if let Some(b) = &bar {
                    b.inc(1);
                }
                r
            })
            .collect()
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let pass_end = Utc::now();
    phases.mark("read and extract files");
    let files_reused = file_results.iter().filter(|f| f.1.is_none()).count();
    let kept: BTreeSet<String> = file_results.iter().filter(|f| f.1.is_none()).map(|f| f.0.file.clone()).collect();
    let mut entries: Vec<FileEntry> = Vec::with_capacity(file_results.len());
    let mut new_records: Vec<DocRecord> = Vec::new();
    for (e, recs) in file_results {
        entries.push(e);
        new_records.extend(recs.unwrap_or_default());
    }
    entries.sort_by(|a, b| a.file.cmp(&b.file));
    new_records.sort_by(|a, b| a.meta.source.cmp(&b.meta.source));
    let mut timings = Vec::new();
    for s in cfg.stages.iter().filter(|s| crate::stages::of(s).role().per_document()) {
        timings.push(StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(pass_start), ended_at: iso(pass_end), seconds: chain.seconds(s) });
    }

    // deduplicate, over what changed
    let d_start = Utc::now();
    let d0 = Instant::now();
    let mut shards = Shards::new(&cfg.output, prev.as_ref());
    let new_parts: Vec<String> = new_records.iter().map(|r| sink_opts.partition(r.meta.published_date)).collect();
    let new_docs = NewDocs { records: new_records.iter().collect(), partitions: new_parts.clone() };
    let rec = reconcile::reconcile(prev.as_mut(), &kept, &new_docs, dedup_stage.map(|_| &dedup_opts), &mut shards)?;
    phases.mark("reconcile");
    let doc_names = doc_table_names(&chain);
    let mut dirty = rec.dirty.clone();
    // A partition whose file is gone from the output folder is written again.
    if let Some(p) = &prev {
        for name in &doc_names {
            for (part, w) in p.partitions.get(name).into_iter().flatten() {
                if w.rows > 0 && !cfg.output.join(sink_opts.path(name, part)).exists() {
                    dirty.insert(part.clone());
                }
            }
        }
    }
    let by_id: dedup::Docs = rec.docs.iter().map(|d| (d.meta.doc_id.as_str(), &d.meta)).collect();
    let sql_reads: BTreeSet<String> = built.values().flat_map(|b| b.reads()).collect();
    let sql_reads_docs = doc_names.iter().any(|n| sql_reads.contains(n));
    // What dedup decided for the facts of the partitions to build.
    let slim: std::collections::HashMap<&str, &SlimFact> = {
        let part_of: std::collections::HashMap<&str, &str> = rec.docs.iter().map(|d| (d.meta.doc_id.as_str(), d.partition.as_str())).collect();
        let wanted = |f: &&SlimFact| sql_reads_docs || part_of.get(f.fact.doc_id.as_str()).is_some_and(|p| dirty.contains(*p));
        rec.facts.iter().filter(wanted).map(|f| (f.fact.fact_id.as_str(), f)).collect()
    };
    // Cluster rows: those of untouched clusters as the previous run left them, the
    // touched ones made again from their facts (all in the blocks clustered again).
    let prev_clusters: Vec<dedup::ClusterRow> = prev.as_mut().map(|p| std::mem::take(&mut p.clusters)).unwrap_or_default();
    let mut touched_months: BTreeSet<String> = BTreeSet::new();
    let cluster_rows: Option<Vec<dedup::ClusterRow>> = dedup_stage.map(|_| {
        let fresh = dedup::cluster_rows(rec.reclustered.iter().map(|&i| &rec.facts[i].fact), &by_id);
        let mut rows: Vec<dedup::ClusterRow> = Vec::with_capacity(prev_clusters.len() + fresh.len());
        for r in prev_clusters {
            if rec.touched_clusters.contains(&r.cluster_id) {
                touched_months.insert(sink_opts.partition(r.first_published));
            } else {
                rows.push(r);
            }
        }
        touched_months.extend(fresh.iter().map(|r| sink_opts.partition(r.first_published)));
        rows.extend(fresh);
        rows.sort_by(|a, b| a.cluster_id.cmp(&b.cluster_id));
        rows
    });
    // The first fact of each cluster in table order, which the yearly tables count.
    let heads: Vec<&Fact> = match &cluster_rows {
        Some(rows) => {
            let by_fact: std::collections::HashMap<&str, &Fact> = rec.facts.iter().map(|f| (f.fact.fact_id.as_str(), &f.fact)).collect();
            rows.iter().filter_map(|r| by_fact.get(r.head.as_str()).copied()).collect()
        }
        // Without dedup every fact is a cluster of its own, its own head.
        None => rec.facts.iter().map(|s| &s.fact).collect(),
    };
    phases.mark("cluster rows");
    if let Some(s) = dedup_stage {
        timings.push(StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(d_start), ended_at: iso(Utc::now()), seconds: d0.elapsed().as_secs_f64() });
    }

    // The partitions of documents and facts that changed: their records, then tables.
    let mut settle = Settle { out: &cfg.output, sink: &sink_opts, prev: prev.as_ref(), written: BTreeMap::new(), outputs: Outputs::default() };
    let mut new_by_part: BTreeMap<String, Vec<DocRecord>> = BTreeMap::new();
    for (r, p) in new_records.into_iter().zip(new_parts) {
        new_by_part.entry(p).or_default().push(r);
    }
    let mut dirty_tables: BTreeMap<String, Vec<Table>> = BTreeMap::new();
    let mut computed: BTreeMap<String, BTreeMap<String, Table>> = BTreeMap::new();
    for p in &dirty {
        let mut recs: Vec<DocRecord> = shards.get(p)?.iter().filter(|r| !rec.removed.contains(&r.meta.doc_id)).cloned().collect();
        recs.extend(new_by_part.remove(p).unwrap_or_default());
        recs.sort_by(|a, b| a.meta.source.cmp(&b.meta.source));
        let shard = state::shard_path(p);
        if recs.is_empty() {
            settle.outputs.deletes.push(shard);
        } else {
            settle.outputs.files.push((shard, state::encode(&recs)));
        }
        let made = partition_tables(&recs, &by_id, &slim, &chain);
        if sql_reads_docs {
            dirty_tables.insert(p.clone(), made.clone());
        }
        for (name, t) in doc_names.iter().zip(made) {
            computed.entry(name.clone()).or_default().insert(p.clone(), t);
        }
    }
    phases.mark("changed partitions");
    let empty_doc_tables = partition_tables(&[], &by_id, &slim, &chain);
    for (name, empty) in doc_names.iter().zip(empty_doc_tables) {
        settle.table(name, computed.remove(name).unwrap_or_default(), true, true, || empty);
    }
    let rejects: Vec<Reject> = {
        let mut r: Vec<Reject> = entries.iter().flat_map(|e| e.rejects.iter().cloned()).collect();
        r.sort_by(|a, b| a.source.cmp(&b.source));
        r
    };
    let mut derived: Vec<Table> = vec![tables::rejects(&rejects)];
    if let Some(rows) = &cluster_rows {
        // fact_clusters is partitioned by the month of first publication: the months of
        // touched clusters (before and after) are built again, the others stand.
        let mut months = touched_months.clone();
        for (part, w) in prev.as_ref().and_then(|p| p.partitions.get("fact_clusters")).into_iter().flatten() {
            if w.rows > 0 && !cfg.output.join(sink_opts.path("fact_clusters", part)).exists() {
                months.insert(part.clone());
            }
        }
        let key_of = |p: &str| if p == sink::UNDATED { Some(None) } else { month_of(p).map(Some) };
        let wanted: BTreeSet<Option<(i32, u32)>> = months.iter().filter_map(|p| key_of(p)).collect();
        let month = |d: Option<chrono::NaiveDate>| d.map(|d| (d.year(), d.month()));
        let mut by_part: BTreeMap<String, Vec<dedup::ClusterRow>> = months.iter().map(|p| (p.clone(), Vec::new())).collect();
        for r in rows.iter().filter(|r| !months.is_empty() && (!sink_opts.partitioned() || wanted.contains(&month(r.first_published)))) {
            by_part.entry(sink_opts.partition(r.first_published)).or_default().push(r.clone());
        }
        let computed = by_part.iter().map(|(p, rs)| (p.clone(), tables::fact_clusters(rs))).collect();
        settle.table("fact_clusters", computed, true, true, || tables::fact_clusters(&[]));
        derived.push(tables::conflicts(&dedup::conflicts(rows)));
    }

    // Table stages (aggregate, sql) in waves: the stages of a wave run at the same time.
    // SQL reads whole tables: the partitions not rewritten are read back from the state.
    let mut available: BTreeMap<String, Table> = derived.iter().filter(|t| sql_reads.contains(&t.name)).map(|t| (t.name.clone(), t.clone())).collect();
    if let Some(rows) = cluster_rows.as_ref().filter(|_| sql_reads.contains("fact_clusters")) {
        available.insert("fact_clusters".into(), tables::fact_clusters(rows));
    }
    if sql_reads_docs {
        let all_parts: BTreeSet<String> = rec.docs.iter().map(|d| d.partition.clone()).collect();
        let mut per_table: Vec<Vec<Table>> = vec![Vec::new(); doc_names.len()];
        for p in &all_parts {
            let made = match dirty_tables.remove(p) {
                Some(made) => made,
                None => {
                    let recs: Vec<DocRecord> = shards.get(p)?.to_vec();
                    partition_tables(&recs, &by_id, &slim, &chain)
                }
            };
            for (i, t) in made.into_iter().enumerate() {
                if t.num_rows() > 0 {
                    per_table[i].push(t);
                }
            }
        }
        let empties = partition_tables(&[], &by_id, &slim, &chain);
        for ((name, parts), empty) in doc_names.iter().zip(per_table).zip(empties) {
            let refs: Vec<&Table> = parts.iter().collect();
            available.insert(name.clone(), Table::concat(name, &refs).unwrap_or(empty));
        }
    }
    phases.mark("derived tables");
    let made_tables = table_stages(cfg, &built, &heads, &mut available, &sql_reads, &mut timings)?;
    for t in derived.into_iter().chain(made_tables) {
        let name = t.name.clone();
        settle.table(&name, [(String::new(), t)].into_iter().collect(), false, false, || Table::new(&name));
    }

    phases.mark("table stages");
    let config_hash = extract::stable_id(&[&cfg.text]);
    let run_id = format!("{}-{}", started.format("%Y%m%dT%H%M%S%.3fZ"), &config_hash[..8]);
    let rows: BTreeMap<String, usize> = settle.written.iter().map(|(t, parts)| (t.clone(), parts.values().map(|w| w.rows).sum())).collect();
    let documents = rec.docs.len();
    let filtered_out = entries.iter().map(|e| e.filtered).sum();
    let mut outputs = settle.outputs;
    if prev.is_none() {
        // A full run replaces whatever earlier runs left for its tables and state.
        for name in settle.written.keys() {
            outputs.clears.push(format!("{name}.parquet"));
            outputs.clears.push(name.clone());
        }
        outputs.clears.push(format!("{STATE_DIR}/parts"));
        outputs.clears.push(LEGACY_STATE_FILE.into());
    }
    let partitions_written = outputs.tables.len();
    let index = Index {
        interdict_version: env!("CARGO_PKG_VERSION").into(),
        key,
        run_id: run_id.clone(),
        files: entries,
        docs: rec.docs,
        facts: rec.facts,
        edges: rec.edges,
        clusters: cluster_rows.unwrap_or_default(),
        partitions: settle.written,
    };
    outputs.index = state::encode(&index);
    phases.mark("encode state");
    let manifest = Manifest {
        run_id,
        interdict_version: env!("CARGO_PKG_VERSION").into(),
        config_file: cfg.file.clone(),
        config_hash,
        started_at: iso(started),
        finished_at: String::new(),
        input: cfg.input.display().to_string(),
        output: cfg.output.display().to_string(),
        threads: pool.current_num_threads(),
        files_read: files.len(),
        files_processed: files.len() - files_reused,
        files_reused,
        full_refresh: prev.is_none(),
        filtered_out,
        documents,
        rejected: rejects.len(),
        rows,
        partitions_rewritten: dirty.len(),
        files_written: partitions_written,
        shards_read: shards.loaded(),
        blocks_clustered: rec.blocks_clustered,
        pairs_verified: rec.pairs_verified,
        stages: timings,
        removed_tables: Vec::new(),
    };
    Ok(RunResult { outputs, manifest })
}

/// Write a run's files and manifest: the next output is built beside the current one
/// and switched in at once (see `sink::publish`), so a run that fails or is killed
/// leaves the previous output as it was.
pub fn write(cfg: &Config, output: &sink::Output, mut result: RunResult) -> Result<Manifest, RunError> {
    let sink_stage = stage(cfg, Role::Sink);
    let sink_opts: SinkOptions = opts(sink_stage)?;
    let compression = sink::compression(&sink_opts.compression).unwrap_or(::parquet::basic::Compression::SNAPPY);
    let s_start = Utc::now();
    let s0 = Instant::now();
    let mut staging = output.stage(&result.manifest.run_id.replace([':', '.'], ""))?;
    staging.describe(crate::dictionary::descriptions(cfg));
    let out = std::mem::take(&mut result.outputs);
    let staged = (|| -> Result<(), sink::SinkError> {
        for (path, t) in &out.tables {
            staging.write_table(path, t, compression)?;
        }
        for (path, bytes) in &out.files {
            staging.write_file(path, bytes)?;
        }
        staging.write_file(state::INDEX_FILE, &out.index)
    })();
    if let Err(e) = staged {
        staging.abort();
        return Err(e.into());
    }
    for c in &out.clears {
        staging.clear(c);
    }
    for d in &out.deletes {
        staging.delete(d);
    }
    let tables: BTreeSet<String> = result.manifest.rows.keys().cloned().collect();
    result.manifest.removed_tables = output.dropped_tables(&tables);
    if let Some(s) = sink_stage {
        result.manifest.stages.push(StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(s_start), ended_at: iso(Utc::now()), seconds: s0.elapsed().as_secs_f64() });
    }
    result.manifest.finished_at = iso(Utc::now());
    let json = serde_json::to_vec_pretty(&result.manifest).expect("manifest serializes");
    staging.commit(&json, &result.manifest.removed_tables)?;
    Ok(result.manifest)
}
