//! Signing and checking Dala certificates: Open Badges 3.0 `OpenBadgeCredential`s secured as
//! VC-JWTs with EdDSA (Ed25519), and the issuer's revocation lists (Bitstring Status Lists).
//!
//! One implementation serves the server's `POST /api/v1/verify`, the `dala cert verify`
//! command and the web client's offline check, so the three always agree. It needs no network:
//! the caller hands over the issuer's keys ([`Jwks`]) and the revocation lists it trusts.
//!
//! Specifications:
//! - JWS compact serialisation: <https://www.rfc-editor.org/rfc/rfc7515>
//! - EdDSA in JOSE: <https://www.rfc-editor.org/rfc/rfc8037>
//! - JWK thumbprints (our key ids): <https://www.rfc-editor.org/rfc/rfc7638>
//! - Open Badges 3.0, JWT proof format: <https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof-format>
//! - Bitstring Status List v1.0: <https://www.w3.org/TR/vc-bitstring-status-list/>

use std::io::{Read, Write};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use dala_wire::{
    CredentialSummary, Jwk, Jwks, Verification, VerificationReason as Reason, VerificationStatus as Status,
};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The VC 2.0 base context.
pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context.
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// Entries in one revocation list: the specification's minimum (16 KiB), so that a list says
/// nothing about how many certificates exist, and one list's bit tells little about whose it is.
pub const STATUS_LIST_ENTRIES: usize = 131_072;
/// The media type of a VC-JWT.
pub const MEDIA_TYPE: &str = "application/vc+jwt";
/// The only algorithm accepted.
pub const ALGORITHM: &str = "EdDSA";
/// The prefix of an `EnvelopedVerifiableCredential`'s id.
const ENVELOPE_PREFIX: &str = "data:application/vc+jwt,";

/// Base64url without padding, as JOSE uses it.
pub fn base64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Base64url without padding, read back.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

/// The public JWK of an Ed25519 key, with its RFC 7638 thumbprint as key id.
pub fn jwk(public: &VerifyingKey) -> Jwk {
    let x = base64url(public.as_bytes());
    // RFC 7638 §3.2: the required members in lexicographic order, no whitespace.
    let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
    let kid = base64url(&Sha256::digest(canonical.as_bytes()));
    Jwk {
        kty: "OKP".into(),
        crv: "Ed25519".into(),
        x,
        kid,
        alg: Some(ALGORITHM.into()),
        use_: Some("sig".into()),
    }
}

/// Signs `payload` as a compact JWS with `key`, naming `kid` and the media type `typ`.
pub fn sign(key: &SigningKey, kid: &str, typ: &str, payload: &Value) -> String {
    let header = json!({ "alg": ALGORITHM, "kid": kid, "typ": typ });
    let input =
        format!("{}.{}", base64url(header.to_string().as_bytes()), base64url(payload.to_string().as_bytes()));
    let signature = key.sign(input.as_bytes());
    format!("{input}.{}", base64url(&signature.to_bytes()))
}

/// A compact JWS taken apart; nothing is checked yet but its shape.
#[derive(Debug, Clone)]
pub struct Jws {
    pub header: Value,
    pub payload: Value,
    signing_input: String,
    signature: Vec<u8>,
}

impl Jws {
    /// Splits a compact JWS into header, payload and signature (RFC 7515 §7.1).
    pub fn parse(jwt: &str) -> Result<Jws, Reason> {
        let mut parts = jwt.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Reason::NotAJwt);
        };
        let json = |part: &str| -> Option<Value> {
            let value: Value = serde_json::from_slice(&unbase64url(part)?).ok()?;
            value.is_object().then_some(value)
        };
        Ok(Jws {
            header: json(header).ok_or(Reason::NotAJwt)?,
            payload: json(payload).ok_or(Reason::NotAJwt)?,
            signing_input: format!("{header}.{payload}"),
            signature: unbase64url(signature).ok_or(Reason::NotAJwt)?,
        })
    }

    /// The key id of the header, if any.
    pub fn kid(&self) -> Option<&str> {
        self.header.get("kid").and_then(Value::as_str)
    }

    /// Checks the algorithm and the signature against the key named in the header.
    pub fn check_signature(&self, keys: &Jwks) -> Result<(), Reason> {
        // Only EdDSA: never `none`, never an HMAC keyed with a public key (RFC 8725 §2.1, §3.1).
        if self.header.get("alg").and_then(Value::as_str) != Some(ALGORITHM) {
            return Err(Reason::UnsupportedAlgorithm);
        }
        let kid = self.kid().ok_or(Reason::MissingKeyId)?;
        let jwk = keys.keys.iter().find(|k| k.kid == kid).ok_or(Reason::UnknownKey)?;
        let key = verifying_key(jwk).ok_or(Reason::UnknownKey)?;
        let signature =
            <[u8; 64]>::try_from(self.signature.as_slice()).map_err(|_| Reason::SignatureMismatch)?;
        key.verify_strict(self.signing_input.as_bytes(), &Signature::from_bytes(&signature))
            .map_err(|_| Reason::SignatureMismatch)
    }
}

