//! Walking the input folder as an unattended run must: only regular files inside the
//! input root are read. Special files (FIFOs, sockets, devices), broken links, link
//! loops and links whose target leaves the root become rejects with a reason and are
//! never opened. Symlinked folders inside the root are walked once (a folder reached
//! twice, or through a loop, is not walked again). The walk uses an explicit stack, so
//! its depth does not follow the input.

use super::error::ReadError;
use std::collections::BTreeSet;
use std::fs::FileType;
use std::path::{Path, PathBuf};

/// One entry of the input folder.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A regular file to read: where to open it (a symlink's resolved target) and its
    /// path relative to the root, as the link was named.
    File { path: PathBuf, rel: String },
    /// Something that must not be read, with the reason.
    Rejected { rel: String, reason: String },
}

impl Entry {
    pub fn rel(&self) -> &str {
        match self {
            Entry::File { rel, .. } | Entry::Rejected { rel, .. } => rel,
        }
    }
}

fn kind_name(ft: &FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_fifo() {
        "a FIFO (named pipe)"
    } else if ft.is_socket() {
        "a socket"
    } else if ft.is_block_device() {
        "a block device"
    } else if ft.is_char_device() {
        "a character device"
    } else {
        "not a regular file"
    }
}

fn rel_of(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

fn hidden(rel: &Path) -> bool {
    rel.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}

/// Every entry under `root`, sorted by relative path. Errors only when the root itself
/// cannot be listed.
pub fn walk(root: &Path) -> std::io::Result<Vec<Entry>> {
    let canon_root = std::fs::canonicalize(root)?;
    if !canon_root.is_dir() {
        return Err(std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder"));
    }
    let mut out = Vec::new();
    let mut visited: BTreeSet<PathBuf> = BTreeSet::new();
    visited.insert(canon_root.clone());
    // (the folder to list, where it stands under the root as named)
    let mut stack: Vec<(PathBuf, PathBuf)> = vec![(root.to_path_buf(), PathBuf::new())];
    while let Some((dir, named)) = stack.pop() {
        let listing = match std::fs::read_dir(&dir) {
            Ok(l) => l,
            Err(e) if named.as_os_str().is_empty() => return Err(e),
            Err(e) => {
                out.push(Entry::Rejected { rel: named.to_string_lossy().into_owned(), reason: format!("cannot list this folder: {e}") });
                continue;
            }
        };
        for entry in listing {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    out.push(Entry::Rejected { rel: named.to_string_lossy().into_owned(), reason: format!("cannot list this folder: {e}") });
                    continue;
                }
            };
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let rel_path = named.join(&name);
            let rel = rel_path.to_string_lossy().replace('\\', "/");
            let ft = match entry.file_type() {
                Ok(ft) => ft,
                Err(e) => {
                    out.push(Entry::Rejected { rel, reason: format!("cannot read its file type: {e}") });
                    continue;
                }
            };
            if ft.is_dir() {
                if let Ok(c) = std::fs::canonicalize(&path) {
                    visited.insert(c);
                }
                stack.push((path, rel_path));
            } else if ft.is_file() {
                out.push(Entry::File { path, rel });
            } else if ft.is_symlink() {
                match follow(&canon_root, &path) {
                    Err(e) => out.push(Entry::Rejected { rel, reason: e.to_string() }),
                    Ok((target, tft)) if tft.is_file() => out.push(Entry::File { path: target, rel }),
                    Ok((target, tft)) if tft.is_dir() => {
                        // A folder inside the root that is not hidden is walked under its
                        // own name; others once, whatever number of links lead to them.
                        let target_rel = target.strip_prefix(&canon_root).unwrap_or(&target).to_path_buf();
                        let walked_anyway = !hidden(&target_rel) && !target_rel.as_os_str().is_empty();
                        if walked_anyway || !visited.insert(target.clone()) {
                            tracing::debug!(link = %rel, target = %rel_of(&canon_root, &target), "symlinked folder already walked");
                        } else {
                            stack.push((target, rel_path));
                        }
                    }
                    Ok((_, tft)) => out.push(Entry::Rejected { rel, reason: format!("symlink to {}, not a regular file; not read", kind_name(&tft)) }),
                }
            } else {
                out.push(Entry::Rejected { rel, reason: format!("{}, not a regular file; not read", kind_name(&ft)) });
            }
        }
    }
    out.sort_by(|a, b| a.rel().cmp(b.rel()));
    Ok(out)
}

/// Where a symlink leads, when that is inside the root: its canonical target and type.
fn follow(canon_root: &Path, link: &Path) -> Result<(PathBuf, FileType), ReadError> {
    let target = std::fs::canonicalize(link).map_err(|e| match e.raw_os_error() {
        Some(libc::ELOOP) => ReadError::SymlinkLoop,
        _ if e.kind() == std::io::ErrorKind::NotFound => ReadError::BrokenSymlink,
        _ => ReadError::Resolve(e),
    })?;
    if !target.starts_with(canon_root) {
        return Err(ReadError::OutsideRoot(target.display().to_string()));
    }
    let meta = std::fs::metadata(&target).map_err(ReadError::Target)?;
    Ok((target, meta.file_type()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("interdict-walk-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn links_inside_are_followed_once_and_the_rest_rejected() {
        let base = tmp("links");
        let root = base.join("in");
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        std::fs::write(root.join("a/b/x.txt"), "x").unwrap();
        std::fs::write(root.join(".hidden/h.txt"), "h").unwrap();
        std::fs::write(base.join("secret.txt"), "s").unwrap();
        symlink(root.join("a/b/x.txt"), root.join("to_x.txt")).unwrap();
        symlink(base.join("secret.txt"), root.join("out.txt")).unwrap();
        symlink(root.join("nothing.txt"), root.join("broken.txt")).unwrap();
        symlink(root.join("loop2"), root.join("loop1")).unwrap();
        symlink(root.join("loop1"), root.join("loop2")).unwrap();
        symlink(&root, root.join("a/b/up")).unwrap(); // a folder loop back to the root
        symlink(root.join("a"), root.join("again")).unwrap(); // walked under its own name
        symlink(root.join(".hidden"), root.join("shown")).unwrap();
        symlink(root.join(".hidden"), root.join("shown2")).unwrap();
        let fifo = root.join("pipe.txt");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let got = walk(&root).unwrap();
        let rels: Vec<(&str, bool)> = got.iter().map(|e| (e.rel(), matches!(e, Entry::File { .. }))).collect();
        assert_eq!(
            rels,
            vec![("a/b/x.txt", true), ("broken.txt", false), ("loop1", false), ("loop2", false), ("out.txt", false), ("pipe.txt", false), ("shown/h.txt", true), ("to_x.txt", true)]
        );
        let reason = |r: &str| got.iter().find_map(|e| match e { Entry::Rejected { rel, reason } if rel == r => Some(reason.clone()), _ => None }).unwrap();
        assert!(reason("out.txt").contains("outside the input folder"));
        assert!(reason("loop1").contains("loop"));
        assert!(reason("broken.txt").contains("broken"));
        assert!(reason("pipe.txt").contains("FIFO"));
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn a_link_to_a_device_is_not_read() {
        let root = tmp("dev");
        symlink("/dev/zero", root.join("zero.txt")).unwrap();
        let got = walk(&root).unwrap();
        assert!(matches!(&got[0], Entry::Rejected { reason, .. } if reason.contains("outside")));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
