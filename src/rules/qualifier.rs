//! Qualifiers of a figure (`exact`, `approx`, `at_least`, `at_most`) from the words
//! around it: "nearly 10,000" -> at_most, "some 1,100 kg" -> approx, "more than 14 tons"
//! -> at_least, "5,000 or more" -> at_least. The words are the lexicon's.

use crate::lexicon::Lexicon;
use crate::model::Qualifier;

/// Filler that may stand between a qualifier and its figure ("nearly a total of").
const FILLER: &[&str] = &["a total of", "a record", "a total", "of"];
/// How far before the figure qualifier words are looked for (bytes): the longest
/// qualifier with quotes and fillers fits many times over.
const BEFORE_WINDOW: usize = 160;

/// The qualifier of the figure that starts at `start` and ends at `end` in `text`.
pub fn qualifier_of(text: &str, start: usize, end: usize, lx: &Lexicon) -> (Qualifier, Option<String>) {
    let (start, end) = crate::text::fix_span(text, start, end);
    // Only the words just before the figure matter; a bounded window keeps this linear.
    let raw_before = crate::text::tail(text, start, BEFORE_WINDOW).trim_end();
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
            if crate::text::ends_with_ignore_ascii_case(before, f) {
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
        let prev = crate::text::before(before, tail_start + hit.start).trim_end().rsplit(' ').next().unwrap_or("").to_lowercase();
        let particle = hit.text.eq_ignore_ascii_case("over") && matches!(prev.as_str(), "handed" | "took" | "taken" | "turned" | "carried" | "hand" | "take");
        if !particle {
            return (hit.value, Some(hit.text));
        }
    }
    let after = crate::text::after(text, end).trim_start();
    for (w, q) in [("or more", Qualifier::AtLeast), ("plus", Qualifier::AtLeast), ("or so", Qualifier::Approx), ("or less", Qualifier::AtMost)] {
        if crate::text::starts_with_ignore_ascii_case(after, w) {
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

    #[test]
    fn multibyte_text_and_bad_spans() {
        let lx = Lexicon::builtin();
        // The filler test cuts the text before the figure at the length of "a total of".
        for t in ["\u{0661}\u{0662}\u{0663} 5", "\u{06F1}\u{06F2}\u{06F3}\u{06F4} 5", "x \u{2044}\u{2044}\u{2044}\u{2044} 5", "\u{1F600}\u{1F600}\u{1F600} 5", "More \u{1F6CC}than 5"] {
            let s = t.len() - 1;
            let _ = qualifier_of(t, s, t.len(), &lx);
            let _ = qualifier_of(t, t.len(), s, &lx);
            for i in 0..t.len() {
                let _ = qualifier_of(t, i, i + 1, &lx);
            }
        }
        assert_eq!(qualifier_of("seized over 5", 12, 99, &lx).0, Qualifier::AtLeast);
    }
}
