//! The pattern stage: user rules from pipeline.toml that emit rows into a table of their
//! own. A sentence is taken when it holds one of the `keywords` (if any) and matches the
//! `regex` (if any); named captures become columns, parsed by interdict's own parsers
//! when `fields` says so:
//!
//! | parser   | columns                                   |
//! |----------|-------------------------------------------|
//! | text     | `NAME` (as written; the default)          |
//! | number   | `NAME` INT64 when the capture can only match digits and digit  |
//! |          | grouping (`(?P<n>[0-9,]+)`), else DOUBLE                      |
//! | integer  | `NAME` INT64 (a value with a fraction is null)            |
//! | quantity | `NAME_kg` DOUBLE, `NAME_pills` INT64      |
//! | volume   | `NAME_litres` DOUBLE                      |
//! | money    | `NAME_amount` DOUBLE, `NAME_currency`     |
//! | period   | `NAME_start`, `NAME_end` DATE             |
//! | country  | `NAME` (ISO alpha-3)                      |
//! | drug     | `NAME` (canonical drug name)              |
//!
//! Every row also carries `fact_id`, `doc_id`, `sentence_index`, `evidence`, `rule` (the
//! stage name), and the sentence's acting `country` and `period_start`/`period_end` as the
//! built-in rules see them.

use super::{options, typed, DocRows, DocStage, Flow, OptionError, Role, StageKind};
use crate::stages::StageConfig;
use crate::extract::stable_id;
use crate::lexicon::Lexicon;
use crate::model::Doc;
use crate::rules::countries;
use crate::rules::numbers::parse_number_phrase;
use crate::rules::periods::{find_time_exprs, TimeContext};
use crate::rules::quantity::{find_quantities, Measure};
use crate::sink::{ColumnData, Table};
use toml::de::DeValue;
use toml::Spanned;
use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const PARSERS: &[&str] = &["text", "number", "integer", "quantity", "volume", "money", "period", "country", "drug"];

/// Options of a pattern stage, as written in pipeline.toml.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PatternOptions {
    pub table: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub regex: Option<String>,
    /// Parser per named capture.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

/// A compiled pattern stage.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub stage: String,
    pub table: String,
    keywords: Vec<String>,
    regex: Option<Regex>,
    /// Capture name -> parser, in capture order.
    captures: Vec<(String, String)>,
}

/// A cell of a pattern row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Str(Option<String>),
    F64(Option<f64>),
    I64(Option<i64>),
    Date(Option<NaiveDate>),
}

/// One row a pattern emitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PatternRow {
    pub table: String,
    pub cells: Vec<(String, Cell)>,
}

/// Litres per unit of volume.
fn litres_per(unit: &str) -> Option<f64> {
    Some(match unit.to_lowercase().trim_end_matches('.') {
        "l" | "litre" | "litres" | "liter" | "liters" | "ltr" | "ltrs" => 1.0,
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => 0.001,
        "gallon" | "gallons" | "gal" => 3.785411784,
        "barrel" | "barrels" => 158.987294928,
        "cubic metre" | "cubic metres" | "cubic meter" | "cubic meters" | "m3" => 1000.0,
        _ => return None,
    })
}

/// "3,000 litres", "2.5 million liters", "400 gallons" -> litres.
pub fn parse_volume(s: &str) -> Option<f64> {
    let s = s.trim();
    let split = s.rfind(|c: char| c.is_ascii_digit() || c == ' ').map(|i| i + 1)?;
    for cut in (0..=split.min(s.len())).rev() {
        if !s.is_char_boundary(cut) {
            continue;
        }
        let (num, unit) = s.split_at(cut);
        if let (Some(n), Some(f)) = (parse_number_phrase(num.trim()), litres_per(unit.trim())) {
            return Some(n * f);
        }
    }
    None
}

/// A value with no fraction that an INT64 holds.
fn whole_number(x: f64) -> Option<i64> {
    (x.fract() == 0.0 && x.abs() < 9.0e15).then_some(x as i64)
}

