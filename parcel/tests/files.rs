//! Every file kind made and opened, and every way a file is refused.

use dala_parcel::course::{self, ManifestSeal, open_course, pack_course, pack_signed};
use dala_parcel::sealed::{self, OpenedProgress};
use dala_parcel::{
    DeviceSecret, InstallationSecret, ParcelError, ProgressContents, ReturnContents, open_progress,
    open_return, seal_progress, seal_return,
};
use dala_wire::{
    AssetEntry, BlobRef, EventKind, Jwks, LessonEntry, Manifest, ProgressEvent, QuizEntry, SyncResponse,
};
use ed25519_dalek::SigningKey;
use sha2::{Digest, Sha256};

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn blob(bytes: &[u8], media_type: &str) -> BlobRef {
    BlobRef { sha256: sha(bytes), bytes: bytes.len() as u64, media_type: media_type.into() }
}

const LESSON: &[u8] = b"<p>What a public council is for.</p>";
const QUIZ: &[u8] = br#"{"questions":[]}"#;
const IMAGE: &[u8] = b"RIFF....WEBPVP8 pretend pixels";

fn manifest() -> Manifest {
    Manifest {
        slug: "public-councils".into(),
        title: "Public councils".into(),
        summary: "How to take part.".into(),
        language: "en".into(),
        version: "2026-12".into(),
        authors: vec!["A trainer".into()],
        licence: "CC BY 4.0".into(),
        open: true,
        translations: vec![],
        lessons: vec![LessonEntry {
            id: "intro".into(),
            title: "Intro".into(),
            blob: blob(LESSON, "text/html"),
        }],
        assets: vec![AssetEntry { name: "council.webp".into(), blob: blob(IMAGE, "image/webp") }],
        quizzes: vec![QuizEntry {
            id: "check".into(),
            title: "Check".into(),
            after_lesson: Some("intro".into()),
            max_attempts: None,
            blob: blob(QUIZ, "application/json"),
        }],
    }
}

fn key(n: u8) -> SigningKey {
    SigningKey::from_bytes(&[n; 32])
}

fn jwks(keys: &[&SigningKey]) -> Jwks {
    Jwks { keys: keys.iter().map(|k| dala_credential::jwk(&k.verifying_key())).collect() }
}

fn kid(key: &SigningKey) -> String {
    dala_credential::jwk(&key.verifying_key()).kid
}

/// When the version in the course files was published (Unix seconds).
const PUBLISHED: i64 = 1_790_000_000;

fn all_blobs() -> Vec<(String, Vec<u8>)> {
    [LESSON, QUIZ, IMAGE].iter().map(|b| (sha(b), b.to_vec())).collect()
}

fn packed() -> Vec<u8> {
    let json = serde_json::to_vec(&manifest()).unwrap();
    pack_course(&json, PUBLISHED, &all_blobs(), &key(1), &kid(&key(1)))
}

/// The course file with its inflated body changed by `change`, compressed again as a packer
/// would: what someone who edits a file on the way can do.
fn edited(file: &[u8], change: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut body = Vec::new();
    flate2::read::GzDecoder::new(&file[8..]).read_to_end(&mut body).unwrap();
    change(&mut body);
    let mut gzip = flate2::write::GzEncoder::new(file[..8].to_vec(), flate2::Compression::fast());
    gzip.write_all(&body).unwrap();
    gzip.finish().unwrap()
}

/// Where `needle` starts in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack.windows(needle.len()).position(|w| w == needle).expect("found")
}

#[test]
fn a_course_file_opens_with_the_installation_s_key() {
    let file = packed();
    let opened = open_course(&file, &jwks(&[&key(9), &key(1)])).unwrap();
    assert_eq!(opened.manifest, manifest());
    assert_eq!(opened.manifest_sha256, sha(&serde_json::to_vec(&manifest()).unwrap()));
    assert_eq!((opened.seal.kid.as_str(), opened.seal.published_at), (kid(&key(1)).as_str(), PUBLISHED));
    assert_eq!(opened.blobs, all_blobs());
}

