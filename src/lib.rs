//! interdict: news about drug-law enforcement in, analysis-ready Parquet tables out.
//!
//! Layout, in pipeline order:
//! - `config`, `stages`: pipeline.toml and the registry of stage kinds;
//! - `ingest`: files to raw documents; `clean`: metadata, boilerplate, sentences;
//! - `extract` (rules by table) using the parsers in `rules` and the words in `lexicon`;
//! - `filter`, `pattern`: user stages per document; `sql`: user SQL over tables;
//! - `dedup`: copies, fact clusters, conflicts; `reconcile`: dedup over what changed
//!   since the previous run, whose `state` is kept in the output folder;
//! - `aggregate`: yearly tables (polars);
//! - `plan`: what each stage writes, waves, graph;
//! - `tables`, `partitions`, `sink`: the contract's tables, their monthly partitions and
//!   Parquet files;
//! - `text`: slicing by computed byte offsets that cannot panic;
//! - `pipeline`: runs it all; `explain`: one document's facts and misses.

pub mod budget;
pub mod clean;
pub mod checks;
pub mod config;
pub mod config_spans;
pub mod configtest;
pub mod dictionary;
pub mod explain;
pub mod extract;
pub mod frames;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod nearcopy;
pub mod run;
pub mod plan;
pub mod report;
pub mod rules;
pub mod sink;
pub mod stages;
pub mod storage;
pub mod tables;
pub mod text;
pub mod unionfind;

/// An error with its causes, `a: b: c`, for a log line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
