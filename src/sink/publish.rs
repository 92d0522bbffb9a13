//! Publishing a run's output all at once, by one writer at a time.
//!
//! The output folder `OUT` is always a complete run's output. A run builds the next one
//! beside it, in `.OUT.interdict/build-RUN/`: the files it wrote, plus hard links to the
//! files of `OUT` it keeps (unchanged partitions, state shards, files of the user's).
//! When that folder is complete (manifest last, every file synced), one
//! `renameat2(RENAME_EXCHANGE)` swaps it with `OUT`: a reader sees the whole previous
//! output or the whole new one, whatever moment the process dies. The previous output
//! is kept as `.OUT.interdict/previous-RUN/` until the next successful run. Where the
//! file system cannot exchange (not Linux, some network file systems), `OUT` is renamed
//! away and the new folder renamed in; a run killed between the two leaves no `OUT`
//! (never a mix), and the next run puts the complete new folder in place first.
//!
//! `.OUT.interdict/lock` is held (`flock`) from before the previous state is read to
//! after the switch, so a second run into the same folder waits or stops; the kernel
//! drops the lock of a killed run, so no stale lock blocks the next.
//!
//! Test hooks for the crash tests: `INTERDICT_FAULT_AFTER_OPS=N` aborts the process
//! right after the N-th file operation of the publish, or, with
//! `INTERDICT_FAULT=enospc`, fails that operation as a full disk would.

use super::SinkError;
use parquet::basic::Compression;
use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SinkError + '_ {
    move |source| SinkError::Io { path: path.display().to_string(), source }
}

/// Count one file operation of the publish; abort (or fail) after the N-th when the
/// fault hook asks for it.
fn op() -> Result<(), SinkError> {
    static LIMIT: std::sync::OnceLock<Option<(u64, bool)>> = std::sync::OnceLock::new();
    static DONE: AtomicU64 = AtomicU64::new(0);
    let hook = LIMIT.get_or_init(|| {
        let n = std::env::var("INTERDICT_FAULT_AFTER_OPS").ok()?.parse().ok()?;
        Some((n, std::env::var("INTERDICT_FAULT").is_ok_and(|v| v == "enospc")))
    });
    if let Some((n, enospc)) = *hook {
        if DONE.fetch_add(1, Ordering::SeqCst) + 1 == n {
            if enospc {
                return Err(SinkError::Io { path: format!("file operation {n} (INTERDICT_FAULT)"), source: std::io::Error::from_raw_os_error(libc::ENOSPC) });
            }
            eprintln!("INTERDICT_FAULT_AFTER_OPS: aborting after file operation {n}");
            std::process::abort();
        }
    }
    Ok(())
}

/// The output folder, locked for this process.
pub struct Output {
    /// The output folder (absolute, a symlink resolved).
    pub dir: PathBuf,
    /// `.NAME.interdict` beside it: lock, builds, the previous output.
    work: PathBuf,
    _lock: File,
}

impl Output {
    /// Lock the output folder for one writer, waiting up to `wait` for another run to
    /// finish, then tidy what a killed run left behind.
    pub fn lock(out: &Path, wait: Duration) -> Result<Output, SinkError> {
        let abs = std::path::absolute(out).map_err(io(out))?;
        let dir = match std::fs::canonicalize(&abs) {
            Ok(real) if real.is_dir() => real,
            Ok(_) => return Err(SinkError::Layout { path: abs.display().to_string(), message: "exists and is not a folder".into() }),
            Err(_) => abs.components().collect(), // not there yet: created by the first run
        };
        let (Some(parent), Some(name)) = (dir.parent(), dir.file_name()) else {
            return Err(SinkError::Layout { path: dir.display().to_string(), message: "the output must be a named folder inside another (its builds go beside it)".into() });
        };
        let work = parent.join(format!(".{}.interdict", name.to_string_lossy()));
        std::fs::create_dir_all(&work).map_err(io(&work))?;
        let lock_path = work.join("lock");
        let mut file = std::fs::OpenOptions::new().create(true).truncate(false).read(true).write(true).open(&lock_path).map_err(io(&lock_path))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => std::thread::sleep(Duration::from_millis(100)),
                Err(std::fs::TryLockError::WouldBlock) => {
                    let holder = std::fs::read_to_string(&lock_path).unwrap_or_default().trim().to_string();
                    return Err(SinkError::Locked { path: dir.display().to_string(), holder: if holder.is_empty() { "another process".into() } else { holder } });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io(&lock_path)(e)),
            }
        }
        {
            use std::io::{Seek, Write};
            let _ = file.set_len(0);
            let _ = file.seek(std::io::SeekFrom::Start(0));
            let _ = writeln!(file, "interdict run (pid {}) since {}", std::process::id(), chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        }
        let out = Output { dir, work, _lock: file };
        out.recover()?;
        Ok(out)
    }

    /// What a killed run left: a complete build whose switch was cut short is put in
    /// place; other builds are removed, as are staging folders of older versions.
    fn recover(&self) -> Result<(), SinkError> {
        let mut builds: Vec<PathBuf> = std::fs::read_dir(&self.work).map_err(io(&self.work))?.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("build-"))).collect();
        builds.sort();
        if !self.dir.exists() {
            if let Some(done) = builds.iter().rev().find(|b| b.join(COMPLETE).exists()) {
                tracing::warn!(build = %done.display(), "the previous run was killed while switching outputs; its complete output is put in place");
                std::fs::rename(done, &self.dir).map_err(io(&self.dir))?;
            }
        }
        for b in builds.iter().filter(|b| b.exists()) {
            tracing::info!(build = %b.display(), "removing what a killed run left");
            std::fs::remove_dir_all(b).map_err(io(b))?;
        }
        if let Ok(rd) = std::fs::read_dir(&self.dir) {
            for e in rd.filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().starts_with(".staging-")) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
        Ok(())
    }

    /// Documents in the current output, by its manifest (None: no output yet).
    pub fn documents(&self) -> Option<usize> {
        let m = read_manifest(&self.dir)?;
        m.get("documents")?.as_u64().map(|n| n as usize)
    }

    /// Tables of the current output (by its manifest) that are not among `tables`.
    pub fn dropped_tables(&self, tables: &BTreeSet<String>) -> Vec<String> {
        let old: BTreeSet<String> = read_manifest(&self.dir).and_then(|m| m.get("rows")?.as_object().map(|o| o.keys().cloned().collect())).unwrap_or_default();
        old.difference(tables).cloned().collect()
    }

    /// Start the next output.
    pub fn stage(&self, run_id: &str) -> Result<Staging<'_>, SinkError> {
        let dir = self.work.join(format!("build-{run_id}"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        Ok(Staging { out: self, dir, files: BTreeSet::new(), deletes: BTreeSet::new(), clears: Vec::new(), descriptions: Default::default() })
    }
}

