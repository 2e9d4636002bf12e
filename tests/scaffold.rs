//! `cemr init` and `cemr new`: what they write validates at once; they never overwrite and never
//! leave a half-written file behind.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::Fixture;

const INIT_FILES: [&str; 5] = [
    "cemr.toml",
    "plans/README.md",
    "schema/plan.schema.json",
    ".github/workflows/cemr.yml",
    ".pre-commit-config.yaml",
];

#[test]
fn init_then_validate_then_new_then_validate() {
    let f = Fixture::new();
    let run = f.cemr(&["init", "repo"]);
    run.code(0);
    for file in INIT_FILES {
        assert!(f.join("repo").join(file).is_file(), "{file} missing");
    }
    // No plan files yet: a warning, never a silent pass, and exit 0.
    let run = f.cemr(&["-C", "repo", "validate"]);
    run.code(0);
    assert!(run.stdout.contains("warning[no-plan-files]"), "{}", run.stdout);
    f.cemr(&["-C", "repo", "validate", "--strict"]).code(1);

    f.cemr(&["-C", "repo", "new", "kiruna", "--name", "Kiruna kommun", "--group", "norrbotten"]).code(0);
    f.cemr(&["-C", "repo", "new", "region-norrbotten", "--name", "Region Norrbotten", "--kind", "region"]).code(0);
    let run = f.cemr(&["-C", "repo", "validate", "--strict"]);
    run.code(0);
    assert!(run.stdout.contains("checked 2 plan files: 0 errors, 0 warnings"), "{}", run.stdout);

    // The #:schema line of each file points at the schema init wrote.
    for (file, schema) in [
        ("repo/plans/norrbotten/kiruna.toml", "../../schema/plan.schema.json"),
        ("repo/plans/region-norrbotten.toml", "../schema/plan.schema.json"),
    ] {
        let text = f.read(file);
        let first = text.lines().next().unwrap();
        assert_eq!(first, format!("#:schema {schema}"));
        let target = f.join(file).parent().unwrap().join(schema);
        assert!(target.is_file(), "{} does not exist", target.display());
    }
    assert!(f.read("repo/plans/region-norrbotten.toml").contains("\nkind = \"region\""));
    // The schema is the one `cemr schema` prints.
    assert_eq!(f.read("repo/schema/plan.schema.json"), f.cemr(&["-C", "repo", "schema"]).stdout);
}

#[test]
fn the_workflow_runs_validate_diff_and_deadlines_against_the_base_branch() {
    let f = Fixture::new();
    f.cemr(&["init", "."]).code(0);
    let workflow = f.read(".github/workflows/cemr.yml");
    for needle in [
        "pull_request:",
        "fetch-depth: 0",
        "persist-credentials: false",
        "BASE: origin/${{ github.base_ref }}",
        "cemr validate --format github --base \"$BASE\"",
        "cemr diff \"$BASE\" HEAD --format markdown >> \"$GITHUB_STEP_SUMMARY\"",
        "continue-on-error: true",
        "cemr deadlines --fail-on-overdue",
    ] {
        assert!(workflow.contains(needle), "{needle} not in the workflow");
    }
    // Nothing is compiled: cemr comes from the project's own action, at this release.
    assert!(!workflow.contains("cargo") && !workflow.contains("rustup"), "{workflow}");
    let action = env!("CARGO_PKG_REPOSITORY").strip_prefix("https://github.com/").unwrap();
    let version = env!("CARGO_PKG_VERSION");
    let uses: Vec<&str> = workflow.lines().filter_map(|l| l.trim().split_once("uses: ").map(|(_, u)| u)).collect();
    let ours: Vec<&str> = uses.iter().filter_map(|u| u.strip_prefix(&format!("{action}@"))).collect();
    assert_eq!(ours.len(), 2, "the check and the site's build each install cemr: {uses:?}");
    assert_eq!(ours[0], ours[1], "the same cemr");
    // Pinned by the release's commit when the build knows it (the release build does), else by its tag.
    let pinned_by_commit =
        |r: &str| r.len() > 44 && r[..40].bytes().all(|b| b.is_ascii_hexdigit()) && r[40..].starts_with(" # v");
    assert!(
        (pinned_by_commit(ours[0]) && ours[0][40..] == format!(" # v{version}")) || ours[0] == format!("v{version}"),
        "{}",
        ours[0]
    );
    // Every other action (checkout, and any a later job adds) is pinned by commit, version in a comment.
    for other in uses.iter().filter(|u| !u.starts_with(&format!("{action}@"))) {
        assert!(other.split_once('@').is_some_and(|(_, r)| pinned_by_commit(r)), "not pinned by commit: {other}");
    }
    for name in ["checkout", "upload-pages-artifact", "deploy-pages"] {
        assert!(uses.iter().any(|u| u.starts_with(&format!("actions/{name}@"))), "{name}: {uses:?}");
    }
    assert!(!workflow.contains("@CEMR_"), "a placeholder was left in the workflow");
    assert!(f.read(".pre-commit-config.yaml").contains("entry: cemr validate"));
    // cemr.toml states the defaults, and reads back without a finding.
    let config = f.read("cemr.toml");
    assert!(config.contains("action_plan_months = 24") && config.contains("due_soon_days = 90"));
}

