//! The languages Feltboard speaks, and its words in each. The words live in Fluent message
//! catalogues under `assets/locales/<language>/`: `pdf.ftl`, `phone.ftl`, `cli.ftl`,
//! `errors.ftl` and `names.ftl` are read here, built into the binary; the window reads the
//! same files (`window/*.ftl` and `names.ftl`). A message a language lacks is said in English:
//! the catalogues' tests (`core/tests/catalogues.rs`) keep that from happening unnoticed.
//!
//! A sentence about a thing (a field, a board) agrees with it where a language needs that:
//! the thing's message says its grammatical form in its `.form` attribute (`feminine`,
//! `plural`…, see [`FORMS`]), and the sentence gives its other forms as attributes of those
//! names (`.feminine = … trop longue …`); see [`Words::say_about`].

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::boards::{CardKind, Credit, OpportunityStatus, StepFate};

/// A language Feltboard has every word for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    De,
    Fr,
    Es,
}

impl Language {
    /// Every language, English first (what is not translated falls back to).
    pub const ALL: [Language; 4] = [Language::En, Language::De, Language::Fr, Language::Es];

    /// Its code, as in `Accept-Language`, the catalogues' folders and the store: "de".
    pub fn code(self) -> &'static str {
        self.as_str()
    }

    /// Its name in itself, as a menu of languages shows it: "Deutsch".
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
        }
    }

    /// The language of a tag such as "de-AT" or "fr_CH.UTF-8", if Feltboard speaks it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language a terminal's user reads, from `LC_ALL`, `LC_MESSAGES` or `LANG` (the
    /// first that is set), if Feltboard speaks it.
    pub fn of_the_terminal() -> Option<Language> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Language::from_tag(&value))
    }

    /// The language a browser asks for most (`Accept-Language: fr-CH, fr;q=0.9, en;q=0.8`)
    /// among those Feltboard speaks; none if it speaks none of them.
    pub fn negotiate(accept_language: &str) -> Option<Language> {
        let mut asked: Vec<(f32, usize, Language)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(order, item)| {
                let mut parts = item.split(';');
                let language = Language::from_tag(parts.next()?)?;
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (quality > 0.0).then_some((quality, order, language))
            })
            .collect();
        // Highest quality first; among equals, the order the browser gave.
        asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        asked.first().map(|&(_, _, language)| language)
    }

    /// Writes a number with this language's decimal mark: "1.5" in English, "1,5" in German.
    pub fn decimal(self, text: &str) -> String {
        match self {
            Language::En => text.to_owned(),
            Language::De | Language::Fr | Language::Es => text.replace('.', ","),
        }
    }
}

crate::stored_as_text::stored_as_text!(Language {
    En => "en",
    De => "de",
    Fr => "fr",
    Es => "es",
});

/// A language as a menu of languages offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct LanguageChoice {
    pub language: Language,
    pub own_name: &'static str,
}

/// Every language, as a menu of languages offers them.
pub fn choices() -> Vec<LanguageChoice> {
    Language::ALL
        .into_iter()
        .map(|language| LanguageChoice {
            language,
            own_name: language.own_name(),
        })
        .collect()
}

/// The catalogues read here, by language: (file name, its text).
fn catalogue_files(language: Language) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($code:literal) => {
            &[
                (
                    "names.ftl",
                    include_str!(concat!("../../../../assets/locales/", $code, "/names.ftl")),
                ),
                (
                    "pdf.ftl",
                    include_str!(concat!("../../../../assets/locales/", $code, "/pdf.ftl")),
                ),
                (
                    "phone.ftl",
                    include_str!(concat!("../../../../assets/locales/", $code, "/phone.ftl")),
                ),
                (
                    "cli.ftl",
                    include_str!(concat!("../../../../assets/locales/", $code, "/cli.ftl")),
                ),
                (
                    "errors.ftl",
                    include_str!(concat!("../../../../assets/locales/", $code, "/errors.ftl")),
                ),
            ]
        };
    }
    match language {
        Language::En => files!("en"),
        Language::De => files!("de"),
        Language::Fr => files!("fr"),
        Language::Es => files!("es"),
    }
}

/// A language's words.
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// A value for a message's variable: a text or a number.
pub type Arg<'a> = FluentValue<'a>;

