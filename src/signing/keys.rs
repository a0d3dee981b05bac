//! The approver's key: making a new passphrase-protected Ed25519 key in OpenSSH's
//! format, and signing an approval's text with a key file and its passphrase. A key
//! without a passphrase is refused, so a copied key file alone cannot sign.

use std::fs::OpenOptions;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use ssh_key::rand_core::OsRng;
use ssh_key::{Algorithm, Error, HashAlg, LineEnding, PrivateKey};

use super::NAMESPACE;
use super::allowed::{is_plain_principal, line_for};

/// The fewest characters a new key's passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The largest key file read: an OpenSSH Ed25519 key is under 1 kB.
const MAX_KEY_BYTES: u64 = 64 * 1024;

/// Why a key file could not sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyFault {
    /// There is no such file.
    Missing,
    /// The system's words.
    Unreadable(String),
    /// The file is a public key (`….pub`), not the private key.
    PublicKeyGiven,
    /// The file is not an OpenSSH private key (`-----BEGIN OPENSSH PRIVATE KEY-----`).
    NotOpenSsh,
    /// An OpenSSH key of another kind than Ed25519 (the algorithm, when known).
    NotEd25519(Option<String>),
    /// The key has no passphrase.
    NoPassphrase,
    /// The passphrase does not open the key.
    WrongPassphrase,
    /// The signature could not be made (the library's words).
    Failed(String),
}

/// Why a new key could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewKeyFault {
    /// Fewer than [`MIN_PASSPHRASE_CHARS`] characters.
    ShortPassphrase,
    /// The principal cannot stand in an `allowed_signers` line as it is.
    BadPrincipal,
    /// This file is there already and is not overwritten.
    Exists(PathBuf),
    /// This file could not be written (the system's words).
    Unwritable { path: PathBuf, error: String },
    /// The key could not be made (the library's words).
    Failed(String),
}

/// A new key, written: its two files, its fingerprint and the line for IT's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKey {
    pub private_file: PathBuf,
    pub public_file: PathBuf,
    /// `SHA256:…`, as ssh-keygen shows it.
    pub fingerprint: String,
    /// The line for IT's `allowed_signers` file.
    pub allowed_line: String,
}

/// A passphrase typed in the window: never shown in debug output, and wiped from memory
/// when it is cleared or dropped.
#[derive(Default)]
pub struct Passphrase(zeroize::Zeroizing<String>);

impl Passphrase {
    /// The text, for the field it is typed in.
    pub fn text_mut(&mut self) -> &mut String {
        &mut self.0
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Wipes the passphrase.
    pub fn clear(&mut self) {
        zeroize::Zeroize::zeroize(&mut *self.0);
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// Signs `text` with the private key in `key_file`, opened with `passphrase`: the
/// armored SSHSIG signature (`-----BEGIN SSH SIGNATURE-----`), namespace
/// `rutineveileder-approval`, hash SHA-512 as ssh-keygen makes it.
pub fn sign(text: &str, key_file: &Path, passphrase: &str) -> Result<String, KeyFault> {
    let key = open(key_file, passphrase)?;
    let signature = key
        .sign(NAMESPACE, HashAlg::Sha512, text.as_bytes())
        .map_err(|error| KeyFault::Failed(error.to_string()))?;
    signature
        .to_pem(LineEnding::LF)
        .map_err(|error| KeyFault::Failed(error.to_string()))
}

/// The Ed25519 private key in `key_file`, decrypted with `passphrase`.
fn open(key_file: &Path, passphrase: &str) -> Result<PrivateKey, KeyFault> {
    let text = read_key_file(key_file)?;
    let key = PrivateKey::from_openssh(text.trim()).map_err(|error| match error {
        Error::AlgorithmUnknown | Error::AlgorithmUnsupported { .. } => KeyFault::NotEd25519(None),
        _ if looks_like_public_key(&text) => KeyFault::PublicKeyGiven,
        _ => KeyFault::NotOpenSsh,
    })?;
    if key.algorithm() != Algorithm::Ed25519 {
        return Err(KeyFault::NotEd25519(Some(key.algorithm().to_string())));
    }
    if !key.is_encrypted() {
        return Err(KeyFault::NoPassphrase);
    }
    key.decrypt(passphrase).map_err(|error| match error {
        Error::Crypto => KeyFault::WrongPassphrase,
        other => KeyFault::Failed(other.to_string()),
    })
}

/// The key file's text, within a size no key file reaches.
fn read_key_file(path: &Path) -> Result<zeroize::Zeroizing<String>, KeyFault> {
    let file = std::fs::File::open(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => KeyFault::Missing,
        _ => KeyFault::Unreadable(error.to_string()),
    })?;
    let mut text = zeroize::Zeroizing::new(String::new());
    file.take(MAX_KEY_BYTES)
        .read_to_string(&mut text)
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::InvalidData => KeyFault::NotOpenSsh,
            _ => KeyFault::Unreadable(error.to_string()),
        })?;
    Ok(text)
}

