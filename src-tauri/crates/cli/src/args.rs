//! The command line, parsed by hand: it is small, and a parser crate would double the
//! binary's build time.

use std::path::PathBuf;

use feltboard_export::PageSize;

pub const USAGE: &str = "usage:
  feltboard-cli list
  feltboard-cli export WORKSHOP --format pdf|png|csv|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
  feltboard-cli import FILE [--replace]
options anywhere: --data-dir FOLDER (else FELTBOARD_DATA_DIR, else the system's folder)
WORKSHOP and BOARD are an id or an exact title.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    /// A picture of one board.
    Png,
    /// One board's cards.
    Csv,
    /// The portable workshop file, everything in it.
    Json,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Export {
    pub workshop: String,
    pub format: Format,
    pub out: PathBuf,
    pub page_size: PageSize,
    pub board: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    List,
    Export(Export),
    /// A workshop file to add; with `replace`, the workshop it came from gives way.
    Import {
        file: PathBuf,
        replace: bool,
    },
}

pub fn parse(argv: &[String]) -> Result<Command, String> {
    let mut words = Vec::new();
    let mut options: Vec<(&str, &str)> = Vec::new();
    let mut iter = argv.iter();
    while let Some(arg) = iter.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        if arg == "--replace" {
            options.push(("replace", ""));
        } else if let Some(name) = arg.strip_prefix("--") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n, v),
                None => (
                    name,
                    iter.next()
                        .map(String::as_str)
                        .ok_or(format!("--{name} needs a value"))?,
                ),
            };
            options.push((name, value));
        } else {
            words.push(arg.as_str());
        }
    }
    let option = |name: &str| {
        options
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    };
    if let Some((unknown, _)) = options
        .iter()
        .find(|(n, _)| !["data-dir", "format", "out", "page-size", "board", "replace"].contains(n))
    {
        return Err(format!("unknown option --{unknown}"));
    }
    match words.as_slice() {
        [] => Err("say what to do: list or export".to_owned()),
        ["list"] => Ok(Command::List),
        ["export", workshop] => {
            let format = match option("format") {
                Some("pdf") => Format::Pdf,
                Some("csv") => Format::Csv,
                Some("png") => Format::Png,
                Some("json") => Format::Json,
                Some(other) => {
                    return Err(format!(
                        "--format {other} is not one of pdf, png, csv, json"
                    ));
                }
                None => return Err("export needs --format pdf, png, csv or json".to_owned()),
            };
            let out = PathBuf::from(option("out").ok_or("export needs --out FILE")?);
            let page_size = match option("page-size") {
                Some(text) => PageSize::parse(text)
                    .ok_or(format!("--page-size {text} is not one of a4, a3, letter"))?,
                None => PageSize::default(),
            };
            Ok(Command::Export(Export {
                workshop: (*workshop).to_owned(),
                format,
                out,
                page_size,
                board: option("board").map(str::to_owned),
            }))
        }
        ["export"] => Err("export needs a workshop: its id or exact title".to_owned()),
        ["import", file] => Ok(Command::Import {
            file: PathBuf::from(file),
            replace: option("replace").is_some(),
        }),
        ["import"] => Err("import needs a workshop file".to_owned()),
        [other, ..] => Err(format!("“{other}” is not a command")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn reads_an_export_with_its_options_in_any_order() {
        let parsed = parse(&args(
            "--data-dir /tmp/f export Returns --out r.pdf --format=pdf --page-size A3",
        ));
        assert_eq!(
            parsed,
            Ok(Command::Export(Export {
                workshop: "Returns".into(),
                format: Format::Pdf,
                out: "r.pdf".into(),
                page_size: PageSize::A3,
                board: None
            }))
        );
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        assert_eq!(
            parse(&args("export Returns --format gif --out x")),
            Err("--format gif is not one of pdf, png, csv, json".into())
        );
        assert_eq!(
            parse(&args("export Returns --format pdf")),
            Err("export needs --out FILE".into())
        );
        assert_eq!(
            parse(&args("list --colour red")),
            Err("unknown option --colour".into())
        );
        assert_eq!(
            parse(&args("delete")),
            Err("“delete” is not a command".into())
        );
        assert_eq!(
            parse(&args("export Returns --out")),
            Err("--out needs a value".into())
        );
    }
}
