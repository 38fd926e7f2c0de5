//! What the editor pages call: trainers' drafts, kept on the device first and sent when the
//! server answers.
//!
//! Every edit is written to IndexedDB at once ("saved on this device"), then sent whole with the
//! revision it was edited from ("saved on the server" once the server holds it). A save the server
//! refuses because someone else saved in between becomes a [`SaveState::Conflict`] holding both
//! versions: nothing is overwritten until the trainer chooses. Pages see neither `api` nor
//! `storage`.

use std::cell::RefCell;
use std::collections::HashSet;

use dala_wire::{
    AuthoringCourse, CourseDraft, CoursePublished, DraftImage, DraftItem, ErrorCode, Membership, Preview,
    PreviewRequest, StoredDraft, UploadedImage,
};

use crate::api::{self, ApiFailure};
use crate::failure::{self, Failure};
use crate::storage;
/// A draft as this device keeps it; pages know it by this name.
pub use crate::storage::LocalDraft;

/// Where the trainer's latest edit is.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// On this device only: the server could not be reached. Sent when it can.
    Local,
    /// The server holds it (this revision).
    Server { revision: u64 },
    /// Someone else saved a newer revision; the trainer chooses which to keep.
    Conflict { theirs: Box<StoredDraft> },
}

/// A draft opened in the editor.
#[derive(Debug, Clone, PartialEq)]
pub struct Editing {
    pub local: LocalDraft,
    pub state: SaveState,
}

async fn token() -> Result<String, Failure> {
    Ok(failure::session().await?.token)
}

/// The organizations where this account may create courses (trainer or administrator there).
pub async fn organizations() -> Result<Vec<Membership>, Failure> {
    let session = failure::session().await?;
    Ok(session.user.staff_memberships().into_iter().cloned().collect())
}

/// The courses this account may edit; offline, the drafts this device holds.
pub async fn courses() -> Result<Vec<AuthoringCourse>, Failure> {
    let token = token().await?;
    match api::authoring_courses(&token).await {
        Ok(courses) => Ok(courses),
        Err(ApiFailure::Offline) => Ok(storage::drafts()
            .await?
            .into_iter()
            .map(|d| AuthoringCourse {
                slug: d.draft.slug.clone(),
                title: d.draft.metadata.title.clone(),
                language: d.draft.metadata.language.clone(),
                organization_id: None,
                draft_revision: Some(d.base_revision),
                published_version: None,
                unpublished_changes: d.unsent || !d.published,
                archived: false,
            })
            .collect()),
        Err(e) => Err(e.into()),
    }
}

/// Creates a course in `organization` with `draft` as its first revision.
pub async fn create(organization: &str, draft: &CourseDraft) -> Result<(), Failure> {
    let token = token().await?;
    let stored = api::create_course(&token, organization, draft).await.map_err(failure)?;
    storage::put_draft(&local_from(&stored)).await?;
    Ok(())
}

fn local_from(stored: &StoredDraft) -> LocalDraft {
    LocalDraft {
        draft: stored.draft.clone(),
        base_revision: stored.revision,
        unsent: false,
        problems: stored.problems.clone(),
        published: stored.published,
        published_manifest: stored.published_manifest.clone(),
        edited_at: js_sys::Date::now(),
        account: None,
        source_changes: stored.source_changes.clone(),
    }
}

/// Records that the translation's lesson now follows the source's current text ("Mark as
/// updated"): its hash goes into the draft, saved and published like any other edit.
pub fn mark_updated(draft: &mut CourseDraft, change: &dala_wire::SourceChange) {
    if let Some(record) = draft.metadata.translation.as_mut() {
        record.lessons.insert(change.lesson.clone(), change.new_sha256.clone());
    }
}

