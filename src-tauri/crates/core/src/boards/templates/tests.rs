//! The sample's names resolved, or refused when they point nowhere.

use super::*;
use crate::workshops::WorkshopDraft;

/// A workshop with Ana, and the as-is board "Before" of one step "Pay" written from a
/// template; then `template` written after it. What writing it says.
fn write_after_before(template: &str) -> Result<Written> {
    let mut store = Store::open_in_memory().expect("store");
    let workshop = store
        .create_workshop(
            &WorkshopDraft {
                title: "Returns".into(),
                ..WorkshopDraft::default()
            },
            Timestamp(1),
        )
        .expect("workshop")
        .id;
    let ana = store
        .add_participant(
            workshop,
            &crate::participants::ParticipantDraft {
                name: "Ana".into(),
                kind: ParticipantKind::Customer,
                quote_by_name: true,
                colour: String::new(),
                persona_id: None,
            },
            Timestamp(1),
        )
        .expect("Ana");
    let mut names = Names::default();
    names
        .people
        .insert("Ana".into(), (ana.id, ParticipantKind::Customer));
    let before = parse(
        "before",
        r#"{ "title": "Before", "lanes": [{ "kind": "opportunities", "title": "Do" }],
             "stages": [{ "title": "Buy", "steps": [{ "title": "Pay" }] }] }"#,
    )?;
    let template = parse("after", template)?;
    store.write(|tx| {
        let written = write_board(
            tx,
            workshop,
            &OrderKey::first(),
            &before,
            &names,
            Timestamp(2),
        )?;
        names.boards.insert(before.title.clone(), written);
        write_board(
            tx,
            workshop,
            &OrderKey::first().after(),
            &template,
            &names,
            Timestamp(2),
        )
    })
}

fn refusal(template: &str) -> String {
    write_after_before(template)
        .expect_err("the template is refused")
        .to_string()
}

#[test]
fn a_to_be_board_names_its_as_is_board_and_steps() {
    let written = write_after_before(
        r#"{ "title": "After", "toBeOf": "Before",
             "lanes": [{ "kind": "opportunities", "title": "Do" }],
             "stages": [{ "title": "Buy", "steps": [
               { "title": "Pay by phone", "was": "Pay",
                 "cards": [{ "lane": "opportunities", "text": "Tap to pay", "kind": "opportunity",
                             "author": "Ana", "evidence": ["step:Pay by phone"] }] }
             ] }] }"#,
    )
    .expect("written");
    assert!(written.steps.contains_key("Pay by phone"));
}

#[test]
fn a_name_that_points_nowhere_is_refused_not_left_out() {
    let step = |step: &str, card: &str| {
        format!(
            r#"{{ "title": "After", "toBeOf": "Before",
                 "lanes": [{{ "kind": "opportunities", "title": "Do" }}],
                 "stages": [{{ "title": "Buy", "steps": [{{ "title": "Pay" {step},
                   "cards": [{{ "lane": "opportunities", "text": "Tap to pay", {card} }}] }}] }}] }}"#
        )
    };
    let cases = [
        (
            step(
                "",
                r#""kind": "opportunity", "evidence": ["A card nobody wrote"]"#,
            ),
            "names evidence that is not on its board: \"A card nobody wrote\"",
        ),
        (
            step("", r#""kind": "opportunity", "evidence": ["step:Wrap"]"#),
            "not on its board: \"step:Wrap\"",
        ),
        (
            step("", r#""kind": "opportunity", "evidence": ["Tap to pay"]"#),
            "not on its board: \"Tap to pay\"",
        ),
        (
            step("", r#""kind": "note", "evidence": ["step:Pay"]"#),
            "only an opportunity has evidence",
        ),
        (
            step("", r#""kind": "idea", "author": "Zed""#),
            "an unknown participant, \"Zed\"",
        ),
        (
            step(r#", "was": "Wrap""#, r#""kind": "idea""#),
            "an unknown as-is step, \"Wrap\"",
        ),
        (
            step("", r#""kind": "note", "author": "Ana", "dots": ["Ana"]"#),
            "dots go on pain points, ideas and opportunities only",
        ),
        (
            step("", r#""kind": "idea", "dots": ["Zed"]"#),
            "an unknown participant, \"Zed\"",
        ),
    ];
    for (template, expected) in cases {
        let said = refusal(&template);
        assert!(said.contains(expected), "{expected:?} in {said:?}");
    }
    let said = refusal(
        r#"{ "title": "After", "toBeOf": "Elsewhere", "lanes": [],
             "stages": [] }"#,
    );
    assert!(
        said.contains("unknown as-is board, \"Elsewhere\""),
        "{said}"
    );
    let said = refusal(
        r#"{ "title": "After", "lanes": [],
             "stages": [{ "title": "Buy", "steps": [{ "title": "Pay", "was": "Pay" }] }] }"#,
    );
    assert!(said.contains("not a to-be journey"), "{said}");
}
