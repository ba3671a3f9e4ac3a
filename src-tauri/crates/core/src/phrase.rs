//! The parts of an error's sentence, kept as the catalogues' message ids and their values so
//! that the sentence is said in whichever language its reader reads (`errors.ftl`): the
//! fields and things a sentence names ([`Field`], [`Thing`], [`Items`]), and the reasons
//! and advice it gives ([`Phrase`]).

use crate::error::Error;
use crate::language::{Arg, Words};

/// Writes an enum of names, each a message of `errors.ftl`, with `id` and `ALL`.
macro_rules! names {
    ($(#[$doc:meta])* $enum:ident { $($variant:ident => $id:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($variant),*
        }

        impl $enum {
            /// Every one of them, for the catalogues' tests.
            pub const ALL: &[$enum] = &[$($enum::$variant),*];

            /// Its message in the catalogues.
            pub fn id(self) -> &'static str {
                match self { $($enum::$variant => $id),* }
            }
        }
    };
}

names! {
    /// What a refused text or choice was, as a sentence names it: "The title", "A goal".
    Field {
        Title => "field-title",
        Question => "field-question",
        Date => "field-date",
        Place => "field-place",
        Facilitator => "field-facilitator",
        Notes => "field-notes",
        Name => "field-name",
        Colour => "field-colour",
        AvatarColour => "field-avatar-colour",
        Role => "field-role",
        Quote => "field-quote",
        Story => "field-story",
        Sources => "field-sources",
        Reason => "field-reason",
        Goal => "field-goal",
        Need => "field-need",
        PainPoint => "field-pain-point",
        Behaviour => "field-behaviour",
        Channel => "field-channel",
        Feeling => "field-feeling",
        Says => "field-says",
        Thinks => "field-thinks",
        Does => "field-does",
        Feels => "field-feels",
        Portrait => "field-portrait",
        TheirPersona => "field-their-persona",
        YourPersona => "field-your-persona",
        BoardTitle => "field-board-title",
        Scenario => "field-scenario",
        Expectations => "field-expectations",
        BoardPersonas => "field-board-personas",
        CardText => "field-card-text",
        Owner => "field-owner",
        Metric => "field-metric",
        Target => "field-target",
        Card => "field-card",
        Cell => "field-cell",
        StageTitle => "field-stage-title",
        StepTitle => "field-step-title",
        LaneTitle => "field-lane-title",
        Step => "field-step",
        EmotionScore => "field-emotion-score",
        Curve => "field-curve",
        Evidence => "field-evidence",
        Comparison => "field-comparison",
        Template => "field-template",
        SampleWorkshop => "field-sample-workshop",
        Note => "field-note",
        Vote => "field-vote",
        Position => "field-position",
        Remembered => "field-remembered",
        WorkshopFile => "field-workshop-file",
    }
}

names! {
    /// A persona's list, as a sentence counts its items: "51 goals are too many".
    Items {
        Goals => "items-goals",
        Needs => "items-needs",
        PainPoints => "items-pain-points",
        Behaviours => "items-behaviours",
        Channels => "items-channels",
        Feelings => "items-feelings",
        Says => "items-says",
        Thinks => "items-thinks",
        Does => "items-does",
        Feels => "items-feels",
    }
}

names! {
    /// A kind of thing in the store, as a sentence names it: "That board no longer exists".
    Thing {
        Workshop => "thing-workshop",
        Participant => "thing-participant",
        Persona => "thing-persona",
        Board => "thing-board",
        Stage => "thing-stage",
        Step => "thing-step",
        Lane => "thing-lane",
        Card => "thing-card",
        Note => "thing-note",
        Dot => "thing-dot",
        Cell => "thing-cell",
        Template => "thing-template",
    }
}

impl Thing {
    /// Its English word, as [`Error::NotFound`] holds it: "board".
    pub fn word(self) -> &'static str {
        let id = self.id();
        id.strip_prefix("thing-").unwrap_or(id)
    }

    /// The thing an English word names ("board"), if it is one.
    pub fn of_word(word: &str) -> Option<Thing> {
        Thing::ALL
            .iter()
            .copied()
            .find(|thing| thing.word() == word)
    }
}

