//! Data tests on the published tables, as dbt's: `[[checks]]` in pipeline.toml and the
//! contract's own checks (ids present and unique, vocabularies, codes known to the
//! lexicon, periods in order). They run after every run (`interdict run`) or on their
//! own (`interdict check`); a failed check of severity `error` makes the command exit 5.

use crate::config::Config;
use crate::model::FactTable;
use crate::sink::read::read_table;
use crate::sink::{ColumnData, Table};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The kinds of check, as written in `test = "..."`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum CheckTest {
    NotNull,
    Unique,
    AcceptedValues,
    RowCount,
    /// A query over the output tables that returns the rows that are wrong.
    Query,
}

impl CheckTest {
    pub const ALL: [CheckTest; 5] = [CheckTest::NotNull, CheckTest::Unique, CheckTest::AcceptedValues, CheckTest::RowCount, CheckTest::Query];
    pub fn as_str(self) -> &'static str {
        match self {
            CheckTest::NotNull => "not_null",
            CheckTest::Unique => "unique",
            CheckTest::AcceptedValues => "accepted_values",
            CheckTest::RowCount => "row_count",
            // A query over the outputs, named as the stage kind that runs one.
            CheckTest::Query => crate::stages::StageKind::name(&crate::stages::sql::Sql),
        }
    }
}

/// A `test` that is not one of [`CheckTest::ALL`].
#[derive(Debug, thiserror::Error)]
#[error("unknown test `{0}` (known: {known})", known = CheckTest::ALL.map(CheckTest::as_str).join(", "))]
pub struct UnknownTest(String);

impl TryFrom<String> for CheckTest {
    type Error = UnknownTest;
    fn try_from(t: String) -> Result<CheckTest, UnknownTest> {
        CheckTest::ALL.into_iter().find(|x| x.as_str() == t).ok_or(UnknownTest(t))
    }
}

/// Why a check could not be evaluated (it then counts as one failure).
#[derive(Debug, thiserror::Error)]
enum CheckError {
    #[error("{0}")]
    Read(String),
    #[error("table `{0}` is not in the output")]
    NoTable(String),
    #[error("table `{table}` has no column `{column}`")]
    NoColumn { table: String, column: String },
    #[error("the query reads `{0}`, which is not in the output")]
    QueryTable(String),
    #[error(transparent)]
    Query(#[from] crate::stages::TableError),
}

impl std::fmt::Display for CheckTest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One `[[checks]]` entry.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    /// A name for reports (default: `test(table.column)`).
    #[serde(default)]
    pub name: Option<String>,
    /// not_null, unique, accepted_values, row_count or sql.
    pub test: CheckTest,
    #[serde(default)]
    pub table: Option<String>,
    #[serde(default)]
    pub column: Option<String>,
    /// accepted_values: the values allowed (nulls always are); a list column's every item.
    #[serde(default)]
    pub values: Vec<String>,
    /// row_count: the range of rows allowed (inclusive).
    #[serde(default)]
    pub min_rows: Option<u64>,
    #[serde(default)]
    pub max_rows: Option<u64>,
    /// sql: a query over the output tables that returns the rows that are wrong.
    #[serde(default)]
    pub query: Option<String>,
    /// error (default: the command exits 5) or warn (listed only).
    #[serde(default = "error")]
    pub severity: String,
}

fn error() -> String {
    "error".into()
}

impl CheckConfig {
    fn new(test: CheckTest, table: &str, column: Option<&str>) -> Self {
        CheckConfig { name: None, test, table: Some(table.into()), column: column.map(str::to_string), values: Vec::new(), min_rows: None, max_rows: None, query: None, severity: error() }
    }

    pub fn label(&self) -> String {
        if let Some(n) = &self.name {
            return n.clone();
        }
        match (&self.table, &self.column) {
            (Some(t), Some(c)) => format!("{}({t}.{c})", self.test),
            (Some(t), None) => format!("{}({t})", self.test),
            _ => self.test.to_string(),
        }
    }

