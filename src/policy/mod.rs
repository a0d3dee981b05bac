//! IT's machine policy: what IT sets for every user of a PC, read from the machine and
//! never from the user's own files.
//!
//! On Windows the values under `HKLM\SOFTWARE\Policies\Rutineveileder` (where group
//! policy and Intune write, and the MSI's properties) come first, then the same keys in
//! `%ProgramData%\Rutineveileder\policy.json`; elsewhere `/etc/rutineveileder/policy.json`.
//! A value in the registry wins over the same key in the file. Reading never fails:
//! whatever cannot be used is left out, with a [`Problem`] saying where and what, and
//! the program runs on the rest and its defaults.
//!
//! This module is pure: it turns a source's values into a [`Policy`] and decides with it
//! ([`Policy::routine_file`], [`Policy::start_screen`]). [`machine`] is the thin layer that
//! reads the registry and the files.

pub mod machine;

use std::fmt;
use std::path::{Path, PathBuf};

/// The registry key IT's policy lives under, in `HKEY_LOCAL_MACHINE`.
pub const REGISTRY_KEY: &str = r"SOFTWARE\Policies\Rutineveileder";

/// The largest policy file read; a policy is a few lines.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// A key of the policy, named as in the registry and in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The routine file every user of the PC starts on.
    RoutinePath,
    /// Whether `RoutinePath` is locked: no command line or user setting can change it.
    LockRoutine,
    /// The screen the window opens on.
    StartScreen,
    /// Whether the revision screen is kept away (frontline PCs).
    HideRevision,
    /// The file listing the approvers whose signatures are trusted (OpenSSH's
    /// `allowed_signers` format): an approval counts only with a valid signature from one
    /// of them (`signing::trust`).
    AllowedSigners,
}

impl Key {
    pub const ALL: [Key; 5] = [
        Key::RoutinePath,
        Key::LockRoutine,
        Key::StartScreen,
        Key::HideRevision,
        Key::AllowedSigners,
    ];

    /// The key's name in the registry and the file.
    pub fn name(self) -> &'static str {
        match self {
            Key::RoutinePath => "RoutinePath",
            Key::LockRoutine => "LockRoutine",
            Key::StartScreen => "StartScreen",
            Key::HideRevision => "HideRevision",
            Key::AllowedSigners => "AllowedSigners",
        }
    }

    /// The key with this name. Case does not matter, as in the registry.
    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL
            .into_iter()
            .find(|key| key.name().eq_ignore_ascii_case(name.trim()))
    }
}

/// Where the policy was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The values under `HKLM\SOFTWARE\Policies\Rutineveileder`.
    Registry,
    /// A policy file.
    File(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Registry => write!(f, r"HKLM\{REGISTRY_KEY}"),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// One key in one source, as a person looks it up: `HKLM\…\Rutineveileder\RoutinePath`
/// or `/etc/rutineveileder/policy.json: RoutinePath`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place<'a> {
    pub source: &'a Source,
    pub key: &'a str,
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.source {
            Source::Registry => write!(f, r"{}\{}", self.source, self.key),
            Source::File(_) => write!(f, "{}: {}", self.source, self.key),
        }
    }
}

/// A value IT has set, and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Set<T> {
    /// Where this value was read, for a person to look it up.
    pub fn place(&self, key: Key) -> Place<'_> {
        Place {
            source: &self.source,
            key: key.name(),
        }
    }
}

/// The screen the window opens on, by the names `RUTINEVEILEDER_START_SCREEN` and the
/// policy's `StartScreen` take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartScreen {
    Guide,
    Training,
    Revision,
    Print,
    Settings,
}

impl StartScreen {
    pub const ALL: [StartScreen; 5] = [
        StartScreen::Guide,
        StartScreen::Training,
        StartScreen::Revision,
        StartScreen::Print,
        StartScreen::Settings,
    ];

    /// The screen's name as IT writes it (the screen's menu name, without æøå).
    pub fn name(self) -> &'static str {
        match self {
            StartScreen::Guide => "samtale",
            StartScreen::Training => "opplaering",
            StartScreen::Revision => "revisjon",
            StartScreen::Print => "utskrifter",
            StartScreen::Settings => "innstillinger",
        }
    }

    /// The screen with this name; case and surrounding spaces do not matter.
    pub fn from_name(name: &str) -> Option<StartScreen> {
        StartScreen::ALL
            .into_iter()
            .find(|screen| screen.name().eq_ignore_ascii_case(name.trim()))
    }
}

/// A value as a source holds it, before it is known to be usable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raw {
    /// A text (the registry's REG_SZ or REG_EXPAND_SZ, a JSON string).
    Text(String),
    /// A whole number (the registry's REG_DWORD or REG_QWORD, a JSON number).
    Number(u64),
    /// A JSON `true` or `false`.
    Bool(bool),
    /// Anything else (binary or multi-string values, JSON null, lists, objects,
    /// negative or fractional numbers).
    Other,
}