/// Whether the named capture of `pattern` can only match digits (any script) and the
/// characters that group them (`,` `'` `’` `_` space), so that whatever it captures is a
/// whole number. Walks the regex's syntax tree with an explicit stack.
fn capture_is_whole_number(pattern: &str, name: &str) -> bool {
    use regex_syntax::hir::{Class, Hir, HirKind};
    let Ok(hir) = regex_syntax::parse(pattern) else { return false };
    // Digits of any script, but no vulgar fractions or number forms (½, ⅓, Ⅻ).
    let digit = |c: char| c.is_numeric() && !matches!(c, '\u{bc}'..='\u{be}' | '\u{2150}'..='\u{218f}');
    let char_ok = |c: char| digit(c) || matches!(c, ',' | '\'' | '’' | '_' | ' ' | '\u{a0}' | '\u{202f}');
    // Find the capture group.
    let mut stack: Vec<&Hir> = vec![&hir];
    let mut group: Option<&Hir> = None;
    while let Some(h) = stack.pop() {
        match h.kind() {
            HirKind::Capture(c) if c.name.as_deref() == Some(name) => {
                group = Some(&c.sub);
                break;
            }
            HirKind::Capture(c) => stack.push(&c.sub),
            HirKind::Repetition(r) => stack.push(&r.sub),
            HirKind::Concat(v) | HirKind::Alternation(v) => stack.extend(v.iter()),
            _ => {}
        }
    }
    let Some(group) = group else { return false };
    let mut stack: Vec<&Hir> = vec![group];
    let mut saw_digit = false;
    while let Some(h) = stack.pop() {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(l) => match std::str::from_utf8(&l.0) {
                Ok(s) if s.chars().all(char_ok) => saw_digit |= s.chars().any(digit),
                _ => return false,
            },
            HirKind::Class(Class::Unicode(c)) => {
                for r in c.iter() {
                    if (r.end() as u32) - (r.start() as u32) > 4096 {
                        return false;
                    }
                    if !(r.start()..=r.end()).all(char_ok) {
                        return false;
                    }
                    saw_digit |= (r.start()..=r.end()).any(digit);
                }
            }
            HirKind::Class(Class::Bytes(c)) => {
                for r in c.iter() {
                    if !(r.start()..=r.end()).all(|b| b.is_ascii() && char_ok(b as char)) {
                        return false;
                    }
                    saw_digit |= (r.start()..=r.end()).any(|b| b.is_ascii_digit());
                }
            }
            HirKind::Capture(c) => stack.push(&c.sub),
            HirKind::Repetition(r) => stack.push(&r.sub),
            HirKind::Concat(v) | HirKind::Alternation(v) => stack.extend(v.iter()),
        }
    }
    saw_digit
}

impl Pattern {
    pub fn compile(stage: &str, o: &PatternOptions) -> Result<Pattern, OptionError> {
        let regex = match &o.regex {
            Some(r) => Some(Regex::new(r).map_err(|e| OptionError::new("regex", format!("invalid regex: {e}")))?),
            None => None,
        };
        if regex.is_none() && o.keywords.is_empty() {
            return Err(OptionError::new("regex", "a pattern needs `regex` or `keywords`"));
        }
        let names: Vec<String> = regex.as_ref().map(|r| r.capture_names().flatten().map(str::to_string).collect()).unwrap_or_default();
        for (f, p) in &o.fields {
            if !PARSERS.contains(&p.as_str()) {
                return Err(OptionError::new("fields", format!("field `{f}`: unknown parser `{p}` (known: {})", PARSERS.join(", "))));
            }
            if !names.contains(f) {
                return Err(OptionError::new("fields", format!("field `{f}` is not a named capture of the regex (captures: {})", names.join(", "))));
            }
        }
        if !valid_table_name(&o.table) {
            return Err(OptionError::new("table", format!("table name `{}` must be letters, digits and _ (starting with a letter)", o.table)));
        }
        let captures = names
            .iter()
            .map(|n| {
                let parser = o.fields.get(n).cloned().unwrap_or_else(|| "text".into());
                // The column type is fixed by the rule, never by the rows a run happens to
                // see, so that every partition and every run has the same schema.
                let whole = parser == "number" && o.regex.as_deref().is_some_and(|r| capture_is_whole_number(r, n));
                (n.clone(), if whole { "integer".to_string() } else { parser })
            })
            .collect();
        Ok(Pattern { stage: stage.to_string(), table: o.table.clone(), keywords: o.keywords.iter().map(|k| k.to_lowercase()).collect(), regex, captures })
    }

    /// The columns of its table, in order, with empty data.
    pub fn empty_table(&self) -> Table {
        let mut t = Table::new(&self.table);
        for (name, kind) in self.columns() {
            t = t.col(&name, empty(kind));
        }
        t
    }

