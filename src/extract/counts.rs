//! Counted facts: a number followed by what is counted. People arrested ("arrested 14
//! suspects", "made 2,000 arrests") or sentenced ("144 individuals have been sentenced to
//! death"), sentences ("300 death sentences", "2,318 judicial sentences"), networks
//! dismantled ("dismantled 1,700 drug gangs") and cooperation events ("40 joint
//! operations", "33 communication channels").

use super::{Candidate, Miss, Sent};
use crate::lexicon::gazetteer::Gazetteer;
use crate::model::{EventType, FactKind, FactTable, Scope, SentenceType};
use crate::rules::floor_char;
use crate::rules::numbers::NumberMention;
use regex::Regex;
use std::sync::LazyLock;

/// Words that may stand between a number and the counted noun ("14 Afghan nationals").
const GAP_WORDS: usize = 3;

/// People named by their nationality right after a number: "three Iranians", "14 Afghan
/// nationals" (the noun list has those), "two Chinese". Returns (start, end, text).
fn nationals_after(text: &str, n: &NumberMention, lx: &crate::lexicon::Lexicon) -> Option<(usize, usize, String)> {
    let rest = &text[n.end..];
    let t = rest.trim_start();
    let start = n.end + (rest.len() - t.len());
    let w = t.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(t.len());
    let word = &t[..w];
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let demonym = |x: &str| lx.places.lookup(x).is_some_and(|c| c.kind == crate::lexicon::PlaceKind::Demonym);
    let plural = word.strip_suffix('s').is_some_and(|x| demonym(x) || demonym(word)) || (word.ends_with("men") && demonym(word));
    let uncounted = (word.ends_with("ese") || word == "Swiss") && demonym(word);
    (plural || uncounted).then(|| (start, start + w, word.to_string()))
}

/// The noun of `list` that follows the number within a few words: its (start, end, text).
fn noun_after(text: &str, n: &NumberMention, g: &Gazetteer<()>) -> Option<(usize, usize, String)> {
    let rest = &text[n.end..];
    let mut offset = 0;
    for _ in 0..=GAP_WORDS {
        let r = &rest[offset..];
        let trimmed = r.trim_start_matches([' ', '-', '"', '“', '”']);
        let lead = r.len() - trimmed.len();
        if let Some(h) = g.at_start(trimmed) {
            return Some((n.end + offset + lead + h.start, n.end + offset + lead + h.end, h.text));
        }
        let w = trimmed.find([' ', ',', '.', ';', ':', '(', ')']).unwrap_or(trimmed.len());
        if w == 0 || trimmed[..w].chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let word = trimmed[..w].to_lowercase();
        // "12 of its members", "5 of the suspects"
        if word == "of" && offset == 0 {
            let rest2 = trimmed[w..].trim_start().to_lowercase();
            if ["its ", "their ", "the ", "these ", "those "].iter().any(|d| rest2.starts_with(d)) {
                offset += lead + w;
                let r2 = &rest[offset..];
                let t2 = r2.trim_start();
                let w2 = t2.find(' ').unwrap_or(t2.len());
                offset += (r2.len() - t2.len()) + w2;
                continue;
            }
        }
        if matches!(word.as_str(), "of" | "and" | "or" | "in" | "were" | "was" | "have" | "has" | "had" | "who" | "from" | "to" | "at" | "on" | "for" | "with" | "by") {
            return None;
        }
        offset += lead + w;
    }
    None
}

fn first_cue<T: Copy>(text: &str, from: usize, to: usize, lists: &[(T, &Gazetteer<()>)]) -> Option<(T, usize, String)> {
    let mut best: Option<(T, usize, usize, String)> = None;
    let from = floor_char(text, from);
    for (name, g) in lists {
        for h in g.find_all(crate::text::slice(text, from, to)) {
            let start = from + h.start;
            let len = h.end - h.start;
            let better = match &best {
                None => true,
                Some((_, s, l, _)) => start < *s || (start == *s && len > *l),
            };
            if better {
                best = Some((*name, start, len, h.text.clone()));
            }
        }
    }
    best.map(|(n, s, _, t)| (n, s, t))
}

/// The scope named in words about networks: "international", "cross-border" or "local".
/// The asides that say who the people of a count were ("All nine crew members - six
/// Syrians, two Egyptians and a Turkish national - were arrested", "Three people, a
/// clearing agent and two employees of the company, were arrested"): byte spans of the
/// apposition after a count of people, when a verb of being or arresting follows it. The
/// figures inside are parts of the count, no counts of their own.
/// Words that open a place or group named right after people ("two men from Phoenix",
/// "six suspects of Arab and Asian nationalities").
const POST_PREPOSITIONS: &[&str] = &["from", "of", "on", "in", "at", "aboard", "with"];

/// Ages told after people: " aged 31 to 46", ", aged between 27 and 52".
static AGES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*aged\s+(?:between\s+)?\d{1,2}(?:\s*(?:and|to|-|–)\s*\d{1,2})?").unwrap());

fn asides(s: &Sent) -> Vec<(usize, usize)> {
    let text = s.text;
    let lx = s.lx;
    let people = lx.cue("arrest.people");
    let mut out = Vec::new();
    for m in &s.numbers {
        let Some((_, ne, _)) = noun_after(text, m, people).or_else(|| nationals_after(text, m, lx)) else { continue };
        // "Four suspects aged between 27 and 52 - the driver, ... - were arrested".
        let ne = ne + AGES.find(&text[ne..]).map_or(0, |a| a.end());
        let rest = &text[ne..];
        let r = rest.trim_start();
        let at = ne + (rest.len() - r.len());
        let close = if r.starts_with("- ") || r.starts_with("— ") {
            '-'
        } else if r.starts_with(", ") {
            ','
        } else if r.starts_with('(') {
            ')'
        } else {
            continue;
        };
        let body_end = floor_char(text, (at + 160).min(text.len()));
        let Some(end) = text[at + 1..body_end].find(close).map(|i| at + 1 + i + 1) else { continue };
        let after = text[end..].trim_start().to_ascii_lowercase();
        let verb_follows = ["were ", "was ", "have been", "had been", "has been", "are "].iter().any(|w| after.starts_with(w)) || lx.cue("arrest.verbs").at_start(&after).is_some();
        if verb_follows && end - at > 3 {
            out.push((at, end));
        }
    }
    out
}

/// The counts of an arrest figure split by state: after "in <state>" right behind the
/// figure's verb, items ", six in Montenegro", "and two in Croatia". The figure just
/// pushed (the last of `out`) takes the first state; each item is an arrest fact of its
/// own state. Nothing changes when no item follows.
fn per_state(s: &Sent, from: usize, noun: &str, verb: &str, out: &mut Vec<Candidate>) {
    static ITEM: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| Regex::new(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<m>[\w-]+)\s+(?:more\s+)?(?:in|at)\s+(?:the\s+)?").unwrap());
    let text = s.text;
    let window_end = floor_char(text, (from + 80).min(text.len()));
    // The first state: "in Serbia" after the figure, before any other figure.
    let Some(first) = s.cues.iter().find(|c| c.start >= from && c.start < window_end && !c.person && c.kind == crate::lexicon::PlaceKind::Name && text[..c.start].trim_end().to_ascii_lowercase().ends_with(" in")) else { return };
    if s.numbers.iter().any(|x| x.start >= from && x.start < first.start) {
        return;
    }
    let mut items: Vec<Candidate> = Vec::new();
    let mut pos = first.end;
    while items.len() < 20 {
        let Some(m) = ITEM.captures(&text[pos..]) else { break };
        let ms = pos + m.name("m").unwrap().start();
        let place_at = pos + m.get(0).unwrap().end();
        let Some(k) = s.numbers.iter().find(|x| x.start == ms && x.value.fract() == 0.0 && x.value >= 1.0) else { break };
        let Some(cue) = s.cues.iter().find(|c| c.start == place_at && !c.person && c.kind == crate::lexicon::PlaceKind::Name) else { break };
        let mut c = Candidate::new(FactKind::Arrest { count: Some(k.value as i64) }, k.start, k.end, k.start, "arrests:people-per-state");
        c.figure_text = Some(format!("{} {noun} ({verb}, in {})", k.text, cue.text));
        c.country = Some((cue.iso3.clone(), cue.text.clone()));
        c.aggregate = Some(false);
        items.push(c);
        pos = cue.end;
    }
    if items.is_empty() {
        return;
    }
    if let Some(head) = out.last_mut() {
        head.country = Some((first.iso3.clone(), first.text.clone()));
    }
    out.extend(items);
}