#[test]
fn the_workflow_publishes_the_site_from_the_default_branch_with_least_permissions() {
    let f = Fixture::new();
    f.cemr(&["init", "."]).code(0);
    let workflow = f.read(".github/workflows/cemr.yml");
    for needle in [
        "\n  push:\n",
        "cron: \"17 5 1 1,4,7,10 *\"",
        "\npermissions: {}\n",
        "if: github.event_name == 'pull_request'",
        "if: github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch",
        "run: cemr site -o site",
        "path: site",
        "needs: site",
        "name: github-pages",
    ] {
        assert!(workflow.contains(needle), "{needle} not in the workflow");
    }
    // Write permissions only in the job that publishes, and only the two it needs.
    let publish = workflow.find("\n  publish:").unwrap();
    assert_eq!(workflow.matches(": write").count(), 2, "{workflow}");
    assert!(workflow.rfind("pages: write").unwrap() > publish && workflow.rfind("id-token: write").unwrap() > publish);
    assert_eq!(workflow.matches("contents: read").count(), 2, "the check and the build only read");
}

#[test]
fn init_refuses_when_any_file_exists_and_touches_nothing() {
    for existing in INIT_FILES {
        let f = Fixture::new();
        let bytes = b"# mine\r\n\xff not even utf-8\n".to_vec();
        f.write("placeholder", "");
        let path = f.join(existing);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &bytes).unwrap();
        let before = f.tree();
        let run = f.cemr(&["init", "."]);
        run.code(2);
        assert!(run.stderr.contains("already exist"), "{}", run.stderr);
        assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{existing} changed");
        assert_eq!(f.tree(), before, "init with {existing} present changed the folder");
    }
}

#[test]
fn init_that_fails_halfway_removes_what_it_wrote() {
    let f = Fixture::new();
    // `.github` is a file, so `.github/workflows/` cannot be created: after cemr.toml, plans/
    // and schema/ were already prepared.
    f.write(".github", "not a folder\n");
    let before = f.tree();
    let run = f.cemr(&["init", "."]);
    run.code(2);
    assert!(run.stderr.contains("cannot create"), "{}", run.stderr);
    assert_eq!(f.tree(), before, "files or folders were left behind");
}

#[test]
fn new_refuses_to_overwrite_and_leaves_no_temporary_file() {
    let f = Fixture::new();
    f.cemr(&["init", "."]).code(0);
    f.write("plans/kiruna.toml", "# hand-written\n");
    let before = f.tree();
    let run = f.cemr(&["new", "kiruna", "--name", "Kiruna kommun"]);
    run.code(2);
    assert!(run.stderr.contains("already used by plans/kiruna.toml"), "{}", run.stderr);
    // Also in another folder: ids are unique across the repository.
    let run = f.cemr(&["new", "kiruna", "--name", "Kiruna kommun", "--group", "norrbotten"]);
    run.code(2);
    assert_eq!(f.read("plans/kiruna.toml"), "# hand-written\n");
    assert_eq!(f.tree(), before);
    // A file written: exactly one new path, no temporary left over.
    f.cemr(&["new", "lulea", "--name", "Luleå kommun"]).code(0);
    let mut expected = before.clone();
    expected.push("plans/lulea.toml".to_owned());
    expected.sort();
    assert_eq!(f.tree(), expected);
}

#[test]
fn new_checks_the_id_and_the_group() {
    let f = Fixture::new();
    f.cemr(&["init", "."]).code(0);
    let before = f.tree();
    let run = f.cemr(&["new", "Älvsbyn", "--name", "Älvsbyns kommun"]);
    run.code(2);
    assert!(run.stderr.contains("the id `Älvsbyn` is not valid") && run.stderr.contains("`alvsbyn`"), "{}", run.stderr);
    let run = f.cemr(&["new", "alvsbyn", "--name", "Älvsbyns kommun", "--group", "../outside"]);
    run.code(2);
    assert!(run.stderr.contains("the group `../outside` is not valid"), "{}", run.stderr);
    f.cemr(&["new", "alvsbyn", "--name", "  "]).code(2);
    f.cemr(&["new", "alvsbyn", "--name", "Två\nrader"]).code(2);
    assert_eq!(f.tree(), before);
}

