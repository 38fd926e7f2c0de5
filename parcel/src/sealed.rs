//! Progress files and return files: signed, then sealed with HPKE.
//!
//! ```text
//! progress file                               return file
//! "DALA-PF1"                                  "DALA-RF1"
//! 32 bytes: HPKE encapsulated key             32 bytes: HPKE encapsulated key
//! the rest: HPKE ciphertext of                the rest: HPKE ciphertext of
//!   u32 length, contents (JSON)                 u32 length, contents (JSON)
//!   32 bytes: the device's Ed25519 key          u16 length, key id of the installation's key
//!   64 bytes: its signature over                64 bytes: its signature over
//!     CONTEXT ‖ installation's X25519 key         CONTEXT ‖ device's X25519 key ‖ contents
//!     ‖ contents
//! sealed to the installation's X25519 key     sealed to the device's X25519 key
//! ```
//!
//! HPKE is RFC 9180 in base mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and
//! ChaCha20-Poly1305; its `info` names the kind of file and its additional data is the magic.
//! The signature names the recipient's key, so a file signed for one installation or device
//! cannot be sealed again for another and pass. Outside the seal nothing is readable: no
//! account, device, course or installation.
//!
//! A device's keys (Ed25519 to sign, X25519 to be sealed to) and the installation's X25519 key
//! are each derived from one 32-byte secret ([`DeviceSecret`], [`InstallationSecret`]): Ed25519
//! from the seed as RFC 8032 does, X25519 by HPKE's `DeriveKeyPair`, whose labelled HKDF keeps
//! the two apart.

use dala_wire::{Jwks, ProgressEvent, SyncResponse};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::rand_core::{CryptoRng, RngCore};
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{ParcelError, Reader, check_signed, put_short, put_sized};

pub const PROGRESS_MAGIC: &[u8; 8] = b"DALA-PF1";
pub const RETURN_MAGIC: &[u8; 8] = b"DALA-RF1";
const PROGRESS_CONTEXT: &[u8] = b"dala progress file v1\0";
const RETURN_CONTEXT: &[u8] = b"dala return file v1\0";
/// The largest progress file opened: months of one learner's work are far below it.
pub const MAX_PROGRESS_BYTES: usize = 8 * 1024 * 1024;
/// The largest return file opened.
pub const MAX_RETURN_BYTES: usize = 16 * 1024 * 1024;

type KemX = X25519HkdfSha256;
type PrivateKey = <KemX as Kem>::PrivateKey;
type PublicKey = <KemX as Kem>::PublicKey;
type EncappedKey = <KemX as Kem>::EncappedKey;

/// A device's secret for one account: 32 random bytes, kept on the device and nowhere else.
#[derive(Clone)]
pub struct DeviceSecret {
    signing: SigningKey,
    private: PrivateKey,
    public: PublicKey,
}

impl std::fmt::Debug for DeviceSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceSecret").field("id", &self.id()).finish()
    }
}

impl DeviceSecret {
    pub fn from_seed(seed: &[u8; 32]) -> DeviceSecret {
        let (private, public) = KemX::derive_keypair(seed);
        DeviceSecret { signing: SigningKey::from_bytes(seed), private, public }
    }

    /// The device's Ed25519 public key, which names it (as lowercase hex, [`DeviceSecret::id`]).
    pub fn signing_public(&self) -> [u8; 32] {
        self.signing.verifying_key().to_bytes()
    }

    /// The device's X25519 public key, which return files are sealed to.
    pub fn encryption_public(&self) -> [u8; 32] {
        x25519_bytes(&self.public)
    }

    /// What the server calls this device: its Ed25519 public key in lowercase hex.
    pub fn id(&self) -> String {
        hex::encode(self.signing_public())
    }
}

/// The installation's secret: progress files are sealed to the X25519 key derived from it.
#[derive(Clone)]
pub struct InstallationSecret {
    private: PrivateKey,
    public: PublicKey,
}

impl std::fmt::Debug for InstallationSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstallationSecret").field("public", &hex::encode(self.public())).finish()
    }
}

impl InstallationSecret {
    pub fn from_seed(seed: &[u8; 32]) -> InstallationSecret {
        let (private, public) = KemX::derive_keypair(seed);
        InstallationSecret { private, public }
    }

