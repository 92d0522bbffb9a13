//! States from names, demonyms, capitals and agencies ("Iraqi interior ministry",
//! "Tehran", "Iraq's narcotics directorate") to ISO alpha-3, and the choice of the state
//! whose authorities acted: places named as origin, route or destination ("from Syria",
//! "through Turkey") or as partners ("in cooperation with Lebanese authorities",
//! "acting on Iranian intelligence") are not the actor.

use crate::lexicon::{Lexicon, PlaceKind};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct CountryCue {
    pub start: usize,
    pub end: usize,
    pub iso3: String,
    pub kind: PlaceKind,
    pub text: String,
    /// Named as origin, route or destination.
    pub route: bool,
    /// Named as a partner or beside the actor ("with", "and", "on").
    pub partner: bool,
    /// An authority noun follows ("forces", "police", "ministry").
    pub authority: bool,
    /// A person's nationality ("a Saudi man", "Iranian nationals"): not a state acting.
    pub person: bool,
    /// Introduced by "by" ("seized by Jordanian customs"): the agent of a passive verb.
    pub agent: bool,
    /// One of a list of three or more states ("Spain, Croatia, Slovenia and Germany").
    pub listed: bool,
}


fn ends_with_word(before: &str, g: &crate::lexicon::gazetteer::Gazetteer<()>) -> bool {
    g.at_end(before).is_some()
}


/// "the Mauritanian border" is a place; "Tajik border guards" are an authority.
fn border_place(after: &str) -> bool {
    let words: Vec<String> = after.split_whitespace().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).collect();
    let is_border = words.first().is_some_and(|w| w == "border" || w == "frontier");
    // A place when nothing noun-like follows: "on the Afghan border", "the Syrian border crossing".
    let place = words.get(1).is_none_or(|w| {
        w.is_empty() || ["with", "and", "in", "near", "at", "on", "of", "to", "from", "crossing", "crossings", "area", "areas", "region", "town", "city", "post", "point", "zone", "where", "which", "after", "before", "during", "by", "for", "into", "between", "line", "strip", "villages", "province"].contains(&w.as_str())
    });
    is_border && place
}

/// Words that may stand between a place cue and the preposition before it ("from
/// neighbouring Syria", "with the Lebanese authorities").
pub(crate) fn strip_determiners(s: &str) -> &str {
    let mut s = s.trim_end();
    loop {
        let mut cut = None;
        for w in ["a", "an", "the", "neighbouring", "neighboring", "nearby", "war-torn", "its", "their", "his", "her", "fellow"] {
            // Compared on bytes: the cut is then a char boundary of `s` itself.
            if crate::text::ends_with_ignore_ascii_case(s, w) && (s.len() == w.len() || s[..s.len() - w.len()].ends_with(' ')) {
                cut = Some(s.len() - w.len());
                break;
            }
        }
        match cut {
            Some(c) => s = s[..c].trim_end(),
            None => return s,
        }
    }
}

/// What follows a demonym once the other demonyms of its list are skipped: "and Yemeni
/// nationals" -> "nationals", ", Pakistani and Afghan men" -> "men".
fn skip_demonym_list<'a>(after: &'a str, lx: &Lexicon) -> &'a str {
    let mut rest = after;
    loop {
        let t = rest.trim_start();
        let t = t.strip_prefix(',').map(str::trim_start).unwrap_or(t);
        let t = ["and ", "or "].iter().find_map(|w| t.strip_prefix(w)).unwrap_or(t).trim_start();
        let word_end = t.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(t.len());
        let word = &t[..word_end];
        if word.is_empty() || word.len() == rest.trim_start().len() || !word.starts_with(|c: char| c.is_uppercase()) {
            return rest;
        }
        if !lx.places.lookup(word).is_some_and(|c| c.kind == PlaceKind::Demonym) {
            return rest;
        }
        rest = &t[word_end..];
    }
}

/// People of a document known with their state: surname (lower case) -> ISO alpha-3, and
/// one automaton that finds any of them ("al-Shammari", "Shammari") in a sentence.
#[derive(Debug, Clone, Default)]
pub struct People {
    by_surname: BTreeMap<String, String>,
    re: Option<regex::Regex>,
}

