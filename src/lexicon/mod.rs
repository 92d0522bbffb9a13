//! Lexicons: the words interdict recognises (drugs, units, currencies, qualifiers,
//! countries, agencies, outlets, cue words). The built-in tables live in `data/*.toml`
//! and are compiled into the binary; users extend them from `pipeline.toml`
//! (`[lexicon]`) or from files it references. Every table has the same layout, so a
//! user file is just a partial copy of a built-in one.

pub mod gazetteer;
pub mod geo;

use crate::model::Qualifier;
use gazetteer::Gazetteer;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

pub use gazetteer::Hit;

const BUILTIN: &[(&str, &str)] = &[
    ("drugs.toml", include_str!("data/drugs.toml")),
    ("units.toml", include_str!("data/units.toml")),
    ("qualifiers.toml", include_str!("data/qualifiers.toml")),
    ("countries.toml", include_str!("data/countries.toml")),
    ("agencies.toml", include_str!("data/agencies.toml")),
    ("cues.toml", include_str!("data/cues.toml")),
    ("trafficking.toml", include_str!("data/trafficking.toml")),
];

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("lexicon file {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("lexicon file {path}: {message}")]
    Parse { path: String, message: String },
    #[error("lexicon {path}: unknown qualifier `{name}` (use approx, at_least or at_most)")]
    Qualifier { path: String, name: String },
    #[error("lexicon transport_modes: unknown mode `{0}` (use {modes})", modes = crate::model::TRANSPORT_MODES.join(", "))]
    TransportMode(String),
    #[error("lexicon regions: `{0}` is no region code (three letters starting with X)")]
    Region(String),
    #[error("lexicon places: {0}")]
    Place(#[from] geo::PlaceError),
}

impl LexiconError {
    /// The lexicon entry the error is about (`["places", "Al-Qaim crossing"]`), when one.
    pub fn key_path(&self) -> Option<Vec<String>> {
        match self {
            LexiconError::TransportMode(m) => Some(vec!["transport_modes".into(), m.clone()]),
            LexiconError::Region(c) => Some(vec!["regions".into(), c.clone()]),
            LexiconError::Place(geo::PlaceError::Precision(n) | geo::PlaceError::Range(n)) => Some(vec!["places".into(), n.clone()]),
            _ => None,
        }
    }
}

/// A line of a CSV lexicon that cannot be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CsvError {
    #[error("line {0}: expected section,key,term")]
    Shape(usize),
    #[error("line {line}: unknown section `{section}`")]
    Section { line: usize, section: String },
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CountryEntry {
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub capitals: Vec<String>,
    #[serde(default)]
    pub cities: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CurrencyEntry {
    #[serde(default)]
    pub symbols: Vec<String>,
    #[serde(default)]
    pub codes: Vec<String>,
    #[serde(default)]
    pub words: Vec<String>,
}

/// The layout of every lexicon table, built-in or the user's: all parts optional, merged
/// by appending.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LexiconData {
    #[serde(default)]
    pub drugs: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub generic_drugs: Vec<String>,
    #[serde(default)]
    pub mixed_drugs: Vec<String>,
    #[serde(default)]
    pub mass_units: BTreeMap<String, f64>,
    #[serde(default)]
    pub pill_units: Vec<String>,
    #[serde(default)]
    pub currencies: BTreeMap<String, CurrencyEntry>,
    #[serde(default)]
    pub qualifiers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub countries: BTreeMap<String, CountryEntry>,
    #[serde(default)]
    pub international_bodies: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub national_agencies: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub outlets: Vec<String>,
    /// The month a state's fiscal or financial year starts (ISO alpha-3 -> 1..12), for
    /// "FY2024" and "the 2023-24 financial year".
    #[serde(default)]
    pub fiscal_year_start: BTreeMap<String, u32>,
    /// Cue words by rule group and list (`[cues.seizure] verbs = [...]`).
    #[serde(default)]
    pub cues: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Regions a route may name, by code (`XEU = ["Europe"]`).
    #[serde(default)]
    pub regions: BTreeMap<String, Vec<String>>,
    /// Words for how a haul travelled, by transport mode (`truck = ["lorry"]`).
    #[serde(default)]
    pub transport_modes: BTreeMap<String, Vec<String>>,
    /// Places with coordinates, before the shipped gazetteer.
    #[serde(default)]
    pub places: BTreeMap<String, geo::PlaceEntry>,
}

impl LexiconData {
    /// Every entry that cannot be compiled (unknown qualifier or transport mode, a region
    /// code outside X.., a place with bad coordinates), so a config names them all at once.
    pub fn problems(&self) -> Vec<LexiconError> {
        let mut out = Vec::new();
        for name in self.qualifiers.keys().filter(|n| Qualifier::parse(n).is_none()) {
            out.push(LexiconError::Qualifier { path: "qualifiers".into(), name: name.clone() });
        }
        for mode in self.transport_modes.keys().filter(|m| crate::model::TransportMode::parse(m).is_none()) {
            out.push(LexiconError::TransportMode(mode.clone()));
        }
        for code in self.regions.keys().filter(|c| !region_code(c)) {
            out.push(LexiconError::Region(code.to_uppercase()));
        }
        for (name, place) in &self.places {
            if let Err(e) = geo::Geocoder::new(&BTreeMap::from([(name.clone(), place.clone())]), &[]) {
                out.push(LexiconError::Place(e));
            }
        }
        out
    }

    pub fn builtin() -> LexiconData {
        let mut all = LexiconData::default();
        for (name, text) in BUILTIN {
            let part: LexiconData = toml::from_str(text)
                .unwrap_or_else(|e| panic!("built-in lexicon {name} is invalid: {e}"));
            all.merge(part);
        }
        all
    }

    /// A lexicon file: TOML in the built-in layout, or CSV for long lists.
    pub fn from_file(path: &Path) -> Result<LexiconData, LexiconError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| LexiconError::Read { path: path.display().to_string(), source })?;
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            return Self::from_csv(&text).map_err(|e| LexiconError::Parse { path: path.display().to_string(), message: e.to_string() });
        }
        toml::from_str(&text).map_err(|e| LexiconError::Parse {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    }

    /// CSV lists, one term a line: `section,key,term` where section is one of drugs,
    /// generic_drugs, mixed_drugs, country_names, demonyms, capitals, cities,
    /// national_agencies, international_bodies, outlets (key: the canonical drug, the ISO
    /// code or the acronym; empty for the plain lists). A header line and `#` comments
    /// are skipped; a term may be quoted.
    pub fn from_csv(text: &str) -> Result<LexiconData, CsvError> {
        let mut d = LexiconData::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || (i == 0 && line.to_lowercase().starts_with("section,")) {
                continue;
            }
            let cols: Vec<String> = line.splitn(3, ',').map(|c| c.trim().trim_matches('"').to_string()).collect();
            if cols.len() != 3 || cols[2].is_empty() {
                return Err(CsvError::Shape(i + 1));
            }
            let (section, key, term) = (cols[0].as_str(), cols[1].clone(), cols[2].clone());
            fn country<'a>(d: &'a mut LexiconData, key: &str) -> &'a mut CountryEntry {
                d.countries.entry(key.to_uppercase()).or_default()
            }
            match section {
                "drugs" => d.drugs.entry(key).or_default().push(term),
                "generic_drugs" => d.generic_drugs.push(term),
                "mixed_drugs" => d.mixed_drugs.push(term),
                "country_names" => country(&mut d, &key).names.push(term),
                "demonyms" => country(&mut d, &key).demonyms.push(term),
                "capitals" => country(&mut d, &key).capitals.push(term),
                "cities" => country(&mut d, &key).cities.push(term),
                "national_agencies" => d.national_agencies.entry(key.to_uppercase()).or_default().push(term),
                "international_bodies" => d.international_bodies.entry(key).or_default().push(term),
                "outlets" => d.outlets.push(term),
                other => return Err(CsvError::Section { line: i + 1, section: other.to_string() }),
            }
        }
        Ok(d)
    }

    pub fn merge(&mut self, other: LexiconData) {
        for (k, v) in other.drugs {
            self.drugs.entry(k).or_default().extend(v);
        }
        self.generic_drugs.extend(other.generic_drugs);
        self.mixed_drugs.extend(other.mixed_drugs);
        self.mass_units.extend(other.mass_units);
        self.pill_units.extend(other.pill_units);
        for (k, v) in other.currencies {
            let e = self.currencies.entry(k).or_default();
            e.symbols.extend(v.symbols);
            e.codes.extend(v.codes);
            e.words.extend(v.words);
        }
        for (k, v) in other.qualifiers {
            self.qualifiers.entry(k).or_default().extend(v);
        }
        for (k, v) in other.countries {
            let e = self.countries.entry(k).or_default();
            e.names.extend(v.names);
            e.demonyms.extend(v.demonyms);
            e.capitals.extend(v.capitals);
            e.cities.extend(v.cities);
        }
        for (k, v) in other.international_bodies {
            self.international_bodies.entry(k).or_default().extend(v);
        }
        for (k, v) in other.national_agencies {
            self.national_agencies.entry(k).or_default().extend(v);
        }
        self.outlets.extend(other.outlets);
        self.fiscal_year_start.extend(other.fiscal_year_start);
        for (group, lists) in other.cues {
            let g = self.cues.entry(group).or_default();
            for (k, v) in lists {
                g.entry(k).or_default().extend(v);
            }
        }
        for (k, v) in other.regions {
            self.regions.entry(k).or_default().extend(v);
        }
        for (k, v) in other.transport_modes {
            self.transport_modes.entry(k).or_default().extend(v);
        }
        self.places.extend(other.places);
    }
}

