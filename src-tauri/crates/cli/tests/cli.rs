//! The command line as a person uses it: its output, its files, its errors and exit codes.
//!
//! Long as a list is long: each test is one command typed, standing alone.

use feltboard_core::language::{Language, Words};
use std::path::Path;
use std::process::{Command, Output};

use feltboard_core::{Store, Timestamp};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

/// The command, speaking English whatever this machine's language (its messages are checked).
fn feltboard_cli() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_feltboard-cli"));
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

fn cli(folder: &Path, args: &[&str]) -> Output {
    feltboard_cli()
        .arg("--data-dir")
        .arg(folder)
        .args(args)
        .env_remove("FELTBOARD_DATA_DIR")
        .output()
        .expect("feltboard-cli runs")
}

fn with_sample() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temp dir");
    Store::open(folder.path())
        .and_then(|mut s| s.add_sample_workshop(NOW))
        .expect("sample added");
    folder
}

/// The sample's as-is board: a board is named when a workshop has more than one.
const AS_IS: &str = "Returning an online order — as it is today";

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The sample workshop exported as a workshop file into `folder`.
fn workshop_file(folder: &Path) -> std::path::PathBuf {
    let file = folder.join("returns.feltboard.json");
    let out = cli(
        folder,
        &[
            "export",
            "Returning an online order",
            "--format=json",
            "--out",
            file.to_str().unwrap_or_default(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    file
}

#[test]
fn lists_workshops_and_their_boards() {
    let folder = with_sample();
    let out = cli(folder.path(), &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Returning an online order"), "{text}");
    assert!(
        text.contains("board ") && text.contains("as it is today"),
        "{text}"
    );
}

#[test]
fn exports_a_pdf_and_a_csv_by_title() {
    let folder = with_sample();
    let pdf = folder.path().join("returns.pdf");
    let out = cli(
        folder.path(),
        &[
            "export",
            "Returning an online order",
            "--format",
            "pdf",
            "--out",
            pdf.to_str().unwrap_or_default(),
            "--page-size",
            "letter",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read(&pdf)
            .expect("pdf written")
            .starts_with(b"%PDF-")
    );

    let csv = folder.path().join("board.csv");
    let out = cli(
        folder.path(),
        &[
            "export",
            "Returning an online order",
            "--format=csv",
            "--out",
            csv.to_str().unwrap_or_default(),
            "--board",
            AS_IS,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).expect("csv written");
    assert!(
        text.starts_with(
            "\u{feff}stage,step,lane,kind,text,source,author,owner,metric,target,status,votes,evidence\r\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Deciding to return,Unboxes the rug,"),
        "{text}"
    );
    // A field holding a comma is quoted; June is credited anonymously.
    assert!(
        text.contains(",quote,\"Thirty days, free... but only ‘in original packaging’? I cut the plastic.\",customer,A customer,"),
        "{text}"
    );
}

#[test]
fn exports_what_was_decided_and_asks_which_board_when_there_are_several() {
    let folder = with_sample();
    let decisions = folder.path().join("decisions.csv");
    let out = cli(
        folder.path(),
        &[
            "export",
            "Returning an online order",
            "--format",
            "decisions",
            "--out",
            decisions.to_str().unwrap_or_default(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&decisions).expect("csv written");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "\u{feff}rank,opportunity,board,step,owner,metric,target,status,votes,evidence count,evidence"
    );
    assert!(
        lines[1].starts_with(
            "1,\"QR code drop-off: no label, no printer\",Returning an online order — as it is today,"
        ),
        "ranked by dots: {}",
        lines[1]
    );
    assert_eq!(lines.len(), 7, "the sample's six opportunities: {text}");

    let out = cli(
        folder.path(),
        &[
            "export",
            "Returning an online order",
            "--format=csv",
            "--out",
            folder.path().join("which.csv").to_str().unwrap_or_default(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the workshop has several boards; choose one with --board"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn exports_a_board_as_a_picture_of_the_whole_board() {
    let folder = with_sample();
    // Kept under target/exports for people to look at.
    let exports = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/exports");
    std::fs::create_dir_all(&exports).expect("exports folder");
    let png = exports.join("sample-board.png");
    let out = cli(
        folder.path(),
        &[
            "export",
            "Returning an online order",
            "--format",
            "png",
            "--out",
            png.to_str().unwrap_or_default(),
            "--board",
            AS_IS,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&png).expect("png written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    // The width from the header: 9 steps of 150 pt beside 112 pt of lane headers, 2 px a point.
    let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    assert_eq!(width, 2 * (112 + 9 * 150 + 80));
}

#[test]
fn says_what_went_wrong_with_its_own_exit_code() {
    let folder = with_sample();
    let out_file = folder.path().join("x.pdf");
    let out_path = out_file.to_str().unwrap_or_default();
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["export", "Returns", "--format", "gif", "--out", out_path],
            2,
            "--format gif is not one of pdf, png, csv, decisions, json",
        ),
        (
            &[
                "export",
                "No such workshop",
                "--format",
                "pdf",
                "--out",
                out_path,
            ],
            3,
            "no workshop has the id or title “No such workshop”",
        ),
        (
            &[
                "export",
                "Returning an online order",
                "--format",
                "csv",
                "--out",
                out_path,
                "--board",
                "Nope",
            ],
            3,
            "no board with the id or title “Nope”",
        ),
        (
            &[
                "export",
                "Returning an online order",
                "--format",
                "pdf",
                "--out",
                "/nonexistent/folder/x.pdf",
            ],
            5,
            "/nonexistent/folder/x.pdf could not be written: its folder can't be used",
        ),
    ];
    for (args, code, message) in cases {
        let out = cli(folder.path(), args);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    assert!(!out_file.exists(), "nothing was written");
}

#[test]
fn refuses_a_folder_without_data_and_imports_only_when_the_app_is_closed() {
    let empty = tempfile::tempdir().expect("temp dir");
    let out = cli(empty.path(), &["list"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("There is no Feltboard data in"),
        "{}",
        stderr(&out)
    );
    assert!(
        !empty.path().join("feltboard.db").exists(),
        "an empty folder stays empty"
    );

    let folder = with_sample();
    let file = workshop_file(folder.path());
    let _app = Store::open(folder.path()).expect("the app holds the folder");
    let out = cli(folder.path(), &["list"]);
    assert!(
        out.status.success(),
        "reading beside the app: {}",
        stderr(&out)
    );
    let out = cli(
        folder.path(),
        &["import", file.to_str().unwrap_or_default()],
    );
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("already open"), "{}", stderr(&out));
}

#[test]
fn moves_a_workshop_to_another_laptop_and_refuses_a_broken_file() {
    let from = with_sample();
    let file = workshop_file(from.path());

    // Another laptop: an empty folder is started by the import.
    let to = tempfile::tempdir().expect("temp dir");
    let out = cli(to.path(), &["import", file.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Returning an online order"));
    let listed = cli(to.path(), &["list"]);
    assert!(
        String::from_utf8_lossy(&listed.stdout).contains("as it is today"),
        "the board came along"
    );

    let text = std::fs::read_to_string(&file).expect("json");
    let broken = from.path().join("broken.json");
    std::fs::write(&broken, &text[..text.len() / 3]).expect("write");
    let out = cli(to.path(), &["import", broken.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr(&out).contains("The workshop file can't be imported: it stops in the middle"),
        "{}",
        stderr(&out)
    );
    let after = cli(to.path(), &["list"]);
    let workshops = String::from_utf8_lossy(&after.stdout)
        .lines()
        .filter(|l| !l.starts_with(' '))
        .count();
    assert_eq!(workshops, 1, "nothing was added");
}

/// Every workshop in the store, as `list` prints it.
fn listing(folder: &Path) -> String {
    let out = cli(folder, &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_malformed_file_is_refused_with_a_readable_sentence_and_changes_nothing() {
    let folder = with_sample();
    let before = listing(folder.path());
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/malformed");
    let mut refused = 0;
    for entry in std::fs::read_dir(&corpus).expect("the corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let out = cli(
            folder.path(),
            &["import", path.to_str().unwrap_or_default()],
        );
        let said = stderr(&out);
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        assert_eq!(out.status.code(), Some(6), "{name}: {said}");
        assert!(
            said.starts_with("feltboard-cli: The workshop file can't be imported"),
            "{name}: {said}"
        );
        assert!(
            said.contains("Nothing was imported; "),
            "{name} says what to do: {said}"
        );
        assert_eq!(
            said.lines().count(),
            1,
            "{name}: one sentence, no usage text: {said}"
        );
        for internal in [
            "panicked",
            "i8",
            "u32",
            "struct ",
            "`",
            "UNIQUE",
            "constraint",
            "invalid type",
            "variant",
            "EOF",
        ] {
            assert!(!said.contains(internal), "{name}: “{internal}” in {said}");
        }
        refused += 1;
    }
    assert!(refused >= 40, "the corpus is there ({refused} files)");
    assert_eq!(listing(folder.path()), before, "nothing changed");
    let store = Store::open(folder.path()).expect("store");
    assert!(store.integrity_problems().expect("check").is_empty());
}

#[test]
fn no_export_is_ever_written_over_the_store() {
    let folder = with_sample();
    let before = listing(folder.path());
    for name in [
        "feltboard.db",
        "feltboard.db-wal",
        "feltboard.db-shm",
        "feltboard.lock",
    ] {
        let target = folder.path().join(name);
        let out = cli(
            folder.path(),
            &[
                "export",
                "Returning an online order",
                "--format",
                "json",
                "--out",
                target.to_str().unwrap_or_default(),
            ],
        );
        assert_eq!(out.status.code(), Some(5), "{name}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("is where Feltboard keeps its workshops"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(
        listing(folder.path()),
        before,
        "every workshop is still there"
    );
}

#[test]
fn files_that_are_not_workshop_files_at_all_say_why_with_exit_6() {
    let folder = with_sample();
    let missing = folder.path().join("nope.json");
    let cases = [
        (folder.path().to_path_buf(), "is a folder, not a file"),
        (missing, "can't be read: there is no such file"),
        (
            Path::new("/dev/zero").to_path_buf(),
            "is a device or a pipe, not a file",
        ),
    ];
    for (path, reason) in cases {
        let out = cli(
            folder.path(),
            &["import", path.to_str().unwrap_or_default()],
        );
        assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
        assert!(stderr(&out).contains(reason), "{}", stderr(&out));
        assert!(!stderr(&out).contains("usage:"), "not a usage mistake");
    }
    #[cfg(unix)]
    {
        let looping = folder.path().join("loop.json");
        std::os::unix::fs::symlink(&looping, &looping).expect("a link to itself");
        let out = cli(
            folder.path(),
            &["import", looping.to_str().unwrap_or_default()],
        );
        assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
        assert!(stderr(&out).contains("can't be read"), "{}", stderr(&out));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn an_import_whose_answer_cannot_be_printed_says_it_happened_and_is_not_repeated() {
    let folder = with_sample();
    let file = workshop_file(folder.path());
    let full = std::fs::File::create("/dev/full").expect("/dev/full");
    let out = feltboard_cli()
        .arg("--data-dir")
        .arg(folder.path())
        .args(["import", file.to_str().unwrap_or_default()])
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the workshop was imported as "),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("panicked"));
    let copies = listing(folder.path())
        .lines()
        .filter(|l| l.ends_with("Returning an online order"))
        .count();
    assert_eq!(copies, 2, "the original and one copy");
}

#[test]
fn a_reader_that_stops_early_ends_the_listing_quietly() {
    let folder = with_sample();
    {
        let mut store = Store::open(folder.path()).expect("store");
        for _ in 0..500 {
            store.add_sample_workshop(NOW).expect("more");
        }
    }
    let mut child = feltboard_cli()
        .arg("--data-dir")
        .arg(folder.path())
        .arg("list")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // Like `| head -1`: read one line, then close the pipe.
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
        &mut first,
    )
    .expect("a line");
    let out = child.wait_with_output().expect("ends");
    assert!(first.contains("Returning an online order"), "{first}");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn titles_never_drive_the_terminal() {
    let folder = tempfile::tempdir().expect("temp dir");
    {
        let mut store = Store::open(folder.path()).expect("store");
        let draft = feltboard_core::workshops::WorkshopDraft {
            title: "Red".to_owned(),
            ..Default::default()
        };
        store.create_workshop(&draft, NOW).expect("created");
    }
    // The core cleans what is typed today; a store written before that may still hold it.
    rusqlite::Connection::open(folder.path().join("feltboard.db"))
        .and_then(|db| {
            db.execute(
                "UPDATE workshops SET title = ?1",
                ["Red \u{1b}[31malert\nfake-id  forged line \u{202e}txt.exe"],
            )
        })
        .expect("an old title");
    let text = listing(folder.path());
    assert_eq!(text.lines().count(), 1, "{text:?}");
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(
        text.contains("Red \\u{1b}[31malert\\u{a}fake-id"),
        "{text:?}"
    );
}

#[test]
fn it_speaks_the_terminal_s_language_and_english_where_feltboard_has_none() {
    let folder = tempfile::tempdir().expect("folder");
    let run = |lang: &str| {
        let mut command = feltboard_cli();
        command
            .env("LANG", lang)
            .arg("--data-dir")
            .arg(folder.path());
        stderr(&command.arg("delete").output().expect("runs"))
    };
    let said = |language: Language| {
        feltboard_core::say!(Words::of(language), "cli-not-a-command", command = "delete")
    };
    assert!(run("de_DE.UTF-8").contains(&said(Language::De)), "German");
    assert!(run("fr_FR.UTF-8").contains(&said(Language::Fr)), "French");
    assert!(run("es_ES.UTF-8").contains(&said(Language::Es)), "Spanish");
    assert!(
        run("ja_JP.UTF-8").contains(&said(Language::En)),
        "English for Japanese"
    );
    assert_ne!(said(Language::De), said(Language::En));
}

#[test]
fn the_core_s_errors_are_said_in_the_terminal_s_language() {
    let folder = with_sample();
    let missing = folder.path().join("nowhere.feltboard.json");
    let import = |lang: &str| {
        let mut command = feltboard_cli();
        command
            .env("LANG", lang)
            .arg("--data-dir")
            .arg(folder.path())
            .arg("import")
            .arg(&missing);
        command.output().expect("runs")
    };
    let german = import("de_DE.UTF-8");
    assert_eq!(german.status.code(), Some(6), "{}", stderr(&german));
    assert_eq!(
        stderr(&german),
        format!(
            "feltboard-cli: Die Workshop-Datei kann nicht verwendet werden: {} kann nicht \
             gelesen werden: diese Datei gibt es nicht.\n",
            missing.display()
        )
    );
    let english = import("C.UTF-8");
    assert_eq!(
        stderr(&english),
        format!(
            "feltboard-cli: The workshop file can't be used: {} can't be read: there is no \
             such file.\n",
            missing.display()
        )
    );
}