impl People {
    pub fn new(by_surname: BTreeMap<String, String>) -> People {
        let alternation: Vec<String> = by_surname.keys().map(|s| regex::escape(s)).collect();
        let re = (!alternation.is_empty()).then(|| regex::Regex::new(&format!(r"(?i)\b(?:al-)?(?:{})\b", alternation.join("|"))).expect("people regex"));
        People { by_surname, re }
    }

    /// The surname -> state map.
    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.by_surname
    }

    /// Whether `text` names a known person.
    pub fn mentioned_in(&self, text: &str) -> bool {
        self.re.as_ref().is_some_and(|re| re.is_match(text))
    }

    /// Each mention of a known person in `text`, with the person's state.
    fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (regex::Match<'t>, &'t str)> + 't {
        self.re.iter().flat_map(move |re| re.find_iter(text)).filter_map(move |m| {
            let lower = m.as_str().to_lowercase();
            let key = lower.strip_prefix("al-").filter(|k| self.by_surname.contains_key(*k)).unwrap_or(&lower);
            self.by_surname.get(key).map(|iso| (m, iso.as_str()))
        })
    }
}

/// Every state cue in a sentence, with its role markers. `people` maps surnames known
/// from the document ("Shammari") to their state.
pub fn find_cues(text: &str, lx: &Lexicon, people: &People) -> Vec<CountryCue> {
    let route = lx.cue("geography.route");
    let partner = lx.cue("geography.partner");
    let authority = lx.cue("authority.nouns");
    let mut out = Vec::new();
    let mut hits: Vec<(usize, usize, String, PlaceKind, String)> =
        lx.places.find_all(text).into_iter().map(|h| (h.start, h.end, h.value.iso3, h.value.kind, h.text)).collect();
    for (m, iso) in people.find_iter(text) {
        if !hits.iter().any(|h| h.0 < m.end() && m.start() < h.1) {
            hits.push((m.start(), m.end(), iso.to_string(), PlaceKind::Agency, m.as_str().to_string()));
        }
    }
    hits.sort_by_key(|h| h.0);
    // "the Islamic Republic of Pakistan": a state's title followed by "of" and another
    // state names the latter.
    let titled: Vec<usize> = (0..hits.len())
        .filter(|&i| hits[i].3 == PlaceKind::Name && text[hits[i].1..].starts_with(" of ") && hits.iter().any(|h| h.0 == hits[i].1 + 4 && h.3 == PlaceKind::Name && h.2 != hits[i].2))
        .collect();
    for i in titled.into_iter().rev() {
        hits.remove(i);
    }
    // "Central America", "Latin America": a region, not the state.
    let region = lx.cue("geography.region_before");
    hits.retain(|h| h.3 != PlaceKind::Name || !text[..h.0].ends_with(' ') || region.at_end(text[..h.0].trim_end()).is_none());
    // A place inside a hyphenated name ("Baarle-Nassau") is not that place.
    hits.retain(|h| {
        let before_hyphen = text[..h.0].ends_with('-');
        let after_hyphen = text[h.1..].starts_with('-') && text[h.1 + 1..].starts_with(|c: char| c.is_uppercase());
        !(before_hyphen || after_hyphen) || h.4.contains('-')
    });
    // "Australian Border Force": an agency name right after a state cue belongs to that state.
    let mut kept: Vec<(usize, usize, String, PlaceKind, String)> = Vec::new();
    for h in hits {
        if h.3 == PlaceKind::Agency {
            if let Some(prev) = kept.last() {
                if matches!(prev.3, PlaceKind::Demonym | PlaceKind::Name) && h.0 >= prev.1 && text[prev.1..h.0].trim().is_empty() {
                    continue;
                }
            }
        }
        kept.push(h);
    }
    // "from Myanmar's Shan State": a place of a place named as origin is an origin too.
    let mut last: Option<(usize, bool, bool)> = None;
    for (start, end, iso3, kind, t) in kept {
        let before = strip_determiners(&text[..start]);
        let after = text[end..].trim_start_matches(['\'', '’', 's', ' ']).trim_start();
        let after = after.strip_prefix("'s ").unwrap_or(after);
        // "Iraq's anti-narcotics police", "Iranian forces", "Baghdad's interior ministry".
        let next_words: String = after.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        let auth = authority.find_all(&next_words).iter().any(|h| h.start < 30);
        // Person nouns as written in lower case: "Myanmar nationals", not "National Police";
        // past other demonyms of a list: "Ethiopian and Yemeni nationals".
        let after_list = if kind == PlaceKind::Demonym { skip_demonym_list(after, lx) } else { after };
        let first_words: Vec<String> = after_list.split_whitespace().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()).filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase())).collect();
        let plural = t.ends_with('s') && !t.ends_with("ss") && !t.ends_with("ese");
        // "one Serb", "a Venezuelan who was on board": counted people, not a state acting.
        let counted = {
            // Past an age: "a 29-year-old Swede".
            let mut back = text[..start].split_whitespace().rev();
            let mut last = back.next().unwrap_or("").to_lowercase();
            if last.ends_with("-year-old") {
                last = back.next().unwrap_or("").to_lowercase();
            }
            // Past the other demonyms of a list: "30 Uzbek and Kyrgyz border officers" are
            // officers described by two states, not counted people.
            let rest = skip_demonym_list(after, lx).trim_start();
            let next = rest.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            let counts = |w: &str| matches!(w, "a" | "an") || crate::rules::numbers::parse_number_phrase(w).is_some();
            // "a Brazilian and a Venezuelan": another counted person follows.
            let then = rest.split_whitespace().nth(1).unwrap_or("").to_lowercase();
            let ends_phrase = rest.is_empty()
                || rest.starts_with([',', '.', ';', ')', '-', '—'])
                || ["who", "were", "was", "had", "have", "has", "in", "on", "at", "from", "aboard"].contains(&next.as_str())
                || (["and", "or"].contains(&next.as_str()) && counts(&then));
            let number = counts(&last);
            kind == PlaceKind::Demonym && number && ends_phrase
        };
        let person = counted || (kind == PlaceKind::Demonym && plural) || (matches!(kind, PlaceKind::Demonym | PlaceKind::Name) && first_words.iter().any(|w| lx.cue("people.nouns").lookup(w).is_some()));
        // "by Jordanian customs", "by a court in Denpasar": the agent of a passive verb.
        let last_words: Vec<String> = crate::text::tail(before, before.len(), 200).to_lowercase().split_whitespace().rev().take(5).map(str::to_string).collect();
        let agent = last_words.iter().position(|w| w == "by").is_some_and(|k| last_words[..k].iter().all(|w| !w.ends_with(',')));
        let of_last = last
            .filter(|(e, _, _)| {
                // (Cues may overlap: a surname inside another.)
                let between = crate::text::slice(text, *e, start).trim();
                *e <= start && (matches!(between, "'s" | "’s" | "'" | "’") || (between.is_empty() && (text[..*e].ends_with("'s") || text[..*e].ends_with("’s"))))
            })
            .map(|(_, r, p)| (r, p));
        let route_flag = of_last.is_some_and(|(r, _)| r);
        out.push(CountryCue {
            start,
            end,
            iso3,
            kind,
            text: t,
            route: route_flag || (ends_with_word(before, route) && lx.cue("geography.people_from").at_end(before).is_none())
                || (crate::text::ends_with_ignore_ascii_case(before, "across") && (kind == PlaceKind::Demonym || crate::text::starts_with_ignore_ascii_case(after, "border") || crate::text::starts_with_ignore_ascii_case(after, "frontier")))
                // "on the Mauritanian border", "near the Syrian frontier"
                || (kind == PlaceKind::Demonym && border_place(after)),
            partner: ends_with_word(before, partner),
            authority: auth,
            person,
            agent,
            listed: false,
        });
        let c = out.last().expect("just pushed");
        last = Some((c.end, c.route, c.person));
    }
    // Runs of state names joined only by commas and "and".
    let mut run: Vec<usize> = Vec::new();
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for i in 0..out.len() {
        let joined = run.last().is_some_and(|&j| out[j].end <= out[i].start && matches!(crate::text::slice(text, out[j].end, out[i].start).trim().to_lowercase().as_str(), "," | "and" | ", and" | "&"));
        if !joined {
            runs.push(std::mem::take(&mut run));
        }
        run.push(i);
    }
    runs.push(run);
    for r in runs {
        if r.iter().filter(|&&i| out[i].kind == PlaceKind::Name).count() >= 3 {
            for i in r {
                out[i].listed = true;
            }
        }
    }
    out
}

