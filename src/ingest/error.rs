//! Why a file or a record could not be read. Its text is the `reason` of a row in the
//! rejects table, so every message names the cause and, where one helps, the limit to raise.

use std::io;

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("unsupported file type (expected .txt, .md, .html, .htm, .json, .jsonl, .ndjson, .xml/.rss/.atom feeds, .csv/.tsv, optionally .gz)")]
    Unsupported,
    #[error("the file is empty")]
    Empty,
    #[error("a symlink where a regular file was expected; not read")]
    SymlinkFile,
    #[error("symlink loop; not read")]
    SymlinkLoop,
    #[error("broken symlink (its target does not exist); not read")]
    BrokenSymlink,
    #[error("cannot resolve the symlink: {0}; not read")]
    Resolve(io::Error),
    #[error("symlink pointing outside the input folder (to {0}); not read")]
    OutsideRoot(String),
    #[error("cannot read the symlink's target: {0}; not read")]
    Target(io::Error),
    #[error("cannot open the file: {0}")]
    Open(io::Error),
    #[error("cannot read the file's type: {0}")]
    FileType(io::Error),
    #[error("not a regular file; not read")]
    NotRegular,
    #[error("cannot read the file: {0}")]
    Read(io::Error),
    #[error("larger than max_bytes ({0} bytes); raise stages.ingest.max_bytes to read it")]
    TooLarge(u64),
    #[error("not a valid gzip file: {0}")]
    Gzip(io::Error),
    #[error("decompresses to more than max_bytes ({0} bytes); raise stages.ingest.max_bytes to read it")]
    InflatesTooLarge(u64),
    #[error("binary data, not text (NUL bytes; UTF-16 needs a byte-order mark)")]
    NulBytes,
    #[error("binary data, not text ({0:.0}% control characters)")]
    ControlCharacters(f64),
    #[error("UTF-16 text with an odd number of bytes (truncated?)")]
    OddUtf16,
    #[error("HTML element <{name}> has {attributes} attributes or more, limit {limit} (stages.ingest.max_html_attributes)")]
    HtmlAttributes { name: String, attributes: usize, limit: usize },
    #[error("HTML nested {depth} deep, limit {limit} (stages.ingest.max_html_depth)")]
    HtmlDepth { depth: usize, limit: usize },
    #[error("HTML page has no article text")]
    HtmlNoText,
    #[error("malformed XML at byte {at}: {message}")]
    MalformedXml { at: u64, message: String },
    #[error("XML text that is not valid: {0}")]
    XmlText(String),
    #[error("XML nested more than {0} deep")]
    XmlDepth(usize),
    #[error("XML file with no RSS <item> or Atom <entry>")]
    NoFeedItems,
    #[error("malformed CSV header: {0}")]
    CsvHeader(String),
    #[error("CSV file with fewer than two columns in its header row")]
    CsvColumns,
    #[error("malformed CSV row: {0}")]
    CsvRow(String),
    #[error("CSV file with a header row and no rows")]
    CsvNoRows,
}
