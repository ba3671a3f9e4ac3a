//! The command line as a person uses it: its output, its files, its errors and exit codes.

use std::path::Path;
use std::process::{Command, Output};

use feltboard_core::{Store, Timestamp};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

fn cli(folder: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_feltboard-cli"))
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

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
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
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).expect("csv written");
    assert!(
        text.starts_with("stage,step,lane,kind,text,source,author,owner,metric,votes\r\n"),
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
            "--format gif is not one of pdf, png, csv",
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
            "could not write /nonexistent/folder/x.pdf",
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
fn refuses_a_folder_without_data_or_in_use_by_the_app() {
    let empty = tempfile::tempdir().expect("temp dir");
    let out = cli(empty.path(), &["list"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("there is no Feltboard data in"),
        "{}",
        stderr(&out)
    );
    assert!(
        !empty.path().join("feltboard.db").exists(),
        "an empty folder stays empty"
    );

    let folder = with_sample();
    let _app = Store::open(folder.path()).expect("the app holds the folder");
    let out = cli(folder.path(), &["list"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("already open"), "{}", stderr(&out));
}

#[test]
fn moves_a_workshop_to_another_laptop_and_refuses_a_broken_file() {
    let from = with_sample();
    let file = from.path().join("returns.feltboard.json");
    let out = cli(
        from.path(),
        &[
            "export",
            "Returning an online order",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap_or_default(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));

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
        stderr(&out).contains("The workshop file is not valid: it is not readable JSON"),
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
