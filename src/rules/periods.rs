//! Time expressions and the period of days they cover: explicit dates, months
//! ("mid-March", "early April", "July 2024"), years ("in 2024"), spans ("the first nine
//! months of 2025", "between January and June", "since the beginning of 2025", "over the
//! past three years"), weekdays ("on Friday"), relative ("last month", "yesterday") and
//! anaphoric phrases ("that year", "the same month", "during this period"), resolved
//! against the reference date (publication date) and what the text said before.

use super::dates::{find_full_dates, last_day_of_month, month_number, weekday_of, MONTH_RE, WEEKDAY_RE};
use super::calendars;
use super::numbers::parse_number_phrase;
use crate::model::Period;
use chrono::{Datelike, Duration, Months, NaiveDate};
use regex::{Captures, Regex};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    Day,
    Month,
    Year,
    /// A bounded span of several months or years ("first half of 2024").
    Span,
    /// Open span up to the time of reporting ("since March 21", "over the past 3 years").
    Since,
    /// Points back at what the text said before ("that year", "during this period").
    Anaphor,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: TimeKind,
    /// `None` when the expression cannot be resolved (no reference date).
    pub period: Option<Period>,
}

/// What the document has established so far, for relative and anaphoric expressions.
#[derive(Debug, Clone, Default)]
pub struct TimeContext {
    pub reference: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    pub last_month: Option<Period>,
    pub last_year: Option<i32>,
    pub last_period: Option<Period>,
    /// The month the acting state's fiscal year starts (from the lexicon), for "FY2024".
    pub fiscal_start: Option<u32>,
}

impl TimeContext {
    pub fn new(reference: Option<NaiveDate>) -> Self {
        TimeContext { reference, ..Default::default() }
    }

    /// Remember what a sentence's expressions resolved to.
    pub fn update(&mut self, exprs: &[TimeExpr]) {
        for e in exprs {
            let Some(p) = e.period else { continue };
            match e.kind {
                TimeKind::Day => {
                    self.last_day = Some(p.start);
                    self.last_month = Some(month_of(p.start));
                    self.last_year = Some(p.start.year());
                }
                TimeKind::Month => {
                    self.last_month = Some(p);
                    self.last_year = Some(p.start.year());
                }
                TimeKind::Year => self.last_year = Some(p.start.year()),
                TimeKind::Span | TimeKind::Since | TimeKind::Anaphor => {
                    if p.start.year() == p.end.year() {
                        self.last_year = Some(p.start.year());
                    }
                    // A month of another calendar ("Ramadan", "Farvardin"): "in the month".
                    if (28..=31).contains(&((p.end - p.start).num_days() + 1)) {
                        self.last_month = Some(p);
                    }
                }
            }
            self.last_period = Some(p);
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_of(d: NaiveDate) -> Period {
    Period { start: ymd(d.year(), d.month(), 1).unwrap(), end: last_day_of_month(d.year(), d.month()) }
}

fn month_period(y: i32, m: u32) -> Option<Period> {
    Some(Period { start: ymd(y, m, 1)?, end: last_day_of_month(y, m) })
}

fn year_period(y: i32) -> Option<Period> {
    Some(Period { start: ymd(y, 1, 1)?, end: ymd(y, 12, 31)? })
}

/// The year of a month named without one: the latest such month not after the reference
/// date; failing a reference, the year the text last named.
fn year_for_month(m: u32, ctx: &TimeContext) -> Option<i32> {
    if let Some(r) = ctx.reference {
        return Some(if m <= r.month() { r.year() } else { r.year() - 1 });
    }
    ctx.last_year
}

fn year_for_day(m: u32, d: u32, ctx: &TimeContext) -> Option<i32> {
    if let Some(r) = ctx.reference {
        let same = ymd(r.year(), m, d)?;
        return Some(if same <= r { r.year() } else { r.year() - 1 });
    }
    ctx.last_year
}

fn count_word(s: &str) -> Option<i64> {
    parse_number_phrase(s).map(|v| v as i64).filter(|v| *v > 0 && *v < 1000)
}

fn year_ref(s: &str, ctx: &TimeContext) -> Option<i32> {
    let l = s.trim().to_lowercase();
    if let Ok(y) = l.parse::<i32>() {
        return Some(y);
    }
    let r = ctx.reference?;
    match l.as_str() {
        "this year" | "the year" | "the current year" => Some(r.year()),
        "last year" | "the previous year" | "the past year" => Some(r.year() - 1),
        _ => None,
    }
}

type Resolver = fn(&Captures, &TimeContext) -> Option<(TimeKind, Option<Period>)>;

struct Rule {
    re: Regex,
    resolve: Resolver,
}

fn rule(pattern: &str, resolve: Resolver) -> Rule {
    let p = pattern.replace("{M}", MONTH_RE).replace("{W}", WEEKDAY_RE).replace("{Y}", r"(?:19|20)\d{2}");
    Rule { re: Regex::new(&format!("(?i){p}")).unwrap_or_else(|e| panic!("{pattern}: {e}")), resolve }
}

/// All rules in one automaton: one scan of a sentence says which rules can match at all,
/// so that only those are run for their captures (most sentences match none or one).
static RULE_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| regex::RegexSet::new(RULES.iter().map(|r| r.re.as_str())).expect("period rule set"));

fn cap<'a>(c: &'a Captures, n: &str) -> Option<&'a str> {
    c.name(n).map(|m| m.as_str())
}

/// How many of the first rules are ranges that must win over the full dates inside them.
const RANGE_RULES: usize = 12;

