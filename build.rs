//! Embeds the message catalogue: every `locales/<lang>/*.ftl` file, and for each English
//! message a constructor in `message::msg`, so that a misspelt message id does not compile.
//! Also tells `cemr init` which release of the cemr action to use (`build/action.rs`).
//!
//! Adding a language is adding a folder under `locales/`; nothing here names one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "build/action.rs"]
mod action;
#[path = "src/message/variables.rs"]
mod variables;

/// The language every other one falls back to, message by message.
const FALLBACK: &str = "en";

/// One `.ftl` file: its name, path and text.
type File = (String, PathBuf, String);
/// One locale folder: its id and files.
type Locale = (String, Vec<File>);

fn main() -> Result<(), String> {
    action::emit()?;
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let locales = read_locales(&root)?;
    let Some((_, english)) = locales.iter().find(|(id, _)| id == FALLBACK) else {
        return Err(format!("locales/{FALLBACK}/ is missing: English is the fallback of every language"));
    };
    let messages = english_messages(english)?;
    let mut out = String::new();
    write_locales(&mut out, &locales);
    write_messages(&mut out, &messages);
    let target = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("catalogue.rs");
    std::fs::write(&target, out).map_err(|e| format!("cannot write {}: {e}", target.display()))
}

/// Every locale folder (sorted) with its `.ftl` files (sorted).
fn read_locales(root: &Path) -> Result<Vec<Locale>, String> {
    let mut locales = Vec::new();
    for dir in sorted_entries(root)?.into_iter().filter(|p| p.is_dir()) {
        let id = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut files = Vec::new();
        for file in sorted_entries(&dir)? {
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
                files.push((name, file, text));
            }
        }
        locales.push((id, files));
    }
    Ok(locales)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

/// Each English message: id → (its variables, its first line as written, for the doc comment).
fn english_messages(files: &[File]) -> Result<BTreeMap<String, (BTreeSet<String>, String)>, String> {
    let named: Vec<(&str, &str)> = files.iter().map(|(name, _, text)| (name.as_str(), text.as_str())).collect();
    let found = variables::messages(&named).map_err(|e| format!("locales/{FALLBACK}/{e}"))?;
    Ok(found
        .into_iter()
        .map(|(id, f)| {
            let text = files.iter().find(|(name, _, _)| *name == f.file).map(|(_, _, t)| source_of(t, &id));
            (id, (f.variables, text.unwrap_or_default()))
        })
        .collect())
}

/// The message's first line as written in the file.
fn source_of(text: &str, id: &str) -> String {
    let start = format!("{id} =");
    text.lines().find(|l| l.starts_with(&start)).map(str::trim).unwrap_or_default().to_owned()
}

fn write_locales(out: &mut String, locales: &[Locale]) {
    out.push_str("/// Every locale of the catalogue, sorted by id: (id, [(file name, text)]).\n");
    out.push_str("pub(crate) static LOCALES: &[(&str, &[(&str, &str)])] = &[\n");
    for (id, files) in locales {
        let _ = writeln!(out, "    ({id:?}, &[");
        for (name, path, _) in files {
            let _ = writeln!(out, "        ({name:?}, include_str!({:?})),", path.display().to_string());
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// The id of the language every other one falls back to.\npub const FALLBACK: &str = {FALLBACK:?};\n"
    );
    let ids: Vec<&str> = locales.iter().map(|(id, _)| id.as_str()).collect();
    let _ = writeln!(
        out,
        "/// The ids of the catalogue's languages, sorted.\npub const LANGUAGE_IDS: &[&str] = &{ids:?};\n"
    );
}

fn write_messages(out: &mut String, messages: &BTreeMap<String, (BTreeSet<String>, String)>) {
    out.push_str("/// Every English message id with its variables (sorted).\n");
    out.push_str("pub(crate) static MESSAGES: &[(&str, &[&str])] = &[\n");
    for (id, (vars, _)) in messages {
        let _ = writeln!(out, "    ({id:?}, &{:?}),", vars.iter().collect::<Vec<_>>());
    }
    out.push_str("];\n\n");
    out.push_str("/// One constructor per message of the catalogue; its parameters are the message's\n");
    out.push_str("/// variables in alphabetical order.\n");
    out.push_str("#[allow(dead_code, clippy::too_many_arguments, clippy::needless_pass_by_value)]\n");
    out.push_str("pub mod msg {\n    use super::{Arg, Message};\n");
    for (id, (vars, text)) in messages {
        let name = id.replace('-', "_");
        let params: Vec<String> = vars.iter().map(|v| format!("{}: impl Into<Arg>", rust_name(v))).collect();
        let args: Vec<String> = vars.iter().map(|v| format!("({v:?}, {}.into())", rust_name(v))).collect();
        let _ = writeln!(out, "\n    /// `{}`", text.replace('`', "'"));
        let _ = writeln!(out, "    #[must_use]");
        let _ = writeln!(
            out,
            "    pub fn {}({}) -> Message {{\n        Message::from_parts({id:?}, vec![{}])\n    }}",
            rust_name(&name),
            params.join(", "),
            args.join(", ")
        );
    }
    out.push_str("}\n");
}

/// A Fluent name as a Rust identifier (`-` → `_`, keywords raw).
fn rust_name(name: &str) -> String {
    let name = name.replace('-', "_");
    if matches!(
        name.as_str(),
        "type" | "where" | "in" | "as" | "fn" | "use" | "mod" | "ref" | "match" | "move" | "self"
    ) {
        format!("r#{name}")
    } else {
        name
    }
}
