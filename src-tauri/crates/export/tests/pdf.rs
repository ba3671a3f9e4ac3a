//! The PDF of real workshops, read back with poppler's tools as a stakeholder's viewer would,
//! and the PNG of a board.
//!
//! Long as a list is long: each test is one thing a stakeholder would notice, standing alone.

use std::path::{Path, PathBuf};
use std::process::Command;

mod support;

use feltboard_core::boards::{
    BoardDraft, CardDraft, CardKind, CardSource, Credit, LaneKind, OpportunityStatus, StepFate,
};
use feltboard_core::ids::{BoardId, ParticipantId, WorkshopId};
use feltboard_core::language::{Language, Words};
use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::personas::PersonaDraft;
use feltboard_core::say;
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Store, Timestamp};
use feltboard_export::{Include, PageSize, PdfOptions, WorkshopContent, raster, workshop_pdf};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

fn sample(folder: &Path) -> (Store, WorkshopContent) {
    let mut store = Store::open(folder).expect("store opens");
    let id = store.add_sample_workshop(NOW).expect("sample is added");
    let content = WorkshopContent::read(&store, id).expect("workshop reads");
    (store, content)
}

/// Makes the workshop's PDF where people can look at it (`target/exports/`); its path.
fn pdf_file(content: &WorkshopContent, page_size: PageSize, name: &str) -> PathBuf {
    let bytes = workshop_pdf(
        content,
        &PdfOptions {
            page_size,
            now: NOW,
            include: Include::ALL,
        },
    )
    .expect("pdf is made");
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/exports");
    std::fs::create_dir_all(&folder).expect("exports folder");
    let path = folder.join(name);
    std::fs::write(&path, &bytes).expect("pdf written");
    path
}

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs: {e}"));
    assert!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text layer in drawing order, pages separated by form feeds.
fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The PDF at `path` with its compressed objects opened up by qpdf (in `folder`), as text:
/// where the language and the figures' descriptions can be read.
fn opened_up(path: &Path, folder: &Path) -> String {
    let open = folder.join("open.pdf");
    let unpacked = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(path)
        .arg(&open)
        .status()
        .expect("qpdf runs");
    assert!(unpacked.success());
    String::from_utf8_lossy(&std::fs::read(&open).expect("unpacked")).into_owned()
}

#[test]
fn the_sample_workshop_reads_back_in_full() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_store, content) = sample(folder.path());
    let path = pdf_file(&content, PageSize::A4, "sample-a4.pdf");
    let text = squash(&text_of(&path));

    assert!(
        text.contains(&squash(&content.workshop.draft.title)),
        "the title"
    );
    for (persona, _) in &content.personas {
        assert!(
            text.contains(&squash(&persona.draft.name)),
            "persona {}",
            persona.draft.name
        );
    }
    for board in &content.boards {
        for stage in &board.stages {
            assert!(
                text.contains(&squash(&stage.title.to_uppercase())),
                "stage {}",
                stage.title
            );
        }
        for step in board.steps() {
            assert!(text.contains(&squash(&step.title)), "step {}", step.title);
        }
        for card in &board.cards {
            let words = squash(card.draft.text.trim_matches(['"', '“', '”']));
            assert!(text.contains(&words), "card {words}");
        }
    }
    // Customers are named only with their consent.
    assert!(!text.contains("June R."), "June asked not to be named");
    assert!(text.contains("4 customers: Maya, Tomás, Ruth and one who asked not to be named"));
}

/// The sample's PDF as text, page by page, in drawing order: a change to what the PDF says
/// or where it says it shows up in review as a diff of `snapshots/pdf__sample_text.snap`.
#[test]
fn sample_text() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_store, content) = sample(folder.path());
    let text = text_of(&pdf_file(&content, PageSize::A4, "sample-snapshot.pdf"));
    insta::assert_snapshot!(text);
}

#[test]
fn every_font_is_embedded_subset_and_searchable() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_store, content) = sample(folder.path());
    let path = pdf_file(&content, PageSize::Letter, "sample-letter.pdf");
    let overlaps = collisions(&path);
    assert!(
        overlaps.is_empty(),
        "{:?}",
        &overlaps[..overlaps.len().min(5)]
    );
    let fonts = tool("pdffonts", &[], &path);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "several fonts are used:\n{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        let (embedded, subset, unicode) = (columns[n - 5], columns[n - 4], columns[n - 3]);
        assert_eq!(
            (embedded, unicode),
            ("yes", "yes"),
            "embedded, with a ToUnicode map: {row}"
        );
        // Colour emoji are drawn as Type 3 glyphs, which pdffonts never calls subset.
        assert!(subset == "yes" || row.contains("Type 3"), "subset: {row}");
    }
}

/// A board 40 steps wide: too wide for one page at 7 pt, so it is tiled with its headers.
#[test]
fn a_wide_board_is_tiled_with_its_headers_on_every_page() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(folder.path()).expect("store opens");
    let workshop = empty_workshop(&mut store, "Wide");
    let board = store
        .create_board(
            workshop,
            &BoardDraft {
                title: "Forty steps".into(),
                persona_ids: Vec::new(),
                scenario: String::new(),
                expectations: String::new(),
            },
            NOW,
        )
        .expect("board");
    let lane = store
        .add_lane(board.id, LaneKind::Actions, "Does", 0, NOW)
        .expect("lane");
    let steps = support::forty_steps(&mut store, board.id, NOW);
    for (i, step) in steps.iter().enumerate() {
        let card = support::card(format!("Card {i}"), CardKind::Note, CardSource::Team);
        store.add_card((*step, lane), &card, 0, NOW).expect("card");
    }
    let content = WorkshopContent::read(&store, workshop).expect("reads");
    let path = pdf_file(&content, PageSize::A4, "wide-a4.pdf");
    let text = text_of(&path);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| p.contains("Forty steps"))
        .collect();

    // A4 landscape holds 770 pt of grid: the lane headers (112 pt) and, at the smallest
    // scale (7/8), 5 steps of 150 pt. 40 steps make 8 pages.
    assert_eq!(pages.len(), 8, "board pages");
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Board page {} of 8", n + 1)),
            "page {} says where it is",
            n + 1
        );
        assert!(
            page.contains("Does"),
            "the lane header repeats on page {}",
            n + 1
        );
        assert!(
            page.contains(&format!("STAGE {}", n)),
            "page {} shows its stage",
            n + 1
        );
        assert!(
            page.contains(&format!("Card {}", n * 5))
                && page.contains(&format!("Card {}", n * 5 + 4)),
            "page {} holds its five steps",
            n + 1
        );
    }
}

