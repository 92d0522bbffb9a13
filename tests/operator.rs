//! What a scheduler operator and a BI analyst rely on, run through the binary: JSON-lines
//! logs, no colour off a terminal, config errors on the key's own line, SQL stages whose
//! comments name other tables, the partition column inside every Parquet file, data
//! checks and data docs.

mod common;

use common::{bin, root, tmp};
use serde_json::Value;
use std::path::Path;

fn sample_input(dir: &Path) -> std::path::PathBuf {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("a.txt"), "Police seize heroin in Karachi\nPublished: 2025-03-04\n\nPakistani police seized 12 kg of heroin in Karachi on Monday and arrested two men.\n").unwrap();
    std::fs::write(input.join("b.txt"), "Coast guard stops cocaine boat\nPublished: 2025-04-10\n\nThe Colombian navy seized 1.5 tonnes of cocaine off Tumaco on Tuesday.\n").unwrap();
    input
}

#[test]
fn json_logs_are_json_on_every_line_and_carry_the_summary_and_errors() {
    let dir = tmp("jsonlog");
    let input = sample_input(&dir);
    let o = bin().args(["run", "--log-format", "json", "--input"]).arg(&input).arg("--output").arg(dir.join("out")).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8(o.stderr).unwrap();
    let events: Vec<Value> = err.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))).collect();
    let summary = events.iter().find(|e| e["fields"]["message"] == "run summary").expect("a run summary event");
    assert_eq!(summary["fields"]["documents"], 2, "{summary}");
    assert!(!err.contains('\u{1b}'), "no ANSI codes off a terminal");
    // An error is one JSON event with its exit code.
    let o = bin().args(["run", "--log-format", "json", "--input"]).arg(dir.join("missing")).arg("--output").arg(dir.join("out")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    let events: Vec<Value> = err.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))).collect();
    let e = events.iter().find(|e| e["level"] == "ERROR").expect("an error event");
    assert_eq!(e["fields"]["exit_code"], 1);
    assert!(e["fields"]["message"].as_str().unwrap().contains("missing"), "{e}");
    // A bad value is refused as the config key would be.
    let o = bin().args(["run", "--log-format", "xml", "--input"]).arg(&input).arg("--output").arg(dir.join("out2")).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    // Text logs off a terminal carry no colour either; --quiet prints nothing but errors.
    let o = bin().args(["run", "--input"]).arg(&input).arg("--output").arg(dir.join("out3")).output().unwrap();
    assert!(o.status.success());
    assert!(!String::from_utf8_lossy(&o.stderr).contains('\u{1b}'));
    let o = bin().args(["run", "--quiet", "--input"]).arg(&input).arg("--output").arg(dir.join("out4")).output().unwrap();
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    let o = bin().args(["run", "--color", "always", "--input"]).arg(&input).arg("--output").arg(dir.join("out5")).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains('\u{1b}'), "--color always colours");
}

#[test]
fn type_errors_point_at_the_key_and_name_it() {
    let dir = tmp("typeerr");
    let base = std::fs::read_to_string(root().join("pipeline.toml")).unwrap();
    let text = base.replace("kind = \"ingest\"\n", "kind = \"ingest\"\nmax_html_depth = \"deep\"\n")
        + "\n[stages.per_month]\nkind = \"sql\"\ninputs = [\"deduplicate\"]\n# the query must be text\nquery = 5\n\n[[tests]]\nname = \"t\"\ninput = \"x\"\n[[tests.expect]]\ntable = \"seizures\"\nrows = \"two\"\n";
    assert!(text.contains("max_html_depth = \"deep\""));
    let p = dir.join("p.toml");
    std::fs::write(&p, &text).unwrap();
    let o = bin().args(["validate", "--config"]).arg(&p).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let line = |needle: &str| text.lines().position(|l| l.trim() == needle).unwrap() + 1;
    assert!(err.contains(&format!("p.toml:{}: stages.ingest.max_html_depth: invalid type", line("max_html_depth = \"deep\""))), "{err}");
    assert!(err.contains(&format!("p.toml:{}: stages.per_month.query: invalid type", line("query = 5"))), "{err}");
    assert!(err.contains(&format!("p.toml:{}: tests.0.expect.0.rows: invalid type", line("rows = \"two\""))), "{err}");
    assert!(err.contains("3 problems"), "{err}");
}

#[test]
fn sql_comments_and_strings_naming_other_tables_validate_and_run() {
    let dir = tmp("sqlcomment");
    let base = std::fs::read_to_string(root().join("pipeline.toml")).unwrap();
    let text = base
        + r#"
[stages.heroin_by_country]
kind = "sql"
inputs = ["deduplicate"]
query = """
-- counts from rejects are left out on purpose
SELECT country, COUNT(*) AS n, 'join networks later' AS note /* from documents */
FROM seizures
WHERE drug = 'heroin'
GROUP BY country
"""
"#;
    let p = dir.join("p.toml");
    std::fs::write(&p, &text).unwrap();
    let o = bin().args(["validate", "--config"]).arg(&p).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let input = sample_input(&dir);
    let out = dir.join("out");
    let o = bin().args(["run", "--config"]).arg(&p).arg("--input").arg(&input).arg("--output").arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = common::read(&out, "heroin_by_country");
    assert_eq!(common::strs(&t, "country"), vec![Some("PAK".to_string())]);
}

