//! Where a seizure or meeting took place, as written: "in Sistan-Baluchestan Province",
//! "at the Al-Qaim border crossing", "held in the capital Baghdad", "the port of Umm Qasr".

use crate::lexicon::Lexicon;
use regex::Regex;
use std::sync::LazyLock;

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Ii]n|[Aa]t|near|off|inside|through|via|across)\s+(?:the\s+)?(?:(?:capital|city|province|port|town|governorate|district|region|village)\s+(?:of\s+)?)?(?P<p>\p{Lu}[\p{L}'’]*(?:[-–]\p{Lu}?[\p{L}'’]+)*(?:\s+(?:al-|el-|(?:de|del|do|da|dos|di|la|le|of|es|a)\s+)?\p{Lu}[\p{L}'’]*(?:[-–]\p{Lu}?[\p{L}'’]+)*){0,3}(?:\s+(?:[Pp]rovince|[Gg]overnorate|[Dd]istrict|[Pp]ort|[Bb]order\s+[Cc]rossing|[Cc]rossing|[Aa]irport|[Rr]egion|[Cc]ounty|[Ss]tate|[Vv]alley|[Cc]ity))?)").unwrap()
});

/// "off the coast of Huelva", "in the department of Gracias a Dios", "at the port of
/// Praia", "at the southern port of Algeciras", "in the industrial zone of Tangier",
/// "the Ecuadorian city of Cuenca", "in the seas south of Dondra", "east of Baghdad".
static OF_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(?:off\s+the\s+(?:\w+\s+)?coast\s+of|the\s+(?:[\p{L}-]+\s+){0,2}(?:department|province|state|region|district|municipality|county|governorate|port|seaport|harbou?r|city|town|village|zone|area|outskirts|island|emirate|upazila|prefecture)\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+)(?P<p>\p{Lu}[\p{L}'’-]*(?:\s+(?:a|es|de|del|do|da|dos|di|la|le|al|el)?\s*\p{Lu}[\p{L}'’-]*){0,3})").unwrap()
});

/// "on the Ucayali river", "on Lake Victoria", "on the BR-163 highway".
static ON_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bon\s+(?:the\s+(?P<a>\p{Lu}[\p{L}0-9-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:[Rr]iver|[Ll]ake|[Cc]oast|[Ii]sland|[Hh]ighway|[Bb]order|[Ss]ea)|(?P<b>(?:Lake|Mount|Route|Interstate)\s+\p{Lu}?[\p{L}0-9-]+))").unwrap()
});

const NOT_PLACES: &[&str] = &["The", "A", "An", "His", "Her", "Their", "Its", "This", "That", "Cooperation", "Coordination", "Addition", "Total", "Response", "Light", "Line", "Order", "Turn", "Recent", "Interior", "Ministry", "Court", "Police", "Operation", "Operations", "Prison", "Custody", "Entry"];

/// The first place named after position `from` (else anywhere in the sentence).
pub fn location_of(text: &str, from: usize, lx: &Lexicon) -> Option<String> {
    let mut cands: Vec<(usize, String)> = Vec::new();
    for c in PLACE.captures_iter(text) {
        let m = c.name("p").unwrap();
        let place = m.as_str().trim();
        let first = place.split_whitespace().next().unwrap_or("");
        let known = lx.places.lookup(place).is_some_and(|c| matches!(c.kind, crate::lexicon::PlaceKind::Capital | crate::lexicon::PlaceKind::City));
        if !known && (NOT_PLACES.contains(&first) || is_month_word(first)) {
            continue;
        }
        if crate::rules::dates::weekday_of(first).is_some() && first.ends_with("day") {
            continue;
        }
        // A whole country is not a location; a capital or province is.
        if lx.places.lookup(place).is_some_and(|c| c.kind == crate::lexicon::PlaceKind::Name || c.kind == crate::lexicon::PlaceKind::Demonym) {
            continue;
        }
        if lx.bodies.lookup(place).is_some() {
            continue;
        }
        // "valued at Rs 3 crore", "at US$ 2 million": a currency, not a place.
        if lx.currencies.lookup(first).is_some() || lx.currencies.lookup(place).is_some() {
            continue;
        }
        cands.push((m.start(), place.to_string()));
    }
    for c in OF_PLACE.captures_iter(text) {
        let m = c.name("p").unwrap();
        let whole = c.get(0).unwrap();
        // "the Mariposa Port of Entry in Nogales": a kind of port, not a place.
        if NOT_PLACES.contains(&m.as_str().split_whitespace().next().unwrap_or("")) {
            continue;
        }
        cands.retain(|(s, _)| !(whole.start() <= *s && *s <= m.start()));
        cands.push((m.start(), m.as_str().trim().to_string()));
    }
    cands.sort();
    let place = cands.iter().find(|(s, _)| *s >= from).or(cands.last()).map(|(s, p)| within(text, *s, &joined(text, *s, p, lx), lx));
    // A road, river or lake ("on the BR-163 highway") only when no town or region is named.
    place.or_else(|| {
        let mut on: Vec<(usize, String)> = ON_PLACE.captures_iter(text).map(|c| c.name("a").or(c.name("b")).unwrap()).map(|m| (m.start(), m.as_str().to_string())).collect();
        on.sort();
        on.iter().find(|(s, _)| *s >= from).or(on.first()).map(|(_, p)| p.clone())
    })
}