/// Customers' words in any script stay in the text: accents, Greek, Cyrillic and emoji from
/// the shipped fonts, and a character none of them has as a visible box, still searchable.
#[test]
fn text_in_every_script_survives() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut store, content) = sample(folder.path());
    let mut persona = content.personas[0].0.draft.clone();
    persona.name = "Zoë Παπαδοπούλου".into();
    persona.quote = "Всё было хорошо 😄 until the label 🏷️ — 漢".into();
    store
        .update_persona(content.personas[0].0.id, &persona, NOW)
        .expect("persona updated");
    let content = WorkshopContent::read(&store, content.workshop.id).expect("reads");
    let text = text_of(&pdf_file(&content, PageSize::A4, "scripts.pdf"));
    for words in ["Zoë Παπαδοπούλου", "Всё было хорошо", "😄", "🏷", "漢"]
    {
        assert!(text.contains(words), "{words} is in the text layer");
    }
}

/// A persona's portrait is drawn, cut to a circle, from the picture the store keeps.
#[test]
fn a_portrait_goes_into_the_persona_page() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut store, content) = sample(folder.path());
    let picture = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/portrait.jpg"),
    )
    .expect("fixture");
    let portrait = feltboard_core::personas::Portrait::from_file(&picture).expect("a picture");
    store
        .set_persona_portrait(content.personas[0].0.id, Some(&portrait), NOW)
        .expect("portrait set");
    let content = WorkshopContent::read(&store, content.workshop.id).expect("reads");
    let path = pdf_file(&content, PageSize::A4, "portrait.pdf");
    let images = Command::new("pdfimages")
        .args(["-list", "-f", "2", "-l", "2"])
        .arg(&path)
        .output()
        .expect("pdfimages runs");
    let listed = String::from_utf8_lossy(&images.stdout);
    assert_eq!(
        listed.lines().skip(2).count(),
        1,
        "one picture on the persona's page:\n{listed}"
    );
}

fn empty_workshop(store: &mut Store, title: &str) -> feltboard_core::ids::WorkshopId {
    let draft = WorkshopDraft {
        title: title.into(),
        ..WorkshopDraft::default()
    };
    store.create_workshop(&draft, NOW).expect("workshop").id
}

/// A 2,000-card board with 45 cards in one cell: on every paper, every card is in the PDF
/// exactly once, the tall cell going on over the next pages.
#[test]
fn every_card_of_a_real_sized_board_is_in_the_pdf_on_every_paper() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(folder.path()).expect("store opens");
    let workshop = empty_workshop(&mut store, "Real-sized");
    support::big_board(&mut store, workshop, 2000, 45, NOW);
    let content = WorkshopContent::read(&store, workshop).expect("reads");
    for (paper, name) in [
        (PageSize::A4, "big-a4.pdf"),
        (PageSize::A3, "big-a3.pdf"),
        (PageSize::Letter, "big-letter.pdf"),
    ] {
        let layer = text_of(&pdf_file(&content, paper, name));
        // The board's pages only: the summary quotes the top pain points again.
        let board_pages: Vec<&str> = layer
            .split('\u{c}')
            .filter(|page| page.contains("Board page"))
            .collect();
        let text = squash(&board_pages.join(" "));
        let missing: Vec<usize> = (0..2000)
            .filter(|&i| text.matches(&support::big_card_text(i)).count() != 1)
            .collect();
        assert!(
            missing.is_empty(),
            "{name}: {} cards are not in the PDF exactly once, first {:?}",
            missing.len(),
            &missing[..missing.len().min(10)]
        );
        assert!(
            text.contains("continues overleaf") && text.contains("continued"),
            "{name}: the tall cell says it goes on, and where it went on"
        );
        let board = &content.boards[0];
        for title in board
            .steps()
            .map(|s| s.title.as_str())
            .chain(board.lanes.iter().map(|l| l.title.as_str()))
        {
            assert!(
                text.contains(title),
                "{name}: {title} heads its step or lane"
            );
        }
        let overlaps = collisions(&pdf_file(&content, paper, name));
        assert!(
            overlaps.is_empty(),
            "{name}: {:?}",
            &overlaps[..overlaps.len().min(5)]
        );
    }
}

/// A card of the longest text a card may hold, in a narrow column, is taller than any page:
/// it goes on over the next page, every word of it in order.
#[test]
fn a_card_longer_than_a_page_goes_on_over_the_next_page_every_word_in_order() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(folder.path()).expect("store opens");
    let workshop = empty_workshop(&mut store, "Long card");
    let board = support::big_board(&mut store, workshop, 0, 0, NOW);
    let words: Vec<String> = (0..222).map(|i| format!("word{i:04}")).collect();
    let text = words.join(" ");
    assert!(text.chars().count() <= 2000, "within the card's limit");
    let board = store.board(board).expect("board");
    let cell = (board.steps().next().expect("a step").id, board.lanes[0].id);
    let card = support::card(text, CardKind::Note, CardSource::Customer);
    store.add_card(cell, &card, 0, NOW).expect("card");
    let content = WorkshopContent::read(&store, workshop).expect("reads");
    let layer = squash(&text_of(&pdf_file(&content, PageSize::A4, "long-card.pdf")));
    let mut from = 0;
    for word in &words {
        let found = layer[from..].find(word.as_str());
        assert!(
            found.is_some(),
            "{word} is in the PDF, after the word before it"
        );
        from += found.unwrap_or(0) + word.len();
    }
    assert_eq!(
        layer.matches("A customer").count(),
        1,
        "its small print once, at its end"
    );
}

