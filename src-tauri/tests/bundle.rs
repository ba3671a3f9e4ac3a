//! What the installers carry, checked from their configuration on every `make test` (building
//! them, `make dist`, takes a release build): `.feltboard` files open in Feltboard when
//! double-clicked, on Linux as on macOS and Windows, and every file the bundles name is there.

use std::path::{Path, PathBuf};

use feltboard_core::portable::FILE_EXTENSIONS;
use serde_json::Value;

fn shell() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Value {
    let text = std::fs::read_to_string(shell().join("tauri.conf.json")).expect("tauri.conf.json");
    serde_json::from_str(&text).expect("the configuration is JSON")
}

fn named(path: &str) -> PathBuf {
    let named = shell().join(path);
    assert!(named.is_file(), "{} is there", named.display());
    named
}

#[test]
fn the_bundles_register_the_workshop_file() {
    let config = config();
    let associations = config["bundle"]["fileAssociations"]
        .as_array()
        .expect("file associations");
    let ours = associations
        .iter()
        .find(|a| {
            a["ext"]
                .as_array()
                .is_some_and(|e| e.iter().any(|x| x == FILE_EXTENSIONS[0]))
        })
        .expect("the .feltboard association");
    assert_eq!(ours["mimeType"], "application/x-feltboard");
    assert_eq!(ours["role"], "Editor");

    for system in ["deb", "rpm"] {
        let linux = &config["bundle"]["linux"][system];
        // The file manager hands the double-clicked file to Feltboard (`%f`), for this type.
        let desktop = std::fs::read_to_string(named(
            linux["desktopTemplate"]
                .as_str()
                .expect("a desktop template"),
        ))
        .expect("the desktop entry");
        let exec = desktop
            .lines()
            .find(|l| l.starts_with("Exec="))
            .expect("an Exec line");
        assert!(exec.ends_with(" %f"), "{system}: {exec}");
        assert!(
            desktop.contains("MimeType=application/x-feltboard;"),
            "{system}"
        );
        // The type is known by its extension once installed.
        let files = linux["files"]
            .as_object()
            .expect("files the package installs");
        let mime = files
            .get("/usr/share/mime/packages/feltboard.xml")
            .and_then(Value::as_str)
            .expect("the MIME type's definition");
        let xml = std::fs::read_to_string(named(mime)).expect("the MIME definition");
        assert!(xml.contains(r#"<mime-type type="application/x-feltboard">"#));
        assert!(xml.contains(&format!(r#"<glob pattern="*.{}"/>"#, FILE_EXTENSIONS[0])));
    }
}

#[test]
fn every_icon_the_bundles_name_is_there() {
    let config = config();
    let icons = config["bundle"]["icon"].as_array().expect("icons");
    assert!(
        icons.len() >= 5,
        "Linux sizes, .icns for macOS, .ico for Windows"
    );
    for icon in icons {
        named(icon.as_str().expect("a path"));
    }
    assert!(
        icons
            .iter()
            .any(|i| Path::new(i.as_str().unwrap_or_default()).extension() == Some("icns".as_ref()))
            && icons
                .iter()
                .any(|i| Path::new(i.as_str().unwrap_or_default()).extension()
                    == Some("ico".as_ref()))
    );
}

/// On Linux the PDF's colour emoji come from the system's Noto Color Emoji, not from the app
/// (11 MB less to download): the packages must bring it, or emoji would print as squares.
#[test]
fn the_linux_packages_bring_the_emoji_font_the_pdf_draws_with() {
    let config = config();
    for (system, package) in [
        ("deb", "fonts-noto-color-emoji"),
        ("rpm", "google-noto-color-emoji-fonts"),
    ] {
        let depends = config["bundle"]["linux"][system]["depends"]
            .as_array()
            .expect("what the package depends on");
        assert!(depends.iter().any(|d| d == package), "{system}: {package}");
    }
}
