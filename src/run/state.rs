//! What a run keeps for the next one, under `OUT/_interdict_state/`, so that a scheduled
//! run over a growing folder costs what is new, not the history:
//!
//! - `index.bin`: per input file its hash, size and modification time and what it gave
//!   (document ids, rejects); per document the metadata dedup needs (no text); per fact
//!   its clustering fields (no evidence) with its cluster and final period; the verified
//!   near-copy pairs; and a digest and row count per written output partition.
//! - `parts/<partition>.bin`: the full records (metadata with shingles, facts with their
//!   evidence, pattern rows) of the documents of one output partition, read only when
//!   that partition is rewritten or one of its documents is a near-copy candidate.
//!
//! Both are postcard-encoded (compact binary). The index names the run that wrote it;
//! when that is not the run in `manifest.json` (a run that stopped half-way through its
//! commit), or the version or configuration differ, the state is ignored: full run.

use crate::stages::dedup::DocMeta;
use crate::ingest::Reject;
use crate::model::{Fact, Period};
use crate::stages::pattern::PatternRow;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const STATE_DIR: &str = "_interdict_state";
pub const INDEX_FILE: &str = "_interdict_state/index.bin";
/// The single-file state of earlier versions, removed when the new state is written.
pub const LEGACY_STATE_FILE: &str = "_interdict_state.jsonl.gz";

/// One document as extracted, kept whole in its partition's shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    pub meta: DocMeta,
    pub facts: Vec<Fact>,
    pub pattern_rows: Vec<PatternRow>,
}

/// What one input file gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub file: String,
    /// Hash of the file's bytes.
    pub hash: String,
    /// Size, modification time and identity (device, inode, change time): when all are
    /// unchanged the file is not read again. The identity catches a file replaced by
    /// another of the same size within one tick of the file system's clock.
    pub size: u64,
    pub mtime_ns: i128,
    pub identity: u64,
    /// Its documents: (doc_id, partition).
    pub docs: Vec<(String, String)>,
    pub rejects: Vec<Reject>,
    /// Documents dropped by filter stages.
    pub filtered: usize,
    /// Records of a multi-record file that are no documents (WARC requests, metadata,
    /// non-HTML responses).
    pub skipped: usize,
}

/// A document as dedup sees it: metadata without text or shingles, and its LSH keys and
/// signature sketch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlimDoc {
    pub meta: DocMeta,
    pub lsh: crate::nearcopy::Lsh,
    pub partition: String,
}

/// A fact as dedup sees it: the extracted fact without its text fields (evidence, rule,
/// figure, location), with what dedup made of it (cluster, final period) and the period
/// it was extracted with, from which a later run clusters again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlimFact {
    pub fact: Fact,
    pub raw_period: Option<Period>,
    /// Position among its document's facts.
    pub ord: u32,
    /// The period was taken from another mention of the same figure in the document.
    pub filled: bool,
}

impl SlimFact {
    pub fn of(f: &Fact, ord: u32) -> SlimFact {
        let fact = Fact {
            evidence: String::new(),
            rule: String::new(),
            location: None,
            figure_text: None,
            period_text: None,
            country_cue: None,
            // Codes stay (the routes table reads cluster heads); texts go.
            trafficking: crate::model::Trafficking { concealment: None, cue: None, ..f.trafficking.clone() },
            ..f.clone()
        };
        SlimFact { raw_period: f.period, fact, ord, filled: false }
    }

    /// The fact as extracted, for clustering again.
    pub fn raw(&self) -> Fact {
        Fact { period: self.raw_period, ..self.fact.clone() }
    }

    /// Give a full record of this fact what dedup decided.
    pub fn apply(&self, f: &mut Fact) {
        f.cluster_id = self.fact.cluster_id.clone();
        f.period = self.fact.period;
        if self.filled {
            f.period_text = Some(FILLED_PERIOD.into());
        }
    }
}

pub use crate::stages::dedup::FILLED_PERIOD;

