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
use interdict::run;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Paragraphs of the sample articles (every format, read by interdict's own ingest).
fn paragraphs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out = Vec::new();
    let opts = interdict::ingest::IngestOptions::default();
    for entry in interdict::ingest::walk(&root).unwrap() {
        let interdict::ingest::Entry::File { path, rel } = entry else { continue };
        for raw in interdict::ingest::read_file(&path, &rel, &opts).into_iter().flatten() {
            out.extend(raw.text.split('\n').map(str::trim).filter(|p| p.len() > 80 && p.contains(' ')).map(str::to_string));
        }
    }
    out.sort();
    out.dedup();
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

/// Paragraphs per article (INTERDICT_BENCH_PARAGRAPHS, default 10: about 2.5 KB, the size
/// of a news article's text).
fn per_article() -> usize {
    std::env::var("INTERDICT_BENCH_PARAGRAPHS").ok().and_then(|v| v.parse().ok()).unwrap_or(10)
}

/// Seconds to read every file of the corpus once, as `cat` would (the floor a pipeline
/// that reads the files cannot beat), and the mean bytes per file.
fn read_all(dir: &Path) -> (f64, f64) {
    let t = Instant::now();
    let mut bytes = 0usize;
    let mut files = 0usize;
    for e in std::fs::read_dir(dir).unwrap() {
        bytes += std::fs::read(e.unwrap().path()).unwrap().len();
        files += 1;
    }
    (t.elapsed().as_secs_f64(), bytes as f64 / files.max(1) as f64)
}

fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// The i-th article as a JSON record: publication day (10 a day from 2022-01-01),
/// outlet, and four paragraphs of the samples picked by i, their figures and places
/// varied. One article in 25 is a syndicated copy of the one three before it, under
/// another outlet and headline, as wires are.
fn record(paras: &[String], i: usize) -> String {
    let wanted = per_article().min(paras.len());
    let src = if i % 25 == 24 { i - 3 } else { i };
    let mut picked: Vec<usize> = Vec::new();
    let mut k = 0u64;
    while picked.len() < wanted {
        let p = (mix(src as u64 * 31 + k) % paras.len() as u64) as usize;
        if !picked.contains(&p) {
            picked.push(p);
        }
        k += 1;
    }
    let mut body = variant(&picked.iter().map(|&p| paras[p].as_str()).collect::<Vec<_>>().join("\n\n"), src);
    if src != i {
        body.push_str("This report was distributed by a partner agency.\n");
    }
    let title = format!("Report {i}: {}", paras[picked[0]].split(' ').take(8).collect::<Vec<_>>().join(" "));
    let day = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap() + chrono::Days::new((i / PER_DAY) as u64);
    serde_json::json!({"title": title.trim(), "published": day.to_string(), "outlet": OUTLETS[i % OUTLETS.len()], "text": body}).to_string()
}

fn write_corpus(dir: &Path, from: usize, to: usize, paras: &[String]) {
    std::fs::create_dir_all(dir).unwrap();
    for i in from..to {
        std::fs::write(dir.join(format!("doc{i:06}.json")), record(paras, i)).unwrap();
    }
}

fn run(input: &Path, output: &Path, full_refresh: bool) -> (f64, run::Manifest) {
    let mut cfg = config::parse(config::DEFAULT_CONFIG, "pipeline.toml", Path::new(".")).unwrap();
    cfg.input = input.to_path_buf();
    cfg.output = output.to_path_buf();
    let t = Instant::now();
    let output = interdict::sink::Output::lock(&cfg.output, std::time::Duration::ZERO).unwrap();
    let result = run::execute(&cfg, false, full_refresh).unwrap();
    let m = run::write(&cfg, &output, result).unwrap();
    (t.elapsed().as_secs_f64(), m)
}

fn touched(m: &run::Manifest) -> String {
    format!("{} extracted, {} partitions, {} files written, {} shards read, {} blocks", m.files_processed, m.partitions_rewritten, m.files_written, m.shards_read, m.blocks_clustered)
}

fn main() {
    let sizes: Vec<usize> = std::env::var("INTERDICT_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![250, 1000, 4000, 16000]);
    let bases = paragraphs();
    // INTERDICT_BENCH_DIR keeps the corpora and outputs there, to look at afterwards.
    let keep = std::env::var_os("INTERDICT_BENCH_DIR").map(PathBuf::from);
    let tmp: PathBuf = keep.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("interdict-bench-{}", std::process::id())));
    println!("{:>8} {:>8} {:>9} {:>10} {:>9} {:>12} {:>14}   what the +1 run touched", "history", "KB/doc", "read (s)", "full (s)", "full/read", "+1 file (s)", "+10 files (s)");
    for &n in &sizes {
        let input = tmp.join(format!("in{n}"));
        let output = tmp.join(format!("out{n}"));
        write_corpus(&input, 0, n, &bases);
        let (read, size) = read_all(&input);
        let (full, _) = run(&input, &output, true);
        write_corpus(&input, n, n + 1, &bases);
        let (one, m1) = run(&input, &output, false);
        write_corpus(&input, n + 1, n + 11, &bases);
        let (ten, _) = run(&input, &output, false);
        println!("{n:>8} {:>8.2} {read:>9.3} {full:>10.3} {:>9.0} {one:>12.3} {ten:>14.3}   {}", size / 1024.0, full / read, touched(&m1));
        if keep.is_none() {
            let _ = std::fs::remove_dir_all(&input);
            let _ = std::fs::remove_dir_all(&output);
        }
    }
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
