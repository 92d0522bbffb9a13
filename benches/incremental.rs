//! Benchmark: the cost of a scheduled (incremental) run grows with the new files, not
//! with the history. Builds synthetic corpora of several sizes from the sample articles
//! (figures and places varied so that every document differs), published as a news
//! feed would be: 10 articles a day, each a JSON record with its date and outlet. Times
//! a full run, then an incremental run after adding 1 file (today's article) and after
//! adding 10 more, and prints what each incremental run touched.
//!
//!     cargo bench --bench incremental            # sizes 250, 1000, 4000, 16000
//!     INTERDICT_BENCH_SIZES=100,400 cargo bench --bench incremental

use interdict::config;
use interdict::pipeline;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn samples() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                out.push(std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    out.sort();
    out
}

const PLACES: &[&str] = &["Basra", "Mosul", "Aqaba", "Irbid", "Herat", "Kandahar", "Karachi", "Quetta", "Mersin", "Hatay", "Homs", "Daraa", "Jeddah", "Tabuk", "Zahedan", "Kerman"];

/// The i-th synthetic document: a sample with its figures and places varied.
fn variant(base: &str, i: usize) -> String {
    let mut s = String::with_capacity(base.len() + 64);
    let mut n = 0;
    for (k, tok) in base.split_inclusive(' ').enumerate() {
        let t = tok.trim_end();
        if let Ok(v) = t.replace(',', "").parse::<u64>() {
            if !(1900..=2100).contains(&v) {
                n += 1;
                s.push_str(&format!("{} ", v + ((i * 7 + n) % 97) as u64));
                continue;
            }
        }
        if PLACES.contains(&t) {
            s.push_str(PLACES[(i + k) % PLACES.len()]);
            s.push(' ');
            continue;
        }
        s.push_str(tok);
    }
    s.push_str(&format!("\nReference {i}: reported by correspondent number {} in the region.\n", i * 13 + 5));
    s
}

const OUTLETS: &[&str] = &["Gulf Ledger", "Levant Wire", "Sahel Dispatch", "Kabul Monitor", "Anatolia Daily"];
const PER_DAY: usize = 10;

/// The i-th article as a JSON record: headline, publication day (10 a day from
/// 2022-01-01), outlet and the varied body.
fn record(bases: &[String], i: usize) -> String {
    let text = variant(&bases[i % bases.len()], i);
    let (title, body) = text.split_once('\n').unwrap_or(("", &text));
    let day = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap() + chrono::Days::new((i / PER_DAY) as u64);
    serde_json::json!({"title": title.trim(), "published": day.to_string(), "outlet": OUTLETS[i % OUTLETS.len()], "text": body}).to_string()
}

fn write_corpus(dir: &Path, from: usize, to: usize, bases: &[String]) {
    std::fs::create_dir_all(dir).unwrap();
    for i in from..to {
        std::fs::write(dir.join(format!("doc{i:06}.json")), record(bases, i)).unwrap();
    }
}

fn run(input: &Path, output: &Path, full_refresh: bool) -> (f64, pipeline::Manifest) {
    let mut cfg = config::parse(config::DEFAULT_CONFIG, "pipeline.toml", Path::new(".")).unwrap();
    cfg.input = input.to_path_buf();
    cfg.output = output.to_path_buf();
    let t = Instant::now();
    let result = pipeline::execute(&cfg, false, full_refresh).unwrap();
    let m = pipeline::write(&cfg, result).unwrap();
    (t.elapsed().as_secs_f64(), m)
}

fn touched(m: &pipeline::Manifest) -> String {
    format!("{} extracted, {} partitions, {} files written, {} shards read, {} blocks", m.files_processed, m.partitions_rewritten, m.files_written, m.shards_read, m.blocks_clustered)
}

fn main() {
    let sizes: Vec<usize> = std::env::var("INTERDICT_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![250, 1000, 4000, 16000]);
    let bases = samples();
    let tmp: PathBuf = std::env::temp_dir().join(format!("interdict-bench-{}", std::process::id()));
    println!("{:>8} {:>10} {:>12} {:>14}   what the +1 run touched", "history", "full (s)", "+1 file (s)", "+10 files (s)");
    for &n in &sizes {
        let input = tmp.join(format!("in{n}"));
        let output = tmp.join(format!("out{n}"));
        write_corpus(&input, 0, n, &bases);
        let (full, _) = run(&input, &output, true);
        write_corpus(&input, n, n + 1, &bases);
        let (one, m1) = run(&input, &output, false);
        write_corpus(&input, n + 1, n + 11, &bases);
        let (ten, _) = run(&input, &output, false);
        println!("{n:>8} {full:>10.3} {one:>12.3} {ten:>14.3}   {}", touched(&m1));
        let _ = std::fs::remove_dir_all(&input);
        let _ = std::fs::remove_dir_all(&output);
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
