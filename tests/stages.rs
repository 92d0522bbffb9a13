//! User stages from pipeline.toml (sql, pattern, filter), validation, graph, dry run and
//! config tests, each run through the binary with the configs in tests/fixtures/stages.

mod common;

use common::{bin, f64s, read, root, strs, tmp};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;


fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/stages").join(name)
}


fn interdict(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn run(config: &Path, input: &Path, out: &Path) {
    let o = interdict(&["run", "--config", config.to_str().unwrap(), "--input", input.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}




#[test]
fn sql_stages_write_tables_and_independent_ones_overlap() {
    let out = tmp("sql");
    run(&fixture("sql.toml"), &root().join("data"), &out);
    let m = read(&out, "monthly_seizures");
    for c in ["month", "drug", "location", "seizures", "kg", "pills"] {
        assert!(m.column_by_name(c).is_some(), "no column {c}");
    }
    assert!(m.num_rows() >= 10, "{} rows", m.num_rows());
    let months = strs(&m, "month");
    assert!(months.iter().all(|x| x.as_ref().is_some_and(|s| s.len() == 7 && s.starts_with("202"))), "{months:?}");
    let a = read(&out, "arrests_by_country");
    assert!(strs(&a, "country").contains(&Some("IRQ".to_string())));
    // The two sql stages read only upstream tables, so they run in one wave, at the same time.
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let st = |n: &str| manifest["stages"].as_array().unwrap().iter().find(|s| s["name"] == n).unwrap_or_else(|| panic!("{n} not in manifest")).clone();
    let (a, b) = (st("monthly_seizures"), st("arrests_by_country"));
    let t = |v: &Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    assert!(t(&a["started_at"]) < t(&b["ended_at"]) && t(&b["started_at"]) < t(&a["ended_at"]), "no overlap: {a} {b}");
}

#[test]
fn pattern_stage_emits_rows_with_parsed_captures() {
    let out = tmp("pattern");
    run(&fixture("pattern.toml"), &fixture("input"), &out);
    let p = read(&out, "precursor_seizures");
    let chem = strs(&p, "chemical");
    let litres = f64s(&p, "amount_litres");
    let k = chem.iter().position(|c| c.as_deref() == Some("acetic anhydride")).expect("acetic anhydride row");
    assert_eq!(litres[k], Some(3000.0));
    assert_eq!(strs(&p, "country")[k].as_deref(), Some("AFG"));
    let h = chem.iter().position(|c| c.as_deref() == Some("hydrochloric acid")).expect("hydrochloric acid row");
    assert!((litres[h].unwrap() - 1514.16).abs() < 0.01);
    assert!(strs(&p, "evidence")[h].as_deref().unwrap().contains("400 gallons"));
    assert!(strs(&p, "rule").iter().all(|r| r.as_deref() == Some("precursors")));
    // The built-in extractors still run beside it.
    let s = read(&out, "seizures");
    assert!(f64s(&s, "quantity_kg").contains(&Some(1500.0)));
}

#[test]
fn filter_stage_keeps_only_matching_documents() {
    let out = tmp("filter");
    run(&fixture("filter.toml"), &root().join("data"), &out);
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let kept = manifest["documents"].as_u64().unwrap();
    let dropped = manifest["filtered_out"].as_u64().unwrap();
    assert!(kept >= 3 && dropped >= 5, "kept {kept}, dropped {dropped}");
    assert_eq!(kept + dropped, 15);
    let docs = read(&out, "documents");
    let sources = strs(&docs, "source");
    assert!(sources.contains(&Some("iraq/anbar_captagon.txt".into())));
    assert!(!sources.contains(&Some("reports/turkey_crackdown.md".into())), "{sources:?}");
}

/// A gate of another kind (`sample`) chained after the filter: the config checks, the run,
/// `explain` and `test` go through the same chain.
#[test]
fn sample_stage_chains_after_a_filter_everywhere() {
    let dir = tmp("sample");
    let cfg = std::fs::read_to_string(fixture("filter.toml")).unwrap().replace(
        "[stages.extract]\nkind = \"extract\"\ninputs = [\"iraq_only\"]",
        "[stages.half]\nkind = \"sample\"\ninputs = [\"iraq_only\"]\nfraction = 0.5\nseed = 3\n\n[stages.extract]\nkind = \"extract\"\ninputs = [\"half\"]",
    );
    assert!(cfg.contains("kind = \"sample\""), "fixture changed: {cfg}");
    let config = dir.join("sample.toml");
    std::fs::write(&config, &cfg).unwrap();
    let o = interdict(&["validate", "--config", config.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (a, b) = (dir.join("a"), dir.join("b"));
    run(&config, &root().join("data"), &a);
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(a.join("manifest.json")).unwrap()).unwrap();
    let kept = manifest["documents"].as_u64().unwrap();
    let filtered = fixture_filtered();
    assert!(kept < filtered, "the sample kept {kept} of the {filtered} the filter keeps");
    assert_eq!(kept + manifest["filtered_out"].as_u64().unwrap(), 15);
    // The same documents on every run, whatever the threads.
    let o = interdict(&["run", "--config", config.to_str().unwrap(), "--input", root().join("data").to_str().unwrap(), "--output", b.to_str().unwrap(), "--threads", "1"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    common::assert_same_tables(&a, &b);
    // explain says which gate dropped each document the run left out: some by the sample.
    let docs: Vec<String> = strs(&read(&a, "documents"), "source").into_iter().flatten().collect();
    let mut files = Vec::new();
    let mut todo = vec![root().join("data")];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() { todo.push(e.path()) } else { files.push(e.path()) }
        }
    }
    let mut by_sample = 0;
    for f in files {
        let rel = f.strip_prefix(root().join("data")).unwrap().to_string_lossy().to_string();
        if docs.iter().any(|d| d == &rel || d.starts_with(&format!("{rel}#"))) {
            continue;
        }
        let o = interdict(&["explain", "--config", config.to_str().unwrap(), f.to_str().unwrap()]);
        let text = String::from_utf8_lossy(&o.stdout);
        by_sample += text.matches("dropped by stage half").count();
    }
    assert!(by_sample >= 1, "no document dropped by the sample in explain");
    // A wrong fraction is a located config problem.
    std::fs::write(&config, cfg.replace("fraction = 0.5", "fraction = 1.5")).unwrap();
    let o = interdict(&["validate", "--config", config.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr).to_string() + &String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success() && err.contains("fraction must be from 0 to 1"), "{err}");
}

/// How many documents of the sample data the filter of filter.toml keeps.
fn fixture_filtered() -> u64 {
    let out = tmp("sample-filter-only");
    run(&fixture("filter.toml"), &root().join("data"), &out);
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    manifest["documents"].as_u64().unwrap()
}

#[test]
fn config_tests_run_with_interdict_test() {
    let o = interdict(&["test", "--config", fixture("pattern.toml").to_str().unwrap()]);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{s}");
    assert!(s.contains("2 passed, 0 failed"), "{s}");
    // A wrong expectation fails, and says why.
    let dir = tmp("cfgtest");
    let bad = std::fs::read_to_string(fixture("pattern.toml")).unwrap().replace("amount_litres = 3000.0", "amount_litres = 2000.0");
    std::fs::write(dir.join("bad.toml"), bad).unwrap();
    let o = interdict(&["test", "--config", dir.join("bad.toml").to_str().unwrap()]);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success());
    assert!(s.contains("litres of acetic anhydride ... FAILED") && s.contains("1 passed, 1 failed"), "{s}");
}

#[test]
fn validate_locates_every_problem_of_user_stages() {
    let dir = tmp("validate");
    let base = std::fs::read_to_string(root().join("pipeline.toml")).unwrap();
    let text = base
        + r#"
[stages.bad_regex]
kind = "pattern"
inputs = ["clean"]
table = "things"
regex = '(?P<n>[0-9'

[stages.clash]
kind = "pattern"
inputs = ["clean"]
table = "seizures"
keywords = ["x"]

[stages.bad_sql]
kind = "sql"
inputs = ["deduplicate"]
query = "SELECT * FROM nowhere"

[stages.loop_a]
kind = "sql"
inputs = ["loop_b"]
query = "SELECT 1 AS x"

[stages.loop_b]
kind = "sql"
inputs = ["loop_a"]
query = "SELECT 1 AS x"
"#;
    let p = dir.join("bad.toml");
    std::fs::write(&p, &text).unwrap();
    let o = interdict(&["validate", "--config", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let line = |needle: &str| text.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
    assert!(err.contains(&format!("bad.toml:{}: stages.bad_regex.regex: invalid regex", line("regex = '(?P<n>"))), "{err}");
    assert!(err.contains(&format!("bad.toml:{}: stages.clash.table: table `seizures` is already written by stage `extract`", line("table = \"seizures\""))), "{err}");
    assert!(err.contains(&format!("bad.toml:{}: stages.bad_sql.query: the query reads `nowhere`", line("query = \"SELECT * FROM nowhere\""))), "{err}");
    assert!(err.contains("cycle: loop_a -> loop_b -> loop_a") || err.contains("cycle: loop_b -> loop_a -> loop_b"), "{err}");
    // A query with a syntax error is caught too.
    let text2 = std::fs::read_to_string(fixture("sql.toml")).unwrap().replace("SELECT country, COUNT", "SELECT country,, COUNT");
    std::fs::write(dir.join("syntax.toml"), &text2).unwrap();
    let o = interdict(&["validate", "--config", dir.join("syntax.toml").to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("stages.arrests_by_country.query"), "{err}");
    for f in ["sql.toml", "pattern.toml", "filter.toml"] {
        let o = interdict(&["validate", "--config", fixture(f).to_str().unwrap()]);
        assert!(o.status.success(), "{f}: {}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn graph_and_dry_run_show_the_plan() {
    let cfg = fixture("sql.toml");
    let o = interdict(&["graph", "--config", cfg.to_str().unwrap()]);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.starts_with("graph LR") && s.contains("deduplicate --> monthly_seizures") && s.contains("deduplicate --> arrests_by_country"), "{s}");
    let o = interdict(&["graph", "--config", cfg.to_str().unwrap(), "--format", "dot"]);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.starts_with("digraph interdict") && s.contains("\"deduplicate\" -> \"monthly_seizures\""), "{s}");
    let out = tmp("dry");
    let o = interdict(&["run", "--dry-run", "--config", cfg.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success());
    assert!(s.contains("monthly_seizures (sql) <- deduplicate") && s.contains("monthly_seizures.parquet"), "{s}");
    assert!(s.contains("wave 1: aggregate, arrests_by_country, monthly_seizures") || s.contains("wave 1:"), "{s}");
    assert!(std::fs::read_dir(&out).unwrap().next().is_none(), "a dry run writes nothing");
}

#[test]
fn lexicon_additions_from_the_config_and_a_csv_file() {
    let out = tmp("lexicon");
    run(&fixture("lexicon.toml"), &fixture("lexinput"), &out);
    let s = read(&out, "seizures");
    let drugs = strs(&s, "drug");
    assert!(drugs.contains(&Some("methamphetamine".into())), "{drugs:?}");
    assert!(drugs.contains(&Some("ketamine".into())), "{drugs:?}");
    // "Zakho" is a city of Iraq only through the CSV file.
    assert!(strs(&s, "country").iter().all(|c| c.as_deref() == Some("IRQ")), "{:?}", strs(&s, "country"));
}

#[test]
fn built_in_extractors_take_options_per_table() {
    let dir = tmp("pertable");
    let text = std::fs::read_to_string(root().join("pipeline.toml")).unwrap().replace(
        "inherit_period_sentences = 2",
        "inherit_period_sentences = 2\n\n[stages.extract.per_table.seizures]\nkeep = \"totals\"\nrequire_country = true\n\n[stages.extract.per_table.arrests]\nmin_value = 1000",
    );
    std::fs::write(dir.join("p.toml"), &text).unwrap();
    let out = tmp("pertable-out");
    run(&dir.join("p.toml"), &root().join("data"), &out);
    let s = read(&out, "seizures");
    let agg = s.column_by_name("is_aggregate").unwrap().as_any().downcast_ref::<arrow::array::BooleanArray>().unwrap().clone();
    assert!(s.num_rows() >= 3 && (0..agg.len()).all(|i| agg.value(i)), "only totals are kept");
    assert!(strs(&s, "country").iter().all(|c| c.is_some()));
    let a = read(&out, "arrests");
    let counts = a.column_by_name("count").unwrap().as_any().downcast_ref::<arrow::array::Int64Array>().unwrap().clone();
    assert!(a.num_rows() >= 1 && (0..counts.len()).all(|i| counts.value(i) >= 1000));
    // A wrong option is caught by validate.
    std::fs::write(dir.join("bad.toml"), text.replace("keep = \"totals\"", "keep = \"some\"")).unwrap();
    let o = interdict(&["validate", "--config", dir.join("bad.toml").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("per_table keep must be all, incidents or totals"));
}
