//! Where a named place lies: the shipped gazetteer (GeoNames cities of more than 15,000
//! people and first-level divisions, built by `scripts/build_geo.py`; sources and
//! licences in `data/geo/SOURCES.md`) and the user's `[lexicon.places]` entries, which
//! come first.
//!
//! A name is looked up by its key (lower case, accents and punctuation dropped, words
//! of `[cues.geo] division_words` dropped: "Sistan and Baluchestan Province" and
//! "Sistan–Baluchestan" are both "sistan baluchestan"). A name that stands for several
//! places is left ungeocoded, never guessed: only places in the fact's state are
//! considered, and they must agree (a province and its city of the same name do: the city
//! is taken, "Province" in the text takes the province).

use crate::model::{Geo, GeoPrecision};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock};
use unicode_normalization::UnicodeNormalization;

/// A place of the user's lexicon (`[lexicon.places] "Al-Qaim crossing" = { country =
/// "IRQ", latitude = 34.38, longitude = 41.02 }`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlaceEntry {
    pub country: String,
    #[serde(default)]
    pub admin1: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    /// point (default), city or admin1.
    #[serde(default)]
    pub precision: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Place {
    precision: GeoPrecision,
    country: String,
    admin1: Option<String>,
    lat: f64,
    lon: f64,
}

/// The shipped places by key: the lines of `places.tsv` (key, name, kind, country,
/// admin1, latitude, longitude), parsed only when looked up. The keys are written by
/// `scripts/build_geo.py` with the built-in division words, so loading is one pass
/// over the lines with no allocation per name.
struct Index {
    by_key: HashMap<&'static str, Vec<&'static str>>,
}

impl Index {
    fn places(&self, key: &str) -> Vec<Place> {
        let mut out: Vec<Place> = Vec::new();
        for line in self.by_key.get(key).into_iter().flatten() {
            let f: Vec<&str> = line.split('\t').collect();
            let [_, _, kind, country, admin1, lat, lon] = f[..] else { continue };
            let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else { continue };
            let precision = if kind == "admin1" { GeoPrecision::Admin1 } else { GeoPrecision::City };
            let place = Place { precision, country: country.to_string(), admin1: (!admin1.is_empty()).then(|| admin1.to_string()), lat, lon };
            if !out.contains(&place) {
                out.push(place);
            }
        }
        out
    }
}

const PLACES_TSV: &str = include_str!("data/geo/places.tsv");

/// Words dropped from keys; the built-in list, which `[cues.geo] division_words` extends.
fn builtin_division_words() -> Vec<String> {
    let data: super::LexiconData = toml::from_str(include_str!("data/trafficking.toml")).expect("built-in trafficking lexicon");
    data.cues.get("geo").and_then(|g| g.get("division_words")).cloned().unwrap_or_default()
}

static BUILTIN_DROP: LazyLock<Vec<String>> = LazyLock::new(builtin_division_words);

static BUILTIN: LazyLock<Index> = LazyLock::new(|| {
    let mut by_key: HashMap<&'static str, Vec<&'static str>> = HashMap::with_capacity(80_000);
    for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
        if let Some((key, _)) = line.split_once('\t') {
            by_key.entry(key).or_default().push(line);
        }
    }
    Index { by_key }
});