    fn columns(&self) -> Vec<(String, &'static str)> {
        let mut cols: Vec<(String, &'static str)> = vec![
            ("fact_id".into(), "str"),
            ("doc_id".into(), "str"),
            ("sentence_index".into(), "i64"),
            ("evidence".into(), "str"),
            ("rule".into(), "str"),
            ("country".into(), "str"),
            ("period_start".into(), "date"),
            ("period_end".into(), "date"),
        ];
        for (name, parser) in &self.captures {
            match parser.as_str() {
                "number" => cols.push((name.clone(), "f64")),
                "integer" => cols.push((name.clone(), "i64")),
                "quantity" => {
                    cols.push((format!("{name}_kg"), "f64"));
                    cols.push((format!("{name}_pills"), "i64"));
                }
                "volume" => cols.push((format!("{name}_litres"), "f64")),
                "money" => {
                    cols.push((format!("{name}_amount"), "f64"));
                    cols.push((format!("{name}_currency"), "str"));
                }
                "period" => {
                    cols.push((format!("{name}_start"), "date"));
                    cols.push((format!("{name}_end"), "date"));
                }
                _ => cols.push((name.clone(), "str")),
            }
        }
        cols
    }

    /// Rows for one document.
    pub fn apply(&self, doc: &Doc, lx: &Lexicon) -> Vec<PatternRow> {
        let mut out = Vec::new();
        let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        let people = countries::people_of(&texts, lx);
        let focus = countries::document_focus(doc.title.as_deref(), &texts, lx);
        let mut tctx = TimeContext::new(doc.reference_date);
        for (i, s) in doc.sentences.iter().enumerate() {
            let text = s.text.as_str();
            let times = find_time_exprs(text, &tctx);
            tctx.update(&times);
            let lower = text.to_lowercase();
            if !self.keywords.is_empty() && !self.keywords.iter().any(|k| lower.contains(k)) {
                continue;
            }
            let matches: Vec<(usize, BTreeMap<String, String>)> = match &self.regex {
                Some(re) => re
                    .captures_iter(text)
                    .map(|c| {
                        let caps = self.captures.iter().filter_map(|(n, _)| c.name(n).map(|m| (n.clone(), m.as_str().to_string()))).collect();
                        (c.get(0).unwrap().start(), caps)
                    })
                    .collect(),
                None => vec![(0, BTreeMap::new())],
            };
            let cues = countries::find_cues(text, lx, &people);
            for (pos, caps) in matches {
                let country = countries::acting_state(&cues, pos).map(|c| c.iso3.clone()).or_else(|| focus.first().cloned());
                let period = times.iter().filter_map(|t| t.period).next();
                let mut cells: Vec<(String, Cell)> = vec![
                    ("fact_id".into(), Cell::Str(Some(stable_id(&[&doc.doc_id, &self.stage, &i.to_string(), &pos.to_string()])))),
                    ("doc_id".into(), Cell::Str(Some(doc.doc_id.clone()))),
                    ("sentence_index".into(), Cell::I64(Some(i as i64))),
                    ("evidence".into(), Cell::Str(Some(text.to_string()))),
                    ("rule".into(), Cell::Str(Some(self.stage.clone()))),
                    ("country".into(), Cell::Str(country)),
                    ("period_start".into(), Cell::Date(period.map(|p| p.start))),
                    ("period_end".into(), Cell::Date(period.map(|p| p.end))),
                ];
                for (name, parser) in &self.captures {
                    let v = caps.get(name);
                    match parser.as_str() {
                        "number" => cells.push((name.clone(), Cell::F64(v.and_then(|x| parse_number_phrase(x.trim()))))),
                        "integer" => cells.push((name.clone(), Cell::I64(v.and_then(|x| parse_number_phrase(x.trim())).and_then(whole_number)))),
                        "quantity" => {
                            let q = v.map(|x| find_quantities(x, lx)).unwrap_or_default();
                            let kg = q.iter().find_map(|q| match q.measure { Measure::Mass { kg } => Some(kg), _ => None });
                            let pills = q.iter().find_map(|q| match q.measure { Measure::Pills { count } => Some(count), _ => None });
                            cells.push((format!("{name}_kg"), Cell::F64(kg)));
                            cells.push((format!("{name}_pills"), Cell::I64(pills)));
                        }
                        "volume" => cells.push((format!("{name}_litres"), Cell::F64(v.and_then(|x| parse_volume(x))))),
                        "money" => {
                            let m = v.map(|x| find_quantities(x, lx)).unwrap_or_default().into_iter().find_map(|q| match q.measure {
                                Measure::Money { amount, currency } => Some((amount, currency)),
                                _ => None,
                            });
                            cells.push((format!("{name}_amount"), Cell::F64(m.as_ref().map(|x| x.0))));
                            cells.push((format!("{name}_currency"), Cell::Str(m.map(|x| x.1))));
                        }
                        "period" => {
                            let p = v.and_then(|x| find_time_exprs(x, &tctx).into_iter().find_map(|t| t.period));
                            cells.push((format!("{name}_start"), Cell::Date(p.map(|p| p.start))));
                            cells.push((format!("{name}_end"), Cell::Date(p.map(|p| p.end))));
                        }
                        "country" => cells.push((name.clone(), Cell::Str(v.and_then(|x| lx.places.find_all(x).first().map(|h| h.value.iso3.clone()))))),
                        "drug" => cells.push((
                            name.clone(),
                            Cell::Str(v.and_then(|x| {
                                lx.drugs.find_all(x).into_iter().next().map(|h| crate::model::Drug::from(h.value).as_str().to_string())
                            })),
                        )),
                        _ => cells.push((name.clone(), Cell::Str(v.cloned()))),
                    }
                }
                out.push(PatternRow { table: self.table.clone(), cells });
            }
        }
        out
    }

