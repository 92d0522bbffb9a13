//! Sinks: tables to Parquet files, written atomically (every file is written to a
//! staging folder first, then moved into place, so a failed run leaves the previous
//! output whole), plus the run manifest.

pub mod parquet;
pub mod table;

use ::parquet::basic::Compression;
use std::path::{Path, PathBuf};
pub use table::{ColumnData, Table};

pub use self::parquet::SinkError;

pub fn compression(name: &str) -> Option<Compression> {
    match name {
        "snappy" => Some(Compression::SNAPPY),
        "none" | "uncompressed" => Some(Compression::UNCOMPRESSED),
        _ => None,
    }
}

/// Files written to a staging folder, moved into the output folder on `commit`.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    files: Vec<String>,
}

impl Staging {
    pub fn new(out: &Path, run_id: &str) -> Result<Staging, SinkError> {
        std::fs::create_dir_all(out).map_err(|source| SinkError::Io { path: out.display().to_string(), source })?;
        let dir = out.join(format!(".staging-{run_id}"));
        std::fs::create_dir_all(&dir).map_err(|source| SinkError::Io { path: dir.display().to_string(), source })?;
        Ok(Staging { out: out.to_path_buf(), dir, files: Vec::new() })
    }

    pub fn write_table(&mut self, t: &Table, c: Compression) -> Result<(), SinkError> {
        let name = format!("{}.parquet", t.name);
        self::parquet::write(t, &self.dir.join(&name), c)?;
        self.files.push(name);
        Ok(())
    }

    pub fn write_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), SinkError> {
        let p = self.dir.join(name);
        std::fs::write(&p, bytes).map_err(|source| SinkError::Io { path: p.display().to_string(), source })?;
        self.files.push(name.to_string());
        Ok(())
    }

    /// Move every staged file into place (each rename is atomic), the manifest last.
    pub fn commit(self) -> Result<(), SinkError> {
        let mut files = self.files.clone();
        files.sort_by_key(|f| f == "manifest.json");
        for f in &files {
            let to = self.out.join(f);
            std::fs::rename(self.dir.join(f), &to).map_err(|source| SinkError::Io { path: to.display().to_string(), source })?;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(())
    }

    pub fn abort(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