/// What a drug word stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrugWord {
    Named(String),
    Generic,
    Mixed,
}

impl From<DrugWord> for crate::model::Drug {
    /// The drug a word stands for: a generic word ("narcotics") is unspecified.
    fn from(w: DrugWord) -> Self {
        match w {
            DrugWord::Named(n) => crate::model::Drug::Named(n),
            DrugWord::Mixed => crate::model::Drug::Mixed,
            DrugWord::Generic => crate::model::Drug::Unspecified,
        }
    }
}

/// How a place word points at a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Name,
    Demonym,
    Capital,
    City,
    Agency,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceCue {
    pub iso3: String,
    pub kind: PlaceKind,
}

/// Where a currency word stands relative to the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyPos {
    Before,
    After,
    Either,
}

/// The compiled lexicon the rules use.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub drugs: Gazetteer<DrugWord>,
    pub mass_units: Gazetteer<f64>,
    pub pill_units: Gazetteer<()>,
    pub currencies: Gazetteer<(String, CurrencyPos)>,
    pub qualifiers: Gazetteer<Qualifier>,
    pub places: Gazetteer<PlaceCue>,
    pub bodies: Gazetteer<String>,
    pub outlets: Gazetteer<String>,
    /// Regions by code ("Europe" -> XEU).
    pub regions: Gazetteer<String>,
    pub transport: Gazetteer<crate::model::TransportMode>,
    pub geo: geo::Geocoder,
    cues: BTreeMap<String, Gazetteer<()>>,
    empty: Gazetteer<()>,
    pub data: LexiconData,
}

