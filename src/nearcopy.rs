//! Near-copies of documents (syndication with another header, boilerplate or a few
//! edited sentences): word shingles, MinHash signatures, LSH banding for candidate
//! pairs (a new document is looked up against the keys of earlier ones), and every candidate verified by its true Jaccard similarity before it is
//! accepted (LSH alone also reports pairs below the threshold).

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Options (`[stages.deduplicate]`: `near_copy_threshold`, `shingle_size`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NearCopyOptions {
    pub threshold: f64,
    pub shingle_size: usize,
    pub bands: usize,
    pub rows: usize,
}

impl Default for NearCopyOptions {
    fn default() -> Self {
        NearCopyOptions { threshold: 0.6, shingle_size: 4, bands: 32, rows: 4 }
    }
}

/// What is kept of a document's text for near-copy detection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Sorted, distinct 32-bit hashes of the word shingles.
    pub shingles: Vec<u32>,
    /// MinHash signature (bands x rows values).
    pub signature: Vec<u32>,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// Shingles and MinHash of a text (lower-cased words, punctuation dropped).
pub fn fingerprint(text: &str, opts: &NearCopyOptions) -> Fingerprint {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let k = opts.shingle_size.max(1);
    let mut set: BTreeSet<u32> = BTreeSet::new();
    if words.len() < k {
        if !words.is_empty() {
            set.insert(fnv1a(words.join(" ").as_bytes()) as u32);
        }
    } else {
        for w in words.windows(k) {
            set.insert(fnv1a(w.join(" ").as_bytes()) as u32);
        }
    }
    let n = opts.bands * opts.rows;
    let mut signature = vec![u32::MAX; n];
    for s in &set {
        for (i, slot) in signature.iter_mut().enumerate() {
            let h = mix((*s as u64) ^ mix(i as u64 + 1)) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    Fingerprint { shingles: set.into_iter().collect(), signature }
}

/// True Jaccard similarity of two sorted shingle sets.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// The MinHash signature kept for a document: empty when it has no shingles (nothing
/// to compare).
pub fn signature(p: &Fingerprint, opts: &NearCopyOptions) -> Vec<u32> {
    if p.signature.len() != opts.bands * opts.rows || p.shingles.is_empty() {
        return Vec::new();
    }
    p.signature.clone()
}

/// The LSH keys of a signature: one per band, the band's number and rows hashed
/// together. Documents that share a key are candidate near-copies.
pub fn band_keys(signature: &[u32], opts: &NearCopyOptions) -> Vec<u64> {
    if signature.len() != opts.bands * opts.rows {
        return Vec::new();
    }
    (0..opts.bands).map(|b| signature[b * opts.rows..(b + 1) * opts.rows].iter().fold(mix(b as u64 + 1), |h, v| mix(h ^ *v as u64))).collect()
}

/// Jaccard similarity estimated from two MinHash signatures (the share of equal
/// positions; with 128 positions its standard error is at most 0.045).
pub fn estimate(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

/// How far under the threshold an estimate may fall and the pair still be verified
/// (more than three standard errors: a true near-copy is practically never skipped).
pub const ESTIMATE_MARGIN: f64 = 0.15;

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "Iraqi border police seized 1.2 million Captagon pills hidden in a truck loaded with tomatoes at the Al-Qaim crossing on Monday, the interior ministry said. The driver, a Syrian national, was arrested and the shipment was destroyed. Officials said the pills were bound for Gulf markets and that the route through Anbar had been watched for weeks. The ministry added that cooperation with Jordanian authorities had helped identify the network behind the shipment.";

    #[test]
    fn near_copy_is_found_and_verified() {
        let o = NearCopyOptions::default();
        let b = A.replace("on Monday", "on Monday morning").replace("The driver, a Syrian national, was arrested and the shipment was destroyed.", "Its driver was detained and the load burned.");
        let c = "Turkish police seized 400 kilograms of heroin in Van province after a chase, officials said. Two suspects were detained and a car was impounded. The heroin had come from Iran, according to the governor's office.";
        let (pa, pb, pc) = (fingerprint(A, &o), fingerprint(&b, &o), fingerprint(c, &o));
        let s = jaccard(&pa.shingles, &pb.shingles);
        assert!(s > o.threshold && s < 1.0, "{s}");
        let (ka, kb, kc) = (band_keys(&signature(&pa, &o), &o), band_keys(&signature(&pb, &o), &o), band_keys(&signature(&pc, &o), &o));
        // The estimate from the signatures is close to the true similarity.
        assert!((estimate(&pa.signature, &pb.signature) - s).abs() < ESTIMATE_MARGIN, "{s}");
        assert!(estimate(&pa.signature, &pc.signature) < 0.2);
        let shared = |x: &[u64], y: &[u64]| x.iter().filter(|k| y.contains(k)).count();
        // a and b share LSH keys (candidates, then verified); c shares none with either.
        assert!(shared(&ka, &kb) > 0);
        assert_eq!(shared(&ka, &kc) + shared(&kb, &kc), 0);
        assert_eq!(ka.len(), o.bands);
    }

    #[test]
    fn jaccard_of_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 1.0);
    }
}
