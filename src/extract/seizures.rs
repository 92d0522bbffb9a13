//! Seizures: a mass, pill count or money value governed by a seizure word ("seized",
//! "confiscated", "foiled an attempt to smuggle"). A value stated beside a mass
//! ("2 tons of hashish worth $5 million") belongs to that seizure.

use super::{Candidate, Miss, Sent};
use crate::model::{Drug, FactKind, FactTable};
use crate::rules::drugs::drug_of;
use crate::rules::quantity::Measure;

/// How far from the figure a seizure word may stand (bytes).
const BEFORE: usize = 160;
const AFTER: usize = 90;

/// Currencies named the same in several states ("rupees", "pesos", "dinars"): the code
/// written by default, and the code when the acting state is another.
const SHARED_NAMES: &[(&str, &[(&str, &str)])] = &[
    ("INR", &[("PAK", "PKR"), ("LKA", "LKR"), ("NPL", "NPR")]),
    ("IQD", &[("JOR", "JOD"), ("KWT", "KWD"), ("BHR", "BHD"), ("DZA", "DZD"), ("TUN", "TND"), ("LBY", "LYD")]),
    ("SAR", &[("QAT", "QAR"), ("OMN", "OMR"), ("YEM", "YER")]),
    ("PHP", &[("MEX", "MXN"), ("COL", "COP"), ("ARG", "ARS"), ("CHL", "CLP"), ("DOM", "DOP")]),
    ("MXN", &[("PHL", "PHP"), ("COL", "COP"), ("ARG", "ARS"), ("CHL", "CLP"), ("DOM", "DOP")]),
    // A bare "$" in the news of a dollar state is that state's dollar.
    // "Sh", "Shs", "shillings": Kenyan by default, the shilling of the state that acted.
    ("KES", &[("UGA", "UGX"), ("TZA", "TZS"), ("SOM", "SOS")]),
    // "K94 million": the kina of Papua New Guinea by default, the kyat in Myanmar's news.
    ("PGK", &[("MMR", "MMK"), ("ZMB", "ZMW"), ("MWI", "MWK")]),
    // "kroner" in Denmark's news, "lei" in Moldova's.
    ("NOK", &[("DNK", "DKK")]),
    ("RON", &[("MDA", "MDL")]),
    ("USD", &[("AUS", "AUD"), ("CAN", "CAD"), ("NZL", "NZD"), ("SGP", "SGD"), ("HKG", "HKD"), ("TWN", "TWD"), ("JAM", "JMD"), ("TTO", "TTD"), ("GUY", "GYD"), ("BHS", "BSD"), ("BRB", "BBD"), ("FJI", "FJD")]),
];

/// Is the text between two figures an opening bracket, perhaps with a word of
/// approximation ("(", "(about", "(or roughly")? Then the second figure restates the first
/// in other units or another currency ("3,2 toneladas (3.2 tonnes)", "310 million baht
/// (about $9 million)").
fn restated_in_brackets(between: &str) -> bool {
    // "1,5 toneladas de cocaína (1.5 tonnes of cocaine)": the drug's name in the other
    // language may stand before the bracket.
    let between = match between.trim_end().strip_suffix('(') {
        Some(head) if head.split_whitespace().count() <= 4 && !head.chars().any(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | '.' | ')')) && head.trim_start().split_whitespace().next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "de" | "di" | "of" | "du" | "des" | "van")) => "(",
        _ => between,
    };
    const APPROX: &[&str] = &["about", "around", "roughly", "some", "approximately", "approx.", "nearly", "almost", "or", "equivalent to", "or about", "over", "more than"];
    let b = between.trim().to_lowercase();
    let b = APPROX.iter().fold(b.as_str(), |b, w| b.strip_suffix(w).map(str::trim_end).unwrap_or(b));
    b == "("
}