fn scope_of(lx: &crate::lexicon::Lexicon, words: &str) -> Option<Scope> {
    if lx.cue("network.international").contains(words) {
        Some(Scope::International)
    } else if lx.cue("network.domestic").contains(words) {
        Some(Scope::Domestic)
    } else {
        None
    }
}

pub(crate) fn candidates(s: &Sent, out: &mut Vec<Candidate>, misses: &mut Vec<Miss>) {
    let lx = s.lx;
    // A row of a table with a header: its arrests column is read with its seizures.
    if s.list.is_some_and(|l| l.head.is_some()) && super::tables::cells(s.text).is_some() {
        return;
    }
    let text = s.text;
    let people = lx.cue("arrest.people");
    let arrest_nouns = lx.cue("arrest.nouns");
    let arrest_verbs = lx.cue("arrest.verbs");
    // "issued arrest warrants for 12 suspects" is no arrest.
    let warrant = |pos: usize| text[pos..].to_lowercase().trim_start_matches(|c: char| c.is_alphabetic()).trim_start().starts_with("warrant");
    let net_nouns = lx.cue("network.nouns");
    let net_verbs = lx.cue("network.verbs");
    let sentence_lists = super::SENTENCE_CUES.map(|(t, l)| (t, lx.cue(l)));
    let coop_lists = [
        (EventType::JointOperation, lx.cue("cooperation.joint_operation")),
        (EventType::InformationExchange, lx.cue("cooperation.information_exchange")),
        (EventType::Mou, lx.cue("cooperation.mou")),
        (EventType::Meeting, lx.cue("cooperation.meeting")),
        (EventType::Conference, lx.cue("cooperation.conference")),
        (EventType::Training, lx.cue("cooperation.training")),
    ];
    // A list item that names what it counts in its label ("- Death sentences: 57",
    // "Arrests: 412", "Networks dismantled: 14"): the count of that, under the lead-in.
    // Outside a list, a label that says plainly what it counts ("PERSONS APPREHENDED: 14
    // (9 Panamanian, 5 Colombian)", "Arrests: 412").
    let says_what = |label: &str| {
        (arrest_verbs.contains(label) && people.contains(label)) || arrest_nouns.at_start(label).is_some() || (net_nouns.contains(label) && net_verbs.contains(label))
    };
    if let Some(label) = super::item_label(text).filter(|l| s.list.is_some() || says_what(l)) {
        let rest = text[text.find(':').map_or(0, |i| i + 1)..].trim().trim_end_matches('.');
        // The figure, alone or with a breakdown in brackets after it.
        let alone = |n: &crate::rules::numbers::NumberMention| {
            let t = text[n.start..n.end].trim();
            rest == t || rest.strip_prefix(t).is_some_and(|r| r.trim_start().starts_with('('))
        };
        let number = s.numbers.iter().find(|n| alone(n) && !n.year_like).filter(|n| n.value.fract() == 0.0 && n.value >= 1.0);
        if let Some(n) = number {
            let count = Some(n.value as i64);
            let label_kind = sentence_lists.iter().find(|(_, l)| l.contains(label)).map(|(t, _)| FactKind::CourtSentence { sentence_type: *t, count })
                .or_else(|| (arrest_nouns.contains(label) || arrest_verbs.contains(label)).then_some(FactKind::Arrest { count }))
                .or_else(|| (net_nouns.contains(label) && net_verbs.contains(label) || net_nouns.at_start(label).is_some()).then_some(FactKind::NetworkDisruption { count, scope: None }))
                // "Arrests by province: / 1. Baghdad: 412": what the lead-in counts.
                .or_else(|| match s.list.and_then(|l| l.counts.clone()) {
                    Some(FactKind::Arrest { .. }) => Some(FactKind::Arrest { count }),
                    Some(FactKind::CourtSentence { sentence_type, .. }) => Some(FactKind::CourtSentence { sentence_type, count }),
                    Some(FactKind::NetworkDisruption { .. }) => Some(FactKind::NetworkDisruption { count, scope: None }),
                    _ => None,
                });
            if let Some(kind) = label_kind {
                let rule = match &kind {
                    FactKind::CourtSentence { .. } => "sentences:list-item",
                    FactKind::Arrest { .. } => "arrests:list-item",
                    _ => "networks:list-item",
                };
                let mut c = Candidate::new(kind, n.start, n.end, 0, rule);
                c.figure_text = Some(format!("{} ({label})", &text[n.start..n.end]));
                // A line of statistics counts over the period it is under.
                if s.times.is_empty() {
                    c.aggregate = s.list.and_then(|l| l.period.as_ref()).or(s.inherited.as_ref()).map(|(p, _)| p.end > p.start);
                }
                out.push(c);
                return;
            }
        }
    }
    // "received a life sentence", "was sentenced to death" for one person: a count of one.
    for (ty, g) in &sentence_lists[..3] {
        for h in g.find_all(text) {
            let pre = text[..h.start].trim_end().to_lowercase();
            // "The offence carries a prison sentence of ...", "faces a life sentence": a penalty.
            let penalty = lx.cue("sentence.penalty").at_end(&pre).is_some();
            if !penalty && (pre.ends_with(" a") || pre.ends_with(" one")) && (h.text.to_lowercase().ends_with("sentence") || h.text.to_lowercase().ends_with("term")) && !s.numbers.iter().any(|n| n.end <= h.start && h.start - n.end < 40) {
                let mut c = Candidate::new(FactKind::CourtSentence { sentence_type: *ty, count: Some(1) }, h.start, h.end, h.start, "sentences:single");
                c.figure_text = Some(h.text.clone());
                c.aggregate = Some(false);
                out.push(c);
            }
        }
    }
    single_people(s, out);
    named_people(s, out);
    // "Both were arrested", "Both men were detained": two people just named.
    {
        static BOTH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*both\s+(?:of\s+them\s+|men\s+|women\s+|suspects\s+)?(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+)?").unwrap());
        if let Some(m) = BOTH.find(text) {
            if let Some(h) = lx.cue("arrest.verbs").at_start(&text[m.end()..]) {
                let mut c = Candidate::new(FactKind::Arrest { count: Some(2) }, 0, m.end(), m.end() + h.start, "arrests:both");
                c.figure_text = Some(text[..m.end() + h.end].trim().to_string());
                c.aggregate = Some(false);
                out.push(c);
            }
        }
    }
    // "announced the dismantling of an international network", "the gang behind the imports
    // had been dismantled": one network.
    {
        static NOMINAL: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:dismantling|break-up|breakup|takedown|busting)\s+of\s+(?:a|an|one)\s+(?P<adj>(?:[\w-]+\s+){0,3}?)(?P<n>network|gang|ring|cell|cartel|syndicate|laboratory|lab|factory)\b|\bthe\s+(?P<adj2>(?:[\w-]+\s+){0,2}?)(?P<n2>network|gang|ring|cell|cartel|syndicate)\b[^.;]{0,60}?\b(?:had|has|have)\s+been\s+(?:dismantled|broken\s+up|smashed|busted|disrupted)").unwrap()
        });
        for c in NOMINAL.captures_iter(text) {
            let adj = c.name("adj").or(c.name("adj2")).map(|m| m.as_str()).unwrap_or("");
            let scope = scope_of(lx, adj);
            let m = c.get(0).unwrap();
            let mut cand = Candidate::new(FactKind::NetworkDisruption { count: Some(1), scope }, m.start(), m.start() + 1, m.start(), "networks:single");
            cand.figure_text = Some(m.as_str().to_string());
            cand.aggregate = Some(false);
            out.push(cand);
        }
    }
    // "dismantled a Captagon factory", "smashed a drug gang": one network.
    for v in net_verbs.find_all(text) {
        let after = &text[v.end..];
        let words: Vec<&str> = after.split_whitespace().take(5).collect();
        if words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "one")) {
            let phrase = words[1..].join(" ");
            if let Some(h) = net_nouns.find_all(&phrase).first() {
                let between = &phrase[..h.start];
                if !between.contains(',') && h.text.chars().last().is_some_and(|c| c != 's') {
                    let scope = scope_of(lx, between);
                    let mut c = Candidate::new(FactKind::NetworkDisruption { count: Some(1), scope }, v.end, v.end + 1, v.start, "networks:single");
                    c.figure_text = Some(format!("{} {}", words[0], &phrase[..h.end]));
                    c.aggregate = Some(false);
                    out.push(c);
                }
            }
        }
    }
    let mut listed: Vec<(usize, usize)> = Vec::new();
    // A count of people that is a part of one before ("including 9 foreigners", "- six
    // Iranians") is no new count.
    let part_of = |m: &NumberMention| {
        let pre = text[..m.start].trim_end().to_lowercase();
        lx.cue("people.part_of").at_end(&pre).is_some() || pre.ends_with(['-', '—', '('])
    };
    let counted = |m: &NumberMention| noun_after(text, m, people).is_some() || nationals_after(text, m, lx).is_some() || noun_after(text, m, arrest_nouns).is_some() || s.quantities.iter().any(|q| q.start <= m.start && m.end <= q.end);
    // Both once per figure: the window of each count looks at the figures after it, which
    // asked per pair would grow with the cube of the figures in a sentence.
    let asides = asides(s);
    let in_aside = |m: &NumberMention| asides.iter().any(|(a, b)| *a <= m.start && m.end <= *b);
    let is_part: Vec<bool> = s.numbers.iter().map(|m| part_of(m) || in_aside(m)).collect();
    let is_counted: Vec<bool> = s.numbers.iter().map(counted).collect();
    for (k, n) in s.numbers.iter().enumerate() {
        if s.quantities.iter().any(|q| q.start <= n.start && n.end <= q.end) || n.value.fract() != 0.0 || n.value < 1.0 {
            continue;
        }
        if s.times.iter().any(|t| t.start <= n.start && n.end <= t.end) {
            continue;
        }
        // "20-year prison terms", "a five-month operation": a duration, not a count.
        let rest = &text[n.end..];
        if ["-year", "-month", "-week", "-day", "-hour", " year-old", "-odd-year"].iter().any(|u| crate::text::starts_with_ignore_ascii_case(rest, u)) {
            continue;
        }
        let count = n.value as i64;
        // "Three men aged 31 to 46 were arrested": an age, no count.
        static AGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\baged\s+(?:between\s+)?(?:\d{1,2}\s*(?:and|to|-|–)\s*)?$").unwrap());
        if AGED_BEFORE.is_match(crate::text::tail(text, n.start, 30)) {
            continue;
        }
        // "Of the 38 detainees, 21 have been remanded": people counted before.
        {
            let pre = crate::text::tail(text, n.start, 20).trim_end().to_lowercase();
            // ("Of the 900 people arrested by Bahraini police in 2024, 150 were foreigners"
            // tells the arrests there.)
            let own_clause = crate::text::head(text, n.end, 60);
            let own_clause = own_clause.split(',').next().unwrap_or("").trim_start();
            // After the counted noun ("detainees" is no verb of its own).
            let own_clause = own_clause.split_once(' ').map_or("", |(_, rest)| rest);
            if (pre.ends_with("of the") || pre.ends_with("among the")) && arrest_verbs.find_all(own_clause).is_empty() {
                continue;
            }
        }
        // The next figure that is itself a count of people ends this one's window.
        let next = (k + 1..s.numbers.len()).find(|&j| !is_part[j] && is_counted[j]).map(|j| s.numbers[j].start).unwrap_or(text.len());
        let mk = |kind: FactKind, trigger: usize, rule: &str, noun: &str| {
            let mut c = Candidate::new(kind, n.start, n.end, trigger, rule);
            c.figure_text = Some(format!("{} {}", n.text, noun));
            c
        };

        // "300 death sentences", "2,318 judicial sentences".
        let sentence_noun = sentence_lists.iter().find_map(|(name, g)| {
            noun_after(text, n, g).filter(|(_, _, t)| ["sentence", "term", "verdict", "conviction", "ruling", "judgment", "judgement"].iter().any(|w| t.to_lowercase().contains(w))).map(|x| (*name, x))
        });
        if let Some((ty, (ns, _, noun))) = sentence_noun {
            out.push(mk(FactKind::CourtSentence { sentence_type: ty, count: Some(count) }, ns, "sentences:count-noun", &noun));
            continue;
        }
        // "made 2,000 arrests".
        if let Some((ns, _, noun)) = noun_after(text, n, arrest_nouns) {
            out.push(mk(FactKind::Arrest { count: Some(count) }, ns, "arrests:count-noun", &noun));
            continue;
        }
        // "dismantled 1,700 drug gangs".
        if let Some((ns, ne, noun)) = noun_after(text, n, net_nouns) {
            let verb = net_verbs.find_all(text).into_iter().min_by_key(|v| if v.end <= n.start { n.start - v.end } else { v.start.saturating_sub(ne) + 10 });
            match verb {
                Some(v) => {
                    let near_end = floor_char(text, (ne + 50).min(text.len()));
                    let scope_text = format!("{} {}", &text[n.end..ns], &text[ne..near_end]);
                    let scope = if lx.cue("network.international").contains(&scope_text) { Some(Scope::International) } else { scope_of(lx, &text[n.end..ns]) };
                    out.push(mk(FactKind::NetworkDisruption { count: Some(count), scope }, v.start, "networks:count", &noun));
                }
                None => misses.push(Miss { sentence_index: s.index, table: FactTable::NetworkDisruptions, reason: format!("\"{} {noun}\" without a word of dismantling", n.text) }),
            }
            continue;
        }
        // "40 joint operations", "33 communication channels".
        let coop = coop_lists.iter().find_map(|(name, g)| noun_after(text, n, g).map(|x| (*name, x)));
        if let Some((ty, (ns, _, noun))) = coop {
            let plural = noun.ends_with('s') || noun.contains("memoranda");
            // Only a plural noun counts events; "Two men received ...", "60 beds but receives
            // 300 applications" are no meetings.
            let verb_form = ["met", "meets", "received", "receives", "hosted", "hosts", "visited", "visits", "held talks"].contains(&noun.to_lowercase().as_str());
            // "Nine channels used to smuggle precursors", "smuggling channels": routes of
            // traffickers, no channels between states.
            let near = crate::text::slice(s.text, ns.saturating_sub(30), (n.end + noun.len() + 40).min(s.text.len())).to_lowercase();
            let trafficking = ty == EventType::InformationExchange && ["smuggl", "traffick", "supply", "drug routes"].iter().any(|w| near.contains(w));
            if plural && !verb_form && !n.year_like && !trafficking {
                let mut c = mk(FactKind::Cooperation { event_type: ty, parties: Vec::new(), count: Some(count) }, ns, "cooperation:count", &noun);
                c.aggregate = Some(true);
                super::cooperation::fill_parties(s, &mut c);
                out.push(c);
                continue;
            }
        }
        // "860 networks, 95 of them international": a part of the figure before, with its scope.
        let rest_l = text[n.end..].trim_start().to_lowercase();
        if rest_l.starts_with("of them") || rest_l.starts_with("of which") || rest_l.starts_with("of these") {
            let after_of = rest_l.splitn(3, ' ').nth(2).unwrap_or("");
            let prev_net = out.iter().rev().find(|c| matches!(c.kind, FactKind::NetworkDisruption { .. }) && c.end <= n.start).map(|c| c.trigger);
            // "... where two of them were caught": a part of a group, arrested.
            let after_them = &text[n.end..];
            // "... arrested four of them": the verb right before.
            let verb_before = arrest_verbs.at_end(text[..n.start].trim_end()).filter(|h| h.end == text[..n.start].trim_end().len()).map(|h| h.start);
            if let Some(pos) = verb_before {
                let mut c = mk(FactKind::Arrest { count: Some(count) }, pos, "arrests:of-them", "of them");
                c.aggregate = Some(false);
                out.push(c);
                continue;
            }
            if let Some(h) = arrest_verbs.find_all(after_them).first().filter(|h| h.start < 30) {
                let mut c = mk(FactKind::Arrest { count: Some(count) }, n.end + h.start, "arrests:of-them", "of them");
                c.aggregate = Some(false);
                out.push(c);
                continue;
            }
            if let Some(trig) = prev_net {
                // "95 of them international": the scope word comes first.
                let lead = |list: &str| lx.cue(list).at_start(after_of).is_some();
                let scope = if lead("network.international") { Some(Scope::International) } else if lead("network.domestic") { Some(Scope::Domestic) } else { None };
                if scope.is_some() {
                    out.push(mk(FactKind::NetworkDisruption { count: Some(count), scope }, trig, "networks:part", "of them"));
                }
            }
            continue;
        }
        // People: arrested or sentenced. A part of a count before ("among them 9 foreigners") is no new figure.
        if n.year_like {
            continue;
        }
        let pre_l = text[..n.start].trim_end().to_lowercase();
        if is_part[k] {
            continue;
        }
        // Headlines: "..., arrest 12", "NDLEA ... arrests three": a verb, then a bare count.
        let prev_word = text[..n.start].split_whitespace().last().unwrap_or("").to_lowercase();
        let bare_end = {
            let rest = text[n.end..].trim_start();
            rest.is_empty() || rest.starts_with([',', ';', '.', ':']) || ["in ", "at ", "after ", "over ", "for ", "as "].iter().any(|w| rest.to_lowercase().starts_with(w))
        };
        if bare_end && lx.cue("arrest.headline_verbs").lookup(&prev_word).is_some() {
            let c = mk(FactKind::Arrest { count: Some(count) }, n.start, "arrests:headline", &prev_word);
            out.push(c);
            continue;
        }
        // Headlines: "Four held with 30kg heroin", "12 detained in raids".
        let next_word = text[n.end..].split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // "... were killed and three were arrested": the people named before, counted again.
        let rest_lower = text[n.end..].trim_start().to_lowercase();
        let elliptic = lx.cue("arrest.elliptic").at_start(&rest_lower).is_some();
        if elliptic && n.value >= 1.0 {
            let c = mk(FactKind::Arrest { count: Some(count) }, crate::text::ceil_char_boundary(text, n.end + 1), "arrests:elliptic", "were arrested");
            out.push(c);
            continue;
        }
        // "The two arrested men may face ...": people already counted, "arrested" their adjective.
        let adjective = {
            let after_word = text[n.end..].split_whitespace().nth(1).unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
            people.lookup(after_word).is_some()
        };
        if matches!(next_word.as_str(), "held" | "arrested" | "detained" | "nabbed" | "apprehended") && !adjective {
            let c = mk(FactKind::Arrest { count: Some(count) }, crate::text::ceil_char_boundary(text, n.end + 1), "arrests:headline", &next_word);
            out.push(c);
            continue;
        }
        let Some((_, ne, noun)) = noun_after(text, n, people).or_else(|| nationals_after(text, n, lx)) else { continue };
        // "five Montenegrins and one Serb", "three Iranians, two Iraqis and a Syrian": the
        // people of a list add up; the verb follows the last of them.
        let first_end = ne;
        let (count, ne, noun) = {
            let (mut total, mut end, mut words) = (count, ne, noun);
            // "Three crew members, two Colombians and an Ecuadorian, were arrested": a
            // breakdown of the first count between commas, not more people.
            let nationality = nationals_after(text, n, lx).is_some();
            let mut breakdown = false;
            static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?P<one>an?|one)\s+(?P<sing>\p{Lu}[\p{L}-]+)\b)?").unwrap());
            loop {
                let Some(l) = LINK.captures(&text[end..]) else { break };
                if end == first_end && !nationality && l.get(0).unwrap().as_str().trim_start().starts_with(',') {
                    breakdown = true;
                }
                let at = end + l.get(0).unwrap().end();
                if let Some(sing) = l.name("sing") {
                    let demonym = lx.places.lookup(sing.as_str()).is_some_and(|c| c.kind == crate::lexicon::PlaceKind::Demonym);
                    if !demonym {
                        break;
                    }
                    if !breakdown {
                        total += 1;
                        words = format!("{words} and {}", sing.as_str());
                    }
                    end = at;
                    continue;
                }
                let Some(m) = s.numbers[k + 1..].iter().find(|m| m.start == at) else { break };
                let Some((_, me, mnoun)) = noun_after(text, m, people).or_else(|| nationals_after(text, m, lx)) else { break };
                if m.value.fract() != 0.0 || m.value < 1.0 {
                    break;
                }
                if !breakdown {
                    total += m.value as i64;
                    words = format!("{words} and {} {mnoun}", m.text);
                }
                end = me;
            }
            (total, end, words)
        };
        if ne != first_end {
            listed.push((n.end, ne));
        }
        // The window of this count now ends at the next count after the list, or after an
        // apposition between dashes ("Eight foreign nationals - six Iranians and two
        // Pakistanis - who were ... were arrested").
        // "Four suspects aged between 27 and 52 - ...": the ages belong to the people.
        let ne = ne + AGES.find(&text[ne..]).map_or(0, |a| a.end());
        let after_list = {
            let rest = &text[ne..];
            let t = rest.trim_start();
            match t.strip_prefix(['-', '—']).and_then(|r| r.find(['-', '—']).filter(|i| *i < 120).map(|i| ne + (rest.len() - t.len()) + 1 + i)) {
                Some(close) => close,
                None => ne,
            }
        };
        let next = if next < after_list {
            (k + 1..s.numbers.len()).find(|&j| s.numbers[j].start >= after_list && !is_part[j] && is_counted[j]).map(|j| s.numbers[j].start).unwrap_or(text.len())
        } else {
            next
        };
        // A member of a list counted with the first one is no figure of its own.
        if listed.iter().any(|(a, b)| *a < n.start && n.start < *b) {
            continue;
        }
        // "a port city of 263,000 people": a population, not an arrest.
        if ["city of", "town of", "population of", "country of", "nation of", "province of", "home to", "inhabitants", "residents of"].iter().any(|w| pre_l.ends_with(w)) {
            continue;
        }
        let before_from = floor_char(text, n.start.saturating_sub(80));
        // A sentence cue after the people ("were sentenced to death") or before ("sentenced five men to death").
        let clause_end = text[ne..next].find([';', ':']).map(|i| ne + i).unwrap_or(next);
        // "issued death sentences against two convicts": a cue right before the people wins.
        let attached = first_cue(text, before_from, n.start, &sentence_lists).filter(|(_, pos, t)| {
            let between = text.get(pos + t.len()..n.start).unwrap_or("").trim().to_lowercase();
            t.to_lowercase().ends_with("sentences") && matches!(between.as_str(), "against" | "on" | "to" | "for" | "against the" | "on the")
        });
        let sent_cue = attached.or_else(|| first_cue(text, ne, clause_end, &sentence_lists)).or_else(|| {
            first_cue(text, before_from, n.start, &sentence_lists).filter(|(_, pos, t)| {
                let t = t.to_lowercase();
                // "handed down sentences to 28,700 criminals", "passed sentences on 40 traffickers"
                let sentences_to = t.starts_with("sentences") && ["to ", "on ", "against "].iter().any(|w| text.get(pos + t.len()..n.start).unwrap_or("").trim_start().to_lowercase().starts_with(w));
                ["sentenced", "convicted", "jailed", "imprisoned"].iter().any(|w| t.starts_with(w)) || sentences_to
            })
        });
        if let Some((ty, pos, cue)) = sent_cue {
            // "sentenced five men to death": the type may follow the people.
            let ty = if ty == SentenceType::Unspecified {
                first_cue(text, ne, clause_end, &sentence_lists[..3]).map(|x| x.0).unwrap_or(ty)
            } else {
                ty
            };
            let mut c = mk(FactKind::CourtSentence { sentence_type: ty, count: Some(count) }, pos, "sentences:people", &noun);
            c.figure_text = Some(format!("{} {noun} ({cue})", n.text));
            out.push(c);
            continue;
        }
        let after_to = floor_char(text, (ne + 120).max(after_list + 40).min(next.max(ne)));
        // The verb governs the count: no clause break between them ("detained a man at his
        // home in Constanta, a port city of 263,000 people" is no count of arrests).
        let verb = arrest_verbs
            .find_all(&text[before_from..n.start])
            .last()
            .filter(|h| !warrant(before_from + h.start))
            // "held" arrests only what it governs directly ("police held 30 suspects"),
            // not "held a training course for 30 officers".
            .filter(|h| !h.text.eq_ignore_ascii_case("held") || text[before_from + h.end..n.start].split_whitespace().count() <= 1)
            .filter(|h| {
                let between = &text[before_from + h.end..n.start];
                // "41 per cent of those arrested were under 25 and that 2,450 people had
                // been referred": the verb belongs to another clause.
                let other_clause = [" that ", " were ", " was ", " which ", " who "].iter().any(|w| format!(" {} ", between.to_lowercase().trim()).contains(w));
                !between.contains([',', ';']) && between.split_whitespace().count() <= 8 && !other_clause
            })
            .map(|h| (before_from + h.start, h.text.clone()))
            .or_else(|| {
                arrest_verbs.find_all(&text[ne..after_to]).first().filter(|h| {
                    let between = text[ne..ne + h.start].to_lowercase();
                    let between = match AGES.find(&between) {
                        Some(a) => between[a.end()..].to_string(),
                        None => between,
                    };
                    // " - six Iranians and two Pakistanis - who were on board ... were": the
                    // apposition between dashes set aside, the relative clause remains.
                    let between = match between.trim_start().strip_prefix(['-', '—']).and_then(|r| r.find(['-', '—']).map(|i| r[i + 1..].to_string())) {
                        Some(rest) if rest.trim_start().starts_with("who ") || rest.trim_start().starts_with("that ") => rest,
                        _ => between,
                    };
                    let words: Vec<&str> = between.split_whitespace().collect();
                    let core = between.trim_end();
                    let core = ["were", "was", "have been", "had been", "has been"].iter().fold(core, |c, w| c.strip_suffix(w).map(str::trim_end).unwrap_or(c));
                    // ", all Afghan nationals, were", " - two Spaniards, a Brazilian and a Venezuelan - were"
                    // "Two men from Phoenix, aged 31 and 44, were": a place or group named
                    // right after the people, then the aside.
                    let post_modifier = between.split(',').next().is_some_and(|h| {
                        let w: Vec<&str> = h.split_whitespace().collect();
                        !w.is_empty() && w.len() <= 5 && POST_PREPOSITIONS.contains(&w[0])
                    });
                    let apposition = ((between.trim_start().starts_with(',') || post_modifier && between.contains(',')) && core.ends_with(',')) || (between.trim_start().starts_with(['-', '—']) && core.ends_with(['-', '—']));
                    // "Three men who allegedly shipped the chemical ... were arrested"
                    let relative = matches!(words.first(), Some(&"who") | Some(&"that")) && words.len() <= 16;
                    // "six suspects of Arab and Asian nationalities were arrested"
                    let described = words.first().is_some_and(|w| POST_PREPOSITIONS.contains(w)) && !between.contains(',') && words.len() <= 8 && ["were", "was", "have been", "had been"].iter().any(|w| between.trim_end().ends_with(w));
                    let dashes = between.trim_start().starts_with(['-', '—']);
                    (words.len() <= 6 || apposition && words.len() <= if dashes { 24 } else { 14 } || relative || described) && (!words.contains(&"and") || apposition || relative || described) && !between.contains(';')
                }).map(|h| (ne + h.start, h.text.clone()))
            })
            .or_else(|| {
                // "... from two men in Seelampur and arrested them"
                // (ASCII lower case: the offset found is an offset of `text` too.)
                let rest = crate::text::head(text, ne, 100).to_ascii_lowercase();
                ["arrested them", "detained them", "arrested both", "detained both", "arrested all"].iter().filter_map(|w| rest.find(w)).min().filter(|i| *i < 80).map(|i| (ne + i, "arrested them".to_string()))
            });
        match verb {
            Some((pos, v)) => {
                let mut c = mk(FactKind::Arrest { count: Some(count) }, pos, "arrests:people", &noun);
                c.figure_text = Some(format!("{} {noun} ({v})", n.text));
                out.push(c);
                // "23 people in Spain and 9 in Morocco": a second count of the same people
                // in another place, the state of that place acting there.
                static MORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"^\s+(?:in|at)\s+[^,;.]{1,40}?\s+and\s+(?P<m>\d[\d,]*)\s+(?:more\s+)?(?:in|at)\s+(?P<place>\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)").unwrap());
                if let Some(m) = MORE.captures(crate::text::head(text, n.end + noun.len() + 1, 120)) {
                    let base = n.end + noun.len() + 1;
                    let (ms, me) = (base + m.name("m").unwrap().start(), base + m.name("m").unwrap().end());
                    let place_at = base + m.name("place").unwrap().start();
                    if let Some(k) = s.numbers.iter().find(|x| x.start == ms && x.value.fract() == 0.0 && x.value >= 1.0) {
                        let mut c2 = mk(FactKind::Arrest { count: Some(k.value as i64) }, pos, "arrests:people-elsewhere", &noun);
                        (c2.start, c2.end) = (ms, me);
                        c2.figure_text = Some(format!("{} {noun} ({v}, elsewhere)", k.text));
                        c2.country = s.cues.iter().find(|cue| cue.start == place_at && !cue.person).map(|cue| (cue.iso3.clone(), cue.text.clone()));
                        out.push(c2);
                    }
                } else {
                    // "Nine suspects were arrested in Serbia, six in Montenegro, four in
                    // Bosnia and Herzegovina and two in Croatia": a count per state, each
                    // state acting there.
                    per_state(s, n.end, &noun, &v, out);
                }
            }
            None => {
                misses.push(Miss { sentence_index: s.index, table: FactTable::Arrests, reason: format!("\"{} {noun}\" without a word of arrest or sentence", n.text) })
            }
        }
    }
    conjoined_people(s, out);
    elliptical_sentences(s, out);
}

