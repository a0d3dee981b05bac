//! Reads IT's policy from this machine: the registry and then the policy file on
//! Windows, `/etc/rutineveileder/policy.json` elsewhere. Nothing here is the user's:
//! a debug build alone may be pointed at a test file instead.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::{Fault, MAX_FILE_BYTES, Policy, Source};

/// In debug builds only, a policy file read instead of the machine's policy, so tests
/// can set one. Release builds never look at it, so no user steps around IT's lock.
pub const TEST_FILE_VARIABLE: &str = "RUTINEVEILEDER_POLICY_FILE";

/// The policy in force on this machine.
pub fn read() -> Policy {
    if let Some(file) = test_file() {
        return read_file(&file);
    }
    let mut sources = Vec::new();
    #[cfg(windows)]
    sources.push(registry::read());
    if let Some(file) = policy_file() {
        sources.push(read_file(&file));
    }
    Policy::combined(sources)
}

#[cfg(debug_assertions)]
fn test_file() -> Option<PathBuf> {
    std::env::var_os(TEST_FILE_VARIABLE).map(PathBuf::from)
}

#[cfg(not(debug_assertions))]
fn test_file() -> Option<PathBuf> {
    None
}

/// The machine's policy file: `%ProgramData%\Rutineveileder\policy.json`, with the
/// folder asked of Windows rather than of the environment, which a user could change.
#[cfg(windows)]
pub fn policy_file() -> Option<PathBuf> {
    let program_data = windows_sys::Win32::UI::Shell::FOLDERID_ProgramData;
    dirs_sys::known_folder(program_data).map(|dir| dir.join("Rutineveileder").join("policy.json"))
}

/// The machine's policy file.
#[cfg(not(windows))]
pub fn policy_file() -> Option<PathBuf> {
    Some(PathBuf::from("/etc/rutineveileder/policy.json"))
}

/// The policy in a file; an empty policy when there is no such file.
pub fn read_file(path: &Path) -> Policy {
    let source = Source::File(path.to_owned());
    let unreadable = |error: std::io::Error| Fault::Unreadable(error.to_string());
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Policy::nothing_in(source);
        }
        Err(error) => return Policy::unreadable(source, unreadable(error)),
    };
    let mut bytes = Vec::new();
    if let Err(error) = file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        return Policy::unreadable(source, unreadable(error));
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Policy::unreadable(source, Fault::TooLarge);
    }
    Policy::from_file_bytes(path, &bytes)
}

/// The values under `HKLM\SOFTWARE\Policies\Rutineveileder`, in the 64-bit view the
/// MSI and group policy write.
#[cfg(windows)]
mod registry {
    use windows_registry::{LOCAL_MACHINE, Type, Value};

    use crate::policy::{Fault, Policy, REGISTRY_KEY, Raw, Source};

    /// ERROR_FILE_NOT_FOUND as an HRESULT: there is no such key, so no policy.
    const NOT_FOUND: i32 = 0x8007_0002_u32 as i32;

    pub fn read() -> Policy {
        let unreadable = |message| Policy::unreadable(Source::Registry, Fault::Unreadable(message));
        let key = match LOCAL_MACHINE.open(REGISTRY_KEY) {
            Ok(key) => key,
            Err(error) if error.code().0 == NOT_FOUND => {
                return Policy::nothing_in(Source::Registry);
            }
            Err(error) => return unreadable(error.message()),
        };
        match key.values() {
            Ok(values) => Policy::from_values(
                Source::Registry,
                values.map(|(name, value)| (name, raw(value))),
            ),
            Err(error) => unreadable(error.message()),
        }
    }

    /// A registry value as a policy value: texts (REG_EXPAND_SZ as written, not
    /// expanded) and numbers; anything else is reported as the wrong kind.
    fn raw(value: Value) -> Raw {
        match value.ty() {
            Type::String | Type::ExpandString => {
                String::try_from(value).map_or(Raw::Other, Raw::Text)
            }
            Type::U32 | Type::U64 => u64::try_from(value).map_or(Raw::Other, Raw::Number),
            _ => Raw::Other,
        }
    }
}
