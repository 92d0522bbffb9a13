//! The trafficking details of a seizure or an arrest (issue 13): route, transport,
//! hiding place and the nationalities of the people caught, read in the part of the
//! sentence that belongs to the figure, or in the next sentence when it goes on about
//! the same haul ("The drugs were hidden in a shipment of bananas"); and where the
//! fact's place lies.

use super::Sent;
use crate::lexicon::Lexicon;
use crate::model::{Doc, Fact, FactKind, FactTable, Geo, Trafficking};
use crate::rules::countries::{self, CountryCue};
use crate::rules::quantity::{Measure, Quantity};
use crate::rules::{route, transport};

/// The part of the sentence that belongs to the figure at `start..end`: from the end of
/// the haul figure before it to the start of the haul figure after it (values do not
/// divide: "2 tonnes worth $5m bound for Europe").
pub(crate) fn segment(text: &str, quantities: &[Quantity], start: usize, end: usize) -> (usize, usize) {
    let hauls = quantities.iter().filter(|q| !matches!(q.measure, Measure::Money { .. }));
    let mut seg = (0, text.len());
    for q in hauls {
        if q.end <= start {
            seg.0 = seg.0.max(q.end);
        } else if q.start >= end {
            seg.1 = seg.1.min(q.start);
        }
    }
    seg
}

/// Nationalities of the people a sentence names ("two Iranian nationals", "a Saudi man"),
/// in order, with their words.
fn nationalities(cues: &[CountryCue]) -> (Vec<String>, Vec<String>) {
    let mut codes: Vec<String> = Vec::new();
    let mut words = Vec::new();
    for c in cues.iter().filter(|c| c.person) {
        if !codes.contains(&c.iso3) {
            codes.push(c.iso3.clone());
            words.push(c.text.clone());
        }
    }
    (codes, words)
}

/// What one sentence says of the haul at `start..end` within `seg`.
fn read(text: &str, cues: &[CountryCue], seg: (usize, usize), start: usize, end: usize, lx: &Lexicon, people: bool) -> Trafficking {
    let marks = route::marks(text, cues, lx);
    let (origin, destination, transit) = route::route_for(&marks, seg, start);
    let mut words: Vec<String> = Vec::new();
    words.extend(origin.iter().chain(destination.iter()).chain(transit.iter()).map(|m| m.text.clone()));
    let mode = transport::transport_for(text, seg, start, end, lx);
    if let Some((_, w)) = &mode {
        words.push(w.clone());
    }
    let (nats, nat_words) = if people { nationalities(cues) } else { (Vec::new(), Vec::new()) };
    words.extend(nat_words);
    Trafficking {
        origin: origin.map(|m| m.code.clone()),
        destination: destination.map(|m| m.code.clone()),
        transit: transit.iter().map(|m| m.code.clone()).collect(),
        transport_mode: mode.map(|m| m.0),
        concealment: transport::concealment_for(text, seg, start, lx),
        nationalities: nats,
        cue: (!words.is_empty()).then(|| words.join("; ")),
    }
}

/// The details of a candidate fact in its own sentence.
pub(crate) fn details(s: &Sent, table: FactTable, start: usize, end: usize) -> Trafficking {
    match table {
        FactTable::Seizures => read(s.text, &s.cues, segment(s.text, &s.quantities, start, end), start, end, s.lx, true),
        FactTable::Arrests => {
            let (nationalities, words) = nationalities(&s.cues);
            Trafficking { cue: (!words.is_empty()).then(|| words.join("; ")), nationalities, ..Trafficking::default() }
        }
        _ => Trafficking::default(),
    }
}

/// Where a fact's place lies (its state's point when the place is unknown or names
/// several places). A place written with the larger place it is in ("the Al-Qaim
/// crossing in Anbar", "Culiacán, Sinaloa") is looked up whole, then by its first part,
/// then by the larger place.
pub(crate) fn geocode(location: Option<&str>, country: Option<&str>, lx: &Lexicon) -> Option<Geo> {
    let parts = |l: &str| -> Vec<String> {
        let mut v = vec![l.to_string()];
        for sep in [" in ", ", ", " near ", " at "] {
            if let Some((a, b)) = l.split_once(sep) {
                v.push(a.to_string());
                v.push(b.trim_start_matches("the ").to_string());
                break;
            }
        }
        // "Frankfurt Airport", "the Giurgiu crossing": the town of the facility.
        if let Some(h) = lx.cue("geo.facilities").at_end(l) {
            let town = l[..h.start].trim().trim_start_matches("the ").trim();
            if !town.is_empty() {
                v.push(town.to_string());
            }
        }
        // "western Anbar": the place, not a place called so (lower case: "Western Cape" stays).
        let mut more = Vec::new();
        for p in &v {
            if let Some((first, rest)) = p.split_once(' ') {
                if first.chars().all(|c| c.is_lowercase() || c == '-') && (first.ends_with("ern") || first == "central") {
                    more.push(rest.to_string());
                }
            }
        }
        v.extend(more);
        v
    };
    location.and_then(|l| parts(l).iter().find_map(|p| lx.geo.locate(p, country))).or_else(|| country.and_then(|c| lx.geo.country(c)))
}

/// How many sentences after a seizure may go on about its haul.
const FOLLOW: usize = 2;

