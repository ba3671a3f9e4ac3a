//! From bytes to a [`WorkshopFile`], or a sentence saying where the file goes wrong.
//!
//! Serde's own words name Rust types ("expected i8", "struct FileRating"); they are put into
//! a facilitator's words here, with the place in the file as a path.

use serde::Deserialize;
use serde_json::Value;

use super::format::WorkshopFile;
use super::{FORMAT, VERSION};
use crate::error::{Error, Phrase, Result};
use crate::phrase;

/// What to do about a file that is damaged or was changed by hand.
pub(super) const EXPORT_AGAIN: &str = "advice-export-again";

pub(super) fn refused(place: impl Into<String>, reason: Phrase) -> Error {
    Error::FileRefused {
        place: place.into(),
        reason,
        advice: Phrase::of(EXPORT_AGAIN),
    }
}

fn not_a_workshop_file() -> Error {
    Error::FileRefused {
        place: String::new(),
        reason: phrase!("reason-file-not-a-workshop-file"),
        advice: phrase!("advice-choose-a-workshop-file"),
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
        return Err(refused(String::new(), phrase!("reason-file-empty")));
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
            return Err(refused("version", phrase!("reason-file-no-version")));
        }
        Some(version) => match version.as_u64() {
            Some(v) if v > u64::from(VERSION) => {
                return Err(Error::FileRefused {
                    place: String::new(),
                    reason: phrase!("reason-file-newer", version = v, known = VERSION),
                    advice: phrase!("advice-update-feltboard"),
                });
            }
            Some(1..) => {}
            _ => {
                return Err(refused(
                    "version",
                    phrase!(
                        "reason-file-unknown-version",
                        version = shortened(version.to_string(), 60)
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
            phrase!("reason-file-cut-short", line = line, column = column)
        } else {
            phrase!("reason-file-not-json", line = line, column = column)
        },
    )
}

/// Serde's description of a value it could not take, in plain words.
fn plain(error: &serde_json::Error) -> Phrase {
    let message = error.to_string();
    // serde_json appends where it was; the path says it better.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return phrase!("reason-file-missing", field = field);
    }
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return phrase!("reason-file-given-twice", field = field);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((found, expected)) = rest.split_once("`, expected ")
    {
        let choices = expected.trim_start_matches("one of ").replace('`', "");
        return phrase!("reason-file-not-one-of", found = found, choices = choices);
    }
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return phrase!(
                "reason-file-holds",
                found = found_words(found),
                wanted = Phrase::of(wanted(expected)),
            );
        }
    }
    phrase!("reason-file-unexpected-value")
}

/// At most sixty characters, in English, of what serde found: a found value may be a whole
/// file.
const FOUND_LENGTH: usize = 60;

/// What serde found, in words, and short.
fn found_words(found: &str) -> Phrase {
    // Each kind's words before the value, in English, count towards its sixty characters.
    let kinds = [
        ("string ", "found-text", "the text "),
        ("integer ", "found-integer", "integer "),
        ("floating point ", "found-decimal", "floating point "),
        ("boolean ", "found-boolean", "boolean "),
    ];
    for (serde_says, id, english) in kinds {
        if let Some(value) = found.strip_prefix(serde_says) {
            // A text is shown as serde quotes it; the other values lose serde's backticks.
            let value = if id == "found-text" {
                value.to_owned()
            } else {
                value.replace('`', "")
            };
            let value = shortened(value, FOUND_LENGTH - english.len());
            return Phrase::of(id).with("value", value);
        }
    }
    match found {
        "map" => phrase!("found-object"),
        "sequence" => phrase!("found-list"),
        "null" => phrase!("found-null"),
        _ => Phrase::text(shortened(found.replace('`', ""), FOUND_LENGTH)),
    }
}

/// At most `length` characters of `words`, and "…" when there were more.
fn shortened(words: String, length: usize) -> String {
    let mut short: String = words.chars().take(length).collect();
    if short.len() < words.len() {
        short.push('…');
    }
    short
}

/// What serde expected, as a message: never a Rust type's name.
fn wanted(expected: &str) -> &'static str {
    match expected {
        "i8" => "wanted-score",
        "u32" | "u64" | "i64" | "usize" => "wanted-count",
        "a string" => "wanted-text",
        "a boolean" => "wanted-boolean",
        "a sequence" => "wanted-list",
        _ if expected.starts_with("struct ") || expected == "a map" => "wanted-object",
        _ if expected.contains("variant") || expected.starts_with("one of") => "wanted-word",
        _ => "wanted-other",
    }
}
