//! Calendar dates as written: "December 8, 2024", "8 Dec 2024", "2024-12-08",
//! "Sun, 12/07/2025 - 11:25" (a weekday decides day-month order), RFC 3339 and RFC 2822
//! timestamps. Also the publication date found in a document's header lines.

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

pub const MONTH_RE: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
pub const WEEKDAY_RE: &str = r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)";

/// Month and weekday names of other languages (`calendar_words.toml`).
struct CalendarWords {
    months: std::collections::HashMap<String, u32>,
    /// Regex alternations of the names, longest first.
    month_re: String,
    weekday_re: String,
    weekdays: std::collections::HashSet<String>,
}

static CALENDAR_WORDS: LazyLock<CalendarWords> = LazyLock::new(|| {
    #[derive(serde::Deserialize)]
    struct File {
        months: std::collections::BTreeMap<String, Vec<String>>,
        weekdays: Vec<String>,
    }
    let f: File = toml::from_str(include_str!("calendar_words.toml")).expect("calendar_words.toml is valid");
    let mut months = std::collections::HashMap::new();
    for (m, names) in &f.months {
        let m: u32 = m.parse().expect("month numbers 1-12");
        for n in names {
            months.insert(n.to_lowercase(), m);
        }
    }
    let alt = |mut names: Vec<String>| {
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
    };
    let month_re = alt(months.keys().cloned().collect());
    let weekday_re = alt(f.weekdays.clone());
    let weekdays = f.weekdays.iter().map(|w| w.to_lowercase()).collect();
    CalendarWords { months, month_re, weekday_re, weekdays }
});

pub fn month_number(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_lowercase();
    if let Some(m) = CALENDAR_WORDS.months.get(&l) {
        return Some(*m);
    }
    let m = match l.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

pub fn weekday_of(s: &str) -> Option<Weekday> {
    let l = s.to_lowercase();
    Some(match l.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

pub fn last_day_of_month(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).unwrap().pred_opt().unwrap()
}

fn ymd(y: i64, m: i64, d: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, u32::try_from(m).ok()?, u32::try_from(d).ok()?)
}

/// A numeric date "a/b/yyyy" or "a.b.yyyy": the weekday, when given, decides which of
/// day-first and month-first is meant; otherwise a value over 12 does; otherwise day-first.
pub fn numeric_date(a: i64, b: i64, y: i64, weekday: Option<Weekday>) -> Option<NaiveDate> {
    let dm = ymd(y, b, a);
    let md = ymd(y, a, b);
    if let Some(w) = weekday {
        if let Some(d) = dm.filter(|d| d.weekday() == w) {
            return Some(d);
        }
        if let Some(d) = md.filter(|d| d.weekday() == w) {
            return Some(d);
        }
    }
    dm.or(md)
}

/// Years of the Thai Buddhist Era that fall in 1990-2040 ("12 March 2568" is 12 March 2025).
pub const BE_YEAR_RE: &str = r"25[3-8]\d";

/// A year as written, in the common era: a Buddhist Era year is 543 years ahead.
pub fn common_era(y: i64) -> i64 {
    if (2533..=2583).contains(&y) { y - 543 } else { y }
}

/// A year of a Japanese era ("Reiwa 7" is 2025), by `calendars::JAPANESE_ERAS`.
fn era_year(era: &str, n: i64) -> Option<i64> {
    let e = era.to_lowercase();
    crate::rules::calendars::JAPANESE_ERAS.iter().find(|(name, _)| *name == e).map(|(_, before)| before + n).filter(|_| (1..=64).contains(&n))
}

/// The year of a full date: a common-era or Buddhist Era year ("2568", "B.E. 2568"), or
/// a Japanese era's year ("Reiwa 7").
fn year_re() -> String {
    let eras: Vec<&str> = crate::rules::calendars::JAPANESE_ERAS.iter().map(|(n, _)| *n).collect();
    format!(r"(?:(?:B\.?\s?E\.?|A\.?D\.?|C\.?E\.?)\s*)?(?:(?P<y>(?:19|20)\d{{2}}|{BE_YEAR_RE})|(?P<era>{})\s+(?P<ey>\d{{1,2}}))", eras.join("|"))
}

static FULL_DATE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let m = MONTH_RE;
    let w = WEEKDAY_RE;
    let yr = year_re();
    vec![
        // 2024-12-08, 2025/04/22, 2025.09.14 (and RFC 3339 timestamps)
        Regex::new(r"\b(?P<y>(?:19|20)\d{2})([-/.])(?P<m>\d{1,2})([-/.])(?P<d>\d{1,2})(?:T|\b)").unwrap(),
        // "2. 10. 2025": day, month and year with spaces after the points (Czech, German).
        Regex::new(r"\b(?P<a>\d{1,2})\.\s(?P<b>\d{1,2})\.\s(?P<y>(?:19|20)\d{2})\b").unwrap(),
        // Sun, 12/07/2025 or 12.07.2025 or 14-09-2025
        Regex::new(&format!(r"(?i)(?:\b(?P<w>{w})\b,?\s*)?\b(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>(?:19|20)\d{{2}})\b")).unwrap(),
        // December 8, 2024 / Dec. 8 2024 / Sunday, December 8th, 2024 / September 5, Reiwa 7
        Regex::new(&format!(r"(?i)(?:\b(?P<w>{w})\b,?\s*)?\b(?P<mn>{m})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{yr}\b")).unwrap(),
        // 8 December 2024 / Sunday 8th of December, 2024 / 14 October B.E. 2568
        Regex::new(&format!(r"(?i)(?:\b(?P<w>{w})\b,?\s*)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{m})\b,?\s+{yr}\b")).unwrap(),
        // Other languages: "14 de marzo de 2025", "le jeudi 6 mars 2025", "22 gennaio 2025",
        // "quarta-feira, 19 de novembro de 2025", "1er mai 2025", "3. März 2025".
        Regex::new(&format!(
            r"(?i)(?:\b(?:le|el|il|am|den|o)\s+)?(?:\b(?P<fw>{fw}),?\s+)?\b(?P<d>\d{{1,2}})(?:er|º|°|\.)?\s+(?:de\s+)?(?P<mn>{fm})\b,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}})\b",
            fw = CALENDAR_WORDS.weekday_re,
            fm = CALENDAR_WORDS.month_re
        ))
        .unwrap(),
    ]
});

