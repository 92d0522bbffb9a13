//! Calendars other than the Gregorian that news about Iran and Afghanistan uses: the
//! Solar Hijri (Iranian) year and its months, converted exactly (the 33-year arithmetic
//! of the jalaali algorithm, valid for years -61 to 3177). "The Iranian year 1403" is
//! 2024-03-20 to 2025-03-20; "Farvardin 1404" is 2025-03-21 to 2025-04-20.

use chrono::{Datelike, Duration, NaiveDate};

/// The Solar Hijri months, in order, with the spellings news uses.
pub const PERSIAN_MONTHS: &[&[&str]] = &[
    // Iranian names, then the Afghan (Dari) names of the same months.
    &["farvardin", "hamal"],
    &["ordibehesht", "sawr", "sowr", "saur"],
    &["khordad", "jawza", "jowza", "jauza"],
    &["tir", "saratan"],
    &["mordad", "amordad", "mordaad", "asad"],
    &["shahrivar", "sonbola", "sunbula", "sumbula"],
    &["mehr", "mizan"],
    &["aban", "aqrab", "akrab"],
    &["azar", "qaws", "qows", "qaus"],
    &["dey", "dei", "jadi", "jaddi"],
    &["bahman", "dalw", "dalv"],
    &["esfand", "espand", "esfandeh", "hut", "hoot"],
];

/// Month names that are also names or words ("Tir", "Asad", "Hut"): a month only with
/// "month of" or a year.
pub const AMBIGUOUS_MONTHS: &[&str] = &["tir", "mehr", "dey", "dei", "azar", "aban", "hamal", "sawr", "saur", "asad", "mizan", "qaws", "jadi", "hut", "hoot", "dalw"];

/// The regex alternation of the month names (Tir and Dey only with a capital in text,
/// which callers check).
pub const PERSIAN_MONTH_RE: &str = "farvardin|ordibehesht|khordad|tir|mordad|amordad|shahrivar|mehr|aban|azar|dey|dei|bahman|esfand|espand|hamal|sawr|sowr|saur|jawza|jowza|jauza|saratan|asad|sonbola|sunbula|sumbula|mizan|aqrab|akrab|qaws|qows|qaus|jadi|jaddi|dalw|dalv|hut|hoot";

/// Japanese eras and the Gregorian year before each era's first ("Reiwa 1" is 2019).
pub const JAPANESE_ERAS: &[(&str, i64)] = &[("reiwa", 2018), ("heisei", 1988), ("showa", 1925)];

/// The months of the Hijri (lunar) calendar, with their common spellings.
pub const HIJRI_MONTHS: &[&[&str]] = &[
    &["muharram", "moharram"],
    &["safar"],
    &["rabi al-awwal", "rabi' al-awwal", "rabi al-awal", "rabi' i", "rabi i", "rabiul awwal", "rabi ul-awwal"],
    &["rabi al-thani", "rabi' al-thani", "rabi al-akhir", "rabi' al-akhir", "rabi' ii", "rabi ii", "rabiul akhir", "rabi ul-thani"],
    &["jumada al-awwal", "jumada al-ula", "jumada i", "jumadal awwal"],
    &["jumada al-thani", "jumada al-akhirah", "jumada al-akhira", "jumada ii", "jumadal akhir"],
    &["rajab"],
    &["sha'ban", "shaban", "sha’ban"],
    &["ramadan", "ramazan", "ramadhan"],
    &["shawwal", "shawal"],
    &["dhu al-qadah", "dhu al-qa'dah", "dhul-qadah", "dhul qadah", "dhu al-qidah", "dhul-qi'dah", "zul qadah"],
    &["dhu al-hijjah", "dhul-hijjah", "dhul hijjah", "dhu al-hijja", "zul hijjah", "dhu'l-hijjah"],
];