    /// What is wrong with the entry itself, as (key, message).
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !matches!(self.severity.as_str(), "error" | "warn") {
            out.push(("severity", format!("expected \"error\" or \"warn\", found `{}`", self.severity)));
        }
        if self.test != CheckTest::Query && self.table.is_none() {
            out.push(("table", format!("a `{}` check needs `table`", self.test)));
        }
        if matches!(self.test, CheckTest::NotNull | CheckTest::Unique | CheckTest::AcceptedValues) && self.column.is_none() {
            out.push(("column", format!("a `{}` check needs `column`", self.test)));
        }
        if self.test == CheckTest::AcceptedValues && self.values.is_empty() {
            out.push(("values", "an `accepted_values` check needs `values`".into()));
        }
        if self.test == CheckTest::RowCount && self.min_rows.is_none() && self.max_rows.is_none() {
            out.push(("min_rows", "a `row_count` check needs `min_rows` and/or `max_rows`".into()));
        }
        if self.test == CheckTest::Query {
            match &self.query {
                None => out.push(("query", "an `sql` check needs `query`, which returns the rows that are wrong".into())),
                Some(q) => {
                    if let Err(e) = sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::GenericDialect {}, q) {
                        out.push(("query", format!("the query does not parse: {e}")));
                    }
                }
            }
        }
        out
    }
}

/// The contract's checks, with the vocabularies of the configured lexicon (so a drug or
/// a country that the user added is accepted).
pub fn contract_checks(cfg: &Config) -> Vec<CheckConfig> {
    let lx = &cfg.lexicon.data;
    let mut out = Vec::new();
    let accepted = |table: &str, column: &str, values: Vec<String>| CheckConfig { values, ..CheckConfig::new(CheckTest::AcceptedValues, table, Some(column)) };
    let tables: BTreeSet<String> = cfg.stages.iter().flat_map(|s| crate::stages::kind(&s.kind).map(|k| k.table_names(s)).unwrap_or_default()).collect();
    if tables.contains("documents") {
        for c in ["doc_id", "source"] {
            out.push(CheckConfig::new(CheckTest::NotNull, "documents", Some(c)));
            out.push(CheckConfig::new(CheckTest::Unique, "documents", Some(c)));
        }
    }
    let countries: Vec<String> = lx.countries.keys().cloned().collect();
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let qualifiers = strings(&crate::model::QUALIFIERS);
    for t in FactTable::ALL {
        let name = t.name();
        if !tables.contains(name) {
            continue;
        }
        for c in ["fact_id", "doc_id", "evidence", "qualifier", "is_aggregate", "cluster_id"] {
            out.push(CheckConfig::new(CheckTest::NotNull, name, Some(c)));
        }
        out.push(CheckConfig::new(CheckTest::Unique, name, Some("fact_id")));
        out.push(accepted(name, "qualifier", qualifiers.clone()));
        out.push(accepted(name, "country", countries.clone()));
        out.push(CheckConfig {
            name: Some(format!("periods_in_order({name})")),
            query: Some(format!("SELECT fact_id, period_start, period_end FROM {name} WHERE period_start > period_end OR (period_start IS NULL) <> (period_end IS NULL)")),
            ..CheckConfig::new(CheckTest::Query, name, None)
        });
        match t {
            FactTable::Seizures => {
                let mut drugs: Vec<String> = lx.drugs.keys().cloned().collect();
                drugs.extend(strings(crate::model::DRUG_GROUPS));
                out.push(CheckConfig::new(CheckTest::NotNull, name, Some("drug")));
                out.push(accepted(name, "drug", drugs));
                out.push(accepted(name, "value_currency", lx.currencies.keys().cloned().collect()));
                out.push(CheckConfig {
                    name: Some("no_negative_amounts(seizures)".into()),
                    query: Some("SELECT fact_id, quantity_kg, pill_count, value_amount FROM seizures WHERE quantity_kg < 0 OR pill_count < 0 OR value_amount < 0".into()),
                    ..CheckConfig::new(CheckTest::Query, name, None)
                });
            }
            FactTable::Sentences => out.push(accepted(name, "sentence_type", strings(crate::model::SENTENCE_TYPES))),
            FactTable::CooperationEvents => {
                out.push(accepted(name, "event_type", strings(crate::model::EVENT_TYPES)));
                out.push(accepted(name, "parties", countries.iter().cloned().chain(lx.body_acronyms()).collect()));
            }
            FactTable::NetworkDisruptions => out.push(accepted(name, "scope", strings(crate::model::SCOPES))),
            FactTable::Arrests => {}
        }
    }
    if tables.contains("fact_clusters") {
        out.push(CheckConfig::new(CheckTest::Unique, "fact_clusters", Some("cluster_id")));
    }
    if tables.contains("rejects") {
        for c in ["source", "reason"] {
            out.push(CheckConfig::new(CheckTest::NotNull, "rejects", Some(c)));
        }
    }
    for c in &mut out {
        c.name = Some(format!("contract: {}", c.label()));
    }
    out
}

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Outcome {
    pub check: String,
    pub severity: String,
    /// Rows (or values) that fail; 0 when it passed.
    pub failures: u64,
    /// What failed, in words, with up to five examples.
    pub detail: String,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.failures == 0
    }
}

