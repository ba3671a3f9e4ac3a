//! The native menu (File, Edit, View, Room, Help): every keyboard shortcut, where it can be
//! discovered. Its layout and keys are written here once; the window gets them as
//! `SHORTCUTS` for its own key handling and its "Keyboard shortcuts" list, and hears a
//! `MenuChosen` when an item is clicked. What an item does depends on the screen, so the
//! window does it, and tells the menu which items it can do now and what every menu and item
//! is called in its language (`offer_menu`); the English here is what shows until it does.

use serde::{Deserialize, Serialize};
use tauri::menu::{
    AboutMetadata, IsMenuItem, Menu, MenuItem, MenuItemKind, PredefinedMenuItem, Submenu,
};
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};
use tauri_specta::Event;

/// Something the facilitator can ask for from the menu or with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum MenuAction {
    New,
    Import,
    Export,
    Back,
    Quit,
    Undo,
    Redo,
    Find,
    Supports,
    Rate,
    ZoomIn,
    ZoomOut,
    Fit,
    FocusView,
    Room,
    RoomMode,
    Voting,
    Shortcuts,
}

/// One line of a menu.
enum Entry {
    Item(MenuAction, &'static str, &'static [&'static str]),
    /// Cut, copy, paste and select all: the system's own, for the text being typed.
    Clipboard,
    About,
    Separator,
}

use Entry::{Clipboard, Item, Separator};

/// The menus, in order. An item's keys are accelerators: the first is shown in the menu,
/// the others also work. Labels are what the item does when nothing more specific is known;
/// the window renames some to fit the screen ("New board…").
const MENUS: [(&str, &[Entry]); 5] = [
    (
        "&File",
        &[
            Item(MenuAction::New, "New…", &["CmdOrCtrl+N"]),
            Item(
                MenuAction::Import,
                "Import a workshop file…",
                &["CmdOrCtrl+O"],
            ),
            Item(MenuAction::Export, "Export…", &["CmdOrCtrl+P"]),
            Separator,
            Item(MenuAction::Back, "Back", &["Alt+Left"]),
            Separator,
            Item(MenuAction::Quit, "Quit Feltboard", &["CmdOrCtrl+Q"]),
        ],
    ),
    (
        "&Edit",
        &[
            Item(MenuAction::Undo, "Undo", &["CmdOrCtrl+Z"]),
            Item(
                MenuAction::Redo,
                "Redo",
                &["CmdOrCtrl+Shift+Z", "CmdOrCtrl+Y"],
            ),
            Separator,
            Clipboard,
            Item(MenuAction::Find, "Find…", &["CmdOrCtrl+F"]),
            Separator,
            Item(MenuAction::Rate, "How this step felt…", &["CmdOrCtrl+E"]),
            Item(
                MenuAction::Supports,
                "Supports an opportunity…",
                &["CmdOrCtrl+L"],
            ),
        ],
    ),
    (
        "&View",
        &[
            Item(MenuAction::ZoomIn, "Zoom in", &["CmdOrCtrl+="]),
            Item(MenuAction::ZoomOut, "Zoom out", &["CmdOrCtrl+-"]),
            Item(MenuAction::Fit, "Fit the board", &["CmdOrCtrl+0"]),
            Separator,
            Item(
                MenuAction::FocusView,
                "One stage at a time",
                &["CmdOrCtrl+Shift+F"],
            ),
        ],
    ),
    (
        "&Room",
        &[
            Item(MenuAction::Room, "Open the room", &[]),
            Item(MenuAction::RoomMode, "Room mode (projector)", &["F5"]),
            Separator,
            Item(MenuAction::Voting, "Open voting", &[]),
        ],
    ),
    (
        "&Help",
        &[
            Item(MenuAction::Shortcuts, "Keyboard shortcuts", &["F1"]),
            Separator,
            Entry::About,
        ],
    ),
];

/// A menu item with its keys, for the window.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Shortcut {
    pub action: MenuAction,
    pub label: &'static str,
    pub keys: &'static [&'static str],
}

