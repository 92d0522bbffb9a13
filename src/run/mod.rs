//! A run of a validated configuration, step by step as the README tells the pipeline:
//! the document pass (`pass`: ingest, clean, gates, extract per document, in parallel),
//! deduplicate over what changed since the previous run (`stages::dedup::reconcile`),
//! the monthly partitions that changed (`partitions`), the table stages in waves
//! (`waves`), then the state for the next run (`state`) and the manifest (`manifest`).
//! Nothing is written here: `write` hands the files to the sink, which publishes them
//! at once.

pub mod clusters;
pub mod manifest;
pub mod partitions;
pub mod pass;
pub mod state;
pub mod waves;

pub use manifest::{Manifest, StageTiming};
pub use partitions::Outputs;
pub use pass::dry_run_files;

use crate::config::{Config, StageConfig};
use crate::sink::{self, SinkOptions};
use crate::stages::dedup::reconcile::{self, NewDocs, Shards};
use crate::stages::dedup::DedupOptions;
use crate::stages::chain::DocChain;
use crate::stages::Role;
use chrono::{DateTime, Utc};
use crate::tables;
use crate::sink::Table;
use std::collections::{BTreeMap, BTreeSet};
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


/// The stages of a configuration, built once for a run.
struct Built<'c> {
    chain: DocChain<'c>,
    tables: waves::Built,
    dedup: Option<(&'c StageConfig, DedupOptions)>,
    sink: SinkOptions,
}

impl<'c> Built<'c> {
    fn new(cfg: &'c Config) -> Result<Built<'c>, RunError> {
        let dedup = match stage(cfg, Role::Dedup) {
            Some(s) => Some((s, opts(Some(s))?)),
            None => None,
        };
        Ok(Built {
            chain: DocChain::build(&cfg.stages, &cfg.lexicon, cfg.document_timeout).map_err(|e| RunError::Options { stage: e.stage, message: e.error.to_string() })?,
            tables: waves::build_table_stages(cfg)?,
            dedup,
            sink: opts(stage(cfg, Role::Sink))?,
        })
    }
}

fn execute_with(cfg: &Config, progress: bool, full_refresh: bool) -> Result<RunResult, RunError> {
    let started = Utc::now();
    let built = Built::new(cfg)?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cfg.threads).build().map_err(|e| RunError::Threads(e.to_string()))?;
    let mut phases = Phases(Instant::now());
    let key = pass::state_key(cfg);
    let mut prev: Option<state::Index> = if full_refresh { None } else { state::load(&cfg.output, &key) };
    phases.mark("load state");

    // ingest -> clean -> gates -> extractors, per file, in parallel
    let near = built.dedup.as_ref().map(|d| d.1.near()).unwrap_or_else(|| DedupOptions::default().near());
    let docs = pass::read_documents(cfg, &built.chain, near, &built.sink, prev.as_ref(), &pool, progress)?;
    let mut timings = docs.timings;
    phases.mark("read and extract files");

    // deduplicate, over what changed since the previous run
    let (d_start, d0) = (Utc::now(), Instant::now());
    let mut shards = Shards::new(&cfg.output, prev.as_ref());
    let parts: Vec<String> = docs.records.iter().map(|r| built.sink.partition(r.meta.published_date)).collect();
    let new_docs = NewDocs { records: docs.records.iter().collect(), partitions: parts.clone() };
    let rec = reconcile::reconcile(prev.as_mut(), &docs.kept, &new_docs, built.dedup.as_ref().map(|d| &d.1), &mut shards)?;
    drop(new_docs);
    let clusters = clusters::cluster_rows(&rec, prev.as_mut(), built.dedup.is_some(), &built.sink);
    let heads = clusters::heads(&rec, clusters.rows.as_deref());
    if let Some((s, _)) = built.dedup {
        timings.push(StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(d_start), ended_at: iso(Utc::now()), seconds: d0.elapsed().as_secs_f64() });
    }
    phases.mark("deduplicate");

    // the monthly partitions of documents and facts that changed, fact_clusters, rejects
    let reads: BTreeSet<String> = built.tables.values().flat_map(|b| b.reads()).collect();
    let doc_names = partitions::doc_table_names(&built.chain);
    let reads_docs = doc_names.iter().any(|n| reads.contains(n));
    let dirty = partitions::dirty(&rec, prev.as_ref(), &built.sink, &cfg.output, &doc_names);
    let decided = partitions::decided(&rec, &dirty, reads_docs);
    let mut settle = partitions::Settle { out: &cfg.output, sink: &built.sink, prev: prev.as_ref(), written: Default::default(), outputs: Outputs::default() };
    let made = partitions::write_changed(&mut settle, &dirty, docs.records, parts, &rec, &mut shards, &decided, &built.chain, reads_docs)?;
    let rejects: Vec<crate::ingest::Reject> = sorted_rejects(&docs.entries);
    let mut derived = vec![tables::rejects(&rejects)];
    if let Some(rows) = &clusters.rows {
        partitions::write_clusters(&mut settle, rows, &clusters.touched_months);
        derived.push(tables::conflicts(&crate::stages::dedup::conflicts(rows)));
    }
    phases.mark("partitions");

    // table stages (aggregate, sql) in waves, over whole tables
    let mut available: BTreeMap<String, Table> = derived.iter().filter(|t| reads.contains(&t.name)).map(|t| (t.name.clone(), t.clone())).collect();
    if let Some(rows) = clusters.rows.as_ref().filter(|_| reads.contains("fact_clusters")) {
        available.insert("fact_clusters".into(), tables::fact_clusters(rows));
    }
    if reads_docs {
        available.extend(partitions::whole_tables(&rec, made, &mut shards, &decided, &built.chain)?.into_iter().map(|t| (t.name.clone(), t)));
    }
    let made_tables = waves::table_stages(cfg, &built.tables, &heads, &mut available, &reads, &mut timings)?;
    for t in derived.into_iter().chain(made_tables) {
        let name = t.name.clone();
        settle.table(&name, [(String::new(), t)].into_iter().collect(), false, false, || Table::new(&name));
    }
    phases.mark("table stages");

    // the state for the next run, and the manifest
    let counts = Counts { files_read: docs.files_read, files_reused: docs.kept.len(), partitions_rewritten: dirty.len(), shards_read: shards.loaded(), threads: pool.current_num_threads() };
    drop((heads, decided));
    let full = prev.is_none();
    let (outputs, manifest) = finish(cfg, started, key, full, settle.outputs, settle.written, docs.entries, rejects.len(), rec, clusters.rows, timings, counts);
    phases.mark("encode state");
    Ok(RunResult { outputs, manifest })
}

