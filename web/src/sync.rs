//! Sending the learner's progress home, and the account it belongs to.
//!
//! Every progress event is written to the outbox in IndexedDB first ([`record`]), under the
//! account signed in, so nothing is lost to a closed tab, a dead battery or a missing network,
//! and nothing is ever sent as somebody else. [`sync_now`] sends the signed-in account's events
//! in batches to `POST /api/v1/progress/compact` (the compact shape, gzipped by the browser where
//! it can: see `dala_wire`'s `compact` module) and removes an event only after the server has
//! answered that it holds it; the endpoint is idempotent, so a batch whose answer was lost is
//! simply sent again. The request describes the confirmed state the device holds, and the answer
//! carries only what changed since; [`dala_wire::apply`] makes the server's merged state of the
//! two, which is kept as the new confirmed state. The app runs a sync when it opens, when the browser comes online, every
//! minute while online, and when the learner presses "Sync now". What to send and what to
//! remove is decided by [`crate::device`].
//!
//! The same requests bring the learner's new certificates (those after the highest number the
//! device holds) and, when they changed, the issuer's keys and revocation lists; an answer
//! without them confirms that the ones held are still current.

use std::cell::{Cell, RefCell};

use dala_wire::{CompactSyncRequest, ErrorCode, JoinRequest};
use yew::Callback;

use crate::api::{self, ApiFailure};
use crate::device::{self, Confirmed, Fact};
use crate::failure::{self, Failure};
use crate::storage::{self, Session, StoredTrust, SyncState};

/// Events sent per request: small enough for a slow link to finish one batch.
const BATCH: usize = 100;

thread_local! {
    static LISTENER: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// Whether this page load has read the account from the server yet.
    static ACCOUNT_READ: Cell<bool> = const { Cell::new(false) };
    /// Whether the signed-in account's device key is known registered in this page load.
    static KEY_REGISTERED: Cell<bool> = const { Cell::new(false) };
}

/// Registers the callback told whenever the outbox, the session or the sync state changes.
pub fn on_change(callback: Callback<()>) {
    LISTENER.with(|l| *l.borrow_mut() = Some(callback));
}

/// Tells the pages that the account's state changed (a return file settled work, say).
pub fn notify_changed() {
    changed();
}

fn changed() {
    if let Some(callback) = LISTENER.with(|l| l.borrow().clone()) {
        callback.emit(());
    }
}

/// What the sync indicator shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncStatus {
    pub session: Option<Session>,
    /// Events of the signed-in account waiting to be sent (nobody's when signed out).
    pub pending: usize,
    pub state: SyncState,
    pub running: bool,
    /// Answers the signed-in learner has not seen yet, and the course and lesson of the oldest.
    pub new_answers: (usize, Option<(String, String)>),
    /// False until the app has read the device's storage once: until then "no session" means
    /// "not known yet", not "signed out".
    pub loaded: bool,
}

pub async fn status() -> SyncStatus {
    let session = storage::session().await.ok().flatten();
    let outbox = storage::outbox().await.unwrap_or_default();
    let pending = session.as_ref().map_or(0, |s| device::pending(&outbox, &s.user.id));
    let state = storage::sync_state().await.unwrap_or_default();
    let new_answers = match &session {
        Some(s) => {
            let seen = storage::answers_seen(&s.user.id).await.unwrap_or(0);
            device::new_answers(&state.confirmed, Some(&s.user.id), seen)
        }
        None => (0, None),
    };
    SyncStatus { session, pending, state, new_answers, running: RUNNING.with(Cell::get), loaded: true }
}

/// Records one thing the signed-in learner did, in the outbox, in one transaction with
/// everything derived from it. Nobody signed in: [`Failure::NotSignedIn`], nothing kept.
pub async fn record(fact: Fact) -> Result<String, Failure> {
    let session = failure::session().await?;
    let entry = storage::record(&session.user.id, fact).await?;
    changed();
    Ok(entry.event.id)
}