/// A full date (day, month, year) found in a text, with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
}

fn num(c: &regex::Captures, n: &str) -> Option<i64> {
    c.name(n)?.as_str().parse().ok()
}

/// Every full date in a text, left to right, without overlaps.
pub fn find_full_dates(text: &str) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    for re in FULL_DATE.iter() {
        for c in re.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let wd = c.name("w").and_then(|w| weekday_of(w.as_str()));
            let y = num(&c, "y").map(common_era).or_else(|| era_year(c.name("era")?.as_str(), num(&c, "ey")?));
            let date = if let (Some(a), Some(b), Some(y)) = (num(&c, "a"), num(&c, "b"), y) {
                numeric_date(a, b, y, wd)
            } else if let Some(mn) = c.name("mn") {
                month_number(mn.as_str()).and_then(|m| ymd(y?, m as i64, num(&c, "d")?))
            } else {
                ymd(y.unwrap_or(0), num(&c, "m").unwrap_or(0), num(&c, "d").unwrap_or(0))
            };
            if let Some(date) = date {
                if !out.iter().any(|o| o.start < whole.end() && whole.start() < o.end) {
                    out.push(DateMention { start: whole.start(), end: whole.end(), date });
                }
            }
        }
    }
    out.sort_by_key(|d| d.start);
    out
}

/// A Hijri (lunar) date: "15 Ramadan 1446 AH", converted by the tabular calendar.
static HIJRI_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?:\b{WEEKDAY_RE}\b,?\s*)?\b(?P<d>\d{{1,2}})\s+(?P<m>{})\s*,?\s+(?P<y>1[34]\d{{2}})(?:\s*(?:AH|A\.H\.|H)\b)?", crate::rules::calendars::hijri_month_re())).unwrap()
});

/// Every Hijri date in a text (for a header line that gives no Gregorian date; in the
/// body, `periods` reads them).
pub fn find_hijri_dates(text: &str) -> Vec<DateMention> {
    HIJRI_DATE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let m = crate::rules::calendars::hijri_month_number(c.name("m")?.as_str())?;
            let date = crate::rules::calendars::hijri_day(num(&c, "y")? as i32, m, num(&c, "d")? as u32)?;
            Some(DateMention { start: whole.start(), end: whole.end(), date })
        })
        .collect()
}