/// One person named with their age, as court and police releases list them: "Chinedu
/// Okafor, 44, a businessman, was sentenced to life imprisonment", "- Aisha Bello, 38, was
/// arrested", "Tunde Adebayo, 29, got seven years in prison". The name opens the
/// sentence or a list item.
fn named_people(s: &Sent, out: &mut Vec<Candidate>) {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*[-*•]\s*)?(?:\*\*)?(?P<name>\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|de|da|dos|van|von|bin|al|el|ibn)){1,3}),\s*(?:aged\s+)?\d{1,2},?(?:\s*(?:a|an|the)\s+[^,;.]{1,60},)?(?:\s*(?:of|from)\s+[^,;.]{1,40},)?\s*(?:\*\*\s*)?(?:(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|later\s+)?(?P<v>sentenced|jailed|imprisoned|given|handed|arrested|detained|apprehended|convicted\s+and\s+sentenced)|(?P<got>got|received|was\s+given|was\s+handed))\b").unwrap()
    });
    let text = s.text;
    let Some(c) = NAMED.captures(text) else { return };
    let m = c.get(0).unwrap();
    if out.iter().any(|o| o.start < m.end() && matches!(o.kind, FactKind::Arrest { .. } | FactKind::CourtSentence { .. })) {
        return;
    }
    let lx = s.lx;
    let verb = c.name("v").or(c.name("got")).map(|v| v.as_str().to_lowercase()).unwrap_or_default();
    let tail = crate::text::head(text, m.end(), 80);
    if ["arrested", "detained", "apprehended"].contains(&verb.as_str()) {
        let mut cand = Candidate::new(FactKind::Arrest { count: Some(1) }, m.start(), m.end(), m.end(), "arrests:named-person");
        cand.figure_text = Some(c["name"].to_string());
        cand.aggregate = Some(false);
        out.push(cand);
        return;
    }
    static TERM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:(?:today|yesterday|on\s+\w+|this\s+week)\s+)?(?:to\s+|a\s+)?(?:a\s+total\s+of\s+)?(?:[\w-]+|\d+)\s+(?:years?|months?)\b").unwrap());
    let ty = super::sentence_type_within(tail, 40, lx).or_else(|| TERM.is_match(tail).then_some(SentenceType::Prison));
    if let Some(ty) = ty {
        let mut cand = Candidate::new(FactKind::CourtSentence { sentence_type: ty, count: Some(1) }, m.start(), m.end(), m.end(), "sentences:named-person");
        cand.figure_text = Some(c["name"].to_string());
        cand.aggregate = Some(false);
        out.push(cand);
    }
}

