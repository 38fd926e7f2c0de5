//! Dala certificates in the form standard wallets and verifiers take: an Open Badges 3.0
//! `OpenBadgeCredential` as JSON-LD with an embedded Data Integrity proof, cryptosuite
//! `eddsa-rdfc-2022`, made with the installation's Ed25519 certificate key (the same key as the
//! VC-JWT form, so there is no second key to keep safe).
//!
//! The proof signs the RDF canonical form (RDFC-1.0) of the credential and of the proof's own
//! options: `SHA-256(canonical proof options) ‖ SHA-256(canonical credential)`, Ed25519,
//! multibase base58btc (`z…`). JSON-LD is turned into RDF with Oxigraph's `oxjsonld`, and
//! canonicalized with `oxrdf`'s RDFC-1.0; neither is written here.
//!
//! **Invariant:** no context is ever fetched. The four a Dala credential uses are bundled
//! ([`CONTEXTS`]), byte for byte the published documents (a test checks the SHA-256 digests the
//! W3C Recommendations print): a verifier uses its own copy of each URL, so a copy that differed
//! in any term would break every signature.
//!
//! **Invariant:** what is not signed is not believed. Plain JSON-LD drops a property no context
//! defines; a verifier that did the same would show an added, unsigned field as if the issuer
//! had stated it. Like the reference verifiers' "safe mode", an undefined term or a relative IRI
//! is an error, found by reading the document once more with a sentinel `@vocab` and base.
//!
//! Specifications:
//! - Verifiable Credentials Data Model 2.0: <https://www.w3.org/TR/vc-data-model-2.0/>
//! - Data Integrity EdDSA Cryptosuites v1.0: <https://www.w3.org/TR/vc-di-eddsa/>
//! - RDF Dataset Canonicalization (RDFC-1.0): <https://www.w3.org/TR/rdf-canon/>
//! - Controlled Identifiers (Multikey): <https://www.w3.org/TR/cid-1.0/>
//! - did:web: <https://w3c-ccg.github.io/did-method-web/>
//! - Open Badges 3.0: <https://www.imsglobal.org/spec/ob/v3p0/>

use std::collections::BTreeSet;
use std::fmt;

use dala_credential::{NewCredential, OB_CONTEXT, StatusEntry, StatusList, VC_CONTEXT};
use dala_wire::{Jwks, Verification, VerificationReason as Reason};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use oxjsonld::{JsonLdParser, JsonLdRemoteDocument};
use oxrdf::Dataset;
use oxrdf::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

/// The Data Integrity v2 context (what `DataIntegrityProof` means, also inside VC 2.0's).
pub const DATA_INTEGRITY_CONTEXT: &str = "https://w3id.org/security/data-integrity/v2";
/// The Multikey v1 context (the verification methods of the issuer's DID document).
pub const MULTIKEY_CONTEXT: &str = "https://w3id.org/security/multikey/v1";
/// The DID v1 context: a DID document starts with it (verifiers read it without JSON-LD).
pub const DID_CONTEXT: &str = "https://www.w3.org/ns/did/v1";
/// The cryptosuite of every proof made and the only one accepted.
pub const CRYPTOSUITE: &str = "eddsa-rdfc-2022";
/// The media type of a credential in this form (VC 2.0 §6.1, registered in 2024; file
/// extension `.vc`).
pub const MEDIA_TYPE: &str = "application/vc";

/// JSON-LD contexts by URL: the only documents a credential's reading may load.
pub type Contexts = &'static [(&'static str, &'static [u8])];

/// Every context a Dala credential or its proof may use: URL and the published bytes.
pub const CONTEXTS: Contexts = &[
    (VC_CONTEXT, include_bytes!("../contexts/credentials-v2.jsonld")),
    (OB_CONTEXT, include_bytes!("../contexts/ob-v3p0-context-3.0.3.json")),
    (DATA_INTEGRITY_CONTEXT, include_bytes!("../contexts/data-integrity-v2.jsonld")),
    (MULTIKEY_CONTEXT, include_bytes!("../contexts/multikey-v1.jsonld")),
];

/// The largest credential read from outside. Dala's are about 3 KB.
pub const MAX_CREDENTIAL_BYTES: usize = 64 * 1024;
/// The most blank nodes a credential read from outside may have. RDFC-1.0's cost grows
/// steeply with many blank nodes that look alike (and `oxrdf` sets no limit of its own); a Dala
/// credential has six.
pub const MAX_BLANK_NODES: usize = 16;

const SENTINEL_VOCAB: &str = "urn:x-dala-undefined-term:";
const SENTINEL_BASE: &str = "https://relative-iri.invalid/";

