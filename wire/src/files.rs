//! Files that travel when the network is cut (the formats are in `dala-parcel`): what the
//! device and the trainer's app exchange with the server about them.

use serde::{Deserialize, Serialize};

/// The header of a manifest answer (`GET /api/v1/courses/{slug}/manifest`, whole, as a delta or
/// not modified) that carries the installation's signature of the version it gives:
/// `kid.signature`, base64url. A device keeps it with the course to write a course file of it
/// later, offline.
pub const MANIFEST_SIGNATURE_HEADER: &str = "dala-signature";

/// `POST /api/v1/devices`: the keys a device made for the account signed in on it, each 32
/// bytes as lowercase hex. The Ed25519 key names the device and signs its progress files; the
/// X25519 key is what return files are sealed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceKeys {
    pub signing_key: String,
    pub encryption_key: String,
}

/// The answer to `POST /api/v1/progress/files` (a trainer importing a learner's progress file):
/// how many of its events the server holds now and how many it refused, and the return file to
/// carry back to her device (standard base64).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedProgress {
    pub accepted: usize,
    pub rejected: usize,
    pub return_file: String,
}

/// A neutral file name: a kind (`progress`, `return`) and eight hexadecimal digits of the
/// file's own bytes, so a file's name says nothing of whose it is or what it holds.
pub fn neutral_name(kind: &str, extension: &str, bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    format!("{kind}-{hex}.{extension}")
}