#[test]
fn a_course_file_without_its_images_opens_but_not_without_a_lesson() {
    let json = serde_json::to_vec(&manifest()).unwrap();
    let without_image = &all_blobs()[..2];
    let file = pack_course(&json, PUBLISHED, without_image, &key(1), &kid(&key(1)));
    assert_eq!(open_course(&file, &jwks(&[&key(1)])).unwrap().blobs, without_image);

    let without_lesson = &all_blobs()[1..];
    let file = pack_course(&json, PUBLISHED, without_lesson, &key(1), &kid(&key(1)));
    let refused = open_course(&file, &jwks(&[&key(1)])).unwrap_err();
    assert!(matches!(&refused, ParcelError::Malformed(m) if m.contains("missing")), "{refused:?}");
}

#[test]
fn a_changed_blob_is_refused_by_name() {
    let file = edited(&packed(), |body| {
        let at = find(body, LESSON);
        body[at + 3] ^= 1;
    });
    assert_eq!(open_course(&file, &jwks(&[&key(1)])), Err(ParcelError::BlobAltered(sha(LESSON))));
}

#[test]
fn a_changed_manifest_is_refused_for_its_signature() {
    let file = edited(&packed(), |body| {
        let at = find(body, b"Public councils");
        body[at] = b'Q';
    });
    assert_eq!(open_course(&file, &jwks(&[&key(1)])), Err(ParcelError::BadSignature));
}

#[test]
fn a_manifest_naming_changed_blobs_needs_a_new_signature() {
    // Swapping a lesson means changing the manifest's SHA-256 for it: the signature breaks.
    let mut changed = manifest();
    let evil = b"<p>Something else.</p>";
    changed.lessons[0].blob = blob(evil, "text/html");
    let signed = serde_json::to_vec(&manifest()).unwrap();
    let changed_json = serde_json::to_vec(&changed).unwrap();
    assert_eq!(changed_json.len(), signed.len(), "same length, so only the bytes differ");
    let file = edited(&packed(), |body| {
        let at = find(body, &signed);
        body[at..at + signed.len()].copy_from_slice(&changed_json);
    });
    assert_eq!(open_course(&file, &jwks(&[&key(1)])), Err(ParcelError::BadSignature));
}

#[test]
fn a_course_file_of_another_installation_is_refused() {
    let file = packed();
    assert_eq!(open_course(&file, &jwks(&[&key(2)])), Err(ParcelError::UnknownKey));
    // The same key id with another key (a forger reusing the id) fails the signature.
    let mut keys = jwks(&[&key(2)]);
    keys.keys[0].kid = kid(&key(1));
    assert_eq!(open_course(&file, &keys), Err(ParcelError::BadSignature));
}

#[test]
fn a_course_file_cut_anywhere_is_refused() {
    let file = packed();
    let keys = jwks(&[&key(1)]);
    for len in 0..file.len() {
        let refused = open_course(&file[..len], &keys);
        assert!(refused.is_err(), "cut at {len} of {} opened", file.len());
    }
    // Cut inside a part, the reason is that it was cut.
    assert_eq!(open_course(&file[..file.len() - 1], &keys), Err(ParcelError::Truncated));
    assert_eq!(open_course(&file[..4], &keys), Err(ParcelError::Truncated));
    let mut longer = file.clone();
    longer.push(0);
    assert!(matches!(open_course(&longer, &keys), Err(ParcelError::Malformed(_))));
    // A byte changed in the compressed stream fails its check before anything is read.
    let mut changed = file.clone();
    let middle = changed.len() / 2;
    changed[middle] ^= 0x10;
    assert!(open_course(&changed, &keys).is_err());
    // Bytes after the end, inside the compressed body, are refused too.
    let padded = edited(&file, |body| body.push(0));
    assert!(matches!(open_course(&padded, &keys), Err(ParcelError::Malformed(_))));
    // The file is compressed: smaller than what it carries.
    let carried: usize = all_blobs().iter().map(|(_, b)| b.len()).sum::<usize>()
        + serde_json::to_vec(&manifest()).unwrap().len();
    assert!(file.len() < carried + 120, "{} bytes for {carried}", file.len());
}

