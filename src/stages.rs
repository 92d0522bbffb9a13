//! The registry of stage kinds: what each kind does and which options it takes. Adding a
//! kind is one module for its work and one entry here.

pub struct StageKind {
    pub name: &'static str,
    pub about: &'static str,
    /// Runs once per document (fused with the other per-document stages) rather than
    /// once over whole tables.
    pub per_document: bool,
    /// The option keys it takes, with what they mean.
    pub options: &'static [(&'static str, &'static str)],
}

pub const KINDS: &[StageKind] = &[
    StageKind {
        name: "ingest",
        about: "walk the input folder and read .txt/.md/.html/.htm/.json/.jsonl/.ndjson files (optionally .gz) into documents; unreadable input goes to `rejects`",
        per_document: true,
        options: &[
            ("formats", "formats to read: text, markdown, html, json, jsonl (default: all)"),
            ("max_bytes", "reject files larger than this many bytes after decompression (default 52428800)"),
        ],
    },
    StageKind {
        name: "clean",
        about: "normalise Unicode, quotes, dashes and spaces; read header lines (title, outlet, date, dateline); drop boilerplate; split sentences",
        per_document: true,
        options: &[],
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
    },
    StageKind {
        name: "pattern",
        about: "user rules: sentences with keywords and/or a regex with named captures become rows of a new table; captures parsed by interdict's parsers",
        per_document: true,
        options: &[
            ("table", "the table the rows go to"),
            ("keywords", "the sentence must hold one of these (case-insensitive)"),
            ("regex", "a regular expression with named captures (?P<name>...)"),
            ("fields", "parser per capture: text, number, quantity (-> _kg, _pills), volume (-> _litres), money (-> _amount, _currency), period (-> _start, _end), country, drug"),
        ],
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
    },
    StageKind {
        name: "aggregate",
        about: "yearly tables per country with polars, each cluster counted once",
        per_document: false,
        options: &[("tables", "seizures_by_country_year, arrests_by_country_year, sentences_by_country_year (default: all)")],
    },
    StageKind {
        name: "sql",
        about: "a polars SQL query over tables produced upstream, written as a table named after the stage",
        per_document: false,
        options: &[("query", "the SQL query; the tables it reads must come from stages in `inputs` (or theirs)")],
    },
    StageKind {
        name: "sink",
        about: "write every table as Parquet under the output folder, atomically, with a run manifest",
        per_document: false,
        options: &[
            ("compression", "snappy or none (default snappy)"),
            ("partition_by", "published_month (default: tables of documents and facts as Hive partitions by month of publication, so a scheduled run rewrites only the months it touched) or none (one file per table)"),
        ],
    },
];

pub fn kind(name: &str) -> Option<&'static StageKind> {
    KINDS.iter().find(|k| k.name == name)
}

/// Keys every stage takes besides its options.
pub const COMMON_KEYS: &[&str] = &["kind", "inputs", "enabled"];
