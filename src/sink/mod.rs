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

/// Options of the sink stage (`[stages.sink]`).
#[derive(Debug, Clone, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SinkOptions {
    /// `snappy` or `none`.
    #[serde(default = "snappy")]
    pub compression: String,
    /// `published_month`: the tables of documents and facts are folders with one Hive
    /// partition per month of publication (`seizures/published_month=2025-03/`), so a
    /// scheduled run rewrites only the months it touched; `none`: one file per table.
    #[serde(default = "by_month")]
    pub partition_by: String,
}

fn snappy() -> String {
    "snappy".into()
}
fn by_month() -> String {
    PARTITION_BY[0].into()
}

pub const PARTITION_BY: &[&str] = &["published_month", "none"];

impl Default for SinkOptions {
    fn default() -> Self {
        SinkOptions { compression: snappy(), partition_by: by_month() }
    }
}

impl SinkOptions {
    pub fn check(&self) -> Option<String> {
        if compression(&self.compression).is_none() {
            return Some(format!("unknown compression `{}` (snappy or none)", self.compression));
        }
        if !PARTITION_BY.contains(&self.partition_by.as_str()) {
            return Some(format!("unknown partition_by `{}` ({})", self.partition_by, PARTITION_BY.join(" or ")));
        }
        None
    }

    pub fn partitioned(&self) -> bool {
        self.partition_by != "none"
    }

    /// The partition of a document published on `date` ("" when tables are single files).
    pub fn partition(&self, date: Option<chrono::NaiveDate>) -> String {
        if !self.partitioned() {
            return String::new();
        }
        match date {
            Some(d) => format!("published_month={}", d.format("%Y-%m")),
            None => UNDATED.to_string(),
        }
    }

    /// Where a table's partition goes, relative to the output folder.
    pub fn path(&self, table: &str, partition: &str) -> String {
        if partition.is_empty() {
            format!("{table}.parquet")
        } else {
            format!("{table}/{partition}/part-0.parquet")
        }
    }

    /// The partition that holds an empty table's schema when it has no rows at all.
    pub fn empty_partition(&self) -> String {
        if self.partitioned() { UNDATED.to_string() } else { String::new() }
    }
}

/// The partition of documents with no publication date.
pub const UNDATED: &str = "published_month=unknown";

/// Files written to a staging folder, moved into the output folder on `commit`.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    files: Vec<String>,
    deletes: Vec<String>,
    clears: Vec<String>,
    last: Vec<String>,
}

impl Staging {
    pub fn new(out: &Path, run_id: &str) -> Result<Staging, SinkError> {
        std::fs::create_dir_all(out).map_err(|source| SinkError::Io { path: out.display().to_string(), source })?;
        let dir = out.join(format!(".staging-{run_id}"));
        std::fs::create_dir_all(&dir).map_err(|source| SinkError::Io { path: dir.display().to_string(), source })?;
        Ok(Staging { out: out.to_path_buf(), dir, files: Vec::new(), deletes: Vec::new(), clears: Vec::new(), last: Vec::new() })
    }

    fn staged(&self, rel: &str) -> Result<PathBuf, SinkError> {
        let p = self.dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(|source| SinkError::Io { path: parent.display().to_string(), source })?;
        }
        Ok(p)
    }

    /// Stage a table at `rel` (e.g. `seizures/published_month=2025-03/part-0.parquet`).
    pub fn write_table(&mut self, rel: &str, t: &Table, c: Compression) -> Result<(), SinkError> {
        let p = self.staged(rel)?;
        self::parquet::write(t, &p, c)?;
        self.files.push(rel.to_string());
        Ok(())
    }

    pub fn write_file(&mut self, rel: &str, bytes: &[u8]) -> Result<(), SinkError> {
        let p = self.staged(rel)?;
        std::fs::write(&p, bytes).map_err(|source| SinkError::Io { path: p.display().to_string(), source })?;
        self.files.push(rel.to_string());
        Ok(())
    }

    /// Stage a file that is moved into place after all the others (before the manifest).
    pub fn write_last(&mut self, rel: &str, bytes: &[u8]) -> Result<(), SinkError> {
        self.write_file(rel, bytes)?;
        let f = self.files.pop().expect("just staged");
        self.last.push(f);
        Ok(())
    }

    /// Remove a file of the output folder on commit.
    pub fn delete(&mut self, rel: &str) {
        self.deletes.push(rel.to_string());
    }

    /// Remove a file or folder of the output folder on commit, before the staged files
    /// are moved in (a full run clears what earlier runs wrote for its tables).
    pub fn clear(&mut self, rel: &str) {
        self.clears.push(rel.to_string());
    }

    pub fn staged_files(&self) -> usize {
        self.files.len()
    }

    /// Move every staged file into place (each rename is atomic). The old manifest is
    /// removed first and the new one moved last, so a commit cut short leaves no
    /// manifest and the next run starts from scratch instead of trusting a half state.
    pub fn commit(self) -> Result<(), SinkError> {
        let io = |p: &Path| {
            let path = p.display().to_string();
            move |source| SinkError::Io { path, source }
        };
        let manifest = self.out.join("manifest.json");
        if manifest.exists() {
            std::fs::remove_file(&manifest).map_err(io(&manifest))?;
        }
        for c in &self.clears {
            let p = self.out.join(c);
            if p.is_dir() {
                std::fs::remove_dir_all(&p).map_err(io(&p))?;
            } else if p.exists() {
                std::fs::remove_file(&p).map_err(io(&p))?;
            }
        }
        let files: Vec<&String> = self.files.iter().filter(|f| *f != "manifest.json").collect();
        let has_manifest = self.files.iter().any(|f| f == "manifest.json");
        for f in files.into_iter().chain(&self.last) {
            let to = self.out.join(f);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::rename(self.dir.join(f), &to).map_err(io(&to))?;
        }
        for d in &self.deletes {
            let p = self.out.join(d);
            if p.exists() {
                std::fs::remove_file(&p).map_err(io(&p))?;
            }
            // Drop the partition folders left empty.
            let mut dir = p.parent();
            while let Some(dp) = dir {
                if dp == self.out || std::fs::remove_dir(dp).is_err() {
                    break;
                }
                dir = dp.parent();
            }
        }
        if has_manifest {
            std::fs::rename(self.dir.join("manifest.json"), &manifest).map_err(io(&manifest))?;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(())
    }

    pub fn abort(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
