//! The extract stage: from a cleaned document to facts of the five tables, each with
//! its evidence sentence and the pieces that explain it. Rules by table live in the
//! submodules; the parsers they use live in `crate::rules`.

mod cooperation;
mod counts;
pub mod location;
mod seizures;
mod tables;
mod trafficking;
#[cfg(test)]
mod fuzz_tests;

use crate::lexicon::Lexicon;
use crate::model::{Doc, Drug, Fact, FactKind, FactTable, Period, Qualifier, SentenceType};
use crate::rules::countries::{self, CountryCue};
use crate::rules::modality::modality_of;
use crate::rules::numbers::{find_numbers, NumberMention};
use crate::rules::periods::{find_time_exprs, TimeContext, TimeExpr, TimeKind};
use crate::rules::quantity::{find_quantities, Quantity};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Options of the extract stage (`[stages.extract]` in pipeline.toml).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExtractOptions {
    /// Fact tables to extract; the others are left empty.
    #[serde(default = "all_tables")]
    pub tables: Vec<String>,
    /// How many sentences back a sentence without a time expression may take its period from.
    #[serde(default = "default_inherit")]
    pub inherit_period_sentences: usize,
    /// Options by fact table (`[stages.extract.per_table.seizures]`).
    #[serde(default)]
    pub per_table: BTreeMap<String, TableOptions>,
}

/// Options of one built-in extractor.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TableOptions {
    /// Keep only facts whose acting state is known.
    #[serde(default)]
    pub require_country: bool,
    /// Keep only facts whose figure (count, kg, pills or amount) is at least this.
    #[serde(default)]
    pub min_value: Option<f64>,
    /// "all" (default), "incidents" (single incidents only) or "totals" (aggregates only).
    #[serde(default)]
    pub keep: Option<Keep>,
}

impl TableOptions {
    fn keeps(&self, f: &Fact) -> bool {
        if self.require_country && f.country.is_none() {
            return false;
        }
        if let (Some(min), Some(v)) = (self.min_value, f.kind.value()) {
            if v < min {
                return false;
            }
        }
        match self.keep {
            Some(Keep::Incidents) => !f.is_aggregate,
            Some(Keep::Totals) => f.is_aggregate,
            Some(Keep::All) | None => true,
        }
    }
}

/// Which facts of a table an extract stage keeps (`per_table.<table>.keep`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Keep {
    All,
    /// Single incidents only.
    Incidents,
    /// Reported totals (aggregates) only.
    Totals,
}

/// A `keep` value that is not all, incidents or totals.
#[derive(Debug, thiserror::Error)]
#[error("per_table keep must be all, incidents or totals, found `{0}`")]
pub struct UnknownKeep(String);

impl TryFrom<String> for Keep {
    type Error = UnknownKeep;
    fn try_from(k: String) -> Result<Keep, UnknownKeep> {
        match k.as_str() {
            "all" => Ok(Keep::All),
            "incidents" => Ok(Keep::Incidents),
            "totals" => Ok(Keep::Totals),
            _ => Err(UnknownKeep(k)),
        }
    }
}

fn all_tables() -> Vec<String> {
    FactTable::ALL.iter().map(|t| t.name().to_string()).collect()
}
fn default_inherit() -> usize {
    2
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions { tables: all_tables(), inherit_period_sentences: default_inherit(), per_table: BTreeMap::new() }
    }
}

/// A sentence that mentioned a trigger word but gave no fact, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub sentence_index: usize,
    pub table: FactTable,
    pub reason: String,
}

#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub facts: Vec<Fact>,
    pub misses: Vec<Miss>,
}

/// Document-wide context: who the people are, which states the text is about.
pub(crate) struct DocCtx {
    pub focus: Vec<String>,
    pub people: countries::People,
}

/// One sentence, parsed once for all rules.
pub(crate) struct Sent<'a> {
    pub text: &'a str,
    pub index: usize,
    pub lx: &'a Lexicon,
    pub cues: Vec<CountryCue>,
    pub times: Vec<TimeExpr>,
    pub numbers: Vec<NumberMention>,
    pub quantities: Vec<Quantity>,
    pub doc: &'a DocCtx,
    /// Period carried over from the sentences just before.
    pub inherited: Option<(Period, String)>,
    /// State that acted in the sentences just before.
    pub prev_actor: Option<String>,
    /// The drug last named in the document, for "the drug" later on.
    pub prev_drug: Option<Drug>,
    /// The sentence before gave a seizure.
    pub prev_seizure: bool,
    /// The sentence before gave a total of arrests (people over a period).
    pub prev_aggregate_arrests: bool,
    /// The place named in the sentence just before ("Police raided a warehouse in Kampala
    /// on Friday. They found 86 kg of heroin").
    pub prev_place: Option<String>,
    /// This sentence is an item of a list under a lead-in ("Police seized the following
    /// in March:" / "- Basra: 38.5 kg of crystal"), whose verb and period it takes.
    pub list: Option<&'a ListLead>,
    /// The time context the sentence is read in (for a table's labels).
    pub tctx: TimeContext,
}

/// The lead-in of a list: the sentence ending in a colon, and what its items inherit.
#[derive(Debug, Clone)]
pub(crate) struct ListLead {
    /// The seizure word of the lead-in ("seized", "The seizures were").
    pub seizure_word: Option<String>,
    pub period: Option<(Period, String)>,
    pub paragraph: usize,
    /// What the lead-in counts ("Arrests by province:", "Death sentences by court:"), for
    /// items that give only a place and a number ("Baghdad: 412").
    pub counts: Option<FactKind>,
    /// A text table's caption gives the unit of its figures ("Drugs seized by province,
    /// January 2025 (kg)"): kilograms per figure, or None for pills.
    pub table_unit: Option<Option<f64>>,
    /// The drugs of a table's columns, from its header row ("State Heroin Ganja").
    pub columns: Vec<Drug>,
    /// The one drug the lead-in names ("Heroin seized by province (kg)").
    pub drug: Option<Drug>,
    /// The header of a table of "|"-separated cells, what each column holds.
    pub head: Option<tables::Head>,
}

/// A row of a text table: its label and where its figures start ("Guayas ........ 8,420",
/// "Punjab 1,245.6 3,410.0").
pub(crate) fn table_row(text: &str) -> Option<&str> {
    let first_digit = text.find(|c: char| c.is_ascii_digit())?;
    let label = text[..first_digit].trim_end_matches(['.', ' ', ':', '-', '|']).trim();
    let rest = &text[first_digit..];
    let figures_only = rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '|'));
    (!label.is_empty() && label.split_whitespace().count() <= 5 && label.chars().next().is_some_and(char::is_alphabetic) && figures_only).then_some(label)
}

