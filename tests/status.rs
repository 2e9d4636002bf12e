//! `cemr status`: the SPEC §4 JSON shape field by field, the detail view, filters, snapshots.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use serde_json::{Value, json};

const TODAY: &str = "2026-03-01";

fn by_id<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["signatories"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn the_json_shape_of_spec_4() {
    let doc = common::standard().json(TODAY, &["status"], 0);
    assert_eq!(doc["today"], "2026-03-01");
    let ids: Vec<&str> = doc["signatories"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["late", "leap", "plain"], "sorted by id");
    let late = by_id(&doc, "late");
    for key in [
        "id",
        "name",
        "file",
        "kind",
        "groups",
        "decided",
        "signed",
        "action_plan",
        "articles",
        "goals",
        "activities",
        "overdue",
        "next_deadline",
    ] {
        assert!(late.get(key).is_some(), "missing {key}");
    }
    assert_eq!(late["name"], "Late kommun");
    assert_eq!(late["file"], "plans/north/late.toml");
    assert_eq!(late["kind"], "municipality");
    assert_eq!(late["groups"], json!(["north"]));
    assert_eq!(late["decided"], "2012-11-26");
    assert_eq!(late["signed"], "2013-03-08");
    assert_eq!(late["action_plan"]["status"], "adopted_late");
    assert_eq!(late["action_plan"]["due"], "2015-03-08");
    assert_eq!(late["action_plan"]["adopted"], "2016-01-01");
    assert_eq!(late["articles"], json!([1, 2, 11]));
    assert_eq!(late["goals"]["total"], 3);
    assert_eq!(late["goals"]["achieved"], 2, "reached from below and from above");
    assert_eq!(late["goals"]["overdue"], 1);
    assert_eq!(late["activities"]["total"], 3);
    assert_eq!(late["activities"]["done"], 1);
    assert_eq!(late["activities"]["cancelled"], 0);
    assert_eq!(late["activities"]["overdue"], 1, "due yesterday; due today is not overdue");
    let overdue: Vec<(Value, Value, Value, Value)> = late["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["kind"].clone(), o["id"].clone(), o["due"].clone(), o["days_overdue"].clone()))
        .collect();
    assert_eq!(
        overdue,
        [
            (json!("report"), Value::Null, json!("2018-01-10"), json!(2972)),
            (json!("goal"), json!("open"), json!("2026-02-28"), json!(1)),
            (json!("activity"), json!("yesterday"), json!("2026-02-28"), json!(1)),
        ]
    );
    assert_eq!(late["next_deadline"]["kind"], "activity");
    assert_eq!(late["next_deadline"]["id"], "today");
    assert_eq!(late["next_deadline"]["due"], "2026-03-01");
    assert!(late.get("goal_details").is_none(), "details only for one id");

    let leap = by_id(&doc, "leap");
    assert_eq!(leap["decided"], Value::Null);
    assert_eq!(
        leap["action_plan"],
        json!({"status": "overdue", "due": "2026-02-28", "adopted": null, "days_overdue": 1})
    );
    assert_eq!(
        leap["overdue"],
        json!([{"kind": "action_plan", "id": null, "due": "2026-02-28", "days_overdue": 1, "title": null, "due_soon": false}])
    );
    assert_eq!(leap["next_deadline"], Value::Null);

    let plain = by_id(&doc, "plain");
    assert_eq!(plain["signed"], Value::Null);
    assert_eq!(plain["action_plan"]["status"], "not_signed");
    assert_eq!(plain["action_plan"]["due"], Value::Null);
    assert_eq!(plain["overdue"], json!([]));

    let totals = &doc["totals"];
    assert_eq!(totals["signatories"], 3);
    assert_eq!(totals["signed"], 2);
    assert_eq!(totals["action_plans_adopted"], 1);
    assert_eq!(totals["overdue"], 4);
    let groups: Vec<(&str, &str, u64)> = doc["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["id"].as_str().unwrap(), g["name"].as_str().unwrap(), g["signatories"].as_u64().unwrap()))
        .collect();
    assert_eq!(groups, [("north", "North", 2), ("south", "south", 1)]);
}

#[test]
fn the_boundary_day() {
    let doc = common::standard().json("2026-02-28", &["status", "leap"], 0);
    let leap = by_id(&doc, "leap");
    assert_eq!(leap["action_plan"]["status"], "due", "due today is not overdue");
    assert_eq!(leap["overdue"], json!([]));
    assert_eq!(leap["next_deadline"]["kind"], "action_plan");
    assert_eq!(leap["next_deadline"]["due"], "2026-02-28");
}

#[test]
fn events_after_today_are_left_out() {
    let doc = common::standard().json("2015-12-31", &["status"], 0);
    let late = by_id(&doc, "late");
    assert_eq!(late["action_plan"]["status"], "overdue", "adopted 2016-01-01 is after today");
    assert_eq!(late["action_plan"]["adopted"], Value::Null);
    assert_eq!(late["overdue"][0]["days_overdue"], 298);
    assert_eq!(late["goals"]["achieved"], 0, "the 2016 measurement is after today");
    assert_eq!(late["activities"]["done"], 0);
    let leap = by_id(&doc, "leap");
    assert_eq!(leap["signed"], Value::Null);
    assert_eq!(leap["action_plan"]["status"], "not_signed");
    assert_eq!(doc["totals"]["signed"], 1);
}

#[test]
fn one_id_gives_the_detail() {
    let doc = common::standard().json(TODAY, &["status", "late"], 0);
    assert_eq!(doc["signatories"].as_array().unwrap().len(), 1);
    let late = by_id(&doc, "late");
    let goals = late["goal_details"].as_array().unwrap();
    let open = goals.iter().find(|g| g["id"] == "open").unwrap();
    assert_eq!(open["progress"], 40.0, "100 × 16 % ÷ 40 %");
    assert_eq!(open["latest"]["women"], 16);
    assert_eq!(open["latest"]["men"], 84);
    assert_eq!(open["latest"]["women_share"], 16.0);
    assert_eq!(open["overdue"], true);
    assert_eq!(open["trend"], "unknown");
    let up = goals.iter().find(|g| g["id"] == "up").unwrap();
    assert_eq!(
        (up["achieved"].clone(), up["achieved_on"].clone(), up["progress"].clone()),
        (json!(true), json!("2016-06-01"), json!(100.0))
    );
    let down = goals.iter().find(|g| g["id"] == "down").unwrap();
    assert_eq!(down["achieved"], true);
    let activities = late["activity_details"].as_array().unwrap();
    let today = activities.iter().find(|a| a["id"] == "today").unwrap();
    assert_eq!(
        (today["overdue"].clone(), today["owner"].clone(), today["status"].clone()),
        (json!(false), json!("HR"), json!("ongoing"))
    );
    let yesterday = activities.iter().find(|a| a["id"] == "yesterday").unwrap();
    assert_eq!((yesterday["overdue"].clone(), yesterday["days_overdue"].clone()), (json!(true), json!(1)));
}

#[test]
fn filters_and_unknown_ids() {
    let fx = common::standard();
    let doc = fx.json(TODAY, &["status", "--group", "north"], 0);
    assert_eq!(doc["totals"]["signatories"], 2);
    let (code, stdout, stderr) = fx.run(TODAY, &["status", "lep"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("there is no signatory `lep`; the nearest: leap"), "{stderr}");
    let (code, _, stderr) = fx.run(TODAY, &["status", "--group", "nort"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("nearest: north"), "{stderr}");
}

#[test]
fn plan_errors_still_render_and_exit_1() {
    let fx = common::standard()
        .file("plans/broken.toml", "[signatory]\nname = \"B\"\nkind = \"municipality\"\narticles = [31]\n");
    let doc = fx.json(TODAY, &["status"], 1);
    assert_eq!(doc["totals"]["signatories"], 4);
}

#[test]
fn table_snapshot() {
    let (code, stdout, _) = common::standard().run(TODAY, &["status"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("status_table", stdout);
}

#[test]
fn detail_snapshot() {
    let (code, stdout, _) = common::standard().run(TODAY, &["status", "late"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("status_detail_table", stdout);
}

#[test]
fn markdown_and_csv_snapshots() {
    let fx = common::standard();
    let (_, markdown, _) = fx.run(TODAY, &["status", "--format", "markdown"]);
    insta::assert_snapshot!("status_markdown", markdown);
    let (_, csv, _) = fx.run(TODAY, &["status", "--format", "csv"]);
    insta::assert_snapshot!("status_csv", csv);
}

#[test]
fn colour_only_when_asked() {
    let fx = common::standard();
    let (_, plain, _) = fx.run(TODAY, &["status"]);
    assert!(!plain.contains('\u{1b}'));
    let out = fx.command(TODAY, &["status", "--color", "always"]).env_remove("NO_COLOR").output().unwrap();
    let coloured = String::from_utf8(out.stdout).unwrap();
    assert!(coloured.contains("\u{1b}[38;5;9m") || coloured.contains("\u{1b}[31m"), "red for overdue: {coloured:?}");
}

#[test]
fn colour_always_overrides_no_color() {
    // NO_COLOR only sets what `--color auto` decides; asking for colour gets every colour,
    // not just the bold headers.
    let fx = common::standard();
    let out = fx.command(TODAY, &["status", "--color", "always"]).env("NO_COLOR", "1").output().unwrap();
    let coloured = String::from_utf8(out.stdout).unwrap();
    assert!(coloured.contains("\u{1b}[38;5;9m") || coloured.contains("\u{1b}[31m"), "red for overdue: {coloured:?}");
}
