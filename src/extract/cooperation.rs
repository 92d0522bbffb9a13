//! Cooperation events: memoranda signed, meetings held, conferences, joint operations,
//! information channels set up, training. Only events that happened count: a sign verb
//! for an MoU, an indefinite or dated meeting ("in a meeting in Tehran on Sunday"),
//! a conference that was held or attended; references back ("the meeting",
//! "formerly signed memorandums") do not.

use super::{Candidate, Miss, Sent};
use crate::lexicon::PlaceKind;
use crate::model::{EventType, FactKind, FactTable};


/// The parties of an event: the states and bodies named in the sentence (not as origin
/// or route), the people known to the document, and the acting state when the subject
/// names none.
pub(crate) fn fill_parties(s: &Sent, c: &mut Candidate) {
    let mut parties: Vec<String> = Vec::new();
    let other_event = matches!(&c.kind, FactKind::Cooperation { event_type: EventType::Other, .. });
    for cue in &s.cues {
        // "in Lyon", "held in Baghdad": a capital or city named as the place is where it
        // happened, not who took part.
        let pre = s.text[..cue.start].trim_end().to_lowercase();
        let venue = matches!(cue.kind, PlaceKind::Capital | PlaceKind::City) && (pre.ends_with(" in") || pre.ends_with(" at") || pre.ends_with("capital") || pre.ends_with("city of"));
        if venue && !other_event {
            continue;
        }
        if (other_event || (!cue.route && !cue.person)) && !parties.contains(&cue.iso3) {
            parties.push(cue.iso3.clone());
        }
    }
    for b in s.lx.bodies.find_all(s.text) {
        // "UN" inside "UNODC" is matched as UNODC only; plain UN is kept.
        if !parties.contains(&b.value) {
            parties.push(b.value.clone());
        }
    }
    let subject_has_state = s.cues.iter().any(|c2| c2.end <= c.trigger && !c2.route && !c2.partner);
    // ASCII lower case keeps the byte offsets of the text (cue offsets index it).
    let lower = s.text.to_ascii_lowercase();
    // "The operation was conducted jointly with the US DEA and the New Zealand Police":
    // every state named is a partner, so the actor is a party too.
    let only_partners = !subject_has_state && s.cues.iter().any(|c2| c2.partner) && s.cues.iter().filter(|c2| !c2.route && !c2.person).all(|c2| c2.partner || c2.start >= c.trigger);
    let mut actor_added = None;
    if (parties.len() < 2 && (parties.is_empty() || !subject_has_state)) || only_partners {
        if let Some(a) = s.prev_actor.clone().or_else(|| s.doc.focus.first().cloned()) {
            if !parties.contains(&a) {
                parties.insert(0, a.clone());
                actor_added = Some(a);
            } else if only_partners {
                actor_added = Some(a);
            }
        }
    }
    // "with his Iranian counterpart": the other side is the other state of the document.
    let states: Vec<&String> = parties.iter().filter(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_uppercase())).collect();
    let counterpart = s.cues.iter().any(|c2| c2.kind == PlaceKind::Demonym && lower[c2.end..].trim_start().starts_with("counterpart") && !lower[c2.end..].trim_start().starts_with("counterparts"));
    if states.len() == 1 && (counterpart || lower.contains("both countries") || lower.contains("two countries") || lower.contains("bilateral")) {
        let only = states[0].clone();
        if let Some(other) = s.doc.focus.iter().find(|f| **f != only) {
            parties.push(other.clone());
        }
    }
    parties.sort();
    parties.dedup();
    if let FactKind::Cooperation { parties: p, .. } = &mut c.kind {
        *p = parties.clone();
    }
    if c.country.is_none() {
        if let Some(a) = actor_added {
            c.country = Some((a, "actor of the document".into()));
            return;
        }
        let acting = s.cues.iter().find(|c2| !c2.route && !c2.partner && c2.kind != PlaceKind::Agency).map(|c2| c2.iso3.clone());
        if let Some(a) = acting.or_else(|| parties.iter().find(|p| p.len() == 3).cloned()) {
            c.country = Some((a, "first party".into()));
        }
    }
}

