//! How a haul travelled and how it was hidden: "a truck carrying 1,100 kg", "aboard a
//! fishing boat", "in a parcel sent by post" (transport modes, `[transport_modes]`), and
//! "hidden in a shipment of bananas", "inside the fuel tank", "in fake lemons"
//! (`[cues.concealment]`).

use crate::lexicon::Lexicon;
use crate::model::TransportMode;

/// The transport word nearest the figure at `start..end` within `seg`, with the words.
pub fn transport_for(text: &str, seg: (usize, usize), start: usize, end: usize, lx: &Lexicon) -> Option<(TransportMode, String)> {
    let part = text.get(seg.0..seg.1)?;
    let distance = |s: usize, e: usize| if e <= start { start - e } else { s.saturating_sub(end) };
    // "a car park", "a parking lot": no transport.
    let not = lx.cue("transport.not").find_all(part);
    lx.transport
        .find_all(part)
        .into_iter()
        .filter(|h| !not.iter().any(|n| n.start < h.end && h.start < n.end))
        .map(|h| (distance(seg.0 + h.start, seg.0 + h.end), h))
        .min_by_key(|(d, _)| *d)
        .map(|(_, h)| (h.value, h.text))
}

/// How many words a hiding place's phrase may have after its preposition.
const MAX_WORDS: usize = 8;

/// The hiding place told within `seg` as written, the one nearest after the figure at
/// `start` first: a hiding verb and its phrase ("hidden in a shipment of bananas"), or a
/// preposition whose phrase names a container ("inside the fuel tank", "in fake lemons").
pub fn concealment_for(text: &str, seg: (usize, usize), start: usize, lx: &Lexicon) -> Option<String> {
    let part = text.get(seg.0..seg.1)?;
    let lower = part.to_ascii_lowercase();
    let preps = lx.cue("concealment.prepositions");
    let containers = lx.cue("concealment.containers");
    let stops = lx.cue("concealment.stops");
    let mut found: Vec<(usize, String)> = Vec::new();
    // The phrase after a preposition at `p` (bytes of `part`): words up to a stop word,
    // a figure or punctuation. None when it names a proper place ("inside Iraq").
    let phrase_end = |p: usize| -> Option<usize> {
        let mut i = p;
        let mut words = 0;
        let mut first_content = true;
        let mut last_end = p;
        for w in part[p..].split_inclusive(' ') {
            let word = w.trim_end();
            let bare = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
            if bare.is_empty() {
                i += w.len();
                continue;
            }
            let lw = bare.to_lowercase();
            if words > 0 && stops.lookup(&lw).is_some() {
                break;
            }
            if bare.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                break;
            }
            if first_content && !matches!(lw.as_str(), "a" | "an" | "the" | "its" | "their" | "his" | "her") {
                first_content = false;
                // A proper name right after the preposition: a place, not a hiding place.
                if bare.chars().next().is_some_and(|c| c.is_uppercase()) && lx.places.lookup(bare).is_some() {
                    return None;
                }
            }
            words += 1;
            last_end = i + bare.len();
            i += w.len();
            if bare.len() != word.len() || words > MAX_WORDS {
                break;
            }
        }
        (words >= 1).then_some(last_end)
    };
    for v in lx.cue("concealment.verbs").find_all(&lower) {
        let rest = &lower[v.end..];
        let gap = rest.len() - rest.trim_start().len();
        // "hidden inside", "concealed skilfully in": a preposition within one word.
        let p = v.end + gap;
        let Some(prep) = preps.at_start(&lower[p..]).or_else(|| {
            let skip = lower[p..].find(' ')? + 1;
            preps.at_start(&lower[p + skip..]).map(|h| crate::lexicon::Hit { start: h.start + skip, end: h.end + skip, ..h })
        }) else {
            continue;
        };
        if let Some(e) = phrase_end(p + prep.end) {
            found.push((seg.0 + v.start, part[v.start..e].to_string()));
        }
    }
    for p in preps.find_all(&lower) {
        if found.iter().any(|(s, t)| *s <= seg.0 + p.start && seg.0 + p.start < s + t.len()) {
            continue;
        }
        if lx.cue("concealment.lone").lookup(&p.text).is_none() {
            continue;
        }
        if let Some(e) = phrase_end(p.end) {
            if containers.contains(&part[p.end..e]) {
                found.push((seg.0 + p.start, part[p.start..e].to_string()));
            }
        }
    }
    found.sort_by_key(|(s, _)| *s);
    found.iter().find(|(s, _)| *s >= start).or(found.last()).map(|(_, t)| t.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lx() -> Lexicon {
        Lexicon::builtin()
    }

    fn mode(text: &str) -> Option<TransportMode> {
        let f = text.find(char::is_numeric).unwrap_or(0);
        transport_for(text, (0, text.len()), f, f + 5, &lx()).map(|x| x.0)
    }

    fn hide(text: &str) -> Option<String> {
        concealment_for(text, (0, text.len()), 0, &lx())
    }

    #[test]
    fn modes() {
        assert_eq!(mode("A lorry carrying 900 kg of cannabis was stopped."), Some(TransportMode::Truck));
        assert_eq!(mode("The navy seized 2 tonnes from a fishing boat."), Some(TransportMode::Maritime));
        assert_eq!(mode("1.2 tonnes were found in a shipping container at the port."), Some(TransportMode::Container));
        assert_eq!(mode("A passenger bus with 30 kg of opium."), Some(TransportMode::LandVehicle));
        assert_eq!(mode("Postal inspectors found 3 kg in parcels sent by post."), Some(TransportMode::Postal));
        assert_eq!(mode("A drone dropped 2 kg of hashish."), Some(TransportMode::Drone));
        assert_eq!(mode("Police seized 5 kg of heroin in Basra."), None);
        assert_eq!(mode("Officers seized 2 kg of cannabis at a car park in Woodlands."), None);
    }

    #[test]
    fn hiding_places() {
        assert_eq!(hide("The pills were hidden in a shipment of bananas bound for Europe.").as_deref(), Some("hidden in a shipment of bananas"));
        assert_eq!(hide("Agents found 40 kg concealed inside the fuel tank, officials said.").as_deref(), Some("concealed inside the fuel tank"));
        assert_eq!(hide("Customs found 4,000 pills in fake lemons.").as_deref(), Some("in fake lemons"));
        assert_eq!(hide("Police found 20 kg inside a secret compartment of the car.").as_deref(), Some("inside a secret compartment of the car"));
        // No hiding place: a place, a time, a plain "in".
        assert_eq!(hide("Troops seized 20 kg inside Iraq on Monday."), None);
        assert_eq!(hide("Police seized 5 kg in Basra in March."), None);
        assert_eq!(hide("They seized 3 tonnes in a raid."), None);
    }
}
