//! An output table in memory: named, typed columns that map onto the contract's
//! Parquet types (UTF-8, INT64, DOUBLE, DATE, BOOLEAN, LIST<UTF-8>, TIMESTAMP(us, UTC)).

use chrono::{DateTime, NaiveDate, Utc};

#[derive(Debug, Clone, PartialEq)]
pub enum ColumnData {
    Str(Vec<Option<String>>),
    I64(Vec<Option<i64>>),
    F64(Vec<Option<f64>>),
    Bool(Vec<Option<bool>>),
    Date(Vec<Option<NaiveDate>>),
    Timestamp(Vec<Option<DateTime<Utc>>>),
    ListStr(Vec<Vec<String>>),
}

impl ColumnData {
    pub fn len(&self) -> usize {
        match self {
            ColumnData::Str(v) => v.len(),
            ColumnData::I64(v) => v.len(),
            ColumnData::F64(v) => v.len(),
            ColumnData::Bool(v) => v.len(),
            ColumnData::Date(v) => v.len(),
            ColumnData::Timestamp(v) => v.len(),
            ColumnData::ListStr(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<(String, ColumnData)>,
}

impl Table {
    pub fn new(name: &str) -> Self {
        Table { name: name.to_string(), columns: Vec::new() }
    }
    pub fn col(mut self, name: &str, data: ColumnData) -> Self {
        self.columns.push((name.to_string(), data));
        self
    }
    pub fn num_rows(&self) -> usize {
        self.columns.first().map(|c| c.1.len()).unwrap_or(0)
    }
    pub fn column(&self, name: &str) -> Option<&ColumnData> {
        self.columns.iter().find(|c| c.0 == name).map(|c| &c.1)
    }

    /// A digest of the names, types and values: equal digests, equal files.
    pub fn digest(&self) -> [u8; 16] {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        let mut put = |tag: u8, bytes: &[u8]| {
            h.update([tag]);
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        put(0, self.name.as_bytes());
        for (name, data) in &self.columns {
            put(1, name.as_bytes());
            match data {
                ColumnData::Str(v) => v.iter().for_each(|x| match x {
                    Some(s) => put(2, s.as_bytes()),
                    None => put(3, &[]),
                }),
                ColumnData::I64(v) => v.iter().for_each(|x| match x {
                    Some(n) => put(4, &n.to_le_bytes()),
                    None => put(3, &[]),
                }),
                ColumnData::F64(v) => v.iter().for_each(|x| match x {
                    Some(f) => put(5, &f.to_bits().to_le_bytes()),
                    None => put(3, &[]),
                }),
                ColumnData::Bool(v) => v.iter().for_each(|x| put(6, &[x.map(|b| b as u8 + 1).unwrap_or(0)])),
                ColumnData::Date(v) => v.iter().for_each(|x| match x {
                    Some(d) => put(7, d.to_string().as_bytes()),
                    None => put(3, &[]),
                }),
                ColumnData::Timestamp(v) => v.iter().for_each(|x| match x {
                    Some(t) => put(8, &t.timestamp_micros().to_le_bytes()),
                    None => put(3, &[]),
                }),
                ColumnData::ListStr(v) => v.iter().for_each(|x| {
                    put(9, &(x.len() as u64).to_le_bytes());
                    x.iter().for_each(|s| put(2, s.as_bytes()));
                }),
            }
        }
        let out = h.finalize();
        let mut d = [0u8; 16];
        d.copy_from_slice(&out[..16]);
        d
    }

    /// The rows of several tables with the same columns, one after the other.
    pub fn concat(name: &str, parts: &[&Table]) -> Option<Table> {
        let first = parts.first()?;
        let mut t = Table { name: name.to_string(), columns: first.columns.clone() };
        for p in &parts[1..] {
            for ((n, a), (m, b)) in t.columns.iter_mut().zip(&p.columns) {
                if n != m {
                    return None;
                }
                match (a, b) {
                    (ColumnData::Str(a), ColumnData::Str(b)) => a.extend(b.iter().cloned()),
                    (ColumnData::I64(a), ColumnData::I64(b)) => a.extend(b.iter().cloned()),
                    (ColumnData::F64(a), ColumnData::F64(b)) => a.extend(b.iter().cloned()),
                    (ColumnData::Bool(a), ColumnData::Bool(b)) => a.extend(b.iter().cloned()),
                    (ColumnData::Date(a), ColumnData::Date(b)) => a.extend(b.iter().cloned()),
                    (ColumnData::Timestamp(a), ColumnData::Timestamp(b)) => a.extend(b.iter().cloned()),
                    (ColumnData::ListStr(a), ColumnData::ListStr(b)) => a.extend(b.iter().cloned()),
                    _ => return None,
                }
            }
        }
        Some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_tells_tables_apart_and_concat_appends_rows() {
        let a = Table::new("t").col("x", ColumnData::Str(vec![Some("a".into()), None])).col("n", ColumnData::I64(vec![Some(1), None]));
        let b = Table::new("t").col("x", ColumnData::Str(vec![None, Some("a".into())])).col("n", ColumnData::I64(vec![Some(1), None]));
        assert_eq!(a.digest(), a.clone().digest());
        assert_ne!(a.digest(), b.digest());
        // A null and an empty string differ.
        let c = Table::new("t").col("x", ColumnData::Str(vec![Some(String::new()), None])).col("n", ColumnData::I64(vec![Some(1), None]));
        assert_ne!(a.digest(), c.digest());
        let ab = Table::concat("t", &[&a, &b]).unwrap();
        assert_eq!(ab.num_rows(), 4);
        assert_eq!(ab.column("n"), Some(&ColumnData::I64(vec![Some(1), None, Some(1), None])));
    }
}