/// What is wrong with a policy source or one of its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The file or the registry key exists but could not be read (the system's words).
    Unreadable(String),
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The file is not JSON (serde_json's words, with line and column).
    NotJson(String),
    /// The file is JSON but not one object `{ … }`.
    NotAnObject,
    /// A key the policy does not have (a misspelling, most likely).
    UnknownKey,
    /// A yes/no key holding something else than 1/0 or true/false.
    NotYesNo(Raw),
    /// A path key holding something else than a full path.
    NotAPath(Raw),
    /// `StartScreen` naming no screen.
    NotAScreen(Raw),
    /// `LockRoutine` is on, but there is no usable `RoutinePath` to lock.
    LockWithoutPath,
}

/// One problem with the policy: where, which key (if one), and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub source: Source,
    /// The key as the source spells it; `None` for the source as a whole.
    pub key: Option<String>,
    pub fault: Fault,
}

impl Problem {
    /// Where the problem is: the key in its source, or the source.
    pub fn place(&self) -> String {
        match &self.key {
            Some(key) => Place {
                source: &self.source,
                key,
            }
            .to_string(),
            None => self.source.to_string(),
        }
    }
}

/// IT's policy for this PC: each value IT has set, where it came from, and what could
/// not be used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    pub routine_path: Option<Set<PathBuf>>,
    pub lock_routine: Option<Set<bool>>,
    pub start_screen: Option<Set<StartScreen>>,
    pub hide_revision: Option<Set<bool>>,
    pub allowed_signers: Option<Set<PathBuf>>,
    /// Where the policy was looked for, in order of precedence.
    pub looked_in: Vec<Source>,
    /// What could not be used; the program runs without it.
    pub problems: Vec<Problem>,
}

/// Where the routine the window opens comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoutineFrom {
    /// IT's `RoutinePath` with `LockRoutine`: nothing else can change it.
    LockedPolicy,
    /// `--routine` on the command line.
    CommandLine,
    /// The file the user chose in the settings.
    UserSetting,
    /// IT's `RoutinePath` without a lock: used when the user has chosen none.
    Policy,
    /// The routine built into the program.
    BuiltIn,
}

/// The routine file the window opens, and why that one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutineChoice {
    /// `None` for the built-in routine.
    pub path: Option<PathBuf>,
    pub from: RoutineFrom,
}

impl Policy {
    /// An empty policy that knows where it looked.
    pub fn nothing_in(source: Source) -> Policy {
        Policy {
            looked_in: vec![source],
            ..Policy::default()
        }
    }

    /// A source that exists but could not be read.
    pub fn unreadable(source: Source, fault: Fault) -> Policy {
        Policy {
            looked_in: vec![source.clone()],
            problems: vec![Problem {
                source,
                key: None,
                fault,
            }],
            ..Policy::default()
        }
    }

    /// The policy in one source's values, each as `(key, value)` the way the registry or
    /// the file spells it. An empty text counts as not set.
    pub fn from_values(source: Source, values: impl IntoIterator<Item = (String, Raw)>) -> Policy {
        let mut policy = Policy::nothing_in(source.clone());
        for (name, raw) in values {
            let problem = |fault| Problem {
                source: source.clone(),
                key: Some(name.clone()),
                fault,
            };
            let Some(key) = Key::from_name(&name) else {
                policy.problems.push(problem(Fault::UnknownKey));
                continue;
            };
            if matches!(&raw, Raw::Text(text) if text.trim().is_empty()) {
                continue;
            }
            let read = match key {
                Key::RoutinePath => path(&raw).map(|p| policy.routine_path = set(p, &source)),
                Key::AllowedSigners => path(&raw).map(|p| policy.allowed_signers = set(p, &source)),
                Key::LockRoutine => yes_no(&raw).map(|b| policy.lock_routine = set(b, &source)),
                Key::HideRevision => yes_no(&raw).map(|b| policy.hide_revision = set(b, &source)),
                Key::StartScreen => screen(&raw).map(|s| policy.start_screen = set(s, &source)),
            };
            if let Err(fault) = read {
                policy.problems.push(problem(fault));
            }
        }
        policy
    }

    /// The policy in the bytes of a policy file: one JSON object with the keys above.
    pub fn from_file_bytes(path: &Path, bytes: &[u8]) -> Policy {
        let source = Source::File(path.to_owned());
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match serde_json::from_slice::<serde_json::Value>(bytes) {
            Ok(serde_json::Value::Object(map)) => {
                let values = map.into_iter().map(|(key, value)| (key, raw(value)));
                Policy::from_values(source, values)
            }
            Ok(_) => Policy::unreadable(source, Fault::NotAnObject),
            Err(error) => Policy::unreadable(source, Fault::NotJson(error.to_string())),
        }
    }

    /// The sources together, the first one's values winning over the later ones', key
    /// by key (the registry over the file). A lock with nothing to lock is a problem.
    pub fn combined(sources: impl IntoIterator<Item = Policy>) -> Policy {
        let mut policy = sources.into_iter().reduce(Policy::over).unwrap_or_default();
        if let Some(lock) = &policy.lock_routine
            && lock.value
            && policy.routine_path.is_none()
        {
            policy.problems.push(Problem {
                source: lock.source.clone(),
                key: Some(Key::LockRoutine.name().to_owned()),
                fault: Fault::LockWithoutPath,
            });
            policy.lock_routine = None;
        }
        policy
    }

