//! Mutation fuzz of cleaning and extraction: real article text with hostile characters
//! and strings inserted, replaced or deleted at random (a deterministic PRNG, no
//! dependency) must never make a rule panic, and every mutant must finish quickly.
//!
//! `INTERDICT_FUZZ_ITERS` sets the number of mutants (default 1,500: some 20 s in a debug build), `INTERDICT_FUZZ_SEED`
//! the seed. The time limit per case is only a hang detector.

use crate::lexicon::Lexicon;
use crate::model::RawDoc;
use crate::stages::pattern::{Pattern, PatternOptions};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// One case taking longer than this (debug build) is a hang.
const HANG: Duration = Duration::from_secs(20);

/// SplitMix64: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// Strings that broke or may break byte-offset arithmetic, number parsing or regexes.
const HOSTILE: &[&str] = &[
    // Arabic-Indic and Persian digits, with their separators.
    "٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩", "١٢٣", "٣٬٥٠٠", "١٢٫٥", "۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹", "۱۲۳۴",
    // Fractions and the fraction slash NFKC makes of them.
    "½", "¾", "⅓", "¼", "⅞", "⁄", "1⁄2", "3⁄4 kg", "2½ tons", "¾¾¾",
    // Emoji, ZWJ sequences, flags, skin tones, variation selectors.
    "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇮🇶", "🇺🇸🇮🇷", "❤️", "🔥💊", "\u{FE0F}",
    // Combining marks, direction marks, joiners, BOM, soft hyphen.
    "\u{0301}", "e\u{0301}", "\u{0307}", "\u{20DD}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{200D}", "\u{200C}", "\u{200B}", "\u{FEFF}", "\u{00AD}",
    // Letters whose case mapping changes byte length, ligatures that NFKC expands.
    "İ", "İSTANBUL", "ß", "ẞ", "STRASSE ẞ", "ﷺ", "\u{FDFA}", "ﬃ", "Ǆ", "ǅ", "Ω", "K", "Å", "ſ", "ΐ", "ŉ",
    // Full-width digits and letters, NBSP and other spaces.
    "１２３", "１，０００ ｋｇ", "ＫＧ", "Ｓｅｉｚｅｄ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{3000}", "\u{2028}", "\u{2029}", "\t", "\r\n", "\n\n", "  ",
    // Numbers: long runs, chains, odd separators, scales.
    "12345678901234567890123456789", "999999999999999999999999", "1,2,3,4", "1,2,3,4,5,6,7,8,9,10", "1.2.3.4", "1 000 000", "0.0000001", "1e308", "-5",
    "2,000", "14,483", "1.75", "5m", "2.3bn", "three hundred and twelve", "a quarter of a million", "half a", "two and a half", "dozens of", "1st", "2024", "2024-13-45",
    // Units, money, drugs, cue words.
    "$", "US$", "€", "£", "₹", "kg", " kg", "kilograms", " tons of ", "pills", " tablets", "grams", "Rs", "dinars", "rials", "million", "billion",
    "heroin", "cocaine", "Captagon", "crystal meth", "hashish", "methamphetamine", "narcotics", "seized", " seized ", "arrested", "sentenced to death", "dismantled", "memorandum", "signed",
    "Iraq", "Iranian", "Tehran's", "the Islamic Republic of Iran", "INTERPOL", "UNODC", "in Basra Province", "since the beginning of 2025", "last year", "on Monday", "between January and June",
    // Punctuation that clause logic keys on; unmatched quotes and brackets.
    "\"", "'", "“", "”", "«", "»", "(", ")", "((", "))", "[", "]", "-", "—", "–", ";", ":", ",", ".", "...", "!", "?", "/", "\\", "|", "*", "#", "%", "&", "<", ">", "</p>",
];

