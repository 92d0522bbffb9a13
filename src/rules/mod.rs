//! Parsers for the pieces of a fact, one module each: numbers, quantities and units,
//! qualifiers, drugs, states, dates, periods, negation/modality, routes, transport and
//! concealment.

pub mod calendars;
pub mod countries;
pub mod dates;
pub mod drugs;
pub mod modality;
pub mod numbers;
pub mod periods;
pub mod qualifier;
pub mod quantity;
pub mod route;
pub mod transport;

/// The nearest char boundary at or before `i` (clamped to the text).
pub fn floor_char(s: &str, i: usize) -> usize {
    crate::text::floor_char_boundary(s, i)
}

/// The nearest char boundary at or after `i` (clamped to the text).
pub fn ceil_char(s: &str, i: usize) -> usize {
    crate::text::ceil_char_boundary(s, i)
}