/// Why a credential in this form was not made or does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadgeError {
    /// Not a JSON object, or larger than [`MAX_CREDENTIAL_BYTES`].
    NotACredential(String),
    /// No proof, or a proof of another kind than `DataIntegrityProof` / `eddsa-rdfc-2022` with
    /// purpose `assertionMethod`.
    Proof(String),
    /// The verification method is not a key of the issuer the caller trusts.
    UnknownKey(String),
    /// The signature does not match: changed after it was signed.
    BadSignature,
    /// The JSON-LD does not hold together (a context not bundled, a protected term redefined).
    JsonLd(String),
    /// A term no context defines, or a relative IRI: it could not have been signed.
    Undefined(String),
    /// More blank nodes than [`MAX_BLANK_NODES`].
    TooComplex,
}

impl fmt::Display for BadgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadgeError::NotACredential(why) => write!(f, "not a credential: {why}"),
            BadgeError::Proof(why) => write!(f, "the proof: {why}"),
            BadgeError::UnknownKey(method) => write!(f, "not a key of the issuer: {method}"),
            BadgeError::BadSignature => write!(f, "the signature does not match: the credential was changed"),
            BadgeError::JsonLd(why) => write!(f, "the JSON-LD: {why}"),
            BadgeError::Undefined(what) => write!(f, "a term no context defines, or a relative IRI: {what}"),
            BadgeError::TooComplex => write!(f, "more than {MAX_BLANK_NODES} blank nodes"),
        }
    }
}

impl std::error::Error for BadgeError {}

/// The `did:web` of an installation's public URL: `https://learn.example.org` is
/// `did:web:learn.example.org`, a port is `%3A`-encoded, a path becomes `:`-separated parts.
/// `None` for a URL that is not `http(s)://host…`.
pub fn did_web(public_url: &str) -> Option<String> {
    let rest = public_url.strip_prefix("https://").or_else(|| public_url.strip_prefix("http://"))?;
    let rest = rest.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
    let mut parts = rest.split('/');
    let host = parts.next().filter(|h| !h.is_empty() && !h.contains('@'))?;
    let mut did = format!("did:web:{}", host.to_ascii_lowercase().replace(':', "%3A"));
    for part in parts.filter(|p| !p.is_empty()) {
        did.push(':');
        did.push_str(part);
    }
    Some(did)
}

/// Where the DID document of [`did_web`] is served, as a path of the public URL's origin:
/// `/.well-known/did.json` at the root, `/<path>/did.json` under a path.
pub fn did_document_path(public_url: &str) -> Option<String> {
    let did = did_web(public_url)?;
    let mut parts = did.trim_start_matches("did:web:").split(':').skip(1).peekable();
    if parts.peek().is_none() {
        return Some("/.well-known/did.json".to_owned());
    }
    Some(format!("/{}/did.json", parts.collect::<Vec<_>>().join("/")))
}

/// A key as a Multikey's `publicKeyMultibase`: `z` and base58btc of the Ed25519 multicodec
/// prefix `0xed 0x01` and the 32 bytes.
pub fn public_key_multibase(key: &VerifyingKey) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

/// [`public_key_multibase`] read back.
pub fn key_from_multibase(text: &str) -> Option<VerifyingKey> {
    let bytes = bs58::decode(text.strip_prefix('z')?).into_vec().ok()?;
    let key: [u8; 32] = bytes.strip_prefix(&[0xed, 0x01])?.try_into().ok()?;
    VerifyingKey::from_bytes(&key).ok()
}

/// The verification method of key `kid` (its RFC 7638 thumbprint, as in the JWKS) in `did`.
pub fn verification_method(did: &str, kid: &str) -> String {
    format!("{did}#{kid}")
}

/// The issuer's DID document: every key (`(kid, key)`, retired ones included, so certificates
/// they signed still verify) as a Multikey verification method for assertions.
pub fn did_document(did: &str, keys: &[(String, VerifyingKey)]) -> Value {
    let methods: Vec<Value> = keys
        .iter()
        .map(|(kid, key)| {
            json!({
                "id": verification_method(did, kid),
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": public_key_multibase(key),
            })
        })
        .collect();
    let ids: Vec<Value> = keys.iter().map(|(kid, _)| Value::from(verification_method(did, kid))).collect();
    json!({
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
    })
}

/// A certificate as an `OpenBadgeCredential` in JSON-LD, issued by `did` (the installation's
/// [`did_web`]), unsigned: [`from_jwt_payload`] of the VC-JWT form's payload.
pub fn credential(new: &NewCredential, did: &str) -> Value {
    from_jwt_payload(&dala_credential::credential(new), did)
}