/// "1.", "2)", "(a)", "iv.": a list number standing alone as a sentence.
fn enumerator(text: &str) -> bool {
    let t = text.trim().trim_start_matches('(').trim_end_matches(['.', ')']);
    !t.is_empty() && t.len() <= 4 && (t.chars().all(|c| c.is_ascii_digit()) || (t.len() == 1 && t.chars().all(|c| c.is_ascii_lowercase())) || t.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
}

/// The label of a list item before its colon ("Basra: 38.5 kg ...", "King Fahd
/// Causeway: (4.7) kilograms ..."): a few words with no figure.
pub(crate) fn item_label(text: &str) -> Option<&str> {
    // The colon that ends the label, not one of a time ("9:40 p.m.").
    let b = text.as_bytes();
    let colon = (0..b.len()).find(|&i| b[i] == b':' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)))?;
    let (label, rest) = (&text[..colon], &text[colon + 1..]);
    // "Mandaue City (Saturday, 9:40 p.m.)": the time in brackets is no part of the place.
    let label = match label.trim_end().strip_suffix(')').and_then(|l| l.rfind('(').map(|i| &l[..i])) {
        Some(l) => l.trim(),
        None => label.trim(),
    };
    let words = label.split_whitespace().count();
    ((1..=6).contains(&words) && !label.chars().any(|c| c.is_numeric()) && !rest.trim().is_empty()).then_some(label)
}

/// Longest list item read as one.
const MAX_ITEM: usize = 260;

/// The cue lists of each type of court sentence (`cues.sentence.*`); the first three name
/// a type, the last says only that a sentence was passed.
pub(crate) const SENTENCE_CUES: [(SentenceType, &str); 4] = [
    (SentenceType::Death, "sentence.death"),
    (SentenceType::Life, "sentence.life"),
    (SentenceType::Prison, "sentence.prison"),
    (SentenceType::Unspecified, "sentence.unspecified"),
];

/// The type of sentence a cue names within `within` bytes of the start of `text`.
pub(crate) fn sentence_type_within(text: &str, within: usize, lx: &Lexicon) -> Option<SentenceType> {
    SENTENCE_CUES[..3].iter().find(|(_, l)| lx.cue(l).find_all(text).first().is_some_and(|h| h.start < within)).map(|x| x.0)
}

/// What a rule found, before the shared finishing steps.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub kind: FactKind,
    /// Span of the figure (or of the event phrase).
    pub start: usize,
    pub end: usize,
    /// Position of the word that made it a fact (verb or noun).
    pub trigger: usize,
    pub rule: String,
    pub figure_text: Option<String>,
    pub location: Option<String>,
    /// Set by rules that know better than the shared steps.
    pub country: Option<(String, String)>,
    pub aggregate: Option<bool>,
    /// Do not give it the period of the sentence (a reference to an earlier event).
    pub undated: bool,
    /// The period the rule read for it (a table's column or caption), before the sentence's.
    pub period: Option<(Period, String)>,
}

impl Candidate {
    /// Make the spans safe to slice `text` with: on char boundaries, inside the text,
    /// start not after end. A rule may compute a position one byte past a figure
    /// ("arrests:elliptic") or join two spans the wrong way round; slicing with such a
    /// span would panic.
    pub fn fix_spans(&mut self, text: &str) {
        let (start, end) = crate::text::fix_span(text, self.start, self.end);
        self.start = start;
        self.end = end;
        self.trigger = crate::text::floor_char_boundary(text, self.trigger);
    }

    pub fn new(kind: FactKind, start: usize, end: usize, trigger: usize, rule: &str) -> Self {
        Candidate {
            kind,
            start,
            end,
            trigger,
            rule: rule.to_string(),
            figure_text: None,
            location: None,
            country: None,
            aggregate: None,
            undated: false,
            period: None,
        }
    }
}

