//! Everything the client keeps in the browser: IndexedDB (downloaded courses, their blobs, the
//! outbox of progress events waiting to be sent, each with its account, the session and the
//! last state the server confirmed for it, the learner's certificates with their PDFs, the
//! issuer's keys and revocation lists for checking certificates offline, and trainers'
//! drafts), the language setting, and the service worker registration.
//!
//! What to write is decided in [`crate::device`]; this module applies it, each fact in one
//! read-write transaction that commits whole or not at all. Pages never touch these APIs; they
//! go through [`crate::library`], [`crate::sync`], [`crate::certificates`],
//! [`crate::authoring`] and [`crate::reports`]. Values are stored as JSON strings (and blobs as byte arrays) so the
//! format is plain to inspect in the browser's developer tools and independent of any JS binding
//! layer.

use std::cell::RefCell;
use std::rc::Rc;

use dala_wire::{IssuedCertificate, Manifest, Me, ProgressEvent, QuizState, Trust};
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

use crate::device::{self, Confirmed, Device, Fact, OutboxEntry};

const DATABASE: &str = "dala";
/// Version 2 added OUTBOX and ACCOUNT, version 3 CERTIFICATES, CERTIFICATE_PDFS and TRUST,
/// version 4 DRAFTS, version 5 EVENTS (the outbox with each event's account) in place of
/// OUTBOX and PROGRESS, whose contents [`adopt_legacy`] moves over once.
/// Upgrading creates only the missing stores: every store of an earlier version keeps its data
/// (rexie deletes a store only when it is left out of the list below, so none may be).
const VERSION: u32 = 5;
const COURSES: &str = "courses";
const BLOBS: &str = "blobs";
/// Versions 1–4: the learner's marks and graded attempts, a second copy of what the events
/// say. Emptied by the move to version 5 and no longer written.
const LEGACY_PROGRESS: &str = "progress";
/// Versions 2–4: events without their account. Emptied by the move to version 5.
const LEGACY_OUTBOX: &str = "outbox";
/// [`OutboxEntry`] JSON by event id: every event waiting to be sent, with whose it is.
const EVENTS: &str = "events";
/// The session (`session`), what the server last confirmed (`sync`, with the account's thread
/// messages), the device id and counter (`device`), the highest answer the learner has seen
/// (`answers_seen`, with its account), and `schema`, written when version 5's move is done.
const ACCOUNT: &str = "account";
/// The signed-in learner's certificates (`IssuedCertificate` JSON), by credential id.
const CERTIFICATES: &str = "certificates";
/// Their PDFs (bytes), by credential id: fetched once, then kept for offline use.
const CERTIFICATE_PDFS: &str = "certificate_pdfs";
/// The issuer's keys and revocation lists ([`StoredTrust`]), one record under [`TRUST_KEY`].
const TRUST: &str = "trust";
const TRUST_KEY: &str = "current";
/// Trainers' course drafts ([`LocalDraft`]), by `{account}/{course slug}`: every edit lands
/// here first, and only its author sees it.
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
    /// The course's published manifest, if it was ever published (then its language is fixed).
    #[serde(default)]
    pub published_manifest: Option<String>,
    /// Milliseconds since the Unix epoch of the last edit on this device.
    pub edited_at: f64,
    /// The account that edited it (`None`: kept from version 4 with nobody signed in).
    #[serde(default)]
    pub account: Option<String>,
    /// For a translation: the lessons whose source changed, as the server last said (each
    /// shown while the draft does not record the new text: [`dala_wire::SourceChange::applies_to`]).
    #[serde(default)]
    pub source_changes: Vec<dala_wire::SourceChange>,
}

/// A course kept for offline study. `complete` is false while a download is unfinished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredCourse {
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub complete: bool,
    /// The installation's signature of this version (a `Dala-Signature` header,
    /// [`dala_parcel::ManifestSeal`]), kept so the course can be shared as a file with no
    /// network. Absent for a version downloaded before courses travelled as files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
}

