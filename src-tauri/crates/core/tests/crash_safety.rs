//! A child process makes a stream of edits and is killed with SIGKILL mid-stream. Every edit
//! it had reported as saved must be there when the store is opened again, and the database
//! must pass SQLite's integrity check.
//!
//! This file is its own test harness: run normally it is the parent; with `CHILD_ENV` set it
//! is the child that edits until killed. `make test` kills 3 children; `make bench` kills
//! 1,000 (`FELTBOARD_CRASH_RUNS`), each at a different moment, and prints what was lost.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Store, Timestamp};

const CHILD_ENV: &str = "FELTBOARD_CRASH_CHILD_DIR";
const RUNS_ENV: &str = "FELTBOARD_CRASH_RUNS";

/// What one kill left behind.
struct Outcome {
    reported: usize,
    lost: Vec<usize>,
    problems: Vec<String>,
}

fn main() {
    if let Ok(dir) = std::env::var(CHILD_ENV) {
        return edit_until_killed(Path::new(&dir));
    }
    let runs: usize = std::env::var(RUNS_ENV)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let started = std::time::Instant::now();
    let (mut acknowledged, mut lost, mut damaged) = (0, 0, 0);
    for run in 1..=runs {
        let outcome = kill_mid_stream(run);
        acknowledged += outcome.reported;
        lost += outcome.lost.len();
        if !outcome.problems.is_empty() {
            damaged += 1;
            eprintln!("run {run}: integrity check found {:?}", outcome.problems);
        }
        if !outcome.lost.is_empty() {
            eprintln!(
                "run {run}: edits reported saved but lost: {:?}",
                outcome.lost
            );
        }
    }
    println!(
        "crash safety: {runs} kills in {:.1} s, {acknowledged} edits acknowledged, {lost} lost, {damaged} stores failing the integrity check",
        started.elapsed().as_secs_f64()
    );
    assert_eq!((lost, damaged), (0, 0), "nothing acknowledged is ever lost");
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
            persona_id: None,
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

/// Kills a child after a number of acknowledged edits and a pause that both change from run
/// to run, so the kill lands at every point of a transaction: before, inside, at the commit.
fn kill_mid_stream(run: usize) -> Outcome {
    // A small fixed-seed scramble of the run number: the same moments on every machine.
    let scramble = run.wrapping_mul(2_654_435_761) % 1_000_003;
    let edits_before_kill = 1 + scramble % 60;
    let pause = std::time::Duration::from_micros((scramble % 3_000) as u64);
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
        if reported.len() == edits_before_kill {
            std::thread::sleep(pause);
            child.kill().expect("SIGKILL");
            break;
        }
    }
    child.wait().expect("child reaped");

    let store = Store::open(dir.path()).expect("the store opens after a crash");
    let problems = store.integrity_problems().expect("integrity check runs");
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
    let lost = reported
        .iter()
        .copied()
        .filter(|i| !saved.contains(&format!("edit-{i}")))
        .collect();
    Outcome {
        reported: reported.len(),
        lost,
        problems,
    }
}