/// A place whose name has "and" in it, as written: "Sistan and Baluchestan province",
/// "Kohgiluyeh and Boyer-Ahmad". Only names the lexicon or the gazetteer knows.
fn joined(text: &str, start: usize, place: &str, lx: &Lexicon) -> String {
    static AND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+and\s+(?P<q>\p{Lu}[\p{L}'’-]*)(?P<kind>\s+(?i:province|governorate|state|region|district))?").unwrap());
    let end = start + place.len();
    let Some(c) = text.get(end..).and_then(|rest| AND.captures(rest)) else { return place.to_string() };
    let name = format!("{place} and {}", &c["q"]);
    let known = lx.places.lookup(&name).is_some_and(|k| k.kind != crate::lexicon::PlaceKind::Name) || lx.geo.locate(&name, None).is_some();
    match (known, c.name("kind")) {
        (true, Some(k)) => format!("{name}{}", k.as_str()),
        (true, None) => name,
        _ => place.to_string(),
    }
}

/// A place with the larger place it is in, as written: "Moi International Airport in
/// Mombasa", "King Abdulaziz Port in Dammam", "Port Everglades, Florida". The larger place
/// must be one the lexicon knows or be named as a region.
fn within(text: &str, start: usize, place: &str, lx: &Lexicon) -> String {
    static IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<sep>\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?|,\s+)(?P<q>\p{Lu}[\p{L}'’-]*(?:\s+(?:de|del|do|da|al|el)?\s*\p{Lu}[\p{L}'’-]*){0,3})").unwrap()
    });
    let end = start + place.len();
    let Some(rest) = text.get(end..) else { return place.to_string() };
    let Some(c) = IN.captures(rest) else { return place.to_string() };
    let q = c["q"].trim();
    // Not the state itself ("Baghdad, Iraq" is Baghdad).
    let known = lx.places.lookup(q).is_some_and(|k| !matches!(k.kind, crate::lexicon::PlaceKind::Demonym | crate::lexicon::PlaceKind::Agency | crate::lexicon::PlaceKind::Name));
    let region = ["Province", "State", "Region", "County", "District", "Governorate", "Department", "Prefecture", "Division"].iter().any(|w| q.ends_with(w));
    if (known || region) && !lx.places.lookup(place).is_some_and(|k| k.kind == crate::lexicon::PlaceKind::Name) {
        let whole = &rest[..c.get(0).unwrap().end()];
        format!("{place}{whole}")
    } else {
        place.to_string()
    }
}

fn is_month_word(w: &str) -> bool {
    let l = w.to_lowercase();
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(&l.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        let lx = Lexicon::builtin();
        let l = |s: &str| location_of(s, 0, &lx);
        assert_eq!(l("seized 2,400 kilograms of methamphetamine in Sistan-Baluchestan Province.").as_deref(), Some("Sistan-Baluchestan Province"));
        assert_eq!(l("a meeting in Tehran on Sunday").as_deref(), Some("Tehran"));
        assert_eq!(l("which was held in Baghdad, Iraq").as_deref(), Some("Baghdad"));
        assert_eq!(l("held in the capital Baghdad").as_deref(), Some("Baghdad"));
        assert_eq!(l("seized at the Al-Qaim border crossing").as_deref(), Some("Al-Qaim border crossing"));
        assert_eq!(l("seized in March in Iraq"), None);
        assert_eq!(l("had seized 13 tonnes of cocaine at the southern port of Algeciras.").as_deref(), Some("Algeciras"));
        assert_eq!(l("in a warehouse in the industrial zone of Tangier").as_deref(), Some("Tangier"));
        assert_eq!(l("met in the Ecuadorian city of Cuenca on Thursday").as_deref(), Some("Cuenca"));
        assert_eq!(l("a trawler in the seas south of Dondra").as_deref(), Some("Dondra"));
        // A road or river only when no town or region is named.
        assert_eq!(l("a lorry stopped on the E-40 motorway near Liege").as_deref(), Some("Liege"));
        assert_eq!(l("a boat intercepted on the Ucayali river").as_deref(), Some("Ucayali"));
        // The larger place it is in, as written.
        assert_eq!(l("detectives at Moi International Airport in Mombasa seized 5 kg").as_deref(), Some("Moi International Airport in Mombasa"));
        assert_eq!(l("offloaded the cocaine at Port Everglades, Florida, on Thursday").as_deref(), Some("Port Everglades, Florida"));
        assert_eq!(l("signed a memorandum in The Hague on Thursday").as_deref(), Some("The Hague"));
        assert_eq!(l("a boat off the Pacific coast of Nariño on Saturday").as_deref(), Some("Nariño"));
        assert_eq!(l("in the department of Gracias a Dios on Thursday").as_deref(), Some("Gracias a Dios"));
        assert_eq!(l("a single operation in Dar es Salaam.").as_deref(), Some("Dar es Salaam"));
    }
}
