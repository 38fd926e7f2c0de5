//! Learners' device keys (table `device_keys`, owned here). A device makes a key pair for the
//! account signed in on it and registers it (`POST /api/v1/devices`): the Ed25519 half signs the
//! progress files it exports, the X25519 half is what return files are sealed to. Ending an
//! account's sessions ends its device keys ([`revoke_all_in`]).

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use dala_wire::DeviceKeys;
use sqlx::Row;

use crate::accounts::AuthUser;
use crate::error::{ApiJson, AppError};
use crate::store::Store;
use crate::{AppState, text};

/// Device keys an account keeps at once: each sign-in makes one, and the oldest beyond these end.
pub const KEPT_PER_ACCOUNT: i64 = 20;

pub fn router() -> Router<AppState> {
    Router::new().route("/devices", post(register))
}

/// A registered device key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub user_id: String,
    pub encryption_key: [u8; 32],
    pub revoked_at: Option<i64>,
}

/// `POST /api/v1/devices`: registers the device's keys for the signed-in account. Registering
/// the same keys again is harmless; keys another account registered, or that were ended, are a
/// 409.
async fn register(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(keys): ApiJson<DeviceKeys>,
) -> Result<StatusCode, AppError> {
    let signing = key_bytes(&keys.signing_key)?;
    if ed25519_dalek::VerifyingKey::from_bytes(&signing).is_err() {
        return Err(AppError::BadRequest(text!("error-device-key-invalid")));
    }
    key_bytes(&keys.encryption_key)?;
    let id = hex::encode(signing);
    let now = state.clock.now();
    let mut tx = state.store.begin_write().await?;
    sqlx::query(
        "INSERT INTO device_keys (id, user_id, encryption_key, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(&id)
    .bind(&user.user_id)
    .bind(keys.encryption_key.to_ascii_lowercase())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let row = sqlx::query("SELECT user_id, encryption_key, revoked_at FROM device_keys WHERE id = $1")
        .bind(&id)
        .fetch_one(&mut *tx)
        .await?;
    if row.get::<String, _>("user_id") != user.user_id
        || row.get::<String, _>("encryption_key") != keys.encryption_key.to_ascii_lowercase()
        || row.get::<Option<i64>, _>("revoked_at").is_some()
    {
        return Err(AppError::Conflict(text!("error-device-key-taken")));
    }
    // The oldest keys beyond the kept number end.
    sqlx::query(
        "UPDATE device_keys SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL AND id NOT IN \
         (SELECT id FROM device_keys WHERE user_id = $2 AND revoked_at IS NULL \
          ORDER BY created_at DESC, id LIMIT $3)",
    )
    .bind(now)
    .bind(&user.user_id)
    .bind(KEPT_PER_ACCOUNT)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

fn key_bytes(hex_key: &str) -> Result<[u8; 32], AppError> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(hex_key, &mut bytes)
        .map_err(|_| AppError::BadRequest(text!("error-device-key-invalid")))?;
    Ok(bytes)
}

/// The device key `id` (the Ed25519 key in hex), ended or not.
pub async fn find(store: &Store, id: &str) -> Result<Option<Device>, AppError> {
    let row = sqlx::query("SELECT user_id, encryption_key, revoked_at FROM device_keys WHERE id = $1")
        .bind(id)
        .fetch_optional(store.pool())
        .await?;
    row.map(|row| {
        let mut encryption_key = [0u8; 32];
        hex::decode_to_slice(row.get::<String, _>("encryption_key"), &mut encryption_key)
            .map_err(|_| AppError::Internal("a stored device key is not 32 bytes of hex".into()))?;
        Ok(Device {
            id: id.to_owned(),
            user_id: row.get("user_id"),
            encryption_key,
            revoked_at: row.get("revoked_at"),
        })
    })
    .transpose()
}

/// Ends every device key of an account, with its sessions.
pub async fn revoke_all_in(conn: &mut sqlx::AnyConnection, now: i64, user_id: &str) -> Result<u64, AppError> {
    let done =
        sqlx::query("UPDATE device_keys SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(user_id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected())
}