/// The JSON-LD form of a VC-JWT's payload (a certificate or a revocation list), issued by
/// `did`: the same statements, derived rather than written twice, but none of the JWT claims
/// (`iss`, `jti`, `nbf`, `iat`: not every published Open Badges context defines `jti`, and a
/// verifier refuses an undefined term). A profile issuer keeps its name, and its address as
/// `url`; a plain issuer URL becomes the DID.
pub fn from_jwt_payload(payload: &Value, did: &str) -> Value {
    let mut credential = payload.clone();
    let Some(object) = credential.as_object_mut() else { return credential };
    for claim in ["iss", "jti", "nbf", "iat"] {
        object.remove(claim);
    }
    let issuer = match object.get("issuer") {
        Some(Value::Object(profile)) => {
            let mut profile = profile.clone();
            if let Some(url) = profile.insert("id".into(), did.into()) {
                profile.insert("url".into(), url);
            }
            Value::Object(profile)
        }
        _ => did.into(),
    };
    object.insert("issuer".into(), issuer);
    credential
}

/// The canonical N-Quads (RDFC-1.0) of `document`, its contexts from [`CONTEXTS`].
pub fn canonical_nquads(document: &Value) -> Result<String, BadgeError> {
    canonical_nquads_in(document, CONTEXTS)
}

/// [`canonical_nquads`] with the contexts `contexts` (tests add the W3C examples context).
pub fn canonical_nquads_in(document: &Value, contexts: Contexts) -> Result<String, BadgeError> {
    // Safe mode: a copy read with a sentinel `@vocab` and base shows any undefined term or
    // relative IRI (the quads are otherwise the same).
    let mut probe = document.clone();
    let has_vocab = defines_vocab(&document["@context"], contexts);
    if let Some(context) = probe.as_object_mut().and_then(|o| o.get_mut("@context"))
        && !has_vocab
    {
        let mut list = match context.take() {
            Value::Array(list) => list,
            other => vec![other],
        };
        list.push(json!({ "@vocab": SENTINEL_VOCAB }));
        *context = Value::Array(list);
    }
    let bytes = serde_json::to_vec(&probe).map_err(|e| BadgeError::NotACredential(e.to_string()))?;
    let parser = JsonLdParser::new()
        .with_base_iri(SENTINEL_BASE)
        .map_err(|e| BadgeError::JsonLd(e.to_string()))?
        .for_slice(&bytes)
        .with_load_document_callback(|url, _options| {
            contexts
                .iter()
                .find(|(known, _)| *known == url)
                .map(|(known, body)| JsonLdRemoteDocument {
                    document: body.to_vec(),
                    document_url: (*known).to_owned(),
                })
                .ok_or_else(|| format!("the context {url} is not one Dala knows (none is fetched)").into())
        });
    let mut dataset = Dataset::new();
    let mut blank_nodes = BTreeSet::new();
    for quad in parser {
        let quad = quad.map_err(|e| BadgeError::JsonLd(e.to_string()))?;
        let text = quad.to_string();
        if text.contains(SENTINEL_VOCAB) || text.contains(SENTINEL_BASE) {
            return Err(BadgeError::Undefined(text));
        }
        for term in [quad.subject.to_string(), quad.object.to_string(), quad.graph_name.to_string()] {
            if let Some(label) = term.strip_prefix("_:") {
                blank_nodes.insert(label.to_owned());
            }
        }
        if blank_nodes.len() > MAX_BLANK_NODES {
            return Err(BadgeError::TooComplex);
        }
        dataset.insert(&quad);
    }
    dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
        hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
    });
    // Canonical N-Quads: one `quad .` line each, in code point order.
    let mut lines: Vec<String> = dataset.iter().map(|quad| format!("{quad} .\n")).collect();
    lines.sort_unstable();
    Ok(lines.concat())
}

/// Whether a context (a URL of `contexts`, an inline object, or a list of them) defines a
/// top-level `@vocab`: then undefined terms are defined by it, and no sentinel is added.
fn defines_vocab(context: &Value, contexts: Contexts) -> bool {
    match context {
        Value::Array(list) => list.iter().any(|c| defines_vocab(c, contexts)),
        Value::Object(inline) => inline.contains_key("@vocab"),
        Value::String(url) => contexts.iter().any(|(known, body)| {
            known == url
                && serde_json::from_slice::<Value>(body)
                    .is_ok_and(|doc| doc["@context"].get("@vocab").is_some())
        }),
        _ => false,
    }
}

