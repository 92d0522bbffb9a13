//! Text normalisation: Unicode NFKC, straight quotes, one kind of dash, single spaces;
//! Arabic-Indic and Persian digits (and the Arabic thousands and decimal signs) as ASCII
//! digits; a figure in parentheses before its unit, as translated releases write it
//! ("(38) kilograms"), without them.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// "Guayas ........ 8,420": leader dots of a text table's row.
static LEADER_DOTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<label>\p{L}[\p{L} '-]{0,40}?)\s*(?:\.{3,}|…+)\s*(?P<n>\d[\d,. ]*)$").unwrap());

/// "seized (38) kilograms": a parenthesised figure after a word, before a lower-case word.
static PAREN_FIGURE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?P<pre>[\p{L},] )\((?P<n>\d[\d.,]*)\)(?P<post> \p{Ll})").unwrap());

pub fn normalize(text: &str) -> String {
    let nfkc: String = text.nfkc().collect();
    let mut out = String::with_capacity(nfkc.len());
    for c in nfkc.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' | '\t' => ' ',
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
            let l = l.split_whitespace().collect::<Vec<_>>().join(" ");
            let l = if l.contains("...") || l.contains('…') { LEADER_DOTS.replace(&l, "$label $n").into_owned() } else { l };
            if l.contains('(') { PAREN_FIGURE.replace_all(&l, "$pre$n$post").into_owned() } else { l }
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
    fn translated_figures() {
        assert_eq!(normalize("seized ٣٨ kilograms and ۱۲۳۴ pills worth ٢٨٦٬٠٠٠ rials, ٤٫٥ kg"), "seized 38 kilograms and 1234 pills worth 286,000 rials, 4.5 kg");
        assert_eq!(normalize("seized (38) kilograms of opium and (4.7) kg of shabu"), "seized 38 kilograms of opium and 4.7 kg of shabu");
        // List numbers and references stay.
        assert_eq!(normalize("(1) Police seized"), "(1) Police seized");
        assert_eq!(normalize("Article (12) Of the law"), "Article (12) Of the law");
        assert_eq!(normalize("El Oro ........ 2,050"), "El Oro 2,050");
        assert_eq!(normalize("He said... 5 of them"), "He said... 5 of them");
    }
}