/// Cards and a persona in every script: each reads back from the PDF's text layer as it was
/// written, right-to-left text in logical order, and each script's font is embedded.
#[test]
fn every_script_is_drawn_with_its_own_font_and_reads_back_as_written() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut store, content) = sample(folder.path());
    let board = &content.boards[0];
    let cell = (board.steps().next().expect("a step").id, board.lanes[0].id);
    for (_, words) in support::every_script() {
        let card = support::card(words, CardKind::Note, CardSource::Customer);
        store.add_card(cell, &card, 0, NOW).expect("card");
    }
    let mut persona = content.personas[0].0.draft.clone();
    persona.name = "سارة حداد".into();
    persona.quote = support::every_script()[3].1.clone();
    store
        .update_persona(content.personas[0].0.id, &persona, NOW)
        .expect("persona updated");
    let content = WorkshopContent::read(&store, content.workshop.id).expect("reads");
    for (paper, name) in [
        (PageSize::A4, "every-script-a4.pdf"),
        (PageSize::A3, "every-script-a3.pdf"),
        (PageSize::Letter, "every-script-letter.pdf"),
    ] {
        let path = pdf_file(&content, paper, name);
        // Read as a viewer reads it, by position: poppler puts right-to-left words back in the
        // order they were written (marking them with embedding controls, dropped here).
        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        let layout =
            String::from_utf8_lossy(&out.stdout).replace(['\u{202A}', '\u{202B}', '\u{202C}'], "");
        // Lines end where the card's width says, in Chinese even inside a phrase: compared
        // without spaces.
        let unspaced = |t: &str| t.split_whitespace().collect::<String>();
        let text = unspaced(&layout);
        for (script, words) in support::every_script() {
            let pieces: Vec<&str> = if script.contains(" with ") {
                // A line of two directions is read by poppler one direction at a time.
                words.split_whitespace().collect()
            } else {
                vec![words.as_str()]
            };
            for piece in pieces {
                assert!(
                    text.contains(&unspaced(piece)),
                    "{script}: {piece} reads back as written"
                );
            }
        }
        assert!(
            text.contains(&unspaced("سارة حداد")),
            "the persona's Arabic name"
        );
        let overlaps = collisions(&path);
        assert!(
            overlaps.is_empty(),
            "{:?}",
            &overlaps[..overlaps.len().min(5)]
        );
        let fonts = tool("pdffonts", &[], &path);
        // Colour emoji are pictures in a Type 3 font; every other script has its own face.
        for face in [
            "NotoSansArabic",
            "NotoSansHebrew",
            "NotoSansDevanagari",
            "NotoSansThai",
            "NotoSansCJK",
            "Type 3",
        ] {
            assert!(fonts.contains(face), "{face} is embedded: {fonts}");
        }
    }
}

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
    let workshop = empty_workshop(&mut store, "Tall");
    support::big_board(&mut store, workshop, 850, 850, NOW);
    let content = WorkshopContent::read(&store, workshop).expect("reads");
    let png = raster::board_png(&content, 0).expect("a picture, however tall the board");
    let (width, height) = size_of(&png);
    assert!(
        width as f32 <= raster::MAX_SIDE_PX && height as f32 <= raster::MAX_SIDE_PX,
        "{width} × {height} within {} a side",
        raster::MAX_SIDE_PX
    );
    assert!((width as f32) * (height as f32) <= raster::MAX_PIXELS * 1.001);
    assert!(
        height as f32 >= raster::MAX_SIDE_PX * 0.99,
        "the tall board uses the height it may: {height}"
    );
}

/// A word poppler found, and its box: left, top, right, bottom.
type Word = (String, [f32; 4]);

/// Each word poppler finds on each page, with its box: (page width, height, words).
fn words_on_pages(path: &Path) -> Vec<(f32, f32, Vec<Word>)> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let html = String::from_utf8_lossy(&out.stdout);
    let number = |tag: &str, name: &str| -> f32 {
        let key = format!("{name}=\"");
        let from = tag.find(&key).map_or(0, |at| at + key.len());
        tag[from..]
            .split('"')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(f32::NAN)
    };
    let mut pages = Vec::new();
    for page in html.split("<page ").skip(1) {
        let (width, height) = (number(page, "width"), number(page, "height"));
        let words = page
            .split("<word ")
            .skip(1)
            .map(|word| {
                let text = word[word.find('>').map_or(0, |at| at + 1)..]
                    .split("</word>")
                    .next()
                    .unwrap_or("")
                    .to_owned();
                let coords = ["xMin", "yMin", "xMax", "yMax"].map(|name| number(word, name));
                (text, coords)
            })
            .collect();
        pages.push((width, height, words));
    }
    pages
}