pub fn stable_id(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    let out = h.finalize();
    out.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Extract every fact of a document.
pub fn extract(doc: &Doc, lx: &Lexicon, opts: &ExtractOptions) -> Extraction {
    let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    // State cues are found once per sentence; a sentence that names a person known with
    // their state ("al-Shammari") is scanned again with the people.
    let mut base_cues: Vec<Vec<countries::CountryCue>> = texts.iter().map(|t| countries::find_cues(t, lx, &countries::People::default())).collect();
    let people = countries::people_of_cues(&texts, &base_cues, lx);
    let title_cues = doc.title.as_deref().map(|t| countries::find_cues(t, lx, &countries::People::default()));
    let focus = countries::focus_of(title_cues.as_deref(), &base_cues);
    let dctx = DocCtx { focus, people };
    let enabled: Vec<FactTable> = opts.tables.iter().filter_map(|t| FactTable::parse(t)).collect();

    let mut tctx = TimeContext::new(doc.reference_date);
    let tctx0 = tctx.clone();
    // "FY2024" is the fiscal year of the state the document is about.
    tctx.fiscal_start = dctx.focus.first().and_then(|c| lx.data.fiscal_year_start.get(c)).copied();
    let mut out = Extraction::default();
    // A bulletin's own period ("Period covered: 1-7 June 2025", "Reporting period: Q3
    // 2025"): what its figures cover when no sentence near them says.
    static PERIOD_LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)^(?:period(?:\s+covered)?|reporting\s+period|covering|coverage|for\s+the\s+period)\s*:").unwrap());
    let doc_period: Option<(Period, String)> = doc.sentences.iter().take(6).filter(|s| PERIOD_LABEL.is_match(&s.text)).find_map(|s| {
        find_time_exprs(&s.text, &tctx).into_iter().find_map(|t| t.period.filter(|p| p.end > p.start).map(|p| (p, format!("{} (the document's period)", t.text))))
    });
    let mut recent: Vec<(usize, Period, String)> = Vec::new();
    let mut prev_actor: Option<String> = None;
    let mut prev_drug: Option<Drug> = None;
    let mut prev_seizure = false;
    let mut prev_aggregate_arrests = false;
    let mut prev_place: Option<String> = None;
    let mut list: Option<ListLead> = None;
    // Figures a correction says were wrong ("An earlier post said 2.1 tonnes were seized"):
    // told elsewhere in the document (the earlier post of a liveblog), they are wrong too.
    let mut corrected: Vec<(FactTable, f64)> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        crate::budget::check();
        let text = s.text.as_str();
        // A table of "|" cells: the rule under its header is no row, its header says what
        // the columns hold (the caption before it, what the whole table is about).
        if tables::is_rule(text) {
            continue;
        }
        if let Some(head) = tables::head(text, lx, &tctx) {
            let caption = i.checked_sub(1).map(|j| doc.sentences[j].text.as_str()).filter(|c| !c.trim_end().ends_with('.') && tables::cells(c).is_none());
            let mut l = list.take().unwrap_or_else(|| {
                let caption = caption.unwrap_or("");
                let period = find_time_exprs(caption, &tctx).into_iter().find_map(|t| t.period.map(|p| (p, t.text)))
                    .or_else(|| recent.last().filter(|(j, _, _)| i - j <= opts.inherit_period_sentences).map(|(_, p, t)| (*p, t.clone())));
                ListLead {
                    seizure_word: lx.cue("seizure.verbs").find_all(caption).last().map(|h| h.text.clone()),
                    period,
                    paragraph: s.paragraph,
                    counts: None,
                    table_unit: crate::rules::quantity::caption_unit(caption, lx),
                    columns: Vec::new(),
                    drug: only_drug(caption, lx),
                    head: None,
                }
            });
            l.paragraph = s.paragraph;
            l.head = Some(head);
            list = Some(l);
            continue;
        }
        // A list goes on while its items are short lines of their own with a figure (or
        // list numbers standing alone).
        // A table's header row names the drugs of its columns ("State Heroin Ganja").
        if let Some(l) = list.as_mut().filter(|l| l.table_unit.is_some() && l.columns.is_empty() && s.paragraph != l.paragraph && !text.chars().any(|c| c.is_numeric())) {
            let drugs: Vec<Drug> = text.split_whitespace().skip(1).filter_map(|w| match lx.drugs.lookup(w) {
                Some(crate::lexicon::DrugWord::Named(d)) => Some(Drug::Named(d.clone())),
                Some(_) => Some(Drug::Unspecified),
                None => None,
            }).collect();
            if !drugs.is_empty() {
                l.columns = drugs;
                continue;
            }
        }
        if list.as_ref().is_some_and(|l| s.paragraph == l.paragraph || (!enumerator(text) && (text.len() > MAX_ITEM || !text.chars().any(|c| c.is_numeric())))) {
            list = None;
        }
        let times = find_time_exprs(text, &tctx);
        let mut lead_in: Option<ListLead> = None;
        // `recent` is in sentence order: only its last entry can be near enough (looking
        // further back would cost the length of the document for every sentence).
        let inherited = match list.as_ref().and_then(|l| l.period.clone()) {
            Some((p, t)) => Some((p, format!("{t} (list lead-in)"))),
            None => recent.last().filter(|(j, _, _)| i - j <= opts.inherit_period_sentences).map(|(_, p, t)| (*p, t.clone())).or_else(|| doc_period.clone()),
        };
        let sent = Sent {
            text,
            index: i,
            lx,
            cues: if dctx.people.mentioned_in(text) { countries::find_cues(text, lx, &dctx.people) } else { std::mem::take(&mut base_cues[i]) },
            numbers: find_numbers(text),
            quantities: find_quantities(text, lx),
            times,
            doc: &dctx,
            inherited,
            prev_actor: prev_actor.clone(),
            prev_drug: prev_drug.clone(),
            prev_seizure,
            prev_aggregate_arrests,
            prev_place: prev_place.clone(),
            list: list.as_ref(),
            tctx: tctx.clone(),
        };
        let mut cands = Vec::new();
        let mut misses = Vec::new();
        seizures::candidates(&sent, &mut cands, &mut misses);
        counts::candidates(&sent, &mut cands, &mut misses);
        cooperation::candidates(&sent, &mut cands, &mut misses);
        let mut produced = Vec::new();
        // A correction: figures before the corrected value are the wrong ones.
        let corrected_from = lx.cue("modality.correction").find_all(text).first().map(|h| {
            let to = lx.cue("modality.corrected_to").find_all(text).into_iter().find(|t| t.start >= h.end).map_or(text.len(), |t| t.start);
            (h.text.clone(), to)
        });
        for mut c in cands {
            crate::budget::check();
            if let Some((cue, _)) = corrected_from.as_ref().filter(|(_, to)| c.start < *to) {
                misses.push(Miss { sentence_index: i, table: c.kind.table(), reason: format!("a figure the text corrects (\"{cue}\")") });
                if let Some(v) = c.kind.value() {
                    corrected.push((c.kind.table(), v));
                }
                continue;
            }
            if !enabled.contains(&c.kind.table()) {
                continue;
            }
            c.fix_spans(text);
            // The cue may govern the trigger, or stand between trigger and figure ("seized
            // 14 kg ... had warned that as much as a tonne could be crossing").
            let between_cue = (c.start > c.trigger)
                .then(|| {
                    modality_of(&text[..c.start], c.start, lx)
                        .filter(|_| text[c.trigger..c.start].contains(" that ") || text[c.trigger..c.start].contains(','))
                        .or_else(|| {
                            // Only in the figure's own clause: "seized two boats, each capable
                            // of carrying 2 tonnes, and 600 kg of cannabis".
                            let seg = text[c.trigger..c.start].rfind(", ").map(|i| c.trigger + i + 2).unwrap_or(c.trigger);
                            lx.cue("modality.between").find_all(&text[seg..c.start]).first().map(|h| h.text.clone())
                        })
                })
                .flatten();
            // "speedboats, each capable of carrying up to 3 tonnes, were also seized": a
            // capacity right before the figure.
            let capacity = {
                let from = crate::rules::floor_char(text, c.start.saturating_sub(40));
                let near = text[from..c.start].to_lowercase();
                let near = near.rsplit([',', ';']).next().unwrap_or(&near).to_string();
                lx.cue("modality.capacity").find_all(&near).first().map(|h| h.text.clone())
            };
            // "The sentencing of three men ... was postponed": no sentence was handed down.
            let postponed = (c.kind.table() == FactTable::Sentences)
                .then(|| {
                    let l = text.to_lowercase();
                    (l.contains("sentencing") || l.contains("verdict")).then(|| lx.cue("sentence.postponed").find_all(&l).first().map(|h| h.text.clone())).flatten()
                })
                .flatten();
            let capacity = capacity.or(postponed);
            // "a joint operation ... was being planned for the autumn": told after the event.
            let capacity = capacity.or_else(|| matches!(c.kind, FactKind::Cooperation { .. }).then(|| crate::rules::modality::modality_after(text, c.end, lx)).flatten());
            // "would have had a street value of £95 million", "would be worth R$180 million":
            // the value a haul would have fetched is its value.
            let value_only = matches!(c.kind, FactKind::Seizure { quantity_kg: None, pill_count: None, value_amount: Some(_), .. });
            let worth = |cue: &str| {
                let lead = text[..c.start].to_ascii_lowercase();
                let from = lead.rfind(&cue.to_ascii_lowercase()).unwrap_or(0);
                ["would", "could", "might"].contains(&cue.to_ascii_lowercase().as_str()) && ["worth", "value", "valued", "fetch", "sold for", "sell for"].iter().any(|w| lead[from..].contains(w))
            };
            if let Some(cue) = modality_of(text, c.trigger.min(c.start), lx).or_else(|| {
                (c.trigger > c.start).then(|| modality_of(text, c.trigger, lx)).flatten()
            }).or(between_cue).or(capacity).filter(|cue| !(value_only && worth(cue))) {
                misses.push(Miss { sentence_index: i, table: c.kind.table(), reason: format!("negated, planned or hypothetical (\"{cue}\")") });
                continue;
            }
            produced.push(finish(&sent, doc, c));
        }
        if let Some(f) = produced.iter().find(|f| !matches!(f.kind, FactKind::Cooperation { .. })) {
            prev_actor = f.country.clone().or(prev_actor);
        } else if let Some(c) = sent.cues.iter().find(|c| !c.route && !c.partner && !c.person) {
            prev_actor = Some(c.iso3.clone());
        }
        // Remember this sentence's period for the next ones; not a period named only to
        // compare ("an increase of 8 per cent over the previous year", "up from 90 tonnes
        // in 2023").
        let compared = |t: &TimeExpr| comparison_at(text, t, lx).is_some();
        // The period of the figure told here comes first ("seized 2 tonnes last Sunday, ...
        // the largest seizure so far this year": last Sunday).
        if let Some(f) = produced.iter().find(|f| f.period.is_some() && !matches!(f.kind, FactKind::Cooperation { .. })) {
            recent.push((i, f.period.unwrap(), f.period_text.clone().unwrap_or_default().trim_end_matches(" (earlier sentence)").to_string()));
        } else if let Some(p) = sent.times.iter().filter(|t| t.kind != TimeKind::Day || sent.times.len() == 1).filter(|t| !compared(t)).filter_map(|t| t.period.map(|p| (p, t.text.clone()))).next_back() {
            recent.push((i, p.0, p.1));
        }
        // The context for "that year", "the same period" in later sentences: not a period
        // named only to compare.
        let told: Vec<TimeExpr> = sent.times.iter().filter(|t| !compared(t)).cloned().collect();
        tctx.update(&told);
        prev_seizure = produced.iter().any(|f| matches!(f.kind, FactKind::Seizure { .. }));
        prev_aggregate_arrests = produced.iter().any(|f| matches!(f.kind, FactKind::Arrest { count: Some(n) } if n > 1) && f.is_aggregate);
        prev_place = location::location_of(text, 0, lx);
        // A lead-in: "... seized the following in March:", "The seizures were:", or a
        // table's caption ("Drugs seized by province, January 2025 (kg)").
        let table_row = list.as_ref().is_some_and(|l| l.head.is_some()) && tables::cells(text).is_some();
        let table_unit = (!text.trim_end().ends_with('.') && !table_row).then(|| crate::rules::quantity::caption_unit(text, lx)).flatten();
        if (text.trim_end().ends_with(':') && !table_row) || table_unit.is_some() {
            // "... seized 1,183 tonnes in the year. He said the total included:": a
            // breakdown of the seizure just told.
            let seizure_word = lx.cue("seizure.verbs").find_all(text).last().map(|h| h.text.clone()).or_else(|| (sent.prev_seizure || prev_seizure).then(|| "(a breakdown of the seizure before)".to_string()));
            let period = sent.times.iter().filter(|t| !compared(t)).filter_map(|t| t.period.map(|p| (p, t.text.clone()))).next_back().or_else(|| {
                // A table's caption names its year bare ("seizures by department, 2024 (tonnes)").
                static BARE_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\b(?:19|20)\d{2}\b").unwrap());
                table_unit.and(BARE_YEAR.find(text)).and_then(|m| {
                    let y: i32 = m.as_str().parse().ok()?;
                    Some((Period { start: chrono::NaiveDate::from_ymd_opt(y, 1, 1)?, end: chrono::NaiveDate::from_ymd_opt(y, 12, 31)? }, m.as_str().to_string()))
                })
            }).or(sent.inherited.clone());
            // What its items count when they give only a place and a number.
            let head = text.trim_end().trim_end_matches(':');
            let counts = SENTENCE_CUES[..3]
                .iter()
                .find(|(_, cue)| lx.cue(cue).contains(head))
                .map(|(t, _)| FactKind::CourtSentence { sentence_type: *t, count: None })
                .or_else(|| (lx.cue("arrest.nouns").contains(head) || lx.cue("arrest.verbs").contains(head) && lx.cue("arrest.people").contains(head)).then_some(FactKind::Arrest { count: None }))
                .or_else(|| (lx.cue("network.nouns").contains(head) && lx.cue("network.verbs").contains(head)).then_some(FactKind::NetworkDisruption { count: None, scope: None }));
            let drug = only_drug(text, lx);
            lead_in = Some(ListLead { seizure_word, period, paragraph: s.paragraph, counts, table_unit, columns: Vec::new(), drug, head: None });
        }
        if let Some(d) = lx.drugs.find_all(text).into_iter().rev().find_map(|h| match h.value {
            crate::lexicon::DrugWord::Named(n) => Some(n),
            _ => None,
        }) {
            prev_drug = Some(Drug::Named(d));
        }
        for f in produced {
            if let Some(o) = opts.per_table.get(f.kind.table().name()) {
                if !o.keeps(&f) {
                    out.misses.push(Miss { sentence_index: i, table: f.kind.table(), reason: "left out by the table's options (per_table)".into() });
                    continue;
                }
            }
            let mut f = f;
            if complements(&mut out.facts, &mut f, lx).is_some() {
                continue;
            }
            out.facts.push(f);
        }
        // "Police have seized 420 kg of syabu ... in raids in Pasir Gudang. The chief said
        // on Tuesday that the drugs were found in a warehouse on Sunday": the one day the
        // next sentence gives the haul it points back at is the day of the seizure (and of
        // the arrests told with it), which makes them one incident.
        // (Checked on the facts first: the cue search is the costlier test.)
        let undated_before = out.facts.iter().rev().take_while(|f| f.sentence_index + 1 >= i).any(|f| f.sentence_index + 1 == i && f.period.is_none() && matches!(f.kind, FactKind::Seizure { .. }));
        if i > 0 && undated_before && lx.cue("seizure.anaphors").contains(text) {
            let said = lx.cue("period.reporting");
            let mut days: Vec<(Period, &str)> = sent
                .times
                .iter()
                .filter(|t| !said.at_end(crate::text::tail(text, t.start, 24).trim_end().trim_end_matches(" on")).is_some())
                .filter_map(|t| t.period.filter(|p| p.days() == 1).map(|p| (p, t.text.as_str())))
                .collect();
            days.dedup_by_key(|(p, _)| *p);
            if let [(day, phrase)] = days[..] {
                // Arrests only when told with a seizure of that sentence ("seized ... and
                // arrested three men"); alone, they may be of another day.
                for f in out.facts.iter_mut().filter(|f| f.sentence_index + 1 == i && f.period.is_none() && matches!(f.kind, FactKind::Seizure { .. } | FactKind::Arrest { .. })) {
                    f.period = Some(day);
                    f.period_text = Some(format!("{phrase} (the next sentence, about the same haul)"));
                    if !f.evidence.to_lowercase().contains("total") {
                        f.is_aggregate = false;
                    }
                }
            }
        }
        cooperation::organisers(&sent, &mut out.facts);
        cooperation::same_operation(&sent, &mut out.facts);
        for m in misses {
            if enabled.contains(&m.table) {
                out.misses.push(m);
            }
        }
        if lead_in.is_some() {
            list = lead_in;
        }
    }
    operation_totals(doc, lx, &tctx0, &mut out.facts);
    trafficking::complete_from_next(doc, lx, &mut out.facts);
    if !corrected.is_empty() {
        let wrong = |f: &Fact| f.kind.value().is_some_and(|v| corrected.iter().any(|(t, w)| *t == f.kind.table() && (v - w).abs() <= 0.001 * w.abs().max(1.0)));
        for f in out.facts.iter().filter(|f| wrong(f)) {
            out.misses.push(Miss { sentence_index: f.sentence_index, table: f.kind.table(), reason: "a figure a correction in the document says was wrong".into() });
        }
        out.facts.retain(|f| !wrong(f));
    }
    out
}

