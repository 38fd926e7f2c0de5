//! Agreement with others' code: the W3C test vector for `eddsa-rdfc-2022`, and a credential
//! signed by Digital Bazaar's reference libraries (`vectors/README.md`).

use dala_badge::{
    BadgeError, CONTEXTS, Contexts, canonical_nquads_in, key_from_multibase, public_key_multibase, verify,
    verify_in,
};
use ed25519_dalek::SigningKey;
use serde_json::Value;

fn with_examples() -> Contexts {
    let mut contexts = CONTEXTS.to_vec();
    contexts.push((
        "https://www.w3.org/ns/credentials/examples/v2",
        include_bytes!("vectors/examples-v2.jsonld"),
    ));
    contexts.leak()
}

#[test]
fn the_w3c_vector_canonicalizes_and_verifies_byte_for_byte() {
    let contexts = with_examples();
    let signed: Value = serde_json::from_str(include_str!("vectors/signedDataInt.json")).unwrap();
    let pair: Value = serde_json::from_str(include_str!("vectors/keyPair.json")).unwrap();
    let key = key_from_multibase(pair["publicKeyMultibase"].as_str().unwrap()).unwrap();
    assert_eq!(public_key_multibase(&key), pair["publicKeyMultibase"]);

    let mut unsecured = signed.clone();
    let proof = unsecured.as_object_mut().unwrap().remove("proof").unwrap();
    assert_eq!(
        canonical_nquads_in(&unsecured, contexts).unwrap(),
        include_str!("vectors/canonDocDataInt.txt")
    );
    let mut configuration = proof.clone();
    configuration.as_object_mut().unwrap().remove("proofValue");
    configuration["@context"] = unsecured["@context"].clone();
    assert_eq!(
        canonical_nquads_in(&configuration, contexts).unwrap(),
        include_str!("vectors/proofCanonDataInt.txt")
    );

    let method = signed["proof"]["verificationMethod"].as_str().unwrap().to_owned();
    let key_for = |asked: &str| (asked == method).then_some(key);
    verify_in(&signed, key_for, contexts).unwrap();
    let mut changed = signed.clone();
    changed["credentialSubject"]["alumniOf"] = "The School of Examples!".into();
    assert_eq!(verify_in(&changed, key_for, contexts), Err(BadgeError::BadSignature));
}

#[test]
fn a_credential_signed_by_the_reference_libraries_verifies_here_and_the_same_signature_is_made() {
    let signed: Value = serde_json::from_str(include_str!("vectors/digital-bazaar-signed.json")).unwrap();
    let key = SigningKey::from_bytes(&[7; 32]);
    let public = key.verifying_key();
    let key_for = |asked: &str| (asked == "did:web:example.org#key-1").then_some(public);
    let verified = verify(&signed, key_for).unwrap();
    assert_eq!(verified.verification_method, "did:web:example.org#key-1");

    // Ed25519 is deterministic: signing the same credential with the same options here gives
    // Digital Bazaar's proof value, so both canonicalize it alike.
    let created = signed["proof"]["created"].as_str().unwrap();
    let ours = dala_badge::sign(&verified.credential, &key, "did:web:example.org#key-1", created).unwrap();
    assert_eq!(ours["proof"][0]["proofValue"], signed["proof"]["proofValue"]);

    let mut changed = signed.clone();
    changed["credentialSubject"]["name"] = "Someone else".into();
    assert_eq!(verify(&changed, key_for), Err(BadgeError::BadSignature));
}
