//! Running a validated configuration: the per-document stages (ingest, clean, extract)
//! fused into one parallel pass over the files with rayon, then the table stages
//! (deduplicate, aggregate) and the sink. Only facts and document metadata are kept
//! after a document is extracted, so memory does not grow with the documents' text.

use crate::config::{Config, StageConfig};
use crate::dedup::{self, DedupOptions, DocMeta};
use crate::extract::{self, ExtractOptions};
use crate::ingest::{self, IngestOptions, Reject};
use crate::model::{Fact, FactTable};
use crate::sink::{self, Staging, Table};
use crate::filter::{Filter, FilterOptions};
use crate::pattern::{Pattern, PatternOptions, PatternRow};
use crate::{aggregate, clean, plan, sql, tables};
use chrono::{DateTime, Utc};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("input folder {path}: {source}")]
    Input { path: String, source: std::io::Error },
    #[error("stage `{stage}` options: {message}")]
    Options { stage: String, message: String },
    #[error("stage `{stage}` failed: {message}")]
    Stage { stage: String, message: String },
    #[error(transparent)]
    Sink(#[from] sink::SinkError),
    #[error("thread pool: {0}")]
    Threads(String),
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
    pub stages: Vec<StageTiming>,
}

/// What a run produced, before it is written.
pub struct RunResult {
    pub tables: Vec<Table>,
    pub manifest: Manifest,
    /// The per-file state for the next run, gzip-compressed JSON lines.
    pub state: Vec<u8>,
}

fn opts<T: serde::de::DeserializeOwned + Default>(s: Option<&StageConfig>) -> Result<T, RunError> {
    match s {
        None => Ok(T::default()),
        Some(s) => options_of(s),
    }
}

fn options_of<T: serde::de::DeserializeOwned>(s: &StageConfig) -> Result<T, RunError> {
    toml::Value::Table(s.options.clone()).try_into().map_err(|e: toml::de::Error| RunError::Options { stage: s.name.clone(), message: e.to_string() })
}

fn stage<'a>(cfg: &'a Config, kind: &str) -> Option<&'a StageConfig> {
    cfg.stages.iter().find(|s| s.kind == kind)
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Per-document output of the fused stages.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
struct DocOut {
    source: String,
    meta: Option<DocMeta>,
    facts: Vec<Fact>,
    reject: Option<Reject>,
    /// Rows of the pattern stages.
    #[serde(default)]
    pattern_rows: Vec<PatternRow>,
    /// Dropped by a filter stage (not extracted, not in `documents`).
    #[serde(default)]
    filtered: bool,
}

impl DocOut {
    fn rejected(rej: Reject) -> DocOut {
        DocOut { source: rej.source.clone(), meta: None, facts: Vec::new(), reject: Some(rej), pattern_rows: Vec::new(), filtered: false }
    }
}

/// What one input file gave, kept between runs so that unchanged files are not read
/// again (`_interdict_state.jsonl.gz` in the output folder).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
struct FileState {
    file: String,
    /// Hash of the file's bytes.
    hash: String,
    /// Size and modification time: when both are unchanged the file is not read again.
    #[serde(default)]
    size: u64,
    #[serde(default)]
    mtime_ns: i128,
    outs: Vec<DocOut>,
}

fn stat(path: &std::path::Path) -> (u64, i128) {
    match std::fs::metadata(path) {
        Ok(m) => (m.len(), m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_nanos() as i128).unwrap_or(-1)),
        Err(_) => (0, -1),
    }
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
struct StateHeader {
    interdict_version: String,
    /// Hash of everything that shapes extraction (stages and lexicon, not [run]).
    key: String,
}

pub const STATE_FILE: &str = "_interdict_state.jsonl.gz";

fn state_key(cfg: &Config) -> String {
    let stages: Vec<String> = cfg.stages.iter().map(|s| format!("{}|{}|{:?}|{:?}", s.name, s.kind, s.inputs, s.options)).collect();
    extract::stable_id(&[env!("CARGO_PKG_VERSION"), &stages.join("\n"), &format!("{:?}", cfg.lexicon.data)])
}

