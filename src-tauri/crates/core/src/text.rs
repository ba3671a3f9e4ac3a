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

/// The marks people type around what someone said; see [`quoted`]. The window and the phone
/// get them from here.
pub const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '„', '«', '»'];

/// What someone said, between one pair of curly quotes, whatever marks its writer typed
/// around it: never “"doubled"”.
pub fn quoted(text: &str) -> String {
    format!("“{}”", text.trim().trim_matches(QUOTE_MARKS).trim())
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
    fn a_quote_gets_one_pair_of_marks_whatever_was_typed() {
        for typed in [
            "I cut the plastic.",
            "\"I cut the plastic.\"",
            "“I cut the plastic.”",
            " «I cut the plastic.» ",
        ] {
            assert_eq!(quoted(typed), "“I cut the plastic.”", "{typed}");
        }
        assert_eq!(
            quoted("It's “fine”, she said"),
            "“It's “fine”, she said”",
            "marks inside stay"
        );
    }

    #[test]
    fn colours_are_checked() {
        assert_eq!(colour("Colour", "#3A7BD5").ok().as_deref(), Some("#3a7bd5"));
        assert!(colour("Colour", "red").is_err());
    }
}