/// Pairs of words that are drawn over each other on some page, and words off their page.
/// Colour emoji are left out: they are pictures in a Type 3 font, whose boxes poppler can
/// only guess (five times their height).
fn collisions(path: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let emoji = |text: &str| {
        text.chars()
            .any(|c| c >= '\u{1F000}' || ('\u{2600}'..='\u{27BF}').contains(&c))
    };
    for (n, (width, height, words)) in words_on_pages(path).iter().enumerate() {
        let words: Vec<_> = words.iter().filter(|(text, _)| !emoji(text)).collect();
        for (text, [x0, y0, x1, y1]) in &words {
            if *x0 < -0.5 || *y0 < -0.5 || *x1 > width + 0.5 || *y1 > height + 0.5 {
                found.push(format!("page {}: {text:?} is off the page", n + 1));
            }
        }
        // A word's box runs from its font's ascent to its descent, taller than its letters
        // (Arabic fonts most of all): its middle half is compared, where the letters are.
        let core = |[x0, y0, x1, y1]: [f32; 4]| {
            let quarter = (y1 - y0) / 4.0;
            [x0, y0 + quarter, x1, y1 - quarter]
        };
        for (i, (a, box_a)) in words.iter().enumerate() {
            let [ax0, ay0, ax1, ay1] = core(*box_a);
            for (b, box_b) in words[i + 1..].iter().copied() {
                let [bx0, by0, bx1, by1] = core(*box_b);
                let w = ax1.min(bx1) - ax0.max(bx0);
                let h = ay1.min(by1) - ay0.max(by0);
                let smaller = ((ax1 - ax0) * (ay1 - ay0)).min((bx1 - bx0) * (by1 - by0));
                if w > 0.0 && h > 0.0 && w * h > 0.25 * smaller {
                    found.push(format!("page {}: {a:?} over {b:?}", n + 1));
                }
            }
        }
    }
    found
}

/// A workshop with every text at its longest: the title and the question, sixty people in
/// the room, a board's title, a persona with the most list items of the longest text, fifty
/// opportunities and fifty quotes. On every paper, every item is in the PDF, and no word is
/// drawn over another or off its page.
#[test]
fn text_at_every_limit_goes_on_over_pages_and_nothing_overlaps() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(folder.path()).expect("store opens");
    let long_line = |what: &str| {
        format!("{what} ")
            .repeat(200)
            .chars()
            .take(200)
            .collect::<String>()
    };
    let workshop = store
        .create_workshop(
            &WorkshopDraft {
                title: long_line("Returns"),
                question: format!("ask00 {}", "what does it feel like ".repeat(90))
                    .chars()
                    .take(1990)
                    .collect::<String>()
                    + " askend",
                held_on: Some("2026-11-18".into()),
                place: long_line("Leeds"),
                facilitator: long_line("Amira"),
                notes: String::new(),
                ..WorkshopDraft::default()
            },
            NOW,
        )
        .expect("workshop")
        .id;
    for i in 0..60 {
        let draft = feltboard_core::participants::ParticipantDraft {
            name: format!("person{i:02} {}", long_line("Name"))
                .chars()
                .take(200)
                .collect(),
            kind: [
                feltboard_core::participants::ParticipantKind::Customer,
                feltboard_core::participants::ParticipantKind::Team,
                feltboard_core::participants::ParticipantKind::Stakeholder,
            ][i % 3],
            quote_by_name: true,
            colour: String::new(),
            persona_id: None,
        };
        store
            .add_participant(workshop, &draft, NOW)
            .expect("participant");
    }
    let board = support::big_board(&mut store, workshop, 0, 0, NOW);
    let mut board_draft = store.board(board).expect("board").board.draft;
    board_draft.title = long_line("Journey");
    store
        .update_board(board, &board_draft, NOW)
        .expect("long title");
    let item = |i: usize| {
        format!("item{i:02} {}", "words that go on ".repeat(117))
            .chars()
            .take(2000)
            .collect::<String>()
    };
    let items: Vec<String> = (0..50).map(item).collect();
    store
        .add_persona(
            workshop,
            &feltboard_core::personas::PersonaDraft {
                name: long_line("Name"),
                goals: items.clone(),
                story: "A long story. ".repeat(1400).trim().to_owned(),
                ..Default::default()
            },
            NOW,
        )
        .expect("persona");
    let cells: Vec<_> = {
        let b = store.board(board).expect("board");
        let step = b.steps().next().expect("a step").id;
        b.lanes.iter().map(|l| (step, l.id)).collect()
    };
    for i in 0..50 {
        for (kind, source, prefix) in [
            (CardKind::Opportunity, CardSource::Team, "chance"),
            (CardKind::Quote, CardSource::Customer, "quote"),
        ] {
            let card = support::card(format!("{prefix}{i:02} said by the room"), kind, source);
            store
                .add_card(cells[i % cells.len()], &card, 0, NOW)
                .expect("card");
        }
    }
    let content = WorkshopContent::read(&store, workshop).expect("reads");
    for (paper, name) in [
        (PageSize::A4, "limits-a4.pdf"),
        (PageSize::A3, "limits-a3.pdf"),
        (PageSize::Letter, "limits-letter.pdf"),
    ] {
        let path = pdf_file(&content, paper, name);
        let text: String = text_of(&path).split_whitespace().collect();
        let mut words = vec!["ask00".to_owned(), "askend".to_owned()];
        for i in 0..50 {
            words.extend([
                format!("item{i:02}"),
                format!("chance{i:02}"),
                format!("quote{i:02}"),
            ]);
        }
        words.extend((0..60).map(|i| format!("person{i:02}")));
        for word in words {
            assert!(text.contains(&word), "{name}: {word} is in the PDF");
        }
        let read: usize = words_on_pages(&path).iter().map(|page| page.2.len()).sum();
        assert!(
            read > 20_000,
            "the overlap check reads every word's box: {read}"
        );
        let overlaps = collisions(&path);
        assert!(
            overlaps.is_empty(),
            "{name}: {} collisions, first: {:?}",
            overlaps.len(),
            &overlaps[..overlaps.len().min(5)]
        );
    }
}

/// Where the reviewed pictures of pages are kept.
fn references() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/references")
}

/// How far a page may drift from its reviewed picture: the share of pixels that differ
/// by more than a faint anti-aliasing shade.
const DRIFT: f64 = 0.003;

/// The share of pixels of `page` and `reference` that differ visibly; 1 if their sizes do.
fn difference(page: &image::RgbImage, reference: &image::RgbImage) -> f64 {
    if page.dimensions() != reference.dimensions() {
        return 1.0;
    }
    let visibly = page
        .pixels()
        .zip(reference.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 40))
        .count();
    visibly as f64 / f64::from(page.width() * page.height())
}

