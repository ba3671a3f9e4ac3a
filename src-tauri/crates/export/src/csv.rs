//! A board's cards as CSV, one row per card in board order, and what the workshop decided,
//! one row per opportunity, for spreadsheets: safe to open in one whatever the room typed.

use feltboard_core::boards::{Board, CardKind};

use crate::WorkshopContent;
use crate::decisions::Ranked;

const HEADER: [&str; 13] = [
    "stage", "step", "lane", "kind", "text", "source", "author", "owner", "metric", "target",
    "status", "votes", "evidence",
];

const DECISIONS_HEADER: [&str; 11] = [
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
    "evidence",
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

/// The file's first line, then `rows` of fields, each line ended as RFC 4180 says.
fn table<const N: usize>(header: [&str; N], rows: impl Iterator<Item = [String; N]>) -> String {
    let mut out = format!("{BYTE_ORDER_MARK}{}\r\n", header.join(","));
    for row in rows {
        out += &row.map(|f| field(&f)).join(",");
        out += "\r\n";
    }
    out
}

/// What only an opportunity has: its status, and the core's sentence on its evidence.
fn follow_up(ranked: &Ranked<'_>) -> (String, String) {
    if ranked.card.draft.kind != CardKind::Opportunity {
        return (String::new(), String::new());
    }
    (
        ranked.card.draft.status.name().to_owned(),
        ranked
            .support()
            .map(|s| s.summary.clone())
            .unwrap_or_default(),
    )
}

/// Every card of `board` in board order: stage by stage, step by step, lane by lane.
pub fn board_csv(content: &WorkshopContent, board: &Board) -> String {
    let mut rows = Vec::new();
    for stage in &board.stages {
        for step in &stage.steps {
            for lane in &board.lanes {
                for card in board
                    .cards
                    .iter()
                    .filter(|c| c.step_id == step.id && c.lane_id == lane.id)
                {
                    let ranked = Ranked {
                        card,
                        board,
                        votes: content.votes.get(&card.id).copied().unwrap_or(0),
                    };
                    let (status, evidence) = follow_up(&ranked);
                    let d = &card.draft;
                    rows.push([
                        stage.title.clone(),
                        step.title.clone(),
                        lane.title.clone(),
                        d.kind.as_str().to_owned(),
                        d.text.clone(),
                        d.source.as_str().to_owned(),
                        content.words().credit(&card.credit),
                        d.owner.clone(),
                        d.metric.clone(),
                        d.target.clone(),
                        status,
                        ranked.votes.to_string(),
                        evidence,
                    ]);
                }
            }
        }
    }
    table(HEADER, rows.into_iter())
}

/// Every opportunity of every board, most dots first, as the PDF's "What we decided" table
/// lists them: who owns it, how it is measured, where it stands, and what supports it.
pub fn decisions_csv(content: &WorkshopContent) -> String {
    let rows = content
        .decisions()
        .into_iter()
        .enumerate()
        .map(|(i, ranked)| {
            let (status, evidence) = follow_up(&ranked);
            let d = &ranked.card.draft;
            [
                (i + 1).to_string(),
                d.text.clone(),
                ranked.board.board.draft.title.clone(),
                ranked.step_title().to_owned(),
                d.owner.clone(),
                d.metric.clone(),
                d.target.clone(),
                status,
                ranked.votes.to_string(),
                ranked.evidence_count().to_string(),
                evidence,
            ]
        });
    table(DECISIONS_HEADER, rows)
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
