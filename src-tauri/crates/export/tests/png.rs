//! The PNG of a board: however big the board, a picture within the documented limits.

mod support;

use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Store, Timestamp};
use feltboard_export::WorkshopContent;
use feltboard_export::raster::{MAX_PIXELS, MAX_SIDE_PX, board_png};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

/// Width and height from a PNG's header.
fn size_of(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[1..4], b"PNG", "a PNG file");
    let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

#[test]
fn a_cell_of_850_cards_makes_a_picture_within_the_limits_not_a_crash() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(folder.path()).expect("store opens");
    let draft = WorkshopDraft {
        title: "Tall".into(),
        question: String::new(),
        held_on: None,
        place: String::new(),
        facilitator: String::new(),
        notes: String::new(),
    };
    let workshop = store.create_workshop(&draft, NOW).expect("workshop").id;
    support::big_board(&mut store, workshop, 850, 850, NOW);
    let content = WorkshopContent::read(&store, workshop).expect("reads");
    let png = board_png(&content, 0).expect("a picture, however tall the board");
    let (width, height) = size_of(&png);
    assert!(
        width as f32 <= MAX_SIDE_PX && height as f32 <= MAX_SIDE_PX,
        "{width} × {height} within {MAX_SIDE_PX} a side"
    );
    assert!((width as f32) * (height as f32) <= MAX_PIXELS * 1.001);
    assert!(
        height as f32 >= MAX_SIDE_PX * 0.99,
        "the tall board uses the height it may: {height}"
    );
}