/// Article paragraphs of our own, beside the sample files.
const OWN: &[&str] = &[
    "Iraqi security forces seized 1,100 kilograms of Captagon pills in Anbar on Monday, the interior ministry said. Police arrested 14 suspects, including three Syrians, and dismantled two drug networks. The haul was worth $144 million.",
    "TEHRAN - Iran's anti-narcotics police seized nearly 250 tons of various types of narcotics in the first nine months of 2025, a senior official said. More than 2,000 people were sentenced to death or life in prison over the past three years.",
    "Ecuador's navy said Monday it had intercepted a boat carrying 1.8 tonnes of cocaine off the Pacific coast. Of that, 842 kilograms was hashish. The four men were arrested in March last year.",
    "Police in Spain, Croatia, Slovenia and Germany arrested 38 people in a coordinated operation led by Europol. Iraq and Iran signed a memorandum of understanding on drug control in Baghdad on Sunday.",
    "Customs officers found 4 million Captagon pills in Homs and 2 million in Latakia, worth 222 billion won (US$163 million). A court sentenced five men to death; a sixth received a life sentence.",
];

fn corpus() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out: Vec<String> = OWN.iter().map(|s| s.to_string()).collect();
    for rel in ["iraq/basra_court.txt", "iraq/anbar_captagon.txt", "feeds/afghanistan_opium.txt", "reports/turkey_crackdown.md"] {
        if let Ok(t) = std::fs::read_to_string(root.join(rel)) {
            out.push(t);
        }
    }
    out
}

/// A random char boundary of `s`.
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let n = s.chars().count();
    s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())).nth(rng.below(n + 1)).unwrap_or(0)
}

/// A random code point from ranges that matter (Latin, combining, Arabic, symbols, CJK,
/// emoji, private use), or a hostile string.
fn piece(rng: &mut Rng) -> String {
    if rng.below(4) == 0 {
        const RANGES: &[(u32, u32)] = &[(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x600, 0x6FF), (0x2000, 0x206F), (0x2150, 0x218F), (0x3000, 0x303F), (0xFB00, 0xFDFF), (0xFF00, 0xFFEF), (0x1F300, 0x1F6FF), (0xE000, 0xE0FF)];
        let (a, b) = RANGES[rng.below(RANGES.len())];
        let c = char::from_u32(a + rng.below((b - a + 1) as usize) as u32).unwrap_or('?');
        return c.to_string();
    }
    let s = rng.pick(HOSTILE);
    // Sometimes a run of the same piece ("¾¾¾¾...", "١١١١...").
    if rng.below(8) == 0 {
        s.repeat(1 + rng.below(60))
    } else {
        s.to_string()
    }
}

fn mutate(rng: &mut Rng, base: &str) -> String {
    let mut s = base.to_string();
    let ops = 1 + rng.below(12);
    for _ in 0..ops {
        match rng.below(8) {
            // Insert.
            0 | 1 => {
                let at = boundary(rng, &s);
                s.insert_str(at, &piece(rng));
            }
            // Replace a few chars.
            2 | 3 => {
                let a = boundary(rng, &s);
                let n = 1 + rng.below(8);
                let b = s[a..].char_indices().nth(n).map(|(i, _)| a + i).unwrap_or(s.len());
                s.replace_range(a..b, &piece(rng));
            }
            // Delete a few chars.
            4 => {
                let a = boundary(rng, &s);
                let n = 1 + rng.below(20);
                let b = s[a..].char_indices().nth(n).map(|(i, _)| a + i).unwrap_or(s.len());
                s.replace_range(a..b, "");
            }
            // Change the case of a stretch ('ß' -> "SS", 'İ' -> "i̇": lengths change).
            5 => {
                let a = boundary(rng, &s);
                let n = 1 + rng.below(30);
                let b = s[a..].char_indices().nth(n).map(|(i, _)| a + i).unwrap_or(s.len());
                let stretch = if rng.below(2) == 0 { s[a..b].to_uppercase() } else { s[a..b].to_lowercase() };
                s.replace_range(a..b, &stretch);
            }
            // Insert before a word, where cue words and figures are read.
            6 => {
                let spaces: Vec<usize> = s.match_indices(' ').map(|(i, _)| i + 1).collect();
                if !spaces.is_empty() {
                    let at = spaces[rng.below(spaces.len())];
                    s.insert_str(at, &format!("{} ", piece(rng)));
                }
            }
            // Duplicate a stretch (long sentences, repeated figures).
            _ => {
                let a = boundary(rng, &s);
                let n = 1 + rng.below(40);
                let b = s[a..].char_indices().nth(n).map(|(i, _)| a + i).unwrap_or(s.len());
                let chunk = s[a..b].to_string();
                s.insert_str(b, &chunk.repeat(1 + rng.below(3)));
            }
        }
    }
    s
}

