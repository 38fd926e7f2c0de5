//! Every way a certificate can be wrong gets its own verdict.

use super::*;

const LIST: &str = "https://dala.example/credentials/status/1";

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn keys(signing: &[&SigningKey]) -> Jwks {
    Jwks { keys: signing.iter().map(|k| jwk(&k.verifying_key())).collect() }
}

fn payload(index: usize) -> Value {
    credential(&NewCredential {
        id: "urn:uuid:6f1c2a52-5f7e-4c2b-9d0e-2b8f0c7d1a11",
        issuer_url: "https://dala.example",
        issuer_name: "Dala",
        learner: "Әсел Қасымова",
        achievement_id: "https://dala.example/courses/cso-communications-ru",
        course_title: "Коммуникации для НКО",
        course_summary: "",
        criteria: "Completed every lesson and passed every quiz.",
        issued_at: 1_795_000_000,
        status: Some((LIST, index)),
    })
}

fn signed(key: &SigningKey, payload: &Value) -> String {
    sign(key, &jwk(&key.verifying_key()).kid, "vc+jwt", payload)
}

fn list(key: &SigningKey, revoked: &[usize]) -> StatusList {
    let mut bits = vec![0; STATUS_LIST_ENTRIES / 8];
    for &index in revoked {
        set_bit(&mut bits, index);
    }
    let jwt = signed(key, &status_list_credential(LIST, "https://dala.example", 1_795_000_100, &bits));
    StatusList::from_jwt(&jwt, &keys(&[key])).unwrap()
}

/// Replaces part `n` (0 header, 1 payload, 2 signature) of a compact JWS.
fn with_part(jwt: &str, n: usize, part: &str) -> String {
    let mut parts: Vec<&str> = jwt.split('.').collect();
    parts[n] = part;
    parts.join(".")
}

fn check(credential: &str, keys: &Jwks, lists: &[StatusList], status: Status, reason: Reason) {
    let verification = verify(credential, keys, lists);
    assert_eq!((verification.status, verification.reason), (status, reason), "{verification:?}");
    assert_eq!(verification.message, message(reason));
}

#[test]
fn a_genuine_certificate_is_valid_and_says_what_it_certifies() {
    let issuer = key(1);
    let jwt = signed(&issuer, &payload(7));
    let verification = verify(&jwt, &keys(&[&issuer]), &[list(&issuer, &[3, 9])]);
    assert_eq!((verification.status, verification.reason), (Status::Valid, Reason::Genuine));
    let summary = verification.credential.unwrap();
    assert_eq!(summary.learner, "Әсел Қасымова");
    assert_eq!(summary.course_title, "Коммуникации для НКО");
    assert_eq!(summary.issuer_url, "https://dala.example");
    assert_eq!(summary.valid_from, "2026-11-18T11:06:40Z");
    assert_eq!(verification.status_list_valid_from.as_deref(), Some("2026-11-18T11:08:20Z"));
    // Without a list the signature still holds, but the answer is not "valid": revocation went
    // unchecked.
    check(&jwt, &keys(&[&issuer]), &[], Status::RevocationUnchecked, Reason::RevocationUnchecked);
}