/// Opens a draft: this device's copy if it holds unsent edits (then tries to send them),
/// otherwise the server's current draft.
pub async fn open(slug: &str) -> Result<Editing, Failure> {
    let account = failure::session().await?.user.id;
    ACCOUNT.with(|a| *a.borrow_mut() = Some(account.clone()));
    let mut local = storage::draft(slug).await?;
    // An edit handed on as the page unloaded, which IndexedDB did not get in time.
    if let Some(mut rescued) = storage::draft_rescue(slug).filter(|r| r.account.as_deref() == Some(&account))
    {
        if local.as_ref().is_none_or(|l| l.draft != rescued.draft && rescued.edited_at > l.edited_at) {
            rescued.base_revision = rescued.base_revision.max(local.as_ref().map_or(0, |l| l.base_revision));
            rescued.unsent = true;
            storage::put_draft(&rescued).await?;
            local = Some(rescued);
        }
        storage::clear_draft_rescue(slug);
    }
    if let Some(local) = local.filter(|l| l.unsent) {
        return push(local).await;
    }
    let token = token().await?;
    match api::draft(&token, slug).await {
        Ok(stored) => {
            let local = local_from(&stored);
            storage::put_draft(&local).await?;
            Ok(Editing { state: SaveState::Server { revision: local.base_revision }, local })
        }
        Err(ApiFailure::Offline) => match storage::draft(slug).await? {
            Some(local) => Ok(Editing { state: SaveState::Local, local }),
            None => Err(Failure::Offline),
        },
        Err(e) => Err(failure(e)),
    }
}

/// Keeps an edit on this device at once, then sends it. The answer says where it is now.
///
/// Edits may come faster than the server answers: each is stored at once, and only one send
/// per course travels at a time; an edit made meanwhile is sent after it, based on the revision
/// the first one made (so the trainer never conflicts with themselves).
pub async fn edit(mut local: LocalDraft, draft: CourseDraft) -> Result<Editing, Failure> {
    let slug = draft.slug.clone();
    // Kept synchronously first (before anything waits): the page may be unloading.
    let account = ACCOUNT.with(|a| a.borrow().clone());
    if account.is_some() {
        let mut rescue = local.clone();
        rescue.draft = draft.clone();
        rescue.unsent = true;
        rescue.edited_at = js_sys::Date::now();
        rescue.account = account;
        storage::put_draft_rescue(&rescue);
    }
    let lock = DraftLock::take(&slug).await;
    local.draft = draft;
    local.unsent = true;
    // A send that finished since the page last heard may have moved the base revision on.
    let stored = storage::draft(&slug).await?;
    let (stored_base, stored_at) = stored.map_or((0, 0.0), |s| (s.base_revision, s.edited_at));
    local.base_revision = local.base_revision.max(stored_base);
    // Strictly later than the edit it follows, even within one millisecond.
    local.edited_at = js_sys::Date::now().max(local.edited_at.max(stored_at) + 1.0);
    storage::put_draft(&local).await?;
    if storage::draft_rescue(&slug).is_some_and(|r| r.draft == local.draft) {
        storage::clear_draft_rescue(&slug);
    }
    send_holding(local, lock).await
}

thread_local! {
    /// The account whose drafts the editor opened last (an edit's synchronous rescue copy
    /// names it; see [`storage::put_draft_rescue`]).
    static ACCOUNT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Courses whose stored draft is being read and written now (see [`DraftLock`]).
    static LOCKED: RefCell<HashSet<String>> = RefCell::default();
    /// Courses whose draft is being sent now. Changed only while holding the course's
    /// [`DraftLock`], so an edit either is seen by the send under way or starts its own.
    static SENDING: RefCell<HashSet<String>> = RefCell::default();
}

/// One course's stored draft held across awaits: an edit and a send that is finishing must not
/// interleave their reads and writes, or one would overwrite the other's.
struct DraftLock(String);

impl DraftLock {
    async fn take(slug: &str) -> DraftLock {
        while !LOCKED.with(|l| l.borrow_mut().insert(slug.to_owned())) {
            pause(5).await;
        }
        DraftLock(slug.to_owned())
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        LOCKED.with(|l| l.borrow_mut().remove(&self.0));
    }
}

