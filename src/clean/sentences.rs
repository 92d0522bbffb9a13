//! Sentence splitting that survives abbreviations ("Brig. Gen.", "U.S.", "No.", "Dec."),
//! initials and decimals ("1.75 tons").

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen",
    "rep", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "dept", "univ", "e.g", "i.e", "u.s", "u.k", "u.n",
    "u.a.e", "a.m", "p.m", "al", "op", "art", "para", "vol", "pp", "mt", "ft", "km", "kg",
];

/// Currency abbreviations written with a full stop before the figure ("Rs. 3,560 million",
/// "Rp. 12 billion", "Dhs. 5 million").
const BEFORE_FIGURE: &[&str] = &["rs", "rp", "dhs", "dh", "tk", "ksh", "kshs", "shs", "nrs", "ps", "inr"];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '"', '\'']).trim_end_matches('.').to_lowercase();
    if w.is_empty() {
        return false;
    }
    // Initials: "A." or "U.S."
    if w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()) {
        return true;
    }
    if w.split('.').all(|p| p.chars().count() == 1) && w.contains('.') {
        return true;
    }
    ABBREVIATIONS.contains(&w.as_str())
}

/// Longest sentence kept whole (bytes); longer runs (tables, lists, run-on text) are cut
/// at a space so that the rules' work per sentence stays bounded.
pub const MAX_SENTENCE: usize = 1200;

fn cap(s: &str, out: &mut Vec<String>) {
    let mut rest = s.trim();
    while rest.len() > MAX_SENTENCE {
        let mut cut = MAX_SENTENCE;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let at = rest[..cut].rfind([' ', ';', ',']).filter(|i| *i > MAX_SENTENCE / 2).unwrap_or(cut);
        out.push(rest[..at].trim().to_string());
        rest = rest[at..].trim_start_matches([' ', ';', ',']).trim();
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
}

/// Split a paragraph into sentences.
pub fn split(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    for s in split_uncapped(paragraph) {
        cap(&s, &mut out);
    }
    out
}

fn split_uncapped(paragraph: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Take closing quotes and brackets with the sentence.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | ')' | '.') {
                j += 1;
            }
            let at_end = j >= chars.len();
            let next_space = !at_end && chars[j].1 == ' ';
            if at_end || next_space {
                let mut k = j;
                while k < chars.len() && chars[k].1 == ' ' {
                    k += 1;
                }
                let next = chars.get(k).map(|x| x.1);
                let starts_new = next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\'' | '(' | '['));
                let word_start = paragraph[..pos].rfind(' ').map(|x| x + 1).unwrap_or(0);
                let word = &paragraph[word_start..pos + c.len_utf8()];
                let currency = next.is_some_and(|n| n.is_ascii_digit()) && BEFORE_FIGURE.contains(&word.trim_start_matches(['(', '"', '\'']).trim_end_matches('.').to_lowercase().as_str());
                let abbrev = c == '.' && (is_abbreviation(word) || currency);
                if starts_new && !abbrev {
                    let end = chars.get(j).map(|x| x.0).unwrap_or(paragraph.len());
                    let s = paragraph[start..end].trim();
                    if !s.is_empty() {
                        out.push(s.to_string());
                    }
                    start = end;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_decimals() {
        let s = split("Brig. Gen. Ahmad Radan met U.S. officials. Police seized 1.75 tons. No. 5 was \"arrested.\" Then he left");
        assert_eq!(s, vec!["Brig. Gen. Ahmad Radan met U.S. officials.", "Police seized 1.75 tons.", "No. 5 was \"arrested.\"", "Then he left"]);
    }

    #[test]
    fn run_on_text_is_cut() {
        let long = "Police seized 1,000 kg of heroin and ".repeat(200);
        let s = split(&long);
        assert!(s.len() > 5 && s.iter().all(|x| x.len() <= MAX_SENTENCE));
        assert_eq!(s.concat().replace([' ', ','], "").len(), long.replace([' ', ','], "").len());
    }

    #[test]
    fn currency_abbreviations_before_a_figure() {
        let s = split("The drugs were worth Rs. 3,560 million, the Navy said. Costs rose to Rs. They fell.");
        assert_eq!(s, vec!["The drugs were worth Rs. 3,560 million, the Navy said.", "Costs rose to Rs.", "They fell."]);
    }

    #[test]
    fn months_and_initials() {
        let s = split("On Dec. 8, 2024, J. Smith spoke. It ended.");
        assert_eq!(s, vec!["On Dec. 8, 2024, J. Smith spoke.", "It ended."]);
    }
}