/// The previous run's per-file results, when they were made with the same key.
fn load_state(cfg: &Config, key: &str) -> BTreeMap<String, FileState> {
    use std::io::BufRead;
    let path = cfg.output.join(STATE_FILE);
    let Ok(f) = std::fs::File::open(&path) else { return BTreeMap::new() };
    let mut lines = std::io::BufReader::new(flate2::read::GzDecoder::new(f)).lines();
    let header: Option<StateHeader> = lines.next().and_then(|l| l.ok()).and_then(|l| serde_json::from_str(&l).ok());
    match header {
        Some(h) if h.key == key => {}
        _ => {
            tracing::info!(path = %path.display(), "previous state is missing, unreadable or from another configuration: full run");
            return BTreeMap::new();
        }
    }
    let mut out = BTreeMap::new();
    for line in lines {
        let Ok(line) = line else { return BTreeMap::new() };
        match serde_json::from_str::<FileState>(&line) {
            Ok(fs) => {
                out.insert(fs.file.clone(), fs);
            }
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "state is damaged: full run");
                return BTreeMap::new();
            }
        }
    }
    out
}

fn state_bytes(key: &str, files: &[FileState]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let header = StateHeader { interdict_version: env!("CARGO_PKG_VERSION").into(), key: key.into() };
    writeln!(gz, "{}", serde_json::to_string(&header).unwrap()).unwrap();
    for f in files {
        writeln!(gz, "{}", serde_json::to_string(f).unwrap()).unwrap();
    }
    gz.finish().unwrap()
}

fn file_hash(path: &std::path::Path) -> Option<String> {
    use sha2::Digest;
    let bytes = std::fs::read(path).ok()?;
    let d = sha2::Sha256::digest(&bytes);
    Some(d.iter().take(16).map(|b| format!("{b:02x}")).collect())
}

