//! What held when the server was attacked for issue 14, kept as tests so it keeps holding:
//! certificate forgeries, path traversal, malformed and oversize bodies, hostile images. (Hostile
//! Markdown is `authoring.rs` with `tests/data/hostile-markdown.toml`; a SIGKILL during sync is
//! `tests/tests/sync_fault.rs`.) Each suite counts its cases, so shrinking one fails.

use axum::body::Body;
use axum::http::{Method, StatusCode};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use dala_server::authoring::images::{self, ImageLimits};
use dala_server::certificates::Keyring;
use dala_wire::{ErrorCode, Role, VerificationStatus as Status};
use serde_json::{Value, json};

use crate::certificates::{certified, verify_online};
use crate::support::{Backend, TestApp};

on_both_databases!(
    every_forged_certificate_is_refused,
    no_path_leaves_the_served_folders,
    malformed_bodies_get_a_clear_error_in_the_one_shape,
    oversize_bodies_are_refused_with_413,
);

fn part(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

fn decode(part: &str) -> Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

/// Changes the claim at `pointer` (a JSON pointer) to something else of the same kind.
fn alter(payload: &Value, pointer: &str) -> Value {
    let mut payload = payload.clone();
    let claim = payload.pointer_mut(pointer).unwrap_or_else(|| panic!("no claim {pointer}"));
    let changed = match &*claim {
        Value::String(text) => json!(format!("{text} (forged)")),
        Value::Number(n) => json!(n.as_i64().unwrap_or(0) + 86_400),
        Value::Array(items) => json!([items.first().cloned().unwrap_or(Value::Null), "Forged"]),
        other => json!({ "forged": other.clone() }),
    };
    *claim = changed;
    payload
}

async fn every_forged_certificate_is_refused(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, certificate) = certified(&app, "dana", "Dana", None).await;
    let good = certificate.jwt.clone();
    let parts: Vec<&str> = good.split('.').collect();
    let header = decode(parts[0]);
    let payload = decode(parts[1]);
    let kid = header["kid"].as_str().unwrap().to_owned();
    let stranger = Keyring::ephemeral();

    // Each claim changed, and the changed payload carried three ways: under the genuine
    // signature, signed by a stranger under the issuer's key id, signed by a stranger's own key.
    let claims = [
        "/credentialSubject/identifier/0/identityHash",
        "/credentialSubject/identifier/0/identityType",
        "/credentialSubject/achievement/id",
        "/credentialSubject/achievement/name",
        "/credentialSubject/achievement/description",
        "/credentialSubject/achievement/criteria/narrative",
        "/credentialSubject/type",
        "/name",
        "/id",
        "/jti",
        "/iss",
        "/issuer/id",
        "/issuer/name",
        "/validFrom",
        "/nbf",
        "/iat",
        "/type",
        "/@context",
        "/credentialStatus/statusListIndex",
        "/credentialStatus/statusListCredential",
        "/credentialStatus/id",
    ];
    let mut payloads: Vec<(String, Value)> =
        claims.iter().map(|c| (format!("changed {c}"), alter(&payload, c))).collect();
    let mut without_status = payload.clone();
    without_status.as_object_mut().unwrap().remove("credentialStatus");
    payloads.push(("revocation entry removed".into(), without_status));
    let mut expiring = payload.clone();
    expiring["validUntil"] = json!("2099-01-01T00:00:00Z");
    payloads.push(("validUntil added".into(), expiring));
    let mut other_subject = payload.clone();
    other_subject["credentialSubject"] = json!({ "type": ["AchievementSubject"], "id": "did:example:other" });
    payloads.push(("subject replaced".into(), other_subject));

    let mut forgeries: Vec<(String, String)> = Vec::new();
    for (name, changed) in &payloads {
        forgeries.push((
            format!("{name}, genuine signature kept"),
            format!("{}.{}.{}", parts[0], part(changed), parts[2]),
        ));
        forgeries.push((
            format!("{name}, signed by a stranger under the issuer's key id"),
            dala_credential::sign(stranger.signing_key(), &kid, "vc+jwt", changed),
        ));
        forgeries.push((format!("{name}, signed by a stranger's own key"), stranger.sign("vc+jwt", changed)));
    }
    // The token itself bent out of shape.
    let with_header = |header: Value| format!("{}.{}.{}", part(&header), parts[1], parts[2]);
    for alg in ["none", "None", "HS256", "RS256", "ES256", "EdDSA ", "ed25519", ""] {
        forgeries
            .push((format!("alg {alg:?}"), with_header(json!({ "alg": alg, "kid": kid, "typ": "vc+jwt" }))));
    }
    forgeries.push((
        "alg none, no signature".into(),
        format!("{}.{}.", part(&json!({ "alg": "none", "kid": kid })), parts[1]),
    ));
    forgeries.push(("no key id".into(), with_header(json!({ "alg": "EdDSA", "typ": "vc+jwt" }))));
    forgeries.push((
        "unknown key id".into(),
        with_header(json!({ "alg": "EdDSA", "kid": "not-a-key", "typ": "vc+jwt" })),
    ));
    forgeries.push(("typ changed".into(), with_header(json!({ "alg": "EdDSA", "kid": kid, "typ": "JWT" }))));
    forgeries.push((
        "embedded key".into(),
        with_header(json!({ "alg": "EdDSA", "kid": kid, "jwk": stranger.jwks().keys[0] })),
    ));
    let signature = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
    let resigned = |bytes: &[u8]| format!("{}.{}.{}", parts[0], parts[1], URL_SAFE_NO_PAD.encode(bytes));
    forgeries.push(("signature truncated".into(), resigned(&signature[..32])));
    forgeries.push(("signature extended".into(), resigned(&[signature.as_slice(), &[0]].concat())));
    forgeries.push(("signature zero".into(), resigned(&[0; 64])));
    let mut flipped = signature.clone();
    flipped[10] ^= 1;
    forgeries.push(("one signature bit flipped".into(), resigned(&flipped)));
    forgeries.push(("signature empty".into(), format!("{}.{}.", parts[0], parts[1])));
    forgeries.push((
        "signature in standard base64".into(),
        format!("{}.{}.{}", parts[0], parts[1], STANDARD.encode(&signature)),
    ));
    forgeries.push(("payload padded with =".into(), format!("{}.{}==.{}", parts[0], parts[1], parts[2])));
    forgeries.push(("two parts".into(), parts[..2].join(".")));
    forgeries.push(("four parts".into(), format!("{good}.{}", parts[2])));
    forgeries.push(("header and payload swapped".into(), format!("{}.{}.{}", parts[1], parts[0], parts[2])));
    forgeries.push(("empty".into(), String::new()));
    forgeries.push(("dots only".into(), "..".into()));
    forgeries.push(("another certificate's signature".into(), {
        let other = app.state.issuer.keys.sign("vc+jwt", &alter(&payload, "/name"));
        format!("{}.{}.{}", parts[0], parts[1], other.split('.').nth(2).unwrap())
    }));
    forgeries.push(("the issuer's revocation list, as a certificate".into(), {
        let list = app.get("/credentials/status/1", &[]).await;
        String::from_utf8(list.body).unwrap()
    }));
    forgeries.push((
        "the issuer's keys, as a certificate".into(),
        String::from_utf8(app.get("/.well-known/jwks.json", &[]).await.body).unwrap(),
    ));
    forgeries.push((
        "signed by the issuer, not a credential".into(),
        app.state.issuer.keys.sign("vc+jwt", &json!({ "iss": payload["iss"] })),
    ));
    forgeries.push((
        "the JSON download wrapping a stranger's signature".into(),
        dala_credential::envelope(&stranger.sign("vc+jwt", &payload)).to_string(),
    ));

    assert!(forgeries.len() >= 84, "{} forgeries", forgeries.len());
    let genuine = verify_online(&app, &good).await;
    assert_eq!(genuine.status, Status::Valid, "{genuine:?}");
    for (name, forgery) in &forgeries {
        let verification = verify_online(&app, forgery).await;
        assert!(
            !matches!(verification.status, Status::Valid | Status::RevocationUnchecked),
            "{name}: {verification:?}"
        );
        assert!(verification.credential.is_none(), "{name}: nothing untrusted is repeated back");
    }
}

