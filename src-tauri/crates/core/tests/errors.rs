//! The core's errors in every language: each field, thing and list a sentence names has its
//! message, every message id the code uses is in `errors.ftl` (and every one there is used),
//! and the sentences agree with what they name.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use feltboard_core::language::{Language, Words};
use feltboard_core::{Error, Field, Items, Phrase, Thing, phrase};

fn said(error: &Error, language: Language) -> String {
    error.said(Words::of(language))
}

#[test]
fn every_field_thing_and_list_a_sentence_names_has_its_words() {
    let ids = Field::ALL
        .iter()
        .map(|f| f.id())
        .chain(Items::ALL.iter().map(|i| i.id()))
        .chain(Thing::ALL.iter().map(|t| t.id()));
    for id in ids {
        for language in Language::ALL {
            assert!(
                Words::of(language).has(id),
                "{}: no {id} in errors.ftl",
                language.code()
            );
        }
    }
    for thing in Thing::ALL {
        assert_eq!(Thing::of_word(thing.word()), Some(*thing));
        assert_eq!(Words::of(Language::En).say(thing.id(), &[]), thing.word());
    }
}

/// The Rust files of the workspace's crates and of the shell, without their tests' folders.
fn sources() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut found = Vec::new();
    let mut folders = vec![root.join("src"), root.join("crates")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            // The code, not the tests: every message it names.
            if path.is_dir() && !path.ends_with("target") && !path.ends_with("tests") {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found
}

/// The string literals in `text` that follow `before` (`"`, or `entity: "`).
fn literals_after<'t>(text: &'t str, before: &str) -> impl Iterator<Item = &'t str> {
    text.match_indices(before).filter_map(move |(at, _)| {
        let rest = &text[at + before.len()..];
        rest.find('"').map(|end| &rest[..end])
    })
}