/// A written output file: the digest of its rows and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    pub digest: [u8; 16],
    pub rows: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub interdict_version: String,
    /// Hash of everything that shapes the outputs (stages and lexicon, not [run]).
    pub key: String,
    /// The run that wrote it (as in its manifest).
    pub run_id: String,
    pub files: Vec<FileEntry>,
    /// Sorted by source.
    pub docs: Vec<SlimDoc>,
    /// Sorted by document source, then position in the document.
    pub facts: Vec<SlimFact>,
    /// Verified near-copy pairs that join copy groups (doc ids, smaller first).
    pub edges: Vec<(String, String)>,
    /// One row per fact cluster, sorted by id.
    pub clusters: Vec<crate::stages::dedup::ClusterRow>,
    /// table -> partition ("" for a single file) -> what was written.
    pub partitions: BTreeMap<String, BTreeMap<String, Written>>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot read {path}")]
    Io { path: String, source: std::io::Error },
    #[error("{path} is damaged: {message}")]
    Decode { path: String, message: String },
}

pub fn encode<T: Serialize>(v: &T) -> Vec<u8> {
    postcard::to_stdvec(v).expect("state serializes")
}

fn decode<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, StateError> {
    let bytes = std::fs::read(path).map_err(|source| StateError::Io { path: path.display().to_string(), source })?;
    postcard::from_bytes(&bytes).map_err(|e| StateError::Decode { path: path.display().to_string(), message: e.to_string() })
}

/// The previous run's state, when it was made by this version with the same key and
/// its run completed (its run id is the manifest's).
pub fn load(out: &Path, key: &str) -> Option<Index> {
    let path = out.join(INDEX_FILE);
    if !path.exists() {
        return None;
    }
    let index: Index = match decode(&path) {
        Ok(i) => i,
        Err(e) => {
            tracing::warn!(error = %e, "previous state unreadable: full run");
            return None;
        }
    };
    let manifest_run = std::fs::read(out.join("manifest.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| v.get("run_id").and_then(|r| r.as_str()).map(str::to_string));
    if index.interdict_version != env!("CARGO_PKG_VERSION") || index.key != key {
        tracing::info!("previous state is from another version or configuration: full run");
        return None;
    }
    if manifest_run.as_deref() != Some(index.run_id.as_str()) {
        tracing::warn!("previous run did not finish writing its outputs: full run");
        return None;
    }
    Some(index)
}

/// Where the full records of a partition are kept.
pub fn shard_path(partition: &str) -> String {
    let name = if partition.is_empty() { "all".to_string() } else { partition.replace(['/', '\\'], "_") };
    format!("{STATE_DIR}/parts/{name}.bin")
}

pub fn load_shard(out: &Path, partition: &str) -> Result<Vec<DocRecord>, StateError> {
    decode(&out.join(shard_path(partition)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slim_fact_keeps_what_dedup_needs_and_restores_the_decision() {
        let f = Fact {
            fact_id: "f1".into(),
            doc_id: "d1".into(),
            sentence_index: 3,
            evidence: "Police seized 5 kg of heroin.".into(),
            kind: crate::model::FactKind::Arrest { count: Some(4) },
            country: Some("IRQ".into()),
            period: None,
            qualifier: crate::model::Qualifier::Exact,
            is_aggregate: false,
            location: Some("Basra".into()),
            cluster_id: "cf1".into(),
            rule: "arrests.count".into(),
            figure_text: Some("4".into()),
            period_text: None,
            country_cue: Some("Iraqi".into()),
            trafficking: Default::default(),
            geo: None,
        };
        let mut s = SlimFact::of(&f, 2);
        assert!(s.fact.evidence.is_empty() && s.fact.location.is_none());
        let p = Period::day(chrono::NaiveDate::from_ymd_opt(2025, 3, 2).unwrap());
        s.fact.cluster_id = "c0".into();
        s.fact.period = Some(p);
        s.filled = true;
        assert_eq!(s.raw().period, None);
        let back: SlimFact = postcard::from_bytes(&encode(&s)).unwrap();
        assert_eq!(back, s);
        let mut full = f.clone();
        back.apply(&mut full);
        assert_eq!((full.cluster_id.as_str(), full.period, full.period_text.as_deref()), ("c0", Some(p), Some(FILLED_PERIOD)));
        assert_eq!(full.evidence, f.evidence);
    }
}