/// Waits `ms` milliseconds without blocking the page.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Sends a draft held on this device. Offline it stays there ([`SaveState::Local`]); a newer
/// revision saved by someone else becomes a [`SaveState::Conflict`]. If a send for this course
/// is already travelling, that one also sends this draft when it is back.
pub async fn push(local: LocalDraft) -> Result<Editing, Failure> {
    if !local.unsent {
        return Ok(Editing { state: SaveState::Server { revision: local.base_revision }, local });
    }
    let lock = DraftLock::take(&local.draft.slug).await;
    send_holding(local, lock).await
}

/// Sends `local`, called holding its course's lock (released here), unless a send for the
/// course is under way: that one reads the stored draft when it is back and sends it.
async fn send_holding(local: LocalDraft, lock: DraftLock) -> Result<Editing, Failure> {
    let already_sending = !SENDING.with(|s| s.borrow_mut().insert(local.draft.slug.clone()));
    drop(lock);
    if already_sending {
        return Ok(Editing { state: SaveState::Local, local });
    }
    send_until_current(local).await
}

/// Sends `local`, then whatever was edited while it travelled, until the device holds nothing
/// newer than the server. The caller has marked the course as sending; this ends it.
async fn send_until_current(local: LocalDraft) -> Result<Editing, Failure> {
    let slug = local.draft.slug.clone();
    let result = send_loop(local).await;
    if result.is_err() {
        SENDING.with(|s| s.borrow_mut().remove(&slug));
    }
    result
}

async fn send_loop(mut local: LocalDraft) -> Result<Editing, Failure> {
    let slug = local.draft.slug.clone();
    let finish = || SENDING.with(|s| s.borrow_mut().remove(&slug));
    let token = token().await?;
    loop {
        let answer = api::save_draft(&token, local.base_revision, &local.draft).await;
        let theirs = match &answer {
            Err(ApiFailure::Server { error: Some(error), .. }) if error.code == ErrorCode::DraftConflict => {
                Some(api::draft(&token, &slug).await.map_err(failure)?)
            }
            _ => None,
        };
        // Deciding what is left to send and ending the send happen under the lock.
        let _lock = DraftLock::take(&slug).await;
        let stored = storage::draft(&slug).await?;
        match answer {
            Ok(saved) => match stored.filter(|d| d.edited_at > local.edited_at) {
                // Edited meanwhile: that edit now builds on the revision just saved.
                Some(mut newer) => {
                    newer.base_revision = saved.revision;
                    newer.problems = saved.problems;
                    storage::put_draft(&newer).await?;
                    local = newer;
                }
                None => {
                    local.base_revision = saved.revision;
                    local.problems = saved.problems;
                    local.unsent = false;
                    local.published = false;
                    storage::put_draft(&local).await?;
                    finish();
                    return Ok(Editing { state: SaveState::Server { revision: saved.revision }, local });
                }
            },
            // The latest edit stays on the device, to be sent later.
            Err(ApiFailure::Offline) => {
                finish();
                return Ok(Editing { state: SaveState::Local, local: stored.unwrap_or(local) });
            }
            Err(e) => match theirs {
                Some(theirs) => {
                    finish();
                    let state = SaveState::Conflict { theirs: Box::new(theirs) };
                    return Ok(Editing { state, local: stored.unwrap_or(local) });
                }
                None => return Err(failure(e)),
            },
        }
    }
}

/// Sends this course's draft again if the device holds it unsent (the editor calls this when
/// the connection comes back, and now and then while its work is only on the device).
pub async fn resend(slug: &str) -> Result<Option<Editing>, Failure> {
    match storage::draft(slug).await? {
        Some(local) if local.unsent => push(local).await.map(Some),
        _ => Ok(None),
    }
}

/// Sends every draft this device holds unsent (run when the connection comes back). A conflict
/// waits for the trainer to open the course.
pub async fn push_unsent() {
    if !matches!(storage::session().await, Ok(Some(_))) {
        return;
    }
    for local in storage::drafts().await.unwrap_or_default().into_iter().filter(|d| d.unsent) {
        let _ = push(local).await;
    }
}

