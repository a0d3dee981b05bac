//! Signatures no one can type for the approver: an approval signed with the approver's
//! own passphrase-protected Ed25519 key, in OpenSSH's standard formats, so IT checks it
//! with tools it already has (`ssh-keygen -Y verify`).
//!
//! - [`statement`]: the exact text signed, from the seal and the approval's role, name
//!   and date.
//! - [`keys`]: making a key (`rutineveileder keys new`) and signing with one.
//! - [`allowed`]: IT's list of trusted approvers, OpenSSH's `allowed_signers` format.
//! - [`verify`]: whether a signature is over the text, and by whom on IT's list.
//! - [`trust`]: a routine's approval judged by its signature, for where it stands.
//!
//! A signature is SSHSIG (OpenSSH's `PROTOCOL.sshsig`) in the namespace [`NAMESPACE`],
//! with SHA-512 as ssh-keygen uses, armored as `-----BEGIN SSH SIGNATURE-----`.
//! Nothing here is worded: problems are data, worded in `i18n`.

pub mod allowed;
pub mod keys;
pub mod statement;
pub mod trust;
pub mod verify;

pub use allowed::AllowedSigners;
pub use keys::{KeyFault, NewKey, NewKeyFault, Passphrase, new_key, sign};
pub use statement::Statement;
pub use trust::{Verdict, judge, signed_text};
pub use verify::{Refusal, Signer, verify, well_formed};

/// IT's list of trusted approvers as read from the file IT names, and that file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedApprovers {
    pub list: AllowedSigners,
    pub file: std::path::PathBuf,
}

impl TrustedApprovers {
    /// The list in `file`; a file that cannot be read trusts no one.
    pub fn read(file: &std::path::Path) -> TrustedApprovers {
        TrustedApprovers {
            list: AllowedSigners::read_file(file),
            file: file.to_owned(),
        }
    }
}

/// The SSHSIG namespace of an approval's signature: `ssh-keygen -Y verify -n
/// rutineveileder-approval` checks it, and a signature made for anything else (a git
/// commit, a file) is never taken for an approval.
pub const NAMESPACE: &str = "rutineveileder-approval";

#[cfg(test)]
mod tests;
