//! Files that travel when the network is cut (formats in `dala-parcel`): what the page "Without
//! a network" calls. A course file is opened with the issuer's keys the device holds and stored
//! whole or not at all; a progress file carries the signed-in account's waiting events, signed
//! with this device's key for that account and sealed to the installation; a return file, opened
//! with that key, settles them as a sync's answer would.
//!
//! The device key is made at the first sync after a sign-in and registered with the server
//! while online ([`ensure_device_key`]); it is the account's on this device and goes at sign-out
//! with the rest of the account (`storage::forget_account`).

use dala_parcel::{DeviceSecret, ManifestSeal, ParcelError, ProgressContents, Refusal};
use dala_wire::{DeviceKeys, ImportedProgress};

use crate::failure::{self, Failure};
use crate::storage::{self, DeviceKey, StoredCourse, SyncState};
use crate::{api, device, sync};

fn secret(key: &DeviceKey) -> Result<DeviceSecret, Failure> {
    let mut seed = [0u8; 32];
    hex::decode_to_slice(&key.seed, &mut seed).map_err(|_| Failure::File("file-device-key-damaged"))?;
    Ok(DeviceSecret::from_seed(&seed))
}

/// The signed-in account's device key, made if there is none yet, registered with the server if
/// it is not yet. Offline it is made and waits to be registered at a later sync.
pub async fn ensure_device_key() -> Result<(), Failure> {
    let session = failure::session().await?;
    let account = session.user.id.clone();
    let key = match storage::device_key(&account).await? {
        Some(key) => key,
        None => {
            let seed = storage::secure_seed().ok_or(Failure::File("file-no-randomness"))?;
            let key = DeviceKey { account: account.clone(), seed: hex::encode(seed), registered: false };
            storage::put_device_key(&key).await?;
            key
        }
    };
    if key.registered {
        return Ok(());
    }
    let device = secret(&key)?;
    let keys = DeviceKeys {
        signing_key: hex::encode(device.signing_public()),
        encryption_key: hex::encode(device.encryption_public()),
    };
    api::register_device(&session.token, &keys).await?;
    // Still the same account signed in: keep that the server holds its key.
    if storage::device_key(&account).await?.is_some_and(|k| k.seed == key.seed) {
        storage::put_device_key(&DeviceKey { registered: true, ..key }).await?;
    }
    Ok(())
}

/// Why a file was refused, as a Fluent id.
fn refusal(error: &ParcelError) -> Failure {
    Failure::File(match error.refusal() {
        Refusal::NotThisKind => "file-not-this-kind",
        Refusal::Truncated => "file-truncated",
        Refusal::TooLarge => "file-too-large",
        Refusal::OtherInstallation => "file-other-installation",
        Refusal::Altered => "file-altered",
        Refusal::Damaged => "file-damaged",
    })
}

/// What importing a course file did.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseImported {
    pub title: String,
    /// Whether the device held another version of the course, which the file's replaced (the
    /// learner's progress stays: it is kept by lesson, not by version).
    pub replaced: bool,
}

/// Imports a course file: checked against the issuer's keys this device holds, then every part
/// against its SHA-256, then kept as a download is. A file of an older version than the one
/// held (by the publication time the installation signed) is refused, and nothing is kept.
pub async fn import_course(bytes: &[u8]) -> Result<CourseImported, Failure> {
    let trust = storage::trust().await?.ok_or(Failure::File("file-no-keys"))?;
    let file = dala_parcel::open_course(bytes, &trust.trust.jwks).map_err(|e| refusal(&e))?;
    let held = storage::course(&file.manifest.slug).await?;
    let held_published = held
        .as_ref()
        .filter(|h| h.complete)
        .and_then(|h| h.seal.as_deref())
        .and_then(ManifestSeal::from_header)
        .map(|seal| seal.published_at);
    let same = held.as_ref().is_some_and(|h| h.manifest_sha256 == file.manifest_sha256);
    if !same && held_published.is_some_and(|at| at > file.seal.published_at) {
        return Err(Failure::File("file-course-older"));
    }
    for (sha256, blob) in &file.blobs {
        storage::put_blob(sha256, blob).await?;
    }
    let title = file.manifest.title.clone();
    storage::put_course(&StoredCourse {
        manifest: file.manifest,
        manifest_sha256: file.manifest_sha256,
        complete: true,
        seal: Some(file.seal.header()),
    })
    .await?;
    let replaced = held.is_some() && !same;
    if replaced {
        // The version held before: its lessons that changed are named by no kept course now.
        storage::prune_blobs().await?;
    }
    Ok(CourseImported { title, replaced })
}