/// The value at row `i` as text, borrowed from a text column (most checked columns are).
fn cell_ref(c: &ColumnData, i: usize) -> Option<std::borrow::Cow<'_, str>> {
    match c {
        ColumnData::Str(v) => v[i].as_deref().map(std::borrow::Cow::Borrowed),
        _ => cell(c, i).map(std::borrow::Cow::Owned),
    }
}

fn is_null(c: &ColumnData, i: usize) -> bool {
    match c {
        ColumnData::Str(v) => v[i].is_none(),
        ColumnData::I64(v) => v[i].is_none(),
        ColumnData::F64(v) => v[i].is_none(),
        ColumnData::Bool(v) => v[i].is_none(),
        ColumnData::Date(v) => v[i].is_none(),
        ColumnData::Timestamp(v) => v[i].is_none(),
        ColumnData::ListStr(_) => false,
    }
}

fn cell(c: &ColumnData, i: usize) -> Option<String> {
    match c {
        ColumnData::Str(v) => v[i].clone(),
        ColumnData::I64(v) => v[i].map(|x| x.to_string()),
        ColumnData::F64(v) => v[i].map(|x| x.to_string()),
        ColumnData::Bool(v) => v[i].map(|x| x.to_string()),
        ColumnData::Date(v) => v[i].map(|x| x.to_string()),
        ColumnData::Timestamp(v) => v[i].map(|x| x.to_rfc3339()),
        ColumnData::ListStr(v) => Some(v[i].join(";")),
    }
}

fn examples<I: IntoIterator<Item = String>>(values: I) -> String {
    let v: Vec<String> = values.into_iter().take(5).map(|s| format!("`{s}`")).collect();
    if v.is_empty() { String::new() } else { format!(", e.g. {}", v.join(", ")) }
}

/// Tables of the output, read with the columns a check needs (None: all), each once.
struct Tables<'a> {
    out: &'a Path,
    /// The columns the non-SQL checks of each table need, together.
    columns: BTreeMap<String, BTreeSet<String>>,
    read: BTreeMap<(String, Option<BTreeSet<String>>), Option<Table>>,
}

impl Tables<'_> {
    fn get(&mut self, name: &str, columns: Option<BTreeSet<String>>) -> Result<Option<&Table>, CheckError> {
        let key = (name.to_string(), columns);
        if !self.read.contains_key(&key) {
            let t = read_table(self.out, name, key.1.as_ref()).map_err(|e| CheckError::Read(crate::error_chain(&e)))?;
            self.read.insert(key.clone(), t);
        }
        Ok(self.read[&key].as_ref())
    }
}

