//! `cemr diff` on real git repositories: plan-level changes, formats, and bad input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{Fixture, LULEA, edit};

/// A repository with `plans/lulea.toml` committed.
fn repo() -> Fixture {
    let f = Fixture::git_repo();
    f.write("plans/lulea.toml", LULEA);
    f.commit("Luleå");
    f
}

/// The `kind`s of the changes listed for one signatory in the JSON form.
fn kinds(json: &serde_json::Value, id: &str) -> Vec<String> {
    let s = json["signatories"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap();
    s["changes"].as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn activity_status_change_and_deadline_met() {
    let f = repo();
    let text = edit(LULEA, "status = \"ongoing\"", "status = \"done\"\nfinished = 2026-10-01");
    f.write("plans/lulea.toml", text);
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(
        run.stdout.contains("  ~ activity utbildning-chefer: ongoing → done 2026-10-01: \"Utbildning för chefer\"\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  * activity utbildning-chefer: deadline 2026-12-31 met: "), "{}", run.stdout);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    assert_eq!(kinds(&json, "lulea"), ["activity_status_changed", "deadline_met"]);
    let change = &json["signatories"][0]["changes"][0];
    assert_eq!(change["from"], "ongoing");
    assert_eq!(change["to"], "done");
    assert_eq!(change["finished"], "2026-10-01");
}

#[test]
fn a_deadline_moved_into_the_past_becomes_overdue() {
    let f = repo();
    f.write("plans/lulea.toml", edit(LULEA, "due = 2026-12-31", "due = 2026-10-31"));
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(run.stdout.contains("  ~ activity utbildning-chefer due: 2026-12-31 → 2026-10-31\n"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("  ! activity utbildning-chefer: now overdue (due 2026-10-31): \"Utbildning för chefer\"\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_late_activity_finished_is_met_late() {
    let f = repo();
    let text = edit(LULEA, "status = \"planned\"", "status = \"done\"\nfinished = 2026-11-01");
    f.write("plans/lulea.toml", text);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    let met =
        json["signatories"][0]["changes"].as_array().unwrap().iter().find(|c| c["kind"] == "deadline_met").cloned();
    let met = met.unwrap();
    assert_eq!(met["id"], "lonekartlaggning");
    assert_eq!(met["late"], true);
}

#[test]
fn articles_chosen_and_dropped() {
    let f = repo();
    f.write("plans/lulea.toml", edit(LULEA, "articles = [1, 2, 11]", "articles = [2, 11, 22]"));
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(run.stdout.contains("  + article 22 (Gender-Based Violence) chosen\n"), "{}", run.stdout);
    assert!(run.stdout.contains("  - article 1 (Democratic Accountability) dropped\n"), "{}", run.stdout);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    assert_eq!(kinds(&json, "lulea"), ["article_chosen", "article_dropped"]);
    assert_eq!(json["signatories"][0]["changes"][0]["article"], 22);
}

#[test]
fn goals_added_and_removed() {
    let f = repo();
    let text = edit(
        LULEA,
        "id = \"politiker\"\ntitle = \"Fler kvinnor i nämnderna\"",
        "id = \"namnder\"\ntitle = \"Jämn fördelning i nämnderna\"",
    );
    let text = edit(&text, "goals = [\"chefer\", \"politiker\"]", "goals = [\"chefer\", \"namnder\"]");
    f.write("plans/lulea.toml", text);
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(run.stdout.contains("  + goal namnder added: \"Jämn fördelning i nämnderna\"\n"), "{}", run.stdout);
    assert!(run.stdout.contains("  - goal politiker removed: \"Fler kvinnor i nämnderna\"\n"), "{}", run.stdout);
    assert!(!run.stdout.contains("warning"), "different titles are no rename: {}", run.stdout);
}

#[test]
fn goal_and_activity_retitled() {
    let f = repo();
    let text = edit(LULEA, "title = \"Fler kvinnor i nämnderna\"", "title = \"Fler kvinnor i politiska nämnder\"");
    let text = edit(&text, "title = \"Lönekartläggning\"", "title = \"Årlig lönekartläggning\"");
    f.write("plans/lulea.toml", text);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    assert_eq!(kinds(&json, "lulea"), ["goal_retitled", "activity_retitled"]);
}

#[test]
fn measurement_added_with_women_and_men() {
    let f = repo();
    let text = edit(
        LULEA,
        "  men = 70\n",
        "  men = 70\n\n  [[goals.indicator.measurements]]\n  date = 2026-06-30\n  women = 45\n  men = 55\n",
    );
    f.write("plans/lulea.toml", text);
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(
        run.stdout.contains("  + measurement for goal chefer 2026-06-30: women 45, men 55 (45.0% women)\n"),
        "{}",
        run.stdout
    );
    // 45/55 meets the 40/60 rule: the goal is achieved, and so its deadline is met.
    assert!(run.stdout.contains("  + goal chefer achieved 2026-06-30: "), "{}", run.stdout);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    let m = json["signatories"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "measurement_added")
        .cloned();
    let m = m.unwrap();
    assert_eq!((m["women"].as_u64(), m["men"].as_u64(), m["women_share"].as_f64()), (Some(45), Some(55), Some(45.0)));
}

#[test]
fn signatory_added_untracked_and_removed() {
    let f = repo();
    f.write(
        "plans/umea.toml",
        "[signatory]\nname = \"Umeå kommun\"\nkind = \"municipality\"\nsigned = 2009-06-22\narticles = [1]\n",
    );
    f.remove("plans/lulea.toml");
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(
        run.stdout.contains(
            "\nlulea — \"Luleå kommun\" (plans/lulea.toml, file removed)\n  - signatory removed: \"Luleå kommun\"\n"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\numea — \"Umeå kommun\" (plans/umea.toml, new file)\n  + new signatory \"Umeå kommun\" (municipality)\n  + signed: none → 2009-06-22\n  + article 1 (Democratic Accountability) chosen\n"), "{}", run.stdout);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    let changes: Vec<&str> =
        json["signatories"].as_array().unwrap().iter().map(|s| s["change"].as_str().unwrap()).collect();
    assert_eq!(changes, ["removed", "added"]);
}

#[test]
fn an_id_renamed_with_the_same_title_is_a_warning() {
    let f = repo();
    let text = edit(LULEA, "id = \"lonekartlaggning\"", "id = \"lonekartl\"");
    f.write("plans/lulea.toml", text);
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(
        run.stdout.contains("\nwarning: plans/lulea.toml: activity lonekartlaggning was removed and activity lonekartl added with the same title \"Lönekartläggning\"."),
        "{}",
        run.stdout
    );
    let json = f.cemr(&["diff", "--format", "json"]).json();
    let w = &json["warnings"][0];
    assert_eq!(
        (w["kind"].as_str(), w["item"].as_str(), w["from"].as_str(), w["to"].as_str()),
        (Some("id_renamed"), Some("activity"), Some("lonekartlaggning"), Some("lonekartl"))
    );
    let md = f.cemr(&["diff", "--format", "markdown"]);
    assert!(
        md.stdout.contains("> **Warning:** `plans/lulea.toml`: activity `lonekartlaggning` was removed"),
        "{}",
        md.stdout
    );
}

#[test]
fn between_two_revisions_and_nothing_else() {
    let f = repo();
    f.write("plans/lulea.toml", edit(LULEA, "status = \"ongoing\"", "status = \"done\"\nfinished = 2026-10-01"));
    f.commit("done");
    // An uncommitted change is not part of HEAD~1..HEAD.
    f.write("plans/lulea.toml", edit(LULEA, "articles = [1, 2, 11]", "articles = [1, 2, 11, 22]"));
    let json = f.cemr(&["diff", "HEAD~1", "HEAD", "--format", "json"]).json();
    assert_eq!(json["base"], "HEAD~1");
    assert_eq!(json["head"], "HEAD");
    assert_eq!(kinds(&json, "lulea"), ["activity_status_changed", "deadline_met"]);
    let none = f.cemr(&["diff", "HEAD", "HEAD"]);
    none.code(0);
    assert!(none.stdout.ends_with("\nNo plan file changed.\n"), "{}", none.stdout);
}

#[test]
fn comments_only_is_no_change_in_plan_terms() {
    let f = repo();
    f.write("plans/lulea.toml", format!("# Reviewed 2026-11-20\n{LULEA}"));
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(
        run.stdout.contains(
            "\nlulea — \"Luleå kommun\" (plans/lulea.toml)\n  = no change in plan terms (comments or layout only)\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_moved_file_is_one_signatory_with_new_groups() {
    let f = repo();
    f.git(&["mv", "plans/lulea.toml", "plans/lulea-tmp.toml"]);
    std::fs::create_dir_all(f.join("plans/norrbotten")).unwrap();
    f.git(&["mv", "plans/lulea-tmp.toml", "plans/norrbotten/lulea.toml"]);
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(run.stdout.contains("\nlulea — \"Luleå kommun\" (plans/norrbotten/lulea.toml, moved from plans/lulea.toml)\n  ~ groups: none → norrbotten\n"), "{}", run.stdout);
}

#[test]
fn a_file_that_does_not_parse_is_reported_not_fatal() {
    let f = repo();
    f.write("plans/lulea.toml", edit(LULEA, "name = \"Luleå kommun\"", "name = \"Luleå kommun"));
    let run = f.cemr(&["diff"]);
    // The plans have an error after the change: exit 1, and the diff is still written.
    run.code(1);
    assert!(run.stdout.contains("  ? cannot compare the version after: \"line 2, column "), "{}", run.stdout);
    let json = f.cemr(&["diff", "--format", "json"]).json();
    assert_eq!(json["signatories"][0]["unreadable"][0]["side"], "head");
    // Fixed again in the next commit: the broken side is the base, which is history (exit 0).
    f.commit("broken");
    f.write("plans/lulea.toml", LULEA);
    let run = f.cemr(&["diff"]);
    run.code(0);
    assert!(run.stdout.contains("  ? cannot compare the version before: "), "{}", run.stdout);
}

#[test]
fn a_bad_revision_is_exit_2() {
    let f = repo();
    let run = f.cemr(&["diff", "no-such-branch"]);
    run.code(2);
    assert!(run.stderr.contains("`no-such-branch` is not a revision in this git repository"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    f.cemr(&["diff", "HEAD", "no-such-branch"]).code(2);
    f.cemr(&["diff", "--", "-x"]).code(2);
}

#[test]
fn no_commits_yet_is_exit_2() {
    let f = Fixture::git_repo();
    f.write("plans/lulea.toml", LULEA);
    let run = f.cemr(&["diff"]);
    run.code(2);
    assert!(run.stderr.contains("`HEAD`: there is no commit yet in this git repository"), "{}", run.stderr);
}

#[test]
fn not_a_git_repository_is_exit_2() {
    let f = Fixture::new();
    f.write("plans/lulea.toml", LULEA);
    let run = f.cemr(&["diff"]);
    run.code(2);
    assert!(run.stderr.contains("is not in a git repository"), "{}", run.stderr);
    let run = f.cemr(&["validate", "--format", "github", "--base", "HEAD"]);
    run.code(2);
    assert!(run.stderr.contains("is not in a git repository"), "{}", run.stderr);
}

#[test]
fn a_plan_repository_in_a_subfolder() {
    let f = Fixture::git_repo();
    f.write("README.md", "tool\n");
    f.write("jamstalldhet/plans/lulea.toml", LULEA);
    f.write("jamstalldhet/cemr.toml", "[repository]\nname = \"Test\"\n");
    f.commit("init");
    f.write("jamstalldhet/plans/lulea.toml", edit(LULEA, "articles = [1, 2, 11]", "articles = [1, 2, 11, 22]"));
    f.write("README.md", "tool, changed\n");
    let run = f.cemr(&["-C", "jamstalldhet", "diff", "--format", "json"]);
    run.code(0);
    let json = run.json();
    assert_eq!(json["signatories"][0]["file"], "plans/lulea.toml");
    assert_eq!(kinds(&json, "lulea"), ["article_chosen"]);
}

#[test]
fn three_formats_of_one_change() {
    let f = repo();
    let text = edit(LULEA, "articles = [1, 2, 11]", "articles = [1, 2, 11, 22]");
    let text = edit(&text, "status = \"ongoing\"", "status = \"done\"\nfinished = 2026-10-01");
    let text =
        edit(&text, "title = \"Fler kvinnor i nämnderna\"", "title = \"Fler kvinnor | män <b>i</b> *nämnderna*\"");
    let text = edit(&text, "id = \"lonekartlaggning\"", "id = \"lonekartl\"");
    let text = edit(
        &text,
        "  men = 70\n",
        "  men = 70\n\n  [[goals.indicator.measurements]]\n  date = 2026-06-30\n  women = 38\n  men = 62\n",
    );
    f.write("plans/lulea.toml", text);
    f.write("plans/norrbotten/kiruna.toml", "[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\n");
    let human = f.cemr(&["diff"]);
    human.code(0);
    insta::assert_snapshot!("diff_human", human.stdout);
    let md = f.cemr(&["diff", "--format", "markdown"]);
    md.code(0);
    insta::assert_snapshot!("diff_markdown", md.stdout);
    let sv = f.cemr(&["--lang", "sv", "diff", "--format", "markdown"]);
    insta::assert_snapshot!("diff_markdown_sv", sv.stdout);
    let json = f.cemr(&["diff", "--format", "json"]);
    json.code(0);
    let value = json.json();
    assert_eq!(value["today"], common::TODAY);
    assert!(value["head"].is_null());
    let ids: Vec<&str> = value["signatories"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["kiruna", "lulea"]);
    assert_eq!(value["signatories"][0]["file"], "plans/norrbotten/kiruna.toml");
    // Deterministic: the same input gives the same bytes.
    assert_eq!(f.cemr(&["diff", "--format", "json"]).stdout, json.stdout);
}

#[test]
fn validate_base_puts_changed_files_first() {
    let f = Fixture::git_repo();
    let broken = |name: &str| format!("[signatory]\nname = \"{name}\"\nkind = \"municipality\"\nsigend = 2013-03-08\n");
    f.write("plans/alvsbyn.toml", broken("Älvsbyn"));
    f.write("plans/zeta.toml", broken("Zeta"));
    f.commit("two broken plans");
    f.write("plans/zeta.toml", format!("# changed\n{}", broken("Zeta")));
    let run = f.cemr(&["validate", "--format", "github", "--base", "HEAD"]);
    run.code(1);
    let files: Vec<&str> =
        run.stdout.lines().filter_map(|l| l.split("file=").nth(1)).map(|r| r.split(',').next().unwrap()).collect();
    assert_eq!(files, ["plans/zeta.toml", "plans/alvsbyn.toml"], "{}", run.stdout);
    // An untracked file counts as changed too.
    f.git(&["checkout", "--", "plans/zeta.toml"]);
    f.write("plans/ny.toml", broken("Ny"));
    let run = f.cemr(&["validate", "--format", "github", "--base", "HEAD"]);
    let first = run.stdout.lines().next().unwrap_or_default().to_owned();
    assert!(first.contains("file=plans/ny.toml"), "{}", run.stdout);
    let run = f.cemr(&["validate", "--format", "github", "--base", "nope"]);
    run.code(2);
    assert!(run.stderr.contains("--base nope"), "{}", run.stderr);
}

#[test]
fn the_plans_folder_of_cemr_toml_is_followed() {
    let f = Fixture::git_repo();
    f.write("cemr.toml", "[repository]\nplans = \"./data/plans\"\n");
    f.write("data/plans/lulea.toml", LULEA);
    f.write("plans/ignored.toml", "not a plan file of this repository");
    f.commit("init");
    f.write("data/plans/lulea.toml", edit(LULEA, "articles = [1, 2, 11]", "articles = [1, 2, 11, 22]"));
    f.write("plans/ignored.toml", "still not");
    let json = f.cemr(&["diff", "--format", "json"]).json();
    assert_eq!(json["signatories"].as_array().unwrap().len(), 1, "{json}");
    assert_eq!(kinds(&json, "lulea"), ["article_chosen"]);
}
