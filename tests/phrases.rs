//! The phrase suite: cases kept as data in tests/phrases/*.tsv (one case a line), run
//! through interdict's parsers and extractors. Prints accuracy per category (the
//! accuracy report: `cargo test --test phrases -- --nocapture`) and fails when a
//! category falls below its floor in tests/phrases/floors.toml, so regressions show.
//! Add a case by adding a line; raise a floor when accuracy improves.

use chrono::NaiveDate;
use interdict::clean;
use interdict::stages::dedup::{self, DedupOptions};
use interdict::extract::{extract, ExtractOptions};
use interdict::lexicon::Lexicon;
use interdict::model::{Fact, FactKind, RawDoc};
use interdict::rules::numbers::{find_numbers, parse_number_phrase};
use interdict::rules::periods::resolve_phrase;
use interdict::rules::qualifier::qualifier_of;
use interdict::rules::quantity::{find_quantities, Measure};
use std::collections::BTreeMap;
use std::path::Path;

struct Case {
    line: usize,
    cols: Vec<String>,
}

fn read_cases(name: &str) -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phrases").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| Case { line: i + 1, cols: l.split('\t').map(|c| c.trim().to_string()).collect() })
        .collect()
}

fn date(s: &str) -> Option<NaiveDate> {
    if s == "-" { None } else { NaiveDate::parse_from_str(s, "%Y-%m-%d").ok() }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * a.abs().max(b.abs()).max(1e-9)
}

fn doc_of(text: &str, published: Option<NaiveDate>, lx: &Lexicon) -> interdict::model::Doc {
    let raw = RawDoc { source: "case.txt".into(), format: "text".into(), published, text: text.replace("\\n", "\n"), ..Default::default() };
    clean::clean(&raw, lx)
}

fn fact_value(f: &Fact, key: &str) -> Option<String> {
    let num = |v: Option<f64>| v.map(|x| format!("{x}"));
    let int = |v: Option<i64>| v.map(|x| x.to_string());
    Some(match (&f.kind, key) {
        (_, "country") => f.country.clone()?,
        (_, "qualifier") => f.qualifier.as_str().to_string(),
        (_, "agg") => f.is_aggregate.to_string(),
        (_, "start") => f.period?.start.to_string(),
        (_, "end") => f.period?.end.to_string(),
        (_, "location") => f.location.clone()?,
        (_, "origin") => f.trafficking.origin.clone()?,
        (_, "destination") => f.trafficking.destination.clone()?,
        (_, "transit") => Some(f.trafficking.transit.join("+")).filter(|s| !s.is_empty())?,
        (_, "transport") => f.trafficking.transport_mode?.to_string(),
        (_, "hidden") => f.trafficking.concealment.clone()?,
        (_, "nationalities") => Some(f.trafficking.nationalities.join("+")).filter(|s| !s.is_empty())?,
        (_, "admin1") => f.geo.as_ref()?.admin1.clone()?,
        (_, "geo") => f.geo.as_ref()?.precision.to_string(),
        (FactKind::Seizure { drug, .. }, "drug") => drug.to_string(),
        (FactKind::Seizure { quantity_kg, .. }, "kg") => num(*quantity_kg)?,
        (FactKind::Seizure { pill_count, .. }, "pills") => int(*pill_count)?,
        (FactKind::Seizure { value_amount, .. }, "value") => num(*value_amount)?,
        (FactKind::Seizure { value_currency, .. }, "currency") => value_currency.clone()?,
        (FactKind::Arrest { count }, "count") => int(*count)?,
        (FactKind::CourtSentence { count, .. }, "count") => int(*count)?,
        (FactKind::CourtSentence { sentence_type, .. }, "type") => sentence_type.to_string(),
        (FactKind::Cooperation { count, .. }, "count") => int(*count)?,
        (FactKind::Cooperation { event_type, .. }, "type") => event_type.to_string(),
        (FactKind::Cooperation { parties, .. }, "parties") => parties.join("+"),
        (FactKind::NetworkDisruption { count, .. }, "count") => int(*count)?,
        (FactKind::NetworkDisruption { scope, .. }, "scope") => scope.as_ref()?.to_string(),
        _ => return None,
    })
}

