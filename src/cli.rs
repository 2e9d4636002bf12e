//! The command line, as clap derive types only: the doc comments are the `--help` text.
#![allow(clippy::doc_markdown, reason = "doc comments here are --help text, where backticks would be printed")]

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Follow up commitments under the European Charter for Equality of Women and Men in Local
/// Life (the CEMR declaration): validate plan files, compute deadlines, print progress, and
/// write quarterly summaries.
#[derive(Debug, Parser)]
#[command(name = "cemr", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The plan repository (default: the first folder up from here with cemr.toml or plans/)
    #[arg(short = 'C', long = "repo", global = true, value_name = "DIR")]
    pub repo: Option<PathBuf>,
    /// Compute everything as of this date (also CEMR_TODAY; default: the local date)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Output format (default: the -o file's extension, else the command's own default)
    #[arg(long, global = true, value_enum)]
    pub format: Option<FormatArg>,
    /// Write the output to FILE, whole or not at all
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite an existing -o file; let done, cancel and start change a finished activity
    #[arg(long, global = true)]
    pub force: bool,
    /// When to use colour (auto respects NO_COLOR and non-terminals)
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Print only the findings and the output, no progress or summary lines
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// The CSV field separator, e.g. ';' for spreadsheets set to Swedish
    #[arg(long = "csv-sep", global = true, value_name = "CHAR", default_value_t = ',')]
    pub csv_separator: char,
    /// Language of human output (default: cemr.toml's language, else LANG, else English)
    #[arg(long, global = true, value_name = "LANG", value_parser = languages())]
    pub lang: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Human,
    Json,
    Csv,
    Markdown,
    Github,
    Html,
    Ics,
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// The values of `--lang`: the catalogue's languages, and the tests' pseudo-locale unlisted.
fn languages() -> clap::builder::PossibleValuesParser {
    let listed = crate::message::Lang::ids().iter().map(|id| clap::builder::PossibleValue::new(*id));
    let hidden = clap::builder::PossibleValue::new(crate::message::Lang::pseudo_id()).hide(true);
    clap::builder::PossibleValuesParser::new(listed.chain([hidden]))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Municipality,
    Region,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

/// Which signatories a listing shows.
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Signatory ids to show (default: all)
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// Only signatories in this group (repeatable)
    #[arg(long = "group", short = 'g', value_name = "GROUP")]
    pub groups: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One row per signatory: signing, action plan, goals, activities, overdue, next deadline
    ///
    /// Example: cemr status --group norrbotten
    Status(FilterArgs),
    /// Check every plan file and cemr.toml; print every finding
    ///
    /// Example: cemr validate --format github --base origin/main
    Validate(ValidateArgs),
    /// Every open deadline, soonest first
    ///
    /// Example: cemr deadlines --within 90
    Deadlines(DeadlinesArgs),
    /// The quarterly summary for political leadership
    ///
    /// Example: cemr summary --quarter 2026Q3 -o rapport.html
    Summary(SummaryArgs),
    /// The public website of the plans for residents: a folder of pages (default: site/ in
    /// the repository), written whole; -o DIR writes it elsewhere
    ///
    /// Example: cemr site -o public
    Site,
    /// What changed in the plans between two git revisions
    ///
    /// Example: cemr diff origin/main HEAD --format markdown
    Diff(DiffArgs),
    /// The Charter's articles and how many signatories chose each
    ///
    /// Example: cemr articles --group umearegionen
    Articles(FilterArgs),
    /// Write a new plan file from a commented template
    ///
    /// Example: cemr new kiruna --name "Kiruna kommun" --group norrbotten
    New(NewArgs),
    /// Scaffold a plan repository with a CI workflow
    ///
    /// Example: cemr init jamstalldhetsplaner
    Init(InitArgs),
    /// Print the JSON Schema of a plan file
    ///
    /// Example: cemr schema > schema/plan.schema.json
    Schema,
    /// Explain a diagnostic code (without a code: list them all)
    ///
    /// Example: cemr explain unknown-key
    Explain(ExplainArgs),
    /// Record that an activity is done
    ///
    /// Example: cemr done lulea utbildning-chefer --date 2026-11-20
    Done(ActivityArgs),
    /// Record that an activity is cancelled
    ///
    /// Example: cemr cancel lulea lonekartlaggning --date 2026-11-20
    Cancel(ActivityArgs),
    /// Record that an activity has started
    ///
    /// Example: cemr start lulea mentorprogram
    Start(ActivityArgs),
    /// Append a measurement to a goal's indicator
    ///
    /// Example: cemr measure lulea chefer --date 2026-09-30 --women 48 --men 52
    Measure(MeasureArgs),
    /// Record an adopted action plan
    ///
    /// Example: cemr adopt lulea --date 2026-05-12 --start 2026-01-01 --end 2028-12-31
    Adopt(AdoptArgs),
    /// Record a published progress report
    ///
    /// Example: cemr report lulea --date 2026-10-01
    Report(ReportArgs),
    /// Record the signing of the Charter
    ///
    /// Example: cemr sign pajala --date 2014-03-08
    Sign(SignArgs),
    /// Print shell completions
    ///
    /// Example: cemr completions bash > /etc/bash_completion.d/cemr
    Completions(CompletionsArgs),
    /// Print the manual page (roff), generated from these definitions
    ///
    /// Example: cemr man > cemr.1
    #[command(hide = true)]
    Man,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Plan files or folders to check (default: the whole repository)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,
    /// With --format github: findings in files changed since this git revision come first
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeadlinesArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Only overdue deadlines
    #[arg(long)]
    pub overdue: bool,
    /// Only deadlines due within this many days (overdue ones included)
    #[arg(long, value_name = "DAYS")]
    pub within: Option<u32>,
    /// Exit 1 when any deadline is overdue
    #[arg(long)]
    pub fail_on_overdue: bool,
    /// With --format ics: a reminder this many days before each deadline (repeatable, 0 to 365)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=365))]
    pub remind: Vec<u32>,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The quarter, e.g. 2026Q3 or 2026-Q3 (default: the last finished quarter)
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// How many quarters the history shows, the summarised one included (1 to 40)
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=40))]
    pub quarters: u16,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The revision to compare from (default: HEAD)
    #[arg(value_name = "BASE")]
    pub base: Option<String>,
    /// The revision to compare to (default: the working tree)
    #[arg(value_name = "HEAD")]
    pub head: Option<String>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The new signatory's id: lowercase letters, digits and - (the file name)
    pub id: String,
    /// The signatory's name as written, e.g. "Kiruna kommun"
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum, default_value_t = KindArg::Municipality)]
    pub kind: KindArg,
    /// The folder (group) under plans/ to put the file in
    #[arg(long)]
    pub group: Option<String>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to create the repository (default: the current folder)
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A diagnostic code, e.g. unknown-key
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct ActivityArgs {
    /// The signatory's id
    pub id: String,
    /// The activity's id
    pub activity: String,
    /// The date (default: today)
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct MeasureArgs {
    /// The signatory's id (its file name)
    pub id: String,
    /// The goal's id
    pub goal: String,
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    // The numbers are read by `edit::reading`, which says what to type instead of `48,5` or
    // `71 %`, and which flag a goal needs, in the output language.
    /// The measured value (level indicators), e.g. 48.5
    #[arg(long, allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Number of women (balance indicators)
    #[arg(long, allow_hyphen_values = true)]
    pub women: Option<String>,
    /// Number of men (balance indicators)
    #[arg(long, allow_hyphen_values = true)]
    pub men: Option<String>,
}

#[derive(Debug, Args)]
pub struct AdoptArgs {
    /// The signatory's id (its file name)
    pub id: String,
    /// The date of adoption
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// First day of the period the plan covers
    #[arg(long, value_parser = parse_date, requires = "end")]
    pub start: Option<NaiveDate>,
    /// Last day of the period the plan covers
    #[arg(long, value_parser = parse_date, requires = "start")]
    pub end: Option<NaiveDate>,
    #[arg(long)]
    pub url: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The signatory's id (its file name)
    pub id: String,
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    #[arg(long)]
    pub url: Option<String>,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The signatory's id (its file name)
    pub id: String,
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: ShellArg,
}

/// Parses YYYY-MM-DD for clap, with a message that says what is wrong. Years run from 0001 to
/// 9998, so that every date, the quarter after it and the years printed keep four digits.
///
/// # Errors
/// When the text is not a calendar date within those years.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let date = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| format!("`{s}` is not a date in the form YYYY-MM-DD ({e})"))?;
    if !crate::deadline::YEARS.contains(&chrono::Datelike::year(&date)) {
        return Err(format!("`{s}` is out of range: cemr takes dates in the years 0001 to 9998"));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }

    /// The doc comments are printed as they are: Markdown backticks would show in `--help`.
    #[test]
    fn help_text_has_no_markdown_backticks() {
        let mut cli = super::Cli::command();
        cli.build();
        let mut pending = vec![cli];
        while let Some(mut command) = pending.pop() {
            let help = command.render_long_help().to_string();
            assert!(!help.contains('`'), "backtick in `{} --help`:\n{help}", command.get_name());
            pending.extend(command.get_subcommands().cloned());
        }
    }
}
