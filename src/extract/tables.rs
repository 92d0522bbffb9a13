//! Tables whose cells are told apart by "|" (HTML tables are read that way, Markdown
//! writes them so): a header row says what each column holds (a unit, a drug, a year,
//! arrests), and each row below gives one figure per cell, labelled by its first cell
//! (a drug or a place).
//!
//! | Drug | Cases | Weight (kg) |         | Substance        | 2023 | 2024 |
//! | Cocaine | 9 | 41.2 |                 | Cocaine (tonnes) | 23.2 | 53.5 |

use super::{Candidate, ListLead, Sent};
use crate::lexicon::{DrugWord, Lexicon};
use crate::model::{Drug, FactKind, Period, SentenceType};
use crate::rules::numbers::find_numbers;
use crate::rules::periods::{find_time_exprs, TimeContext};
use crate::rules::quantity::{caption_unit, Measure};

/// What one column of a table holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Column {
    /// Kilograms per figure, or `Some(None)` for pills.
    pub unit: Option<Option<f64>>,
    pub drug: Option<Drug>,
    pub period: Option<(Period, String)>,
    /// The column counts people arrested.
    pub arrests: bool,
    /// The column counts court sentences (or convictions) of this type.
    pub sentences: Option<SentenceType>,
    /// The column gives money in this currency ("Value (RM)").
    pub currency: Option<String>,
    /// A scale the header gives its figures in ("Value (US$ million)").
    pub scale: f64,
}

/// A table's header row.
#[derive(Debug, Clone, Default)]
pub(crate) struct Head {
    pub columns: Vec<Column>,
}

/// The cells of a row with their byte spans; `None` when the text is no row of cells.
pub(crate) fn cells(text: &str) -> Option<Vec<(usize, &str)>> {
    if !text.contains('|') {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 0;
    for part in text.split('|') {
        let lead = part.len() - part.trim_start().len();
        out.push((at + lead, part.trim()));
        at += part.len() + 1;
    }
    // "| a | b |": the empty cells outside the outer bars.
    if out.first().is_some_and(|c| c.1.is_empty()) {
        out.remove(0);
    }
    if out.last().is_some_and(|c| c.1.is_empty()) {
        out.pop();
    }
    (out.len() >= 2).then_some(out)
}

/// "|---|:---:|": the rule under a Markdown header.
pub(crate) fn is_rule(text: &str) -> bool {
    text.contains('|') && text.contains('-') && text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '='))
}

fn unit_of(cell: &str, lx: &Lexicon) -> Option<Option<f64>> {
    caption_unit(cell, lx).or_else(|| {
        cell.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).find_map(|w| {
            let w = w.to_lowercase();
            if w.len() < 2 {
                return None;
            }
            lx.mass_units.lookup(&w).map(|f| Some(*f)).or_else(|| lx.pill_units.lookup(&w).map(|_| None))
        })
    })
}

fn drug_of(cell: &str, lx: &Lexicon) -> Option<Drug> {
    lx.drugs.find_all(cell).into_iter().find_map(|h| match h.value {
        DrugWord::Named(d) => Some(Drug::Named(d)),
        _ => None,
    })
}

/// A header row: cells of words (years allowed), none of them a figure.
pub(crate) fn head(text: &str, lx: &Lexicon, ctx: &TimeContext) -> Option<Head> {
    let cells = cells(text)?;
    let figures = find_numbers(text);
    if figures.iter().any(|n| !n.year_like) || !cells.iter().any(|(_, c)| c.chars().any(char::is_alphabetic)) {
        return None;
    }
    let columns = cells
        .iter()
        .map(|(_, c)| {
            let period = find_time_exprs(c, ctx).into_iter().find_map(|t| t.period.map(|p| (p, t.text))).or_else(|| {
                let y: i32 = c.parse().ok().filter(|y| (1900..=2100).contains(y))?;
                Some((Period { start: chrono::NaiveDate::from_ymd_opt(y, 1, 1)?, end: chrono::NaiveDate::from_ymd_opt(y, 12, 31)? }, c.to_string()))
            });
            let arrests = lx.cue("arrest.nouns").contains(c) || (lx.cue("arrest.verbs").contains(c) && lx.cue("arrest.people").contains(c));
            let sentences = super::SENTENCE_CUES
                .into_iter()
                .find(|(_, l)| lx.cue(l).contains(c))
                .map(|(t, _)| t)
                .filter(|_| !arrests);
            let low = c.to_lowercase();
            let currency = lx.currencies.find_all(c).into_iter().next().map(|h| h.value.0);
            let scale = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("lakh", 1e5), ("crore", 1e7)].iter().find(|(w, _)| low.contains(w)).map_or(1.0, |(_, f)| *f);
            Column { unit: unit_of(c, lx), drug: drug_of(c, lx), period, arrests, sentences, currency, scale }
        })
        .collect();
    Some(Head { columns })
}

