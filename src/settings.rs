//! The command line resolved once into what the program runs on. The only place that reads
//! the environment and the clock.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::message::{Failure, OrFail as _, msg};
use chrono::NaiveDate;

use crate::cli::{ColorArg, FormatArg, GlobalArgs};
use crate::message::Lang;
use crate::render::Format;
use crate::repo::{self, RepoError, discover};

/// Everything a command needs besides its own arguments.
#[allow(clippy::struct_excessive_bools)] // independent switches, each from its own flag
#[derive(Clone, Debug)]
pub struct Settings {
    /// `-C DIR`, or the current folder to discover from.
    pub start: PathBuf,
    pub explicit_repo: bool,
    /// The as-of date: `--today`, `CEMR_TODAY`, or the local date.
    pub today: NaiveDate,
    /// The real local date (for `date-in-future`).
    pub now: NaiveDate,
    /// `--format`, else inferred from `-o`'s extension.
    pub format: Option<Format>,
    /// An `-o` file whose extension names no format: an error only for a command that can
    /// write more than one format (`completions -o cemr.bash` is fine).
    unknown_extension: Option<PathBuf>,
    pub output: Option<PathBuf>,
    pub force: bool,
    /// Colour on stdout (the output).
    pub color: bool,
    /// Colour on stderr (messages, and plan errors shown by listing commands).
    pub color_stderr: bool,
    pub quiet: bool,
    /// `--lang`, else `LANG` (cemr.toml's language is applied once the repository is read).
    pub lang_flag: Option<Lang>,
    pub lang_env: Option<Lang>,
    /// `GITHUB_STEP_SUMMARY`, where `--format github` appends the full list.
    pub step_summary: Option<PathBuf>,
    /// Terminal width for tables, when stdout is a terminal.
    pub width: Option<u16>,
    /// `--csv-sep`.
    pub csv_separator: char,
    /// Whether the output goes to a terminal (stdout is one and no `-o` is given).
    pub output_is_terminal: bool,
}

impl Settings {
    /// Resolves the global flags with the environment.
    ///
    /// # Errors
    /// When `CEMR_TODAY` is not a date, the current folder is unknown, or `-o` has an
    /// extension that names no format and no `--format` is given.
    pub fn resolve(args: &GlobalArgs) -> anyhow::Result<Self> {
        let now = chrono::Local::now().date_naive();
        let today = match (args.today, std::env::var("CEMR_TODAY")) {
            (Some(d), _) => d,
            (None, Ok(s)) if !s.trim().is_empty() => {
                crate::cli::parse_date(&s).map_err(|_| Failure::new(msg::settings_cemr_today(s.as_str())))?
            }
            (None, Err(std::env::VarError::NotUnicode(_))) => {
                return Err(Failure::new(msg::settings_cemr_today_not_text()).into());
            }
            _ => now,
        };
        let start = match &args.repo {
            Some(dir) => dir.clone(),
            None => std::env::current_dir().or_fail(msg::settings_no_current_folder)?,
        };
        let format = match (args.format, &args.output) {
            (Some(f), _) => Some(Format::from(f)),
            (None, Some(path)) => format_of_extension(path),
            (None, None) => None,
        };
        if matches!(args.csv_separator, '"' | '\n' | '\r') || args.csv_separator.is_alphanumeric() {
            return Err(Failure::new(msg::settings_csv_separator(format!("{:?}", args.csv_separator))).into());
        }
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let color_for = |is_terminal: bool| match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        let color_stderr = color_for(std::io::stderr().is_terminal());
        // Output written to a file (-o) is never coloured.
        let color = color_for(stdout_is_terminal && args.output.is_none());
        let lang_env = lang_of_environment();
        let width = if stdout_is_terminal && args.output.is_none() {
            // `COLUMNS=0` (or nonsense) is no width: the terminal is asked instead.
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
                .filter(|&c: &u16| c > 0)
                .or_else(|| comfy_table::Table::new().width().filter(|&c| c > 0))
        } else {
            None
        };
        Ok(Self {
            explicit_repo: args.repo.is_some(),
            unknown_extension: match (args.format, &args.output) {
                (None, Some(path)) if format_of_extension(path).is_none() => Some(path.clone()),
                _ => None,
            },
            color_stderr,
            start,
            today,
            now,
            format,
            output: args.output.clone(),
            force: args.force,
            color,
            quiet: args.quiet,
            lang_flag: args.lang.as_deref().and_then(Lang::from_id),
            lang_env,
            step_summary: std::env::var_os("GITHUB_STEP_SUMMARY").filter(|v| !v.is_empty()).map(PathBuf::from),
            width,
            csv_separator: args.csv_separator,
            output_is_terminal: stdout_is_terminal && args.output.is_none(),
        })
    }