/// A storage failure. Whatever it is, the transaction it happened in kept nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser refused for lack of space (`QuotaExceededError`); `needed`: the bytes of
    /// what was being written, where known (0 otherwise).
    Full { needed: u64 },
    /// The transaction was aborted (the tab closing, the browser giving up).
    Aborted,
    /// Anything else, such as IndexedDB being unavailable (private mode).
    Other(String),
}

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        // rexie's own message hides the browser's; the DOMException's name is in idb's.
        let message = match &e {
            rexie::Error::IdbError(inner) => inner.to_string(),
            other => other.to_string(),
        };
        if message.contains("QuotaExceededError") {
            StorageError::Full { needed: 0 }
        } else {
            StorageError::Other(message)
        }
    }
}

impl StorageError {
    /// The same error, naming how many bytes were being written if it is a lack of space.
    pub fn needing(self, bytes: u64) -> StorageError {
        match self {
            StorageError::Full { needed } => StorageError::Full { needed: needed.max(bytes) },
            other => other,
        }
    }
}

/// What went wrong with writing `bytes`. Firefox and Safari refuse the request with a
/// `QuotaExceededError`; Chromium aborts the transaction when it commits, with no error event
/// to read the reason from, and its storage estimate is a fixed figure that says nothing about
/// the disk. Nothing here aborts a write on purpose, and a tab that dies never gets an answer,
/// so an abort of a write is taken for a full device.
async fn explain(error: StorageError, bytes: u64) -> StorageError {
    match error {
        StorageError::Aborted => StorageError::Full { needed: bytes },
        other => other.needing(bytes),
    }
}

/// Waits for a read-write transaction to commit. An abort is an error (rexie reports it as a
/// result), so a write the browser dropped is never taken for a saved one.
async fn commit(tx: rexie::Transaction) -> Result<()> {
    match tx.done().await? {
        rexie::TransactionResult::Committed => Ok(()),
        rexie::TransactionResult::Aborted => Err(StorageError::Aborted),
    }
}

type Result<T> = std::result::Result<T, StorageError>;

thread_local! {
    static DB: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
    /// Set by [`remove_everything`]: nothing may open the database again in this page.
    static REMOVED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

async fn db() -> Result<Rc<Rexie>> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    if REMOVED.with(std::cell::Cell::get) {
        return Err(StorageError::Aborted);
    }
    let rexie = Rexie::builder(DATABASE)
        .version(VERSION)
        .add_object_store(ObjectStore::new(COURSES))
        .add_object_store(ObjectStore::new(BLOBS))
        .add_object_store(ObjectStore::new(LEGACY_PROGRESS))
        .add_object_store(ObjectStore::new(LEGACY_OUTBOX))
        .add_object_store(ObjectStore::new(EVENTS))
        .add_object_store(ObjectStore::new(ACCOUNT))
        .add_object_store(ObjectStore::new(CERTIFICATES))
        .add_object_store(ObjectStore::new(CERTIFICATE_PDFS))
        .add_object_store(ObjectStore::new(TRUST))
        .add_object_store(ObjectStore::new(DRAFTS))
        .build()
        .await?;
    // Two first calls at once open two connections: keep one, and close the other, or it would
    // block deleting the database (removing everything) for as long as the page lives.
    if let Some(existing) = DB.with(|db| db.borrow().clone()) {
        rexie.close();
        return Ok(existing);
    }
    let rexie = Rc::new(rexie);
    DB.with(|db| *db.borrow_mut() = Some(rexie.clone()));
    // Its transaction is created before this task first yields, so every call made meanwhile
    // (a transaction on the same stores, created later) sees the database moved over.
    adopt_legacy(&rexie).await?;
    Ok(rexie)
}

