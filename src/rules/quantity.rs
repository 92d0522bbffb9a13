//! Quantities: a figure with its unit. Mass normalised to kilograms ("six tons and 183
//! kilograms" -> 6183, "90 pounds" -> 40.82), counts of pills or tablets
//! ("400,000 Captagon pills"), and money with its ISO 4217 currency ("$144 million",
//! "3 billion Iraqi dinars"). Units and currencies come from the lexicon.

use super::numbers::{find_numbers, NumberMention, MAX_FIGURES};
use crate::lexicon::{CurrencyPos, Lexicon};

#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    Mass { kg: f64 },
    Pills { count: i64 },
    Money { amount: f64, currency: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Span of the whole quantity (currency symbol, number, unit).
    pub start: usize,
    pub end: usize,
    /// Span of the leading number, for qualifier look-up.
    pub number_start: usize,
    pub measure: Measure,
    pub text: String,
}

/// Words that may stand between a figure and "pills"/"tablets".
const PILL_GAP_MAX: usize = 3;

fn skip_ws(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() && (b[i] == b' ' || b[i] == b'-' || b[i] == b'\t') {
        i += 1;
    }
    i
}

/// The mass unit right after `pos` (optionally "metric"), as (end, factor to kg).
fn mass_unit_at(text: &str, pos: usize, lx: &Lexicon) -> Option<(usize, f64)> {
    let i = skip_ws(text, pos);
    let rest = &text[i..];
    let hit = lx.mass_units.at_start(rest)?;
    // "pounds" may be money ("Egyptian pounds" is caught before this), "t"/"g" only glued
    // or before "of" ("1.3 t of cocaine").
    if hit.text.len() == 1 && i != pos && !text[i + hit.end..].starts_with(" of ") {
        return None;
    }
    Some((i + hit.end, hit.value))
}

fn currency_after(text: &str, pos: usize, lx: &Lexicon) -> Option<(usize, String)> {
    let i = skip_ws(text, pos);
    let rest = &text[i..];
    let hit = lx.currencies.at_start(rest)?;
    matches!(hit.value.1, CurrencyPos::After | CurrencyPos::Either).then(|| (i + hit.end, hit.value.0))
}

fn currency_before(text: &str, pos: usize, lx: &Lexicon) -> Option<(usize, String)> {
    let before = &text[..pos];
    let trimmed = before.trim_end();
    let hit = lx.currencies.at_end(trimmed)?;
    // Letter prefixes ("N4.2 billion", "R80 million", "Sh900 million") only when glued;
    // codes ("USD 300,000", "BD 120,000") and "Rs 12 crore" may stand apart.
    let letters = hit.text.chars().all(|c| c.is_alphabetic());
    let glued = trimmed.len() == before.len();
    let spaced_ok = ["rs", "tk", "rm", "dhs", "ksh", "rp"].iter().any(|p| hit.text.eq_ignore_ascii_case(p));
    if letters && hit.text.len() <= 3 && !glued && hit.value.1 == CurrencyPos::Before && !spaced_ok {
        return None;
    }
    // A word currency ("dinars 5") never stands before the figure.
    matches!(hit.value.1, CurrencyPos::Before | CurrencyPos::Either).then(|| (hit.start, hit.value.0))
}

fn pill_unit_after(text: &str, pos: usize, lx: &Lexicon) -> Option<usize> {
    let mut i = skip_ws(text, pos);
    for _ in 0..=PILL_GAP_MAX {
        let rest = &text[i..];
        if let Some(hit) = lx.pill_units.at_start(rest) {
            return Some(i + hit.end);
        }
        // Skip one word of the gap ("Captagon", "narcotic", "amphetamine", "(MDMA)").
        let w_end = if rest.starts_with('(') {
            rest.find(')').map(|i| i + 1).unwrap_or(0)
        } else {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'')).unwrap_or(rest.len())
        };
        if w_end == 0 {
            return None;
        }
        let word = &rest[..w_end];
        if word.chars().any(|c| c.is_ascii_digit()) || matches!(word.to_lowercase().as_str(), "and" | "or" | "in" | "at" | "were" | "was") {
            return None;
        }
        i = skip_ws(text, i + w_end);
    }
    None
}

