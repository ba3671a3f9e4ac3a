//! Prints how long the stakeholders' PDF takes for a big workshop: 5 personas and a board of
//! 40 steps × 9 lanes holding 2,000 cards, 45 of them in one cell, and a cell of words in
//! every script (target, release build: under 1 s on A4); then the board's PNG (under 10 s
//! and 500 MB). `cargo bench -p feltboard-export` or `make bench`; PDF figures are medians
//! of several runs, reading the store included.

use std::time::Instant;

#[path = "../tests/support/mod.rs"]
mod support;

use feltboard_core::boards::{CardKind, CardSource};
use feltboard_core::{Store, Timestamp};
use feltboard_export::{Include, PageSize, PdfOptions, WorkshopContent, raster, workshop_pdf};

const RUNS: usize = 5;

fn main() {
    let now = Timestamp::now();
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(folder.path()).expect("store");
    let workshop = store.add_sample_workshop(now).expect("sample");
    let personas = store.list_personas(workshop).expect("personas");
    for persona in personas.iter().cycle().take(5 - personas.len()) {
        store
            .duplicate_persona(persona.id, now)
            .expect("persona copy");
    }
    let board = support::big_board(&mut store, workshop, 2000, 45, now);
    // Words in every script beside the Latin ones, shaped as the room writes them.
    let big = store.board(board).expect("board");
    let cell = (big.steps().nth(1).expect("a step").id, big.lanes[2].id);
    for (_, words) in support::every_script() {
        let card = support::card(words, CardKind::Quote, CardSource::Customer);
        store.add_card(cell, &card, 999, now).expect("card");
    }

    let mut times = Vec::new();
    let mut pages = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let content = WorkshopContent::read(&store, workshop).expect("read");
        let pdf = workshop_pdf(
            &content,
            &PdfOptions {
                page_size: PageSize::A4,
                now,
                include: Include::ALL,
            },
        )
        .expect("pdf");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        pages = raster::pages_as_png(&pdf, 1.0, 0)
            .expect("reads back")
            .page_count;
    }
    times.sort_by(f64::total_cmp);
    let listed: Vec<String> = times.iter().map(|t| format!("{t:.0}")).collect();
    let content = WorkshopContent::read(&store, workshop).expect("read");
    let board = content.boards.len() - 1;
    let start = Instant::now();
    let png = raster::board_png(&content, board).expect("png");
    let png_ms = start.elapsed().as_secs_f64() * 1000.0;
    let size = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    println!(
        "PNG of the 2,000-card board: {png_ms:.0} ms, {} × {} px, {:.1} MB; process peak memory {:.0} MB  target < 10000 ms, < 500 MB",
        size(16),
        size(20),
        png.len() as f64 / 1e6,
        peak_memory_mb().unwrap_or(f64::NAN)
    );
    println!(
        "PDF of 5 personas and a 2,000-card board ({pages} pages): median {:.0} ms [{}]  target < 1000 ms",
        times[RUNS / 2],
        listed.join(", ")
    );
}

/// The process's peak resident memory so far, in MB (Linux), from /proc.
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