/// The proof configuration (vc-di-eddsa §3.3.5): the proof's options without `proofValue`, with
/// the credential's `@context`.
fn proof_configuration(
    options: &Map<String, Value>,
    unsecured: &Map<String, Value>,
) -> Result<Value, BadgeError> {
    if options.get("type").and_then(Value::as_str) != Some("DataIntegrityProof") {
        return Err(BadgeError::Proof("its type is not DataIntegrityProof".into()));
    }
    if options.get("cryptosuite").and_then(Value::as_str) != Some(CRYPTOSUITE) {
        return Err(BadgeError::Proof(format!("its cryptosuite is not {CRYPTOSUITE}")));
    }
    let mut configuration = options.clone();
    configuration.remove("proofValue");
    let context =
        unsecured.get("@context").cloned().ok_or_else(|| BadgeError::NotACredential("no @context".into()))?;
    if let Some(own) = configuration.get("@context") {
        // A proof with its own contexts: the credential's must start with them (§3.3.2).
        let own = match own {
            Value::Array(list) => list.clone(),
            other => vec![other.clone()],
        };
        let theirs = match &context {
            Value::Array(list) => list.clone(),
            other => vec![other.clone()],
        };
        if !theirs.starts_with(&own) {
            return Err(BadgeError::Proof("its @context is not the start of the credential's".into()));
        }
    }
    configuration.insert("@context".into(), context);
    Ok(Value::Object(configuration))
}

/// What an Ed25519 signature covers (§3.3.4): the SHA-256 of the canonical proof configuration,
/// then that of the canonical credential.
fn hash_data(unsecured: &Value, configuration: &Value, contexts: Contexts) -> Result<[u8; 64], BadgeError> {
    let credential = canonical_nquads_in(unsecured, contexts)?;
    let proof = canonical_nquads_in(configuration, contexts)?;
    let mut data = [0u8; 64];
    data[..32].copy_from_slice(&Sha256::digest(proof.as_bytes()));
    data[32..].copy_from_slice(&Sha256::digest(credential.as_bytes()));
    Ok(data)
}

/// Secures `unsecured` with a Data Integrity proof made with `key` as `verification_method`,
/// created at `created` (RFC 3339). The proof is a one-element list: the Open Badges JSON Schema
/// asks for a list, and every verifier takes one.
pub fn sign(
    unsecured: &Value,
    key: &SigningKey,
    verification_method: &str,
    created: &str,
) -> Result<Value, BadgeError> {
    let document =
        unsecured.as_object().ok_or_else(|| BadgeError::NotACredential("not a JSON object".into()))?;
    let mut options = Map::new();
    options.insert("type".into(), "DataIntegrityProof".into());
    options.insert("cryptosuite".into(), CRYPTOSUITE.into());
    options.insert("created".into(), created.into());
    options.insert("verificationMethod".into(), verification_method.into());
    options.insert("proofPurpose".into(), "assertionMethod".into());
    let configuration = proof_configuration(&options, document)?;
    let data = hash_data(unsecured, &configuration, CONTEXTS)?;
    let signature = key.sign(&data);
    options
        .insert("proofValue".into(), format!("z{}", bs58::encode(signature.to_bytes()).into_string()).into());
    let mut secured = document.clone();
    secured.insert("proof".into(), Value::Array(vec![Value::Object(options)]));
    Ok(Value::Object(secured))
}

/// A credential whose proof held: the credential without its proof, and the verification
/// method that signed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    pub credential: Value,
    pub verification_method: String,
}

/// Checks the one Data Integrity proof of `secured`. `key_for` is asked for the key of the
/// proof's verification method (`None`: not a key of the issuer the caller trusts); the caller
/// decides what the credential's statements mean.
pub fn verify(
    secured: &Value,
    key_for: impl Fn(&str) -> Option<VerifyingKey>,
) -> Result<Verified, BadgeError> {
    verify_in(secured, key_for, CONTEXTS)
}

