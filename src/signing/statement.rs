//! The exact text an approver signs: the routine's seal with the approval's role, name
//! and date, in a small versioned form that `ssh-keygen -Y verify` can be given as it is.

use std::fmt::Write as _;

use chrono::NaiveDate;

/// The version of the signed text's form. A later form gets a new number, so a
/// signature always says which text it was made over.
pub const FORM: u32 = 1;

/// An approval as it is signed: the seal's digest (`sha256:<hex>`) and the approval's
/// role, name and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement<'a> {
    pub seal: &'a str,
    pub role: &'a str,
    pub name: &'a str,
    pub date: NaiveDate,
}

impl Statement<'_> {
    /// The text signed, UTF-8, each line ending in a line feed:
    ///
    /// ```text
    /// rutineveileder-approval 1
    /// seal sha256:4f1c…
    /// role "Kommuneoverlege"
    /// name "Kari Nordmann"
    /// date 2027-01-15
    /// ```
    ///
    /// The first line names the form and its version ([`FORM`]). Role and name stand in
    /// double quotes with `"`, `\` and control characters escaped as in JSON, so no
    /// role or name can pass for another line and no two approvals give the same text.
    pub fn text(&self) -> String {
        format!(
            "{namespace} {FORM}\nseal {seal}\nrole {role}\nname {name}\ndate {date}\n",
            namespace = super::NAMESPACE,
            seal = self.seal,
            role = quoted(self.role),
            name = quoted(self.name),
            date = self.date.format("%Y-%m-%d"),
        )
    }
}

/// A text in double quotes, escaped as a JSON string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                // A control character is below U+00A0: four hex digits always hold it.
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement<'a>(role: &'a str, name: &'a str) -> Statement<'a> {
        Statement {
            seal: "sha256:00ff",
            role,
            name,
            date: NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
        }
    }

    #[test]
    fn the_text_is_the_documented_form() {
        assert_eq!(
            statement("Kommuneoverlege", "Kari Nordmann").text(),
            "rutineveileder-approval 1\nseal sha256:00ff\nrole \"Kommuneoverlege\"\n\
             name \"Kari Nordmann\"\ndate 2027-01-15\n"
        );
    }

    #[test]
    fn a_line_break_cannot_move_text_from_the_role_to_the_name() {
        // Unquoted, both would read «role A», «name B», «name C».
        let moved = statement("A\nname B", "C").text();
        let plain = statement("A", "B\nname C").text();
        assert_ne!(moved, plain);
        assert_eq!(moved.lines().count(), 5, "{moved}");
        assert!(moved.contains("role \"A\\u000aname B\"\n"), "{moved}");
    }

    #[test]
    fn quoting_is_json_string_quoting() {
        let name = "Åse «Bø» \\ \"x\"\t\u{7f}";
        let quoted = quoted(name);
        let parsed: String = serde_json::from_str(&quoted).unwrap();
        assert_eq!(parsed, name);
    }
}