/// Whether a text is an OpenSSH public key line (`ssh-ed25519 AAAA…`).
fn looks_like_public_key(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    first.starts_with("ssh-") || first.starts_with("ecdsa-") || first.starts_with("sk-")
}

/// Makes a new Ed25519 key protected by `passphrase` (bcrypt-pbkdf and AES-256-CTR, as
/// ssh-keygen does) for `principal`, and writes the private key to `out` (readable by
/// its owner only, on Unix) and the public key to `out.pub`. Neither file may exist.
pub fn new_key(out: &Path, principal: &str, passphrase: &str) -> Result<NewKey, NewKeyFault> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(NewKeyFault::ShortPassphrase);
    }
    if !is_plain_principal(principal) {
        return Err(NewKeyFault::BadPrincipal);
    }
    let public_file = public_file_of(out);
    for path in [out, public_file.as_path()] {
        if path.exists() {
            return Err(NewKeyFault::Exists(path.to_owned()));
        }
    }
    let failed = |error: Error| NewKeyFault::Failed(error.to_string());
    let mut key = PrivateKey::random(&mut OsRng, Algorithm::Ed25519).map_err(failed)?;
    key.set_comment(principal);
    let encrypted = key.encrypt(&mut OsRng, passphrase).map_err(failed)?;
    let private_text = encrypted.to_openssh(LineEnding::LF).map_err(failed)?;
    let public = key.public_key();
    let public_text = public.to_openssh().map_err(failed)? + "\n";
    let allowed_line = line_for(principal, public).map_err(failed)?;
    write_new(out, private_text.as_bytes(), true)?;
    if let Err(fault) = write_new(&public_file, public_text.as_bytes(), false) {
        // Leave no private key without its public half and line behind.
        let _ = std::fs::remove_file(out);
        return Err(fault);
    }
    Ok(NewKey {
        private_file: out.to_owned(),
        public_file,
        fingerprint: public.fingerprint(HashAlg::Sha256).to_string(),
        allowed_line,
    })
}

/// `FILE.pub` beside `FILE`, as ssh-keygen names it.
pub fn public_file_of(private_file: &Path) -> PathBuf {
    let mut name = private_file.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Writes a file that must not exist yet; a private one is readable by its owner only
/// on Unix (on Windows it takes the folder's permissions).
fn write_new(path: &Path, bytes: &[u8], private: bool) -> Result<(), NewKeyFault> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    let unwritable = |error: std::io::Error| match error.kind() {
        std::io::ErrorKind::AlreadyExists => NewKeyFault::Exists(path.to_owned()),
        _ => NewKeyFault::Unwritable {
            path: path.to_owned(),
            error: error.to_string(),
        },
    };
    let mut file = options.open(path).map_err(unwritable)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(error) = written {
        // A half-written key is no key: take it away again.
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(unwritable(error));
    }
    Ok(())
}