/// "Operation Coral Wave, held from 20 October to 9 November 2025" with its results told
/// beside it ("led to the seizure of 18.3 tonnes", "- detained 318 people"): figures near
/// the operation that name no day of their own (or only the day they were reported) are
/// totals over the operation's span. Only when the document names one such span.
fn operation_totals(doc: &Doc, lx: &Lexicon, tctx: &TimeContext, facts: &mut [Fact]) {
    let ops = lx.cue("cooperation.operation");
    let mut spans: Vec<(usize, Period, String)> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if ops.find_all(&s.text).is_empty() {
            continue;
        }
        for t in find_time_exprs(&s.text, tctx) {
            if let (TimeKind::Span, Some(p)) = (t.kind, t.period) {
                if p.end > p.start && (p.end - p.start).num_days() <= 120 {
                    spans.push((i, p, t.text.clone()));
                }
            }
        }
    }
    let distinct: std::collections::BTreeSet<(chrono::NaiveDate, chrono::NaiveDate)> = spans.iter().map(|(_, p, _)| (p.start, p.end)).collect();
    if distinct.len() != 1 {
        return;
    }
    let (at, span, text) = spans[0].clone();
    for f in facts.iter_mut() {
        let near = f.sentence_index.abs_diff(at) <= 3;
        // No day of its own, or only the day of saying ("said on Thursday").
        let weak = match (f.period, f.period_text.as_deref()) {
            (None, _) => true,
            (Some(p), Some(t)) => p.start == p.end && span.start <= doc.reference_date.unwrap_or(p.start) && !(span.start <= p.start && p.end <= span.end) && !t.chars().any(|c| c.is_ascii_digit()),
            _ => false,
        };
        let about_it = !ops.find_all(&f.evidence).is_empty() || f.evidence.trim_start().starts_with(['-', '•']) || f.rule.ends_with("list-item") || f.period_text.as_deref().is_some_and(|t| t.contains("list lead-in"));
        let counted = matches!(f.kind, FactKind::Seizure { .. } | FactKind::Arrest { .. } | FactKind::NetworkDisruption { .. } | FactKind::Cooperation { .. });
        if near && weak && about_it && counted {
            f.period = Some(span);
            f.period_text = Some(format!("{text} (the operation's span)"));
            if !matches!(f.kind, FactKind::Cooperation { .. }) {
                f.is_aggregate = true;
            }
        }
    }
}