#[test]
fn a_course_file_that_inflates_beyond_the_limit_is_refused_without_inflating_it_all() {
    use std::io::Write;
    let mut gzip = flate2::write::GzEncoder::new(course::MAGIC.to_vec(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..(course::MAX_BYTES >> 20) + 1 {
        gzip.write_all(&zeros).unwrap();
    }
    let bomb = gzip.finish().unwrap();
    assert!(bomb.len() < 1 << 20, "a small file");
    assert_eq!(open_course(&bomb, &jwks(&[&key(1)])), Err(ParcelError::TooLarge));
}

#[test]
fn other_kinds_of_file_are_not_course_files() {
    let keys = jwks(&[&key(1)]);
    assert_eq!(open_course(b"PK\x03\x04 a zip file", &keys), Err(ParcelError::NotThisKind));
    let progress = progress_file(&device(1), &installation(1));
    assert_eq!(open_course(&progress, &keys), Err(ParcelError::NotThisKind));
    assert_eq!(open_progress(&packed(), &[installation(1)]), Err(ParcelError::NotThisKind));
    let huge = vec![0u8; course::MAX_BYTES + 1];
    assert_eq!(open_course(&huge, &keys), Err(ParcelError::TooLarge));
}

fn device(n: u8) -> DeviceSecret {
    DeviceSecret::from_seed(&[n; 32])
}

fn installation(n: u8) -> InstallationSecret {
    InstallationSecret::from_seed(&[100 + n; 32])
}

const LOGIN: &str = "aigerim.n";
const ACCOUNT: &str = "acct-6f1c2b";

fn contents() -> ProgressContents {
    let event = |n: u64, kind: EventKind| ProgressEvent {
        id: format!("{n:032x}"),
        device_id: "device-7".into(),
        course: manifest().slug,
        course_version: sha(&serde_json::to_vec(&manifest()).unwrap()),
        item: "intro".into(),
        kind,
        client_time: 1_790_000_000_000,
        counter: n,
    };
    ProgressContents {
        account: ACCOUNT.into(),
        file_id: "0123456789abcdef0123456789abcdef".into(),
        made_at: 1_790_000_100_000,
        events: vec![
            event(1, EventKind::LessonOpened),
            event(2, EventKind::LessonCompleted),
            event(
                3,
                EventKind::Ask { thread: format!("{:032x}", 3), text: format!("I am {LOGIN}: a question") },
            ),
        ],
        certificates_after: 0,
        messages_after: 0,
        trust_etag: None,
    }
}

fn progress_file(device: &DeviceSecret, to: &InstallationSecret) -> Vec<u8> {
    seal_progress(&contents(), device, &to.public(), [7; 32]).unwrap()
}

#[test]
fn a_progress_file_opens_at_its_installation_with_the_device_that_signed_it() {
    let file = progress_file(&device(1), &installation(1));
    let opened = open_progress(&file, &[installation(2), installation(1)]).unwrap();
    assert_eq!(opened, OpenedProgress { device: device(1).id(), contents: contents() });
}

#[test]
fn a_progress_file_is_refused_by_another_installation() {
    let file = progress_file(&device(1), &installation(1));
    assert_eq!(open_progress(&file, &[installation(2)]), Err(ParcelError::NotSealedForUs));
    assert_eq!(open_progress(&file, &[]), Err(ParcelError::NotSealedForUs));
}

#[test]
fn a_changed_or_cut_progress_file_is_refused() {
    let file = progress_file(&device(1), &installation(1));
    let secrets = [installation(1)];
    for at in [8, 20, 40, file.len() / 2, file.len() - 1] {
        let mut changed = file.clone();
        changed[at] ^= 0x40;
        assert_eq!(open_progress(&changed, &secrets), Err(ParcelError::NotSealedForUs), "byte {at}");
    }
    for len in 0..file.len() {
        assert!(open_progress(&file[..len], &secrets).is_err(), "cut at {len}");
    }
    assert_eq!(open_progress(&file[..30], &secrets), Err(ParcelError::Truncated));
    let huge = vec![0u8; sealed::MAX_PROGRESS_BYTES + 1];
    assert_eq!(open_progress(&huge, &secrets), Err(ParcelError::TooLarge));
}

#[test]
fn the_seal_hides_who_and_what() {
    let file = progress_file(&device(1), &installation(1));
    let manifest = manifest();
    let device_id = device(1).id();
    let names: [&[u8]; 6] = [
        LOGIN.as_bytes(),
        ACCOUNT.as_bytes(),
        manifest.slug.as_bytes(),
        manifest.title.as_bytes(),
        b"intro",
        device_id.as_bytes(),
    ];
    for name in names {
        assert!(!file.windows(name.len()).any(|w| w == name), "{:?} readable", String::from_utf8_lossy(name));
    }
    assert!(!file.windows(32).any(|w| w == device(1).signing_public()), "the device key is readable");
    // Two files of the same contents look unrelated.
    let again = seal_progress(&contents(), &device(1), &installation(1).public(), [8; 32]).unwrap();
    assert_ne!(file[8..40], again[8..40]);
}

fn answer() -> SyncResponse {
    SyncResponse {
        accepted: contents().events.iter().map(|e| e.id.clone()).collect(),
        rejected: vec![],
        progress: vec![],
        completed_courses: vec![manifest().slug],
        certificates: vec![],
        trust: None,
        messages: vec![],
    }
}

fn returned(device: &DeviceSecret) -> ReturnContents {
    ReturnContents {
        account: ACCOUNT.into(),
        device: device.id(),
        file_id: contents().file_id,
        made_at: 1_790_000_200_000,
        answer: answer(),
    }
}

#[test]
fn a_return_file_opens_on_its_device_only() {
    let file =
        seal_return(&returned(&device(1)), &device(1).encryption_public(), &key(1), &kid(&key(1)), [3; 32])
            .unwrap();
    let keys = jwks(&[&key(1)]);
    assert_eq!(open_return(&file, &device(1), &keys).unwrap(), returned(&device(1)));
    assert_eq!(open_return(&file, &device(2), &keys), Err(ParcelError::NotSealedForUs));
    assert_eq!(open_return(&file, &device(1), &jwks(&[&key(2)])), Err(ParcelError::UnknownKey));
    for len in 0..file.len() {
        assert!(open_return(&file[..len], &device(1), &keys).is_err(), "cut at {len}");
    }
    assert!(!file.windows(ACCOUNT.len()).any(|w| w == ACCOUNT.as_bytes()));
    assert!(!file.windows(15).any(|w| w == b"public-councils"));
}

#[test]
fn a_return_file_made_for_another_device_does_not_pass_for_this_one() {
    // Sealed to device 1's key but naming device 2 inside: refused.
    let file =
        seal_return(&returned(&device(2)), &device(1).encryption_public(), &key(1), &kid(&key(1)), [3; 32])
            .unwrap();
    let refused = open_return(&file, &device(1), &jwks(&[&key(1)])).unwrap_err();
    assert!(matches!(&refused, ParcelError::Malformed(m) if m.contains("another device")), "{refused:?}");
}

#[test]
fn file_kinds_are_not_mistaken_for_each_other() {
    // A return file sealed to the installation's key is still not a progress file.
    let as_installation = DeviceSecret::from_seed(&[101; 32]);
    let file = seal_return(
        &returned(&as_installation),
        &as_installation.encryption_public(),
        &key(1),
        &kid(&key(1)),
        [3; 32],
    )
    .unwrap();
    assert_eq!(open_progress(&file, &[installation(1)]), Err(ParcelError::NotThisKind));
    let progress = progress_file(&device(1), &installation(1));
    assert_eq!(open_return(&progress, &device(1), &jwks(&[&key(1)])), Err(ParcelError::NotThisKind));
}

#[test]
fn a_device_shares_a_course_with_the_signature_the_server_sent() {
    let json = serde_json::to_vec(&manifest()).unwrap();
    let seal = ManifestSeal::sign(&json, PUBLISHED, &key(1), &kid(&key(1)));
    let back = ManifestSeal::from_header(&seal.header()).unwrap();
    assert_eq!(back, seal);
    back.check(&json, &jwks(&[&key(1)])).unwrap();
    let file = pack_signed(&json, &back, &all_blobs());
    let opened = open_course(&file, &jwks(&[&key(1)])).unwrap();
    assert_eq!((opened.blobs, opened.seal), (all_blobs(), seal.clone()));
    // A signature of another manifest, or of this one with another publication time (a file
    // passing an old version off as newer), does not pass.
    let other = ManifestSeal::sign(b"{}", PUBLISHED, &key(1), &kid(&key(1)));
    let other = ManifestSeal { signature: other.signature, ..seal.clone() };
    assert_eq!(other.check(&json, &jwks(&[&key(1)])), Err(ParcelError::BadSignature));
    let later = ManifestSeal { published_at: PUBLISHED + 1, ..seal.clone() };
    assert_eq!(later.check(&json, &jwks(&[&key(1)])), Err(ParcelError::BadSignature));
    assert_eq!(
        open_course(&pack_signed(&json, &later, &all_blobs()), &jwks(&[&key(1)])),
        Err(ParcelError::BadSignature)
    );
    assert_eq!(ManifestSeal::from_header("no-dot"), None);
    assert_eq!(ManifestSeal::from_header("kid.AAAA"), None);
    assert_eq!(
        ManifestSeal::from_header(&format!("kid.soon.{}", seal.header().rsplit('.').next().unwrap())),
        None
    );
}

#[test]
fn a_course_file_compressed_elsewhere_or_not_at_all_opens_the_same() {
    use std::io::Write;
    let json = serde_json::to_vec(&manifest()).unwrap();
    let seal = ManifestSeal::sign(&json, PUBLISHED, &key(1), &kid(&key(1)));
    let body = course::signed_body(&json, &seal, &all_blobs());
    let keys = jwks(&[&key(1)]);
    let whole = open_course(&pack_signed(&json, &seal, &all_blobs()), &keys).unwrap();
    // Gzipped by another implementation (here flate2's, as a browser's CompressionStream).
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gzip.write_all(&body).unwrap();
    assert_eq!(open_course(&course::from_gzip(&gzip.finish().unwrap()), &keys).unwrap(), whole);
    // Stored without compression, in one block and in several.
    let stored = course::from_body_stored(&body);
    assert!(stored.len() > body.len());
    assert_eq!(open_course(&stored, &keys).unwrap(), whole);
    let big = vec![(sha(&[b'x'; 200_000]), vec![b'x'; 200_000])];
    let mut with_big = manifest();
    with_big.assets =
        vec![AssetEntry { name: "big.webp".into(), blob: blob(&[b'x'; 200_000], "image/webp") }];
    let big_json = serde_json::to_vec(&with_big).unwrap();
    let big_seal = ManifestSeal::sign(&big_json, PUBLISHED, &key(1), &kid(&key(1)));
    let blobs: Vec<(String, Vec<u8>)> = all_blobs()[..2].iter().cloned().chain(big).collect();
    let stored = course::from_body_stored(&course::signed_body(&big_json, &big_seal, &blobs));
    assert_eq!(open_course(&stored, &keys).unwrap().blobs.len(), 3);
    // A stored file changed in one byte is refused like any other.
    let mut changed = course::from_body_stored(&body);
    let at = changed.len() / 2;
    changed[at] ^= 1;
    assert!(open_course(&changed, &keys).is_err());
}
