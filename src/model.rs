//! The records that flow through the pipeline: documents, their sentences, and facts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A document as read by ingest, before cleaning.
#[derive(Debug, Clone, Default)]
pub struct RawDoc {
    /// Input path relative to the input root (`path#N` for records of a multi-record file).
    pub source: String,
    pub format: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Publication date from metadata (HTML meta, JSON field), when present.
    pub published: Option<NaiveDate>,
    /// The body text, header lines included for plain text.
    pub text: String,
}

/// A cleaned document: metadata resolved, body split into sentences.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub doc_id: String,
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published_date: Option<NaiveDate>,
    /// The date relative expressions resolve against: the publication date, or failing
    /// that a full date stated at the top of the document.
    pub reference_date: Option<NaiveDate>,
    pub sentences: Vec<Sentence>,
    /// Hash of the cleaned body, for exact-copy detection.
    pub content_hash: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub text: String,
    /// Paragraph number (0-based), so rules can tell when context carries over.
    pub paragraph: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Qualifier {
    Exact,
    Approx,
    AtLeast,
    AtMost,
}

/// The contract's vocabularies of the fact tables (the data dictionary and the contract
/// checks list them from here).
pub const QUALIFIERS: [&str; 4] = ["exact", "approx", "at_least", "at_most"];
/// Drug labels beside the lexicon's drugs: several drugs in one figure, drugs in general.
pub const DRUG_GROUPS: &[&str] = &["mixed", "unspecified"];

/// A closed vocabulary of the contract: an enum whose values and their contract strings
/// are written once, here; `ALL`, `as_str`, `parse`, `Display`, serde (as the contract's
/// strings) and the list of strings (`$all`) follow.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident, $all:ident { $($v:ident => $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($v),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$v => $s),+
                }
            }
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($s => Some($name::$v),)+
                    _ => None,
                }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        pub const $all: &[&str] = &[$($s),+];
    };
}

vocabulary!(
    /// `sentences.sentence_type`.
    SentenceType, SENTENCE_TYPES { Death => "death", Life => "life", Prison => "prison", Unspecified => "unspecified" }
);
vocabulary!(
    /// `cooperation_events.event_type`.
    EventType, EVENT_TYPES { Mou => "mou", Meeting => "meeting", Conference => "conference", JointOperation => "joint_operation", InformationExchange => "information_exchange", Training => "training", Other => "other" }
);
vocabulary!(
    /// `network_disruptions.scope`.
    Scope, SCOPES { International => "international", Domestic => "domestic" }
);

vocabulary!(
    /// `seizures.transport_mode`: how a haul travelled.
    TransportMode, TRANSPORT_MODES { LandVehicle => "land_vehicle", Truck => "truck", Maritime => "maritime", Container => "container", AirCargo => "air_cargo", AirPassenger => "air_passenger", Postal => "postal", Pedestrian => "pedestrian", Drone => "drone", Rail => "rail", Other => "other" }
);
vocabulary!(
    /// `seizures.geo_precision`: what the coordinates stand for.
    GeoPrecision, GEO_PRECISIONS { Point => "point", City => "city", Admin1 => "admin1", Country => "country" }
);

/// Where a haul came from and was going, how it travelled and was hidden, and who carried
/// it, as the text says (issue 13). Codes are ISO alpha-3 or the lexicon's region codes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trafficking {
    pub origin: Option<String>,
    pub destination: Option<String>,
    pub transit: Vec<String>,
    pub transport_mode: Option<TransportMode>,
    /// The hiding place as written ("hidden in a shipment of bananas").
    pub concealment: Option<String>,
    /// Nationalities of the people caught ("two Iranian nationals").
    pub nationalities: Vec<String>,
    /// The words that decided route, transport and nationalities ("from Syria; towards
    /// Iraq; through Turkey | truck | Syrian nationals"), for `explain` and audits.
    pub cue: Option<String>,
}

impl Trafficking {
    pub fn is_empty(&self) -> bool {
        *self == Trafficking::default()
    }

