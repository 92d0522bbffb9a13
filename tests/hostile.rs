//! A hostile-input corpus, made here by a generator: every kind of bad input is put
//! among good articles and run; the run must exit 0, keep the good documents and their
//! facts, list the bad input in `rejects` with a reason (or read it safely), and write
//! Parquet that readers accept (dates in range). Then all kinds together in one run.

mod common;
use arrow::array::{Array, Date32Array};
use common::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a kind of input must give.
#[derive(Clone, Copy)]
enum Expect {
    /// A reject of this source whose reason contains the words.
    Reject(&'static str, &'static str),
    /// A document of this source, and no reject.
    Doc(&'static str),
    /// Neither a crash nor a lost good document; it may be read or rejected.
    Survive,
}

type Make = fn(&Path);

fn w(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// Deterministic pseudo-random bytes.
fn noise(n: usize, seed: u64, allow_nul: bool) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let b = (x >> 24) as u8;
            if !allow_nul && b == 0 { 1 } else { b }
        })
        .collect()
}

const ARTICLE: &str = "Police in Basra seized 25 kilograms of crystal methamphetamine on Monday and arrested three suspects, the Iraqi interior ministry said.";

fn html(body: &str) -> String {
    format!("<html><head><title>Report</title></head><body><article><p>{ARTICLE}</p>{body}</article></body></html>")
}