/// The sample's pages, and a board of 40 cards in a cell, look as they did when a person
/// last reviewed them (`tests/references/`): text is checked above, this checks the layout.
/// After a change to the pages, look at them, then run with UPDATE_REFERENCES=1.
#[test]
fn pages_look_as_reviewed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut store, content) = sample(folder.path());
    support::big_board(&mut store, content.workshop.id, 40, 40, NOW);
    let content = WorkshopContent::read(&store, content.workshop.id).expect("reads");
    let path = pdf_file(&content, PageSize::A4, "reviewed.pdf");
    let pdf = std::fs::read(&path).expect("pdf");
    // Every page of the sample, and the first two of the tall cell's.
    let mut tall = 0;
    let reviewed: Vec<usize> = text_of(&path)
        .split('\u{c}')
        .enumerate()
        .filter(|(_, page)| {
            let of_the_tall_cell = page.contains("Big board Board page");
            tall += usize::from(of_the_tall_cell);
            !page.trim().is_empty() && (!of_the_tall_cell || tall <= 2)
        })
        .map(|(n, _)| n)
        .collect();
    let pictures = raster::pages_as_png(&pdf, 0.6, usize::MAX).expect("pages drawn");
    let update = std::env::var_os("UPDATE_REFERENCES").is_some();
    if update {
        std::fs::remove_dir_all(references()).ok();
        std::fs::create_dir_all(references()).expect("references folder");
    }
    let mut drifted = Vec::new();
    for &n in &reviewed {
        let png = &pictures.pages[n];
        let name = format!("sample-a4-page-{:02}.png", n + 1);
        let path = references().join(&name);
        if update {
            std::fs::write(&path, png).expect("reference written");
            continue;
        }
        let page = image::load_from_memory(png).expect("a page").to_rgb8();
        let reference = image::open(&path)
            .unwrap_or_else(|e| panic!("{name} is reviewed ({e}); run with UPDATE_REFERENCES=1"))
            .to_rgb8();
        let share = difference(&page, &reference);
        if share > DRIFT {
            let seen = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/exports");
            std::fs::write(seen.join(&name), png).expect("the new picture kept to look at");
            drifted.push(format!("{name}: {:.2}% of pixels", share * 100.0));
        }
    }
    let kept = std::fs::read_dir(references()).map_or(0, |d| d.count());
    assert_eq!(kept, reviewed.len(), "one reviewed picture a page");
    assert!(
        drifted.is_empty(),
        "pages differ from their reviewed pictures (new ones in target/exports): {drifted:?}"
    );
}

/// The PDF is tagged for screen readers: its language, a heading for the cover, each persona
/// and each board, its text in paragraphs, and figures (portraits, the emotion curves) with
/// descriptions; the footer is marked as page furniture, not content.
#[test]
fn the_pdf_is_tagged_with_headings_paragraphs_and_described_figures() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_store, content) = sample(folder.path());
    let path = pdf_file(&content, PageSize::A4, "tagged.pdf");
    assert!(tool("pdfinfo", &[], &path).contains("Tagged:          yes"));
    let structure = tool("pdfinfo", &["-struct-text"], &path);
    let headings: Vec<&str> = structure
        .lines()
        .zip(structure.lines().skip(1))
        .filter(|(tag, _)| tag.trim() == "H1 (block)")
        .map(|(_, text)| text.trim().trim_matches('"'))
        .collect();
    let board = &content.boards[0].board.draft.title;
    for title in [
        "Returning an online order",
        "Maya Okafor",
        "Sam the Serial Returner",
        "Summary",
        board,
    ] {
        assert!(
            headings.contains(&title),
            "{title} is a heading: {headings:?}"
        );
    }
    assert!(
        structure.matches("Figure").count() >= 3,
        "two portraits and the curves"
    );
    assert!(
        !structure.contains("Page 1 of"),
        "the footer is not read as content"
    );
    // The descriptions and the language sit in compressed objects: qpdf opens them up.
    let raw = opened_up(&path, folder.path());
    assert!(raw.contains("/Lang (en)"), "the document says its language");
    assert!(
        raw.contains("/Alt (The initials of Maya Okafor)"),
        "a portrait is described"
    );
    assert!(
        raw.contains("/Alt <"),
        "the curves are described (in UTF-16, for the minus sign)"
    );
}

/// A note a customer wrote on their phone is in their own words: a quote on the board, and
/// among the customers' words in the summary, credited as consent allows.
#[test]
fn a_customers_note_from_a_phone_is_in_their_words() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut store, content) = sample(folder.path());
    let board = &content.boards[0];
    let noor = store
        .add_participant(
            content.workshop.id,
            &feltboard_core::participants::ParticipantDraft {
                name: "Noor".into(),
                kind: feltboard_core::participants::ParticipantKind::Customer,
                quote_by_name: false,
                colour: String::new(),
                persona_id: None,
            },
            NOW,
        )
        .expect("a customer");
    let cell = (board.steps().next().expect("a step").id, board.lanes[0].id);
    let note = store
        .submit_note(
            board.board.id,
            cell,
            noor.id,
            "I kept the box for two weeks",
            NOW,
        )
        .expect("sent");
    store.approve_note(note.id, None, NOW).expect("approved");
    let content = WorkshopContent::read(&store, content.workshop.id).expect("reads");
    let text = squash(&text_of(&pdf_file(
        &content,
        PageSize::A4,
        "customer-note.pdf",
    )));
    let words = &text[text.rfind("In the customers' words").expect("the section")..];
    assert!(
        words.contains("“I kept the box for two weeks” — A customer"),
        "her words, and she is not named without consent: {words}"
    );
}