/// A place name's key: ASCII lower case, punctuation as spaces, division words dropped.
pub fn place_key(name: &str, drop: &[String]) -> String {
    // Most names are ASCII: no decomposition needed (the gazetteer loads 74,000 of them).
    let spaced: String = if name.is_ascii() {
        name.bytes().map(|b| if b.is_ascii_alphanumeric() { b.to_ascii_lowercase() as char } else { ' ' }).collect()
    } else {
        let folded: String = name.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect::<String>().to_lowercase();
        folded.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect()
    };
    let mut out = String::with_capacity(spaced.len());
    for w in spaced.split_whitespace().filter(|w| !drop.iter().any(|d| d == w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The geocoder a lexicon carries: the shipped places and the user's.
#[derive(Debug, Clone)]
pub struct Geocoder {
    user: Arc<HashMap<String, Vec<Place>>>,
    drop: Arc<Vec<String>>,
    /// Country points (where a fact with no known place is drawn), from the shapes.
    countries: &'static BTreeMap<String, (f64, f64)>,
}

/// Why a user place is refused.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PlaceError {
    #[error("place `{0}`: precision must be point, city or admin1")]
    Precision(String),
    #[error("place `{0}`: latitude must be within -90..90 and longitude within -180..180")]
    Range(String),
}

impl Geocoder {
    pub fn new(places: &BTreeMap<String, PlaceEntry>, division_words: &[String]) -> Result<Geocoder, PlaceError> {
        let drop: Vec<String> = division_words.iter().map(|w| w.to_lowercase()).collect();
        let mut user: HashMap<String, Vec<Place>> = HashMap::new();
        for (name, e) in places {
            let precision = match e.precision.as_deref() {
                None | Some("point") => GeoPrecision::Point,
                Some("city") => GeoPrecision::City,
                Some("admin1") => GeoPrecision::Admin1,
                Some(_) => return Err(PlaceError::Precision(name.clone())),
            };
            if !(-90.0..=90.0).contains(&e.latitude) || !(-180.0..=180.0).contains(&e.longitude) {
                return Err(PlaceError::Range(name.clone()));
            }
            user.entry(place_key(name, &drop)).or_default().push(Place { precision, country: e.country.to_uppercase(), admin1: e.admin1.clone(), lat: e.latitude, lon: e.longitude });
        }
        Ok(Geocoder { user: Arc::new(user), drop: Arc::new(drop), countries: country_points() })
    }

    /// Where `place` lies, within `country` when it is known; `None` when the gazetteer
    /// does not know it or it names several places.
    pub fn locate(&self, place: &str, country: Option<&str>) -> Option<Geo> {
        let k = place_key(place, &self.drop);
        if k.is_empty() {
            return None;
        }
        let wants_division = {
            let l = place.to_lowercase();
            ["province", "governorate", "state", "region", "oblast", "department", "prefecture", "county"].iter().any(|w| l.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
        };
        // The shipped keys were made with the built-in division words only.
        let builtin_key = place_key(place, &BUILTIN_DROP);
        let shipped = BUILTIN.places(&builtin_key);
        let user: &[Place] = self.user.get(&k).map(Vec::as_slice).unwrap_or(&[]);
        for (list, k) in [(user, &k), (&shipped[..], &builtin_key)] {
            let mut c: Vec<&Place> = list.iter().filter(|p| country.is_none_or(|iso| p.country == iso)).collect();
            if c.is_empty() {
                continue;
            }
            if c.len() > 1 {
                // A province and its city of the same name are one answer: the one the
                // text names ("Kirkuk Province": the province; "Kirkuk": the city).
                let divisions: Vec<&Place> = c.iter().copied().filter(|p| p.precision == GeoPrecision::Admin1).collect();
                let points: Vec<&Place> = c.iter().copied().filter(|p| p.precision != GeoPrecision::Admin1).collect();
                let same_division = divisions.len() == 1 && points.len() == 1 && points[0].admin1.is_some() && place_key(points[0].admin1.as_deref().unwrap_or(""), &self.drop) == *k;
                if same_division {
                    c = if wants_division { divisions } else { points };
                } else if divisions.len() == 1 && (points.is_empty() || wants_division) {
                    // "Almaty region": the division, whatever the city of that name.
                    c = divisions;
                } else {
                    // Several places of that name (in one state, or with no state known).
                    return None;
                }
            }
            let p = c[0];
            return Some(Geo { admin1: p.admin1.clone().or_else(|| (p.precision == GeoPrecision::Admin1).then(|| place.to_string())), latitude: p.lat, longitude: p.lon, precision: p.precision });
        }
        None
    }

    /// A state's point (the middle of its largest shape), for facts with no known place.
    pub fn country(&self, iso3: &str) -> Option<Geo> {
        self.countries.get(iso3).map(|&(lat, lon)| Geo { admin1: None, latitude: lat, longitude: lon, precision: GeoPrecision::Country })
    }
}

/// Country shapes (Natural Earth 1:110m via world-atlas): ISO alpha-3 -> outer rings of
/// [lon, lat]. The report draws them.
pub const COUNTRY_SHAPES: &str = include_str!("data/geo/countries.json");

/// A state's point (latitude, longitude), as `Geocoder::country` gives it.
pub fn country_point(iso3: &str) -> Option<(f64, f64)> {
    country_points().get(iso3).copied()
}

/// The middle of each state's largest ring (the mean of its vertices), rounded to 0.01.
fn country_points() -> &'static BTreeMap<String, (f64, f64)> {
    static POINTS: LazyLock<BTreeMap<String, (f64, f64)>> = LazyLock::new(|| {
        let shapes: BTreeMap<String, Vec<Vec<[f64; 2]>>> = serde_json::from_str(COUNTRY_SHAPES).expect("shipped country shapes");
        shapes
            .into_iter()
            .filter_map(|(iso, rings)| {
                let ring = rings.into_iter().max_by_key(|r| r.len())?;
                let n = ring.len() as f64;
                let lon = ring.iter().map(|p| p[0]).sum::<f64>() / n;
                let lat = ring.iter().map(|p| p[1]).sum::<f64>() / n;
                Some((iso, ((lat * 100.0).round() / 100.0, (lon * 100.0).round() / 100.0)))
            })
            .collect()
    });
    &POINTS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn geo() -> Geocoder {
        Geocoder::new(&BTreeMap::new(), &builtin_division_words()).unwrap()
    }

    #[test]
    fn shipped_keys_are_the_keys_lookups_make() {
        // scripts/build_geo.py writes each name's key; Rust must make the same one.
        let drop = builtin_division_words();
        let lines: Vec<&str> = PLACES_TSV.lines().filter(|l| !l.starts_with('#')).collect();
        let differ: Vec<&&str> = lines.iter().filter(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            place_key(f[1], &drop) != f[0]
        }).collect();
        assert!(lines.len() > 70_000);
        assert!(differ.is_empty(), "{} of {} keys differ, e.g. {:?}", differ.len(), lines.len(), &differ[..differ.len().min(5)]);
    }

    #[test]
    fn keys_fold_spelling() {
        let d = builtin_division_words();
        assert_eq!(place_key("Sistan–Baluchestan Province", &d), "sistan baluchestan");
        assert_eq!(place_key("Sistan and Baluchestan", &d), "sistan baluchestan");
        assert_eq!(place_key("Şanlıurfa", &d), "sanlıurfa");
        assert_eq!(place_key("Muhafazat Kirkuk", &d), "kirkuk");
    }

    #[test]
    fn provinces_and_cities() {
        let g = geo();
        let s = g.locate("Sistan–Baluchestan Province", Some("IRN")).unwrap();
        assert_eq!(s.precision, GeoPrecision::Admin1);
        assert_eq!(s.admin1.as_deref(), Some("Sistan and Baluchestan"));
        assert!((25.0..32.0).contains(&s.latitude) && (58.0..64.0).contains(&s.longitude), "{s:?}");
        let z = g.locate("Zahedan", None).unwrap();
        assert_eq!((z.precision, z.admin1.as_deref()), (GeoPrecision::City, Some("Sistan and Baluchestan")));
        // A city named after its province: the city, unless the text says province.
        let k = g.locate("Kirkuk", Some("IRQ")).unwrap();
        assert_eq!(k.precision, GeoPrecision::City);
        assert_eq!(g.locate("Kirkuk Governorate", Some("IRQ")).unwrap().precision, GeoPrecision::Admin1);
        // "Almaty region": the division, though the city of that name is a division of its own.
        assert_eq!(g.locate("Almaty region", Some("KAZ")).unwrap().precision, GeoPrecision::Admin1);
    }

    #[test]
    fn ambiguous_or_unknown_names_are_not_guessed() {
        let g = geo();
        // Several cities called San José in several states: no state, no answer.
        assert_eq!(g.locate("San Jose", None), None);
        // Three cities of that name in one state: still no answer.
        assert_eq!(g.locate("San Jose", Some("PHL")), None);
        assert_eq!(g.locate("San Jose", Some("USA")).unwrap().admin1.as_deref(), Some("California"));
        // The state rules out a place of that name elsewhere.
        assert_eq!(g.locate("Zahedan", Some("IRQ")), None);
        assert_eq!(g.locate("Nowhereville", None), None);
    }

    #[test]
    fn user_places_come_first_and_are_checked() {
        let mut places = BTreeMap::new();
        places.insert("Al-Qaim crossing".to_string(), PlaceEntry { country: "irq".into(), admin1: Some("Anbar".into()), latitude: 34.38, longitude: 41.02, precision: None });
        let g = Geocoder::new(&places, &builtin_division_words()).unwrap();
        let q = g.locate("Al Qaim Crossing", Some("IRQ")).unwrap();
        assert_eq!((q.precision, q.admin1.as_deref(), q.latitude), (GeoPrecision::Point, Some("Anbar"), 34.38));
        places.get_mut("Al-Qaim crossing").unwrap().precision = Some("street".into());
        assert!(matches!(Geocoder::new(&places, &[]), Err(PlaceError::Precision(_))));
        let iraq = g.country("IRQ").unwrap();
        assert!((29.0..38.0).contains(&iraq.latitude) && (38.0..49.0).contains(&iraq.longitude), "{iraq:?}");
    }
}
