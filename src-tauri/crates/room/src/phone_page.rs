//! The page a phone gets: plain HTML, CSS and script, built into the app, so nothing needs
//! installing or downloading. It holds nothing secret; the API checks every request.
//! The page is written in the phone's language (else the workshop's): each `{{id}}` of
//! `index.html` is a message of `phone.ftl`, and the script's own words go in as JSON.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::IntoResponse;
use feltboard_core::language::Words;

use crate::api::words_for;
use crate::shared::Shared;

/// The words the script says, each with the names it fills in (`{status}`): `phone-js-<id>`.
const SCRIPT_WORDS: [(&str, &[&str]); 7] = [
    ("unreachable", &[]),
    ("refused", &["status"]),
    ("how-it-felt", &["step"]),
    ("yours", &[]),
    ("add-dot", &[]),
    ("take-dot", &[]),
    ("take-dot-label", &[]),
];

pub(crate) async fn page(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        written_in(words_for(&shared, &headers)),
    )
}

/// The page with its words in `words`' language.
fn written_in(words: &Words) -> String {
    let template = include_str!("../phone/index.html");
    let mut page = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        page.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            break;
        };
        page.push_str(&match &after[..end] {
            "lang" => words.language().code().to_owned(),
            "script-words" => script_words(words),
            id => escaped(&words.say(id, &[])),
        });
        rest = &after[end + 2..];
    }
    page.push_str(rest);
    page
}

/// The script's words as JSON, safe inside a `<script>` element: `{name}` markers stay for
/// the script to fill in.
fn script_words(words: &Words) -> String {
    let map: serde_json::Map<String, serde_json::Value> = SCRIPT_WORDS
        .iter()
        .map(|(id, names)| {
            let markers: Vec<(&str, String)> =
                names.iter().map(|n| (*n, format!("{{{n}}}"))).collect();
            let args: Vec<(&str, feltboard_core::language::Arg<'_>)> = markers
                .iter()
                .map(|(n, m)| (*n, m.as_str().into()))
                .collect();
            let said = words.say(&format!("phone-js-{id}"), &args);
            ((*id).to_owned(), serde_json::Value::String(said))
        })
        .collect();
    serde_json::to_string(&map)
        .unwrap_or_default()
        .replace("</", "<\\/")
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(crate) async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../phone/phone.js"),
    )
}

pub(crate) async fn style() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../phone/phone.css"),
    )
}

#[cfg(test)]
mod tests {
    use feltboard_core::language::{Language, Words};

    #[test]
    fn every_word_of_the_page_is_filled_in_and_the_page_says_its_language() {
        let page = super::written_in(Words::of(Language::En));
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(!page.contains("{{"), "no marker is left");
        assert!(!page.contains("phone-"), "no message is missing: {page}");
        assert!(page.contains("Join the workshop"));
        assert!(page.contains(r#""refused":"The room said no ({status}).""#));
    }
}
