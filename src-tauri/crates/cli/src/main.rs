//! `feltboard-cli`: Feltboard's workshops from a terminal, on the same data folder rules as
//! the app (`--data-dir`, then `FELTBOARD_DATA_DIR`, then the system's folder).
//!
//!     feltboard-cli list
//!     feltboard-cli export WORKSHOP --format pdf|png|csv|decisions|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
//!     feltboard-cli import FILE [--replace]
//!
//! A workshop or board is named by its id or its exact title. Errors go to stderr, and the
//! exit code says what kind of failure it was (see `Failure`).

mod args;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Command, Export, Format, Parsed};
use feltboard_core::ids::{BoardId, WorkshopId};
use feltboard_core::language::{Language, Words};
use feltboard_core::portable::ImportAs;
use feltboard_core::workshops::WorkshopSummary;
use feltboard_core::{Error, ErrorCode, Store, Timestamp, command_line, data_folder, files, say};
use feltboard_export::{ExportError, Include, exporting};

/// Why the command failed; each is its own exit code.
enum Failure {
    /// The command line was not understood (2).
    Usage(String),
    /// No workshop or board by that name (3).
    NotFound(String),
    /// The data folder or its store could not be used (4).
    Store(String),
    /// The export could not be made or written (5).
    Output(String),
    /// The file to import was refused; nothing was written (6).
    Input(String),
}

impl Failure {
    fn code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::NotFound(_) => 3,
            Failure::Store(_) => 4,
            Failure::Output(_) => 5,
            Failure::Input(_) => 6,
        }
    }

    fn message(&self) -> &str {
        match self {
            Failure::Usage(m)
            | Failure::NotFound(m)
            | Failure::Store(m)
            | Failure::Output(m)
            | Failure::Input(m) => m,
        }
    }
}

impl Failure {
    /// The core's `error`, said in the terminal's `words`.
    fn of(error: &Error, words: &Words) -> Failure {
        let message = error.said(words);
        match error {
            Error::NotFound { .. } => Failure::NotFound(message),
            _ => Failure::Store(message),
        }
    }

    /// An export's `error`: the store's said in the terminal's `words`.
    fn of_export(error: &ExportError, words: &Words) -> Failure {
        match error {
            ExportError::Store(e) => Failure::of(e, words),
            other => Failure::Output(other.said(words)),
        }
    }
}

fn main() -> ExitCode {
    // The terminal's language (LANG…), else English.
    let words = Words::of(Language::of_the_terminal().unwrap_or_default());
    match run(std::env::args_os().skip(1), words) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // Writing to a closed stderr must not panic either: the exit code still tells.
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "feltboard-cli: {}", failure.message());
            if matches!(failure, Failure::Usage(_)) {
                let _ = writeln!(stderr, "{}", args::usage(words));
            }
            ExitCode::from(failure.code())
        }
    }
}

fn run(argv: impl IntoIterator<Item = OsString>, words: &Words) -> Result<(), Failure> {
    let Parsed { command, data_dir } = args::parse(argv, words).map_err(Failure::Usage)?;
    let failed = |error: Error| Failure::of(&error, words);
    let folder = data_folder::resolve(
        command_line::flag_or_env(
            data_dir.map(OsString::from),
            std::env::var_os(data_folder::ENV_VAR),
        )
        .map(PathBuf::from),
    )
    .map_err(failed)?;
    match command {
        Command::Help => print(&format!("{}\n", args::usage(words)), words),
        Command::List => print(
            &list(&Store::open_read_only(&folder).map_err(failed)?, words)?,
            words,
        ),
        Command::Export(export) => run_export(
            &Store::open_read_only(&folder).map_err(failed)?,
            &folder,
            &export,
            words,
        ),
        Command::Import { file, replace } => {
            let import_as = if replace {
                ImportAs::Replacement
            } else {
                ImportAs::Copy
            };
            let mut store = Store::open(&folder).map_err(failed)?;
            let id = store
                .import_workshop_file(&file, import_as, Timestamp::now())
                .map_err(|e| match e.code() {
                    ErrorCode::InvalidInput => Failure::Input(e.said(words)),
                    _ => failed(e),
                })?;
            let title = store.workshop(id).map_err(failed)?.draft.title;
            let line = format!("{id}  {}\n", shown(&title));
            // The workshop is in: a script must not import it again because the line was lost.
            print(&line, words).map_err(|failure| {
                Failure::Output(say!(
                    words,
                    "cli-imported-not-printed",
                    id = id.to_string(),
                    problem = failure.message()
                ))
            })
        }
    }
}

