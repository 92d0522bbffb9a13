//! Text normalisation: Unicode NFKC, straight quotes, one kind of dash, single spaces;
//! Arabic-Indic and Persian digits (and the Arabic thousands and decimal signs) as ASCII
//! digits; a figure in parentheses before its unit, as translated releases write it
//! ("(38) kilograms"), without them.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// "Guayas ........ 8,420": leader dots of a text table's row.
static LEADER_DOTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<label>\p{L}[\p{L} '-]{0,40}?)\s*(?:\.{3,}|…+)\s*(?P<n>\d[\d,. ]*)$").unwrap());

/// "seized (38) kilograms", "arrested (4) Ethiopian infiltrators": a parenthesised figure
/// after a word or comma, before a word.
/// Before a capitalised word only after a word in lower case or a comma ("Article (12) Of
/// the law" stays).
static PAREN_FIGURE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?P<pre>[\p{L},] )\((?P<n>\d[\d.,]*)\)(?P<post> \p{Ll})").unwrap());
static PAREN_FIGURE_CAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?P<pre>(?:\b\p{Ll}+|,) )\((?P<n>\d[\d.,]*)\)(?P<post> \p{Lu})").unwrap());

/// The cells of a row of a text table aligned with spaces or tabs ("Cocaine      2,980
/// 3,412.6"): three or more cells apart by two or more spaces, or two or more by tabs,
/// each short (prose with two spaces after a full stop is no table).
fn aligned_cells(line: &str) -> Option<Vec<String>> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\t+ *| {2,}\t*").unwrap());
    let t = line.trim();
    if t.len() > 200 || !(t.contains("  ") || t.contains('\t')) {
        return None;
    }
    let cells: Vec<String> = GAP.split(t).map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|c| !c.is_empty()).collect();
    let tabbed = t.contains('\t');
    let digits = cells.iter().any(|c| c.chars().any(|ch| ch.is_ascii_digit()));
    let enough = cells.len() >= 3 || (tabbed && cells.len() == 2 && digits);
    // Cells are short and end no sentence.
    let short = cells.iter().all(|c| c.len() <= 40 && c.split_whitespace().count() <= 6 && !(c.ends_with(['.', '!', '?']) && c.chars().any(char::is_alphabetic)));
    (enough && short).then_some(cells)
}

pub fn normalize(text: &str) -> String {
    normalize_with(text, true)
}

/// A headline as written: normalised like the text, but figures keep their brackets
/// ("seizes (3.2) million pills" is how the release titled it).
pub fn normalize_title(text: &str) -> String {
    normalize_with(text, false)
}

fn normalize_with(text: &str, figures: bool) -> String {
    let nfkc: String = text.nfkc().collect();
    let mut out = String::with_capacity(nfkc.len());
    for c in nfkc.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' => ' ',
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => continue,
            '\r' => continue,
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066C}' => ',',
            '\u{066B}' => '.',
            c => c,
        };
        out.push(c);
    }
    out.lines()
        .map(|l| {
            let l = match aligned_cells(l) {
                Some(cells) => cells.join(" | "),
                None => l.split_whitespace().collect::<Vec<_>>().join(" "),
            };
            let l = if l.contains("...") || l.contains('…') { LEADER_DOTS.replace(&l, "$label $n").into_owned() } else { l };
            if figures && l.contains('(') { PAREN_FIGURE_CAP.replace_all(&PAREN_FIGURE.replace_all(&l, "$pre$n$post"), "$pre$n$post").into_owned() } else { l }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_spaces() {
        assert_eq!(normalize("Iran\u{2019}s \u{201C}major hub\u{201D} \u{2013}  Sistan\u{2013}Baluchestan\u{00A0}1"), "Iran's \"major hub\" - Sistan-Baluchestan 1");
        assert_eq!(normalize("a\r\n  b\t c"), "a\nb c");
    }

    #[test]
    fn tables_aligned_with_spaces_or_tabs() {
        assert_eq!(normalize("   Substance        Packages    Weight (kg)\n   Cocaine             2,980       3,412.6"), "Substance | Packages | Weight (kg)\nCocaine | 2,980 | 3,412.6");
        assert_eq!(normalize("Heroin\t41.2\nKandahar\t12\t340"), "Heroin | 41.2\nKandahar | 12 | 340");
        // Two spaces in prose are no cells.
        assert_eq!(normalize("Police seized 5 kg of heroin.  The driver was held.  He is 34."), "Police seized 5 kg of heroin. The driver was held. He is 34.");
        assert_eq!(normalize("a  b"), "a b");
    }

    #[test]
    fn translated_figures() {
        assert_eq!(normalize("seized ٣٨ kilograms and ۱۲۳۴ pills worth ٢٨٦٬٠٠٠ rials, ٤٫٥ kg"), "seized 38 kilograms and 1234 pills worth 286,000 rials, 4.5 kg");
        assert_eq!(normalize("seized (38) kilograms of opium and (4.7) kg of shabu"), "seized 38 kilograms of opium and 4.7 kg of shabu");
        assert_eq!(normalize("the receivers, (3) Saudi citizens, and arrested (4) Ethiopian infiltrators"), "the receivers, 3 Saudi citizens, and arrested 4 Ethiopian infiltrators");
        // List numbers and references stay.
        assert_eq!(normalize("(1) Police seized"), "(1) Police seized");
        assert_eq!(normalize("Article (12) Of the law"), "Article (12) Of the law");
        assert_eq!(normalize("El Oro ........ 2,050"), "El Oro 2,050");
        assert_eq!(normalize("He said... 5 of them"), "He said... 5 of them");
    }
}
