//! End-to-end tests: run the `interdict` binary on fixtures and read the Parquet back.

mod common;

use arrow::array::{Array, BooleanArray, Date32Array, Float64Array, Int64Array, ListArray, StringArray};
use arrow::datatypes::DataType;
use arrow::record_batch::RecordBatch;
use common::{assert_same_tables, bin, f64s, i64s, parquet_files, read, root, strs, tmp};
use serde_json::Value;
use std::path::Path;




fn run(input: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let o = bin()
        .args(["run", "--config"])
        .arg(root().join("pipeline.toml"))
        .arg("--input")
        .arg(input)
        .arg("--output")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    assert!(o.status.success(), "run failed: {}", String::from_utf8_lossy(&o.stderr));
    o
}





/// Rows of a fact table as JSON objects (dates as ISO strings), for matching.
fn rows(b: &RecordBatch) -> Vec<serde_json::Map<String, Value>> {
    let mut out = vec![serde_json::Map::new(); b.num_rows()];
    for (i, field) in b.schema().fields().iter().enumerate() {
        let col = b.column(i);
        for (r, row) in out.iter_mut().enumerate() {
            let v = if col.is_null(r) {
                Value::Null
            } else {
                match field.data_type() {
                    DataType::Utf8 => Value::from(col.as_any().downcast_ref::<StringArray>().unwrap().value(r)),
                    DataType::Int64 => Value::from(col.as_any().downcast_ref::<Int64Array>().unwrap().value(r)),
                    DataType::Float64 => Value::from(col.as_any().downcast_ref::<Float64Array>().unwrap().value(r)),
                    DataType::Boolean => Value::from(col.as_any().downcast_ref::<BooleanArray>().unwrap().value(r)),
                    DataType::Date32 => Value::from(col.as_any().downcast_ref::<Date32Array>().unwrap().value_as_date(r).unwrap().to_string()),
                    DataType::List(_) => {
                        let l = col.as_any().downcast_ref::<ListArray>().unwrap().value(r);
                        let s = l.as_any().downcast_ref::<StringArray>().unwrap();
                        Value::from((0..s.len()).map(|k| s.value(k).to_string()).collect::<Vec<_>>())
                    }
                    other => panic!("unexpected type {other}"),
                }
            };
            row.insert(field.name().clone(), v);
        }
    }
    out
}

fn accepted(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        v => vec![v.clone()],
    }
}

fn close(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 0.01 * x.abs().max(y.abs()),
        _ => a.is_null() && b.is_null(),
    }
}

/// Same figure or event (the rule of ../shared/eval/score.py).
fn key_match(table: &str, g: &Value, p: &serde_json::Map<String, Value>) -> bool {
    let get = |k: &str| p.get(k).cloned().unwrap_or(Value::Null);
    match table {
        "seizures" => ["quantity_kg", "pill_count", "value_amount"].iter().filter(|k| !g[**k].is_null()).all(|k| close(&g[*k], &get(k))),
        "arrests" | "network_disruptions" => close(&g["count"], &get("count")),
        "sentences" => accepted(&g["sentence_type"]).contains(&get("sentence_type")) && close(&g["count"], &get("count")),
        _ => {
            let parties: Vec<String> = get("parties").as_array().map(|a| a.iter().map(|x| x.as_str().unwrap().to_uppercase()).collect()).unwrap_or_default();
            accepted(&g["event_type"]).contains(&get("event_type"))
                && (g.get("count").is_none() || close(&g["count"], &get("count")))
                && g["parties"].as_array().map(|a| a.iter().all(|x| parties.contains(&x.as_str().unwrap().to_uppercase()))).unwrap_or(true)
        }
    }
}