#[test]
fn each_kind_of_bad_certificate_has_its_own_verdict() {
    let issuer = key(1);
    let trusted = keys(&[&issuer]);
    let lists = [list(&issuer, &[7])];
    let good = signed(&issuer, &payload(8));
    check(&good, &trusted, &lists, Status::Valid, Reason::Genuine);

    // A changed name in the payload, keeping the signature.
    let mut changed = payload(8);
    changed["credentialSubject"]["identifier"][0]["identityHash"] = json!("Someone Else");
    let tampered = with_part(&good, 1, &base64url(changed.to_string().as_bytes()));
    check(&tampered, &trusted, &lists, Status::Altered, Reason::SignatureMismatch);

    // Signed by another key that claims the issuer's key id.
    let forger = key(2);
    let forged = sign(&forger, &trusted.keys[0].kid, "vc+jwt", &payload(8));
    check(&forged, &trusted, &lists, Status::Altered, Reason::SignatureMismatch);
    // A signature cut short.
    let short = with_part(&good, 2, &base64url(&[0; 10]));
    check(&short, &trusted, &lists, Status::Altered, Reason::SignatureMismatch);

    // Signed by a key the issuer never published.
    check(&signed(&forger, &payload(8)), &trusted, &lists, Status::UnknownKey, Reason::UnknownKey);

    // Revoked.
    check(&signed(&issuer, &payload(7)), &trusted, &lists, Status::Revoked, Reason::Revoked);

    // Algorithms other than EdDSA, `none` first, with or without a signature.
    for alg in ["none", "HS256", "RS256", "ES256", "eddsa"] {
        let header = json!({ "alg": alg, "kid": trusted.keys[0].kid, "typ": "vc+jwt" });
        let jwt = with_part(&good, 0, &base64url(header.to_string().as_bytes()));
        check(&jwt, &trusted, &lists, Status::Malformed, Reason::UnsupportedAlgorithm);
        check(&with_part(&jwt, 2, ""), &trusted, &lists, Status::Malformed, Reason::UnsupportedAlgorithm);
    }
    let no_kid = with_part(&good, 0, &base64url(br#"{"alg":"EdDSA"}"#));
    check(&no_kid, &trusted, &lists, Status::Malformed, Reason::MissingKeyId);

    // Not JWTs at all.
    let first_two = good.rsplit_once('.').unwrap().0.to_owned();
    for text in ["", "hello", "a.b", "a.b.c.d", "!!!.???.***", &first_two, &format!("{good}.x")] {
        check(text, &trusted, &lists, Status::Malformed, Reason::NotAJwt);
    }
    let not_json = with_part(&good, 1, &base64url(b"not json"));
    check(&not_json, &trusted, &lists, Status::Malformed, Reason::NotAJwt);

    // Properly signed, but not a certificate.
    let other = signed(&issuer, &json!({ "hello": "world" }));
    check(&other, &trusted, &lists, Status::Malformed, Reason::NotACredential);
}

#[test]
fn a_retired_key_still_verifies_what_it_signed() {
    let (old, new) = (key(1), key(3));
    let jwt = signed(&old, &payload(1));
    check(&jwt, &keys(&[&new, &old]), &[list(&new, &[])], Status::Valid, Reason::Genuine);
}

#[test]
fn an_envelope_and_white_space_are_unwrapped() {
    let issuer = key(1);
    let jwt = signed(&issuer, &payload(1));
    let envelope = serde_json::to_string_pretty(&envelope(&jwt)).unwrap();
    check(&envelope, &keys(&[&issuer]), &[list(&issuer, &[])], Status::Valid, Reason::Genuine);
    let wrapped: String =
        jwt.as_bytes().chunks(60).map(|c| format!("{}\n", std::str::from_utf8(c).unwrap())).collect();
    check(
        &format!("  {wrapped}  "),
        &keys(&[&issuer]),
        &[list(&issuer, &[])],
        Status::Valid,
        Reason::Genuine,
    );
}

#[test]
fn an_unchecked_revocation_is_never_valid_and_says_how_old_the_held_lists_are() {
    let issuer = key(1);
    let trusted = keys(&[&issuer]);
    let jwt = signed(&issuer, &payload(7));
    // No list at all: unchecked, with no date.
    let none = verify(&jwt, &trusted, &[]);
    assert_eq!((none.status, none.reason), (Status::RevocationUnchecked, Reason::RevocationUnchecked));
    assert!(none.credential.is_some(), "the signature holds, so what it states may be shown");
    assert_eq!(none.status_list_valid_from, None);
    // Lists, but none at the URL the certificate names (as after the issuer moved): unchecked,
    // even though a list elsewhere would have said revoked, with the newest held list's date.
    let bits = vec![0xff; STATUS_LIST_ENTRIES / 8];
    let elsewhere = |url: &str, at: i64| {
        let jwt = signed(&issuer, &status_list_credential(url, "https://dala.example", at, &bits));
        StatusList::from_jwt(&jwt, &trusted).unwrap()
    };
    let held = [
        elsewhere("https://new.example/credentials/status/1", 1_795_000_100),
        elsewhere("https://new.example/credentials/status/2", 1_795_000_200),
    ];
    let moved = verify(&jwt, &trusted, &held);
    assert_eq!((moved.status, moved.reason), (Status::RevocationUnchecked, Reason::RevocationUnchecked));
    assert_eq!(moved.status_list_valid_from.as_deref(), Some("2026-11-18T11:10:00Z"));
    assert_eq!(moved.message, message(Reason::RevocationUnchecked));
    assert_eq!(serde_json::to_value(moved.status).unwrap(), "revocation_unchecked");
    // Old answers still decode.
    let old: Verification =
        serde_json::from_str(r#"{"status":"valid","reason":"genuine","message":""}"#).unwrap();
    assert_eq!(old.status, Status::Valid);
}

#[test]
fn the_caller_may_choose_the_list_once_the_signature_holds() {
    let issuer = key(1);
    let trusted = keys(&[&issuer]);
    let jwt = signed(&issuer, &payload(7));
    let revoked = list(&issuer, &[7]);
    let mut asked = None;
    let verification = verify_with(&jwt, &trusted, |entry| {
        asked = Some((entry.credential_id.to_owned(), entry.list_url.to_owned(), entry.index));
        Some(&revoked)
    });
    assert_eq!((verification.status, verification.reason), (Status::Revoked, Reason::Revoked));
    assert_eq!(asked, Some(("urn:uuid:6f1c2a52-5f7e-4c2b-9d0e-2b8f0c7d1a11".into(), LIST.into(), 7)));
    let unchecked = verify_with(&jwt, &trusted, |_| None);
    assert_eq!(unchecked.status, Status::RevocationUnchecked);
    // A forgery is refused before the caller is asked anything.
    let forged = signed(&key(2), &payload(7));
    let refused =
        verify_with(&forged, &trusted, |_| -> Option<&StatusList> { panic!("asked about a forgery") });
    assert_eq!(refused.status, Status::UnknownKey);
}

#[test]
fn a_status_list_is_accepted_only_when_signed_by_the_issuer() {
    let (issuer, forger) = (key(1), key(2));
    let bits = vec![0; STATUS_LIST_ENTRIES / 8];
    let forged = signed(&forger, &status_list_credential(LIST, "https://dala.example", 0, &bits));
    assert_eq!(StatusList::from_jwt(&forged, &keys(&[&issuer])), Err(Reason::UnknownKey));
    let not_a_list = signed(&issuer, &payload(1));
    assert_eq!(StatusList::from_jwt(&not_a_list, &keys(&[&issuer])), Err(Reason::NotACredential));
}

#[test]
fn bits_round_trip_and_an_empty_list_is_small() {
    let mut bits = vec![0; STATUS_LIST_ENTRIES / 8];
    for index in [0, 1, 9, 1000, STATUS_LIST_ENTRIES - 1] {
        set_bit(&mut bits, index);
    }
    let encoded = encode_bits(&bits);
    let decoded = decode_bits(&encoded).unwrap();
    assert_eq!(decoded, bits);
    assert!(bit(&decoded, 9) && !bit(&decoded, 8) && bit(&decoded, STATUS_LIST_ENTRIES - 1));
    // The first byte holds entries 0 to 7, most significant bit first.
    assert_eq!(decoded[0], 0b1100_0000);
    assert!(!bit(&decoded, STATUS_LIST_ENTRIES + 5), "beyond the list is not revoked");
    assert!(encode_bits(&vec![0; STATUS_LIST_ENTRIES / 8]).len() < 200);
    assert_eq!(decode_bits("not multibase"), None);
}

#[test]
fn key_ids_are_rfc_7638_thumbprints() {
    // RFC 8037 appendix A.3: the thumbprint of its example Ed25519 key.
    let x = unbase64url("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo").unwrap();
    let key = VerifyingKey::from_bytes(&x.try_into().unwrap()).unwrap();
    assert_eq!(jwk(&key).kid, "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
}

#[test]
fn dates_are_rfc_3339() {
    assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    assert_eq!(rfc3339(1_795_000_000), "2026-11-18T11:06:40Z");
    assert_eq!(rfc3339(-1), "1969-12-31T23:59:59Z");
}

#[test]
fn civil_dates_and_day_counts_convert_both_ways() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 2, 29), 11_016);
    assert_eq!(days_from_civil(1969, 12, 31), -1);
    // 31 February is 3 March (2026 is no leap year).
    assert_eq!(civil_from_days(days_from_civil(2026, 2, 31)), (2026, 3, 3));
    for days in (-800_000..800_000).step_by(997) {
        let (year, month, day) = civil_from_days(days);
        assert_eq!(days_from_civil(year, month, day), days, "{year}-{month}-{day}");
    }
}
