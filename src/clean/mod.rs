//! The clean stage: from a raw document to a `Doc` with metadata resolved (title,
//! outlet, publication date from header lines) and its body split into sentences.

pub mod boilerplate;
pub mod normalize;
pub mod sentences;

use crate::extract::stable_id;
use crate::lexicon::Lexicon;
use crate::model::{Doc, RawDoc, Sentence};
use crate::rules::dates::{find_full_dates, header_pubdate, segments, HEADER_LINES};
use regex::Regex;
use std::sync::LazyLock;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = crate::rules::dates::MONTH_RE;
    Regex::new(&format!(r"^(?P<place>\p{{Lu}}[\p{{Lu}} .'-]{{2,30}}(?:,\s*[\p{{L}} .'-]{{2,40}}?)?)(?:,\s*{month}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*(?:\((?P<ag>[\w ]+)\)\s*)?[-:]\s*")).unwrap()
});
/// "Dhaka, Feb 12, 2024 - ", "Nairobi, 3 March 2025 (Xinhua) - ": a place in any case with
/// its full date.
static DATED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = crate::rules::dates::MONTH_RE;
    Regex::new(&format!(r"^(?P<place>\p{{Lu}}[\p{{L}} .'-]{{1,30}}?),\s*(?:{month}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{month}\.?),?\s+\d{{4}}\s*(?:\((?P<ag>[\w ]+)\)\s*)?[-:]\s*")).unwrap()
});
static SLASH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{L} .'-]{2,30})\s*/\s*(?P<outlet>[\p{L} .'-]{2,30}?)\s*/?\s*-\s*").unwrap()
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?i:by)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:\s*[,|/-]\s*(?P<outlet>.+))?$").unwrap());
static LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?P<k>title|headline|source|outlet|publisher|date|published|updated)\s*:\s*(?P<v>.*)$").unwrap());

/// A news agency credited in a dateline: "(Reuters) -", "(AFP) —".
static WIRE_CREDIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\((?P<wire>\p{Lu}[\p{L}]{1,15}(?: \p{Lu}[\p{L}]+){0,2})\)\s*[-:]\s").unwrap());

/// Small words a name of an outlet may hold in lower case.
const NAME_JOINERS: &[&str] = &["of", "the", "and", "for", "on", "de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "el", "al", "du", "des", "en", "van", "von", "der", "den", "het", "e", "y", "&"];

/// A line that names an outlet: 1 to 6 words, capitalised (small joining words
/// aside), no figure but a short channel number ("WGTN News 11"), no sentence punctuation; a single word only when the lexicon
/// knows it as an outlet.
fn outlet_like(l: &str, lx: &Lexicon) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    // "Teknaf, Cox's Bazar": a place and its region, no name of an outlet.
    if words.is_empty() || words.len() > 6 || l.len() > 50 || l.ends_with(['.', ':', '?', '!', ',', ';', '"']) || l.contains(", ") || l.contains('|') || words.iter().enumerate().any(|(i, w)| w.chars().any(char::is_numeric) && !(i + 1 == words.len() && i >= 2 && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit()))) {
        return false;
    }
    if words.len() == 1 {
        return lx.outlets.lookup(l).is_some();
    }
    words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()) || NAME_JOINERS.contains(&w.to_lowercase().as_str()))
}

/// The outlet named by a line of segments ("Tehran Dispatch | Translated from the Persian
/// service", "The Marwar Chronicle | By our Staff Reporter | Jodhpur", "Le Détroit Info
/// (English edition)"): the first segment that is a name, not a place, byline or note.
/// Notes about the edition or translation are no part of the name.
/// A note about the edition or translation after an outlet's name ("(English edition)",
/// "(édition anglaise)", "- English service").
static NOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\s*(?:\([^)]*\)|[-–—,]?\s*(?:english|international|online|web|digital)\s+(?:edition|service|version|desk|digest))\s*$").unwrap());