/// Moves what versions 2–4 kept into version 5's form, in one transaction, once: their outbox
/// into EVENTS with the account [`device::adopt_legacy`] gives each event, their drafts under
/// their account's key; the old marks are dropped (the events say the same). Nothing is sent
/// or lost on the way: a tab closed halfway commits nothing, and the next opening does it all.
async fn adopt_legacy(db: &Rexie) -> Result<()> {
    let stores = [ACCOUNT, LEGACY_OUTBOX, LEGACY_PROGRESS, EVENTS, DRAFTS];
    let tx = db.transaction(&stores, TransactionMode::ReadWrite)?;
    let account = tx.store(ACCOUNT)?;
    if account.get(JsValue::from_str("schema")).await?.is_some() {
        return commit(tx).await;
    }
    let session: Option<Session> = match account.get(JsValue::from_str("session")).await? {
        Some(value) => value.as_string().map(|s| decode(&s)).transpose()?,
        None => None,
    };
    let owner = session.as_ref().map(|s| s.user.id.clone());
    let texts = |pairs: Vec<(JsValue, JsValue)>| -> Vec<(String, String)> {
        pairs.into_iter().filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect()
    };
    let old_events: Vec<ProgressEvent> = texts(tx.store(LEGACY_OUTBOX)?.scan(None, None, None, None).await?)
        .iter()
        .filter_map(|(_, json)| decode(json).ok())
        .collect();
    let quiz_states: Vec<QuizState> = texts(tx.store(LEGACY_PROGRESS)?.scan(None, None, None, None).await?)
        .iter()
        .filter(|(key, _)| key.starts_with("quiz:"))
        .filter_map(|(_, json)| decode(json).ok())
        .collect();
    let events = tx.store(EVENTS)?;
    for entry in device::adopt_legacy(old_events, &quiz_states, owner.as_deref()) {
        events.put(&JsValue::from_str(&encode(&entry)?), Some(&JsValue::from_str(&entry.event.id))).await?;
    }
    tx.store(LEGACY_OUTBOX)?.clear().await?;
    tx.store(LEGACY_PROGRESS)?.clear().await?;
    let drafts = tx.store(DRAFTS)?;
    for (key, json) in texts(drafts.scan(None, None, None, None).await?) {
        let Ok(mut draft) = decode::<LocalDraft>(&json) else { continue };
        if draft.account.is_none() && !key.contains('/') {
            draft.account = owner.clone();
            drafts.delete(JsValue::from_str(&key)).await?;
            let key = draft_key(draft.account.as_deref(), &draft.draft.slug);
            drafts.put(&JsValue::from_str(&encode(&draft)?), Some(&JsValue::from_str(&key))).await?;
        }
    }
    account.put(&JsValue::from_str("5"), Some(&JsValue::from_str("schema"))).await?;
    commit(tx).await
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
    commit(tx).await
}

async fn get_json<T: DeserializeOwned>(store: &str, key: &str) -> Result<Option<T>> {
    get_value(store, key).await?.and_then(|v| v.as_string()).map(|s| decode(&s)).transpose()
}

async fn put_json<T: Serialize>(store: &str, key: &str, value: &T) -> Result<()> {
    let json = encode(value)?;
    match put_value(store, key, &JsValue::from_str(&json)).await {
        Err(e) => Err(explain(e, json.len() as u64).await),
        ok => ok,
    }
}

async fn put_bytes(store: &str, key: &str, bytes: &[u8]) -> Result<()> {
    match put_value(store, key, &js_sys::Uint8Array::from(bytes).into()).await {
        Err(e) => Err(explain(e, bytes.len() as u64).await),
        ok => ok,
    }
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
    serde_json::to_string(value).map_err(|e| StorageError::Other(e.to_string()))
}

fn decode<T: DeserializeOwned>(json: &str) -> Result<T> {
    // from_slice, as in `api`: one serde_json reader monomorphised instead of two.
    serde_json::from_slice(json.as_bytes())
        .map_err(|e| StorageError::Other(format!("stored data unreadable: {e}")))
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

/// Forgets a downloaded course and every blob no other stored course names. The learner's
/// events are not touched: they are their work, not a copy of the server's.
pub async fn delete_course(slug: &str) -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[COURSES], TransactionMode::ReadWrite)?;
    tx.store(COURSES)?.delete(JsValue::from_str(slug)).await?;
    commit(tx).await?;
    prune_blobs().await
}

/// Removes every blob that no kept course (downloaded, or being downloaded) names: after an
/// update, the old version's changed lessons; after a removal, what only that course used.
/// Reads the courses and deletes in one transaction, so a download starting meanwhile (which
/// stores its course record first) never loses a blob it counts on.
pub async fn prune_blobs() -> Result<()> {
    let db = db().await?;
    let tx = db.transaction(&[COURSES, BLOBS], TransactionMode::ReadWrite)?;
    let mut keep = std::collections::BTreeSet::new();
    for (_, value) in tx.store(COURSES)?.scan(None, None, None, None).await? {
        if let Some(course) = value.as_string().and_then(|json| decode::<StoredCourse>(&json).ok()) {
            keep.extend(course.manifest.blobs().into_iter().map(|b| b.sha256.clone()));
        }
    }
    let blobs = tx.store(BLOBS)?;
    for key in blobs.get_all_keys(None, None).await? {
        if key.as_string().is_some_and(|sha| !keep.contains(&sha)) {
            blobs.delete(key).await?;
        }
    }
    commit(tx).await
}