/// A message's text as it is kept: trimmed, not blank, at most [`MESSAGE_CHARS`] characters
/// (the server checks again, with its reasons).
///
/// [`MESSAGE_CHARS`]: dala_wire::limits::MESSAGE_CHARS
pub fn message_text(text: &str) -> Result<String, Failure> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > dala_wire::limits::MESSAGE_CHARS {
        return Err(Failure::Invalid(String::new()));
    }
    Ok(text.to_owned())
}

/// Records a question, an answer or a change to a thread like any progress ([`record`]) and,
/// online, sends it at once rather than within the minute; a failed send leaves it waiting.
pub async fn record_message(fact: Fact) -> Result<(), Failure> {
    record(fact).await?;
    if network_up() {
        let _ = sync_now().await;
    }
    Ok(())
}

/// Asks the trainers of the learner's organization a question on `item` of `course` (empty:
/// the course page): a new thread, or a follow-up in `thread`. Kept in the outbox like
/// progress, sent with the next sync.
pub async fn ask(
    course: &str,
    version: &str,
    item: &str,
    thread: Option<&str>,
    text: &str,
) -> Result<(), Failure> {
    // An empty thread: the event opens its own (`device::record` names it).
    let kind = dala_wire::EventKind::Ask {
        thread: thread.unwrap_or_default().to_owned(),
        text: message_text(text)?,
    };
    record_message(mentoring_fact(course, version, item, kind)).await
}

/// Deletes the learner's own unanswered question (the server refuses it once answered).
pub async fn delete_question(course: &str, version: &str, item: &str, thread: &str) -> Result<(), Failure> {
    let kind = dala_wire::EventKind::Delete { thread: thread.to_owned() };
    record_message(mentoring_fact(course, version, item, kind)).await
}

fn mentoring_fact(course: &str, version: &str, item: &str, kind: dala_wire::EventKind) -> Fact {
    Fact { course: course.into(), course_version: version.into(), item: item.into(), kind, graded: None }
}

/// The signed-in learner's threads on `item` of `course`, as the page shows them.
pub async fn threads(course: &str, item: &str) -> Result<Vec<device::ThreadView>, Failure> {
    let (outbox, state) = storage::waiting_and_confirmed().await?;
    let session = storage::session().await?;
    let account = session.as_ref().map(|s| s.user.id.as_str());
    Ok(device::threads(&state.confirmed, &outbox, account, course, item))
}

/// The learner has seen every answer this device holds (a lesson with answers was shown).
pub async fn answers_seen() {
    let Ok(Some(session)) = storage::session().await else { return };
    let state = storage::sync_state().await.unwrap_or_default();
    let highest = device::messages_after(&state.confirmed, &session.user.id);
    if storage::answers_seen(&session.user.id).await.unwrap_or(0) < highest
        && storage::put_answers_seen(&session.user.id, highest).await.is_ok()
    {
        changed();
    }
}

/// Sends the signed-in account's waiting events and stores the state the server answers with.
/// Does nothing (and succeeds) if a sync is already running.
pub async fn sync_now() -> Result<(), Failure> {
    if RUNNING.with(|r| r.replace(true)) {
        return Ok(());
    }
    changed();
    let mut result = send_outbox().await;
    if result.is_ok() && !ACCOUNT_READ.with(Cell::get) {
        result = read_account().await;
    }
    if result.is_ok() && !KEY_REGISTERED.with(Cell::get) {
        // The key that signs this account's progress files, registered once while online;
        // checked once a page load, not at every minute's sync.
        let registered = crate::carry::ensure_device_key().await.is_ok();
        KEY_REGISTERED.with(|r| r.set(registered));
    }
    RUNNING.with(|r| r.set(false));
    changed();
    result
}

/// Once per page load, after a sync went through: the account as the server knows it now, so
/// a course a trainer gave since the sign-in opens, and a new role shows its pages. One small
/// request a visit, not one a minute: the learner pays for every byte.
async fn read_account() -> Result<(), Failure> {
    let session = failure::session().await?;
    let user = api::me(&session.token).await?;
    ACCOUNT_READ.with(|r| r.set(true));
    // Kept only if the same session is still the signed-in one.
    if user != session.user && storage::session().await?.is_some_and(|current| current.token == session.token)
    {
        storage::put_session(&Session { token: session.token, user }).await?;
    }
    Ok(())
}