fn key_matches(f: &Fact, key: &str, want: &str) -> bool {
    let got = fact_value(f, key);
    // `key=-`: the fact has no such value.
    if want == "-" {
        return got.is_none();
    }
    match key {
        "kg" | "value" | "pills" | "count" => got.and_then(|g| g.parse::<f64>().ok()).zip(want.parse::<f64>().ok()).is_some_and(|(g, w)| close(g, w)),
        "parties" => {
            let mut a: Vec<String> = got.unwrap_or_default().split('+').map(|s| s.to_uppercase()).collect();
            let mut b: Vec<String> = want.split('+').map(|s| s.to_uppercase()).collect();
            a.sort();
            b.sort();
            a == b
        }
        "location" | "hidden" => got.is_some_and(|g| g.to_lowercase().contains(&want.to_lowercase())),
        _ => got.as_deref() == Some(want),
    }
}

/// `table{k=v,...} ; table{...}` or `none`.
fn parse_expected(s: &str) -> Vec<(String, Vec<(String, String)>)> {
    if s == "none" {
        return Vec::new();
    }
    s.split(" ; ")
        .map(|f| {
            let (table, rest) = f.split_once('{').expect("table{...}");
            let body = rest.trim_end_matches('}');
            let kv = body.split(',').filter(|x| !x.is_empty()).map(|x| {
                let (k, v) = x.split_once('=').expect("key=value");
                (k.trim().to_string(), v.trim().to_string())
            });
            (table.trim().to_string(), kv.collect())
        })
        .collect()
}

/// Run a fact case; `Err` explains the difference.
fn check_facts(text: &str, pub_date: &str, expected: &str, lx: &Lexicon) -> Result<(), String> {
    let doc = doc_of(text, date(pub_date), lx);
    let mut facts = extract(&doc, lx, &ExtractOptions::default()).facts;
    dedup::cluster(&mut facts, &BTreeMap::new(), &DedupOptions::default());
    // One fact per cluster: repeats of a figure in the text count once.
    let mut heads: BTreeMap<String, Fact> = BTreeMap::new();
    for f in facts {
        heads.entry(f.cluster_id.clone()).or_insert(f);
    }
    let mut got: Vec<Fact> = heads.into_values().collect();
    let want = parse_expected(expected);
    let mut missing = Vec::new();
    for (table, keys) in &want {
        let pos = got.iter().position(|f| f.kind.table().name() == table && keys.iter().all(|(k, v)| key_matches(f, k, v)));
        match pos {
            Some(p) => {
                got.remove(p);
            }
            None => missing.push(format!("{table}{{{}}}", keys.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(","))),
        }
    }
    if missing.is_empty() && got.is_empty() {
        return Ok(());
    }
    let extra: Vec<String> = got
        .iter()
        .map(|f| {
            let keys = ["drug", "kg", "pills", "value", "currency", "count", "type", "parties", "scope", "country", "qualifier", "agg", "start", "end", "location", "origin", "destination", "transit", "transport", "hidden", "nationalities", "admin1", "geo"];
            let kv: Vec<String> = keys.iter().filter_map(|k| fact_value(f, k).map(|v| format!("{k}={v}"))).collect();
            format!("{}{{{}}}", f.kind.table().name(), kv.join(","))
        })
        .collect();
    Err(format!("missing or different: {missing:?}; extracted besides: {extra:?}"))
}

