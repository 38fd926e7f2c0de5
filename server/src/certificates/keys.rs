//! The installation's signing keys: one active Ed25519 key that signs new certificates, and the
//! public halves of retired keys, which keep verifying the certificates they signed.
//!
//! The keys live in the database (table `signing_keys`, owned here), so every server of an
//! installation signs with the same key and a backup of the database holds them: the active
//! key with its private half, retired keys with their public half only. Rotating inserts a new
//! active key and, in the same transaction, drops the old key's private half: a retired key can
//! no longer sign. At most one key is active (a unique column), so two servers starting at once
//! on an empty database end with one key. Key ids are RFC 7638 thumbprints, so the same key
//! always has the same id.
//!
//! Installations from before kept the keys in a folder (`<kid>.private.jwk`, mode 0600, and
//! `<kid>.public.jwk` for retired keys); [`import_folder`] copies such a folder into the
//! database, once: a key already there (by id) is left as it is, so a key rotated since is never
//! made active again.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use dala_credential::{base64url, jwk};
use dala_wire::{Jwk, Jwks};
use ed25519_dalek::SigningKey;
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::store::Store;

const PRIVATE_SUFFIX: &str = ".private.jwk";
const PUBLIC_SUFFIX: &str = ".public.jwk";

/// The signing key and every published public key.
#[derive(Clone)]
pub struct Keyring {
    active: SigningKey,
    active_kid: String,
    jwks: Jwks,
}

impl std::fmt::Debug for Keyring {
    // Never print the private key, not even in a debug log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("active_kid", &self.active_kid)
            .field("keys", &self.jwks.keys.len())
            .finish()
    }
}

/// A private key file of the legacy keys folder: the public JWK plus `d`, the 32-byte seed
/// (RFC 8037 §2).
#[derive(Serialize, Deserialize)]
struct PrivateJwk {
    #[serde(flatten)]
    public: Jwk,
    d: String,
}

impl Keyring {
    /// A keyring with a new key that lives only in memory: for tests and tools that sign nothing
    /// lasting.
    pub fn ephemeral() -> Keyring {
        Keyring::with(random_key(), Vec::new())
    }

    fn with(active: SigningKey, retired: Vec<Jwk>) -> Keyring {
        let public = jwk(&active.verifying_key());
        let active_kid = public.kid.clone();
        let mut keys = vec![public];
        keys.extend(retired.into_iter().filter(|k| k.kid != active_kid));
        Keyring { active, active_kid, jwks: Jwks { keys } }
    }

    /// The key that signs new certificates.
    pub fn signing_key(&self) -> &SigningKey {
        &self.active
    }

    pub fn active_kid(&self) -> &str {
        &self.active_kid
    }

    /// Every public key, the active one first: what `/.well-known/jwks.json` publishes.
    pub fn jwks(&self) -> &Jwks {
        &self.jwks
    }

    /// Signs `payload` as a compact JWS with the active key.
    pub fn sign(&self, typ: &str, payload: &serde_json::Value) -> String {
        dala_credential::sign(&self.active, &self.active_kid, typ, payload)
    }

    /// Reads the installation's keys from the database. Fails if there is no active key.
    pub async fn load(store: &Store) -> anyhow::Result<Keyring> {
        let rows = sqlx::query(
            "SELECT kid, public_jwk, private_key, active FROM signing_keys ORDER BY created_at DESC, kid",
        )
        .fetch_all(store.pool())
        .await
        .context("could not read the signing keys")?;
        let mut active = None;
        let mut retired = Vec::new();
        for row in rows {
            let kid: String = row.get("kid");
            let public: Jwk = serde_json::from_str(&row.get::<String, _>("public_jwk"))
                .with_context(|| format!("the stored public key {kid} is not a JWK"))?;
            match row.get::<Option<String>, _>("private_key") {
                Some(d) if row.get::<Option<i64>, _>("active") == Some(1) => {
                    let key =
                        signing_key_from(&d).with_context(|| format!("the stored signing key {kid}"))?;
                    if jwk(&key.verifying_key()) != public {
                        bail!(
                            "the stored signing key {kid}: the public key does not belong to the private key"
                        );
                    }
                    active = Some(key);
                }
                _ => retired.push(public),
            }
        }
        let Some(active) = active else {
            bail!("no signing key in the database: run `dala keys generate` (or start `dala serve` once)")
        };
        Ok(Keyring::with(active, retired))
    }

