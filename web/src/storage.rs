//! Everything the client keeps in the browser: IndexedDB (downloaded courses, their blobs, the
//! learner's progress marks, the outbox of progress events waiting to be sent, the session and
//! the last state the server confirmed, the learner's certificates with their PDFs, and the
//! issuer's keys and revocation lists for checking certificates offline), the language setting,
//! and the service worker registration.
//!
//! Pages never touch these APIs; they go through [`crate::library`], [`crate::sync`] and
//! [`crate::certificates`]. Values are stored as JSON strings (and blobs as byte arrays) so the
//! format is plain to inspect in the browser's developer tools and independent of any JS binding
//! layer.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use dala_wire::{CourseProgress, IssuedCertificate, Manifest, Me, ProgressEvent, QuizState, Trust};
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

const DATABASE: &str = "dala";
/// Version 2 added OUTBOX and ACCOUNT, version 3 CERTIFICATES, CERTIFICATE_PDFS and TRUST,
/// version 4 DRAFTS.
/// Upgrading creates only the missing stores: every store of an earlier version keeps its data
/// (rexie deletes a store only when it is left out of the list below, so none may be).
const VERSION: u32 = 4;
const COURSES: &str = "courses";
const BLOBS: &str = "blobs";
const PROGRESS: &str = "progress";
const OUTBOX: &str = "outbox";
const ACCOUNT: &str = "account";
/// The signed-in learner's certificates (`IssuedCertificate` JSON), by credential id.
const CERTIFICATES: &str = "certificates";
/// Their PDFs (bytes), by credential id: fetched once, then kept for offline use.
const CERTIFICATE_PDFS: &str = "certificate_pdfs";
/// The issuer's keys and revocation lists ([`StoredTrust`]), one record under [`TRUST_KEY`].
const TRUST: &str = "trust";
const TRUST_KEY: &str = "current";
/// Trainers' course drafts ([`LocalDraft`]), by course slug: every edit lands here first.
const DRAFTS: &str = "drafts";
const LANGUAGE_KEY: &str = "dala.language";

/// A course draft as this device holds it. Every edit is written here before anything is sent,
/// so a trainer's work survives a closed tab, a dead battery and days offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalDraft {
    pub draft: dala_wire::CourseDraft,
    /// The server revision this draft was edited from.
    pub base_revision: u64,
    /// Edited here since the server last confirmed it.
    pub unsent: bool,
    /// What stops the draft from being published, as the server last said.
    #[serde(default)]
    pub problems: Vec<dala_wire::DraftProblem>,
    /// Whether the server's draft at `base_revision` is what is published.
    #[serde(default)]
    pub published: bool,
    /// Milliseconds since the Unix epoch of the last edit on this device.
    pub edited_at: f64,
}

/// A course kept for offline study. `complete` is false while a download is unfinished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredCourse {
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub complete: bool,
}

/// What the learner has done with one lesson on this device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub opened: bool,
    pub completed: bool,
    /// Milliseconds since the Unix epoch of the last change, by this device's clock.
    pub updated_at: f64,
}

/// A storage failure, such as a full disk or IndexedDB being unavailable (private mode).
#[derive(Debug, Clone, PartialEq)]
pub struct StorageError(pub String);

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        StorageError(e.to_string())
    }
}

type Result<T> = std::result::Result<T, StorageError>;

thread_local! {
    static DB: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
}

async fn db() -> Result<Rc<Rexie>> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    let rexie = Rexie::builder(DATABASE)
        .version(VERSION)
        .add_object_store(ObjectStore::new(COURSES))
        .add_object_store(ObjectStore::new(BLOBS))
        .add_object_store(ObjectStore::new(PROGRESS))
        .add_object_store(ObjectStore::new(OUTBOX))
        .add_object_store(ObjectStore::new(ACCOUNT))
        .add_object_store(ObjectStore::new(CERTIFICATES))
        .add_object_store(ObjectStore::new(CERTIFICATE_PDFS))
        .add_object_store(ObjectStore::new(TRUST))
        .add_object_store(ObjectStore::new(DRAFTS))
        .build()
        .await?;
    let rexie = Rc::new(rexie);
    DB.with(|db| *db.borrow_mut() = Some(rexie.clone()));
    Ok(rexie)
}

// The IndexedDB work is done by the few functions below, none of them generic: each typed
// accessor only encodes or decodes around them, so the wasm holds one copy of the transaction
// code instead of one per stored type.

async fn get_value(store: &str, key: &str) -> Result<Option<JsValue>> {
    let db = db().await?;
    let tx = db.transaction(&[store], TransactionMode::ReadOnly)?;
    let value = tx.store(store)?.get(JsValue::from_str(key)).await?;
    tx.done().await?;
    Ok(value)
}

