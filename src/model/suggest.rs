//! "Did you mean": the nearest known word to a misspelt one, and the unknown-key finding built on it.

use super::shape::Shape;
use super::sink::Sink;
use super::value::Place;
use crate::diag::{Code, Span};
use crate::message::msg;

pub(super) fn unknown_key(
    sink: &mut Sink<'_>,
    name: &str,
    span: Span,
    shape: &'static Shape,
    at: Place,
    siblings: &[&'static Shape],
) {
    if super::syntax::unusual_in_key(sink, name, span, shape) {
        return;
    }
    let message =
        if at.is_root() { msg::diag_unknown_key_top(name) } else { msg::diag_unknown_key_in(name, at.to_string()) };
    let keys: Vec<&'static str> = shape.fields.iter().map(|f| f.key).collect();
    if let Some(near) = closest(name, keys.iter().copied()).or_else(|| swedish_key(name, &keys)) {
        sink.push_help(Code::UnknownKey, span, message, msg::diag_did_you_mean(near));
    } else if let Some(other) = siblings.iter().find(|s| s.field(name).is_some()) {
        sink.push_help(Code::UnknownKey, span, message, msg::diag_belongs_in(name, other.path));
    } else {
        let keys = shape.fields.iter().map(|f| f.key).collect::<Vec<_>>().join(", ");
        sink.push_help(Code::UnknownKey, span, message, msg::diag_keys_here(keys));
    }
}

/// What a value not among a key's allowed values most likely means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Suggestion {
    /// A misspelling of this value.
    Typo(&'static str),
    /// The Swedish word for this value (`pågår` for `ongoing`).
    Swedish(&'static str),
}

/// Swedish words (and their common forms) for the file's fixed values, as a Swedish writer
/// would put them: each with the value it stands for. A word's value counts only where the key
/// allows it, so the same table serves every key.
const SWEDISH_VALUES: &[(&str, &str)] = &[
    ("kommun", "municipality"),
    ("kommunen", "municipality"),
    ("primärkommun", "municipality"),
    ("regionen", "region"),
    ("landsting", "region"),
    ("landstinget", "region"),
    ("annan", "other"),
    ("annat", "other"),
    ("övrig", "other"),
    ("övrigt", "other"),
    ("övriga", "other"),
    ("nivå", "level"),
    ("nivåindikator", "level"),
    ("nivåmål", "level"),
    ("antal", "level"),
    ("balans", "balance"),
    ("könsfördelning", "balance"),
    ("jämn könsfördelning", "balance"),
    ("fördelning", "balance"),
    ("planerad", "planned"),
    ("planerat", "planned"),
    ("planerade", "planned"),
    ("ej påbörjad", "planned"),
    ("inte påbörjad", "planned"),
    ("ej startad", "planned"),
    ("pågår", "ongoing"),
    ("pågående", "ongoing"),
    ("påbörjad", "ongoing"),
    ("påbörjat", "ongoing"),
    ("startad", "ongoing"),
    ("igång", "ongoing"),
    ("klar", "done"),
    ("klart", "done"),
    ("avklarad", "done"),
    ("genomförd", "done"),
    ("genomfört", "done"),
    ("slutförd", "done"),
    ("färdig", "done"),
    ("utförd", "done"),
    ("avbruten", "cancelled"),
    ("avbrutet", "cancelled"),
    ("avbröts", "cancelled"),
    ("inställd", "cancelled"),
    ("inställt", "cancelled"),
    ("struken", "cancelled"),
    ("stoppad", "cancelled"),
];

/// Swedish words for the file's keys, with the key each stands for, for "did you mean".
const SWEDISH_KEYS: &[(&str, &str)] = &[
    ("undertecknare", "signatory"),
    ("namn", "name"),
    ("typ", "kind"),
    ("sort", "kind"),
    ("slag", "kind"),
    ("grupper", "groups"),
    ("grupp", "groups"),
    ("beslut", "decided"),
    ("beslutad", "decided"),
    ("beslutat", "decided"),
    ("beslutsdatum", "decided"),
    ("undertecknad", "signed"),
    ("undertecknat", "signed"),
    ("undertecknade", "signed"),
    ("signerad", "signed"),
    ("kontakt", "contact"),
    ("källor", "sources"),
    ("källa", "sources"),
    ("artiklar", "articles"),
    ("artikel", "articles"),
    ("deklaration", "charter"),
    ("handlingsplaner", "action_plans"),
    ("handlingsplan", "action_plans"),
    ("antagen", "adopted"),
    ("antogs", "adopted"),
    ("startdatum", "start"),
    ("från", "start"),
    ("slut", "end"),
    ("slutdatum", "end"),
    ("till", "end"),
    ("länk", "url"),
    ("adress", "url"),
    ("uppföljningar", "reports"),
    ("uppföljning", "reports"),
    ("rapporter", "reports"),
    ("datum", "date"),
    ("mål", "goals"),
    ("titel", "title"),
    ("rubrik", "title"),
    ("fokus", "focus"),
    ("fokusområde", "focus"),
    ("senast", "due"),
    ("klart_senast", "due"),
    ("uppnått", "achieved"),
    ("uppnådd", "achieved"),
    ("indikator", "indicator"),
    ("enhet", "unit"),
    ("utgångsvärde", "baseline"),
    ("startvärde", "baseline"),
    ("målvärde", "target"),
    ("andel", "min_share"),
    ("minsta_andel", "min_share"),
    ("mätningar", "measurements"),
    ("mätning", "measurements"),
    ("värde", "value"),
    ("kvinnor", "women"),
    ("män", "men"),
    ("aktiviteter", "activities"),
    ("aktivitet", "activities"),
    ("ansvarig", "owner"),
    ("avslutad", "finished"),
    ("avslutades", "finished"),
];

/// What `word` most likely means among `names`: a misspelling of one, or the Swedish word for
/// one (also misspelt, as `pagar` for `pågår`).
pub(crate) fn suggest_value(word: &str, names: &[&'static str]) -> Option<Suggestion> {
    if let Some(near) = closest(word, names.iter().copied()) {
        return Some(Suggestion::Typo(near));
    }
    swedish(word, SWEDISH_VALUES, names).map(Suggestion::Swedish)
}

/// The key a Swedish key name stands for, if `keys` has it.
pub(crate) fn swedish_key(word: &str, keys: &[&'static str]) -> Option<&'static str> {
    swedish(word, SWEDISH_KEYS, keys)
}

/// The English word a Swedish one (or a near misspelling of one) stands for, among `allowed`.
fn swedish(word: &str, table: &[(&str, &'static str)], allowed: &[&'static str]) -> Option<&'static str> {
    let lower = word.trim().to_lowercase();
    let usable = table.iter().filter(|(_, english)| allowed.contains(english));
    if let Some((_, english)) = usable.clone().find(|(swedish, _)| *swedish == lower) {
        return Some(english);
    }
    let near = closest(&lower, usable.clone().map(|(swedish, _)| *swedish))?;
    usable.clone().find(|(swedish, _)| *swedish == near).map(|(_, english)| *english)
}

/// The candidate nearest to `word`, if it is near enough to be a likely typo.
pub(crate) fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .map(|c| (strsim::damerau_levenshtein(&lower, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3) && *d < c.len().max(2))
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn did_you_mean() {
        let keys = ["signed", "decided", "sources", "name"];
        assert_eq!(closest("sigend", keys.iter().copied()), Some("signed"));
        assert_eq!(closest("Name", keys.iter().copied()), Some("name"));
        assert_eq!(closest("xyzzy", keys.iter().copied()), None);
    }

    #[test]
    fn swedish_words_for_fixed_values() {
        use super::{Suggestion, suggest_value, swedish_key};
        let statuses = crate::model::ActivityStatus::NAMES;
        assert_eq!(suggest_value("pågår", statuses), Some(Suggestion::Swedish("ongoing")));
        assert_eq!(suggest_value("Klar", statuses), Some(Suggestion::Swedish("done")));
        assert_eq!(suggest_value("pagar", statuses), Some(Suggestion::Swedish("ongoing")));
        assert_eq!(suggest_value("inställd", statuses), Some(Suggestion::Swedish("cancelled")));
        assert_eq!(suggest_value("ongoin", statuses), Some(Suggestion::Typo("ongoing")));
        let kinds = crate::model::IndicatorKind::NAMES;
        assert_eq!(suggest_value("nivå", kinds), Some(Suggestion::Swedish("level")));
        assert_eq!(suggest_value("kommun", kinds), None, "a word of another key's values");
        assert_eq!(
            suggest_value("kommun", crate::model::SignatoryKind::NAMES),
            Some(Suggestion::Swedish("municipality"))
        );
        assert_eq!(swedish_key("namn", &["name", "kind"]), Some("name"));
        assert_eq!(swedish_key("kvinnor", &["name", "kind"]), None);
    }
}