fn kinds() -> Vec<(&'static str, Make, Expect)> {
    vec![
        // HTML that is deep, wide or never ends
        ("html nested span", |d| w(d, "bad.html", html(&format!("{}x{}", "<span>".repeat(100_000), "</span>".repeat(100_000)))), Expect::Reject("bad.html", "nested 100001 deep")),
        ("html nested div", |d| w(d, "bad.html", html(&"<div>".repeat(100_000))), Expect::Reject("bad.html", "nested")),
        ("html nested table", |d| w(d, "bad.html", html(&"<table><tr><td>".repeat(10_000))), Expect::Reject("bad.html", "nested")),
        ("html unclosed formatting", |d| w(d, "bad.html", html(&"<b><i>".repeat(50_000))), Expect::Reject("bad.html", "nested")),
        ("html nested lists", |d| w(d, "bad.html", html(&"<ul><li>".repeat(20_000))), Expect::Reject("bad.html", "nested")),
        ("html nested svg", |d| w(d, "bad.html", html(&format!("<svg>{}</svg>", "<g>".repeat(50_000)))), Expect::Reject("bad.html", "nested")),
        ("html self-closed divs", |d| w(d, "bad.html", html(&"<div/>".repeat(50_000))), Expect::Reject("bad.html", "nested")),
        ("html many attributes", |d| w(d, "bad.html", html(&format!("<p{}>x</p>", (0..100_000).map(|i| format!(" a{i}=1")).collect::<String>()))), Expect::Reject("bad.html", "attributes")),
        ("html entity flood", |d| w(d, "bad.html", html(&format!("<p>{}</p>", "&amp;&nbsp;&#x1F600;&lt;&#65;&notanentity;".repeat(40_000)))), Expect::Survive),
        ("html unterminated comment", |d| w(d, "bad.html", format!("<html><body><p>{ARTICLE}</p><!-- {}", "x ".repeat(500_000))), Expect::Doc("bad.html")),
        ("html unterminated script", |d| w(d, "bad.html", format!("<html><body><p>{ARTICLE}</p><script>{}", "var a = '<div>';".repeat(50_000))), Expect::Doc("bad.html")),
        ("html huge attribute value", |d| w(d, "bad.html", html(&format!("<p title=\"{}\">x</p>", "v".repeat(5_000_000)))), Expect::Doc("bad.html")),
        ("html no text", |d| w(d, "bad.html", "<html><head><script>var x=1;</script></head><body><nav>Home</nav></body></html>"), Expect::Reject("bad.html", "no article text")),
        ("html tag soup", |d| w(d, "bad.html", html(&"<<<>>></></p></div><p <a =>".repeat(20_000))), Expect::Survive),
        // JSON
        ("json nested arrays", |d| w(d, "bad.json", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))), Expect::Reject("bad.json", "malformed JSON")),
        ("json nested objects", |d| w(d, "bad.json", format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000))), Expect::Reject("bad.json", "malformed JSON")),
        ("jsonl nested line", |d| w(d, "bad.jsonl", format!("{}\n", "[".repeat(100_000))), Expect::Reject("bad.jsonl#1", "malformed JSON")),
        ("json truncated", |d| w(d, "bad.json", format!("{{\"title\":\"x\",\"text\":\"{ARTICLE}")), Expect::Reject("bad.json", "malformed JSON")),
        ("json not an object", |d| w(d, "bad.json", "42"), Expect::Reject("bad.json", "not a JSON object")),
        ("json text too long", |d| w(d, "bad.json", format!("{{\"text\":\"{}\"}}", "Police seized drugs. ".repeat(150_000))), Expect::Reject("bad.json", "max_document_bytes")),
        ("json year 99999", |d| w(d, "bad.json", format!("{{\"date\":\"99999-01-01\",\"text\":\"{ARTICLE}\"}}")), Expect::Doc("bad.json")),
        ("json negative epoch", |d| w(d, "bad.json", format!("{{\"timestamp\":-99999999999999,\"text\":\"{ARTICLE}\"}}")), Expect::Doc("bad.json")),
        ("json far future epoch", |d| w(d, "bad.json", format!("{{\"timestamp\":9999999999999999,\"text\":\"{ARTICLE}\"}}")), Expect::Doc("bad.json")),
        ("json text of odd types", |d| w(d, "bad.json", "[{\"text\":null},{\"text\":12},{\"text\":[{\"x\":{\"y\":[1,2]}}]},{\"text\":true}]"), Expect::Survive),
        ("json many records", |d| w(d, "bad.jsonl", (0..3000).map(|i| format!("{{\"text\":\"note {i}\"}}\n")).collect::<String>()), Expect::Survive),
        ("json duplicate keys", |d| w(d, "bad.json", format!("{{\"text\":\"a\",\"text\":\"{ARTICLE}\"}}")), Expect::Survive),
        ("json bom", |d| w(d, "bad.json", format!("\u{feff}{{\"text\":\"{ARTICLE}\"}}")), Expect::Doc("bad.json")),
        // gzip
        ("gzip bomb", |d| w(d, "bad.txt.gz", gz(&vec![b'a'; 200 * 1024 * 1024])), Expect::Reject("bad.txt.gz", "decompresses to more than")),
        ("gzip truncated", |d| w(d, "bad.txt.gz", { let g = gz(ARTICLE.repeat(50).as_bytes()); g[..g.len() / 2].to_vec() }), Expect::Reject("bad.txt.gz", "gzip")),
        ("gzip not gzip", |d| w(d, "bad.json.gz", "plain"), Expect::Reject("bad.json.gz", "gzip")),
        ("gzip two members", |d| w(d, "bad.txt.gz", [gz(b"Baghdad, 3 March 2025\n"), gz(ARTICLE.as_bytes())].concat()), Expect::Doc("bad.txt.gz")),
        ("gzip of binary", |d| w(d, "bad.txt.gz", gz(&noise(100_000, 7, true))), Expect::Reject("bad.txt.gz", "binary")),
        // encodings and bytes
        ("binary as txt", |d| w(d, "bad.txt", noise(200_000, 3, true)), Expect::Reject("bad.txt", "binary")),
        ("binary without NUL", |d| w(d, "bad.txt", noise(200_000, 5, false)), Expect::Reject("bad.txt", "binary")),
        ("invalid utf-8 latin-1", |d| w(d, "bad.txt", [b"Caf\xe9 report. ".as_slice(), ARTICLE.as_bytes()].concat()), Expect::Doc("bad.txt")),
        ("utf-16le with bom", |d| w(d, "bad.txt", [vec![0xFF, 0xFE], ARTICLE.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()].concat()), Expect::Doc("bad.txt")),
        ("utf-16be with bom", |d| w(d, "bad.txt", [vec![0xFE, 0xFF], ARTICLE.encode_utf16().flat_map(|u| u.to_be_bytes()).collect()].concat()), Expect::Doc("bad.txt")),
        ("utf-16 without bom", |d| w(d, "bad.txt", ARTICLE.encode_utf16().flat_map(|u| u.to_le_bytes()).collect::<Vec<u8>>()), Expect::Reject("bad.txt", "NUL")),
        ("nul bytes in text", |d| w(d, "bad.txt", format!("{ARTICLE}\0\0\0")), Expect::Reject("bad.txt", "NUL")),
        ("50 MB one line", |d| w(d, "bad.txt", "seized 5 kg ".repeat(50_000_000 / 12)), Expect::Reject("bad.txt", "max_document_bytes")),
        ("over max_bytes", |d| w(d, "bad.md", vec![b'x'; 60 * 1024 * 1024]), Expect::Reject("bad.md", "max_bytes")),
        ("empty file", |d| w(d, "bad.txt", ""), Expect::Reject("bad.txt", "empty")),
        ("whitespace only", |d| w(d, "bad.txt", " \n\t\n  "), Expect::Reject("bad.txt", "empty")),
        ("bom only", |d| w(d, "bad.txt", "\u{feff}"), Expect::Reject("bad.txt", "empty")),
        ("control characters", |d| w(d, "bad.txt", "\u{1}\u{2}\u{3}\u{7}\u{1b}[31m".repeat(10_000)), Expect::Reject("bad.txt", "binary")),
        // text that is hard for the rules
        ("a megabyte of digits", |d| w(d, "bad.txt", "1234567890".repeat(100_000)), Expect::Survive),
        ("ab 3/4 cd", |d| w(d, "bad.txt", format!("{ARTICLE}\n{}", "ab ¾ cd ".repeat(300))), Expect::Survive),
        ("many fractions", |d| w(d, "bad.txt", format!("{ARTICLE}\n{}", "¾".repeat(500))), Expect::Survive),
        ("nfkc expansion", |d| w(d, "bad.txt", format!("{ARTICLE}\n{}", "\u{FDFA}".repeat(100_000))), Expect::Survive),
        ("arabic-indic digits", |d| w(d, "bad.txt", format!("{ARTICLE}\nضبطت الشرطة ١٢٣ كيلوغراما و۱۲۳۴ حبة في ٢٠٢٥/٣/١٥.\n{}", "٣٨ ".repeat(5000))), Expect::Survive),
        ("emoji and marks", |d| w(d, "bad.txt", format!("{ARTICLE}\n{}", "👨‍👩‍👧 🇮🇶 \u{200f}\u{200e}\u{200d}e\u{301}\u{301} İẞ ½ ".repeat(3000))), Expect::Survive),
        ("huge figures", |d| w(d, "bad.txt", "Police in Baghdad seized 999999999999999999999999999999 kilograms of heroin and arrested 99999999999999999999999 people worth $1e308 and 1e400 million dollars.\n"), Expect::Survive),
        ("negative figures", |d| w(d, "bad.txt", "Police in Baghdad seized -500 kilograms of heroin and arrested -3 people on Monday.\n"), Expect::Survive),
        ("impossible dates", |d| w(d, "bad.txt", "Published: 99999-01-01\nOn 31 February 2025 and in the year 99999, police in Baghdad seized 5 kilograms of heroin, and on 0/0/0000 they arrested 4 people.\n"), Expect::Survive),
        ("ancient dateline", |d| w(d, "bad.txt", format!("Baghdad, 3 March 1066 -\n{ARTICLE}\n")), Expect::Doc("bad.txt")),
        ("many tiny sentences", |d| w(d, "bad.txt", "A. ".repeat(400_000)), Expect::Survive),
        ("one long sentence of figures", |d| w(d, "bad.txt", format!("Police in Baghdad seized {} of heroin.", "5 kg, ".repeat(100_000))), Expect::Survive),
        ("long words", |d| w(d, "bad.txt", format!("{ARTICLE}\n{}", "a".repeat(1_000_000))), Expect::Survive),
        // the file system
        ("fifo", |d| assert!(std::process::Command::new("mkfifo").arg(d.join("bad.txt")).status().unwrap().success()), Expect::Reject("bad.txt", "FIFO")),
        ("socket", |d| std::mem::forget(std::os::unix::net::UnixListener::bind(d.join("bad.txt")).unwrap()), Expect::Reject("bad.txt", "socket")),
        ("symlink loop", |d| {
            std::os::unix::fs::symlink(d.join("bad2.txt"), d.join("bad.txt")).unwrap();
            std::os::unix::fs::symlink(d.join("bad.txt"), d.join("bad2.txt")).unwrap();
        }, Expect::Reject("bad.txt", "loop")),
        ("symlink outside the root", |d| std::os::unix::fs::symlink("/etc/passwd", d.join("bad.txt")).unwrap(), Expect::Reject("bad.txt", "outside the input folder")),
        ("symlink to /dev/zero", |d| std::os::unix::fs::symlink("/dev/zero", d.join("bad.txt")).unwrap(), Expect::Reject("bad.txt", "outside the input folder")),
        ("symlink to /dev/urandom", |d| std::os::unix::fs::symlink("/dev/urandom", d.join("bad.txt")).unwrap(), Expect::Reject("bad.txt", "outside the input folder")),
        ("broken symlink", |d| std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("bad.txt")).unwrap(), Expect::Reject("bad.txt", "broken")),
        ("folder loop", |d| std::os::unix::fs::symlink(d, d.join("bad")).unwrap(), Expect::Survive),
        ("symlink to a good file inside", |d| {
            w(d, ".store/kept.txt", ARTICLE);
            std::os::unix::fs::symlink(d.join(".store/kept.txt"), d.join("bad.txt")).unwrap();
        }, Expect::Doc("bad.txt")),
        ("unsupported type", |d| w(d, "bad.pdf", "%PDF-1.4"), Expect::Reject("bad.pdf", "unsupported")),
        ("folder named like a file", |d| w(d, "bad.txt/inner.txt", ARTICLE), Expect::Doc("bad.txt/inner.txt")),
        ("deep folders", |d| w(d, &format!("{}bad.txt", "d/".repeat(300)), ARTICLE), Expect::Survive),
        ("odd file name", |d| w(d, "bad\nname \u{202e}.txt", ARTICLE), Expect::Survive),
    ]
}

