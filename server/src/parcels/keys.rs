//! The installation's X25519 keys (table `encryption_keys`, owned here): progress files are
//! sealed to the current one, published with the trust data. The first is made when it is first
//! needed; `dala keys rotate` adds a new current key and keeps the old ones' secrets, since a
//! device seals to the key it last heard of until its next sync.

use dala_parcel::InstallationSecret;
use rand_core::{OsRng, RngCore};
use sqlx::Row;

use crate::error::AppError;
use crate::store::Store;

/// Every secret, the current one first; makes the first if there is none.
pub async fn secrets(store: &Store) -> Result<Vec<InstallationSecret>, AppError> {
    let mut found = stored(store).await?;
    if found.is_empty() {
        insert(store, false).await?;
        found = stored(store).await?;
    }
    Ok(found)
}

/// The current public key, as the trust data publishes it: read from its column (every sync
/// asks, so nothing is derived here), made first if there is none.
pub async fn current_public(store: &Store) -> Result<String, AppError> {
    let read = || sqlx::query_scalar::<_, String>("SELECT public_key FROM encryption_keys WHERE active = 1");
    if let Some(public) = read().fetch_optional(store.pool()).await? {
        return Ok(public);
    }
    insert(store, false).await?;
    read().fetch_optional(store.pool()).await?.ok_or_else(|| AppError::Internal("no encryption key".into()))
}

/// Makes a new current key; the old ones stay, to open files sealed to them. Returns the new
/// public key.
pub async fn rotate(store: &Store) -> Result<String, AppError> {
    insert(store, true).await
}

async fn stored(store: &Store) -> Result<Vec<InstallationSecret>, AppError> {
    let rows = sqlx::query(
        "SELECT secret FROM encryption_keys \
         ORDER BY CASE WHEN active = 1 THEN 0 ELSE 1 END, created_at DESC, public_key",
    )
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|row| {
            let mut seed = [0u8; 32];
            hex::decode_to_slice(row.get::<String, _>("secret"), &mut seed)
                .map_err(|_| AppError::Internal("a stored encryption key is not 32 bytes of hex".into()))?;
            Ok(InstallationSecret::from_seed(&seed))
        })
        .collect()
}

/// Inserts a new key: as the current one (`replace`: the current one retired in the same
/// transaction), or only if there is no current key (two servers starting at once make one).
async fn insert(store: &Store, replace: bool) -> Result<String, AppError> {
    let mut seed = [0u8; 32];
    OsRng.fill_bytes(&mut seed);
    let public = hex::encode(InstallationSecret::from_seed(&seed).public());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let mut tx = store.begin_write().await?;
    if replace {
        sqlx::query("UPDATE encryption_keys SET active = NULL WHERE active = 1").execute(&mut *tx).await?;
    }
    sqlx::query(
        "INSERT INTO encryption_keys (public_key, secret, active, created_at) VALUES ($1, $2, 1, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(&public)
    .bind(hex::encode(seed))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(public)
}
