//! Near-copies of documents (syndication with another header, boilerplate or a few
//! edited sentences): word shingles, MinHash signatures, LSH banding for candidate
//! pairs (a new document is looked up against the keys of earlier ones), and every candidate verified by its true Jaccard similarity before it is
//! accepted (LSH alone also reports pairs below the threshold).

use serde::{Deserialize, Serialize};

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
    /// Sorted, distinct hashes of the content words (four letters or more, function
    /// words aside), for copies whose sentences were reworded.
    #[serde(default)]
    pub words: Vec<u32>,
    /// Sorted, distinct hashes of the figures (numbers of 10 and more, years and days of
    /// dates aside), which a reworded copy keeps.
    #[serde(default)]
    pub figures: Vec<u32>,
}

/// Function words that say nothing of what a story is about.
const FUNCTION_WORDS: &[&str] = &["that", "this", "these", "those", "with", "from", "were", "have", "been", "said", "says", "their", "there", "which", "while", "also", "into", "over", "under", "about", "after", "before", "when", "where", "would", "could", "will", "they", "them", "other", "more", "most", "some", "such", "only", "than", "then", "what", "whom", "whose", "being", "during", "through", "against", "between", "among", "within", "without", "since", "until", "upon", "onto", "each", "both"];

/// How many of the smallest figure hashes give candidate keys (their pairs).
const FIGURE_SKETCH: usize = 8;

/// The figure of a number token as written ("1,020" and "1020" are one), or None for a
/// year or a number under 10.
fn figure_of(tok: &str) -> Option<String> {
    let digits: String = tok.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let digits = digits.trim_matches('.');
    let v: f64 = digits.parse().ok()?;
    if v < 10.0 || (digits.len() == 4 && (1900.0..2100.0).contains(&v) && !digits.contains('.')) {
        return None;
    }
    Some(digits.to_string())
}

