//! Numbers as written in news text: digits with separators ("14,483", "1 000"),
//! decimals ("1.75"), scale words ("1.2 million", "5m", "$2.3bn"), number words
//! ("three hundred and twelve", "twenty-five"), fractions ("half a million",
//! "a quarter of a million", "two and a half"), and dozens ("two dozen").
//! This is the one place where a figure is recognised.

use regex::Regex;
use std::sync::LazyLock;

/// A figure found in a text, with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub text: String,
    /// A four-digit whole number that reads as a year (1300-1499, 1900-2100).
    pub year_like: bool,
    /// Written with digits (as opposed to words only).
    pub digits: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub lower: String,
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\d{1,3}(?:[ \u{00A0}\u{202F}\u{2009}]\d{3})+,\d{1,2}\b|\d{1,3}(?:[\u{00A0}\u{202F}\u{2009}]\d{3})+(?:\.\d+)?|\d[\d,.]*\d|\d|[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*|\S",
    )
    .unwrap()
});

pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut toks: Vec<Token<'_>> = Vec::new();
    for m in TOKEN.find_iter(text) {
        // "15 000 ecstasy pills": groups of three digits apart by one plain space are one
        // figure, when the first has one to three digits and follows no other figure.
        let n = toks.len();
        if n > 0 {
            let last = &toks[n - 1];
            let joined = m.as_str().len() == 3
                && m.as_str().bytes().all(|b| b.is_ascii_digit())
                && last.end + 1 == m.start()
                && text.as_bytes()[last.end] == b' '
                && last.text.split(' ').enumerate().all(|(i, g)| g.bytes().all(|b| b.is_ascii_digit()) && if i == 0 { (1..=3).contains(&g.len()) } else { g.len() == 3 })
                && !text[m.end()..].starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == ',' || c == '.' && text[m.end() + 1..].starts_with(|d: char| d.is_ascii_digit()));
            let before_ok = n < 2 || !toks[n - 2].text.bytes().next().is_some_and(|b| b.is_ascii_digit()) || toks[n - 2].end + 1 < last.start;
            if joined && before_ok {
                let start = last.start;
                let last = &mut toks[n - 1];
                last.end = m.end();
                last.text = &text[start..m.end()];
                last.lower = last.text.to_string();
                continue;
            }
        }
        toks.push(Token { start: m.start(), end: m.end(), text: m.as_str(), lower: m.as_str().to_lowercase() });
    }
    toks
}

fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words that multiply what stands before them.
fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        // Spanish and Portuguese too ("COP 115.000 millones", "R$ 180 milhões").
        "million" | "millions" | "mln" | "mn" | "mil" | "millones" | "millón" | "milhões" | "milhão" => 1e6,
        "billion" | "billions" | "bln" | "bn" | "bil" | "bilhões" | "bilhão" | "mil millones" => 1e9,
        // Spanish keeps the long scale: "billones" are millions of millions.
        "billones" | "billón" => 1e12,
        "trillion" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Scale suffixes only read as such right after digits: "5m", "2.3bn", "300k".
fn digit_suffix(w: &str) -> Option<f64> {
    Some(match w {
        "m" | "mn" | "mln" | "mil" => 1e6,
        "bn" | "b" | "bln" | "bil" => 1e9,
        "k" => 1e3,
        _ => return None,
    })
}

/// "4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995.
fn round_scaled(v: f64) -> f64 {
    let r = v.round();
    if (v - r).abs() < 1e-6 * v.abs().max(1.0) { r } else { v }
}

fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" => 0.5,
        "quarter" => 0.25,
        "quarters" => 0.25,
        "thirds" => 1.0 / 3.0,
        "third" => 1.0 / 3.0,
        _ => return None,
    })
}