    /// Reads the installation's keys, first copying in the legacy keys folder `legacy_dir` (if
    /// it holds keys the database lacks) and generating a key if there is none. Says whether it
    /// generated one. Safe for several servers starting at once: one key becomes active, and all
    /// read that one.
    pub async fn load_or_generate(store: &Store, legacy_dir: &Path) -> anyhow::Result<(Keyring, bool)> {
        let imported = import_folder(store, legacy_dir).await?;
        if imported > 0 {
            tracing::info!(keys = imported, dir = %legacy_dir.display(), "copied the signing keys of the keys folder into the database; the folder is no longer read");
        }
        let generated = insert_active(store, &random_key()).await?;
        Ok((Keyring::load(store).await?, generated))
    }
}

/// The public half of every stored key, the active one first. Servers of one installation read
/// this when they verify and publish, so a key another server (or `dala keys rotate`) added
/// since this one started verifies at once.
pub async fn stored_public_keys(store: &Store) -> sqlx::Result<Vec<Jwk>> {
    let rows = sqlx::query(
        "SELECT kid, public_jwk FROM signing_keys \
         ORDER BY CASE WHEN active = 1 THEN 0 ELSE 1 END, created_at DESC, kid",
    )
    .fetch_all(store.pool())
    .await?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            let parsed = serde_json::from_str(&row.get::<String, _>("public_jwk"));
            if parsed.is_err() {
                tracing::warn!(
                    kid = row.get::<String, _>("kid"),
                    "a stored public key is not a JWK: left out"
                );
            }
            parsed.ok()
        })
        .collect())
}

impl Keyring {
    /// This keyring's keys, then every other key in `stored` (by id): what this server
    /// publishes and verifies against.
    pub fn with_stored(&self, stored: Vec<Jwk>) -> Jwks {
        let mut keys = self.jwks.keys.clone();
        for key in stored {
            if !keys.iter().any(|k| k.kid == key.kid) {
                keys.push(key);
            }
        }
        Jwks { keys }
    }
}

/// Creates the first signing key; fails if there is one already (use [`rotate`]). Returns its id.
pub async fn generate(store: &Store) -> anyhow::Result<String> {
    let key = random_key();
    if !insert_active(store, &key).await? {
        bail!("the database already has a signing key: use `dala keys rotate` to replace it");
    }
    Ok(jwk(&key.verifying_key()).kid)
}

/// Replaces the signing key with a new one; the old key's public half stays published, its
/// private half is deleted. Returns the old and the new key id.
pub async fn rotate(store: &Store) -> anyhow::Result<(String, String)> {
    let key = random_key();
    let public = jwk(&key.verifying_key());
    let mut tx = store.begin_write().await?;
    let old_kid: String = sqlx::query_scalar("SELECT kid FROM signing_keys WHERE active = 1")
        .fetch_optional(&mut *tx)
        .await?
        .context("no signing key in the database: run `dala keys generate`")?;
    sqlx::query("UPDATE signing_keys SET active = NULL, private_key = NULL WHERE kid = $1")
        .bind(&old_kid)
        .execute(&mut *tx)
        .await?;
    insert_key(&mut tx, &public, Some(&base64url(key.as_bytes()))).await?;
    tx.commit().await.context("could not store the new signing key")?;
    Ok((old_kid, public.kid))
}