/// The currency of a value given the state that acted, for names shared by several states.
pub(crate) fn currency_for_state(code: &str, written: &str, state: Option<&str>) -> String {
    let w = written.to_lowercase();
    // "K94 million": a bare K only right before its figure ("40 kilograms" is no kina).
    static K: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?:^|[\s(;])k\s?\d").unwrap());
    let generic = ["rs", "rupee", "peso", "dinar", "riyal", "p", "sh"].iter().any(|g| w.starts_with(g) || w.contains(&format!(" {g}"))) || K.is_match(&w) || (code == "USD" && w.contains('$') && !["us$", "usd", "u.s.", "us dollar", "american dollar"].iter().any(|u| w.contains(u)));
    if let (true, Some(st)) = (generic, state) {
        if let Some((_, alts)) = SHARED_NAMES.iter().find(|(c, _)| *c == code) {
            if let Some((_, alt)) = alts.iter().find(|(iso, _)| *iso == st) {
                return alt.to_string();
            }
        }
    }
    code.to_string()
}

/// A row of a text table under a seizure caption: one seizure per figure, the drug of its
/// column (or of the caption), the unit of the caption, the row's label as the place.
fn table_row(s: &Sent, out: &mut Vec<Candidate>) -> bool {
    let Some(l) = s.list.filter(|l| l.table_unit.is_some() && l.seizure_word.is_some()) else { return false };
    let Some(label) = super::table_row(s.text) else { return false };
    // The total of the table is told in the text too.
    let low = label.to_ascii_lowercase();
    if ["total", "all ", "overall", "nationwide", "national"].iter().any(|w| low.starts_with(w) || low == w.trim()) {
        return true;
    }
    let unit = l.table_unit.flatten();
    let figures: Vec<&crate::rules::numbers::NumberMention> = s.numbers.iter().filter(|n| n.start >= label.len()).collect();
    for (k, n) in figures.iter().enumerate() {
        let drug = l.columns.get(k).cloned().or_else(|| l.drug.clone()).unwrap_or(Drug::Unspecified);
        if !l.columns.is_empty() && k >= l.columns.len() {
            break;
        }
        let (kg, pills) = match unit {
            Some(f) => (Some(n.value * f), None),
            None => (None, Some(n.value as i64)),
        };
        let mut c = Candidate::new(FactKind::Seizure { drug, quantity_kg: kg, pill_count: pills, value_amount: None, value_currency: None }, n.start, n.end, 0, "seizure:table-row");
        c.figure_text = Some(format!("{} (table row {label})", n.text));
        c.location = Some(label.to_string());
        // Rows of a table over a month or a year are totals of that period.
        c.aggregate = l.period.as_ref().map(|(p, _)| p.end > p.start);
        out.push(c);
    }
    true
}

