//! `interdict explain FILE`: for one document, every fact with its evidence, the parsed
//! pieces (figure, period phrase, state cue) and the rule that fired, then the sentences
//! that mentioned a trigger word but gave no fact, with the reason. One record per
//! document, written as text for a person or as JSON for tools.

use crate::config::Config;
use crate::ingest;
use crate::stages::chain::{DocChain, DocOut};
use crate::model::{Fact, FactKind};
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

/// What `explain` found: the report, and whether every document was read.
pub struct Report {
    pub output: String,
    /// False when a document was rejected (the command then exits non-zero).
    pub all_read: bool,
}

fn fact_record(f: &Fact) -> Value {
    let (table, values) = match &f.kind {
        FactKind::Seizure { drug, quantity_kg, pill_count, value_amount, value_currency } => {
            ("seizures", json!({ "drug": drug, "quantity_kg": quantity_kg, "pill_count": pill_count, "value_amount": value_amount, "value_currency": value_currency }))
        }
        FactKind::Arrest { count } => ("arrests", json!({ "count": count })),
        FactKind::CourtSentence { sentence_type, count } => ("sentences", json!({ "sentence_type": sentence_type, "count": count })),
        FactKind::Cooperation { event_type, parties, count } => ("cooperation_events", json!({ "event_type": event_type, "parties": parties, "count": count })),
        FactKind::NetworkDisruption { count, scope } => ("network_disruptions", json!({ "count": count, "scope": scope })),
    };
    json!({
        "sentence": f.sentence_index,
        "table": table,
        "values": values,
        "country": f.country,
        "country_cue": f.country_cue,
        "period_start": f.period.map(|p| p.start.to_string()),
        "period_end": f.period.map(|p| p.end.to_string()),
        "period_text": f.period_text,
        "qualifier": f.qualifier.as_str(),
        "is_aggregate": f.is_aggregate,
        "location": f.location,
        "geo": f.geo.as_ref().map(|g| json!({ "admin1": g.admin1, "latitude": g.latitude, "longitude": g.longitude, "precision": g.precision })),
        "trafficking": (!f.trafficking.is_empty()).then(|| json!({
            "origin_country": f.trafficking.origin,
            "destination_country": f.trafficking.destination,
            "transit_countries": f.trafficking.transit,
            "transport_mode": f.trafficking.transport_mode,
            "concealment": f.trafficking.concealment,
            "trafficker_nationalities": f.trafficking.nationalities,
            "cue": f.trafficking.cue,
        })),
        "rule": f.rule,
        "figure_text": f.figure_text,
        "evidence": f.evidence,
    })
}

/// Why a file could not be explained at all (a file that is read but rejected is a
/// record, not an error).
#[derive(Debug, thiserror::Error)]
pub enum ExplainError {
    #[error(transparent)]
    Build(#[from] crate::stages::chain::BuildError),
    #[error("{path}: {source}")]
    Path { path: String, source: std::io::Error },
}

/// One document's record: its metadata, facts and misses, or why it was rejected or
/// dropped. The document goes through the same chain as in a run (gates included).
fn records(cfg: &Config, path: &Path) -> Result<Vec<Value>, ExplainError> {
    let chain = DocChain::build(&cfg.stages, &cfg.lexicon, cfg.document_timeout)?;
    let rel = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
    let real = std::fs::canonicalize(path).map_err(|source| ExplainError::Path { path: path.display().to_string(), source })?;
    let mut out = Vec::new();
    for r in ingest::read_file(&real, &rel, &chain.ingest) {
        let raw = match r {
            Ok(r) => r,
            Err(rej) => {
                out.push(json!({ "source": rej.source, "rejected_by": rej.stage, "reason": rej.reason }));
                continue;
            }
        };
        let (doc, rows) = match chain.process(&raw) {
            DocOut::Done { doc, rows } => (doc, rows),
            DocOut::Rejected(rej) => {
                out.push(json!({ "source": rej.source, "rejected_by": rej.stage, "reason": rej.reason }));
                continue;
            }
            DocOut::Dropped(stage) => {
                out.push(json!({ "source": raw.source, "dropped_by": stage }));
                continue;
            }
        };
        let misses: Vec<Value> = rows.misses.iter().map(|m| json!({ "sentence": m.sentence_index, "table": m.table.name(), "reason": m.reason, "text": doc.sentences.get(m.sentence_index).map(|s| s.text.as_str()) })).collect();
        out.push(json!({
            "source": doc.source,
            "title": doc.title,
            "outlet": doc.outlet,
            "published_date": doc.published_date.map(|d| d.to_string()),
            "reference_date": doc.reference_date.map(|d| d.to_string()),
            "sentences": doc.sentences.len(),
            "facts": rows.facts.iter().map(fact_record).collect::<Vec<_>>(),
            "user_rows": rows.rows.len(),
            "misses": misses,
        }));
    }
    Ok(out)
}

/// A value as a person reads it: text as it is, numbers plainly, "-" for none.
fn show(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(show).collect::<Vec<_>>().join("+"),
        other => other.to_string(),
    }
}

