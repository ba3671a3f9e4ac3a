//! From bytes to a [`WorkshopFile`], or a sentence saying where the file goes wrong.
//!
//! Serde's own words name Rust types ("expected i8", "struct FileRating"); they are put into
//! a facilitator's words here, with the place in the file as a path.

use serde::Deserialize;
use serde_json::Value;

use super::format::WorkshopFile;
use super::{FORMAT, VERSION};
use crate::error::{Error, Result};

/// What to do about a file that is damaged or was changed by hand.
pub(super) const EXPORT_AGAIN: &str =
    "export it again from the Feltboard it came from, or correct it at that place";

pub(super) fn refused(place: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::FileRefused {
        place: place.into(),
        reason: reason.into(),
        advice: EXPORT_AGAIN,
    }
}

fn not_a_workshop_file() -> Error {
    Error::FileRefused {
        place: String::new(),
        reason: "it is not a Feltboard workshop file".to_owned(),
        advice: "choose a file that Feltboard exported as a workshop file",
    }
}

/// Just enough of a file to know whether it can be read at all.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
}

pub(super) fn parse(bytes: &[u8]) -> Result<WorkshopFile> {
    // Notepad and some editors start a UTF-8 file with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.trim_ascii().is_empty() {
        return Err(refused(String::new(), "it is empty"));
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_data() {
            not_a_workshop_file()
        } else {
            unreadable(&e)
        }
    })?;
    if header.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(not_a_workshop_file());
    }
    match header.version {
        None | Some(Value::Null) => {
            return Err(refused(
                "version",
                "it does not say which version of the format it is",
            ));
        }
        Some(version) => match version.as_u64() {
            Some(v) if v > u64::from(VERSION) => {
                return Err(Error::FileRefused {
                    place: String::new(),
                    reason: format!(
                        "it was made by a newer Feltboard (file version {v}; this one reads up to {VERSION})"
                    ),
                    advice: "update Feltboard to import it",
                });
            }
            Some(1..) => {}
            _ => {
                return Err(refused(
                    "version",
                    format!(
                        "{} is not a version of the format Feltboard has written",
                        shortened(version.to_string())
                    ),
                ));
            }
        },
    }
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let place = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_data() {
            refused(
                if place == "." { String::new() } else { place },
                plain(&inner),
            )
        } else {
            unreadable(&inner)
        }
    })
}

/// A file that is not JSON, or stops before its end.
fn unreadable(error: &serde_json::Error) -> Error {
    let (line, column) = (error.line(), error.column());
    refused(
        String::new(),
        if error.is_eof() {
            format!(
                "it stops in the middle, at line {line}, column {column}: it may have been cut short while copying"
            )
        } else {
            format!("it is damaged at line {line}, column {column}: that is not JSON")
        },
    )
}

/// Serde's description of a value it could not take, in plain words.
fn plain(error: &serde_json::Error) -> String {
    let message = error.to_string();
    // serde_json appends where it was; the path says it better.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!("“{field}” is missing");
    }
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!("“{field}” is given twice");
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((found, expected)) = rest.split_once("`, expected ")
    {
        let choices = expected.trim_start_matches("one of ").replace('`', "");
        return format!("“{found}” is not one of: {choices}");
    }
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return format!(
                "it holds {} where {} belongs",
                found_words(found),
                wanted(expected)
            );
        }
    }
    "this value is not what Feltboard writes here".to_owned()
}

/// What serde found, in words, and short: a found text may be long.
fn found_words(found: &str) -> String {
    let words = if let Some(text) = found.strip_prefix("string ") {
        format!("the text {text}")
    } else if found == "map" {
        "an object".to_owned()
    } else if found == "sequence" {
        "a list".to_owned()
    } else {
        found.replace('`', "")
    };
    shortened(words)
}

/// At most sixty characters of `words`: a found value may be a whole file.
fn shortened(words: String) -> String {
    let mut short: String = words.chars().take(60).collect();
    if short.len() < words.len() {
        short.push('…');
    }
    short
}

/// What serde expected, in words: never a Rust type's name.
fn wanted(expected: &str) -> &'static str {
    match expected {
        "i8" => "a whole number from -2 to 2",
        "u32" | "u64" | "i64" | "usize" => "a whole number, 0 or more",
        "a string" => "text",
        "a boolean" => "true or false",
        "a sequence" => "a list [ … ]",
        _ if expected.starts_with("struct ") || expected == "a map" => "an object { … }",
        _ if expected.contains("variant") || expected.starts_with("one of") => {
            "one of the words Feltboard writes"
        }
        _ => "something else",
    }
}
