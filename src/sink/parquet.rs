//! Parquet files for BI tools: signed ints, DATE, TIMESTAMP(us, UTC), plain UTF-8
//! strings (no string_view in the embedded Arrow schema), snappy-compressed, written
//! with arrow-rs so that the schema is exactly the contract's.

use super::table::{ColumnData, Table};
use arrow::array::{Array, ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, ListBuilder, StringArray, StringBuilder, TimestampMicrosecondArray};
use arrow::datatypes::{DataType, Field, Schema, TimeUnit};
use arrow::record_batch::RecordBatch;
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use crate::dictionary::Descriptions;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error("cannot write {path}")]
    Io { path: String, source: std::io::Error },
    #[error("cannot encode table {table}: {message}")]
    Encode { table: String, message: String },
    #[error("output folder {path} is being written by {holder}; try again when it has finished (or pass --lock-timeout SECONDS to wait)")]
    Locked { path: String, holder: String },
    #[error("output folder {path}: {message}")]
    Layout { path: String, message: String },
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()
}

fn to_arrow(data: &ColumnData) -> (DataType, ArrayRef) {
    match data {
        ColumnData::Str(v) => (DataType::Utf8, Arc::new(StringArray::from(v.clone()))),
        ColumnData::I64(v) => (DataType::Int64, Arc::new(Int64Array::from(v.clone()))),
        ColumnData::F64(v) => (DataType::Float64, Arc::new(Float64Array::from(v.clone()))),
        ColumnData::Bool(v) => (DataType::Boolean, Arc::new(BooleanArray::from(v.clone()))),
        ColumnData::Date(v) => (
            DataType::Date32,
            Arc::new(Date32Array::from(v.iter().map(|d| d.map(|d| (d - epoch()).num_days() as i32)).collect::<Vec<_>>())),
        ),
        ColumnData::Timestamp(v) => (
            DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
            Arc::new(TimestampMicrosecondArray::from(v.iter().map(|t| t.map(|t| t.timestamp_micros())).collect::<Vec<_>>()).with_timezone("UTC")),
        ),
        ColumnData::ListStr(v) => {
            let mut b = ListBuilder::new(StringBuilder::new()).with_field(Field::new("item", DataType::Utf8, true));
            for row in v {
                for s in row {
                    b.values().append_value(s);
                }
                b.append(true);
            }
            let arr = b.finish();
            (arr.data_type().clone(), Arc::new(arr))
        }
    }
}

/// The key of a field's (and the schema's) description in the Arrow schema's metadata,
/// which readers show (pyarrow: `schema.field("drug").metadata`).
pub const DESCRIPTION: &str = "description";

/// The table as an Arrow batch; the descriptions of the data dictionary go into the
/// fields' and the schema's metadata.
pub fn record_batch(t: &Table, docs: &Descriptions) -> Result<RecordBatch, SinkError> {
    let described = docs.of(&t.name);
    let mut fields = Vec::new();
    let mut arrays = Vec::new();
    for (name, data) in &t.columns {
        let (dt, arr) = to_arrow(data);
        let mut field = Field::new(name, dt, true);
        if let Some(m) = described.and_then(|(_, cols)| cols.get(name)) {
            field = field.with_metadata(HashMap::from([(DESCRIPTION.to_string(), m.clone())]));
        }
        fields.push(field);
        arrays.push(arr);
    }
    let mut schema = Schema::new(fields);
    if let Some(about) = described.and_then(|(a, _)| a) {
        schema = schema.with_metadata(HashMap::from([(DESCRIPTION.to_string(), about.to_string())]));
    }
    RecordBatch::try_new(Arc::new(schema), arrays).map_err(|e| SinkError::Encode { table: t.name.clone(), message: e.to_string() })
}

/// Write a table to `path` as one Parquet file, with no descriptions.
pub fn write(t: &Table, path: &Path, compression: Compression) -> Result<(), SinkError> {
    write_described(t, path, compression, &Descriptions::default())
}

/// Write a table to `path` as one Parquet file, its columns described by `docs`.
pub fn write_described(t: &Table, path: &Path, compression: Compression, docs: &Descriptions) -> Result<(), SinkError> {
    let batch = record_batch(t, docs)?;
    let file = std::fs::File::create(path).map_err(|source| SinkError::Io { path: path.display().to_string(), source })?;
    let props = WriterProperties::builder().set_compression(compression).set_created_by(format!("interdict {}", env!("CARGO_PKG_VERSION"))).build();
    let mut w = ArrowWriter::try_new(&file, batch.schema(), Some(props)).map_err(|e| SinkError::Encode { table: t.name.clone(), message: e.to_string() })?;
    w.write(&batch).map_err(|e| SinkError::Encode { table: t.name.clone(), message: e.to_string() })?;
    w.close().map_err(|e| SinkError::Encode { table: t.name.clone(), message: e.to_string() })?;
    file.sync_all().map_err(|source| SinkError::Io { path: path.display().to_string(), source })
}