/// The regex alternation of the Hijri month names, longest first.
pub fn hijri_month_re() -> String {
    let mut names: Vec<&str> = HIJRI_MONTHS.iter().flat_map(|n| n.iter().copied()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| {
            n.chars()
                .map(|c| match c {
                    ' ' => r"\s+".to_string(),
                    '-' => r"[-\s]?".to_string(),
                    '\'' | '’' => "['’]?".to_string(),
                    c => regex::escape(&c.to_string()),
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("|")
}

pub fn hijri_month_number(word: &str) -> Option<u32> {
    let key = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    let w = key(word);
    HIJRI_MONTHS.iter().position(|names| names.iter().any(|n| key(n) == w)).map(|i| i as u32 + 1)
}

/// A Hijri day as a Gregorian date, by the tabular calendar (official calendars such as
/// Umm al-Qura may differ by a day).
pub fn hijri_day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || y < 1 {
        return None;
    }
    let jdn = d as i64 + (29.5 * (m as f64 - 1.0)).ceil() as i64 + (y as i64 - 1) * 354 + (3 + 11 * y as i64).div_euclid(30) + 1_948_439;
    // Julian day number 2,440,588 is 1970-01-01.
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_signed(Duration::days(jdn - 2_440_588))
}

/// The first and last Gregorian days of a Hijri month.
pub fn hijri_month(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = hijri_day(y, m, 1)?;
    let next = if m == 12 { hijri_day(y + 1, 1, 1)? } else { hijri_day(y, m + 1, 1)? };
    Some((start, next.pred_opt()?))
}

/// The Hijri month a Gregorian day falls in: (year, month).
pub fn hijri_month_of(d: NaiveDate) -> Option<(i32, u32)> {
    // A Hijri year is about 354.37 days; start from an estimate and correct.
    let days = (d - NaiveDate::from_ymd_opt(622, 7, 19)?).num_days();
    let mut y = (days as f64 / 354.367).floor() as i32 + 1;
    while hijri_day(y, 1, 1)? > d {
        y -= 1;
    }
    while hijri_day(y + 1, 1, 1)? <= d {
        y += 1;
    }
    let m = (1..=12).rev().find(|m| hijri_day(y, *m, 1).is_some_and(|s| s <= d))?;
    Some((y, m))
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

pub fn persian_month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    PERSIAN_MONTHS.iter().position(|names| names.contains(&w.as_str())).map(|i| i as u32 + 1)
}

const BREAKS: [i32; 20] = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

/// The Gregorian day of 1 Farvardin of Solar Hijri year `jy`.
pub fn nowruz(jy: i32) -> Option<NaiveDate> {
    if jy < BREAKS[0] || jy >= BREAKS[BREAKS.len() - 1] {
        return None;
    }
    let gy = jy + 621;
    let mut leap_j = -14;
    let mut jp = BREAKS[0];
    let mut jump = 0;
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap_j += jump / 33 * 8 + (jump % 33) / 4;
        jp = jm;
    }
    let n = jy - jp;
    leap_j += n / 33 * 8 + ((n % 33) + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gy / 4 - ((gy / 100 + 1) * 3) / 4 - 150;
    let march = 20 + leap_j - leap_g;
    NaiveDate::from_ymd_opt(gy, 3, 1)?.checked_add_signed(Duration::days(march as i64 - 1))
}

/// A Solar Hijri day as a Gregorian date.
pub fn persian_day(jy: i32, jm: u32, jd: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&jm) || !(1..=31).contains(&jd) || (jm > 6 && jd > 30) {
        return None;
    }
    let offset = if jm <= 6 { (jm - 1) * 31 } else { 186 + (jm - 7) * 30 } + jd - 1;
    let d = nowruz(jy)?.checked_add_signed(Duration::days(offset as i64))?;
    (d < nowruz(jy + 1)?).then_some(d)
}

/// The first and last Gregorian days of a Solar Hijri month.
pub fn persian_month(jy: i32, jm: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = persian_day(jy, jm, 1)?;
    let end = if jm == 12 { nowruz(jy + 1)?.pred_opt()? } else { persian_day(jy, jm + 1, 1)?.pred_opt()? };
    Some((start, end))
}

/// The first and last Gregorian days of a Solar Hijri year.
pub fn persian_year(jy: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((nowruz(jy)?, nowruz(jy + 1)?.pred_opt()?))
}

/// The Solar Hijri year a Gregorian day falls in.
pub fn persian_year_of(d: NaiveDate) -> Option<i32> {
    let jy = d.year() - 621;
    Some(if d >= nowruz(jy)? { jy } else { jy - 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn solar_hijri_dates() {
        assert_eq!(nowruz(1403), Some(day("2024-03-20")));
        assert_eq!(nowruz(1404), Some(day("2025-03-21")));
        assert_eq!(nowruz(1399), Some(day("2020-03-20")));
        assert_eq!(persian_year(1403), Some((day("2024-03-20"), day("2025-03-20"))));
        assert_eq!(persian_month(1404, 1), Some((day("2025-03-21"), day("2025-04-20"))));
        assert_eq!(persian_day(1404, 2, 15), Some(day("2025-05-05")));
        assert_eq!(persian_day(1404, 4, 5), Some(day("2025-06-26")));
        assert_eq!(persian_month(1403, 12), Some((day("2025-02-19"), day("2025-03-20"))));
        assert_eq!(persian_year_of(day("2025-03-20")), Some(1403));
        assert_eq!(persian_year_of(day("2025-03-21")), Some(1404));
        assert_eq!(persian_day(1404, 7, 31), None);
        assert_eq!(persian_month_number("Ordibehesht"), Some(2));
        assert_eq!(persian_month_number("Saratan"), Some(4));
    }

    #[test]
    fn hijri_dates_and_easter() {
        // The tabular calendar: 1 Ramadan 1446 is 1 March 2025 (as in Saudi Arabia).
        assert_eq!(hijri_day(1446, 9, 1), Some(day("2025-03-01")));
        assert_eq!(hijri_month(1446, 9), Some((day("2025-03-01"), day("2025-03-30"))));
        assert_eq!(hijri_day(1445, 9, 1), Some(day("2024-03-11")));
        assert_eq!(hijri_month_of(day("2025-03-15")), Some((1446, 9)));
        assert_eq!(hijri_month_of(day("2025-04-12")), Some((1446, 10)));
        assert_eq!(hijri_month_number("Dhu al-Hijjah"), Some(12));
        assert_eq!(hijri_month_number("Dhul-Hijjah"), Some(12));
        assert_eq!(hijri_month_number("Ramadan"), Some(9));
        assert_eq!(easter(2025), Some(day("2025-04-20")));
        assert_eq!(easter(2024), Some(day("2024-03-31")));
        assert_eq!(easter(2026), Some(day("2026-04-05")));
    }
}