fn field_ok(field: &str, g: &Value, p: &serde_json::Map<String, Value>) -> bool {
    let get = |k: &str| p.get(k).cloned().unwrap_or(Value::Null);
    match field {
        "period" => {
            let gp = &g["period"];
            if gp.is_null() || gp["start"].is_null() {
                return get("period_start").is_null();
            }
            let tol = gp.get("tol_days").and_then(|t| t.as_i64()).unwrap_or(0);
            let d = |v: &Value| v.as_str().and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
            match (d(&gp["start"]), d(&gp["end"]), d(&get("period_start")), d(&get("period_end"))) {
                (Some(gs), Some(ge), Some(ps), Some(pe)) => (ps - gs).num_days().abs() <= tol && (pe - ge).num_days().abs() <= tol,
                _ => false,
            }
        }
        "concealment" => get("concealment").as_str().is_some_and(|c| c.to_lowercase().contains(&g["concealment"].as_str().unwrap_or("").to_lowercase())),
        "location" => accepted(&g["location"]).iter().any(|v| get("location").as_str().unwrap_or("").to_lowercase().contains(&v.as_str().unwrap_or("").to_lowercase())),
        "parties" => {
            let mut a: Vec<String> = g["parties"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_uppercase()).collect();
            let mut b: Vec<String> = get("parties").as_array().map(|a| a.iter().map(|x| x.as_str().unwrap().to_uppercase()).collect()).unwrap_or_default();
            a.sort();
            b.sort();
            a == b
        }
        f => accepted(&g[f]).contains(&get(f)),
    }
}

#[test]
fn sample_corpus_gives_the_expected_facts() {
    let out = tmp("samples");
    run(&root().join("data"), &out, &[]);
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(root().join("tests/fixtures/sample_expected.json")).unwrap()).unwrap();
    let docs = read(&out, "documents");
    let sources = strs(&docs, "source");
    let ids = strs(&docs, "doc_id");
    let (mut tp, mut fn_, mut fp, mut fields_ok, mut fields_n) = (0, 0, 0, 0, 0);
    let mut errors = Vec::new();
    for t in ["seizures", "arrests", "sentences", "cooperation_events", "network_disruptions"] {
        let all = rows(&read(&out, t));
        for gdoc in gold["docs"].as_array().unwrap() {
            let src = gdoc["source"].as_str().unwrap();
            let k = sources.iter().position(|s| s.as_deref() == Some(src)).unwrap_or_else(|| panic!("document {src} missing"));
            let doc_id = ids[k].clone().unwrap();
            let mut preds: Vec<&serde_json::Map<String, Value>> = all.iter().filter(|r| r["doc_id"] == doc_id.clone()).collect();
            // Repeats of a figure in a document (one cluster) count once.
            let mut seen = std::collections::BTreeSet::new();
            preds.retain(|r| seen.insert(r["cluster_id"].as_str().unwrap().to_string()));
            for g in gdoc["facts"].as_array().unwrap().iter().filter(|f| f["table"] == t) {
                match preds.iter().position(|p| key_match(t, g, p)) {
                    Some(i) => {
                        let p = preds.remove(i);
                        if g.get("optional").and_then(|o| o.as_bool()) == Some(true) {
                            continue;
                        }
                        tp += 1;
                        for f in ["country", "drug", "qualifier", "is_aggregate", "period", "value_currency", "location", "sentence_type", "event_type", "parties", "scope", "origin_country", "destination_country", "transit_countries_text", "transport_mode", "concealment", "trafficker_nationalities_text", "admin1", "geo_precision"] {
                            if g.get(f).is_some() {
                                fields_n += 1;
                                if field_ok(f, g, p) {
                                    fields_ok += 1;
                                } else {
                                    errors.push(format!("{src} {t} {f}: expected {}, got {:?}", g[f], p.get(f).or(p.get("period_start"))));
                                }
                            }
                        }
                    }
                    None if g.get("optional").and_then(|o| o.as_bool()) == Some(true) => {}
                    None => {
                        fn_ += 1;
                        errors.push(format!("{src} missed {t}: {g}"));
                    }
                }
            }
            fp += preds.len();
            for p in preds {
                errors.push(format!("{src} extra {t}: {}", p["evidence"]));
            }
        }
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    let acc = fields_ok as f64 / fields_n as f64;
    println!("sample corpus: tp={tp} fp={fp} fn={fn_} f1={f1:.3} field_accuracy={acc:.3}");
    for e in &errors {
        println!("  {e}");
    }
    assert!(tp >= 60, "too few facts matched: {tp}");
    assert!(f1 >= 0.95, "fact F1 {f1:.3} below 0.95:\n{}", errors.join("\n"));
    assert!(acc >= 0.95, "field accuracy {acc:.3} below 0.95:\n{}", errors.join("\n"));
    // Every contract table is there with the contract's types.
    let s = read(&out, "seizures");
    let schema = s.schema();
    assert_eq!(schema.field_with_name("period_start").unwrap().data_type(), &DataType::Date32);
    assert_eq!(schema.field_with_name("pill_count").unwrap().data_type(), &DataType::Int64);
    assert_eq!(schema.field_with_name("drug").unwrap().data_type(), &DataType::Utf8);
    let c = read(&out, "cooperation_events");
    assert!(matches!(c.schema().field_with_name("parties").unwrap().data_type(), DataType::List(f) if f.data_type() == &DataType::Utf8));
    for t in ["rejects", "fact_clusters", "conflicts", "seizures_by_country_year", "arrests_by_country_year", "sentences_by_country_year", "routes"] {
        read(&out, t);
    }
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["documents"], 15);
    assert_eq!(manifest["stages"].as_array().unwrap().len(), 6);
}

