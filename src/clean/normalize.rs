//! Text normalisation: Unicode NFKC, straight quotes, one kind of dash, single spaces.

use unicode_normalization::UnicodeNormalization;

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
            c => c,
        };
        out.push(c);
    }
    out.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_spaces() {
        assert_eq!(normalize("Iran\u{2019}s \u{201C}major hub\u{201D} \u{2013}  Sistan\u{2013}Baluchestan\u{00A0}1"), "Iran's \"major hub\" - Sistan-Baluchestan 1");
        assert_eq!(normalize("a\r\n  b\t c"), "a\nb c");
    }
}
