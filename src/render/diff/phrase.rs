//! The sentence for each kind of change, in English and Swedish, with a one-character marker
//! (`+` added, `-` removed, `~` changed, `!` became overdue, `*` deadline met).

use std::fmt::Write as _;

use super::{Style, t};
use crate::message::Lang;
use crate::model::{ActivityStatus, SignatoryKind, articles};
use crate::report::Day;
use crate::report::diff::{Change, DateField, ItemKind};

pub(super) fn item(kind: ItemKind, lang: Lang) -> &'static str {
    match kind {
        ItemKind::Goal => t(lang, "goal", "mål"),
        ItemKind::Activity => t(lang, "activity", "aktivitet"),
    }
}

fn status(s: ActivityStatus, lang: Lang) -> &'static str {
    match s {
        ActivityStatus::Planned => t(lang, "planned", "planerad"),
        ActivityStatus::Ongoing => t(lang, "ongoing", "pågående"),
        ActivityStatus::Done => t(lang, "done", "klar"),
        ActivityStatus::Cancelled => t(lang, "cancelled", "inställd"),
    }
}

fn kind(k: SignatoryKind, lang: Lang) -> &'static str {
    match k {
        SignatoryKind::Municipality => t(lang, "municipality", "kommun"),
        SignatoryKind::Region => t(lang, "region", "region"),
        SignatoryKind::Other => t(lang, "other", "annan"),
    }
}

fn date(d: Option<Day>, lang: Lang) -> String {
    d.map_or_else(|| t(lang, "none", "inget").to_owned(), |d| d.to_string())
}

/// A number as people write it: no `.0` on whole numbers.
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{n:.0}") } else { format!("{n}") }
}

fn period(adopted: Option<Day>, start: Option<Day>, end: Option<Day>, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(d) = adopted {
        parts.push(format!("{} {d}", t(lang, "adopted", "antagen")));
    } else {
        parts.push(t(lang, "a draft, not adopted", "utkast, inte antagen").to_owned());
    }
    match (start, end) {
        (Some(s), Some(e)) => parts.push(format!("{s} – {e}")),
        (Some(s), None) => parts.push(format!("{} {s}", t(lang, "from", "från"))),
        (None, Some(e)) => parts.push(format!("{} {e}", t(lang, "until", "till"))),
        (None, None) => {}
    }
    parts.join(", ")
}

fn figures(value: Option<f64>, women: Option<u64>, men: Option<u64>, share: Option<f64>, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(v) = value {
        parts.push(number(v));
    }
    if let (Some(w), Some(m)) = (women, men) {
        let mut wm = format!("{} {w}, {} {m}", t(lang, "women", "kvinnor"), t(lang, "men", "män"));
        if let Some(s) = share {
            let _ = write!(wm, " ({} % {})", number(s), t(lang, "women", "kvinnor"));
        }
        parts.push(wm);
    }
    parts.join("; ")
}