/// Parse a token of digits: "14,483", "1.75", "1 000", "1.234.567".
pub fn parse_digits(s: &str) -> Option<f64> {
    static GROUPED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$").unwrap());
    static SPACED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\d{1,3}(?:[ \u{00A0}\u{202F}\u{2009}]\d{3})+(?:\.\d+)?$").unwrap()
    });
    static DOTTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}(?:\.\d{3}){2,}$").unwrap());
    static PLAIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+(?:\.\d+)?$").unwrap());
    if PLAIN.is_match(s) {
        return s.parse().ok();
    }
    // "2,7 tonnes", "1,5 t": one or two digits after a comma are no thousands group but a
    // decimal comma, as translated releases write it.
    // (Not "050,7": the tail of "1 050,7", read whole by the tokenizer.)
    static DECIMAL_COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[1-9]\d{0,2}|0),\d{1,2}$").unwrap());
    if DECIMAL_COMMA.is_match(s) {
        return s.replace(',', ".").parse().ok();
    }
    // "1 050,7 kg": groups of thousands apart by spaces, a decimal comma.
    static SPACED_COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}(?:[ \u{00A0}\u{202F}\u{2009}]\d{3})+,\d{1,2}$").unwrap());
    if SPACED_COMMA.is_match(s) {
        return s.chars().filter(|c| c.is_ascii_digit() || *c == ',').collect::<String>().replace(',', ".").parse().ok();
    }
    if GROUPED.is_match(s) {
        return s.replace(',', "").parse().ok();
    }
    if SPACED.is_match(s) {
        return s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect::<String>().parse().ok();
    }
    if DOTTED.is_match(s) {
        return s.replace('.', "").parse().ok();
    }
    // "2,40,000", "1,24,870", "3,82,45,610": Indian grouping (lakh and crore), two digits
    // a group above the thousands.
    static INDIAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$").unwrap());
    if INDIAN.is_match(s) {
        return s.replace(',', "").parse().ok();
    }
    None
}

fn word_parts(lower: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = lower.split('-').collect();
    if parts.len() > 1 && parts.iter().all(|p| unit_word(p).is_some() || tens_word(p).is_some()) {
        Some(parts)
    } else {
        None
    }
}

fn is_number_word(lower: &str) -> bool {
    unit_word(lower).is_some()
        || tens_word(lower).is_some()
        || lower == "hundred"
        || scale_word(lower).is_some()
        || lower == "dozen"
        || word_parts(lower).is_some()
}

