//! The day a workshop was held, as people type it: `2026-11-22`, `22 November 2026`,
//! `Nov 22, 2026`, or `22/11/2026` where the day cannot be read as a month. Kept as
//! `YYYY-MM-DD`, whatever the way it was typed.

use crate::error::{Error, Field, Result};
use crate::language::{Language, Words};
use crate::time::Timestamp;

/// The calendar day (year, month, day) it was at `at` where this laptop is: the facilitator's
/// own date (UTC's is a day off near midnight), UTC where the time zone cannot be read.
pub fn local_day(at: Timestamp) -> (u16, u8, u8) {
    day_in(
        at,
        &jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC),
    )
}

fn day_in(at: Timestamp, zone: &jiff::tz::TimeZone) -> (u16, u8, u8) {
    let instant = jiff::Timestamp::from_millisecond(at.0).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let date = instant.to_zoned_datetime(zone.clone()).date();
    // Years before the common era and negative months do not occur: jiff's are in range.
    (
        u16::try_from(date.year()).unwrap_or(1970),
        u8::try_from(date.month()).unwrap_or(1),
        u8::try_from(date.day()).unwrap_or(1),
    )
}

/// The month a word names, in any of Feltboard's languages, whole or its first three letters
/// or more ("Nov", "März", "févr", "noviembre"): the catalogues' month names.
fn month_named(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    if word.chars().count() < 3 {
        return None;
    }
    (1..=12).find(|&month| {
        Language::ALL.into_iter().any(|language| {
            Words::of(language)
                .say(&format!("month-{month}"), &[])
                .to_lowercase()
                .starts_with(&word)
        })
    })
}

/// `value` as a day `YYYY-MM-DD`, or the reason it is not one, naming `field`.
pub fn day(field: Field, value: &str) -> Result<String> {
    let refuse = |why: &'static str| Error::Invalid {
        field,
        reason: crate::phrase::Phrase::of(why).with("typed", format!("{value:?}")),
    };
    // "22 de noviembre de 2026": Spanish joins the parts with "de".
    let words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '/' | '.'))
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("de"))
        .collect();
    let [a, b, c] = words.as_slice() else {
        return Err(refuse("reason-not-a-date"));
    };
    let number = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let month = month_named;
    let (year, month, day) = match (number(a), number(b), number(c)) {
        // 2026-11-22
        (Some(y), Some(m), Some(d)) if a.len() == 4 => (y, m, d),
        // 22/11/2026, only where the day cannot be a month: 11/12/2026 is read two ways.
        (Some(d), Some(m), Some(y)) if c.len() == 4 => {
            if d <= 12 && m <= 12 && d != m {
                return Err(refuse("reason-date-read-two-ways"));
            }
            (y, m, d)
        }
        // 22 November 2026
        (Some(d), None, Some(y)) if c.len() == 4 => {
            (y, month(b).ok_or_else(|| refuse("reason-not-a-date"))?, d)
        }
        // November 22, 2026
        (None, Some(d), Some(y)) if c.len() == 4 => {
            (y, month(a).ok_or_else(|| refuse("reason-not-a-date"))?, d)
        }
        _ => return Err(refuse("reason-not-a-date")),
    };
    if !(1..=12).contains(&month) || day == 0 || day > days_in(year, month) {
        return Err(refuse("reason-not-a-day"));
    }
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in(year: u32, month: u32) -> u32 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_typed_the_ways_people_write_it_is_kept_as_iso() {
        for typed in [
            "2026-11-22",
            "22 November 2026",
            "22 nov 2026",
            "November 22, 2026",
            "Nov 22 2026",
            "22/11/2026",
            "22.11.2026",
            " 2026-11-22 ",
            // As German, French and Spanish facilitators write it.
            "22. November 2026",
            "22 novembre 2026",
            "22 de noviembre de 2026",
            "22 nov. 2026",
        ] {
            assert_eq!(
                day(Field::Date, typed).ok().as_deref(),
                Some("2026-11-22"),
                "{typed:?}"
            );
        }
        assert_eq!(
            day(Field::Date, "2024-02-29").ok().as_deref(),
            Some("2024-02-29")
        );
        for (typed, iso) in [
            ("3. März 2026", "2026-03-03"),
            ("1 mai 2026", "2026-05-01"),
            ("5 févr. 2026", "2026-02-05"),
            ("12 diciembre 2026", "2026-12-12"),
            ("7 Dezember 2026", "2026-12-07"),
        ] {
            assert_eq!(
                day(Field::Date, typed).ok().as_deref(),
                Some(iso),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn what_is_not_a_day_or_could_be_two_is_refused_with_how_to_write_it() {
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "26-1-1",
            "11/12/2026",
            "Smarch 3 2026",
            "soon",
            "",
            "2026-11-22T10:00",
        ] {
            let error = day(Field::Date, bad).expect_err("refused");
            assert!(error.to_string().contains("2026-11-22"), "{bad:?}: {error}");
        }
        assert!(day(Field::Date, "11/11/2026").is_ok(), "the same both ways");
    }

    #[test]
    fn the_day_is_the_one_where_the_laptop_is() {
        // 23:30 UTC on 22 November 2026: already the 23rd in Auckland, still the 22nd in UTC.
        let late = Timestamp(1_795_305_600_000 + (23 * 60 + 30) * 60_000);
        let auckland = jiff::tz::TimeZone::fixed(jiff::tz::offset(13));
        assert_eq!(day_in(late, &jiff::tz::TimeZone::UTC), (2026, 11, 22));
        assert_eq!(day_in(late, &auckland), (2026, 11, 23));
        assert_eq!(
            day_in(Timestamp(951_782_400_000), &jiff::tz::TimeZone::UTC),
            (2000, 2, 29)
        );
    }
}