/// A sentence that goes on about the haul just told: "The drugs were bound for ...",
/// "It had transited through ...", "The train was travelling from ...", "The opium
/// was intended for ...", "Inside, officers found ...".
fn continues_haul(text: &str, lx: &Lexicon) -> bool {
    let head: String = text.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    if lx.cue("seizure.anaphors").find_all(&head).first().is_some_and(|h| h.start < 30) {
        return true;
    }
    let mut words = head.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let first = words.next().unwrap_or_default();
    if matches!(first.as_str(), "it" | "they" | "inside") {
        return true;
    }
    let second = words.next().unwrap_or_default();
    matches!(first.as_str(), "the" | "these" | "those")
        && (lx.drugs.lookup(&second).is_some() || lx.transport.lookup(&second).is_some() || lx.cue("concealment.containers").lookup(&second).is_some() || lx.cue("seizure.haul_nouns").lookup(&second).is_some())
}

/// "A truck with 1,100 kg of Captagon was stopped at the border. The drugs had come from
/// Syria, hidden in boxes of tiles. They were bound for Iraq": the sentences after a
/// seizure that go on about its haul (up to `FOLLOW`, until the next seizure) complete
/// what it lacks of route, transport and hiding place; a route told in more detail
/// there ("loaded in Iran and transited through Turkey and Bulgaria") replaces the last
/// leg the seizure's own sentence named ("a bus arriving from Bulgaria"). Its people's
/// nationalities are those of the arrests told with it.
pub(crate) fn complete_from_next(doc: &Doc, lx: &Lexicon, facts: &mut [Fact]) {
    let seizure_sentences: std::collections::BTreeSet<usize> = facts.iter().filter(|f| matches!(f.kind, FactKind::Seizure { .. })).map(|f| f.sentence_index).collect();
    for &si in &seizure_sentences {
        // The sentences after it that it may take from.
        let mut follow: Vec<usize> = Vec::new();
        for j in si + 1..=si + FOLLOW {
            if seizure_sentences.contains(&j) || doc.sentences.get(j).is_none() {
                break;
            }
            follow.push(j);
        }
        // Nationalities of the arrests told with the haul.
        let mut people: Vec<String> = Vec::new();
        for f in facts.iter().filter(|f| matches!(f.kind, FactKind::Arrest { .. }) && (f.sentence_index == si || follow.contains(&f.sentence_index))) {
            for n in &f.trafficking.nationalities {
                if !people.contains(n) {
                    people.push(n.clone());
                }
            }
        }
        let mut told: Vec<Trafficking> = Vec::new();
        for &j in &follow {
            let text = doc.sentences[j].text.as_str();
            if !continues_haul(text, lx) {
                break;
            }
            let cues = countries::find_cues(text, lx, &countries::People::default());
            told.push(read(text, &cues, (0, text.len()), 0, 0, lx, false));
        }
        for f in facts.iter_mut().filter(|f| f.sentence_index == si && matches!(f.kind, FactKind::Seizure { .. })) {
            let d = &mut f.trafficking;
            let mut words: Vec<String> = Vec::new();
            for t in &told {
                let before = d.clone();
                // The seizure's "arriving from Bulgaria" is a transit of "loaded in Iran and
                // transited through Turkey and Bulgaria".
                if let (Some(o), Some(new)) = (&d.origin, &t.origin) {
                    if t.transit.contains(o) && o != new {
                        d.origin = Some(new.clone());
                    }
                }
                if d.origin.is_none() {
                    d.origin.clone_from(&t.origin);
                }
                if d.destination.is_none() {
                    d.destination.clone_from(&t.destination);
                }
                if d.transit.is_empty() {
                    d.transit = t.transit.iter().filter(|c| Some(*c) != d.origin.as_ref() && Some(*c) != d.destination.as_ref()).cloned().collect();
                }
                if d.transport_mode.is_none() {
                    d.transport_mode = t.transport_mode;
                }
                if d.concealment.is_none() {
                    d.concealment.clone_from(&t.concealment);
                }
                if *d != before {
                    words.push(t.cue.clone().or_else(|| t.concealment.clone()).unwrap_or_default());
                }
            }
            if d.nationalities.is_empty() && !people.is_empty() {
                d.nationalities = people.clone();
                words.push("nationalities of the arrests told with it".into());
            }
            if !words.is_empty() {
                let more = format!("{} (following sentences)", words.join("; "));
                d.cue = Some(match d.cue.take() {
                    Some(c) => format!("{c}; {more}"),
                    None => more,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::quantity::find_quantities;

    #[test]
    fn places_are_geocoded_whole_then_by_their_parts() {
        let lx = Lexicon::builtin();
        let g = |l: &str, c: &str| geocode(Some(l), Some(c), &lx).map(|g| (g.admin1.unwrap_or_default(), g.precision.to_string()));
        assert_eq!(g("Frankfurt Airport", "DEU"), Some(("Hesse".into(), "city".into())));
        assert_eq!(g("the Giurgiu crossing", "ROU").map(|x| x.0), Some("Giurgiu".into()));
        assert_eq!(g("Gioia Tauro in Calabria", "ITA").map(|x| x.0), Some("Calabria".into()));
        assert_eq!(g("western Anbar", "IRQ").map(|x| x.1), Some("admin1".into()));
        // Unknown: the state's point.
        assert_eq!(g("Maiwand district", "AFG"), Some((String::new(), "country".into())));
        assert_eq!(geocode(Some("Nowhere Creek"), None, &lx), None);
    }

    #[test]
    fn segments_stop_at_other_hauls_not_at_values() {
        let lx = Lexicon::builtin();
        let text = "Police seized 10 kg of heroin worth $2 million from Pakistan and 4 kg of cocaine from Brazil.";
        let q = find_quantities(text, &lx);
        let a = text.find("10 kg").unwrap();
        let b = text.find("4 kg").unwrap();
        let seg = segment(text, &q, a, a + 5);
        assert_eq!(seg, (0, b));
        assert!(text[seg.0..seg.1].contains("Pakistan"));
        assert_eq!(segment(text, &q, b, b + 4).1, text.len());
    }
}
