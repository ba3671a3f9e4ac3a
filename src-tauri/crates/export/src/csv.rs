//! A board's cards as CSV, one row per card in board order, for spreadsheets.

use feltboard_core::boards::Board;

use crate::WorkshopContent;

const HEADER: [&str; 10] = [
    "stage", "step", "lane", "kind", "text", "source", "author", "owner", "metric", "votes",
];

/// Quotes a field when it holds a separator, a quote or a line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn board_csv(content: &WorkshopContent, board: &Board) -> String {
    let mut out = HEADER.join(",") + "\r\n";
    for stage in &board.stages {
        for step in &stage.steps {
            for lane in &board.lanes {
                for card in board
                    .cards
                    .iter()
                    .filter(|c| c.step_id == step.id && c.lane_id == lane.id)
                {
                    let votes = content
                        .votes
                        .get(&card.id)
                        .copied()
                        .unwrap_or(0)
                        .to_string();
                    let author = content.credit(card.draft.author_id).unwrap_or_default();
                    let row = [
                        stage.title.as_str(),
                        step.title.as_str(),
                        lane.title.as_str(),
                        card.draft.kind.as_str(),
                        card.draft.text.as_str(),
                        card.draft.source.as_str(),
                        author.as_str(),
                        card.draft.owner.as_str(),
                        card.draft.metric.as_str(),
                        votes.as_str(),
                    ];
                    out += &row.map(field).join(",");
                    out += "\r\n";
                }
            }
        }
    }
    out
}