/// `text` without its whitespace: a phrase reads the same however the PDF wrapped it.
fn unspaced(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `pdf` (its text [`unspaced`]) prints `words`, as they are or in capitals (as the
/// tables' headings are).
fn prints(pdf: &str, words: &str) -> bool {
    pdf.contains(&unspaced(words)) || pdf.contains(&unspaced(&words.to_uppercase()))
}

/// What the sample's PDF says in its own words (not the room's), in `words`' language: whole
/// phrases, then names (kinds, feelings, statuses, fates, a credit).
fn said_in(words: &Words, pages: usize) -> (Vec<String>, Vec<String>) {
    let mut phrases: Vec<String> = [
        "pdf-persona-label-research",
        "pdf-persona-label-anti",
        "pdf-persona-goals",
        "pdf-persona-empathy-map",
        "pdf-persona-evidence-assumed",
        "pdf-board-moment-of-truth",
        "pdf-curves-assumed",
        "pdf-curves-rated",
        "pdf-curves-all-customers",
        "pdf-comparison-kicker",
        "pdf-comparison-column-fate",
        "pdf-comparison-rated-as-is",
        "pdf-comparison-column-change",
        "pdf-summary-pains",
        "pdf-summary-opportunities",
        "pdf-summary-quotes",
        "pdf-decided-title",
        "pdf-decided-intro",
        "pdf-decided-column-measure",
    ]
    .into_iter()
    .map(|id| words.say(id, &[]))
    .collect();
    let summary = words.say("pdf-summary-title", &[]);
    phrases.extend([
        say!(words, "pdf-footer-page", number = 1, total = pages),
        say!(words, "pdf-board-page", number = 1, of = 5),
        say!(words, "pdf-continued", title = summary),
        say!(
            words,
            "pdf-board-personas",
            persona = "Maya Okafor",
            others = "Graham Lewis"
        ),
        say!(words, "pdf-owner", owner = "Ben — e-commerce"),
        say!(words, "pdf-comparison-was", step = "Gets a label"),
        say!(
            words,
            "pdf-summary-status",
            status = words.status(OpportunityStatus::Planned)
        ),
    ]);
    let mut names: Vec<String> = (-2..=2).map(|score| words.emotion(score)).collect();
    names.extend(
        [
            CardKind::Note,
            CardKind::Quote,
            CardKind::PainPoint,
            CardKind::Opportunity,
        ]
        .map(|kind| words.card_kind(kind)),
    );
    names.extend([OpportunityStatus::InProgress, OpportunityStatus::Done].map(|s| words.status(s)));
    names.extend(
        [
            StepFate::Kept,
            StepFate::Changed,
            StepFate::Removed,
            StepFate::New,
        ]
        .map(|fate| words.fate(fate)),
    );
    names.push(words.credit(&Credit::Customer));
    (phrases, names)
}

/// A German workshop's PDF is in German where the catalogue has German, and in English where
/// it has not (each message falls back): what the English PDF says in its own words, the
/// German PDF says as the German catalogue says it, and its phrases no longer in English
/// where German says them otherwise. Its numbers take German's decimal comma, and it declares
/// itself German.
#[test]
fn a_german_workshop_s_pdf_is_in_german_where_the_catalogue_has_german_and_declares_german() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut store, english) = sample(folder.path());
    let draft = WorkshopDraft {
        language: Language::De,
        ..english.workshop.draft.clone()
    };
    store
        .update_workshop(english.workshop.id, &draft, NOW)
        .expect("the workshop is German");
    let german = WorkshopContent::read(&store, english.workshop.id).expect("workshop reads");
    assert_eq!(german.workshop.draft.language, Language::De);

    let english_text = text_of(&pdf_file(&english, PageSize::A4, "language-en.pdf"));
    let path = pdf_file(&german, PageSize::A4, "language-de.pdf");
    let german_text = text_of(&path);
    let (english_pdf, german_pdf) = (unspaced(&english_text), unspaced(&german_text));
    let pages = german_text.matches('\u{c}').count();
    let (phrases, names) = said_in(Words::of(Language::En), pages);
    let (phrasen, namen) = said_in(Words::of(Language::De), pages);
    for (in_english, in_german) in phrases.iter().zip(&phrasen).chain(names.iter().zip(&namen)) {
        assert!(prints(&english_pdf, in_english), "in English: {in_english}");
        assert!(prints(&german_pdf, in_german), "in German: {in_german}");
    }
    for (in_english, in_german) in phrases.iter().zip(&phrasen) {
        if !in_german.contains(in_english.as_str()) {
            assert!(
                !prints(&german_pdf, in_english),
                "no longer in English: {in_english}"
            );
        }
    }
    assert!(
        german_text.contains("−1,3 ±0,4 · n=4") && !german_text.contains("−1.3"),
        "means with German's decimal comma"
    );

    let raw = opened_up(&path, folder.path());
    assert!(raw.contains("/Lang (de)"), "the document says it is German");
    assert!(!raw.contains("/Lang (en)"));
}

/// No word of the PDF at `path` is drawn over another or off its page.
fn no_overlaps(path: &Path) {
    let overlaps = collisions(path);
    assert!(
        overlaps.is_empty(),
        "{}: {:?}",
        path.display(),
        &overlaps[..overlaps.len().min(5)]
    );
}

/// A workshop whose board follows two personas, "Commuter" and "Parent", with the customers
/// Ana and Ben most like the commuter, Cleo like the parent and Dev like neither.
struct Segmented {
    store: Store,
    workshop: WorkshopId,
    board: BoardId,
    customers: [ParticipantId; 4],
}