    /// The X25519 public key published with the trust data.
    pub fn public(&self) -> [u8; 32] {
        x25519_bytes(&self.public)
    }
}

fn x25519_bytes(key: &PublicKey) -> [u8; 32] {
    key.to_bytes().into()
}

/// What a progress file carries: the events waiting on the device for `account`, and what the
/// device holds already (as a sync request says it), so the return file carries only what is
/// new.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressContents {
    /// The account signed in on the device when the file was made.
    pub account: String,
    /// 32 random hexadecimal digits: a return file names the progress file it answers.
    pub file_id: String,
    /// The device's clock when the file was made, milliseconds since the Unix epoch.
    pub made_at: i64,
    pub events: Vec<ProgressEvent>,
    #[serde(default)]
    pub certificates_after: u64,
    #[serde(default)]
    pub messages_after: u64,
    #[serde(default)]
    pub trust_etag: Option<String>,
}

/// What a return file carries: the server's answer to one progress file, as a sync would
/// have answered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnContents {
    pub account: String,
    /// The device it is sealed to ([`DeviceSecret::id`]).
    pub device: String,
    /// The progress file it answers.
    pub file_id: String,
    /// The server's clock when it was made, milliseconds since the Unix epoch.
    pub made_at: i64,
    pub answer: SyncResponse,
}

/// A progress file opened by the installation: its contents and the device key that signed
/// it, which the caller must find registered to `contents.account` before believing either.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedProgress {
    pub device: String,
    pub contents: ProgressContents,
}

/// Seals `contents` as a progress file of `device` for the installation whose X25519 key is
/// `installation`. `entropy`: 32 fresh random bytes (the HPKE ephemeral key).
pub fn seal_progress(
    contents: &ProgressContents,
    device: &DeviceSecret,
    installation: &[u8; 32],
    entropy: [u8; 32],
) -> Result<Vec<u8>, ParcelError> {
    let recipient = PublicKey::from_bytes(installation).map_err(|_| ParcelError::UnknownKey)?;
    let json = serde_json::to_vec(contents).expect("progress contents serialise");
    let signature = device.signing.sign(&[PROGRESS_CONTEXT, installation.as_slice(), &json].concat());
    let mut plain = Vec::with_capacity(json.len() + 100);
    put_sized(&mut plain, &json);
    plain.extend_from_slice(&device.signing_public());
    plain.extend_from_slice(&signature.to_bytes());
    Ok(seal(PROGRESS_MAGIC, &recipient, &plain, entropy))
}

/// Opens a progress file with the installation's secrets (the current one first, then those
/// it had before) and checks the device's signature. The device is not yet known to belong to
/// the account the contents name: the caller checks that.
pub fn open_progress(bytes: &[u8], secrets: &[InstallationSecret]) -> Result<OpenedProgress, ParcelError> {
    if bytes.len() > MAX_PROGRESS_BYTES {
        return Err(ParcelError::TooLarge);
    }
    let (plain, secret) = secrets
        .iter()
        .map(|secret| open(bytes, PROGRESS_MAGIC, &secret.private).map(|plain| (plain, secret)))
        .find(|opened| !matches!(opened, Err(ParcelError::NotSealedForUs)))
        .unwrap_or(Err(ParcelError::NotSealedForUs))?;
    let mut reader = Reader { bytes: &plain };
    let json = reader.sized()?;
    let device: [u8; 32] = reader.array()?;
    let signature: [u8; 64] = reader.array()?;
    reader.end()?;
    let key = VerifyingKey::from_bytes(&device).map_err(|_| ParcelError::BadSignature)?;
    key.verify_strict(
        &[PROGRESS_CONTEXT, secret.public().as_slice(), json].concat(),
        &ed25519_dalek::Signature::from_bytes(&signature),
    )
    .map_err(|_| ParcelError::BadSignature)?;
    let contents =
        serde_json::from_slice(json).map_err(|e| ParcelError::Malformed(format!("the contents: {e}")))?;
    Ok(OpenedProgress { device: hex::encode(device), contents })
}

