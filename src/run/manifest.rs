//! What a run says of itself: the manifest written beside the tables, with the time of
//! each stage.

use serde::Serialize;
use std::collections::BTreeMap;

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
    /// Records of multi-record files that are no documents (WARC requests, metadata,
    /// non-HTML responses): skipped, not rejected.
    #[serde(default)]
    pub records_skipped: usize,
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