fn good(dir: &Path) {
    w(dir, "good1.txt", "Heroin found in Mersin port\nPublished: 3 March 2025\nTurkish police seized 40 kilograms of heroin in the port of Mersin on Monday.\n");
    w(dir, "good2.json", "{\"title\":\"Captagon haul\",\"date\":\"2025-04-10\",\"text\":\"Jordanian forces seized 300,000 Captagon pills at the Jaber crossing on Thursday.\"}");
}

fn config(base: &Path) -> PathBuf {
    let text = std::fs::read_to_string(root().join("pipeline.toml")).unwrap().replace("[run]\n", "[run]\ndocument_timeout = 5\n");
    let p = base.join("hostile.toml");
    std::fs::write(&p, text).unwrap();
    p
}

/// Run with a hang detector (not a speed test: the limit is far above any real run).
fn run(cfg: &Path, input: &Path, out: &Path) -> (std::process::ExitStatus, String) {
    let mut child = bin()
        .args(["run", "--config"])
        .arg(cfg)
        .arg("--input")
        .arg(input)
        .arg("--output")
        .arg(out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(300) {
            child.kill().ok();
            panic!("the run hung (killed after 300 s)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status, reader.join().unwrap())
}

/// Every Parquet file reads back, and every DATE is in a range readers accept.
fn readable(out: &Path) {
    let mut n = 0;
    let mut stack = vec![out.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "parquet") {
                let f = std::fs::File::open(&p).unwrap();
                let r = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f).unwrap().build().unwrap();
                for b in r {
                    let b = b.unwrap();
                    for c in b.columns() {
                        if let Some(d) = c.as_any().downcast_ref::<Date32Array>() {
                            for i in (0..d.len()).filter(|&i| !d.is_null(i)) {
                                let year = 1970.0 + d.value(i) as f64 / 365.25;
                                assert!((1899.0..2200.0).contains(&year), "{}: date out of range ({} days)", p.display(), d.value(i));
                            }
                        }
                    }
                }
                n += 1;
            }
        }
    }
    assert!(n >= 10, "only {n} Parquet files");
}

