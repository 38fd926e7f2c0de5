//! Certificates of completion: issued when sync records a completed course, signed as Open
//! Badges 3.0 VC-JWTs (EdDSA), revocable by administrators, and verifiable by anyone: online
//! here, offline with the published keys and revocation lists.
//!
//! Privacy: there is no public list of certificates or learners. Verifying answers only about
//! the credential presented; the QR code's address carries a secret key beside the id, and a
//! wrong key answers exactly like an unknown id.

pub mod keys;
pub mod pdf;

use crate::text;
use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dala_credential::{STATUS_LIST_ENTRIES, StatusList};
use dala_wire::{
    CertificateRecord, IssuedCertificate, Manifest, QrModules, Revocation, RevokeCertificate, Role,
    SharedCertificate, Trust, Verification, VerificationStatus, VerifyRequest,
};
use rand_core::{OsRng, RngCore};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::Row;
use tower_http::compression::CompressionLayer;

use crate::DYNAMIC_COMPRESSION;

use crate::AppState;
use crate::accounts::AuthUser;
use crate::error::{ApiJson, AppError};
use crate::i18n::Messages;
use crate::organizations::holds_role;
pub use keys::Keyring;

/// Who issues this installation's certificates.
#[derive(Debug, Clone)]
pub struct Issuer {
    /// Shown on certificates, such as `CSO Web Academy`.
    pub name: String,
    /// The installation's public address without a trailing slash: the issuer's id, and the
    /// base of every address in a certificate.
    pub url: String,
    pub keys: Keyring,
}

impl Issuer {
    fn status_list_url(&self, list: i64) -> String {
        format!("{}/credentials/status/{list}", self.url)
    }

    fn verify_url(&self, uuid: &str, access_key: &str) -> String {
        format!("{}/verify?c={uuid}&k={access_key}", self.url)
    }

    fn wallet_url(&self, uuid: &str, access_key: &str) -> String {
        format!("{}/api/v1/certificates/{uuid}/wallet?key={access_key}", self.url)
    }
}

/// Routes under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        // Used by anyone verifying a certificate, signed in or not.
        .route("/verify", post(verify_certificate))
        .route("/trust", get(get_trust))
        .route("/certificates/{id}", get(get_shared_certificate))
        .route("/certificates/{id}/wallet", get(get_wallet_form))
        // Used by the learner's client.
        .route("/certificates", get(list_my_certificates))
        .route("/certificates/{id}/pdf", get(get_certificate_pdf))
        // Used by administrators.
        .route("/certificates/{id}/revocation", post(revoke_certificate))
        .route("/organizations/{organization_id}/certificates", get(list_organization_certificates))
        .layer(CompressionLayer::new().quality(DYNAMIC_COMPRESSION))
}

/// Routes at fixed, well-known addresses outside the API: verifiers of any software fetch
/// these by the URLs certificates name.
pub fn public_router() -> Router<AppState> {
    Router::new()
        .route("/.well-known/jwks.json", get(get_jwks))
        // The issuer's `did:web`: at the origin's root, or under a public URL's path (where a
        // reverse proxy hands the server the rest of the path).
        .route("/.well-known/did.json", get(get_did_document))
        .route("/did.json", get(get_did_document))
        .route("/credentials/status/{list}", get(get_status_list))
}

/// The id of a certificate without its `urn:uuid:` prefix, as URLs carry it.
fn uuid_of(id: &str) -> &str {
    id.strip_prefix("urn:uuid:").unwrap_or(id)
}

/// A random version 4 UUID (RFC 9562 §5.4).
fn new_uuid() -> String {
    let mut b = [0u8; 16];
    OsRng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
}

