//! The plan of a configuration: which tables each stage produces, which stages a stage
//! depends on, the order and waves of the table stages, and the graph (Mermaid or DOT).
//! Used by `validate`, `run --dry-run`, `graph` and the runner.

use crate::config::{Config, StageConfig};
use crate::stages::Role;
use std::collections::BTreeSet;

/// The tables a stage writes (not counting what it passes on), as its kind names them.
pub fn tables_of(s: &StageConfig) -> Vec<String> {
    crate::stages::kind(&s.kind).map(|k| k.table_names(s)).unwrap_or_default()
}

pub use crate::stages::{tables_upstream, upstream};

/// Table stages grouped in waves: every stage of a wave depends only on earlier waves,
/// so the stages of one wave run at the same time.
pub fn waves(stages: &[StageConfig], role: Role) -> Vec<Vec<&StageConfig>> {
    let table_stages: Vec<&StageConfig> = crate::stages::all_of(stages, role).collect();
    let names: BTreeSet<&str> = table_stages.iter().map(|s| s.name.as_str()).collect();
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::new();
    while done.len() < table_stages.len() {
        let wave: Vec<&StageConfig> = table_stages
            .iter()
            .filter(|s| !done.contains(s.name.as_str()))
            .filter(|s| upstream(stages, &s.name).iter().all(|u| !names.contains(u.as_str()) || done.contains(u.as_str())))
            .copied()
            .collect();
        if wave.is_empty() {
            break;
        }
        done.extend(wave.iter().map(|s| s.name.as_str()));
        out.push(wave);
    }
    out
}

/// The DAG as Mermaid (`graph LR`) or Graphviz DOT.
pub fn graph(cfg: &Config, format: &str) -> String {
    let mut out = String::new();
    let label = |s: &StageConfig| {
        let t = tables_of(s);
        if t.is_empty() { format!("{} ({})", s.name, s.kind) } else { format!("{} ({})\\n{}", s.name, s.kind, t.join(", ")) }
    };
    if format == "dot" {
        out.push_str("digraph interdict {\n  rankdir=LR;\n  node [shape=box];\n");
        for s in &cfg.stages {
            out.push_str(&format!("  \"{}\" [label=\"{}\"];\n", s.name, label(s)));
        }
        for s in &cfg.stages {
            for i in &s.inputs {
                out.push_str(&format!("  \"{i}\" -> \"{}\";\n", s.name));
            }
        }
        out.push_str("}\n");
    } else {
        out.push_str("graph LR\n");
        for s in &cfg.stages {
            out.push_str(&format!("  {}[\"{}\"]\n", s.name, label(s).replace("\\n", "<br/>")));
        }
        for s in &cfg.stages {
            for i in &s.inputs {
                out.push_str(&format!("  {i} --> {}\n", s.name));
            }
        }
    }
    out
}

/// `run --dry-run`: the stages in order with their inputs, tables and output files.
pub fn describe(cfg: &Config) -> String {
    let sink: crate::sink::SinkOptions = crate::stages::options_or_default(crate::stages::first_of(&cfg.stages, Role::Sink)).unwrap_or_default();
    let partitioned = |kind: &str, table: &str| sink.partitioned() && crate::run::partitions::is_partitioned(kind, table);
    let mut out = format!("plan for {} (input {}, output {})\n", cfg.file, cfg.input.display(), cfg.output.display());
    for (i, s) in cfg.stages.iter().enumerate() {
        let tables = tables_of(s);
        out.push_str(&format!(
            "{:>2}. {} ({}){}{}\n",
            i + 1,
            s.name,
            s.kind,
            if s.inputs.is_empty() { String::new() } else { format!(" <- {}", s.inputs.join(", ")) },
            if crate::stages::kind(&s.kind).is_some_and(|k| k.role().per_document()) { "  [per document, fused]" } else { "" },
        ));
        for t in tables {
            let path = if partitioned(&s.kind, &t) { sink.path(&t, &format!("{}=*", crate::run::partitions::PARTITION_KEY)) } else { format!("{t}.parquet") };
            out.push_str(&format!("      -> {t}: {}\n", cfg.output.join(path).display()));
        }
    }
    let w = waves(&cfg.stages, Role::Table);
    if !w.is_empty() {
        out.push_str("table stages run in waves (a wave's stages run at the same time):\n");
        for (k, wave) in w.iter().enumerate() {
            out.push_str(&format!("  wave {}: {}\n", k + 1, wave.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")));
        }
    }
    out.push_str(&format!("also: {} (run manifest), {} (state for incremental runs)\n", cfg.output.join("manifest.json").display(), cfg.output.join(crate::run::state::STATE_DIR).display()));
    out
}