/// The one drug a lead-in or caption names ("Heroin seized by province (kg)"); none when
/// it names several or none.
fn only_drug(text: &str, lx: &Lexicon) -> Option<Drug> {
    let named: std::collections::BTreeSet<String> = lx.drugs.find_all(text).into_iter().filter_map(|h| match h.value {
        crate::lexicon::DrugWord::Named(d) => Some(d),
        _ => None,
    }).collect();
    (named.len() == 1).then(|| named.into_iter().next().map(Drug::Named)).flatten()
}

/// Does a sentence (its text up to a figure) point back at a seizure just told? It starts
/// with "The haul", "The drugs", "It", "The <drug>", or reports what someone said of it
/// ("The AFP said the drugs had a value of"). The phrases are `cues.seizure.anaphors`.
pub(crate) fn refers_back(text: &str, lx: &Lexicon) -> bool {
    // "The seized narcotics are worth ...": the same as "The narcotics".
    // "The 81 bales of cocaine were worth ...": a count of the packages just told.
    static COUNTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\bthe \d[\d,.]* ").unwrap());
    let lower = text.to_lowercase().replace("the seized ", "the ").replace("the confiscated ", "the ");
    let lower = COUNTED.replace_all(&lower, "the ").into_owned();
    let anaphors = lx.cue("seizure.anaphors");
    // Verbs after which "the shipment", "the fentanyl" points back: reported speech and
    // valuation ("Prosecutors valued the shipment at ...").
    // A comma too: "According to the spokesman, the hashish was valued at ...".
    let pointing = ["said", "added", "says", "valued", "estimated", "put", "priced", "that", "value of", "worth of", "price of", ","];
    let the_drug = |i: usize| lower[i..].strip_prefix("the ").is_some_and(|rest| lx.drugs.at_start(rest).is_some());
    // "Prosecutors said they were worth about 100 billion won": a pronoun after reported
    // speech.
    static PRONOUN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\b(?:said|says|added|estimated|that)\s+(?:they|it|these|those)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:worth|valued)\b").unwrap());
    anaphors.at_start(&lower).is_some()
        || PRONOUN.is_match(&lower)
        || anaphors.find_all(&lower).iter().any(|h| pointing.iter().any(|v| lower[..h.start].trim_end().ends_with(v)))
        || the_drug(0)
        || pointing.iter().any(|v| lower.match_indices(&format!("{v} ")).any(|(i, _)| the_drug(i + v.len() + 1)))
}

/// "Police seized 2,253 kg of cocaine. The haul, worth €157 million, ...": a sentence that
/// refers back to the last seizure and adds its value (or its weight) completes that
/// seizure instead of making a new one. Returns the completed fact's id.
fn complements(facts: &mut [Fact], f: &mut Fact, lx: &Lexicon) -> Option<String> {
    let FactKind::Seizure { drug: f_drug, quantity_kg, pill_count, value_amount, value_currency } = &f.kind else { return None };
    let lower = f.evidence.to_lowercase();
    let refers = refers_back(&f.evidence, lx) || lower.starts_with("it ") || lower.starts_with("they ");
    if !refers || f.sentence_index == 0 {
        return None;
    }
    // "The agency estimated the sabu alone was worth Rp 1.2 trillion": the one drug the
    // sentence names, though not next to the figure.
    let f_drug = if f_drug.is_unspecified() { only_drug(&f.evidence, lx).unwrap_or_else(|| f_drug.clone()) } else { f_drug.clone() };
    // "Officers seized 12 kg of heroin and 3 kg of ice. The drugs are worth S$680,000": the
    // value of a haul of several drugs just told is the value of them all, a row of its
    // own whose drug is `mixed`.
    if f_drug.is_unspecified() && value_amount.is_some() && quantity_kg.is_none() && pill_count.is_none() {
        let last = facts.iter().rev().find(|g| matches!(g.kind, FactKind::Seizure { .. }) && g.sentence_index < f.sentence_index).map(|g| g.sentence_index);
        if let Some(si) = last.filter(|si| f.sentence_index - si <= 2) {
            let told = facts.iter().filter(|g| g.sentence_index == si);
            let drugs: std::collections::BTreeSet<&str> = told
                .clone()
                .filter_map(|g| match &g.kind {
                    FactKind::Seizure { drug, quantity_kg, pill_count, .. } if quantity_kg.is_some() || pill_count.is_some() => Some(drug.as_str()),
                    _ => None,
                })
                .collect();
            let valued = told.clone().any(|g| matches!(g.kind, FactKind::Seizure { value_amount: Some(_), .. }));
            if drugs.len() >= 2 && !valued {
                if let FactKind::Seizure { drug, .. } = &mut f.kind {
                    *drug = crate::model::Drug::Mixed;
                }
                f.rule = format!("{}+of-several-drugs", f.rule);
                return None;
            }
        }
    }
    // The latest seizure of the same drug ("the fentanyl had a value of ..." after a
    // seizure of fentanyl and one of precursors).
    let g = facts.iter_mut().rev().take_while(|g| f.sentence_index - g.sentence_index <= 3).find(|g| {
        g.sentence_index < f.sentence_index && matches!(&g.kind, FactKind::Seizure { drug, .. } if *drug == f_drug || f_drug.is_unspecified() || drug.is_unspecified())
    })?;
    let FactKind::Seizure { quantity_kg: gk, pill_count: gp, value_amount: gv, value_currency: gc, .. } = &mut g.kind else { return None };
    // The new sentence may repeat a figure of the seizure ("The haul, 3,200 kilograms in
    // all, was worth ...") and must add something it lacks, contradicting nothing.
    let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 0.01 * x.abs().max(y.abs()),
        _ => true,
    };
    let consistent = same(*quantity_kg, *gk) && same(pill_count.map(|p| p as f64), gp.map(|p| p as f64)) && same(*value_amount, *gv);
    let adds = (quantity_kg.is_some() && gk.is_none()) || (pill_count.is_some() && gp.is_none()) || (value_amount.is_some() && gv.is_none());
    if !consistent || !adds {
        return None;
    }
    if gk.is_none() {
        *gk = *quantity_kg;
    }
    if gp.is_none() {
        *gp = *pill_count;
    }
    if gv.is_none() {
        *gv = *value_amount;
        *gc = value_currency.clone();
    }
    g.evidence = format!("{} {}", g.evidence, f.evidence);
    g.rule = format!("{}+{}", g.rule, f.rule);
    g.trafficking.fill_from(&f.trafficking);
    Some(g.fact_id.clone())
}