/// Seals `contents` as a return file for the device whose X25519 key is `device`, signed with
/// the installation's certificate key `key` (`kid`). `entropy`: 32 fresh random bytes.
pub fn seal_return(
    contents: &ReturnContents,
    device: &[u8; 32],
    key: &SigningKey,
    kid: &str,
    entropy: [u8; 32],
) -> Result<Vec<u8>, ParcelError> {
    let recipient = PublicKey::from_bytes(device).map_err(|_| ParcelError::UnknownKey)?;
    let json = serde_json::to_vec(contents).expect("return contents serialise");
    let signature = key.sign(&[RETURN_CONTEXT, device.as_slice(), &json].concat());
    let mut plain = Vec::with_capacity(json.len() + 160);
    put_sized(&mut plain, &json);
    put_short(&mut plain, kid.as_bytes());
    plain.extend_from_slice(&signature.to_bytes());
    Ok(seal(RETURN_MAGIC, &recipient, &plain, entropy))
}

/// Opens a return file on the device it was sealed to, checking the installation's signature
/// against `keys` (the trust data the device held before: never keys the file brings).
pub fn open_return(bytes: &[u8], device: &DeviceSecret, keys: &Jwks) -> Result<ReturnContents, ParcelError> {
    if bytes.len() > MAX_RETURN_BYTES {
        return Err(ParcelError::TooLarge);
    }
    let plain = open(bytes, RETURN_MAGIC, &device.private)?;
    let mut reader = Reader { bytes: &plain };
    let json = reader.sized()?;
    let kid = {
        let n = reader.u16()? as usize;
        std::str::from_utf8(reader.take(n)?).map_err(|_| ParcelError::UnknownKey)?.to_owned()
    };
    let signature: [u8; 64] = reader.array()?;
    reader.end()?;
    check_signed(keys, &kid, &signature, &[RETURN_CONTEXT, &device.encryption_public(), json])?;
    let contents: ReturnContents =
        serde_json::from_slice(json).map_err(|e| ParcelError::Malformed(format!("the contents: {e}")))?;
    if contents.device != device.id() {
        return Err(ParcelError::Malformed("made for another device".into()));
    }
    Ok(contents)
}

fn info(magic: &[u8; 8]) -> &'static [u8] {
    if magic == PROGRESS_MAGIC { PROGRESS_CONTEXT } else { RETURN_CONTEXT }
}

fn seal(magic: &[u8; 8], recipient: &PublicKey, plain: &[u8], entropy: [u8; 32]) -> Vec<u8> {
    let mut rng = Entropy { seed: entropy, block: 0 };
    let (encapped, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, KemX, _>(
        &OpModeS::Base,
        recipient,
        info(magic),
        plain,
        magic,
        &mut rng,
    )
    .expect("sealing to a valid X25519 key succeeds");
    let mut out = Vec::with_capacity(8 + 32 + ciphertext.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(&encapped.to_bytes());
    out.extend_from_slice(&ciphertext);
    out
}

fn open(bytes: &[u8], magic: &[u8; 8], private: &PrivateKey) -> Result<Vec<u8>, ParcelError> {
    let mut reader = Reader::after_magic(bytes, magic)?;
    let encapped: [u8; 32] = reader.array()?;
    let ciphertext = reader.rest();
    // ChaCha20-Poly1305's tag: anything shorter was cut off.
    if ciphertext.len() < 16 {
        return Err(ParcelError::Truncated);
    }
    let encapped = EncappedKey::from_bytes(&encapped).map_err(|_| ParcelError::NotSealedForUs)?;
    hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, KemX>(
        &OpModeR::Base,
        private,
        &encapped,
        info(magic),
        ciphertext,
        magic,
    )
    .map_err(|_| ParcelError::NotSealedForUs)
}

/// The caller's 32 random bytes as the random number generator HPKE asks for: SHA-256 of the
/// seed and a block counter. HPKE draws one X25519 key (32 bytes) from it.
struct Entropy {
    seed: [u8; 32],
    block: u64,
}

impl RngCore for Entropy {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.fill_bytes(&mut b);
        u32::from_le_bytes(b)
    }

    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }

    fn fill_bytes(&mut self, dst: &mut [u8]) {
        for chunk in dst.chunks_mut(32) {
            let block =
                Sha256::new().chain_update(self.seed).chain_update(self.block.to_be_bytes()).finalize();
            self.block += 1;
            chunk.copy_from_slice(&block[..chunk.len()]);
        }
    }
}

impl CryptoRng for Entropy {}
