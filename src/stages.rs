//! The registry of stage kinds: what each kind does, which options it takes, how they
//! are checked, and which tables it writes. Adding a kind is one module for its work and
//! one entry here (plus its run step in the pipeline).

use crate::config::StageConfig;
use crate::model::FactTable;
use crate::sink::Table;
use toml::de::DeValue;
use toml::Spanned;

pub struct StageKind {
    pub name: &'static str,
    pub about: &'static str,
    /// Runs once per document (fused with the other per-document stages) rather than
    /// once over whole tables.
    pub per_document: bool,
    /// The option keys it takes, with what they mean.
    pub options: &'static [(&'static str, &'static str)],
    /// Type-check and validate the options: Err for a type error, Ok(Some) for a value
    /// that is wrong.
    /// The options come as the parser saw them, so a type error keeps its span.
    pub check: for<'i> fn(Spanned<DeValue<'i>>) -> Result<Option<String>, toml::de::Error>,
    /// The tables it writes, empty, with their columns (for `validate` and SQL planning).
    /// SQL stages are planned by the sql module, which runs the query on its inputs.
    pub empty_tables: fn(&StageConfig) -> Result<Vec<Table>, String>,
}

fn options<T: serde::de::DeserializeOwned>(v: toml::Value) -> Result<T, String> {
    v.try_into().map_err(|e: toml::de::Error| e.message().to_string())
}

fn typed<T: serde::de::DeserializeOwned>(v: Spanned<DeValue<'_>>) -> Result<T, toml::de::Error> {
    crate::config_spans::deserialize(v)
}

fn no_tables(_: &StageConfig) -> Result<Vec<Table>, String> {
    Ok(Vec::new())
}

fn check_ingest(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    let o: crate::ingest::IngestOptions = typed(v)?;
    Ok(o.formats.iter().find(|f| !crate::ingest::FORMATS.contains(&f.as_str())).map(|f| format!("unknown format `{f}` (known: {})", crate::ingest::FORMATS.join(", "))))
}

fn check_nothing(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    match v.get_ref().as_table() {
        Some(t) if !t.is_empty() => Ok(Some(format!("unknown option `{}`", t.keys().next().unwrap().get_ref()))),
        _ => Ok(None),
    }
}

fn check_filter(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    typed::<crate::filter::FilterOptions>(v).map(|_| None)
}

fn check_pattern(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    typed::<crate::pattern::PatternOptions>(v).map(|_| None)
}

fn check_extract(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    let o: crate::extract::ExtractOptions = typed(v)?;
    Ok(o.tables
        .iter()
        .chain(o.per_table.keys())
        .find(|t| FactTable::parse(t).is_none())
        .map(|t| format!("unknown fact table `{t}`"))
        .or_else(|| o.per_table.values().filter_map(|t| t.keep.clone()).find(|k| !matches!(k.as_str(), "all" | "incidents" | "totals")).map(|k| format!("per_table keep must be all, incidents or totals, found `{k}`"))))
}

fn check_dedup(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    typed::<crate::dedup::DedupOptions>(v).map(|_| None)
}

fn check_aggregate(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    let o: crate::aggregate::AggregateOptions = typed(v)?;
    Ok(o.tables.iter().find(|t| !crate::aggregate::TABLES.contains(&t.as_str())).map(|t| format!("unknown aggregate table `{t}`")))
}

fn check_sql(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    typed::<crate::sql::SqlOptions>(v).map(|_| None)
}

fn check_sink(v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
    typed::<crate::sink::SinkOptions>(v).map(|o| o.check())
}

fn ingest_tables(_: &StageConfig) -> Result<Vec<Table>, String> {
    Ok(vec![crate::tables::documents(&[]), crate::tables::rejects(&[])])
}

/// Every fact table is written (empty when switched off), so SQL can rely on it.
fn extract_tables(_: &StageConfig) -> Result<Vec<Table>, String> {
    Ok(FactTable::ALL.iter().map(|t| crate::tables::fact_table(*t, &[])).collect())
}

fn dedup_tables(_: &StageConfig) -> Result<Vec<Table>, String> {
    Ok(vec![crate::tables::fact_clusters(&[]), crate::tables::conflicts(&[])])
}

fn aggregate_tables(s: &StageConfig) -> Result<Vec<Table>, String> {
    let o: crate::aggregate::AggregateOptions = options(toml::Value::Table(s.options.clone()))?;
    crate::aggregate::aggregate(&[], &o).map_err(|e| e.to_string())
}

fn pattern_tables(s: &StageConfig) -> Result<Vec<Table>, String> {
    let o: crate::pattern::PatternOptions = options(toml::Value::Table(s.options.clone()))?;
    Ok(vec![crate::pattern::Pattern::compile(&s.name, &o)?.empty_table()])
}

