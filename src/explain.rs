//! `interdict explain FILE`: for one document, every fact with its evidence, the parsed
//! pieces (figure, period phrase, state cue) and the rule that fired, then the sentences
//! that mentioned a trigger word but gave no fact, with the reason.

use crate::config::Config;
use crate::extract::{self, ExtractOptions};
use crate::ingest::{self, IngestOptions};
use crate::model::FactKind;
use std::fmt::Write;
use std::path::Path;

pub fn explain(cfg: &Config, path: &Path) -> Result<String, String> {
    let ingest_opts: IngestOptions = cfg.stages.iter().find(|s| s.kind == "ingest").map(|s| toml::Value::Table(s.options.clone()).try_into().unwrap_or_default()).unwrap_or_default();
    let extract_opts: ExtractOptions = cfg.stages.iter().find(|s| s.kind == "extract").map(|s| toml::Value::Table(s.options.clone()).try_into().unwrap_or_default()).unwrap_or_default();
    let rel = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
    let mut out = String::new();
    let real = std::fs::canonicalize(path).map_err(|e| format!("{}: {e}", path.display()))?;
    for r in ingest::read_file(&real, &rel, &ingest_opts) {
        let raw = match r {
            Ok(r) => r,
            Err(rej) => {
                writeln!(out, "{}: rejected by {}: {}", rej.source, rej.stage, rej.reason).unwrap();
                continue;
            }
        };
        let (doc, ex) = match crate::budget::run(cfg.document_timeout, || {
            let doc = crate::clean::clean(&raw, &cfg.lexicon);
            let ex = extract::extract(&doc, &cfg.lexicon, &extract_opts);
            (doc, ex)
        }) {
            Ok(r) => r,
            Err(crate::budget::Stopped::Timeout(t)) => {
                writeln!(out, "{}: rejected: took longer than {} s to clean and extract (run.document_timeout)", raw.source, t.as_secs_f64()).unwrap();
                continue;
            }
            Err(crate::budget::Stopped::Panic(m)) => {
                writeln!(out, "{}: rejected: internal error: {m}", raw.source).unwrap();
                continue;
            }
        };
        writeln!(out, "== {}  title={:?} outlet={:?} published={:?} reference={:?}", doc.source, doc.title, doc.outlet, doc.published_date, doc.reference_date).unwrap();
        writeln!(out, "{} sentences, {} facts", doc.sentences.len(), ex.facts.len()).unwrap();
        for f in &ex.facts {
            let what = match &f.kind {
                FactKind::Seizure { drug, quantity_kg, pill_count, value_amount, value_currency } => format!("seizure drug={drug} kg={quantity_kg:?} pills={pill_count:?} value={value_amount:?} {}", value_currency.clone().unwrap_or_default()),
                FactKind::Arrest { count } => format!("arrests count={count:?}"),
                FactKind::CourtSentence { sentence_type, count } => format!("sentences type={sentence_type} count={count:?}"),
                FactKind::Cooperation { event_type, parties, count } => format!("cooperation type={event_type} parties={} count={count:?}", parties.join("+")),
                FactKind::NetworkDisruption { count, scope } => format!("networks count={count:?} scope={scope:?}"),
            };
            writeln!(out, "\n[s{}] {what}", f.sentence_index).unwrap();
            writeln!(out, "  country={:?} (cue: {:?})  period={:?} (phrase: {:?})", f.country, f.country_cue, f.period.map(|p| format!("{}..{}", p.start, p.end)), f.period_text).unwrap();
            writeln!(out, "  qualifier={} aggregate={} location={:?}", f.qualifier.as_str(), f.is_aggregate, f.location).unwrap();
            writeln!(out, "  rule={} figure={:?}", f.rule, f.figure_text).unwrap();
            writeln!(out, "  evidence: {}", f.evidence).unwrap();
        }
        if !ex.misses.is_empty() {
            writeln!(out, "\nSentences with trigger words but no fact:").unwrap();
            for m in &ex.misses {
                writeln!(out, "  [s{}] {}: {} | {}", m.sentence_index, m.table.name(), m.reason, doc.sentences[m.sentence_index].text).unwrap();
            }
        }
    }
    Ok(out)
}
