//! The output is published all at once, by one writer at a time: runs killed at every
//! file operation of the publish leave exactly the old or the new output, and the next
//! run equals a full refresh; two runs into one folder never mix; an empty input does not
//! wipe an output; a failing disk leaves the previous output.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Output;

fn run_env(input: &Path, out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = bin();
    c.args(["run", "--config"]).arg(root().join("pipeline.toml")).arg("--input").arg(input).arg("--output").arg(out).args(extra);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn ok(o: &Output) {
    assert!(o.status.success(), "run failed: {}", String::from_utf8_lossy(&o.stderr));
}

fn article(dir: &Path, name: &str, date: &str, body: &str) {
    std::fs::write(dir.join(name), format!("Customs report\nPublished: {date}\n{body}\n")).unwrap();
}

/// Input A, then B: one file changed, one added, one removed, over three months.
fn inputs(base: &Path) -> (PathBuf, PathBuf) {
    let a = base.join("in-a");
    let b = base.join("in-b");
    for d in [&a, &b] {
        std::fs::create_dir_all(d).unwrap();
    }
    article(&a, "one.txt", "3 March 2025", "Police in Basra seized 40 kilograms of heroin on Monday, the Iraqi interior ministry said.");
    article(&a, "two.txt", "10 April 2025", "Jordanian forces arrested 12 smugglers and seized 300,000 Captagon pills at the Jaber crossing.");
    article(&a, "three.txt", "2 May 2025", "A court in Tehran sentenced four traffickers to death, Iranian media reported.");
    article(&b, "one.txt", "3 March 2025", "Police in Basra seized 40 kilograms of heroin on Monday, the Iraqi interior ministry said.");
    article(&b, "two.txt", "10 April 2025", "Jordanian forces arrested 15 smugglers and seized 500,000 Captagon pills at the Jaber crossing.");
    article(&b, "four.txt", "20 May 2025", "Turkish police seized 1.2 tonnes of cocaine in the port of Mersin and detained nine suspects.");
    (a, b)
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if e.file_type().unwrap().is_dir() {
            copy_tree(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

type Files = Vec<(String, Vec<u8>)>;

/// Kill a run at each file operation of its publish in turn; after each, the output is
/// exactly the old or the new one, and a run after it equals a full refresh.
fn kill_at_every_step(base: &Path, mode: &str, extra: &[&str], env: &[(&str, &str)], old: &Files, new: &Files, input_b: &Path, template: &Path) -> usize {
    let mut kills = 0;
    for n in 1..500 {
        let dir = base.join(format!("{mode}-{n}"));
        let out = dir.join("out");
        copy_tree(template, &out);
        let n_s = n.to_string();
        let mut e: Vec<(&str, &str)> = env.to_vec();
        e.push(("INTERDICT_FAULT_AFTER_OPS", &n_s));
        let o = run_env(input_b, &out, extra, &e);
        let now = parquet_files(&out);
        // Where the file system cannot exchange two folders, a kill between the two
        // renames leaves no output folder (never a mix); the next run puts it back.
        let gone = !out.exists() && env.iter().any(|(k, _)| *k == "INTERDICT_NO_EXCHANGE");
        assert!(&now == old || &now == new || gone, "{mode}: killed after file operation {n}, the output is a mix of two runs");
        assert!(gone || out.join("manifest.json").exists(), "{mode}: op {n}: no manifest");
        if o.status.success() {
            assert!(&now == new, "{mode}: a run that finished did not publish the new output");
            std::fs::remove_dir_all(&dir).unwrap();
            assert!(kills > 3, "{mode}: only {kills} file operations in a publish");
            return kills;
        }
        assert!(String::from_utf8_lossy(&o.stderr).contains("INTERDICT_FAULT_AFTER_OPS"), "{mode}: op {n}: failed for another reason: {}", String::from_utf8_lossy(&o.stderr));
        kills += 1;
        // The next run, as a scheduler would start it, equals a full refresh.
        ok(&run_env(input_b, &out, &[], &[]));
        assert!(&parquet_files(&out) == new, "{mode}: the run after a kill at op {n} differs from a full refresh");
        let leftovers: Vec<String> = std::fs::read_dir(dir.join(".out.interdict")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).filter(|n| n.starts_with("build-")).collect();
        assert!(leftovers.is_empty(), "{mode}: op {n}: staging left behind: {leftovers:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
    panic!("{mode}: the run never finished");
}

#[test]
fn a_run_killed_at_any_step_of_the_publish_leaves_the_old_or_the_new_output() {
    let base = tmp("crash");
    let (a, b) = inputs(&base);
    let template = base.join("old/out");
    ok(&run_env(&a, &template, &[], &[]));
    let old = parquet_files(&template);
    let fresh = base.join("new/out");
    ok(&run_env(&b, &fresh, &["--full-refresh"], &[]));
    let new = parquet_files(&fresh);
    assert_ne!(old, new);
    let mut total = 0;
    total += kill_at_every_step(&base, "incremental", &[], &[], &old, &new, &b, &template);
    total += kill_at_every_step(&base, "full-refresh", &["--full-refresh"], &[], &old, &new, &b, &template);
    total += kill_at_every_step(&base, "two-renames", &[], &[("INTERDICT_NO_EXCHANGE", "1")], &old, &new, &b, &template);
    eprintln!("runs killed: {total}; mixed outputs: 0");
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn a_failing_disk_at_any_step_before_the_switch_leaves_the_previous_output() {
    let base = tmp("enospc");
    let (a, b) = inputs(&base);
    let out = base.join("out");
    ok(&run_env(&a, &out, &[], &[]));
    let old = parquet_files(&out);
    let mut failed = 0;
    for n in 1..500 {
        let n_s = n.to_string();
        let o = run_env(&b, &out, &[], &[("INTERDICT_FAULT_AFTER_OPS", &n_s), ("INTERDICT_FAULT", "enospc")]);
        if o.status.success() {
            break;
        }
        failed += 1;
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("No space left on device") && err.contains("previous outputs are untouched"), "{err}");
        assert!(parquet_files(&out) == old, "a failed write at op {n} changed the output");
    }
    assert!(failed > 3);
    // An output folder that cannot be made: a clear error, exit 1.
    std::fs::write(base.join("file"), "x").unwrap();
    let o = run_env(&a, &base.join("file/out"), &[], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("file"), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn a_second_run_into_the_same_output_waits_or_stops_with_exit_3() {
    let base = tmp("lock");
    let (a, _) = inputs(&base);
    let out = base.join("out");
    ok(&run_env(&a, &out, &[], &[]));
    let before = parquet_files(&out);
    // Another process holds the lock.
    let lock = std::fs::OpenOptions::new().write(true).open(base.join(".out.interdict/lock")).unwrap();
    lock.lock().unwrap();
    let o = run_env(&a, &out, &["--full-refresh"], &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is being written by"), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(parquet_files(&out) == before);
    // With --lock-timeout it waits for the lock to be released.
    let holder = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(1500));
        drop(lock);
    });
    let t = std::time::Instant::now();
    ok(&run_env(&a, &out, &["--lock-timeout", "60"], &[]));
    assert!(t.elapsed() >= std::time::Duration::from_millis(1000));
    holder.join().unwrap();
    // A killed run's lock does not block: the kernel drops it with the process.
    let o = run_env(&a, &out, &["--full-refresh"], &[("INTERDICT_FAULT_AFTER_OPS", "2")]);
    assert!(!o.status.success());
    ok(&run_env(&a, &out, &[], &[]));
    assert!(parquet_files(&out) == before);
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn two_runs_started_together_never_mix() {
    let base = tmp("race");
    let reference = base.join("ref");
    ok(&run_env(&root().join("data"), &reference, &[], &[]));
    let want = parquet_files(&reference);
    for (round, wait) in [("nowait", "0"), ("wait", "120")] {
        let out = base.join(round);
        let spawn = || {
            bin().args(["run", "--config"]).arg(root().join("pipeline.toml")).arg("--input").arg(root().join("data")).arg("--output").arg(&out).args(["--lock-timeout", wait]).stderr(std::process::Stdio::piped()).spawn().unwrap()
        };
        let (p1, p2) = (spawn(), spawn());
        let codes: Vec<Option<i32>> = [p1, p2].into_iter().map(|p| p.wait_with_output().unwrap().status.code()).collect();
        assert!(codes.iter().all(|c| matches!(c, Some(0) | Some(3))), "{round}: {codes:?}");
        assert!(codes.contains(&Some(0)), "{round}: {codes:?}");
        if wait != "0" {
            assert_eq!(codes, vec![Some(0), Some(0)], "waiting runs both finish");
        }
        assert!(parquet_files(&out) == want, "{round}: the output differs from a single run");
        let m: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(m["documents"].as_u64().unwrap() as usize, read(&out, "documents").num_rows());
    }
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn an_empty_or_missing_input_does_not_wipe_the_output() {
    let base = tmp("empty");
    let (a, _) = inputs(&base);
    let out = base.join("out");
    ok(&run_env(&a, &out, &[], &[]));
    let before = parquet_files(&out);
    let empty = base.join("unmounted");
    std::fs::create_dir_all(&empty).unwrap();
    let o = run_env(&empty, &out, &[], &[]);
    assert_eq!(o.status.code(), Some(4), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--allow-empty"));
    assert!(parquet_files(&out) == before);
    let o = run_env(&base.join("vanished"), &out, &[], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(parquet_files(&out) == before);
    ok(&run_env(&empty, &out, &["--allow-empty"], &[]));
    assert_eq!(read(&out, "documents").num_rows(), 0);
    assert_eq!(read(&out, "seizures").num_rows(), 0);
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn tables_of_removed_stages_leave_the_output() {
    let base = tmp("removed");
    let out = base.join("out");
    let o = bin().args(["run", "--config"]).arg(root().join("tests/fixtures/stages/sql.toml")).arg("--input").arg(root().join("data")).arg("--output").arg(&out).output().unwrap();
    ok(&o);
    let sql_tables: Vec<String> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).filter(|n| n.ends_with(".parquet")).collect();
    // User files in the output folder are kept.
    std::fs::write(out.join("NOTES.md"), "ours").unwrap();
    ok(&run_env(&root().join("data"), &out, &[], &[]));
    let m: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let removed: Vec<String> = m["removed_tables"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert!(!removed.is_empty(), "the SQL stage's tables are reported: {sql_tables:?}");
    for t in &removed {
        assert!(!out.join(format!("{t}.parquet")).exists() && !out.join(t).exists(), "{t} left behind");
    }
    assert_eq!(std::fs::read_to_string(out.join("NOTES.md")).unwrap(), "ours");
    std::fs::remove_dir_all(&base).unwrap();
}
