//! IT's list of trusted approvers, in OpenSSH's `allowed_signers` format, read as
//! `ssh-keygen -Y verify` reads it: one approver a line, `principals [options] key`.
//!
//! Principals are a comma-separated list (patterns with `*` and `?` as ssh-keygen
//! allows; in double quotes when they hold spaces). The options are `namespaces="…"`,
//! `valid-after="…"` and `valid-before="…"` (times as `YYYYMMDD[HHMM[SS]]`, local time,
//! or UTC with a trailing `Z`); `cert-authority` is refused, since the program checks
//! plain keys only. Blank lines and lines starting with `#` are left out. Every problem
//! is collected with its line number, and a line with a problem trusts no one; the rest
//! of the file still counts. A file that cannot be read trusts no one, and says why.

use std::io::Read as _;
use std::path::Path;

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone as _, Utc};
use ssh_key::{Algorithm, PublicKey, public::KeyData};

/// The largest file read: thousands of approvers fit in far less.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The only key type the program checks.
const ED25519: &str = "ssh-ed25519";

/// The trusted approvers, what could not be used, and whether the file could be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowedSigners {
    pub entries: Vec<Entry>,
    pub problems: Vec<LineProblem>,
    /// Why the file could not be read at all; then no one is trusted.
    pub unreadable: Option<Unreadable>,
}

/// One trusted approver: a line with its principals, options and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The line's number, from 1.
    pub line: usize,
    /// The principals (or patterns) as written.
    pub principals: Vec<String>,
    /// The `namespaces` option's pattern list, when the line has one.
    pub namespaces: Option<String>,
    pub valid_after: Option<DateTime<Utc>>,
    pub valid_before: Option<DateTime<Utc>>,
    pub key: KeyData,
}

/// A line that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    /// The line's number, from 1.
    pub line: usize,
    pub fault: Fault,
}

/// What is wrong with a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Principals, but no key after them.
    NoKey,
    /// A `"` that is never closed.
    UnclosedQuote,
    /// Principals quoted in part (`"Kari Nordmann",kari@…`): the quotes go round all.
    PartlyQuoted,
    /// An empty principal (`a,,b`, or `""`).
    EmptyPrincipal,
    /// A key of another type than Ed25519 (the type as written).
    NotEd25519(String),
    /// An Ed25519 key that cannot be decoded (the decoder's words).
    BadKey(String),
    /// `cert-authority`: certificates are not checked by the program.
    CertAuthority,
    /// An option the format does not have (as written).
    UnknownOption(String),
    /// An option given twice.
    RepeatedOption(String),
    /// An option whose value is not in double quotes.
    UnquotedValue(String),
    /// A `valid-after` or `valid-before` that is not a time.
    BadTime { option: String, value: String },
}

/// Why the whole file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// There is no such file.
    Missing,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The system's words.
    Io(String),
}

