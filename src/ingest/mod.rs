//! The ingest stage: walk the input folder, read every supported file (plain text,
//! Markdown, HTML, JSON, JSON lines, RSS/Atom feeds, CSV, each optionally gzip-compressed) into raw
//! documents. A file that cannot be read becomes a reject with a reason; the run goes on.

pub mod csv;
pub mod decode;
pub mod error;
pub mod feed;
pub mod html;
pub mod json;
pub mod text;
pub mod walk;
pub mod warc;

pub use error::ReadError;
use crate::model::RawDoc;
use serde::Deserialize;
use std::io::Read;
use std::path::Path;

/// Options of the ingest stage (`[stages.ingest]`), its limits included.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IngestOptions {
    /// Formats to read: text, markdown, html, json, jsonl, rss (RSS and Atom feeds), csv.
    #[serde(default = "all_formats")]
    pub formats: Vec<String>,
    /// Files larger than this are rejected (bytes, as stored and after decompression).
    #[serde(default = "default_max_bytes")]
    pub max_bytes: u64,
    /// A document (one file, or one record of a JSON file) whose text is longer than
    /// this is rejected (bytes).
    #[serde(default = "default_max_document_bytes")]
    pub max_document_bytes: u64,
    /// HTML nested deeper than this is rejected (parsing such pages is quadratic).
    #[serde(default = "default_max_html_depth")]
    pub max_html_depth: u64,
    /// An HTML element with more attributes than this is rejected.
    #[serde(default = "default_max_html_attributes")]
    pub max_html_attributes: u64,
}

fn all_formats() -> Vec<String> {
    FORMATS.iter().map(|s| s.to_string()).collect()
}
fn default_max_bytes() -> u64 {
    50 * 1024 * 1024
}
fn default_max_document_bytes() -> u64 {
    2 * 1024 * 1024
}
fn default_max_html_depth() -> u64 {
    512
}
fn default_max_html_attributes() -> u64 {
    1000
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            formats: all_formats(),
            max_bytes: default_max_bytes(),
            max_document_bytes: default_max_document_bytes(),
            max_html_depth: default_max_html_depth(),
            max_html_attributes: default_max_html_attributes(),
        }
    }
}

impl IngestOptions {
    pub fn html_limits(&self) -> html::Limits {
        html::Limits { max_depth: self.max_html_depth as usize, max_attributes: self.max_html_attributes as usize }
    }
}

pub const FORMATS: &[&str] = &["text", "markdown", "html", "json", "jsonl", "rss", "csv", "warc"];

/// An input that could not be read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reject {
    pub source: String,
    pub stage: String,
    pub reason: String,
}

impl Reject {
    /// A file or record of the ingest stage that could not be read.
    pub fn new(source: &str, e: &ReadError) -> Reject {
        Reject { source: source.to_string(), stage: "ingest".into(), reason: e.to_string() }
    }
}

/// The format of a file by its name (`.gz` looked through), if supported.
pub fn format_of(path: &Path) -> Option<(&'static str, bool)> {
    let name = path.file_name()?.to_str()?.to_lowercase();
    let (name, gz) = match name.strip_suffix(".gz") {
        Some(n) => (n.to_string(), true),
        None => (name, false),
    };
    let ext = name.rsplit('.').next()?;
    let f = match ext {
        "txt" | "text" => "text",
        "md" | "markdown" => "markdown",
        "html" | "htm" | "xhtml" => "html",
        "json" => "json",
        "jsonl" | "ndjson" => "jsonl",
        "xml" | "rss" | "atom" => "rss",
        "csv" | "tsv" => "csv",
        "warc" => "warc",
        _ => return None,
    };
    Some((f, gz))
}

pub use walk::{walk, Entry};

/// Open a regular file for reading, never a device, FIFO or socket (checked on the open
/// file, not the name, so a file swapped after the walk is caught) and never through a
/// symlink. Opening does not block on a FIFO.
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => ReadError::SymlinkFile,
            _ => ReadError::Open(e),
        })?;
    let meta = file.metadata().map_err(ReadError::FileType)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok(file)
}

/// The bytes of a file as stored, at most `max` (a larger file is an error).
pub fn read_capped(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let mut buf = Vec::new();
    file.take(max + 1).read_to_end(&mut buf).map_err(ReadError::Read)?;
    if buf.len() as u64 > max {
        return Err(ReadError::TooLarge(max));
    }
    Ok(buf)
}