    /// Take what this record lacks from another mention of the same haul.
    pub fn fill_from(&mut self, o: &Trafficking) {
        if self.origin.is_none() && self.destination.is_none() && self.transit.is_empty() {
            self.origin.clone_from(&o.origin);
            self.destination.clone_from(&o.destination);
            self.transit.clone_from(&o.transit);
        }
        if self.transport_mode.is_none() {
            self.transport_mode = o.transport_mode;
        }
        if self.concealment.is_none() {
            self.concealment.clone_from(&o.concealment);
        }
        for n in &o.nationalities {
            if !self.nationalities.contains(n) {
                self.nationalities.push(n.clone());
            }
        }
        if let Some(c) = &o.cue {
            self.cue = Some(match self.cue.take() {
                Some(mine) => format!("{mine}; {c}"),
                None => c.clone(),
            });
        }
    }
}

/// Coordinates of a fact's location from the lexicon's gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    pub admin1: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    pub precision: GeoPrecision,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            "at_least" => Qualifier::AtLeast,
            "at_most" => Qualifier::AtMost,
            _ => return None,
        })
    }
}

/// A span of days, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    #[serde(with = "day")]
    pub start: NaiveDate,
    #[serde(with = "day")]
    pub end: NaiveDate,
}

/// Days as their number (days from 1 January of year 1), which the binary state keeps
/// in three bytes instead of a ten-character string.
pub mod day {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(d.num_days_from_ce())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let n = i32::deserialize(d)?;
        NaiveDate::from_num_days_from_ce_opt(n).ok_or_else(|| serde::de::Error::custom(format!("day number {n} out of range")))
    }

    /// The same for an optional day.
    pub mod opt {
        use super::*;

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => s.serialize_some(&d.num_days_from_ce()),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            match Option::<i32>::deserialize(d)? {
                Some(n) => NaiveDate::from_num_days_from_ce_opt(n).map(Some).ok_or_else(|| serde::de::Error::custom(format!("day number {n} out of range"))),
                None => Ok(None),
            }
        }
    }
}

impl Period {
    pub fn day(d: NaiveDate) -> Period {
        Period { start: d, end: d }
    }
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

/// The fact tables of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactTable {
    Seizures,
    Arrests,
    Sentences,
    CooperationEvents,
    NetworkDisruptions,
}

impl FactTable {
    pub const ALL: [FactTable; 5] = [
        FactTable::Seizures,
        FactTable::Arrests,
        FactTable::Sentences,
        FactTable::CooperationEvents,
        FactTable::NetworkDisruptions,
    ];
    pub fn name(self) -> &'static str {
        match self {
            FactTable::Seizures => "seizures",
            FactTable::Arrests => "arrests",
            FactTable::Sentences => "sentences",
            FactTable::CooperationEvents => "cooperation_events",
            FactTable::NetworkDisruptions => "network_disruptions",
        }
    }
    pub fn parse(s: &str) -> Option<FactTable> {
        FactTable::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// A seizure's drug: a drug of the lexicon by its canonical name, several drugs in one
/// figure (`mixed`), or drugs not named (`unspecified`). Written as the contract's string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Drug {
    Named(String),
    Mixed,
    Unspecified,
}

impl Drug {
    pub fn as_str(&self) -> &str {
        match self {
            Drug::Named(n) => n,
            Drug::Mixed => DRUG_GROUPS[0],
            Drug::Unspecified => DRUG_GROUPS[1],
        }
    }
    /// No drug named: "drugs", "narcotics".
    pub fn is_unspecified(&self) -> bool {
        *self == Drug::Unspecified
    }
}

impl From<String> for Drug {
    fn from(s: String) -> Drug {
        match s.as_str() {
            x if x == DRUG_GROUPS[0] => Drug::Mixed,
            x if x == DRUG_GROUPS[1] => Drug::Unspecified,
            _ => Drug::Named(s),
        }
    }
}

impl From<&str> for Drug {
    fn from(s: &str) -> Drug {
        Drug::from(s.to_string())
    }
}

impl From<Drug> for String {
    fn from(d: Drug) -> String {
        d.as_str().to_string()
    }
}

