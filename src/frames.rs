//! Output tables and polars frames, both ways: interdict keeps its tables as typed
//! columns (`sink::Table`) so that the Parquet schema is exactly the contract's; polars
//! does the aggregates and the user's SQL.

use crate::sink::{ColumnData, Table};
use chrono::NaiveDate;
use polars::prelude::*;

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()
}

/// A table as a polars frame (dates as Date, lists as List(String)).
pub fn to_frame(t: &Table) -> PolarsResult<DataFrame> {
    let mut cols: Vec<Column> = Vec::new();
    for (name, data) in &t.columns {
        let n: PlSmallStr = name.as_str().into();
        let s = match data {
            ColumnData::Str(v) => Series::new(n, v.clone()),
            ColumnData::I64(v) => Series::new(n, v.clone()),
            ColumnData::F64(v) => Series::new(n, v.clone()),
            ColumnData::Bool(v) => Series::new(n, v.clone()),
            ColumnData::Date(v) => Series::new(n, v.iter().map(|d| d.map(|d| (d - epoch()).num_days() as i32)).collect::<Vec<_>>()).cast(&DataType::Date)?,
            ColumnData::Timestamp(v) => Series::new(n, v.iter().map(|d| d.map(|d| d.timestamp_micros())).collect::<Vec<_>>()),
            ColumnData::ListStr(v) => {
                let l: ListChunked = v.iter().map(|row| Some(Series::new(PlSmallStr::EMPTY, row.clone()))).collect();
                let mut s = l.into_series();
                s.rename(n);
                if v.is_empty() {
                    s = s.cast(&DataType::List(Box::new(DataType::String)))?;
                }
                s
            }
        };
        cols.push(s.into());
    }
    DataFrame::new(t.num_rows(), cols)
}

/// A polars frame as an output table: strings, Int64, Float64, booleans, dates and lists
/// of strings; other types are written as their string form.
pub fn to_table(name: &str, df: &DataFrame, rename: &[(&str, &str)], drop: &[&str]) -> PolarsResult<Table> {
    let mut t = Table::new(name);
    for c in df.columns() {
        let n = c.name().as_str();
        if drop.contains(&n) {
            continue;
        }
        let out_name = rename.iter().find(|r| r.0 == n).map(|r| r.1).unwrap_or(n);
        let data = match c.dtype() {
            DataType::String => ColumnData::Str(c.str()?.iter().map(|v| v.map(str::to_string)).collect()),
            DataType::Float64 | DataType::Float32 => ColumnData::F64(c.cast(&DataType::Float64)?.f64()?.iter().collect()),
            DataType::Boolean => ColumnData::Bool(c.bool()?.iter().collect()),
            DataType::Date => ColumnData::Date(
                c.cast(&DataType::Int32)?.i32()?.iter().map(|d| d.map(|d| epoch() + chrono::Duration::days(d as i64))).collect(),
            ),
            DataType::List(inner) if **inner == DataType::String => {
                let l = c.list()?;
                ColumnData::ListStr(
                    (0..l.len())
                        .map(|i| l.get_as_series(i).map(|s| s.str().map(|x| x.iter().map(|v| v.unwrap_or("").to_string()).collect()).unwrap_or_default()).unwrap_or_default())
                        .collect(),
                )
            }
            d if d.is_integer() => ColumnData::I64(c.cast(&DataType::Int64)?.i64()?.iter().collect()),
            _ => ColumnData::Str(c.cast(&DataType::String)?.str()?.iter().map(|v| v.map(str::to_string)).collect()),
        };
        t = t.col(out_name, data);
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let t = Table::new("x")
            .col("s", ColumnData::Str(vec![Some("a".into()), None]))
            .col("i", ColumnData::I64(vec![Some(1), None]))
            .col("d", ColumnData::Date(vec![NaiveDate::from_ymd_opt(2025, 3, 1), None]))
            .col("l", ColumnData::ListStr(vec![vec!["IRQ".into(), "IRN".into()], vec![]]));
        let df = to_frame(&t).unwrap();
        assert_eq!(to_table("x", &df, &[], &[]).unwrap(), t);
    }
}