fn sorted_rejects(entries: &[state::FileEntry]) -> Vec<crate::ingest::Reject> {
    let mut r: Vec<crate::ingest::Reject> = entries.iter().flat_map(|e| e.rejects.iter().cloned()).collect();
    r.sort_by(|a, b| a.source.cmp(&b.source));
    r
}

/// Figures of a run for its manifest.
struct Counts {
    files_read: usize,
    files_reused: usize,
    partitions_rewritten: usize,
    shards_read: usize,
    threads: usize,
}

/// The state index for the next run and the manifest of this one.
#[allow(clippy::too_many_arguments)]
fn finish(
    cfg: &Config,
    started: DateTime<Utc>,
    key: String,
    full: bool,
    mut outputs: Outputs,
    written: BTreeMap<String, BTreeMap<String, state::Written>>,
    entries: Vec<state::FileEntry>,
    rejected: usize,
    rec: reconcile::Reconciled,
    clusters: Option<Vec<crate::stages::dedup::ClusterRow>>,
    timings: Vec<StageTiming>,
    counts: Counts,
) -> (Outputs, Manifest) {
    let config_hash = crate::extract::stable_id(&[&cfg.text]);
    let run_id = format!("{}-{}", started.format("%Y%m%dT%H%M%S%.3fZ"), &config_hash[..8]);
    let rows: BTreeMap<String, usize> = written.iter().map(|(t, parts)| (t.clone(), parts.values().map(|w| w.rows).sum())).collect();
    let documents = rec.docs.len();
    let filtered_out = entries.iter().map(|e| e.filtered).sum();
    let records_skipped = entries.iter().map(|e| e.skipped).sum();
    if full {
        // A full run replaces whatever earlier runs left for its tables and state.
        for name in written.keys() {
            outputs.clears.push(format!("{name}.parquet"));
            outputs.clears.push(name.clone());
        }
        outputs.clears.push(format!("{}/parts", state::STATE_DIR));
        outputs.clears.push(state::LEGACY_STATE_FILE.into());
    }
    let files_written = outputs.tables.len();
    let (blocks_clustered, pairs_verified) = (rec.blocks_clustered, rec.pairs_verified);
    let index = state::Index {
        interdict_version: env!("CARGO_PKG_VERSION").into(),
        key,
        run_id: run_id.clone(),
        files: entries,
        docs: rec.docs,
        facts: rec.facts,
        edges: rec.edges,
        clusters: clusters.unwrap_or_default(),
        partitions: written,
    };
    outputs.index = state::encode(&index);
    let manifest = Manifest {
        run_id,
        interdict_version: env!("CARGO_PKG_VERSION").into(),
        config_file: cfg.file.clone(),
        config_hash,
        started_at: iso(started),
        finished_at: String::new(),
        input: cfg.input.display().to_string(),
        output: cfg.output.display().to_string(),
        threads: counts.threads,
        files_read: counts.files_read,
        files_processed: counts.files_read - counts.files_reused,
        files_reused: counts.files_reused,
        full_refresh: full,
        filtered_out,
        records_skipped,
        documents,
        rejected,
        rows,
        partitions_rewritten: counts.partitions_rewritten,
        files_written,
        shards_read: counts.shards_read,
        blocks_clustered,
        pairs_verified,
        stages: timings,
        removed_tables: Vec::new(),
    };
    (outputs, manifest)
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

