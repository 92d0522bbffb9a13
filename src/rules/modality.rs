//! Negation, plans and hypotheticals: "no drugs were found", "aims to seize",
//! "could face the death penalty" are not facts. A trigger is in the scope of a
//! modality cue when the cue stands in the same clause before it.

use crate::lexicon::Lexicon;

/// Characters that end a clause for this purpose.
const CLAUSE_BREAKS: &[char] = &[';', ':', '(', ')', '—', '"', '“', '”'];
/// How far back from the trigger a cue is looked for (bytes).
const WINDOW: usize = 70;

/// The modality cue governing the trigger at `trigger` (byte offset), if any.
pub fn modality_of(text: &str, trigger: usize, lx: &Lexicon) -> Option<String> {
    let trigger = super::floor_char(text, trigger);
    let from = super::ceil_char(text, trigger.saturating_sub(WINDOW));
    let window = &text[from..trigger];
    let clause_start = window
        .rfind(|c: char| CLAUSE_BREAKS.contains(&c))
        .map(|i| i + window[i..].chars().next().unwrap().len_utf8())
        .unwrap_or(0);
    // A comma ends the clause unless the text after it is a short aside; "but" always does.
    let window = &window[clause_start..];
    // (ASCII lower case: the offset found is an offset of `window`.)
    let window = match window.to_ascii_lowercase().rfind(" but ") {
        Some(i) => &window[i + 5..],
        None => window,
    };
    // A clause after a comma with a subject of its own ("Although no arrests were made,
    // Irish customs officers seized") is not in the scope of what came before.
    let window = match window.rfind(", ") {
        Some(i) if window[i + 2..].split_whitespace().count() >= 2 => &window[i + 2..],
        _ => window,
    };
    for list in ["modality.negation", "modality.plan"] {
        if let Some(h) = lx.cue(list).find_all(window).last() {
            return Some(h.text.clone());
        }
    }
    None
}

/// A cue of `modality.after` in the clause right after an event or figure ending at
/// `end` ("a joint operation with Iran and Iraq was being planned for the autumn").
pub fn modality_after(text: &str, end: usize, lx: &Lexicon) -> Option<String> {
    let end = super::floor_char(text, end);
    let to = super::floor_char(text, end + WINDOW);
    let window = &text[end..to];
    // The clause: up to a full stop or semicolon (a comma may open "which has not yet").
    let window = &window[..window.find(['.', ';', ':']).unwrap_or(window.len())];
    lx.cue("modality.after").find_all(window).first().map(|h| h.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str, trig: &str) -> Option<String> {
        let lx = Lexicon::builtin();
        modality_of(s, s.find(trig).unwrap(), &lx)
    }

    #[test]
    fn plans_told_after_the_event() {
        let lx = Lexicon::builtin();
        let t = "a joint operation with Iran and Iraq against heroin networks was being planned for the autumn.";
        assert!(modality_after(t, t.find("operation").unwrap() + 9, &lx).is_some());
        let t = "a joint task force with Thailand and Laos, which has not yet been set up.";
        assert!(modality_after(t, t.find("force").unwrap() + 5, &lx).is_some());
        let t = "a joint operation with Iran seized 2 tonnes. It was being planned for months.";
        assert!(modality_after(t, t.find("operation").unwrap() + 9, &lx).is_none());
    }

    #[test]
    fn negation_and_plans() {
        assert!(m("no drugs were found in the car", "found").is_some());
        assert!(m("the ministry aims to seize more drugs", "seize").is_some());
        assert!(m("traffickers could face the death penalty", "death penalty").is_some());
        assert!(m("if convicted, they face life in prison", "life in prison").is_some());
        assert!(m("police seized 5 kg of heroin", "seized").is_none());
        assert!(m("Police seized no drugs in the raid but arrested 4 people", "arrested").is_none());
        assert!(m("Police rejected claims that 40 suspects had been detained", "detained").is_some());
        assert!(m("Iraqi forces, acting on Iranian intelligence, seized 2 tons", "seized").is_none());
    }

    #[test]
    fn lower_case_that_changes_length_and_odd_triggers() {
        let lx = Lexicon::builtin();
        // 'İ' lower-cases to three bytes: an offset in the lower-cased window would cut a char.
        let t = "İİİİİİ but 😀 police seized 5 kg";
        for i in 0..t.len() + 3 {
            let _ = modality_of(t, i, &lx);
        }
        assert!(m("İİİİ no drugs were found", "found").is_some());
    }
}
