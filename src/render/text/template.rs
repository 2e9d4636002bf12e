//! A message put into words once with some of its arguments left as holes, then filled row by
//! row: tens of thousands of calendar events and table rows say the same few messages with
//! other names and titles, and Fluent is the dearest part of writing them.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use crate::message::{Arg, Message};

use super::{Text, catalogue};

/// The first character that stands for a hole while the message is put into words: hole `i`
/// is `SENTINEL + i`, in the Private Use Area, which no catalogue text or plan is expected to
/// hold (and which a value may hold all the same: values are never searched).
const SENTINEL: u32 = 0xE000;
/// At most this many holes (the sentinels' block).
const MAX_HOLES: usize = 16;

/// A message in words with holes, filled by [`Template::fill`] exactly as [`Text::get`] would
/// say the message with the holes' values.
///
/// A hole's value is text shown as it is — a name, a title, an id, a date as `YYYY-MM-DD`,
/// never a number (which the language writes its own way and plural rules choose by). The
/// message is cut at its holes only when every message of its tree, in the language used,
/// shows each hole's variable as a plain `{ $var }`: one a selector, a function or a term
/// sees (a translation's plural, say) is said whole at every fill instead, slower but right.
#[derive(Clone, Debug)]
pub struct Template {
    form: Form,
}