#[test]
fn new_without_a_repository_is_exit_2() {
    let f = Fixture::new();
    let run = f.cemr(&["new", "kiruna", "--name", "Kiruna kommun"]);
    run.code(2);
    assert!(run.stderr.contains("cemr init"), "{}", run.stderr);
    assert!(f.tree().is_empty());
}

#[test]
fn names_are_written_as_exact_toml_strings() {
    let f = Fixture::new();
    f.cemr(&["init", "."]).code(0);
    let names = [
        ("quotes", "Kommunen \"Norr\" 'Syd'"),
        ("backslash", "C:\\plans\\ \\\" \\u0041"),
        ("swedish", "Åre, Älvsbyn & Överkalix — å ä ö"),
        ("injection", "x\" \nkind = \"region"),
    ];
    for (id, name) in names {
        let run = f.cemr(&["new", id, "--name", name]);
        if name.contains('\n') {
            run.code(2);
            continue;
        }
        run.code(0);
        let doc: toml::Table = toml::from_str(&f.read(&format!("plans/{id}.toml"))).unwrap();
        assert_eq!(doc["signatory"]["name"].as_str(), Some(name), "{id}");
    }
    let run = f.cemr(&["validate", "--strict"]);
    run.code(0);
    assert!(run.stdout.contains("0 errors, 0 warnings"), "{}", run.stdout);
}

/// Every example in the template, uncommented, is itself a valid plan: the comments teach
/// nothing that `cemr validate` would reject.
#[test]
fn the_template_uncommented_is_a_clean_plan() {
    uncommented_template_is_clean(&["init", "."], "0 errors, 0 warnings");
}

#[test]
fn the_swedish_template_uncommented_is_a_clean_plan() {
    uncommented_template_is_clean(&["--lang", "sv", "init", "."], "0 fel, 0 varningar");
}

/// `cemr init --lang sv` remembers the language in cemr.toml, and writes Swedish comments; `new`
/// then writes its template in Swedish without being told.
#[test]
fn init_in_swedish_writes_the_language_and_swedish_comments() {
    let f = Fixture::new();
    let run = f.cemr(&["--lang", "sv", "init", "repo"]);
    run.code(0);
    assert!(run.stderr.starts_with("skapade ett planarkiv:\n"), "{}", run.stderr);
    let config = f.read("repo/cemr.toml");
    assert!(config.contains("\nlanguage = \"sv\""), "{config}");
    assert!(config.contains("# Inställningar för det här planarkivet"), "{config}");
    assert!(f.read("repo/plans/README.md").starts_with("# Planfiler\n"));
    let run = f.cemr(&["-C", "repo", "new", "kiruna", "--name", "Kiruna kommun"]);
    run.code(0);
    assert_eq!(run.stderr, "skrev plans/kiruna.toml: fyll i den och kör sedan `cemr validate`\n");
    assert!(f.read("repo/plans/kiruna.toml").contains("# Handlingsplanen för en undertecknare"));
    let run = f.cemr(&["-C", "repo", "validate", "--strict"]);
    run.code(0);
    assert!(run.stdout.contains("kontrollerade 1 planfil: 0 fel, 0 varningar"), "{}", run.stdout);
    // Without --lang, init writes no language (the comment only).
    f.cemr(&["init", "other"]).code(0);
    assert!(f.read("other/cemr.toml").contains("\n# language = \"sv\""));
}

fn uncommented_template_is_clean(init: &[&str], clean: &str) {
    let f = Fixture::new();
    f.cemr(init).code(0);
    f.cemr(&["new", "lulea", "--name", "Luleå kommun"]).code(0);
    let text = f.read("plans/lulea.toml");
    let uncommented: Vec<String> = text
        .lines()
        .map(|line| {
            let body = line.strip_prefix("# ").unwrap_or(line);
            let key = body.trim_start();
            let is_toml = key.starts_with('[')
                || key.split_once(" = ").is_some_and(|(k, _)| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            if line.starts_with("# ") && is_toml { body.to_owned() } else { line.to_owned() }
        })
        .collect();
    let uncommented = uncommented.join("\n");
    assert!(uncommented.contains("\n[[activities]]\n") && uncommented.contains("\nsigned = "), "{uncommented}");
    f.write("plans/lulea.toml", &uncommented);
    let run = f.cemr(&["validate", "--strict"]);
    run.code(0);
    assert!(run.stdout.contains(clean), "{}\n{uncommented}", run.stdout);
}