/// Shared steps: acting state, period, qualifier, aggregate flag, ids.
fn finish(s: &Sent, doc: &Doc, c: Candidate) -> Fact {
    let lx = s.lx;
    let (country, country_cue) = match &c.country {
        Some((iso, cue)) => (Some(iso.clone()), Some(cue.clone())),
        None => match countries::acting_state(&s.cues, c.trigger.max(c.start.min(c.trigger))) {
            Some(cue) => (Some(cue.iso3.clone()), Some(cue.text.clone())),
            None => match (&s.prev_actor, s.doc.focus.first()) {
                (Some(p), _) => (Some(p.clone()), Some("previous sentence".to_string())),
                (None, Some(f)) => (Some(f.clone()), Some("document focus".to_string())),
                _ => (None, None),
            },
        },
    };
    let (period, period_text, period_kind) = if c.undated {
        (None, None, None)
    } else {
        match closest_time(s, c.start, c.end) {
            _ if c.period.is_some() => {
                let (p, t) = c.period.clone().unwrap();
                (Some(p), Some(t), Some(TimeKind::Span))
            }
            Some(t) => (t.period, Some(t.text.clone()), Some(t.kind)),
            None => match &s.inherited {
                Some((p, t)) => (Some(*p), Some(format!("{t} (earlier sentence)")), None),
                None => (None, None, None),
            },
        }
    };
    let (qualifier, _) = match c.kind {
        FactKind::Cooperation { count: None, .. } => (Qualifier::Exact, None),
        _ => crate::rules::qualifier::qualifier_of(s.text, c.start, c.end, lx),
    };
    let is_aggregate = c.aggregate.unwrap_or_else(|| aggregate(s, &c, period, period_kind));
    let mut c = c;
    if let FactKind::Seizure { value_currency: Some(cur), .. } = &mut c.kind {
        let written = c.figure_text.clone().unwrap_or_default();
        *cur = seizures::currency_for_state(cur, &written, country.as_deref());
    }
    let table = c.kind.table();
    let fact_id = stable_id(&[&doc.doc_id, table.name(), &s.index.to_string(), &c.start.to_string(), &c.rule]);
    // A list item's label names its place ("Basra: 38.5 kg"), unless it names the drug.
    let label_place = s.list.and_then(|_| item_label(s.text)).filter(|l| lx.drugs.find_all(l).is_empty() && !lx.cue("seizure.verbs").contains(l)).map(str::to_string);
    let location = c.location.clone().or_else(|| match table {
        FactTable::Seizures => label_place.or_else(|| location::location_of(s.text, c.start, lx)).or_else(|| {
            // A sentence that goes on about the event just told keeps its place.
            let first = s.text.split_whitespace().next().unwrap_or("").to_lowercase();
            let continues = ["they", "he", "she", "it", "officers", "police", "investigators", "agents", "the", "officials", "soldiers", "customs"].contains(&first.as_str());
            if continues { s.prev_place.clone() } else { None }
        }),
        FactTable::CooperationEvents => location::location_of(s.text, c.trigger.min(c.start), lx),
        _ => None,
    });
    let details = trafficking::details(s, table, c.start, c.end);
    let geo = matches!(table, FactTable::Seizures | FactTable::CooperationEvents).then(|| trafficking::geocode(location.as_deref(), country.as_deref(), lx)).flatten();
    Fact {
        fact_id: fact_id.clone(),
        doc_id: doc.doc_id.clone(),
        sentence_index: s.index,
        evidence: s.text.to_string(),
        kind: c.kind,
        country,
        period,
        qualifier,
        is_aggregate,
        location,
        cluster_id: fact_id,
        rule: c.rule,
        figure_text: c.figure_text,
        period_text,
        country_cue,
        trafficking: details,
        geo,
    }
}

/// How many bytes before a time expression the words of reporting are looked for.
const NEAR: usize = 200;

/// Where the comparison begins when a time expression is named only to compare ("an
/// increase of 8 per cent over the previous year", "up from 90 tonnes in 2023", "down 12
/// percent from a year earlier"); `None` when it is not.
fn comparison_at(text: &str, t: &TimeExpr, lx: &Lexicon) -> Option<usize> {
    // ASCII lower case keeps the byte offsets of the text.
    let before = crate::text::tail(text, t.start, NEAR).to_ascii_lowercase();
    let base = t.start - before.len();
    if let Some(h) = lx.cue("period.compared_before").at_end(&before) {
        return Some(base + h.start);
    }
    let from = crate::rules::floor_char(&before, before.len().saturating_sub(40));
    let near = &before[from..];
    // The clause: up to a comma that is no thousands separator ("72,800").
    let clause = near.rfind(", ").map(|i| i + 2).unwrap_or(0).max(near.rfind(';').map(|i| i + 1).unwrap_or(0));
    // "more than 24,000 suspects last year": "than" before a figure is a qualifier.
    let near = &near[clause..];
    let qualifier = |end: usize| near[end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    lx.cue("period.compared").find_all(near).into_iter().find(|h| !(h.text.eq_ignore_ascii_case("than") && qualifier(h.end))).map(|h| base + from + clause + h.start)
}

/// The time expression nearest the figure; spans and "since" phrases, which describe
/// what a figure covers, are preferred over the time of reporting.
fn closest_time<'a>(s: &'a Sent, start: usize, end: usize) -> Option<&'a TimeExpr> {
    // "the ministry said on Thursday that ... seized ... on Wednesday": the time of
    // reporting gives way to the time of the event when both are named.
    // (The words just before are enough; a window keeps this from growing with the text.)
    let reporting = |t: &TimeExpr| s.lx.cue("period.reporting").at_end(&crate::text::tail(s.text, t.start, NEAR).to_lowercase()).is_some();
    // A time expression in another clause (after a semicolon) is not the figure's.
    let clause = |pos: usize| crate::text::before(s.text, pos).matches(';').count();
    let same_clause: Vec<&TimeExpr> = s.times.iter().filter(|t| clause(t.start) == clause(start)).collect();
    let candidates: Vec<&TimeExpr> = if same_clause.is_empty() { s.times.iter().collect() } else { same_clause };
    // A period named to compare is the period of the figure compared ("up from 90 tonnes
    // in 2023"), not of the one before the comparison ("236.4 kg, down 12 percent from a
    // year earlier").
    let candidates: Vec<&TimeExpr> = candidates.into_iter().filter(|t| comparison_at(s.text, t, s.lx).is_none_or(|p| p <= start && end <= t.start)).collect();
    let events: Vec<&TimeExpr> = candidates.iter().copied().filter(|t| !reporting(t)).collect();
    // "the navy said Monday it had intercepted ...": the day of saying is no day of the
    // event; with nothing else, the sentence tells no period of its own.
    if events.is_empty() && !candidates.is_empty() && candidates.iter().all(|t| t.kind == TimeKind::Day) {
        return None;
    }
    let pool: Vec<&TimeExpr> = if events.is_empty() { candidates } else { events };
    pool.into_iter()
        .filter(|t| t.period.is_some() || matches!(t.kind, TimeKind::Since | TimeKind::Anaphor | TimeKind::Day | TimeKind::Month))
        .min_by_key(|t: &&TimeExpr| {
            let d = if t.end <= start { start - t.end } else { t.start.saturating_sub(end) };
            let weight = match t.kind {
                TimeKind::Since | TimeKind::Span => 2,
                _ => 1,
            };
            d / weight
        })
}

