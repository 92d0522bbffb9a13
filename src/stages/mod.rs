//! Stage kinds. Each kind is one file here: its name (written there and nowhere else),
//! help text, options, checks, the tables it writes, which inputs it accepts (by its
//! `Role`) and how it is built into a working stage:
//! - per-document stages (`DocStage`: ingest's reading aside, the gates that keep or drop
//!   a document and the extractors that make rows), run by one `chain::DocChain` for
//!   `run`, `test` and `explain` alike;
//! - table stages (`TableStage`: aggregate, sql), run over whole tables in waves.
//!
//! Adding a kind is one file and one line in `KINDS`.

pub mod aggregate;
pub mod chain;
pub mod clean;
pub mod dedup;
pub mod extract;
pub mod filter;
pub mod ingest;
pub mod pattern;
pub mod sample;
pub mod sink;
pub mod sql;

use crate::lexicon::Lexicon;
use crate::model::{Doc, Fact};
use crate::sink::Table;
use std::collections::{BTreeMap, BTreeSet};
use toml::de::DeValue;
use toml::Spanned;

/// One `[stages.NAME]` of pipeline.toml, as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct StageConfig {
    pub name: String,
    pub kind: String,
    pub inputs: Vec<String>,
    pub options: toml::Table,
    pub line: usize,
    /// What the tables it writes hold (`description`), and their columns
    /// (`column_descriptions`): for `interdict docs` and the Parquet metadata.
    pub description: Option<String>,
    pub column_descriptions: BTreeMap<String, String>,
}

/// Every stage kind, in the order `interdict stages` lists them.
pub const KINDS: &[&dyn StageKind] = &[
    &ingest::Ingest,
    &clean::Clean,
    &filter::FilterKind,
    &sample::Sample,
    &pattern::PatternKind,
    &extract::Extract,
    &dedup::Deduplicate,
    &aggregate::Aggregate,
    &sql::Sql,
    &sink::Sink,
];

/// Where a kind sits in the flow of a run; the config's shape checks and the runner go by
/// the role, never by a kind's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Reads the input folder into documents (exactly one stage).
    Source,
    /// Cleans documents: metadata, boilerplate, sentences (exactly one, after the source).
    Clean,
    /// Keeps or drops a document; gates form one chain after clean.
    Gate,
    /// Reads the documents at the end of the chain and makes rows.
    Extractor,
    /// Works over the fact tables as a whole (copies, clusters, conflicts).
    Dedup,
    /// Runs over whole tables, in waves.
    Table,
    /// Writes the outputs.
    Sink,
}

impl Role {
    /// Runs once per document, fused with the other per-document stages.
    pub fn per_document(self) -> bool {
        matches!(self, Role::Source | Role::Clean | Role::Gate | Role::Extractor)
    }
}

/// A problem with one option of a stage: its key and what is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct OptionError {
    /// The option's key (`regex`), or `kind` for the stage as a whole.
    pub key: String,
    pub message: String,
}

impl OptionError {
    pub fn new(key: &str, message: impl Into<String>) -> OptionError {
        OptionError { key: key.to_string(), message: message.into() }
    }
}

/// Why a table stage could not make its tables (or their empty forms).
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error(transparent)]
    Option(#[from] OptionError),
    #[error(transparent)]
    Polars(#[from] polars::prelude::PolarsError),
    #[error("table `{table}`: {source}")]
    Input { table: String, source: polars::prelude::PolarsError },
    #[error(transparent)]
    Aggregate(#[from] aggregate::AggregateError),
    #[error("upstream {0}")]
    Upstream(Box<TableError>),
    #[error("{kind} stage `{stage}`: {source}")]
    InStage { kind: &'static str, stage: String, source: Box<TableError> },
}

/// What the per-document stages made of one document.
#[derive(Debug, Default)]
pub struct DocRows {
    pub facts: Vec<Fact>,
    /// Rows of user tables (pattern stages).
    pub rows: Vec<crate::stages::pattern::PatternRow>,
    /// Sentences with a trigger word but no fact, for `explain`.
    pub misses: Vec<crate::extract::Miss>,
}

/// Whether a document goes on down the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Keep,
    Drop,
}

/// A per-document stage, built from its options (regexes compiled).
pub trait DocStage: Send + Sync {
    /// Keep or drop the document, or add rows to `out`.
    fn apply(&self, doc: &Doc, lx: &Lexicon, out: &mut DocRows) -> Flow;
    /// The user tables its rows go to, and the table made of some of its rows.
    fn row_tables(&self) -> Vec<String> {
        Vec::new()
    }
    fn table_of_rows(&self, _table: &str, _rows: &[&crate::stages::pattern::PatternRow]) -> Option<Table> {
        None
    }
}

/// What a table stage reads: the first fact of each cluster (what yearly counts count)
/// and the tables its query names.
pub struct TableInputs<'a> {
    pub heads: &'a [&'a Fact],
    pub tables: &'a BTreeMap<String, Table>,
}

