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

/// What the index keeps of a document for near-copy search: its LSH keys (one per
/// band, 4 bytes each) and a sketch of its MinHash signature (the low byte of each
/// value) to estimate similarity. Both empty when the document has no shingles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lsh {
    pub keys: Vec<u8>,
    pub sketch: Vec<u8>,
}

impl Lsh {
    pub fn of(p: &Fingerprint, opts: &NearCopyOptions) -> Lsh {
        if p.signature.len() != opts.bands * opts.rows || p.shingles.is_empty() {
            return Lsh::default();
        }
        let keys = (0..opts.bands)
            .flat_map(|b| (p.signature[b * opts.rows..(b + 1) * opts.rows].iter().fold(mix(b as u64 + 1), |h, v| mix(h ^ *v as u64)) as u32).to_le_bytes())
            .collect();
        Lsh { keys, sketch: p.signature.iter().map(|v| *v as u8).collect() }
    }

    /// The band keys. Documents that share one are candidate near-copies.
    pub fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        self.keys.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
    }

    /// Jaccard similarity estimated from the sketches: the share of equal positions
    /// (unequal values agree by chance 1 time in 256; with 128 positions the standard
    /// error is at most 0.045).
    pub fn estimate(&self, other: &Lsh) -> f64 {
        if self.sketch.is_empty() || self.sketch.len() != other.sketch.len() {
            return 0.0;
        }
        self.sketch.iter().zip(&other.sketch).filter(|(x, y)| x == y).count() as f64 / self.sketch.len() as f64
    }
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
        let (la, lb, lc) = (Lsh::of(&pa, &o), Lsh::of(&pb, &o), Lsh::of(&pc, &o));
        // The estimate from the sketches is close to the true similarity.
        assert!((la.estimate(&lb) - s).abs() < ESTIMATE_MARGIN, "{s}");
        assert!(la.estimate(&lc) < 0.2);
        let shared = |x: &Lsh, y: &Lsh| x.keys().filter(|k| y.keys().any(|j| j == *k)).count();
        // a and b share LSH keys (candidates, then verified); c shares none with either.
        assert!(shared(&la, &lb) > 0);
        assert_eq!(shared(&la, &lc) + shared(&lb, &lc), 0);
        assert_eq!(la.keys().count(), o.bands);
        assert_eq!(Lsh::of(&fingerprint("", &o), &o), Lsh::default());
    }

    #[test]
    fn jaccard_of_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 1.0);
    }
}