fn evaluate(c: &CheckConfig, tables: &mut Tables<'_>) -> Result<(u64, String), CheckError> {
    if c.test == CheckTest::Query {
        let query = c.query.as_deref().unwrap_or_default();
        let mut inputs = BTreeMap::new();
        let columns = crate::stages::sql::columns_read(query);
        for t in crate::stages::sql::tables_read(query) {
            match tables.get(&t, columns.clone())? {
                Some(table) => {
                    inputs.insert(t, table.clone());
                }
                None => return Err(CheckError::QueryTable(t)),
            }
        }
        let result = crate::stages::sql::run("check", query, &inputs)?;
        let n = result.num_rows();
        let rows = (0..n.min(5)).map(|i| result.columns.iter().map(|(name, col)| format!("{name}={}", cell(col, i).unwrap_or_else(|| "null".into()))).collect::<Vec<_>>().join(" "));
        return Ok((n as u64, format!("{n} rows returned{}", examples(rows))));
    }
    let name = c.table.as_deref().unwrap_or_default();
    // Every column check of a table reads the same columns: each file is opened once.
    let columns = tables.columns.get(name).cloned().unwrap_or_default();
    let Some(t) = tables.get(name, Some(columns))? else { return Err(CheckError::NoTable(name.to_string())) };
    if c.test == CheckTest::RowCount {
        let n = t.num_rows() as u64;
        let low = c.min_rows.is_some_and(|m| n < m);
        let high = c.max_rows.is_some_and(|m| n > m);
        let range = format!("{}..{}", c.min_rows.map(|m| m.to_string()).unwrap_or_default(), c.max_rows.map(|m| m.to_string()).unwrap_or_default());
        return Ok((u64::from(low || high), format!("{n} rows, expected {range}")));
    }
    let column = c.column.as_deref().unwrap_or_default();
    let Some(col) = t.column(column) else { return Err(CheckError::NoColumn { table: name.to_string(), column: column.to_string() }) };
    let n = col.len();
    Ok(match c.test {
        CheckTest::NotNull => {
            let nulls = (0..n).filter(|&i| is_null(col, i)).count() as u64;
            (nulls, format!("{nulls} null values"))
        }
        CheckTest::Unique => {
            let mut seen: std::collections::HashMap<std::borrow::Cow<'_, str>, u64> = std::collections::HashMap::with_capacity(n);
            for v in (0..n).filter_map(|i| cell_ref(col, i)) {
                *seen.entry(v).or_default() += 1;
            }
            let mut dups: Vec<String> = seen.into_iter().filter(|(_, k)| *k > 1).map(|(v, _)| v.into_owned()).collect();
            dups.sort();
            (dups.len() as u64, format!("{} values occur more than once{}", dups.len(), examples(dups.iter().cloned())))
        }
        _ => {
            let allowed: BTreeSet<&str> = c.values.iter().map(String::as_str).collect();
            let mut bad: BTreeMap<String, u64> = BTreeMap::new();
            let mut count = |v: &str| {
                if !allowed.contains(v) {
                    *bad.entry(v.to_string()).or_default() += 1;
                }
            };
            match col {
                ColumnData::ListStr(rows) => rows.iter().flatten().for_each(|v| count(v)),
                _ => (0..n).filter_map(|i| cell_ref(col, i)).for_each(|v| count(&v)),
            }
            let total: u64 = bad.values().sum();
            (total, format!("{total} values not accepted{}", examples(bad.into_keys())))
        }
    })
}

/// Run checks against the output folder `out`, in order.
pub fn run(checks: &[CheckConfig], out: &Path) -> Vec<Outcome> {
    let mut columns: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in checks.iter().filter(|c| c.test != CheckTest::Query) {
        if let Some(t) = &c.table {
            columns.entry(t.clone()).or_default().extend(c.column.clone());
        }
    }
    let mut tables = Tables { out, columns, read: BTreeMap::new() };
    checks
        .iter()
        .map(|c| {
            let (failures, detail) = evaluate(c, &mut tables).unwrap_or_else(|e| (1, e.to_string()));
            Outcome { check: c.label(), severity: c.severity.clone(), failures, detail }
        })
        .collect()
}