/// A phrase that names people: a determiner or a count, up to three words, and a noun
/// for people ("a customs broker", "The driver", "two Thai nationals", "three Iranians").
#[derive(Debug, Clone, Copy)]
struct PeoplePhrase {
    start: usize,
    end: usize,
    count: i64,
    /// Led by a count ("two Thai nationals"), not by a determiner.
    numbered: bool,
}

/// The phrases naming people in a sentence, in order, none inside another.
fn people_phrases(s: &Sent) -> Vec<PeoplePhrase> {
    let text = s.text;
    let lx = s.lx;
    let mut nouns: Vec<(usize, usize, bool)> = Vec::new();
    for (list, plural) in [("arrest.person", false), ("arrest.people", true)] {
        for h in lx.cue(list).find_all(text) {
            nouns.push((h.start, h.end, plural));
        }
    }
    nouns.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    let mut out: Vec<PeoplePhrase> = Vec::new();
    for (ns, ne, plural) in nouns {
        if out.last().is_some_and(|p| ns < p.end) {
            continue;
        }
        // The determiner: the nearest of up to three words back, none of them a break.
        let pre = &text[..ns];
        let mut at = pre.len();
        let mut found: Option<(usize, i64, bool)> = None;
        for _ in 0..4 {
            let t = pre[..at].trim_end();
            if t.len() == at && at != ns || t.ends_with([',', ';', ':', '(', ')', '-', '.']) {
                break;
            }
            let w0 = t.rfind(char::is_whitespace).map_or(0, |i| i + 1);
            let word = &t[w0..];
            if let Some(n) = s.numbers.iter().find(|n| n.end == t.len() && n.start >= w0.saturating_sub(20) && !n.year_like) {
                if n.value.fract() == 0.0 && n.value >= 1.0 && plural {
                    found = Some((n.start, n.value as i64, true));
                }
                break;
            }
            let lw = word.to_lowercase();
            if !plural && matches!(lw.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one" | "another") {
                found = Some((w0, 1, false));
                break;
            }
            if matches!(lw.as_str(), "and" | "or" | "of" | "with" | "by" | "from" | "were" | "was" | "are" | "is" | "been" | "to" | "in" | "on" | "at" | "for") || word.is_empty() {
                break;
            }
            at = w0;
        }
        if let Some((start, count, numbered)) = found.filter(|f| out.last().is_none_or(|p| p.end <= f.0)) {
            out.push(PeoplePhrase { start, end: ne, count, numbered });
        }
    }
    // "two Filipinos", "three Iranians": a count of people named by their nationality.
    for n in s.numbers.iter().filter(|n| n.value.fract() == 0.0 && n.value >= 1.0 && !n.year_like) {
        if let Some((_, ne, _)) = nationals_after(text, n, lx) {
            if !out.iter().any(|p| p.start < ne && n.start < p.end) {
                out.push(PeoplePhrase { start: n.start, end: ne, count: n.value as i64, numbered: true });
            }
        }
    }
    out.sort_by_key(|p| p.start);
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// People joined by "and" that were arrested together: "The driver, 27, and a passenger,
/// 33, were arrested", "the owner of the firm and a customs broker were detained",
/// "arrested a Malaysian man and two Thai nationals". One arrest fact counts them all; the
/// facts of its members are dropped.
fn conjoined_people(s: &Sent, out: &mut Vec<Candidate>) {
    static JOIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s+(?:of|from|at|in|on|with)\s+[^,;.]{1,50}?)?(?:\s*,[^,;.]{1,50}?){0,3}\s*(?:,\s*and|,|and|as\s+well\s+as)\s+$").unwrap()
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*,\s*(?:aged\s+)?\d{1,2})?(?:\s+(?:of|from|at|in|on|with)\s+[^,;.]{1,50}?)?(?:\s*,[^,;.]{1,60}?)??(?:\s+(?:who|that)\s+[^,;.]{1,60}?)??\s*,?\s*(?:were|have\s+been|had\s+been|are)\s+(?:also\s+|later\s+|subsequently\s+|both\s+|all\s+)?").unwrap()
    });
    let text = s.text;
    let lx = s.lx;
    // People are joined by a comma or "and" ("as well as" holds it too).
    if !text.contains(',') && !text.contains("and") && !text.contains("as well as") {
        return;
    }
    let phrases = people_phrases(s);
    if phrases.len() < 2 {
        return;
    }
    let verbs = lx.cue("arrest.verbs");
    let mut i = 0;
    while i < phrases.len() {
        let mut j = i;
        while j + 1 < phrases.len() && j - i < 6 && JOIN.is_match(&text[phrases[j].end..phrases[j + 1].start]) {
            j += 1;
        }
        if j == i {
            i += 1;
            continue;
        }
        let (first, last) = (phrases[i], phrases[j]);
        // "were arrested" after the last of them, or "arrested" right before the first.
        let after = AFTER.find(&text[last.end..]).and_then(|m| verbs.at_start(&text[last.end + m.end()..]).map(|h| last.end + m.end() + h.start));
        let pre = text[..first.start].trim_end();
        // "Arrested were a Chinese national ... and two Filipino accomplices".
        let inverted = pre.strip_suffix("were").or_else(|| pre.strip_suffix("are")).map(str::trim_end).unwrap_or(pre);
        // "arrested the two men and a third suspect", "detained all four crew and the captain".
        let inverted = ["the", "all", "both", "all the"].iter().find_map(|d| inverted.strip_suffix(d).filter(|r| r.ends_with(' ')).map(str::trim_end)).unwrap_or(inverted);
        let before = verbs.at_end(inverted).filter(|h| h.end == inverted.len()).map(|h| h.start);
        // Parts of a count already made ("Three people, a clerk and two drivers, were
        // arrested"; "including a woman and two minors") add nothing.
        let part = pre.ends_with([',', '-', '—', '(', ':']) || lx.cue("people.part_of").at_end(&pre.to_lowercase()).is_some();
        let warrant = pre.to_lowercase().ends_with("warrants for") || pre.to_lowercase().ends_with("warrant for");
        if let (Some(trigger), false, false) = (after.or(before), part, warrant) {
            // "Three people, a clerk and two drivers, were arrested": what follows a count
            // after a bare comma says who they were.
            // An apposition starts with a comma after a number and either closes with one
            // ("Two men, an Azerbaijani and a Georgian national, were arrested") or adds up
            // to the number; "Two Iraqis, three Syrians and a Turk were arrested" is a list.
            let rest: i64 = phrases[i + 1..=j].iter().map(|p| p.count).sum();
            let closed = {
                // The apposition may end with people the phrases did not catch ("and a
                // 29-year-old Belgian,"): its closing comma is within a few words.
                let rest_text = &text[last.end..];
                let after = match rest_text.find([',', ';', '.']) {
                    Some(k) if rest_text[..k].split_whitespace().count() <= 5 && rest_text[k..].starts_with(',') => &rest_text[k..],
                    _ => rest_text.trim_start(),
                };
                // "..., were arrested", or after the verb: "arrested two men, a Dutch man and
                // a Belgian, in Breda".
                after.starts_with(',') && (before.is_some() || ["were ", "have been ", "had been ", "are "].iter().any(|v| after[1..].trim_start().starts_with(v)))
            };
            let breakdown = first.numbered && text[first.end..phrases[i + 1].start].trim_start().starts_with(',') && (closed || rest == first.count);
            let count: i64 = if breakdown { first.count } else { phrases[i..=j].iter().map(|p| p.count).sum() };
            out.retain(|c| !(matches!(c.kind, FactKind::Arrest { .. }) && first.start <= c.start && c.start < last.end));
            let mut c = Candidate::new(FactKind::Arrest { count: Some(count) }, first.start, last.end, trigger, "arrests:people-joined");
            c.figure_text = Some(text[first.start..last.end].to_string());
            c.aggregate = Some(false);
            out.push(c);
        }
        i = j + 1;
    }
}