/// The highest certificate number this device holds: what a sync, or a progress file, asks the
/// server for certificates after. A certificate kept from before the wallet form (or its
/// link's QR code) existed is asked for again (from just before it), so the device comes to
/// hold both forms and the code.
pub(crate) async fn certificates_after() -> Result<u64, Failure> {
    let held = storage::certificates().await?;
    let before_first_incomplete = held
        .iter()
        .filter(|c| c.wallet.is_empty() || c.wallet_qr.is_none())
        .map(|c| c.number.saturating_sub(1))
        .min();
    Ok(before_first_incomplete.unwrap_or_else(|| held.iter().map(|c| c.number).max().unwrap_or(0)))
}

/// Keeps what an answer (a sync's, or a return file's) brings besides progress: its new
/// certificates, and the trust data it gives, as checked at `now`.
pub(crate) async fn keep_certificates_and_trust(
    certificates: &[dala_wire::IssuedCertificate],
    trust: Option<dala_wire::Trust>,
    now: f64,
) -> Result<(), Failure> {
    storage::put_certificates(certificates).await?;
    if let Some(trust) = trust {
        storage::put_trust(&StoredTrust { trust, checked_at: now }).await?;
    }
    Ok(())
}

async fn send_outbox() -> Result<(), Failure> {
    let session = failure::session().await?;
    let account = session.user.id.clone();
    let mut refused = 0;
    loop {
        let outbox = storage::outbox().await?;
        let waiting = device::to_send(&outbox, &account, BATCH);
        // One device id per compact batch (an outbox holds one, unless storage was reset).
        let batch = dala_wire::same_device(&waiting);
        // The state the request describes and the answer changes: read with the request, so
        // whatever another tab stored meanwhile, what is kept below is whole.
        let known = storage::sync_state().await?.confirmed;
        let messages_after = device::messages_after(&known, &account);
        let held_messages = if known.account == account { known.messages } else { Vec::new() };
        let held = if known.account == account { known.progress } else { Vec::new() };
        let certificates_after = certificates_after().await?;
        let held_trust = storage::trust().await?;
        let trust_etag = held_trust.as_ref().map(|t| t.trust.etag.clone());
        let mut request = CompactSyncRequest::of(batch);
        request.certificates_after = certificates_after;
        request.trust_etag = trust_etag.clone();
        request.held = dala_wire::held(&held);
        request.messages_after = messages_after;
        let answer = match api::compact_sync(&session.token, &request).await {
            Ok(answer) => answer,
            Err(ApiFailure::Server { status: 401, error }) => {
                // The session ended (expired, or revoked by an administrator): as at a sign-out,
                // what the server holds goes and the waiting events stay this account's.
                if storage::session().await?.is_some_and(|current| current.token == session.token) {
                    storage::forget_account().await?;
                }
                return Err(match error.map(|e| e.code) {
                    Some(ErrorCode::SessionExpired) => Failure::SessionExpired,
                    _ => Failure::SessionEnded,
                });
            }
            Err(other) => return Err(other.into()),
        };
        // Every event sent is now stored or refused for good.
        let named: Vec<String> = batch.iter().map(|e| e.id.clone()).collect();
        let done = device::answered(&outbox, &account, &named);
        refused += answer.rejected.len();
        // Signed out (or into another account) while the answer was on its way: the events it
        // names are safe on the server, but what it says belongs to that session, and must not
        // land under the next one.
        if storage::session().await?.is_none_or(|current| current.token != session.token) {
            storage::outbox_remove(&done).await?;
            return Ok(());
        }
        let mut messages = device::keep_messages(&held_messages, &answer.messages);
        let progress = match dala_wire::apply(&held, &answer.progress) {
            Ok(progress) => progress,
            // An answer that does not fit what this device holds (its storage changed under
            // it): the batch is stored, so ask for the whole state, never keep a partial one.
            Err(_) => {
                let whole = CompactSyncRequest {
                    certificates_after,
                    trust_etag,
                    messages_after: device::messages_after(
                        &Confirmed {
                            account: account.clone(),
                            messages: messages.clone(),
                            ..Confirmed::default()
                        },
                        &account,
                    ),
                    ..CompactSyncRequest::default()
                };
                let answer = api::compact_sync(&session.token, &whole).await?;
                messages = device::keep_messages(&messages, &answer.messages);
                dala_wire::apply(&[], &answer.progress).map_err(|e| {
                    Failure::Server(format!("the sync answer for course {} is incomplete", e.course))
                })?
            }
        };
        let now = js_sys::Date::now();
        // New trust data, or none because the device's is current: either way it is current now.
        keep_certificates_and_trust(&answer.certificates, answer.trust.or(held_trust.map(|t| t.trust)), now)
            .await?;
        let state = SyncState {
            last_success: Some(now),
            confirmed: Confirmed { account: account.clone(), progress, messages },
            completed_courses: answer.completed_courses,
            refused,
        };
        storage::settle(&done, &state).await?;
        changed();
        // More to send: a full batch, or one cut short at another device id.
        let more = waiting.len() == BATCH || batch.len() < waiting.len();
        if !more || done.is_empty() {
            return Ok(());
        }
    }
}