/// The checks a config asks for: the contract's (unless `run.contract_checks = false`)
/// and its `[[checks]]`.
pub fn configured(cfg: &Config) -> Vec<CheckConfig> {
    let mut all = if cfg.contract_checks { contract_checks(cfg) } else { Vec::new() };
    all.extend(cfg.checks.iter().cloned());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out_with(t: &Table) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("interdict-checks-{}-{}", std::process::id(), t.name));
        std::fs::create_dir_all(&dir).unwrap();
        crate::sink::parquet::write(t, &dir.join(format!("{}.parquet", t.name)), parquet::basic::Compression::UNCOMPRESSED).unwrap();
        dir
    }

    #[test]
    fn each_kind_of_check_passes_and_fails() {
        let t = Table::new("arrests")
            .col("fact_id", ColumnData::Str(vec![Some("a".into()), Some("b".into()), Some("b".into())]))
            .col("country", ColumnData::Str(vec![Some("IRQ".into()), None, Some("XXX".into())]))
            .col("count", ColumnData::I64(vec![Some(3), Some(-1), None]))
            .col("parties", ColumnData::ListStr(vec![vec!["IRQ".into(), "UNODC".into()], vec![], vec!["ZZZ".into()]]));
        let out = out_with(&t);
        let c = |test: &str, column: Option<&str>| CheckConfig::new(CheckTest::try_from(test.to_string()).unwrap(), "arrests", column);
        let checks = vec![
            c("not_null", Some("fact_id")),
            c("not_null", Some("country")),
            c("unique", Some("fact_id")),
            CheckConfig { values: vec!["IRQ".into(), "IRN".into()], ..c("accepted_values", Some("country")) },
            CheckConfig { values: vec!["IRQ".into(), "UNODC".into()], ..c("accepted_values", Some("parties")) },
            CheckConfig { min_rows: Some(1), max_rows: Some(3), ..c("row_count", None) },
            CheckConfig { min_rows: Some(4), ..c("row_count", None) },
            CheckConfig { query: Some("SELECT fact_id FROM arrests WHERE count < 0".into()), severity: "warn".into(), ..CheckConfig::new(CheckTest::Query, "arrests", None) },
            c("not_null", Some("nothing")),
            CheckConfig::new(CheckTest::NotNull, "missing_table", Some("x")),
        ];
        let got: Vec<u64> = run(&checks, &out).iter().map(|o| o.failures).collect();
        assert_eq!(got, vec![0, 1, 1, 1, 1, 0, 1, 1, 1, 1]);
        let outcomes = run(&checks, &out);
        assert!(outcomes[2].detail.contains("`b`"), "{:?}", outcomes[2]);
        assert!(outcomes[3].detail.contains("`XXX`"), "{:?}", outcomes[3]);
        assert!(outcomes[7].detail.contains("fact_id=b"), "{:?}", outcomes[7]);
        assert!(outcomes[9].detail.contains("not in the output"), "{:?}", outcomes[9]);
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn contract_checks_catch_a_damaged_table() {
        let cfg = crate::config::parse(crate::config::DEFAULT_CONFIG, "pipeline.toml", Path::new(".")).unwrap();
        let mut t = crate::tables::fact_table(FactTable::Seizures, &[]);
        t.name = "seizures".into();
        let out = out_with(&t);
        let checks: Vec<CheckConfig> = contract_checks(&cfg).into_iter().filter(|c| c.table.as_deref() == Some("seizures")).collect();
        assert!(checks.len() >= 10);
        assert!(run(&checks, &out).iter().all(Outcome::passed), "an empty table passes");
        // The same columns with bad rows: a drug outside the vocabulary, a repeated id,
        // a period that ends before it starts.
        let d = chrono::NaiveDate::from_ymd_opt;
        for (name, col) in t.columns.iter_mut() {
            *col = match (name.as_str(), &*col) {
                ("fact_id", _) => ColumnData::Str(vec![Some("f1".into()), Some("f1".into())]),
                ("drug", _) => ColumnData::Str(vec![Some("banana".into()), Some("heroin".into())]),
                ("period_start", _) => ColumnData::Date(vec![d(2025, 3, 5), None]),
                ("period_end", _) => ColumnData::Date(vec![d(2025, 3, 1), None]),
                (_, ColumnData::Str(_)) => ColumnData::Str(vec![Some("x".into()); 2]),
                (_, ColumnData::I64(_)) => ColumnData::I64(vec![None; 2]),
                (_, ColumnData::F64(_)) => ColumnData::F64(vec![None; 2]),
                (_, ColumnData::Bool(_)) => ColumnData::Bool(vec![Some(false); 2]),
                (_, ColumnData::Date(_)) => ColumnData::Date(vec![None; 2]),
                (_, ColumnData::Timestamp(_)) => ColumnData::Timestamp(vec![None; 2]),
                (_, ColumnData::ListStr(_)) => ColumnData::ListStr(vec![vec![]; 2]),
            };
        }
        std::fs::remove_dir_all(&out).unwrap();
        let out = out_with(&t);
        let failed: Vec<String> = run(&checks, &out).into_iter().filter(|o| !o.passed()).map(|o| o.check).collect();
        for want in ["contract: unique(seizures.fact_id)", "contract: accepted_values(seizures.drug)", "contract: periods_in_order(seizures)", "contract: accepted_values(seizures.qualifier)", "contract: accepted_values(seizures.country)"] {
            assert!(failed.iter().any(|f| f == want), "{want} not in {failed:?}");
        }
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn entries_are_checked() {
        let c = CheckConfig::new(CheckTest::AcceptedValues, "seizures", None);
        let keys: Vec<&str> = c.problems().iter().map(|p| p.0).collect();
        assert_eq!(keys, vec!["column", "values"]);
        let c = CheckConfig { query: Some("SELEC 1".into()), ..CheckConfig::new(CheckTest::Query, "x", None) };
        assert_eq!(c.problems()[0].0, "query");
        assert_eq!(CheckTest::try_from("bogus".to_string()).unwrap_err().to_string(), "unknown test `bogus` (known: not_null, unique, accepted_values, row_count, sql)");
    }
}
