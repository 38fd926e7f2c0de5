//! Certificates of completion: what a learner's device receives with sync, the issuer's public
//! keys and revocation lists it keeps for checking certificates offline, and the answer of a
//! verification.
//!
//! A certificate is an Open Badges 3.0 `OpenBadgeCredential` signed as a VC-JWT with EdDSA
//! (Ed25519); the checking itself lives in the `dala-credential` crate, shared by the server,
//! the command line and the web client.

use serde::{Deserialize, Serialize};

/// A certificate issued to the signed-in learner, as sync delivers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedCertificate {
    /// `urn:uuid:…`: the credential's `id` (and the JWT's `jti`).
    pub id: String,
    /// 1, 2, 3… per learner, in order of issue: a device asks only for those after the last it
    /// holds.
    pub number: u64,
    /// Slug of the course completed.
    pub course: String,
    /// The signed credential: a compact JWS (`header.payload.signature`).
    pub jwt: String,
    /// The same certificate for a wallet: an Open Badges 3.0 JSON-LD credential with an embedded
    /// Data Integrity proof (`eddsa-rdfc-2022`, the same key; `dala-badge`), as JSON text. Empty
    /// from a server before it issued this form.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wallet: String,
    /// Where a wallet fetches [`IssuedCertificate::wallet`] (`application/vc`), with the same
    /// secret key as `verify_url`. Empty from a server before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wallet_url: String,
    /// The QR code of `wallet_url`, for a wallet on another device to scan from the certificate
    /// page. `None` from a server before, or if the address is too long for any QR code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet_qr: Option<QrModules>,
    /// The address printed in the certificate's QR code: it opens the verification page with
    /// this certificate. It carries a secret key besides the id, so an id alone reveals nothing.
    pub verify_url: String,
}

/// A QR code as its modules, made by the server so that a device draws it without a QR encoder
/// of its own (one would add 11 KB to every learner's first visit): `width` modules a side, the
/// quiet zone left out; `dark` has the dark ones row by row, one bit per module, the first in
/// the highest bit, as base64url without padding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrModules {
    pub width: u16,
    pub dark: String,
}

/// The QR code of `text` at level M, the one level every Dala QR code uses (the PDF's, the
/// wallet link's, a join link's): its modules row by row (`true` for dark) and its width; `None`
/// if the text is too long for any QR code.
#[cfg(feature = "qr")]
pub fn qr_code(text: &str) -> Option<(Vec<bool>, usize)> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Some((dark, code.width()))
}

impl QrModules {
    /// [`qr_code`] of `text`, packed to be sent.
    #[cfg(feature = "qr")]
    pub fn encode(text: &str) -> Option<QrModules> {
        let (dark, width) = qr_code(text)?;
        Some(QrModules::pack(&dark, u16::try_from(width).ok()?))
    }

    /// Packs `width × width` modules given row by row (`true` for dark).
    pub fn pack(dark: &[bool], width: u16) -> QrModules {
        use base64::Engine;
        let bytes: Vec<u8> = dark
            .chunks(8)
            .map(|bits| bits.iter().enumerate().fold(0, |byte, (i, &on)| byte | (u8::from(on) << (7 - i))))
            .collect();
        QrModules { width, dark: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes) }
    }

    /// The `width × width` modules, row by row; `None` if `dark` is not base64url or holds too
    /// few bits (anything after the last module is ignored).
    pub fn modules(&self) -> Option<Vec<bool>> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&self.dark).ok()?;
        let count = usize::from(self.width) * usize::from(self.width);
        (bytes.len() * 8 >= count)
            .then(|| (0..count).map(|i| bytes[i / 8] & (0x80 >> (i % 8)) != 0).collect())
    }
}

/// One Ed25519 public key in JWK form ([RFC 8037](https://www.rfc-editor.org/rfc/rfc8037)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    /// `OKP`.
    pub kty: String,
    /// `Ed25519`.
    pub crv: String,
    /// The public key, base64url without padding.
    pub x: String,
    /// The key id: its RFC 7638 thumbprint.
    pub kid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
}

/// A JSON Web Key Set, as published at `/.well-known/jwks.json`: the current signing key and
/// every retired one (certificates they signed stay valid).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwks {
    pub keys: Vec<Jwk>,
}

/// What a device needs to check certificates with no network: the issuer's keys and its
/// revocation lists. Sync sends it when it changed (`etag` differs from the device's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trust {
    /// Changes whenever the keys or a revocation list change.
    pub etag: String,
    /// The issuer's `id` (its URL), as in every certificate it signs.
    pub issuer: String,
    pub jwks: Jwks,
    /// Every revocation list, each a signed `BitstringStatusListCredential` (compact JWS).
    pub status_lists: Vec<String>,
    /// The installation's X25519 public key (lowercase hex), which progress files are sealed
    /// to (`dala-parcel`). Empty in trust data from before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub encryption_key: String,
}