/// A date from a metadata value (HTML meta, JSON field): RFC 3339, RFC 2822, or any
/// written date.
pub fn parse_date_value(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if let Ok(ts) = s.parse::<i64>() {
        // Unix seconds or milliseconds.
        let secs = if ts > 100_000_000_000 { ts / 1000 } else { ts };
        return chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive());
    }
    find_full_dates(s).first().map(|d| d.date)
}

/// Words of a dateline's place: one to four capitalised words, with the particles of
/// place names between them ("Dar es Salaam", "Rio de Janeiro", "Ilha de Moçambique").
fn is_place(words: &[&str]) -> bool {
    (1..=5).contains(&words.len())
        && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "es" | "de" | "da" | "do" | "dos" | "das" | "del" | "la" | "le" | "al" | "el" | "of" | "upon" | "sur" | "am" | "an" | "der" | "di"))
        && words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() <= 4
}

static HEADER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|first\s+published|publication\s+date|release\s+date|issued(?:\s+on)?|released(?:\s+on)?)\s*[:\-–]?\s*").unwrap()
});

/// How many lines at the top of a plain-text document count as its header.
pub const HEADER_LINES: usize = 8;

/// The publication date in a document's header lines: a labelled date
/// ("date 2025-01-12", "Published: 14 May 2025") or a line that is mostly a date
/// ("Sun, 12/07/2025 - 11:25"). Dates inside body sentences do not count.
/// Returns the date and the index of the line it was on.
pub fn header_pubdate(lines: &[&str]) -> Option<(NaiveDate, usize)> {
    for (i, line) in lines.iter().take(HEADER_LINES).enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let labelled = HEADER_LABEL.find(line).map(|m| m.end());
        let mut dates = find_full_dates(line);
        if dates.is_empty() {
            dates = find_hijri_dates(line);
        }
        let Some(first) = dates.first() else { continue };
        if let Some(after_label) = labelled {
            if first.start <= after_label + 12 {
                return Some((first.date, i));
            }
        }
        // "KABUL, 15 Sep 2025 (Pajhwok): ...": a dateline with the date.
        // "Astana, 29.01.2025 (Steppe Bulletin) - ...": a place of one to three capitalised
        // words before the date. "Jakarta, Kamis (15/5/2025)": a weekday between them.
        let lead = dateline_lead(&line[..first.start]);
        if !lead.is_empty() && lead.ends_with(',') && (is_places(lead) || lead.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())) {
            return Some((first.date, i));
        }
        // "Tehran, Saturday 18 Esfand 1403 (8 March 2025) - ...", "Sunday, 9 Ramadan 1446
        // AH, corresponding to 9 March 2025", "Kathmandu, 2 Shrawan 2082 (18 July 2025)": a
        // date of another calendar, then ours.
        static OTHER_CALENDAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\b\d{4}\b(?:\s*(?:AH|SH|AP|HS|BS|VS|B\.S\.|V\.S\.)\b\.?)?[\s,(/]*(?:corresponding\s+to\s*|[-–]\s*)?$").unwrap());
        let lead = &line[..first.start];
        if lead.split_whitespace().count() <= 10 && OTHER_CALENDAR.is_match(lead) {
            return Some((first.date, i));
        }
        // A line of segments ("By Staff Writer | 21 Jan 2025", "2025.09.14 | Tehran Times",
        // "*Gulf Tides Weekly* · 18 June 2025"): the segment that holds the date is judged alone.
        let seg = segments(line).find(|p| !find_full_dates(p).is_empty() || !find_hijri_dates(p).is_empty()).unwrap_or(line);
        let line = seg.trim();
        let Some(first) = find_full_dates(line).into_iter().next().or_else(|| find_hijri_dates(line).into_iter().next()) else { continue };
        // "Selangor Wire — Kuala Lumpur, 22 July 2025": a segment that is a dateline.
        let lead = dateline_lead(&line[..first.start]);
        if lead.ends_with(',') && is_places(lead) {
            return Some((first.date, i));
        }
        // A line that is mostly a date: what is left is a weekday, a time, punctuation.
        let rest: String = format!("{}{}", &line[..first.start], &line[first.end..]);
        let rest_words = rest.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && weekday_of(w).is_none() && !matches!(w.to_lowercase().as_str(), "am" | "pm" | "gmt" | "utc" | "at" | "updated" | "published" | "posted" | "on")).count();
        if rest_words <= 1 && line.len() < 60 {
            return Some((first.date, i));
        }
    }
    None
}

/// The separators between the segments of a header line ("Outlet | Section", "Outlet —
/// date", "*Outlet* · date").
pub const SEGMENT_SEPARATORS: &[&str] = &[" | ", " — ", " – ", " - ", " · ", " • "];

