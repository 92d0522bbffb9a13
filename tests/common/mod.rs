//! Helpers shared by the end-to-end tests: temporary folders, the binary, and reading
//! Parquet tables back.
#![allow(dead_code)]

use arrow::array::{Array, Float64Array, Int64Array, StringArray};
use arrow::record_batch::RecordBatch;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh temporary folder, unique to this test process.
pub fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("interdict-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_interdict"))
}

/// A table as one record batch: `OUT/<table>.parquet`, or every file of the folder
/// `OUT/<table>/` (Hive partitions) in path order.
pub fn read(out: &Path, table: &str) -> RecordBatch {
    let single = out.join(format!("{table}.parquet"));
    let dir = out.join(table);
    let files: Vec<PathBuf> = if single.exists() {
        assert!(!dir.exists(), "{table} is both a file and a folder");
        vec![single]
    } else {
        parquet_files(&dir).into_iter().map(|(p, _)| dir.join(p)).collect()
    };
    assert!(!files.is_empty(), "no files for table {table} in {}", out.display());
    let mut schema = None;
    let mut batches = Vec::new();
    for p in files {
        let f = std::fs::File::open(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let builder = ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
        schema.get_or_insert_with(|| builder.schema().clone());
        batches.extend(builder.build().unwrap().map(|b| b.unwrap()));
    }
    arrow::compute::concat_batches(&schema.unwrap(), &batches).unwrap()
}

/// Every Parquet file under `dir` (state and staging folders aside): (relative path, bytes),
/// sorted by path.
pub fn parquet_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if p.is_dir() {
                if !name.starts_with('_') && !name.starts_with('.') {
                    walk(root, &p, out);
                }
            } else if name.ends_with(".parquet") {
                out.push((p.strip_prefix(root).unwrap().to_string_lossy().to_string(), std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}

/// Two output folders hold the same Parquet files, byte for byte.
pub fn assert_same_tables(a: &Path, b: &Path) {
    let (fa, fb) = (parquet_files(a), parquet_files(b));
    assert_eq!(fa.iter().map(|f| &f.0).collect::<Vec<_>>(), fb.iter().map(|f| &f.0).collect::<Vec<_>>());
    let differ: Vec<&String> = fa.iter().zip(&fb).filter(|(x, y)| x.1 != y.1).map(|(x, _)| &x.0).collect();
    assert!(differ.is_empty(), "tables differ: {differ:?}");
}

pub fn strs(b: &RecordBatch, col: &str) -> Vec<Option<String>> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_any().downcast_ref::<StringArray>().unwrap().clone();
    (0..a.len()).map(|i| (!a.is_null(i)).then(|| a.value(i).to_string())).collect()
}

pub fn f64s(b: &RecordBatch, col: &str) -> Vec<Option<f64>> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_any().downcast_ref::<Float64Array>().unwrap().clone();
    (0..a.len()).map(|i| (!a.is_null(i)).then(|| a.value(i))).collect()
}

pub fn i64s(b: &RecordBatch, col: &str) -> Vec<Option<i64>> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_any().downcast_ref::<Int64Array>().unwrap().clone();
    (0..a.len()).map(|i| (!a.is_null(i)).then(|| a.value(i))).collect()
}
