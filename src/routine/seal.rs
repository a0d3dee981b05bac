//! The seal: an approval bound to the content it was given for, by SHA-256 digests of the
//! routine in a canonical form, one for the whole and one per section, so that a broken
//! seal names what changed.
//!
//! The canonical form (form 1) is the validated routine written back, without the file's
//! `format` number and without `metadata.approval` (which holds the seal): every member
//! that holds nothing (`null`, `false`, `[]`, which is how an absent optional field is
//! written) is left out, the keys of every object are sorted by their UTF-8 bytes, there
//! is no whitespace, numbers are written as integers, and strings escape only `"`, `\`
//! and the control characters (as `\b`, `\f`, `\n`, `\r`, `\t`, else `\u00xx`). So
//! reformatting a file, reordering its keys or writing `\u00e5` for `å` keeps the seal,
//! a program that learns a new optional field keeps the seals of files without it, and
//! any change of content breaks it.

use std::fmt::Write as _;
use std::ops::Range;

use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

pub use super::model::Seal;
use super::model::{Routine, Trust, Unsigned};

/// The version of the canonical form this program seals with and can check.
pub const FORM: u32 = 1;

/// How a digest is written: the algorithm, then the digest in lowercase hex.
const SHA256: &str = "sha256:";

/// The part named when the seal's digest does not match although none of its parts'
/// does: the seal itself was changed.
pub const SEAL_PART: &str = "metadata.approval.seal";

/// Where the approval stands against the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealVerdict {
    /// Not approved.
    Draft,
    /// Approved, with no seal (approved before approvals were sealed), or with a seal in a
    /// form this program does not know: the approval cannot be checked.
    Unsealed,
    /// The content is what was approved.
    Intact,
    /// The content has changed since it was approved: these parts, named as in the file
    /// (`contacts`, `metadata.next_revision`), in the order of their names.
    Broken { changed: Vec<String> },
}

/// Whether the routine counts as approved, for every place that says so: the window's
/// notices, the printables, the web pages, the course and `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    Draft,
    /// Approved; `sealed` is false for an approval whose seal cannot be checked.
    Approved {
        sealed: bool,
    },
    /// The file has an approval, but it does not hold for the content: these parts
    /// changed after it was given.
    NotApproved {
        changed: Vec<String>,
    },
    /// The seal holds, but IT's policy names trusted approvers and the approval has no
    /// valid signature from one of them: it counts as not approved, marked as a broken
    /// seal is.
    Unsigned {
        why: Unsigned,
    },
}

impl Standing {
    /// Whether the file has an approval that does not count: changed after it was
    /// given, or without a valid signature from an approver IT trusts.
    pub fn is_refused(&self) -> bool {
        matches!(
            self,
            Standing::NotApproved { .. } | Standing::Unsigned { .. }
        )
    }
}

impl Routine {
    /// Checks the approval's seal against the content as it is now.
    pub fn seal_verdict(&self) -> SealVerdict {
        let Some(approval) = &self.metadata.approval else {
            return SealVerdict::Draft;
        };
        let Some(seal) = approval.seal.as_ref().filter(|s| s.form == FORM) else {
            return SealVerdict::Unsealed;
        };
        let now = Canonical::of(self);
        if now.digest() == seal.digest {
            return SealVerdict::Intact;
        }
        // Only a broken seal needs the parts' digests.
        let now = now.seal();
        let mut changed: Vec<String> = now
            .parts
            .iter()
            .filter(|(part, digest)| seal.parts.get(*part) != Some(*digest))
            .map(|(part, _)| part.clone())
            .chain(
                seal.parts
                    .keys()
                    .filter(|part| !now.parts.contains_key(*part))
                    .cloned(),
            )
            .collect();
        changed.sort();
        if changed.is_empty() {
            changed.push(SEAL_PART.to_owned());
        }
        SealVerdict::Broken { changed }
    }

    /// Whether the routine counts as approved: from the seal, and, where IT's policy
    /// names trusted approvers, from the approval's signature (`Approval::trust`, which
    /// `signing` works out). A broken seal is named before a missing signature.
    pub fn standing(&self) -> Standing {
        let sealed = match self.seal_verdict() {
            SealVerdict::Draft => return Standing::Draft,
            SealVerdict::Broken { changed } => return Standing::NotApproved { changed },
            SealVerdict::Unsealed => false,
            SealVerdict::Intact => true,
        };
        match self.metadata.approval.as_ref().map(|a| &a.trust) {
            Some(Trust::Unsigned(why)) => Standing::Unsigned { why: *why },
            _ => Standing::Approved { sealed },
        }
    }
}

