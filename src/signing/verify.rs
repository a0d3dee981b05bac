//! Checking an approval's signature: that it is an SSHSIG signature in the approvals'
//! namespace over exactly this text, and, against IT's list, that its key belongs to a
//! trusted approver whose line allows approvals now.

use chrono::{DateTime, Utc};
use ssh_key::{Algorithm, HashAlg, PublicKey, SshSig};

use super::NAMESPACE;
use super::allowed::{AllowedSigners, Entry, matches_pattern_list};

/// The trusted approver who signed: the line of IT's list the key is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// The principals of the line, as written.
    pub principals: Vec<String>,
    /// The line's number, from 1.
    pub line: usize,
    /// The key's fingerprint, `SHA256:…` as ssh-keygen shows it.
    pub fingerprint: String,
}

/// Why a signature does not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The approval is not signed (or has no seal to sign).
    NotSigned,
    /// IT's list has no usable line (or could not be read): no one is trusted.
    NoOneTrusted,
    /// The text is not an armored SSHSIG signature (the decoder's words).
    NotASignature(String),
    /// A signature made for another use than approvals (its namespace).
    WrongNamespace(String),
    /// A signature by another kind of key than Ed25519 (the algorithm).
    NotEd25519(String),
    /// The signature is not over this text: the approval or the routine changed after
    /// signing, or the signature itself was changed.
    DoesNotMatch,
    /// The key is on no line of IT's list (its fingerprint).
    UnknownKey { fingerprint: String },
    /// The key's line limits it to other namespaces than approvals.
    NotForApprovals { line: usize },
    /// The key's line is valid only from a later time.
    NotYetValid { line: usize, from: DateTime<Utc> },
    /// The key's line was valid only until an earlier time.
    Expired { line: usize, until: DateTime<Utc> },
}

/// The signature's own key, once it is shown to be a signature over `text` in the
/// approvals' namespace by an Ed25519 key. Without IT's list, this is all that can be
/// known: that the signature is well-formed and belongs to this text, not whose it is.
pub fn well_formed(text: &str, armored: &str) -> Result<PublicKey, Refusal> {
    let signature = SshSig::from_pem(armored.trim())
        .map_err(|error| Refusal::NotASignature(error.to_string()))?;
    if signature.namespace() != NAMESPACE {
        return Err(Refusal::WrongNamespace(signature.namespace().to_owned()));
    }
    let key = PublicKey::from(signature.public_key().clone());
    if key.algorithm() != Algorithm::Ed25519 {
        return Err(Refusal::NotEd25519(key.algorithm().to_string()));
    }
    key.verify(NAMESPACE, text.as_bytes(), &signature)
        .map_err(|_| Refusal::DoesNotMatch)?;
    Ok(key)
}

/// The trusted approver who signed `text`, as of `now`; or why the signature does not
/// count. Lines are tried in order, as ssh-keygen does; when the key is on lines that
/// do not allow it now, the first such line's reason is given.
pub fn verify(
    text: &str,
    armored: &str,
    signers: &AllowedSigners,
    now: DateTime<Utc>,
) -> Result<Signer, Refusal> {
    if signers.trusts_no_one() {
        return Err(Refusal::NoOneTrusted);
    }
    let key = well_formed(text, armored)?;
    let fingerprint = key.fingerprint(HashAlg::Sha256).to_string();
    let lines: Vec<&Entry> = signers
        .entries
        .iter()
        .filter(|entry| &entry.key == key.key_data())
        .collect();
    let mut refusal = Refusal::UnknownKey {
        fingerprint: fingerprint.clone(),
    };
    for (index, entry) in lines.into_iter().enumerate() {
        match allows(entry, now) {
            Ok(()) => {
                return Ok(Signer {
                    principals: entry.principals.clone(),
                    line: entry.line,
                    fingerprint,
                });
            }
            Err(reason) if index == 0 => refusal = reason,
            Err(_) => {}
        }
    }
    Err(refusal)
}

/// Whether a line allows an approval's signature at `now`: its namespaces, if it
/// limits them, take in approvals, and `now` is within its validity.
fn allows(entry: &Entry, now: DateTime<Utc>) -> Result<(), Refusal> {
    let line = entry.line;
    if let Some(namespaces) = &entry.namespaces
        && !matches_pattern_list(NAMESPACE, namespaces)
    {
        return Err(Refusal::NotForApprovals { line });
    }
    if let Some(from) = entry.valid_after
        && now < from
    {
        return Err(Refusal::NotYetValid { line, from });
    }
    if let Some(until) = entry.valid_before
        && now > until
    {
        return Err(Refusal::Expired { line, until });
    }
    Ok(())
}
