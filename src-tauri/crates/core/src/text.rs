//! Limits on the text people type, enforced here so that no door into the store skips them.

use crate::error::{Error, Result};

/// How many characters a kind of text may hold.
///
/// Generous for a workshop, small enough that a pasted book can't stall the board or the PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Names and titles: a line.
    Line = 200,
    /// A question, a quote, a scenario: a paragraph.
    Paragraph = 2_000,
    /// Notes and stories: a page or two.
    Page = 20_000,
}

/// Trims `value` and checks it is not blank and within `limit`.
pub fn required(field: &'static str, value: &str, limit: Limit) -> Result<String> {
    let value = optional(field, value, limit)?;
    if value.is_empty() {
        return Err(Error::Blank { field });
    }
    Ok(value)
}

/// Trims `value` and checks it is within `limit`; empty is fine.
pub fn optional(field: &'static str, value: &str, limit: Limit) -> Result<String> {
    let value = value.trim();
    let length = value.chars().count();
    let max = limit as usize;
    if length > max {
        return Err(Error::TooLong { field, length, max });
    }
    Ok(value.to_owned())
}

/// Checks a colour is written `#rrggbb`, and lower-cases it.
pub fn colour(field: &'static str, value: &str) -> Result<String> {
    let value = value.trim().to_ascii_lowercase();
    let valid = value.len() == 7
        && value.starts_with('#')
        && value[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if valid {
        Ok(value)
    } else {
        Err(Error::Invalid {
            field,
            reason: format!("{value:?} is not a colour written like #3a7bd5"),
        })
    }
}

/// Checks a calendar date is written `YYYY-MM-DD` and exists.
pub fn date(field: &'static str, value: &str) -> Result<String> {
    let invalid = || Error::Invalid {
        field,
        reason: format!("{value:?} is not a date written like 2026-11-22"),
    };
    let parts: Vec<&str> = value.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(invalid());
    };
    let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(year, 4) && all_digits(month, 2) && all_digits(day, 2)) {
        return Err(invalid());
    }
    let (year, month, day): (u32, u32, u32) = (
        year.parse().map_err(|_| invalid())?,
        month.parse().map_err(|_| invalid())?,
        day.parse().map_err(|_| invalid())?,
    );
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(invalid()),
    };
    if day == 0 || day > days_in_month {
        return Err(invalid());
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_oversized_text_is_refused_with_the_field_named() {
        let blank = required("The title", "   ", Limit::Line).expect_err("refused");
        assert_eq!(blank.to_string(), "The title can't be empty.");
        let long = "é".repeat(201);
        let too_long = required("The title", &long, Limit::Line).expect_err("refused");
        assert_eq!(
            too_long.to_string(),
            "The title is too long: 201 characters, at most 200 fit."
        );
        assert_eq!(
            required("The title", &"é".repeat(200), Limit::Line)
                .map(|s| s.chars().count())
                .ok(),
            Some(200),
            "the limit counts characters, not bytes"
        );
    }

    #[test]
    fn colours_and_dates_are_checked() {
        assert_eq!(colour("Colour", "#3A7BD5").ok().as_deref(), Some("#3a7bd5"));
        assert!(colour("Colour", "red").is_err());
        assert!(date("Date", "2024-02-29").is_ok());
        for bad in ["2023-02-29", "2026-13-01", "26-1-1", "2026-11-22T10:00", ""] {
            assert!(date("Date", bad).is_err(), "{bad:?} must be refused");
        }
    }
}