/// A menu's items with their keys, for the window's "Keyboard shortcuts" list.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ShortcutMenu {
    pub title: &'static str,
    pub items: Vec<Shortcut>,
}

/// Every menu's items and their keys, in the menus' order.
pub fn shortcuts() -> Vec<ShortcutMenu> {
    MENUS
        .iter()
        .map(|(title, entries)| ShortcutMenu {
            title: title.trim_start_matches('&'),
            items: entries
                .iter()
                .filter_map(|entry| match entry {
                    Item(action, label, keys) => Some(Shortcut {
                        action: *action,
                        label,
                        keys,
                    }),
                    _ => None,
                })
                .collect(),
        })
        .collect()
}

/// What the window hears when an item of the menu was clicked.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
#[serde(rename_all = "camelCase")]
pub struct MenuChosen {
    pub action: MenuAction,
}

/// An item of the menu as the window has it now: its name in the window's language (the one
/// that fits the screen, if it has one), and whether the window can do it.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MenuOffer {
    pub action: MenuAction,
    pub label: Option<String>,
    pub enabled: bool,
}

/// What the system's own items (cut, copy, paste, select all, about) are called in the
/// window's language.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SystemNames {
    pub cut: String,
    pub copy: String,
    pub paste: String,
    pub select_all: String,
    pub about: String,
}

/// The system's own items, kept to be renamed in the window's language.
struct SystemItems<R: Runtime> {
    cut: PredefinedMenuItem<R>,
    copy: PredefinedMenuItem<R>,
    paste: PredefinedMenuItem<R>,
    select_all: PredefinedMenuItem<R>,
    about: PredefinedMenuItem<R>,
}

/// Gives `window` the menu, every item of it greyed until the window offers it.
pub fn attach<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    let app = window.app_handle();
    let system = SystemItems {
        cut: PredefinedMenuItem::cut(app, None)?,
        copy: PredefinedMenuItem::copy(app, None)?,
        paste: PredefinedMenuItem::paste(app, None)?,
        select_all: PredefinedMenuItem::select_all(app, None)?,
        about: PredefinedMenuItem::about(
            app,
            Some("About Feltboard"),
            Some(AboutMetadata {
                name: Some("Feltboard".into()),
                version: Some(env!("CARGO_PKG_VERSION").into()),
                comments: Some(env!("CARGO_PKG_DESCRIPTION").into()),
                license: Some(env!("CARGO_PKG_LICENSE").into()),
                ..Default::default()
            }),
        )?,
    };
    let submenus = MENUS
        .iter()
        .map(|(title, entries)| submenu(app, title, entries, &system))
        .collect::<tauri::Result<Vec<_>>>()?;
    app.manage(system);
    let items: Vec<&dyn IsMenuItem<R>> = submenus.iter().map(|s| s as _).collect();
    window.set_menu(Menu::with_items(app, &items)?)?;
    leave_keys_to_the_page(window);
    let emitter = app.clone();
    window.on_menu_event(move |_, event| {
        if let Some(action) = action_of(event.id().as_ref()) {
            let _ = MenuChosen { action }.emit(&emitter);
        }
    });
    Ok(())
}

fn submenu<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    entries: &[Entry],
    system: &SystemItems<R>,
) -> tauri::Result<Submenu<R>> {
    let menu = Submenu::with_id(app, submenu_id(title), title, true)?;
    for entry in entries {
        match entry {
            Item(action, label, keys) => menu.append(&MenuItem::with_id(
                app,
                id_of(*action),
                label,
                false,
                keys.first(),
            )?)?,
            Clipboard => {
                menu.append_items(&[&system.cut, &system.copy, &system.paste, &system.select_all])?
            }
            Entry::About => menu.append(&system.about)?,
            Separator => menu.append(&PredefinedMenuItem::separator(app)?)?,
        }
    }
    Ok(menu)
}

