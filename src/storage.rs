//! Input and output on object storage (`s3://`, `gs://`, `az://`, `abfss://`, `file://`
//! URIs) through the `object_store` crate, around the on-disk pipeline:
//!
//! - an input URI is mirrored into a local cache folder before the run: objects whose
//!   size and ETag are unchanged since the last run are not downloaded again, and each
//!   file keeps the object's modification time, so the run stays incremental;
//! - an output URI has a local mirror too (the previous output, state included, as the
//!   store holds it: downloaded again whenever the store's `manifest.json` is not the
//!   mirror's). The run publishes into the mirror as on disk, then the mirror is pushed:
//!   changed files first, `manifest.json` last, then the files the run dropped.
//!
//! Credentials and endpoints come from the environment as the crate reads them
//! (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT`,
//! `AWS_ALLOW_HTTP`, `GOOGLE_SERVICE_ACCOUNT`, `AZURE_STORAGE_ACCOUNT_NAME` ...).

use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use object_store::path::Path as ObjPath;
use object_store::{ObjectStore, ObjectStoreExt};
use sha2::Digest;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("{uri}: {message}")]
    Uri { uri: String, message: String },
    #[error("{uri}: {source}")]
    Store { uri: String, source: object_store::Error },
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Where a run reads or writes: a folder, or a prefix in an object store.
pub enum Place {
    Local(PathBuf),
    Remote(Remote),
}

/// A prefix in an object store, with the runtime its calls run on.
pub struct Remote {
    pub uri: String,
    store: Arc<dyn ObjectStore>,
    prefix: ObjPath,
    rt: tokio::runtime::Runtime,
}

/// Whether a path given on the command line or in the config is a URI with a scheme
/// (`s3://...`), as opposed to a folder.
pub fn is_uri(s: &str) -> bool {
    s.split_once("://").is_some_and(|(scheme, _)| !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || c == '+'))
}

impl Place {
    /// A folder, a `file://` URI (a folder too) or an object store URI.
    pub fn parse(s: &str) -> Result<Place, StorageError> {
        if !is_uri(s) {
            return Ok(Place::Local(PathBuf::from(s)));
        }
        let err = |message: String| StorageError::Uri { uri: s.to_string(), message };
        let url = url::Url::parse(s).map_err(|e| err(e.to_string()))?;
        if url.scheme() == "file" {
            return url.to_file_path().map(Place::Local).map_err(|_| err("not a local path".into()));
        }
        // Options from the environment, as polars does: the store's builder takes the
        // keys it knows (aws_*, google_*, azure_*) and ignores the rest.
        let options: Vec<(String, String)> = std::env::vars().map(|(k, v)| (k.to_ascii_lowercase(), v)).collect();
        let (store, prefix) = object_store::parse_url_opts(&url, options).map_err(|source| StorageError::Store { uri: s.to_string(), source })?;
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|source| StorageError::Io { path: s.to_string(), source })?;
        Ok(Place::Remote(Remote { uri: s.trim_end_matches('/').to_string(), store: Arc::from(store), prefix, rt }))
    }
}

/// The file a run writes last and a mirror compares.
const MANIFEST: &str = "manifest.json";

/// What the cache remembers of a mirrored object or pushed file: size and ETag (input)
/// or content digest (output).
type SyncIndex = BTreeMap<String, String>;

/// The sync index of a mirror folder, beside it (`DIR.sync.json`), so that it is neither
/// read as an input document nor published as output.
fn index_path(dir: &Path) -> PathBuf {
    PathBuf::from(format!("{}.sync.json", dir.display()))
}

fn read_index(dir: &Path) -> SyncIndex {
    std::fs::read(index_path(dir)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

fn write_index(dir: &Path, index: &SyncIndex) -> Result<(), StorageError> {
    let p = index_path(dir);
    std::fs::write(&p, serde_json::to_vec_pretty(index).expect("index serializes")).map_err(io(&p))
}

fn io(p: &Path) -> impl Fn(std::io::Error) -> StorageError + '_ {
    move |source| StorageError::Io { path: p.display().to_string(), source }
}

/// A relative path made of plain names only (no `.`, `..` or empty parts): what an
/// object key may become under a local folder.
fn safe_relative(rel: &str) -> Option<PathBuf> {
    let parts: Vec<&str> = rel.split('/').collect();
    if parts.iter().any(|p| p.is_empty() || *p == "." || *p == ".." || p.contains('\\')) {
        return None;
    }
    Some(parts.iter().collect())
}

/// Every file under `dir` as (relative path with `/`, absolute path), sorted.
fn local_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() {
                let rel = p.strip_prefix(dir).expect("under dir").components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
                out.push((rel, p));
            }
        }
    }
    out.sort();
    out
}

