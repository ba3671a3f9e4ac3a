//! The command line, read with `lexopt`: options anywhere, `--name value` or `--name=value`,
//! `--` before a name that starts with a dash, and paths that are not UTF-8.

use std::ffi::OsString;
use std::path::PathBuf;

use feltboard_core::language::Words;
use feltboard_core::say;
use feltboard_export::PageSize;
use lexopt::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    /// A picture of one board.
    Png,
    /// One board's cards.
    Csv,
    /// What the workshop decided, every opportunity (CSV).
    Decisions,
    /// The portable workshop file, everything in it.
    Json,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Export {
    pub workshop: String,
    pub format: Format,
    pub out: PathBuf,
    pub page_size: PageSize,
    pub board: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    List,
    Export(Export),
    /// A workshop file to add; with `replace`, the workshop it came from gives way.
    Import {
        file: PathBuf,
        replace: bool,
    },
}

/// What was asked, and the data folder named on the command line, if one was.
#[derive(Debug, PartialEq, Eq)]
pub struct Parsed {
    pub command: Command,
    pub data_dir: Option<PathBuf>,
}

/// The usage, in `words`' language.
pub fn usage(words: &Words) -> String {
    words.say("cli-usage", &[])
}

pub fn parse(argv: impl IntoIterator<Item = OsString>, words: &Words) -> Result<Parsed, String> {
    let explain = |error| explain(error, words);
    let text = |value| text(value, words);
    let mut parser = lexopt::Parser::from_args(argv);
    let mut words_given: Vec<OsString> = Vec::new();
    let (mut data_dir, mut format, mut out, mut page_size, mut board) =
        (None, None, None, None, None);
    let mut replace = false;
    while let Some(arg) = parser.next().map_err(explain)? {
        match arg {
            Short('h') | Long("help") => {
                return Ok(Parsed {
                    command: Command::Help,
                    data_dir: None,
                });
            }
            Long("replace") => replace = true,
            Long("data-dir") => data_dir = Some(PathBuf::from(parser.value().map_err(explain)?)),
            Long("out") => out = Some(PathBuf::from(parser.value().map_err(explain)?)),
            Long("format") => format = Some(text(parser.value().map_err(explain)?)?),
            Long("page-size") => page_size = Some(text(parser.value().map_err(explain)?)?),
            Long("board") => board = Some(text(parser.value().map_err(explain)?)?),
            Value(word) => words_given.push(word),
            other => return Err(explain(other.unexpected())),
        }
    }
    let command = match words_given.first().and_then(|w| w.to_str()) {
        None => return Err(words.say("cli-say-what", &[])),
        Some("list") if words_given.len() == 1 => Command::List,
        Some("export") => {
            let [_, workshop] = words_given.as_slice() else {
                return Err(words.say("cli-export-needs-workshop", &[]));
            };
            let format = match format.as_deref() {
                Some("pdf") => Format::Pdf,
                Some("csv") => Format::Csv,
                Some("png") => Format::Png,
                Some("json") => Format::Json,
                Some("decisions") => Format::Decisions,
                Some(other) => {
                    return Err(say!(words, "cli-unknown-format", format = other));
                }
                None => {
                    return Err(words.say("cli-export-needs-format", &[]));
                }
            };
            let page_size = match page_size {
                Some(text) => PageSize::parse(&text)
                    .ok_or_else(|| say!(words, "cli-unknown-page-size", size = text.as_str()))?,
                None => PageSize::default(),
            };
            Command::Export(Export {
                workshop: text(workshop.clone())?,
                format,
                out: out.ok_or_else(|| words.say("cli-export-needs-out", &[]))?,
                page_size,
                board,
            })
        }
        Some("import") => {
            let [_, file] = words_given.as_slice() else {
                return Err(words.say("cli-import-needs-file", &[]));
            };
            Command::Import {
                file: PathBuf::from(file),
                replace,
            }
        }
        _ => {
            let asked = words_given[0].to_string_lossy();
            return Err(say!(words, "cli-not-a-command", command = asked.as_ref()));
        }
    };
    Ok(Parsed { command, data_dir })
}

/// A value that must be text: a title, a format.
fn text(value: OsString, words: &Words) -> Result<String, String> {
    value.into_string().map_err(|raw| {
        let raw = raw.to_string_lossy();
        say!(words, "cli-not-utf8", value = raw.as_ref())
    })
}

/// lexopt's errors, in the same voice as the others.
fn explain(error: lexopt::Error, words: &Words) -> String {
    match error {
        lexopt::Error::MissingValue {
            option: Some(option),
        } => say!(words, "cli-needs-value", option = option.as_str()),
        lexopt::Error::UnexpectedOption(option) => {
            say!(words, "cli-unknown-option", option = option.as_str())
        }
        lexopt::Error::UnexpectedValue { option, .. } => {
            say!(words, "cli-takes-no-value", option = option.as_str())
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use feltboard_core::language::Language;

    fn english() -> &'static Words {
        Words::of(Language::En)
    }

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    fn command(line: &str) -> Result<Command, String> {
        parse(args(line), english()).map(|p| p.command)
    }

    #[test]
    fn reads_an_export_with_its_options_in_any_order() {
        let parsed = parse(
            args("--data-dir /tmp/f export Returns --out r.pdf --format=pdf --page-size A3"),
            english(),
        );
        assert_eq!(
            parsed,
            Ok(Parsed {
                command: Command::Export(Export {
                    workshop: "Returns".into(),
                    format: Format::Pdf,
                    out: "r.pdf".into(),
                    page_size: PageSize::A3,
                    board: None
                }),
                data_dir: Some("/tmp/f".into()),
            })
        );
    }

    #[test]
    fn after_a_double_dash_a_name_may_start_with_a_dash() {
        assert_eq!(
            command("import -- --replace.json"),
            Ok(Command::Import {
                file: "--replace.json".into(),
                replace: false
            })
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_path_that_is_not_utf8_is_taken_as_it_is() {
        use std::os::unix::ffi::OsStringExt;
        let odd = OsString::from_vec(b"caf\xe9.json".to_vec());
        let parsed = parse([OsString::from("import"), odd.clone()], english()).expect("parsed");
        assert_eq!(
            parsed.command,
            Command::Import {
                file: PathBuf::from(odd),
                replace: false
            }
        );
        let title = OsString::from_vec(b"caf\xe9".to_vec());
        let line = [
            OsString::from("export"),
            title,
            "--format=pdf".into(),
            "--out=x".into(),
        ];
        let error = parse(line, english()).expect_err("a title is text");
        assert!(error.contains("is not UTF-8"), "{error}");
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        assert_eq!(
            command("export Returns --format gif --out x"),
            Err("--format gif is not one of pdf, png, csv, decisions, json".into())
        );
        assert_eq!(
            command("export Returns --format pdf"),
            Err("export needs --out FILE".into())
        );
        assert_eq!(
            command("list --colour red"),
            Err("unknown option --colour".into())
        );
        assert_eq!(command("delete"), Err("“delete” is not a command".into()));
        assert_eq!(
            command("export Returns --out"),
            Err("--out needs a value".into())
        );
        assert_eq!(
            command("list --replace=yes"),
            Err("--replace takes no value".into())
        );
    }
}