fn segmented(store_folder: &Path) -> Segmented {
    let mut store = Store::open(store_folder).expect("store opens");
    let workshop = empty_workshop(&mut store, "Segments");
    let persona = |store: &mut Store, name: &str| {
        store
            .add_persona(
                workshop,
                &PersonaDraft {
                    name: name.into(),
                    ..PersonaDraft::default()
                },
                NOW,
            )
            .expect("persona")
            .id
    };
    let personas = [
        persona(&mut store, "Commuter"),
        persona(&mut store, "Parent"),
    ];
    let board = store
        .create_board_from_template(workshop, "buying-online", NOW)
        .expect("board");
    let draft = BoardDraft {
        persona_ids: personas.to_vec(),
        ..store.journey_board(board).expect("board").draft
    };
    store
        .update_board(board, &draft, NOW)
        .expect("follows both");
    let customers = [
        ("Ana", Some(personas[0])),
        ("Ben", Some(personas[0])),
        ("Cleo", Some(personas[1])),
        ("Dev", None),
    ]
    .map(|(name, most_like)| {
        store
            .add_participant(
                workshop,
                &ParticipantDraft {
                    name: name.into(),
                    kind: ParticipantKind::Customer,
                    quote_by_name: true,
                    colour: String::new(),
                    persona_id: most_like,
                },
                NOW,
            )
            .expect("customer")
            .id
    });
    Segmented {
        store,
        workshop,
        board,
        customers,
    }
}

impl Segmented {
    /// Each customer's rating of `board`'s `step`-th step, in the order of `customers`.
    fn rate(&mut self, board: BoardId, step: usize, scores: [Option<i8>; 4]) {
        let step = self
            .store
            .board(board)
            .expect("board")
            .steps()
            .nth(step)
            .expect("step")
            .id;
        for (who, score) in self.customers.iter().zip(scores) {
            if score.is_some() {
                self.store.rate_step(step, *who, score, NOW).expect("rated");
            }
        }
    }

    fn content(&self) -> WorkshopContent {
        WorkshopContent::read(&self.store, self.workshop).expect("reads")
    }
}

/// The pages of `text` (form feeds apart) that contain `words`, squashed.
fn pages_with(text: &str, words: &str) -> Vec<String> {
    text.split('\u{c}')
        .filter(|page| page.contains(words))
        .map(squash)
        .collect()
}

/// Beside every customer's rated curve, each persona's: its name at the head of its row, and
/// at each step its mean, its spread and its n — for the persona's customers only; Dev, most
/// like neither, counts for everyone alone. A board whose personas nobody rated has no rows.
#[test]
fn each_persona_has_its_rated_curve_with_its_name_n_and_spread() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut room = segmented(folder.path());
    let board = room.board;
    room.rate(board, 0, [Some(-2), Some(-1), Some(2), Some(1)]);
    room.rate(board, 1, [Some(1), None, None, Some(0)]);
    room.store
        .create_board_from_template(room.workshop, "support-call", NOW)
        .expect("a board nobody rated");
    let path = pdf_file(&room.content(), PageSize::A4, "segments.pdf");
    let text = text_of(&path);
    let rows = pages_with(&text, "Buying a product online").join(" ");
    // −2, −1, 2, 1: a mean of 0 and a spread of √2.5 for everyone.
    for row in [
        "All customers 0.0 ±1.6 · n=4 0.5 ±0.5 · n=2",
        "Commuter −1.5 ±0.5 · n=2 1.0 ±0.0 · n=1",
        "Parent 2.0 ±0.0 · n=1 not rated",
    ] {
        assert!(rows.contains(row), "{row:?} on the board's pages: {rows}");
    }
    let unrated = pages_with(&text, "Calling customer support");
    assert!(!unrated.is_empty(), "the other board is in the PDF");
    assert!(
        unrated.iter().all(|page| !page.contains("All customers")),
        "no persona rows where no persona was rated"
    );
    no_overlaps(&path);
}

/// The to-be journey against the as-is one: each step kept, changed (with what it was),
/// removed or new, what customers rated on each side, and the measured change — the rated
/// to-be minus the rated as-is, signed, with how many rated each side.
#[test]
fn the_comparison_page_measures_the_change_step_by_step() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut room = segmented(folder.path());
    let as_is = room.board;
    room.rate(as_is, 0, [Some(-2), Some(-1), None, None]);
    room.rate(as_is, 1, [Some(-1), Some(-1), Some(0), None]);
    room.rate(as_is, 2, [Some(0), None, None, None]);
    let to_be = room.store.start_to_be(as_is, NOW).expect("to-be");
    let steps: Vec<_> = room
        .store
        .board(to_be)
        .expect("board")
        .steps()
        .cloned()
        .collect();
    room.store
        .rename_step(steps[1].id, "Compares in one place", NOW)
        .expect("renamed");
    room.store.delete_step(steps[3].id, NOW).expect("removed");
    room.store
        .add_step(steps[0].stage_id, "Asks a friend", 1, NOW)
        .expect("a new step");
    room.rate(to_be, 0, [Some(1), Some(2), None, None]);
    room.rate(to_be, 2, [Some(1), Some(1), Some(2), Some(1)]);

    let path = pdf_file(&room.content(), PageSize::A4, "comparison.pdf");
    let text = text_of(&path);
    let pages = pages_with(&text, "AS-IS AGAINST TO-BE");
    assert_eq!(pages.len(), 1, "one comparison page: one to-be board");
    let page = &pages[0];
    let comparison = room.store.comparison(to_be).expect("compared");
    let title = |fate: StepFate| {
        comparison
            .steps
            .iter()
            .find(|s| s.fate == fate)
            .unwrap_or_else(|| panic!("a step {fate:?}"))
    };
    for (fate, words) in [
        (StepFate::Kept, "Kept"),
        (StepFate::Changed, "Changed"),
        (StepFate::Removed, "Removed"),
        (StepFate::New, "New"),
    ] {
        let row = format!("{} {words}", title(fate).title);
        let row = if fate == StepFate::Changed {
            format!(
                "{} was “{}” {words}",
                title(fate).title,
                title(fate).was.as_deref().unwrap_or_default()
            )
        } else {
            row
        };
        assert!(page.contains(&row), "{row:?} in {page}");
    }
    // −2 and −1 as-is, 1 and 2 to-be: +3.0, two customers each side.
    assert!(
        page.contains("🙁−1.5 (n=2) 😄1.5 (n=2) +3.0 (n=2 → 2)"),
        "the first step's measured change: {page}"
    );
    // −1, −1, 0 as-is (n=3), 1, 1, 2, 1 to-be (n=4), the step renamed: +1.9.
    assert!(
        page.contains("+1.9 (n=3 → 4)"),
        "the renamed step's measured change: {page}"
    );
    let measured = comparison
        .steps
        .iter()
        .filter(|s| s.change.is_some())
        .count();
    assert_eq!(
        page.matches(" → ").count() - page.matches("as-is → to-be").count(),
        measured,
        "a measured change wherever both sides were rated, and nowhere else"
    );
    no_overlaps(&path);
}