fn pattern() -> Pattern {
    let o = PatternOptions {
        table: "fuzz".into(),
        keywords: vec![],
        regex: Some(r"(?i)(?P<q>[\d.,]+\s*(?:kg|kilograms|tons?|pills))(?:[^.]*?(?P<m>\$\s*[\d.,]+(?:\s*million)?))?(?:[^.]*?(?P<p>(?:in|since)\s+\w+(?:\s+\d{4})?))?".into()),
        fields: [("q", "quantity"), ("m", "money"), ("p", "period")].into_iter().map(|(a, b)| (a.to_string(), b.to_string())).collect(),
    };
    Pattern::compile("fuzz", &o).unwrap()
}

/// Clean, extract and apply a pattern; the panic message if one of them panicked.
fn run_case(text: &str, lx: &Lexicon, pat: &Pattern) -> Result<Duration, String> {
    let t = Instant::now();
    let r = catch_unwind(AssertUnwindSafe(|| {
        let raw = RawDoc { source: "fuzz.txt".into(), format: "text".into(), text: text.to_string(), published: chrono::NaiveDate::from_ymd_opt(2025, 3, 5), ..Default::default() };
        let doc = crate::clean::clean(&raw, lx);
        let ex = super::extract(&doc, lx, &Default::default());
        let rows = pat.apply(&doc, lx);
        let _ = pat.table(&rows.iter().collect::<Vec<_>>());
        ex.facts.len()
    }));
    match r {
        Ok(_) => Ok(t.elapsed()),
        Err(e) => Err(e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_else(|| "panic".into())),
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

#[test]
fn mutated_articles_never_panic_or_hang() {
    let iters = env_u64("INTERDICT_FUZZ_ITERS", 1500);
    let seed = env_u64("INTERDICT_FUZZ_SEED", 0x1D7E_2D1C);
    let lx = Lexicon::builtin();
    let pat = pattern();
    let corpus = corpus();
    let mut rng = Rng(seed);
    let mut failures: Vec<String> = Vec::new();
    let mut slowest = Duration::ZERO;
    for i in 0..iters {
        let base = &corpus[rng.below(corpus.len())];
        let m = mutate(&mut rng, base);
        match run_case(&m, &lx, &pat) {
            Ok(d) => {
                slowest = slowest.max(d);
                if d > HANG {
                    failures.push(format!("case {i}: took {d:?}\n{m:?}"));
                }
            }
            Err(msg) => failures.push(format!("case {i}: panic: {msg}\n{m:?}")),
        }
        if failures.len() >= 5 {
            break;
        }
    }
    eprintln!("fuzz: {iters} mutants (seed {seed}), slowest {slowest:?}, {} failures", failures.len());
    assert!(failures.is_empty(), "{} failing mutants (seed {seed}):\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn pathological_inputs_finish_without_panic() {
    let lx = Lexicon::builtin();
    let pat = pattern();
    let figures: Vec<String> = (0..2000).map(|i| format!("{}", i * 7 + 1)).collect();
    let cases: Vec<(&str, String)> = vec![
        ("2 KB of \"ab ¾ cd \"", "ab ¾ cd ".repeat(2048 / "ab ¾ cd ".len())),
        ("500 × ¾", "¾".repeat(500)),
        ("2,000 figures in one sentence", format!("Police seized {} kg of heroin and arrested 14 suspects.", figures.join(" kg, "))),
        ("2,000 bare figures", format!("Police arrested {} people.", figures.join(" "))),
        ("5,000 Arabic-Indic digits", "١".repeat(5000)),
        ("Arabic-Indic digits between figures", format!("Police seized {} kg", "١٢٣ 5 ".repeat(800))),
        ("600 × ½ kg of heroin", "seized ½ kg of heroin, ".repeat(600)),
        ("long word", format!("seized {} kg", "a".repeat(20_000))),
        ("Persian digits", "۱۲۳۴ ".repeat(2000)),
    ];
    for (name, text) in cases {
        match run_case(&text, &lx, &pat) {
            Ok(d) => {
                eprintln!("{name}: {d:?}");
                assert!(d < HANG, "{name}: took {d:?}");
            }
            Err(msg) => panic!("{name}: panic: {msg}"),
        }
    }
}
