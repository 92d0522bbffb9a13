//! Where a haul came from, was going and passed through: "coming from Syria towards Iraq
//! through Turkey", "bound for Europe", "smuggled from Afghanistan", "from Colombia to
//! Spain via Brazil", "Syrian-made Captagon", "from the Syrian side".
//!
//! A place is a leg of a route when a route word stands right before it (`[cues.route]`
//! origin, destination, transit; "the", "neighbouring" and "the port of" may stand
//! between). "to" makes a destination only in a sentence about movement (`movement`) or
//! after an origin: "sentenced to", "returned to" name no route. A place joined to a leg
//! by "and" or a comma shares it ("through Turkey and Bulgaria"). States and their cities
//! come from the countries lexicon, regions from `[regions]`.

use super::countries::CountryCue;
use crate::lexicon::{Lexicon, PlaceKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leg {
    Origin,
    Destination,
    Transit,
}

/// One place named as a leg of a route.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub leg: Leg,
    /// ISO alpha-3 or a region code.
    pub code: String,
    /// The words that made it (route word and place), as written.
    pub text: String,
}

/// The leg a route word right before `end` of `text` gives, and where that word starts.
fn leg_before(text: &str, lx: &Lexicon, movement: bool) -> Option<(Leg, usize)> {
    let mut before = super::countries::strip_determiners(text);
    let fillers = lx.cue("route.fillers");
    for _ in 0..4 {
        match fillers.at_end(before) {
            Some(h) => before = super::countries::strip_determiners(&before[..h.start]),
            None => break,
        }
    }
    let mut best: Option<(Leg, usize)> = None;
    for (list, leg) in [("route.origin", Leg::Origin), ("route.destination", Leg::Destination), ("route.transit", Leg::Transit), ("route.destination_weak", Leg::Destination)] {
        if list == "route.destination_weak" && !movement {
            continue;
        }
        if let Some(h) = lx.cue(list).at_end(before) {
            // "the smugglers fled back into Syrian territory": their flight, not the haul's.
            if lx.cue("route.fled").at_end(&before[..h.start]).is_some() {
                continue;
            }
            // The longest route word wins ("coming from" over "from"; "en route to" over "to").
            if best.is_none_or(|(_, s)| h.start < s) {
                best = Some((leg, h.start));
            }
        }
    }
    best
}

/// Every place named as a leg of a route in a sentence, in text order. `cues` are the
/// sentence's state cues (`countries::find_cues`).
pub fn marks(text: &str, cues: &[CountryCue], lx: &Lexicon) -> Vec<Mark> {
    let movement_at = lx.cue("route.movement").find_all(text).first().map(|h| h.start);
    let mut places: Vec<(usize, usize, String, Option<PlaceKind>, String)> = cues
        .iter()
        .filter(|c| !c.person && c.kind != PlaceKind::Agency)
        .map(|c| (c.start, c.end, c.iso3.clone(), Some(c.kind), c.text.clone()))
        .collect();
    for h in lx.regions.find_all(text) {
        if !places.iter().any(|p| p.0 < h.end && h.start < p.1) {
            places.push((h.start, h.end, h.value, None, h.text));
        }
    }
    places.sort_by_key(|p| p.0);
    let mut out: Vec<Mark> = Vec::new();
    let people_from = lx.cue("geography.people_from");
    for (start, end, code, kind, written) in places {
        // "officials from Lebanon attended": people from a state, no route.
        if people_from.at_end(super::countries::strip_determiners(&text[..start])).is_some() {
            continue;
        }
        let after = &text[end..];
        let origin_seen = out.iter().any(|m| m.leg == Leg::Origin);
        let movement = origin_seen || movement_at.is_some_and(|m| m < start);
        let found = if kind == Some(PlaceKind::Demonym) {
            let next = after.trim_start_matches([' ', '-']);
            let next_word = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let made = lx.cue("route.made").lookup(next_word).is_some() || after.starts_with("-made") || after.starts_with("-produced");
            let drug = lx.drugs.at_start(next).is_some();
            let side = lx.cue("route.sides").lookup(next_word).is_some();
            if made || drug {
                // "Syrian-made Captagon", "Afghan heroin": where the drug was made.
                let word_end = end + (after.len() - next.len()) + next_word.len();
                Some((Leg::Origin, start, word_end))
            } else if side {
                // "from the Syrian side", "across the Iraqi border": the state beyond it.
                let word_end = end + (after.len() - next.len()) + next_word.len();
                match leg_before(&text[..start], lx, movement) {
                    Some((Leg::Transit, s)) if text[s..start].to_lowercase().starts_with("across") => Some((Leg::Origin, s, word_end)),
                    Some((leg, s)) => Some((leg, s, word_end)),
                    None => None,
                }
            } else {
                None
            }
        } else {
            leg_before(&text[..start], lx, movement).map(|(leg, s)| (leg, s, end)).or_else(|| {
                // "departed Paita in Peru", "loaded at Callao, Peru": a town the lexicon
                // does not know, then its state, after the route word.
                let before = text[..start].strip_suffix(" in ").or_else(|| text[..start].strip_suffix(", "))?;
                let words: Vec<&str> = before.rsplitn(4, ' ').collect();
                (1..words.len()).find_map(|k| {
                    let town = &words[..k];
                    if !town.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
                        return None;
                    }
                    let cut = before.len() - town.iter().map(|w| w.len() + 1).sum::<usize>() + 1;
                    leg_before(&before[..cut], lx, movement).map(|(leg, s)| (leg, s, end))
                })
            })
        };
        let found = found.or_else(|| {
            // "through Turkey and Bulgaria", "to Spain, Italy and Greece", "from Myanmar's
            // Shan State": joined to the leg before.
            let prev = out.last()?;
            let between = text.get(prev.end..start)?.trim().to_lowercase();
            (kind != Some(PlaceKind::Demonym) && matches!(between.as_str(), "," | "and" | ", and" | "or" | "'s" | "’s")).then_some((prev.leg, start, end))
        });
        if let Some((leg, from, to)) = found {
            let text_of = text.get(from..to).unwrap_or(&written).to_string();
            if out.last().is_some_and(|m| m.code == code && m.leg == leg) {
                continue;
            }
            out.push(Mark { start, end: to, leg, code, text: text_of });
        }
    }
    out
}

