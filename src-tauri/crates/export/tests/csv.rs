//! The CSVs of the sample workshop, read back as a spreadsheet would: a board's cards with
//! what only opportunities have, and what the workshop decided.

use feltboard_core::boards::CardKind;
use feltboard_core::{Store, Timestamp};
use feltboard_export::WorkshopContent;
use feltboard_export::csv::{board_csv, decisions_csv};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

fn sample() -> WorkshopContent {
    let mut store = Store::open_in_memory().expect("store");
    let id = store.add_sample_workshop(NOW).expect("sample");
    WorkshopContent::read(&store, id).expect("reads")
}

/// The fields of each line, split as RFC 4180 says (quotes around a field with a comma).
fn rows(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("a byte order mark");
    body.split("\r\n")
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut fields = vec![String::new()];
            let mut quoted = false;
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '"' if quoted && chars.peek() == Some(&'"') => {
                        chars.next();
                        fields.last_mut().expect("a field").push('"');
                    }
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields.push(String::new()),
                    c => fields.last_mut().expect("a field").push(c),
                }
            }
            fields
        })
        .collect()
}

#[test]
fn a_boards_cards_carry_an_opportunitys_target_status_and_evidence() {
    let content = sample();
    let board = &content.boards[0];
    let table = rows(&board_csv(&content, board));
    assert_eq!(
        table[0],
        [
            "stage", "step", "lane", "kind", "text", "source", "author", "owner", "metric",
            "target", "status", "votes", "evidence"
        ]
    );
    assert_eq!(table.len() - 1, board.cards.len(), "a row a card");
    let parcel = table
        .iter()
        .find(|r| r[4].starts_with("Send ‘we have your parcel’"))
        .expect("the parcel message");
    let support = board
        .support
        .iter()
        .find(|s| {
            board
                .cards
                .iter()
                .any(|c| c.id == s.opportunity_id && c.draft.text == parcel[4])
        })
        .expect("its evidence");
    assert_eq!(
        parcel[7..],
        [
            "Priya — customer service",
            "‘Where is my refund’ calls",
            "−50% by June 2027",
            "In progress",
            "2",
            support.summary.as_str(),
        ],
        "owner, metric, target, status, votes, and the core's sentence"
    );
    for row in table[1..].iter().filter(|r| r[3] != "opportunity") {
        assert_eq!(
            (row[10].as_str(), row[12].as_str()),
            ("", ""),
            "{}: only an opportunity has a status and evidence",
            row[4]
        );
    }
}

#[test]
fn what_was_decided_is_every_opportunity_ranked_by_votes_with_its_evidence() {
    let content = sample();
    let table = rows(&decisions_csv(&content));
    assert_eq!(
        table[0],
        [
            "rank",
            "opportunity",
            "board",
            "step",
            "owner",
            "metric",
            "target",
            "status",
            "votes",
            "evidence count",
            "evidence"
        ]
    );
    let opportunities = content
        .boards
        .iter()
        .flat_map(|b| &b.cards)
        .filter(|c| c.draft.kind == CardKind::Opportunity)
        .count();
    assert_eq!(table.len() - 1, opportunities, "a row an opportunity");
    let votes: Vec<u32> = table[1..]
        .iter()
        .map(|r| r[8].parse().expect("a count"))
        .collect();
    assert!(
        votes.windows(2).all(|w| w[0] >= w[1]),
        "most-voted first: {votes:?}"
    );
    for (i, row) in table[1..].iter().enumerate() {
        assert_eq!(row[0], (i + 1).to_string(), "ranked");
    }
    // The sample's most-voted opportunity leads, with its dots and its evidence.
    let first = &table[1];
    assert_eq!(
        (
            first[1].as_str(),
            first[3].as_str(),
            first[8].as_str(),
            first[9].as_str()
        ),
        (
            "QR code drop-off: no label, no printer",
            "Gets a label",
            "4",
            "3"
        )
    );
    assert!(
        first[10].contains(" of 4 customers rated ‘Gets a label’ −1 or lower"),
        "{}",
        first[10]
    );
    assert!(
        table
            .iter()
            .all(|row| !row.iter().any(|f| f.contains("June R."))),
        "June asked not to be named"
    );
}