pub(crate) fn candidates(s: &Sent, out: &mut Vec<Candidate>, misses: &mut Vec<Miss>) {
    let lx = s.lx;
    if let Some(l) = s.list {
        if let Some(head) = &l.head {
            if super::tables::row(s, l, head, &s.tctx, out) {
                return;
            }
        }
    }
    if table_row(s, out) {
        return;
    }
    let verbs = lx.cue("seizure.verbs").find_all(s.text);
    let non_drug = lx.cue("seizure.non_drug");
    let mut last_goods: Option<usize> = None;
    let sentence_names_drug = !lx.drugs.find_all(s.text).is_empty();
    for (k, q) in s.quantities.iter().enumerate() {
        let trig = verbs
            .iter().rfind(|v| v.end <= q.start && q.start - v.end <= BEFORE)
            .or_else(|| verbs.iter().find(|v| v.start >= q.end && v.start - q.end <= AFTER));
        // "arrested two men ... with 30 kg of hashish": drugs found on people arrested.
        let possession = if trig.is_none() { possession_trigger(s, q.start) } else { None };
        // "... with 850 grams of cocaine and 2.4 kg of cannabis": the same seizure verb.
        let chained = if trig.is_none() && possession.is_none() {
            out.iter().rev().find(|c| matches!(c.kind, FactKind::Seizure { .. }) && c.end <= q.start && s.text[c.end..q.start].split_whitespace().count() <= 6 && (s.text[c.end..q.start].contains(" and ") || s.text[c.end..q.start].contains(", "))).map(|c| crate::lexicon::Hit { start: c.trigger, end: c.trigger, text: "(same verb)".into(), value: () })
        } else {
            None
        };
        // "The consignment ... was worth ₹21,000 crore": a figure about the seizure just told.
        let anaphoric = if trig.is_none() && possession.is_none() && chained.is_none() && s.index > 0 {
            super::refers_back(&s.text[..q.start], lx)
                .then(|| crate::lexicon::Hit { start: 0, end: 0, text: "(anaphor)".into(), value: () })
        } else {
            None
        };
        // "Of that, 842 kilograms was hashish": a part of the total just reported; "In 2023,
        // the figures were 10,120 arrests and 1,350 kg of heroin": the same measure for
        // another period.
        let part = if trig.is_none() && possession.is_none() && chained.is_none() && anaphoric.is_none() && s.prev_seizure {
            let head = s.text[..q.start].trim_start().to_lowercase();
            let of_total = lx.cue("seizure.part_of").at_start(&head).is_some_and(|h| {
                let rest = head[h.end..].trim_start();
                (rest.starts_with(',') || ["are ", "were ", "was ", "is "].iter().any(|v| rest.starts_with(v)) || rest.is_empty()) && head.len() < h.end + 30
            });
            let figures = head.len() < 90 && lx.cue("seizure.figures_again").contains(&head);
            // "Opium accounted for 481 tonnes of the total, followed by hashish with 74
            // tonnes": a breakdown of the seizure just told, drug by drug.
            let breakdown = lx.cue("seizure.breakdown").contains(&head) && !lx.drugs.find_all(&head).is_empty();
            (of_total || figures || breakdown).then(|| crate::lexicon::Hit { start: 0, end: 0, text: "(part of the total before)".into(), value: () })
        } else {
            None
        };
        // "a public destruction of 1.2 million pills", "burned 3 tonnes of confiscated
        // narcotics": stock seized earlier, destroyed now, is no seizure.
        let lead = s.text[crate::rules::floor_char(s.text, q.start.saturating_sub(60))..q.start].to_lowercase();
        // (A seizure word before a drug word is an adjective: "set fire to seized drugs".)
        let destroyed = lx.cue("seizure.destroyed").find_all(&lead).last().is_some_and(|h| {
            let rest = &lead[h.end..];
            lx.cue("seizure.verbs").find_all(rest).iter().all(|v| lx.drugs.at_start(rest[v.end..].trim_start()).is_some())
        });
        // "... included 1,250 kg of opium, 2,100 kg of heroin and 9.2 tonnes of cannabis":
        // the items after a destroyed one in the same list.
        let listed_after_destroyed = k > 0 && misses.last().is_some_and(|m: &Miss| m.reason.contains("destroyed") && m.reason.contains(&s.quantities[k - 1].text)) && {
            let between = crate::text::slice(s.text, s.quantities[k - 1].end, q.start);
            between.len() < 60 && (between.contains(", ") || between.contains(" and ")) && lx.cue("seizure.verbs").find_all(between).is_empty()
        };
        if destroyed || listed_after_destroyed {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is stock destroyed, not seized", q.text) });
            continue;
        }
        // "wastewater testing detected an average of 15.2 kilograms consumed a week": an
        // estimate of use, not a seizure.
        let around = s.text[crate::rules::floor_char(s.text, q.start.saturating_sub(80))..crate::rules::floor_char(s.text, q.end + 60)].to_lowercase();
        if lx.cue("seizure.estimates").contains(&around) {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is an estimate of use or production", q.text) });
            continue;
        }
        // "Police seized the following in March: / - Basra: 38.5 kg of crystal": an item
        // of a list under a seizure word.
        let listed = if trig.is_none() && possession.is_none() && chained.is_none() && anaphoric.is_none() && part.is_none() {
            s.list.and_then(|l| l.seizure_word.as_ref()).map(|w| crate::lexicon::Hit { start: 0, end: 0, text: format!("(list under \"{w}\")"), value: () }).or_else(|| {
                // "The figures for 2024 are: / - Heroin: 41 kg": a drug and its mass in a
                // list of results.
                let label = s.list.and(super::item_label(s.text))?;
                (matches!(q.measure, Measure::Mass { .. } | Measure::Pills { .. }) && !lx.drugs.find_all(label).is_empty() && !lx.cue("seizure.not_seized").contains(label))
                    .then(|| crate::lexicon::Hit { start: 0, end: 0, text: format!("(list item \"{label}\")"), value: () })
            })
        } else {
            None
        };
        // "five kilograms less than in February": a difference between two periods.
        let after_fig = s.text[q.end..].trim_start().trim_start_matches(['"', '\'', ',']).trim_start().to_ascii_lowercase();
        // "$5 a pill", "Rs 6 crore a kilogram": a price per unit; and the unit it is
        // priced by ("a kilogram") is no haul either.
        let per_unit = |after: &str| lx.cue("seizure.per_unit").at_start(after).is_some();
        // Cash, proceeds, rewards, fines: money that is not the value of drugs.
        if matches!(q.measure, Measure::Money { .. }) {
            let before = crate::text::tail(s.text, q.start, 40).to_ascii_lowercase();
            let before = before.trim_end().trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':');
            let before_cue = lx.cue("seizure.money_not_value_before").find_all(before).into_iter().any(|h| before[h.end..].split_whitespace().count() <= 6);
            // "Cash seized: USD 2.9 million and GTQ 11.4 million": more cash.
            let more_cash = k > 0 && matches!(s.quantities[k - 1].measure, Measure::Money { .. }) && misses.last().is_some_and(|m: &Miss| m.reason.contains("cash") && m.reason.contains(&s.quantities[k - 1].text))
                && matches!(crate::text::slice(s.text, s.quantities[k - 1].end, q.start).trim(), "and" | "," | "plus");
            if lx.cue("seizure.money_not_value_after").at_start(&after_fig).is_some() || before_cue || more_cash {
                misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is cash, a reward or a fine, not the value of drugs", q.text) });
                continue;
            }
        }
        // "1,000 bricks of roughly 1.1 kg each", "31 sacks of 200,000 pills each",
        // "2,500 blocks of 1 kg": the size of each package.
        let each = matches!(q.measure, Measure::Mass { .. } | Measure::Pills { .. }) && (after_fig.starts_with("each") || after_fig.starts_with("apiece") || {
            let lead = crate::text::tail(s.text, q.start, 40).to_ascii_lowercase();
            let lead = lead.trim_end();
            let lead = ["about", "roughly", "around", "some", "approximately", "nearly"].iter().fold(lead, |l, w| l.strip_suffix(w).map(str::trim_end).unwrap_or(l));
            lead.strip_suffix(" of").is_some_and(|l| lx.cue("seizure.packaging").at_end(l).is_some())
        });
        if each {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is the size of each package, not the haul", q.text) });
            continue;
        }
        // "a gram of heroin sells for Rs 4,000": the unit priced, not a haul.
        let one_unit = matches!(q.measure, Measure::Mass { .. }) && ["a ", "an ", "one ", "per "].iter().any(|a| q.text.to_ascii_lowercase().starts_with(a));
        if one_unit && lx.cue("seizure.price_words").find_all(crate::text::head(s.text, q.end, 60)).first().is_some() {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is the unit of a price, not a haul", q.text) });
            continue;
        }
        if matches!(q.measure, Measure::Money { .. }) && per_unit(&after_fig) {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is a price per unit, not the haul's value", q.text) });
            continue;
        }
        if k > 0 && matches!(s.quantities[k - 1].measure, Measure::Money { .. }) && per_unit(&crate::text::slice(s.text, s.quantities[k - 1].end, q.end).trim_start().to_ascii_lowercase()) {
            continue;
        }
        if matches!(q.measure, Measure::Mass { .. }) && lx.cue("seizure.packaging").at_start(after_fig.trim_start_matches('-')).is_some() {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is the size of each package, not the haul", q.text) });
            continue;
        }
        let before_fig = crate::text::tail(s.text, q.start, 40).to_lowercase();
        if lx.cue("seizure.difference").at_start(&after_fig).is_some() || lx.cue("seizure.difference_before").at_end(before_fig.trim_end()).is_some() {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is a difference between periods, not a seizure", q.text) });
            continue;
        }
        let by_possession = possession.is_some();
        let trig = trig.cloned().or(possession).or(chained).or(anaphoric).or(part).or(listed);
        let Some(trig) = trig.as_ref() else {
            misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" has no seizure word near it", q.text) });
            continue;
        };
        // "3,2 toneladas (3.2 tonnes)", "1,184 kilos (2,610 pounds)": the same haul told again
        // in other units, in brackets right after it.
        if k > 0 {
            let prev = &s.quantities[k - 1];
            let same_kind = matches!((&prev.measure, &q.measure), (Measure::Mass { .. }, Measure::Mass { .. }) | (Measure::Pills { .. }, Measure::Pills { .. }));
            if same_kind && restated_in_brackets(crate::text::slice(s.text, prev.end, q.start)) {
                // "9.780 kg (9,780 kilograms)", "1.240 toneladas (1,240 tonnes)": a dot that
                // grouped thousands was read as a decimal point; the bracket says which.
                if let (Measure::Mass { kg: a }, Measure::Mass { kg: b }) = (&prev.measure, &q.measure) {
                    static DOTTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\b\d{1,3}\.\d{3}\b").unwrap());
                    let dotted = DOTTED.is_match(&prev.text);
                    if dotted && *a > 0.0 && ((b / a) - 1000.0).abs() < 1.0 {
                        if let Some(FactKind::Seizure { quantity_kg, .. }) = out.iter_mut().rev().find(|c| c.start == prev.start).map(|c| &mut c.kind) {
                            *quantity_kg = Some(*b);
                        }
                    }
                }
                continue;
            }
        }
        // The words after a figure reach the next figure, past its restatement in brackets
        // ("3,2 toneladas (3.2 tonnes) of cocaine").
        let mut next = k + 1;
        while let Some(n) = s.quantities.get(next) {
            let prev = &s.quantities[next - 1];
            let same_kind = std::mem::discriminant(&prev.measure) == std::mem::discriminant(&n.measure);
            if !(same_kind && restated_in_brackets(crate::text::slice(s.text, prev.end, n.start))) {
                break;
            }
            next += 1;
        }
        let stop = s.quantities.get(next).map(|n| n.start).unwrap_or(s.text.len());
        match &q.measure {
            Measure::Money { amount, currency } => {
                // "worth 222 billion won (US$163 million)": a conversion of the value before.
                // (Quantities may overlap: the slice is empty when the one before ends later.)
                if k > 0 && matches!(s.quantities[k - 1].measure, Measure::Money { .. }) && restated_in_brackets(crate::text::slice(s.text, s.quantities[k - 1].end, q.start)) {
                    continue;
                }
                // "540kg of syabu and 120kg of ketamine worth RM21.6 million": a value right
                // after a list of hauls of different drugs is the value of them all, a row of
                // its own whose drug is `mixed`.
                let list_total = last_goods.filter(|&i| {
                    let drug_of_c = |c: &Candidate| match &c.kind {
                        FactKind::Seizure { drug, value_amount: None, .. } => Some(drug.clone()),
                        _ => None,
                    };
                    let Some(prev) = out[..i].iter().rposition(|c| c.end <= out[i].start && drug_of_c(c).is_some()) else { return false };
                    let between = crate::text::slice(s.text, out[prev].end, out[i].start).to_lowercase();
                    let gap = crate::text::slice(s.text, out[i].end, q.start).to_lowercase();
                    let listed = (between.contains(" and ") || between.contains(", ")) && between.split_whitespace().count() <= 8;
                    let right_after = !gap.contains(" and ") && !gap.contains(';') && gap.split_whitespace().count() <= 8;
                    listed && right_after && drug_of_c(&out[prev]).is_some_and(|d| Some(d) != drug_of_c(&out[i]))
                });
                if list_total.is_some() {
                    let mut c = Candidate::new(
                        FactKind::Seizure { drug: Drug::Mixed, quantity_kg: None, pill_count: None, value_amount: Some(*amount), value_currency: Some(currency.clone()) },
                        q.start,
                        q.end,
                        trig.start,
                        "seizure:value-of-list",
                    );
                    c.figure_text = Some(format!("{} (the drugs listed before)", q.text));
                    out.push(c);
                    continue;
                }
                // A value beside a seized mass or pill count is that seizure's value.
                if let Some(i) = last_goods {
                    if let FactKind::Seizure { value_amount, value_currency, .. } = &mut out[i].kind {
                        if value_amount.is_none() {
                            *value_amount = Some(*amount);
                            *value_currency = Some(currency.clone());
                            let ft = out[i].figure_text.clone().unwrap_or_default();
                            out[i].figure_text = Some(format!("{ft}; value {}", q.text));
                            continue;
                        }
                    }
                }
                // The goods are named before a value ("narcotic pills valued at $144 million",
                // "seized shabu worth 4.1 billion pesos"), else after it.
                let (drug, words) = match drug_of(s.text, trig.end.min(q.start), q.start, q.start, lx) {
                    (d, Some(w)) if trig.end <= q.start => (d, Some(w)),
                    _ => drug_of(s.text, q.start, q.end, stop, lx),
                };
                let mut c = Candidate::new(
                    FactKind::Seizure { drug: drug.into(), quantity_kg: None, pill_count: None, value_amount: Some(*amount), value_currency: Some(currency.clone()) },
                    q.start,
                    q.end,
                    trig.start,
                    "seizure:value",
                );
                c.figure_text = Some(format!("{} ({})", q.text, words.unwrap_or_default()));
                out.push(c);
            }
            Measure::Mass { .. } | Measure::Pills { .. } => {
                let (mut drug, mut words) = drug_of(s.text, q.start, q.end, stop, lx);
                // "..., bringing the total seized this year to 1,230 kg": the drug of the figure before.
                // (An ASCII-lower-cased window: its offsets are the window's, whatever the text.)
                let pre = crate::text::tail(s.text, q.start, 60).to_ascii_lowercase();
                if drug.is_unspecified() && words.is_none() && pre.rfind("total").is_some_and(|i| pre.len() - i < 60) {
                    if let Some(prev) = out.iter().rev().find_map(|c| match &c.kind {
                        FactKind::Seizure { drug, .. } if c.end <= q.start => Some(drug.clone()),
                        _ => None,
                    }) {
                        words = Some(format!("the total of {prev} (figure before)"));
                        drug = prev;
                    }
                }
                // "... 1.6 tonnes of cocaine ... and a further 1.2 tonnes in a shipment of
                // coffee": more of the drug just named.
                let lead = s.text[..q.start].trim_end().to_lowercase();
                if drug.is_unspecified() && words.is_none() && lx.cue("seizure.more_of").at_end(&lead).is_some() {
                    if let Some(prev) = out.iter().rev().find_map(|c| match &c.kind {
                        FactKind::Seizure { drug, .. } if c.end <= q.start && !drug.is_unspecified() => Some(drug.clone()),
                        _ => None,
                    }).or_else(|| s.prev_drug.clone()) {
                        words = Some(format!("more {prev} (named before)"));
                        drug = prev;
                    }
                }
                // "26 kilograms of the drug": the drug named earlier in the document.
                let after = s.text[q.end..].trim_start().to_lowercase();
                if drug.is_unspecified() && ["of the drug", "of the substance", "of the same drug"].iter().any(|w| after.starts_with(w)) {
                    if let Some(d) = &s.prev_drug {
                        drug = d.clone();
                        words = Some(format!("the drug = {} (named earlier)", d.as_str()));
                    }
                }
                // No drug word in the sentence at all: the drug the document named last
                // ("The previous year's haul had been 27.1 tonnes").
                if drug.is_unspecified() && words.is_none() && !sentence_names_drug {
                    if let Some(d) = &s.prev_drug {
                        drug = d.clone();
                        words = Some(format!("{} (named in an earlier sentence)", d.as_str()));
                    }
                }
                let tail_end = crate::rules::floor_char(s.text, q.end + 40);
                if drug.is_unspecified() && words.is_none() && non_drug.contains(&s.text[q.end..tail_end]) {
                    misses.push(Miss { sentence_index: s.index, table: FactTable::Seizures, reason: format!("figure \"{}\" is not about drugs", q.text) });
                    continue;
                }
                let (kg, pills) = match q.measure {
                    Measure::Mass { kg } => (Some(kg), None),
                    Measure::Pills { count } => (None, Some(count)),
                    _ => unreachable!(),
                };
                // "13m Captagon pills weighing 2.1 tonnes", "17.4 kg (about 174,000 tablets)":
                // one seizure told by count and by weight.
                if let Some(i) = last_goods.filter(|i| out[*i].end <= q.start) {
                    let between = s.text[out[i].end..q.start].to_lowercase();
                    let between = between.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')');
                    static WEIGHING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                        regex::Regex::new(r"^(?:[\p{L}-]+\s+){0,3}?(?:weighing|weighed|weigh|with\s+a\s+(?:total\s+)?weight\s+of|(?:or\s+)?(?:about|around|some|roughly|nearly)|totall?ing|amounting\s+to|equivalent\s+to|or)$").unwrap()
                    });
                    // "77 million pills and nearly 12,000 pounds of powder" are two seizures.
                    let joined = between.split_whitespace().any(|w| matches!(w, "and" | "plus" | "while" | "besides"));
                    if WEIGHING.is_match(between) && !joined {
                        if let FactKind::Seizure { quantity_kg: gk, pill_count: gp, .. } = &mut out[i].kind {
                            if (kg.is_some() && gk.is_none() && gp.is_some()) || (pills.is_some() && gp.is_none() && gk.is_some()) {
                                *gk = gk.or(kg);
                                *gp = gp.or(pills);
                                out[i].end = q.end;
                                let ft = out[i].figure_text.clone().unwrap_or_default();
                                out[i].figure_text = Some(format!("{ft}; {}", q.text));
                                continue;
                            }
                        }
                    }
                }
                let mut c = Candidate::new(
                    FactKind::Seizure { drug: drug.into(), quantity_kg: kg, pill_count: pills, value_amount: None, value_currency: None },
                    q.start,
                    q.end,
                    trig.start,
                    if kg.is_some() { "seizure:mass" } else { "seizure:pills" },
                );
                c.figure_text = Some(match words {
                    Some(w) => format!("{} ({w})", q.text),
                    None => q.text.clone(),
                });
                // "on the occasion of the seizure of ...": a reference to an earlier event.
                let before = s.text[..trig.start].to_lowercase();
                let nominal = before.trim_end().ends_with("the") || before.trim_end().ends_with("successful");
                let ceremony = before.contains("occasion of") || lx.cue("cooperation.meeting").find_all(&before).iter().any(|h| h.text.to_lowercase().contains("meeting"));
                if nominal && ceremony {
                    c.undated = true;
                }
                // "... arrested 1,487 people in one week. They were found in possession of
                // 5.3 million pills": what a total of people carried is a total too.
                if s.prev_aggregate_arrests {
                    let first = s.text.split_whitespace().next().unwrap_or("").to_lowercase();
                    if ["they", "those", "these"].contains(&first.as_str()) || (by_possession && first == "the") {
                        c.aggregate = Some(true);
                    }
                }
                out.push(c);
                last_goods = Some(out.len() - 1);
            }
        }
    }
}