/// [`verify`] with the contexts `contexts`.
pub fn verify_in(
    secured: &Value,
    key_for: impl Fn(&str) -> Option<VerifyingKey>,
    contexts: Contexts,
) -> Result<Verified, BadgeError> {
    let size = serde_json::to_vec(secured).map(|b| b.len()).unwrap_or(usize::MAX);
    if size > MAX_CREDENTIAL_BYTES {
        return Err(BadgeError::NotACredential(format!("larger than {MAX_CREDENTIAL_BYTES} bytes")));
    }
    let mut unsecured =
        secured.as_object().cloned().ok_or_else(|| BadgeError::NotACredential("not a JSON object".into()))?;
    let proof = unsecured.remove("proof").ok_or_else(|| BadgeError::Proof("there is none".into()))?;
    let proof = match proof {
        Value::Array(mut list) if list.len() == 1 => list.remove(0),
        Value::Array(_) => return Err(BadgeError::Proof("not exactly one".into())),
        other => other,
    };
    let mut options = proof.as_object().cloned().ok_or_else(|| BadgeError::Proof("not an object".into()))?;
    let proof_value = options
        .remove("proofValue")
        .and_then(|v| v.as_str().map(str::to_owned))
        .ok_or_else(|| BadgeError::Proof("no proofValue".into()))?;
    if options.get("proofPurpose").and_then(Value::as_str) != Some("assertionMethod") {
        return Err(BadgeError::Proof("its purpose is not assertionMethod".into()));
    }
    let method = options
        .get("verificationMethod")
        .and_then(Value::as_str)
        .ok_or_else(|| BadgeError::Proof("no verificationMethod".into()))?
        .to_owned();
    let key = key_for(&method).ok_or_else(|| BadgeError::UnknownKey(method.clone()))?;
    let signature = proof_value
        .strip_prefix('z')
        .and_then(|b58| bs58::decode(b58).into_vec().ok())
        .and_then(|bytes| Signature::from_slice(&bytes).ok())
        .ok_or_else(|| BadgeError::Proof("proofValue is not a multibase Ed25519 signature".into()))?;
    let configuration = proof_configuration(&options, &unsecured)?;
    let unsecured = Value::Object(unsecured);
    let data = hash_data(&unsecured, &configuration, contexts)?;
    key.verify_strict(&data, &signature).map_err(|_| BadgeError::BadSignature)?;
    Ok(Verified { credential: unsecured, verification_method: method })
}

/// Checks a certificate in this form as [`dala_credential::verify_with`] checks the JWT form,
/// and gives the same verdict ([`dala_credential::judge`]): its proof against `keys` (the
/// verification method `did:web:…#kid` names the key by its id, and its DID must be the
/// credential's issuer), then what it states and its revocation in the list `list_for` picks.
pub fn verify_certificate<'l>(
    text: &str,
    keys: &Jwks,
    list_for: impl FnOnce(&StatusEntry) -> Option<&'l StatusList>,
) -> Verification {
    if text.len() > MAX_CREDENTIAL_BYTES {
        return dala_credential::refusal(Reason::NotACredential);
    }
    let Ok(secured) = serde_json::from_slice::<Value>(text.trim().as_bytes()) else {
        return dala_credential::refusal(Reason::NotACredential);
    };
    let issuer = match &secured["issuer"] {
        Value::String(id) => id.clone(),
        profile => profile["id"].as_str().unwrap_or_default().to_owned(),
    };
    let key_for = |method: &str| {
        let (did, kid) = method.split_once('#')?;
        if did != issuer || !did.starts_with("did:") {
            return None;
        }
        keys.keys.iter().find(|jwk| jwk.kid == kid).and_then(dala_credential::verifying_key)
    };
    match verify(&secured, key_for) {
        Ok(verified) => {
            let kid = verified.verification_method.split_once('#').map(|(_, kid)| kid).unwrap_or_default();
            dala_credential::judge(&verified.credential, kid, list_for)
        }
        Err(error) => dala_credential::refusal(reason_of(&error)),
    }
}

/// A certificate in either form checked with no network, as [`dala_credential::verify`] checks
/// the JWT form: revocation against the lists held, found by the URL the certificate names.
pub fn verify_offline(text: &str, keys: &Jwks, lists: &[StatusList]) -> Verification {
    match dala_credential::form(text) {
        dala_credential::Form::Jwt => dala_credential::verify(text, keys, lists),
        dala_credential::Form::DataIntegrity => dala_credential::dated(
            verify_certificate(text, keys, |entry| lists.iter().find(|list| list.url == entry.list_url)),
            lists,
        ),
    }
}

/// The verification reason a [`BadgeError`] stands for.
pub fn reason_of(error: &BadgeError) -> Reason {
    match error {
        BadgeError::BadSignature => Reason::SignatureMismatch,
        BadgeError::UnknownKey(_) => Reason::UnknownKey,
        BadgeError::Proof(_) => Reason::UnsupportedAlgorithm,
        BadgeError::NotACredential(_)
        | BadgeError::JsonLd(_)
        | BadgeError::Undefined(_)
        | BadgeError::TooComplex => Reason::NotACredential,
    }
}

#[cfg(test)]
mod tests;