/// Names the menus `titles` (in the menus' order, `&` before the letter Alt opens one with)
/// and the items as the window does, enables those it can do now and greys the rest. What
/// the window does not name keeps its English name.
pub fn offer<R: Runtime>(
    window: &WebviewWindow<R>,
    offers: &[MenuOffer],
    titles: &[String],
    names: &SystemNames,
) -> tauri::Result<()> {
    let Some(menu) = window.menu() else {
        return Ok(());
    };
    if let Some(system) = window.try_state::<SystemItems<R>>() {
        system.cut.set_text(&names.cut)?;
        system.copy.set_text(&names.copy)?;
        system.paste.set_text(&names.paste)?;
        system.select_all.set_text(&names.select_all)?;
        system.about.set_text(&names.about)?;
    }
    for (index, (title, entries)) in MENUS.iter().enumerate() {
        let Some(MenuItemKind::Submenu(submenu)) = menu.get(submenu_id(title)) else {
            continue;
        };
        submenu.set_text(titles.get(index).map_or(*title, String::as_str))?;
        for entry in entries.iter() {
            let Item(action, label, _) = entry else {
                continue;
            };
            let Some(MenuItemKind::MenuItem(item)) = submenu.get(&id_of(*action)) else {
                continue;
            };
            let offered = offers.iter().find(|o| o.action == *action);
            item.set_enabled(offered.is_some_and(|o| o.enabled))?;
            item.set_text(offered.and_then(|o| o.label.as_deref()).unwrap_or(label))?;
        }
    }
    Ok(())
}

/// A menu's id: its title, but the one macOS knows as Help.
fn submenu_id(title: &str) -> &str {
    match title.trim_start_matches('&') {
        "Help" => tauri::menu::HELP_SUBMENU_ID,
        plain => plain,
    }
}

/// An item's id in the menu: the action's name, as the window spells it.
fn id_of(action: MenuAction) -> String {
    serde_json::to_value(action)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn action_of(id: &str) -> Option<MenuAction> {
    serde_json::from_value(serde_json::Value::String(id.to_owned())).ok()
}

/// On Linux the menu's accelerators would take their keys before the page sees them, so
/// Ctrl+Z would undo a board edit while the facilitator is typing in a field. The page
/// handles every shortcut itself (it knows what has the keyboard), so the menu only shows
/// the keys: its accelerator group is taken off the window, and the labels stay.
#[cfg(target_os = "linux")]
fn leave_keys_to_the_page<R: Runtime>(window: &WebviewWindow<R>) {
    use gtk::prelude::GtkWindowExt;
    let on_main = window.clone();
    // Queued after the menu's own attaching, which also runs on the main thread.
    let _ = window.run_on_main_thread(move || {
        let Ok(gtk_window) = on_main.gtk_window() else {
            return;
        };
        for group in gtk::accel_groups_from_object(&gtk_window) {
            gtk_window.remove_accel_group(&group);
        }
    });
}

/// On macOS and Windows the page sees a key before the menu does.
#[cfg(not(target_os = "linux"))]
fn leave_keys_to_the_page<R: Runtime>(_window: &WebviewWindow<R>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_in_the_menu_once_and_its_id_reads_back() {
        let listed: Vec<MenuAction> = shortcuts()
            .iter()
            .flat_map(|m| m.items.iter().map(|s| s.action))
            .collect();
        for action in &listed {
            assert_eq!(listed.iter().filter(|a| *a == action).count(), 1);
            assert_eq!(action_of(&id_of(*action)), Some(*action));
        }
        assert_eq!(listed.len(), 18, "every MenuAction has its item");
        let titles: Vec<&str> = shortcuts().iter().map(|m| m.title).collect();
        assert_eq!(titles, ["File", "Edit", "View", "Room", "Help"]);
    }

    #[test]
    fn no_key_is_taken_twice() {
        let keys: Vec<&str> = shortcuts()
            .iter()
            .flat_map(|m| m.items.iter().flat_map(|s| s.keys.iter().copied()))
            .collect();
        for key in &keys {
            assert_eq!(keys.iter().filter(|k| *k == key).count(), 1, "{key}");
        }
    }
}
