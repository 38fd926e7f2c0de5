use dala_credential::NewCredential;
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::*;

const PUBLIC_URL: &str = "https://learn.example.org";

fn new_credential() -> NewCredential<'static> {
    NewCredential {
        id: "urn:uuid:2f4a1b1e-8a52-4c58-9d0c-0b6c3e7b9a11",
        issuer_url: PUBLIC_URL,
        issuer_name: "CSO Academy",
        learner: "Айгерим Сапарова",
        achievement_id: "https://learn.example.org/courses/cso-communications-ru",
        course_title: "Коммуникации НКО",
        course_summary: "Политика коммуникаций: «для кого» и «зачем».",
        criteria: "Прошла все уроки и итоговую проверку.",
        issued_at: 1_796_000_000,
        status: Some(("https://learn.example.org/api/v1/status/1", 94_567)),
    }
}

fn key(n: u8) -> SigningKey {
    SigningKey::from_bytes(&[n; 32])
}

fn kid(n: u8) -> String {
    dala_credential::jwk(&key(n).verifying_key()).kid
}

/// A Dala credential signed with key `n`.
fn signed(n: u8) -> Value {
    let did = did_web(PUBLIC_URL).unwrap();
    let unsecured = credential(&new_credential(), &did);
    sign(&unsecured, &key(n), &verification_method(&did, &kid(n)), "2026-11-30T10:13:20Z").unwrap()
}

/// The installation's keys as a verifier that holds its DID document resolves them.
fn resolver(keys: &[u8]) -> impl Fn(&str) -> Option<VerifyingKey> {
    let did = did_web(PUBLIC_URL).unwrap();
    let keys: Vec<(String, VerifyingKey)> = keys.iter().map(|&n| (kid(n), key(n).verifying_key())).collect();
    let document = did_document(&did, &keys);
    move |method: &str| {
        let listed = document["assertionMethod"].as_array()?.iter().any(|m| m == method);
        let entry = document["verificationMethod"].as_array()?.iter().find(|m| m["id"] == method)?;
        listed.then(|| key_from_multibase(entry["publicKeyMultibase"].as_str()?)).flatten()
    }
}

#[test]
fn the_bundled_contexts_are_the_published_bytes() {
    let digests = [
        (VC_CONTEXT, "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"),
        (OB_CONTEXT, "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84"),
        (DATA_INTEGRITY_CONTEXT, "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4"),
        (MULTIKEY_CONTEXT, "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597"),
    ];
    assert_eq!(CONTEXTS.len(), digests.len());
    for (url, digest) in digests {
        let (_, body) = CONTEXTS.iter().find(|(u, _)| *u == url).unwrap();
        let got: String = Sha256::digest(body).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(got, digest, "{url}");
    }
}

#[test]
fn a_credential_made_here_verifies_and_carries_no_jwt_claim() {
    let secured = signed(1);
    let verified = verify(&secured, resolver(&[1])).unwrap();
    assert_eq!(verified.verification_method, format!("did:web:learn.example.org#{}", kid(1)));
    for claim in ["iss", "jti", "nbf", "iat"] {
        assert!(verified.credential.get(claim).is_none(), "{claim}");
    }
    assert_eq!(secured["issuer"]["id"], "did:web:learn.example.org");
    assert_eq!(secured["issuer"]["url"], PUBLIC_URL);
    assert!(secured["proof"].is_array(), "the Open Badges schema's shape");
    // The proof as an object, as some issuers write it, verifies too.
    let mut single = secured.clone();
    single["proof"] = secured["proof"][0].clone();
    verify(&single, resolver(&[1])).unwrap();
}

#[test]
fn a_changed_word_breaks_the_signature() {
    for (pointer, value) in [
        ("/credentialSubject/identifier/0/identityHash", json!("Someone else")),
        ("/credentialSubject/achievement/name", json!("Another course")),
        ("/validFrom", json!("2020-01-01T00:00:00Z")),
        ("/credentialStatus/statusListIndex", json!("1")),
        ("/proof/0/created", json!("2020-01-01T00:00:00Z")),
    ] {
        let mut changed = signed(1);
        *changed.pointer_mut(pointer).unwrap() = value;
        assert_eq!(verify(&changed, resolver(&[1])), Err(BadgeError::BadSignature), "{pointer}");
    }
}

#[test]
fn an_added_field_no_context_defines_is_refused_not_ignored() {
    let mut added = signed(1);
    added["credentialSubject"]["grade"] = json!("A+");
    assert!(matches!(verify(&added, resolver(&[1])), Err(BadgeError::Undefined(_))));
    let mut relative = signed(1);
    relative["credentialSubject"]["achievement"]["id"] = json!("courses/other");
    assert!(matches!(verify(&relative, resolver(&[1])), Err(BadgeError::Undefined(_))));
}