/// The Ed25519 key of a JWK, if it is one.
pub fn verifying_key(jwk: &Jwk) -> Option<VerifyingKey> {
    if jwk.kty != "OKP" || jwk.crv != "Ed25519" {
        return None;
    }
    let bytes: [u8; 32] = unbase64url(&jwk.x)?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// The compact JWT inside what a person pasted or uploaded: the JWT itself, the JSON of an
/// `EnvelopedVerifiableCredential`, or either with surrounding white space.
pub fn extract_jwt(text: &str) -> String {
    let text = text.trim();
    if text.starts_with('{') {
        // `from_slice`, like every other parse here: one JSON reader in the wasm client.
        let value: Value = serde_json::from_slice(text.as_bytes()).unwrap_or_default();
        if let Some(jwt) = value["id"].as_str().and_then(|id| id.strip_prefix(ENVELOPE_PREFIX)) {
            return jwt.trim().to_owned();
        }
    }
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The JSON download of a certificate: a VC 2.0 `EnvelopedVerifiableCredential` around the JWT.
pub fn envelope(jwt: &str) -> Value {
    json!({
        "@context": [VC_CONTEXT],
        "id": format!("{ENVELOPE_PREFIX}{jwt}"),
        "type": "EnvelopedVerifiableCredential",
    })
}

/// One issuer revocation list, read from its signed `BitstringStatusListCredential`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusList {
    /// The list's URL: certificates name it in `credentialStatus.statusListCredential`.
    pub url: String,
    /// The list credential's `validFrom`: when the issuer last changed it.
    pub valid_from: String,
    bits: Vec<u8>,
}

impl StatusList {
    /// A list the caller already trusts (the issuer's own data), with no signature to check.
    pub fn new(url: String, valid_from: String, bits: Vec<u8>) -> StatusList {
        StatusList { url, valid_from, bits }
    }

    /// Reads and checks a signed list: signed by one of `keys`, and a revocation list.
    pub fn from_jwt(jwt: &str, keys: &Jwks) -> Result<StatusList, Reason> {
        let jws = Jws::parse(jwt)?;
        jws.check_signature(keys)?;
        let credential = &jws.payload;
        let subject = &credential["credentialSubject"];
        if !has_type(credential, "BitstringStatusListCredential")
            || subject["type"] != "BitstringStatusList"
            || subject["statusPurpose"] != "revocation"
        {
            return Err(Reason::NotACredential);
        }
        let encoded = subject["encodedList"].as_str().ok_or(Reason::NotACredential)?;
        Ok(StatusList {
            url: credential["id"].as_str().ok_or(Reason::NotACredential)?.to_owned(),
            valid_from: credential["validFrom"].as_str().unwrap_or_default().to_owned(),
            bits: decode_bits(encoded).ok_or(Reason::NotACredential)?,
        })
    }

    /// Whether entry `index` is set (revoked).
    pub fn is_set(&self, index: usize) -> bool {
        bit(&self.bits, index)
    }
}

/// Whether bit `index` is set; bit 0 is the most significant bit of the first byte.
pub fn bit(bits: &[u8], index: usize) -> bool {
    bits.get(index / 8).is_some_and(|byte| byte & (0x80 >> (index % 8)) != 0)
}

/// Sets bit `index` (see [`bit`]).
pub fn set_bit(bits: &mut [u8], index: usize) {
    if let Some(byte) = bits.get_mut(index / 8) {
        *byte |= 0x80 >> (index % 8);
    }
}

/// `encodedList`: the multibase (`u`, base64url) of the GZIP-compressed bitstring.
pub fn encode_bits(bits: &[u8]) -> String {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bits).expect("writing to memory");
    format!("u{}", base64url(&gzip.finish().expect("writing to memory")))
}

