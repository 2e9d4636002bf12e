//! The model read from plan text through the library: groups, sorting, the charter default,
//! indicator requirements, and how bad values are reported.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use cemr::diag::{Code, Diagnostic};
use cemr::model::parse::{PlanLocation, parse_plan};
use cemr::model::{CharterVersion, Indicator, Plan};
use chrono::NaiveDate;

/// A message in English words, as the tests read it.
fn words(message: &cemr::message::Message) -> String {
    cemr::render::text::Text::new(cemr::message::Lang::default()).get(message)
}

const HEAD: &str = "[signatory]\nname = \"Luleå kommun\"\nkind = \"municipality\"\n";

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Parses `text` as `plans/<folders…>/lulea.toml`.
fn parse_in(text: &str, folders: &[&str]) -> (Option<Plan>, Vec<Diagnostic>) {
    let groups: Vec<String> = folders.iter().map(|s| (*s).to_owned()).collect();
    let mut file = String::from("plans/");
    for folder in folders {
        file.push_str(folder);
        file.push('/');
    }
    file.push_str("lulea.toml");
    parse_plan(text, &PlanLocation { id: "lulea", file: &file, folder_groups: &groups })
}

fn parse(text: &str) -> (Plan, Vec<Diagnostic>) {
    let (plan, diags) = parse_in(text, &[]);
    (plan.expect("a plan"), diags)
}

fn codes(diags: &[Diagnostic]) -> Vec<&'static str> {
    diags.iter().map(|d| d.code.name()).collect()
}

#[test]
fn groups_come_from_folders_then_the_file_without_repeats() {
    let text = format!("{HEAD}groups = [\"kust\", \"norrbotten\", \"kust\"]\n");
    let (plan, diags) = parse_in(&text, &["norrbotten", "lulea-omr"]);
    let plan = plan.unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(plan.groups, ["norrbotten", "lulea-omr", "kust"]);
    assert_eq!(plan.id, "lulea");
    assert_eq!(plan.file, "plans/norrbotten/lulea-omr/lulea.toml");
}

#[test]
fn a_plan_at_the_top_of_plans_has_only_its_own_groups() {
    let (plan, _) = parse(HEAD);
    assert!(plan.groups.is_empty());
}

#[test]
fn action_plans_are_sorted_oldest_first_whatever_the_file_says() {
    let text = format!(
        "{HEAD}
[[action_plans]]
start = 2020-01-01
end = 2022-12-31

[[action_plans]]
# a draft: no dates yet

[[action_plans]]
adopted = 2017-03-01

[[action_plans]]
adopted = 2014-02-24
start = 2014-01-01
end = 2016-12-31
"
    );
    let (plan, _) = parse(&text);
    let keys: Vec<_> =
        plan.action_plans.iter().map(|p| (p.start.as_ref().map(|s| s.value), p.adopted_date())).collect();
    assert_eq!(
        keys,
        [
            (Some(date("2014-01-01")), Some(date("2014-02-24"))),
            // Without a start, a plan is placed by its adoption, not before every dated plan.
            (None, Some(date("2017-03-01"))),
            (Some(date("2020-01-01")), None),
            (None, None),
        ]
    );
}

#[test]
fn reports_and_measurements_are_sorted_by_date() {
    let text = format!(
        "{HEAD}articles = [11]
[[reports]]
date = 2019-03-01
[[reports]]
date = 2015-03-01
[[reports]]
date = 2017-03-01

[[goals]]
id = \"chefer\"
title = \"Chefer\"
articles = [11]
[goals.indicator]
kind = \"level\"
baseline = 0
target = 10
[[goals.indicator.measurements]]
date = 2016-01-01
value = 5
[[goals.indicator.measurements]]
date = 2014-01-01
value = 1
"
    );
    let (plan, diags) = parse(&text);
    assert!(diags.is_empty(), "{diags:?}");
    let reports: Vec<_> = plan.reports.iter().map(|r| r.date.value.to_string()).collect();
    assert_eq!(reports, ["2015-03-01", "2017-03-01", "2019-03-01"]);
    let measured: Vec<_> =
        plan.goals[0].indicator.as_ref().unwrap().measurements().iter().map(|m| (m.date.value, m.value)).collect();
    assert_eq!(measured, [(date("2014-01-01"), Some(1.0)), (date("2016-01-01"), Some(5.0))]);
}

