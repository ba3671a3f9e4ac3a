//! Feltboard's words in every language it speaks: every catalogue reads without a mistake,
//! and each language has every message English has, with the same variables, and no message
//! English lacks. The window's catalogues (`window/*.ftl`) are checked here too, from disk.
//! A message left untranslated is named in the failure, file by file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use feltboard_core::language::{FORMS, Language, Words, catalogues};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Each message's id and the variables it uses (in its value and its attributes).
fn shapes(file: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{file} has mistakes: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                for pattern in message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value))
                {
                    variables_of(pattern, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{file}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{file} has a line it can't read: {content}"),
            _ => {}
        }
    }
    messages
}

fn variables_of(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                variables_of(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

fn window_catalogues(language: Language) -> Vec<(String, String)> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../assets/locales")
        .join(language.code())
        .join("window");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.expect("a file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = format!("window/{}", file_name(path));
            (name, std::fs::read_to_string(path).expect("the catalogue"))
        })
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every catalogue of a language, by file name.
fn all(language: Language) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    catalogues(language)
        .map(|(name, text)| (name.to_owned(), text.to_owned()))
        .chain(window_catalogues(language))
        .map(|(name, text)| {
            let shapes = shapes(&format!("{}/{name}", language.code()), &text);
            (name, shapes)
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = all(Language::En);
    assert!(
        english.values().map(BTreeMap::len).sum::<usize>() > 0,
        "English has messages"
    );
    let mut problems = Vec::new();
    for language in Language::ALL.into_iter().skip(1) {
        let theirs = all(language);
        for (file, messages) in &english {
            let Some(translated) = theirs.get(file) else {
                problems.push(format!("{}: no {file}", language.code()));
                continue;
            };
            for (id, variables) in messages {
                match translated.get(id) {
                    None => problems.push(format!(
                        "{}/{file}: {id} is not translated",
                        language.code()
                    )),
                    Some(used) if used != variables => problems.push(format!(
                        "{}/{file}: {id} uses {used:?}, English {variables:?}",
                        language.code()
                    )),
                    Some(_) => {}
                }
            }
            for id in translated.keys().filter(|id| !messages.contains_key(*id)) {
                problems.push(format!(
                    "{}/{file}: {id} is not in English",
                    language.code()
                ));
            }
        }
        for file in theirs.keys().filter(|f| !english.contains_key(*f)) {
            problems.push(format!("{}: {file} is not in English", language.code()));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn a_message_a_language_lacks_is_said_in_english() {
    // Every catalogue is complete (above), so the fallback is checked with an id only English
    // could have: none has it, and the id comes back as it is.
    let german = Words::of(Language::De);
    assert!(!german.has("no-such-message"));
    assert_eq!(german.say("no-such-message", &[]), "no-such-message");
    for language in Language::ALL {
        assert_eq!(Words::of(language).language(), language);
    }
}

/// Each message's id and the names of its attributes, with the text of its `.form`.
fn attributes(text: &str) -> BTreeMap<String, (BTreeSet<String>, Option<String>)> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let names = message
                .attributes
                .iter()
                .map(|a| a.id.name.to_owned())
                .collect();
            let form = message
                .attributes
                .iter()
                .find(|a| a.id.name == "form")
                .map(|a| {
                    a.value
                        .elements
                        .iter()
                        .map(|e| match e {
                            PatternElement::TextElement { value } => (*value).to_owned(),
                            PatternElement::Placeable { .. } => "{…}".to_owned(),
                        })
                        .collect::<String>()
                });
            messages.insert(message.id.name.to_owned(), (names, form));
        }
    }
    messages
}

#[test]
fn sentences_agree_with_what_they_name_in_forms_feltboard_knows() {
    // A name (field-*, thing-*, items-*) gives its form in every language but English, and
    // only a form Feltboard knows; a sentence's other forms are attributes named after one.
    let mut problems = Vec::new();
    for language in Language::ALL {
        let (_, text) = catalogues(language)
            .find(|(name, _)| *name == "errors.ftl")
            .expect("errors.ftl is read");
        for (id, (names, form)) in attributes(text) {
            let code = language.code();
            let is_name = ["field-", "thing-", "items-"]
                .iter()
                .any(|prefix| id.starts_with(prefix));
            if is_name {
                match &form {
                    Some(form) if !FORMS.contains(&form.as_str()) => {
                        problems.push(format!("{code}: {id} has the unknown form {form:?}"));
                    }
                    None if language != Language::En => {
                        problems.push(format!("{code}: {id} does not say its .form"));
                    }
                    _ => {}
                }
            } else {
                for name in names.iter().filter(|n| !FORMS.contains(&n.as_str())) {
                    problems.push(format!("{code}: {id} has .{name}, which is no form"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