/// One side of a range ("March 2024", "3 March", "2021"): its period, taking the year
/// from `year` when the side names none.
fn side(text: &str, year: Option<i32>, ctx: &TimeContext) -> Option<Period> {
    let t = text.trim().trim_end_matches(',');
    if let Ok(y) = t.parse::<i32>() {
        return year_period(y);
    }
    if let Some(d) = find_full_dates(t).first() {
        return Some(Period::day(d.date));
    }
    let words: Vec<&str> = t.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let m = words.iter().find_map(|w| month_number(w))?;
    let y = words.iter().find_map(|w| w.parse::<i32>().ok().filter(|y| *y > 1900)).or(year).or_else(|| year_for_month(m, ctx))?;
    match words.iter().find_map(|w| w.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>().ok().filter(|d| *d <= 31)) {
        Some(d) => ymd(y, m, d).map(Period::day),
        None => month_period(y, m),
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let side_re = r"(?:{M}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+{Y})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?{M}(?:,?\s+{Y})?|{M}(?:,?\s+{Y})?|{Y})";
    vec![
        // "since the start of the Iranian year on 21 March": from Nowruz of the reference
        // date's Solar Hijri year up to the reference date (the day named with it is its
        // first day, not the period).
        rule(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:current\s+)?(?:Iranian|Persian|solar|Solar\s+Hijri)\s+(?:calendar\s+)?year(?:\s*,?\s*(?:on|in)\s+\d{1,2}\s+March|\s*\(\s*(?:on\s+)?\d{1,2}\s+March\s*\)|\s*,?\s*(?:on|in)\s+March\s+\d{1,2})?", |_, ctx| {
            let r = ctx.reference?;
            let start = calendars::nowruz(calendars::persian_year_of(r)?)?;
            Some((TimeKind::Since, Some(Period { start, end: r })))
        }),
        // March 21, 2023 to March 20, 2024 / 1 July 2022 - 30 June 2023: two full dates.
        rule(r"(?P<a>{M}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+{Y}|\d{1,2}(?:st|nd|rd|th)?\s+{M},?\s+{Y})\s*(?:to|until|through|-|–|—)\s*(?P<b>{M}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+{Y}|\d{1,2}(?:st|nd|rd|th)?\s+{M},?\s+{Y})", |c, ctx| {
            let a = side(cap(c, "a")?, None, ctx)?;
            let b = side(cap(c, "b")?, None, ctx)?;
            (a.start <= b.end).then_some((TimeKind::Span, Some(Period { start: a.start, end: b.end })))
        }),
        // between January and June 2025 / from March to May / in March and April 2025
        rule(r"\b(?:between|from|in|during|for|the)\s+(?:the\s+)?(?P<m1>{M})(?:\s+(?:and|to|until|through|-)\s+|\s*[-–]\s*)(?P<m2>{M})\b(?:,?\s*(?:of\s+)?(?P<y>{Y}|this year|last year))?", |c, ctx| {
            let m1 = month_number(cap(c, "m1")?)?;
            let m2 = month_number(cap(c, "m2")?)?;
            if m2 < m1 {
                return None;
            }
            let y = match cap(c, "y") { Some(y) => year_ref(y, ctx)?, None => year_for_month(m2, ctx)? };
            Some((TimeKind::Span, Some(Period { start: ymd(y, m1, 1)?, end: last_day_of_month(y, m2) })))
        }),
        // "the week ending June 14", "the week to 14 June 2025": the seven days up to it.
        rule(r"\bweek\s+(?:ending|ended|to|through)\s+(?:(?:on\s+)?(?:{W}),?\s+)?(?P<a>{M}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+{Y})?|\d{1,2}(?:st|nd|rd|th)?\s+{M}(?:,?\s+{Y})?)", |c, ctx| {
            let end = side(cap(c, "a")?, None, ctx)?.end;
            Some((TimeKind::Span, Some(Period { start: end - Duration::days(6), end })))
        }),
        // "in the year to March", "the 12 months to June 2025": twelve months up to the end
        // of that month (the last one ended by the reference date).
        rule(r"\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?P<m>{M})(?:\s+(?P<d>\d{1,2}))?(?:,?\s+(?P<y>{Y}))?\b", |c, ctx| {
            let m = month_number(cap(c, "m")?)?;
            let y = match cap(c, "y") {
                Some(y) => y.parse().ok()?,
                None => {
                    let r = ctx.reference?;
                    if last_day_of_month(r.year(), m) <= r { r.year() } else { r.year() - 1 }
                }
            };
            let end = last_day_of_month(y, m);
            let start = end.checked_sub_months(Months::new(12))?.succ_opt()?;
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
        // "Since the start of the current administration on Oct. 1, 2024": since that day.
        rule(r"\bsince\s+the\s+(?:start|beginning|launch|creation|arrival)\s+of\s+[^,.;]{1,60}?\s+(?:on|in)\s+(?P<a>{M}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+{Y}|\d{1,2}(?:st|nd|rd|th)?\s+{M},?\s+{Y})", |c, ctx| {
            let start = side(cap(c, "a")?, None, ctx)?.start;
            Some((TimeKind::Since, Some(Period { start, end: start })))
        }),
        // January-June 2025 (a caption): two months and a year, no word before.
        rule(r"\b(?P<m1>{M})\s*[-–]\s*(?P<m2>{M}),?\s+(?P<y>{Y})\b", |c, _| {
            let m1 = month_number(cap(c, "m1")?)?;
            let m2 = month_number(cap(c, "m2")?)?;
            let y: i32 = cap(c, "y")?.parse().ok()?;
            (m1 < m2).then_some((TimeKind::Span, Some(Period { start: ymd(y, m1, 1)?, end: last_day_of_month(y, m2) })))
        }),
        // between 2021 and 2024 / from March 2024 to February 2025 / from March 3 to March 9, 2025 / in 2023 and 2024
        rule(&format!(r"(?:\b(?:between|from|in|the\s+period|covering|spanning)\s+|\(\s*)(?P<a>{side_re})\s*(?:and|to|until|through|-|–|—)\s*(?P<b>{side_re})\b"), |c, ctx| {
            let (a, b) = (cap(c, "a")?, cap(c, "b")?);
            let yb = b.split(|ch: char| !ch.is_ascii_digit()).filter_map(|w| w.parse::<i32>().ok()).find(|y| *y > 1900);
            let pb = side(b, None, ctx)?;
            let pa = side(a, yb.or(Some(pb.start.year())), ctx)?;
            if c.get(0)?.as_str().to_lowercase().starts_with("in ") && !(a.trim().parse::<i32>().is_ok() && b.trim().parse::<i32>().is_ok()) {
                return None;
            }
            // "from December to March" runs over the new year.
            let start = if pa.start > pb.end { side(a, Some(pb.start.year() - 1), ctx)?.start } else { pa.start };
            Some((TimeKind::Span, Some(Period { start, end: pb.end })))
        }),
        // from 1 to 15 May 2025 / between 10 and 14 November / on 22 and 23 October
        rule(r"(?:\b(?:from|between|on|of)\s+|\(\s*)(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|and|-)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\b,?\s*(?P<y>{Y})?", |c, ctx| {
            let m = month_number(cap(c, "m")?)?;
            let y = match cap(c, "y") { Some(y) => y.parse().ok()?, None => year_for_month(m, ctx)? };
            let s = ymd(y, m, cap(c, "d1")?.parse().ok()?)?;
            let e = ymd(y, m, cap(c, "d2")?.parse().ok()?)?;
            Some((TimeKind::Span, Some(Period { start: s, end: e })))
        }),
        // 1-7 June 2025 (a bulletin's period): two days, a month and a year, no word before.
        rule(r"\b(?P<d1>\d{1,2})\s*-\s*(?P<d2>\d{1,2})\s+(?P<m>{M}),?\s+(?P<y>{Y})\b", |c, _| {
            let m = month_number(cap(c, "m")?)?;
            let y: i32 = cap(c, "y")?.parse().ok()?;
            let s = ymd(y, m, cap(c, "d1")?.parse().ok()?)?;
            let e = ymd(y, m, cap(c, "d2")?.parse().ok()?)?;
            (s < e).then_some((TimeKind::Span, Some(Period { start: s, end: e })))
        }),
        // between September 2 and 20 / from March 3 to 9, 2025 (not "on May 2 and 20 suspects")
        rule(r"\b(?:from|between|on)\s+(?P<m>{M})\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|and|-)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>{Y}))?(?:\s+(?P<next>[a-z]+))?", |c, ctx| {
            if cap(c, "next").is_some_and(|w| !["in", "at", "on", "and", "the", "across", "when", "as", "last", "this", "of", "with", "while", "after", "before", "near", "to", "from", "inside", "along", "off", "during"].contains(&w)) {
                return None;
            }
            let m = month_number(cap(c, "m")?)?;
            let y = match cap(c, "y") { Some(y) => y.parse().ok()?, None => year_for_month(m, ctx)? };
            let s = ymd(y, m, cap(c, "d1")?.parse().ok()?)?;
            let e = ymd(y, m, cap(c, "d2")?.parse().ok()?)?;
            (s <= e).then_some((TimeKind::Span, Some(Period { start: s, end: e })))
        }),
        // since the beginning of 2025 / since the start of the year / since January / since March 21 / since 2020
        rule(r"\bsince\s+(?:(?:the\s+)?(?:beginning|start)\s+of\s+(?:(?P<y1>{Y})|(?P<ty>the year|this year|the current year))|(?P<m>{M})\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{Y}))?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>{M})(?:,?\s+(?P<y3>{Y}))?|(?P<m3>{M})(?:\s+(?P<y4>{Y}))?|(?P<y5>{Y}))\b", |c, ctx| {
            let start = if let Some(y) = cap(c, "y1").or(cap(c, "y5")) {
                ymd(y.parse().ok()?, 1, 1)
            } else if cap(c, "ty").is_some() {
                ymd(ctx.reference?.year(), 1, 1)
            } else if let Some(m) = cap(c, "m").or(cap(c, "m2")) {
                let m = month_number(m)?;
                let d: u32 = cap(c, "d").or(cap(c, "d2"))?.parse().ok()?;
                let y = match cap(c, "y2").or(cap(c, "y3")) { Some(y) => y.parse().ok()?, None => year_for_day(m, d, ctx)? };
                ymd(y, m, d)
            } else {
                let m = month_number(cap(c, "m3")?)?;
                let y = match cap(c, "y4") { Some(y) => y.parse().ok()?, None => year_for_month(m, ctx)? };
                ymd(y, m, 1)
            }?;
            // The end is the time of reporting: filled in by `resolve_open_ends`.
            Some((TimeKind::Since, Some(Period { start, end: start })))
        }),
        // the first nine months of 2025 / the first half of 2024 / the last quarter of last year
        rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?:(?P<n>\w+)\s+months|(?P<part>half|quarter))\s+of\s+(?P<y>{Y}|this year|last year|the year|the previous year|the current year)", |c, ctx| {
            let y = year_ref(cap(c, "y")?, ctx)?;
            let ord = cap(c, "ord")?.to_lowercase();
            let (m1, m2) = if let Some(n) = cap(c, "n") {
                let n = count_word(n)? as u32;
                if n == 0 || n > 12 { return None; }
                if ord == "first" { (1, n) } else if ord == "last" || ord == "final" { (13 - n, 12) } else { return None }
            } else {
                let half = cap(c, "part")?.eq_ignore_ascii_case("half");
                let idx = match ord.as_str() { "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, _ => if half { 2 } else { 4 } };
                if half { if idx > 2 { return None; } (idx * 6 - 5, idx * 6) } else { (idx * 3 - 2, idx * 3) }
            };
            let start = ymd(y, m1, 1)?;
            let mut end = last_day_of_month(y, m2);
            if let Some(r) = ctx.reference { if cap(c, "y").is_some_and(|s| s.eq_ignore_ascii_case("this year")) && end > r { end = r; } }
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
        // Q3 2025 / H1 2025 / in Q2: a quarter or half (of the reference date's year)
        rule(r"\b(?P<k>Q|H)(?P<n>[1-4])(?:\s*[-/]?\s*(?P<y>{Y}))?\b", |c, ctx| {
            let n: u32 = cap(c, "n")?.parse().ok()?;
            let half = cap(c, "k")?.eq_ignore_ascii_case("h");
            if half && n > 2 {
                return None;
            }
            let y = match cap(c, "y") { Some(y) => y.parse().ok()?, None => ctx.reference?.year() };
            let months = if half { 6 } else { 3 };
            let first = (n - 1) * months + 1;
            Some((TimeKind::Span, Some(Period { start: ymd(y, first, 1)?, end: last_day_of_month(y, first + months - 1) })))
        }),
        // in the first quarter (of the year of the reference date)
        rule(r"\b(?:in|during)\s+the\s+(?P<o>first|second|third|fourth|last)\s+(?P<p>quarter|half)\b(?:\s+of\s+the\s+year)?(?:\s*[,.;]|\s+(?:of\s+the\s+year\b)|$)", |c, ctx| {
            let r = ctx.reference?;
            let half = cap(c, "p")?.eq_ignore_ascii_case("half");
            let idx = match cap(c, "o")?.to_lowercase().as_str() { "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, _ => if half { 2 } else { 4 } };
            let (m1, m2) = if half { if idx > 2 { return None; } (idx * 6 - 5, idx * 6) } else { (idx * 3 - 2, idx * 3) };
            let y = if ymd(r.year(), m1, 1)? <= r { r.year() } else { r.year() - 1 };
            Some((TimeKind::Span, Some(Period { start: ymd(y, m1, 1)?, end: last_day_of_month(y, m2) })))
        }),
        // Q1 2025
        rule(r"\bQ(?P<q>[1-4])\s+(?P<y>{Y})\b", |c, _| {
            let q: u32 = cap(c, "q")?.parse().ok()?;
            let y: i32 = cap(c, "y")?.parse().ok()?;
            Some((TimeKind::Span, Some(Period { start: ymd(y, q * 3 - 2, 1)?, end: last_day_of_month(y, q * 3) })))
        }),
        // over the past three years / in the last 24 hours / within three years / during the past week
        rule(r"\b(?:(?:over|in|during|for|within|throughout)\s+the\s+(?:past|last|previous)|within(?:\s+the\s+last)?|in\s+the\s+past)\s+(?:(?P<n>[\w-]+)\s+)?(?P<u>years?|months?|weeks?|days?|hours?|decades?)\b", |c, ctx| {
            let r = ctx.reference;
            if cap(c, "n").is_none() && c.get(0)?.as_str().to_lowercase().contains("previous") {
                return None;
            }
            let n = match cap(c, "n") { Some(n) => count_word(n)?, None => 1 };
            let r = match r { Some(r) => r, None => return Some((TimeKind::Since, None)) };
            let u = cap(c, "u")?.to_lowercase();
            let start = if u.starts_with("decade") {
                r.checked_sub_months(Months::new(120 * n as u32))?
            } else if u.starts_with("year") {
                r.checked_sub_months(Months::new(12 * n as u32))?
            } else if u.starts_with("month") {
                r.checked_sub_months(Months::new(n as u32))?
            } else if u.starts_with("week") {
                r - Duration::days(7 * n)
            } else if u.starts_with("day") {
                r - Duration::days(n)
            } else {
                r - Duration::days((n + 23) / 24)
            };
            Some((TimeKind::Since, Some(Period { start, end: r })))
        }),
        // Full dates: December 8, 2024 / 8 December 2024 / 2024-12-08 (handled below).
        // December 8 / 8 December (no year)
        rule(r"\b(?:on\s+)?(?:(?P<m>{M})\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{M}))\b(?:,?\s*(?:19|20)\d{2})?", |c, ctx| {
            if c.get(0)?.as_str().trim_end().chars().last()?.is_ascii_digit() && c.get(0)?.as_str().len() > 12 && find_full_dates(c.get(0)?.as_str()).len() == 1 {
                let d = find_full_dates(c.get(0)?.as_str())[0].date;
                return Some((TimeKind::Day, Some(Period::day(d))));
            }
            let m = month_number(cap(c, "m").or(cap(c, "m2"))?)?;
            let d: u32 = cap(c, "d").or(cap(c, "d2"))?.parse().ok()?;
            if d == 0 || d > 31 { return None; }
            let y = year_for_day(m, d, ctx);
            Some((TimeKind::Day, y.and_then(|y| ymd(y, m, d)).map(Period::day)))
        }),
        // the first week of May / the last week of March 2025
        rule(r"\b(?:the\s+)?(?P<o>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?\b", |c, ctx| {
            let m = month_number(cap(c, "m")?)?;
            let y = match cap(c, "y") { Some(y) => y.parse().ok()?, None => year_for_month(m, ctx)? };
            let last = last_day_of_month(y, m).day();
            let (a, b) = match cap(c, "o")?.to_lowercase().as_str() { "first" => (1, 7), "second" => (8, 14), "third" => (15, 21), "fourth" => (22, 28), _ => (last - 6, last) };
            Some((TimeKind::Span, Some(Period { start: ymd(y, m, a)?, end: ymd(y, m, b)? })))
        }),
        // mid-March / early April / the end of May / July 2024 / in March
        rule(r"\b(?:(?:in|during|by|of|throughout)\s+)?(?:(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]*)?(?P<m>{M})\b(?:,?\s+(?:of\s+)?(?P<y>{Y}|this year|last year))?", |c, ctx| {
            let mt = cap(c, "m")?;
            // "May" and "March" are also words: a bare one needs a preposition or a year.
            let whole = c.get(0)?.as_str();
            let bare = whole.trim().eq_ignore_ascii_case(mt);
            if bare && (mt.eq_ignore_ascii_case("may") || mt.eq_ignore_ascii_case("march") || mt.len() <= 4) {
                return None;
            }
            let m = month_number(mt)?;
            let y = match cap(c, "y") { Some(y) => Some(year_ref(y, ctx)?), None => year_for_month(m, ctx) };
            Some((TimeKind::Month, y.and_then(|y| month_period(y, m))))
        }),
        // last week / last month / last year / this year / the previous month / the past year
        rule(r"\b(?P<w>last|this|the\s+past|the\s+current)\s+(?P<u>week|month|year|weekend)\b", |c, ctx| {
            let r = match ctx.reference { Some(r) => r, None => return Some((TimeKind::Anaphor, None)) };
            let w = cap(c, "w")?.to_lowercase();
            let u = cap(c, "u")?.to_lowercase();
            let this = w == "this" || w.ends_with("current");
            let past = w.ends_with("past");
            let p = match u.as_str() {
                "year" if this => Period { start: ymd(r.year(), 1, 1)?, end: r },
                "year" if past => Period { start: r.checked_sub_months(Months::new(12))?, end: r },
                "year" => year_period(r.year() - 1)?,
                "month" if this => Period { start: ymd(r.year(), r.month(), 1)?, end: r },
                "month" if past => Period { start: r.checked_sub_months(Months::new(1))?, end: r },
                "month" => month_of(r.checked_sub_months(Months::new(1))?),
                "week" if this => { let s = r - Duration::days(r.weekday().num_days_from_monday() as i64); Period { start: s, end: r } }
                "week" if past => Period { start: r - Duration::days(7), end: r },
                "week" => { let s = r - Duration::days(r.weekday().num_days_from_monday() as i64 + 7); Period { start: s, end: s + Duration::days(6) } }
                "weekend" => { let s = r - Duration::days(r.weekday().num_days_from_monday() as i64 + 2); Period { start: s, end: s + Duration::days(1) } }
                _ => return None,
            };
            let kind = if u == "year" && !this && !past { TimeKind::Year } else if u == "month" || u == "week" || u == "weekend" { TimeKind::Month } else { TimeKind::Span };
            Some((kind, Some(p)))
        }),
        // that year / the same year / that same month / the same day / during this period
        rule(r"\b(?:that|the\s+same|that\s+same|this|the\s+said)\s+(?P<u>year|month|day|period|time|week)\b", |c, ctx| {
            Some((TimeKind::Anaphor, anaphor(c.get(0)?.as_str(), ctx)))
        }),
        // the year before / a year earlier: one year before the year last named
        // a day earlier / the day before / the previous day: the day before the day last named
        rule(r"\b(?:a\s+day\s+(?:earlier|before)|the\s+day\s+before|the\s+previous\s+day|the\s+preceding\s+day)\b", |_, ctx| {
            let d = ctx.last_day.or(ctx.reference)?;
            Some((TimeKind::Day, Some(Period::day(d.pred_opt()?))))
        }),
        rule(r"\b(?:the\s+(?P<u>year|month)\s+(?:before|earlier)|a\s+(?P<u2>year|month)\s+(?:earlier|before)|the\s+previous\s+(?:year|month)(?:['’]s)?)\b", |c, ctx| {
            // "the previous year": the year before the one the text is about, else before
            // the reference date (likewise for months).
            let text = c.get(0)?.as_str().to_lowercase();
            let p = anaphor(&text, ctx).or_else(|| {
                let r = ctx.reference?;
                if text.contains("month") { Some(month_of(r.checked_sub_months(Months::new(1))?)) } else { year_period(r.year() - 1) }
            });
            Some((TimeKind::Anaphor, p))
        }),
        // two days ago / three weeks ago / a year ago
        rule(r"\b(?P<n>[\w-]+)\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b", |c, ctx| {
            let n = if cap(c, "n")?.eq_ignore_ascii_case("a") { 1 } else { count_word(cap(c, "n")?)? };
            let r = match ctx.reference { Some(r) => r, None => return Some((TimeKind::Day, None)) };
            let u = cap(c, "u")?.to_lowercase();
            Some(if u.starts_with("day") {
                (TimeKind::Day, Some(Period::day(r - Duration::days(n))))
            } else if u.starts_with("week") {
                (TimeKind::Day, Some(Period::day(r - Duration::days(7 * n))))
            } else if u.starts_with("month") {
                (TimeKind::Month, Some(month_of(r.checked_sub_months(Months::new(n as u32))?)))
            } else {
                (TimeKind::Year, year_period(r.year() - n as i32))
            })
        }),
        // in 2025 so far / in 2025 to date: the year up to the reference date
        rule(r"\b(?:in|during)\s+(?P<y>{Y})\s+(?:so\s+far|to\s+date|until\s+now)\b", |c, ctx| {
            let y: i32 = cap(c, "y")?.parse().ok()?;
            let end = ctx.reference.filter(|r| r.year() == y).unwrap_or(ymd(y, 12, 31)?);
            Some((TimeKind::Since, Some(Period { start: ymd(y, 1, 1)?, end })))
        }),
        // over the weekend / at the weekend: the last Saturday and Sunday
        rule(r"\b(?:over|during|at|on)\s+the\s+weekend\b", |_c, ctx| {
            let r = match ctx.reference { Some(r) => r, None => return Some((TimeKind::Span, None)) };
            let back = (r.weekday().num_days_from_monday() as i64 + 2) % 7;
            let sun = if r.weekday() == chrono::Weekday::Sun { r } else { r - Duration::days(r.weekday().num_days_from_monday() as i64 + 1) };
            let _ = back;
            Some((TimeKind::Span, Some(Period { start: sun - Duration::days(1), end: sun })))
        }),
        // New Year's Eve / New Year's Day / Christmas Eve / Christmas Day
        rule(r"\b(?P<h>New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|Christmas\s+Eve|Christmas\s+Day|Christmas)\b", |c, ctx| {
            let r = match ctx.reference { Some(r) => r, None => return Some((TimeKind::Day, None)) };
            let h = cap(c, "h")?.to_lowercase();
            let (m, d) = if h.contains("new year") && h.ends_with("eve") { (12, 31) } else if h.contains("new year") { (1, 1) } else if h.ends_with("eve") { (12, 24) } else { (12, 25) };
            let this = ymd(r.year(), m, d)?;
            let day = if this <= r { this } else { ymd(r.year() - 1, m, d)? };
            Some((TimeKind::Day, Some(Period::day(day))))
        }),
        // yesterday / today
        rule(r"\b(?P<w>yesterday|today|tonight)\b", |c, ctx| {
            let r = match ctx.reference { Some(r) => r, None => return Some((TimeKind::Day, None)) };
            let d = if cap(c, "w")?.eq_ignore_ascii_case("yesterday") { r - Duration::days(1) } else { r };
            Some((TimeKind::Day, Some(Period::day(d))))
        }),
        // on Friday / Sunday's meeting / last Tuesday
        rule(r"\b(?:(?P<p>on|last|this\s+past|past)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", |c, ctx| {
            let wd = weekday_of(cap(c, "w")?)?;
            let r = match ctx.reference { Some(r) => r, None => return Some((TimeKind::Day, None)) };
            let mut back = (r.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7);
            // "last Thursday" said on a Thursday is a week ago.
            if back == 0 && cap(c, "p").is_some_and(|p| !p.eq_ignore_ascii_case("on")) {
                back = 7;
            }
            Some((TimeKind::Day, Some(Period::day(r - Duration::days(back)))))
        }),
        // Fiscal and financial years, named by the year they end in: "FY2024", "FY24",
        // "fiscal year 2024", "fiscal 2024", "the 2023-24 financial year", "FY2024-25".
        // The start month is the state's (lexicon `fiscal_year_start`); unknown: no period.
        rule(r"\b(?:(?:FY|F\.Y\.)\s?(?P<a>(?:19|20)\d{2}|\d{2})|(?:fiscal|financial)\s+(?:year\s+)?(?:of\s+)?(?P<b>{Y}))(?:\s*[-/]\s*(?P<e>\d{2}(?:\d{2})?))?\b|\b(?P<c>{Y})\s*[-/]\s*(?P<f>\d{2}(?:\d{2})?)\s+(?:fiscal|financial|budget)\s+year\b", |c, ctx| {
            let y = cap(c, "a").or(cap(c, "b")).or(cap(c, "c"))?;
            let y: i32 = if y.len() == 2 { 2000 + y.parse::<i32>().ok()? } else { y.parse().ok()? };
            let end_year = match cap(c, "e").or(cap(c, "f")) {
                Some(e) if e.len() == 2 => (y / 100) * 100 + e.parse::<i32>().ok()?,
                Some(e) => e.parse().ok()?,
                None if cap(c, "c").is_some() => return None,
                // "FY2024-25" / "2023-24": the second year is the end; "FY2024": its end.
                None => y,
            };
            if end_year != y && end_year != y + 1 {
                return None;
            }
            let Some(start_month) = ctx.fiscal_start else { return Some((TimeKind::Span, None)) };
            if start_month == 1 {
                return Some((TimeKind::Year, year_period(end_year)));
            }
            let start = ymd(end_year - 1, start_month, 1)?;
            let end = last_day_of_month(end_year, start_month - 1);
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
        // in 2024 / during 2023 / early 2025 / for the year 2024 / 2024's
        rule(r"\b(?:(?:in|during|throughout|for|of|since|until|by|over|early|late|mid|mid-|end\s+of|in\s+(?:early|late|mid-?)|(?:in\s+)?the\s+whole\s+of|(?:for\s+)?all\s+of)\s+(?:the\s+(?:year\s+)?)?(?P<y>{Y})\b|\b(?P<y2>{Y})['’]s\b|\bthe\s+(?P<y3>{Y})\s+(?:total|figure|haul|record|level|tally|seizures|data|statistics))", |c, _| {
            let y: i32 = cap(c, "y").or(cap(c, "y2")).or(cap(c, "y3"))?.parse().ok()?;
            Some((TimeKind::Year, year_period(y)))
        }),
        // "between 14 and 20 Saratan 1404", "from 1 to 10 Farvardin 1404": days of a Solar
        // Hijri month.
        rule(&format!(r"\b(?:from|between)\s+(?P<d1>\d{{1,2}})\s*(?:to|and|-|until)\s*(?P<d2>\d{{1,2}})\s+(?P<m>{})\s+(?P<y>1[34]\d{{2}})\b", calendars::PERSIAN_MONTH_RE), |c, _| {
            let (y, m) = (cap(c, "y")?.parse().ok()?, calendars::persian_month_number(cap(c, "m")?)?);
            let a = calendars::persian_day(y, m, cap(c, "d1")?.parse().ok()?)?;
            let b = calendars::persian_day(y, m, cap(c, "d2")?.parse().ok()?)?;
            (a <= b).then_some((TimeKind::Span, Some(Period { start: a, end: b })))
        }),
        // The Solar Hijri calendar (Iran, Afghanistan): "15 Ordibehesht 1404".
        rule(&format!(r"\b(?P<d>\d{{1,2}})\s+(?P<m>{})\s+(?P<y>1[34]\d{{2}})\b", calendars::PERSIAN_MONTH_RE), |c, _| {
            let d = calendars::persian_day(cap(c, "y")?.parse().ok()?, calendars::persian_month_number(cap(c, "m")?)?, cap(c, "d")?.parse().ok()?)?;
            Some((TimeKind::Day, Some(Period::day(d))))
        }),
        // "in Farvardin 1404", "in the month of Farvardin", "during Esfand": a Solar Hijri
        // month, its year named or the one of the reference date. Tir, Mehr, Dey, Azar
        // and Aban are also names and words: only with "month of" or a year.
        rule(&format!(r"\b(?P<lead>(?:the\s+(?:Iranian\s+|Persian\s+)?)?month\s+of\s+)?(?P<m>{})(?:\s+(?P<y>1[34]\d{{2}}))?\b", calendars::PERSIAN_MONTH_RE), |c, ctx| {
            let name = cap(c, "m")?;
            let m = calendars::persian_month_number(name)?;
            let ambiguous = calendars::AMBIGUOUS_MONTHS.contains(&name.to_lowercase().as_str());
            if ambiguous && c.name("lead").is_none() && c.name("y").is_none() {
                return None;
            }
            let y = match cap(c, "y") {
                Some(y) => y.parse().ok()?,
                None => {
                    let r = ctx.reference?;
                    let jy = calendars::persian_year_of(r)?;
                    // A month not begun yet at the reference is last year's.
                    if calendars::persian_month(jy, m)?.0 > r { jy - 1 } else { jy }
                }
            };
            let (start, end) = calendars::persian_month(y, m)?;
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
        // The Hijri (lunar) calendar: "7 Dhu al-Hijjah 1446 AH".
        rule(&format!(r"\b(?P<d>\d{{1,2}})\s+(?P<m>{})\s*,?\s+(?P<y>1[34]\d{{2}})\b", calendars::hijri_month_re()), |c, _| {
            let d = calendars::hijri_day(cap(c, "y")?.parse().ok()?, calendars::hijri_month_number(cap(c, "m")?)?, cap(c, "d")?.parse().ok()?)?;
            Some((TimeKind::Day, Some(Period::day(d))))
        }),
        // "during the holy month of Ramadan", "in mid-Rajab", "Shawwal 1446": a Hijri
        // month, its year named or the last one begun by the reference date. Month
        // names are also names ("Ramadan said"): only after a word of time or with a year.
        rule(&format!(r"\b(?P<lead>(?:(?:in|during|throughout|since|before|after|until|by|of|over|early|late|end\s+of)\s+(?:the\s+)?(?:(?:holy|fasting|blessed)\s+)?(?:month\s+of\s+)?)|(?:the\s+)?(?:(?:holy|fasting|blessed)\s+)?month\s+of\s+|mid-\s*)?(?P<m>{})(?:\s+(?P<y>1[34]\d{{2}}))?\b", calendars::hijri_month_re()), |c, ctx| {
            let m = calendars::hijri_month_number(cap(c, "m")?)?;
            let y = match cap(c, "y") {
                Some(y) => y.parse().ok()?,
                None if c.name("lead").is_some() => {
                    let (hy, hm) = calendars::hijri_month_of(ctx.reference?)?;
                    if m <= hm { hy } else { hy - 1 }
                }
                None => return None,
            };
            let (start, end) = calendars::hijri_month(y, m)?;
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
        // "over the Easter weekend" (Good Friday to Easter Monday), "on Easter Sunday",
        // "Good Friday": the last Easter begun by the reference date.
        rule(r"\b(?:(?P<lead>over|during|at|across|for)\s+(?:the\s+)?)?(?:Easter(?:\s+(?P<u>long\s+weekend|weekend|holidays?|break|period|sunday|monday))?|(?P<gf>Good\s+Friday))\b", |c, ctx| {
            let r = ctx.reference?;
            let u = cap(c, "u").map(str::to_lowercase);
            if c.name("lead").is_none() && u.is_none() && c.name("gf").is_none() {
                return None;
            }
            let sunday = calendars::easter(r.year()).filter(|e| *e - Duration::days(2) <= r).or_else(|| calendars::easter(r.year() - 1))?;
            let day = |d: i64| Some((TimeKind::Day, Some(Period::day(sunday + Duration::days(d)))));
            match u.as_deref() {
                _ if c.name("gf").is_some() => day(-2),
                Some("sunday") => day(0),
                Some("monday") => day(1),
                _ => Some((TimeKind::Span, Some(Period { start: sunday - Duration::days(2), end: sunday + Duration::days(1) }))),
            }
        }),
        // "the Iranian year" / "the previous Iranian year": the Solar Hijri year of the
        // reference date, or the one before (a year number after it wins: "the previous
        // Iranian year, 1403").
        rule(r"\b(?:the\s+)?(?P<w>current|previous|last|past|this|present)?\s*(?:Iranian|Persian|Solar\s+Hijri|Afghan|solar)\s+(?:calendar\s+)?year\b(?:\s*,?\s*(?P<y>1[34]\d{2})\b)?", |c, ctx| {
            let jy = match cap(c, "y") {
                Some(y) => y.parse().ok()?,
                None => {
                    let jy = calendars::persian_year_of(ctx.reference?)?;
                    if cap(c, "w").is_some_and(|w| matches!(w.to_lowercase().as_str(), "previous" | "last" | "past")) { jy - 1 } else { jy }
                }
            };
            let (start, end) = calendars::persian_year(jy)?;
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
        // "the Iranian year 1403", "in the year 1403", "during 1402 SH": a Solar Hijri
        // year (a year 1300-1499 in today's news is one).
        rule(r"\b(?:(?:the\s+)?(?:Iranian|Persian|Solar\s+Hijri|Hijri\s+Shamsi|Afghan)\s+(?:calendar\s+)?year\s+(?:of\s+)?(?P<y>1[34]\d{2})|(?:in|during|for|of|since|over|throughout)\s+the\s+year\s+(?P<y2>1[34]\d{2})|(?:in|during|for|since|throughout)\s+(?P<y3>1[34]\d{2})\s*(?:SH|AP|HS|\(|,|;|\.|$))", |c, _| {
            let y: i32 = cap(c, "y").or(cap(c, "y2")).or(cap(c, "y3"))?.parse().ok()?;
            let (start, end) = calendars::persian_year(y)?;
            Some((TimeKind::Span, Some(Period { start, end })))
        }),
    ]
});

/// Every time expression in a sentence, resolved against the context.
pub fn find_time_exprs(text: &str, ctx: &TimeContext) -> Vec<TimeExpr> {
    let mut found: Vec<TimeExpr> = Vec::new();
    let candidates = RULE_SET.matches(text);
    if !candidates.matched_any() && !text.bytes().any(|b| b.is_ascii_digit()) {
        return found;
    }
    let apply = |rules: std::ops::Range<usize>, found: &mut Vec<TimeExpr>| {
        for r in rules.filter(|i| candidates.matched(*i)).map(|i| &RULES[i]) {
            for c in r.re.captures_iter(text) {
                let m = c.get(0).unwrap();
                if found.iter().any(|f| f.start < m.end() && m.start() < f.end) {
                    continue;
                }
                if let Some((kind, period)) = (r.resolve)(&c, ctx) {
                    found.push(TimeExpr { start: m.start(), end: m.end(), text: m.as_str().to_string(), kind, period });
                }
            }
        }
    };
    // Ranges of days and months first, then full dates (the most precise), then the rest.
    apply(0..RANGE_RULES, &mut found);
    for d in find_full_dates(text) {
        if !found.iter().any(|f| f.start < d.end && d.start < f.end) {
            found.push(TimeExpr { start: d.start, end: d.end, text: text[d.start..d.end].to_string(), kind: TimeKind::Day, period: Some(Period::day(d.date)) });
        }
    }
    apply(RANGE_RULES..RULES.len(), &mut found);
    found.sort_by_key(|f| f.start);
    resolve_open_ends(&mut found, ctx);
    // "the Iranian year 1404 (21 March - 22 September 2025)", "Ramadan (March 1-30)": a
    // gloss in brackets right after an expression says what the writer meant by it.
    for k in 1..found.len() {
        let between = &text[found[k - 1].end.min(found[k].start)..found[k].start];
        let bracket = between.trim() == "(" || (between.trim().is_empty() && found[k].text.starts_with('('));
        // Only a gloss that narrows ("Saturday (13 Ordibehesht)" names a month: the day stays).
        let narrows = match (found[k - 1].period, found[k].period) {
            // (A day or two of slack: calendars converted by hand differ by that.)
            (Some(a), Some(b)) => a.start - Duration::days(2) <= b.start && b.end <= a.end + Duration::days(2),
            (None, Some(_)) => true,
            _ => false,
        };
        if narrows && bracket && found[k].text.len() > 4 {
            found[k - 1].period = found[k].period;
            found[k - 1].kind = found[k].kind;
        }
    }
    // "the first three months of the Iranian year 1404", "the first half of the
    // financial year 2023-24": a part of the year the expression names.
    static PART_OF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:the\s+)?(?P<ord>first|last|final)\s+(?:(?P<n>[\w-]+)\s+months|(?P<part>half|quarter))\s+of\s+(?:the\s+)?$").unwrap());
    for e in found.iter_mut() {
        let Some(p) = e.period.filter(|p| (p.end - p.start).num_days() >= 360) else { continue };
        let Some(c) = PART_OF.captures(crate::text::tail(text, e.start, 40)) else { continue };
        let n = match (c.name("n"), c.name("part").map(|m| m.as_str().to_lowercase())) {
            (Some(n), _) => count_word(n.as_str()).filter(|n| (1..12).contains(n)).map(|n| n as u32),
            (None, Some(part)) => Some(if part == "half" { 6 } else { 3 }),
            _ => None,
        };
        let Some(n) = n else { continue };
        let first = c["ord"].eq_ignore_ascii_case("first");
        // A Solar Hijri year is cut by its own months.
        let jy = calendars::persian_year_of(p.start).filter(|jy| calendars::persian_year(*jy) == Some((p.start, p.end)));
        let narrowed = if let Some(jy) = jy {
            if first {
                calendars::persian_month(jy, n).map(|(_, end)| Period { start: p.start, end })
            } else {
                calendars::persian_month(jy, 13 - n).map(|(start, _)| Period { start, end: p.end })
            }
        } else if first {
            p.start.checked_add_months(Months::new(n)).and_then(|d| d.pred_opt()).map(|end| Period { start: p.start, end })
        } else {
            p.end.succ_opt().and_then(|d| d.checked_sub_months(Months::new(n))).map(|start| Period { start, end: p.end })
        };
        if narrowed.is_some() {
            e.period = narrowed;
            e.kind = TimeKind::Span;
        }
    }
    // Anaphora may point at an expression earlier in the same sentence.
    let mut local = ctx.clone();
    for e in found.iter_mut() {
        if e.kind == TimeKind::Anaphor {
            if let Some(p) = anaphor(&e.text, &local) {
                e.period = Some(p);
            }
        }
        local.update(std::slice::from_ref(e));
    }
    found
}

fn anaphor(phrase: &str, ctx: &TimeContext) -> Option<Period> {
    let lower = phrase.to_lowercase();
    let unit = lower.split_whitespace().last().unwrap_or("");
    match unit {
        "before" | "earlier" if lower.contains("month") => ctx.last_month.and_then(|m| m.start.checked_sub_months(Months::new(1))).map(month_of),
        "before" | "earlier" | "year's" => ctx.last_year.and_then(|y| year_period(y - 1)),
        "year" if lower.contains("previous") => ctx.last_year.and_then(|y| year_period(y - 1)),
        "month" | "month's" if lower.contains("previous") => ctx.last_month.and_then(|m| m.start.checked_sub_months(Months::new(1))).map(month_of),
        "year" => ctx.last_year.and_then(year_period),
        "month" => ctx.last_month,
        "day" => ctx.last_day.map(Period::day),
        "period" | "time" => ctx.last_period,
        _ => None,
    }
}

/// "since ..." runs to the time of reporting: another day or month named in the sentence
/// ("That same month, ... since the beginning of 2025"), else the reference date.
fn resolve_open_ends(found: &mut [TimeExpr], ctx: &TimeContext) {
    for k in 0..found.len() {
        // The time of reporting is named before the "since" phrase.
        let anchor = found[..k]
            .iter()
            .filter(|e| matches!(e.kind, TimeKind::Day | TimeKind::Month | TimeKind::Anaphor))
            .filter_map(|e| e.period)
            .map(|p| p.end)
            .max()
            .or(ctx.reference);
        let e = &mut found[k];
        if e.kind == TimeKind::Since && e.text.to_lowercase().starts_with("since") {
            e.period = match (e.period, anchor) {
                (Some(p), Some(a)) if a >= p.start => Some(Period { start: p.start, end: a }),
                _ => None,
            };
        }
    }
}

/// Resolve the first time expression of a phrase (for tests and `explain`).
pub fn resolve_phrase(text: &str, reference: Option<NaiveDate>) -> Option<Period> {
    let ctx = TimeContext::new(reference);
    find_time_exprs(text, &ctx).into_iter().next().and_then(|e| e.period)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn r(text: &str, reference: &str) -> Option<(String, String)> {
        let reference = if reference == "-" { None } else { Some(d(reference)) };
        resolve_phrase(text, reference).map(|p| (p.start.to_string(), p.end.to_string()))
    }

    fn span(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn years_months_days() {
        assert_eq!(r("seized in 2024", "-"), span("2024-01-01", "2024-12-31"));
        assert_eq!(r("In mid-March, the ministry", "2025-09-14"), span("2025-03-01", "2025-03-31"));
        assert_eq!(r("In early April", "2025-09-14"), span("2025-04-01", "2025-04-30"));
        assert_eq!(r("In July 2024, the minister", "2025-01-12"), span("2024-07-01", "2024-07-31"));
        assert_eq!(r("On December 8, 2024, he", "-"), span("2024-12-08", "2024-12-08"));
        assert_eq!(r("in October", "2025-09-14"), span("2024-10-01", "2024-10-31"));
        assert_eq!(r("police may seize", "2025-09-14"), None);
    }

    #[test]
    fn fiscal_years() {
        let fy = |text: &str, start: Option<u32>| {
            let ctx = TimeContext { fiscal_start: start, ..TimeContext::new(None) };
            find_time_exprs(text, &ctx).into_iter().next().and_then(|e| e.period).map(|p| (p.start.to_string(), p.end.to_string()))
        };
        assert_eq!(fy("seized in fiscal year 2024, which", Some(10)), span("2023-10-01", "2024-09-30"));
        assert_eq!(fy("and cocaine in FY2024, according", Some(10)), span("2023-10-01", "2024-09-30"));
        assert_eq!(fy("in the 2023-24 financial year", Some(7)), span("2023-07-01", "2024-06-30"));
        assert_eq!(fy("during FY2024-25 the bureau", Some(4)), span("2024-04-01", "2025-03-31"));
        assert_eq!(fy("in FY25 the bureau", Some(4)), span("2024-04-01", "2025-03-31"));
        assert_eq!(fy("in fiscal 2023", Some(1)), span("2023-01-01", "2023-12-31"));
        assert_eq!(fy("in fiscal year 2024", None), None);
        assert_eq!(fy("the 2023-27 financial year", Some(7)), None);
    }

    #[test]
    fn hijri_months_easter_and_parts_of_years() {
        assert_eq!(r("during the holy month of Ramadan", "2025-04-12"), span("2025-03-01", "2025-03-30"));
        assert_eq!(r("had in mid-Rajab carried out", "2025-02-10"), span("2025-01-01", "2025-01-30"));
        assert_eq!(r("on 7 Dhu al-Hijjah 1446 AH", "-"), span("2025-06-04", "2025-06-04"));
        assert_eq!(r("Ramadan said the figures were wrong", "2025-04-12"), None);
        assert_eq!(r("over the Easter weekend", "2025-04-22"), span("2025-04-18", "2025-04-21"));
        assert_eq!(r("on Easter Sunday", "2025-04-22"), span("2025-04-20", "2025-04-20"));
        assert_eq!(r("between 14 and 20 Saratan 1404 (5-11 July 2025)", "-"), span("2025-07-05", "2025-07-11"));
        assert_eq!(r("in the week of 7-13 September 2025", "-"), span("2025-09-07", "2025-09-13"));
        assert_eq!(r("in the first three months of the Iranian year 1404", "-"), span("2025-03-21", "2025-06-21"));
        assert_eq!(r("in the first half of 2024", "-"), span("2024-01-01", "2024-06-30"));
        assert_eq!(r("Q3 2025", "-"), span("2025-07-01", "2025-09-30"));
        assert_eq!(r("Period covered: 1-7 June 2025", "-"), span("2025-06-01", "2025-06-07"));
        assert_eq!(r("Between Oct. 1 and June 30, the first three quarters of fiscal year 2025, officers seized", "2025-07-20"), span("2024-10-01", "2025-06-30"));
        assert_eq!(r("During the week ending June 14, agents seized", "2025-06-16"), span("2025-06-08", "2025-06-14"));
        assert_eq!(r("In the year to March, the agency seized", "2025-05-22"), span("2024-04-01", "2025-03-31"));
        assert_eq!(r("Since the start of the current administration on Oct. 1, 2024, the army has", "2025-02-14"), span("2024-10-01", "2025-02-14"));
        assert_eq!(r("in the first three months of the Iranian year, which began on 21 March", "2025-07-01"), span("2025-03-21", "2025-06-21"));
        assert_eq!(r("In the whole of the previous Iranian year, 1403, forces seized", "2025-07-01"), span("2024-03-20", "2025-03-20"));
        assert_eq!(r("during the previous Iranian year", "2025-07-01"), span("2024-03-20", "2025-03-20"));
        assert_eq!(r("seizures in H1 2025", "-"), span("2025-01-01", "2025-06-30"));
        assert_eq!(r("in Q2", "2025-08-01"), span("2025-04-01", "2025-06-30"));
    }

    #[test]
    fn solar_hijri() {
        assert_eq!(r("seized in the Iranian year 1403, which ended", "2025-06-26"), span("2024-03-20", "2025-03-20"));
        assert_eq!(r("during 1402 SH, police", "-"), span("2023-03-21", "2024-03-19"));
        assert_eq!(r("in Farvardin 1404 the police", "-"), span("2025-03-21", "2025-04-20"));
        assert_eq!(r("in the month of Farvardin, the first month", "2025-05-10"), span("2025-03-21", "2025-04-20"));
        assert_eq!(r("in the month of Esfand", "2025-05-10"), span("2025-02-19", "2025-03-20"));
        assert_eq!(r("Tehran, 15 Ordibehesht 1404", "-"), span("2025-05-05", "2025-05-05"));
        assert_eq!(r("Mehr News Agency reported", "2025-05-10"), None);
        assert_eq!(r("Since the start of the Iranian year on 21 March, police", "2025-06-26"), span("2025-03-21", "2025-06-26"));
        assert_eq!(r("police seized 1400 kilograms", "-"), None);
    }

    #[test]
    fn weekdays_and_relative() {
        assert_eq!(r("in a meeting on Sunday", "2025-01-12"), span("2025-01-12", "2025-01-12"));
        assert_eq!(r("on Friday signed", "2025-09-14"), span("2025-09-12", "2025-09-12"));
        assert_eq!(r("on Friday signed", "-"), None);
        assert_eq!(r("last month", "2025-05-20"), span("2025-04-01", "2025-04-30"));
        assert_eq!(r("last year", "2025-05-20"), span("2024-01-01", "2024-12-31"));
        assert_eq!(r("yesterday", "2025-05-20"), span("2025-05-19", "2025-05-19"));
        assert_eq!(r("last week", "2025-06-10"), span("2025-06-02", "2025-06-08"));
    }

    #[test]
    fn spans() {
        assert_eq!(r("in the first nine months of 2025", "-"), span("2025-01-01", "2025-09-30"));
        assert_eq!(r("in the first half of 2024", "-"), span("2024-01-01", "2024-06-30"));
        assert_eq!(r("the first quarter of 2025", "-"), span("2025-01-01", "2025-03-31"));
        assert_eq!(r("between January and June 2025", "-"), span("2025-01-01", "2025-06-30"));
        assert_eq!(r("in operations between September 2 and 20, and arrested 21 suspects", "2024-09-25"), span("2024-09-02", "2024-09-20"));
        assert_eq!(r("from March 3 to 9, 2025", "-"), span("2025-03-03", "2025-03-09"));
        assert_eq!(r("seized during the January-March period of 2024", "2024-05-01"), span("2024-01-01", "2024-03-31"));
        assert_eq!(r("in the solar year 1402 (March 21, 2023 to March 20, 2024), the ministry", "-"), span("2023-03-21", "2024-03-20"));
        assert_eq!(r("said that from January to July this year, the office", "2024-08-12"), span("2024-01-01", "2024-07-31"));
        assert_eq!(r("the financial year (April 2023 to March 2024) shows", "-"), span("2023-04-01", "2024-03-31"));
        assert_eq!(r("since the beginning of 2025", "2025-03-20"), span("2025-01-01", "2025-03-20"));
        assert_eq!(r("since March 21", "2025-06-10"), span("2025-03-21", "2025-06-10"));
        assert_eq!(r("over the past three years", "2025-06-10"), span("2022-06-10", "2025-06-10"));
        assert_eq!(r("over the past three years", "-"), None);
        assert_eq!(r("from 1 to 15 May 2025", "-"), span("2025-05-01", "2025-05-15"));
        assert_eq!(r("Drug seizures by customs, January-June 2025", "-"), span("2025-01-01", "2025-06-30"));
        assert_eq!(r("The figures, covering 1 January to 31 December 2024, are:", "-"), span("2024-01-01", "2024-12-31"));
        // A gloss in brackets says what the phrase before it covers.
        assert_eq!(r("in the first six months of the Iranian year 1404 (21 March - 22 September 2025), he said", "-"), span("2025-03-21", "2025-09-22"));
        assert_eq!(r("Between 2021 and 2024, the force", "-"), span("2021-01-01", "2024-12-31"));
        assert_eq!(r("Between March 2024 and February 2025, the unit", "-"), span("2024-03-01", "2025-02-28"));
        assert_eq!(r("From March 3 to March 9, 2025, customs", "-"), span("2025-03-03", "2025-03-09"));
        assert_eq!(r("From 28 December 2024 to 4 January 2025, police", "-"), span("2024-12-28", "2025-01-04"));
        assert_eq!(r("Since 21 March 2025, the police", "2025-06-01"), span("2025-03-21", "2025-06-01"));
    }

    #[test]
    fn anaphora_and_open_ends() {
        let mut ctx = TimeContext::new(Some(d("2025-09-14")));
        let e = find_time_exprs("In mid-March, the ministry announced a seizure.", &ctx);
        ctx.update(&e);
        let e = find_time_exprs("That same month, it said Baghdad seized 1.75 tons since the beginning of 2025.", &ctx);
        assert_eq!(e[0].period, Some(Period { start: d("2025-03-01"), end: d("2025-03-31") }));
        assert_eq!(e[1].period, Some(Period { start: d("2025-01-01"), end: d("2025-03-31") }));
        let mut ctx = TimeContext::new(None);
        let e = find_time_exprs("In late 2024, officials said six tons were seized that year.", &ctx);
        assert_eq!(e.last().unwrap().period, Some(Period { start: d("2024-01-01"), end: d("2024-12-31") }));
        ctx.update(&e);
        let e = find_time_exprs("They said 144 were sentenced that year.", &ctx);
        assert_eq!(e[0].period, Some(Period { start: d("2024-01-01"), end: d("2024-12-31") }));
        let ctx = TimeContext::new(Some(d("2025-03-01")));
        let e = find_time_exprs("Police seized 110 tonnes last year, compared with 90 tonnes the year before.", &ctx);
        assert_eq!(e[1].period, Some(Period { start: d("2023-01-01"), end: d("2023-12-31") }));
    }
}