fn check(name: &str, expect: Expect, out: &Path, status: std::process::ExitStatus, stderr: &str) {
    assert!(status.success(), "{name}: exit {status}: {stderr}");
    readable(out);
    let docs = read(out, "documents");
    let sources: Vec<String> = strs(&docs, "source").into_iter().flatten().collect();
    for g in ["good1.txt", "good2.json"] {
        assert!(sources.iter().any(|s| s == g), "{name}: good document {g} lost: {sources:?}");
    }
    let s = read(out, "seizures");
    let kg: Vec<Option<f64>> = f64s(&s, "quantity_kg");
    assert!(kg.contains(&Some(40.0)), "{name}: the good seizure is lost");
    assert!(i64s(&s, "pill_count").contains(&Some(300_000)), "{name}: the good seizure is lost");
    let rej = read(out, "rejects");
    let (rs, reasons) = (strs(&rej, "source"), strs(&rej, "reason"));
    assert!(reasons.iter().all(|r| r.as_deref().is_some_and(|r| r.len() > 5)), "{name}: a reject without a reason");
    match expect {
        Expect::Reject(src, words) => {
            let i = rs.iter().position(|s| s.as_deref() == Some(src)).unwrap_or_else(|| panic!("{name}: {src} not in rejects: {rs:?} {reasons:?}"));
            let r = reasons[i].as_deref().unwrap();
            assert!(r.contains(words), "{name}: reason `{r}` lacks `{words}`");
            assert!(!r.contains("internal error"), "{name}: {r}");
        }
        Expect::Doc(src) => {
            assert!(sources.iter().any(|s| s == src), "{name}: {src} not read: {sources:?} rejects {rs:?} {reasons:?}");
            assert!(!rs.iter().any(|s| s.as_deref() == Some(src)), "{name}: {src} rejected");
        }
        Expect::Survive => {}
    }
    // No document may be lost to a bug in a rule.
    assert!(!reasons.iter().flatten().any(|r| r.contains("internal error")), "{name}: {reasons:?}");
}

