//! A workshop file handed to Feltboard as it starts: double-clicked in the file manager (the
//! bundles register `.feltboard`), or named on the command line.

use std::path::Path;

use feltboard_core::portable::FILE_EXTENSIONS;

/// Flags that take a value: the value is not a file to open.
const FLAGS_WITH_VALUES: [&str; 3] = [
    feltboard_core::data_folder::FLAG,
    feltboard_room::network::ADDRESS_FLAG,
    crate::trouble::LOG_DIR_FLAG,
];

/// The first argument (past the program's name) that names a workshop file.
pub fn workshop_file(args: &[String]) -> Option<String> {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if FLAGS_WITH_VALUES.contains(&arg.as_str()) {
            args.next();
            continue;
        }
        let extension = Path::new(arg).extension().and_then(|e| e.to_str());
        if !arg.starts_with("--")
            && extension.is_some_and(|e| FILE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
        {
            return Some(arg.clone());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::workshop_file;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_file_is_found_among_flags_and_their_values() {
        assert_eq!(
            workshop_file(&args(&[
                "--data-dir",
                "/a/b.feltboard",
                "/home/amira/Returns.FELTBOARD"
            ])),
            Some("/home/amira/Returns.FELTBOARD".to_owned()),
            "a flag's value is not the file"
        );
        assert_eq!(
            workshop_file(&args(&["old-export.json"])),
            Some("old-export.json".to_owned())
        );
        assert_eq!(
            workshop_file(&args(&["--room-address", "127.0.0.1", "notes.txt"])),
            None
        );
        assert_eq!(workshop_file(&args(&[])), None);
    }
}