    /// Colour, width and CSV separator for the tabular formats.
    #[must_use]
    pub fn table_style(&self) -> crate::render::tabular::Style {
        crate::render::tabular::Style { color: self.color, width: self.width, csv_separator: self.csv_separator }
    }

    /// The repository root: `-C DIR` as given (it must exist), else discovered upwards.
    ///
    /// # Errors
    /// When no repository is found.
    pub fn repo_root(&self) -> Result<PathBuf, RepoError> {
        if self.explicit_repo {
            if !self.start.is_dir() {
                return Err(repo::not_found(&self.start));
            }
            if !discover::is_repository(&self.start) {
                return Err(repo::not_a_repository(&self.start));
            }
            return Ok(self.start.clone());
        }
        discover::find_root(&self.start).ok_or_else(|| repo::not_found(&self.start))
    }

    /// The format to use: the resolved one if the command supports it, else its default.
    ///
    /// # Errors
    /// When the chosen format is not one the command can write.
    pub fn format_for(&self, command: &str, supported: &[Format]) -> anyhow::Result<Format> {
        let Some(&default) = supported.first() else {
            return Err(Failure::new(msg::settings_no_output(command)).into());
        };
        if let (Some(path), true) = (&self.unknown_extension, supported.len() > 1) {
            return Err(Failure::new(msg::settings_unknown_extension(path.display().to_string())).into());
        }
        match self.format {
            None => Ok(default),
            Some(f) if supported.contains(&f) => Ok(f),
            // `table` and `human` name the same thing: the default human format.
            Some(Format::Table | Format::Human)
                if matches!(default, Format::Table | Format::Human | Format::Markdown) =>
            {
                Ok(default)
            }
            Some(f) => {
                let supported = supported.iter().map(|f| f.name()).collect::<Vec<_>>().join(", ");
                Err(Failure::new(msg::settings_unsupported_format(command, f.name(), supported)).into())
            }
        }
    }

    /// Refuses to write a binary format (a workbook) to a terminal, where it would be bytes no
    /// one can read: exit 2, with the hint to write it to a file with `-o`.
    ///
    /// # Errors
    /// When `format` is binary and the output is a terminal.
    pub fn refuse_binary_on_terminal(&self, format: Format) -> Result<(), Failure> {
        if format == Format::Xlsx && self.output_is_terminal {
            return Err(Failure::new(msg::xlsx_on_terminal()));
        }
        Ok(())
    }

    /// The language of an error that came before the settings could be resolved: `--lang`, else
    /// the locale settings.
    #[must_use]
    pub fn lang_without_repository(args: &GlobalArgs) -> Lang {
        args.lang.as_deref().and_then(Lang::from_id).or_else(lang_of_environment).unwrap_or_default()
    }

    /// The language of human output, given the repository's setting.
    #[must_use]
    pub fn lang(&self, repo_language: Option<Lang>) -> Lang {
        self.lang_flag.or(repo_language).or(self.lang_env).unwrap_or_default()
    }
}

/// The language of the first locale variable that is set (`LC_ALL`, `LC_MESSAGES`, `LANG`), if
/// the catalogue has it.
fn lang_of_environment() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .and_then(|v| Lang::from_locale(&v))
}

fn format_of_extension(path: &Path) -> Option<Format> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    Some(match ext.as_str() {
        "json" => Format::Json,
        "csv" => Format::Csv,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" => Format::Html,
        "txt" | "text" => Format::Table,
        "ics" => Format::Ics,
        "xlsx" => Format::Xlsx,
        _ => return None,
    })
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Table => Self::Table,
            FormatArg::Human => Self::Human,
            FormatArg::Json => Self::Json,
            FormatArg::Csv => Self::Csv,
            FormatArg::Markdown => Self::Markdown,
            FormatArg::Github => Self::Github,
            FormatArg::Html => Self::Html,
            FormatArg::Ics => Self::Ics,
            FormatArg::Xlsx => Self::Xlsx,
        }
    }
}