impl std::fmt::Display for Drug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Drug {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Drug {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// What a fact says, by table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FactKind {
    Seizure {
        drug: Drug,
        quantity_kg: Option<f64>,
        pill_count: Option<i64>,
        value_amount: Option<f64>,
        value_currency: Option<String>,
    },
    Arrest {
        count: Option<i64>,
    },
    CourtSentence {
        sentence_type: SentenceType,
        count: Option<i64>,
    },
    Cooperation {
        event_type: EventType,
        parties: Vec<String>,
        count: Option<i64>,
    },
    NetworkDisruption {
        count: Option<i64>,
        scope: Option<Scope>,
    },
}

impl FactKind {
    pub fn table(&self) -> FactTable {
        match self {
            FactKind::Seizure { .. } => FactTable::Seizures,
            FactKind::Arrest { .. } => FactTable::Arrests,
            FactKind::CourtSentence { .. } => FactTable::Sentences,
            FactKind::Cooperation { .. } => FactTable::CooperationEvents,
            FactKind::NetworkDisruption { .. } => FactTable::NetworkDisruptions,
        }
    }

    /// The figure the fact reports (count, kg, pills or amount), for clustering.
    pub fn value(&self) -> Option<f64> {
        match self {
            FactKind::Seizure { quantity_kg, pill_count, value_amount, .. } => {
                quantity_kg.or(pill_count.map(|p| p as f64)).or(*value_amount)
            }
            FactKind::Arrest { count }
            | FactKind::CourtSentence { count, .. }
            | FactKind::Cooperation { count, .. }
            | FactKind::NetworkDisruption { count, .. } => count.map(|c| c as f64),
        }
    }

    /// What is counted, e.g. `seizures:captagon:kg`, `sentences:death`, `arrests`.
    pub fn metric(&self) -> String {
        match self {
            FactKind::Seizure { drug, quantity_kg, pill_count, value_currency, .. } => {
                let unit = if quantity_kg.is_some() {
                    "kg".to_string()
                } else if pill_count.is_some() {
                    "pills".to_string()
                } else {
                    value_currency.clone().unwrap_or_else(|| "value".into())
                };
                format!("seizures:{drug}:{unit}")
            }
            FactKind::Arrest { .. } => "arrests".into(),
            FactKind::CourtSentence { sentence_type, .. } => format!("sentences:{sentence_type}"),
            FactKind::Cooperation { event_type, parties, .. } => {
                let mut p = parties.clone();
                p.sort();
                format!("cooperation:{event_type}:{}", p.join("+"))
            }
            FactKind::NetworkDisruption { scope, .. } => {
                format!("networks:{}", scope.map(Scope::as_str).unwrap_or("any"))
            }
        }
    }
}

/// One extracted fact with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub fact_id: String,
    pub doc_id: String,
    /// Index of the evidence sentence in the document.
    pub sentence_index: usize,
    pub evidence: String,
    pub kind: FactKind,
    pub country: Option<String>,
    pub period: Option<Period>,
    pub qualifier: Qualifier,
    pub is_aggregate: bool,
    pub location: Option<String>,
    pub cluster_id: String,
    /// Why it was extracted: the rule and the parsed pieces, for `explain` and audits.
    pub rule: String,
    pub figure_text: Option<String>,
    pub period_text: Option<String>,
    pub country_cue: Option<String>,
    /// Route, transport, concealment and nationalities (seizures; nationalities on arrests).
    pub trafficking: Trafficking,
    /// Where the location (or failing it the country) lies.
    pub geo: Option<Geo>,
}

#[cfg(test)]
mod drug_tests {
    use super::Drug;

    #[test]
    fn drugs_are_written_as_the_contract_says() {
        assert_eq!(Drug::from("mixed"), Drug::Mixed);
        assert_eq!(Drug::from("unspecified".to_string()), Drug::Unspecified);
        assert_eq!(Drug::from("heroin"), Drug::Named("heroin".into()));
        assert_eq!(serde_json::to_string(&Drug::Unspecified).unwrap(), "\"unspecified\"");
        assert_eq!(serde_json::from_str::<Drug>("\"mixed\"").unwrap(), Drug::Mixed);
        assert!(Drug::Named("cocaine".into()) == "cocaine" && Drug::Unspecified.is_unspecified());
    }
}