/// The summary gives each opportunity, most-voted first, its owner, its metric and target,
/// its status and the core's sentence on its evidence, with the quotes behind it credited as
/// the core credits them: June asked not to be named, and is not.
#[test]
fn the_summary_gives_each_opportunity_its_owner_target_status_and_evidence() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_store, content) = sample(folder.path());
    let text = squash(&text_of(&pdf_file(
        &content,
        PageSize::A4,
        "sample-summary.pdf",
    )));
    let from = text.find("What we could do about it").expect("the section");
    let to = text
        .find("In the customers' words")
        .expect("the next section");
    let section = &text[from..to];
    let decisions = content.decisions();
    assert!(decisions.len() >= 5, "the sample's opportunities");
    let mut at = 0;
    for d in &decisions {
        let draft = &d.card.draft;
        let place = section[at..]
            .find(&squash(&draft.text))
            .map(|p| p + at)
            .unwrap_or_else(|| panic!("{} in the summary, most-voted first", draft.text));
        at = place;
        let support = d
            .support()
            .expect("the sample's opportunities have evidence");
        let item = &section[place..];
        for words in [
            format!("Owner: {}", draft.owner),
            format!("Measured by: {} → {}", draft.metric, draft.target),
            format!("Status: {}", draft.status.name()),
            format!("Evidence: {}", squash(&support.summary)),
        ] {
            assert!(item.contains(&squash(&words)), "{}: {words:?}", draft.text);
        }
    }
    assert!(
        section.contains("“Thirty days, free... but only ‘in original packaging’? I cut the plastic.” — A customer"),
        "June's quote is evidence, not credited by name: {section}"
    );
    assert!(!text.contains("June R."), "June asked not to be named");
}

/// "What we decided": every opportunity of every board in one table, most-voted first, with
/// its board, owner, metric and target, status, votes and evidence count; sixty-five of them
/// go on over pages, the table's heading repeated, and not one row is dropped.
#[test]
fn what_we_decided_lists_every_opportunity_ranked_over_as_many_pages_as_needed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut room = segmented(folder.path());
    let other = room
        .store
        .create_board_from_template(room.workshop, "support-call", NOW)
        .expect("a second board");
    let mut ids = Vec::new();
    for (n, board) in [(40, room.board), (25, other)] {
        let b = room.store.board(board).expect("board");
        let lane = b
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Opportunities)
            .expect("an opportunities lane")
            .id;
        let steps: Vec<_> = b.steps().map(|s| s.id).collect();
        for i in 0..n {
            let number = ids.len();
            let card = CardDraft {
                owner: format!("Owner {number:02}"),
                metric: format!("Metric {number:02}"),
                target: format!("Target {number:02}"),
                status: [
                    OpportunityStatus::Idea,
                    OpportunityStatus::Planned,
                    OpportunityStatus::InProgress,
                    OpportunityStatus::Done,
                ][number % 4],
                ..support::card(
                    format!("decision{number:02} to follow up after the room"),
                    CardKind::Opportunity,
                    CardSource::Team,
                )
            };
            let step = steps[i % steps.len()];
            let id = room
                .store
                .add_card((step, lane), &card, 99, NOW)
                .expect("card")
                .id;
            ids.push((board, id));
        }
    }
    // Dots: decision 64 the most, then 10, then 33; the rest none.
    for (number, dots) in [(64, 3), (10, 2), (33, 1)] {
        let (board, card) = ids[number];
        for who in &room.customers[..dots] {
            room.store
                .cast_vote(board, card, *who, 5, NOW)
                .expect("a dot");
        }
    }
    let content = room.content();
    for (paper, name) in [
        (PageSize::A4, "decided-a4.pdf"),
        (PageSize::Letter, "decided-letter.pdf"),
    ] {
        let path = pdf_file(&content, paper, name);
        let text = text_of(&path);
        let pages = pages_with(
            &text,
            "# OPPORTUNITY BOARD OWNER METRIC → TARGET STATUS VOTES EVIDENCE",
        );
        assert!(pages.len() >= 2, "{name}: 65 rows need more than a page");
        assert!(
            pages[0].starts_with("What we decided Every opportunity"),
            "{name}"
        );
        for page in &pages[1..] {
            assert!(
                page.starts_with("What we decided — continued"),
                "{name}: {page}"
            );
        }
        let table = pages.join(" ");
        let order: Vec<usize> = table
            .match_indices("decision")
            .map(|(at, _)| table[at + 8..at + 10].parse().expect("a number"))
            .collect();
        assert_eq!(order[..3], [64, 10, 33], "{name}: the most-voted first");
        let mut every = order.clone();
        every.sort_unstable();
        assert_eq!(
            every,
            (0..65).collect::<Vec<_>>(),
            "{name}: every row, once"
        );
        let mut at = 0;
        for rank in 1..=65 {
            let row = format!(" {rank} decision");
            at += table[at..]
                .find(&row)
                .unwrap_or_else(|| panic!("{name}: row {rank} after row {}", rank - 1));
        }
        assert!(
            table.contains(
                "1 decision64 to follow up after the room Calling customer support \
                 Owner 64 Metric 64 → Target 64 Idea 3 none linked"
            ),
            "{name}: the first row whole: {}",
            &table[..table.len().min(600)]
        );
        no_overlaps(&path);
    }
}