/// Run the pipeline and return its tables (nothing is written). Unless `full_refresh`,
/// files unchanged since the previous run into the same output folder are taken from its
/// state instead of being extracted again; the tables are the same either way.
pub fn execute(cfg: &Config, progress: bool, full_refresh: bool) -> Result<RunResult, RunError> {
    let started = Utc::now();
    let ingest_opts: IngestOptions = opts(stage(cfg, "ingest"))?;
    let extract_opts: ExtractOptions = opts(stage(cfg, "extract"))?;
    let dedup_stage = stage(cfg, "deduplicate");
    let dedup_opts: DedupOptions = opts(dedup_stage)?;
    let agg_stage = stage(cfg, "aggregate");
    let agg_opts: aggregate::AggregateOptions = opts(agg_stage)?;
    let lx = &cfg.lexicon;
    let extract_stage = stage(cfg, "extract");
    // Filters in chain order (cfg.stages is in topological order), then the patterns.
    let filters: Vec<Filter> = cfg
        .stages
        .iter()
        .filter(|s| s.kind == "filter")
        .map(|s| {
            let o: FilterOptions = opts(Some(s))?;
            Filter::compile(&s.name, &o, lx).map_err(|message| RunError::Options { stage: s.name.clone(), message })
        })
        .collect::<Result<_, _>>()?;
    let patterns: Vec<Pattern> = cfg
        .stages
        .iter()
        .filter(|s| s.kind == "pattern")
        .map(|s| {
            let o: PatternOptions = options_of(s)?;
            Pattern::compile(&s.name, &o).map_err(|message| RunError::Options { stage: s.name.clone(), message })
        })
        .collect::<Result<_, _>>()?;

    let files = ingest::walk(&cfg.input).map_err(|source| RunError::Input { path: cfg.input.display().to_string(), source })?;
    let bar = progress.then(|| {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} files {wide_bar} {elapsed}").unwrap());
        b
    });
    let (t_ingest, t_clean, t_extract) = (AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0));
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cfg.threads).build().map_err(|e| RunError::Threads(e.to_string()))?;
    let pass_start = Utc::now();
    let key = state_key(cfg);
    let previous = if full_refresh { BTreeMap::new() } else { load_state(cfg, &key) };
    let near = dedup_opts.near();
    let file_states: Vec<(FileState, bool)> = pool.install(|| {
        files
            .par_iter()
            .map(|(path, rel)| {
                let (size, mtime_ns) = stat(path);
                let unchanged_stat = previous.get(rel).filter(|p| mtime_ns >= 0 && p.size == size && p.mtime_ns == mtime_ns);
                let hash = match unchanged_stat {
                    Some(p) => p.hash.clone(),
                    None => file_hash(path).unwrap_or_default(),
                };
                if let Some(prev) = previous.get(rel).filter(|p| !hash.is_empty() && p.hash == hash) {
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                    let mut st = prev.clone();
                    st.size = size;
                    st.mtime_ns = mtime_ns;
                    return (st, true);
                }
                let a = Instant::now();
                let raws = ingest::read_file(path, rel, &ingest_opts);
                t_ingest.fetch_add(a.elapsed().as_nanos() as u64, Ordering::Relaxed);
                let outs: Vec<DocOut> = raws
                    .into_iter()
                    .map(|r| match r {
                        Err(rej) => {
                            tracing::warn!(source = %rej.source, stage = %rej.stage, reason = %rej.reason, "input rejected");
                            DocOut::rejected(rej)
                        }
                        Ok(raw) => {
                            let src = raw.source.clone();
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            let b = Instant::now();
                            let doc = clean::clean(&raw, lx);
                            t_clean.fetch_add(b.elapsed().as_nanos() as u64, Ordering::Relaxed);
                            if doc.sentences.is_empty() {
                                let rej = Reject { source: raw.source.clone(), stage: "clean".into(), reason: "no article text left after cleaning".into() };
                                tracing::warn!(source = %rej.source, reason = %rej.reason, "input rejected");
                                return DocOut::rejected(rej);
                            }
                            if let Some(f) = filters.iter().find(|f| !f.passes(&doc, lx)) {
                                tracing::debug!(source = %raw.source, filter = %f.stage, "filtered out");
                                return DocOut { source: raw.source.clone(), meta: None, facts: Vec::new(), reject: None, pattern_rows: Vec::new(), filtered: true };
                            }
                            let c = Instant::now();
                            let facts = if extract_stage.is_some() { extract::extract(&doc, lx, &extract_opts).facts } else { Vec::new() };
                            let pattern_rows = patterns.iter().flat_map(|p| p.apply(&doc, lx)).collect();
                            t_extract.fetch_add(c.elapsed().as_nanos() as u64, Ordering::Relaxed);
                            DocOut { source: raw.source.clone(), meta: Some(DocMeta::of(&doc, &near)), facts, reject: None, pattern_rows, filtered: false }
                        }))
                        .unwrap_or_else(|_| {
                            // A bug in a rule must not cost the other documents: this one is
                            // rejected with the reason, the run goes on.
                            let rej = Reject { source: src.clone(), stage: "extract".into(), reason: "internal error while extracting this document (please report it with the file)".into() };
                            tracing::error!(source = %rej.source, "internal error; document rejected");
                            DocOut::rejected(rej)
                        })
                        }
                    })
                    .collect();
                if let Some(b) = &bar {
                    b.inc(1);
                }
                (FileState { file: rel.clone(), hash, size, mtime_ns, outs }, false)
            })
            .collect()
    });
    let files_reused = file_states.iter().filter(|f| f.1).count();
    let state = state_bytes(&key, &file_states.iter().map(|f| f.0.clone()).collect::<Vec<_>>());
    let mut outs: Vec<DocOut> = file_states.into_iter().flat_map(|f| f.0.outs).collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let pass_end = Utc::now();
    outs.sort_by(|a, b| a.source.cmp(&b.source));
    let mut docs: Vec<DocMeta> = Vec::new();
    let mut facts: Vec<Fact> = Vec::new();
    let mut rejects: Vec<Reject> = Vec::new();
    let mut pattern_rows: Vec<PatternRow> = Vec::new();
    let mut filtered_out = 0;
    for o in outs {
        filtered_out += usize::from(o.filtered);
        pattern_rows.extend(o.pattern_rows);
        if let Some(m) = o.meta {
            docs.push(m);
        }
        facts.extend(o.facts);
        if let Some(r) = o.reject {
            rejects.push(r);
        }
    }
    let secs = |a: &AtomicU64| a.load(Ordering::Relaxed) as f64 / 1e9;
    let mut timings = Vec::new();
    for s in cfg.stages.iter().filter(|s| crate::stages::kind(&s.kind).is_some_and(|k| k.per_document)) {
        let t = match s.kind.as_str() {
            "ingest" => secs(&t_ingest),
            "clean" => secs(&t_clean),
            "extract" | "pattern" => secs(&t_extract),
            _ => 0.0,
        };
        timings.push(StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(pass_start), ended_at: iso(pass_end), seconds: t });
    }

    // deduplicate
    let d_start = Utc::now();
    let d0 = Instant::now();
    let mut out_tables: Vec<Table> = Vec::new();
    if dedup_stage.is_some() {
        dedup::mark_copies(&mut docs, &dedup_opts);
    }
    let by_id: BTreeMap<String, DocMeta> = docs.iter().map(|d| (d.doc_id.clone(), d.clone())).collect();
    if dedup_stage.is_some() {
        dedup::cluster(&mut facts, &by_id, &dedup_opts);
    }
    tables::sort_facts(&mut facts, &by_id);
    if let Some(s) = dedup_stage {
        let rows = dedup::cluster_rows(&facts, &by_id);
        out_tables.push(tables::fact_clusters(&rows));
        out_tables.push(tables::conflicts(&dedup::conflicts(&rows)));
        timings.push(StageTiming { name: s.name.clone(), kind: "deduplicate".into(), started_at: iso(d_start), ended_at: iso(Utc::now()), seconds: d0.elapsed().as_secs_f64() });
    }
    out_tables.insert(0, tables::documents(&docs));
    out_tables.insert(1, tables::rejects(&rejects));
    for (i, t) in FactTable::ALL.iter().enumerate() {
        out_tables.insert(2 + i, tables::fact_table(*t, &facts));
    }
    // Pattern tables, one per pattern stage, rows in document order.
    for p in &patterns {
        let rows: Vec<&PatternRow> = pattern_rows.iter().filter(|r| r.table == p.table).collect();
        out_tables.push(p.table(&rows));
    }
    // Table stages (aggregate, sql) in waves: the stages of a wave run at the same time.
    let facts_ref = &facts;
    for wave in plan::waves(&cfg.stages, &["aggregate", "sql"]) {
        let available: BTreeMap<String, Table> = out_tables.iter().map(|t| (t.name.clone(), t.clone())).collect();
        // The stages of a wave are released together, each on its own thread.
        let barrier = std::sync::Barrier::new(wave.len());
        let results: Vec<Result<(Vec<Table>, StageTiming), RunError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = wave
                .iter()
                .map(|s| {
                    let available = &available;
                    let agg_opts = &agg_opts;
                    let barrier = &barrier;
                    scope.spawn(move || {
                        let start = Utc::now();
                        let t0 = Instant::now();
                        barrier.wait();
                        let made = match s.kind.as_str() {
                            "aggregate" => {
                                let o: aggregate::AggregateOptions = if Some(s.name.as_str()) == agg_stage.map(|a| a.name.as_str()) { agg_opts.clone() } else { opts(Some(s))? };
                                aggregate::aggregate(facts_ref, &o).map_err(|e| RunError::Stage { stage: s.name.clone(), message: e.to_string() })?
                            }
                            _ => {
                                let o: sql::SqlOptions = options_of(s)?;
                                vec![sql::run(&s.name, &o.query, available).map_err(|message| RunError::Stage { stage: s.name.clone(), message })?]
                            }
                        };
                        let timing = StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(start), ended_at: iso(Utc::now()), seconds: t0.elapsed().as_secs_f64() };
                        Ok((made, timing))
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err(RunError::Stage { stage: "(table stage)".into(), message: "panicked".into() }))).collect()
        });
        for r in results {
            let (made, timing) = r?;
            out_tables.extend(made);
            timings.push(timing);
        }
    }
    let config_hash = extract::stable_id(&[&cfg.text]);
    let rows = out_tables.iter().map(|t| (t.name.clone(), t.num_rows())).collect();
    let manifest = Manifest {
        run_id: format!("{}-{}", started.format("%Y%m%dT%H%M%S%.3fZ"), &config_hash[..8]),
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
        full_refresh,
        filtered_out,
        documents: docs.len(),
        rejected: rejects.len(),
        rows,
        stages: timings,
    };
    Ok(RunResult { tables: out_tables, manifest, state })
}