impl Words {
    /// The words of `language`, read once per process.
    pub fn of(language: Language) -> &'static Words {
        static WORDS: OnceLock<HashMap<Language, Words>> = OnceLock::new();
        let all = WORDS.get_or_init(|| {
            Language::ALL
                .into_iter()
                .map(|l| (l, Words::read(l)))
                .collect()
        });
        &all[&language]
    }

    fn read(language: Language) -> Words {
        let tag: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Words are laid out by the PDF's own bidi, and shown as given on the phone.
        bundle.set_use_isolating(false);
        for (_, text) in catalogue_files(language) {
            // A catalogue with a mistake keeps the messages it could read; the catalogues'
            // tests fail on any mistake.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Words { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, with its variables: in this language, else in English, else the id
    /// itself (which the catalogues' tests never let through).
    pub fn say(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.said(id, None, args)
            .or_else(|| Words::of(Language::En).said(id, None, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` agreeing with what the message `subject` names (a field, a thing):
    /// the attribute named after the subject's form in this language, else for a plural form
    /// the attribute `plural`, else the message's value. "Der Titel darf nicht leer sein." but
    /// "Die Notizen dürfen nicht leer sein."
    pub fn say_about(&self, id: &str, subject: &str, args: &[(&str, Arg<'_>)]) -> String {
        let form = self.form(subject);
        self.said(id, form.as_deref(), args)
            .or_else(|| Words::of(Language::En).said(id, None, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The grammatical form of what the message `id` names, from its `.form` attribute
    /// ("feminine", "plural"); none when it has none (as in English).
    pub fn form(&self, id: &str) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.get_attribute("form")?.value();
        let mut errors = Vec::new();
        let form = self.bundle.format_pattern(pattern, None, &mut errors);
        Some(form.trim().to_owned())
    }

    fn said(&self, id: &str, form: Option<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let plural = form.filter(|f| f.ends_with("-plural")).map(|_| "plural");
        let pattern = form
            .into_iter()
            .chain(plural)
            .find_map(|name| message.get_attribute(name))
            .map(|attribute| attribute.value())
            .or_else(|| message.value())?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// A card kind's name: "Pain point".
    pub fn card_kind(&self, kind: CardKind) -> String {
        self.say(&format!("card-kind-{}", kind.as_str()), &[])
    }

    /// An opportunity's status: "In progress".
    pub fn status(&self, status: OpportunityStatus) -> String {
        self.say(&format!("status-{}", status.as_str()), &[])
    }

    /// What became of a step: "Removed".
    pub fn fate(&self, fate: StepFate) -> String {
        let code = match fate {
            StepFate::Kept => "kept",
            StepFate::Changed => "changed",
            StepFate::Removed => "removed",
            StepFate::New => "new",
        };
        self.say(&format!("fate-{code}"), &[])
    }

    /// A feeling on the emotion scale, −2 to +2: "Unhappy".
    pub fn emotion(&self, score: i8) -> String {
        let id = match score {
            s if s > 0 => format!("emotion-plus-{s}"),
            s if s < 0 => format!("emotion-minus-{}", s.unsigned_abs()),
            _ => "emotion-0".to_owned(),
        };
        self.say(&id, &[])
    }

    /// Who a card is credited to: a name as it is, else "Research", "A customer", "Team".
    pub fn credit(&self, credit: &Credit) -> String {
        match credit {
            Credit::Named(name) => name.clone(),
            Credit::Research => self.say("credit-research", &[]),
            Credit::Customer => self.say("credit-customer", &[]),
            Credit::Team => self.say("credit-team", &[]),
        }
    }

    /// What someone said, between the language's quotation marks.
    pub fn quoted(&self, text: &str) -> String {
        self.say("quoted", &[("text", Arg::from(text))])
    }

    /// Whether this language's own catalogues have `id` (no falling back).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// The grammatical forms a thing's `.form` may give, and so the names of a sentence's
/// attributes that agree with it: a form of several (`feminine-plural`) falls back to
/// `plural`, and every form to the sentence's value. `elided` is a masculine word whose
/// article drops its vowel (French "cet atelier").
pub const FORMS: [&str; 8] = [
    "masculine",
    "feminine",
    "neuter",
    "elided",
    "plural",
    "masculine-plural",
    "feminine-plural",
    "neuter-plural",
];

/// Says a message: `say!(words, "pdf-page-of", page = 3, pages = 17)`.
#[macro_export]
macro_rules! say {
    ($words:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $words.say($id, &[$((stringify!($name), $crate::language::Arg::from($value))),*])
    };
}

/// The catalogues' files for a language, for the catalogues' tests.
pub fn catalogues(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    catalogue_files(language).iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_gets_the_language_it_asks_for_most_that_feltboard_speaks() {
        assert_eq!(
            Language::negotiate("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"),
            Some(Language::Fr)
        );
        assert_eq!(
            Language::negotiate("pt-BR, es;q=0.5, en;q=0.4"),
            Some(Language::Es)
        );
        assert_eq!(Language::negotiate("en;q=0.3, de"), Some(Language::De));
        assert_eq!(Language::negotiate("de;q=0, ja"), None);
        assert_eq!(Language::negotiate(""), None);
        assert_eq!(Language::from_tag("de_AT.UTF-8"), Some(Language::De));
        assert_eq!(Language::from_tag("C"), None);
    }

    #[test]
    fn numbers_take_the_language_s_decimal_mark() {
        assert_eq!(Language::En.decimal("-1.5"), "-1.5");
        assert_eq!(Language::De.decimal("-1.5"), "-1,5");
    }
}