/// The bitstring of an `encodedList`, if it is one (at most 16 MiB, against zip bombs).
pub fn decode_bits(encoded: &str) -> Option<Vec<u8>> {
    let gzip = unbase64url(encoded.strip_prefix('u')?)?;
    let mut bits = Vec::new();
    flate2::read::GzDecoder::new(gzip.as_slice()).take(16 << 20).read_to_end(&mut bits).ok()?;
    Some(bits)
}

fn has_type(value: &Value, wanted: &str) -> bool {
    match &value["type"] {
        Value::String(t) => t == wanted,
        Value::Array(types) => types.iter().any(|t| t == wanted),
        _ => false,
    }
}

/// What the issuer states in a new certificate.
#[derive(Debug, Clone)]
pub struct NewCredential<'a> {
    /// `urn:uuid:…`.
    pub id: &'a str,
    pub issuer_url: &'a str,
    pub issuer_name: &'a str,
    /// The learner's display name: the only thing about the person in the certificate.
    pub learner: &'a str,
    /// The course's address at the issuer; the achievement's id.
    pub achievement_id: &'a str,
    pub course_title: &'a str,
    pub course_summary: &'a str,
    /// What the learner did, in words (the achievement's criteria).
    pub criteria: &'a str,
    /// Seconds since the Unix epoch.
    pub issued_at: i64,
    /// The revocation list's URL and this certificate's entry in it.
    pub status: Option<(&'a str, usize)>,
}

/// The JWT payload of a certificate: an `OpenBadgeCredential` (VC 2.0 data model) with the JWT
/// claims Open Badges 3.0 asks for (`iss`, `jti`, `nbf`, `iat`). There is no `sub`: a learner
/// has no identifier worth publishing, so the subject is identified by display name only.
pub fn credential(new: &NewCredential) -> Value {
    let valid_from = rfc3339(new.issued_at);
    let mut credential = json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": new.id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": { "id": new.issuer_url, "type": ["Profile"], "name": new.issuer_name },
        "validFrom": valid_from,
        "name": new.course_title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": new.learner,
            }],
            "achievement": {
                "id": new.achievement_id,
                "type": ["Achievement"],
                "name": new.course_title,
                "description": new.course_summary,
                "criteria": { "narrative": new.criteria },
            },
        },
        "iss": new.issuer_url,
        "jti": new.id,
        "nbf": new.issued_at,
        "iat": new.issued_at,
    });
    if let Some((url, index)) = new.status {
        credential["credentialStatus"] = json!({
            "id": format!("{url}#{index}"),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": index.to_string(),
            "statusListCredential": url,
        });
    }
    credential
}

/// The payload of a revocation list: a `BitstringStatusListCredential` with `bits`.
pub fn status_list_credential(url: &str, issuer_url: &str, valid_from: i64, bits: &[u8]) -> Value {
    json!({
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_url,
        "validFrom": rfc3339(valid_from),
        "credentialSubject": {
            "id": format!("{url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bits(bits),
        },
        "iss": issuer_url,
        "iat": valid_from,
    })
}

/// Seconds since the Unix epoch as an RFC 3339 UTC date-time, such as `2026-11-23T09:30:00Z`.
pub fn rfc3339(seconds: i64) -> String {
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest / 60 % 60, rest % 60)
}