impl Remote {
    fn err(&self) -> impl Fn(object_store::Error) -> StorageError + '_ {
        move |source| StorageError::Store { uri: self.uri.clone(), source }
    }

    fn key(&self, rel: &str) -> ObjPath {
        rel.split('/').fold(self.prefix.clone(), |p, part| p.clone().join(part))
    }

    /// The objects under the prefix: (path relative to it, size, modified, ETag), sorted.
    fn list(&self) -> Result<Vec<(String, u64, DateTime<Utc>, Option<String>)>, StorageError> {
        let metas: Vec<object_store::ObjectMeta> = self.rt.block_on(self.store.list(Some(&self.prefix)).try_collect()).map_err(self.err())?;
        let mut out: Vec<_> = metas
            .into_iter()
            .filter_map(|m| {
                let rel = m.location.prefix_match(&self.prefix)?.map(|p| p.as_ref().to_string()).collect::<Vec<_>>().join("/");
                Some((rel, m.size, m.last_modified, m.e_tag))
            })
            .collect();
        out.sort();
        Ok(out)
    }

    fn get(&self, rel: &str) -> Result<Option<bytes::Bytes>, StorageError> {
        match self.rt.block_on(async { self.store.get(&self.key(rel)).await?.bytes().await }) {
            Ok(b) => Ok(Some(b)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(self.err()(e)),
        }
    }

    fn put(&self, rel: &str, bytes: Vec<u8>) -> Result<(), StorageError> {
        self.rt.block_on(self.store.put(&self.key(rel), bytes.into())).map(|_| ()).map_err(self.err())
    }

    fn delete(&self, rel: &str) -> Result<(), StorageError> {
        match self.rt.block_on(self.store.delete(&self.key(rel))) {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(self.err()(e)),
        }
    }

    /// Mirror the objects under the prefix into `dir`: download what is new or changed
    /// (by size and ETag), give each file the object's modification time, delete files
    /// whose object is gone. Returns how many objects were downloaded.
    pub fn pull_input(&self, dir: &Path) -> Result<usize, StorageError> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let before = read_index(dir);
        let mut index = SyncIndex::new();
        let mut fetched = 0;
        for (rel, size, modified, etag) in self.list()? {
            let Some(local) = safe_relative(&rel) else {
                tracing::warn!(object = %rel, "object key is not a plain relative path; skipped");
                continue;
            };
            let path = dir.join(&local);
            let tag = format!("{size}:{}:{}", etag.as_deref().unwrap_or(""), modified.timestamp_micros());
            if before.get(&rel) != Some(&tag) || !path.is_file() {
                let bytes = self.get(&rel)?.unwrap_or_default();
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(io(parent))?;
                }
                std::fs::write(&path, &bytes).map_err(io(&path))?;
                let f = std::fs::File::options().write(true).open(&path).map_err(io(&path))?;
                f.set_modified(modified.into()).map_err(io(&path))?;
                fetched += 1;
            }
            index.insert(rel, tag);
        }
        for (rel, path) in local_files(dir) {
            if !index.contains_key(&rel) {
                std::fs::remove_file(&path).map_err(io(&path))?;
            }
        }
        write_index(dir, &index)?;
        Ok(fetched)
    }

    /// Make `dir` a copy of the output the store holds, unless it already is (its
    /// `manifest.json` is the store's). Returns whether it was downloaded.
    pub fn pull_output(&self, dir: &Path) -> Result<bool, StorageError> {
        let remote_manifest = self.get(MANIFEST)?;
        let local_manifest = std::fs::read(dir.join(MANIFEST)).ok();
        if remote_manifest.as_deref() == local_manifest.as_deref() && dir.is_dir() {
            return Ok(false);
        }
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(io(dir))?;
        }
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let mut index = SyncIndex::new();
        if remote_manifest.is_some() {
            for (rel, ..) in self.list()? {
                let Some(local) = safe_relative(&rel) else { continue };
                let bytes = self.get(&rel)?.unwrap_or_default();
                let path = dir.join(local);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(io(parent))?;
                }
                std::fs::write(&path, &bytes).map_err(io(&path))?;
                index.insert(rel, digest(&bytes));
            }
        }
        write_index(dir, &index)?;
        Ok(true)
    }

    /// Push the mirror `dir` after a run published into it: files whose content changed
    /// since the last push first, `manifest.json` last (so a reader that goes by the
    /// manifest never finds it naming files not yet there), then delete the objects the
    /// run no longer writes. Returns (uploaded, deleted).
    pub fn push_output(&self, dir: &Path) -> Result<(usize, usize), StorageError> {
        let before = read_index(dir);
        let mut index = SyncIndex::new();
        let mut uploaded = 0;
        let files = local_files(dir);
        let mut manifest = None;
        for (rel, path) in &files {
            let bytes = std::fs::read(path).map_err(io(path))?;
            let d = digest(&bytes);
            if rel == MANIFEST {
                manifest = Some(bytes);
            } else if before.get(rel) != Some(&d) {
                self.put(rel, bytes)?;
                uploaded += 1;
            }
            index.insert(rel.clone(), d);
        }
        if let Some(m) = manifest {
            self.put(MANIFEST, m)?;
            uploaded += 1;
        }
        let mut deleted = 0;
        for (rel, ..) in self.list()? {
            if !index.contains_key(&rel) {
                self.delete(&rel)?;
                deleted += 1;
            }
        }
        write_index(dir, &index)?;
        Ok((uploaded, deleted))
    }
}