/// An arrest verb governing a figure introduced by "with", "carrying" or "in possession
/// of": the drugs were seized from the people arrested.
fn possession_trigger(s: &Sent, q_start: usize) -> Option<crate::lexicon::Hit<()>> {
    let before = s.text[..q_start].trim_end().to_lowercase();
    // "carrying a combined 74 kilograms", "with a total of 5 kg": the words before a figure.
    let before = match s.lx.cue("seizure.before_figure").at_end(&before) {
        Some(h) => before[..h.start].trim_end().to_string(),
        None => before,
    };
    let with = ["with", "carrying", "carried", "weighed", "in possession of", "possessing", "holding", "transporting", "caught with", "weighing", "containing", "contained", "swallowed", "was loaded with", "had"].iter().any(|w| before.ends_with(w));
    // "arrested ... on suspicion of attempting to import about 5 kg", "sentenced ... for
    // smuggling 10.6 kg": the drugs of the charge were seized.
    let charged = s.lx.cue("seizure.charged_with").at_end(&before).is_some();
    if !with && !charged {
        return None;
    }
    if let Some(v) = s.lx.cue("arrest.verbs").find_all(s.text).into_iter().find(|v| v.start < q_start) {
        return Some(v);
    }
    if charged {
        if let Some(v) = s.lx.cue("seizure.convicted").find_all(s.text).into_iter().find(|v| v.start < q_start) {
            return Some(v);
        }
    }
    // "He was carrying 3 kg of cocaine", "It carried 1,800 kg of hashish": the person or
    // vehicle stopped in the sentence before.
    let first = s.text.split_whitespace().next().unwrap_or("").to_lowercase();
    let starts = ["he", "she", "they", "it", "the"].contains(&first.as_str()) && s.index > 0;
    let at = crate::text::floor_char_boundary(s.text, q_start.saturating_sub(1));
    starts.then(|| crate::lexicon::Hit { start: at, end: q_start, text: "carrying".into(), value: () })
}
