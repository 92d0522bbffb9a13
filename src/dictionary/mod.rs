//! The data dictionary: every table a configured pipeline writes, its columns with their
//! Parquet types, meanings and vocabularies. Types come from the stages' own empty
//! tables (so they cannot drift from what is written), meanings from `meanings.toml`
//! (built-in tables) and the stages' `description` / `column_descriptions` keys (the
//! user's), vocabularies from the rules' value lists and the configured lexicon.
//!
//! `interdict docs` prints it as Markdown or JSON; the Parquet sink writes the meanings
//! into every file (`description` in each field's metadata and in the schema's).

use crate::config::{Config, StageConfig};
use crate::lexicon::LexiconData;
use crate::model::{self, FactTable};
use crate::sink::{ColumnData, Table};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The meanings shipped with the code (`meanings.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meanings {
    columns: BTreeMap<String, String>,
    tables: BTreeMap<String, TableMeaning>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TableMeaning {
    about: String,
    #[serde(default)]
    columns: BTreeMap<String, String>,
}

fn meanings() -> &'static Meanings {
    static M: OnceLock<Meanings> = OnceLock::new();
    M.get_or_init(|| toml::from_str(include_str!("meanings.toml")).expect("src/dictionary/meanings.toml is valid"))
}

/// The values a column may hold.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Vocabulary {
    /// One of these values (or null).
    Values(Vec<String>),
    /// Codes of a standard, as many as the lexicon knows (listed in the JSON form).
    Codes { standard: String, values: Vec<String> },
}

/// The vocabulary of a built-in column, from the rules' value lists and the lexicon (so a
/// drug or a country the user adds in pipeline.toml is listed too).
pub fn vocabulary(table: &str, column: &str, lx: &LexiconData) -> Option<Vocabulary> {
    let fact = FactTable::parse(table).is_some();
    let clusterish = fact || matches!(table, "fact_clusters" | "conflicts") || table.ends_with("_by_country_year");
    let list = |v: &[&str]| Some(Vocabulary::Values(v.iter().map(|s| s.to_string()).collect()));
    match column {
        "qualifier" if fact => list(&model::QUALIFIERS),
        "country" if clusterish => Some(Vocabulary::Codes { standard: "ISO 3166-1 alpha-3".into(), values: lx.countries.keys().cloned().collect() }),
        "drug" if table == "seizures" || table == "seizures_by_country_year" => {
            let mut v: Vec<String> = lx.drugs.keys().cloned().collect();
            v.extend(model::DRUG_GROUPS.iter().map(|s| s.to_string()));
            Some(Vocabulary::Values(v))
        }
        "value_currency" if table == "seizures" => Some(Vocabulary::Codes { standard: "ISO 4217".into(), values: lx.currencies.keys().cloned().collect() }),
        "sentence_type" if table == "sentences" || table == "sentences_by_country_year" => list(model::SENTENCE_TYPES),
        "event_type" if table == "cooperation_events" => list(model::EVENT_TYPES),
        "scope" if table == "network_disruptions" => list(model::SCOPES),
        "parties" if table == "cooperation_events" => Some(Vocabulary::Codes {
            standard: "ISO 3166-1 alpha-3, and international bodies by acronym".into(),
            values: lx.countries.keys().cloned().chain(lx.body_acronyms()).collect(),
        }),
        "transport_mode" if table == "seizures" || table == "routes" => list(model::TRANSPORT_MODES),
        "geo_precision" if table == "seizures" || table == "cooperation_events" => list(model::GEO_PRECISIONS),
        "origin_country" | "destination_country" | "transit_countries" if table == "seizures" => Some(route_codes(lx)),
        "from_country" | "to_country" if table == "routes" => Some(route_codes(lx)),
        "seized_in" if table == "routes" => Some(Vocabulary::Codes { standard: "ISO 3166-1 alpha-3".into(), values: lx.countries.keys().cloned().collect() }),
        "trafficker_nationalities" if table == "seizures" || table == "arrests" => Some(Vocabulary::Codes { standard: "ISO 3166-1 alpha-3".into(), values: lx.countries.keys().cloned().collect() }),
        "table" if matches!(table, "fact_clusters" | "conflicts") => Some(Vocabulary::Values(FactTable::ALL.iter().map(|t| t.name().to_string()).collect())),
        _ => None,
    }
}

/// A route's places: states, and the lexicon's regions ("XEU" for "bound for Europe").
fn route_codes(lx: &LexiconData) -> Vocabulary {
    Vocabulary::Codes { standard: "ISO 3166-1 alpha-3, and the lexicon's region codes (X.., ISO's user-assigned range)".into(), values: lx.countries.keys().cloned().chain(lx.regions.keys().cloned()).collect() }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnDoc {
    pub name: String,
    /// The Parquet/Arrow type as the contract names it (string, int64, double, date,
    /// boolean, timestamp(us, UTC), list<string>).
    #[serde(rename = "type")]
    pub type_name: String,
    pub meaning: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<Vocabulary>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableDoc {
    pub name: String,
    /// The stage that writes it and its kind.
    pub stage: String,
    pub kind: String,
    pub about: Option<String>,
    /// One file per table (`seizures.parquet`) or a folder of monthly partitions.
    pub layout: String,
    pub columns: Vec<ColumnDoc>,
}

/// The table-level and column-level descriptions the sink writes into Parquet files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Descriptions {
    tables: BTreeMap<String, (Option<String>, BTreeMap<String, String>)>,
}

impl Descriptions {
    /// The table's description and its columns' (None for a table nobody described).
    pub fn of(&self, table: &str) -> Option<(Option<&str>, &BTreeMap<String, String>)> {
        self.tables.get(table).map(|(a, c)| (a.as_deref(), c))
    }

    pub fn from_docs(docs: &[TableDoc]) -> Descriptions {
        let tables = docs
            .iter()
            .map(|t| (t.name.clone(), (t.about.clone(), t.columns.iter().filter_map(|c| Some((c.name.clone(), c.meaning.clone()?))).collect())))
            .collect();
        Descriptions { tables }
    }
}

pub fn type_name(d: &ColumnData) -> &'static str {
    match d {
        ColumnData::Str(_) => "string",
        ColumnData::I64(_) => "int64",
        ColumnData::F64(_) => "double",
        ColumnData::Bool(_) => "boolean",
        ColumnData::Date(_) => "date",
        ColumnData::Timestamp(_) => "timestamp(us, UTC)",
        ColumnData::ListStr(_) => "list<string>",
    }
}

/// Whether a table is one of the built-in ones that `meanings.toml` describes.
fn built_in(table: &str) -> bool {
    meanings().tables.contains_key(table)
}

/// The meaning of a column: the stage's own `column_descriptions` first, then (for
/// built-in tables) the table's meanings and the shared ones.
fn meaning(stage: &StageConfig, table: &str, column: &str) -> Option<String> {
    if let Some(m) = stage.column_descriptions.get(column) {
        return Some(m.clone());
    }
    if !built_in(table) {
        return None;
    }
    let m = meanings();
    m.tables.get(table).and_then(|t| t.columns.get(column)).or_else(|| m.columns.get(column)).cloned()
}

/// The tables each stage writes, as empty tables with their schemas, in stage order.
fn schemas(stages: &[StageConfig]) -> Result<Vec<(&StageConfig, Table)>, crate::stages::TableError> {
    let mut out = Vec::new();
    for s in stages {
        let made = match crate::stages::kind(&s.kind) {
            Some(k) => k.empty_tables(s, stages)?,
            None => Vec::new(),
        };
        out.extend(made.into_iter().map(|t| (s, t)));
    }
    Ok(out)
}

/// The data dictionary of a configured pipeline: every table it writes.
pub fn dictionary(cfg: &Config) -> Result<Vec<TableDoc>, crate::stages::TableError> {
    let sink: crate::sink::SinkOptions = crate::stages::options_or_default(crate::stages::first_of(&cfg.stages, crate::stages::Role::Sink))?;
    let partitioned = |kind: &str, t: &str| sink.partitioned() && crate::run::partitions::is_partitioned(kind, t);
    let mut out = Vec::new();
    for (stage, t) in schemas(&cfg.stages)? {
        let mut columns: Vec<ColumnDoc> = t
            .columns
            .iter()
            .map(|(name, data)| ColumnDoc {
                name: name.clone(),
                type_name: type_name(data).to_string(),
                meaning: meaning(stage, &t.name, name),
                vocabulary: if built_in(&t.name) { vocabulary(&t.name, name, &cfg.lexicon.data) } else { None },
            })
            .collect();
        if partitioned(&stage.kind, &t.name) && !columns.iter().any(|c| c.name == crate::run::partitions::PARTITION_COLUMN) {
            let name = crate::run::partitions::PARTITION_COLUMN;
            columns.push(ColumnDoc { name: name.into(), type_name: "string".into(), meaning: meanings().columns.get(name).cloned(), vocabulary: None });
        }
        let about = stage.description.clone().or_else(|| meanings().tables.get(&t.name).map(|m| m.about.clone()));
        let layout = if partitioned(&stage.kind, &t.name) { format!("{}/{}=YYYY-MM/part-0.parquet", t.name, crate::run::partitions::PARTITION_KEY) } else { format!("{}.parquet", t.name) };
        out.push(TableDoc { name: t.name.clone(), stage: stage.name.clone(), kind: stage.kind.clone(), about, layout, columns });
    }
    Ok(out)
}

/// The dictionary as a Markdown document.
pub fn markdown(docs: &[TableDoc]) -> String {
    let mut s = String::from("# Data dictionary\n\nTables written by this pipeline, with their Parquet types. Generated by `interdict docs`.\n");
    for t in docs {
        s.push_str(&format!("\n## {}\n\n", t.name));
        if let Some(a) = &t.about {
            s.push_str(&format!("{a}.\n\n"));
        }
        s.push_str(&format!("Written by stage `{}` (`{}`) as `{}`.\n\n", t.stage, t.kind, t.layout));
        s.push_str("| column | type | meaning | values |\n|---|---|---|---|\n");
        for c in &t.columns {
            let values = match &c.vocabulary {
                None => String::new(),
                Some(Vocabulary::Values(v)) => v.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", "),
                Some(Vocabulary::Codes { standard, values }) => format!("{standard} ({} codes)", values.len()),
            };
            let meaning = c.meaning.as_deref().unwrap_or("").replace('|', "\\|");
            s.push_str(&format!("| `{}` | {} | {} | {} |\n", c.name, c.type_name, meaning, values));
        }
    }
    s
}

/// The descriptions the sink writes into the Parquet files of a configured pipeline.
/// A config whose SQL cannot be planned (already reported by validation) still gets the
/// built-in tables' descriptions.
pub fn descriptions(cfg: &Config) -> Descriptions {
    match dictionary(cfg) {
        Ok(d) => Descriptions::from_docs(&d),
        Err(_) => Descriptions::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_config() -> Config {
        crate::config::parse(crate::config::DEFAULT_CONFIG, "(built-in)", std::path::Path::new(".")).expect("built-in pipeline.toml loads")
    }

    #[test]
    fn every_built_in_column_has_a_meaning_and_every_meaning_a_column() {
        let cfg = default_config();
        let docs = dictionary(&cfg).unwrap();
        let names: Vec<&str> = docs.iter().map(|t| t.name.as_str()).collect();
        for t in meanings().tables.keys() {
            assert!(names.contains(&t.as_str()), "meanings.toml describes `{t}`, which the default pipeline does not write");
        }
        for t in &docs {
            assert!(t.about.is_some(), "table {} has no summary", t.name);
            for c in &t.columns {
                assert!(c.meaning.is_some(), "{}.{} has no meaning in src/dictionary/meanings.toml", t.name, c.name);
            }
            if let Some(m) = meanings().tables.get(&t.name) {
                for c in m.columns.keys() {
                    assert!(t.columns.iter().any(|x| &x.name == c), "meanings.toml describes {}.{}, which is not written", t.name, c);
                }
            }
        }
        let all: Vec<&str> = docs.iter().flat_map(|t| t.columns.iter().map(|c| c.name.as_str())).collect();
        for c in meanings().columns.keys() {
            assert!(all.contains(&c.as_str()), "shared meaning `{c}` names no column");
        }
    }

    #[test]
    fn types_and_vocabularies_come_from_the_code() {
        let cfg = default_config();
        let docs = dictionary(&cfg).unwrap();
        let col = |t: &str, c: &str| docs.iter().find(|x| x.name == t).unwrap().columns.iter().find(|x| x.name == c).unwrap().clone();
        assert_eq!(col("seizures", "pill_count").type_name, "int64");
        assert_eq!(col("seizures", "quantity_kg").type_name, "double");
        assert_eq!(col("documents", "published_date").type_name, "date");
        assert_eq!(col("cooperation_events", "parties").type_name, "list<string>");
        assert_eq!(col("seizures", "published_month").type_name, "string");
        match col("seizures", "drug").vocabulary {
            Some(Vocabulary::Values(v)) => {
                assert!(v.contains(&"captagon".to_string()) && v.contains(&"unspecified".to_string()) && v.contains(&"mixed".to_string()), "{v:?}");
            }
            other => panic!("{other:?}"),
        }
        match col("arrests", "country").vocabulary {
            Some(Vocabulary::Codes { values, .. }) => assert!(values.contains(&"IRQ".to_string())),
            other => panic!("{other:?}"),
        }
        assert_eq!(col("sentences", "sentence_type").vocabulary, Some(Vocabulary::Values(model::SENTENCE_TYPES.iter().map(|s| s.to_string()).collect())));
    }

    #[test]
    fn user_stages_are_described_with_their_own_words() {
        let text = r#"
[stages.ingest]
kind = "ingest"
[stages.clean]
kind = "clean"
inputs = ["ingest"]
[stages.extract]
kind = "extract"
inputs = ["clean"]
[stages.heavy]
kind = "sql"
inputs = ["extract"]
description = "Hauls of a tonne or more"
column_descriptions = { kg = "Kilograms seized" }
query = "SELECT doc_id, quantity_kg AS kg FROM seizures WHERE quantity_kg >= 1000"
"#;
        let cfg = crate::config::parse(text, "t.toml", std::path::Path::new(".")).unwrap();
        let docs = dictionary(&cfg).unwrap();
        let heavy = docs.iter().find(|t| t.name == "heavy").unwrap();
        assert_eq!(heavy.about.as_deref(), Some("Hauls of a tonne or more"));
        assert_eq!(heavy.columns.iter().map(|c| (c.name.as_str(), c.type_name.as_str(), c.meaning.as_deref())).collect::<Vec<_>>(), vec![("doc_id", "string", None), ("kg", "double", Some("Kilograms seized"))]);
        let md = markdown(&docs);
        assert!(md.contains("## heavy") && md.contains("| `kg` | double | Kilograms seized |"), "{md}");
    }
}
