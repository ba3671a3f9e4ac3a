//! Every statement the store runs is written out in the source (a literal, a `const`, or a
//! `concat!` of them), never put together from strings while the app runs: a value can then
//! only reach SQLite as a parameter, and a reader finds each statement whole. Tests may build
//! old databases however they like; the crates' and the shell's `src/` are scanned.

use std::fs;
use std::path::{Path, PathBuf};

/// Statements start with one of these; a `format!` producing one is SQL built at run time.
const SQL_STARTS: &[&str] = &[
    "SELECT", "UPDATE", "INSERT", "DELETE", "PRAGMA", "CREATE", "ALTER",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a source file").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Where `format!(` is followed, past whitespace, by a string starting a statement, or is
/// handed straight to rusqlite.
fn built_statements(source: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    for (at, _) in source.match_indices("format!(") {
        let after = source[at + "format!(".len()..].trim_start();
        let starts_sql = after
            .strip_prefix('"')
            .map(|text| text.trim_start())
            .is_some_and(|text| SQL_STARTS.iter().any(|s| text.starts_with(s)));
        let before = source[..at].trim_end();
        let handed_to_sqlite = before.ends_with('&')
            && [
                "execute(",
                "prepare(",
                "prepare_cached(",
                "query_row(",
                "execute_batch(",
            ]
            .iter()
            .any(|call| before[..before.len() - 1].trim_end().ends_with(call));
        if starts_sql || handed_to_sqlite {
            lines.push(source[..at].lines().count());
        }
    }
    lines
}

#[test]
fn no_crate_builds_sql_from_strings() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crates/");
    let mut files = Vec::new();
    for entry in fs::read_dir(crates).expect("crates/") {
        rust_files(&entry.expect("a crate").path().join("src"), &mut files);
    }
    rust_files(&crates.with_file_name("src"), &mut files);
    assert!(
        files.len() > 40,
        "the scan found only {} files",
        files.len()
    );

    let offenders: Vec<String> = files
        .iter()
        .flat_map(|path| {
            let source = fs::read_to_string(path).expect("readable source");
            built_statements(&source)
                .into_iter()
                .map(move |line| format!("{}:{line}", path.display()))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "SQL built from strings at {offenders:#?}"
    );
}

#[test]
fn the_scan_recognises_a_built_statement() {
    let built =
        "let x = conn.execute(&format!(\"x\"), []);\nlet y = format!(\n  \"SELECT {c} FROM t\");";
    assert_eq!(built_statements(built), vec![1, 2]);
    assert!(built_statements("let m = format!(\"{place}.id\");").is_empty());
}