/// One person ("arrested a 35-year-old man", "A Saudi man was arrested", "sentenced a man
/// to death"), or people without a number ("arrested dozens of dealers": count null).
fn single_people(s: &Sent, out: &mut Vec<Candidate>) {
    static ONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?P<det>a|an|the|its|his|her|their|another|dozens\s+of|scores\s+of|several|numerous|a\s+number\s+of|hundreds\s+of|many)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>man|woman|person|suspect|courier|trafficker|smuggler|driver|national|citizen|dealer|passenger|traveller|traveler|teenager|youth|foreigner|resident|kingpin|leader|ringleader|fugitive|commander|boss|lord|president|official|officer|chief|mule|briton|member|colonel|general|captain|major|soldier|policeman|mayor|lawmaker|politician|businessman|accomplice|co-defendant|defendant|convict|pilot|owner|helper|skipper|employee|broker|infiltrator|student|agent|importer|exporter|farmer|worker|tourist|pensioner|seller|vendor|peddler|pusher|supplier|proprietor|businesswoman|duo|trio|quartet|pair|dealers|suspects|traffickers|smugglers|people|persons|couriers|members|individuals|nationals)\b").unwrap()
    });
    let lx = s.lx;
    let text = s.text;
    let arrest_verbs = lx.cue("arrest.verbs");
    let asides = asides(s);
    let mut at = 0;
    while let Some(c) = ONE.captures_at(text, at) {
        let m = c.get(0).unwrap();
        // "A judge sentenced a man to life": the phrase starts at the last determiner
        // before the noun, not at the sentence's first one.
        let (det_end, noun_start) = (c.name("det").unwrap().end(), c.name("noun").unwrap().start());
        let between = &text[det_end..noun_start];
        if let Some(k) = between.match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
            let w = between[i..].split_whitespace().next().unwrap_or("");
            matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the" | "its" | "his" | "her" | "their" | "another")
        }) {
            at = det_end + k;
            continue;
        }
        at = m.end();
        // "- six Syrians, two Egyptians and a Turkish national -": one of the people counted.
        if asides.iter().any(|(a, b)| *a <= m.start() && m.end() <= *b) {
            continue;
        }
        // "their Director General-level talks", "a member-state": the noun is part of a
        // compound word, no person; "a passenger bus", "a tourist visa": it names a thing.
        let next_word = text[m.end()..].split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        if text[m.end()..].starts_with('-') || ["bus", "buses", "car", "cars", "vehicle", "train", "ferry", "vessel", "ship", "plane", "flight", "flights", "terminal", "seat", "cabin", "lounge", "coach", "van", "boat", "door", "state", "states", "visa", "visas", "area", "hall", "jet", "aircraft"].contains(&next_word.as_str()) {
            continue;
        }
        let det = c["det"].to_lowercase();
        let noun = c["noun"].to_lowercase();
        // "the duo", "a trio of smugglers": a known number of people.
        let group: Option<i64> = match noun.as_str() {
            "duo" | "pair" => Some(2),
            "trio" => Some(3),
            "quartet" => Some(4),
            _ => None,
        };
        if group.is_some() && text[m.end()..].trim_start().starts_with("of ") && !text[m.end()..].trim_start()[3..].trim_start().starts_with(char::is_uppercase) {
            // "a pair of shoes", "a trio of suspects" are told by what follows.
            if !["suspects", "men", "women", "smugglers", "traffickers", "dealers", "brothers"].iter().any(|w| text[m.end()..].to_lowercase().contains(w)) {
                continue;
            }
        }
        // "held a national conference": "national" before a noun is no person.
        if noun == "national" && m.as_str().split_whitespace().count() == 2 {
            let next = text[m.end()..].split_whitespace().next().unwrap_or("");
            let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
            let person = word.is_empty() || word.len() < next.len() || word.starts_with(char::is_uppercase)
                || ["was", "were", "who", "and", "from", "is", "has", "had", "arrested", "detained", "held", "of", "in", "at", "on", "with", "whose", "aged", "carrying"].contains(&word);
            if !person {
                continue;
            }
        }
        let definite = matches!(det.as_str(), "the" | "its" | "his" | "her" | "their");
        let singular = matches!(det.as_str(), "a" | "an" | "one" | "the" | "its" | "his" | "her" | "their" | "another");
        if singular == noun.ends_with('s') && noun != "suspects" {
            // "a ... suspects" or "dozens of ... man" is no phrase of this kind.
            if singular || !noun.ends_with('s') {
                continue;
            }
        }
        if out.iter().any(|o| o.start <= m.start() && m.end() <= o.end.max(o.start)) || s.numbers.iter().any(|n| n.start >= m.start() && n.end <= m.end() && !n.text.contains("year")) && !singular {
            continue;
        }
        // A count right before ("14 suspects") is handled by the number rules.
        let before_from = crate::rules::ceil_char(text, m.start().saturating_sub(60));
        let clause_before = &text[before_from..m.start()];
        let clause_before = clause_before.rsplit([';', '.']).next().unwrap_or("");
        let after_end = floor_char(text, m.end() + 110);
        let after_full = &text[m.end()..after_end];
        // "A man, 34, was held": an age between commas is part of the phrase.
        static AGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,\s*(?:aged\s+)?\d{1,2},").unwrap());
        let after_full = match AGE.find(after_full) {
            Some(a) => &after_full[a.end()..],
            None => after_full,
        };
        // "The driver, a 27-year-old man from Chiang Mai, was arrested": skip the apposition.
        let after_full = match after_full.strip_prefix(',').and_then(|r| r.find(',').filter(|i| *i < 70).map(|i| &r[i + 1..])) {
            Some(rest) if arrest_verbs.find_all(rest).first().is_some_and(|h| h.start < 20) => rest,
            _ => after_full,
        };
        // "A fourth defendant, who acted as a lookout, was sentenced to 20 years in prison",
        // "His co-defendant was sentenced to 15 years": one person, passive.
        static PASSIVE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:,[^,;.]{1,90},\s*)?(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:sentenced|jailed|imprisoned|given|handed)\b").unwrap());
        if singular && !noun.ends_with('s') {
            if let Some(pv) = PASSIVE.find(after_full) {
                let tail = &after_full[pv.end()..];
                let tail = &tail[..floor_char(tail, 70)];
                static YEARS_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:(?:today|yesterday|on\s+\w+|this\s+week|last\s+week|in\s+\w+)\s+)?(?:to|for)\s+(?:a\s+total\s+of\s+)?(?:[\w-]+|\d+)\s+(?:years|months)").unwrap());
                let verb = pv.as_str().to_lowercase();
                let ty = super::sentence_type_within(tail, 40, lx).or_else(|| (YEARS_AFTER.is_match(tail) || verb.ends_with("jailed") || verb.ends_with("imprisoned")).then_some(SentenceType::Prison));
                if let Some(ty) = ty {
                    let mut c = Candidate::new(FactKind::CourtSentence { sentence_type: ty, count: Some(group.unwrap_or(1)) }, m.start(), m.end(), m.end() + pv.start(), "sentences:one-person");
                    c.figure_text = Some(m.as_str().to_string());
                    c.aggregate = Some(false);
                    out.push(c);
                    continue;
                }
            }
        }
        let after = after_full.split([';', ',']).next().unwrap_or("");
        let cb = clause_before.to_lowercase();
        // "issued an arrest warrant for a former mayor": nobody was arrested.
        if cb.contains("warrant") {
            continue;
        }
        // "arrested 11 suspects, including a woman": one of the people already counted.
        if lx.cue("people.part_of").at_end(&cb).is_some() {
            continue;
        }
        let sentenced_before = cb.contains("sentenced") || cb.contains("jailed") || cb.contains("imprisoned");
        // "the driver was arrested", "sentenced the leader ... to life": one person, but
        // only with a verb right there (a definite phrase usually points back).
        let verb_right_before = arrest_verbs.find_all(clause_before).last().is_some_and(|h| clause_before[h.end..].trim().is_empty());
        if definite && !(sentenced_before || noun.ends_with('s') || verb_right_before) && !arrest_verbs.find_all(after).first().is_some_and(|h| h.start < 30 && after[..h.start].contains("was")) {
            continue;
        }
        if definite && noun.ends_with('s') {
            continue;
        }
        if singular && sentenced_before {
            static YEARS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:each\s+)?(?:to|for)\s+(?:[\w-]+|\d+)\s+(?:years|months)").unwrap());
            let ty = super::sentence_type_within(after, 30, lx).or_else(|| YEARS.is_match(after).then_some(SentenceType::Prison));
            if let Some(ty) = ty {
                let mut c = Candidate::new(FactKind::CourtSentence { sentence_type: ty, count: Some(group.unwrap_or(1)) }, m.start(), m.end(), m.start(), "sentences:one-person");
                c.figure_text = Some(m.as_str().to_string());
                c.aggregate = Some(false);
                out.push(c);
                continue;
            }
        }
        let verb_before = arrest_verbs.find_all(clause_before).last().is_some_and(|h| if definite { clause_before[h.end..].trim().is_empty() } else { clause_before.len() - h.end < 25 });
        // "a 45-year-old businessman returning from Sao Paulo was arrested": farther with
        // "was" right before the verb.
        let verb_after = arrest_verbs.find_all(after).first().is_some_and(|h| h.start < 30 || h.start < 70 && ["was", "were", "been"].iter().any(|w| after[..h.start].trim_end().ends_with(w)));
        if verb_before || verb_after {
            if !singular && s.numbers.iter().any(|n| n.start >= m.start() && n.end <= m.end()) {
                continue;
            }
            let count = if singular { Some(group.unwrap_or(1)) } else { None };
            let trig = if verb_before { m.start() } else { m.end() };
            let mut c = Candidate::new(FactKind::Arrest { count }, m.start(), m.end(), trig, if singular { "arrests:one-person" } else { "arrests:unnumbered" });
            c.figure_text = Some(m.as_str().to_string());
            c.aggregate = Some(false);
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::model::RawDoc;

    fn facts(text: &str) -> Vec<crate::model::Fact> {
        let lx = Lexicon::builtin();
        let doc = crate::clean::clean(&RawDoc { source: "t".into(), text: text.into(), ..Default::default() }, &lx);
        super::super::extract(&doc, &lx, &Default::default()).facts
    }

    #[test]
    fn one_person_sentenced_in_the_active_voice() {
        let kinds = |t: &str| facts(t).iter().map(|f| format!("{:?}", f.kind)).collect::<Vec<_>>().join("; ");
        let k = kinds("A judge sentenced a man to life in prison on Tuesday for smuggling 20 kg of heroin.");
        assert!(k.contains("CourtSentence { sentence_type: Life, count: Some(1) }"), "{k}");
        let k = kinds("A federal judge sentenced a Rutland man to 97 months in prison for distributing fentanyl.");
        assert!(k.contains("CourtSentence { sentence_type: Prison, count: Some(1) }"), "{k}");
        // A person's noun before a thing's is no person.
        let k = kinds("Officers seized 96 kilogrammes of heroin hidden in the floor of a passenger bus and arrested two Kenyan nationals.");
        assert!(!k.contains("Arrest { count: Some(1) }"), "{k}");
    }

    #[test]
    fn people_with_asides() {
        let count = |t: &str| facts(t).iter().find_map(|f| match f.kind { crate::model::FactKind::Arrest { count } => count, _ => None });
        assert_eq!(count("Five people, including the owner of the company, were arrested in Madrid."), Some(5));
        assert_eq!(count("Police seized 5 kg of heroin. The driver, a 27-year-old man from Chiang Mai, was arrested."), Some(1));
    }

    fn arrests(text: &str) -> Vec<Option<i64>> {
        facts(text).iter().filter_map(|f| match f.kind { crate::model::FactKind::Arrest { count } => Some(count), _ => None }).collect()
    }

    #[test]
    fn people_joined_in_a_list() {
        assert_eq!(arrests("The driver, 27, and a passenger, 33, both from Detroit, were arrested on Monday."), vec![Some(2)]);
        assert_eq!(arrests("The owner of the importing firm and a customs broker were arrested on Monday."), vec![Some(2)]);
        assert_eq!(arrests("Police arrested a Malaysian man and two Thai nationals at the checkpoint."), vec![Some(3)]);
        // Parts of a count already made add nothing.
        assert_eq!(arrests("Three people, a clerk and two drivers, were arrested on Monday."), vec![Some(3)]);
        // Joined, but not arrested.
        assert_eq!(arrests("The driver and a passenger were questioned and released."), vec![]);
        // Counts with a place and ages between the people and the verb.
        assert_eq!(arrests("Two men from Phoenix, aged 31 and 44, were arrested and face federal charges."), vec![Some(2)]);
        assert_eq!(arrests("Three employees of the terminal, aged 28, 35 and 41, were arrested."), vec![Some(3)]);
        assert_eq!(arrests("Police raided a warehouse, where six suspects of Arab and Asian nationalities were arrested."), vec![Some(6)]);
        assert_eq!(arrests("Three smugglers were killed and others fled, where its forces arrested four of them near the village."), vec![Some(4)]);
        assert_eq!(arrests("The driver, 41, and his passenger, 29, were arrested and are due to appear in court."), vec![Some(2)]);
        assert_eq!(arrests("The agency had arrested the two men and a third suspect on November 12."), vec![Some(3)]);
        assert_eq!(arrests("The lorry driver and two accomplices who were escorting the vehicle were arrested."), vec![Some(3)]);
        assert_eq!(arrests("Police seized 28 kg of cocaine at the airport. Both were arrested."), vec![Some(2)]);
        assert_eq!(arrests("The two arrested men may face up to 25 years in prison."), vec![]);
        assert_eq!(arrests("At the airport, a 45-year-old businessman returning from Sao Paulo was arrested on Tuesday."), vec![Some(1)]);
        assert_eq!(arrests("Three men aged 31 to 46 were arrested on Monday in Hamburg."), vec![Some(3)]);
        assert_eq!(arrests("Four suspects aged between 27 and 52 - the driver, his assistant and two accomplices who were escorting the lorry in a car - were arrested."), vec![Some(4)]);
        assert_eq!(arrests("Of the 38 detainees, 21 have been remanded in custody by the court."), vec![]);
        assert_eq!(arrests("Agents arrested a Chinese man and two Filipinos and seized 10 kilos of shabu."), vec![Some(3)]);
        assert_eq!(arrests("Arrested were a Chinese national, identified only as alias \"Wei,\" 41, and two Filipino accomplices, aged 33 and 38."), vec![Some(3)]);
    }

    #[test]
    fn people_named_with_their_age() {
        let sentences = |text: &str| facts(text).iter().filter_map(|f| match &f.kind { crate::model::FactKind::CourtSentence { sentence_type, count } => Some((sentence_type.to_string(), *count)), _ => None }).collect::<Vec<_>>();
        assert_eq!(sentences("Chinedu Okafor, 44, a businessman, was sentenced to life imprisonment for importing cocaine."), vec![("life".to_string(), Some(1))]);
        assert_eq!(sentences("- Tunde Adebayo, 29, got seven years in prison after pleading guilty."), vec![("prison".to_string(), Some(1))]);
        assert_eq!(sentences("A 38-year-old San Antonio man was sentenced today to 188 months in federal prison."), vec![("prison".to_string(), Some(1))]);
        assert_eq!(arrests("Aisha Bello, 38, was arrested at the airport with 2 kg of methamphetamine."), vec![Some(1)]);
        // A place and a count are no person.
        assert_eq!(arrests("Police in Lagos, Nigeria arrested 12 suspects."), vec![Some(12)]);
    }

    #[test]
    fn one_person_arrested() {
        let f = facts("Police seized 5 kg of heroin in Basra. The driver was arrested.");
        assert!(f.iter().any(|f| matches!(f.kind, crate::model::FactKind::Arrest { count: Some(1) })), "{f:?}");
    }
}