#[test]
fn same_input_gives_byte_identical_tables_whatever_the_threads() {
    let (a, b) = (tmp("det-a"), tmp("det-b"));
    run(&root().join("data"), &a, &["--threads", "1"]);
    run(&root().join("data"), &b, &["--threads", "2"]);
    assert_same_tables(&a, &b);
    let n = parquet_files(&a).len();
    assert!(n >= 20, "only {n} files written");
}

#[test]
fn bad_input_is_rejected_with_a_reason_and_the_run_goes_on() {
    let input = tmp("bad-in");
    let out = tmp("bad-out");
    std::fs::write(input.join("good.txt"), "Police seize heroin in port\nPublished: 3 March 2025\nPolice seized 40 kilograms of heroin in the port of Mersin on Monday, the Turkish interior ministry said.\n").unwrap();
    std::fs::write(input.join("broken.json"), "{\"title\": \"x\", ").unwrap();
    std::fs::write(input.join("notext.jsonl"), "{\"title\": \"only a title\"}\n").unwrap();
    std::fs::write(input.join("fake.txt.gz"), "this is not gzip").unwrap();
    std::fs::write(input.join("empty.md"), "").unwrap();
    std::fs::write(input.join("scan.pdf"), "%PDF-1.4").unwrap();
    run(&input, &out, &[]);
    let rej = read(&out, "rejects");
    let sources = strs(&rej, "source");
    let reasons = strs(&rej, "reason");
    let reason_of = |s: &str| reasons[sources.iter().position(|x| x.as_deref() == Some(s)).unwrap_or_else(|| panic!("{s} not rejected: {sources:?}"))].clone().unwrap();
    assert!(reason_of("broken.json").contains("malformed JSON"));
    assert!(reason_of("notext.jsonl#1").contains("no text field"));
    assert!(reason_of("fake.txt.gz").contains("gzip"));
    assert!(reason_of("empty.md").contains("empty"));
    assert!(reason_of("scan.pdf").contains("unsupported"));
    let docs = read(&out, "documents");
    assert_eq!(strs(&docs, "source"), vec![Some("good.txt".to_string())]);
    let s = read(&out, "seizures");
    assert_eq!(f64s(&s, "quantity_kg"), vec![Some(40.0)]);
    assert_eq!(strs(&s, "country"), vec![Some("TUR".to_string())]);
    assert_eq!(strs(&s, "drug"), vec![Some("heroin".to_string())]);
}

#[test]
fn a_failed_run_leaves_the_previous_outputs_intact() {
    let out = tmp("keep");
    run(&root().join("data"), &out, &[]);
    let before = parquet_files(&out);
    let o = bin().args(["run", "--config"]).arg(root().join("pipeline.toml")).args(["--input", "/nonexistent/interdict/input", "--output"]).arg(&out).output().unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/interdict/input"));
    assert!(parquet_files(&out) == before, "outputs changed");
    assert!(!std::fs::read_dir(&out).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().starts_with(".staging")));
}