    /// This source's values where it has them, else the other's.
    fn over(self, other: Policy) -> Policy {
        Policy {
            routine_path: self.routine_path.or(other.routine_path),
            lock_routine: self.lock_routine.or(other.lock_routine),
            start_screen: self.start_screen.or(other.start_screen),
            hide_revision: self.hide_revision.or(other.hide_revision),
            allowed_signers: self.allowed_signers.or(other.allowed_signers),
            looked_in: [self.looked_in, other.looked_in].concat(),
            problems: [self.problems, other.problems].concat(),
        }
    }

    /// IT's routine file when it is locked.
    pub fn locked_routine(&self) -> Option<&Set<PathBuf>> {
        let locked = self.lock_routine.as_ref().is_some_and(|lock| lock.value);
        self.routine_path.as_ref().filter(|_| locked)
    }

    /// Which routine file the window opens: IT's locked path, else the one given on the
    /// command line, else the user's own choice, else IT's unlocked path, else the
    /// built-in routine. The window and the settings screen both ask here.
    pub fn routine_file(
        &self,
        command_line: Option<&Path>,
        setting: Option<&Path>,
    ) -> RoutineChoice {
        let chosen = |path: &Path, from| RoutineChoice {
            path: Some(path.to_owned()),
            from,
        };
        if let Some(locked) = self.locked_routine() {
            return chosen(&locked.value, RoutineFrom::LockedPolicy);
        }
        if let Some(path) = command_line {
            return chosen(path, RoutineFrom::CommandLine);
        }
        if let Some(path) = setting {
            return chosen(path, RoutineFrom::UserSetting);
        }
        match &self.routine_path {
            Some(policy) => chosen(&policy.value, RoutineFrom::Policy),
            None => RoutineChoice {
                path: None,
                from: RoutineFrom::BuiltIn,
            },
        }
    }

    /// Whether the revision screen is kept away.
    pub fn hides_revision(&self) -> bool {
        self.hide_revision.as_ref().is_some_and(|hide| hide.value)
    }

    /// The screen to open on: the one `RUTINEVEILEDER_START_SCREEN` names (its value is
    /// `environment`; it wins, for training rooms), else the policy's. Never the revision
    /// screen where the policy hides it.
    pub fn start_screen(&self, environment: Option<&str>) -> Option<StartScreen> {
        environment
            .and_then(StartScreen::from_name)
            .or(self.start_screen.as_ref().map(|set| set.value))
            .filter(|screen| !(*screen == StartScreen::Revision && self.hides_revision()))
    }

    /// Whether IT has set anything, or something it set could not be used.
    pub fn is_empty(&self) -> bool {
        self.routine_path.is_none()
            && self.lock_routine.is_none()
            && self.start_screen.is_none()
            && self.hide_revision.is_none()
            && self.allowed_signers.is_none()
            && self.problems.is_empty()
    }
}

/// A value read from `source`.
fn set<T>(value: T, source: &Source) -> Option<Set<T>> {
    Some(Set {
        value,
        source: source.clone(),
    })
}

/// A JSON value as a policy value.
fn raw(value: serde_json::Value) -> Raw {
    match value {
        serde_json::Value::String(text) => Raw::Text(text),
        serde_json::Value::Bool(b) => Raw::Bool(b),
        serde_json::Value::Number(n) => n.as_u64().map_or(Raw::Other, Raw::Number),
        _ => Raw::Other,
    }
}

/// A yes/no value: 1 or 0 (as group policy writes a DWORD, or the MSI a text), or true
/// or false.
fn yes_no(raw: &Raw) -> Result<bool, Fault> {
    match raw {
        Raw::Bool(b) => Ok(*b),
        Raw::Number(1) => Ok(true),
        Raw::Number(0) => Ok(false),
        Raw::Text(text) => match text.trim().to_ascii_lowercase().as_str() {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            _ => Err(Fault::NotYesNo(raw.clone())),
        },
        _ => Err(Fault::NotYesNo(raw.clone())),
    }
}

/// A full path to a file (a relative one would depend on where the program was
/// started from).
fn path(raw: &Raw) -> Result<PathBuf, Fault> {
    match raw {
        Raw::Text(text) if Path::new(text.trim()).is_absolute() => Ok(PathBuf::from(text.trim())),
        _ => Err(Fault::NotAPath(raw.clone())),
    }
}

/// A start screen's name.
fn screen(raw: &Raw) -> Result<StartScreen, Fault> {
    match raw {
        Raw::Text(text) => StartScreen::from_name(text).ok_or(Fault::NotAScreen(raw.clone())),
        _ => Err(Fault::NotAScreen(raw.clone())),
    }
}

#[cfg(test)]
mod tests;