/// Signs in and keeps the session; a sync starts in the background.
pub async fn sign_in(login: &str, password: &str) -> Result<(), Failure> {
    let answer = api::sign_in(login, password).await?;
    start(Session { token: answer.token, user: answer.user }).await
}

/// Redeems a join code into a new account, signed in.
pub async fn join(request: &JoinRequest) -> Result<(), Failure> {
    let answer = api::join(request).await?;
    start(Session { token: answer.token, user: answer.user }).await
}

async fn start(session: Session) -> Result<(), Failure> {
    // Another account signed in without signing out first: nothing of the previous one's
    // (its certificates, its confirmed progress) may show under the new one.
    if storage::session().await?.is_some_and(|previous| previous.user.id != session.user.id) {
        storage::forget_account().await?;
    }
    storage::put_session(&session).await?;
    // Just answered by the server: no need to read it again on this page load.
    ACCOUNT_READ.with(|r| r.set(true));
    // A new sign-in makes a new device key at its first sync.
    KEY_REGISTERED.with(|r| r.set(false));
    changed();
    // The first sync runs on its own: signing in is done once the session is kept (the page
    // moves on at once, and a trainer who clicks elsewhere meanwhile is not pulled back), and a
    // failed first sync is not a failed sign-in. It also sends what this account left waiting
    // here last time.
    wasm_bindgen_futures::spawn_local(async {
        let _ = sync_now().await;
    });
    Ok(())
}

/// Signs out here and, if reachable, on the server. The account's waiting events stay on the
/// device for its next sign-in; nothing else of it remains visible.
pub async fn sign_out() -> Result<(), Failure> {
    if let Some(session) = storage::session().await? {
        let _ = api::sign_out(&session.token).await;
    }
    storage::forget_account().await?;
    changed();
    Ok(())
}

/// Whether the browser believes it has a network at all.
pub fn network_up() -> bool {
    storage::browser_online()
}

/// How many events wait on this device, every account's (what removing everything loses).
pub async fn waiting_on_device() -> usize {
    storage::outbox().await.map(|o| o.len()).unwrap_or(0)
}

/// Removes everything Dala keeps on this device, every account's waiting events included.
pub async fn remove_everything() -> Result<(), Failure> {
    if let Some(session) = storage::session().await? {
        let _ = api::sign_out(&session.token).await;
    }
    storage::remove_everything().await?;
    Ok(())
}

/// Sets a new password with the one-time code a trainer handed over; the account is signed in
/// here, as after a sign-in (every other session of it has ended at the server).
pub async fn reset_password(request: &dala_wire::PasswordResetRequest) -> Result<(), Failure> {
    let answer = api::reset_password(request).await?;
    start(Session { token: answer.token, user: answer.user }).await
}