#[test]
fn a_key_the_issuer_does_not_list_is_unknown_and_a_retired_one_still_verifies() {
    assert!(matches!(verify(&signed(2), resolver(&[1])), Err(BadgeError::UnknownKey(_))));
    // After a rotation the DID document lists the old key beside the new one.
    verify(&signed(1), resolver(&[2, 1])).unwrap();
    verify(&signed(2), resolver(&[2, 1])).unwrap();
    // A method that names key 1 but carries key 2's signature does not hold.
    let mut swapped = signed(2);
    swapped["proof"][0]["verificationMethod"] = signed(1)["proof"][0]["verificationMethod"].clone();
    assert_eq!(verify(&swapped, resolver(&[1])), Err(BadgeError::BadSignature));
}

#[test]
fn proofs_of_other_kinds_and_other_documents_are_refused() {
    let mut other_suite = signed(1);
    other_suite["proof"][0]["cryptosuite"] = json!("ecdsa-rdfc-2019");
    assert!(matches!(verify(&other_suite, resolver(&[1])), Err(BadgeError::Proof(_))));
    let mut other_purpose = signed(1);
    other_purpose["proof"][0]["proofPurpose"] = json!("authentication");
    assert!(matches!(verify(&other_purpose, resolver(&[1])), Err(BadgeError::Proof(_))));
    let mut two = signed(1);
    two["proof"] = json!([two["proof"][0].clone(), two["proof"][0].clone()]);
    assert!(matches!(verify(&two, resolver(&[1])), Err(BadgeError::Proof(_))));
    let mut none = signed(1);
    none.as_object_mut().unwrap().remove("proof");
    assert!(matches!(verify(&none, resolver(&[1])), Err(BadgeError::Proof(_))));
    assert!(matches!(verify(&json!("a string"), resolver(&[1])), Err(BadgeError::NotACredential(_))));
    // A context Dala does not bundle is never fetched.
    let mut foreign = signed(1);
    foreign["@context"] = json!([VC_CONTEXT, "https://example.com/context.json"]);
    assert!(matches!(verify(&foreign, resolver(&[1])), Err(BadgeError::JsonLd(_))));
    // Too large, or too many blank nodes, before any canonicalization.
    let mut large = signed(1);
    large["name"] = json!("x".repeat(MAX_CREDENTIAL_BYTES));
    assert!(matches!(verify(&large, resolver(&[1])), Err(BadgeError::NotACredential(_))));
    let mut complex = signed(1);
    let identifiers: Vec<Value> = (0..MAX_BLANK_NODES)
        .map(|n| json!({ "type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": n.to_string() }))
        .collect();
    complex["credentialSubject"]["identifier"] = Value::Array(identifiers);
    assert_eq!(verify(&complex, resolver(&[1])), Err(BadgeError::TooComplex));
}

#[test]
fn did_web_follows_the_public_url() {
    assert_eq!(did_web("https://learn.example.org").as_deref(), Some("did:web:learn.example.org"));
    assert_eq!(did_web("https://Learn.Example.org/").as_deref(), Some("did:web:learn.example.org"));
    assert_eq!(did_web("http://127.0.0.1:8080").as_deref(), Some("did:web:127.0.0.1%3A8080"));
    assert_eq!(did_web("https://example.org/cso/dala/").as_deref(), Some("did:web:example.org:cso:dala"));
    assert_eq!(did_web("ftp://example.org"), None);
    assert_eq!(did_web("https://"), None);
    assert_eq!(did_document_path("https://learn.example.org").as_deref(), Some("/.well-known/did.json"));
    assert_eq!(did_document_path("http://127.0.0.1:8080/").as_deref(), Some("/.well-known/did.json"));
    assert_eq!(did_document_path("https://example.org/cso/dala").as_deref(), Some("/cso/dala/did.json"));
}

#[test]
fn the_did_document_lists_every_key_for_assertions() {
    let did = did_web(PUBLIC_URL).unwrap();
    let document = did_document(&did, &[(kid(2), key(2).verifying_key()), (kid(1), key(1).verifying_key())]);
    assert_eq!(document["@context"][0], DID_CONTEXT, "verifiers read it without JSON-LD when it starts so");
    assert_eq!(document["verificationMethod"].as_array().unwrap().len(), 2);
    assert_eq!(document["assertionMethod"][1], verification_method(&did, &kid(1)));
    // The key of seed 7 as Digital Bazaar's libraries write it.
    assert_eq!(
        public_key_multibase(&key(7).verifying_key()),
        "z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z"
    );
    assert_eq!(
        key_from_multibase("z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z"),
        Some(key(7).verifying_key())
    );
    assert_eq!(key_from_multibase("6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z"), None);
}