/// Copies a legacy keys folder into the database: its private key as the active key (or as a
/// retired one if the database has an active key already), its public keys as retired ones.
/// Keys the database holds (by id) are left as they are. Fails on a private key that others may
/// read. Returns how many keys were new; a missing folder has none.
pub async fn import_folder(store: &Store, dir: &Path) -> anyhow::Result<usize> {
    let (private, public) = key_files(dir)?;
    let mut imported = 0;
    for path in private {
        check_private_mode(&path)?;
        let text = fs::read_to_string(&path).with_context(|| format!("could not read {}", path.display()))?;
        let file: PrivateJwk = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a private JWK", path.display()))?;
        let key = signing_key_from(&file.d).with_context(|| path.display().to_string())?;
        if jwk(&key.verifying_key()) != file.public {
            bail!("{}: the public key does not belong to the private key", path.display());
        }
        if insert_active(store, &key).await? || insert_retired(store, &file.public).await? {
            imported += 1;
        }
    }
    for path in public {
        let text = fs::read_to_string(&path).with_context(|| format!("could not read {}", path.display()))?;
        let key: Jwk =
            serde_json::from_str(&text).with_context(|| format!("{} is not a JWK", path.display()))?;
        if insert_retired(store, &key).await? {
            imported += 1;
        }
    }
    Ok(imported)
}

/// Makes `key` the active key unless there is one (or this key is stored already). Returns
/// whether it did.
async fn insert_active(store: &Store, key: &SigningKey) -> anyhow::Result<bool> {
    let mut conn = store.pool().acquire().await?;
    insert_key(&mut conn, &jwk(&key.verifying_key()), Some(&base64url(key.as_bytes()))).await
}

/// Stores a retired key's public half unless stored. Returns whether it did.
async fn insert_retired(store: &Store, public: &Jwk) -> anyhow::Result<bool> {
    let mut conn = store.pool().acquire().await?;
    insert_key(&mut conn, public, None).await
}

/// Inserts a key, active if it has its private half. Either unique constraint (the id, the one
/// active key) makes it a no-op; returns whether it was inserted.
async fn insert_key(
    conn: &mut sqlx::AnyConnection,
    public: &Jwk,
    private: Option<&str>,
) -> anyhow::Result<bool> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let inserted = sqlx::query(
        "INSERT INTO signing_keys (kid, public_jwk, private_key, active, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT DO NOTHING",
    )
    .bind(&public.kid)
    .bind(serde_json::to_string(public).expect("a JWK serialises"))
    .bind(private)
    .bind(private.map(|_| 1i64))
    .bind(now)
    .execute(&mut *conn)
    .await
    .context("could not store a signing key")?;
    Ok(inserted.rows_affected() == 1)
}

fn signing_key_from(d: &str) -> anyhow::Result<SigningKey> {
    let seed: [u8; 32] = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, d)
        .ok()
        .and_then(|d| d.try_into().ok())
        .context("`d` is not a 32-byte Ed25519 seed")?;
    Ok(SigningKey::from_bytes(&seed))
}

fn random_key() -> SigningKey {
    let mut seed = [0u8; 32];
    OsRng.fill_bytes(&mut seed);
    SigningKey::from_bytes(&seed)
}

fn check_private_mode(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)
            .with_context(|| format!("could not read {}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            bail!(
                "{} may be read by other users (mode {:o}): run `chmod 600` on it",
                path.display(),
                mode & 0o777
            );
        }
    }
    Ok(())
}