/// A course file of the version of `slug` this device holds, signed with the installation's
/// signature the server sent with it: what "Save for sharing" writes, with no network. Images
/// the device left out (data saver) are left out of the file too. Returns its bytes and name.
pub async fn course_file(slug: &str) -> Result<(Vec<u8>, String), Failure> {
    let held =
        storage::course(slug).await?.filter(|c| c.complete).ok_or(Failure::File("file-course-not-held"))?;
    let seal = held
        .seal
        .as_deref()
        .and_then(ManifestSeal::from_header)
        .ok_or(Failure::File("file-course-no-signature"))?;
    // The canonical JSON, as the server signed it (the client makes it the same way to check
    // a manifest delta).
    let json = serde_json::to_vec(&held.manifest).map_err(|_| Failure::File("file-damaged"))?;
    if hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&json)) != held.manifest_sha256 {
        return Err(Failure::File("file-course-no-signature"));
    }
    let mut blobs = Vec::new();
    for blob in held.manifest.blobs() {
        match storage::blob(&blob.sha256).await? {
            Some(bytes) => blobs.push((blob.sha256.clone(), bytes)),
            None if blob.is_image() => {}
            None => return Err(Failure::File("file-course-not-held")),
        }
    }
    // Compressed by the browser (the learner's app carries no compressor); stored as it is
    // where the browser cannot, which every device still opens.
    let body = dala_parcel::course::signed_body(&json, &seal, &blobs);
    let bytes = match crate::gzip::gzip(&body).await {
        Some(gzip) => dala_parcel::course::from_gzip(&gzip),
        None => dala_parcel::course::from_body_stored(&body),
    };
    Ok((bytes, format!("{slug}.dala")))
}

/// Saves [`course_file`] through the browser's download; returns its name and size.
pub async fn save_course_file(slug: &str) -> Result<(String, u64), Failure> {
    let (bytes, name) = course_file(slug).await?;
    if !storage::save_file(&bytes, "application/octet-stream", &name) {
        return Err(Failure::NotSaved);
    }
    Ok((name, bytes.len() as u64))
}

/// A progress file of what the signed-in account has waiting on this device: its bytes and a
/// neutral name, and how many events it carries. The events stay waiting until a sync or a
/// return file settles them.
pub async fn progress_file() -> Result<(Vec<u8>, String, usize), Failure> {
    let session = failure::session().await?;
    let account = session.user.id.clone();
    let key = storage::device_key(&account)
        .await?
        .filter(|k| k.registered)
        .ok_or(Failure::File("file-device-not-registered"))?;
    let trust = storage::trust().await?.ok_or(Failure::File("file-no-installation-key"))?;
    let mut installation = [0u8; 32];
    hex::decode_to_slice(&trust.trust.encryption_key, &mut installation)
        .map_err(|_| Failure::File("file-no-installation-key"))?;
    let events = device::to_send(&storage::outbox().await?, &account, usize::MAX);
    if events.is_empty() {
        return Err(Failure::File("file-nothing-waiting"));
    }
    let known = storage::sync_state().await?.confirmed;
    let contents = ProgressContents {
        account: account.clone(),
        file_id: storage::random_hex(16),
        made_at: js_sys::Date::now() as i64,
        certificates_after: sync::certificates_after().await?,
        messages_after: device::messages_after(&known, &account),
        trust_etag: Some(trust.trust.etag.clone()),
        events,
    };
    let entropy = storage::secure_seed().ok_or(Failure::File("file-no-randomness"))?;
    let bytes = dala_parcel::seal_progress(&contents, &secret(&key)?, &installation, entropy)
        .map_err(|e| refusal(&e))?;
    let name = dala_wire::neutral_name("progress", "dalp", &bytes);
    Ok((bytes, name, contents.events.len()))
}