/// The seal of the routine's content as it is now.
pub fn seal_of(routine: &Routine) -> Seal {
    Canonical::of(routine).seal()
}

/// The routine's content in canonical form, and where each part's value lies in it.
struct Canonical {
    bytes: Vec<u8>,
    parts: Vec<(String, Range<usize>)>,
}

impl Canonical {
    fn of(routine: &Routine) -> Canonical {
        Canonical::of_written(serde_json::to_value(routine).unwrap_or_default())
    }

    /// The canonical form of a routine as the program writes it.
    fn of_written(mut content: Value) -> Canonical {
        if let Some(metadata) = content.get_mut("metadata").and_then(Value::as_object_mut) {
            metadata.remove("approval");
        }
        prune(&mut content);
        let mut parts = Vec::new();
        let mut bytes = Vec::new();
        if let Value::Object(sections) = &content {
            write_object(
                sections,
                &mut bytes,
                &mut |name, value, out| match (name, value) {
                    ("metadata", Value::Object(fields)) => {
                        write_object(fields, out, &mut |field, value, out| {
                            let start = out.len();
                            write(value, out);
                            parts.push((format!("metadata.{field}"), start..out.len()));
                        });
                    }
                    _ => {
                        let start = out.len();
                        write(value, out);
                        parts.push((name.to_owned(), start..out.len()));
                    }
                },
            );
        }
        Canonical { bytes, parts }
    }

    /// The digest of the whole.
    fn digest(&self) -> String {
        digest(&self.bytes)
    }

    /// The digest of the whole and of each part.
    fn seal(&self) -> Seal {
        let parts = self
            .parts
            .iter()
            .map(|(name, range)| (name.clone(), digest(&self.bytes[range.clone()])))
            .collect();
        Seal {
            form: FORM,
            digest: self.digest(),
            parts,
        }
    }
}

/// Records the approval of the routine as it stands: seals it to the content now. A
/// signature over an earlier seal is dropped with it, as it no longer holds.
pub fn seal_approval(routine: &mut Routine) {
    let seal = seal_of(routine);
    if let Some(approval) = &mut routine.metadata.approval {
        approval.seal = Some(seal);
        approval.signature = None;
    }
}

/// Leaves out every member that holds nothing: how an absent optional field is written.
fn prune(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| {
                !matches!(v, Value::Null | Value::Bool(false)) && v != &Value::Array(Vec::new())
            });
            map.values_mut().for_each(prune);
        }
        Value::Array(list) => list.iter_mut().for_each(prune),
        _ => {}
    }
}

/// An object with its keys sorted, each member's value written by `member`.
fn write_object(
    map: &Map<String, Value>,
    out: &mut Vec<u8>,
    member: &mut dyn FnMut(&str, &Value, &mut Vec<u8>),
) {
    let mut members: Vec<(&String, &Value)> = map.iter().collect();
    members.sort_unstable_by(|a, b| a.0.cmp(b.0));
    out.push(b'{');
    for (i, (key, value)) in members.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_string(key, out);
        out.push(b':');
        member(key, value, out);
    }
    out.push(b'}');
}

/// A value in the canonical form.
fn write(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(number) => out.extend_from_slice(number.to_string().as_bytes()),
        Value::String(text) => write_string(text, out),
        Value::Array(list) => {
            out.push(b'[');
            for (i, element) in list.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(element, out);
            }
            out.push(b']');
        }
        Value::Object(map) => write_object(map, out, &mut |_, value, out| write(value, out)),
    }
}

/// A string, escaping only what JSON must.
fn write_string(text: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') {
        out.extend_from_slice(&rest.as_bytes()[..at]);
        let c = rest.as_bytes()[at];
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
        }
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest.as_bytes());
    out.push(b'"');
}