/// A reason, an advice, or a part of one, said in any language.
#[derive(Debug)]
pub enum Phrase {
    /// A message of the catalogues (`reason-not-a-date`) with its values.
    Message(&'static str, Vec<(&'static str, Phrase)>),
    /// Words from outside the catalogues, said as they are: what was typed, a path, a
    /// library's or the system's own words for a failure.
    Text(String),
    /// A whole number: a message may choose its words by it.
    Number(i64),
    /// A number with a fraction, written "1.5": said with the language's decimal mark.
    Decimal(String),
    /// A field's or a thing's name (its message id): a message holding one agrees with it.
    Name(&'static str),
    /// An error's sentence inside another sentence: lower-case first, without its full stop.
    Clause(Box<Error>),
}

impl Phrase {
    /// The message `id`, without values (add them with [`Phrase::with`]).
    pub fn of(id: &'static str) -> Phrase {
        Phrase::Message(id, Vec::new())
    }

    /// This message with one more value.
    #[must_use]
    pub fn with(self, name: &'static str, value: impl Into<Phrase>) -> Phrase {
        match self {
            Phrase::Message(id, mut values) => {
                values.push((name, value.into()));
                Phrase::Message(id, values)
            }
            other => other,
        }
    }

    /// Words said as they are.
    pub fn text(text: impl Into<String>) -> Phrase {
        Phrase::Text(text.into())
    }

    /// Says it in `words`' language.
    pub fn said(&self, words: &Words) -> String {
        match self {
            Phrase::Message(id, values) => {
                let args: Vec<(&str, Arg<'_>)> = values
                    .iter()
                    .map(|(name, value)| (*name, value.arg(words)))
                    .collect();
                let subject = values.iter().find_map(|(_, value)| match value {
                    Phrase::Name(id) => Some(*id),
                    _ => None,
                });
                match subject {
                    Some(subject) => words.say_about(id, subject, &args),
                    None => words.say(id, &args),
                }
            }
            Phrase::Text(text) => text.clone(),
            Phrase::Number(number) => number.to_string(),
            Phrase::Decimal(number) => words.language().decimal(number),
            Phrase::Name(id) => words.say(id, &[]),
            Phrase::Clause(error) => clause(&error.said(words)),
        }
    }

    /// Its value for a message's variable.
    pub(crate) fn arg(&self, words: &Words) -> Arg<'static> {
        match self {
            // Fluent's numbers are floating point: one too large to be exact is given as text.
            Phrase::Number(number) if number.unsigned_abs() <= EXACT => Arg::from(*number),
            other => Arg::from(other.said(words)),
        }
    }
}

/// The largest whole number a floating-point number holds exactly (2⁵³).
const EXACT: u64 = 1 << 53;

/// A sentence as a part of another: "The title can't be empty." → "the title can't be empty".
fn clause(sentence: &str) -> String {
    let sentence = sentence.trim_end_matches('.');
    let mut letters = sentence.chars();
    letters
        .next()
        .map(|first| first.to_lowercase().chain(letters).collect())
        .unwrap_or_default()
}

impl From<Field> for Phrase {
    fn from(field: Field) -> Phrase {
        Phrase::Name(field.id())
    }
}

impl From<Thing> for Phrase {
    fn from(thing: Thing) -> Phrase {
        Phrase::Name(thing.id())
    }
}

impl From<String> for Phrase {
    fn from(text: String) -> Phrase {
        Phrase::Text(text)
    }
}

impl From<&str> for Phrase {
    fn from(text: &str) -> Phrase {
        Phrase::Text(text.to_owned())
    }
}

/// Numbers, which a message may choose its words by.
macro_rules! numbers {
    ($($number:ty),* ; $($large:ty),*) => {
        $(impl From<$number> for Phrase {
            fn from(number: $number) -> Phrase {
                Phrase::Number(i64::from(number))
            }
        })*
        $(impl From<$large> for Phrase {
            fn from(number: $large) -> Phrase {
                i64::try_from(number)
                    .map_or_else(|_| Phrase::Text(number.to_string()), Phrase::Number)
            }
        })*
    };
}

numbers!(i8, i32, i64, u32; u64, usize);

/// A reason or an advice: `phrase!("reason-not-a-date", typed = format!("{value:?}"))`.
#[macro_export]
macro_rules! phrase {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::phrase::Phrase::Message(
            $id,
            vec![$((stringify!($name), $crate::phrase::Phrase::from($value))),*],
        )
    };
}