/// Is the figure a total over a period rather than one incident?
fn aggregate(s: &Sent, c: &Candidate, period: Option<Period>, kind: Option<TimeKind>) -> bool {
    let lx = s.lx;
    let text = s.text;
    // Incident words of another figure earlier in the sentence are not this one's.
    let from = s
        .quantities
        .iter()
        .map(|q| q.end)
        .chain(s.numbers.iter().filter(|n| !n.year_like).map(|n| n.end))
        .filter(|e| *e <= c.start)
        .max()
        .unwrap_or(0);
    // Over a whole year, a verb ("intercepted 47,500 kilos ... in 2022") does not make
    // one incident; an incident noun ("a truck") still does.
    let year_long = period.is_some_and(|p| p.days() >= 365);
    let incident = lx.cue("aggregate.incident").find_all(text).iter().any(|h| {
        let noun_like = ["a ", "an ", "one ", "single", "record", "biggest", "largest"].iter().any(|w| h.text.to_lowercase().starts_with(w));
        h.start >= from && h.start < c.end + 40 && (noun_like || !year_long)
    });
    let cue = lx.cue("aggregate.cues").find_all(text).iter().any(|h| {
        let pre = crate::text::tail(text, h.start, 24).trim_end().to_ascii_lowercase();
        !(h.text.to_lowercase().starts_with("this") && (pre.ends_with("earlier") || pre.ends_with("later") || pre.ends_with("late") || pre.ends_with("early")))
    });
    let long_period = period.is_some_and(|p| p.days() > 31) || matches!(kind, Some(TimeKind::Year | TimeKind::Span | TimeKind::Since));
    let one_day = period.is_some_and(|p| p.days() == 1);
    // "bringing the total to 19 tonnes", "a total of", "in total": a total whatever the date.
    // (Offsets in an ASCII-lower-cased window are offsets of the window.)
    let pre = crate::text::tail(text, c.start, 50).to_ascii_lowercase();
    if pre.rfind("total").is_some_and(|i| pre.len() - i < 50) || crate::text::starts_with_ignore_ascii_case(crate::text::after(text, c.end).trim_start(), "in total") {
        return true;
    }
    match c.kind.table() {
        FactTable::Seizures => !incident && !one_day && (cue || long_period),
        FactTable::CooperationEvents => false,
        _ => {
            // "The four men were arrested in March last year": known people, one event.
            // ("Of the 900 people arrested in 2024" is still a total.)
            let definite = crate::text::tail(text, c.start, 40).trim_end().to_lowercase().rsplit(|ch: char| !ch.is_alphabetic()).next().is_some_and(|w| w == "the") && c.kind.value().is_some_and(|v| v < 10.0);
            if incident || one_day || definite {
                return false;
            }
            // Counts over a whole month ("during the month of May", "arrested 240 people
            // in March") are totals too; "the four men were arrested in March" is not.
            let month = period.is_some_and(|p| p.days() >= 28) && c.kind.value().is_some_and(|v| v >= 10.0);
            if cue || long_period || month {
                return true;
            }
            c.kind.value().is_some_and(|v| v >= 100.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::model::{FactKind, RawDoc};

    fn periods(text: &str, published: &str) -> Vec<Option<(String, String)>> {
        let lx = Lexicon::builtin();
        let raw = RawDoc { source: "t".into(), text: text.into(), published: Some(published.parse().unwrap()), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        super::extract(&doc, &lx, &Default::default()).facts.iter().map(|f| f.period.map(|p| (p.start.to_string(), p.end.to_string()))).collect()
    }

    /// (drug, kg, value) of every seizure of a text.
    fn seizures(text: &str) -> Vec<(String, Option<f64>, Option<f64>)> {
        let lx = Lexicon::builtin();
        let raw = RawDoc { source: "t".into(), text: text.into(), published: Some("2025-09-02".parse().unwrap()), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        super::extract(&doc, &lx, &Default::default())
            .facts
            .iter()
            .filter_map(|f| match &f.kind {
                FactKind::Seizure { drug, quantity_kg, value_amount, .. } => Some((drug.to_string(), *quantity_kg, *value_amount)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn counts_that_leave_out_their_noun_after_the_first() {
        let sentences = |text: &str| -> Vec<(String, i64)> {
            let lx = Lexicon::builtin();
            let raw = RawDoc { source: "t".into(), text: text.into(), published: Some("2025-11-21".parse().unwrap()), ..Default::default() };
            let doc = crate::clean::clean(&raw, &lx);
            let mut v: Vec<(String, i64)> = super::extract(&doc, &lx, &Default::default())
                .facts
                .iter()
                .filter_map(|f| match &f.kind {
                    FactKind::CourtSentence { sentence_type, count: Some(n) } => Some((sentence_type.as_str().to_string(), *n)),
                    _ => None,
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            sentences("The city court on Monday sentenced eight defendants to death, 11 to life imprisonment and eight to prison terms of between 7 and 20 years."),
            vec![("death".into(), 8), ("life".into(), 11), ("prison".into(), 8)]
        );
        // The parts of a total without a type replace it.
        assert_eq!(
            sentences("The High Court on Thursday sentenced five people over the seizure: one to life imprisonment and four to prison terms of between 18 and 27 years."),
            vec![("life".into(), 1), ("prison".into(), 4)]
        );
    }

    #[test]
    fn states_that_took_part_join_the_operation_just_told() {
        let lx = Lexicon::builtin();
        let text = "An INTERPOL-coordinated operation code-named Jade Current led to 1,240 arrests, the organisation said on Tuesday.\n\nPolice and customs of Australia, Fiji, Korea and Thailand took part in the operation, which ran from 1 September to 15 November.";
        let raw = RawDoc { source: "t".into(), text: text.into(), published: Some("2025-12-02".parse().unwrap()), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        let events: Vec<Vec<String>> = super::extract(&doc, &lx, &Default::default())
            .facts
            .iter()
            .filter_map(|f| match &f.kind {
                FactKind::Cooperation { parties, .. } => Some(parties.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(events, vec![vec!["AUS", "FJI", "INTERPOL", "KOR", "THA"]]);
    }

    #[test]
    fn labels_of_list_items() {
        assert_eq!(super::item_label("Basra: 38.5 kg of crystal"), Some("Basra"));
        assert_eq!(super::item_label("Mandaue City (Saturday, 9:40 p.m.): 1.5 kilos of shabu seized"), Some("Mandaue City"));
        assert_eq!(super::item_label("At 9:40 p.m. police seized 2 kg"), None);
        assert_eq!(super::item_label("Police said: 5 kg were found in the car of the suspect who fled"), Some("Police said"));
    }

    #[test]
    fn the_next_sentence_dates_the_haul_it_points_back_at() {
        let text = "Police in Johor have seized 420 kilogrammes of syabu and arrested three men in raids in Pasir Gudang.\n\nThe state police chief said on Tuesday that the drugs were found in a warehouse on Sunday.";
        let day = Some(("2025-08-10".to_string(), "2025-08-10".to_string()));
        assert_eq!(periods(text, "2025-08-12"), vec![day.clone(), day]);
        // Arrests alone are not dated by a sentence about a haul.
        let text = "Two men have been arrested in Maroubra after a chase.\n\nThe drugs had been found at the port on Wednesday.";
        assert_eq!(periods(text, "2025-03-21"), vec![None]);
    }

    #[test]
    fn the_value_of_several_drugs_is_a_row_of_its_own() {
        let row = |d: &str, kg: Option<f64>, v: Option<f64>| (d.to_string(), kg, v);
        // Right after a list of hauls of different drugs.
        assert_eq!(seizures("Police seized 540kg of syabu and 120kg of ketamine worth RM21.6 million on Sunday."), vec![row("methamphetamine", Some(540.0), None), row("ketamine", Some(120.0), None), row("mixed", None, Some(21_600_000.0))]);
        // In the next sentence, pointing back at them.
        assert_eq!(seizures("Officers seized 12 kg of heroin and 3 kg of cocaine on Monday. The drugs are estimated to be worth more than $680,000."), vec![row("heroin", Some(12.0), None), row("cocaine", Some(3.0), None), row("mixed", None, Some(680_000.0))]);
        // One drug: the value is that haul's.
        assert_eq!(seizures("Officers seized 12 kg of heroin on Monday. The drugs are estimated to be worth $680,000."), vec![row("heroin", Some(12.0), Some(680_000.0))]);
        // Each haul with its own value.
        assert_eq!(seizures("Police seized 40 kg of heroin worth $2 million and 10 kg of cocaine worth $400,000."), vec![row("heroin", Some(40.0), Some(2_000_000.0)), row("cocaine", Some(10.0), Some(400_000.0))]);
        // Goods that are not drugs.
        assert_eq!(seizures("Police seized 40 kg of heroin. They also seized four vehicles and jewellery worth $380,000."), vec![row("heroin", Some(40.0), None)]);
    }

    #[test]
    fn currencies_shared_by_states() {
        use super::seizures::currency_for_state;
        assert_eq!(currency_for_state("PGK", "K94 million", Some("PNG")), "PGK");
        assert_eq!(currency_for_state("PGK", "K96 billion", Some("MMR")), "MMK");
        assert_eq!(currency_for_state("INR", "Rs 3 crore", Some("PAK")), "PKR");
        assert_eq!(currency_for_state("KES", "Sh1.2 billion", Some("TZA")), "TZS");
    }

    #[test]
    fn a_liveblog_correction_removes_the_wrong_figure() {
        let text = "12:55 - Reports are coming in of a large seizure: police found 2.1 tonnes of cocaine on a boat.\n\n16:20 - CORRECTION: An earlier post said 2.1 tonnes were seized. Police have clarified that 1.2 tonnes of cocaine were seized.";
        let got: Vec<Option<f64>> = seizures(text).into_iter().map(|(_, kg, _)| kg).collect();
        assert_eq!(got, vec![Some(1200.0)]);
    }

    #[test]
    fn figures_restated_in_brackets() {
        let row = |d: &str, kg: Option<f64>, v: Option<f64>| (d.to_string(), kg, v);
        assert_eq!(seizures("The navy seized 1,5 toneladas de cocaína (1.5 tonnes of cocaine) from a go-fast boat on Monday."), vec![row("cocaine", Some(1500.0), None)]);
        assert_eq!(seizures("In 2024 the police seized 9.780 kg (9,780 kilograms) of cocaine at the port."), vec![row("cocaine", Some(9780.0), None)]);
    }

    #[test]
    fn an_operations_results_are_totals_over_its_span() {
        let lx = Lexicon::builtin();
        let text = "Europol said on Friday that a two-week operation against heroin trafficking in the Balkans had led to the seizure of 740 kilograms of heroin and the arrest of 95 people.\n\nOperation \"Iron Gate\", held from 3 to 16 March 2025, brought together police from Serbia, Albania and Greece.\n\nThe largest haul, 210 kg, was found near Thessaloniki on 9 March.";
        let raw = RawDoc { source: "t".into(), text: text.into(), published: Some("2025-03-21".parse().unwrap()), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        let facts = super::extract(&doc, &lx, &Default::default()).facts;
        let got: Vec<(String, bool, Option<(String, String)>)> = facts.iter().map(|f| {
            let what = match &f.kind {
                FactKind::Seizure { quantity_kg, .. } => format!("seizure {}", quantity_kg.unwrap()),
                FactKind::Arrest { count } => format!("arrests {}", count.unwrap()),
                FactKind::Cooperation { event_type, parties, .. } => format!("{event_type} {}", parties.join("+")),
                _ => "other".into(),
            };
            (what, f.is_aggregate, f.period.map(|p| (p.start.to_string(), p.end.to_string())))
        }).collect();
        let span = Some(("2025-03-03".to_string(), "2025-03-16".to_string()));
        assert!(got.contains(&("seizure 740".into(), true, span.clone())), "{got:?}");
        assert!(got.contains(&("arrests 95".into(), true, span.clone())), "{got:?}");
        // The haul with its own day stays one incident.
        assert!(got.contains(&("seizure 210".into(), false, Some(("2025-03-09".into(), "2025-03-09".into())))), "{got:?}");
        assert!(got.iter().any(|(w, _, p)| w.starts_with("joint_operation") && w.contains("ALB") && w.contains("GRC") && w.contains("SRB") && *p == span), "{got:?}");
    }

    #[test]
    fn the_day_of_saying_is_no_day_of_the_event() {
        assert_eq!(periods("Ecuador's navy said Monday it had intercepted a boat carrying 1.8 tonnes of cocaine.", "2024-05-08"), vec![None]);
        let day = Some(("2024-05-05".to_string(), "2024-05-05".to_string()));
        assert_eq!(periods("Ecuador's navy intercepted a boat carrying 1.8 tonnes of cocaine on Sunday, officials said on Monday.", "2024-05-08"), vec![day]);
    }
}