/// `sha256:` and the digest of the bytes in lowercase hex.
fn digest(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(SHA256.len() + 64);
    text.push_str(SHA256);
    for byte in Sha256::digest(bytes) {
        let _ = write!(text, "{byte:02x}");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{check_bytes, check_embedded};
    use crate::routine::model::Approval;
    use crate::routine::write::to_bytes;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    /// Lier's routine (`routines/lier.json`, a draft), approved and sealed.
    /// The seal recorded in an approved routine.
    fn seal_in(routine: &Routine) -> Seal {
        let approval = routine.metadata.approval.as_ref();
        approval.and_then(|a| a.seal.clone()).unwrap()
    }

    fn approved() -> Routine {
        let mut routine = check_embedded(today()).routine.unwrap();
        routine.metadata.approval = Some(Approval {
            role: "Kommuneoverlege".into(),
            name: Some("Kari Nordmann".into()),
            date: today(),
            seal: None,
            signature: None,
            trust: Default::default(),
        });
        seal_approval(&mut routine);
        routine
    }

    /// The approved routine as the text of its file.
    fn approved_file() -> String {
        String::from_utf8(to_bytes(&approved())).unwrap()
    }

    /// The verdict on a file's text, read and validated as the program does.
    fn verdict(text: &str) -> SealVerdict {
        let checked = check_bytes(text.as_bytes(), today());
        let routine = checked
            .routine
            .unwrap_or_else(|| panic!("{:#?}", checked.problems));
        routine.seal_verdict()
    }

    /// JSON written another way: keys in reverse order, no whitespace, and every
    /// character outside ASCII as a `\u` escape.
    fn rewritten(value: &Value) -> String {
        match value {
            Value::Object(map) => {
                let members: Vec<String> = map
                    .iter()
                    .rev()
                    .map(|(k, v)| {
                        format!("{}:{}", rewritten(&Value::from(k.as_str())), rewritten(v))
                    })
                    .collect();
                format!("{{{}}}", members.join(","))
            }
            Value::Array(list) => {
                let elements: Vec<String> = list.iter().map(rewritten).collect();
                format!("[{}]", elements.join(","))
            }
            Value::String(text) => serde_json::to_string(text)
                .unwrap()
                .encode_utf16()
                .map(|unit| match char::from_u32(u32::from(unit)) {
                    Some(c) if c.is_ascii() => c.to_string(),
                    _ => format!("\\u{unit:04x}"),
                })
                .collect(),
            other => other.to_string(),
        }
    }

    #[test]
    fn the_canonical_form_sorts_keys_leaves_out_what_holds_nothing_and_escapes_little() {
        let mut value = serde_json::json!({
            "b": [1, "«å»\t\"\\\u{1}", {"y": false, "x": true}],
            "a": {"z": null, "y": [], "x": {}},
        });
        prune(&mut value);
        let mut out = Vec::new();
        write(&value, &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"a\":{\"x\":{}},\"b\":[1,\"«å»\\t\\\"\\\\\\u0001\",{\"x\":true}]}"
        );
    }

    #[test]
    fn digests_are_sha256_in_lowercase_hex() {
        assert_eq!(
            digest(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_seal_records_its_form_the_whole_and_every_section_and_metadata_field() {
        let routine = approved();
        let seal = seal_in(&routine);
        assert_eq!(seal.form, FORM);
        for part in [
            "contacts",
            "levels",
            "level_rule",
            "cases",
            "metadata.owner",
            "metadata.next_revision",
            "metadata.version",
            "metadata.revision_log",
        ] {
            assert!(
                seal.parts.contains_key(part),
                "{part}: {:?}",
                seal.parts.keys()
            );
        }
        assert!(!seal.parts.contains_key("metadata.approval"));
        assert!(!seal.parts.contains_key("format"));
        assert!(
            !seal.parts.contains_key("metadata.document_id"),
            "absent: left out"
        );
        assert_eq!(routine.seal_verdict(), SealVerdict::Intact);
    }

    #[test]
    fn the_seal_is_written_and_read_back_with_the_signature() {
        let mut routine = approved();
        if let Some(approval) = &mut routine.metadata.approval {
            approval.signature = Some(
                "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n".into(),
            );
        }
        let checked = check_bytes(&to_bytes(&routine), today());
        assert_eq!(checked.routine, Some(routine));
    }

    #[test]
    fn reformatting_and_reordering_the_file_keeps_the_seal() {
        let file = approved_file();
        let value: Value = serde_json::from_str(&file).unwrap();
        let compact = serde_json::to_string(&value).unwrap();
        let other_way = rewritten(&value);
        assert!(other_way.contains("\\u00e5") && !other_way.starts_with(&file[..12]));
        for text in [
            file.as_str(),
            &compact,
            &other_way,
            &file.replace("  ", "\t"),
        ] {
            assert_eq!(verdict(text), SealVerdict::Intact);
        }
    }

    #[test]
    fn writing_out_a_field_that_holds_nothing_keeps_the_seal() {
        let file = approved_file();
        // Lier's file leaves out the optional `level_rule.note` and writes
        // `document_id` as null; the other way round is the same routine.
        let mut value: Value = serde_json::from_str(&file).unwrap();
        value["level_rule"]["note"] = Value::Null;
        value["metadata"]
            .as_object_mut()
            .unwrap()
            .remove("document_id");
        for message in value["key_messages"].as_array_mut().unwrap() {
            let message = message.as_object_mut().unwrap();
            message.entry("sources").or_insert(Value::Array(Vec::new()));
            message.entry("derived").or_insert(Value::Bool(false));
        }
        assert_eq!(verdict(&value.to_string()), SealVerdict::Intact);
    }

    #[test]
    fn a_program_that_learns_a_new_optional_field_keeps_the_seals_of_files_without_it() {
        let routine = approved();
        let sealed = seal_in(&routine);
        // What a newer program writes for this file: its new optional fields, absent.
        let mut written = serde_json::to_value(&routine).unwrap();
        written["contacts"][0]["sms"] = Value::Null;
        written["contacts"][0]["languages"] = Value::Array(Vec::new());
        written["contacts"][0]["video"] = Value::Bool(false);
        written["metadata"]["region"] = Value::Null;
        written["translations"] = Value::Array(Vec::new());
        assert_eq!(Canonical::of_written(written.clone()).seal(), sealed);
        // Once a file fills the field in, it is content.
        written["contacts"][0]["sms"] = "113".into();
        let changed = Canonical::of_written(written).seal();
        assert_ne!(changed.digest, sealed.digest);
        assert_ne!(changed.parts["contacts"], sealed.parts["contacts"]);
    }

    #[test]
    fn any_change_of_content_breaks_the_seal_and_names_the_part() {
        let file = approved_file();
        let broken = |from: &str, to: &str| {
            assert!(file.contains(from), "{from}");
            verdict(&file.replacen(from, to, 1))
        };
        let changed = |parts: &[&str]| SealVerdict::Broken {
            changed: parts.iter().map(|p| (*p).to_owned()).collect(),
        };
        assert_eq!(broken("\"116 117\"", "\"116 118\""), changed(&["contacts"]));
        assert_eq!(
            broken("\"2027-11-29\"", "\"2028-11-29\""),
            changed(&["metadata.next_revision"])
        );
        assert_eq!(
            broken("Virksomhet Psykisk helse og rus\"", "Kommunalsjef helse\""),
            changed(&["metadata.owner"])
        );
        let mut value: Value = serde_json::from_str(&file).unwrap();
        value.as_object_mut().unwrap().remove("level_rule");
        value["levels"][0]["summary"] = "Ring 113 med en gang.".into();
        assert_eq!(
            verdict(&value.to_string()),
            changed(&["level_rule", "levels"])
        );
    }

    #[test]
    fn the_approval_itself_is_outside_the_content() {
        let file = approved_file();
        let mut value: Value = serde_json::from_str(&file).unwrap();
        value["metadata"]["approval"]["name"] = "Ola Nordmann".into();
        assert_eq!(verdict(&value.to_string()), SealVerdict::Intact);
        let seal = &mut value["metadata"]["approval"]["seal"];
        let contacts = seal["parts"]["contacts"].take();
        seal["parts"]["contacts"] = "sha256:00".into();
        assert_eq!(
            verdict(&value.to_string()),
            SealVerdict::Intact,
            "the whole decides"
        );
        let seal = &mut value["metadata"]["approval"]["seal"];
        seal["parts"]["contacts"] = contacts;
        seal["digest"] = "sha256:00".into();
        assert_eq!(
            verdict(&value.to_string()),
            SealVerdict::Broken {
                changed: vec![SEAL_PART.to_owned()]
            }
        );
    }

    #[test]
    fn a_draft_an_unsealed_approval_and_an_unknown_form_cannot_be_checked() {
        let mut routine = approved();
        routine
            .metadata
            .approval
            .as_mut()
            .unwrap()
            .seal
            .as_mut()
            .unwrap()
            .form = FORM + 1;
        assert_eq!(routine.seal_verdict(), SealVerdict::Unsealed);
        assert_eq!(routine.standing(), Standing::Approved { sealed: false });
        routine.metadata.approval.as_mut().unwrap().seal = None;
        assert_eq!(routine.seal_verdict(), SealVerdict::Unsealed);
        routine.metadata.approval = None;
        assert_eq!(routine.seal_verdict(), SealVerdict::Draft);
        assert_eq!(routine.standing(), Standing::Draft);
    }
}