async fn put_value(store: &str, key: &str, value: &JsValue) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[store], TransactionMode::ReadWrite)?;
    tx.store(store)?.put(value, Some(&JsValue::from_str(key))).await?;
    tx.done().await?;
    Ok(())
}

async fn get_json<T: DeserializeOwned>(store: &str, key: &str) -> Result<Option<T>> {
    get_value(store, key).await?.and_then(|v| v.as_string()).map(|s| decode(&s)).transpose()
}

async fn put_json<T: Serialize>(store: &str, key: &str, value: &T) -> Result<()> {
    put_value(store, key, &JsValue::from_str(&encode(value)?)).await
}

async fn put_bytes(store: &str, key: &str, bytes: &[u8]) -> Result<()> {
    put_value(store, key, &js_sys::Uint8Array::from(bytes).into()).await
}

async fn get_bytes(store: &str, key: &str) -> Result<Option<Vec<u8>>> {
    Ok(get_value(store, key).await?.map(|v| js_sys::Uint8Array::new(&v).to_vec()))
}

async fn all_json<T: DeserializeOwned>(store: &str) -> Result<Vec<(String, T)>> {
    all_json_with_prefix(store, "").await
}

/// Every record whose key starts with `prefix` (others are not even decoded).
async fn all_json_with_prefix<T: DeserializeOwned>(store: &str, prefix: &str) -> Result<Vec<(String, T)>> {
    all_text_with_prefix(store, prefix).await?.into_iter().map(|(k, v)| Ok((k, decode(&v)?))).collect()
}

async fn all_text_with_prefix(store: &str, prefix: &str) -> Result<Vec<(String, String)>> {
    let db = db().await?;
    let tx = db.transaction(&[store], TransactionMode::ReadOnly)?;
    let pairs = tx.store(store)?.scan(None, None, None, None).await?;
    tx.done().await?;
    Ok(pairs
        .into_iter()
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .filter(|(k, _)| k.starts_with(prefix))
        .collect())
}

fn encode<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StorageError(e.to_string()))
}

fn decode<T: DeserializeOwned>(json: &str) -> Result<T> {
    // from_slice, as in `api`: one serde_json reader monomorphised instead of two.
    serde_json::from_slice(json.as_bytes()).map_err(|e| StorageError(format!("stored data unreadable: {e}")))
}

pub async fn course(slug: &str) -> Result<Option<StoredCourse>> {
    get_json(COURSES, slug).await
}

pub async fn courses() -> Result<Vec<StoredCourse>> {
    Ok(all_json(COURSES).await?.into_iter().map(|(_, c)| c).collect())
}

pub async fn put_course(course: &StoredCourse) -> Result<()> {
    put_json(COURSES, &course.manifest.slug, course).await
}

/// Forgets a downloaded course and every blob no other stored course uses. Progress marks stay:
/// they are the learner's work, not a copy of the server's.
pub async fn delete_course(slug: &str) -> Result<()> {
    let others = courses().await?;
    let keep: Vec<String> = others
        .iter()
        .filter(|c| c.manifest.slug != slug)
        .flat_map(|c| c.manifest.blobs().into_iter().map(|b| b.sha256.clone()))
        .collect();
    let Some(course) = others.into_iter().find(|c| c.manifest.slug == slug) else {
        return Ok(());
    };
    let db = db().await?;
    let tx = db.transaction(&[COURSES, BLOBS], TransactionMode::ReadWrite)?;
    tx.store(COURSES)?.delete(JsValue::from_str(slug)).await?;
    let blobs = tx.store(BLOBS)?;
    for blob in course.manifest.blobs() {
        if !keep.contains(&blob.sha256) {
            blobs.delete(JsValue::from_str(&blob.sha256)).await?;
        }
    }
    tx.done().await?;
    Ok(())
}

pub async fn draft(slug: &str) -> Result<Option<LocalDraft>> {
    get_json(DRAFTS, slug).await
}

pub async fn drafts() -> Result<Vec<LocalDraft>> {
    Ok(all_json(DRAFTS).await?.into_iter().map(|(_, d)| d).collect())
}

pub async fn put_draft(draft: &LocalDraft) -> Result<()> {
    put_json(DRAFTS, &draft.draft.slug, draft).await
}

pub async fn has_blob(sha256: &str) -> Result<bool> {
    let db = db().await?;
    let tx = db.transaction(&[BLOBS], TransactionMode::ReadOnly)?;
    let exists = tx.store(BLOBS)?.key_exists(JsValue::from_str(sha256)).await?;
    tx.done().await?;
    Ok(exists)
}

pub async fn put_blob(sha256: &str, bytes: &[u8]) -> Result<()> {
    put_bytes(BLOBS, sha256, bytes).await
}

