//! The document chain: the per-document stages of a pipeline, built once, run on one
//! document at a time by `run`, `test` and `explain` alike: clean, the date checks, the
//! gates in chain order, then the extractors. A document over its time budget, or one
//! that trips a bug in a rule, is rejected with the reason; the others go on.

use super::{DocRows, DocStage, Flow, OptionError, Role};
use super::StageConfig;
use crate::ingest::{self, IngestOptions, Reject};
use crate::lexicon::Lexicon;
use crate::model::{Doc, RawDoc};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A built per-document stage with its name and the time spent in it.
struct Link {
    name: String,
    stage: Box<dyn DocStage>,
    nanos: AtomicU64,
}

pub struct DocChain<'a> {
    pub ingest: IngestOptions,
    lx: &'a Lexicon,
    timeout: Duration,
    /// Gates first (in chain order), then extractors (in pipeline order).
    links: Vec<Link>,
    /// Nanoseconds spent reading and cleaning, over all threads.
    pub ingest_nanos: AtomicU64,
    clean_nanos: AtomicU64,
}

/// What the chain made of one document.
pub enum DocOut {
    Done { doc: Box<Doc>, rows: DocRows },
    Rejected(Reject),
    /// Dropped by the gate of this name.
    Dropped(String),
}

/// A stage that could not be built, with its name.
#[derive(Debug, thiserror::Error)]
#[error("stage `{stage}` option `{}`: {}", .error.key, .error.message)]
pub struct BuildError {
    pub stage: String,
    pub error: OptionError,
}

impl<'a> DocChain<'a> {
    /// Build the per-document stages of a validated pipeline (stages in topological
    /// order); `timeout` is the budget of one document (zero: none).
    pub fn build(stages: &[StageConfig], lx: &'a Lexicon, timeout: Duration) -> Result<DocChain<'a>, BuildError> {
        let ingest: IngestOptions = super::options_or_default(super::first_of(stages, Role::Source)).map_err(|e| BuildError { stage: "ingest".into(), error: e })?;
        let mut links = Vec::new();
        // In topological order, gates come in chain order.
        for role in [Role::Gate, Role::Extractor] {
            for s in super::all_of(stages, role) {
                let stage = super::of(s).build_doc(s, lx).map_err(|error| BuildError { stage: s.name.clone(), error })?;
                links.push(Link { name: s.name.clone(), stage, nanos: AtomicU64::new(0) });
            }
        }
        Ok(DocChain { ingest, lx, timeout, links, ingest_nanos: AtomicU64::new(0), clean_nanos: AtomicU64::new(0) })
    }

    /// Clean one raw document and run the stages on it, within the time budget.
    pub fn process(&self, raw: &RawDoc) -> DocOut {
        crate::budget::run(self.timeout, || self.process_unbounded(raw)).unwrap_or_else(|stopped| {
            let reason = match stopped {
                crate::budget::Stopped::Timeout(limit) => format!("took longer than {} s to clean and extract, limit run.document_timeout", limit.as_secs_f64()),
                crate::budget::Stopped::Panic(m) => format!("internal error while extracting this document (please report it with the file): {m}"),
            };
            let rej = Reject { source: raw.source.clone(), stage: "extract".into(), reason };
            tracing::error!(source = %rej.source, reason = %rej.reason, "document rejected");
            DocOut::Rejected(rej)
        })
    }

    fn process_unbounded(&self, raw: &RawDoc) -> DocOut {
        let lx = self.lx;
        let b = Instant::now();
        let mut doc = crate::clean::clean(raw, lx);
        self.clean_nanos.fetch_add(b.elapsed().as_nanos() as u64, Ordering::Relaxed);
        if doc.sentences.is_empty() {
            let rej = Reject { source: raw.source.clone(), stage: "clean".into(), reason: "no article text left after cleaning".into() };
            tracing::warn!(source = %rej.source, reason = %rej.reason, "input rejected");
            return DocOut::Rejected(rej);
        }
        for d in [&mut doc.published_date, &mut doc.reference_date] {
            if let Some(p) = d.filter(|p| !ingest::plausible_date(*p)) {
                tracing::warn!(source = %raw.source, date = %p, "date outside 1900 to next year; taken as unknown");
                *d = None;
            }
        }
        let mut rows = DocRows::default();
        for link in &self.links {
            let t = Instant::now();
            let flow = link.stage.apply(&doc, lx, &mut rows);
            link.nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
            if flow == Flow::Drop {
                tracing::debug!(source = %raw.source, stage = %link.name, "dropped");
                return DocOut::Dropped(link.name.clone());
            }
        }
        for f in rows.facts.iter_mut().filter(|f| f.period.is_some_and(|p| !ingest::plausible_date(p.start) || !ingest::plausible_date(p.end))) {
            tracing::warn!(source = %raw.source, fact = %f.fact_id, "period outside 1900 to next year; taken as unknown");
            f.period = None;
        }
        DocOut::Done { doc: Box::new(doc), rows }
    }

    /// The user tables the extractors write rows to, in pipeline order.
    pub fn row_tables(&self) -> Vec<String> {
        self.links.iter().flat_map(|l| l.stage.row_tables()).collect()
    }

    /// The table `table` made of these rows.
    pub fn table_of_rows(&self, table: &str, rows: &[&crate::stages::pattern::PatternRow]) -> Option<crate::sink::Table> {
        self.links.iter().find_map(|l| l.stage.table_of_rows(table, rows))
    }

    /// Seconds spent in a per-document stage, summed over threads.
    pub fn seconds(&self, s: &StageConfig) -> f64 {
        let nanos = match super::of(s).role() {
            Role::Source => self.ingest_nanos.load(Ordering::Relaxed),
            Role::Clean => self.clean_nanos.load(Ordering::Relaxed),
            _ => self.links.iter().find(|l| l.name == s.name).map(|l| l.nanos.load(Ordering::Relaxed)).unwrap_or(0),
        };
        nanos as f64 / 1e9
    }
}