/// The route of the figure at `start..end`, read within `seg` (the part of the sentence
/// that belongs to that figure): origin and destination nearest the figure, after it
/// first; every transit place of the part in order.
pub fn route_for<'m>(marks: &'m [Mark], seg: (usize, usize), start: usize) -> (Option<&'m Mark>, Option<&'m Mark>, Vec<&'m Mark>) {
    let inside: Vec<&Mark> = marks.iter().filter(|m| m.start >= seg.0 && m.end <= seg.1).collect();
    let pick = |leg: Leg| -> Option<&'m Mark> {
        let of: Vec<&Mark> = inside.iter().copied().filter(|m| m.leg == leg).collect();
        of.iter().copied().find(|m| m.start >= start).or_else(|| of.last().copied())
    };
    let origin = pick(Leg::Origin);
    let destination = pick(Leg::Destination);
    let mut transit: Vec<&Mark> = Vec::new();
    for m in inside.iter().copied().filter(|m| m.leg == Leg::Transit) {
        let known = |x: Option<&Mark>| x.is_some_and(|x| x.code == m.code);
        if !known(origin) && !known(destination) && !transit.iter().any(|t| t.code == m.code) {
            transit.push(m);
        }
    }
    (origin, destination, transit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::countries::{find_cues, People};

    fn route(text: &str) -> (Option<String>, Option<String>, Vec<String>) {
        let lx = Lexicon::builtin();
        let cues = find_cues(text, &lx, &People::default());
        let m = marks(text, &cues, &lx);
        let (o, d, t) = route_for(&m, (0, text.len()), 0);
        (o.map(|m| m.code.clone()), d.map(|m| m.code.clone()), t.iter().map(|m| m.code.clone()).collect())
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn origin_destination_transit() {
        assert_eq!(route("A lorry with 900 kg of Captagon on its way from Syria to Iraq by way of Turkey was stopped."), (s("SYR"), s("IRQ"), vec!["TUR".to_string()]));
        assert_eq!(route("Police found 40 kg of heroin smuggled from Afghanistan."), (s("AFG"), None, vec![]));
        assert_eq!(route("The 3 tonnes of cocaine were bound for Europe."), (None, s("XEU"), vec![]));
        assert_eq!(route("They tried to smuggle 200,000 pills into Jordan from the Syrian side."), (s("SYR"), s("JOR"), vec![]));
        assert_eq!(route("Cocaine shipped from the port of Guayaquil via Panama and Costa Rica to Antwerp."), (s("ECU"), s("BEL"), vec!["PAN".to_string(), "CRI".to_string()]));
        // A town the lexicon does not know, then its state.
        assert_eq!(route("The container had departed Paita in Peru and was transshipped in Port Said, Egypt."), (s("PER"), None, vec!["EGY".to_string()]));
        assert_eq!(route("Police said the 60 kg were intended for buyers in Mombasa."), (None, s("KEN"), vec![]));
    }

    #[test]
    fn made_and_grown() {
        assert_eq!(route("Officers seized 12 kg of Afghan heroin."), (s("AFG"), None, vec![]));
        assert_eq!(route("a haul of Syrian-made Captagon"), (s("SYR"), None, vec![]));
    }

    #[test]
    fn no_route_without_route_words() {
        assert_eq!(route("Iraqi forces seized 20 kg of hashish in Basra."), (None, None, vec![]));
        // "to" names no destination unless something moves.
        assert_eq!(route("A court in Tehran sentenced him to death; he had returned to Iraq."), (None, None, vec![]));
        assert_eq!(route("Two Syrian nationals were arrested with 5 kg of crystal."), (None, None, vec![]));
        assert_eq!(route("The army seized 1.3 million pills after the smugglers fled back into Syrian territory."), (None, None, vec![]));
        assert_eq!(route("Officers seized 14 kg of cannabis; officials from Lebanon attended."), (None, None, vec![]));
    }

    #[test]
    fn the_part_of_the_sentence_that_belongs_to_each_figure() {
        let lx = Lexicon::builtin();
        let text = "Customs seized 10 kg of heroin from Pakistan and 4 kg of cocaine from Brazil.";
        let cues = find_cues(text, &lx, &People::default());
        let m = marks(text, &cues, &lx);
        let second = text.find("4 kg").unwrap();
        let (o, _, _) = route_for(&m, (0, second), text.find("10 kg").unwrap());
        assert_eq!(o.unwrap().code, "PAK");
        let (o, _, _) = route_for(&m, (text.find("heroin").unwrap(), text.len()), second);
        assert_eq!(o.unwrap().code, "BRA");
    }
}