fn check(file: &str, case: &Case, lx: &Lexicon) -> Result<(), String> {
    let c = &case.cols;
    let text = c[0].as_str();
    match file {
        "numbers.tsv" => {
            let want: f64 = c[1].parse().map_err(|_| "bad expected".to_string())?;
            match parse_number_phrase(text) {
                Some(v) if close(v, want) => Ok(()),
                other => Err(format!("got {other:?}")),
            }
        }
        "quantities.tsv" => {
            let q = find_quantities(text, lx);
            let (unit, want) = c[1].split_once('=').ok_or("bad expected")?;
            let want: f64 = want.parse().map_err(|_| "bad expected".to_string())?;
            let ok = q.iter().any(|q| match (&q.measure, unit) {
                (Measure::Mass { kg }, "kg") => close(*kg, want),
                (Measure::Pills { count }, "pills") => close(*count as f64, want),
                _ => false,
            });
            if ok { Ok(()) } else { Err(format!("got {:?}", q.iter().map(|q| &q.measure).collect::<Vec<_>>())) }
        }
        "money.tsv" => {
            let (amount, cur) = c[1].split_once(' ').ok_or("bad expected")?;
            let amount: f64 = amount.parse().map_err(|_| "bad expected".to_string())?;
            let q = find_quantities(text, lx);
            let ok = q.iter().any(|q| matches!(&q.measure, Measure::Money { amount: a, currency } if close(*a, amount) && currency == cur));
            if ok { Ok(()) } else { Err(format!("got {:?}", q.iter().map(|q| &q.measure).collect::<Vec<_>>())) }
        }
        "qualifiers.tsv" => {
            let q = find_quantities(text, lx);
            let (s, e) = match q.first() {
                Some(q) => (q.start, q.end),
                None => find_numbers(text).into_iter().find(|n| !n.year_like).map(|n| (n.start, n.end)).ok_or("no figure found")?,
            };
            let got = qualifier_of(text, s, e, lx).0;
            if got.as_str() == c[1] { Ok(()) } else { Err(format!("got {}", got.as_str())) }
        }
        "pubdates.tsv" => {
            let doc = doc_of(&format!("{text}\\nPolice in the capital said they had seized a large quantity of drugs in a raid on a warehouse last night."), None, lx);
            let got = doc.published_date.map(|d| d.to_string()).unwrap_or("-".into());
            if got == c[1] { Ok(()) } else { Err(format!("got {got}")) }
        }
        "periods.tsv" => {
            let got = resolve_phrase(text, date(&c[1])).map(|p| format!("{}..{}", p.start, p.end)).unwrap_or("-".into());
            if got == c[2] { Ok(()) } else { Err(format!("got {got}")) }
        }
        _ => check_facts(text, &c[1], &c[2], lx),
    }
}

const FILES: &[&str] = &[
    "numbers.tsv", "quantities.tsv", "money.tsv", "qualifiers.tsv", "pubdates.tsv", "periods.tsv", "drugs.tsv", "countries.tsv", "events.tsv", "negation.tsv", "hard.tsv", "heldout.tsv", "heldout2.tsv", "heldout3.tsv", "heldout4.tsv", "heldout5.tsv", "trafficking.tsv",
];

#[test]
fn phrase_suite_accuracy() {
    let lx = Lexicon::builtin();
    let floors: BTreeMap<String, f64> = toml::from_str(&std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phrases/floors.toml")).unwrap()).unwrap();
    let verbose = std::env::var("PHRASES_VERBOSE").is_ok();
    let mut below = Vec::new();
    let (mut all_ok, mut all_n) = (0, 0);
    println!("\nphrase suite accuracy by category");
    for file in FILES {
        let cases = read_cases(file);
        let mut ok = 0;
        for case in &cases {
            match check(file, case, &lx) {
                Ok(()) => ok += 1,
                Err(e) => {
                    if verbose {
                        println!("  {file}:{}: {} | {e}", case.line, case.cols[0]);
                    }
                }
            }
        }
        let acc = ok as f64 / cases.len().max(1) as f64;
        let floor = floors.get(file.trim_end_matches(".tsv")).copied().unwrap_or(1.0);
        println!("  {:14} {ok:4}/{:<4} {acc:6.3}  (floor {floor:.3})", file.trim_end_matches(".tsv"), cases.len());
        all_ok += ok;
        all_n += cases.len();
        if acc + 1e-9 < floor {
            below.push(format!("{file}: {acc:.3} < floor {floor:.3}"));
        }
    }
    println!("  {:14} {all_ok:4}/{all_n:<4} {:6.3}", "ALL", all_ok as f64 / all_n as f64);
    assert!(all_n >= 400, "the suite needs at least 400 cases, has {all_n}");
    assert!(below.is_empty(), "categories below their floor (run with PHRASES_VERBOSE=1 to list failures): {below:?}");
}
