//! The TypeScript bindings in `ui/src/lib/bindings.ts`, generated from the commands' Rust
//! types so the two sides can't drift. Regenerate with `make bindings`.

use std::path::Path;

use specta_typescript::Typescript;

/// Where the generated file lives, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/lib/bindings.ts";

/// Writes the bindings to `path`.
pub fn export(path: &Path) -> Result<(), String> {
    crate::commands::builder()
        .export(
            Typescript::default()
                .header("// Generated from the Rust commands by `make bindings`. Do not edit.\n"),
            path,
        )
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_bindings_match_the_rust_types() {
        let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            export(&committed_path).expect("bindings written");
        }
        let fresh = tempfile::NamedTempFile::new().expect("temp file");
        export(fresh.path()).expect("bindings generated");
        let fresh = std::fs::read_to_string(fresh.path()).expect("generated bindings");
        let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
        assert!(
            fresh == committed,
            "ui/src/lib/bindings.ts is stale: the Rust types changed. Run `make bindings` and commit it."
        );
    }
}