/// The Gregorian date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day count since 1970-01-01 of a Gregorian date (Howard Hinnant's `days_from_civil`),
/// the inverse of [`civil_from_days`]. A day past the month's end counts on into the next.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// What an `OpenBadgeCredential` states, or `None` if the payload is not one.
pub fn summary(payload: &Value, kid: &str) -> Option<CredentialSummary> {
    if !has_type(payload, "VerifiableCredential") || !has_type(payload, "OpenBadgeCredential") {
        return None;
    }
    let subject = &payload["credentialSubject"];
    let learner = subject["identifier"]
        .as_array()?
        .iter()
        .find(|i| i["identityType"] == "name")?
        .get("identityHash")?
        .as_str()?;
    let issuer = &payload["issuer"];
    let text = |value: &Value| value.as_str().map(str::to_owned);
    Some(CredentialSummary {
        id: text(&payload["id"])?,
        learner: learner.to_owned(),
        course_title: text(&subject["achievement"]["name"])?,
        achievement: text(&subject["achievement"]["id"])?,
        issuer_name: text(&issuer["name"]).unwrap_or_default(),
        // The Data Integrity form's issuer is a `did:web`, its address beside it in `url`.
        issuer_url: text(&issuer["url"]).or_else(|| text(&issuer["id"])).or_else(|| text(issuer))?,
        valid_from: text(&payload["validFrom"])?,
        key_id: kid.to_owned(),
    })
}

/// A certificate's entry in a revocation list, as its signed `credentialStatus` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusEntry<'a> {
    /// The credential's `id` (`urn:uuid:…`).
    pub credential_id: &'a str,
    /// `statusListCredential`: the list's URL, as it was when the certificate was issued.
    pub list_url: &'a str,
    /// `statusListIndex`.
    pub index: usize,
}

/// Checks a certificate with no network: its algorithm, key and signature against `keys`, its
/// shape, and its revocation against `lists` (the lists as of the caller's last update), found by
/// the URL the certificate names.
pub fn verify(text: &str, keys: &Jwks, lists: &[StatusList]) -> Verification {
    dated(verify_with(text, keys, |entry| lists.iter().find(|list| list.url == entry.list_url)), lists)
}

/// An offline verdict with the date of the lists held: when no list covered the certificate,
/// "could not check" still says how old the caller's lists are.
pub fn dated(verification: Verification, lists: &[StatusList]) -> Verification {
    if verification.reason != Reason::RevocationUnchecked {
        return verification;
    }
    let newest = lists.iter().max_by(|a, b| a.valid_from.cmp(&b.valid_from));
    Verification { status_list_valid_from: newest.map(|l| l.valid_from.clone()), ..verification }
}

/// [`verify`], with the caller choosing the revocation list for a certificate's entry; it is
/// asked only once the signature holds, so the entry is the issuer's own statement. The server
/// uses it to find its certificates' lists in its own records, whatever URL they name. `None`
/// (no list) gives [`Status::RevocationUnchecked`], never [`Status::Valid`].
pub fn verify_with<'l>(
    text: &str,
    keys: &Jwks,
    list_for: impl FnOnce(&StatusEntry) -> Option<&'l StatusList>,
) -> Verification {
    let jws = match Jws::parse(&extract_jwt(text)) {
        Ok(jws) => jws,
        Err(reason) => return verdict(reason, None, None),
    };
    if let Err(reason) = jws.check_signature(keys) {
        return verdict(reason, None, None);
    }
    judge(&jws.payload, jws.kid().unwrap_or_default(), list_for)
}

/// The verdict on a credential whose signature (by key `kid`) held, in either form: what it
/// states and whether its revocation list, chosen by `list_for`, marks it revoked. The JWT form
/// ([`verify_with`]) and the Data Integrity form (`dala_badge`) both end here, so they give the
/// same verdict for the same certificate.
pub fn judge<'l>(
    payload: &Value,
    kid: &str,
    list_for: impl FnOnce(&StatusEntry) -> Option<&'l StatusList>,
) -> Verification {
    let Some(summary) = summary(payload, kid) else {
        return verdict(Reason::NotACredential, None, None);
    };
    let status = &payload["credentialStatus"];
    if status.is_null() {
        return verdict(Reason::Genuine, Some(summary), None);
    }
    let url = status["statusListCredential"].as_str();
    let index = match &status["statusListIndex"] {
        Value::String(s) => s.parse::<usize>().ok(),
        Value::Number(n) => n.as_u64().map(|n| n as usize),
        _ => None,
    };
    let (Some(list_url), Some(index)) = (url, index) else {
        return verdict(Reason::NotACredential, None, None);
    };
    match list_for(&StatusEntry { credential_id: &summary.id, list_url, index }) {
        Some(list) if list.is_set(index) => verdict(Reason::Revoked, Some(summary), Some(list)),
        Some(list) => verdict(Reason::Genuine, Some(summary), Some(list)),
        None => verdict(Reason::RevocationUnchecked, Some(summary), None),
    }
}

