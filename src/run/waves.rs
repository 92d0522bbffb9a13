//! The table stages (aggregate, sql), built once and run in waves over whole tables.

use super::{iso, RunError, StageTiming};
use crate::config::Config;
use crate::model::Fact;
use crate::sink::Table;
use crate::stages::{Role, TableInputs, TableStage};
use chrono::Utc;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

/// The table stages built from a configuration, by stage name.
pub type Built = BTreeMap<String, Box<dyn TableStage>>;

pub fn build_table_stages(cfg: &Config) -> Result<Built, RunError> {
    crate::stages::all_of(&cfg.stages, Role::Table)
        .map(|s| crate::stages::of(s).build_table(s).map(|b| (s.name.clone(), b)).map_err(|e| RunError::Options { stage: s.name.clone(), message: e.message }))
        .collect()
}

/// The table stages in waves: the stages of a wave run at the same time, each on its own
/// thread, released together. They read `available`, which gains the tables each wave
/// makes that a later stage reads.
pub fn table_stages(cfg: &Config, built: &Built, heads: &[&Fact], available: &mut BTreeMap<String, Table>, reads: &BTreeSet<String>, timings: &mut Vec<StageTiming>) -> Result<Vec<Table>, RunError> {
    let mut made_tables: Vec<Table> = Vec::new();
    for wave in crate::plan::waves(&cfg.stages, Role::Table) {
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
                        let made = stage.run(&input).map_err(|e| RunError::Stage { stage: s.name.clone(), message: e.to_string() })?;
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

