//! The checked-in `schema/plan.schema.json` must equal what `cemr schema` prints.

#[test]
fn checked_in_schema_is_current() {
    let generated = cemr::render::schema::plan_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/plan.schema.json");
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        generated == checked_in,
        "schema/plan.schema.json is stale: run `cargo run -- schema > schema/plan.schema.json`"
    );
}

#[test]
fn schema_keeps_to_draft_4_keywords() {
    let schema: serde_json::Value = serde_json::from_str(&cemr::render::schema::plan_schema()).unwrap();
    let allowed = [
        "$schema",
        "title",
        "description",
        "type",
        "properties",
        "additionalProperties",
        "required",
        "items",
        "enum",
        "minimum",
        "maximum",
        "pattern",
        "format",
        "uniqueItems",
        "x-taplo",
        "docs",
        "main",
        "enumValues",
    ];
    walk(&schema, &allowed, false);
    let text = schema.to_string();
    assert!(text.contains("Könsrelaterat våld") && text.contains("Gender-Based Violence"));
}

/// Checks every object's keys against the allowed keywords (property names excepted).
fn walk(v: &serde_json::Value, allowed: &[&str], in_properties: bool) {
    if let serde_json::Value::Object(map) = v {
        for (k, child) in map {
            assert!(in_properties || allowed.contains(&k.as_str()), "keyword `{k}` is not Draft 4");
            walk(child, allowed, k == "properties" && !in_properties);
        }
    } else if let serde_json::Value::Array(items) = v {
        for item in items {
            walk(item, allowed, false);
        }
    }
}
