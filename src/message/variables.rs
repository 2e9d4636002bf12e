//! The variables of every message in one locale's `.ftl` files, for the catalogue's checks.
//! Shared by `build.rs` (which generates the constructors) and the catalogue tests.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message: its variables (also those of the messages it refers to) and where it is.
pub(crate) struct Found {
    pub(crate) variables: BTreeSet<String>,
    pub(crate) file: String,
}

/// Every message with a value in `files` ((name, text) pairs), by id. `Err` names the first
/// problem: a syntax error or a message defined twice.
pub(crate) fn messages(files: &[(&str, &str)]) -> Result<BTreeMap<String, Found>, String> {
    let mut patterns: BTreeMap<String, (Pattern<String>, String)> = BTreeMap::new();
    for (name, text) in files {
        let resource =
            fluent_syntax::parser::parse((*text).to_owned()).map_err(|(_, errors)| format!("{name}: {errors:?}"))?;
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let Some(value) = m.value else { continue };
                    if patterns.contains_key(&m.id.name) {
                        return Err(format!("{name}: message `{}` is defined twice", m.id.name));
                    }
                    patterns.insert(m.id.name, (value, (*name).to_owned()));
                }
                Entry::Junk { content } => return Err(format!("{name}: cannot parse {content:?}")),
                _ => {}
            }
        }
    }
    let all: BTreeMap<String, Pattern<String>> = patterns.iter().map(|(id, (p, _))| (id.clone(), p.clone())).collect();
    Ok(patterns
        .into_iter()
        .map(|(id, (_, file))| {
            let mut variables = BTreeSet::new();
            of_message(&all, &id, &mut variables, &mut BTreeSet::new());
            (id, Found { variables, file })
        })
        .collect())
}

type Patterns = BTreeMap<String, Pattern<String>>;

fn of_message(all: &Patterns, id: &str, out: &mut BTreeSet<String>, seen: &mut BTreeSet<String>) {
    if seen.insert(id.to_owned())
        && let Some(pattern) = all.get(id)
    {
        of_pattern(all, pattern, out, seen);
    }
}

fn of_pattern(all: &Patterns, pattern: &Pattern<String>, out: &mut BTreeSet<String>, seen: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            of_expression(all, expression, out, seen);
        }
    }
}

fn of_expression(all: &Patterns, e: &Expression<String>, out: &mut BTreeSet<String>, seen: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            of_inline(all, selector, out, seen);
            for v in variants {
                of_pattern(all, &v.value, out, seen);
            }
        }
        Expression::Inline(inline) => of_inline(all, inline, out, seen),
    }
}

fn of_inline(all: &Patterns, e: &InlineExpression<String>, out: &mut BTreeSet<String>, seen: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::MessageReference { id, .. } => of_message(all, &id.name, out, seen),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                of_inline(all, a, out, seen);
            }
            for a in &arguments.named {
                of_inline(all, &a.value, out, seen);
            }
        }
        InlineExpression::Placeable { expression } => of_expression(all, expression, out, seen),
        _ => {}
    }
}
