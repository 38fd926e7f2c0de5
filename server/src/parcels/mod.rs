//! Files that travel when the network is cut (formats in `dala-parcel`): course files packed
//! here, learners' progress files imported here, and the return files answering them.
//!
//! A progress file is stored exactly as a sync of its events would store them
//! (`progress::answer_events`): the same ids, each once, so importing a file twice, or after the
//! learner synced, changes nothing. Its return file is that sync's answer, signed and sealed to
//! the device; writing it again imports the file again, which stores nothing new.
//!
//! `devices` owns `device_keys`, `keys` owns `encryption_keys`.

pub mod devices;
pub mod keys;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine;
use dala_parcel::sealed::MAX_PROGRESS_BYTES;
use dala_parcel::{ParcelError, ProgressContents, Refusal, ReturnContents};
use dala_wire::{ImportedProgress, Role, SyncResponse};
use rand_core::{OsRng, RngCore};
use sqlx::Row;

use crate::accounts::AuthUser;
use crate::certificates::Keyring;
use crate::error::AppError;
use crate::i18n::Text;
use crate::languages::Asked;
use crate::progress::{self, After};
use crate::store::{Encoding, Store};
use crate::{AppState, text};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(devices::router())
        .route("/progress/files", post(import_route).layer(DefaultBodyLimit::max(MAX_PROGRESS_BYTES)))
}

/// A course file of the current version of `slug`, signed with `keys`' active key; with
/// `images`, its images too.
pub async fn pack(store: &Store, keys: &Keyring, slug: &str, images: bool) -> Result<Vec<u8>, AppError> {
    let crate::store::CurrentVersion { json, published_at, .. } =
        store.current_version(slug).await?.ok_or(AppError::NotFound(text!("error-not-found-course")))?;
    let manifest: dala_wire::Manifest =
        serde_json::from_str(&json).map_err(|e| AppError::Internal(format!("stored manifest: {e}")))?;
    let mut blobs = Vec::new();
    for blob in manifest.blobs() {
        if blob.is_image() && !images {
            continue;
        }
        let bytes = store
            .read_blob(&blob.sha256, Encoding::Identity)
            .await?
            .ok_or_else(|| AppError::Internal(format!("blob {} of {slug} is not stored", blob.sha256)))?;
        blobs.push((blob.sha256.clone(), bytes));
    }
    Ok(dala_parcel::pack_course(json.as_bytes(), published_at, &blobs, keys.signing_key(), keys.active_kid()))
}

/// A progress file imported: whose it is, which device made it, and the sync's answer.
#[derive(Debug)]
pub struct Imported {
    pub user_id: String,
    pub device: devices::Device,
    pub contents: ProgressContents,
    pub answer: SyncResponse,
}

/// Opens a progress file, checks that the device key that signed it is registered to the
/// account it names and not ended, and stores its events. `may_import` sees the account first:
/// refusing stores nothing.
pub async fn import(
    state: &AppState,
    asked: &Asked,
    bytes: &[u8],
    may_import: impl AsyncFnOnce(&str) -> Result<bool, AppError>,
) -> Result<Imported, AppError> {
    let secrets = keys::secrets(&state.store).await?;
    let opened =
        dala_parcel::open_progress(bytes, &secrets).map_err(|e| AppError::BadRequest(refusal(&e)))?;
    let device = devices::find(&state.store, &opened.device)
        .await?
        .ok_or(AppError::BadRequest(text!("error-file-unknown-device")))?;
    if device.user_id != opened.contents.account {
        return Err(AppError::BadRequest(text!("error-file-other-account")));
    }
    if device.revoked_at.is_some() {
        return Err(AppError::BadRequest(text!("error-file-device-ended")));
    }
    if !may_import(&device.user_id).await? {
        return Err(AppError::Forbidden);
    }
    let contents = opened.contents;
    let after = After {
        certificates: contents.certificates_after,
        trust_etag: contents.trust_etag.as_deref(),
        messages: contents.messages_after,
    };
    let answer =
        progress::answer_events(state, &device.user_id, asked, contents.events.clone(), after).await?;
    Ok(Imported { user_id: device.user_id.clone(), device, contents, answer })
}

/// The return file of an imported progress file: the sync's answer, signed with the
/// installation's certificate key and sealed to the device.
pub fn return_file(imported: &Imported, keys: &Keyring, now_ms: i64) -> Vec<u8> {
    let contents = ReturnContents {
        account: imported.user_id.clone(),
        device: imported.device.id.clone(),
        file_id: imported.contents.file_id.clone(),
        made_at: now_ms,
        answer: imported.answer.clone(),
    };
    let mut entropy = [0u8; 32];
    OsRng.fill_bytes(&mut entropy);
    dala_parcel::seal_return(
        &contents,
        &imported.device.encryption_key,
        keys.signing_key(),
        keys.active_kid(),
        entropy,
    )
    .expect("a registered device key is a valid X25519 key")
}

/// Why a file was refused, in words.
pub fn refusal(error: &ParcelError) -> Text {
    match error.refusal() {
        Refusal::NotThisKind => text!("error-file-not-this-kind"),
        Refusal::Truncated => text!("error-file-truncated"),
        Refusal::TooLarge => text!("error-file-too-large"),
        Refusal::OtherInstallation => text!("error-file-other-installation"),
        Refusal::Altered => text!("error-file-altered"),
        Refusal::Damaged => text!("error-file-malformed"),
    }
}

/// `POST /api/v1/progress/files`: a trainer imports a learner's progress file at a connected
/// point (the body is the file) and gets her return file to carry back. Only a trainer or
/// administrator of an organization the learner belongs to may ([`may_carry`]).
async fn import_route(
    State(state): State<AppState>,
    user: AuthUser,
    asked: Asked,
    body: Bytes,
) -> Result<Json<ImportedProgress>, AppError> {
    let imported =
        import(&state, &asked, &body, async |learner: &str| may_carry(&state, &user, learner).await).await?;
    let file = return_file(&imported, &state.issuer.keys, state.clock.now() * 1000);
    Ok(Json(ImportedProgress {
        accepted: imported.answer.accepted.len(),
        rejected: imported.answer.rejected.len(),
        return_file: base64::engine::general_purpose::STANDARD.encode(file),
    }))
}

/// Whether `caller` may carry `learner`'s files: the superadmin, or a trainer or administrator
/// of an organization the learner is a member of. Anyone else learns nothing of whose file it is.
pub async fn may_carry(state: &AppState, caller: &AuthUser, learner: &str) -> Result<bool, AppError> {
    if caller.superadmin {
        return Ok(true);
    }
    let rows = sqlx::query(
        "SELECT mine.role FROM memberships mine JOIN memberships theirs \
         ON theirs.organization_id = mine.organization_id \
         WHERE mine.user_id = $1 AND theirs.user_id = $2",
    )
    .bind(&caller.user_id)
    .bind(learner)
    .fetch_all(state.store.pool())
    .await?;
    Ok(rows
        .iter()
        .filter_map(|row| Role::parse(&row.get::<String, _>("role")))
        .any(|role| matches!(role, Role::Trainer | Role::Administrator)))
}
