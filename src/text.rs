//! Slicing text by computed byte offsets without panicking.
//!
//! The rules compute offsets (a window of 60 bytes before a figure, the end of a cue
//! plus 40 bytes, ...) that may fall inside a multi-byte character (Arabic-Indic digits,
//! emoji, `⁄`), past the end of the text, or, for a span built from two positions, the
//! wrong way round. Slicing `&s[a..b]` with such offsets panics; these helpers snap
//! offsets to char boundaries and clamp them to the text instead.
//!
//! Conventions: every offset is snapped *down* to the nearest char boundary (and clamped
//! to `s.len()`), so `before(s, i)` and `after(s, i)` always split `s` in two, and
//! `slice(s, 0, i) == before(s, i)`. A span whose start is after its end is empty.
//!
//! Offsets must come from the text they slice: an offset found in `s.to_lowercase()`
//! does not point into `s` (lower-casing may change the byte length: 'İ' is two bytes,
//! its lower case "i̇" three). Match case-insensitively on `s` itself, or lower-case
//! with `to_ascii_lowercase()`, which keeps every byte offset.

/// The nearest char boundary at or before `i`, clamped to the text.
pub fn floor_char_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i`, clamped to the text.
pub fn ceil_char_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `&s[a..b]` with both offsets snapped down to char boundaries and clamped to the text;
/// empty when `a > b`. Never panics.
pub fn slice(s: &str, a: usize, b: usize) -> &str {
    let a = floor_char_boundary(s, a);
    let b = floor_char_boundary(s, b);
    if a >= b {
        ""
    } else {
        &s[a..b]
    }
}

/// `&s[..i]`, snapped and clamped.
pub fn before(s: &str, i: usize) -> &str {
    &s[..floor_char_boundary(s, i)]
}

/// `&s[i..]`, snapped and clamped.
pub fn after(s: &str, i: usize) -> &str {
    &s[floor_char_boundary(s, i)..]
}

/// At most `n` bytes of `s` ending at `i` (fewer when a char straddles the cut).
pub fn tail(s: &str, i: usize, n: usize) -> &str {
    let end = floor_char_boundary(s, i);
    slice(s, ceil_char_boundary(s, end.saturating_sub(n)), end)
}

/// At most `n` bytes of `s` starting at `i` (fewer when a char straddles the cut).
pub fn head(s: &str, i: usize, n: usize) -> &str {
    let start = floor_char_boundary(s, i);
    slice(s, start, start.saturating_add(n))
}

/// Is `a..b` a span of `s` that can be sliced: in order, inside the text, on char
/// boundaries.
pub fn is_span(s: &str, a: usize, b: usize) -> bool {
    a <= b && b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b)
}

/// The span `a..b` made valid for `s`: clamped, snapped to char boundaries (start down,
/// end up) and ordered (a reversed span becomes the empty span at its end).
pub fn fix_span(s: &str, a: usize, b: usize) -> (usize, usize) {
    let a = floor_char_boundary(s, a);
    let b = ceil_char_boundary(s, b);
    if a > b {
        (b, b)
    } else {
        (a, b)
    }
}

/// Does `s` end with `suffix`, ASCII letters compared without case? Never panics, even
/// when the cut would fall inside a multi-byte character.
pub fn ends_with_ignore_ascii_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len() && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Does `s` start with `prefix`, ASCII letters compared without case?
pub fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    // "a١b": '١' (U+0661) is two bytes, at 1..3; "x⁄y": '⁄' (U+2044) is three, at 1..4.
    const AR: &str = "a\u{0661}b";
    const FR: &str = "3\u{2044}4";

    #[test]
    fn boundaries() {
        assert_eq!(floor_char_boundary(AR, 2), 1);
        assert_eq!(ceil_char_boundary(AR, 2), 3);
        assert_eq!(floor_char_boundary(AR, 3), 3);
        assert_eq!(floor_char_boundary(AR, 99), AR.len());
        assert_eq!(ceil_char_boundary(AR, 99), AR.len());
        assert_eq!(floor_char_boundary("", 5), 0);
        assert_eq!(floor_char_boundary(FR, 2), 1);
        assert_eq!(floor_char_boundary(FR, 3), 1);
        assert_eq!(ceil_char_boundary(FR, 2), 4);
        let emoji = "👍🏽x";
        for i in 0..=emoji.len() + 2 {
            assert!(emoji.is_char_boundary(floor_char_boundary(emoji, i)));
            assert!(emoji.is_char_boundary(ceil_char_boundary(emoji, i)));
        }
    }

    #[test]
    fn slices_never_panic() {
        assert_eq!(slice(AR, 0, 2), "a");
        assert_eq!(slice(AR, 1, 3), "\u{0661}");
        assert_eq!(slice(AR, 2, 4), "\u{0661}b");
        assert_eq!(slice(AR, 3, 1), "");
        assert_eq!(slice(AR, 10, 20), "");
        assert_eq!(slice(AR, 0, 100), AR);
        assert_eq!(before(FR, 2), "3");
        assert_eq!(after(FR, 2), "\u{2044}4");
        for i in 0..=FR.len() + 1 {
            assert_eq!(format!("{}{}", before(FR, i), after(FR, i)), FR);
        }
        for a in 0..8 {
            for b in 0..8 {
                let _ = slice("İß👍", a, b);
            }
        }
    }

    #[test]
    fn windows() {
        assert_eq!(tail("hello world", 11, 5), "world");
        assert_eq!(tail("hello world", 3, 50), "hel");
        assert_eq!(head("hello world", 6, 3), "wor");
        assert_eq!(head("hello", 9, 3), "");
        // A window cut inside a character leaves that character out.
        assert_eq!(tail("\u{0661}\u{0662}", 4, 3), "\u{0662}");
        assert_eq!(head("\u{0661}\u{0662}", 0, 3), "\u{0661}");
    }

    #[test]
    fn spans() {
        assert!(is_span(AR, 0, 1));
        assert!(!is_span(AR, 0, 2));
        assert!(!is_span(AR, 3, 1));
        assert!(!is_span(AR, 0, 9));
        assert_eq!(fix_span(AR, 2, 2), (1, 3));
        assert_eq!(fix_span(AR, 4, 1), (1, 1));
        assert_eq!(fix_span(AR, 0, 50), (0, AR.len()));
    }

    #[test]
    fn ascii_case_affixes() {
        assert!(ends_with_ignore_ascii_case("Nearly A Total Of", "a total of"));
        assert!(!ends_with_ignore_ascii_case("of", "a total of"));
        // The cut falls inside '١': no panic, no match.
        assert!(!ends_with_ignore_ascii_case("x\u{0661}\u{0662}", "ab"));
        assert!(starts_with_ignore_ascii_case("Of them", "of "));
        assert!(!starts_with_ignore_ascii_case("\u{0661}", "ab"));
    }
}
