//! `cemr articles`: 30 or 39 articles, counts, the matrix per group.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use serde_json::json;

const TODAY: &str = "2026-03-01";

#[test]
fn counts_per_article_and_group() {
    let doc = common::standard().json(TODAY, &["articles"], 0);
    assert_eq!(doc["charter"], "2022", "leap signed in 2024 commits to the 2022 text");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 39);
    assert_eq!(doc["signatories"], 3);
    assert_eq!(
        doc["groups"],
        json!([{"id": "north", "name": "North", "signatories": 2}, {"id": "south", "name": "south", "signatories": 1}])
    );
    let first = &doc["articles"][0];
    assert_eq!(first["number"], 1);
    assert_eq!(first["title_sv"], "Demokratiskt ansvar");
    assert_eq!(first["title_en"], "Democratic Accountability");
    assert_eq!(first["count"], 2);
    assert_eq!(first["chosen_by"], json!(["late", "leap"]));
    assert_eq!(first["groups"], json!({"north": 2, "south": 0}));
    assert_eq!(doc["articles"][10]["number"], 11);
    assert_eq!(doc["articles"][10]["count"], 1);
    assert_eq!(doc["articles"][2]["count"], 0);
}

#[test]
fn thirty_articles_for_the_2006_text() {
    let doc = common::standard().json(TODAY, &["articles", "late", "plain"], 0);
    assert_eq!(doc["charter"], "2006");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 30);
    assert_eq!(doc["signatories"], 2);
}

#[test]
fn matrix_snapshots() {
    let fx = common::standard();
    let (code, table, _) = fx.run(TODAY, &["articles", "--group", "north"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("articles_table", table);
    let (_, markdown, _) = fx.run(TODAY, &["articles", "late", "plain", "--format", "markdown"]);
    insta::assert_snapshot!("articles_markdown", markdown);
    let (_, csv, _) = fx.run(TODAY, &["articles", "late", "plain", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "No.,Swedish,English,Chosen by,North,south\n1,Demokratiskt ansvar,Democratic Accountability,1,1,0\n"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 31, "header and 30 articles, no totals row");
}
