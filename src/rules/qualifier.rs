//! Qualifiers of a figure (`exact`, `approx`, `at_least`, `at_most`) from the words
//! around it: "nearly 10,000" -> at_most, "some 1,100 kg" -> approx, "more than 14 tons"
//! -> at_least, "5,000 or more" -> at_least. The words are the lexicon's.

use crate::lexicon::Lexicon;
use crate::model::Qualifier;

/// Filler that may stand between a qualifier and its figure ("nearly a total of").
const FILLER: &[&str] = &["a total of", "a record", "a total", "of"];

/// The qualifier of the figure that starts at `start` and ends at `end` in `text`.
pub fn qualifier_of(text: &str, start: usize, end: usize, lx: &Lexicon) -> (Qualifier, Option<String>) {
    let raw_before = text[..start].trim_end();
    // "upwards of", "in excess of": qualifiers that end in a filler word.
    if let Some(hit) = lx.qualifiers.at_end(raw_before) {
        if hit.text.to_lowercase().ends_with(" of") {
            return (hit.value, Some(hit.text));
        }
    }
    let mut before = raw_before;
    // Strip quotes and filler words standing between qualifier and figure.
    loop {
        let b = before.trim_end_matches(['"', '“', '”', '\'']).trim_end();
        let mut changed = b.len() != before.len();
        before = b;
        for f in FILLER {
            if before.len() >= f.len() && before[before.len() - f.len()..].eq_ignore_ascii_case(f) {
                let cut = &before[..before.len() - f.len()];
                if cut.is_empty() || cut.ends_with(' ') {
                    before = cut.trim_end();
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    // Only look at the last few words.
    let tail_start = before.char_indices().rev().filter(|(_, c)| *c == ' ').nth(3).map(|(i, _)| i + 1).unwrap_or(0);
    if let Some(hit) = lx.qualifiers.at_end(&before[tail_start..]) {
        // "over" in "handed over" or "taken over" is a verb particle, not a qualifier.
        let prev = before[..tail_start + hit.start].trim_end().rsplit(' ').next().unwrap_or("").to_lowercase();
        let particle = hit.text.eq_ignore_ascii_case("over") && matches!(prev.as_str(), "handed" | "took" | "taken" | "turned" | "carried" | "hand" | "take");
        if !particle {
            return (hit.value, Some(hit.text));
        }
    }
    let after = &text[end..];
    let after_l = after.trim_start().to_lowercase();
    for (w, q) in [("or more", Qualifier::AtLeast), ("plus", Qualifier::AtLeast), ("or so", Qualifier::Approx), ("or less", Qualifier::AtMost)] {
        if after_l.starts_with(w) {
            return (q, Some(w.to_string()));
        }
    }
    (Qualifier::Exact, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, fig: &str) -> Qualifier {
        let lx = Lexicon::builtin();
        let s = text.find(fig).unwrap();
        qualifier_of(text, s, s + fig.len(), &lx).0
    }

    #[test]
    fn qualifier_words() {
        assert_eq!(q("seized nearly 250 tons", "250"), Qualifier::AtMost);
        assert_eq!(q("a truck carrying some 1,100 kilograms", "1,100"), Qualifier::Approx);
        assert_eq!(q("more than 14 tons of drugs", "14"), Qualifier::AtLeast);
        assert_eq!(q("arrested 2,000 suspects", "2,000"), Qualifier::Exact);
        assert_eq!(q("valued at around $144 million", "$144 million"), Qualifier::Approx);
        assert_eq!(q("an estimated 3 tons", "3"), Qualifier::Approx);
        assert_eq!(q("up to 40 people", "40"), Qualifier::AtMost);
        assert_eq!(q("5,000 or more people", "5,000"), Qualifier::AtLeast);
        assert_eq!(q("nearly a total of 300 kg", "300"), Qualifier::AtMost);
        assert_eq!(q("police handed over 12 suspects", "12"), Qualifier::Exact);
        assert_eq!(q("the Moreover 12", "12"), Qualifier::Exact);
    }
}