fn text(recs: &[Value]) -> String {
    let mut out = String::new();
    for r in recs {
        if let Some(reason) = r.get("reason") {
            writeln!(out, "{}: rejected by {}: {}", show(&r["source"]), show(&r["rejected_by"]), show(reason)).unwrap();
            continue;
        }
        if let Some(stage) = r.get("dropped_by") {
            writeln!(out, "{}: dropped by stage {} (it keeps or drops documents before extraction)", show(&r["source"]), show(stage)).unwrap();
            continue;
        }
        writeln!(out, "== {}  title: {}  outlet: {}  published: {}  dates resolved against: {}", show(&r["source"]), show(&r["title"]), show(&r["outlet"]), show(&r["published_date"]), show(&r["reference_date"])).unwrap();
        let facts = r["facts"].as_array().cloned().unwrap_or_default();
        writeln!(out, "{} sentences, {} facts", r["sentences"], facts.len()).unwrap();
        for f in &facts {
            let values: Vec<String> = f["values"].as_object().map(|o| o.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| format!("{k}={}", show(v))).collect()).unwrap_or_default();
            writeln!(out, "\n[s{}] {} {}", f["sentence"], show(&f["table"]), values.join(" ")).unwrap();
            writeln!(out, "  country: {} (cue: {})  period: {}..{} (phrase: {})", show(&f["country"]), show(&f["country_cue"]), show(&f["period_start"]), show(&f["period_end"]), show(&f["period_text"])).unwrap();
            writeln!(out, "  qualifier: {}  aggregate: {}  location: {}", show(&f["qualifier"]), show(&f["is_aggregate"]), show(&f["location"])).unwrap();
            if let Some(t) = f.get("trafficking").filter(|t| !t.is_null()) {
                let list = |v: &serde_json::Value| v.as_array().map(|a| a.iter().map(show).collect::<Vec<_>>().join(", ")).filter(|s| !s.is_empty()).unwrap_or_else(|| "-".into());
                writeln!(out, "  route: {} -> {} via {}  transport: {}  hidden: {}  nationalities: {}  (words: {})", show(&t["origin_country"]), show(&t["destination_country"]), list(&t["transit_countries"]), show(&t["transport_mode"]), show(&t["concealment"]), list(&t["trafficker_nationalities"]), show(&t["cue"])).unwrap();
            }
            if let Some(g) = f.get("geo").filter(|g| !g.is_null()) {
                writeln!(out, "  geocoded: {} {}, {} ({})", show(&g["admin1"]), show(&g["latitude"]), show(&g["longitude"]), show(&g["precision"])).unwrap();
            }
            writeln!(out, "  rule: {}  figure: {}", show(&f["rule"]), show(&f["figure_text"])).unwrap();
            writeln!(out, "  evidence: {}", show(&f["evidence"])).unwrap();
        }
        let misses = r["misses"].as_array().cloned().unwrap_or_default();
        if !misses.is_empty() {
            writeln!(out, "\nSentences with trigger words but no fact:").unwrap();
            for m in &misses {
                writeln!(out, "  [s{}] {}: {} | {}", m["sentence"], show(&m["table"]), show(&m["reason"]), show(&m["text"])).unwrap();
            }
        }
    }
    out
}

/// Explain one file, as text or as JSON (`json`: one JSON document with a list of
/// records). A missing file is an error.
pub fn explain(cfg: &Config, path: &Path, json: bool) -> Result<Report, ExplainError> {
    let recs = records(cfg, path)?;
    let all_read = recs.iter().all(|r| r.get("reason").is_none());
    let output = if json { format!("{}\n", serde_json::to_string_pretty(&json!({ "file": path.display().to_string(), "documents": recs })).expect("json")) } else { text(&recs) };
    Ok(Report { output, all_read })
}
