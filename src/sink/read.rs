//! Reading a published table back (`interdict check`): every Parquet file of
//! `OUT/<table>.parquet` or `OUT/<table>/` (Hive partitions), in path order, as one table.

use super::parquet::SinkError;
use super::table::{ColumnData, Table};
use arrow::array::{Array, AsArray};
use arrow::datatypes::{DataType, Date32Type, Float64Type, Int32Type, Int64Type, TimeUnit, TimestampMicrosecondType};
use chrono::{DateTime, NaiveDate};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ProjectionMask;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The files of a table, sorted; empty when the output has no such table.
pub fn table_files(out: &Path, name: &str) -> Vec<PathBuf> {
    let single = out.join(format!("{name}.parquet"));
    if single.is_file() {
        return vec![single];
    }
    let mut files = Vec::new();
    // Hive partitions are one level deep; a second level is read too, never more.
    let mut dirs = vec![(out.join(name), 0)];
    while let Some((d, depth)) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(['.', '_']));
            if hidden {
                continue;
            }
            if p.is_dir() && depth < 2 {
                dirs.push((p, depth + 1));
            } else if p.extension().is_some_and(|x| x == "parquet") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

fn decode(path: &Path, message: impl std::fmt::Display) -> SinkError {
    SinkError::Layout { path: path.display().to_string(), message: message.to_string() }
}

/// One column of a batch in interdict's types (UTF-8, INT64, DOUBLE, BOOLEAN, DATE,
/// TIMESTAMP, LIST<UTF-8>); None for a type interdict never writes.
fn column(a: &dyn Array) -> Option<ColumnData> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    let opt = |i: usize| a.is_valid(i);
    Some(match a.data_type() {
        DataType::Utf8 => ColumnData::Str(a.as_string::<i32>().iter().map(|v| v.map(str::to_string)).collect()),
        DataType::LargeUtf8 => ColumnData::Str(a.as_string::<i64>().iter().map(|v| v.map(str::to_string)).collect()),
        DataType::Utf8View => ColumnData::Str(a.as_string_view().iter().map(|v| v.map(str::to_string)).collect()),
        DataType::Int64 => ColumnData::I64(a.as_primitive::<Int64Type>().iter().collect()),
        DataType::Int32 => ColumnData::I64(a.as_primitive::<Int32Type>().iter().map(|v| v.map(i64::from)).collect()),
        DataType::Float64 => ColumnData::F64(a.as_primitive::<Float64Type>().iter().collect()),
        DataType::Boolean => ColumnData::Bool(a.as_boolean().iter().collect()),
        DataType::Date32 => ColumnData::Date(a.as_primitive::<Date32Type>().iter().map(|v| v.and_then(|d| epoch.checked_add_signed(chrono::Duration::days(d.into())))).collect()),
        DataType::Timestamp(TimeUnit::Microsecond, _) => ColumnData::Timestamp(a.as_primitive::<TimestampMicrosecondType>().iter().map(|v| v.and_then(DateTime::from_timestamp_micros)).collect()),
        DataType::List(f) if matches!(f.data_type(), DataType::Utf8) => {
            let l = a.as_list::<i32>();
            ColumnData::ListStr((0..l.len()).map(|i| if opt(i) { l.value(i).as_string::<i32>().iter().flatten().map(str::to_string).collect() } else { Vec::new() }).collect())
        }
        _ => return None,
    })
}

/// A published table as one table; None when the output has no such table. `columns`
/// reads only those (the ones a check needs; `evidence` is most of a file's bytes); a set
/// that names none of the table's columns reads its first, which still gives the rows.
pub fn read_table(out: &Path, name: &str, columns: Option<&BTreeSet<String>>) -> Result<Option<Table>, SinkError> {
    let files = table_files(out, name);
    if files.is_empty() {
        return Ok(None);
    }
    let mut parts = Vec::new();
    for path in &files {
        let f = std::fs::File::open(path).map_err(|source| SinkError::Io { path: path.display().to_string(), source })?;
        let mut builder = ParquetRecordBatchReaderBuilder::try_new(f).map_err(|e| decode(path, e))?;
        if let Some(wanted) = columns {
            let mut roots: Vec<usize> = builder.schema().fields().iter().enumerate().filter(|(_, f)| wanted.contains(f.name())).map(|(i, _)| i).collect();
            if roots.is_empty() {
                roots.push(0);
            }
            let mask = ProjectionMask::roots(builder.parquet_schema(), roots);
            builder = builder.with_projection(mask);
        }
        // A file of no rows still gives the table its columns.
        let empty = arrow::record_batch::RecordBatch::new_empty(builder.schema().clone());
        let reader = builder.build().map_err(|e| decode(path, e))?;
        let before = parts.len();
        for batch in reader.chain(parts.is_empty().then_some(Ok(empty))) {
            let batch = batch.map_err(|e| decode(path, e))?;
            let mut t = Table::new(name);
            for (field, a) in batch.schema().fields().iter().zip(batch.columns()) {
                let data = column(a.as_ref()).ok_or_else(|| decode(path, format!("column `{}` has a type interdict does not write ({})", field.name(), field.data_type())))?;
                t.columns.push((field.name().clone(), data));
            }
            if t.num_rows() > 0 || parts.len() == before {
                parts.push(t);
            }
        }
    }
    if parts.is_empty() {
        return Ok(None);
    }
    let refs: Vec<&Table> = parts.iter().collect();
    Table::concat(name, &refs).map(Some).ok_or_else(|| decode(&out.join(name), "its files do not share one schema"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_table_reads_back_the_same() {
        let dir = std::env::temp_dir().join(format!("interdict-read-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("t/month=2025-01")).unwrap();
        std::fs::create_dir_all(dir.join("t/month=2025-02")).unwrap();
        let d = NaiveDate::from_ymd_opt(2025, 1, 2);
        let a = Table::new("t")
            .col("s", ColumnData::Str(vec![Some("a".into()), None]))
            .col("i", ColumnData::I64(vec![Some(1), None]))
            .col("f", ColumnData::F64(vec![Some(1.5), None]))
            .col("b", ColumnData::Bool(vec![Some(true), None]))
            .col("d", ColumnData::Date(vec![d, None]))
            .col("ts", ColumnData::Timestamp(vec![DateTime::from_timestamp_micros(1_700_000_000_000_000), None]))
            .col("l", ColumnData::ListStr(vec![vec!["IRQ".into(), "UNODC".into()], vec![]]));
        let mut b = a.clone();
        b.columns[0].1 = ColumnData::Str(vec![Some("c".into()), Some("d".into())]);
        super::super::parquet::write(&a, &dir.join("t/month=2025-01/part-0.parquet"), parquet::basic::Compression::SNAPPY).unwrap();
        super::super::parquet::write(&b, &dir.join("t/month=2025-02/part-0.parquet"), parquet::basic::Compression::SNAPPY).unwrap();
        let t = read_table(&dir, "t", None).unwrap().unwrap();
        let both = Table::concat("t", &[&a, &b]).unwrap();
        assert_eq!(t, both);
        let only: BTreeSet<String> = ["l".to_string(), "i".into()].into();
        let t = read_table(&dir, "t", Some(&only)).unwrap().unwrap();
        assert_eq!(t.columns, both.columns.iter().filter(|c| only.contains(&c.0)).cloned().collect::<Vec<_>>());
        let t = read_table(&dir, "t", Some(&BTreeSet::new())).unwrap().unwrap();
        assert_eq!((t.columns.len(), t.num_rows()), (1, 4));
        assert!(read_table(&dir, "nothing", None).unwrap().is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
