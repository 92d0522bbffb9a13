//! The document pass: every input file through the per-document stages (ingest, clean,
//! gates, extractors), fused and in parallel with rayon. A file unchanged since the
//! previous run is taken from its state instead. Only facts and document metadata are
//! kept after a document is extracted, so memory does not grow with the documents' text.

use super::state::{self, DocRecord, FileEntry, Index};
use super::{iso, RunError, StageTiming};
use crate::config::Config;
use crate::ingest::{self, Reject};
use crate::sink::SinkOptions;
use crate::stages::chain::{self, DocChain};
use crate::stages::dedup::DocMeta;
use chrono::Utc;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::Ordering;
use std::time::Instant;

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

pub(super) fn state_key(cfg: &Config) -> String {
    let stages: Vec<String> = cfg.stages.iter().map(|s| format!("{}|{}|{:?}|{:?}", s.name, s.kind, s.inputs, s.options)).collect();
    crate::extract::stable_id(&[env!("CARGO_PKG_VERSION"), crate::sink::OUTPUT_FORMAT, &stages.join("\n"), &format!("{:?}", cfg.lexicon.data)])
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
                return (FileEntry { file: rel.clone(), hash: String::new(), size: 0, mtime_ns: -1, identity: 0, docs: Vec::new(), rejects: vec![rej], filtered: 0, skipped: 0 }, Some(Vec::new()));
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
        let mut skipped = 0;
        let (hash, raws) = if !wanted {
            (String::new(), ingest::parse(&[], rel, ingest_opts))
        } else {
            match ingest::read_capped(path, ingest_opts.max_bytes) {
                Ok(bytes) => {
                    let hash = bytes_hash(&bytes);
                    if let Some(prev) = before.filter(|p| p.hash == hash) {
                        return (FileEntry { size, mtime_ns, identity, ..prev.clone() }, None);
                    }
                    let (raws, skip) = ingest::parse_counted(&bytes, rel, ingest_opts);
                    skipped = skip;
                    (hash, raws)
                }
                Err(e) => (String::new(), vec![Err(Reject::new(rel, &e))]),
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
        let mut entry = FileEntry { file: rel.to_string(), hash, size, mtime_ns, identity, docs: Vec::new(), rejects: Vec::new(), filtered: 0, skipped };
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


/// What the document pass gave.
pub struct DocPass {
    /// Every input file, sorted, with what it gave (reused ones as the state had them).
    pub entries: Vec<FileEntry>,
    /// The records of the documents read in this run, sorted by source.
    pub records: Vec<DocRecord>,
    /// Files unchanged since the previous run, taken from its state.
    pub kept: BTreeSet<String>,
    pub files_read: usize,
    /// How long each per-document stage took (summed over threads).
    pub timings: Vec<StageTiming>,
}

/// Read and extract every input file (or take it from `prev` when unchanged).
pub fn read_documents(cfg: &Config, chain: &DocChain, near: crate::nearcopy::NearCopyOptions, sink: &SinkOptions, prev: Option<&Index>, pool: &rayon::ThreadPool, progress: bool) -> Result<DocPass, RunError> {
    let files = ingest::walk(&cfg.input).map_err(|source| RunError::Input { path: cfg.input.display().to_string(), source })?;
    let bar = progress.then(|| {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} files {wide_bar} {elapsed}").unwrap());
        b
    });
    let pass_start = Utc::now();
    let prev_files: BTreeMap<&str, &FileEntry> = prev.iter().flat_map(|p| p.files.iter().map(|f| (f.file.as_str(), f))).collect();
    let pass = Pass { chain, near, sink };
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
    let kept: BTreeSet<String> = file_results.iter().filter(|f| f.1.is_none()).map(|f| f.0.file.clone()).collect();
    let mut entries: Vec<FileEntry> = Vec::with_capacity(file_results.len());
    let mut records: Vec<DocRecord> = Vec::new();
    for (e, recs) in file_results {
        entries.push(e);
        records.extend(recs.unwrap_or_default());
    }
    entries.sort_by(|a, b| a.file.cmp(&b.file));
    records.sort_by(|a, b| a.meta.source.cmp(&b.meta.source));
    let timings = cfg
        .stages
        .iter()
        .filter(|s| crate::stages::of(s).role().per_document())
        .map(|s| StageTiming { name: s.name.clone(), kind: s.kind.clone(), started_at: iso(pass_start), ended_at: iso(pass_end), seconds: chain.seconds(s) })
        .collect();
    Ok(DocPass { entries, records, kept, files_read: files.len(), timings })
}
