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
