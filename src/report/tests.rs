//! Filters and totals.

use super::*;
use crate::deadline::testkit::d;
use crate::model::parse::{PlanLocation, parse_plan};

fn plan(id: &str, groups: &[&str], rest: &str) -> Plan {
    let folder: Vec<String> = groups.iter().map(|g| (*g).to_owned()).collect();
    let file = format!("plans/{id}.toml");
    let location = PlanLocation { id, file: &file, folder_groups: &folder };
    let text = format!("[signatory]\nname = \"{id}\"\nkind = \"municipality\"\narticles = [1]\n{rest}");
    parse_plan(&text, &location).0.unwrap()
}

fn ids(selected: &[&Plan]) -> Vec<String> {
    selected.iter().map(|p| p.id.clone()).collect()
}

#[test]
fn filters_select_by_id_and_group_sorted_by_id() {
    let plans =
        vec![plan("lulea", &["norrbotten"], ""), plan("boden", &["norrbotten"], ""), plan("umea", &["umea"], "")];
    let config = RepoConfig::default();
    let all = select(&plans, &[], &config, Filter::default()).unwrap();
    assert_eq!(ids(&all), ["boden", "lulea", "umea"]);
    let groups = vec!["norrbotten".to_owned()];
    let g = select(&plans, &[], &config, Filter { ids: &[], groups: &groups }).unwrap();
    assert_eq!(ids(&g), ["boden", "lulea"]);
    let wanted = vec!["umea".to_owned(), "lulea".to_owned()];
    let both = select(&plans, &[], &config, Filter { ids: &wanted, groups: &groups }).unwrap();
    assert_eq!(ids(&both), ["lulea"], "ids and groups both apply");
}

#[test]
fn unknown_ids_and_groups_name_the_nearest() {
    let plans = vec![plan("lulea", &[], ""), plan("lerum", &[], ""), plan("umea", &["umearegionen"], "")];
    let config = RepoConfig::default();
    let wrong = vec!["lulae".to_owned()];
    let err = select(&plans, &[], &config, Filter { ids: &wrong, groups: &[] }).unwrap_err();
    assert_eq!(
        err,
        FilterError::UnknownId { id: "lulae".into(), nearest: vec!["lulea".into(), "umea".into(), "lerum".into()] }
    );
    assert_eq!(err.to_string(), "there is no signatory `lulae`; the nearest: lulea, umea, lerum");
    let group = vec!["umearegion".to_owned()];
    let err = select(&plans, &[], &config, Filter { ids: &[], groups: &group }).unwrap_err();
    assert!(err.to_string().contains("the nearest: umearegionen"), "{err}");
    // A file that could not be read is a known id: it selects nothing instead of failing.
    let broken = vec!["kiruna".to_owned()];
    let files = vec!["plans/norrbotten/kiruna.toml".to_owned()];
    assert!(select(&plans, &files, &config, Filter { ids: &broken, groups: &[] }).unwrap().is_empty());
}

#[test]
fn unknown_progress_is_left_out_of_means() {
    let config = RepoConfig::default();
    let measured = plan(
        "a",
        &["g"],
        "[[goals]]\nid = \"m\"\ntitle = \"M\"\narticles = [1]\n[goals.indicator]\nkind = \"level\"\nbaseline = 0\ntarget = 10\n\
         [[goals.indicator.measurements]]\ndate = 2024-01-01\nvalue = 5\n\
         [[goals]]\nid = \"u\"\ntitle = \"U\"\narticles = [1]\n",
    );
    let achieved = plan("b", &["g"], "[[goals]]\nid = \"x\"\ntitle = \"X\"\narticles = [1]\nachieved = 2024-01-01\n");
    let plans = [&measured, &achieved];
    let report = status::StatusReport::build(&plans, &config, d("2024-06-01"), false);
    assert_eq!(report.signatories[0].goals.progress, Some(50.0), "the goal without measurement is left out");
    assert_eq!(report.signatories[0].goals.with_progress, 1);
    assert_eq!(report.totals.goal_progress, Some(75.0), "pooled over goals: (50 + 100) ÷ 2");
    assert_eq!(report.totals.goals, 3);
    assert_eq!(report.groups.len(), 1);
    assert_eq!(report.groups[0].totals, report.totals);
    let none = plan("c", &[], "[[goals]]\nid = \"u\"\ntitle = \"U\"\narticles = [1]\n");
    let report = status::StatusReport::build(&[&none], &config, d("2024-06-01"), false);
    assert_eq!(report.totals.goal_progress, None, "unknown, never 0");
}

#[test]
fn activity_share_leaves_out_cancelled() {
    assert_eq!(activity_share(2, 5, 1), Some(50.0));
    assert_eq!(activity_share(0, 2, 2), None);
    assert_eq!(activity_share(0, 0, 0), None);
    assert_eq!(mean(0.0, 0), None);
}
