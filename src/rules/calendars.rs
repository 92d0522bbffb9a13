//! Calendars other than the Gregorian that news about Iran and Afghanistan uses: the
//! Solar Hijri (Iranian) year and its months, converted exactly (the 33-year arithmetic
//! of the jalaali algorithm, valid for years -61 to 3177). "The Iranian year 1403" is
//! 2024-03-20 to 2025-03-20; "Farvardin 1404" is 2025-03-21 to 2025-04-20.

use chrono::{Datelike, Duration, NaiveDate};

/// The Solar Hijri months, in order, with the spellings news uses.
pub const PERSIAN_MONTHS: &[&[&str]] = &[
    &["farvardin"],
    &["ordibehesht", "ordibehesht"],
    &["khordad"],
    &["tir"],
    &["mordad", "amordad", "mordaad"],
    &["shahrivar", "shahrivar"],
    &["mehr"],
    &["aban"],
    &["azar"],
    &["dey", "dei"],
    &["bahman"],
    &["esfand", "espand", "esfandeh"],
];

/// The regex alternation of the month names (Tir and Dey only with a capital in text,
/// which callers check).
pub const PERSIAN_MONTH_RE: &str = "farvardin|ordibehesht|khordad|tir|mordad|amordad|shahrivar|mehr|aban|azar|dey|dei|bahman|esfand|espand";

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
    }
}
