//! Parsers for the pieces of a fact, one module each: numbers, quantities and units,
//! qualifiers, drugs, states, dates, periods, and negation/modality.

pub mod countries;
pub mod dates;
pub mod drugs;
pub mod modality;
pub mod numbers;
pub mod periods;
pub mod qualifier;
pub mod quantity;

/// The nearest char boundary at or before `i` (clamped to the text).
pub fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i` (clamped to the text).
pub fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