/// The figures of a text: number tokens, except days of dates ("18 June", "June 18").
fn figures_of(text: &str) -> Vec<u32> {
    let toks: Vec<&str> = text.split_whitespace().map(|t| t.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let month = |i: Option<&&str>| i.is_some_and(|w| crate::rules::dates::month_number(w).is_some());
    let mut out: Vec<u32> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.starts_with(|c: char| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
        .filter(|(i, _)| !month(toks.get(i + 1)) && !(*i > 0 && month(toks.get(i - 1))))
        .filter_map(|(_, t)| figure_of(t))
        .map(|f| fnv1a(f.as_bytes()) as u32)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;

/// FNV-1a over more bytes, from the hash so far.
fn fnv1a_more(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_more(FNV_OFFSET, bytes)
}

fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// Shingles and MinHash of a text (lower-cased words, punctuation dropped).
pub fn fingerprint(text: &str, opts: &NearCopyOptions) -> Fingerprint {
    use std::borrow::Cow;
    // Words lower-cased only when they have capitals (most have none).
    let words: Vec<Cow<'_, str>> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| if w.chars().any(char::is_uppercase) { Cow::Owned(w.to_lowercase()) } else { Cow::Borrowed(w) })
        .collect();
    let mut content: Vec<u32> = words
        .iter()
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w.as_ref()))
        .map(|w| fnv1a(w.as_bytes()) as u32)
        .collect();
    content.sort_unstable();
    content.dedup();
    let figures = figures_of(text);
    let k = opts.shingle_size.max(1);
    // The hash of words joined by spaces, without joining them.
    let joined_hash = |ws: &[Cow<'_, str>]| -> u32 {
        ws.iter().enumerate().fold(FNV_OFFSET, |h, (n, w)| fnv1a_more(if n > 0 { fnv1a_more(h, b" ") } else { h }, w.as_bytes())) as u32
    };
    let mut shingles: Vec<u32> = if words.len() < k {
        if words.is_empty() { Vec::new() } else { vec![joined_hash(&words)] }
    } else {
        words.windows(k).map(joined_hash).collect()
    };
    shingles.sort_unstable();
    shingles.dedup();
    let n = opts.bands * opts.rows;
    let seeds: Vec<u64> = (0..n).map(|i| mix(i as u64 + 1)).collect();
    let mut signature = vec![u32::MAX; n];
    for s in &shingles {
        let s = *s as u64;
        for (slot, seed) in signature.iter_mut().zip(&seeds) {
            let h = mix(s ^ seed) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    Fingerprint { shingles, signature, words: content, figures }
}

/// How many values two sorted, distinct sets share.
fn intersection(a: &[u32], b: &[u32]) -> usize {
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
    inter
}

/// Share of the smaller set that the other holds too, and how many they share.
pub fn overlap(a: &[u32], b: &[u32]) -> (f64, usize) {
    let inter = intersection(a, b);
    let small = a.len().min(b.len());
    (if small == 0 { 0.0 } else { inter as f64 / small as f64 }, inter)
}

/// A copy whose sentences were reworded: most content words in common (Jaccard at least
/// `min_words`) and the same figures (at least two, and most of the smaller document's).
pub fn reworded_copy(a: &Fingerprint, b: &Fingerprint, min_words: f64) -> bool {
    let (share, common) = overlap(&a.figures, &b.figures);
    common >= 2 && share >= 0.6 && jaccard(&a.words, &b.words) >= min_words
}

/// True Jaccard similarity of two sorted shingle sets.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = intersection(a, b);
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// What the index keeps of a document for near-copy search: its LSH keys (one per
/// band, 4 bytes each) and a sketch of its MinHash signature (the low byte of each
/// value) to estimate similarity. Both empty when the document has no shingles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lsh {
    pub keys: Vec<u8>,
    pub sketch: Vec<u8>,
    /// Keys from pairs of the document's figures (the smallest hashes): documents that
    /// share one are candidate reworded copies.
    #[serde(default)]
    pub figure_keys: Vec<u32>,
}

impl Lsh {
    pub fn of(p: &Fingerprint, opts: &NearCopyOptions) -> Lsh {
        if p.signature.len() != opts.bands * opts.rows || p.shingles.is_empty() {
            return Lsh::default();
        }
        let keys = (0..opts.bands)
            .flat_map(|b| (p.signature[b * opts.rows..(b + 1) * opts.rows].iter().fold(mix(b as u64 + 1), |h, v| mix(h ^ *v as u64)) as u32).to_le_bytes())
            .collect();
        let low = &p.figures[..p.figures.len().min(FIGURE_SKETCH)];
        let figure_keys = (0..low.len()).flat_map(|i| (i + 1..low.len()).map(move |j| mix(((low[i] as u64) << 32) | low[j] as u64) as u32)).collect();
        Lsh { keys, sketch: p.signature.iter().map(|v| *v as u8).collect(), figure_keys }
    }

    /// Do two documents share a pair of figures (a candidate reworded copy)?
    pub fn shares_figures(&self, other: &Lsh) -> bool {
        self.figure_keys.iter().any(|k| other.figure_keys.contains(k))
    }

    /// The band keys. Documents that share one are candidate near-copies.
    pub fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        self.keys.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
    }

    /// The band keys and the figure keys (told apart by a bit, so they never collide).
    pub fn all_keys(&self) -> impl Iterator<Item = u32> + '_ {
        self.keys().map(|k| k & !1).chain(self.figure_keys.iter().map(|k| k | 1))
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
    fn reworded_copies_keep_figures_and_words() {
        let o = NearCopyOptions::default();
        let a = "MUSCAT - The coast guard intercepted a boat carrying 2,200 kilograms of hashish and 17 kilograms of crystal methamphetamine in the waters of Al Wusta Governorate on Sunday 15 June, and arrested four infiltrators of an Asian nationality, the police said. Legal procedures against the suspects have been completed.";
        let b = "A boat carrying 2,200 kilograms of hashish and 17 kilograms of crystal methamphetamine was intercepted by the coast guard in the waters of Al Wusta Governorate on Sunday. Four infiltrators of an Asian nationality on board were arrested, and legal procedures against them have been completed, police said on 18 June.";
        let c = "Customs officers in Mombasa found 2,200 kilograms of cannabis and 17 kilograms of heroin in a container of tiles from Karachi, the revenue authority said, and detained a clearing agent.";
        let (fa, fb, fc) = (fingerprint(a, &o), fingerprint(b, &o), fingerprint(c, &o));
        assert_eq!(fa.figures.len(), 2, "2,200 and 17; the day of '15 June' is no figure");
        assert!(jaccard(&fa.shingles, &fb.shingles) < o.threshold);
        assert!(reworded_copy(&fa, &fb, 0.25), "{}", jaccard(&fa.words, &fb.words));
        assert!(!reworded_copy(&fa, &fc, 0.25), "the same figures in another story: {}", jaccard(&fa.words, &fc.words));
        let (la, lb) = (Lsh::of(&fa, &o), Lsh::of(&fb, &o));
        assert!(la.shares_figures(&lb));
    }

    #[test]
    fn jaccard_of_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 1.0);
    }
}