/// "sentenced eight defendants to death, 11 to life imprisonment and eight to prison
/// terms", "sentenced five people: one to life imprisonment and four to prison terms": the
/// counts after the first leave out their noun, each with its sentence type. A total
/// without a type that the parts add up to is no fact of its own.
fn elliptical_sentences(s: &Sent, out: &mut Vec<Candidate>) {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:,|;|:|\band)\s+(?:another\s+|a\s+further\s+)?(?P<n>\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:others?\s+|more\s+|defendants\s+|men\s+|women\s+)?to\s+").unwrap()
    });
    let text = s.text;
    if !PART.is_match(text) {
        return;
    }
    let lower = text.to_ascii_lowercase();
    let Some(verb) = ["sentenced", "condemned", "jailed"].iter().filter_map(|v| lower.find(v)).min() else { return };
    let mut parts: Vec<(usize, usize, i64, SentenceType)> = Vec::new();
    for c in PART.captures_iter(text) {
        let n = c.name("n").unwrap();
        if n.start() < verb {
            continue;
        }
        let count = match n.as_str().parse::<i64>() {
            Ok(v) => v,
            Err(_) => ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].iter().position(|w| n.as_str().eq_ignore_ascii_case(w)).map_or(0, |i| i as i64 + 1),
        };
        // What follows "to", up to the end of the clause (matching the prefix only, so
        // that the next part is not swallowed).
        let tail = &text[c.get(0).unwrap().end()..];
        let rest = &tail[..tail.find([',', ';', '.']).unwrap_or(tail.len()).min(crate::rules::floor_char(tail, 60))];
        static TERM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:(?:prison|jail)\s+(?:terms?|sentences?)|(?:terms?|sentences?)\s+of|\d{1,3}\s+(?:years|months)|between\s+\d)").unwrap());
        let ty = super::sentence_type_within(rest, 12, s.lx).or_else(|| TERM.is_match(rest.trim_start()).then_some(SentenceType::Prison));
        let Some(ty) = ty.filter(|_| count > 0) else { continue };
        // A count some rule already took.
        if out.iter().any(|o| o.start <= n.start() && n.end() <= o.end.max(o.start + 1)) {
            continue;
        }
        parts.push((n.start(), n.end(), count, ty));
    }
    if parts.is_empty() {
        return;
    }
    // The total they add up to, without a type of its own.
    let sum: i64 = parts.iter().map(|p| p.2).sum();
    let typed_before: i64 = out
        .iter()
        .filter_map(|o| match o.kind {
            FactKind::CourtSentence { sentence_type, count: Some(k) } if sentence_type != SentenceType::Unspecified && o.start < parts[0].0 => Some(k),
            _ => None,
        })
        .sum();
    out.retain(|o| !matches!(o.kind, FactKind::CourtSentence { sentence_type: SentenceType::Unspecified, count: Some(k) } if o.start < parts[0].0 && (k == sum || k == sum + typed_before)));
    for (start, end, count, ty) in parts {
        let mut c = Candidate::new(FactKind::CourtSentence { sentence_type: ty, count: Some(count) }, start, end, verb, "sentences:elliptical-count");
        c.figure_text = Some(text[start..end].to_string());
        out.push(c);
    }
}
