//! Prints how long the stakeholders' PDF takes for a big workshop: 5 personas and a board of
//! 40 steps × 9 lanes holding 2,000 cards, 45 of them in one cell, and a cell of words in every script (target: under 2 s). `cargo bench -p feltboard-export`
//! or `make bench`; figures are medians of several runs, reading the store included.

use std::time::Instant;

#[path = "../tests/support/mod.rs"]
mod support;

use feltboard_core::boards::{CardDraft, CardKind, CardSource};
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
    for (_, words) in support::EVERY_SCRIPT {
        let card = CardDraft {
            text: words.into(),
            kind: CardKind::Quote,
            source: CardSource::Customer,
            author_id: None,
            owner: String::new(),
            metric: String::new(),
        };
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
    println!(
        "PDF of 5 personas and a 2,000-card board ({pages} pages): median {:.0} ms [{}]  target < 2000 ms",
        times[RUNS / 2],
        listed.join(", ")
    );
}
