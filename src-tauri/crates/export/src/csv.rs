//! A board's cards as CSV, one row per card in board order, for spreadsheets: safe to open
//! in one whatever the room typed.

use feltboard_core::boards::Board;

use crate::WorkshopContent;

const HEADER: [&str; 10] = [
    "stage", "step", "lane", "kind", "text", "source", "author", "owner", "metric", "votes",
];

/// Spreadsheets read a cell that starts with one of these as a formula to run: a note from a
/// phone such as `=HYPERLINK(…)` must stay text.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Excel reads a file that starts with this as UTF-8, so Arabic, Thai or emoji stay readable.
const BYTE_ORDER_MARK: &str = "\u{feff}";

/// A field as a spreadsheet will take it: a would-be formula gets a leading apostrophe (the
/// spreadsheets' own mark for "this is text"), and a field with a separator, a quote or a
/// line break is quoted (RFC 4180).
fn field(text: &str) -> String {
    let text = if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub fn board_csv(content: &WorkshopContent, board: &Board) -> String {
    let mut out = format!("{BYTE_ORDER_MARK}{}\r\n", HEADER.join(","));
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
                    let row = [
                        stage.title.as_str(),
                        step.title.as_str(),
                        lane.title.as_str(),
                        card.draft.kind.as_str(),
                        card.draft.text.as_str(),
                        card.draft.source.as_str(),
                        card.credit.as_str(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_spreadsheet_would_run_stays_text() {
        assert_eq!(
            field("=HYPERLINK(\"http://x\",\"win\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"win\"\")\""
        );
        assert_eq!(field("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("-2+3"), "'-2+3");
        assert_eq!(field("\t=1"), "'\t=1");
        assert_eq!(
            field("Waited 2 = too long"),
            "Waited 2 = too long",
            "only a leading sign acts"
        );
        assert_eq!(field("a, b"), "\"a, b\"");
    }
}