/// The two forms a Dala certificate travels in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A VC-JWT: the compact JWT, or the JSON of an `EnvelopedVerifiableCredential` around one.
    Jwt,
    /// A JSON-LD credential with an embedded Data Integrity proof (`dala_badge`), the form
    /// wallets keep.
    DataIntegrity,
}

/// The issuer's address a certificate in either form names, read without checking anything
/// (the JWT's `iss`; the JSON-LD form's issuer `url`, beside its DID).
pub fn issuer_url(text: &str) -> Option<String> {
    let payload = claimed(text)?;
    payload["iss"].as_str().or_else(|| payload["issuer"]["url"].as_str()).map(str::to_owned)
}

/// What a certificate in either form states, unchecked.
fn claimed(text: &str) -> Option<Value> {
    match form(text) {
        Form::Jwt => Some(Jws::parse(&extract_jwt(text)).ok()?.payload),
        Form::DataIntegrity => serde_json::from_slice(text.trim().as_bytes()).ok(),
    }
}

/// Which form `text` is in: JSON with a `proof` is the Data Integrity form, anything else is
/// read as a JWT (and refused as one if it is not).
pub fn form(text: &str) -> Form {
    let text = text.trim();
    if text.starts_with('{')
        && serde_json::from_slice::<Value>(text.as_bytes()).is_ok_and(|value| value.get("proof").is_some())
    {
        return Form::DataIntegrity;
    }
    Form::Jwt
}

/// The `id` a certificate in either form claims, read without checking anything: only to look
/// up the record of a certificate before its signature is checked.
pub fn claimed_id(text: &str) -> Option<String> {
    claimed(text)?["id"].as_str().map(str::to_owned)
}

/// The verdict on a credential refused before anything it states could be believed.
pub fn refusal(reason: Reason) -> Verification {
    verdict(reason, None, None)
}

fn verdict(reason: Reason, credential: Option<CredentialSummary>, list: Option<&StatusList>) -> Verification {
    Verification {
        status: status_of(reason),
        reason,
        message: message(reason).to_owned(),
        credential,
        status_list_valid_from: list.map(|l| l.valid_from.clone()),
        revocation: None,
    }
}

/// The overall status a reason leads to.
pub fn status_of(reason: Reason) -> Status {
    match reason {
        Reason::Genuine => Status::Valid,
        // Genuine, but possibly revoked: never reported as valid.
        Reason::RevocationUnchecked => Status::RevocationUnchecked,
        Reason::Revoked => Status::Revoked,
        Reason::SignatureMismatch => Status::Altered,
        Reason::UnknownKey => Status::UnknownKey,
        Reason::MissingKeyId
        | Reason::UnsupportedAlgorithm
        | Reason::NotAJwt
        | Reason::NotACredential
        | Reason::Unknown => Status::Malformed,
    }
}

/// English text of a reason, for the command line and API users (the web client translates).
pub fn message(reason: Reason) -> &'static str {
    match reason {
        Reason::Genuine => "signed by the issuer, unaltered, and not revoked",
        Reason::RevocationUnchecked => {
            "signed by the issuer and unaltered; no revocation list was available to check it against"
        }
        Reason::Revoked => "genuine, but the issuer has revoked it",
        Reason::SignatureMismatch => "the signature does not match the content: it was changed or forged",
        Reason::UnknownKey => "signed with a key the issuer has not published",
        Reason::MissingKeyId => "the header names no key (kid)",
        Reason::UnsupportedAlgorithm => {
            "signed by another method than EdDSA (a JWT) or eddsa-rdfc-2022 (a Data Integrity proof)"
        }
        Reason::NotAJwt => "not a signed credential: expected header.payload.signature in base64url",
        Reason::NotACredential => "signed data, but not an Open Badges credential",
        Reason::Unknown => "unknown problem",
    }
}

#[cfg(test)]
mod tests;