pub async fn blob(sha256: &str) -> Result<Option<Vec<u8>>> {
    get_bytes(BLOBS, sha256).await
}

fn progress_key(slug: &str, lesson: &str) -> String {
    format!("{slug}/{lesson}")
}

/// The learner's marks for every lesson of a course, by lesson id.
pub async fn progress(slug: &str) -> Result<BTreeMap<String, LessonProgress>> {
    let prefix = progress_key(slug, "");
    Ok(all_json_with_prefix::<LessonProgress>(PROGRESS, &prefix)
        .await?
        .into_iter()
        .filter_map(|(key, p)| Some((key.strip_prefix(&prefix)?.to_owned(), p)))
        .collect())
}

pub async fn put_progress(slug: &str, lesson: &str, progress: &LessonProgress) -> Result<()> {
    put_json(PROGRESS, &progress_key(slug, lesson), progress).await
}

fn quiz_key(slug: &str, quiz: &str) -> String {
    format!("quiz:{slug}/{quiz}")
}

/// The attempts at a quiz made on this device, graded here.
pub async fn quiz_state(slug: &str, quiz: &str) -> Result<QuizState> {
    Ok(get_json(PROGRESS, &quiz_key(slug, quiz)).await?.unwrap_or_default())
}

pub async fn put_quiz_state(slug: &str, quiz: &str, state: &QuizState) -> Result<()> {
    put_json(PROGRESS, &quiz_key(slug, quiz), state).await
}

/// The signed-in session, kept so that an offline learner stays signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    pub user: Me,
}

/// This browser profile's identity as a device, and its event counter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub counter: u64,
}

/// What the server last confirmed: progress merged from every device, and when.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    /// Milliseconds since the Unix epoch of the last successful sync.
    pub last_success: Option<f64>,
    pub progress: Vec<CourseProgress>,
    pub completed_courses: Vec<String>,
    /// Events the server refused in the last sync (such as progress in a closed course the
    /// learner is not enrolled in): they left the outbox, and the learner is told.
    #[serde(default)]
    pub refused: usize,
}

pub async fn session() -> Result<Option<Session>> {
    get_json(ACCOUNT, "session").await
}

pub async fn put_session(session: &Session) -> Result<()> {
    put_json(ACCOUNT, "session", session).await
}

/// Forgets the session and what the server said about its account, its certificates and their
/// PDFs included: a shared or lost phone keeps nothing of the learner's but their unsent work.
/// The outbox stays: those events are the learner's work and go with the next sign-in. The
/// issuer's keys and revocation lists stay too: they are public and belong to no account.
pub async fn delete_session() -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[ACCOUNT, CERTIFICATES, CERTIFICATE_PDFS], TransactionMode::ReadWrite)?;
    let store = tx.store(ACCOUNT)?;
    store.delete(JsValue::from_str("session")).await?;
    store.delete(JsValue::from_str("sync")).await?;
    tx.store(CERTIFICATES)?.clear().await?;
    tx.store(CERTIFICATE_PDFS)?.clear().await?;
    tx.done().await?;
    Ok(())
}

pub async fn sync_state() -> Result<SyncState> {
    Ok(get_json(ACCOUNT, "sync").await?.unwrap_or_default())
}

pub async fn put_sync_state(state: &SyncState) -> Result<()> {
    put_json(ACCOUNT, "sync", state).await
}

/// The device id and the next counter value, counted up and saved before it is used, so two
/// events of this device never share a counter even if the tab is closed halfway.
pub async fn next_device_counter() -> Result<(String, u64)> {
    let mut device: Device = get_json(ACCOUNT, "device").await?.unwrap_or_default();
    if device.id.is_empty() {
        device.id = random_hex(16);
    }
    device.counter += 1;
    put_json(ACCOUNT, "device", &device).await?;
    Ok((device.id, device.counter))
}

/// Adds an event to the outbox, where it stays until the server has accepted it.
pub async fn outbox_add(event: &ProgressEvent) -> Result<()> {
    put_json(OUTBOX, &event.id, event).await
}

/// Every event waiting to be sent, oldest first (by this device's counter).
pub async fn outbox() -> Result<Vec<ProgressEvent>> {
    let mut events: Vec<ProgressEvent> = all_json(OUTBOX).await?.into_iter().map(|(_, e)| e).collect();
    events.sort_by_key(|e| e.counter);
    Ok(events)
}

/// How many events wait in the outbox, counted without reading them.
pub async fn outbox_len() -> Result<usize> {
    let db = db().await?;
    let tx = db.transaction(&[OUTBOX], TransactionMode::ReadOnly)?;
    Ok(tx.store(OUTBOX)?.count(None).await? as usize)
}