/// Ends a conflict by keeping this device's version: it is sent on top of theirs.
pub async fn keep_mine(mut local: LocalDraft, theirs: &StoredDraft) -> Result<Editing, Failure> {
    let lock = DraftLock::take(&local.draft.slug).await;
    local.base_revision = theirs.revision;
    local.unsent = true;
    storage::put_draft(&local).await?;
    send_holding(local, lock).await
}

/// Ends a conflict by taking the server's version; this device's edits are dropped.
pub async fn take_theirs(theirs: &StoredDraft) -> Result<Editing, Failure> {
    let local = local_from(theirs);
    let _lock = DraftLock::take(&local.draft.slug).await;
    storage::put_draft(&local).await?;
    Ok(Editing { state: SaveState::Server { revision: local.base_revision }, local })
}

/// Publishes the revision the server holds. Unsent edits must reach the server first.
pub async fn publish(local: &LocalDraft) -> Result<CoursePublished, Failure> {
    if local.unsent {
        return Err(Failure::Offline);
    }
    let token = token().await?;
    let published = api::publish(&token, &local.draft.slug, local.base_revision).await.map_err(failure)?;
    // Read again under the lock: an edit may have been stored since the page last heard.
    let _lock = DraftLock::take(&local.draft.slug).await;
    let mut local = storage::draft(&local.draft.slug).await?.unwrap_or_else(|| local.clone());
    local.published = !local.unsent;
    local.published_manifest = Some(published.manifest_sha256.clone());
    storage::put_draft(&local).await?;
    Ok(published)
}

/// A lesson rendered by the server exactly as publishing will render it.
pub async fn preview(slug: &str, markdown: &str, images: &[DraftImage]) -> Result<String, Failure> {
    let token = token().await?;
    let request = PreviewRequest { markdown: markdown.to_owned(), images: images.to_vec() };
    let Preview { html } = api::preview(&token, slug, &request).await.map_err(failure)?;
    Ok(html)
}

/// Uploads an image; the server converts it and answers what to add to the draft.
pub async fn upload_image(
    slug: &str,
    file_name: &str,
    alt: &str,
    bytes: &[u8],
) -> Result<UploadedImage, Failure> {
    let token = token().await?;
    api::upload_image(&token, slug, file_name, alt, bytes).await.map_err(failure)
}

/// Whether the course's language may still change: until it is first published (learners then
/// hold it in that language; another language is a translation, a course of its own).
pub fn language_fixed(local: &LocalDraft) -> bool {
    local.published_manifest.is_some()
}

/// An item taken out of a draft, kept (in the page, for the rest of the visit) so that it can
/// be put back where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub item: DraftItem,
    /// Its place when it was removed.
    pub index: usize,
    /// The id of the item just before it then (`None`: it was first).
    pub after: Option<String>,
}

/// Takes item `index` out of `draft`: what [`restore`] needs to put it back.
pub fn remove(draft: &mut CourseDraft, index: usize) -> Option<Removed> {
    if index >= draft.items.len() {
        return None;
    }
    let after = index.checked_sub(1).map(|i| draft.items[i].id().to_owned());
    Some(Removed { item: draft.items.remove(index), index, after })
}

/// Puts a removed item back: after the item that preceded it if that one is still there,
/// otherwise at its old place (or last, if the list is shorter now). An item added meanwhile
/// under the same id keeps it; the one put back gets a free id (`lesson-2-2`…). Answers
/// where it is now.
pub fn restore(draft: &mut CourseDraft, removed: &Removed) -> usize {
    let mut item = removed.item.clone();
    if draft.items.iter().any(|i| i.id() == item.id()) {
        let stem = item.id().to_owned();
        let free = (2..)
            .map(|n| format!("{stem}-{n}"))
            .find(|id| !draft.items.iter().any(|i| i.id() == id))
            .unwrap_or_default();
        match &mut item {
            DraftItem::Lesson(lesson) => lesson.id = free,
            DraftItem::Quiz(quiz) => quiz.id = free,
        }
    }
    let index = match &removed.after {
        None => 0,
        Some(after) => draft
            .items
            .iter()
            .position(|i| i.id() == after)
            .map_or(removed.index.min(draft.items.len()), |p| p + 1),
    };
    draft.items.insert(index, item);
    index
}