/// The state whose authorities did what the trigger at `trigger` says.
pub fn acting_state(cues: &[CountryCue], trigger: usize) -> Option<&CountryCue> {
    let eligible = |c: &&CountryCue| !c.route && !c.partner && !c.person;
    let before: Vec<&CountryCue> = cues.iter().filter(|c| c.end <= trigger).filter(eligible).collect();
    let after: Vec<&CountryCue> = cues.iter().filter(|c| c.start >= trigger).filter(eligible).collect();
    // "Police in Spain, Croatia, Slovenia and Germany arrested 38 people": three or more
    // states acting together; no one state acted.
    if before.last().is_some_and(|c| c.listed && !c.authority) {
        return None;
    }
    if let Some(c) = before.iter().rev().find(|c| c.authority) {
        return Some(c);
    }
    // "A Saudi man was arrested by Jordanian police": the agent of a passive verb.
    if let Some(c) = after.iter().find(|c| c.agent && c.authority) {
        return Some(c);
    }
    // A state named before the verb; a city only when no state is.
    if let Some(c) = before.iter().rev().find(|c| c.kind != PlaceKind::City).or(before.last()) {
        return Some(c);
    }
    // "... was seized by Jordanian customs": an authority after the trigger; failing that
    // the city where it happened ("was arrested at Bali's airport").
    after.iter().find(|c| c.authority || c.agent).or_else(|| after.iter().find(|c| matches!(c.kind, PlaceKind::City | PlaceKind::Capital))).copied()
}