#[derive(Clone, Debug)]
enum Form {
    /// The words before each hole with the hole's place among the values, then the last words.
    Cut { parts: Vec<(String, usize)>, last: String },
    /// The message with its holes (each one's place among the values and name), said whole
    /// at each fill.
    Whole { text: Text, message: Message, holes: Vec<(usize, &'static str)> },
}

impl Template {
    /// `message` in words with the arguments named `holes` (its own or its inner messages')
    /// left open; a name the message has no argument for is no hole, and its value is unused.
    #[must_use]
    pub fn new(text: &Text, message: &Message, holes: &[&'static str]) -> Self {
        let holes: Vec<(usize, &'static str)> =
            holes.iter().copied().enumerate().filter(|(_, name)| has_arg(message, name)).collect();
        let names: Vec<&str> = holes.iter().map(|(_, name)| *name).collect();
        let cut = (holes.len() <= MAX_HOLES && plain_in_tree(text, message, &names))
            .then(|| cut(text, message, &holes))
            .flatten();
        let form = cut.unwrap_or_else(|| Form::Whole { text: *text, message: message.clone(), holes });
        Self { form }
    }

    /// Appends the words with `values` in the holes, in the order of the names given to
    /// [`Template::new`] (a missing value is empty).
    pub fn fill(&self, out: &mut String, values: &[&str]) {
        self.fill_with(out, values, String::push_str);
    }

    /// [`Template::fill`] with each piece of words and each value appended by `push` (an
    /// escaping that treats each character alone, such as HTML's, gives the same as escaping
    /// the words whole).
    pub fn fill_with(&self, out: &mut String, values: &[&str], push: impl Fn(&mut String, &str)) {
        let value = |i: usize| values.get(i).copied().unwrap_or_default();
        match &self.form {
            Form::Cut { parts, last } => {
                for (words, hole) in parts {
                    push(out, words);
                    push(out, value(*hole));
                }
                push(out, last);
            }
            Form::Whole { text, message, holes } => {
                let filled = holes
                    .iter()
                    .fold(message.clone(), |m, (i, name)| m.replaced(name, &Arg::Text(value(*i).to_owned())));
                push(out, &text.get(&filled));
            }
        }
    }

    /// Whether the message was cut at its holes (else it is said whole at each fill).
    #[cfg(test)]
    fn is_cut(&self) -> bool {
        matches!(self.form, Form::Cut { .. })
    }
}

/// The message said with a sentinel in each hole and cut at the sentinels; `None` unless
/// each hole came out.
fn cut(text: &Text, message: &Message, holes: &[(usize, &'static str)]) -> Option<Form> {
    let marked = holes
        .iter()
        .zip(sentinels())
        .fold(message.clone(), |m, ((_, name), sentinel)| m.replaced(name, &Arg::Text(sentinel.to_string())));
    let words = text.get(&marked);
    let (mut parts, mut seen, mut from) = (Vec::new(), vec![false; holes.len()], 0);
    for (at, c) in words.char_indices() {
        let Some(hole) = hole_of(c).filter(|h| *h < holes.len()) else { continue };
        parts.push((words.get(from..at)?.to_owned(), holes.get(hole)?.0));
        *seen.get_mut(hole)? = true;
        from = at + c.len_utf8();
    }
    let last = words.get(from..)?.to_owned();
    seen.iter().all(|s| *s).then_some(Form::Cut { parts, last })
}

fn sentinels() -> impl Iterator<Item = char> {
    (SENTINEL..).filter_map(char::from_u32)
}

/// The hole a sentinel stands for.
fn hole_of(c: char) -> Option<usize> {
    u32::from(c).checked_sub(SENTINEL).and_then(|i| usize::try_from(i).ok()).filter(|i| *i < MAX_HOLES)
}

fn has_arg(message: &Message, name: &str) -> bool {
    message.args().iter().any(|(known, arg)| *known == name || matches!(arg, Arg::Message(m) if has_arg(m, name)))
}

/// Whether the message and every message among its arguments, as the language has them (or
/// English for one it lacks), show the holes only as plain `{ $var }`.
fn plain_in_tree(text: &Text, message: &Message, holes: &[&str]) -> bool {
    let here = catalogue::find(text.lang().catalogue_id(), message.id())
        .is_some_and(|(_, pattern)| plain_holes(pattern, holes));
    here && message.args().iter().all(|(_, arg)| !matches!(arg, Arg::Message(m) if !plain_in_tree(text, m, holes)))
}

/// Whether `pattern` shows the variables `holes` only as plain placeables — never in a
/// selector, a function's or a term's arguments — refers to no other message (which would see
/// the same variables), and holds no sentinel of its own.
fn plain_holes(pattern: &Pattern<&str>, holes: &[&str]) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => !value.chars().any(|c| hole_of(c).is_some()),
        PatternElement::Placeable { expression } => plain_expression(expression, holes),
    })
}

fn plain_expression(expression: &Expression<&str>, holes: &[&str]) -> bool {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { .. }) => true,
        Expression::Inline(inline) => hole_free(inline, holes),
        Expression::Select { selector, variants } => {
            hole_free(selector, holes) && variants.iter().all(|v| plain_holes(&v.value, holes))
        }
    }
}

/// Whether an expression whose value is not shown as it is leaves the holes alone.
fn hole_free(inline: &InlineExpression<&str>, holes: &[&str]) -> bool {
    match inline {
        // An escape (`\uE000`) could make a sentinel.
        InlineExpression::StringLiteral { value } => {
            !value.contains('\\') && !value.chars().any(|c| hole_of(c).is_some())
        }
        InlineExpression::NumberLiteral { .. } => true,
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().all(|a| hole_free(a, holes))
                && arguments.named.iter().all(|a| hole_free(&a.value, holes))
        }
        InlineExpression::TermReference { arguments, .. } => arguments.as_ref().is_none_or(|arguments| {
            arguments.positional.iter().all(|a| hole_free(a, holes))
                && arguments.named.iter().all(|a| hole_free(&a.value, holes))
        }),
        InlineExpression::MessageReference { .. } => false,
        InlineExpression::VariableReference { id } => !holes.contains(&id.name),
        InlineExpression::Placeable { expression } => plain_expression(expression, holes),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use fluent_bundle::FluentResource;
    use fluent_syntax::ast::Entry;

    use super::{Template, plain_holes};
    use crate::message::{Lang, Message, msg};
    use crate::render::text::Text;

    fn texts() -> Vec<Text> {
        ["en", "sv", Lang::pseudo_id()].iter().filter_map(|id| Lang::from_id(id)).map(Text::new).collect()
    }

    fn filled(template: &Template, values: &[&str]) -> String {
        let mut out = String::from("…");
        template.fill(&mut out, values);
        out.split_off("…".len())
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 2, 28).unwrap_or_default()
    }