/// Writes `text` to stdout. A reader that stopped early (`| head -1`) ends the command
/// quietly, as for any Unix tool; any other failure is an output failure, never a panic.
fn print(text: &str, words: &Words) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Output(say!(
            words,
            "cli-could-not-print",
            problem = e.to_string()
        ))),
    }
}

/// `text` safe to show in a terminal: control characters (an escape sequence would colour
/// or move the terminal, a line break forge a line) and bidirectional overrides are shown
/// as escapes instead of acting.
fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            let acts =
                c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if acts {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn list(store: &Store, words: &Words) -> Result<String, Failure> {
    let failed = |error: Error| Failure::of(&error, words);
    let mut out = String::new();
    for w in store.list_workshops("").map_err(failed)? {
        let held = w.workshop.draft.held_on.as_deref().unwrap_or("—");
        out += &format!(
            "{}  {:<10}  {}\n",
            w.workshop.id,
            shown(held),
            shown(&w.workshop.draft.title)
        );
        for b in store.list_boards(w.workshop.id).map_err(failed)? {
            out += &format!(
                "    board {}  {}\n",
                b.board.id,
                shown(&b.board.draft.title)
            );
        }
    }
    Ok(out)
}

/// The one workshop whose id or exact title is `name`.
fn find_workshop(store: &Store, name: &str, words: &Words) -> Result<WorkshopSummary, Failure> {
    let all = store
        .list_workshops("")
        .map_err(|error| Failure::of(&error, words))?;
    let matching: Vec<_> = all
        .into_iter()
        .filter(|w| w.workshop.id.to_string() == name || w.workshop.draft.title == name)
        .collect();
    match matching.len() {
        1 => Ok(matching
            .into_iter()
            .next()
            .ok_or_else(|| Failure::NotFound(name.to_owned()))?),
        0 => Err(Failure::NotFound(say!(
            words,
            "cli-no-workshop",
            name = shown(name)
        ))),
        n => Err(Failure::Usage(say!(
            words,
            "cli-several-workshops",
            count = n,
            name = shown(name)
        ))),
    }
}

/// The board named by `--board` (its id or exact title), or the workshop's only board.
fn chosen_board(
    store: &Store,
    workshop: WorkshopId,
    name: Option<&str>,
    words: &Words,
) -> Result<BoardId, Failure> {
    let boards = store
        .list_boards(workshop)
        .map_err(|error| Failure::of(&error, words))?;
    let matching: Vec<BoardId> = boards
        .iter()
        .filter(|b| {
            name.is_none_or(|name| b.board.id.to_string() == name || b.board.draft.title == name)
        })
        .map(|b| b.board.id)
        .collect();
    match (matching.as_slice(), name) {
        ([one], _) => Ok(*one),
        ([], Some(name)) => Err(Failure::NotFound(say!(
            words,
            "cli-no-board",
            name = shown(name)
        ))),
        ([], None) => Err(Failure::NotFound(words.say("cli-no-boards", &[]))),
        (_, Some(name)) => Err(Failure::Usage(say!(
            words,
            "cli-several-boards",
            name = shown(name)
        ))),
        (_, None) => Err(Failure::Usage(words.say("cli-choose-board", &[]))),
    }
}

fn run_export(store: &Store, folder: &Path, export: &Export, words: &Words) -> Result<(), Failure> {
    let workshop = find_workshop(store, &export.workshop, words)?.workshop.id;
    let board = || chosen_board(store, workshop, export.board.as_deref(), words);
    let what = match export.format {
        Format::Pdf => exporting::Export::Pdf {
            page_size: export.page_size,
            include: Include::ALL,
        },
        Format::Png => exporting::Export::BoardPng(board()?),
        Format::Csv => exporting::Export::BoardCsv(board()?),
        Format::Decisions => exporting::Export::DecisionsCsv,
        Format::Json => exporting::Export::WorkshopFile,
    };
    let now = Timestamp::now();
    let bytes = exporting::prepare(store, workshop, what, now)
        .and_then(|prepared| prepared.bytes(now))
        .map_err(|error| Failure::of_export(&error, words))?;
    files::write_whole(&export.out, &bytes, folder).map_err(|e| Failure::Output(e.said(words)))
}
