//! The routine's one walk over its content items, held against a plain walk over the
//! raw JSON of Lier's file: the model, validation and the change list all see every item
//! the file has (an item is an object with an `id` and a `text`).

use std::collections::BTreeSet;

use rutineveileder::checks::check_bytes;
use rutineveileder::routine::Location;
use rutineveileder::routine::diff::diff;
use serde_json::Value;

use crate::support::{lier_file, today};

/// Every object with an `id` and a `text`, with its JSON pointer.
fn raw_items(value: &Value, pointer: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(id)), Some(Value::String(_))) =
                (map.get("id"), map.get("text"))
            {
                out.push((id.clone(), pointer.clone()));
            }
            for (key, child) in map {
                raw_items(child, format!("{pointer}/{key}"), out);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                raw_items(child, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// "/levels/0/criteria/2" as the program writes it: "levels[0].criteria[2]".
fn path_of(pointer: &str) -> String {
    let mut path = String::new();
    for part in pointer.split('/').filter(|p| !p.is_empty()) {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{part}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
        }
    }
    path
}

fn lier() -> (Value, Vec<(String, String)>) {
    let text = std::fs::read_to_string(lier_file()).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut items = Vec::new();
    raw_items(&doc, String::new(), &mut items);
    (doc, items)
}

#[test]
fn the_walk_sees_every_item_of_the_file() {
    let (doc, raw) = lier();
    let routine = check_bytes(doc.to_string().as_bytes(), today())
        .routine
        .unwrap();
    let walked: BTreeSet<String> = routine
        .walk_items()
        .iter()
        .map(|w| w.item.id.clone())
        .collect();
    let in_file: BTreeSet<String> = raw.iter().map(|(id, _)| id.clone()).collect();
    assert!(!raw.is_empty(), "the raw walk finds the items");
    assert_eq!(walked, in_file);
}

#[test]
fn validation_and_the_change_list_see_every_item_of_the_file() {
    let (doc, raw) = lier();
    let old = check_bytes(doc.to_string().as_bytes(), today())
        .routine
        .unwrap();
    for (id, pointer) in raw {
        // An empty text is an error exactly where the item stands.
        let mut broken = doc.clone();
        *broken.pointer_mut(&format!("{pointer}/text")).unwrap() = Value::from(" ");
        let checked = check_bytes(broken.to_string().as_bytes(), today());
        let at = Location::Path(format!("{}.text", path_of(&pointer)));
        assert!(
            checked
                .problems
                .iter()
                .any(|p| p.location == at && p.message.to_string().contains("teksten er tom")),
            "validation does not see «{id}» at {at:?}"
        );
        // A changed text is in the change list.
        let mut changed = doc.clone();
        *changed.pointer_mut(&format!("{pointer}/text")).unwrap() = Value::from("ENDRET");
        let new = check_bytes(changed.to_string().as_bytes(), today())
            .routine
            .unwrap();
        let changes = diff(&old, &new);
        assert!(
            changes.iter().any(|c| c.details.iter().any(|d| {
                rutineveileder::i18n::detail(d, rutineveileder::i18n::Language::Bokmal.texts())
                    .contains("ENDRET")
            })),
            "the change list does not see «{id}»"
        );
    }
}