    /// Each message with its holes (by name) and two sets of values for them; the real words
    /// are the message made with the values.
    #[allow(clippy::type_complexity)]
    fn cases() -> Vec<(&'static [&'static str], &'static [&'static str], Box<dyn Fn(&[&str]) -> Message>)> {
        vec![
            (&["owner"], &["Anna Öberg"], Box::new(|v: &[&str]| msg::ics_owner(v[0]))),
            (&["file"], &["plans/lulea.toml"], Box::new(|v: &[&str]| msg::ics_plan_file(v[0]))),
            (&["url"], &["https://x.se/a b"], Box::new(|v: &[&str]| msg::ics_read_more(v[0]))),
            (
                &["signatory", "title"],
                &["Luleå kommun", "Löner & <lika> {$x}"],
                Box::new(|v: &[&str]| msg::ics_summary_titled("Aktivitet", v[0], v[1])),
            ),
            (&["signatory"], &["Luleå, kommun; \\"], Box::new(|v: &[&str]| msg::ics_summary("Mål", v[0]))),
            (
                &["due", "id", "title"],
                &["2026-02-28", "a1", "Utbildning"],
                Box::new(|v: &[&str]| msg::ics_due_activity(day(), v[1], v[2])),
            ),
            (&["due", "id", "title"], &["2026-02-28", "", ""], Box::new(|_: &[&str]| msg::ics_due_report(day()))),
            (
                &["title", "owner"],
                &["Jämställd rekrytering", "HR"],
                Box::new(|v: &[&str]| msg::deadline_owned(v[1], msg::deadline_titled(msg::deadline_goal(), v[0]))),
            ),
            (
                &["date"],
                &["2026-02-28"],
                Box::new(|_: &[&str]| msg::activity_finished_on(day(), msg::activity_status_done())),
            ),
        ]
    }

    #[test]
    fn filling_says_what_the_message_says_with_the_values() {
        for text in texts() {
            for (holes, values, message) in cases() {
                let template = Template::new(&text, &message(&["", "", ""]), holes);
                assert!(template.is_cut(), "{:?}: {:?}", text.lang(), message(values).id());
                assert_eq!(filled(&template, values), text.get(&message(values)), "{:?}", text.lang());
            }
        }
    }

    #[test]
    fn a_value_that_looks_like_a_sentinel_or_a_placeable_stays_as_it_is() {
        let text = Text::new(Lang::default());
        let template = Template::new(&text, &msg::deadline_titled(msg::deadline_goal(), ""), &["title"]);
        for value in ["\u{e000}", "\u{e001}x", "{ $title }", "{", "}"] {
            assert_eq!(filled(&template, &[value]), text.get(&msg::deadline_titled(msg::deadline_goal(), value)));
        }
        assert_eq!(filled(&template, &["\u{e000}{ $title }"]), "goal: \u{e000}{ $title }");
    }

    #[test]
    fn a_hole_a_selector_sees_is_said_whole_each_time() {
        // `edit-activity-finished = activity { $activity } { $status -> [done] … *[cancelled] … }`
        for text in texts() {
            let message = msg::edit_activity_finished("", day(), "");
            let template = Template::new(&text, &message, &["activity", "status"]);
            assert!(!template.is_cut());
            for status in ["done", "cancelled"] {
                let real = text.get(&msg::edit_activity_finished("a1", day(), status));
                assert_eq!(filled(&template, &["a1", status]), real);
            }
            assert!(Template::new(&text, &message, &["activity"]).is_cut());
        }
    }

    #[test]
    fn only_plain_placeables_of_the_holes_are_cut() {
        let ftl = "plain = { $a } and { $b }\n\
                   select = { $a -> \n [x] X { $b }\n *[y] Y\n }\n\
                   function = { NUMBER($a) }\n\
                   term = { -t($a) }\n\
                   other = { plain }\n\
                   escape = { \"\\uE000\" } { $a }\n\
                   -t = T\n";
        let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let plain = |id: &str, holes: &[&str]| {
            resource.entries().find_map(|entry| match entry {
                Entry::Message(m) if m.id.name == id => m.value.as_ref().map(|p| plain_holes(p, holes)),
                _ => None,
            })
        };
        assert_eq!(plain("plain", &["a", "b"]), Some(true));
        assert_eq!(plain("select", &["b"]), Some(true));
        assert_eq!(plain("select", &["a"]), Some(false));
        assert_eq!(plain("function", &["a"]), Some(false));
        assert_eq!(plain("term", &["a"]), Some(false));
        assert_eq!(plain("term", &["b"]), Some(true));
        assert_eq!(plain("other", &["a"]), Some(false));
        assert_eq!(plain("escape", &["a"]), Some(false));
    }
}