async fn no_path_leaves_the_served_folders(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Beside the served client folder: a file no request may reach.
    std::fs::write(app.dir().join("secret.txt"), "TOP-SECRET-MARKER").unwrap();
    let paths = [
        "/../secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/%2e%2e%5csecret.txt",
        "/....//secret.txt",
        "/%252e%252e/secret.txt",
        "/..;/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/./../secret.txt",
        "/assets/../../secret.txt",
        "/app-0123456789abcdef.js/../../secret.txt",
        "/index.html/..%2f..%2fsecret.txt",
        "/../data/dala.sqlite3",
        "/%2e%2e/data/dala.sqlite3",
        "/%2e%2e/data/keys/",
        "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/etc/passwd",
        "//etc/passwd",
        "/secret.txt%00.js",
        "/api/v1/blobs/..%2f..%2f..%2fsecret.txt",
        "/api/v1/blobs/%2e%2e",
        "/api/v1/courses/..%2f..%2fsecret.txt/manifest",
        "/api/v1/courses/%2e%2e/manifest",
        "/credentials/status/..%2f..%2fsecret.txt",
        "/credentials/status/%2e%2e",
        "/.well-known/..%2f..%2fsecret.txt",
    ];
    assert!(paths.len() >= 27);
    for path in paths {
        let reply = app.get(path, &[]).await;
        let body = String::from_utf8_lossy(&reply.body);
        assert!(!body.contains("TOP-SECRET-MARKER"), "{path} reached a file outside the client");
        assert!(!body.contains("root:x:0:0"), "{path} reached /etc/passwd");
        assert!(!reply.body.starts_with(b"SQLite format"), "{path} reached the database");
        assert!(!body.contains("PRIVATE KEY"), "{path} reached a key");
        assert!(reply.status != StatusCode::INTERNAL_SERVER_ERROR, "{path}: {}", reply.status);
    }
}

