//! Which drug a figure is about, from the lexicon: the drug words after the figure
//! ("1,100 kilograms of Captagon pills"), inside it ("400,000 Captagon pills") or, failing
//! that, just before it ("a heroin haul of 50 kg"). Several drugs in one figure are
//! `mixed`; "drugs", "narcotics" are `unspecified`.

use super::floor_char;
use crate::lexicon::{DrugWord, Lexicon};
use crate::model::Drug;

/// How far after the figure drug words are looked for (bytes).
const WINDOW_AFTER: usize = 140;
const WINDOW_BEFORE: usize = 60;
/// Phrases after which drug words describe something else than the figure.
const CLAUSE_STOPS: &[&str] = &[" bound for", " destined for", " intended for", " used to make", " used to produce", " used in", " to make ", " to produce ", " for the production", " for making", " but ", " while ", " whereas ", " although ", "; ", " compared with", " compared to", " than ", ", most of it", ", most of which", ", mostly", ", mainly", " and arrested", " and detained", " and arrest", " and dismantled", " and seized", " and confiscated"];

/// The canonical drug of the figure spanning `start..end`, with the words that decided.
/// `stop` is where the next figure starts (its drug words are its own).
pub fn drug_of(text: &str, start: usize, end: usize, stop: usize, lx: &Lexicon) -> (Drug, Option<String>) {
    // A span the wrong way round (a stop before the end, a trigger after the figure) is
    // made empty rather than sliced.
    let (start, end) = crate::text::fix_span(text, start, end);
    let limit = stop.min(end + WINDOW_AFTER).min(text.len());
    let mut limit = floor_char(text, limit).max(end);
    // Drug words after a purpose, destination or new clause are not what was seized:
    // "acetic anhydride bound for heroin labs", "80 kg of hashish but no heroin".
    // (ASCII lower case keeps the offsets of the text.)
    let lower = text[end..limit].to_ascii_lowercase();
    if let Some(cut) = CLAUSE_STOPS.iter().filter_map(|w| lower.find(w)).min() {
        limit = end + cut;
    }
    // The next item of a list ("387 kilograms of amphetamine, 120 litres of BMK") starts
    // with its own figure, which `stop` misses when it is not a mass or a count of pills.
    static NEXT_FIGURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?:,|\band\b|\bplus\b)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?\d").unwrap());
    if let Some(m) = NEXT_FIGURE.find(&text[end..limit]) {
        // Not inside the figure's own words ("1,100 kilograms": the figure ends before).
        if m.start() > 0 {
            limit = end + m.start();
        }
    }
    let inside = lx.drugs.find_all(&text[start..end]);
    let after = lx.drugs.find_all(&text[end..limit]);
    let words: Vec<_> = inside.into_iter().chain(after).collect();
    if let Some(d) = decide(&words) {
        return d;
    }
    let before = lx.drugs.find_all(crate::text::tail(text, start, WINDOW_BEFORE));
    if let Some(last) = before.iter().rev().find(|h| matches!(h.value, DrugWord::Named(_))) {
        if let DrugWord::Named(n) = &last.value {
            return (Drug::Named(n.clone()), Some(last.text.clone()));
        }
    }
    (Drug::Unspecified, None)
}

fn decide(words: &[crate::lexicon::Hit<DrugWord>]) -> Option<(Drug, Option<String>)> {
    if words.is_empty() {
        return None;
    }
    if let Some(m) = words.iter().find(|h| h.value == DrugWord::Mixed) {
        return Some((Drug::Mixed, Some(m.text.clone())));
    }
    let mut named: Vec<&str> = Vec::new();
    for h in words {
        if let DrugWord::Named(n) = &h.value {
            if !named.contains(&n.as_str()) {
                named.push(n);
            }
        }
    }
    let text = words.iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join(", ");
    // "fentanyl precursors", "heroin precursor chemicals": what they are precursors of.
    if named.contains(&"precursors") {
        return Some((Drug::from("precursors"), Some(text)));
    }
    match named.len() {
        0 => Some((Drug::Unspecified, Some(text))),
        1 => Some((Drug::from(named[0]), Some(text))),
        _ => Some((Drug::Mixed, Some(text))),
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str, fig: &str) -> String {
        let lx = Lexicon::builtin();
        let s = text.find(fig).unwrap();
        drug_of(text, s, s + fig.len(), text.len(), &lx).0.to_string()
    }

    #[test]
    fn drug_words() {
        assert_eq!(d("seized 1,100 kilograms of Captagon pills", "1,100 kilograms"), "captagon");
        assert_eq!(d("seized 400,000 Captagon pills", "400,000 Captagon pills"), "captagon");
        assert_eq!(d("seized 2 kg of crystal meth", "2 kg"), "methamphetamine");
        assert_eq!(d("seized 3 tons of heroin, opium and hashish", "3 tons"), "mixed");
        assert_eq!(d("nearly 250 tons of various types of narcotics, including heroin", "250 tons"), "mixed");
        assert_eq!(d("1.75 tons of illicit substances", "1.75 tons"), "unspecified");
        assert_eq!(d("a heroin haul of 50 kg", "50 kg"), "heroin");
        assert_eq!(d("seized 5 kg", "5 kg"), "unspecified");
        assert_eq!(d("seized 387 kilograms of amphetamine, 120 litres of BMK and glassware", "387 kilograms"), "amphetamine");
        assert_eq!(d("seized 40 kg of heroin and 12 litres of acetic anhydride", "40 kg"), "heroin");
        assert_eq!(d("seized 6 tonnes of acetic anhydride bound for heroin labs", "6 tonnes"), "precursors");
        assert_eq!(d("seized 80 kg of hashish but found no heroin", "80 kg"), "hashish");
    }

    #[test]
    fn spans_out_of_order_or_inside_characters() {
        let lx = Lexicon::builtin();
        let t = "seized \u{0661}\u{0662} kg of heroin \u{1F600}";
        for a in 0..t.len() + 2 {
            for b in [0, a / 2, a, a + 1, t.len(), t.len() + 5] {
                let _ = drug_of(t, a, b, b / 2, &lx);
                let _ = drug_of(t, b, a, a, &lx);
            }
        }
        // The stop before the figure's end: nothing after the figure is read.
        assert_eq!(drug_of("seized 5 kg of heroin", 7, 11, 3, &lx).0, "unspecified");
    }
}
