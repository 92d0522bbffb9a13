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

/// `OUT/<table>.parquet` as one record batch.
pub fn read(out: &Path, table: &str) -> RecordBatch {
    let f = std::fs::File::open(out.join(format!("{table}.parquet"))).unwrap_or_else(|e| panic!("{table}: {e}"));
    let builder = ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
    let schema = builder.schema().clone();
    let batches: Vec<RecordBatch> = builder.build().unwrap().map(|b| b.unwrap()).collect();
    arrow::compute::concat_batches(&schema, &batches).unwrap()
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