fn draft_key(account: Option<&str>, slug: &str) -> String {
    format!("{}/{slug}", account.unwrap_or_default())
}

async fn signed_in_account() -> Result<Option<String>> {
    Ok(session().await?.map(|s| s.user.id))
}

/// The signed-in account's draft of a course, if this device holds one.
pub async fn draft(slug: &str) -> Result<Option<LocalDraft>> {
    let Some(account) = signed_in_account().await? else { return Ok(None) };
    get_json(DRAFTS, &draft_key(Some(&account), slug)).await
}

/// The signed-in account's drafts on this device (nobody's when nobody is signed in).
pub async fn drafts() -> Result<Vec<LocalDraft>> {
    let Some(account) = signed_in_account().await? else { return Ok(Vec::new()) };
    let prefix = draft_key(Some(&account), "");
    Ok(all_json_with_prefix(DRAFTS, &prefix).await?.into_iter().map(|(_, d)| d).collect())
}

/// Keeps a draft as the signed-in account's. Nobody signed in: refused, nothing kept.
pub async fn put_draft(draft: &LocalDraft) -> Result<()> {
    let Some(account) = signed_in_account().await? else {
        return Err(StorageError::Other("not signed in".into()));
    };
    let mut draft = draft.clone();
    draft.account = Some(account.clone());
    put_json(DRAFTS, &draft_key(Some(&account), &draft.draft.slug), &draft).await
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

/// The signed-in session, kept so that an offline learner stays signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    pub user: Me,
}

/// What the server last confirmed for the signed-in account: progress merged from every
/// device, and when.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    /// Milliseconds since the Unix epoch of the last successful sync.
    pub last_success: Option<f64>,
    #[serde(flatten)]
    pub confirmed: Confirmed,
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

/// Forgets the session and everything of its account that is already on the server: what
/// the server confirmed, certificates and their PDFs, drafts the server holds. What is not on
/// the server yet stays, still that account's and shown to nobody else: its waiting events and
/// unsent drafts, sent when it signs in here again. Downloaded courses and the issuer's keys
/// and revocation lists stay too: they are public and belong to no account. One transaction.
pub async fn forget_account() -> Result<()> {
    let Some(account) = signed_in_account().await? else { return Ok(()) };
    let db = db().await?;
    let tx =
        db.transaction(&[ACCOUNT, CERTIFICATES, CERTIFICATE_PDFS, DRAFTS], TransactionMode::ReadWrite)?;
    let store = tx.store(ACCOUNT)?;
    store.delete(JsValue::from_str("session")).await?;
    store.delete(JsValue::from_str("sync")).await?;
    store.delete(JsValue::from_str(ANSWERS_SEEN)).await?;
    store.delete(JsValue::from_str(DEVICE_SECRET)).await?;
    for (key, _) in store.scan(None, None, None, None).await? {
        if let Some(name) = key.as_string().filter(|k| k.starts_with(INBOX_PREFIX)) {
            store.delete(JsValue::from_str(&name)).await?;
        }
    }
    tx.store(CERTIFICATES)?.clear().await?;
    tx.store(CERTIFICATE_PDFS)?.clear().await?;
    let drafts = tx.store(DRAFTS)?;
    let prefix = draft_key(Some(&account), "");
    for (key, value) in drafts.scan(None, None, None, None).await? {
        let Some(name) = key.as_string().filter(|k| k.starts_with(&prefix)) else { continue };
        let sent =
            value.as_string().and_then(|json| decode::<LocalDraft>(&json).ok()).is_none_or(|d| !d.unsent);
        if sent {
            drafts.delete(JsValue::from_str(&name)).await?;
        }
    }
    commit(tx).await
}

const ANSWERS_SEEN: &str = "answers_seen";
/// The signed-in account's device secret (`dala_parcel::DeviceSecret`'s seed), which signs its
/// progress files and opens its return files; removed at sign-out, a new one made at the next
/// sign-in.
const DEVICE_SECRET: &str = "device_secret";