#[test]
fn the_charter_defaults_by_the_signing_date() {
    let version = |signed: &str| parse(&format!("{HEAD}signed = {signed}\n")).0.signatory.charter_version();
    assert_eq!(version("2022-12-31"), CharterVersion::V2006);
    assert_eq!(version("2023-01-01"), CharterVersion::V2022);
    assert_eq!(parse(HEAD).0.signatory.charter_version(), CharterVersion::V2006, "not signed");
    let written = parse(&format!("{HEAD}signed = 2013-03-08\ncharter = \"2022\"\n")).0;
    assert_eq!(written.signatory.charter_version(), CharterVersion::V2022, "as written wins");
    assert_eq!(CharterVersion::V2006.max_article(), 30);
    assert_eq!(CharterVersion::V2022.max_article(), 39);
}

fn goal_with(indicator: &str) -> String {
    format!(
        "{HEAD}articles = [11]\n[[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [11]\n[goals.indicator]\n{indicator}"
    )
}

#[test]
fn a_level_indicator_needs_baseline_target_and_values() {
    let (plan, diags) = parse(&goal_with("kind = \"level\"\n[[goals.indicator.measurements]]\ndate = 2020-01-01\n"));
    let messages: Vec<String> = diags.iter().map(|d| words(&d.message)).collect();
    assert_eq!(codes(&diags), ["missing-key"; 3], "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("`baseline`")));
    assert!(messages.iter().any(|m| m.contains("`target`")));
    assert!(messages.iter().any(|m| m.contains("`value`")));
    assert!(plan.goals[0].indicator.is_none());
}

#[test]
fn a_level_indicator_may_go_down_but_not_stay_put() {
    let (plan, diags) = parse(&goal_with("kind = \"level\"\nbaseline = 30\ntarget = 10\n"));
    assert!(diags.is_empty(), "{diags:?}");
    assert!(matches!(plan.goals[0].indicator, Some(Indicator::Level { baseline: 30.0, target: 10.0, .. })));
    let (_, diags) = parse(&goal_with("kind = \"level\"\nbaseline = 10\ntarget = 10.0\n"));
    assert_eq!(codes(&diags), ["invalid-value"]);
}

#[test]
fn a_balance_indicator_needs_women_and_men() {
    let (plan, diags) =
        parse(&goal_with("kind = \"balance\"\n[[goals.indicator.measurements]]\ndate = 2020-01-01\nwomen = 4\n"));
    assert_eq!(codes(&diags), ["missing-key"]);
    assert!(words(&diags[0].message).contains("`men`"), "{}", words(&diags[0].message));
    assert!(matches!(plan.goals[0].indicator, Some(Indicator::Balance { min_share: 40.0, .. })), "default 40");
}

#[test]
fn level_keys_on_a_balance_indicator_are_irrelevant() {
    let text = goal_with(
        "kind = \"balance\"\nunit = \"st\"\nbaseline = 1\ntarget = 2\nmin_share = 45\n\
         [[goals.indicator.measurements]]\ndate = 2020-01-01\nwomen = 4\nmen = 5\nvalue = 9\n",
    );
    let (plan, diags) = parse(&text);
    assert_eq!(codes(&diags), ["irrelevant-key"; 4]);
    assert!(matches!(plan.goals[0].indicator, Some(Indicator::Balance { min_share: 45.0, .. })));
}

#[test]
fn min_share_is_a_percentage_up_to_50() {
    for bad in ["0", "50.5", "-1", "100"] {
        let (_, diags) = parse(&goal_with(&format!("kind = \"balance\"\nmin_share = {bad}\n")));
        assert_eq!(codes(&diags), ["invalid-value"], "min_share = {bad}");
    }
    let (_, diags) = parse(&goal_with("kind = \"balance\"\nmin_share = 50\n"));
    assert!(diags.is_empty(), "{diags:?}");
}

#[test]
fn women_share_is_computed_from_the_counts() {
    let (plan, _) = parse(&goal_with(
        "kind = \"balance\"\n[[goals.indicator.measurements]]\ndate = 2020-01-01\nwomen = 1\nmen = 3\n\
         [[goals.indicator.measurements]]\ndate = 2021-01-01\nwomen = 0\nmen = 0\n",
    ));
    let shares: Vec<_> = plan.goals[0]
        .indicator
        .as_ref()
        .unwrap()
        .measurements()
        .iter()
        .map(cemr::model::Measurement::women_share)
        .collect();
    assert_eq!(shares, [Some(25.0), None]);
}

#[test]
fn a_file_that_is_not_toml_gives_no_plan_but_every_finding() {
    let (plan, diags) = parse_in("[signatory\nname = \"Luleå kommun\"\nkind = \"kommun\"\n", &[]);
    assert!(plan.is_none(), "reports take no plan with lines that could not be read");
    assert_eq!(codes(&diags), ["swedish-value", "toml-syntax"]);
}

#[test]
fn a_missing_signatory_table_is_a_missing_key_at_the_top() {
    let (plan, diags) = parse("# only a comment\n");
    assert_eq!(codes(&diags), ["missing-key"]);
    assert_eq!(plan.signatory.name, "lulea", "the id stands in for the name");
}

#[test]
fn a_negative_article_is_reported_as_written() {
    let (_, diags) = parse(&format!("{HEAD}articles = [-1, 2]\n"));
    assert!(diags.iter().all(|d| !words(&d.message).contains("4294967295")), "{diags:?}");
    assert_eq!(codes(&diags), ["article-out-of-range"]);
    assert!(words(&diags[0].message).contains("-1"), "{}", words(&diags[0].message));
}

#[test]
fn an_impossible_date_is_reported_wherever_it_is_written() {
    // A date-shaped value that is no day, in a place that takes text, numbers or lists.
    for (line, code) in [
        ("name = 2023-02-30", "impossible-date"),
        ("sources = [2023-02-31]", "impossible-date"),
        ("articles = [2023-02-30]", "impossible-date"),
        ("contact = 2023-13-01", "impossible-date"),
    ] {
        let text = format!("[signatory]\nkind = \"municipality\"\n{line}\n");
        let (_, diags) = parse_in(&text, &[]);
        assert!(codes(&diags).contains(&code), "{line}: {diags:?}");
        assert!(!codes(&diags).contains(&"wrong-type"), "{line}: not a string: {diags:?}");
    }
}

#[test]
fn diagnostics_have_the_codes_default_severity() {
    let (_, diags) = parse(&format!("{HEAD}sigend = 2013-03-08\n"));
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].code, Code::UnknownKey);
    assert_eq!(diags[0].severity, Code::UnknownKey.severity());
    assert_eq!(diags[0].help.as_ref().map(words).as_deref(), Some("did you mean `signed`?"));
}

#[test]
fn finished_is_required_for_done_and_cancelled_only() {
    let activity = |status: &str, finished: &str| {
        format!("{HEAD}[[activities]]\nid = \"a\"\ntitle = \"A\"\nstatus = \"{status}\"\n{finished}")
    };
    for status in ["done", "cancelled"] {
        let (_, diags) = parse(&activity(status, ""));
        assert_eq!(codes(&diags), ["finished-missing"], "{status}");
        assert!(parse(&activity(status, "finished = 2024-05-01\n")).1.is_empty(), "{status}");
    }
    for (status, article) in [("planned", "a"), ("ongoing", "an")] {
        let (_, diags) = parse(&activity(status, "finished = 2024-05-01\n"));
        assert_eq!(codes(&diags), ["finished-not-allowed"], "{status}");
        let message = words(&diags[0].message);
        assert!(message.starts_with(&format!("{article} {status} activity")), "{message}");
    }
}