/// Saves [`progress_file`] through the browser's download; returns how many events it carries.
pub async fn save_progress_file() -> Result<usize, Failure> {
    let (bytes, name, events) = progress_file().await?;
    if !storage::save_file(&bytes, "application/octet-stream", &name) {
        return Err(Failure::NotSaved);
    }
    Ok(events)
}

/// What a return file settled.
#[derive(Debug, Clone, PartialEq)]
pub struct Returned {
    pub confirmed: usize,
    pub certificates: usize,
}

/// Imports a return file made for this device and the signed-in account: its events leave the
/// outbox as a sync's answer would take them, and its state, certificates and answers are kept.
pub async fn import_return(bytes: &[u8]) -> Result<Returned, Failure> {
    let session = failure::session().await?;
    let account = session.user.id.clone();
    let key = storage::device_key(&account).await?.ok_or(Failure::File("file-return-not-this-device"))?;
    let trust = storage::trust().await?.ok_or(Failure::File("file-no-keys"))?;
    let contents =
        dala_parcel::open_return(bytes, &secret(&key)?, &trust.trust.jwks).map_err(|e| match e {
            ParcelError::NotSealedForUs | ParcelError::Malformed(_) => {
                Failure::File("file-return-not-this-device")
            }
            other => refusal(&other),
        })?;
    if contents.account != account {
        return Err(Failure::File("file-return-not-this-device"));
    }
    let answer = contents.answer;
    let (outbox, known) = storage::waiting_and_confirmed().await?;
    let named: Vec<String> =
        answer.accepted.iter().cloned().chain(answer.rejected.iter().map(|r| r.id.clone())).collect();
    let done = device::answered(&outbox, &account, &named);
    let held = if known.confirmed.account == account { known.confirmed.messages.clone() } else { Vec::new() };
    let messages = device::keep_messages(&held, &answer.messages);
    sync::keep_certificates_and_trust(&answer.certificates, answer.trust.clone(), js_sys::Date::now())
        .await?;
    // The server's state when it wrote the file; a sync since then brought a newer one, kept.
    let newer_sync = known.last_success.is_some_and(|t| t > contents.made_at as f64);
    let state = if newer_sync && known.confirmed.account == account {
        SyncState { confirmed: device::Confirmed { messages, ..known.confirmed }, ..known }
    } else {
        SyncState {
            last_success: known.last_success,
            confirmed: device::Confirmed { account: account.clone(), progress: answer.progress, messages },
            completed_courses: answer.completed_courses,
            refused: answer.rejected.len(),
        }
    };
    storage::settle(&done, &state).await?;
    sync::notify_changed();
    Ok(Returned { confirmed: done.len(), certificates: answer.certificates.len() })
}

/// A trainer imports a learner's progress file at a connected point; the return file to carry
/// back is saved through the browser's download. Returns the server's counts.
pub async fn import_for_learner(bytes: &[u8]) -> Result<ImportedProgress, Failure> {
    use base64::Engine;
    let session = failure::session().await?;
    let imported = api::import_progress_file(&session.token, bytes).await?;
    let returned = base64::engine::general_purpose::STANDARD
        .decode(&imported.return_file)
        .map_err(|_| Failure::Server("the return file is not base64".into()))?;
    let name = dala_wire::neutral_name("return", "dalr", &returned);
    if !storage::save_file(&returned, "application/octet-stream", &name) {
        return Err(Failure::NotSaved);
    }
    Ok(imported)
}

/// The bytes of a file the person chose; none if the browser cannot read it or it is larger
/// than any Dala file may be.
pub async fn read_chosen(file: &web_sys::File) -> Option<Vec<u8>> {
    if file.size() > dala_parcel::course::MAX_BYTES as f64 {
        return None;
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
