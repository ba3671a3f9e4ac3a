//! A child process makes a stream of edits and is killed with SIGKILL mid-stream. Every edit
//! it had reported as saved must be there when the store is opened again, and the database
//! must pass SQLite's integrity check.
//!
//! This file is its own test harness: run normally it is the parent; with `CHILD_ENV` set it
//! is the child that edits until killed.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Store, Timestamp};

const CHILD_ENV: &str = "FELTBOARD_CRASH_CHILD_DIR";
const EDITS_BEFORE_KILL: usize = 300;

fn main() {
    match std::env::var(CHILD_ENV) {
        Ok(dir) => edit_until_killed(Path::new(&dir)),
        Err(_) => {
            let runs = 3;
            for run in 1..=runs {
                kill_mid_stream_and_check(run);
            }
            println!("crash safety: {runs} passed, 0 failed");
        }
    }
}

fn edit_until_killed(dir: &Path) {
    let mut store = Store::open(dir).expect("child opens the store");
    let draft = WorkshopDraft {
        title: "Crash test".into(),
        ..Default::default()
    };
    let workshop = store
        .create_workshop(&draft, Timestamp::now())
        .expect("workshop")
        .id;
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let person = ParticipantDraft {
            name: format!("edit-{i}"),
            kind: ParticipantKind::Customer,
            quote_by_name: false,
            colour: String::new(),
        };
        store
            .add_participant(workshop, &person, Timestamp::now())
            .expect("edit saved");
        // Reported only after the transaction committed: this is the promise under test.
        writeln!(out, "saved {i}")
            .and_then(|()| out.flush())
            .expect("report");
    }
}

fn kill_mid_stream_and_check(run: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(std::env::current_exe().expect("own path"))
        .env(CHILD_ENV, dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .expect("child starts");
    let stdout = child.stdout.take().expect("child stdout");
    let mut reported = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("line");
        let number: usize = line.trim_start_matches("saved ").parse().expect("a number");
        reported.push(number);
        if reported.len() == EDITS_BEFORE_KILL + run * 37 {
            child.kill().expect("SIGKILL");
            break;
        }
    }
    child.wait().expect("child reaped");

    let store = Store::open(dir.path()).expect("the store opens after a crash");
    let problems = store.integrity_problems().expect("integrity check runs");
    assert!(
        problems.is_empty(),
        "run {run}: integrity check found {problems:?}"
    );
    let workshop = store
        .list_workshops("")
        .expect("list")
        .remove(0)
        .workshop
        .id;
    let saved: std::collections::HashSet<String> = store
        .list_participants(workshop)
        .expect("participants")
        .into_iter()
        .map(|p| p.draft.name)
        .collect();
    let lost: Vec<usize> = reported
        .iter()
        .copied()
        .filter(|i| !saved.contains(&format!("edit-{i}")))
        .collect();
    assert!(
        lost.is_empty(),
        "run {run}: edits reported saved but lost: {lost:?}"
    );
    println!(
        "crash safety run {run}: killed after {} reported edits, all {} there",
        reported.len(),
        saved.len()
    );
}