#[test]
fn validate_names_the_line_of_every_problem() {
    let dir = tmp("validate");
    let text = std::fs::read_to_string(root().join("pipeline.toml")).unwrap().replace("[stages.clean]\n", "[stages.clean]\nspeed = \"fast\"\n") + "\n[stages.extra]\nkind = \"teleport\"\ninputs = [\"nowhere\"]\n";
    let p = dir.join("bad.toml");
    std::fs::write(&p, &text).unwrap();
    let o = bin().args(["validate", "--config"]).arg(&p).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let speed_line = text.lines().position(|l| l.starts_with("speed")).unwrap() + 1;
    assert!(err.contains(&format!("bad.toml:{speed_line}: stages.clean.speed: unknown key")), "{err}");
    assert!(err.contains("unknown stage kind `teleport`"), "{err}");
    // A near miss gets a suggestion.
    std::fs::write(&p, std::fs::read_to_string(root().join("pipeline.toml")).unwrap().replace("threads = 0", "thread = 0")).unwrap();
    let o = bin().args(["validate", "--config"]).arg(&p).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("1 problem in the configuration") && err.contains("run.thread: unknown key: did you mean `threads`?"), "{err}");
    let ok = bin().args(["validate", "--config"]).arg(root().join("pipeline.toml")).output().unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
}