fn digest(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The local folder that mirrors a URI: `$INTERDICT_CACHE` (or the user's cache folder)
/// `/interdict/<hash of the URI>/<what>`.
pub fn cache_dir(uri: &str, what: &str) -> PathBuf {
    let base = std::env::var_os("INTERDICT_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|p| PathBuf::from(p).join("interdict")))
        .or_else(|| std::env::var_os("HOME").map(|p| PathBuf::from(p).join(".cache/interdict")))
        .unwrap_or_else(|| std::env::temp_dir().join("interdict-cache"));
    base.join(&digest(uri.as_bytes())[..16]).join(what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_and_folders() {
        assert!(is_uri("s3://bucket/news"));
        assert!(is_uri("gs://b/x") && is_uri("az://c/x") && is_uri("file:///tmp/x"));
        assert!(!is_uri("data/news") && !is_uri("/srv/news") && !is_uri("C:\\news"));
        assert!(matches!(Place::parse("data").unwrap(), Place::Local(p) if p == Path::new("data")));
        assert!(matches!(Place::parse("file:///srv/news").unwrap(), Place::Local(p) if p == Path::new("/srv/news")));
        assert!(Place::parse("nosuchscheme://x/y").is_err());
    }

    #[test]
    fn object_keys_become_plain_relative_paths_only() {
        assert_eq!(safe_relative("a/b.txt"), Some(PathBuf::from("a/b.txt")));
        for bad in ["../x", "a/../../x", "a//b", "./a", "", "a\\..\\b"] {
            assert_eq!(safe_relative(bad), None, "{bad}");
        }
    }

    #[test]
    fn mirror_round_trip_through_an_in_memory_store() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let r = Remote { uri: "memory:///out".into(), store: Arc::new(object_store::memory::InMemory::new()), prefix: ObjPath::from("out"), rt };
        let dir = std::env::temp_dir().join(format!("interdict-storage-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let a = dir.join("a");
        std::fs::create_dir_all(a.join("t")).unwrap();
        std::fs::write(a.join("t/part-0.parquet"), b"one").unwrap();
        std::fs::write(a.join("manifest.json"), b"{\"run\":1}").unwrap();
        assert_eq!(r.push_output(&a).unwrap(), (2, 0));
        // Unchanged files are not sent again; a dropped file is deleted.
        std::fs::write(a.join("manifest.json"), b"{\"run\":2}").unwrap();
        std::fs::write(a.join("t/part-1.parquet"), b"two").unwrap();
        assert_eq!(r.push_output(&a).unwrap(), (2, 0));
        std::fs::remove_file(a.join("t/part-0.parquet")).unwrap();
        assert_eq!(r.push_output(&a).unwrap(), (1, 1));
        // Another machine's mirror downloads it, once.
        let b = dir.join("b");
        assert!(r.pull_output(&b).unwrap());
        assert_eq!(std::fs::read(b.join("t/part-1.parquet")).unwrap(), b"two");
        assert!(!b.join("t/part-0.parquet").exists());
        assert!(!r.pull_output(&b).unwrap(), "the mirror is current");
        // As input: new objects fetched, unchanged ones not, deleted ones removed.
        let c = dir.join("c");
        assert_eq!(r.pull_input(&c).unwrap(), 2);
        assert_eq!(r.pull_input(&c).unwrap(), 0);
        r.delete("t/part-1.parquet").unwrap();
        assert_eq!(r.pull_input(&c).unwrap(), 0);
        assert!(!c.join("t/part-1.parquet").exists() && c.join("manifest.json").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
