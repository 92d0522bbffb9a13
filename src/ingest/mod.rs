//! The ingest stage: walk the input folder, read every supported file (plain text,
//! Markdown, HTML, JSON, JSON lines, each optionally gzip-compressed) into raw
//! documents. A file that cannot be read becomes a reject with a reason; the run goes on.

pub mod html;
pub mod json;
pub mod text;

use crate::model::RawDoc;
use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Options of the ingest stage (`[stages.ingest]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IngestOptions {
    /// Formats to read: text, markdown, html, json, jsonl.
    #[serde(default = "all_formats")]
    pub formats: Vec<String>,
    /// Files larger than this are rejected (bytes, after decompression).
    #[serde(default = "default_max_bytes")]
    pub max_bytes: u64,
}

fn all_formats() -> Vec<String> {
    FORMATS.iter().map(|s| s.to_string()).collect()
}
fn default_max_bytes() -> u64 {
    50 * 1024 * 1024
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { formats: all_formats(), max_bytes: default_max_bytes() }
    }
}

pub const FORMATS: &[&str] = &["text", "markdown", "html", "json", "jsonl"];

/// An input that could not be read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reject {
    pub source: String,
    pub stage: String,
    pub reason: String,
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
        _ => return None,
    };
    Some((f, gz))
}

/// Every file under `root`, sorted by relative path, with its format (None: unsupported).
pub fn walk(root: &Path) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let ft = entry.file_type()?;
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() || ft.is_symlink() {
                let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                out.push((path, rel));
            }
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

fn read_bytes(path: &Path, gz: bool, max: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open the file: {e}"))?;
    let mut buf = Vec::new();
    let res = if gz {
        flate2::read::MultiGzDecoder::new(file).take(max + 1).read_to_end(&mut buf)
    } else {
        file.take(max + 1).read_to_end(&mut buf)
    };
    res.map_err(|e| if gz { format!("not a valid gzip file: {e}") } else { format!("cannot read the file: {e}") })?;
    if buf.len() as u64 > max {
        return Err(format!("larger than max_bytes ({max} bytes)"));
    }
    Ok(buf)
}

/// Read one file into documents (several for JSON lines or JSON arrays).
pub fn read_file(path: &Path, rel: &str, opts: &IngestOptions) -> Vec<Result<RawDoc, Reject>> {
    let reject = |reason: String| vec![Err(Reject { source: rel.to_string(), stage: "ingest".into(), reason })];
    let Some((format, gz)) = format_of(path) else {
        return reject("unsupported file type (expected .txt, .md, .html, .htm, .json, .jsonl, .ndjson, optionally .gz)".into());
    };
    if !opts.formats.iter().any(|f| f == format) {
        return Vec::new();
    }
    let bytes = match read_bytes(path, gz, opts.max_bytes) {
        Ok(b) => b,
        Err(e) => return reject(e),
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            // Latin-1 fallback for old pages; reject binary data.
            let b = e.into_bytes();
            if b.iter().filter(|&&c| c == 0).count() > 0 {
                return reject("binary data, not text".into());
            }
            b.iter().map(|&c| c as char).collect()
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    if text.trim().is_empty() {
        return reject("the file is empty".into());
    }
    match format {
        "text" | "markdown" => vec![Ok(text::read(&text, rel, format))],
        "html" => vec![html::read(&text, rel).map_err(|reason| Reject { source: rel.into(), stage: "ingest".into(), reason })],
        "json" => json::read_json(&text, rel),
        "jsonl" => json::read_jsonl(&text, rel),
        _ => unreachable!(),
    }
}