/// The states a document is mostly about, most cued first (title cues count three times).
pub fn document_focus(title: Option<&str>, sentences: &[&str], lx: &Lexicon) -> Vec<String> {
    let none = People::default();
    let cues: Vec<Vec<CountryCue>> = sentences.iter().map(|s| find_cues(s, lx, &none)).collect();
    focus_of(title.map(|t| find_cues(t, lx, &none)).as_deref(), &cues)
}

/// `document_focus` from the cues already found in the title and in each sentence.
pub fn focus_of(title: Option<&[CountryCue]>, sentences: &[Vec<CountryCue>]) -> Vec<String> {
    let mut score: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut order = 0;
    let mut add = |cues: &[CountryCue], weight: usize| {
        for c in cues {
            if c.route || c.person {
                continue;
            }
            order += 1;
            let e = score.entry(c.iso3.clone()).or_insert((0, order));
            e.0 += weight;
        }
    };
    if let Some(t) = title {
        add(t, 3);
    }
    for s in sentences {
        add(s, 1);
    }
    let mut v: Vec<(String, (usize, usize))> = score.into_iter().collect();
    v.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    v.into_iter().map(|(k, _)| k).collect()
}


/// People introduced with their state ("Iraqi Interior Minister Abdul Amir al-Shammari",
/// "his Iranian counterpart, Iraj Kakavand"): surname (lower case) -> ISO alpha-3.
pub fn people_of(sentences: &[&str], lx: &Lexicon) -> People {
    let none = People::default();
    let cues: Vec<Vec<CountryCue>> = sentences.iter().map(|s| find_cues(s, lx, &none)).collect();
    people_of_cues(sentences, &cues, lx)
}