/// Written into a build once it is complete (a recovery puts only such a build in place).
const COMPLETE: &str = ".interdict-complete";

fn read_manifest(dir: &Path) -> Option<serde_json::Value> {
    serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).ok()?).ok()
}

/// The next output, being built beside the current one.
pub struct Staging<'a> {
    out: &'a Output,
    dir: PathBuf,
    files: BTreeSet<String>,
    deletes: BTreeSet<String>,
    clears: Vec<String>,
    /// What the tables and columns mean, written into each Parquet file.
    descriptions: crate::dictionary::Descriptions,
}

impl Staging<'_> {
    /// Describe the tables written from now on (the data dictionary's meanings).
    pub fn describe(&mut self, d: crate::dictionary::Descriptions) {
        self.descriptions = d;
    }

    fn staged(&self, rel: &str) -> Result<PathBuf, SinkError> {
        let p = self.dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        Ok(p)
    }

    /// Write a table at `rel` (e.g. `seizures/month=2025-03/part-0.parquet`).
    pub fn write_table(&mut self, rel: &str, t: &super::Table, c: Compression) -> Result<(), SinkError> {
        let p = self.staged(rel)?;
        super::parquet::write_described(t, &p, c, &self.descriptions)?;
        op()?;
        self.files.insert(rel.to_string());
        Ok(())
    }

    pub fn write_file(&mut self, rel: &str, bytes: &[u8]) -> Result<(), SinkError> {
        let p = self.staged(rel)?;
        write_synced(&p, bytes)?;
        op()?;
        self.files.insert(rel.to_string());
        Ok(())
    }

    /// Leave out a file of the current output.
    pub fn delete(&mut self, rel: &str) {
        self.deletes.insert(rel.to_string());
    }

    /// Leave out a file or folder of the current output (a full run replaces its tables).
    pub fn clear(&mut self, rel: &str) {
        self.clears.push(rel.trim_end_matches('/').to_string());
    }

    pub fn staged_files(&self) -> usize {
        self.files.len()
    }

    /// Whether a file of the current output goes on into the next one.
    fn keeps(&self, rel: &str, dropped_tables: &BTreeSet<String>) -> bool {
        let top = rel.split('/').next().unwrap_or(rel);
        let table = top.strip_suffix(".parquet").unwrap_or(top);
        !(rel == "manifest.json"
            || rel == COMPLETE
            || top.starts_with(".staging-")
            || self.files.contains(rel)
            || self.deletes.contains(rel)
            || self.clears.iter().any(|c| rel == c || rel.strip_prefix(c.as_str()).is_some_and(|r| r.starts_with('/')))
            || dropped_tables.contains(table))
    }

    /// Complete the next output and make it current in one step. Tables of the current
    /// output named in `dropped` (their stage was removed) are left out. On an error the
    /// build is removed and the current output stays.
    pub fn commit(self, manifest: &[u8], dropped: &[String]) -> Result<(), SinkError> {
        let r = self.complete_and_switch(manifest, dropped);
        if r.is_err() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
        r
    }

    fn complete_and_switch(&self, manifest: &[u8], dropped: &[String]) -> Result<(), SinkError> {
        let cur = &self.out.dir;
        let dropped: BTreeSet<String> = dropped.iter().cloned().collect();
        for t in &dropped {
            tracing::warn!(table = %t, "the configuration no longer makes this table; it is removed from the output");
        }
        // Carry over what is kept, as hard links (files are never changed in place).
        let mut stack = vec![PathBuf::new()];
        while let Some(rel_dir) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(cur.join(&rel_dir)) else { continue };
            let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                let rel_path = rel_dir.join(e.file_name());
                let rel = rel_path.to_string_lossy().replace('\\', "/");
                let Ok(ft) = e.file_type() else { continue };
                if ft.is_dir() {
                    if !rel.starts_with(".staging-") && !self.clears.contains(&rel) && !dropped.contains(&rel) {
                        stack.push(rel_path);
                    }
                } else if self.keeps(&rel, &dropped) {
                    let to = self.staged(&rel)?;
                    if ft.is_symlink() {
                        let target = std::fs::read_link(e.path()).map_err(io(&e.path()))?;
                        std::os::unix::fs::symlink(target, &to).map_err(io(&to))?;
                    } else if ft.is_file() && std::fs::hard_link(e.path(), &to).is_err() {
                        std::fs::copy(e.path(), &to).map_err(io(&to))?;
                    }
                    op()?;
                }
            }
        }
        write_synced(&self.dir.join("manifest.json"), manifest)?;
        op()?;
        write_synced(&self.dir.join(COMPLETE), b"")?;
        sync_dir(&self.dir);
        op()?;
        // The switch: once it is done the new output is current, whatever fails next.
        let previous = self.out.work.join(format!("previous-{}", read_manifest(cur).and_then(|m| m.get("run_id")?.as_str().map(|s| s.replace([':', '.', '/'], ""))).unwrap_or_else(|| "output".into())));
        if previous.exists() {
            std::fs::remove_dir_all(&previous).map_err(io(&previous))?;
        }
        self.switch(cur, &previous)?;
        // Tidying up after the switch is best effort (a fault here is only logged).
        sync_dir(&self.out.work);
        let _ = std::fs::remove_file(cur.join(COMPLETE));
        if let Ok(rd) = std::fs::read_dir(&self.out.work) {
            for e in rd.filter_map(|e| e.ok()) {
                let n = e.file_name().to_string_lossy().to_string();
                // Keep one previous output: the one just replaced.
                if n.starts_with("previous-") && e.path() != previous {
                    if let Err(err) = std::fs::remove_dir_all(e.path()).map_err(io(&e.path())).and_then(|_| op()) {
                        tracing::warn!(error = %crate::error_chain(&err), "could not remove an older output");
                    }
                }
            }
        }
        Ok(())
    }

    /// Make the build the output; the replaced output goes to `previous`. An error
    /// leaves the current output in place.
    fn switch(&self, cur: &Path, previous: &Path) -> Result<(), SinkError> {
        let after = |what: &str, r: Result<(), SinkError>| {
            if let Err(e) = r {
                tracing::warn!(error = %crate::error_chain(&e), "{what}");
            }
        };
        if !cur.exists() {
            std::fs::rename(&self.dir, cur).map_err(io(cur))?;
            after("after the switch", op());
            return Ok(());
        }
        let forced_renames = std::env::var_os("INTERDICT_NO_EXCHANGE").is_some();
        match if forced_renames { Err(std::io::Error::from_raw_os_error(libc::ENOSYS)) } else { exchange(&self.dir, cur) } {
            Ok(()) => {
                after("after the switch", op());
                after("could not keep the previous output", std::fs::rename(&self.dir, previous).map_err(io(previous)).and_then(|_| op()));
                Ok(())
            }
            Err(e) if matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP)) => {
                // No atomic exchange here: two renames. A run killed between them leaves
                // no output folder and a complete build, which the next run puts in place.
                tracing::debug!(error = %e, "no atomic exchange on this file system: two renames");
                std::fs::rename(cur, previous).map_err(io(previous))?;
                if let Err(e) = op().and_then(|_| std::fs::rename(&self.dir, cur).map_err(io(cur))) {
                    let _ = std::fs::rename(previous, cur);
                    return Err(e);
                }
                after("after the switch", op());
                Ok(())
            }
            Err(e) => Err(io(cur)(e)),
        }
    }

    /// Drop the build; the current output stays as it was.
    pub fn abort(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn write_synced(p: &Path, bytes: &[u8]) -> Result<(), SinkError> {
    use std::io::Write;
    let mut f = File::create(p).map_err(io(p))?;
    f.write_all(bytes).map_err(io(p))?;
    f.sync_all().map_err(io(p))
}

fn sync_dir(p: &Path) {
    if let Ok(d) = File::open(p) {
        let _ = d.sync_all();
    }
}

/// Swap two paths atomically (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes()).map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))?;
    let cb = CString::new(b.as_os_str().as_bytes()).map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))?;
    // SAFETY: two valid NUL-terminated paths; the syscall reads them only.
    let r = unsafe { libc::syscall(libc::SYS_renameat2, libc::AT_FDCWD, ca.as_ptr(), libc::AT_FDCWD, cb.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from_raw_os_error(libc::ENOSYS))
}