/// Parse a number starting at token `i`; returns the value and the index after it.
pub(crate) fn parse_at(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = |k: usize| toks.get(k).map(|x| x.lower.as_str()).unwrap_or("");
    let first = t(i);

    // "a quarter of a million", "half a million", "half a tonne", "a half".
    // "three quarters of a million", "three-quarters of a tonne": a count of fractions.
    let hyphenated = first.split_once('-').filter(|(a, b)| unit_word(a).is_some() && fraction_word(b).is_some() && b.ends_with('s'));
    let (fraction, after, lead) = if let Some((a, b)) = hyphenated {
        (fraction_word(b).map(|f| f * unit_word(a).unwrap()), i + 1, true)
    } else if (first == "a" || first == "an") && fraction_word(t(i + 1)).is_some() {
        (fraction_word(t(i + 1)), i + 2, true)
    } else if let (Some(u), Some(f)) = (unit_word(first), fraction_word(t(i + 1)).filter(|_| t(i + 1).ends_with('s'))) {
        (Some(u * f), i + 2, true)
    } else {
        (fraction_word(first), i + 1, false)
    };
    if let Some(f) = fraction {
        let mut k = after;
        if t(k) == "of" {
            k += 1;
        }
        if t(k) == "a" || t(k) == "an" {
            k += 1;
        }
        if let Some(s) = scale_word(t(k)) {
            return Some((f * s, k + 1));
        }
        if t(k) == "dozen" {
            return Some((f * 12.0, k + 1));
        }
        // "half a tonne", "a quarter of a ton": the fraction stands before a unit.
        let half_alone = !lead && first == "half";
        if k > after && (half_alone || t(k - 1) == "a" || t(k - 1) == "an") {
            return Some((f, k));
        }
        return None;
    }

    // "a million", "a dozen", "an estimated" is not a number.
    if (first == "a" || first == "an") && (scale_word(t(i + 1)).is_some() || matches!(t(i + 1), "hundred" | "dozen")) {
        let (v, j) = parse_words(toks, i + 1, 1.0)?;
        return Some((v, j));
    }

    let tok = toks.get(i)?;
    if tok.text.as_bytes()[0].is_ascii_digit() {
        let mut v = parse_digits(tok.text)?;
        let mut j = i + 1;
        // "two and a half" style only for words; for digits: scale or suffix.
        if let Some(s) = scale_word(t(j)) {
            // "115.000 millones": before a Spanish or Portuguese scale word the dots group
            // thousands, as they do in those languages.
            let romance = matches!(t(j), "millones" | "millón" | "milhões" | "milhão" | "billones" | "billón" | "bilhões" | "bilhão");
            if romance && tok.text.contains('.') && !tok.text.contains(',') && tok.text.split('.').skip(1).all(|g| g.len() == 3) {
                v = tok.text.replace('.', "").parse().unwrap_or(v);
            }
            v = round_scaled(v * s);
            j += 1;
            // "3 billion 50 million", "6 million 240 thousand 515" (translated releases):
            // smaller and smaller parts, each a space after the last.
            let mut last = s;
            loop {
                let next = |k: usize| toks.get(k).filter(|n| n.start == toks[k - 1].end + 1 && n.text.bytes().all(|b| b.is_ascii_digit()));
                let Some(n) = next(j) else { break };
                let Ok(part) = n.text.parse::<f64>() else { break };
                match scale_word(t(j + 1)) {
                    Some(s2) if s2 < last && part < 1000.0 && toks[j + 1].start == n.end + 1 => {
                        v = round_scaled(v + part * s2);
                        last = s2;
                        j += 2;
                    }
                    // The units after "thousand": "240 thousand 515".
                    None if last == 1e3 && part < 1000.0 => {
                        v += part;
                        j += 1;
                        break;
                    }
                    _ => break,
                }
            }
        } else if let Some(s) = digit_suffix(t(j)) {
            // Only when glued: "5m", "2.3bn".
            if toks[j].start == tok.end {
                v = round_scaled(v * s);
                j += 1;
            }
        } else if t(j) == "dozen" {
            v *= 12.0;
            j += 1;
        }
        return Some((v, j));
    }
    if is_number_word(first) && scale_word(first).is_none() {
        return parse_words(toks, i, 0.0);
    }
    None
}