    /// The table of all rows (in the order given).
    pub fn table(&self, rows: &[&PatternRow]) -> Table {
        let mut t = Table::new(&self.table);
        for (k, (name, kind)) in self.columns().into_iter().enumerate() {
            let data = match kind {
                "f64" => ColumnData::F64(rows.iter().map(|r| match &r.cells[k].1 { Cell::F64(v) => *v, _ => None }).collect()),
                "i64" => ColumnData::I64(rows.iter().map(|r| match &r.cells[k].1 { Cell::I64(v) => *v, _ => None }).collect()),
                "date" => ColumnData::Date(rows.iter().map(|r| match &r.cells[k].1 { Cell::Date(v) => *v, _ => None }).collect()),
                _ => ColumnData::Str(rows.iter().map(|r| match &r.cells[k].1 { Cell::Str(v) => v.clone(), _ => None }).collect()),
            };
            t = t.col(&name, data);
        }
        t
    }
}

fn empty(kind: &str) -> ColumnData {
    match kind {
        "f64" => ColumnData::F64(Vec::new()),
        "i64" => ColumnData::I64(Vec::new()),
        "date" => ColumnData::Date(Vec::new()),
        _ => ColumnData::Str(Vec::new()),
    }
}

pub fn valid_table_name(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|f| f.is_ascii_alphabetic()) && c.all(|x| x.is_ascii_alphanumeric() || x == '_')
}

pub struct PatternKind;

impl StageKind for PatternKind {
    fn name(&self) -> &'static str {
        "pattern"
    }
    fn about(&self) -> &'static str {
        "user rules: sentences with keywords and/or a regex with named captures become rows of a new table; captures parsed by interdict's parsers"
    }
    fn role(&self) -> Role {
        Role::Extractor
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("table", "the table the rows go to"),
            ("keywords", "the sentence must hold one of these (case-insensitive)"),
            ("regex", "a regular expression with named captures (?P<name>...)"),
            ("fields", "parser per capture: text, number (INT64 when the capture matches only digits, else DOUBLE), integer, quantity (-> _kg, _pills), volume (-> _litres), money (-> _amount, _currency), period (-> _start, _end), country, drug"),
        ]
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        typed::<PatternOptions>(v).map(|_| None)
    }
    fn check_built(&self, s: &StageConfig, _stages: &[StageConfig], _lx: &Lexicon, _planable: bool) -> Vec<OptionError> {
        match options::<PatternOptions>(s) {
            Ok(o) => Pattern::compile(&s.name, &o).err().into_iter().collect(),
            Err(_) => Vec::new(),
        }
    }
    fn empty_tables(&self, s: &StageConfig, _stages: &[StageConfig]) -> Result<Vec<Table>, super::TableError> {
        let o: PatternOptions = options(s)?;
        Ok(vec![Pattern::compile(&s.name, &o)?.empty_table()])
    }
    fn table_key(&self) -> Option<&'static str> {
        Some("table")
    }
    fn partitioned(&self, _table: &str) -> bool {
        true
    }
    fn is_end(&self) -> bool {
        true
    }
    fn build_doc(&self, s: &StageConfig, _lx: &Lexicon) -> Result<Box<dyn DocStage>, OptionError> {
        Ok(Box::new(Pattern::compile(&s.name, &options(s)?)?))
    }
}