/// Authoring's own refusals, beside the ones every page shares.
fn failure(f: ApiFailure) -> Failure {
    if let ApiFailure::Server { error: Some(error), .. } = &f {
        let reason = match error.code {
            ErrorCode::ImageTooLarge => Some("image-too-large"),
            ErrorCode::NotAnImage => Some("image-not-an-image"),
            ErrorCode::ImageTooManyPixels => Some("image-too-many-pixels"),
            ErrorCode::ImageUnreadable => Some("image-unreadable"),
            ErrorCode::AltTextMissing => Some("image-alt-missing"),
            ErrorCode::DraftInvalid => Some("draft-invalid"),
            ErrorCode::Forbidden => Some("authoring-forbidden"),
            ErrorCode::Conflict => Some("course-slug-taken"),
            _ => None,
        };
        if let Some(id) = reason {
            return Failure::Authoring(id);
        }
    }
    f.into()
}

#[cfg(test)]
mod tests {
    use dala_wire::{CourseDraft, CourseMetadata, DraftItem, DraftLesson};

    use super::{remove, restore};

    fn lesson(id: &str) -> DraftItem {
        DraftItem::Lesson(DraftLesson { id: id.into(), markdown: format!("# {id}\n") })
    }

    fn draft(ids: &[&str]) -> CourseDraft {
        CourseDraft {
            slug: "c".into(),
            metadata: CourseMetadata {
                title: "C".into(),
                summary: String::new(),
                language: "en".into(),
                version: "1".into(),
                authors: Vec::new(),
                licence: String::new(),
                translations: Vec::new(),
                open: false,
                translation: None,
            },
            items: ids.iter().map(|id| lesson(id)).collect(),
            images: Vec::new(),
        }
    }

    fn ids(draft: &CourseDraft) -> Vec<&str> {
        draft.items.iter().map(|i| i.id()).collect()
    }

    #[test]
    fn a_removed_item_goes_back_where_it_was() {
        let mut d = draft(&["a", "b", "c"]);
        let b = remove(&mut d, 1).unwrap();
        assert_eq!(ids(&d), ["a", "c"]);
        assert_eq!(restore(&mut d, &b), 1);
        assert_eq!(ids(&d), ["a", "b", "c"]);
        // The first item goes back first.
        let a = remove(&mut d, 0).unwrap();
        assert_eq!(restore(&mut d, &a), 0);
        assert_eq!(ids(&d), ["a", "b", "c"]);
        assert_eq!(remove(&mut d, 3), None);
    }

    #[test]
    fn undoing_follows_the_neighbour_and_keeps_ids_unique() {
        let mut d = draft(&["a", "b", "c", "d"]);
        let c = remove(&mut d, 2).unwrap();
        let a = remove(&mut d, 0).unwrap();
        // `b` (c's neighbour) moved to the end meanwhile: c follows it.
        d.items.swap(0, 1);
        assert_eq!(ids(&d), ["d", "b"]);
        assert_eq!(restore(&mut d, &c), 2);
        assert_eq!(ids(&d), ["d", "b", "c"]);
        // Undone in any order.
        assert_eq!(restore(&mut d, &a), 0);
        assert_eq!(ids(&d), ["a", "d", "b", "c"]);
        // The neighbour removed too: back at its old place, or last.
        let mut d = draft(&["a", "b"]);
        let b = remove(&mut d, 1).unwrap();
        remove(&mut d, 0).unwrap();
        assert_eq!(restore(&mut d, &b), 0);
        // A new item took the id meanwhile: the one put back gets another.
        let mut d = draft(&["a", "b"]);
        let b = remove(&mut d, 1).unwrap();
        d.items.push(lesson("b"));
        restore(&mut d, &b);
        assert_eq!(ids(&d), ["a", "b-2", "b"]);
    }
}