impl Lexicon {
    pub fn builtin() -> Lexicon {
        Lexicon::build(LexiconData::builtin()).expect("built-in lexicon compiles")
    }

    pub fn build(data: LexiconData) -> Result<Lexicon, LexiconError> {
        // The entries `problems` refuses; past this, every key below parses.
        if let Some(e) = data.problems().into_iter().next() {
            return Err(e);
        }
        let mut drugs = Vec::new();
        for (canon, syns) in &data.drugs {
            drugs.push((canon.clone(), DrugWord::Named(canon.clone())));
            for s in syns {
                drugs.push((s.clone(), DrugWord::Named(canon.clone())));
            }
        }
        drugs.extend(data.generic_drugs.iter().map(|s| (s.clone(), DrugWord::Generic)));
        drugs.extend(data.mixed_drugs.iter().map(|s| (s.clone(), DrugWord::Mixed)));

        let mut currencies = Vec::new();
        for (code, c) in &data.currencies {
            let code = code.to_uppercase();
            currencies.extend(c.symbols.iter().map(|s| (s.clone(), (code.clone(), CurrencyPos::Before))));
            currencies.extend(c.codes.iter().map(|s| (s.clone(), (code.clone(), CurrencyPos::Either))));
            currencies.extend(c.words.iter().map(|s| (s.clone(), (code.clone(), CurrencyPos::After))));
        }

        let mut qualifiers = Vec::new();
        for (q, words) in data.qualifiers.iter().filter_map(|(name, words)| Some((Qualifier::parse(name)?, words))) {
            qualifiers.extend(words.iter().map(|w| (w.clone(), q)));
        }

        let mut places = Vec::new();
        // Every place name in lower case, so a made-up plural never shadows one ("Laos").
        let place_names: std::collections::HashSet<String> = data.countries.values().flat_map(|o| o.names.iter().chain(&o.capitals).chain(&o.cities)).map(|n| n.to_lowercase()).collect();
        for (iso, c) in &data.countries {
            let iso = iso.to_uppercase();
            let cue = |kind| PlaceCue { iso3: iso.clone(), kind };
            places.extend(c.names.iter().map(|s| (s.clone(), cue(PlaceKind::Name))));
            places.extend(c.demonyms.iter().map(|s| (s.clone(), cue(PlaceKind::Demonym))));
            // Plurals the table leaves out: "three Albanians", "two Pakistanis", "two
            // Spaniards" (not of adjectives: "Spanish", "Dutch", "Chinese").
            places.extend(
                c.demonyms
                    .iter()
                    .filter(|d| !d.ends_with(['s', 'h', 'e', 'o', 'y']) && !d.ends_with("man"))
                    .map(|d| format!("{d}s"))
                    .filter(|p| !c.demonyms.contains(p) && !place_names.contains(&p.to_lowercase()))
                    .map(|p| (p, cue(PlaceKind::Demonym))),
            );
            places.extend(c.capitals.iter().map(|s| (s.clone(), cue(PlaceKind::Capital))));
            places.extend(c.cities.iter().map(|s| (s.clone(), cue(PlaceKind::City))));
            // Possessives: "Iraq's interior ministry".
            places.extend(c.names.iter().map(|s| (format!("{s}'s"), cue(PlaceKind::Name))));
        }
        for (iso, names) in &data.national_agencies {
            let cue = PlaceCue { iso3: iso.to_uppercase(), kind: PlaceKind::Agency };
            places.extend(names.iter().map(|s| (s.clone(), cue.clone())));
        }
        let mut bodies = Vec::new();
        for (acr, names) in &data.international_bodies {
            let acr = body_acronym(acr);
            bodies.push((acr.clone(), acr.clone()));
            bodies.extend(names.iter().map(|s| (s.clone(), acr.clone())));
        }

        let mut regions = Vec::new();
        for (code, names) in &data.regions {
            let code = code.to_uppercase();
            regions.extend(names.iter().map(|n| (n.clone(), code.clone())));
        }
        let mut transport = Vec::new();
        for (m, words) in data.transport_modes.iter().filter_map(|(mode, words)| Some((crate::model::TransportMode::parse(mode)?, words))) {
            transport.extend(words.iter().map(|w| (w.clone(), m)));
        }
        let division_words = data.cues.get("geo").and_then(|g| g.get("division_words")).cloned().unwrap_or_default();
        let geo = geo::Geocoder::new(&data.places, &division_words)?;

        let mut cues = BTreeMap::new();
        for (group, lists) in &data.cues {
            for (list, words) in lists {
                cues.insert(
                    format!("{group}.{list}"),
                    Gazetteer::new(words.iter().map(|w| (w.clone(), ()))),
                );
            }
        }

        Ok(Lexicon {
            drugs: Gazetteer::new(drugs),
            mass_units: Gazetteer::new(data.mass_units.iter().map(|(k, v)| (k.clone(), *v))),
            pill_units: Gazetteer::new(data.pill_units.iter().map(|k| (k.clone(), ()))),
            currencies: Gazetteer::new(currencies),
            qualifiers: Gazetteer::new(qualifiers),
            places: Gazetteer::new(places),
            bodies: Gazetteer::new(bodies),
            outlets: Gazetteer::new(data.outlets.iter().map(|o| (o.clone(), o.clone()))),
            regions: Gazetteer::new(regions),
            transport: Gazetteer::new(transport),
            geo,
            cues,
            empty: Gazetteer::new(Vec::<(String, ())>::new()),
            data,
        })
    }

