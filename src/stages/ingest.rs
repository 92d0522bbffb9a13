//! The `ingest` kind: walk the input folder and read files into documents. The reading
//! itself is in `crate::ingest`; the document chain (`chain`) calls it.

use super::{typed, Role, StageKind};
use crate::stages::StageConfig;
use crate::sink::Table;
use toml::de::DeValue;
use toml::Spanned;

pub struct Ingest;

impl StageKind for Ingest {
    fn name(&self) -> &'static str {
        "ingest"
    }
    fn about(&self) -> &'static str {
        "walk the input folder and read .txt/.md/.html/.htm/.json/.jsonl/.ndjson files (optionally .gz) into documents; unreadable input goes to `rejects`"
    }
    fn role(&self) -> Role {
        Role::Source
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("formats", "formats to read: text, markdown, html, json, jsonl (default: all)"),
            ("max_bytes", "reject files larger than this many bytes, as stored and after decompression (default 52428800)"),
            ("max_document_bytes", "reject a document (a file, or one JSON record) whose text is longer than this many bytes (default 2097152)"),
            ("max_html_depth", "reject HTML nested deeper than this (default 512)"),
            ("max_html_attributes", "reject HTML with an element of more attributes than this (default 1000)"),
        ]
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        let o: crate::ingest::IngestOptions = typed(v)?;
        Ok(o.formats.iter().find(|f| !crate::ingest::FORMATS.contains(&f.as_str())).map(|f| format!("unknown format `{f}` (known: {})", crate::ingest::FORMATS.join(", "))))
    }
    fn empty_tables(&self, _s: &StageConfig, _stages: &[StageConfig]) -> Result<Vec<Table>, crate::stages::TableError> {
        Ok(vec![crate::tables::documents(&[]), crate::tables::rejects(&[])])
    }
    fn partitioned(&self, table: &str) -> bool {
        table == "documents"
    }
}
