//! The clean stage: from a raw document to a `Doc` with metadata resolved (title,
//! outlet, publication date from header lines) and its body split into sentences.

pub mod boilerplate;
pub mod normalize;
pub mod sentences;

use crate::extract::stable_id;
use crate::lexicon::Lexicon;
use crate::model::{Doc, RawDoc, Sentence};
use crate::rules::dates::{find_full_dates, header_pubdate, HEADER_LINES};
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

/// Clean a raw document.
pub fn clean(raw: &RawDoc, lx: &Lexicon) -> Doc {
    let text = normalize::normalize(&raw.text);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut title = raw.title.clone().map(|t| normalize::normalize(&t)).filter(|t| !t.is_empty());
    let mut outlet = raw.outlet.clone();
    let mut published = raw.published;

    // Header lines of plain text: labelled fields, the date line, bylines, outlet lines.
    let head: Vec<&str> = lines.iter().take(HEADER_LINES).map(String::as_str).collect();
    let date_line = header_pubdate(&head);
    if let Some((d, i)) = date_line {
        if published.is_none() {
            published = Some(d);
        }
        let line = &lines[i];
        let dates = find_full_dates(line);
        let cut = dates.first().map(|m| m.end).unwrap_or(0);
        let rest = line[cut..].trim_start_matches([' ', '-', ':', '|']).trim().to_string();
        // "date 2025-01-12 TEHRAN - The Iraqi ...": the body goes on after the date.
        lines[i] = if rest.split_whitespace().count() > 6 { rest } else { String::new() };
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
                outlet = c.name("outlet").map(|m| m.as_str().trim().to_string()).filter(|o| lx.outlets.lookup(o).is_some());
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
    // Title: a first short line that is not a sentence.
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
                title = Some(l.clone());
            }
            // A title repeated as the first line is not body text.
            if title.as_deref() == Some(l.as_str()) {
                lines[fi] = String::new();
            }
        } else if title.as_deref() == Some(l.as_str()) {
            lines[fi] = String::new();
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
    fn labelled_date_runs_into_the_body() {
        let lx = Lexicon::builtin();
        let d = clean(&raw(" date 2025-01-12 TEHRAN - The Iraqi anti-narcotics police chief has highlighted the need to enhance joint work.\n\nMore text that is long enough to count as a paragraph of the article body."), &lx);
        assert_eq!(d.published_date.map(|x| x.to_string()).as_deref(), Some("2025-01-12"));
        assert_eq!(d.title, None);
        assert!(d.sentences[0].text.starts_with("The Iraqi anti-narcotics"), "{:?}", d.sentences[0]);
    }
}