/// What a row's label says: a drug, a unit, a period ("Q1 2025", "January-September")
/// or a state ("Myanmar"); else it names a place.
struct Label {
    drug: Option<Drug>,
    unit: Option<Option<f64>>,
    period: Option<(Period, String)>,
    country: Option<String>,
}

fn label_of(label: &str, lx: &Lexicon, ctx: &TimeContext) -> Label {
    let drug = drug_of(label, lx).or_else(|| lx.drugs.find_all(label).first().map(|_| Drug::Unspecified));
    // A period alone ("January-September" reads as one after "from").
    let period = find_time_exprs(&format!("from {label}"), ctx)
        .into_iter()
        .chain(find_time_exprs(label, ctx))
        .find_map(|t| t.period.map(|p| (p, t.text.trim_start_matches("from ").to_string())));
    let country = lx.places.lookup(label).filter(|c| matches!(c.kind, crate::lexicon::PlaceKind::Name | crate::lexicon::PlaceKind::Demonym)).map(|c| c.iso3.clone());
    Label { drug, unit: unit_of(label, lx), period, country }
}

/// The facts of one row under a header. A row of measures of one haul or total ("Heroin |
/// 2,180 kg | 196.2 million") gives one seizure; a row over periods ("Cocaine | 23.2 |
/// 53.5" under "2023 | 2024") one per period. Cells count with their own unit, else the
/// column's, the row's or the caption's; a column of arrests gives arrests. Returns
/// false when the text is no row of this table.
pub(crate) fn row(s: &Sent, lead: &ListLead, head: &Head, ctx: &TimeContext, out: &mut Vec<Candidate>) -> bool {
    let lx = s.lx;
    let Some(cells) = cells(s.text) else { return false };
    let (_, label) = cells[0];
    // A label of words, or a year ("| 2022 | 13,412 | 2,175 |" under "| Year | Arrests | ...").
    let year = label.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
    if !label.chars().any(char::is_alphabetic) && year.is_none() {
        return false;
    }
    let mut row = label_of(label, lx, ctx);
    if let (Some(y), None) = (year, &row.period) {
        row.period = chrono::NaiveDate::from_ymd_opt(y, 1, 1).zip(chrono::NaiveDate::from_ymd_opt(y, 12, 31)).map(|(start, end)| (Period { start, end }, label.to_string()));
    }
    // A label with a figure is no label, unless it is a period ("Q1 2025").
    if row.period.is_none() && find_numbers(label).iter().any(|n| !n.year_like) {
        return false;
    }
    // The total is told in the text too, or is the sum of the rows.
    let low = label.to_lowercase();
    if ["total", "all ", "overall", "nationwide", "national", "sum"].iter().any(|w| low.starts_with(w)) {
        return true;
    }
    // Columns line up from the right when the header has no cell over the labels.
    let shift = cells.len().saturating_sub(head.columns.len());
    let by_period = head.columns.iter().any(|c| c.period.is_some());
    let mut hauls: Vec<Candidate> = Vec::new();
    for (k, (at, cell)) in cells.iter().enumerate().skip(1) {
        let Some(col) = (k >= shift).then(|| head.columns.get(k - shift)).flatten() else { continue };
        let Some(n) = find_numbers(cell).into_iter().next() else { continue };
        let (start, end) = (at + n.start, at + n.end);
        let period = col.period.clone().or_else(|| row.period.clone()).or_else(|| lead.period.clone()).or_else(|| s.inherited.clone());
        // The cell's own unit ("14,820 kg", "1.2 million pills", "RM533.5 million").
        let own = crate::rules::quantity::find_quantities(cell, lx).into_iter().next().map(|q| q.measure);
        if let Some(ty) = col.sentences {
            let mut c = Candidate::new(FactKind::CourtSentence { sentence_type: ty, count: Some(n.value as i64) }, start, end, 0, "sentences:table-cell");
            c.figure_text = Some(format!("{} (row \"{label}\", column {k})", n.text));
            c.aggregate = period.as_ref().map(|(p, _)| p.end > p.start);
            c.period = period;
            out.push(c);
            continue;
        }
        let measure = if col.arrests {
            None
        } else if let Some(m) = own {
            Some(m)
        } else if let Some(cur) = &col.currency {
            Some(Measure::Money { amount: n.value * col.scale, currency: cur.clone() })
        } else {
            match col.unit.or(row.unit).or(lead.table_unit) {
                Some(Some(f)) => Some(Measure::Mass { kg: n.value * f * col.scale }),
                Some(None) => Some(Measure::Pills { count: (n.value * col.scale) as i64 }),
                None => continue,
            }
        };
        let mut c = match measure {
            None => Candidate::new(FactKind::Arrest { count: Some(n.value as i64) }, start, end, 0, "arrests:table-cell"),
            Some(m) => {
                let drug = row.drug.clone().or_else(|| col.drug.clone()).or_else(|| lead.drug.clone()).unwrap_or(Drug::Unspecified);
                let (kg, pills, value) = match m {
                    Measure::Mass { kg } => (Some(kg), None, None),
                    Measure::Pills { count } => (None, Some(count), None),
                    Measure::Money { amount, currency } => (None, None, Some((amount, currency))),
                };
                // Measures of one haul join one seizure ("2,180 kg | 196.2 million"),
                // unless the columns are periods or drugs of their own.
                let joins = |h: &Candidate| match &h.kind {
                    FactKind::Seizure { drug: hd, quantity_kg, pill_count, value_amount, .. } => {
                        *hd == drug && (kg.is_none() || quantity_kg.is_none()) && (pills.is_none() || pill_count.is_none()) && (value.is_none() || value_amount.is_none())
                    }
                    _ => false,
                };
                if let Some(h) = hauls.iter_mut().find(|h| !by_period && joins(h)) {
                    if let FactKind::Seizure { quantity_kg, pill_count, value_amount, value_currency, .. } = &mut h.kind {
                        *quantity_kg = quantity_kg.or(kg);
                        *pill_count = pill_count.or(pills);
                        if let Some((a, cur)) = value {
                            *value_amount = Some(a);
                            *value_currency = Some(cur);
                        }
                    }
                    h.end = end;
                    h.figure_text = Some(format!("{}; {} (column {k})", h.figure_text.clone().unwrap_or_default(), n.text));
                    continue;
                }
                let (va, vc) = value.map_or((None, None), |(a, c)| (Some(a), Some(c)));
                let mut c = Candidate::new(FactKind::Seizure { drug, quantity_kg: kg, pill_count: pills, value_amount: va, value_currency: vc }, start, end, 0, "seizure:table-cell");
                if row.drug.is_none() && row.period.is_none() && row.country.is_none() {
                    c.location = Some(label.to_string());
                }
                c
            }
        };
        if let Some(iso) = &row.country {
            c.country = Some((iso.clone(), label.to_string()));
        }
        c.figure_text = Some(format!("{} (row \"{label}\", column {k})", n.text));
        c.aggregate = period.as_ref().map(|(p, _)| p.end > p.start);
        c.period = period;
        if matches!(c.kind, FactKind::Seizure { .. }) {
            hauls.push(c);
        } else {
            out.push(c);
        }
    }
    out.extend(hauls);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::model::{Fact, RawDoc};

    fn facts(text: &str) -> Vec<Fact> {
        let lx = Lexicon::builtin();
        let raw = RawDoc { source: "t.md".into(), text: text.into(), published: Some("2025-07-15".parse().unwrap()), ..Default::default() };
        let doc = crate::clean::clean(&raw, &lx);
        crate::extract::extract(&doc, &lx, &Default::default()).facts
    }

    fn seizure(f: &Fact) -> (String, Option<f64>, String, String) {
        let FactKind::Seizure { drug, quantity_kg, .. } = &f.kind else { panic!("{f:?}") };
        let p = f.period.unwrap();
        (drug.to_string(), *quantity_kg, p.start.to_string(), p.end.to_string())
    }

    #[test]
    fn rows_labelled_by_year() {
        let f = facts("The agency released its figures for three years.\n\n| Year | Suspects arrested | Convictions secured | Drugs seized (kilogrammes) |\n|---|---|---|---|\n| 2022 | 13,412 | 2,175 | 732,418.5 |\n| 2023 | 15,206 | 2,690 | 1,205,341.2 |\n\nThe chairman spoke in Abuja.");
        let got: Vec<String> = f.iter().map(|f| {
            let p = f.period.unwrap();
            let what = match &f.kind {
                FactKind::Arrest { count } => format!("arrests {}", count.unwrap()),
                FactKind::CourtSentence { sentence_type, count } => format!("{sentence_type} {}", count.unwrap()),
                FactKind::Seizure { quantity_kg, .. } => format!("kg {}", quantity_kg.unwrap()),
                _ => "other".into(),
            };
            format!("{what} {}..{} {}", p.start, p.end, f.is_aggregate)
        }).collect();
        for want in ["arrests 13412 2022-01-01..2022-12-31 true", "unspecified 2175 2022-01-01..2022-12-31 true", "kg 732418.5 2022-01-01..2022-12-31 true", "arrests 15206 2023-01-01..2023-12-31 true"] {
            assert!(got.contains(&want.to_string()), "{want} not in {got:?}");
        }
    }

    #[test]
    fn cells_and_rules() {
        assert_eq!(cells("| Drug | Weight (kg) |").unwrap().iter().map(|c| c.1).collect::<Vec<_>>(), vec!["Drug", "Weight (kg)"]);
        let row = "Cocaine | 9 | 41.2";
        let c = cells(row).unwrap();
        assert_eq!(&row[c[2].0..c[2].0 + 4], "41.2");
        assert!(cells("no bars here").is_none());
        assert!(is_rule("|---|:--:|"));
        assert!(!is_rule("Cocaine | 9"));
    }

    #[test]
    fn header_says_what_columns_hold() {
        let lx = Lexicon::builtin();
        let ctx = TimeContext::new(None);
        let h = head("Drug | Cases | Weight (kg)", &lx, &ctx).unwrap();
        assert_eq!(h.columns.iter().map(|c| c.unit).collect::<Vec<_>>(), vec![None, None, Some(Some(1.0))]);
        let h = head("Substance | 2023 | 2024", &lx, &ctx).unwrap();
        assert_eq!(h.columns[2].period.as_ref().unwrap().0.start.to_string(), "2024-01-01");
        let h = head("Province | Arrests | Heroin (kg)", &lx, &ctx).unwrap();
        assert!(h.columns[1].arrests && h.columns[2].drug == Some(Drug::Named("heroin".into())));
        // A row of figures is no header.
        assert!(head("Cocaine | 9 | 41.2", &lx, &ctx).is_none());
    }

    #[test]
    fn one_seizure_per_cell_with_a_unit() {
        let f = facts("Customs seized 412 kg of drugs in the first half.\n\nDrug seizures by customs, January-June 2025\n\n| Drug | Cases | Weight (kg) |\n|---|---|---|\n| Cocaine | 9 | 41.2 |\n| MDMA | 57 | 23.8 |\n| Total | 66 | 65.0 |\n\nThe agency gave no more detail.");
        let rows: Vec<_> = f.iter().filter(|f| f.rule == "seizure:table-cell").map(seizure).collect();
        assert_eq!(rows, vec![
            ("cocaine".into(), Some(41.2), "2025-01-01".into(), "2025-06-30".into()),
            ("mdma".into(), Some(23.8), "2025-01-01".into(), "2025-06-30".into()),
        ]);
        assert!(f.iter().filter(|f| f.rule == "seizure:table-cell").all(|f| f.is_aggregate));
    }

    #[test]
    fn year_columns_and_units_in_the_row_label() {
        let f = facts("Seizures reported by the office, by substance:\n\nSubstance | 2023 | 2024\nCocaine (tonnes) | 23.2 | 53.5\nHerbal cannabis (tonnes) | 27.0 | 31.4\n");
        let rows: Vec<_> = f.iter().map(seizure).collect();
        assert_eq!(rows, vec![
            ("cocaine".into(), Some(23200.0), "2023-01-01".into(), "2023-12-31".into()),
            ("cocaine".into(), Some(53500.0), "2024-01-01".into(), "2024-12-31".into()),
            ("cannabis".into(), Some(27000.0), "2023-01-01".into(), "2023-12-31".into()),
            ("cannabis".into(), Some(31400.0), "2024-01-01".into(), "2024-12-31".into()),
        ]);
    }

    #[test]
    fn cells_with_their_own_units_and_a_money_column_make_one_haul() {
        let f = facts("Police seized drugs worth RM924 million in the first half of 2025.\n\n| Drug | Quantity | Value (RM) |\n|---|---|---|\n| Heroin | 2,180 kg | 196.2 million |\n| Ecstasy | 1.2 million pills | 54.0 million |\n");
        let rows: Vec<(String, Option<f64>, Option<i64>, Option<f64>, Option<String>)> = f.iter().filter(|f| f.rule == "seizure:table-cell").map(|f| match &f.kind {
            FactKind::Seizure { drug, quantity_kg, pill_count, value_amount, value_currency } => (drug.to_string(), *quantity_kg, *pill_count, *value_amount, value_currency.clone()),
            _ => unreachable!(),
        }).collect();
        assert_eq!(rows, vec![
            ("heroin".into(), Some(2180.0), None, Some(196_200_000.0), Some("MYR".into())),
            ("mdma".into(), None, Some(1_200_000), Some(54_000_000.0), Some("MYR".into())),
        ]);
    }

    #[test]
    fn rows_labelled_by_period_or_state() {
        let f = facts("The agency released its quarterly report.\n\n| Quarter | Shabu (kg) | Marijuana (kg) | Persons arrested |\n|---|---:|---:|---:|\n| Q1 2025 | 1,204.6 | 3,911.2 | 9,842 |\n| January-June | 2,191.9 | 8,314.0 | 19,957 |\n");
        let got: Vec<(String, String, String)> = f.iter().map(|f| {
            let what = match &f.kind { FactKind::Seizure { drug, quantity_kg, .. } => format!("{drug} {}", quantity_kg.unwrap()), FactKind::Arrest { count } => format!("arrests {}", count.unwrap()), _ => unreachable!() };
            let p = f.period.unwrap();
            (what, p.start.to_string(), p.end.to_string())
        }).collect();
        let want = [
            ("arrests 9842", "2025-01-01", "2025-03-31"), ("methamphetamine 1204.6", "2025-01-01", "2025-03-31"), ("cannabis 3911.2", "2025-01-01", "2025-03-31"),
            ("arrests 19957", "2025-01-01", "2025-06-30"), ("methamphetamine 2191.9", "2025-01-01", "2025-06-30"), ("cannabis 8314", "2025-01-01", "2025-06-30"),
        ];
        assert_eq!(got, want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect::<Vec<_>>());
        let f = facts("The report gives national totals for 2024:\n\nSelected seizures in 2024 (tonnes)\n\nCountry | Methamphetamine | Ketamine\nMyanmar | 41.6 | 2.1\nLao PDR | 28.4 | 1.3\n");
        let got: Vec<(Option<String>, String)> = f.iter().map(|f| (f.country.clone(), match &f.kind { FactKind::Seizure { drug, .. } => drug.to_string(), _ => unreachable!() })).collect();
        let c = |iso: &str, d: &str| (Some(iso.to_string()), d.to_string());
        assert_eq!(got, vec![c("MMR", "methamphetamine"), c("MMR", "ketamine"), c("LAO", "methamphetamine"), c("LAO", "ketamine")]);
    }

    #[test]
    fn a_bulletin_with_its_period_an_aligned_table_and_a_count_line() {
        let f = facts("COAST GUARD WEEKLY SUMMARY\nPeriod covered: 1-7 June 2025\n\n1. SEIZURES\n\n   Substance        Packages    Weight (kg)\n   Cocaine             2,980       3,412.6\n   TOTAL               2,980       3,412.6\n\n2. PERSONS APPREHENDED: 14 (9 nationals, 5 foreigners)\n");
        let got: Vec<(String, bool, String, String)> = f.iter().map(|f| {
            let what = match &f.kind { FactKind::Seizure { drug, quantity_kg, .. } => format!("{drug} {}", quantity_kg.unwrap()), FactKind::Arrest { count } => format!("arrests {}", count.unwrap()), _ => unreachable!() };
            let p = f.period.unwrap();
            (what, f.is_aggregate, p.start.to_string(), p.end.to_string())
        }).collect();
        let w = |a: &str| (a.to_string(), true, "2025-06-01".to_string(), "2025-06-07".to_string());
        assert_eq!(got, vec![w("cocaine 3412.6"), w("arrests 14")]);
    }

    #[test]
    fn places_in_rows_and_an_arrests_column() {
        let f = facts("Police seized the following in March 2025:\n\n| Province | Arrests | Heroin (kg) |\n| Kandahar | 12 | 340 |\n| Helmand | 7 | 85.5 |\n");
        let arrests: Vec<Option<i64>> = f.iter().filter_map(|f| match f.kind { FactKind::Arrest { count } => Some(count), _ => None }).collect();
        assert_eq!(arrests, vec![Some(12), Some(7)]);
        let places: Vec<(Option<String>, Option<f64>)> = f.iter().filter_map(|f| match &f.kind { FactKind::Seizure { quantity_kg, .. } => Some((f.location.clone(), *quantity_kg)), _ => None }).collect();
        assert_eq!(places, vec![(Some("Kandahar".into()), Some(340.0)), (Some("Helmand".into()), Some(85.5))]);
        assert!(f.iter().all(|f| f.period.unwrap().start.to_string() == "2025-03-01"));
    }
}
