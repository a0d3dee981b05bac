//! Whether a routine's approval is signed by an approver IT trusts: the approval's
//! signature checked against IT's list where IT names one, and for being a signature of
//! this approval where it does not. The outcome is set on the approval
//! ([`Approval::trust`]), so every place that asks where the routine stands
//! ([`Routine::standing`]) knows it.

use chrono::{DateTime, Utc};
use ssh_key::HashAlg;

use super::allowed::AllowedSigners;
use super::statement::Statement;
use super::verify::{Refusal, Signer, verify, well_formed};
use crate::routine::{Approval, Routine, Trust, Unsigned};

/// What can be said of an approval's signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No signature, and no list of trusted approvers to require one.
    NotSigned,
    /// No list of trusted approvers: a signature of this approval by the key with this
    /// fingerprint, though whose is not known.
    WellFormed { fingerprint: String },
    /// No list of trusted approvers, and the signature is not one of this approval.
    Malformed(Refusal),
    /// Signed by an approver on IT's list.
    Trusted(Signer),
    /// IT's list names trusted approvers, and the approval has no valid signature from
    /// one of them.
    Refused(Refusal),
}

impl Verdict {
    /// The approval's trust: only a list of trusted approvers can refuse it.
    pub fn trust(&self) -> Trust {
        match self {
            Verdict::NotSigned | Verdict::WellFormed { .. } | Verdict::Malformed(_) => {
                Trust::Unchecked
            }
            Verdict::Trusted(signer) => Trust::Signed {
                by: signer.principals.join(","),
            },
            Verdict::Refused(refusal) => Trust::Unsigned(unsigned(refusal)),
        }
    }
}

/// The text an approval's signature is over: its seal with its role, name and date.
/// `None` for an approval without a seal, which has nothing to sign.
pub fn signed_text(approval: &Approval) -> Option<String> {
    let seal = approval.seal.as_ref()?;
    Some(
        Statement {
            seal: &seal.digest,
            role: &approval.role,
            name: approval.name.as_deref().unwrap_or_default(),
            date: approval.date,
        }
        .text(),
    )
}

/// The approval's signature checked against IT's list (`signers`), or, without one, for
/// being a signature of this approval.
pub fn verdict(
    approval: &Approval,
    signers: Option<&AllowedSigners>,
    now: DateTime<Utc>,
) -> Verdict {
    let signed = approval.signature.as_deref().zip(signed_text(approval));
    match (signers, signed) {
        (None, None) => Verdict::NotSigned,
        (None, Some((signature, text))) => match well_formed(&text, signature) {
            Ok(key) => Verdict::WellFormed {
                fingerprint: key.fingerprint(HashAlg::Sha256).to_string(),
            },
            Err(refusal) => Verdict::Malformed(refusal),
        },
        (Some(_), None) => Verdict::Refused(Refusal::NotSigned),
        (Some(signers), Some((signature, text))) => match verify(&text, signature, signers, now) {
            Ok(signer) => Verdict::Trusted(signer),
            Err(refusal) => Verdict::Refused(refusal),
        },
    }
}

/// Sets the routine's approval's trust from IT's list (`None` where IT names no trusted
/// approvers), and says what was found; `None` for a routine without an approval.
pub fn judge(
    routine: &mut Routine,
    signers: Option<&AllowedSigners>,
    now: DateTime<Utc>,
) -> Option<Verdict> {
    let approval = routine.metadata.approval.as_mut()?;
    let verdict = verdict(approval, signers, now);
    approval.trust = verdict.trust();
    Some(verdict)
}

/// Why a refused signature does not count, in the words the routine keeps.
fn unsigned(refusal: &Refusal) -> Unsigned {
    match refusal {
        Refusal::NotSigned => Unsigned::Missing,
        Refusal::NoOneTrusted => Unsigned::NoList,
        Refusal::UnknownKey { .. } => Unsigned::UnknownKey,
        Refusal::NotForApprovals { .. } | Refusal::NotYetValid { .. } | Refusal::Expired { .. } => {
            Unsigned::NotAllowed
        }
        Refusal::NotASignature(_)
        | Refusal::WrongNamespace(_)
        | Refusal::NotEd25519(_)
        | Refusal::DoesNotMatch => Unsigned::Invalid,
    }
}