/// Bodies no client sends: broken JSON, wrong types, deep nesting, bad bytes.
fn malformed_bodies() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("empty", b"".to_vec()),
        ("open brace", b"{".to_vec()),
        ("close brace", b"}".to_vec()),
        ("null", b"null".to_vec()),
        ("array", b"[]".to_vec()),
        ("number", b"0".to_vec()),
        ("string", b"\"text\"".to_vec()),
        ("cut off", b"{\"login\":".to_vec()),
        (
            "wrong types",
            b"{\"login\": 5, \"password\": [], \"events\": \"x\", \"credential\": 1, \"code\": {}}".to_vec(),
        ),
        ("events of nothing", b"{\"events\": [{}]}".to_vec()),
        ("nested arrays", "[".repeat(10_000).into_bytes()),
        ("nested objects", "{\"a\":".repeat(5_000).into_bytes()),
        ("invalid UTF-8", b"{\"login\":\"\xff\xfe\",\"password\":\"\xc0\xae\"}".to_vec()),
        ("byte order mark", b"\xef\xbb\xbf{\"login\":\"a\",\"password\":\"b\"}".to_vec()),
        ("trailing garbage", b"{\"login\":\"a\",\"password\":\"b\"} and more".to_vec()),
        (
            "duplicate keys",
            b"{\"login\":\"a\",\"login\":\"b\",\"password\":\"c\",\"password\":\"d\"}".to_vec(),
        ),
        ("huge exponent", b"{\"expires_in_days\": 1e999999, \"max_uses\": -1}".to_vec()),
        ("NUL", b"\x00".to_vec()),
        ("single quotes", b"{'login': 'a'}".to_vec()),
        ("NaN", b"NaN".to_vec()),
    ]
}