/// `POST /api/v1/verify`: a certificate to check, as a compact JWT, or as the JSON of an
/// `EnvelopedVerifiableCredential` that wraps one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyRequest {
    pub credential: String,
}

/// The overall answer of a verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    /// Signed by one of the issuer's keys, unaltered, and not revoked.
    Valid,
    /// Genuine, but the issuer revoked it.
    Revoked,
    /// The signature does not match the content: changed after signing, or forged.
    Altered,
    /// Signed with a key the issuer never published.
    UnknownKey,
    /// Not a certificate at all: not a JWT, a wrong algorithm, or missing fields.
    Malformed,
    /// Signed by one of the issuer's keys and unaltered, but whether it was revoked could not
    /// be checked (no revocation list for it): not valid, not known to be revoked.
    RevocationUnchecked,
}

/// Why a verification ended as it did: a stable code the client translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationReason {
    /// The signature checks out and the certificate is not revoked.
    Genuine,
    /// The signature checks out, but revocation could not be checked (no list for it).
    RevocationUnchecked,
    /// The issuer's revocation list marks it revoked.
    Revoked,
    /// The signature does not match the header and payload.
    SignatureMismatch,
    /// The header names a key id that is not among the issuer's keys.
    UnknownKey,
    /// The header has no key id.
    MissingKeyId,
    /// Signed by another method than Dala's: a JWT header naming another algorithm than EdDSA
    /// (such as `none` or `HS256`), or a proof of another kind than `eddsa-rdfc-2022`.
    UnsupportedAlgorithm,
    /// Not three base64url parts with JSON header and payload.
    NotAJwt,
    /// A JWT, but not an Open Badges credential (missing types or fields).
    NotACredential,
    #[serde(other)]
    Unknown,
}

/// What a verification could read from the credential. Only what the credential itself
/// states: verifying reveals nothing beyond what the person presenting it already holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialSummary {
    /// `urn:uuid:…`.
    pub id: String,
    /// The learner's display name.
    pub learner: String,
    pub course_title: String,
    /// The achievement's id: the course's address at the issuer.
    pub achievement: String,
    pub issuer_name: String,
    pub issuer_url: String,
    /// `validFrom`, an RFC 3339 date-time.
    pub valid_from: String,
    pub key_id: String,
}

/// The answer to a verification, from the server (`POST /api/v1/verify`), the command line or
/// the web client's offline check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    pub status: VerificationStatus,
    pub reason: VerificationReason,
    /// English text for people using the command line or curl; the client translates `reason`.
    pub message: String,
    /// What the credential says; absent when it could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<CredentialSummary>,
    /// The `validFrom` of the revocation list used (RFC 3339), if one was; when revocation went
    /// unchecked, that of the newest list the checker held, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_list_valid_from: Option<String>,
    /// When the issuer revoked it, and why (the server knows; an offline check does not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation: Option<Revocation>,
}

/// An administrator's revocation of a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    /// Seconds since the Unix epoch.
    pub revoked_at: i64,
    pub reason: String,
}

/// `POST /api/v1/certificates/{id}/revocation`: an administrator revokes a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevokeCertificate {
    /// 1 to 500 characters; shown to whoever verifies the certificate online.
    pub reason: String,
}

/// `GET /api/v1/certificates/{id}?key=…`: the certificate behind a QR code's address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCertificate {
    pub jwt: String,
}

/// One certificate in an administrator's list (`GET /api/v1/organizations/{id}/certificates`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateRecord {
    pub id: String,
    pub learner: String,
    pub course: String,
    pub course_title: String,
    pub issued_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation: Option<Revocation>,
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::QrModules;

    proptest! {
        #[test]
        fn modules_come_back_as_packed(width in 1u16..=177, seed in any::<u64>()) {
            let count = usize::from(width) * usize::from(width);
            let dark: Vec<bool> = (0..count).map(|i| (seed.rotate_left(i as u32 % 64) ^ i as u64) & 1 == 1).collect();
            let packed = QrModules::pack(&dark, width);
            prop_assert_eq!(packed.dark.len(), (count.div_ceil(8) * 4).div_ceil(3));
            prop_assert_eq!(packed.modules(), Some(dark));
        }
    }

    #[test]
    fn the_first_module_is_the_highest_bit() {
        let packed = QrModules::pack(&[true, false, false, false, false, false, false, false, false], 3);
        assert_eq!(packed.dark, "gAA");
    }

    #[test]
    fn too_few_bits_or_other_text_draw_nothing() {
        let packed = QrModules::pack(&[true; 9], 3);
        assert_eq!(QrModules { width: 5, ..packed.clone() }.modules(), None, "25 modules need 4 bytes");
        assert_eq!(QrModules { dark: "g A".into(), ..packed }.modules(), None);
    }
}
