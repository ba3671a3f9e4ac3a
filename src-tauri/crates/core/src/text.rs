//! Limits on the text people type, enforced here so that no door into the store skips them.

use crate::error::{Error, Field, Result};

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

/// Characters that change the direction text is shown in without being seen: an override
/// can make "gpj.exe" read "exe.jpg", and no keyboard types one. Never kept. (The marks
/// U+200E and U+200F, which right-to-left writing does use, are kept.)
const DIRECTION_CONTROLS: [char; 9] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// Characters that take no room on screen: a text of only these is as good as blank.
/// (A zero-width joiner inside an emoji or a word is kept; only a text of nothing else is
/// refused.)
const INVISIBLE: [char; 17] = [
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{2060}', '\u{2061}', '\u{2062}',
    '\u{2063}', '\u{2064}', '\u{feff}', '\u{00ad}', '\u{034f}', '\u{180e}', '\u{115f}', '\u{1160}',
    '\u{3164}',
];

/// `value` without what would act instead of being read: control characters (an escape
/// sequence, a bell, a NUL) and direction overrides. Line breaks and tabs stay in longer
/// text; in a line they become spaces.
fn cleaned(value: &str, limit: Limit) -> String {
    value
        .chars()
        .filter_map(|c| match c {
            '\n' | '\t' if limit == Limit::Line => Some(' '),
            '\n' | '\t' => Some(c),
            _ if c.is_control() || DIRECTION_CONTROLS.contains(&c) => None,
            _ => Some(c),
        })
        .collect()
}

/// Whether `text` shows anything at all.
fn is_visible(text: &str) -> bool {
    text.chars()
        .any(|c| !c.is_whitespace() && !INVISIBLE.contains(&c))
}

/// Cleans `value` (see [`cleaned`]), trims it, and checks it shows something and is within
/// `limit`.
pub fn required(field: Field, value: &str, limit: Limit) -> Result<String> {
    let value = optional(field, value, limit)?;
    if value.is_empty() {
        return Err(Error::Blank { field });
    }
    Ok(value)
}

/// Cleans `value` (see [`cleaned`]), trims it, and checks it is within `limit`; empty is
/// fine, and a text that shows nothing is empty.
pub fn optional(field: Field, value: &str, limit: Limit) -> Result<String> {
    let value = cleaned(value, limit);
    let value = value.trim();
    if !is_visible(value) {
        return Ok(String::new());
    }
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
pub fn colour(field: Field, value: &str) -> Result<String> {
    let value = value.trim().to_ascii_lowercase();
    let valid = value.len() == 7
        && value.starts_with('#')
        && value[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if valid {
        Ok(value)
    } else {
        Err(Error::Invalid {
            field,
            reason: crate::phrase!("reason-not-a-colour", typed = format!("{value:?}")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_oversized_text_is_refused_with_the_field_named() {
        let blank = required(Field::Title, "   ", Limit::Line).expect_err("refused");
        assert_eq!(blank.to_string(), "The title can't be empty.");
        let long = "é".repeat(201);
        let too_long = required(Field::Title, &long, Limit::Line).expect_err("refused");
        assert_eq!(
            too_long.to_string(),
            "The title is too long: 201 characters, at most 200 fit."
        );
        assert_eq!(
            required(Field::Title, &"é".repeat(200), Limit::Line)
                .map(|s| s.chars().count())
                .ok(),
            Some(200),
            "the limit counts characters, not bytes"
        );
    }

    #[test]
    fn text_that_would_act_or_hide_is_cleaned_and_text_that_shows_nothing_is_blank() {
        assert_eq!(
            required(Field::Name, "Ana\u{1b}[31m \u{202e}gpj.exe", Limit::Line)
                .ok()
                .as_deref(),
            Some("Ana[31m gpj.exe"),
            "no escape, no override"
        );
        assert_eq!(
            required(Field::Note, "two\r\nlines\u{0}", Limit::Paragraph)
                .ok()
                .as_deref(),
            Some("two\nlines")
        );
        assert_eq!(
            required(Field::Title, "one\nline", Limit::Line)
                .ok()
                .as_deref(),
            Some("one line")
        );
        for invisible in ["\u{200b}\u{200b}", " \u{feff} ", "\u{202e}", "\u{3164}"] {
            assert!(
                matches!(
                    required(Field::Name, invisible, Limit::Line),
                    Err(Error::Blank { .. })
                ),
                "{invisible:?}"
            );
        }
        for kept in [
            "👩🏽\u{200d}💻 Lina",
            "سارة",
            "می\u{200c}خواهم",
            "\u{200f}שרה (Sarah)",
        ] {
            assert_eq!(
                required(Field::Name, kept, Limit::Line).ok().as_deref(),
                Some(kept),
                "{kept}"
            );
        }
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
        assert_eq!(
            colour(Field::Colour, "#3A7BD5").ok().as_deref(),
            Some("#3a7bd5")
        );
        assert!(colour(Field::Colour, "red").is_err());
    }
}
