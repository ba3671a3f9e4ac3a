//! `feltboard-cli`: Feltboard's workshops from a terminal, on the same data folder rules as
//! the app (`--data-dir`, then `FELTBOARD_DATA_DIR`, then the system's folder).
//!
//!     feltboard-cli list
//!     feltboard-cli export WORKSHOP --format pdf|png|csv|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
//!     feltboard-cli import FILE [--replace]
//!
//! A workshop or board is named by its id or its exact title. Errors go to stderr, and the
//! exit code says what kind of failure it was (see `Failure`).

mod args;

use std::process::ExitCode;

use args::{Command, Export, Format};
use feltboard_core::portable::ImportAs;
use feltboard_core::workshops::WorkshopSummary;
use feltboard_core::{Error, Store, Timestamp, data_folder};
use feltboard_export::{
    ExportError, Include, PdfOptions, WorkshopContent, csv, raster, workshop_pdf,
};

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

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        match error {
            Error::NotFound { .. } => Failure::NotFound(error.to_string()),
            other => Failure::Store(other.to_string()),
        }
    }
}

impl From<ExportError> for Failure {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Store(e) => e.into(),
            other => Failure::Output(other.to_string()),
        }
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("feltboard-cli: {}", failure.message());
            if matches!(failure, Failure::Usage(_)) {
                eprintln!("{}", args::USAGE);
            }
            ExitCode::from(failure.code())
        }
    }
}

fn run(argv: &[String]) -> Result<(), Failure> {
    let command = args::parse(argv).map_err(Failure::Usage)?;
    if matches!(command, Command::Help) {
        println!("{}", args::USAGE);
        return Ok(());
    }
    let folder = data_folder::resolve(argv, std::env::var(data_folder::ENV_VAR).ok())?;
    // Listing or exporting an empty folder is a mistake; importing into one starts it.
    if !matches!(command, Command::Import { .. })
        && !folder.join(data_folder::DATABASE_FILE).exists()
    {
        return Err(Failure::Store(format!(
            "there is no Feltboard data in {}",
            folder.display()
        )));
    }
    let mut store = Store::open(&folder)?;
    match command {
        Command::Help => Ok(()),
        Command::List => {
            list(&store)?;
            Ok(())
        }
        Command::Export(export) => run_export(&store, &export),
        Command::Import { file, replace } => {
            let bytes = std::fs::read(&file).map_err(|e| {
                Failure::Usage(format!("{} could not be read: {e}", file.display()))
            })?;
            let import_as = if replace {
                ImportAs::Replacement
            } else {
                ImportAs::Copy
            };
            let id = store
                .import_workshop(&bytes, import_as, Timestamp::now())
                .map_err(|e| Failure::Input(e.to_string()))?;
            println!("{id}  {}", store.workshop(id)?.draft.title);
            Ok(())
        }
    }
}

fn list(store: &Store) -> Result<(), Failure> {
    for w in store.list_workshops("")? {
        let held = w
            .workshop
            .draft
            .held_on
            .clone()
            .unwrap_or_else(|| "—".to_owned());
        println!("{}  {held:<10}  {}", w.workshop.id, w.workshop.draft.title);
        for b in store.list_boards(w.workshop.id)? {
            println!("    board {}  {}", b.board.id, b.board.draft.title);
        }
    }
    Ok(())
}

/// The one workshop whose id or exact title is `name`.
fn find_workshop(store: &Store, name: &str) -> Result<WorkshopSummary, Failure> {
    let all = store.list_workshops("")?;
    let matching: Vec<_> = all
        .into_iter()
        .filter(|w| w.workshop.id.to_string() == name || w.workshop.draft.title == name)
        .collect();
    match matching.len() {
        1 => Ok(matching
            .into_iter()
            .next()
            .ok_or_else(|| Failure::NotFound(name.to_owned()))?),
        0 => Err(Failure::NotFound(format!(
            "no workshop has the id or title “{name}” (see `feltboard-cli list`)"
        ))),
        n => Err(Failure::Usage(format!(
            "{n} workshops are titled “{name}”; name one by its id (see `feltboard-cli list`)"
        ))),
    }
}

/// The board named by `--board`, or the workshop's only board.
fn chosen_board(content: &WorkshopContent, name: Option<&str>) -> Result<usize, Failure> {
    let matching: Vec<usize> = match name {
        Some(name) => (0..content.boards.len())
            .filter(|&i| {
                content.boards[i].board.id.to_string() == name
                    || content.boards[i].board.draft.title == name
            })
            .collect(),
        None => (0..content.boards.len()).collect(),
    };
    match (matching.as_slice(), name) {
        ([one], _) => Ok(*one),
        ([], Some(name)) => Err(Failure::NotFound(format!(
            "the workshop has no board with the id or title “{name}”"
        ))),
        ([], None) => Err(Failure::NotFound(
            "the workshop has no boards to export".to_owned(),
        )),
        (_, Some(name)) => Err(Failure::Usage(format!(
            "several boards are titled “{name}”; name one by its id"
        ))),
        (_, None) => Err(Failure::Usage(
            "the workshop has several boards; choose one with --board".to_owned(),
        )),
    }
}

fn run_export(store: &Store, export: &Export) -> Result<(), Failure> {
    let workshop = find_workshop(store, &export.workshop)?;
    let content = WorkshopContent::read(store, workshop.workshop.id)?;
    let board = || chosen_board(&content, export.board.as_deref());
    let bytes = match export.format {
        Format::Pdf => workshop_pdf(
            &content,
            &PdfOptions {
                page_size: export.page_size,
                now: Timestamp::now(),
                include: Include::ALL,
            },
        )?,
        Format::Csv => csv::board_csv(&content, &content.boards[board()?]).into_bytes(),
        Format::Png => raster::board_png(&content, board()?)?,
        Format::Json => {
            serde_json::to_vec_pretty(&store.workshop_file(workshop.workshop.id, Timestamp::now())?)
                .map_err(|e| {
                    Failure::Output(format!("the workshop could not be written as JSON: {e}"))
                })?
        }
    };
    feltboard_export::write_whole(&export.out, &bytes)
        .map_err(|e| Failure::Output(format!("could not write {}: {e}", export.out.display())))
}
