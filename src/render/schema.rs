//! The JSON Schema of a plan file, generated from the format's shapes (`model::shape`).
//!
//! Only keywords Draft 4 already had, so taplo and tombi can use it; `x-taplo` carries hover
//! docs, including the articles' titles in English and Swedish. What JSON Schema cannot say
//! (a TOML date versus a string, cross-references) is left to `cemr validate`.

use serde_json::{Map, Value, json};

use crate::model::articles::ARTICLES;
use crate::model::shape::{self, Field, Shape, Ty};

/// The schema document, pretty-printed with a trailing newline.
#[must_use]
pub fn plan_schema() -> String {
    let mut root = table_schema(&shape::PLAN);
    if let Value::Object(map) = &mut root {
        map.insert("$schema".into(), json!("http://json-schema.org/draft-07/schema#"));
        map.insert("title".into(), json!("cemr plan file"));
    }
    // A `serde_json::Value` always serializes; `{:#}` is serde_json's pretty form.
    format!("{root:#}\n")
}

fn table_schema(shape: &'static Shape) -> Value {
    let properties: Map<String, Value> = shape.fields.iter().map(|f| (f.key.to_owned(), field_schema(f))).collect();
    let required: Vec<&str> = shape.fields.iter().filter(|f| f.required).map(|f| f.key).collect();
    let mut map = Map::new();
    map.insert("type".into(), json!("object"));
    map.insert("description".into(), json!(shape.doc));
    map.insert("properties".into(), Value::Object(properties));
    map.insert("additionalProperties".into(), json!(false));
    if !required.is_empty() {
        map.insert("required".into(), json!(required));
    }
    Value::Object(map)
}

fn field_schema(field: &'static Field) -> Value {
    let mut schema = type_schema(field.ty);
    if let Value::Object(map) = &mut schema {
        map.insert("description".into(), json!(field.doc));
        map.entry("x-taplo").or_insert_with(|| json!({ "docs": { "main": field.doc } }));
    }
    schema
}

fn type_schema(ty: Ty) -> Value {
    match ty {
        Ty::Text => json!({ "type": "string" }),
        Ty::Date => json!({ "type": "string", "format": "date" }),
        Ty::Count => json!({ "type": "integer", "minimum": 0 }),
        Ty::Number => json!({ "type": "number" }),
        Ty::Enum(names) => json!({ "type": "string", "enum": names }),
        Ty::TextList => json!({ "type": "array", "items": { "type": "string" } }),
        Ty::IdList => json!({ "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9-]+$" } }),
        Ty::ArticleList => json!({ "type": "array", "uniqueItems": true, "items": article_schema() }),
        Ty::Table(shape) => table_schema(shape),
        Ty::Tables(shape) => json!({ "type": "array", "items": table_schema(shape) }),
        Ty::Map(shape) => json!({ "type": "object", "additionalProperties": table_schema(shape) }),
    }
}

/// An article number, with each article's titles as hover docs.
fn article_schema() -> Value {
    let numbers: Vec<u32> = ARTICLES.iter().map(|a| a.number).collect();
    let docs: Vec<String> = ARTICLES
        .iter()
        .map(|a| format!("Article {}: {} — {} ({})", a.number, a.title_en, a.title_sv, a.section))
        .collect();
    json!({
        "type": "integer",
        "minimum": 1,
        "maximum": 39,
        "enum": numbers,
        "description": "A Part III article: 1–30 in the 2006 text, 1–39 in the 2022 text.",
        "x-taplo": { "docs": { "enumValues": docs } }
    })
}