#[test]
fn every_kind_of_hostile_input_is_survived_among_good_articles() {
    let base = tmp("hostile");
    let cfg = config(&base);
    let kinds = kinds();
    assert!(kinds.len() >= 50, "{} kinds", kinds.len());
    let mut failures = Vec::new();
    for (i, (name, make, expect)) in kinds.iter().enumerate() {
        let input = base.join(format!("in-{i}"));
        std::fs::create_dir_all(&input).unwrap();
        good(&input);
        make(&input);
        let out = base.join(format!("out-{i}"));
        let t = Instant::now();
        let (status, stderr) = run(&cfg, &input, &out);
        let reasons = std::panic::catch_unwind(|| strs(&read(&out, "rejects"), "reason").into_iter().flatten().filter(|r| !r.is_empty()).collect::<Vec<_>>().join(" | ")).unwrap_or_default();
        eprintln!("{name:32} {:>6.2}s  {}", t.elapsed().as_secs_f64(), reasons.chars().take(150).collect::<String>());
        if let Err(e) = std::panic::catch_unwind(|| check(name, *expect, &out, status, &stderr)) {
            failures.push(e.downcast_ref::<String>().cloned().unwrap_or_else(|| format!("{name}: failed")));
        }
        let _ = std::fs::remove_dir_all(&input);
        let _ = std::fs::remove_dir_all(&out);
        let _ = std::fs::remove_dir_all(base.join(format!(".out-{i}.interdict")));
    }
    assert!(failures.is_empty(), "{} of {} kinds failed:\n{}", failures.len(), kinds.len(), failures.join("\n"));
    eprintln!("{} kinds of hostile input survived; good documents lost: 0", kinds.len());
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn all_kinds_at_once() {
    let base = tmp("hostile-all");
    let cfg = config(&base);
    let input = base.join("in");
    std::fs::create_dir_all(&input).unwrap();
    good(&input);
    for (i, (name, make, _)) in kinds().into_iter().enumerate() {
        // Each kind in a folder of its own (the heaviest, the 50-60 MB files, aside).
        if name.contains("MB") || name.contains("max_bytes") || name.contains("bomb") {
            continue;
        }
        let d = input.join(format!("k{i:02}"));
        std::fs::create_dir_all(&d).unwrap();
        make(&d);
    }
    let out = base.join("out");
    let (status, stderr) = run(&cfg, &input, &out);
    check("all at once", Expect::Survive, &out, status, &stderr);
    let rej = read(&out, "rejects");
    assert!(rej.num_rows() >= 30, "{} rejects", rej.num_rows());
    std::fs::remove_dir_all(&base).unwrap();
}