impl DocStage for Pattern {
    fn apply(&self, doc: &Doc, lx: &Lexicon, out: &mut DocRows) -> Flow {
        out.rows.extend(Pattern::apply(self, doc, lx));
        Flow::Keep
    }
    fn row_tables(&self) -> Vec<String> {
        vec![self.table.clone()]
    }
    fn table_of_rows(&self, table: &str, rows: &[&PatternRow]) -> Option<Table> {
        (table == self.table).then(|| self.table(rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{RawDoc, Sentence};

    #[test]
    fn volumes() {
        assert_eq!(parse_volume("3,000 litres"), Some(3000.0));
        assert_eq!(parse_volume("2.5 million liters"), Some(2_500_000.0));
        assert!((parse_volume("400 gallons").unwrap() - 1514.16).abs() < 0.01);
        assert_eq!(parse_volume("5 kg"), None);
    }

    #[test]
    fn rows_with_parsed_captures() {
        let lx = Lexicon::builtin();
        let o = PatternOptions {
            table: "precursor_seizures".into(),
            keywords: vec!["anhydride".into()],
            regex: Some(r"(?i)(?P<amount>[\d.,]+(?:\s+million)?\s+(?:litres|liters|gallons))\s+of\s+(?P<chemical>acetic anhydride|[a-z]+ acid)".into()),
            fields: [("amount".to_string(), "volume".to_string())].into_iter().collect(),
        };
        let p = Pattern::compile("precursors", &o).unwrap();
        let raw = RawDoc { source: "a.txt".into(), text: "Afghan police seized 3,000 litres of acetic anhydride in Herat on Monday.".into(), published: NaiveDate::from_ymd_opt(2025, 3, 5), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        assert_eq!(doc.sentences, vec![Sentence { text: raw.text.clone(), paragraph: 0 }]);
        let rows = p.apply(&doc, &lx);
        assert_eq!(rows.len(), 1);
        let t = p.table(&rows.iter().collect::<Vec<_>>());
        assert_eq!(t.column("amount_litres"), Some(&ColumnData::F64(vec![Some(3000.0)])));
        assert_eq!(t.column("chemical"), Some(&ColumnData::Str(vec![Some("acetic anhydride".into())])));
        assert_eq!(t.column("country"), Some(&ColumnData::Str(vec![Some("AFG".into())])));
        assert_eq!(t.column("period_start"), Some(&ColumnData::Date(vec![NaiveDate::from_ymd_opt(2025, 3, 3)])));
    }

    #[test]
    fn bad_patterns_are_refused() {
        let o = |r: &str, f: &[(&str, &str)]| PatternOptions { table: "t".into(), keywords: vec![], regex: Some(r.into()), fields: f.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect() };
        let err = |r: &str, f: &[(&str, &str)]| Pattern::compile("p", &o(r, f)).unwrap_err();
        assert!(err("(?P<x>[0-9", &[]).message.contains("invalid regex"));
        assert_eq!(err("(?P<x>[0-9", &[]).key, "regex");
        assert!(err("(?P<x>[0-9]+)", &[("y", "number")]).message.contains("not a named capture"));
        assert_eq!(err("(?P<x>[0-9]+)", &[("x", "weight")]).key, "fields");
        assert!(err("(?P<x>[0-9]+)", &[("x", "weight")]).message.contains("unknown parser"));
    }

    #[test]
    fn whole_number_captures_are_int64() {
        let o = |r: &str| PatternOptions { table: "t".into(), keywords: vec![], regex: Some(r.into()), fields: [("n".to_string(), "number".to_string())].into_iter().collect() };
        let kind = |r: &str| Pattern::compile("p", &o(r)).unwrap().columns().into_iter().find(|c| c.0 == "n").unwrap().1;
        for r in [r"(?P<n>\d+) boats", r"(?P<n>[0-9,]+) arrested", r"(?P<n>\d{1,3}(?:,\d{3})*) people", r"(?i)(?P<n>[0-9][0-9 ]*) suspects"] {
            assert_eq!(kind(r), "i64", "{r}");
        }
        for r in [r"(?P<n>[\d.,]+) kg", r"(?P<n>\w+) boats", r"(?P<n>.+) tonnes", r"(?P<n>\d+(?:\.\d+)?) kg", r"(?P<n>[0-9½]+) kg"] {
            assert_eq!(kind(r), "f64", "{r}");
        }
        let lx = Lexicon::builtin();
        let p = Pattern::compile("boats", &PatternOptions { table: "boats".into(), keywords: vec![], regex: Some(r"(?P<n>[0-9,]+) (?:boats|vessels)".into()), fields: [("n".to_string(), "number".to_string())].into_iter().collect() }).unwrap();
        let raw = RawDoc { source: "a.txt".into(), text: "The navy stopped 1,204 boats in the strait last year.".into(), published: NaiveDate::from_ymd_opt(2025, 3, 5), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        let rows = p.apply(&doc, &lx);
        assert_eq!(p.table(&rows.iter().collect::<Vec<_>>()).column("n"), Some(&ColumnData::I64(vec![Some(1204)])));
        assert_eq!(whole_number(2.5), None);
        assert_eq!(whole_number(7.0), Some(7));
    }
}
