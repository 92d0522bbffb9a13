//! The deduplicate stage: exact document copies (same cleaned text) get `duplicate_of`
//! the earliest copy (by publication date, then source); facts that report the same
//! figure share a `cluster_id`, within a document and across documents; clusters that
//! disagree about the same thing are listed as conflicts.

pub mod reconcile;

use crate::model::{Doc, Fact, FactKind, Period, Qualifier};
use crate::nearcopy::{self, Fingerprint, NearCopyOptions};
use crate::unionfind::UnionFind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Options of the deduplicate stage (`[stages.deduplicate]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DedupOptions {
    /// Relative tolerance for values qualified as approximate ("around 14,500" vs 14,483).
    #[serde(default = "default_approx")]
    pub approx_tolerance: f64,
    /// Find near-copies (MinHash + LSH, verified); exact copies are always found.
    #[serde(default = "yes")]
    pub near_copies: bool,
    /// Jaccard similarity of word shingles from which two documents are copies.
    #[serde(default = "default_threshold")]
    pub near_copy_threshold: f64,
    /// Words per shingle.
    #[serde(default = "default_shingle")]
    pub shingle_size: usize,
    /// Content-word similarity (Jaccard) from which two documents with the same figures
    /// are copies even when their sentences were reworded; 0 turns this off.
    #[serde(default = "default_reworded")]
    pub reworded_copy_threshold: f64,
}

fn default_reworded() -> f64 {
    0.25
}

fn default_approx() -> f64 {
    0.05
}
fn yes() -> bool {
    true
}
fn default_threshold() -> f64 {
    NearCopyOptions::default().threshold
}
fn default_shingle() -> usize {
    NearCopyOptions::default().shingle_size
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions { approx_tolerance: default_approx(), near_copies: true, near_copy_threshold: default_threshold(), shingle_size: default_shingle(), reworded_copy_threshold: default_reworded() }
    }
}

impl DedupOptions {
    pub fn near(&self) -> NearCopyOptions {
        NearCopyOptions { threshold: self.near_copy_threshold, shingle_size: self.shingle_size, ..NearCopyOptions::default() }
    }
}

/// Document metadata kept after extraction (the text is not kept: memory stays flat).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    pub doc_id: String,
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    #[serde(with = "crate::model::day::opt")]
    pub published_date: Option<chrono::NaiveDate>,
    pub content_hash: String,
    pub duplicate_of: Option<String>,
    /// Shingles and MinHash of the cleaned text, for near-copies.
    pub fingerprint: Fingerprint,
}

impl DocMeta {
    pub fn of(d: &Doc, near: &NearCopyOptions) -> DocMeta {
        let body: String = d.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
        DocMeta {
            doc_id: d.doc_id.clone(),
            source: d.source.clone(),
            title: d.title.clone(),
            outlet: d.outlet.clone(),
            published_date: d.published_date,
            content_hash: d.content_hash.clone(),
            duplicate_of: None,
            fingerprint: nearcopy::fingerprint(&body, near),
        }
    }
}

/// Documents by id, as dedup looks them up.
pub type Docs<'a> = BTreeMap<&'a str, &'a DocMeta>;

/// The earliest copy of each document (`duplicate_of`), or None for an original. `groups`
/// holds the copy groups (documents with the same cleaned text, joined by verified
/// near-copy pairs); each group's earliest document (by publication date, then source)
/// is the original.
pub fn duplicate_of(docs: &[&DocMeta], groups: &mut UnionFind) -> Vec<Option<String>> {
    fn key(d: &DocMeta) -> (bool, Option<chrono::NaiveDate>, &str) {
        (d.published_date.is_none(), d.published_date, d.source.as_str())
    }
    let mut earliest: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let e = earliest.entry(groups.find(i)).or_insert(i);
        if key(d) < key(docs[*e]) {
            *e = i;
        }
    }
    (0..docs.len())
        .map(|i| {
            let e = earliest[&groups.find(i)];
            (e != i).then(|| docs[e].doc_id.clone())
        })
        .collect()
}

/// Is the pair a near-copy: true similarity of the shingles at least the threshold, or
/// the same figures told in mostly the same words (a reworded copy)?
pub fn verified(a: &DocMeta, b: &DocMeta, opts: &DedupOptions) -> bool {
    a.content_hash != b.content_hash
        && (nearcopy::jaccard(&a.fingerprint.shingles, &b.fingerprint.shingles) >= opts.near_copy_threshold
            || (opts.reworded_copy_threshold > 0.0 && nearcopy::reworded_copy(&a.fingerprint, &b.fingerprint, opts.reworded_copy_threshold)))
}

/// The bounds a reported value allows, given its qualifier.
fn bounds(v: f64, q: Qualifier, tol: f64) -> (f64, f64) {
    match q {
        // A figure written round ("1.6 tonnes", "1,600 kg") may be a rounding of a
        // precise one (1,612 kg): half its last significant digit, within the tolerance.
        Qualifier::Exact => {
            let tz = trailing_zeros(v).min(9);
            let rounding = if tz == 0 { 0.0 } else { (0.499 * 10f64.powi(tz as i32)).min(v.abs() * tol) };
            let e = rounding.max(v.abs() * 1e-3);
            (v - e, v + e)
        }
        Qualifier::Approx => (v * (1.0 - tol), v * (1.0 + tol)),
        Qualifier::AtLeast => (v, v * (1.0 + 2.0 * tol)),
        Qualifier::AtMost => (v * (1.0 - 2.0 * tol), v),
    }
}

/// Can two reported values be the same figure? Exact figures may also be rounded
/// ("14,483" against "around 14,500").
pub fn values_compatible(a: f64, qa: Qualifier, b: f64, qb: Qualifier, tol: f64) -> bool {
    let (alo, ahi) = bounds(a, qa, tol);
    let (blo, bhi) = bounds(b, qb, tol);
    alo <= bhi && blo <= ahi
}

fn periods_compatible(a: Option<Period>, b: Option<Period>, null_ok: bool) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || (a.days() <= 31 && b.days() <= 31 && a.start <= b.end && b.start <= a.end && (a.days() == 1 || b.days() == 1)),
        _ => null_ok,
    }
}

/// Facts of different blocks are never the same figure, and the facts of a copy join
/// only matching facts of the same block: clusters never cross blocks, so a block can
/// be clustered again on its own when something in it changed.
pub fn block(f: &Fact) -> (String, Option<String>) {
    (kind_key(&f.kind), f.country.clone())
}

/// What must be equal for two facts to be about the same thing.
fn kind_key(k: &FactKind) -> String {
    match k {
        FactKind::Seizure { drug, quantity_kg, pill_count, .. } => {
            let unit = if quantity_kg.is_some() { "kg" } else if pill_count.is_some() { "pills" } else { "value" };
            // The value of "the drugs" of a haul is told as `mixed` by one outlet (which
            // listed them) and `unspecified` by another (which did not).
            let drug = if unit == "value" && matches!(drug, crate::model::Drug::Mixed | crate::model::Drug::Unspecified) { "drugs" } else { drug.as_str() };
            format!("seizures|{drug}|{unit}")
        }
        other => other.metric(),
    }
}

/// Can two facts of the same block (kind and country) be the same figure?
fn same_figure_in_block(a: &Fact, b: &Fact, tol: f64) -> bool {
    if a.is_aggregate != b.is_aggregate {
        return false;
    }
    match (&a.kind, &b.kind) {
        (FactKind::Cooperation { event_type, count: ca, .. }, FactKind::Cooperation { count: cb, .. }) => {
            if ca != cb {
                return false;
            }
            // An MoU is signed once; meetings and conferences recur, so an undated one
            // joins another only within one document.
            let null_ok = *event_type == crate::model::EventType::Mou || a.doc_id == b.doc_id;
            periods_compatible(a.period, b.period, null_ok)
        }
        _ => {
            let (Some(va), Some(vb)) = (a.kind.value(), b.kind.value()) else { return false };
            // An undated small count ("the driver was arrested") is the same as another
            // document's only when dated: one arrest happens every day.
            let null_ok = a.doc_id == b.doc_id || va.max(vb) >= 2.0;
            values_compatible(va, a.qualifier, vb, b.qualifier, tol) && periods_compatible(a.period, b.period, null_ok)
        }
    }
}

/// Give every fact its cluster id: facts of the same figure share the id of the
/// cluster's smallest fact id, so ids do not depend on input order or thread count.
pub fn cluster(facts: &mut [Fact], docs: &Docs, opts: &DedupOptions) {
    let n = facts.len();
    let mut parent = UnionFind::new(n);
    // Facts of a copy join the clusters of the original's matching facts, whatever
    // their period (a new header can move "on Friday" by days).
    let mut by_doc: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        by_doc.entry(f.doc_id.as_str()).or_default().push(i);
    }
    let keys: Vec<String> = facts.iter().map(|f| kind_key(&f.kind)).collect();
    for (i, f) in facts.iter().enumerate() {
        let Some(orig) = docs.get(f.doc_id.as_str()).and_then(|d| d.duplicate_of.as_deref()) else { continue };
        let Some(cands) = by_doc.get(orig) else { continue };
        let hit = cands.iter().copied().find(|&j| {
            let g = &facts[j];
            keys[i] == keys[j]
                && f.country == g.country
                && match (f.kind.value(), g.kind.value()) {
                    (Some(a), Some(b)) => values_compatible(a, f.qualifier, b, g.qualifier, opts.approx_tolerance),
                    (None, None) => true,
                    _ => false,
                }
        });
        if let Some(j) = hit {
            parent.union(i, j);
        }
    }
    // Block by table and kind so that only plausible pairs are compared.
    let mut blocks: BTreeMap<(&str, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        blocks.entry((keys[i].as_str(), f.country.as_deref())).or_default().push(i);
    }
    for idx in blocks.values() {
        // Sorted by the lowest value each fact allows, a fact can only match the ones
        // that follow it while their lowest value is under its highest: a sweep, not
        // every pair.
        let mut order: Vec<(f64, f64, usize)> = idx
            .iter()
            .map(|&i| match facts[i].kind.value() {
                Some(v) => {
                    let (lo, hi) = bounds(v, facts[i].qualifier, opts.approx_tolerance);
                    (lo, hi, i)
                }
                None => (f64::NEG_INFINITY, f64::INFINITY, i),
            })
            .collect();
        order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
        for x in 0..order.len() {
            let (_, hi, i) = order[x];
            for &(lo2, _, j) in &order[x + 1..] {
                if lo2 > hi {
                    break;
                }
                // Facts of one figure in one document were already joined through it.
                if parent.find(i) != parent.find(j) && same_figure_in_block(&facts[i], &facts[j], opts.approx_tolerance) {
                    parent.union(i, j);
                }
            }
        }
    }
    let mut min_id: BTreeMap<usize, String> = BTreeMap::new();
    for i in 0..n {
        let r = parent.find(i);
        let e = min_id.entry(r).or_insert_with(|| facts[i].fact_id.clone());
        if facts[i].fact_id < *e {
            *e = facts[i].fact_id.clone();
        }
    }
    for i in 0..n {
        let r = parent.find(i);
        facts[i].cluster_id = format!("c{}", &min_id[&r]);
    }
    fill_periods_within_documents(facts);
}

/// A later mention of an event in the same document ("on the occasion of the seizure of
/// 2,400 kg") takes the period of its dated mention, when the dated mentions agree.
fn fill_periods_within_documents(facts: &mut [Fact]) {
    let mut dated: BTreeMap<(String, String), Vec<Period>> = BTreeMap::new();
    for f in facts.iter() {
        if let Some(p) = f.period {
            dated.entry((f.cluster_id.clone(), f.doc_id.clone())).or_default().push(p);
        }
    }
    for f in facts.iter_mut().filter(|f| f.period.is_none()) {
        if let Some(ps) = dated.get(&(f.cluster_id.clone(), f.doc_id.clone())) {
            if ps.iter().all(|p| *p == ps[0]) {
                f.period = Some(ps[0]);
                f.period_text = Some(FILLED_PERIOD.into());
            }
        }
    }
}

/// One row per cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterRow {
    pub cluster_id: String,
    pub table: String,
    pub metric: String,
    pub country: Option<String>,
    pub period: Option<Period>,
    pub is_aggregate: bool,
    pub value: Option<f64>,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    pub qualifier: Qualifier,
    pub num_mentions: i64,
    pub num_documents: i64,
    pub num_outlets: i64,
    #[serde(with = "crate::model::day::opt")]
    pub first_published: Option<chrono::NaiveDate>,
    /// The id of the cluster's first fact in table order (document source, sentence,
    /// fact id): what the yearly tables count.
    pub head: String,
}

/// The rows of the clusters the given facts form (all facts of each cluster must be
/// given).
pub fn cluster_rows<'a>(facts: impl IntoIterator<Item = &'a Fact>, docs: &Docs) -> Vec<ClusterRow> {
    let mut groups: BTreeMap<&str, Vec<&Fact>> = BTreeMap::new();
    for f in facts {
        groups.entry(f.cluster_id.as_str()).or_default().push(f);
    }
    let mut out = Vec::new();
    for (id, fs) in groups {
        let values: Vec<f64> = fs.iter().filter_map(|f| f.kind.value()).collect();
        // The most precise value: an exact one first, then the one with most digits.
        let best = fs
            .iter()
            .filter(|f| f.kind.value().is_some())
            .min_by(|a, b| {
                let pa = (a.qualifier != Qualifier::Exact, trailing_zeros(a.kind.value().unwrap()));
                let pb = (b.qualifier != Qualifier::Exact, trailing_zeros(b.kind.value().unwrap()));
                pa.cmp(&pb).then(a.fact_id.cmp(&b.fact_id))
            })
            .copied()
            .unwrap_or(fs[0]);
        let mut doc_ids: Vec<&str> = fs.iter().map(|f| f.doc_id.as_str()).filter(|d| docs.get(d).is_none_or(|m| m.duplicate_of.is_none())).collect();
        doc_ids.sort();
        doc_ids.dedup();
        let mut outlets: Vec<String> = fs.iter().filter_map(|f| docs.get(f.doc_id.as_str()).and_then(|d| d.outlet.clone())).collect();
        outlets.sort();
        outlets.dedup();
        let first_published = fs.iter().filter_map(|f| docs.get(f.doc_id.as_str()).and_then(|d| d.published_date)).min();
        let period = fs.iter().filter_map(|f| f.period).min_by_key(|p| (p.days(), *p));
        let order = |f: &Fact| (docs.get(f.doc_id.as_str()).map(|d| d.source.as_str()), f.sentence_index);
        let head = fs.iter().min_by(|a, b| (order(a), &a.fact_id).cmp(&(order(b), &b.fact_id))).map(|f| f.fact_id.clone()).unwrap_or_default();
        out.push(ClusterRow {
            cluster_id: id.to_string(),
            table: best.kind.table().name().to_string(),
            metric: best.kind.metric(),
            country: best.country.clone(),
            period,
            is_aggregate: best.is_aggregate,
            value: best.kind.value(),
            min_value: values.iter().copied().reduce(f64::min),
            max_value: values.iter().copied().reduce(f64::max),
            qualifier: best.qualifier,
            num_mentions: fs.len() as i64,
            num_documents: doc_ids.len().max(1) as i64,
            num_outlets: outlets.len() as i64,
            first_published,
            head,
        });
    }
    out
}

fn trailing_zeros(v: f64) -> u32 {
    let mut n = v.round() as i64;
    if n == 0 || (v - v.round()).abs() > 1e-9 {
        return 0;
    }
    let mut z = 0;
    while n % 10 == 0 {
        n /= 10;
        z += 1;
    }
    z
}

/// Clusters of one table, metric, country and period whose values cannot be the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub conflict_id: String,
    pub table: String,
    pub country: Option<String>,
    pub period: Period,
    pub metric: String,
    pub cluster_ids: Vec<String>,
    pub min_value: f64,
    pub max_value: f64,
}

pub fn conflicts(rows: &[ClusterRow]) -> Vec<Conflict> {
    let mut groups: BTreeMap<(String, String, Option<String>, Period), Vec<&ClusterRow>> = BTreeMap::new();
    for r in rows {
        if let (Some(p), Some(_)) = (r.period, r.value) {
            if r.is_aggregate && !r.metric.starts_with("cooperation") {
                groups.entry((r.table.clone(), r.metric.clone(), r.country.clone(), p)).or_default().push(r);
            }
        }
    }
    let mut out = Vec::new();
    for ((table, metric, country, period), rs) in groups {
        if rs.len() < 2 {
            continue;
        }
        let mut ids: Vec<String> = rs.iter().map(|r| r.cluster_id.clone()).collect();
        ids.sort();
        let vals: Vec<f64> = rs.iter().filter_map(|r| r.value).collect();
        let min = vals.iter().copied().fold(f64::INFINITY, f64::min);
        let max = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        out.push(Conflict {
            conflict_id: format!("k{}", crate::extract::stable_id(&ids.iter().map(String::as_str).collect::<Vec<_>>())),
            table,
            country,
            period,
            metric,
            cluster_ids: ids,
            min_value: min,
            max_value: max,
        });
    }
    out
}

/// The period text of a fact whose period came from another mention of its figure.
pub const FILLED_PERIOD: &str = "from another mention of the same figure in the document";

pub struct Deduplicate;

impl super::StageKind for Deduplicate {
    fn name(&self) -> &'static str {
        "deduplicate"
    }
    fn about(&self) -> &'static str {
        "mark document copies and near-copies (duplicate_of), give facts of the same figure one cluster_id, list fact_clusters and conflicts"
    }
    fn role(&self) -> super::Role {
        super::Role::Dedup
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("approx_tolerance", "relative tolerance for approximate values when matching figures (default 0.05)"),
            ("near_copies", "find near-copies with MinHash/LSH, verified by true similarity (default true)"),
            ("near_copy_threshold", "Jaccard similarity of word shingles from which documents are copies (default 0.6)"),
            ("reworded_copy_threshold", "content-word similarity from which documents with the same figures are copies though reworded (default 0.25; 0 turns it off)"),
            ("shingle_size", "words per shingle (default 4)"),
        ]
    }
    fn check(&self, v: toml::Spanned<toml::de::DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        super::typed::<DedupOptions>(v).map(|_| None)
    }
    fn empty_tables(&self, _s: &crate::stages::StageConfig, _stages: &[crate::stages::StageConfig]) -> Result<Vec<crate::sink::Table>, crate::stages::TableError> {
        Ok(vec![crate::tables::fact_clusters(&[]), crate::tables::conflicts(&[])])
    }
    /// fact_clusters by the month of first publication.
    fn partitioned(&self, table: &str) -> bool {
        table == "fact_clusters"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_and_qualifiers() {
        let t = 0.05;
        assert!(values_compatible(14483.0, Qualifier::Exact, 14500.0, Qualifier::Approx, t));
        assert!(values_compatible(249600.0, Qualifier::Exact, 250000.0, Qualifier::AtMost, t));
        assert!(!values_compatible(10000.0, Qualifier::AtMost, 14483.0, Qualifier::Exact, t));
        assert!(!values_compatible(144.0, Qualifier::Exact, 145.0, Qualifier::Exact, t));
        // A round figure may be a rounding: "1.6 tonnes" and 1,612 kg, not 1,700 kg.
        assert!(values_compatible(1600.0, Qualifier::Exact, 1612.0, Qualifier::Exact, t));
        assert!(!values_compatible(1600.0, Qualifier::Exact, 1700.0, Qualifier::Exact, t));
        // Within the tolerance only: "2,000" is no rounding of 1,612.
        assert!(!values_compatible(2000.0, Qualifier::Exact, 1612.0, Qualifier::Exact, t));
    }

    #[test]
    fn exact_copies_point_at_the_earliest() {
        let d = |id: &str, src: &str, date: Option<&str>, h: &str| DocMeta {
            doc_id: id.into(),
            source: src.into(),
            title: None,
            outlet: None,
            published_date: date.map(|s| s.parse().unwrap()),
            content_hash: h.into(),
            duplicate_of: None,
            fingerprint: Fingerprint::default(),
        };
        let docs = [d("a", "b.txt", Some("2025-02-01"), "h"), d("b", "a.txt", Some("2025-01-01"), "h"), d("c", "c.txt", None, "x"), d("e", "e.txt", Some("2024-12-01"), "y")];
        let refs: Vec<&DocMeta> = docs.iter().collect();
        let mut groups = UnionFind::new(refs.len());
        groups.join_equal(refs.iter().map(|d| d.content_hash.as_str()));
        assert_eq!(duplicate_of(&refs, &mut groups.clone()), vec![Some("b".to_string()), None, None, None]);
        // A verified near-copy edge joins the groups; the earliest of all is the original.
        groups.union(1, 3);
        assert_eq!(duplicate_of(&refs, &mut groups), vec![Some("e".to_string()), Some("e".to_string()), None, None]);
    }
}