/// The first of `words` standing as a whole word in `text`: its byte offset in `text`.
fn has_any(text: &str, words: &[&str]) -> Option<usize> {
    // ASCII lower case: the offset found is an offset of `text` too.
    let lower = text.to_ascii_lowercase();
    words.iter().filter_map(|w| {
        lower.match_indices(w).find(|(i, _)| {
            let before_ok = *i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphabetic();
            let after = i + w.len();
            let after_ok = after >= lower.len() || !lower.as_bytes()[after].is_ascii_alphabetic();
            before_ok && after_ok
        }).map(|(i, _)| i)
    }).min()
}

pub(crate) fn candidates(s: &Sent, out: &mut Vec<Candidate>, misses: &mut Vec<Miss>) {
    let lx = s.lx;
    let text = s.text;
    // ASCII lower case keeps the byte offsets of `text`, so positions found in one index
    // the other.
    let lower = text.to_ascii_lowercase();
    // Counted events are found by `counts`; another kind of event may stand beside them
    // ("carried out 38 joint operations ... and signed an agreement").
    let counted: Vec<EventType> = out.iter().filter_map(|c| match &c.kind {
        FactKind::Cooperation { event_type, count: Some(_), .. } => Some(*event_type),
        _ => None,
    }).collect();
    let push = |ty: EventType, pos: usize, end: usize, rule: &str, out: &mut Vec<Candidate>, min_parties: usize| {
        let (pos, end) = crate::text::fix_span(text, pos, end);
        let mut c = Candidate::new(FactKind::Cooperation { event_type: ty, parties: Vec::new(), count: None }, pos, end, pos, rule);
        c.figure_text = Some(text[pos..end].to_string());
        c.aggregate = Some(false);
        fill_parties(s, &mut c);
        if counted.contains(&ty) {
            return false;
        }
        let n = match &c.kind { FactKind::Cooperation { parties, .. } => parties.len(), _ => 0 };
        // "Riyadh hosted ...", "Dubai Police hosted ...": the host city is where it took place.
        if let Some(host) = lower.find(" hosted").or(lower.find(" hosts")) {
            if let Some(cue) = s.cues.iter().rfind(|c2| c2.end <= host && matches!(c2.kind, PlaceKind::Capital | PlaceKind::City)) {
                if super::location::location_of(text, pos, lx).is_none() {
                    c.location = Some(cue.text.clone());
                }
            }
        }
        if n >= min_parties {
            out.push(c);
            true
        } else {
            false
        }
    };

    // Memorandum or agreement signed.
    let mou_nouns = lx.cue("cooperation.mou").find_all(text);
    let sign = lx.cue("cooperation.mou_verbs").find_all(text);
    if let Some(noun) = mou_nouns.first() {
        let signed = sign.iter().find(|v| (v.start as isize - noun.start as isize).abs() < 70);
        match signed {
            Some(v) => {
                let pre = crate::text::tail(&lower, v.start, 25);
                let plural_ref = noun.text.to_lowercase().contains("memoranda") || noun.text.to_lowercase().contains("memorandums") || noun.text.to_lowercase().ends_with("agreements");
                let (a, b) = (v.start.min(noun.start), noun.end.max(v.end));
                let span_negated = lower[a..b].split_whitespace().any(|w| matches!(w, "no" | "not" | "never" | "neither"));
                if span_negated {
                    misses.push(Miss { sentence_index: s.index, table: FactTable::CooperationEvents, reason: format!("\"{}\" is negated", &text[a..b]) });
                } else if lx.cue("cooperation.earlier").contains(pre) || plural_ref {
                    misses.push(Miss { sentence_index: s.index, table: FactTable::CooperationEvents, reason: format!("\"{}\" refers to an earlier signing", noun.text) });
                } else {
                    push(EventType::Mou, v.start.min(noun.start), noun.end.max(v.end), "cooperation:mou", out, 2);
                    return;
                }
            }
            None => {
                if noun.text.to_lowercase().starts_with("memorand") || noun.text.eq_ignore_ascii_case("mou") {
                    misses.push(Miss { sentence_index: s.index, table: FactTable::CooperationEvents, reason: format!("\"{}\" without a word of signing", noun.text) });
                }
            }
        }
    }

    // Conference held or attended.
    if let Some(h) = lx.cue("cooperation.conference").find_all(text).first() {
        let pre = crate::text::tail(&lower, h.start, 40);
        let press = pre.trim_end().ends_with("press") || pre.trim_end().ends_with("news");
        let joint_press = press && pre.contains("joint");
        let happened = lx.cue("cooperation.happened").contains(text) || joint_press || pre.contains(" a ") || pre.contains(" an ") || pre.starts_with("a ")
            || ["first", "second", "third", "fourth", "fifth", "sixth", "annual"].iter().any(|o| pre.contains(o));
        if (press && !joint_press) || pre.trim_end().ends_with("the") && !happened {
            // "the conference" alone: a reference back.
        } else if happened && !(press && !joint_press) {
            // One state's conference counts only when it is international ("the Baghdad
            // International Conference"); ministries of one state meeting is no cooperation.
            let international = lx.cue("cooperation.international").contains(text);
            if push(EventType::Conference, h.start, h.end, "cooperation:conference", out, if international { 1 } else { 2 }) {
                return;
            }
            misses.push(Miss { sentence_index: s.index, table: FactTable::CooperationEvents, reason: format!("\"{}\" of one state, not international", h.text) });
        }
    }

    // Training given or attended: "UNODC trained 40 officers", "attended a training course".
    if let Some(pos) = has_any(text, &["trained", "attended", "completed", "concluded", "held", "organized", "organised", "conducted", "ran", "hosted", "run by"]) {
        if let Some(h) = lx.cue("cooperation.training").find_all(text).into_iter().find(|h| h.start >= pos || lower[h.start..].starts_with("trained")) {
            if push(EventType::Training, pos.min(h.start), h.end.max(pos + 1), "cooperation:training", out, 2) {
                return;
            }
        }
    }

    // Meeting: a verb of meeting, or an indefinite "a meeting".
    let meeting_hits = lx.cue("cooperation.meeting").find_all(text);
    for h in &meeting_hits {
        let w = h.text.to_lowercase();
        let pre = lower[..h.start].trim_end();
        let verb_form = matches!(w.as_str(), "met" | "meets" | "held talks" | "received" | "receives" | "hosted" | "hosts" | "visited");
        static INDEF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r#"(?:^|\s)(?:a|an)\s+(?:["'“]?[\w-]+["'”]?\s+){0,2}(?:of\s+)?["'“]?$"#).unwrap());
        // "a meeting", "a high-level meeting", "an \"extensive meeting\"": a new event.
        let indefinite = INDEF.is_match(&format!("{pre} ")) || INDEF.is_match(pre);
        let noun_ok = matches!(w.as_str(), "meeting" | "talks" | "visit" | "phone call" | "press conference" | "consultations");
        // "held home secretary-level talks", "are holding consultations".
        let held = pre.rsplit([',', ';']).next().unwrap_or(pre).split_whitespace().rev().take(4).any(|x| matches!(x, "held" | "hold" | "holds" | "holding" | "conducted"));
        if (verb_form || (noun_ok && (indefinite || held)))
            && push(EventType::Meeting, h.start, h.end, "cooperation:meeting", out, 2) {
                return;
            }
    }

    // Joint operation: enforcement done together with another state's authorities.
    let enforcement = lx.cue("seizure.verbs").contains(text) || lx.cue("network.verbs").contains(text) || lx.cue("arrest.verbs").contains(text);
    if enforcement {
        for h in lx.cue("cooperation.joint_operation").find_all(text) {
            let after = &text[h.end..];
            let partner_authority = s.cues.iter().any(|c| c.start >= h.end && c.start < h.end + 30 && (c.authority || c.kind == PlaceKind::Demonym))
                || !lx.bodies.find_all(crate::text::head(after, 0, 40)).is_empty();
            // "Police in Greece, Serbia and Montenegro arrested 24 suspects in a coordinated
            // operation": an operation coordinated among the states named.
            let states_named = s.cues.iter().filter(|c| !c.route && !c.person).map(|c| &c.iso3).collect::<std::collections::BTreeSet<_>>().len();
            let coordinated = ["coordinated", "combined"].iter().any(|w| h.text.to_lowercase().starts_with(w)) && (states_named >= 2 || !lx.bodies.find_all(text).is_empty());
            let explicit = h.text.to_lowercase().starts_with("joint") || h.text.to_lowercase() == "jointly" || coordinated;
            if (partner_authority || explicit)
                && push(EventType::JointOperation, h.start, h.end, "cooperation:joint-operation", out, 2) {
                    return;
                }
        }
    } else {
        // "was part of a joint operation with Dutch police": named as such, with partners.
        for h in lx.cue("cooperation.joint_operation").find_all(text) {
            let l = h.text.to_lowercase();
            let pre = lower[..h.start].trim_end();
            let done_jointly = l.starts_with("joint") && has_any(&lower[..h.start], &["conducted", "carried out", "launched", "held", "ran", "staged", "mounted", "set up", "formed", "began"]).is_some();
            if (done_jointly || l.starts_with("joint") && (pre.ends_with(" a") || pre.ends_with(" the") && lower[h.end..].trim_start().starts_with("with")))
                && push(EventType::JointOperation, h.start, h.end, "cooperation:joint-operation", out, 2) {
                    return;
                }
        }
    }

    // Other cooperation: donations, extraditions, handovers, awards.
    if let Some(h) = lx.cue("cooperation.other").find_all(text).into_iter().find(|h| !matches!(h.text.to_lowercase().as_str(), "ranked" | "recognition")) {
        let verb_form = h.text.to_lowercase().ends_with("ed") || h.text.to_lowercase() == "handed over";
        // "handed over to the Champhai police station" is no handover between states: the
        // receiver must be a state, its authorities or a body.
        let receiver = {
            let tail = &text[h.end..crate::rules::floor_char(text, h.end + 70)];
            // (A city is where the handover took place, not who received it.)
            h.text.to_lowercase() != "handed over" || s.cues.iter().any(|c2| c2.start >= h.end && c2.start < h.end + 70 && !c2.person && !matches!(c2.kind, PlaceKind::City | PlaceKind::Capital)) || !lx.bodies.find_all(tail).is_empty()
        };
        if verb_form && receiver && push(EventType::Other, h.start, h.end, "cooperation:other", out, 2) {
            return;
        }
    }

    // "An INTERPOL-coordinated operation", "an operation coordinated by Europol": a joint
    // operation of the body and the states it names.
    static COORD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?:-(?:coordinated|led)\s+(?:operation|crackdown|campaign|sweep|raids?)|(?:operation|crackdown|campaign|sweep|raids?)\s+(?:coordinated|led)\s+by)").unwrap()
    });
    if let Some(m) = COORD.find(text) {
        let near = &text[crate::rules::floor_char(text, m.start().saturating_sub(20))..crate::rules::ceil_char(text, m.end() + 30)];
        if !lx.bodies.find_all(near).is_empty() && push(EventType::JointOperation, m.start(), m.end(), "cooperation:coordinated-operation", out, 1) {
            return;
        }
    }

    // "Operation Monsoon Shield ... involved navies and police from Kenya, Mozambique and
    // Tanzania", "the international operation ... with the participation of agencies of
    // Azerbaijan, Kazakhstan ...": an operation of the states it names.
    if let Some(op) = lx.cue("cooperation.operation").find_all(text).first() {
        let states = s.cues.iter().filter(|c| !c.route && !c.person).map(|c| &c.iso3).collect::<std::collections::BTreeSet<_>>().len();
        let bodies = lx.bodies.find_all(text).len();
        if let Some(p) = lx.cue("cooperation.participation").find_all(text).into_iter().find(|p| p.start > op.start) {
            if (states >= 2 || (states >= 1 && bodies >= 1)) && push(EventType::JointOperation, op.start, p.end, "cooperation:operation-of-states", out, 2) {
                return;
            }
        }
    }

    // "on intelligence shared by the Australian Federal Police": an exchange of information.
    if let Some(h) = lx.cue("cooperation.information_exchange").find_all(text).into_iter().find(|h| {
        let t = h.text.to_lowercase();
        t.ends_with(" by") || t.ends_with(" from")
    }) {
        if push(EventType::InformationExchange, h.start, h.end, "cooperation:information_exchange", out, 2) {
            return;
        }
    }

    // Channels or training set up.
    if let Some(pos) = lx.cue("cooperation.set_up").find_all(text).first().map(|h| h.start) {
        for (ty, list) in [(EventType::InformationExchange, "cooperation.information_exchange"), (EventType::Training, "cooperation.training")] {
            if let Some(h) = lx.cue(list).find_all(text).into_iter().find(|h| h.start > pos) {
                if push(ty, pos, h.end, &format!("cooperation:{ty}"), out, 2) {
                    return;
                }
            }
        }
    }
}