fn gunzip(bytes: &[u8], max: u64) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes).take(max + 1).read_to_end(&mut buf).map_err(ReadError::Gzip)?;
    if buf.len() as u64 > max {
        return Err(ReadError::InflatesTooLarge(max));
    }
    Ok(buf)
}

/// Publication dates outside this range are taken as unknown: BI readers fail on
/// out-of-range DATE values, and no news item is dated before 1900 or after next year.
pub fn plausible_date(d: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    (1900..=chrono::Utc::now().year() + 1).contains(&d.year())
}

/// Read one file into documents (several for JSON lines or JSON arrays).
pub fn read_file(path: &Path, rel: &str, opts: &IngestOptions) -> Vec<Result<RawDoc, Reject>> {
    if !format_of(Path::new(rel)).is_some_and(|(f, _)| opts.formats.iter().any(|x| x == f)) {
        return parse(&[], rel, opts); // unsupported or not wanted: never opened
    }
    match read_capped(path, opts.max_bytes) {
        Ok(bytes) => parse(&bytes, rel, opts),
        Err(e) => vec![Err(Reject::new(rel, &e))],
    }
}

/// The documents of a file's bytes as stored (`rel` names its format).
pub fn parse(bytes: &[u8], rel: &str, opts: &IngestOptions) -> Vec<Result<RawDoc, Reject>> {
    parse_counted(bytes, rel, opts).0
}

/// `parse`, with the number of records skipped as no documents (WARC requests,
/// metadata, non-HTML responses), which the run counts.
pub fn parse_counted(bytes: &[u8], rel: &str, opts: &IngestOptions) -> (Vec<Result<RawDoc, Reject>>, usize) {
    let mut skipped = 0;
    let docs = parse_inner(bytes, rel, opts, &mut skipped);
    (docs, skipped)
}

fn parse_inner(bytes: &[u8], rel: &str, opts: &IngestOptions, skipped: &mut usize) -> Vec<Result<RawDoc, Reject>> {
    let reject = |e: ReadError| vec![Err(Reject::new(rel, &e))];
    let Some((format, gz)) = format_of(Path::new(rel)) else {
        return reject(ReadError::Unsupported);
    };
    if !opts.formats.iter().any(|f| f == format) {
        return Vec::new();
    }
    let inflated;
    let bytes = if gz {
        match gunzip(bytes, opts.max_bytes) {
            Ok(b) => {
                inflated = b;
                &inflated[..]
            }
            Err(e) => return reject(e),
        }
    } else {
        bytes
    };
    let limits = opts.html_limits();
    // WARC is read as bytes: each record's body has its own encoding.
    let docs = if format == "warc" {
        let r = warc::read(bytes, rel, &limits);
        if r.docs.is_empty() && r.skipped == 0 {
            return reject(ReadError::Empty);
        }
        if r.skipped > 0 {
            tracing::info!(source = %rel, skipped = r.skipped, documents = r.docs.len(), "WARC records skipped (not HTML responses)");
        }
        *skipped = r.skipped;
        r.docs
    } else {
        let text = match decode::decode(bytes) {
            Ok(t) => t,
            Err(e) => return reject(e),
        };
        if text.trim().is_empty() {
            return reject(ReadError::Empty);
        }
        parse_text(&text, format, rel, &limits)
    };
    docs.into_iter()
        .map(|d| {
            let mut d = d?;
            if d.text.len() as u64 > opts.max_document_bytes {
                return Err(Reject {
                    source: d.source,
                    stage: "ingest".into(),
                    reason: format!("document text is {} bytes, limit {} (stages.ingest.max_document_bytes)", d.text.len(), opts.max_document_bytes),
                });
            }
            if let Some(p) = d.published.filter(|p| !plausible_date(*p)) {
                tracing::warn!(source = %d.source, date = %p, "publication date outside 1900 to next year; taken as unknown");
                d.published = None;
            }
            Ok(d)
        })
        .collect()
}

/// The documents of a text file of a known format.
fn parse_text(text: &str, format: &str, rel: &str, limits: &html::Limits) -> Vec<Result<RawDoc, Reject>> {
    match format {
        "text" | "markdown" => vec![Ok(text::read(text, rel, format))],
        "html" => vec![html::read(text, rel, limits).map_err(|e| Reject::new(rel, &e))],
        "json" => json::read_json(text, rel, limits),
        "jsonl" => json::read_jsonl(text, rel, limits),
        "rss" => feed::read(text, rel, limits),
        "csv" => csv::read(text, rel, limits),
        _ => unreachable!("a format of FORMATS"),
    }
}