#[test]
fn every_partition_file_carries_its_partition_value_as_a_column() {
    let dir = tmp("partcol");
    let input = sample_input(&dir);
    let out = dir.join("out");
    let o = bin().args(["run", "-q", "--input"]).arg(&input).arg("--output").arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut seen = 0;
    for table in ["documents", "seizures", "arrests"] {
        for (rel, _) in common::parquet_files(&out.join(table)) {
            let folder_value = rel.split('/').next().unwrap().strip_prefix("month=").unwrap().to_string();
            let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(out.join(table).join(&rel)).unwrap()).unwrap().build().unwrap();
            for b in reader {
                let b = b.unwrap();
                let values = common::strs(&b, "published_month");
                assert!(!values.is_empty());
                assert!(values.iter().all(|v| v.as_deref() == Some(folder_value.as_str())), "{table}/{rel}: {values:?}");
                seen += 1;
            }
        }
    }
    assert!(seen >= 4, "documents in two months, seizures in two, arrests in one: {seen}");
}

#[test]
fn data_checks_run_after_a_run_and_on_their_own() {
    let dir = tmp("checks");
    let input = sample_input(&dir);
    let base = std::fs::read_to_string(root().join("pipeline.toml")).unwrap();
    let passing = base.clone()
        + r#"
[[checks]]
test = "row_count"
table = "seizures"
min_rows = 1

[[checks]]
name = "no haul over ten tonnes"
test = "sql"
query = "SELECT fact_id, quantity_kg FROM seizures WHERE quantity_kg > 10000"
"#;
    let failing = base.clone()
        + r#"
[[checks]]
name = "every seizure names a place"
test = "not_null"
table = "seizures"
column = "location"
severity = "warn"

[[checks]]
name = "heroin only"
test = "accepted_values"
table = "seizures"
column = "drug"
values = ["heroin"]
"#;
    let ok_cfg = dir.join("ok.toml");
    let bad_cfg = dir.join("bad.toml");
    std::fs::write(&ok_cfg, &passing).unwrap();
    std::fs::write(&bad_cfg, &failing).unwrap();
    let out = dir.join("out");
    let o = bin().args(["run", "--config"]).arg(&ok_cfg).arg("--input").arg(&input).arg("--output").arg(&out).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("0 failed"), "{err}");
    // The same output against stricter checks: listed, exit 5.
    let o = bin().args(["check", "--config"]).arg(&bad_cfg).arg("--output").arg(&out).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(err.contains("check failed: heroin only: 1 values not accepted, e.g. `cocaine`"), "{err}");
    assert!(!err.contains("check failed: every seizure names a place"), "a warning is no failure: {err}");
    // A run whose checks fail still publishes (as dbt's tests follow its models) but exits 5,
    // in JSON too.
    let out2 = dir.join("out2");
    let o = bin().args(["run", "--log-format", "json", "--config"]).arg(&bad_cfg).arg("--input").arg(&input).arg("--output").arg(&out2).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    let events: Vec<Value> = String::from_utf8(o.stderr).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(events.iter().any(|e| e["fields"]["message"] == "check failed" && e["fields"]["check"] == "heroin only" && e["fields"]["exit_code"] == 5));
    assert!(out2.join("manifest.json").exists());
    // A broken entry is a config problem, on its own line.
    let broken = base + "\n[[checks]]\ntest = \"accepted_values\"\ntable = \"seizures\"\ncolumn = \"drug\"\n\n[[checks]]\ntest = \"sql\"\nquery = \"SELEC 1\"\n";
    let p = dir.join("broken.toml");
    std::fs::write(&p, &broken).unwrap();
    let o = bin().args(["validate", "--config"]).arg(&p).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("checks.0.test: an `accepted_values` check needs `values`") || err.contains("checks.0.values: an `accepted_values` check needs `values`"), "{err}");
    let q = broken.lines().position(|l| l == "query = \"SELEC 1\"").unwrap() + 1;
    assert!(err.contains(&format!("broken.toml:{q}: checks.1.query: the query does not parse")), "{err}");
    // The contract's checks catch a damaged table.
    let o = bin().args(["check", "--output"]).arg(dir.join("nowhere")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn data_docs_come_from_the_schema_and_travel_inside_the_parquet_files() {
    let dir = tmp("docs");
    let base = std::fs::read_to_string(root().join("pipeline.toml")).unwrap();
    let cfg = dir.join("p.toml");
    std::fs::write(
        &cfg,
        base + "\n[stages.heavy_hauls]\nkind = \"sql\"\ninputs = [\"deduplicate\"]\ndescription = \"Seizures of a tonne or more\"\ncolumn_descriptions = { kg = \"Kilograms seized\" }\nquery = \"SELECT doc_id, drug, quantity_kg AS kg FROM seizures WHERE quantity_kg >= 1000\"\n",
    )
    .unwrap();
    // Markdown and JSON, written side by side.
    let docs = dir.join("dict");
    let o = bin().args(["docs", "--config"]).arg(&cfg).arg("--out").arg(&docs).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let json: Value = serde_json::from_slice(&std::fs::read(docs.join("data-dictionary.json")).unwrap()).unwrap();
    let table = |name: &str| json.as_array().unwrap().iter().find(|t| t["name"] == name).unwrap_or_else(|| panic!("no table {name}")).clone();
    let column = |t: &str, c: &str| table(t)["columns"].as_array().unwrap().iter().find(|x| x["name"] == c).unwrap_or_else(|| panic!("no {t}.{c}")).clone();
    assert_eq!(column("seizures", "pill_count")["type"], "int64");
    assert_eq!(column("documents", "published_date")["type"], "date");
    assert_eq!(column("cooperation_events", "parties")["type"], "list<string>");
    assert!(column("seizures", "drug")["vocabulary"]["values"].as_array().unwrap().contains(&Value::from("captagon")));
    assert_eq!(column("sentences", "sentence_type")["vocabulary"]["values"], serde_json::json!(["death", "life", "prison", "unspecified"]));
    assert_eq!(column("heavy_hauls", "kg")["type"], "double");
    assert_eq!(column("heavy_hauls", "kg")["meaning"], "Kilograms seized");
    assert_eq!(table("heavy_hauls")["about"], "Seizures of a tonne or more");
    let md = std::fs::read_to_string(docs.join("data-dictionary.md")).unwrap();
    assert!(md.contains("## seizures") && md.contains("| `quantity_kg` | double |"), "{md}");
    // Printed on stdout as JSON too.
    let o = bin().args(["docs", "--format", "json", "--config"]).arg(&cfg).output().unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&o.stdout).unwrap(), json);

    // The written files carry the same meanings: each column's and the table's.
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("a.txt"), "Navy seizes cocaine\nPublished: 2025-04-10\n\nThe Colombian navy seized 1.5 tonnes of cocaine off Tumaco on Tuesday.\n").unwrap();
    let out = dir.join("out");
    let o = bin().args(["run", "-q", "--config"]).arg(&cfg).arg("--input").arg(&input).arg("--output").arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let seizures = common::read(&out, "seizures");
    let described = |b: &arrow::record_batch::RecordBatch, c: &str| b.schema().field_with_name(c).unwrap().metadata().get("description").cloned();
    assert_eq!(described(&seizures, "quantity_kg").as_deref(), column("seizures", "quantity_kg")["meaning"].as_str());
    assert_eq!(described(&seizures, "published_month").as_deref(), column("seizures", "published_month")["meaning"].as_str());
    assert_eq!(seizures.schema().metadata().get("description").map(String::as_str), table("seizures")["about"].as_str());
    let heavy = common::read(&out, "heavy_hauls");
    assert_eq!(heavy.num_rows(), 1);
    assert_eq!(described(&heavy, "kg").as_deref(), Some("Kilograms seized"));
    assert_eq!(described(&heavy, "doc_id"), None, "a user table's columns have only the user's words");

    // A description of the wrong type is a config problem on its line.
    let bad = std::fs::read_to_string(&cfg).unwrap().replace("column_descriptions = { kg = \"Kilograms seized\" }", "column_descriptions = { kg = 5 }");
    std::fs::write(&cfg, &bad).unwrap();
    let o = bin().args(["validate", "--config"]).arg(&cfg).output().unwrap();
    let line = bad.lines().position(|l| l.starts_with("column_descriptions")).unwrap() + 1;
    assert!(String::from_utf8_lossy(&o.stderr).contains(&format!("p.toml:{line}: stages.heavy_hauls.column_descriptions.kg: expected a string")), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The data dictionary in docs/ is what `interdict docs` prints for the shipped
/// pipeline.toml (INTERDICT_UPDATE_GOLDEN=1 rewrites it).
#[test]
fn the_shipped_data_dictionary_is_current() {
    let o = bin().args(["docs", "--config"]).arg(root().join("pipeline.toml")).output().unwrap();
    assert!(o.status.success());
    let golden = root().join("docs/data-dictionary.md");
    if std::env::var_os("INTERDICT_UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &o.stdout).unwrap();
    }
    assert_eq!(String::from_utf8_lossy(&o.stdout), std::fs::read_to_string(&golden).unwrap_or_default(), "docs/data-dictionary.md is stale: INTERDICT_UPDATE_GOLDEN=1 cargo test --test operator");
}