async fn malformed_bodies_get_a_clear_error_in_the_one_shape(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (organization, _) = app.two_organizations().await;
    app.account("admin", false, Some((&organization, Role::Administrator))).await;
    let token = app.sign_in("admin").await;
    let bearer = format!("Bearer {token}");
    let endpoints: Vec<(Method, String)> = vec![
        (Method::POST, "/api/v1/sessions".into()),
        (Method::POST, "/api/v1/join".into()),
        (Method::POST, "/api/v1/progress/sync".into()),
        (Method::POST, "/api/v1/verify".into()),
        (Method::POST, format!("/api/v1/organizations/{organization}/join-codes")),
        (Method::PUT, "/api/v1/courses/http-course/draft".into()),
        (Method::POST, "/api/v1/courses/http-course/preview".into()),
    ];
    let mut cases = 0;
    for (method, path) in &endpoints {
        for (name, body) in malformed_bodies() {
            let headers = [("content-type", "application/json"), ("authorization", bearer.as_str())];
            let reply = app.send(method.clone(), path, &headers, Body::from(body)).await;
            cases += 1;
            assert!(
                reply.status.is_client_error() && reply.status != StatusCode::NOT_FOUND,
                "{method} {path} with {name}: {} {}",
                reply.status,
                String::from_utf8_lossy(&reply.body)
            );
            let error = reply.error();
            assert!(!error.message.is_empty(), "{method} {path} with {name}");
        }
        // Not JSON at all.
        let headers = [("content-type", "text/plain"), ("authorization", bearer.as_str())];
        let reply = app.send(method.clone(), path, &headers, Body::from("login=a")).await;
        cases += 1;
        assert!(reply.status.is_client_error(), "{method} {path} as text: {}", reply.status);
        reply.error();
    }
    assert!(cases >= 121, "{cases} malformed requests");
    // And the server still works.
    app.sign_in("admin").await;
}