/// Every quantity in a text, left to right.
/// The unit a table caption gives its figures in ("(kg)", "(in tonnes)", "(tablets)"):
/// kilograms per figure, or `None` per figure for counts of pills.
pub fn caption_unit(text: &str, lx: &Lexicon) -> Option<Option<f64>> {
    // "Seizures by province (kg)", "(in tonnes)", "Drug seizures reported in the EU, tonnes".
    static UNIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)\(\s*(?:in\s+)?(?P<u>[a-z]+)\s*\)|(?:,|\bin)\s+(?P<u2>[a-z]+)\s*$").unwrap());
    UNIT.captures_iter(text.trim_end()).find_map(|c| {
        let u = c.name("u").or(c.name("u2"))?;
        if let Some(f) = lx.mass_units.lookup(u.as_str()) {
            return Some(Some(*f));
        }
        lx.pill_units.lookup(u.as_str()).map(|_| None)
    })
}

pub fn find_quantities(text: &str, lx: &Lexicon) -> Vec<Quantity> {
    let mut nums = find_numbers(text);
    // "a ton of", "a kilogram of": one unit.
    static ONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)\b(?:a|an|one)\s+(?P<half>half-)?").unwrap());
    for c in ONE.captures_iter(text) {
        let m = c.get(0).unwrap();
        if nums.iter().any(|n| n.start <= m.start() && m.start() < n.end) {
            continue;
        }
        // "a half-ton of marijuana"
        let (value, at) = if c.name("half").is_some() { (0.5, m.end() - 1) } else { (1.0, m.end() - 1) };
        if mass_unit_at(text, at + usize::from(c.name("half").is_some()), lx).is_some() {
            nums.push(NumberMention { start: m.start(), end: at, value, text: text[m.start()..at].to_string(), year_like: false, digits: false });
        }
    }
    nums.sort_by_key(|n| n.start);
    // The same cap as `find_numbers`, with the "a ton" figures added.
    nums.truncate(MAX_FIGURES);
    let mut out: Vec<Quantity> = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        let n: &NumberMention = &nums[k];
        k += 1;
        if out.last().is_some_and(|q| n.start < q.end) {
            continue;
        }
        // Translated releases put figures in parentheses: "(38) kilograms", "(4.7) kg".
        let n_end = if text[..n.start].ends_with('(') && text[n.end..].starts_with(')') { n.end + 1 } else { n.end };
        let n = &NumberMention { end: n_end, ..n.clone() };
        // Money: symbol or code before, or currency word after.
        // "the N1 highway", "the R40", "M4 motorway": a one-letter prefix before a small
        // whole number is a road's name, not naira, rand or another currency.
        let road = |start: usize| {
            let prefix = text[start..n.start].trim();
            prefix.chars().count() == 1 && prefix.chars().all(char::is_alphabetic) && n.value < 1000.0 && n.value.fract() == 0.0 && n.text.chars().all(|c| c.is_ascii_digit())
        };
        if let Some((start, cur)) = currency_before(text, n.start, lx).filter(|(start, _)| !road(*start)) {
            let end = currency_after(text, n.end, lx).map(|(e, _)| e).unwrap_or(n.end);
            out.push(Quantity {
                start,
                end,
                number_start: start,
                measure: Measure::Money { amount: n.value, currency: cur },
                text: text[start..end].to_string(),
            });
            continue;
        }
        if let Some((end, cur)) = currency_after(text, n.end, lx) {
            out.push(Quantity {
                start: n.start,
                end,
                number_start: n.start,
                measure: Measure::Money { amount: n.value, currency: cur },
                text: text[n.start..end].to_string(),
            });
            continue;
        }
        if let Some((mut end, f)) = mass_unit_at(text, n.end, lx) {
            let mut kg = n.value * f;
            // "between 300 and 400 kg", "300 to 400 kg", "300-400 kg": a range, read as its
            // midpoint (the qualifier is approx: "between" is an approx word).
            let mut start = n.start;
            if let Some(prev) = (k >= 2).then(|| &nums[k - 2]).filter(|p| p.end <= n.start && !out.last().is_some_and(|q| q.end > p.start)) {
                let between = text[prev.end..n.start].trim();
                let joined = matches!(between, "to" | "-") || (between == "and" && text[..prev.start].trim_end().to_ascii_lowercase().ends_with("between"));
                if joined && prev.value < n.value && mass_unit_at(text, prev.end, lx).is_none() {
                    kg = (prev.value + n.value) / 2.0 * f;
                    start = prev.start;
                }
            }
            let n = &NumberMention { start, ..n.clone() };
            // "a tonne and a half"
            if crate::text::starts_with_ignore_ascii_case(&text[end..], " and a half") {
                kg += 0.5 * f;
                end += " and a half".len();
            }
            // "six tons and 183 kilograms": add the next mass after "and".
            while nums.get(k).is_some_and(|nx| nx.start < end) {
                k += 1;
            }
            if let Some(next) = nums.get(k) {
                let between = text[end..next.start].trim().to_lowercase();
                // "six tons and 183 kilograms", "4 pounds 8 ounces", "2 kg, 300 grams"
                if between == "and" || between.is_empty() || between == "," {
                    if let Some((end2, f2)) = mass_unit_at(text, next.end, lx) {
                        if f2 < f {
                            kg += next.value * f2;
                            end = end2;
                            k += 1;
                        }
                    }
                }
            }
            out.push(Quantity {
                start: n.start,
                end,
                number_start: n.start,
                measure: Measure::Mass { kg },
                text: text[n.start..end].to_string(),
            });
            continue;
        }
        if let Some(end) = pill_unit_after(text, n.end, lx) {
            if n.value.fract() == 0.0 && !n.year_like {
                out.push(Quantity {
                    start: n.start,
                    end,
                    number_start: n.start,
                    measure: Measure::Pills { count: n.value as i64 },
                    text: text[n.start..end].to_string(),
                });
            }
        }
    }
    elliptical(text, &nums, &mut out);
    out
}