/// The device secret of the signed-in account on this device, and whether the server has
/// registered its keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceKey {
    pub account: String,
    /// 32 bytes, hex.
    pub seed: String,
    pub registered: bool,
}

/// `account`'s device key, if this device made one since it signed in.
pub async fn device_key(account: &str) -> Result<Option<DeviceKey>> {
    let kept: Option<DeviceKey> = get_json(ACCOUNT, DEVICE_SECRET).await?;
    Ok(kept.filter(|k| k.account == account))
}

pub async fn put_device_key(key: &DeviceKey) -> Result<()> {
    put_json(ACCOUNT, DEVICE_SECRET, key).await
}

/// 32 bytes from the browser's cryptographic generator; none if it is missing (a key is never
/// made from anything weaker).
pub fn secure_seed() -> Option<[u8; 32]> {
    let mut seed = [0u8; 32];
    gloo::utils::window().crypto().ok()?.get_random_values_with_u8_array(&mut seed).ok()?;
    Some(seed)
}
/// `inbox/{organization}`: the last inbox page a trainer read online, so questions can be read
/// and answered offline; the signed-in account's only, removed with its session.
const INBOX_PREFIX: &str = "inbox/";

/// The inbox of `organization` as `account` last read it on this device.
pub async fn inbox(account: &str, organization: &str) -> Result<Option<dala_wire::InboxPage>> {
    let kept: Option<(String, dala_wire::InboxPage)> =
        get_json(ACCOUNT, &format!("{INBOX_PREFIX}{organization}")).await?;
    Ok(kept.filter(|(a, _)| a == account).map(|(_, page)| page))
}

pub async fn put_inbox(account: &str, organization: &str, page: &dala_wire::InboxPage) -> Result<()> {
    put_json(ACCOUNT, &format!("{INBOX_PREFIX}{organization}"), &(account, page)).await
}

/// The highest answer number `account` has seen on this device (0: none, or another
/// account's mark).
pub async fn answers_seen(account: &str) -> Result<u64> {
    let seen: Option<(String, u64)> = get_json(ACCOUNT, ANSWERS_SEEN).await?;
    Ok(seen.filter(|(a, _)| a == account).map_or(0, |(_, n)| n))
}

pub async fn put_answers_seen(account: &str, number: u64) -> Result<()> {
    put_json(ACCOUNT, ANSWERS_SEEN, &(account, number)).await
}

pub async fn sync_state() -> Result<SyncState> {
    Ok(get_json(ACCOUNT, "sync").await?.unwrap_or_default())
}

/// Records one thing `account` did: the device counter moves on and the event enters the
/// outbox with its account (and grade) in one transaction, so a tab killed at any point
/// leaves either all of it or none. Returns the stored entry.
pub async fn record(account: &str, fact: Fact) -> Result<OutboxEntry> {
    let db = db().await?;
    let tx = db.transaction(&[ACCOUNT, EVENTS], TransactionMode::ReadWrite)?;
    let store = tx.store(ACCOUNT)?;
    let device: Device = match store.get(JsValue::from_str("device")).await? {
        Some(value) => value.as_string().map(|s| decode(&s)).transpose()?.unwrap_or_default(),
        None => Device::default(),
    };
    let now = js_sys::Date::now() as i64;
    let (device, entry) = device::record(&device, account, fact, random_hex(16), random_hex(16), now);
    let json = encode(&entry)?;
    store.put(&JsValue::from_str(&encode(&device)?), Some(&JsValue::from_str("device"))).await?;
    tx.store(EVENTS)?.put(&JsValue::from_str(&json), Some(&JsValue::from_str(&entry.event.id))).await?;
    if let Err(e) = commit(tx).await {
        return Err(explain(e, json.len() as u64).await);
    }
    Ok(entry)
}

/// Every event waiting on this device, every account's: [`crate::device`] picks.
pub async fn outbox() -> Result<Vec<OutboxEntry>> {
    Ok(all_json(EVENTS).await?.into_iter().map(|(_, e)| e).collect())
}