/// A stage over whole tables, built from its options.
pub trait TableStage: Send + Sync {
    fn run(&self, input: &TableInputs) -> Result<Vec<Table>, TableError>;
    /// The tables it reads from `TableInputs::tables`.
    fn reads(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A stage kind. Only `name`, `about`, `role` and `check` have no default.
pub trait StageKind: Sync {
    /// The kind's name in pipeline.toml (`kind = "..."`).
    fn name(&self) -> &'static str;
    fn about(&self) -> &'static str;
    fn role(&self) -> Role;
    /// The option keys it takes, with what they mean.
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }
    /// How many stages of this kind a pipeline may have (at least, at most).
    fn allowed(&self) -> (usize, usize) {
        match self.role() {
            Role::Source | Role::Clean => (1, 1),
            _ => (0, usize::MAX),
        }
    }
    /// It makes the fact tables that `deduplicate` reads.
    fn makes_facts(&self) -> bool {
        false
    }
    /// Type-check and validate the options as the parser saw them (a type error keeps its
    /// span): Err for a type error, Ok(Some) for a value that is wrong.
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error>;
    /// Checks that need the lexicon or the other stages (regexes compile, a query plans).
    fn check_built(&self, _s: &StageConfig, _stages: &[StageConfig], _lx: &Lexicon, _planable: bool) -> Vec<OptionError> {
        Vec::new()
    }
    /// The tables it writes, empty, with their columns (`validate`, SQL planning, docs).
    /// `stages` is the whole pipeline, for kinds whose tables depend on their inputs.
    fn empty_tables(&self, _s: &StageConfig, _stages: &[StageConfig]) -> Result<Vec<Table>, TableError> {
        Ok(Vec::new())
    }
    /// The names of the tables it writes, without planning anything.
    fn table_names(&self, s: &StageConfig) -> Vec<String> {
        self.empty_tables(s, &[]).map(|ts| ts.into_iter().map(|t| t.name).collect()).unwrap_or_default()
    }
    /// The user names its table with this key (blamed when two stages write one table);
    /// None for built-in tables.
    fn table_key(&self) -> Option<&'static str> {
        None
    }
    /// Its table `table` is split in monthly partitions (when the sink partitions at all).
    fn partitioned(&self, _table: &str) -> bool {
        false
    }
    /// Its output is an end of the pipeline: no warning when no stage reads it.
    fn is_end(&self) -> bool {
        matches!(self.role(), Role::Table | Role::Sink)
    }
    /// Build a gate or extractor.
    fn build_doc(&self, s: &StageConfig, _lx: &Lexicon) -> Result<Box<dyn DocStage>, OptionError> {
        Err(OptionError::new("kind", format!("`{}` is not a per-document stage", s.kind)))
    }
    /// Build a table stage.
    fn build_table(&self, s: &StageConfig) -> Result<Box<dyn TableStage>, OptionError> {
        Err(OptionError::new("kind", format!("`{}` is not a table stage", s.kind)))
    }
}

pub fn kind(name: &str) -> Option<&'static dyn StageKind> {
    KINDS.iter().copied().find(|k| k.name() == name)
}

/// The kind of a stage of a validated configuration.
pub fn of(s: &StageConfig) -> &'static dyn StageKind {
    kind(&s.kind).expect("a validated configuration names known kinds")
}

/// The names of the kinds of a role, for messages ("`clean`", "`filter` or `sample`").
pub fn names_of(role: Role) -> String {
    let names: Vec<String> = KINDS.iter().filter(|k| k.role() == role).map(|k| format!("`{}`", k.name())).collect();
    names.join(" or ")
}

/// Keys every stage takes besides its options (`description` and `column_descriptions`
/// document the tables it writes: `interdict docs` and the Parquet files' metadata).
pub const COMMON_KEYS: &[&str] = &["kind", "inputs", "enabled", "description", "column_descriptions"];

/// Options as a typed struct, from a stage's table.
pub fn options<T: serde::de::DeserializeOwned>(s: &StageConfig) -> Result<T, OptionError> {
    toml::Value::Table(s.options.clone()).try_into().map_err(|e: toml::de::Error| OptionError::new("kind", e.message().to_string()))
}

/// Type-check options read with their spans.
pub fn typed<T: serde::de::DeserializeOwned>(v: Spanned<DeValue<'_>>) -> Result<T, toml::de::Error> {
    crate::config_spans::deserialize(v)
}

/// The check of a kind without options.
pub fn no_options(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    match v.get_ref().as_table() {
        Some(t) if !t.is_empty() => Ok(Some(format!("unknown option `{}`", t.keys().next().unwrap().get_ref()))),
        _ => Ok(None),
    }
}

/// The first stage of a role in a configuration (in topological order).
pub fn first_of(stages: &[StageConfig], role: Role) -> Option<&StageConfig> {
    stages.iter().find(|s| kind(&s.kind).is_some_and(|k| k.role() == role))
}