/// The segments of a header line, split at every separator.
pub fn segments(line: &str) -> impl Iterator<Item = &str> {
    let mut parts = vec![line];
    for sep in SEGMENT_SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter()
}

/// What stands before a date in a dateline, without an opening bracket or a weekday
/// between place and date ("Jakarta, Kamis (" -> "Jakarta,").
fn dateline_lead(lead: &str) -> &str {
    let mut l = lead.trim_end().trim_end_matches('(').trim_end();
    if let Some((head, last)) = l.rsplit_once(char::is_whitespace) {
        let w = last.trim_end_matches(',');
        if head.trim_end().ends_with(',') && (weekday_of(w).is_some() || CALENDAR_WORDS.weekdays.contains(&w.to_lowercase())) {
            l = head.trim_end();
        }
    }
    l.trim_end()
}

/// A dateline's place, or places joined by "/" ("Chandigarh / New Delhi,").
fn is_places(lead: &str) -> bool {
    lead.trim_end_matches(',').split('/').all(|p| {
        let words: Vec<&str> = p.split_whitespace().collect();
        is_place(&words)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn full_dates() {
        let f = find_full_dates("On December 8, 2024, and on 10 September 2024 and 2025-01-12.");
        let ds: Vec<_> = f.iter().map(|m| m.date).collect();
        assert_eq!(ds, vec![d("2024-12-08"), d("2024-09-10"), d("2025-01-12")]);
        // Thai Buddhist Era years.
        assert_eq!(find_full_dates("Thursday, 16 October 2568 (2025)")[0].date, d("2025-10-16"));
        assert_eq!(find_full_dates("March 12, 2568")[0].date, d("2025-03-12"));
        assert!(find_full_dates("On March 2, 2500 kg").is_empty());
    }

    #[test]
    fn weekday_decides_day_month_order() {
        // 7 December 2025 is a Sunday, 12 July 2025 a Saturday.
        assert_eq!(parse_date_value("Sun, 12/07/2025 - 11:25"), Some(d("2025-12-07")));
        assert_eq!(parse_date_value("Sat, 12/07/2025"), Some(d("2025-07-12")));
        assert_eq!(parse_date_value("03.02.2025"), Some(d("2025-02-03")));
        assert_eq!(parse_date_value("12/31/2024"), Some(d("2024-12-31")));
    }

    #[test]
    fn metadata_values() {
        assert_eq!(parse_date_value("2025-06-03T09:15:00Z"), Some(d("2025-06-03")));
        assert_eq!(parse_date_value("Tue, 03 Jun 2025 09:15:00 +0000"), Some(d("2025-06-03")));
        assert_eq!(parse_date_value("14 May 2025"), Some(d("2025-05-14")));
    }

    #[test]
    fn dates_in_other_languages() {
        let first = |s: &str| find_full_dates(s).first().map(|d| d.date);
        assert_eq!(first("Madrid, 14 de marzo de 2025"), Some(d("2025-03-14")));
        assert_eq!(first("Paris, le jeudi 6 mars 2025"), Some(d("2025-03-06")));
        assert_eq!(first("Reggio Calabria, 22 gennaio 2025 (22 January 2025)"), Some(d("2025-01-22")));
        assert_eq!(first("Lisboa, quarta-feira, 19 de novembro de 2025"), Some(d("2025-11-19")));
        assert_eq!(first("Berlin, 3. März 2025"), Some(d("2025-03-03")));
        assert_eq!(first("Dakar, jeudi 6 novembre 2025"), Some(d("2025-11-06")));
        // A short name is a month only between a day and a year.
        assert_eq!(first("the Mars rover landed in 2025"), None);
        let lines = ["Navy seizes heroin", "Notícias do Índico", "Maputo, 21 de março de 2025 (21 March 2025)"];
        assert_eq!(header_pubdate(&lines), Some((d("2025-03-21"), 2)));
        let lines = ["DCEA seizes meth", "The Kilimanjaro Times", "Dar es Salaam, Tuesday 9 September 2025"];
        assert_eq!(header_pubdate(&lines), Some((d("2025-09-09"), 2)));
        let lines = ["Policía Nacional dismantles network", "Madrid | martes, 3 de junio de 2025"];
        assert_eq!(header_pubdate(&lines), Some((d("2025-06-03"), 1)));
    }

    #[test]
    fn header_dates() {
        assert_eq!(header_pubdate(&[" date 2025-01-12 TEHRAN - The Iraqi police chief said"]), Some((d("2025-01-12"), 0)));
        assert_eq!(header_pubdate(&["ID :", "709761", "Sun, 12/07/2025 - 11:25", "Auther :"]), Some((d("2025-12-07"), 2)));
        assert_eq!(header_pubdate(&["Published: 14 May 2025"]).map(|x| x.0), Some(d("2025-05-14")));
        assert_eq!(header_pubdate(&["Police said on 3 May 2021 that they had arrested a man in the port."]), None);
        assert_eq!(header_pubdate(&["By Staff Writer | 21 Jan 2025, 14:02 GMT"]).map(|x| x.0), Some(d("2025-01-21")));
        assert_eq!(header_pubdate(&["2025.09.14 | Tehran Times"]).map(|x| x.0), Some(d("2025-09-14")));
        assert_eq!(header_pubdate(&["KABUL, 15 Sep 2025 (Pajhwok): Officers said they had burned drugs."]).map(|x| x.0), Some(d("2025-09-15")));
        assert_eq!(header_pubdate(&["Updated 2024-11-30T08:00:00Z"]).map(|x| x.0), Some(d("2024-11-30")));
        assert_eq!(header_pubdate(&["Bishkek, 04.03.2025 (Ala-Too Wire) - Police said they seized 4 kg of heroin."]).map(|x| x.0), Some(d("2025-03-04")));
        assert_eq!(header_pubdate(&["Police in Osh said, 3 May 2021 was the day they arrested a man."]), None);
        assert_eq!(header_pubdate(&["Kabul, Monday 3 Hamal 1404 (24 March 2025) - Afghan Wire"]).map(|x| x.0), Some(d("2025-03-24")));
        assert_eq!(header_pubdate(&["Thursday, 3 Shawwal 1446 AH, corresponding to 1 May 2025"]).map(|x| x.0), Some(d("2025-05-01")));
        assert_eq!(header_pubdate(&["Jeddah, Shawwal 3, 1446 AH, May 1, 2025, SPA"]).map(|x| x.0), Some(d("2025-05-01")));
        assert_eq!(header_pubdate(&["Ho Chi Minh City, 25/03/2025"]).map(|x| x.0), Some(d("2025-03-25")));
        assert_eq!(header_pubdate(&["12 March 2568 (2025)"]).map(|x| x.0), Some(d("2025-03-12")));
        // Other eras and calendars; weekdays and brackets between place and date.
        assert_eq!(header_pubdate(&["Bangkok, 14 October B.E. 2568"]).map(|x| x.0), Some(d("2025-10-14")));
        assert_eq!(header_pubdate(&["Tokyo, September 5, Reiwa 7"]).map(|x| x.0), Some(d("2025-09-05")));
        assert_eq!(header_pubdate(&["Riyadh, 15 Ramadan 1446 AH"]).map(|x| x.0), Some(d("2025-03-15")));
        assert_eq!(header_pubdate(&["Jakarta, Kamis (15/5/2025)"]).map(|x| x.0), Some(d("2025-05-15")));
        assert_eq!(header_pubdate(&["Chandigarh / New Delhi, 16 March 2025"]).map(|x| x.0), Some(d("2025-03-16")));
        assert_eq!(header_pubdate(&["Kathmandu, 2 Shrawan 2082 (18 July 2025)"]).map(|x| x.0), Some(d("2025-07-18")));
        assert_eq!(header_pubdate(&["Gulf Tides Weekly · 18 June 2025"]).map(|x| x.0), Some(d("2025-06-18")));
        assert_eq!(header_pubdate(&["SANTO DOMINGO, 11 September 2025"]).map(|x| x.0), Some(d("2025-09-11")));
        assert_eq!(header_pubdate(&["Posted: 2. 10. 2025"]).map(|x| x.0), Some(d("2025-10-02")));
        assert_eq!(header_pubdate(&["Issued 14/03/2025"]).map(|x| x.0), Some(d("2025-03-14")));
        assert_eq!(header_pubdate(&["DOHA, 8 Dhu al-Hijjah 1446 AH / 4 June 2025"]).map(|x| x.0), Some(d("2025-06-04")));
        assert_eq!(header_pubdate(&["Iranian police seized 820 tonnes of narcotics in the Iranian year 1402 (March 21, 2023 to March 19, 2024)."]), None);
    }
}