fn outlet_of_line(l: &str, lx: &Lexicon) -> Option<String> {
    if l.len() > 90 || l.ends_with(['.', '!', '?', '"']) {
        return None;
    }
    for seg in segments(l) {
        let name = NOTE.replace(seg.trim(), "").trim().to_string();
        let low = name.to_lowercase();
        if name.is_empty() || low.starts_with("by ") || low.starts_with("translated") || !find_full_dates(&name).is_empty() || name.contains(", ") || lx.places.lookup(&name).is_some() {
            continue;
        }
        if outlet_like(&name, lx) {
            return Some(lx.outlets.lookup(&name).cloned().unwrap_or(name));
        }
    }
    None
}

/// "Posted: 3/12/2025" in a US story is 12 March: a numeric date whose day and month could
/// be either way round is read month first when the story is American (a US place or
/// agency in its first lines, a sheriff, a US time zone).
fn us_month_first(line: &str, d: chrono::NaiveDate, text: &str, lx: &Lexicon) -> chrono::NaiveDate {
    use chrono::Datelike;
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b").unwrap());
    let Some(c) = NUMERIC.captures(line) else { return d };
    let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
    if a > 12 || b > 12 || a == b || d.day() != a || d.month() != b {
        return d;
    }
    static US_TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b|\b[Ss]heriff").unwrap());
    // The header and the first paragraph only: a US place further down is a partner or a
    // destination, not where the story is from.
    let head: String = text.lines().filter(|l| !l.trim().is_empty()).take(5).collect::<Vec<_>>().join("\n");
    let american = US_TIME.is_match(&head) || lx.places.find_all(&head).iter().any(|h| h.value.iso3 == "USA" && !matches!(h.value.kind, crate::lexicon::PlaceKind::Demonym));
    if american {
        chrono::NaiveDate::from_ymd_opt(d.year(), a, b).unwrap_or(d)
    } else {
        d
    }
}

/// Whether a text line is the headline (which keeps its bracketed figures, the line does not).
fn same_title(title: Option<&str>, line: &str) -> bool {
    title.is_some_and(|t| t == line || normalize::normalize(t) == line)
}

