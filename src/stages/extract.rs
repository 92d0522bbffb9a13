//! The `extract` kind: the built-in rules (`crate::extract`) that make the five fact
//! tables, as a per-document stage.

use super::{options, typed, DocRows, DocStage, Flow, OptionError, Role, StageKind};
use crate::stages::StageConfig;
use crate::extract::ExtractOptions;
use crate::lexicon::Lexicon;
use crate::model::{Doc, FactTable};
use crate::sink::Table;
use toml::de::DeValue;
use toml::Spanned;

pub struct Extract;

impl StageKind for Extract {
    fn name(&self) -> &'static str {
        "extract"
    }
    fn about(&self) -> &'static str {
        "extract seizures, arrests, sentences, cooperation_events and network_disruptions with evidence and provenance"
    }
    fn role(&self) -> Role {
        Role::Extractor
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("tables", "fact tables to extract (default: all five)"),
            ("inherit_period_sentences", "how many sentences back a sentence without a time expression takes its period from (default 2)"),
            ("per_table", "options by fact table: [stages.extract.per_table.seizures] require_country = true, min_value = 1.0, keep = \"all\" | \"incidents\" | \"totals\""),
        ]
    }
    fn allowed(&self) -> (usize, usize) {
        (0, 1)
    }
    fn makes_facts(&self) -> bool {
        true
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        let o: ExtractOptions = typed(v)?;
        Ok(o.tables
            .iter()
            .chain(o.per_table.keys())
            .find(|t| FactTable::parse(t).is_none())
            .map(|t| format!("unknown fact table `{t}`")))
    }
    /// Every fact table is written (empty when switched off), so SQL can rely on it.
    fn empty_tables(&self, _s: &StageConfig, _stages: &[StageConfig]) -> Result<Vec<Table>, crate::stages::TableError> {
        Ok(FactTable::ALL.iter().map(|t| crate::tables::fact_table(*t, &[])).collect())
    }
    fn partitioned(&self, _table: &str) -> bool {
        true
    }
    fn build_doc(&self, s: &StageConfig, _lx: &Lexicon) -> Result<Box<dyn DocStage>, OptionError> {
        Ok(Box::new(Extractor(options(s)?)))
    }
}

struct Extractor(ExtractOptions);

impl DocStage for Extractor {
    fn apply(&self, doc: &Doc, lx: &Lexicon, out: &mut DocRows) -> Flow {
        let ex = crate::extract::extract(doc, lx, &self.0);
        out.facts.extend(ex.facts);
        out.misses.extend(ex.misses);
        Flow::Keep
    }
}