/// The marker and the sentence of one change.
#[allow(clippy::too_many_lines)]
pub(super) fn change(c: &Change, lang: Lang, style: &Style) -> (char, String) {
    let (text, code) = (style.text, style.code);
    match c {
        Change::SignatoryAdded { name, signatory_kind } => (
            '+',
            format!(
                "{} {} ({})",
                t(lang, "new signatory", "ny undertecknare"),
                text(name),
                kind(*signatory_kind, lang)
            ),
        ),
        Change::SignatoryRemoved { name } => {
            ('-', format!("{} {}", t(lang, "signatory removed:", "undertecknaren borttagen:"), text(name)))
        }
        Change::NameChanged { from, to } => {
            ('~', format!("{}: {} → {}", t(lang, "name", "namn"), text(from), text(to)))
        }
        Change::GroupsChanged { from, to } => {
            let list = |g: &[String]| {
                if g.is_empty() {
                    t(lang, "none", "inga").to_owned()
                } else {
                    g.iter().map(|x| code(x)).collect::<Vec<_>>().join(", ")
                }
            };
            ('~', format!("{}: {} → {}", t(lang, "groups", "grupper"), list(from), list(to)))
        }
        Change::DateChanged { field, from, to } => {
            let label = match field {
                DateField::Decided => t(lang, "decision to sign", "beslut att underteckna"),
                DateField::Signed => t(lang, "signed", "undertecknad"),
            };
            let marker = match (from, to) {
                (None, _) => '+',
                (_, None) => '-',
                _ => '~',
            };
            (marker, format!("{label}: {} → {}", date(*from, lang), date(*to, lang)))
        }
        Change::ArticleChosen { article } | Change::ArticleDropped { article } => {
            let title = articles::article(*article).map_or("", |a| t(lang, a.title_en, a.title_sv));
            let (marker, verb) = match c {
                Change::ArticleChosen { .. } => ('+', t(lang, "chosen", "vald")),
                _ => ('-', t(lang, "dropped", "struken")),
            };
            let title = if title.is_empty() { String::new() } else { format!(" ({title})") };
            (marker, format!("{} {article}{title} {verb}", t(lang, "article", "artikel")))
        }
        Change::ActionPlanAdded { adopted, start, end } => (
            '+',
            format!(
                "{}: {}",
                t(lang, "action plan added", "handlingsplan tillagd"),
                period(*adopted, *start, *end, lang)
            ),
        ),
        Change::ActionPlanRemoved { adopted, start, end } => (
            '-',
            format!(
                "{}: {}",
                t(lang, "action plan removed", "handlingsplan borttagen"),
                period(*adopted, *start, *end, lang)
            ),
        ),
        Change::ReportAdded { date, .. } => {
            ('+', format!("{} {date}", t(lang, "progress report added:", "uppföljningsrapport tillagd:")))
        }
        Change::ReportRemoved { date } => {
            ('-', format!("{} {date}", t(lang, "progress report removed:", "uppföljningsrapport borttagen:")))
        }
        Change::GoalAdded { id, title } => (
            '+',
            format!("{} {} {}: {}", item(ItemKind::Goal, lang), code(id), t(lang, "added", "tillagt"), text(title)),
        ),
        Change::GoalRemoved { id, title } => (
            '-',
            format!("{} {} {}: {}", item(ItemKind::Goal, lang), code(id), t(lang, "removed", "borttaget"), text(title)),
        ),
        Change::GoalRetitled { id, from, to } | Change::ActivityRetitled { id, from, to } => {
            let what = if matches!(c, Change::GoalRetitled { .. }) { ItemKind::Goal } else { ItemKind::Activity };
            let retitled = t(lang, "retitled", "ny titel");
            ('~', format!("{} {} {retitled}: {} → {}", item(what, lang), code(id), text(from), text(to)))
        }
        Change::GoalAchieved { id, title, date } => {
            let since = date.map(|d| format!(" {d}")).unwrap_or_default();
            let achieved = t(lang, "achieved", "uppnått");
            ('+', format!("{} {} {achieved}{since}: {}", item(ItemKind::Goal, lang), code(id), text(title)))
        }
        Change::GoalNoLongerAchieved { id, title } => (
            '~',
            format!(
                "{} {} {}: {}",
                item(ItemKind::Goal, lang),
                code(id),
                t(lang, "no longer achieved", "inte längre uppnått"),
                text(title)
            ),
        ),
        Change::ActivityAdded { id, title, status: s } => (
            '+',
            format!(
                "{} {} {} ({}): {}",
                item(ItemKind::Activity, lang),
                code(id),
                t(lang, "added", "tillagd"),
                status(*s, lang),
                text(title)
            ),
        ),
        Change::ActivityRemoved { id, title } => (
            '-',
            format!(
                "{} {} {}: {}",
                item(ItemKind::Activity, lang),
                code(id),
                t(lang, "removed", "borttagen"),
                text(title)
            ),
        ),
        Change::ActivityStatusChanged { id, title, from, to, finished } => {
            let finished = match finished {
                Some(d) if to.is_finished() => format!(" ({} {d})", t(lang, "finished", "avslutad")),
                _ => String::new(),
            };
            (
                '~',
                format!(
                    "{} {}: {} → {}{finished}: {}",
                    item(ItemKind::Activity, lang),
                    code(id),
                    status(*from, lang),
                    status(*to, lang),
                    text(title)
                ),
            )
        }
        Change::DueChanged { item: what, id, from, to } => (
            '~',
            format!(
                "{} {} {}: {} → {}",
                item(*what, lang),
                code(id),
                t(lang, "due", "slutdatum"),
                date(*from, lang),
                date(*to, lang)
            ),
        ),
        Change::MeasurementAdded { goal, date, value, women, men, women_share } => (
            '+',
            format!(
                "{} {} {date}: {}",
                t(lang, "measurement for goal", "mätning för mål"),
                code(goal),
                figures(*value, *women, *men, *women_share, lang)
            ),
        ),
        Change::MeasurementChanged { goal, date, value, women, men } => (
            '~',
            format!(
                "{} {} {date} {}: {}",
                t(lang, "measurement for goal", "mätning för mål"),
                code(goal),
                t(lang, "corrected", "rättad"),
                figures(*value, *women, *men, None, lang)
            ),
        ),
        Change::MeasurementRemoved { goal, date } => (
            '-',
            format!(
                "{} {} {date} {}",
                t(lang, "measurement for goal", "mätning för mål"),
                code(goal),
                t(lang, "removed", "borttagen")
            ),
        ),
        Change::BecameOverdue { item: what, id, title, due } => {
            let how = if lang.is_swedish() {
                format!("slutdatum {due} har passerats")
            } else {
                format!("now overdue (due {due})")
            };
            ('!', format!("{} {}: {how}: {}", item(*what, lang), code(id), text(title)))
        }
        Change::DeadlineMet { item: what, id, title, due, late } => {
            let how = match (lang.is_swedish(), late) {
                (false, false) => format!("deadline {due} met"),
                (false, true) => format!("deadline {due} met late"),
                (true, false) => format!("slutdatum {due} hölls"),
                (true, true) => format!("slutdatum {due} hölls inte, men det är nu avklarat"),
            };
            ('*', format!("{} {}: {how}: {}", item(*what, lang), code(id), text(title)))
        }
    }
}