/// "4 million Captagon pills in Homs and 2 million in Latakia": a bare figure after
/// "and" takes the unit of the quantity before it.
fn elliptical(text: &str, nums: &[NumberMention], out: &mut Vec<Quantity>) {
    let mut added = Vec::new();
    for n in nums {
        if n.year_like || out.iter().any(|q| q.start <= n.start && n.end <= q.end) {
            continue;
        }
        let Some(prev) = out.iter().rfind(|q| q.end <= n.start) else { continue };
        let between = text[prev.end..n.start].to_lowercase();
        let words: Vec<&str> = between.split_whitespace().collect();
        let conj = words.last() == Some(&"and") && words.len() <= 4 && !between.contains(['.', ';']);
        // "...; in 2024, the figure rose to 80 million"
        let figure_moved = words.len() >= 4
            && words[words.len() - 1] == "to"
            && ["rose", "increased", "climbed", "jumped", "grew", "fell", "dropped", "declined", "reached", "surged", "soared"].contains(&words[words.len() - 2])
            && ["figure", "number", "total", "tally", "amount", "quantity"].contains(&words[words.len() - 3]);
        if !conj && !figure_moved {
            continue;
        }
        let next = text[n.end..].trim_start();
        if !(next.is_empty() || next.starts_with([',', '.', ';']) || ["in ", "at ", "from ", "on ", "near "].iter().any(|w| next.starts_with(w))) {
            continue;
        }
        let measure = match &prev.measure {
            Measure::Pills { .. } => Measure::Pills { count: n.value as i64 },
            Measure::Mass { kg } => {
                // The unit of the previous figure: its kg over its number.
                let Some(pn) = nums.iter().find(|m| m.start == prev.number_start) else { continue };
                if pn.value == 0.0 {
                    continue;
                }
                Measure::Mass { kg: n.value * kg / pn.value }
            }
            Measure::Money { currency, .. } => Measure::Money { amount: n.value, currency: currency.clone() },
        };
        added.push(Quantity { start: n.start, end: n.end, number_start: n.start, measure, text: n.text.clone() });
    }
    out.extend(added);
    out.sort_by_key(|q| q.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Measure {
        let lx = Lexicon::builtin();
        let q = find_quantities(s, &lx);
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q[0].measure.clone()
    }

    fn kg(s: &str) -> f64 {
        match one(s) {
            Measure::Mass { kg } => kg,
            m => panic!("{s}: {m:?}"),
        }
    }

    #[test]
    fn masses() {
        assert_eq!(kg("six tons and 183 kilograms of drugs"), 6183.0);
        assert_eq!(kg("some 1.75 tons"), 1750.0);
        assert!((kg("90 pounds of cocaine") - 40.823).abs() < 0.01);
        assert_eq!(kg("500 grams"), 0.5);
        assert_eq!(kg("half a tonne of hashish"), 500.0);
        assert_eq!(kg("250kg of heroin"), 250.0);
        assert_eq!(kg("3 metric tons"), 3000.0);
        assert_eq!(kg("two and a half tons"), 2500.0);
        assert!((kg("16 ounces") - 0.4536).abs() < 0.001);
        assert_eq!(kg("seized (38) kilograms of hashish"), 38.0);
        assert_eq!(kg("(4.7) kg of shabu"), 4.7);
        assert_eq!(kg("seized between 300 and 400 kg of hashish"), 350.0);
        assert_eq!(kg("some 2 to 3 tonnes of cocaine"), 2500.0);
        assert_eq!(kg("seized 20-30 kg of heroin"), 25.0);
    }

    #[test]
    fn pills() {
        assert_eq!(one("400,000 Captagon pills"), Measure::Pills { count: 400_000 });
        assert_eq!(one("1.2 million tablets"), Measure::Pills { count: 1_200_000 });
        assert_eq!(one("7 million amphetamine tablets"), Measure::Pills { count: 7_000_000 });
        assert_eq!(one("12,000 ecstasy (MDMA) pills"), Measure::Pills { count: 12_000 });
        let lx = Lexicon::builtin();
        let q = find_quantities("seized 4 million Captagon pills in Homs and 2 million in Latakia", &lx);
        assert_eq!(q.iter().map(|q| q.measure.clone()).collect::<Vec<_>>(), vec![Measure::Pills { count: 4_000_000 }, Measure::Pills { count: 2_000_000 }]);
    }

    #[test]
    fn roads_are_no_money() {
        let lx = Lexicon::builtin();
        let q = find_quantities("a truck carrying 1.2 tonnes of dagga worth about R3.6 million on the N1 highway", &lx);
        let money: Vec<f64> = q.iter().filter_map(|q| match &q.measure { Measure::Money { amount, .. } => Some(*amount), _ => None }).collect();
        assert_eq!(money, vec![3_600_000.0]);
    }

    #[test]
    fn money() {
        let m = |s| match one(s) {
            Measure::Money { amount, currency } => (amount, currency),
            m => panic!("{s}: {m:?}"),
        };
        assert_eq!(m("valued at $144 million"), (144e6, "USD".into()));
        assert_eq!(m("US$2.5 million"), (2.5e6, "USD".into()));
        assert_eq!(m("5 million dollars"), (5e6, "USD".into()));
        assert_eq!(m("USD 300,000"), (3e5, "USD".into()));
        assert_eq!(m("€1.2 million"), (1.2e6, "EUR".into()));
        assert_eq!(m("3 billion Iraqi dinars"), (3e9, "IQD".into()));
        assert_eq!(m("20 billion rials"), (2e10, "IRR".into()));
        assert_eq!(m("4 million Egyptian pounds"), (4e6, "EGP".into()));
    }

    #[test]
    fn units_of_captions() {
        let lx = Lexicon::builtin();
        assert_eq!(caption_unit("Seizures by province (kg)", &lx), Some(Some(1.0)));
        assert_eq!(caption_unit("Drug seizures reported in the EU, tonnes", &lx), Some(Some(1000.0)));
        assert_eq!(caption_unit("Heroin seized, in kilograms ", &lx), Some(Some(1.0)));
        assert_eq!(caption_unit("Seizures in Tonga", &lx), None);
    }

    #[test]
    fn bare_numbers_are_not_quantities() {
        let lx = Lexicon::builtin();
        assert!(find_quantities("arrested 14 people in 2024", &lx).is_empty());
    }
}