pub const KINDS: &[StageKind] = &[
    StageKind {
        name: "ingest",
        about: "walk the input folder and read .txt/.md/.html/.htm/.json/.jsonl/.ndjson files (optionally .gz) into documents; unreadable input goes to `rejects`",
        per_document: true,
        options: &[
            ("formats", "formats to read: text, markdown, html, json, jsonl (default: all)"),
            ("max_bytes", "reject files larger than this many bytes, as stored and after decompression (default 52428800)"),
            ("max_document_bytes", "reject a document (a file, or one JSON record) whose text is longer than this many bytes (default 2097152)"),
            ("max_html_depth", "reject HTML nested deeper than this (default 512)"),
            ("max_html_attributes", "reject HTML with an element of more attributes than this (default 1000)"),
        ],
        check: check_ingest,
        empty_tables: ingest_tables,
    },
    StageKind {
        name: "clean",
        about: "normalise Unicode, quotes, dashes and spaces; read header lines (title, outlet, date, dateline); drop boilerplate; split sentences",
        per_document: true,
        options: &[],
        check: check_nothing,
        empty_tables: no_tables,
    },
    StageKind {
        name: "filter",
        about: "keep (or drop) documents before extraction by keyword, regex, state mentioned, publication dates or outlet",
        per_document: true,
        options: &[
            ("keywords", "any of these words or phrases (case-insensitive)"),
            ("regex", "a regular expression the text must match"),
            ("countries", "ISO alpha-3 codes: the document names one of these states"),
            ("date_from", "publication date on or after (YYYY-MM-DD)"),
            ("date_to", "publication date on or before (YYYY-MM-DD)"),
            ("outlets", "any of these outlets (substring, case-insensitive)"),
            ("mode", "keep (default): keep matching documents; drop: drop them"),
        ],
        check: check_filter,
        empty_tables: no_tables,
    },
    StageKind {
        name: "pattern",
        about: "user rules: sentences with keywords and/or a regex with named captures become rows of a new table; captures parsed by interdict's parsers",
        per_document: true,
        options: &[
            ("table", "the table the rows go to"),
            ("keywords", "the sentence must hold one of these (case-insensitive)"),
            ("regex", "a regular expression with named captures (?P<name>...)"),
            ("fields", "parser per capture: text, number (INT64 when the capture matches only digits, else DOUBLE), integer, quantity (-> _kg, _pills), volume (-> _litres), money (-> _amount, _currency), period (-> _start, _end), country, drug"),
        ],
        check: check_pattern,
        empty_tables: pattern_tables,
    },
    StageKind {
        name: "extract",
        about: "extract seizures, arrests, sentences, cooperation_events and network_disruptions with evidence and provenance",
        per_document: true,
        options: &[
            ("tables", "fact tables to extract (default: all five)"),
            ("inherit_period_sentences", "how many sentences back a sentence without a time expression takes its period from (default 2)"),
            ("per_table", "options by fact table: [stages.extract.per_table.seizures] require_country = true, min_value = 1.0, keep = \"all\" | \"incidents\" | \"totals\""),
        ],
        check: check_extract,
        empty_tables: extract_tables,
    },
    StageKind {
        name: "deduplicate",
        about: "mark document copies and near-copies (duplicate_of), give facts of the same figure one cluster_id, list fact_clusters and conflicts",
        per_document: false,
        options: &[
            ("approx_tolerance", "relative tolerance for approximate values when matching figures (default 0.05)"),
            ("near_copies", "find near-copies with MinHash/LSH, verified by true similarity (default true)"),
            ("near_copy_threshold", "Jaccard similarity of word shingles from which documents are copies (default 0.6)"),
            ("shingle_size", "words per shingle (default 4)"),
        ],
        check: check_dedup,
        empty_tables: dedup_tables,
    },
    StageKind {
        name: "aggregate",
        about: "yearly tables per country with polars, each cluster counted once",
        per_document: false,
        options: &[("tables", "seizures_by_country_year, arrests_by_country_year, sentences_by_country_year (default: all)")],
        check: check_aggregate,
        empty_tables: aggregate_tables,
    },
    StageKind {
        name: "sql",
        about: "a polars SQL query over tables produced upstream, written as a table named after the stage",
        per_document: false,
        options: &[("query", "the SQL query; the tables it reads must come from stages in `inputs` (or theirs)")],
        check: check_sql,
        empty_tables: no_tables,
    },
    StageKind {
        name: "sink",
        about: "write every table as Parquet under the output folder, atomically, with a run manifest",
        per_document: false,
        options: &[
            ("compression", "snappy or none (default snappy)"),
            ("partition_by", "published_month (default: tables of documents and facts as Hive partitions by month of publication, so a scheduled run rewrites only the months it touched) or none (one file per table)"),
        ],
        check: check_sink,
        empty_tables: no_tables,
    },
];

pub fn kind(name: &str) -> Option<&'static StageKind> {
    KINDS.iter().find(|k| k.name == name)
}

/// Keys every stage takes besides its options (`description` and `column_descriptions`
/// document the tables it writes: `interdict docs` and the Parquet files' metadata).
pub const COMMON_KEYS: &[&str] = &["kind", "inputs", "enabled", "description", "column_descriptions"];