pub async fn outbox_remove(ids: &[String]) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[OUTBOX], TransactionMode::ReadWrite)?;
    let store = tx.store(OUTBOX)?;
    for id in ids {
        store.delete(JsValue::from_str(id)).await?;
    }
    tx.done().await?;
    Ok(())
}

/// The signed-in learner's certificates held on this device, oldest first.
pub async fn certificates() -> Result<Vec<IssuedCertificate>> {
    let mut certificates: Vec<IssuedCertificate> =
        all_json(CERTIFICATES).await?.into_iter().map(|(_, c)| c).collect();
    certificates.sort_by_key(|c| c.number);
    Ok(certificates)
}

/// Keeps certificates that sync delivered, all or none.
pub async fn put_certificates(certificates: &[IssuedCertificate]) -> Result<()> {
    if certificates.is_empty() {
        return Ok(());
    }
    let db = db().await?;
    let tx = db.transaction(&[CERTIFICATES], TransactionMode::ReadWrite)?;
    let store = tx.store(CERTIFICATES)?;
    for certificate in certificates {
        store
            .put(&JsValue::from_str(&encode(certificate)?), Some(&JsValue::from_str(&certificate.id)))
            .await?;
    }
    tx.done().await?;
    Ok(())
}

/// The PDF of certificate `id`, if it was fetched before.
pub async fn certificate_pdf(id: &str) -> Result<Option<Vec<u8>>> {
    get_bytes(CERTIFICATE_PDFS, id).await
}

pub async fn put_certificate_pdf(id: &str, bytes: &[u8]) -> Result<()> {
    put_bytes(CERTIFICATE_PDFS, id, bytes).await
}

/// What this device holds for checking certificates with no network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredTrust {
    pub trust: Trust,
    /// Milliseconds since the Unix epoch of the last sync or fetch that confirmed `trust` is
    /// the issuer's current one: revocations after it are unknown here.
    pub checked_at: f64,
}

pub async fn trust() -> Result<Option<StoredTrust>> {
    get_json(TRUST, TRUST_KEY).await
}

pub async fn put_trust(trust: &StoredTrust) -> Result<()> {
    put_json(TRUST, TRUST_KEY, trust).await
}

/// `bytes` random bytes from the browser's cryptographic generator, as hex. Event and device
/// ids must never repeat (the server stores an event id once), so should that generator be
/// missing, `Math.random` fills in rather than leaving zeros.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    let filled = gloo::utils::window()
        .crypto()
        .is_ok_and(|crypto| crypto.get_random_values_with_u8_array(&mut buffer).is_ok());
    if !filled {
        buffer.iter_mut().for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8);
    }
    hex::encode(buffer)
}

fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The interface language the learner chose, if any. Kept in localStorage because it is
/// needed synchronously before the first render.
pub fn language() -> Option<String> {
    local_storage()?.get_item(LANGUAGE_KEY).ok().flatten()
}

pub fn set_language(tag: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, tag);
    }
}

/// Whether the browser believes it has a network.
pub fn browser_online() -> bool {
    gloo::utils::window().navigator().on_line()
}

/// Asks the browser not to evict our data under storage pressure
/// (<https://storage.spec.whatwg.org/#dom-storagemanager-persist>). The answer is advisory.
pub async fn request_persistence() -> bool {
    let Ok(promise) = gloo::utils::window().navigator().storage().persist() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Registers `/sw.js`, which keeps the app shell for offline use. Without service worker
/// support (or outside a secure context) the app still works, only not after a reload offline.
pub fn register_service_worker() {
    let navigator = gloo::utils::window().navigator();
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        let promise = navigator.service_worker().register("/sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Makes an object URL for bytes kept in IndexedDB, so an `<img>` can show them offline or a
/// link can offer them as a download.
/// The caller revokes it with [`revoke_object_url`].
pub fn object_url(bytes: &[u8], media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(blob.unchecked_ref()).ok()
}

pub fn revoke_object_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Hands `bytes` to the browser as a downloaded file named `filename`: a temporary link to an
/// object URL, clicked and removed. The URL is released a minute later, once the browser has
/// surely read it (released at once, a slow device may save an empty file). False if the
/// browser refused.
pub fn save_file(bytes: &[u8], media_type: &str, filename: &str) -> bool {
    let Some(url) = object_url(bytes, media_type) else { return false };
    let document = gloo::utils::document();
    let clicked = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|link| {
            let ready =
                link.set_attribute("href", &url).is_ok() && link.set_attribute("download", filename).is_ok();
            if ready && gloo::utils::body().append_child(&link).is_ok() {
                link.click();
                link.remove();
                true
            } else {
                false
            }
        });
    gloo::timers::callback::Timeout::new(60_000, move || revoke_object_url(&url)).forget();
    clicked
}
