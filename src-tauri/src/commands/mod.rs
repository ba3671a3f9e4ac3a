//! The commands the UI can call. Each takes the state, calls one function of the core and
//! returns its result; nothing else happens here.

mod boards;
mod decisions;
mod export;
pub(crate) mod language;
mod participants;
mod personas;
mod room;
mod store;
mod window;
mod workshops;

use tauri_specta::collect_commands;

/// Every command, with the types they carry, for the invoke handler and the bindings.
pub fn builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        // Our types read and write the same shape, so one TypeScript type each is enough.
        .disable_serde_phases()
        .constant("PALETTE", feltboard_core::participants::PALETTE)
        .constant("PALETTE_NAMES", feltboard_core::participants::PALETTE_NAMES)
        .constant("EMOTION_SCALE", feltboard_core::boards::SCALE)
        .constant("CARD_KIND_NAMES", feltboard_core::boards::CARD_KIND_NAMES)
        .constant(
            "WORKSHOP_FILE_EXTENSIONS",
            feltboard_core::portable::FILE_EXTENSIONS,
        )
        .constant("STEP_FATE_NAMES", feltboard_core::boards::STEP_FATE_NAMES)
        .constant("SEGMENT_LOOKS", feltboard_core::boards::SEGMENT_LOOKS)
        .constant(
            "MAX_BOARD_PERSONAS",
            u32::try_from(feltboard_core::boards::MAX_BOARD_PERSONAS).unwrap_or(u32::MAX),
        )
        .constant(
            "OPPORTUNITY_STATUS_NAMES",
            feltboard_core::boards::OPPORTUNITY_STATUS_NAMES,
        )
        .constant(
            "QUOTE_MARKS",
            feltboard_core::text::QUOTE_MARKS.map(String::from),
        )
        .constant(
            "NEW_PERSONA",
            feltboard_core::personas::PersonaDraft::new_persona(),
        )
        .constant(
            "DOT_BUDGET",
            [
                *feltboard_room::DOT_BUDGET.start(),
                *feltboard_room::DOT_BUDGET.end(),
            ],
        )
        .constant("SHORTCUTS", crate::menu::shortcuts())
        .constant("LANGUAGES", feltboard_core::language::choices())
        .events(tauri_specta::collect_events![
            room::RoomActivity,
            crate::trouble::Trouble,
            crate::one_window::FileHandedOver,
            crate::menu::MenuChosen
        ])
        .commands(collect_commands![
            store::store_status,
            language::window_language,
            language::choose_window_language,
            window::offer_menu,
            window::fill_the_screen,
            workshops::list_workshops,
            workshops::get_workshop,
            workshops::workshop_opened,
            workshops::create_workshop,
            workshops::update_workshop,
            workshops::delete_workshop,
            workshops::restore_workshop,
            workshops::add_sample_workshop,
            participants::list_participants,
            participants::add_participant,
            participants::update_participant,
            participants::delete_participant,
            participants::restore_participant,
            personas::list_personas,
            personas::get_persona,
            personas::add_persona,
            personas::update_persona,
            personas::delete_persona,
            personas::restore_persona,
            personas::duplicate_persona,
            personas::move_persona,
            personas::copy_persona_to,
            personas::persona_portrait,
            personas::set_persona_portrait,
            boards::list_boards,
            boards::get_board,
            boards::board_templates,
            boards::create_board,
            boards::create_board_from_template,
            boards::update_board,
            boards::duplicate_board,
            boards::delete_board,
            boards::restore_board,
            boards::add_stage,
            boards::rename_stage,
            boards::move_stage,
            boards::delete_stage,
            boards::restore_stage,
            boards::add_step,
            boards::rename_step,
            boards::move_step,
            boards::set_moment_of_truth,
            boards::delete_step,
            boards::restore_step,
            boards::add_lane,
            boards::rename_lane,
            boards::move_lane,
            boards::set_lane_hidden,
            boards::delete_lane,
            boards::restore_lane,
            boards::add_card,
            boards::add_spoken_card,
            boards::update_card,
            boards::move_cards,
            boards::delete_cards,
            boards::restore_cards,
            boards::set_curve_point,
            boards::rate_step,
            decisions::start_to_be,
            decisions::compare_with_as_is,
            decisions::link_evidence,
            decisions::unlink_evidence,
            export::export_preview,
            export::export_pdf,
            export::export_board,
            export::export_workshop_file,
            export::export_decisions,
            export::import_workshop,
            export::import_workshop_text,
            export::opened_with,
            room::open_room,
            room::move_room,
            room::room_status,
            room::close_room,
            room::set_voting,
            room::remove_device,
            room::pending_notes,
            room::approve_note,
            room::approve_notes,
            room::reject_note,
            room::requeue_note,
            room::card_votes,
        ])
}