impl AllowedSigners {
    /// The list in a file; a file that cannot be read trusts no one.
    pub fn read_file(path: &Path) -> AllowedSigners {
        let unreadable = |why| AllowedSigners {
            unreadable: Some(why),
            ..AllowedSigners::default()
        };
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return unreadable(Unreadable::Missing);
            }
            Err(error) => return unreadable(Unreadable::Io(error.to_string())),
        };
        let mut bytes = Vec::new();
        if let Err(error) = file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
            return unreadable(Unreadable::Io(error.to_string()));
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return unreadable(Unreadable::TooLarge);
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        AllowedSigners::parse(&String::from_utf8_lossy(bytes))
    }

    /// The list in a text: every line's problems, and the lines that can be used.
    pub fn parse(text: &str) -> AllowedSigners {
        let mut signers = AllowedSigners::default();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            match parse_line(line) {
                Ok(None) => {}
                Ok(Some(parsed)) => signers.entries.push(parsed.into_entry(number)),
                Err(faults) => {
                    signers
                        .problems
                        .extend(faults.into_iter().map(|fault| LineProblem {
                            line: number,
                            fault,
                        }))
                }
            }
        }
        signers
    }

    /// Whether the list trusts no one (no usable line, or no file).
    pub fn trusts_no_one(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The line to give IT for a key: `principal namespaces="rutineveileder-approval" key`,
/// the principal quoted when it holds a space.
pub fn line_for(principal: &str, key: &PublicKey) -> Result<String, ssh_key::Error> {
    let principal = if principal.contains([' ', '\t']) {
        format!("\"{principal}\"")
    } else {
        principal.to_owned()
    };
    Ok(format!(
        "{principal} namespaces=\"{}\" {}",
        super::NAMESPACE,
        key.to_openssh()?
    ))
}

/// Whether a principal can stand in an `allowed_signers` line as it is meant: not
/// empty, no comma (it separates principals), no quote, no pattern characters, no
/// control characters, and no `#` first (a comment).
pub fn is_plain_principal(principal: &str) -> bool {
    !principal.trim().is_empty()
        && !principal.starts_with('#')
        && !principal.contains([',', '"', '*', '?', '!'])
        && !principal.chars().any(char::is_control)
}

/// Whether `text` matches an OpenSSH pattern list: comma-separated patterns with `*`
/// and `?`; a pattern starting with `!` that matches rules the text out.
pub fn matches_pattern_list(text: &str, list: &str) -> bool {
    let mut matched = false;
    for pattern in list.split(',') {
        match pattern.strip_prefix('!') {
            Some(negated) if matches_pattern(text, negated) => return false,
            Some(_) => {}
            None => matched |= matches_pattern(text, pattern),
        }
    }
    matched
}

/// Whether `text` matches one pattern (`*` any run of characters, `?` any one).
fn matches_pattern(text: &str, pattern: &str) -> bool {
    let text: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    let (mut t, mut p) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if c == '?' || c == text[t] => {
                t += 1;
                p += 1;
            }
            _ => match star {
                Some((star_p, star_t)) => {
                    p = star_p + 1;
                    t = star_t + 1;
                    star = Some((star_p, star_t + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// A line read, before it has its number.
struct Parsed {
    principals: Vec<String>,
    options: Options,
    key: KeyData,
}

impl Parsed {
    fn into_entry(self, line: usize) -> Entry {
        Entry {
            line,
            principals: self.principals,
            namespaces: self.options.namespaces,
            valid_after: self.options.valid_after,
            valid_before: self.options.valid_before,
            key: self.key,
        }
    }
}

/// A line's options.
#[derive(Default)]
struct Options {
    namespaces: Option<String>,
    valid_after: Option<DateTime<Utc>>,
    valid_before: Option<DateTime<Utc>>,
}

/// One line: `None` for a blank line or a comment, else the entry or every problem.
fn parse_line(line: &str) -> Result<Option<Parsed>, Vec<Fault>> {
    let line = line.trim_start_matches([' ', '\t']).trim_end();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let (principals, rest) = read_principals(line).map_err(|fault| vec![fault])?;
    let mut faults = Vec::new();
    if principals.iter().any(|p| p.is_empty()) {
        faults.push(Fault::EmptyPrincipal);
    }
    let (options, key_text) = match rest.split_whitespace().next() {
        None => return Err([faults, vec![Fault::NoKey]].concat()),
        Some(first) if looks_like_key_type(first) => (Options::default(), rest),
        Some(_) => {
            let (options_text, after) = split_unquoted_space(rest).map_err(|f| vec![f])?;
            match read_options(options_text) {
                Ok(options) => (options, after.trim_start()),
                Err(mut more) => {
                    faults.append(&mut more);
                    (Options::default(), after.trim_start())
                }
            }
        }
    };
    match read_key(key_text) {
        Ok(key) if faults.is_empty() => Ok(Some(Parsed {
            principals,
            options,
            key,
        })),
        Ok(_) => Err(faults),
        Err(fault) => Err([faults, vec![fault]].concat()),
    }
}

/// The principals at the start of a line and the rest after them.
fn read_principals(line: &str) -> Result<(Vec<String>, &str), Fault> {
    let (field, rest) = match line.strip_prefix('"') {
        Some(quoted) => {
            let close = quoted.find('"').ok_or(Fault::UnclosedQuote)?;
            let after = &quoted[close + 1..];
            if !after.is_empty() && !after.starts_with([' ', '\t']) {
                return Err(Fault::PartlyQuoted);
            }
            (&quoted[..close], after)
        }
        None => line.split_at(line.find([' ', '\t']).unwrap_or(line.len())),
    };
    let principals = field.split(',').map(str::to_owned).collect();
    Ok((principals, rest.trim_start_matches([' ', '\t'])))
}

/// Whether a word is an OpenSSH key type, so no options stand before the key.
fn looks_like_key_type(word: &str) -> bool {
    ["ssh-", "ecdsa-", "sk-", "rsa-"]
        .iter()
        .any(|prefix| word.starts_with(prefix))
}

/// The text up to the first space or tab outside double quotes, and the rest.
fn split_unquoted_space(text: &str) -> Result<(&str, &str), Fault> {
    let mut quoted = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ' ' | '\t' if !quoted => return Ok((&text[..at], &text[at..])),
            _ => {}
        }
    }
    if quoted {
        return Err(Fault::UnclosedQuote);
    }
    Ok((text, ""))
}

/// The options, comma-separated: every problem, or the options.
fn read_options(text: &str) -> Result<Options, Vec<Fault>> {
    let mut options = Options::default();
    let mut faults = Vec::new();
    for option in split_unquoted_commas(text) {
        let (name, value) = option.split_once('=').unwrap_or((option, ""));
        let lower = name.to_ascii_lowercase();
        if lower == "cert-authority" && value.is_empty() {
            faults.push(Fault::CertAuthority);
            continue;
        }
        if !["namespaces", "valid-after", "valid-before"].contains(&lower.as_str()) {
            faults.push(Fault::UnknownOption(name.to_owned()));
            continue;
        }
        let Some(value) = dequote(value) else {
            faults.push(Fault::UnquotedValue(name.to_owned()));
            continue;
        };
        if let Err(fault) = options.set(&lower, name, value) {
            faults.push(fault);
        }
    }
    if faults.is_empty() {
        Ok(options)
    } else {
        Err(faults)
    }
}

impl Options {
    /// Sets one option; `lower` is its name in lower case, `name` as written.
    fn set(&mut self, lower: &str, name: &str, value: String) -> Result<(), Fault> {
        let repeated = || Fault::RepeatedOption(name.to_owned());
        let time = |value: &str| {
            absolute_time(value).ok_or_else(|| Fault::BadTime {
                option: name.to_owned(),
                value: value.to_owned(),
            })
        };
        match lower {
            "namespaces" if self.namespaces.is_some() => Err(repeated()),
            "namespaces" => {
                self.namespaces = Some(value);
                Ok(())
            }
            "valid-after" if self.valid_after.is_some() => Err(repeated()),
            "valid-after" => {
                self.valid_after = Some(time(&value)?);
                Ok(())
            }
            _ if self.valid_before.is_some() => Err(repeated()),
            _ => {
                self.valid_before = Some(time(&value)?);
                Ok(())
            }
        }
    }
}

/// The options split at commas outside double quotes.
fn split_unquoted_commas(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut quoted, mut escaped, mut start) = (false, false, 0);
    for (at, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                parts.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// A value in double quotes, with `\"` for a quote inside; `None` when not quoted.
fn dequote(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.replace("\\\"", "\""))
}

/// A time as ssh-keygen takes it: `YYYYMMDD`, `YYYYMMDDHHMM` or `YYYYMMDDHHMMSS`, in
/// local time, or in UTC with a trailing `Z` or `UTC`.
fn absolute_time(text: &str) -> Option<DateTime<Utc>> {
    let upper = text.to_ascii_uppercase();
    let (digits, utc) = match upper.strip_suffix('Z').or(upper.strip_suffix("UTC")) {
        Some(digits) => (digits, true),
        None => (upper.as_str(), false),
    };
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| digits.get(range)?.parse::<u32>().ok();
    let date = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(4..6)?, number(6..8)?)?;
    let (hour, minute, second) = match digits.len() {
        8 => (0, 0, 0),
        12 => (number(8..10)?, number(10..12)?, 0),
        14 => (number(8..10)?, number(10..12)?, number(12..14)?),
        _ => return None,
    };
    let moment: NaiveDateTime = date.and_hms_opt(hour, minute, second)?;
    if utc {
        Some(moment.and_utc())
    } else {
        Local
            .from_local_datetime(&moment)
            .earliest()
            .map(|local| local.with_timezone(&Utc))
    }
}

/// The key at the end of a line: `ssh-ed25519 AAAA… [comment]`.
fn read_key(text: &str) -> Result<KeyData, Fault> {
    let mut words = text.split_whitespace();
    let (Some(kind), Some(base64)) = (words.next(), words.next()) else {
        return Err(Fault::NoKey);
    };
    if kind != ED25519 {
        return Err(Fault::NotEd25519(kind.to_owned()));
    }
    let key = PublicKey::from_openssh(&format!("{kind} {base64}"))
        .map_err(|error| Fault::BadKey(error.to_string()))?;
    if key.algorithm() != Algorithm::Ed25519 {
        return Err(Fault::NotEd25519(key.algorithm().to_string()));
    }
    Ok(key.key_data().clone())
}