/// Keeps a sync's answer: the events it answered for leave the outbox and the state the server
/// confirmed takes their place, in one transaction. A page reading between two separate writes
/// would see the events neither waiting nor confirmed (a completed lesson shown as not done).
pub async fn settle(answered: &[String], state: &SyncState) -> Result<()> {
    let json = encode(state)?;
    let db = db().await?;
    let tx = db.transaction(&[EVENTS, ACCOUNT], TransactionMode::ReadWrite)?;
    let events = tx.store(EVENTS)?;
    for id in answered {
        events.delete(JsValue::from_str(id)).await?;
    }
    tx.store(ACCOUNT)?.put(&JsValue::from_str(&json), Some(&JsValue::from_str("sync"))).await?;
    if let Err(e) = commit(tx).await {
        return Err(explain(e, json.len() as u64).await);
    }
    Ok(())
}

/// The outbox and the last confirmed state, read in one transaction, so a sync settling
/// meanwhile is seen whole or not at all.
pub async fn waiting_and_confirmed() -> Result<(Vec<OutboxEntry>, SyncState)> {
    let db = db().await?;
    let tx = db.transaction(&[EVENTS, ACCOUNT], TransactionMode::ReadOnly)?;
    let pairs = tx.store(EVENTS)?.scan(None, None, None, None).await?;
    let sync = tx.store(ACCOUNT)?.get(JsValue::from_str("sync")).await?;
    tx.done().await?;
    let outbox = pairs
        .into_iter()
        .filter_map(|(_, v)| v.as_string())
        .map(|s| decode(&s))
        .collect::<Result<Vec<_>>>()?;
    let state = sync.and_then(|v| v.as_string()).map(|s| decode(&s)).transpose()?.unwrap_or_default();
    Ok((outbox, state))
}

/// Removes events the server answered for (ids chosen by [`device::answered`]).
pub async fn outbox_remove(ids: &[String]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let db = db().await?;
    let tx = db.transaction(&[EVENTS], TransactionMode::ReadWrite)?;
    let store = tx.store(EVENTS)?;
    for id in ids {
        store.delete(JsValue::from_str(id)).await?;
    }
    commit(tx).await
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
    commit(tx).await
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

/// Removes everything Dala keeps in this browser profile: the database (downloaded courses,
/// every account's waiting events, sessions, certificates, drafts), the service worker's
/// caches and its registration, and the language setting. The page must be reloaded after.
pub async fn remove_everything() -> Result<()> {
    REMOVED.with(|r| r.set(true));
    // The database can be deleted once this page's connection is closed; a call still under
    // way holds it for a moment.
    let mut db = DB.with(|db| db.borrow_mut().take());
    for _ in 0..100 {
        match db.take().map(Rc::try_unwrap) {
            Some(Ok(rexie)) => {
                rexie.close();
                break;
            }
            Some(Err(shared)) => {
                db = Some(shared);
                sleep(20).await;
            }
            None => break,
        }
    }
    if db.is_some() {
        return Err(StorageError::Other("the database is still in use".into()));
    }
    Rexie::delete(DATABASE).await?;
    let window = gloo::utils::window();
    let wait = |promise: js_sys::Promise| wasm_bindgen_futures::JsFuture::from(promise);
    if let Ok(caches) = window.caches()
        && let Ok(keys) = wait(caches.keys()).await
    {
        for key in js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()) {
            let _ = wait(caches.delete(&key)).await;
        }
    }
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false)
        && let Ok(registrations) = wait(navigator.service_worker().get_registrations()).await
    {
        for registration in js_sys::Array::from(&registrations).iter() {
            let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
            if let Ok(promise) = registration.unregister() {
                let _ = wait(promise).await;
            }
        }
    }
    if let Some(storage) = local_storage() {
        let _ = storage.clear();
    }
    Ok(())
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The interface language the learner chose, if any. Kept in localStorage because it is
/// needed synchronously before the first render.
pub fn language() -> Option<String> {
    local_storage()?.get_item(LANGUAGE_KEY).ok().flatten()
}