/// Number words: "three hundred and twelve", "one and a half million", "two dozen".
fn parse_words(toks: &[Token], i: usize, seed: f64) -> Option<(f64, usize)> {
    let t = |k: usize| toks.get(k).map(|x| x.lower.as_str()).unwrap_or("");
    let mut total = 0.0;
    let mut group = seed;
    let mut any = seed > 0.0;
    let mut j = i;
    loop {
        let w = t(j);
        if let Some(u) = unit_word(w) {
            if any && group % 100.0 != 0.0 && !(group % 10.0 == 0.0 && u < 10.0) {
                break;
            }
            group += u;
        } else if let Some(tn) = tens_word(w) {
            if any && group % 100.0 != 0.0 {
                break;
            }
            group += tn;
        } else if let Some(parts) = word_parts(w) {
            if any && group % 100.0 != 0.0 {
                break;
            }
            for p in parts {
                group += unit_word(p).or(tens_word(p)).unwrap_or(0.0);
            }
        } else if w == "hundred" {
            if !any {
                break;
            }
            group = if group == 0.0 { 100.0 } else { group * 100.0 };
        } else if let Some(s) = scale_word(w) {
            if !any {
                break;
            }
            total += if group == 0.0 { s } else { group * s };
            group = 0.0;
        } else if w == "dozen" {
            if !any {
                break;
            }
            group = if group == 0.0 { 12.0 } else { group * 12.0 };
        } else if w == "and" && any {
            // "and a half", or "hundred and twelve".
            if t(j + 1) == "a" && t(j + 2) == "half" {
                group += 0.5;
                j += 3;
                continue;
            }
            if is_number_word(t(j + 1)) && scale_word(t(j + 1)).is_none() && t(j + 1) != "hundred" && group >= 100.0 {
                j += 1;
                continue;
            }
            break;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    if !any || j == i {
        return None;
    }
    Some((total + group, j))
}

/// The most figures read in one text (a sentence). Figures after the first
/// `MAX_FIGURES` are ignored: real sentences have fewer than 30, and a run of hundreds
/// (a table flattened into one line, "3⁄43⁄43⁄4...") would only cost time, since the rules
/// look at the figures of a sentence in pairs.
pub const MAX_FIGURES: usize = 64;

/// Every figure in a text, left to right, without overlaps (at most `MAX_FIGURES`).
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() && out.len() < MAX_FIGURES {
        // A time of day ("08:50", "6:15 a.m.") is no figure.
        let glued = |a: usize, b: usize| toks.get(b).is_some_and(|n| n.start == toks[a].end);
        let digit = |k: usize| toks.get(k).is_some_and(|n| n.text.bytes().all(|b| b.is_ascii_digit()));
        if digit(i) && toks[i].text.len() <= 2 && toks.get(i + 1).is_some_and(|c| c.text == ":") && glued(i, i + 1) && glued(i + 1, i + 2) && digit(i + 2) && toks[i + 2].text.len() == 2 {
            i += 3;
            continue;
        }
        if let Some((value, j)) = parse_at(&toks, i) {
            if j > i {
                let start = toks[i].start;
                let end = toks[j - 1].end;
                let digits = toks[i..j].iter().any(|t| t.text.as_bytes()[0].is_ascii_digit());
                let raw = &text[start..end];
                let year_like = j == i + 1
                    && raw.len() == 4
                    && raw.bytes().all(|b| b.is_ascii_digit())
                    && ((1300.0..1500.0).contains(&value) || (1900.0..=2100.0).contains(&value));
                out.push(NumberMention { start, end, value, text: raw.to_string(), year_like, digits });
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Parse a whole phrase as one number ("a quarter of a million"); `None` when the phrase
/// is not exactly a number.
pub fn parse_number_phrase(s: &str) -> Option<f64> {
    let toks = tokenize(s.trim());
    let (v, j) = parse_at(&toks, 0)?;
    (j == toks.len()).then_some(v)
}

/// Words that give an unknown number ("dozens of", "several"): a count that exists but
/// is not stated.
pub fn is_vague_count(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "dozens" | "hundreds" | "thousands" | "millions" | "several" | "numerous" | "many" | "scores" | "multiple" | "various"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<f64> {
        parse_number_phrase(s)
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(p("14,483"), Some(14483.0));
        assert_eq!(p("1.75"), Some(1.75));
        assert_eq!(p("1\u{202F}000"), Some(1000.0));
        assert_eq!(p("1.234.567"), Some(1234567.0));
        assert_eq!(p("2,400"), Some(2400.0));
        // One or two digits after a comma: a decimal comma.
        assert_eq!(p("1,2"), Some(1.2));
        assert_eq!(p("2,75"), Some(2.75));
        assert_eq!(p("1,2345"), None);
        assert_eq!(p("1 050,7"), Some(1050.7));
        assert_eq!(p("050,7"), None);
        // Indian grouping.
        assert_eq!(p("2,40,000"), Some(240000.0));
        assert_eq!(p("1,24,870"), Some(124870.0));
        assert_eq!(p("3,82,45,610"), Some(38245610.0));
        assert_eq!(p("15 000"), Some(15000.0));
        assert_eq!(p("12,34,5"), None);
    }

    #[test]
    fn groups_apart_by_plain_spaces() {
        let v = |t: &str| find_numbers(t).iter().map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(v("found 15 000 ecstasy pills and 2,6 kilograms"), vec![15000.0, 2.6]);
        assert_eq!(v("seized 1 250 000 tablets"), vec![1250000.0]);
        // Not groups: a year before a figure, a figure before a hyphenated unit.
        assert_eq!(v("in 2023 150 people"), vec![2023.0, 150.0]);
        assert_eq!(v("seized 25 100-kg bags"), vec![25.0, 100.0]);
    }

    #[test]
    fn scales_and_suffixes() {
        assert_eq!(p("1.2 million"), Some(1_200_000.0));
        assert_eq!(p("12.5 billion"), Some(12_500_000_000.0));
        assert_eq!(p("4.1 billion"), Some(4_100_000_000.0));
        assert_eq!(p("5m"), Some(5_000_000.0));
        assert_eq!(p("2.3bn"), Some(2_300_000_000.0));
        assert_eq!(p("3 thousand"), Some(3000.0));
        assert_eq!(p("a million"), Some(1_000_000.0));
    }

    #[test]
    fn spanish_and_portuguese_scales() {
        assert_eq!(p("115.000 millones"), Some(115_000_000_000.0));
        assert_eq!(p("9,8 billones"), Some(9.8e12));
        assert_eq!(p("180 milhões"), Some(180_000_000.0));
        assert_eq!(p("2 billones"), Some(2e12));
    }

    #[test]
    fn parts_told_one_after_another() {
        assert_eq!(p("3 billion 50 million"), Some(3_050_000_000.0));
        assert_eq!(p("6 million 240 thousand 515"), Some(6_240_515.0));
        assert_eq!(p("2 million 300 thousand"), Some(2_300_000.0));
        // A bare figure after "million" is another figure.
        let v: Vec<f64> = find_numbers("2 million 300 pills").iter().map(|m| m.value).collect();
        assert_eq!(v, vec![2_000_000.0, 300.0]);
        let v: Vec<f64> = find_numbers("5 million, 20 thousand").iter().map(|m| m.value).collect();
        assert_eq!(v, vec![5_000_000.0, 20_000.0]);
    }

    #[test]
    fn times_of_day_are_no_figures() {
        let v: Vec<f64> = find_numbers("08:50 - Three men were held; at 6:15 a.m. 12 kg").iter().map(|m| m.value).collect();
        assert_eq!(v, vec![3.0, 12.0]);
    }

    #[test]
    fn words_and_fractions() {
        assert_eq!(p("six"), Some(6.0));
        assert_eq!(p("twenty-five"), Some(25.0));
        assert_eq!(p("three hundred and twelve"), Some(312.0));
        assert_eq!(p("seventeen thousand"), Some(17000.0));
        assert_eq!(p("a quarter of a million"), Some(250_000.0));
        assert_eq!(p("three quarters of a million"), Some(750_000.0));
        assert_eq!(p("three-quarters of a million"), Some(750_000.0));
        assert_eq!(p("3 lakh"), Some(300_000.0));
        assert_eq!(p("1.5 crore"), Some(15_000_000.0));
        assert_eq!(p("half a million"), Some(500_000.0));
        assert_eq!(p("one and a half million"), Some(1_500_000.0));
        assert_eq!(p("two and a half"), Some(2.5));
        assert_eq!(p("two dozen"), Some(24.0));
        assert_eq!(p("a dozen"), Some(12.0));
        assert_eq!(p("dozens"), None);
        assert_eq!(p("an estimated"), None);
    }

    #[test]
    fn finds_figures_in_text() {
        let f = find_numbers("In 2024, police seized six tons and 183 kilograms and arrested 14,483 suspects.");
        let v: Vec<f64> = f.iter().map(|m| m.value).collect();
        assert_eq!(v, vec![2024.0, 6.0, 183.0, 14483.0]);
        assert!(f[0].year_like);
        assert!(!f[3].year_like);
        let f = find_numbers("seized 250kg of heroin");
        assert_eq!(f[0].value, 250.0);
        assert_eq!(f[0].text, "250");
    }

    #[test]
    fn figures_are_capped_and_other_digits_are_no_figures() {
        let many = (1..=500).map(|i| i.to_string()).collect::<Vec<_>>().join(" ");
        let f = find_numbers(&many);
        assert_eq!(f.len(), MAX_FIGURES);
        assert_eq!(f.last().unwrap().value, MAX_FIGURES as f64);
        // Arabic-Indic, Persian and full-width digits are read as no figure, without panic.
        assert!(find_numbers("\u{0661}\u{0662}\u{0663} \u{06F1}\u{06F2}\u{06F3}\u{06F4} \u{FF11}\u{FF12}").is_empty());
        assert_eq!(find_numbers("3\u{2044}4").iter().map(|n| n.value).collect::<Vec<_>>(), vec![3.0, 4.0]);
    }
}