fn jwks(keys: &[u8]) -> Jwks {
    Jwks { keys: keys.iter().map(|&n| dala_credential::jwk(&key(n).verifying_key())).collect() }
}

fn list(revoked: Option<usize>) -> StatusList {
    let mut bits = vec![0u8; dala_credential::STATUS_LIST_ENTRIES / 8];
    if let Some(index) = revoked {
        dala_credential::set_bit(&mut bits, index);
    }
    StatusList::new("https://learn.example.org/api/v1/status/1".into(), "2026-11-30T10:13:20Z".into(), bits)
}

#[test]
fn a_certificate_in_this_form_gets_the_verdict_of_its_jwt() {
    let text = signed(1).to_string();
    let held = list(None);
    let verification = verify_certificate(&text, &jwks(&[1]), |entry| {
        assert_eq!((entry.list_url, entry.index), ("https://learn.example.org/api/v1/status/1", 94_567));
        Some(&held)
    });
    assert_eq!(verification.reason, Reason::Genuine);
    let summary = verification.credential.unwrap();
    assert_eq!(summary.learner, "Айгерим Сапарова");
    // The address, not the DID: as the JWT form names the issuer.
    assert_eq!(summary.issuer_url, PUBLIC_URL);
    assert_eq!(summary.key_id, kid(1));

    // The same certificate as a JWT: the same summary.
    let jwt =
        dala_credential::sign(&key(1), &kid(1), "vc+jwt", &dala_credential::credential(&new_credential()));
    let same = dala_credential::verify_with(&jwt, &jwks(&[1]), |_| Some(&held));
    assert_eq!(same.credential, Some(summary));

    let revoked = list(Some(94_567));
    assert_eq!(verify_certificate(&text, &jwks(&[1]), |_| Some(&revoked)).reason, Reason::Revoked);
    assert_eq!(verify_certificate(&text, &jwks(&[1]), |_| None).reason, Reason::RevocationUnchecked);
}

#[test]
fn a_changed_stranger_or_unknown_certificate_is_refused_as_a_jwt_would_be() {
    let held = list(None);
    let mut renamed = signed(1);
    renamed["credentialSubject"]["identifier"][0]["identityHash"] = "Болат".into();
    let check =
        |value: &Value, keys: &[u8]| verify_certificate(&value.to_string(), &jwks(keys), |_| Some(&held));
    assert_eq!(check(&renamed, &[1]).reason, Reason::SignatureMismatch);
    assert_eq!(check(&signed(2), &[1]).reason, Reason::UnknownKey);
    // Our key, but the proof names another DID than the credential's issuer.
    let did = did_web("https://other.example.net").unwrap();
    let mut unsecured = credential(&new_credential(), &did_web(PUBLIC_URL).unwrap());
    unsecured["issuer"]["id"] = did_web(PUBLIC_URL).unwrap().into();
    let foreign =
        sign(&unsecured, &key(1), &verification_method(&did, &kid(1)), "2026-11-30T10:13:20Z").unwrap();
    assert_eq!(check(&foreign, &[1]).reason, Reason::UnknownKey);
    assert_eq!(verify_certificate("{\"proof\": 1", &jwks(&[1]), |_| None).reason, Reason::NotACredential);
    let mut other_suite = signed(1);
    other_suite["proof"][0]["cryptosuite"] = "ecdsa-rdfc-2019".into();
    assert_eq!(check(&other_suite, &[1]).reason, Reason::UnsupportedAlgorithm);
}

#[test]
fn a_revocation_list_in_this_form_is_issued_by_the_did_and_verifies() {
    let did = did_web(PUBLIC_URL).unwrap();
    let bits = vec![0u8; dala_credential::STATUS_LIST_ENTRIES / 8];
    let payload = dala_credential::status_list_credential(
        "https://learn.example.org/credentials/status/1",
        PUBLIC_URL,
        1_796_000_000,
        &bits,
    );
    let unsecured = from_jwt_payload(&payload, &did);
    assert_eq!(unsecured["issuer"], did.as_str());
    assert!(unsecured.get("iss").is_none() && unsecured.get("iat").is_none());
    let secured =
        sign(&unsecured, &key(1), &verification_method(&did, &kid(1)), "2026-11-30T10:13:20Z").unwrap();
    assert!(verify(&secured, resolver(&[1])).is_ok());
}