/// "UNODC organised the two-day event", "The conference was hosted by INTERPOL": the
/// organiser named in the sentence after a cooperation event takes part in it, and the
/// sentence tells no new event.
pub(crate) fn organisers(s: &Sent, facts: &mut Vec<crate::model::Fact>) {
    static ORGANISED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^(?P<who>[^,;]{2,80}?)\s+(?:(?:co-)?organi[sz]ed|hosted|sponsored|funded|facilitated|convened)\s+the\s+(?:[\w-]+\s+){0,3}(?:event|conference|meeting|workshop|course|training|talks|seminar|session|forum)\b|\bthe\s+(?:[\w-]+\s+){0,3}(?:event|conference|meeting|workshop|course|training|talks|seminar|session|forum)\s+was\s+(?:(?:co-)?organi[sz]ed|hosted|sponsored|funded|facilitated|convened)\s+by\s+(?P<by>[^,;.]{2,80})").unwrap()
    });
    // Only after a sentence that told a cooperation event (the regex is not cheap).
    if !facts.iter().rev().take_while(|f| f.sentence_index + 1 >= s.index).any(|f| matches!(f.kind, FactKind::Cooperation { .. }) && f.sentence_index + 1 == s.index) {
        return;
    }
    let Some(c) = ORGANISED.captures(s.text) else { return };
    let who = c.name("who").or(c.name("by")).map(|m| m.as_str()).unwrap_or("");
    let mut names: Vec<String> = s.lx.bodies.find_all(who).into_iter().map(|b| b.value).collect();
    names.extend(s.cues.iter().filter(|cue| who.contains(cue.text.as_str()) && !cue.route).map(|cue| cue.iso3.clone()));
    if names.is_empty() {
        return;
    }
    // The event of the sentence just before.
    let Some(f) = facts.iter_mut().rev().find(|f| matches!(f.kind, FactKind::Cooperation { .. }) && f.sentence_index + 1 == s.index) else { return };
    if let FactKind::Cooperation { parties, .. } = &mut f.kind {
        for n in names {
            if !parties.contains(&n) {
                parties.push(n);
            }
        }
        parties.sort();
    }
    facts.retain(|f| !(f.sentence_index == s.index && matches!(f.kind, FactKind::Cooperation { .. })));
}

