//! Files that travel when the network is cut: a course carried out to a village on a USB stick
//! or through a messenger, and a learner's progress carried back.
//!
//! Three kinds of file, each starting with its own eight-byte magic, then lengths as big-endian
//! integers:
//!
//! - **Course file** (`.dala`, [`course`]): a course version's manifest, signed by the
//!   installation's Ed25519 certificate key (the key id included, so the device picks the key
//!   among the trust data it holds), and the blobs the manifest names. Opening checks the
//!   signature, then every blob against its SHA-256, before handing anything back: a caller
//!   stores all of a file or none of it.
//! - **Progress file** ([`sealed`]): what waits in a learner's outbox, signed with her device's
//!   Ed25519 key (registered to her account when she signed in) and sealed with HPKE (RFC 9180:
//!   base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) to the installation's
//!   X25519 key. Only the installation reads it; only her device could have made it.
//! - **Return file** ([`sealed`]): the server's answer to a progress file (what a sync would
//!   have answered), signed with the installation's certificate key and sealed to her device's
//!   X25519 key.
//!
//! Outside the seal a progress or return file holds its magic and HPKE's encapsulated key:
//! nothing names the learner, the device, a course or the installation.
//!
//! **Invariant:** nothing here reads a clock, the network or storage, or makes randomness: the
//! caller hands in keys, seeds and times, so the server and the browser run the same code and
//! the tests are deterministic.

pub mod course;
pub mod sealed;

use std::fmt;

pub use course::{CourseFile, ManifestSeal, open_course, pack_course};
pub use sealed::{
    DeviceSecret, InstallationSecret, ProgressContents, ReturnContents, open_progress, open_return,
    seal_progress, seal_return,
};

/// Why a file was refused. Each has its own message on the server and in the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParcelError {
    /// Not a file of the kind asked for: another kind of Dala file, or not a Dala file at all.
    NotThisKind,
    /// The file ends before its end: cut off while copied or sent.
    Truncated,
    /// Larger than a file of its kind may be.
    TooLarge,
    /// Signed with a key that is not among the installation's: a file of another installation.
    UnknownKey,
    /// The signature does not match what was signed: changed after it was made.
    BadSignature,
    /// A blob whose bytes are not the SHA-256 it is named by: changed after it was packed.
    BlobAltered(String),
    /// None of the keys at hand opens the seal: sealed for another installation or device, or
    /// changed after it was sealed.
    NotSealedForUs,
    /// Well sealed and signed, but what is inside does not hold together (named in English for
    /// logs; people see the kind of problem).
    Malformed(String),
}

/// What a person is told of a refused file: the kinds of [`ParcelError`] people tell apart.
/// The server's and the client's messages are one per kind, so both group the errors alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotThisKind,
    Truncated,
    TooLarge,
    /// Signed or sealed with keys not at hand.
    OtherInstallation,
    /// Changed after it was made.
    Altered,
    /// Damaged inside.
    Damaged,
}

impl ParcelError {
    pub fn refusal(&self) -> Refusal {
        match self {
            ParcelError::NotThisKind => Refusal::NotThisKind,
            ParcelError::Truncated => Refusal::Truncated,
            ParcelError::TooLarge => Refusal::TooLarge,
            ParcelError::UnknownKey | ParcelError::NotSealedForUs => Refusal::OtherInstallation,
            ParcelError::BadSignature | ParcelError::BlobAltered(_) => Refusal::Altered,
            ParcelError::Malformed(_) => Refusal::Damaged,
        }
    }
}

impl fmt::Display for ParcelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParcelError::NotThisKind => write!(f, "not a file of this kind"),
            ParcelError::Truncated => write!(f, "the file is cut off before its end"),
            ParcelError::TooLarge => write!(f, "the file is larger than such a file may be"),
            ParcelError::UnknownKey => write!(f, "signed with a key of another installation"),
            ParcelError::BadSignature => write!(f, "the signature does not match: the file was changed"),
            ParcelError::BlobAltered(sha) => write!(f, "blob {sha} does not match its SHA-256"),
            ParcelError::NotSealedForUs => {
                write!(f, "sealed for another installation or device, or changed after sealing")
            }
            ParcelError::Malformed(what) => write!(f, "malformed: {what}"),
        }
    }
}

impl std::error::Error for ParcelError {}

/// Reads a file front to back; running out of bytes is [`ParcelError::Truncated`].
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader of `bytes` after `magic`, or `NotThisKind`.
    fn after_magic(bytes: &'a [u8], magic: &[u8; 8]) -> Result<Reader<'a>, ParcelError> {
        match bytes.strip_prefix(magic.as_slice()) {
            Some(rest) => Ok(Reader { bytes: rest }),
            // A file shorter than its magic that starts like one was cut off.
            None if bytes.len() < magic.len() && magic.starts_with(bytes) && !bytes.is_empty() => {
                Err(ParcelError::Truncated)
            }
            None => Err(ParcelError::NotThisKind),
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ParcelError> {
        if self.bytes.len() < n {
            return Err(ParcelError::Truncated);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ParcelError> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }

    fn u16(&mut self) -> Result<u16, ParcelError> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, ParcelError> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    /// A `u32` length, then that many bytes.
    fn sized(&mut self) -> Result<&'a [u8], ParcelError> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    fn rest(self) -> &'a [u8] {
        self.bytes
    }

    /// Nothing may follow the end.
    fn end(self) -> Result<(), ParcelError> {
        if self.bytes.is_empty() { Ok(()) } else { Err(ParcelError::Malformed("bytes after the end".into())) }
    }
}

fn put_sized(out: &mut Vec<u8>, bytes: &[u8]) {
    let n = u32::try_from(bytes.len()).expect("a part of a file is under 4 GiB");
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(bytes);
}

fn put_short(out: &mut Vec<u8>, bytes: &[u8]) {
    let n = u16::try_from(bytes.len()).expect("a key id is short");
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(bytes);
}

/// The Ed25519 signature of `parts` (joined), checked with the key of `kid` among `keys`.
fn check_signed(
    keys: &dala_wire::Jwks,
    kid: &str,
    signature: &[u8; 64],
    parts: &[&[u8]],
) -> Result<(), ParcelError> {
    let jwk = keys.keys.iter().find(|k| k.kid == kid).ok_or(ParcelError::UnknownKey)?;
    let key = dala_credential::verifying_key(jwk).ok_or(ParcelError::UnknownKey)?;
    key.verify_strict(&parts.concat(), &ed25519_dalek::Signature::from_bytes(signature))
        .map_err(|_| ParcelError::BadSignature)
}

/// Lowercase hex SHA-256.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}
