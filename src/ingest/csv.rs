//! CSV (and tab- or semicolon-separated) exports: a header row, then one document per
//! row (`path#N`, N counting data rows from 1). A row becomes a record read like a JSON
//! record, its columns named by the header, so the field rules live in one place
//! (`json::record`). Quoted fields may hold commas and line breaks.

use super::json::record;
use super::{html::Limits, ReadError, Reject};
use crate::model::RawDoc;
use serde_json::{Map, Value};

/// The separator of a file: the most frequent of comma, tab and semicolon in its first
/// line (outside quotes).
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            '\t' if !quoted => counts[1] += 1,
            ';' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    [b',', b'\t', b';'][best]
}

/// The documents of a CSV file.
pub fn read(text: &str, rel: &str, limits: &Limits) -> Vec<Result<RawDoc, Reject>> {
    let reject = |source: &str, e: ReadError| Err(Reject::new(source, &e));
    let mut reader = ::csv::ReaderBuilder::new().delimiter(delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(e) => return vec![reject(rel, ReadError::CsvHeader(e.to_string()))],
    };
    if header.len() < 2 {
        return vec![reject(rel, ReadError::CsvColumns)];
    }
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let source = format!("{rel}#{}", i + 1);
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                out.push(reject(&source, ReadError::CsvRow(e.to_string())));
                continue;
            }
        };
        let rec: Map<String, Value> = header
            .iter()
            .zip(row.iter())
            .filter(|(k, v)| !k.is_empty() && !v.trim().is_empty())
            .map(|(k, v)| (k.clone(), Value::String(v.to_string())))
            .collect();
        out.push(record(&Value::Object(rec), source, limits).map(|mut d| {
            d.format = "csv".into();
            d
        }));
    }
    if out.is_empty() {
        return vec![reject(rel, ReadError::CsvNoRows)];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_documents() {
        let text = "story_id,headline,newspaper,published_on,story_text\nA-1,\"5 kg of heroin, two held\",Valley Times,16-04-2025,\"Police seized 5 kg of heroin on Tuesday.\n\nTwo men were arrested, police said.\"\nA-2,Raid,Hill Post,2025-04-17,Police arrested 12 people in raids across the district on Wednesday night.\n";
        let docs: Vec<RawDoc> = read(text, "x.csv", &Default::default()).into_iter().map(Result::unwrap).collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].source, "x.csv#1");
        assert_eq!(docs[0].title.as_deref(), Some("5 kg of heroin, two held"));
        assert_eq!(docs[0].outlet.as_deref(), Some("Valley Times"));
        assert_eq!(docs[0].published, chrono::NaiveDate::from_ymd_opt(2025, 4, 16));
        assert!(docs[0].text.contains("Two men were arrested"), "a quoted field keeps its line breaks");
        assert_eq!(docs[1].source, "x.csv#2");
    }

    #[test]
    fn tabs_and_semicolons() {
        assert_eq!(delimiter("title\tbody\n"), b'\t');
        assert_eq!(delimiter("title;body;\"a,b\"\n"), b';');
        let docs = read("title;text\nA;Police seized 3 kg of cocaine at the airport on Monday, customs said.\n", "s.csv", &Default::default());
        assert!(docs[0].as_ref().unwrap().text.starts_with("Police seized 3 kg"));
    }

    #[test]
    fn bad_rows_are_rejected_one_by_one() {
        let docs = read("title,text\nA,\nB,Police seized 3 kg of cocaine at the airport on Monday.\n", "b.csv", &Default::default());
        assert_eq!(docs.len(), 2);
        assert!(docs[0].is_err(), "a row without text is a reject");
        assert!(docs[1].is_ok());
        assert!(read("onlyone\nx\n", "c.csv", &Default::default())[0].is_err());
    }
}