/// Whether handing `href` over to another bundle's page (a full page load) is worth trying:
/// false when this tab tried the same address moments ago and got this bundle back, so that a
/// stale page can never reload forever. Kept in the tab's session storage, which holds nothing
/// else and goes with the tab.
pub fn first_handover(href: &str) -> bool {
    const KEY: &str = "dala-handover";
    const AGAIN_AFTER_MS: f64 = 10_000.0;
    let Some(storage) = gloo::utils::window().session_storage().ok().flatten() else { return true };
    let now = js_sys::Date::now();
    let previous = storage.get_item(KEY).ok().flatten().unwrap_or_default();
    let recent = previous.split_once(' ').is_some_and(|(at, page)| {
        page == href && at.parse::<f64>().is_ok_and(|at| now - at < AGAIN_AFTER_MS)
    });
    let _ = storage.set_item(KEY, &format!("{now} {href}"));
    !recent
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

/// Runs `then` when a service worker takes charge of this page (on a first visit, once it has
/// installed); never if one already is, or without service worker support.
pub fn when_service_worker_takes_over(then: impl FnOnce() + 'static) {
    let navigator = gloo::utils::window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    if container.controller().is_some() {
        return;
    }
    let then = std::cell::Cell::new(Some(then));
    gloo::events::EventListener::once(&container, "controllerchange", move |_| {
        if let Some(then) = then.take() {
            then();
        }
    })
    .forget();
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

/// A draft's latest edit, kept synchronously in localStorage too until IndexedDB holds it: an
/// edit handed on as the page unloads (a reload within the typing pause) has no time left for
/// IndexedDB's asynchronous write. One per course; it names its account.
fn draft_rescue_key(slug: &str) -> String {
    format!("dala-draft-rescue:{slug}")
}

pub fn put_draft_rescue(draft: &LocalDraft) {
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(draft)) {
        let _ = storage.set_item(&draft_rescue_key(&draft.draft.slug), &json);
    }
}

pub fn draft_rescue(slug: &str) -> Option<LocalDraft> {
    serde_json::from_str(&local_storage()?.get_item(&draft_rescue_key(slug)).ok().flatten()?).ok()
}

pub fn clear_draft_rescue(slug: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&draft_rescue_key(slug));
    }
}

// ---- Kept for every user of this device (issue 16): the last catalog seen and the data
// counter. Both live in localStorage: they are small, the data counter is written from a
// performance observer's callback with no transaction to wait for, and neither needs a new
// IndexedDB version. "Remove everything" clears them with the rest; signing out keeps them,
// since neither belongs to an account. ----

const CATALOG_KEY: &str = "dala.catalog";
const DATA_USE_KEY: &str = "dala.data-use";

/// The last catalog the server sent (`GET /api/v1/courses`, asked without a session, so the
/// same answer anyone gets) and when it arrived. Nothing about who was signed in goes in: what
/// a learner may take, has downloaded or has done is worked out again each time it is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptCatalog {
    /// Milliseconds since the Unix epoch.
    pub seen_at: f64,
    pub courses: Vec<dala_wire::CourseSummary>,
}

pub fn kept_catalog() -> Option<KeptCatalog> {
    serde_json::from_str(&local_storage()?.get_item(CATALOG_KEY).ok().flatten()?).ok()
}

/// Keeps the catalog just received. A refusal (a full device) is ignored: the catalog is a
/// convenience for offline visits, never worth failing the page over.
pub fn keep_catalog(courses: &[dala_wire::CourseSummary]) {
    let kept = KeptCatalog { seen_at: js_sys::Date::now(), courses: courses.to_vec() };
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(&kept)) {
        let _ = storage.set_item(CATALOG_KEY, &json);
    }
}

/// The device's data counter ([`crate::data_use`]), if it ever counted anything.
pub fn data_use() -> Option<crate::data_use::DataUse> {
    serde_json::from_str(&local_storage()?.get_item(DATA_USE_KEY).ok().flatten()?).ok()
}

pub fn put_data_use(counter: &crate::data_use::DataUse) {
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(counter)) {
        let _ = storage.set_item(DATA_USE_KEY, &json);
    }
}

const DATA_SAVER_KEY: &str = "dala-data-saver";

/// Whether downloads take text first and images only on a tap: the learner's choice if made
/// (kept in localStorage, read synchronously by the course page), else the browser's
/// `navigator.connection.saveData` (the `Save-Data` hint) where there is one.
pub fn data_saver() -> bool {
    match local_storage().and_then(|s| s.get_item(DATA_SAVER_KEY).ok().flatten()).as_deref() {
        Some("on") => true,
        Some("off") => false,
        _ => {
            let navigator = gloo::utils::window().navigator();
            js_sys::Reflect::get(&navigator, &"connection".into())
                .ok()
                .filter(|c| c.is_object())
                .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        }
    }
}

pub fn set_data_saver(on: bool) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(DATA_SAVER_KEY, if on { "on" } else { "off" });
    }
}