/// Write a run's tables and manifest to the output folder, atomically per file, only
/// after every file has been written in full.
pub fn write(cfg: &Config, mut result: RunResult) -> Result<Manifest, RunError> {
    let sink_stage = stage(cfg, "sink");
    let compression = sink_stage
        .and_then(|s| s.options.get("compression").and_then(|c| c.as_str()))
        .and_then(sink::compression)
        .unwrap_or(::parquet::basic::Compression::SNAPPY);
    let s_start = Utc::now();
    let s0 = Instant::now();
    let mut staging = Staging::new(&cfg.output, &result.manifest.run_id.replace([':', '.'], ""))?;
    for t in &result.tables {
        if let Err(e) = staging.write_table(t, compression) {
            staging.abort();
            return Err(e.into());
        }
    }
    if let Some(s) = sink_stage {
        result.manifest.stages.push(StageTiming { name: s.name.clone(), kind: "sink".into(), started_at: iso(s_start), ended_at: iso(Utc::now()), seconds: s0.elapsed().as_secs_f64() });
    }
    result.manifest.finished_at = iso(Utc::now());
    if let Err(e) = staging.write_file(STATE_FILE, &result.state) {
        staging.abort();
        return Err(e.into());
    }
    let json = serde_json::to_vec_pretty(&result.manifest).expect("manifest serializes");
    if let Err(e) = staging.write_file("manifest.json", &json) {
        staging.abort();
        return Err(e.into());
    }
    staging.commit()?;
    Ok(result.manifest)
}

pub fn output_path(cfg: &Config, table: &str) -> PathBuf {
    cfg.output.join(format!("{table}.parquet"))
}
