//! The installation's signing keys: one active Ed25519 key that signs new certificates, and the
//! public halves of retired keys, which keep verifying the certificates they signed.
//!
//! The keys folder holds `<kid>.private.jwk` (the active key, mode 0600, exactly one) and any
//! number of `<kid>.public.jwk` (retired keys). Rotating writes a new private key, keeps only the
//! public half of the old one, and deletes the old private key: a retired key can no longer sign.
//! Key ids are RFC 7638 thumbprints, so the same key always has the same id.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use dala_credential::{base64url, jwk};
use dala_wire::{Jwk, Jwks};
use ed25519_dalek::SigningKey;
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};

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

/// A private key file: the public JWK plus `d`, the 32-byte seed (RFC 8037 §2).
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

    /// Reads the keys folder. Fails if it has no private key, more than one, or a private key
    /// that others may read.
    pub fn load(dir: &Path) -> anyhow::Result<Keyring> {
        let (private, public) = key_files(dir)?;
        let path = match private.as_slice() {
            [path] => path,
            [] => bail!("no signing key in {}: run `dala keys generate`", dir.display()),
            _ => bail!("more than one private key in {}: keep only the active one", dir.display()),
        };
        check_private_mode(path)?;
        let text = fs::read_to_string(path).with_context(|| format!("could not read {}", path.display()))?;
        let file: PrivateJwk = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a private JWK", path.display()))?;
        let seed: [u8; 32] =
            base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &file.d)
                .ok()
                .and_then(|d| d.try_into().ok())
                .with_context(|| format!("{}: `d` is not a 32-byte Ed25519 seed", path.display()))?;
        let active = SigningKey::from_bytes(&seed);
        if jwk(&active.verifying_key()) != file.public {
            bail!("{}: the public key does not belong to the private key", path.display());
        }
        let mut retired = Vec::new();
        for path in public {
            let text =
                fs::read_to_string(&path).with_context(|| format!("could not read {}", path.display()))?;
            let key: Jwk =
                serde_json::from_str(&text).with_context(|| format!("{} is not a JWK", path.display()))?;
            retired.push(key);
        }
        // A stable order, whatever the file system lists first.
        retired.sort_by(|a, b| a.kid.cmp(&b.kid));
        Ok(Keyring::with(active, retired))
    }

    /// Reads the keys folder, first generating a key if it has none. Says whether it generated.
    pub fn load_or_generate(dir: &Path) -> anyhow::Result<(Keyring, bool)> {
        let (private, _) = key_files(dir)?;
        if private.is_empty() {
            generate(dir)?;
            return Ok((Keyring::load(dir)?, true));
        }
        Ok((Keyring::load(dir)?, false))
    }
}

/// Creates the first signing key; fails if there is one already (use [`rotate`]). Returns its id.
pub fn generate(dir: &Path) -> anyhow::Result<String> {
    let (private, _) = key_files(dir)?;
    if !private.is_empty() {
        bail!("{} already has a signing key: use `dala keys rotate` to replace it", dir.display());
    }
    write_private(dir, &random_key())
}

/// Replaces the signing key with a new one; the old key's public half stays published.
/// Returns the old and the new key id.
pub fn rotate(dir: &Path) -> anyhow::Result<(String, String)> {
    let old = Keyring::load(dir)?;
    let old_kid = old.active_kid.clone();
    let new_kid = write_private(dir, &random_key())?;
    // The public half first: at no moment is the old key's certificates' key unpublished.
    let public = serde_json::to_string_pretty(&old.jwks.keys[0]).expect("a JWK serialises");
    write_new(&dir.join(format!("{old_kid}{PUBLIC_SUFFIX}")), public.as_bytes(), 0o644)?;
    let old_private = dir.join(format!("{old_kid}{PRIVATE_SUFFIX}"));
    fs::remove_file(&old_private).with_context(|| format!("could not delete {}", old_private.display()))?;
    Ok((old_kid, new_kid))
}

fn random_key() -> SigningKey {
    let mut seed = [0u8; 32];
    OsRng.fill_bytes(&mut seed);
    SigningKey::from_bytes(&seed)
}

fn write_private(dir: &Path, key: &SigningKey) -> anyhow::Result<String> {
    create_dir(dir)?;
    let public = jwk(&key.verifying_key());
    let kid = public.kid.clone();
    let file = PrivateJwk { public, d: base64url(key.as_bytes()) };
    let text = serde_json::to_string_pretty(&file).expect("a JWK serialises");
    write_new(&dir.join(format!("{kid}{PRIVATE_SUFFIX}")), text.as_bytes(), 0o600)?;
    Ok(kid)
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("could not create the keys folder {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .with_context(|| format!("could not restrict {}", dir.display()))?;
    }
    Ok(())
}

/// Writes a file that must not exist yet, created with `mode` (so a private key is never
/// readable by others, not even for a moment), and flushed to disk.
fn write_new(path: &Path, bytes: &[u8], mode: u32) -> anyhow::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(path).with_context(|| format!("could not create {}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("could not write {}", path.display()))
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
    Ok((private, public))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generate_then_rotate_keeps_old_public_keys_and_drops_old_private_ones() {
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("keys");
        assert!(Keyring::load(&keys).unwrap_err().to_string().contains("dala keys generate"));
        let first = generate(&keys).unwrap();
        assert!(generate(&keys).unwrap_err().to_string().contains("rotate"));
        let ring = Keyring::load(&keys).unwrap();
        assert_eq!(ring.active_kid(), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let private = keys.join(format!("{first}{PRIVATE_SUFFIX}"));
            assert_eq!(fs::metadata(&private).unwrap().permissions().mode() & 0o777, 0o600);
            assert_eq!(fs::metadata(&keys).unwrap().permissions().mode() & 0o777, 0o700);
        }
        let (old, second) = rotate(&keys).unwrap();
        assert_eq!(old, first);
        let (_, third) = rotate(&keys).unwrap();
        let ring = Keyring::load(&keys).unwrap();
        assert_eq!(ring.active_kid(), third);
        let kids: Vec<&str> = ring.jwks().keys.iter().map(|k| k.kid.as_str()).collect();
        assert_eq!(kids.len(), 3);
        assert_eq!(kids[0], third);
        assert!(kids.contains(&first.as_str()) && kids.contains(&second.as_str()));
        let (private, public) = key_files(&keys).unwrap();
        assert_eq!((private.len(), public.len()), (1, 2));
        // No published key carries a private part.
        for path in public {
            assert!(!fs::read_to_string(path).unwrap().contains("\"d\""));
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_private_key_readable_by_others_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let kid = generate(dir.path()).unwrap();
        let private = dir.path().join(format!("{kid}{PRIVATE_SUFFIX}"));
        fs::set_permissions(&private, fs::Permissions::from_mode(0o644)).unwrap();
        let error = Keyring::load(dir.path()).unwrap_err().to_string();
        assert!(error.contains("chmod 600"), "{error}");
    }

    #[test]
    fn load_or_generate_makes_a_key_once() {
        let dir = tempfile::tempdir().unwrap();
        let (first, made) = Keyring::load_or_generate(dir.path()).unwrap();
        assert!(made);
        let (again, made) = Keyring::load_or_generate(dir.path()).unwrap();
        assert!(!made);
        assert_eq!(first.active_kid(), again.active_kid());
        // The same seed signs the same bytes the same way (Ed25519 is deterministic).
        let payload = serde_json::json!({ "a": 1 });
        assert_eq!(first.sign("x", &payload), again.sign("x", &payload));
    }
}