#[test]
fn stages_and_explain_describe_what_happens() {
    let o = bin().arg("stages").output().unwrap();
    let s = String::from_utf8_lossy(&o.stdout);
    for k in ["ingest", "clean", "extract", "deduplicate", "aggregate", "sink"] {
        assert!(s.contains(k), "{s}");
    }
    let dir = tmp("explain");
    let f = dir.join("a.txt");
    std::fs::write(&f, "Iraqi forces seized 1,100 kilograms of Captagon pills in Anbar on Monday.\nThe ministry aims to seize 5 tons of drugs next year.\n").unwrap();
    let o = bin().args(["explain", "--config"]).arg(root().join("pipeline.toml")).arg(&f).output().unwrap();
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success());
    assert!(s.contains("seizures drug=captagon quantity_kg=1100.0"), "{s}");
    assert!(s.contains("rule: seizure:mass"), "{s}");
    assert!(s.contains("negated, planned or hypothetical"), "{s}");
    assert!(!s.contains("Some(") && !s.contains("None"), "{s}");
    let o = bin().args(["explain", "--format", "json", "--config"]).arg(root().join("pipeline.toml")).arg(&f).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"][0]["facts"][0]["values"]["quantity_kg"], 1100.0);
    // A rejected or missing file: exit 1.
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let o = bin().args(["explain", "--config"]).arg(root().join("pipeline.toml")).arg(dir.join("empty.txt")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("rejected by ingest: the file is empty"));
    let o = bin().args(["explain", "--config"]).arg(root().join("pipeline.toml")).arg(dir.join("missing.txt")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn seeds_clusters_and_conflicts() {
    // The IRQ 2024 arrests: 14,483 and "around 14,500" are one figure, "nearly 10,000" another.
    let input = tmp("conf-in");
    std::fs::write(input.join("a.txt"), "In 2024, Iraqi police arrested 14,483 suspects on drug charges, the interior ministry said.\n").unwrap();
    std::fs::write(input.join("b.txt"), "Iraqi authorities arrested around 14,500 suspects on drug charges in 2024, officials said.\n").unwrap();
    std::fs::write(input.join("c.txt"), "Nearly 10,000 people were arrested in Iraq on drug charges in 2024, Iraqi officials said.\n").unwrap();
    let out = tmp("conf-out");
    run(&input, &out, &[]);
    let a = read(&out, "arrests");
    let counts = i64s(&a, "count");
    let clusters = strs(&a, "cluster_id");
    let c = |n: i64| clusters[counts.iter().position(|x| *x == Some(n)).unwrap()].clone();
    assert_eq!(c(14483), c(14500));
    assert_ne!(c(14483), c(10000));
    let k = read(&out, "conflicts");
    assert_eq!(k.num_rows(), 1);
    assert_eq!(strs(&k, "metric"), vec![Some("arrests".to_string())]);
    assert_eq!(f64s(&k, "min_value"), vec![Some(10000.0)]);
    let fc = read(&out, "fact_clusters");
    assert_eq!(fc.num_rows(), 2);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn syndicated_near_copy_is_linked_and_its_facts_join_the_original() {
    let out = tmp("near");
    run(&root().join("tests/fixtures/dedup"), &out, &[]);
    let docs = read(&out, "documents");
    let src = strs(&docs, "source");
    let ids = strs(&docs, "doc_id");
    let dup = strs(&docs, "duplicate_of");
    let at = |s: &str| src.iter().position(|x| x.as_deref() == Some(s)).unwrap();
    // The copy has another headline, byline and date line and two reworded sentences.
    assert_eq!(dup[at("syndicated.txt")], ids[at("original.txt")]);
    assert_eq!(dup[at("original.txt")], None);
    assert_eq!(dup[at("other.txt")], None, "a different article on the same topic is no copy");
    // Its 2.4 million pills are the original's figure, reported by one document.
    let s = read(&out, "seizures");
    let pills = i64s(&s, "pill_count");
    let doc = strs(&s, "doc_id");
    let cl = strs(&s, "cluster_id");
    let of = |d: &Option<String>, n: i64| cl[(0..pills.len()).find(|&i| doc[i] == *d && pills[i] == Some(n)).unwrap_or_else(|| panic!("no {n} pills row"))].clone();
    assert_eq!(of(&ids[at("syndicated.txt")], 2_400_000), of(&ids[at("original.txt")], 2_400_000));
    let fc = read(&out, "fact_clusters");
    let fcid = strs(&fc, "cluster_id");
    let ndocs = i64s(&fc, "num_documents");
    let nment = i64s(&fc, "num_mentions");
    let k = fcid.iter().position(|c| *c == of(&ids[at("original.txt")], 2_400_000)).unwrap();
    assert_eq!((nment[k], ndocs[k]), (Some(2), Some(1)));
}

fn manifest(out: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap()
}

/// Run incrementally into `out`, then from scratch into a fresh folder: same tables.
fn step_equals_full(input: &Path, out: &Path, name: &str) -> Value {
    run(input, out, &[]);
    let full = tmp(name);
    run(input, &full, &["--full-refresh"]);
    assert_same_tables(out, &full);
    let _ = std::fs::remove_dir_all(&full);
    manifest(out)
}

#[test]
fn incremental_run_reprocesses_only_new_files_and_equals_a_full_run() {
    let input = tmp("inc-in");
    copy_dir(&root().join("data"), &input);
    let out = tmp("inc-out");
    run(&input, &out, &[]);
    std::fs::copy(root().join("tests/fixtures/dedup/original.txt"), input.join("added.txt")).unwrap();
    let m = step_equals_full(&input, &out, "inc-full");
    assert_eq!(m["files_processed"], 1, "{m}");
    assert_eq!(m["files_reused"], 12);
    // Only the month of the new article was rewritten, and only its tables' files.
    assert_eq!(m["partitions_rewritten"], 1, "{m}");
    let all = parquet_files(&out).len() as i64;
    assert!(m["files_written"].as_i64().unwrap() < all / 2, "{m}");
    // A changed file is extracted again; a removed one disappears.
    std::fs::write(input.join("added.txt"), "Police seized 12 kilograms of heroin in Basra on Monday, the Iraqi interior ministry said.\n").unwrap();
    std::fs::remove_file(input.join("reports/turkey_crackdown.md")).unwrap();
    let m3 = step_equals_full(&input, &out, "inc-full2");
    assert_eq!((m3["files_processed"].as_i64(), m3["files_reused"].as_i64()), (Some(1), Some(11)));
    // Nothing changed: nothing is extracted or written, and the tables stay as they are.
    let before = parquet_files(&out);
    run(&input, &out, &[]);
    let m4 = manifest(&out);
    assert_eq!((m4["files_processed"].as_i64(), m4["files_written"].as_i64(), m4["partitions_rewritten"].as_i64()), (Some(0), Some(0), Some(0)), "{m4}");
    assert!(parquet_files(&out) == before);
}

#[test]
fn incremental_dedup_follows_copies_across_runs_as_a_full_run_does() {
    let input = tmp("copies-in");
    let out = tmp("copies-out");
    let dedup = root().join("tests/fixtures/dedup");
    std::fs::copy(dedup.join("syndicated.txt"), input.join("syndicated.txt")).unwrap();
    step_equals_full(&input, &out, "copies-full0");
    let dup_of = |out: &Path| -> Vec<(String, Option<String>)> {
        let d = read(out, "documents");
        let (src, ids, dup) = (strs(&d, "source"), strs(&d, "doc_id"), strs(&d, "duplicate_of"));
        let name = |id: &Option<String>| id.as_ref().map(|id| src[ids.iter().position(|x| x.as_ref() == Some(id)).unwrap()].clone().unwrap());
        let mut v: Vec<(String, Option<String>)> = src.iter().zip(&dup).map(|(s, d)| (s.clone().unwrap(), name(d))).collect();
        v.sort();
        v
    };
    assert_eq!(dup_of(&out), vec![("syndicated.txt".to_string(), None)]);
    // The original arrives later but was published earlier, in another month: the copy
    // already written now points at it, and their facts share clusters.
    let original = std::fs::read_to_string(dedup.join("original.txt")).unwrap().replace("Published: 10 February 2025", "Published: 30 January 2025");
    std::fs::write(input.join("original.txt"), original).unwrap();
    let m = step_equals_full(&input, &out, "copies-full1");
    assert_eq!(dup_of(&out), vec![("original.txt".to_string(), None), ("syndicated.txt".to_string(), Some("original.txt".to_string()))]);
    assert!(m["pairs_verified"].as_i64().unwrap() >= 1, "{m}");
    assert_eq!(m["partitions_rewritten"], 2, "the new month and the copy's month: {m}");
    // Another article on the topic is no copy.
    std::fs::copy(dedup.join("other.txt"), input.join("other.txt")).unwrap();
    step_equals_full(&input, &out, "copies-full2");
    assert_eq!(dup_of(&out)[1].1, None);
    // The original goes away: the copy is an original again.
    std::fs::remove_file(input.join("original.txt")).unwrap();
    step_equals_full(&input, &out, "copies-full3");
    assert_eq!(dup_of(&out), vec![("other.txt".to_string(), None), ("syndicated.txt".to_string(), None)]);
    // A sample corpus beside them, then one of its files edited with a new figure.
    copy_dir(&root().join("data"), &input.join("data"));
    step_equals_full(&input, &out, "copies-full4");
    let f = input.join("data/iraq/anbar_captagon.txt");
    let text = std::fs::read_to_string(&f).unwrap() + "\nIn a separate raid in Basra on Tuesday, police seized 35 kilograms of crystal methamphetamine and arrested two men.\n";
    std::fs::write(&f, text).unwrap();
    let m = step_equals_full(&input, &out, "copies-full5");
    assert_eq!(m["files_processed"], 1, "{m}");
}

#[test]
fn single_file_layout_is_incremental_too() {
    let dir = tmp("flat");
    let cfg = dir.join("flat.toml");
    let text = std::fs::read_to_string(root().join("pipeline.toml")).unwrap().replace("compression = \"snappy\"", "compression = \"snappy\"\npartition_by = \"none\"");
    std::fs::write(&cfg, text).unwrap();
    let go = |input: &Path, out: &Path, extra: &[&str]| {
        let o = bin().args(["run", "--config"]).arg(&cfg).arg("--input").arg(input).arg("--output").arg(out).args(extra).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    let input = dir.join("in");
    copy_dir(&root().join("data"), &input);
    let (out, full) = (dir.join("out"), dir.join("full"));
    go(&input, &out, &[]);
    std::fs::copy(root().join("tests/fixtures/dedup/syndicated.txt"), input.join("syndicated.txt")).unwrap();
    std::fs::remove_file(input.join("iraq/basra_court.txt")).unwrap();
    go(&input, &out, &[]);
    go(&input, &full, &["--full-refresh"]);
    assert_same_tables(&out, &full);
    let names: Vec<String> = parquet_files(&out).into_iter().map(|f| f.0).collect();
    assert!(names.contains(&"seizures.parquet".to_string()) && names.contains(&"fact_clusters.parquet".to_string()), "{names:?}");
    assert!(names.iter().all(|n| !n.contains('/')), "{names:?}");
    assert_eq!(manifest(&out)["files_processed"], 1);
}

#[test]
fn damaged_state_falls_back_to_a_full_run() {
    let input = tmp("damaged-in");
    copy_dir(&root().join("data"), &input);
    let out = tmp("damaged-out");
    run(&input, &out, &[]);
    let before = parquet_files(&out);
    // An unreadable index: the next run starts from scratch and gives the same tables.
    std::fs::write(out.join("_interdict_state/index.bin"), b"not a state").unwrap();
    run(&input, &out, &[]);
    assert_eq!(manifest(&out)["full_refresh"], true);
    assert!(parquet_files(&out) == before, "tables changed after a full run on the same input");
    // A damaged shard is found when it is needed: that run, too, becomes a full run.
    let parts = out.join("_interdict_state/parts");
    for e in std::fs::read_dir(&parts).unwrap() {
        std::fs::write(e.unwrap().path(), b"garbage").unwrap();
    }
    std::fs::write(input.join("iraq/anbar_captagon.txt"), std::fs::read_to_string(input.join("iraq/anbar_captagon.txt")).unwrap() + "\nPolice also arrested two men in Ramadi on Monday.\n").unwrap();
    run(&input, &out, &[]);
    assert_eq!(manifest(&out)["full_refresh"], true);
    let full = tmp("damaged-full");
    run(&input, &full, &["--full-refresh"]);
    assert_same_tables(&out, &full);
}

#[test]
fn warc_records_are_documents() {
    use std::io::Write;
    let input = tmp("warc-in");
    let out = tmp("warc-out");
    let rec = |kind: &str, uri: &str, block: &str| format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: <{uri}>\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n", block.len());
    let http = |ct: &str, body: &str| format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\n\r\n{body}");
    let page = "<html><head><title>Coast guard seizes cocaine</title><meta property=\"article:published_time\" content=\"2025-04-02\"></head><body><article><p>The coast guard seized 1.2 tonnes of cocaine from a fishing boat off Huelva on Tuesday, officials said.</p></article></body></html>";
    let records = [rec("warcinfo", "", "software: test\r\n"), rec("response", "https://news.example/coast", &http("text/html; charset=utf-8", page)), rec("response", "https://news.example/logo.png", &http("image/png", "PNG"))];
    // Common Crawl's layout: one gzip member per record.
    let mut gz = Vec::new();
    for r in &records {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(r.as_bytes()).unwrap();
        gz.extend(e.finish().unwrap());
    }
    std::fs::write(input.join("crawl.warc.gz"), gz).unwrap();
    std::fs::write(input.join("cut.warc"), format!("{}WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK", records[1])).unwrap();
    run(&input, &out, &[]);
    let docs = read(&out, "documents");
    let mut sources: Vec<String> = strs(&docs, "source").into_iter().flatten().collect();
    sources.sort();
    assert_eq!(sources, ["crawl.warc.gz#2", "cut.warc#1"]);
    let s = read(&out, "seizures");
    assert_eq!(f64s(&s, "quantity_kg"), vec![Some(1200.0), Some(1200.0)]);
    assert_eq!(strs(&s, "transport_mode"), vec![Some("maritime".to_string()); 2]);
    let r = read(&out, "rejects");
    assert_eq!(strs(&r, "source"), vec![Some("cut.warc#2".to_string())]);
    // The warcinfo record and the image response: skipped, and counted.
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["records_skipped"], 2);
    assert!(strs(&r, "reason")[0].as_deref().unwrap().contains("runs past the end"));
}