/// Issues a certificate for each course in `completed` (slug, manifest SHA-256, manifest) that
/// the learner has none for in that version. Called by sync after it stored a batch.
pub async fn issue_for_completions(
    state: &AppState,
    user_id: &str,
    completed: &[(String, String, Manifest)],
) -> Result<(), AppError> {
    if completed.is_empty() {
        return Ok(());
    }
    let held: Vec<(String, String)> =
        sqlx::query("SELECT course, course_version FROM certificates WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(state.store.pool())
            .await?
            .into_iter()
            .map(|row| (row.get("course"), row.get("course_version")))
            .collect();
    for (slug, version, manifest) in completed {
        if !held.iter().any(|(c, v)| c == slug && v == version) {
            issue(state, user_id, slug, version, manifest).await?;
        }
    }
    Ok(())
}

/// Issues one certificate. A certificate issued meanwhile by a concurrent sync wins; this one is
/// then dropped (the unique constraints make issuance idempotent).
pub async fn issue(
    state: &AppState,
    user_id: &str,
    slug: &str,
    version: &str,
    manifest: &Manifest,
) -> Result<(), AppError> {
    let pool = state.store.pool();
    let learner: String = sqlx::query_scalar("SELECT display_name FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    // The organization that enrolled the learner, else one they belong to: its administrators
    // may revoke the certificate.
    let enrolled_by: Option<Option<String>> =
        sqlx::query_scalar("SELECT organization_id FROM enrollments WHERE user_id = $1 AND course = $2")
            .bind(user_id)
            .bind(slug)
            .fetch_optional(pool)
            .await?;
    let organization =
        match enrolled_by.flatten() {
            Some(organization) => Some(organization),
            None => sqlx::query_scalar(
                "SELECT organization_id FROM memberships WHERE user_id = $1 ORDER BY organization_id LIMIT 1",
            )
            .bind(user_id)
            .fetch_optional(pool)
            .await?,
        };
    let number: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM certificates WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
    let (list, index) = free_status_entry(state).await?;
    let uuid = new_uuid();
    let id = format!("urn:uuid:{uuid}");
    let mut key = [0u8; 16];
    OsRng.fill_bytes(&mut key);
    let access_key = dala_credential::base64url(&key);
    let now = state.clock.now();
    let issuer = &state.issuer;
    let list_url = issuer.status_list_url(list);
    let criteria = Messages::for_language(&manifest.language)
        .text("certificate-criteria", &[("version", manifest.version.clone().into())]);
    let achievement_id = format!("{}/courses/{slug}", issuer.url);
    let payload = dala_credential::credential(&dala_credential::NewCredential {
        id: &id,
        issuer_url: &issuer.url,
        issuer_name: &issuer.name,
        learner: &learner,
        achievement_id: &achievement_id,
        course_title: &manifest.title,
        course_summary: &manifest.summary,
        criteria: &criteria,
        issued_at: now,
        status: Some((&list_url, index as usize)),
    });
    let jwt = issuer.keys.sign("vc+jwt", &payload);
    let wallet = wallet_form(state, payload).await?;
    let inserted = sqlx::query(
        "INSERT INTO certificates (id, user_id, number, course, course_version, course_title, organization_id, \
         issued_at, key_id, jwt, status_list, status_index, access_key, wallet) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING",
    )
    .bind(&id)
    .bind(user_id)
    .bind(number)
    .bind(slug)
    .bind(version)
    .bind(&manifest.title)
    .bind(organization)
    .bind(now)
    .bind(issuer.keys.active_kid())
    .bind(&jwt)
    .bind(list)
    .bind(index)
    .bind(&access_key)
    .bind(&wallet)
    .execute(pool)
    .await?;
    if inserted.rows_affected() == 1 {
        tracing::info!(course = slug, "certificate issued");
    }
    Ok(())
}

/// The installation's `did:web`, the issuer of the Data Integrity form.
fn did(issuer: &Issuer) -> Result<String, AppError> {
    dala_badge::did_web(&issuer.url)
        .ok_or_else(|| AppError::Internal(format!("the public URL {} is not http(s)", issuer.url)))
}

/// The Data Integrity form (`dala_badge`) of a VC-JWT payload, a certificate's or a revocation
/// list's, signed now with the active key (on the work pool: canonicalization computes for
/// milliseconds), as JSON text.
async fn wallet_form(state: &AppState, payload: serde_json::Value) -> Result<String, AppError> {
    let issuer = Arc::clone(&state.issuer);
    let did = did(&issuer)?;
    state
        .work
        .run(move || {
            let created =
                payload["validFrom"].as_str().map_or_else(|| dala_credential::rfc3339(0), str::to_owned);
            let unsecured = dala_badge::from_jwt_payload(&payload, &did);
            let method = dala_badge::verification_method(&did, issuer.keys.active_kid());
            dala_badge::sign(&unsecured, issuer.keys.signing_key(), &method, &created)
                .map(|secured| secured.to_string())
                .map_err(|e| AppError::Internal(format!("the wallet form could not be signed: {e}")))
        })
        .await?
}

/// A random unused entry in a revocation list. A list is filled to half at most, so a random
/// pick is free at the first or second try; then the next list starts.
async fn free_status_entry(state: &AppState) -> Result<(i64, i64), AppError> {
    let issued: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM certificates").fetch_one(state.store.pool()).await?;
    let list = 1 + issued / (STATUS_LIST_ENTRIES as i64 / 2);
    create_status_list(state, list).await?;
    for _ in 0..64 {
        let index = i64::from(OsRng.next_u32() % STATUS_LIST_ENTRIES as u32);
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM certificates WHERE status_list = $1 AND status_index = $2")
                .bind(list)
                .bind(index)
                .fetch_optional(state.store.pool())
                .await?;
        if taken.is_none() {
            return Ok((list, index));
        }
    }
    Err(AppError::Internal(format!("no free entry found in revocation list {list}")))
}

async fn create_status_list(state: &AppState, list: i64) -> Result<(), AppError> {
    sqlx::query("INSERT INTO status_lists (list, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(list)
        .bind(state.clock.now())
        .execute(state.store.pool())
        .await?;
    Ok(())
}

/// The learner's certificates after `after` (by number), oldest first. A certificate issued
/// before the wallet form existed gets it now, once.
pub async fn certificates_after(
    state: &AppState,
    user_id: &str,
    after: u64,
) -> Result<Vec<IssuedCertificate>, AppError> {
    let rows = sqlx::query(
        "SELECT id, number, course, jwt, access_key, wallet FROM certificates WHERE user_id = $1 AND number > $2 \
         ORDER BY number",
    )
    .bind(user_id)
    .bind(i64::try_from(after).unwrap_or(i64::MAX))
    .fetch_all(state.store.pool())
    .await?;
    let mut certificates = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.get("id");
        let jwt: String = row.get("jwt");
        let wallet = match row.get::<Option<String>, _>("wallet") {
            Some(wallet) => wallet,
            None => backfill_wallet_form(state, &id, &jwt).await?,
        };
        let access_key: String = row.get("access_key");
        let wallet_url = state.issuer.wallet_url(uuid_of(&id), &access_key);
        certificates.push(IssuedCertificate {
            number: row.get::<i64, _>("number") as u64,
            course: row.get("course"),
            verify_url: state.issuer.verify_url(uuid_of(&id), &access_key),
            wallet_qr: QrModules::encode(&wallet_url),
            wallet_url,
            jwt,
            wallet,
            id,
        });
    }
    Ok(certificates)
}

/// Derives and keeps the wallet form of a certificate issued before it existed. A concurrent
/// reader's form, if it got there first, is the one kept and answered.
async fn backfill_wallet_form(state: &AppState, id: &str, jwt: &str) -> Result<String, AppError> {
    let payload = dala_credential::Jws::parse(jwt)
        .map_err(|_| AppError::Internal("a stored certificate is not a JWT".into()))?
        .payload;
    let wallet = wallet_form(state, payload).await?;
    sqlx::query("UPDATE certificates SET wallet = $1 WHERE id = $2 AND wallet IS NULL")
        .bind(&wallet)
        .bind(id)
        .execute(state.store.pool())
        .await?;
    Ok(sqlx::query_scalar("SELECT wallet FROM certificates WHERE id = $1")
        .bind(id)
        .fetch_one(state.store.pool())
        .await?)
}

/// The revocation data of every list: per list, when it was created and which entries are
/// revoked when.
async fn revocation_data(state: &AppState) -> Result<BTreeMap<i64, (i64, Vec<(i64, i64)>)>, AppError> {
    let mut lists: BTreeMap<i64, (i64, Vec<(i64, i64)>)> = BTreeMap::new();
    let read = || sqlx::query("SELECT list, created_at FROM status_lists").fetch_all(state.store.pool());
    let mut rows = read().await?;
    if rows.is_empty() {
        // The first list exists from the start, so a device can hold it before any certificate.
        create_status_list(state, 1).await?;
        rows = read().await?;
    }
    for row in rows {
        lists.insert(row.get("list"), (row.get("created_at"), Vec::new()));
    }
    for row in sqlx::query(
        "SELECT status_list, status_index, revoked_at FROM certificates WHERE revoked_at IS NOT NULL \
         ORDER BY status_list, status_index",
    )
    .fetch_all(state.store.pool())
    .await?
    {
        if let Some((_, revoked)) = lists.get_mut(&row.get::<i64, _>("status_list")) {
            revoked.push((row.get("status_index"), row.get("revoked_at")));
        }
    }
    Ok(lists)
}

/// A list's bitstring and its last change (`validFrom`): its creation or latest revocation.
fn status_bits(created: i64, revoked: &[(i64, i64)]) -> (Vec<u8>, i64) {
    let mut bits = vec![0u8; STATUS_LIST_ENTRIES / 8];
    for &(index, _) in revoked {
        dala_credential::set_bit(&mut bits, index as usize);
    }
    (bits, revoked.iter().map(|&(_, at)| at).max().unwrap_or(created).max(created))
}

/// The signed revocation list `list`: a `BitstringStatusListCredential`. Ed25519 signatures are
/// deterministic, so the same data gives the same JWT.
fn status_list_jwt(issuer: &Issuer, list: i64, created: i64, revoked: &[(i64, i64)]) -> String {
    let (bits, changed) = status_bits(created, revoked);
    let payload =
        dala_credential::status_list_credential(&issuer.status_list_url(list), &issuer.url, changed, &bits);
    issuer.keys.sign("vc+jwt", &payload)
}

/// Every public key of the installation: this server's keyring and the keys stored since it
/// started (another server's first key, a rotation), read from the database each time.
async fn published_keys(state: &AppState) -> Result<dala_wire::Jwks, AppError> {
    Ok(state.issuer.keys.with_stored(keys::stored_public_keys(&state.store).await?))
}

/// The issuer's keys and revocation lists as a device keeps them; `None` if `held_etag` is
/// already current (nothing is signed then).
pub async fn trust_unless(state: &AppState, held_etag: Option<&str>) -> Result<Option<Trust>, AppError> {
    let data = revocation_data(state).await?;
    let jwks = &published_keys(state).await?;
    let encryption_key = crate::parcels::keys::current_public(&state.store).await?;
    let mut hash = Sha256::new();
    hash.update(serde_json::to_vec(jwks).expect("a JWKS serialises"));
    hash.update(serde_json::to_vec(&data).expect("numbers serialise"));
    hash.update(encryption_key.as_bytes());
    let etag = hex::encode(&hash.finalize()[..12]);
    if held_etag == Some(etag.as_str()) {
        return Ok(None);
    }
    let status_lists = data
        .iter()
        .map(|(&list, (created, revoked))| status_list_jwt(&state.issuer, list, *created, revoked))
        .collect();
    Ok(Some(Trust {
        etag,
        issuer: state.issuer.url.clone(),
        jwks: jwks.clone(),
        status_lists,
        encryption_key,
    }))
}

/// The current trust data, always.
pub async fn trust(state: &AppState) -> Result<Trust, AppError> {
    Ok(trust_unless(state, None).await?.expect("no etag held"))
}

/// `GET /.well-known/jwks.json`: every public key the issuer signs or signed with.
async fn get_jwks(State(state): State<AppState>) -> Result<Response, AppError> {
    let jwks = published_keys(&state).await?;
    Ok(([(header::CACHE_CONTROL, "public, max-age=300")], Json(jwks)).into_response())
}

/// `GET /.well-known/did.json`: the issuer's DID document (`did:web` of the public URL), every
/// key it signs or signed with as a Multikey assertion method, so verifiers of the Data
/// Integrity form (`dala_badge`) find the key a certificate names.
async fn get_did_document(State(state): State<AppState>) -> Result<Response, AppError> {
    let did = did(&state.issuer)?;
    let keys: Vec<(String, ed25519_dalek::VerifyingKey)> = published_keys(&state)
        .await?
        .keys
        .iter()
        .filter_map(|jwk| Some((jwk.kid.clone(), dala_credential::verifying_key(jwk)?)))
        .collect();
    let document = dala_badge::did_document(&did, &keys);
    Ok(([(header::CACHE_CONTROL, "public, max-age=300")], Json(document)).into_response())
}

/// `GET /credentials/status/{list}`: a signed revocation list, as certificates name it
/// ([Bitstring Status List §3.2](https://www.w3.org/TR/vc-bitstring-status-list/)): a VC-JWT, or,
/// for a verifier that asks for JSON-LD (`Accept`), the same list with a Data Integrity proof,
/// as wallets check the JSON-LD form of a certificate. Both name the same URL, so a certificate
/// in either form names one list.
async fn get_status_list(
    State(state): State<AppState>,
    Path(list): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let list: i64 = list.parse().map_err(|_| AppError::NotFound(text!("error-not-found-revocation-list")))?;
    let data = revocation_data(&state).await?;
    let (created, revoked) =
        data.get(&list).ok_or(AppError::NotFound(text!("error-not-found-revocation-list")))?;
    let vary = (header::VARY, "Accept");
    let no_cache = (header::CACHE_CONTROL, "no-cache");
    if wants_json_ld(&headers) {
        let (bits, changed) = status_bits(*created, revoked);
        let payload = dala_credential::status_list_credential(
            &state.issuer.status_list_url(list),
            &state.issuer.url,
            changed,
            &bits,
        );
        let secured = signed_list_json_ld(&state, payload).await?;
        return Ok(
            ([(header::CONTENT_TYPE, dala_badge::MEDIA_TYPE), no_cache, vary], secured).into_response()
        );
    }
    let jwt = status_list_jwt(&state.issuer, list, *created, revoked);
    Ok(([(header::CONTENT_TYPE, dala_credential::MEDIA_TYPE), no_cache, vary], jwt).into_response())
}

/// The JSON-LD revocation list with its Data Integrity proof, signed once per content and key.
/// Signing canonicalizes two RDF graphs (milliseconds of a core) and the list is public, so
/// anonymous requests would otherwise make the work pool sign the same bytes again and again.
/// The proof is deterministic (Ed25519, `created` the list's `validFrom`), so the answer is a
/// function of the payload, the DID and the active key: those are the cache's key, and a
/// revocation or a rotation signs afresh. The cache holds the last few lists (a list changes
/// only when a certificate in it is revoked).
async fn signed_list_json_ld(state: &AppState, payload: serde_json::Value) -> Result<String, AppError> {
    static SIGNED: std::sync::Mutex<BTreeMap<[u8; 32], String>> = std::sync::Mutex::new(BTreeMap::new());
    const KEPT: usize = 64;
    let mut hash = Sha256::new();
    hash.update(did(&state.issuer)?.as_bytes());
    hash.update([0]);
    hash.update(state.issuer.keys.signing_key().verifying_key().as_bytes());
    hash.update(state.issuer.keys.active_kid().as_bytes());
    hash.update([0]);
    hash.update(serde_json::to_vec(&payload).expect("JSON serialises"));
    let key: [u8; 32] = hash.finalize().into();
    if let Some(secured) = SIGNED.lock().expect("not poisoned").get(&key) {
        return Ok(secured.clone());
    }
    let secured = wallet_form(state, payload).await?;
    let mut signed = SIGNED.lock().expect("not poisoned");
    if signed.len() >= KEPT {
        signed.clear();
    }
    signed.insert(key, secured.clone());
    Ok(secured)
}

/// Whether a request's `Accept` names a JSON-LD media type (`application/vc`, `application/ld+json`,
/// `application/json`…) and not the JWT's: the JWT stays the answer to anything else.
fn wants_json_ld(headers: &axum::http::HeaderMap) -> bool {
    let accept =
        headers.get_all(header::ACCEPT).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
    let types: Vec<String> = accept
        .split(',')
        .map(|part| part.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
        .collect();
    let json_ld = ["application/vc", "application/vc+ld+json", "application/ld+json", "application/json"];
    !types.iter().any(|t| t == dala_credential::MEDIA_TYPE)
        && types.iter().any(|t| json_ld.contains(&t.as_str()))
}

/// `GET /api/v1/trust`: keys and revocation lists at once, for a device to keep.
async fn get_trust(State(state): State<AppState>) -> Result<Json<Trust>, AppError> {
    Ok(Json(trust(&state).await?))
}

/// Checks a credential against this issuer's keys and its own revocation records.
///
/// A certificate this installation issued is looked up by its id, and its revocation read from
/// the list entry recorded at issue, whatever URL the certificate names: after a change of
/// `--public-url` (or port) old certificates name lists at the old address, and must stay
/// verifiable and revocable. Only a credential the database does not hold is matched to a list by
/// URL; with no list it is `revocation_unchecked`, never `valid`.
pub async fn verify(state: &AppState, credential: &str) -> Result<Verification, AppError> {
    // The lists straight from the database: the server trusts its own data, so there is
    // nothing to sign, compress and check again as a device must.
    let lists: BTreeMap<i64, StatusList> = revocation_data(state)
        .await?
        .iter()
        .map(|(&list, (created, revoked))| {
            let (bits, changed) = status_bits(*created, revoked);
            (
                list,
                StatusList::new(state.issuer.status_list_url(list), dala_credential::rfc3339(changed), bits),
            )
        })
        .collect();
    // The record of the certificate the credential claims to be. Read before the signature is
    // checked (the check needs no network and the lookup is by id only); used only once it holds.
    let record = match dala_credential::claimed_id(credential) {
        Some(id) => sqlx::query(
            "SELECT status_list, status_index, revoked_at, revocation_reason FROM certificates WHERE id = $1",
        )
        .bind(&id)
        .fetch_optional(state.store.pool())
        .await?
        .map(|row| {
            let revocation = row.get::<Option<i64>, _>("revoked_at").map(|revoked_at| Revocation {
                revoked_at,
                reason: row.get::<Option<String>, _>("revocation_reason").unwrap_or_default(),
            });
            (id, row.get::<i64, _>("status_list"), row.get::<i64, _>("status_index"), revocation)
        }),
        None => None,
    };
    let keys = published_keys(state).await?;
    let text = credential.to_owned();
    let (mut verification, record) = state
        .work
        .run(move || {
            let list_for = |entry: &dala_credential::StatusEntry| match &record {
                // Our own certificate, at the entry we allocated for it.
                Some((id, list, index, _)) if id == entry.credential_id && *index as usize == entry.index => {
                    lists.get(list)
                }
                _ => lists.values().find(|list| list.url == entry.list_url),
            };
            // Either form, the same verdict: both end in `dala_credential::judge`.
            let verification = match dala_credential::form(&text) {
                dala_credential::Form::Jwt => dala_credential::verify_with(&text, &keys, list_for),
                // Canonicalization computes for milliseconds: on the work pool, like the PDF.
                dala_credential::Form::DataIntegrity => {
                    dala_badge::verify_certificate(&text, &keys, list_for)
                }
            };
            (verification, record)
        })
        .await?;
    if verification.status == VerificationStatus::Revoked
        && let (Some(summary), Some((id, _, _, revocation))) = (&verification.credential, &record)
        && *id == summary.id
    {
        verification.revocation = revocation.clone();
    }
    Ok(verification)
}

/// `POST /api/v1/verify`: anyone may check a certificate they hold. The answer is about that
/// credential only.
async fn verify_certificate(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<VerifyRequest>,
) -> Result<Json<Verification>, AppError> {
    if request.credential.len() > 64 * 1024 {
        return Err(AppError::BadRequest(text!("error-certificate-too-long")));
    }
    Ok(Json(verify(&state, &request.credential).await?))
}

#[derive(Debug, Deserialize)]
struct KeyQuery {
    key: Option<String>,
}

/// The stored forms (JWT, wallet) of certificate `uuid` if `key` is its access key. A wrong or
/// missing key answers like an unknown id, so ids cannot be probed.
async fn shared_forms(
    state: &AppState,
    uuid: &str,
    key: Option<String>,
) -> Result<(String, String), AppError> {
    let id = format!("urn:uuid:{uuid}");
    let row = sqlx::query("SELECT jwt, access_key, wallet FROM certificates WHERE id = $1")
        .bind(&id)
        .fetch_optional(state.store.pool())
        .await?;
    let key = key.unwrap_or_default();
    match row {
        // Compared through SHA-256, so the time taken says nothing about how much matched.
        Some(row)
            if Sha256::digest(row.get::<String, _>("access_key").as_bytes())
                == Sha256::digest(key.as_bytes()) =>
        {
            let jwt: String = row.get("jwt");
            let wallet = match row.get::<Option<String>, _>("wallet") {
                Some(wallet) => wallet,
                None => backfill_wallet_form(state, &id, &jwt).await?,
            };
            Ok((jwt, wallet))
        }
        _ => Err(AppError::NotFound(text!("error-not-found-certificate"))),
    }
}

/// `GET /api/v1/certificates/{id}?key=…`: the certificate behind a QR code.
async fn get_shared_certificate(
    State(state): State<AppState>,
    Path(uuid): Path<String>,
    Query(query): Query<KeyQuery>,
) -> Result<Json<SharedCertificate>, AppError> {
    let (jwt, _) = shared_forms(&state, &uuid, query.key).await?;
    Ok(Json(SharedCertificate { jwt }))
}

/// `GET /api/v1/certificates/{id}/wallet?key=…`: the wallet form itself (`application/vc`), at
/// an address a wallet can be given to fetch it; the same key as the QR code's.
async fn get_wallet_form(
    State(state): State<AppState>,
    Path(uuid): Path<String>,
    Query(query): Query<KeyQuery>,
) -> Result<Response, AppError> {
    let (_, wallet) = shared_forms(&state, &uuid, query.key).await?;
    Ok((
        [(header::CONTENT_TYPE, dala_badge::MEDIA_TYPE), (header::CACHE_CONTROL, "private, no-cache")],
        wallet,
    )
        .into_response())
}

/// `GET /api/v1/certificates`: every certificate of the signed-in learner.
async fn list_my_certificates(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<IssuedCertificate>>, AppError> {
    Ok(Json(certificates_after(&state, &user.user_id, 0).await?))
}

/// `GET /api/v1/certificates/{id}/pdf`: the printable certificate, for its learner only.
async fn get_certificate_pdf(
    State(state): State<AppState>,
    user: AuthUser,
    Path(uuid): Path<String>,
) -> Result<Response, AppError> {
    let row = sqlx::query(
        "SELECT c.id, c.jwt, c.access_key, c.issued_at, v.manifest_json FROM certificates c \
         JOIN course_versions v ON v.manifest_sha256 = c.course_version WHERE c.id = $1 AND c.user_id = $2",
    )
    .bind(format!("urn:uuid:{uuid}"))
    .bind(&user.user_id)
    .fetch_optional(state.store.pool())
    .await?
    .ok_or(AppError::NotFound(text!("error-not-found-certificate")))?;
    let jws = dala_credential::Jws::parse(&row.get::<String, _>("jwt"))
        .map_err(|_| AppError::Internal("a stored certificate is not a JWT".into()))?;
    let summary = dala_credential::summary(&jws.payload, "")
        .ok_or_else(|| AppError::Internal("a stored certificate is not a credential".into()))?;
    let manifest: Manifest = serde_json::from_str(&row.get::<String, _>("manifest_json"))
        .map_err(|e| AppError::Internal(format!("stored manifest: {e}")))?;
    // The translations are not `Send`: made and dropped before the work is handed over.
    let (labels, verify_url, completed_on) = {
        let messages = Messages::for_language(&manifest.language);
        let labels = pdf::Labels {
            heading: messages.text("certificate-heading", &[]),
            awarded_to: messages.text("certificate-awarded-to", &[]),
            completed: messages.text("certificate-completed", &[]),
            date: messages.text("certificate-date", &[]),
            issuer: messages.text("certificate-issuer", &[]),
            certificate_id: messages.text("certificate-id", &[]),
            verify: messages.text("certificate-verify", &[]),
        };
        let verify_url = state.issuer.verify_url(&uuid, &row.get::<String, _>("access_key"));
        let completed_on = messages.date(row.get("issued_at"));
        (labels, verify_url, completed_on)
    };
    let right_to_left = dala_wire::languages::ui_language(&manifest.language)
        .and_then(dala_wire::languages::language)
        .is_some_and(|language| language.rtl);
    // Subsetting fonts and drawing the page compute for milliseconds: on the work pool.
    let bytes = state
        .work
        .run(move || {
            pdf::render(&pdf::Certificate {
                display_name: &summary.learner,
                course_title: &summary.course_title,
                completed_on: &completed_on,
                issuer_name: &summary.issuer_name,
                certificate_id: &summary.id,
                verify_url: &verify_url,
                labels: &labels,
                right_to_left,
            })
        })
        .await?;
    let disposition = format!("attachment; filename=\"certificate-{uuid}.pdf\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-cache".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// Whether `user` may revoke or list the certificates of `organization`: its administrators
/// and the superadmin. Certificates with no organization are the superadmin's alone.
async fn administers(
    state: &AppState,
    user: &AuthUser,
    organization: Option<&str>,
) -> Result<bool, AppError> {
    match organization {
        _ if user.superadmin => Ok(true),
        Some(organization) => holds_role(state, user, organization, &[Role::Administrator]).await,
        None => Ok(false),
    }
}

/// `POST /api/v1/certificates/{id}/revocation`: an administrator revokes a certificate, with a
/// reason. Revoking again changes nothing and answers the first revocation.
async fn revoke_certificate(
    State(state): State<AppState>,
    user: AuthUser,
    Path(uuid): Path<String>,
    ApiJson(request): ApiJson<RevokeCertificate>,
) -> Result<Json<CertificateRecord>, AppError> {
    let id = format!("urn:uuid:{uuid}");
    let organization: Option<Option<String>> =
        sqlx::query_scalar("SELECT organization_id FROM certificates WHERE id = $1")
            .bind(&id)
            .fetch_optional(state.store.pool())
            .await?;
    // An unknown id answers like a certificate the caller may not touch: ids cannot be probed.
    let Some(organization) = organization else { return Err(AppError::Forbidden) };
    if !administers(&state, &user, organization.as_deref()).await? {
        return Err(AppError::Forbidden);
    }
    let reason = request.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::BadRequest(text!("error-revocation-reason")));
    }
    if revoke(&state, &id, Some(&user.user_id), reason).await? {
        tracing::info!("certificate revoked");
    }
    let record = records(&state, "c.id = $1", &id)
        .await?
        .pop()
        .ok_or(AppError::NotFound(text!("error-not-found-certificate")))?;
    Ok(Json(record))
}

/// `GET /api/v1/organizations/{organization_id}/certificates`: the organization's certificates,
/// for its administrators.
async fn list_organization_certificates(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
) -> Result<Json<Vec<CertificateRecord>>, AppError> {
    if !administers(&state, &user, Some(&organization_id)).await? {
        return Err(AppError::Forbidden);
    }
    Ok(Json(records(&state, "c.organization_id = $1", &organization_id).await?))
}

async fn records(state: &AppState, condition: &str, value: &str) -> Result<Vec<CertificateRecord>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT c.id, u.display_name, c.course, c.course_title, c.issued_at, c.revoked_at, c.revocation_reason \
         FROM certificates c JOIN users u ON u.id = c.user_id WHERE {condition} ORDER BY c.issued_at, c.id"
    ))
    .bind(value)
    .fetch_all(state.store.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| CertificateRecord {
            id: row.get("id"),
            learner: row.get("display_name"),
            course: row.get("course"),
            course_title: row.get("course_title"),
            issued_at: row.get("issued_at"),
            revocation: row.get::<Option<i64>, _>("revoked_at").map(|revoked_at| Revocation {
                revoked_at,
                reason: row.get::<Option<String>, _>("revocation_reason").unwrap_or_default(),
            }),
        })
        .collect())
}

/// Revokes a certificate (`urn:uuid:…` or the bare uuid) unless it is revoked already; `by` is
/// the administrator, `None` for the installation's operator at the command line. Says whether
/// this call revoked it.
pub async fn revoke(state: &AppState, id: &str, by: Option<&str>, reason: &str) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE certificates SET revoked_at = $1, revoked_by = $2, revocation_reason = $3 \
         WHERE id = $4 AND revoked_at IS NULL",
    )
    .bind(state.clock.now())
    .bind(by)
    .bind(reason)
    .bind(format!("urn:uuid:{}", uuid_of(id)))
    .execute(state.store.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}