/// The stages of a role, in topological order.
pub fn all_of(stages: &[StageConfig], role: Role) -> impl Iterator<Item = &StageConfig> {
    stages.iter().filter(move |s| kind(&s.kind).is_some_and(|k| k.role() == role))
}

/// A stage's options, typed, or the defaults when the pipeline has no such stage.
pub fn options_or_default<T: serde::de::DeserializeOwned + Default>(s: Option<&StageConfig>) -> Result<T, OptionError> {
    s.map(options).unwrap_or_else(|| Ok(T::default()))
}

/// All stages a stage depends on, directly or not.
pub fn upstream(stages: &[StageConfig], name: &str) -> BTreeSet<String> {
    let by: BTreeMap<&str, &StageConfig> = stages.iter().map(|s| (s.name.as_str(), s)).collect();
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = by.get(name).map(|s| s.inputs.clone()).unwrap_or_default();
    while let Some(n) = todo.pop() {
        if seen.insert(n.clone()) {
            if let Some(s) = by.get(n.as_str()) {
                todo.extend(s.inputs.iter().cloned());
            }
        }
    }
    seen
}

/// Tables available to a stage: those of every stage upstream of it.
pub fn tables_upstream(stages: &[StageConfig], name: &str) -> BTreeMap<String, String> {
    let up = upstream(stages, name);
    let mut out = BTreeMap::new();
    for s in stages.iter().filter(|s| up.contains(&s.name)) {
        for t in kind(&s.kind).map(|k| k.table_names(s)).unwrap_or_default() {
            out.insert(t, s.name.clone());
        }
    }
    out
}

/// Inputs a stage of this role accepts: a message when they are wrong. `kind_of` gives
/// the kind of a stage by name; `chain_end` is the end of the document chain.
pub fn check_inputs(s: &StageConfig, stages: &[StageConfig], chain_end: Option<&str>) -> Option<String> {
    let k = kind(&s.kind)?;
    let role_of = |name: &str| stages.iter().find(|x| x.name == name).and_then(|x| kind(&x.kind)).map(|k| k.role());
    let one_of = |roles: &[Role]| s.inputs.len() == 1 && role_of(&s.inputs[0]).is_some_and(|r| roles.contains(&r));
    let name = k.name();
    match k.role() {
        Role::Source => (!s.inputs.is_empty()).then(|| format!("a `{name}` stage reads the input folder and takes no inputs")),
        Role::Clean => (!one_of(&[Role::Source])).then(|| format!("a `{name}` stage reads exactly one {} stage", names_of(Role::Source))),
        Role::Gate => {
            if !one_of(&[Role::Clean, Role::Gate]) {
                Some(format!("a `{name}` stage reads exactly one {} stage or a stage that keeps or drops documents ({})", names_of(Role::Clean), names_of(Role::Gate)))
            } else if all_of(stages, Role::Gate).filter(|g| g.inputs == s.inputs).count() > 1 {
                Some(format!("two stages that keep or drop documents read `{}`: they form one chain", s.inputs[0]))
            } else {
                None
            }
        }
        Role::Extractor => {
            let ok = s.inputs.len() == 1 && chain_end == Some(s.inputs[0].as_str());
            (!ok).then(|| format!("a `{name}` stage reads the end of the document chain (`{}`)", chain_end.unwrap_or("clean")))
        }
        Role::Dedup => {
            let ok = s.inputs.len() == 1 && stages.iter().find(|x| x.name == s.inputs[0]).and_then(|x| kind(&x.kind)).is_some_and(|k| k.makes_facts());
            let makers: Vec<String> = KINDS.iter().filter(|k| k.makes_facts()).map(|k| format!("`{}`", k.name())).collect();
            (!ok).then(|| format!("a `{name}` stage reads exactly one {} stage", makers.join(" or ")))
        }
        Role::Table | Role::Sink => s.inputs.is_empty().then(|| format!("a `{name}` stage needs inputs")),
    }
}

/// The end of the document chain: the clean stage, or the gate that no other gate reads.
pub fn chain_end(stages: &[StageConfig]) -> Option<String> {
    let gates: Vec<&StageConfig> = all_of(stages, Role::Gate).collect();
    let mut end = first_of(stages, Role::Clean).map(|s| s.name.clone());
    // A chain is at most as long as its gates (a cycle stops the walk).
    for _ in 0..=gates.len() {
        let Some(e) = end.clone() else { break };
        match gates.iter().find(|g| g.inputs.first() == Some(&e)) {
            Some(g) => end = Some(g.name.clone()),
            None => break,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_unique_and_found() {
        let mut names: Vec<&str> = KINDS.iter().map(|k| k.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), KINDS.len());
        for k in KINDS {
            assert_eq!(kind(k.name()).map(|x| x.name()), Some(k.name()));
        }
        assert!(kind("nope").is_none());
    }
}