/// Clean a raw document.
pub fn clean(raw: &RawDoc, lx: &Lexicon) -> Doc {
    let text = normalize::normalize(&raw.text);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut title = raw.title.clone().map(|t| normalize::normalize_title(&t)).filter(|t| !t.is_empty());
    let mut outlet = raw.outlet.clone();
    let mut published = raw.published;

    // Header lines of plain text: labelled fields, the date line, bylines, outlet lines.
    let head: Vec<&str> = lines.iter().take(HEADER_LINES).map(String::as_str).collect();
    let date_line = header_pubdate(&head);
    if let Some((d, i)) = date_line {
        if published.is_none() {
            published = Some(us_month_first(&lines[i], d, &text, lx));
        }
        // "Saturday, 22 March 2025 | Merseyside Courier | Crime desk", "April 10, 2025 |
        // Dar es Salaam | Dar Morning Post": the segment that names an outlet (not a place).
        if outlet.is_none() {
            // A note in brackets ("(translated from Persian)") is no part of the name.
            let segs: Vec<&str> = segments(&lines[i]).map(|p| p.split(" (").next().unwrap_or(p).trim()).collect();
            if segs.len() > 1 {
                outlet = segs
                    .iter()
                    .rev()
                    .find(|seg| find_full_dates(seg).is_empty() && !seg.contains(", ") && outlet_like(seg, lx) && lx.places.lookup(seg).is_none() && !seg.to_lowercase().starts_with("by ") && !seg.to_lowercase().starts_with("published") && !seg.to_lowercase().starts_with("updated"))
                    .map(|seg| lx.outlets.lookup(seg).cloned().unwrap_or_else(|| seg.to_string()));
            }
        }
        let line = &lines[i];
        let dates = find_full_dates(line);
        let cut = dates.first().map(|m| m.end).unwrap_or(0);
        let rest = line[cut..].trim_start_matches([' ', '-', ':', '|']).trim().to_string();
        // "date 2025-01-12 TEHRAN - The Iraqi ...": the body goes on after the date.
        // Otherwise the line goes, but the places it names stay: they tell where the
        // story is from ("Selangor Wire — Kuala Lumpur, 22 July 2025").
        lines[i] = if rest.split_whitespace().count() > 6 {
            rest
        } else {
            lx.places.find_all(line).iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join(", ")
        };
    }
    for line in lines.iter_mut().take(HEADER_LINES) {
        let l = line.trim().to_string();
        if l.is_empty() {
            continue;
        }
        if let Some(c) = LABEL.captures(&l) {
            let v = c["v"].trim().to_string();
            match c["k"].to_lowercase().as_str() {
                "title" | "headline" if title.is_none() && !v.is_empty() => title = Some(v),
                "source" | "outlet" | "publisher" if outlet.is_none() && !v.is_empty() => outlet = Some(v),
                _ => {}
            }
            *line = String::new();
            continue;
        }
        if let Some(c) = BYLINE.captures(&l) {
            if outlet.is_none() {
                outlet = c.name("outlet").map(|m| m.as_str().trim().to_string()).filter(|o| lx.outlets.lookup(o).is_some() || outlet_like(o, lx)).map(|o| lx.outlets.lookup(&o).cloned().unwrap_or(o));
            }
            *line = String::new();
            continue;
        }
        // "Shafaq News - Baghdad": an outlet line.
        if l.len() < 60 {
            if let Some(h) = lx.outlets.at_start(&l) {
                let rest = l[h.end..].trim_start_matches([' ', '-', '|', ',']).trim();
                if rest.split_whitespace().count() <= 3 {
                    if outlet.is_none() {
                        outlet = Some(h.value.clone());
                    }
                    *line = String::new();
                    continue;
                }
            }
        }
    }
    // "Issued 14/03/2025" as the last line of a release: the date at the foot.
    if published.is_none() && date_line.is_none() {
        let tail: Vec<(usize, &String)> = lines.iter().enumerate().rev().filter(|(_, l)| !l.trim().is_empty()).take(2).collect();
        for (i, l) in tail {
            if let Some((d, _)) = header_pubdate(&[l.as_str()]).filter(|_| l.len() < 60) {
                published = Some(us_month_first(l, d, &text, lx));
                lines[i] = String::new();
                break;
            }
        }
    }
    // Title: a first short line that is not a sentence.
    let title_given = title.is_some();
    let first = lines.iter().take(HEADER_LINES + 2).position(|l| {
        let t = l.trim();
        !t.is_empty() && t.split_whitespace().count() >= 3 && !t.ends_with(':')
    });
    if let Some(fi) = first {
        let l = lines[fi].trim().to_string();
        let words = l.split_whitespace().count();
        let more = lines[fi + 1..].iter().any(|x| x.len() > 80);
        let sentence_like = l.ends_with(['.', '!', '?', '"']) && words > 12;
        if l.len() <= 160 && words >= 3 && !sentence_like && more && !l.ends_with('.') {
            if title.is_none() {
                // The headline as written: the raw line it came from, its figures in
                // brackets kept.
                let raw_line = raw.text.lines().take(HEADER_LINES + 4).find(|r| normalize::normalize(r).trim() == l);
                title = Some(raw_line.map(|r| normalize::normalize_title(r).trim().to_string()).unwrap_or_else(|| l.clone()));
            }
            // A title repeated as the first line is not body text.
            if same_title(title.as_deref(), &l) {
                lines[fi] = String::new();
            }
        } else if same_title(title.as_deref(), &l) {
            lines[fi] = String::new();
        }
    }
    // An outlet line right under the headline ("Tigris Wire", "Riyadh Gazette English
    // Edition"): a short name, capitalised, no sentence, no figure.
    // When the headline came from the markup ("# Heading", <h1>, a JSON field) and is not
    // repeated in the text, the outlet line is the first line itself.
    if let Some(fi) = first {
        let under_title = lines[fi].trim().is_empty() || !title_given;
        let next = lines.iter().enumerate().skip(if under_title { fi + 1 } else { fi }).take(3).find(|(_, l)| !l.trim().is_empty()).map(|(i, _)| i);
        if let Some(ni) = next {
            let l = lines[ni].trim().to_string();
            // "The Peel Courier - Courts": a name and its section.
            let segmented = [" - ", " | ", " — ", " – "].iter().any(|sep| l.contains(sep));
            // "Calabria Notizie (English)": the note in brackets is no part of the name
            // ("Riyadh Gazette English Edition" is the name as it is).
            static BRACKETED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*\([^)]*\)\s*$").unwrap());
            let name = BRACKETED.replace(&l, "").trim().to_string();
            if !name.is_empty() && outlet_like(&name, lx) && lx.places.lookup(&name).is_none() && !segmented {
                if outlet.is_none() {
                    outlet = Some(lx.outlets.lookup(&name).cloned().unwrap_or(name));
                }
                lines[ni] = String::new();
            } else if let Some(name) = outlet_of_line(&l, lx) {
                // "Tehran Dispatch | Translated from the Persian service", "Calabria
                // Notizie — English service", "Al-Rafidain Monitor (translated from Arabic)".
                // The line stays: its other segments may name the place ("Selangor Wire —
                // Kuala Lumpur, 22 July 2025").
                if outlet.is_none() {
                    outlet = Some(name);
                }
            }
        }
    }
    // A wire credit in the dateline: "GUAYAQUIL, Ecuador, Jan 9 (Reuters) - ".
    if outlet.is_none() {
        if let Some(body) = lines.iter().find(|l| l.split_whitespace().count() >= 6) {
            let head = &body[..crate::text::floor_char_boundary(body, 120)];
            if let Some(c) = WIRE_CREDIT.captures(head) {
                let w = c["wire"].trim();
                outlet = Some(lx.outlets.lookup(w).cloned().unwrap_or_else(|| w.to_string()));
            }
        }
    }
    // Datelines: "ERBIL, Kurdistan Region - ", "Baghdad / NINA/- ".
    for line in lines.iter_mut() {
        if line.split_whitespace().count() < 6 {
            continue;
        }
        if let Some(c) = SLASH_DATELINE.captures(line) {
            let o = c["outlet"].trim().to_string();
            if outlet.is_none() && lx.outlets.lookup(&o).is_some() {
                outlet = Some(lx.outlets.lookup(&o).unwrap().clone());
            }
            let end = c.get(0).unwrap().end();
            *line = line[end..].to_string();
        } else if let Some(c) = DATED_DATELINE.captures(line).filter(|c| c["place"].split_whitespace().count() <= 3) {
            let end = c.get(0).unwrap().end();
            *line = line[end..].to_string();
        } else if let Some(c) = DATELINE.captures(line) {
            let place = c["place"].trim();
            let letters: Vec<char> = place.split(',').next().unwrap_or("").chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) {
                let end = c.get(0).unwrap().end();
                *line = line[end..].to_string();
            }
        }
        break;
    }

    let lines = boilerplate::strip(lines);
    let mut sents = Vec::new();
    let mut para = 0;
    for l in &lines {
        crate::budget::check();
        if l.trim().is_empty() {
            continue;
        }
        for s in sentences::split(l) {
            sents.push(Sentence { text: s, paragraph: para });
        }
        para += 1;
    }
    let body: String = sents.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n");
    // Relative dates resolve against the publication date, or a full date at the top.
    let reference = published.or_else(|| {
        sents.iter().take(3).flat_map(|s| find_full_dates(&s.text)).map(|d| d.date).max()
    });
    Doc {
        doc_id: stable_id(&[&raw.source, &body]),
        source: raw.source.clone(),
        title: title.filter(|t| !t.is_empty()),
        outlet: outlet.filter(|o| !o.is_empty()),
        published_date: published,
        reference_date: reference,
        sentences: sents,
        content_hash: stable_id(&[&body]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> RawDoc {
        RawDoc { source: "a.txt".into(), format: "text".into(), text: text.into(), ..Default::default() }
    }

    #[test]
    fn numeric_dates_of_american_stories_and_dates_at_the_foot() {
        let lx = Lexicon::builtin();
        let doc = |t: &str| clean(&RawDoc { source: "a.txt".into(), text: t.into(), ..Default::default() }, &lx);
        let body = "\n\nDeputies arrested two men and seized a kilogram of cocaine in a traffic stop on the interstate on Monday night, the office said in a statement.\n";
        let us = doc(&format!("Deputies seize cocaine in traffic stop\nTrinity County Sheriff's Office\nPosted: 06/05/2025{body}"));
        assert_eq!(us.published_date.map(|d| d.to_string()).as_deref(), Some("2025-06-05"));
        let nz = doc(&format!("Police seize cocaine in traffic stop\nThe Auckland Ledger\nPosted: 2/09/2025{body}"));
        assert_eq!(nz.published_date.map(|d| d.to_string()).as_deref(), Some("2025-09-02"));
        let foot = doc(&format!("Six arrested as county line is shut down\nFylde Coast Gazette{body}\nIssued 14/03/2025\n"));
        assert_eq!(foot.published_date.map(|d| d.to_string()).as_deref(), Some("2025-03-14"));
        assert!(!foot.sentences.iter().any(|s| s.text.contains("Issued")));
    }

    #[test]
    fn outlet_lines_with_notes_and_segments() {
        let lx = Lexicon::builtin();
        let body = "\n\nPolice units across the country seized more than 139 tonnes of narcotics in the first three months of the year, the commander said.\n";
        for (header, outlet) in [
            ("Tehran Dispatch | Translated from the Persian service", "Tehran Dispatch"),
            ("The Marwar Chronicle | By our Staff Reporter | Jodhpur", "The Marwar Chronicle"),
            ("Le Détroit Info (English edition)", "Le Détroit Info"),
            ("Calabria Notizie — English service", "Calabria Notizie"),
            ("Calabria Notizie (English)", "Calabria Notizie"),
            ("Notícias do Índico (English service)", "Notícias do Índico"),
            ("Riyadh Gazette English Edition", "Riyadh Gazette English Edition"),
        ] {
            let d = clean(&raw(&format!("Police seize drugs in the provinces\n{header}\nMonday, 23 June 2025{body}")), &lx);
            assert_eq!(d.outlet.as_deref(), Some(outlet), "{header}");
            assert_eq!(d.published_date.map(|p| p.to_string()).as_deref(), Some("2025-06-23"), "{header}");
        }
        // A date line of segments: the outlet, then a dateline; the place stays for the
        // country of the story.
        let d = clean(&raw(&format!("Bukit Aman seizes drugs worth RM924 million\nSelangor Wire — Kuala Lumpur, 22 July 2025{body}")), &lx);
        assert_eq!((d.outlet.as_deref(), d.published_date.map(|p| p.to_string())), (Some("Selangor Wire"), Some("2025-07-22".to_string())));
        assert!(d.sentences.iter().any(|s| s.text.contains("Kuala Lumpur")), "{:?}", d.sentences);
        // "Place, Region | date" is no outlet.
        let d = clean(&raw(&format!("BGB seizes yaba pills in Teknaf\nCox's Bazar Observer\nTeknaf, Cox's Bazar | Wednesday, 14 May 2025{body}")), &lx);
        assert_eq!(d.outlet.as_deref(), Some("Cox's Bazar Observer"));
    }

    #[test]
    fn outlet_line_under_a_markup_headline_and_bracketed_figures_in_titles() {
        let lx = Lexicon::builtin();
        let long = "The ministry told parliament that agencies had seized 3,409 kg of heroin in 2022 and more in later years.";
        let md = crate::ingest::text::read(&format!("# Drug seizures: year-wise data\n\n*Parliament Watch India*\n\n**New Delhi | Tuesday, 25 March 2025**\n\n{long}\n"), "a.md", "markdown");
        let d = clean(&md, &lx);
        assert_eq!(d.outlet.as_deref(), Some("Parliament Watch India"));
        assert_eq!(d.published_date.map(|x| x.to_string()).as_deref(), Some("2025-03-25"));
        // A translated release's headline keeps its figures in brackets; the text reads them.
        let d = clean(&raw(&format!("Army seizes (3.2) million Captagon pills on the border\nPetra Wire\n12 March 2568 (2025)\n\n{long}\n")), &lx);
        assert_eq!(d.title.as_deref(), Some("Army seizes (3.2) million Captagon pills on the border"));
        assert_eq!(d.outlet.as_deref(), Some("Petra Wire"));
        assert_eq!(d.published_date.map(|x| x.to_string()).as_deref(), Some("2025-03-12"));
    }

    #[test]
    fn header_block_with_weekday_date() {
        let lx = Lexicon::builtin();
        let d = clean(&raw("ID :\n123456\nSun, 12/07/2025 - 11:25\nAuther :\n\nMinister: Police Make Progress Against Drug Gangs\n\nBaghdad / NINA/- The minister said on Sunday that police seized 2 tons of drugs in the south of the country.\nAnother long paragraph follows here with more words about the conference and what it did.\n"), &lx);
        assert_eq!(d.published_date.map(|x| x.to_string()).as_deref(), Some("2025-12-07"));
        assert_eq!(d.title.as_deref(), Some("Minister: Police Make Progress Against Drug Gangs"));
        assert_eq!(d.outlet.as_deref(), Some("NINA"));
        assert!(d.sentences[0].text.starts_with("The minister said"));
    }

    #[test]
    fn outlet_line_and_headline() {
        let lx = Lexicon::builtin();
        let d = clean(&raw("Border police break up smuggling ring\nShafaq News - Baghdad\nThe Iraqi interior ministry said on Monday that border police had broken up a smuggling ring in Basra.\n"), &lx);
        assert_eq!(d.title.as_deref(), Some("Border police break up smuggling ring"));
        assert_eq!(d.outlet.as_deref(), Some("Shafaq News"));
        assert_eq!(d.sentences.len(), 1);
    }

    #[test]
    fn outlets_unknown_to_the_lexicon() {
        let lx = Lexicon::builtin();
        let long = "Operatives of the agency intercepted a container of tramadol at the seaport, the spokesman said on Sunday.";
        let d = clean(&raw(&format!("Agency intercepts tramadol at the port\nHarbour Evening Post\nPublished: 2 April 2025\n\n{long}\n")), &lx);
        assert_eq!(d.outlet.as_deref(), Some("Harbour Evening Post"));
        let d = clean(&raw(&format!("Agency intercepts tramadol at the port\nBy Jane Doe | Coast & Delta Dispatch\nSunday, 16 March 2025\n\n{long}\n")), &lx);
        assert_eq!(d.outlet.as_deref(), Some("Coast & Delta Dispatch"));
        let d = clean(&raw(&format!("Agency intercepts tramadol at the port\nFriday, 4 April 2025 | Lagos | Harbour Evening Post | Crime desk\n\n{long}\n")), &lx);
        assert_eq!(d.outlet.as_deref(), Some("Harbour Evening Post"));
        assert_eq!(d.published_date.map(|x| x.to_string()).as_deref(), Some("2025-04-04"));
        let d = clean(&raw(&format!("Police seize cocaine in banana shipment\nJanuary 9, 2025\n\nGUAYAQUIL, Ecuador, Jan 9 (Wirecast) - {long}\n")), &lx);
        assert_eq!(d.outlet.as_deref(), Some("Wirecast"));
        // Not outlets: a sentence, a line with figures, a lone word.
        for second in ["Police said three suspects were held.", "Update 2 of 3", "Exclusive"] {
            let d = clean(&raw(&format!("Agency intercepts tramadol at the port\n{second}\n\n{long}\n")), &lx);
            assert_eq!(d.outlet, None, "{second}");
        }
    }

    #[test]
    fn labelled_date_runs_into_the_body() {
        let lx = Lexicon::builtin();
        let d = clean(&raw(" date 2025-01-12 TEHRAN - The Iraqi anti-narcotics police chief has highlighted the need to enhance joint work.\n\nMore text that is long enough to count as a paragraph of the article body."), &lx);
        assert_eq!(d.published_date.map(|x| x.to_string()).as_deref(), Some("2025-01-12"));
        assert_eq!(d.title, None);
        assert!(d.sentences[0].text.starts_with("The Iraqi anti-narcotics"), "{:?}", d.sentences[0]);
    }
}
