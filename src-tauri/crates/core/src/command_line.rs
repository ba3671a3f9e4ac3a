//! Settings given when Feltboard starts: a command-line flag, else an environment variable.
//! The app and `feltboard-cli` read the data folder this way, the app the room's address too.

/// The value of `flag` in `args` (`--flag VALUE` or `--flag=VALUE`), else `env_value` when it
/// is not blank. The flag wins so that one run can differ from the environment it inherits.
pub fn setting(args: &[String], flag: &str, env_value: Option<String>) -> Option<String> {
    flag_or_env(flag_value(args, flag), env_value)
}

/// A flag's value when it was given, else the environment's when it is not blank: the rule
/// for every setting, whoever parsed the command line.
pub fn flag_or_env<T: AsRef<std::ffi::OsStr>>(flag: Option<T>, env_value: Option<T>) -> Option<T> {
    flag.or_else(|| env_value.filter(|value| !value.as_ref().to_string_lossy().trim().is_empty()))
}

fn flag_value(args: &[String], flag: &str) -> Option<String> {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == flag {
            return args.next().cloned();
        }
        if let Some(value) = arg
            .strip_prefix(flag)
            .and_then(|rest| rest.strip_prefix('='))
        {
            return Some(value.to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_flag_wins_over_the_environment_in_either_spelling() {
        let env = || Some("from-env".to_owned());
        assert_eq!(
            setting(&args(&["app", "--x", "a"]), "--x", env()).as_deref(),
            Some("a")
        );
        assert_eq!(
            setting(&args(&["app", "--x=b"]), "--x", env()).as_deref(),
            Some("b")
        );
        assert_eq!(
            setting(&args(&["app"]), "--x", env()).as_deref(),
            Some("from-env")
        );
    }

    #[test]
    fn a_blank_environment_or_a_longer_flag_of_the_same_stem_is_no_setting() {
        assert_eq!(setting(&args(&["app"]), "--x", Some("  ".to_owned())), None);
        assert_eq!(setting(&args(&["app", "--xy=1"]), "--x", None), None);
        assert_eq!(
            setting(&args(&["app", "--x"]), "--x", None),
            None,
            "a flag without its value is no setting"
        );
    }
}