/// `people_of` from the cues already found in each sentence (without people).
pub fn people_of_cues(sentences: &[&str], cues: &[Vec<CountryCue>], lx: &Lexicon) -> People {
    let mut out = BTreeMap::new();
    for (s, cues) in sentences.iter().zip(cues) {
        for c in cues {
            if c.kind == PlaceKind::Name && !s[c.end..].starts_with(['\'', '’']) {
                continue;
            }
            let rest = s[c.end..].trim_start_matches(['\'', '’', 's']);
            let mut name: Vec<&str> = Vec::new();
            let mut seen_title = false;
            for (k, w) in rest.split_whitespace().enumerate() {
                if k > 14 {
                    break;
                }
                let clean = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
                let lower = clean.to_lowercase();
                let capital = clean.chars().next().is_some_and(|ch| ch.is_uppercase())
                    || (lower.starts_with("al-") && clean.len() > 3);
                if lx.cue("people.titles").lookup(lower.trim_end_matches('.')).is_some() && name.is_empty() {
                    seen_title = true;
                    continue;
                }
                if capital && seen_title && !lx.places.contains(clean) {
                    name.push(clean);
                    if w.ends_with([',', '.', ';', ':']) || w.ends_with('”') {
                        break;
                    }
                    continue;
                }
                if w.ends_with(',') && name.is_empty() {
                    continue;
                }
                break;
            }
            if name.len() >= 2 {
                let last = name.last().unwrap().to_lowercase();
                let last = last.strip_prefix("al-").unwrap_or(&last).to_string();
                if last.len() > 2 {
                    out.entry(last).or_insert(c.iso3.clone());
                }
            }
        }
    }
    People::new(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(s: &str, verb: &str) -> Option<String> {
        let lx = Lexicon::builtin();
        let cues = find_cues(s, &lx, &People::default());
        acting_state(&cues, s.find(verb).unwrap()).map(|c| c.iso3.clone())
    }

    #[test]
    fn acting_state_skips_routes_and_partners() {
        assert_eq!(actor("Iraqi forces, acting on Iranian intelligence, seized 2 tons", "seized").as_deref(), Some("IRQ"));
        assert_eq!(actor("Jordanian army foiled an attempt to smuggle pills from Syria", "foiled").as_deref(), Some("JOR"));
        assert_eq!(actor("Baghdad has seized some 1.75 tons", "seized").as_deref(), Some("IRQ"));
        assert_eq!(actor("a shipment bound for Saudi Arabia was seized by Jordanian customs", "seized").as_deref(), Some("JOR"));
        assert_eq!(actor("Iraq's interior ministry said it dismantled a factory in cooperation with Lebanese authorities", "dismantled").as_deref(), Some("IRQ"));
        assert_eq!(actor("drugs smuggled from Syria were seized", "seized"), None);
        assert_eq!(actor("A Saudi man was arrested by Jordanian police in Amman", "arrested").as_deref(), Some("JOR"));
        assert_eq!(actor("Turkish police arrested 4 Iranian nationals", "arrested").as_deref(), Some("TUR"));
        assert_eq!(actor("A court in Dubai sentenced four men", "sentenced").as_deref(), Some("ARE"));
        // Nationalities in a list describe the people, not the state acting.
        assert_eq!(actor("Twenty-one people, including 14 Ethiopian and Yemeni nationals, were arrested.", "arrested"), None);
        assert_eq!(actor("Police detained two Afghan, Pakistani and Iranian men in Herat", "detained").as_deref(), Some("AFG"));
        // Several states acting together: none of them alone.
        assert_eq!(actor("Police in Spain, Croatia, Slovenia and Germany arrested 38 people", "arrested"), None);
        assert_eq!(actor("Police in Spain and Portugal arrested 8 people", "arrested").as_deref(), Some("ESP"));
        // A region named after a continent is no state; states named so win as longer names.
        assert_eq!(actor("Police in Central America seized 3 tonnes", "seized"), None);
        assert_eq!(actor("Police in South Africa seized 3 tonnes", "seized").as_deref(), Some("ZAF"));
        assert_eq!(actor("American agents seized 3 tonnes", "seized").as_deref(), Some("USA"));
    }

    #[test]
    fn people_with_their_state() {
        let lx = Lexicon::builtin();
        let p = people_of(&["Iraqi Interior Minister Abdul Amir al-Shammari met his Iranian counterpart, Iraj Kakavand."], &lx);
        assert_eq!(p.map().get("shammari").map(String::as_str), Some("IRQ"));
        assert_eq!(p.map().get("kakavand").map(String::as_str), Some("IRN"));
    }
}