async fn oversize_bodies_are_refused_with_413(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (organization, _) = app.two_organizations().await;
    app.account("admin", false, Some((&organization, Role::Administrator))).await;
    app.store.set_course_owner("http-course", &organization).await.unwrap();
    let token = app.sign_in("admin").await;
    let bearer = format!("Bearer {token}");
    let padding = |bytes: usize| format!("{{\"padding\": \"{}\"}}", "x".repeat(bytes));
    let many = |bytes: usize| format!("{{\"events\": [{}0]}}", "0,".repeat(bytes / 2));
    let mut cases: Vec<(Method, String, String)> = Vec::new();
    for path in [
        "/api/v1/sessions".to_owned(),
        "/api/v1/join".into(),
        "/api/v1/progress/sync".into(),
        "/api/v1/verify".into(),
        format!("/api/v1/organizations/{organization}/join-codes"),
        "/api/v1/courses/http-course/publish".into(),
        "/api/v1/certificates/00000000-0000-4000-8000-000000000000/revocation".into(),
    ] {
        cases.push((Method::POST, path.clone(), padding(3 << 20)));
        cases.push((Method::POST, path, many(3 << 20)));
    }
    cases.push((Method::PUT, "/api/v1/courses/http-course/draft".into(), padding(5 << 20)));
    cases.push((Method::POST, "/api/v1/courses/http-course/preview".into(), padding(5 << 20)));
    for (method, path, body) in &cases {
        let headers = [("content-type", "application/json"), ("authorization", bearer.as_str())];
        let reply = app.send(method.clone(), path, &headers, Body::from(body.clone())).await;
        assert_eq!(
            reply.status,
            StatusCode::PAYLOAD_TOO_LARGE,
            "{method} {path}: {}",
            String::from_utf8_lossy(&reply.body)
        );
        assert_eq!(reply.error().code, ErrorCode::BodyTooLarge, "{method} {path}");
    }
    // An image over the upload limit (10 MiB by default).
    let headers = [("content-type", "image/png"), ("authorization", bearer.as_str())];
    let reply = app
        .send(
            Method::POST,
            "/api/v1/courses/http-course/images?alt=A",
            &headers,
            Body::from(vec![0u8; 11 << 20]),
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "image: {}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.error().code, ErrorCode::ImageTooLarge);
    assert!(cases.len() + 1 >= 15);
}

fn encoded(image: image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

/// A PNG whose header claims `width` × `height` (its one IDAT is a tiny valid stream).
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = encoded(image::DynamicImage::new_rgb8(1, 1), image::ImageFormat::Png);
    png[16..20].copy_from_slice(&width.to_be_bytes());
    png[20..24].copy_from_slice(&height.to_be_bytes());
    // The header's CRC, recomputed, so the claim is believed as far as the header goes.
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[test]
fn hostile_images_are_refused_or_made_harmless() {
    let limits = ImageLimits::default();
    let photo = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([(x * 4) as u8, (y * 5) as u8, ((x + y) * 2) as u8])
    }));
    let png = encoded(photo.clone(), image::ImageFormat::Png);
    let jpeg = encoded(photo.clone(), image::ImageFormat::Jpeg);
    let gif = encoded(photo.clone(), image::ImageFormat::Gif);
    let webp = encoded(photo.clone(), image::ImageFormat::WebP);
    let mut bad_crc = png.clone();
    bad_crc[30] ^= 0xff;
    let mut zip_tail = png.clone();
    zip_tail.extend_from_slice(b"PK\x03\x04 a zip archive appended to the picture");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("random bytes", (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect()),
        ("PNG bomb header (100000 × 100000)", png_claiming(100_000, 100_000)),
        ("PNG of zero width", png_claiming(0, 10)),
        ("PNG a million pixels wide, one high", png_claiming(1_000_000, 1)),
        ("PNG cut in half", png[..png.len() / 2].to_vec()),
        ("PNG with a broken checksum", bad_crc),
        ("PNG with a zip appended", zip_tail),
        ("JPEG cut in half", jpeg[..jpeg.len() / 2].to_vec()),
        ("JPEG header only", jpeg[..20].to_vec()),
        ("GIF cut in half", gif[..gif.len() / 2].to_vec()),
        ("WebP cut in half", webp[..webp.len() / 2].to_vec()),
        ("WebP header only", webp[..12].to_vec()),
        (
            "SVG with a script",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec(),
        ),
        ("HTML", b"<!doctype html><script>alert(1)</script>".to_vec()),
        ("PDF", b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".to_vec()),
        (
            "BMP",
            [b"BM".as_slice(), &[0x36, 0x10, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0], &[0xff; 64]]
                .concat(),
        ),
        ("TIFF", [b"II*\x00\x08\x00\x00\x00".as_slice(), &[0; 64]].concat()),
        ("PNG magic, then nothing", b"\x89PNG\r\n\x1a\n".to_vec()),
        ("16-bit PNG", encoded(image::DynamicImage::new_rgba16(32, 32), image::ImageFormat::Png)),
        ("grey PNG with alpha", encoded(image::DynamicImage::new_luma_a8(40, 30), image::ImageFormat::Png)),
        (
            "a picture 5000 pixels wide",
            encoded(image::DynamicImage::new_rgb8(5000, 2), image::ImageFormat::Png),
        ),
    ];
    assert!(cases.len() >= 22);
    for (name, bytes) in &cases {
        match images::process(bytes, "A picture", &limits) {
            Err(error) => assert!(!error.to_string().is_empty(), "{name}: an error says why"),
            Ok(processed) => {
                // Accepted only as a clean WebP within the limits.
                assert!(processed.webp.starts_with(b"RIFF") && &processed.webp[8..12] == b"WEBP", "{name}");
                assert!(processed.width <= limits.max_width, "{name}: {} wide", processed.width);
                assert!(
                    u64::from(processed.width) * u64::from(processed.height) <= limits.max_pixels,
                    "{name}"
                );
                let decoded =
                    image::load_from_memory_with_format(&processed.webp, image::ImageFormat::WebP).unwrap();
                assert_eq!(
                    (decoded.width(), decoded.height()),
                    (processed.width, processed.height),
                    "{name}"
                );
            }
        }
    }
}