/// "An operation coordinated by UNODC led to ... / Operation Monsoon Shield ... involved
/// navies from Kenya, Mozambique and Tanzania": the operation named again in the next
/// sentence is the same event; its parties join the first, and the sentence tells no new
/// event.
pub(crate) fn same_operation(s: &Sent, facts: &mut Vec<crate::model::Fact>) {
    let lower = s.text.trim_start().to_lowercase();
    let opens = lower.starts_with("operation") || lower.starts_with("the operation") || lower.starts_with("during the operation") || lower.starts_with("the joint operation");
    // "Police ... of Australia, Bangladesh ... and Thailand took part in the operation,
    // which ran from ...": the states of a sentence that joins the operation just told.
    let joins = !opens && (lower.contains(" the operation") || lower.contains(" the joint operation")) && s.lx.cue("cooperation.participation").contains(s.text);
    if !opens && !joins {
        return;
    }
    let is_op = |f: &crate::model::Fact| matches!(&f.kind, FactKind::Cooperation { event_type: EventType::JointOperation, .. });
    let new = facts.iter().rposition(|f| is_op(f) && f.sentence_index == s.index);
    let reach = if joins { 2 } else { 1 };
    let Some(old) = facts.iter().rposition(|f| is_op(f) && f.sentence_index < s.index && f.sentence_index + reach >= s.index) else { return };
    let (add, later) = match new {
        Some(n) => {
            let FactKind::Cooperation { parties, .. } = facts[n].kind.clone() else { return };
            (parties, Some(facts[n].clone()))
        }
        None if joins => {
            let mut isos: Vec<String> = s.cues.iter().filter(|c| !c.route && !c.person).map(|c| c.iso3.clone()).collect();
            isos.extend(s.lx.bodies.find_all(s.text).into_iter().map(|b| b.value));
            if isos.is_empty() {
                return;
            }
            (isos, None)
        }
        None => return,
    };
    if let FactKind::Cooperation { parties, .. } = &mut facts[old].kind {
        for p in add {
            if !parties.contains(&p) {
                parties.push(p);
            }
        }
        parties.sort();
    }
    let Some(later) = later else {
        facts[old].evidence = format!("{} {}", facts[old].evidence, s.text);
        return;
    };
    if facts[old].period.is_none() || later.period.is_some_and(|p| p.end > p.start) {
        facts[old].period = later.period;
        facts[old].period_text = later.period_text.clone();
    }
    facts[old].evidence = format!("{} {}", facts[old].evidence, later.evidence);
    facts.retain(|f| f.fact_id != later.fact_id);
}