/// The private and public key files of the folder (none if the folder does not exist).
fn key_files(dir: &Path) -> anyhow::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let (mut private, mut public) = (Vec::new(), Vec::new());
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((private, public)),
        Err(e) => return Err(e).with_context(|| format!("could not read the keys folder {}", dir.display())),
    };
    for entry in entries {
        let path = entry.with_context(|| format!("could not read the keys folder {}", dir.display()))?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.ends_with(PRIVATE_SUFFIX) {
            private.push(path);
        } else if name.ends_with(PUBLIC_SUFFIX) {
            public.push(path);
        }
    }
    private.sort();
    public.sort();
    Ok((private, public))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn store(dir: &Path) -> Store {
        Store::open(dir, None).await.unwrap()
    }

    /// Writes a keys folder as installations from before kept it: the active key and one
    /// retired key's public half. Returns their ids.
    fn legacy_folder(dir: &Path) -> (String, String) {
        use std::os::unix::fs::OpenOptionsExt;
        fs::create_dir_all(dir).unwrap();
        let (active, retired) = (random_key(), random_key());
        let public = jwk(&active.verifying_key());
        let file = PrivateJwk { public: public.clone(), d: base64url(active.as_bytes()) };
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true).mode(0o600);
        std::io::Write::write_all(
            &mut options.open(dir.join(format!("{}{PRIVATE_SUFFIX}", public.kid))).unwrap(),
            serde_json::to_string(&file).unwrap().as_bytes(),
        )
        .unwrap();
        let old = jwk(&retired.verifying_key());
        fs::write(dir.join(format!("{}{PUBLIC_SUFFIX}", old.kid)), serde_json::to_string(&old).unwrap())
            .unwrap();
        (public.kid, old.kid)
    }

    #[tokio::test]
    async fn generate_then_rotate_keeps_old_public_keys_and_drops_old_private_ones() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path()).await;
        assert!(Keyring::load(&store).await.unwrap_err().to_string().contains("dala keys generate"));
        let first = generate(&store).await.unwrap();
        assert!(generate(&store).await.unwrap_err().to_string().contains("rotate"));
        assert_eq!(Keyring::load(&store).await.unwrap().active_kid(), first);
        let (old, second) = rotate(&store).await.unwrap();
        assert_eq!(old, first);
        let (_, third) = rotate(&store).await.unwrap();
        let ring = Keyring::load(&store).await.unwrap();
        assert_eq!(ring.active_kid(), third);
        let kids: Vec<&str> = ring.jwks().keys.iter().map(|k| k.kid.as_str()).collect();
        assert_eq!((kids.len(), kids[0]), (3, third.as_str()), "the active key first");
        assert!(kids.contains(&first.as_str()) && kids.contains(&second.as_str()));
        // Only the active key keeps a private half; no published key carries one.
        let private: Vec<String> =
            sqlx::query_scalar("SELECT kid FROM signing_keys WHERE private_key IS NOT NULL")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(private, [third]);
        assert!(!serde_json::to_string(ring.jwks()).unwrap().contains("\"d\""));
    }

    #[tokio::test]
    async fn load_or_generate_makes_a_key_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path()).await;
        let (first, made) = Keyring::load_or_generate(&store, &dir.path().join("keys")).await.unwrap();
        assert!(made);
        let (again, made) = Keyring::load_or_generate(&store, &dir.path().join("keys")).await.unwrap();
        assert!(!made);
        assert_eq!(first.active_kid(), again.active_kid());
        // The same seed signs the same bytes the same way (Ed25519 is deterministic).
        let payload = serde_json::json!({ "a": 1 });
        assert_eq!(first.sign("x", &payload), again.sign("x", &payload));
    }

    #[tokio::test]
    async fn a_legacy_keys_folder_is_imported_once_and_a_rotated_key_stays_retired() {
        let dir = tempfile::tempdir().unwrap();
        let (active, retired) = legacy_folder(&dir.path().join("keys"));
        let store = store(dir.path()).await;
        let (ring, made) = Keyring::load_or_generate(&store, &dir.path().join("keys")).await.unwrap();
        assert!(!made, "the folder's key is the active one");
        assert_eq!(ring.active_kid(), active);
        assert!(ring.jwks().keys.iter().any(|k| k.kid == retired));
        assert_eq!(import_folder(&store, &dir.path().join("keys")).await.unwrap(), 0, "once");
        let (_, new) = rotate(&store).await.unwrap();
        // The folder still holds the old private key: starting again does not revive it.
        let (ring, _) = Keyring::load_or_generate(&store, &dir.path().join("keys")).await.unwrap();
        assert_eq!(ring.active_kid(), new);
        assert_eq!(ring.jwks().keys.len(), 3);
    }

    #[tokio::test]
    async fn a_legacy_private_key_readable_by_others_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (kid, _) = legacy_folder(&dir.path().join("keys"));
        let private = dir.path().join("keys").join(format!("{kid}{PRIVATE_SUFFIX}"));
        fs::set_permissions(&private, fs::Permissions::from_mode(0o644)).unwrap();
        let store = store(dir.path()).await;
        let error =
            Keyring::load_or_generate(&store, &dir.path().join("keys")).await.unwrap_err().to_string();
        assert!(error.contains("chmod 600"), "{error}");
    }
}