    /// A cue list by name (`"seizure.verbs"`); an unknown name is an empty list.
    pub fn cue(&self, name: &str) -> &Gazetteer<()> {
        self.cues.get(name).unwrap_or(&self.empty)
    }

    pub fn cue_names(&self) -> impl Iterator<Item = &String> {
        self.cues.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_written_as_the_checks_accept_them() {
        let lx = Lexicon::builtin();
        let accepted: Vec<String> = lx.data.body_acronyms().collect();
        for names in lx.data.international_bodies.values() {
            for n in names {
                let written = &lx.bodies.lookup(n).expect(n).clone();
                assert!(accepted.contains(written), "{n} is written {written}, not in {accepted:?}");
            }
        }
        assert_eq!(lx.bodies.lookup("MAOC-N").map(String::as_str), Some("MAOC-N"));
    }

    #[test]
    fn builtin_lexicon_compiles_and_resolves() {
        let lx = Lexicon::builtin();
        assert_eq!(lx.drugs.lookup("crystal meth"), Some(&DrugWord::Named("methamphetamine".into())));
        assert_eq!(lx.drugs.lookup("Narcotics"), Some(&DrugWord::Generic));
        assert_eq!(lx.places.lookup("Tehran").map(|c| c.iso3.as_str()), Some("IRN"));
        assert_eq!(lx.places.lookup("Iraqi").map(|c| c.kind), Some(PlaceKind::Demonym));
        assert_eq!(lx.mass_units.lookup("pounds"), Some(&0.45359237));
        assert_eq!(lx.qualifiers.lookup("more than"), Some(&Qualifier::AtLeast));
        assert!(lx.cue("seizure.verbs").contains("they seized it"));
        assert!(!lx.cue("no.such").contains("anything"));
    }

    #[test]
    fn csv_lists() {
        let d = LexiconData::from_csv("section,key,term\ndrugs,methamphetamine,tina\ncities,IRQ,Zakho\n# comment\noutlets,,Levant Daily\n").unwrap();
        assert_eq!(d.drugs["methamphetamine"], vec!["tina".to_string()]);
        assert_eq!(d.countries["IRQ"].cities, vec!["Zakho".to_string()]);
        assert_eq!(d.outlets, vec!["Levant Daily".to_string()]);
        assert!(LexiconData::from_csv("weapons,x,y\n").unwrap_err().to_string().contains("unknown section"));
    }

    #[test]
    fn user_additions_merge() {
        let mut data = LexiconData::builtin();
        let extra: LexiconData = toml::from_str(
            "[drugs]\nmethamphetamine = [\"tina\"]\nkratom = [\"kratom leaves\"]\n",
        )
        .unwrap();
        data.merge(extra);
        let lx = Lexicon::build(data).unwrap();
        assert_eq!(lx.drugs.lookup("tina"), Some(&DrugWord::Named("methamphetamine".into())));
        assert_eq!(lx.drugs.lookup("kratom leaves"), Some(&DrugWord::Named("kratom".into())));
    }
}

/// A region code: three letters of ISO's user-assigned range X.. ("XEU").
fn region_code(code: &str) -> bool {
    let code = code.to_uppercase();
    code.len() == 3 && code.starts_with('X') && code.chars().all(|c| c.is_ascii_uppercase())
}

/// A body's key as written in `parties`: "ARAB_LEAGUE" is "ARAB LEAGUE", "MAOC-N" stays.
fn body_acronym(key: &str) -> String {
    key.replace('_', " ")
}

impl LexiconData {
    /// The acronyms international bodies are written with in `parties` (the vocabulary
    /// the checks and the data dictionary accept, the same the extraction writes).
    pub fn body_acronyms(&self) -> impl Iterator<Item = String> + '_ {
        self.international_bodies.keys().map(|k| body_acronym(k))
    }
}
