//! `interdict report`: one self-contained HTML page an analyst opens after a run
//! (scripts, styles, charts and the map inlined; no server, no internet). It reads the
//! published tables and shows seizures by month and drug, the top countries, routes (a
//! flow table and a map of seizure points and route legs drawn from the shipped country
//! shapes), conflicts with their sources, the biggest clusters with their evidence, and
//! the rejects. `data.rs` gathers the figures, `render.rs` writes the page.

mod data;
mod render;

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0} holds no interdict output (no manifest.json)")]
    NoOutput(String),
    #[error(transparent)]
    Read(#[from] crate::sink::SinkError),
    #[error("{path}: {source}")]
    Write { path: String, source: std::io::Error },
}

/// Write the report of the output in `out` to `to` (default `out/report.html`), through
/// a temporary file renamed into place, so a reader never sees half a page. Returns
/// the path written.
pub fn write(out: &Path, to: Option<&Path>) -> Result<PathBuf, ReportError> {
    if !out.join("manifest.json").is_file() {
        return Err(ReportError::NoOutput(out.display().to_string()));
    }
    let facts = data::gather(out)?;
    let html = render::page(&facts);
    let path = to.map(Path::to_path_buf).unwrap_or_else(|| out.join("report.html"));
    let tmp = path.with_extension("html.tmp");
    let err = |source| ReportError::Write { path: path.display().to_string(), source };
    std::fs::write(&tmp, html).map_err(err)?;
    std::fs::rename(&tmp, &path).map_err(err)?;
    Ok(path)
}