fn is_message_id(literal: &str) -> bool {
    const PREFIXES: [&str; 8] = [
        "error-", "reason-", "advice-", "found-", "wanted-", "field-", "thing-", "items-",
    ];
    PREFIXES.iter().any(|p| literal.starts_with(p))
        && !literal.ends_with('-')
        && literal
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[test]
fn every_message_the_code_names_is_in_the_catalogue_and_every_one_there_is_named() {
    let catalogue = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../assets/locales/en/errors.ftl"),
    )
    .expect("errors.ftl");
    let in_catalogue: BTreeSet<&str> = catalogue
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| is_message_id(id))
        .collect();
    let files = sources();
    assert!(
        files.iter().any(|f| f.ends_with("error.rs")),
        "the sources are found"
    );
    let mut named = BTreeSet::new();
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        for literal in literals_after(&text, "\"").filter(|l| is_message_id(l)) {
            named.insert(literal.to_owned());
            if !in_catalogue.contains(literal) {
                problems.push(format!("{}: {literal} is not in errors.ftl", shown(file)));
            }
        }
        // What no longer exists is named by its English word: it must be a thing.
        for word in literals_after(&text, "entity: \"") {
            if Thing::of_word(word).is_none() {
                problems.push(format!("{}: “{word}” is not a thing", shown(file)));
            }
        }
    }
    for id in in_catalogue.iter().filter(|id| !named.contains(**id)) {
        problems.push(format!("errors.ftl: {id} is used nowhere"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn shown(path: &Path) -> String {
    path.components()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn english_reads_as_it_always_has() {
    let cases = [
        (
            Error::Blank {
                field: Field::Title,
            },
            "The title can't be empty.",
        ),
        (
            Error::TooLong {
                field: Field::BoardTitle,
                length: 201,
                max: 200,
            },
            "The board's title is too long: 201 characters, at most 200 fit.",
        ),
        (
            Error::NotFound { entity: "board" },
            "That board no longer exists; it may have been deleted.",
        ),
        (
            Error::TooMany {
                items: Items::Says,
                count: 51,
                max: 50,
            },
            "51 things they say are too many: at most 50 fit.",
        ),
        (
            Error::QueueFull {
                yours: true,
                max: 5,
            },
            "You have 5 notes waiting for the facilitator: send more once they have read them.",
        ),
        (
            Error::FileRefused {
                place: "workshop".to_owned(),
                reason: Phrase::Clause(Box::new(Error::Blank {
                    field: Field::Title,
                })),
                advice: phrase!("advice-export-again"),
            },
            "The workshop file can't be imported (at workshop): the title can't be empty. \
             Nothing was imported; export it again from the Feltboard it came from, or correct \
             it at that place.",
        ),
        (
            Error::FileRefused {
                place: "boards[0].votes[1]".to_owned(),
                reason: phrase!(
                    "reason-file-dot-on",
                    kind = "quote",
                    rule = phrase!("reason-not-votable")
                ),
                advice: phrase!("advice-export-again"),
            },
            "The workshop file can't be imported (at boards[0].votes[1]): it puts a dot on a \
             quote; dots go on pain points, ideas and opportunities only. Nothing was imported; \
             export it again from the Feltboard it came from, or correct it at that place.",
        ),
        (
            Error::Invalid {
                field: Field::Portrait,
                reason: phrase!(
                    "reason-portrait-too-large",
                    size = Phrase::Decimal("15.3".to_owned()),
                    max = 15_u32
                ),
            },
            "The portrait is not valid: the file is 15.3 MB; pick an image of at most 15 MB.",
        ),
    ];
    for (error, english) in cases {
        assert_eq!(error.to_string(), english);
        assert_eq!(said(&error, Language::En), english);
    }
}

#[test]
fn each_language_says_an_error_agreeing_with_what_it_names() {
    let blank = |field| Error::Blank { field };
    let too_long = |field| Error::TooLong {
        field,
        length: 201,
        max: 200,
    };
    let gone = |entity| Error::NotFound { entity };
    for (error, language, sentence) in [
        (
            blank(Field::Title),
            Language::De,
            "Der Titel darf nicht leer sein.",
        ),
        (
            blank(Field::Notes),
            Language::De,
            "Die Notizen dürfen nicht leer sein.",
        ),
        (
            gone("board"),
            Language::De,
            "Dieses Board gibt es nicht mehr; vielleicht wurde es gelöscht.",
        ),
        (
            gone("card"),
            Language::De,
            "Diese Karte gibt es nicht mehr; vielleicht wurde sie gelöscht.",
        ),
        (
            blank(Field::Title),
            Language::Fr,
            "Le titre ne peut pas être vide.",
        ),
        (
            too_long(Field::Question),
            Language::Fr,
            "La question est trop longue\u{202f}: 201 caractères, 200 au maximum.",
        ),
        (
            blank(Field::Expectations),
            Language::Fr,
            "Les attentes ne peuvent pas être vides.",
        ),
        (
            gone("workshop"),
            Language::Fr,
            "Cet atelier n’existe plus\u{202f}; il a peut-être été supprimé.",
        ),
        (
            gone("step"),
            Language::Fr,
            "Cette étape n’existe plus\u{202f}; elle a peut-être été supprimée.",
        ),
        (
            blank(Field::Question),
            Language::Es,
            "La pregunta no puede estar vacía.",
        ),
        (
            too_long(Field::Sources),
            Language::Es,
            "Las fuentes son demasiado largas: 201 caracteres, y caben como máximo 200.",
        ),
        (
            gone("persona"),
            Language::Es,
            "Esa persona ya no existe; puede que se haya eliminado.",
        ),
    ] {
        assert_eq!(said(&error, language), sentence, "{error:?}");
    }
}

#[test]
fn a_reason_s_values_are_said_in_the_reader_s_language() {
    let portrait = Error::Invalid {
        field: Field::Portrait,
        reason: phrase!(
            "reason-portrait-too-large",
            size = Phrase::Decimal("15.3".to_owned()),
            max = 15_u32
        ),
    };
    assert_eq!(
        said(&portrait, Language::De),
        "Das Porträt ist ungültig: die Datei ist 15,3 MB groß; wählen Sie ein Bild mit höchstens 15 MB."
    );
    let date = feltboard_core::dates::day(Field::Date, "31/02/2026").expect_err("no such day");
    assert_eq!(
        said(&date, Language::Es),
        "La fecha no es válida: \"31/02/2026\" no es un día del calendario; escríbela como \
         2026-11-22 o 22 de noviembre de 2026"
    );
    let in_the_file = Error::FileRefused {
        place: "personas[0]".to_owned(),
        reason: Phrase::Clause(Box::new(Error::Blank { field: Field::Name })),
        advice: phrase!("advice-export-again"),
    };
    assert_eq!(
        said(&in_the_file, Language::De),
        "Die Workshop-Datei kann nicht importiert werden (bei personas[0]): der Name darf nicht \
         leer sein. Es wurde nichts importiert; exportieren Sie sie erneut aus dem Feltboard, aus \
         dem sie stammt, oder korrigieren Sie sie an dieser Stelle."
    );
}

#[test]
fn a_number_too_large_for_fluent_is_said_to_the_last_digit() {
    let newer = Error::FileRefused {
        place: String::new(),
        reason: phrase!("reason-file-newer", version = u64::MAX, known = 1_u32),
        advice: phrase!("advice-update-feltboard"),
    };
    assert!(
        newer
            .to_string()
            .contains("(file version 18446744073709551615; this one reads up to 1)"),
        "{newer}"
    );
    let huge = phrase!(
        "reason-file-rated-twice",
        first = 9_007_199_254_740_993_usize
    );
    assert!(
        huge.said(Words::of(Language::En))
            .contains("ratings[9007199254740993]")
    );
}
