//! Accounts, organizations, sessions and signing in.
//!
//! An account is a login name, a display name and an argon2id password hash: no e-mail, no
//! phone. A session is an opaque random token sent as `Authorization: Bearer …` (no cookies, so
//! no cross-site request forgery); the server stores only its SHA-256. A session ends when
//! signed out, when revoked by an administrator, or after `session_idle` seconds unused: each
//! use moves the limit forward, so a learner who studies offline for weeks stays signed in.

use crate::text;
use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{FromRequestParts, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use dala_wire::{Me, Membership, PasswordResetRequest, Role, SignInRequest, SignInResponse, limits};
use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::AppState;
use crate::error::{ApiJson, AppError};
use crate::limiter::ClientAddress;
use crate::store::Store;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sessions", post(create_session))
        .route("/sessions/current", delete(delete_session))
        .route("/me", get(get_me))
        .route("/password-reset", post(reset_password))
}

/// How long a password-reset code works: long enough to be handed over at the next class.
pub const PASSWORD_RESET_SECONDS: i64 = 72 * 60 * 60;

/// A new random identifier (128 bits, hex).
pub(crate) fn new_id() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub(crate) fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

pub(crate) fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| AppError::Internal(format!("could not hash a password: {e}")))
}

/// [`hash_password`] on the process's work pool ([`crate::work::Work::global`]): creating an
/// account from a join code has no state at hand, and must not compute on an async worker.
async fn hash_off_thread(password: &str) -> Result<String, AppError> {
    let password = password.to_owned();
    crate::work::Work::global().run(move || hash_password(&password)).await?
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
}

/// Checked against when a login name does not exist, so that answering takes as long as for a
/// wrong password and the time does not tell which login names exist.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("not a real password").expect("hashing a constant works"));

/// The longest login name, in bytes.
pub const MAX_LOGIN_BYTES: usize = limits::LOGIN_BYTES;

/// Login names: [`limits::login_problem`], the rule the join form also checks as it is typed.
pub(crate) fn check_login(login: &str) -> Result<(), AppError> {
    match limits::login_problem(login) {
        None => Ok(()),
        Some(_) => Err(AppError::BadRequest(text!("error-login-name"))),
    }
}

/// A display name as stored: trimmed and in Unicode's composed form (NFC), so one name has one
/// spelling; or why it is refused. It is printed on certificates and shown to trainers, so
/// it must read as what it is: 1 to [`limits::DISPLAY_NAME_CHARS`] characters with at least
/// one visible; no control characters, no bidirectional controls (U+202E and its kin would
/// reverse how the rest reads), no invisible format characters but the joiners some scripts
/// need (U+200C, U+200D), and no pile of combining marks on one letter (more than
/// [`MAX_COMBINING_MARKS`]).
pub fn display_name(name: &str) -> Result<String, AppError> {
    visible_name(name, limits::DISPLAY_NAME_CHARS, text!("error-field-display-name"))
}

/// A join code's label (the trainer's note on whom it is for): empty, or a name under the
/// rules of [`display_name`] of at most [`limits::JOIN_CODE_LABEL_CHARS`] characters.
pub fn join_code_label(label: &str) -> Result<String, AppError> {
    if label.trim().is_empty() {
        return Ok(String::new());
    }
    visible_name(label, limits::JOIN_CODE_LABEL_CHARS, text!("error-field-join-code-label"))
}

/// An organization's name, under the same rules as [`display_name`].
pub fn organization_name(name: &str) -> Result<String, AppError> {
    visible_name(name, limits::ORGANIZATION_NAME_CHARS, text!("error-field-organization-name"))
}

fn visible_name(name: &str, max: usize, field: crate::i18n::Text) -> Result<String, AppError> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.trim().nfc().collect();
    let refuse = |why: crate::i18n::Text| Err(AppError::BadRequest(why));
    let count = name.chars().count();
    if !(1..=max).contains(&count) {
        return refuse(text!("error-name-length", field = field, max = max));
    }
    if name.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return refuse(text!("error-name-controls", field = field));
    }
    if name.chars().any(|c| is_invisible(c) && !matches!(c, '\u{200C}' | '\u{200D}')) {
        return refuse(text!("error-name-invisible", field = field));
    }
    if !name.chars().any(|c| !c.is_whitespace() && !is_invisible(c) && !is_combining_mark(c)) {
        return refuse(text!("error-name-not-visible", field = field));
    }
    let mut run = 0;
    for c in name.chars() {
        run = if is_combining_mark(c) { run + 1 } else { 0 };
        if run > MAX_COMBINING_MARKS {
            return refuse(text!("error-name-accents", field = field, max = MAX_COMBINING_MARKS));
        }
    }
    Ok(name)
}

/// Combining marks on one base character: Vietnamese needs two, and scripts such as Devanagari
/// a few; a long run only stacks marks over the text around it.
pub const MAX_COMBINING_MARKS: usize = 4;

fn is_combining_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// The explicit bidirectional formatting characters (Unicode Standard Annex #9, §2).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no space and show nothing: zero-width spaces and joiners, the word
/// joiner and invisible operators, the byte-order mark, the soft hyphen, the Mongolian vowel
/// separator, Hangul fillers and variation selectors.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
    )
}

/// A unique violation on `users.login` is the login name taken by a request that checked at
/// the same moment (concurrent joins with one login): a 409 like the check's, not a 500.
pub(crate) fn login_taken_or(error: sqlx::Error, login: &str) -> AppError {
    if error.as_database_error().is_some_and(|e| e.is_unique_violation()) {
        AppError::Conflict(text!("error-login-taken", login = login))
    } else {
        error.into()
    }
}

/// At least 8 characters (NIST SP 800-63B §5.1.1.2), at most 1024 so hashing stays bounded.
pub(crate) fn check_password(password: &str) -> Result<(), AppError> {
    let count = password.chars().count();
    if (8..=1024).contains(&count) {
        Ok(())
    } else {
        Err(AppError::BadRequest(text!("error-password-length")))
    }
}

/// Creates an account; the login name must be free.
pub async fn create_user(
    store: &Store,
    now: i64,
    login: &str,
    display_name: &str,
    password: &str,
    superadmin: bool,
) -> Result<String, AppError> {
    check_login(login)?;
    let display_name = self::display_name(display_name)?;
    check_password(password)?;
    let taken: Option<String> = sqlx::query_scalar("SELECT id FROM users WHERE login = $1")
        .bind(login)
        .fetch_optional(store.pool())
        .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(text!("error-login-taken", login = login)));
    }
    let id = new_id();
    sqlx::query(
        "INSERT INTO users (id, login, display_name, password_hash, superadmin, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(login)
    .bind(&display_name)
    .bind(hash_off_thread(password).await?)
    .bind(i64::from(superadmin))
    .bind(now)
    .execute(store.pool())
    .await
    .map_err(|e| login_taken_or(e, login))?;
    Ok(id)
}

/// Creates an organization; names are unique.
pub async fn create_organization(store: &Store, now: i64, name: &str) -> Result<String, AppError> {
    let name = organization_name(name)?;
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO organizations (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
    )
    .bind(&id)
    .bind(&name)
    .bind(now)
    .execute(store.pool())
    .await?;
    if inserted.rows_affected() == 0 {
        return Err(AppError::Conflict(text!("error-organization-exists", name = name)));
    }
    Ok(id)
}

/// Gives an account a role in an organization (doing it twice changes nothing).
pub async fn add_membership(
    store: &Store,
    user_id: &str,
    organization_id: &str,
    role: Role,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, organization_id, role) DO NOTHING",
    )
    .bind(user_id)
    .bind(organization_id)
    .bind(role.as_str())
    .execute(store.pool())
    .await?;
    Ok(())
}

/// The account with its memberships.
pub async fn me(store: &Store, user_id: &str) -> Result<Me, AppError> {
    let row = sqlx::query("SELECT login, display_name, superadmin FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(store.pool())
        .await?
        .ok_or(AppError::NotFound(text!("error-not-found-account")))?;
    let memberships = sqlx::query(
        "SELECT m.organization_id, o.name, m.role FROM memberships m \
         JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name, m.role",
    )
    .bind(user_id)
    .fetch_all(store.pool())
    .await?
    .into_iter()
    .filter_map(|r| {
        Some(Membership {
            organization_id: r.get("organization_id"),
            organization_name: r.get("name"),
            role: Role::parse(&r.get::<String, _>("role"))?,
        })
    })
    .collect();
    let enrollments = sqlx::query_scalar("SELECT course FROM enrollments WHERE user_id = $1 ORDER BY course")
        .bind(user_id)
        .fetch_all(store.pool())
        .await?;
    Ok(Me {
        id: user_id.to_owned(),
        login: row.get("login"),
        display_name: row.get("display_name"),
        superadmin: row.get::<i64, _>("superadmin") != 0,
        memberships,
        enrollments,
    })
}

/// Ends every session of an account (a lost phone, a person who left the organization), and
/// with them its device keys: progress files signed on its devices are refused from then on.
pub async fn revoke_sessions(store: &Store, now: i64, user_id: &str) -> Result<u64, AppError> {
    let mut tx = store.begin_write().await?;
    let ended = revoke_sessions_in(&mut tx, now, user_id).await?;
    tx.commit().await?;
    Ok(ended)
}

/// [`revoke_sessions`] inside a transaction. Returns how many sessions ended.
pub async fn revoke_sessions_in(
    conn: &mut sqlx::AnyConnection,
    now: i64,
    user_id: &str,
) -> Result<u64, AppError> {
    let done = sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    crate::parcels::devices::revoke_all_in(conn, now, user_id).await?;
    Ok(done.rows_affected())
}

/// The roles an account holds in an organization.
pub async fn roles_in(store: &Store, user_id: &str, organization_id: &str) -> Result<Vec<Role>, AppError> {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT role FROM memberships WHERE user_id = $1 AND organization_id = $2")
            .bind(user_id)
            .bind(organization_id)
            .fetch_all(store.pool())
            .await?;
    Ok(names.iter().filter_map(|n| Role::parse(n)).collect())
}

/// The id of the organization with this name.
pub async fn organization_id_by_name(store: &Store, name: &str) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT id FROM organizations WHERE name = $1")
        .bind(name.trim())
        .fetch_optional(store.pool())
        .await?)
}

/// The id of the account with this login name.
pub async fn user_id_by_login(store: &Store, login: &str) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT id FROM users WHERE login = $1")
        .bind(login)
        .fetch_optional(store.pool())
        .await?)
}

/// `POST /api/v1/sessions`: sign in.
async fn create_session(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    ApiJson(request): ApiJson<SignInRequest>,
) -> Result<(StatusCode, Json<SignInResponse>), AppError> {
    let now = state.clock.now();
    let login = request.login.trim();
    // A name that no account can have is answered at once: it cannot exist, so saying so
    // quickly tells nothing, and it never reaches the limiter (whose memory it would fill).
    if login.len() > MAX_LOGIN_BYTES {
        return Err(AppError::WrongCredentials);
    }
    let login = limits::normalise_login(login);
    if check_login(&login).is_err() {
        return Err(AppError::WrongCredentials);
    }
    // The slot is taken before the password is checked, so concurrent guesses cannot all pass
    // one check; it counts as a failure until the password proves right.
    let attempt = state
        .sign_in_limiter
        .begin_sign_in(&login, client, now)
        .map_err(|retry_after| AppError::TooManyAttempts { retry_after })?;
    let row = sqlx::query("SELECT id, password_hash FROM users WHERE login = $1")
        .bind(&login)
        .fetch_optional(state.store.pool())
        .await?;
    let password = request.password.chars().take(1024).collect::<String>();
    let user_id = match row {
        Some(row) => {
            let hash: String = row.get("password_hash");
            // argon2 computes for tens of milliseconds: off the async workers.
            if !state.work.run(move || verify_password(&password, &hash)).await? {
                return Err(AppError::WrongCredentials);
            }
            row.get::<String, _>("id")
        }
        None => {
            state.work.run(move || verify_password(&password, &DUMMY_HASH)).await?;
            return Err(AppError::WrongCredentials);
        }
    };
    attempt.succeeded();
    Ok((StatusCode::CREATED, Json(start_session(&state, &user_id).await?)))
}

/// Makes a password-reset code for account `user_id` on behalf of `by` (who may manage it:
/// [`crate::organizations::may_manage`]), replacing any earlier one; returns the code (shown
/// this once: only its SHA-256 is kept) and when it expires.
/// `organization_id` is the organization through which `by` does it, for the audit log.
pub async fn issue_password_reset(
    state: &AppState,
    user_id: &str,
    by: &str,
    organization_id: Option<&str>,
) -> Result<(String, i64), AppError> {
    let now = state.clock.now();
    let code = crate::enrollment::new_code();
    let expires_at = now + PASSWORD_RESET_SECONDS;
    sqlx::query(
        "INSERT INTO password_resets (user_id, code_sha256, created_by, organization_id, created_at, expires_at, \
         used_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (user_id) DO UPDATE SET \
         code_sha256 = excluded.code_sha256, created_by = excluded.created_by, \
         organization_id = excluded.organization_id, created_at = excluded.created_at, \
         expires_at = excluded.expires_at, used_at = NULL",
    )
    .bind(user_id)
    .bind(sha256_hex(&crate::enrollment::normalise_code(&code)))
    .bind(by)
    .bind(organization_id)
    .bind(now)
    .bind(expires_at)
    .execute(state.store.pool())
    .await?;
    Ok((code, expires_at))
}

/// `POST /api/v1/password-reset`: sets a new password with a reset code, ends every session of
/// the account and signs in. A wrong, used, replaced or expired code and an unknown login name
/// are all `reset_code_invalid`, and guesses are limited like sign-ins (the account's delays,
/// the client's budget).
async fn reset_password(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    ApiJson(request): ApiJson<PasswordResetRequest>,
) -> Result<(StatusCode, Json<SignInResponse>), AppError> {
    let now = state.clock.now();
    let login = request.login.trim();
    if login.len() > MAX_LOGIN_BYTES {
        return Err(AppError::ResetCodeInvalid);
    }
    let login = login.to_lowercase();
    if check_login(&login).is_err() {
        return Err(AppError::ResetCodeInvalid);
    }
    // A password that could never be set is refused before it costs a guess.
    check_password(&request.password)?;
    let attempt = state
        .sign_in_limiter
        .begin_password_reset(&login, client, now)
        .map_err(|retry_after| AppError::TooManyAttempts { retry_after })?;
    let code_sha256 = sha256_hex(&crate::enrollment::normalise_code(&request.code));
    let found = sqlx::query(
        "SELECT u.id, r.organization_id FROM users u JOIN password_resets r ON r.user_id = u.id \
         WHERE u.login = $1 AND r.code_sha256 = $2 AND r.used_at IS NULL AND r.expires_at > $3",
    )
    .bind(&login)
    .bind(&code_sha256)
    .bind(now)
    .fetch_optional(state.store.pool())
    .await?;
    let Some(found) = found else { return Err(AppError::ResetCodeInvalid) };
    let user_id: String = found.get("id");
    let organization: Option<String> = found.get("organization_id");
    let password = request.password.clone();
    let hash = state.work.run(move || hash_password(&password)).await??;
    let mut tx = state.store.begin_write().await?;
    // Claimed in the transaction that sets the password, so a code sets one password once even
    // when two requests bring it at the same moment.
    let claimed = sqlx::query(
        "UPDATE password_resets SET used_at = $1 \
         WHERE user_id = $2 AND code_sha256 = $3 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(&user_id)
    .bind(&code_sha256)
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() == 0 {
        return Err(AppError::ResetCodeInvalid);
    }
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(&hash)
        .bind(&user_id)
        .execute(&mut *tx)
        .await?;
    revoke_sessions_in(&mut tx, now, &user_id).await?;
    tx.commit().await?;
    attempt.succeeded();
    crate::reports::audit_record_as(
        &state,
        &user_id,
        "password_reset_used",
        organization.as_deref(),
        &format!("user={user_id}"),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(start_session(&state, &user_id).await?)))
}

/// Opens a new session for an account and returns its token (shown this once).
pub async fn start_session(state: &AppState, user_id: &str) -> Result<SignInResponse, AppError> {
    let now = state.clock.now();
    let mut secret = [0u8; 32];
    OsRng.fill_bytes(&mut secret);
    let token = hex::encode(secret);
    let expires_at = now + state.session_idle;
    sqlx::query(
        "INSERT INTO sessions (token_sha256, user_id, created_at, last_used_at, expires_at) \
         VALUES ($1, $2, $3, $3, $4)",
    )
    .bind(sha256_hex(&token))
    .bind(user_id)
    .bind(now)
    .bind(expires_at)
    .execute(state.store.pool())
    .await?;
    let user = me(&state.store, user_id).await?;
    Ok(SignInResponse { token, expires_at, user })
}

/// `DELETE /api/v1/sessions/current`: sign out. The token stops working everywhere at once.
async fn delete_session(State(state): State<AppState>, user: AuthUser) -> Result<StatusCode, AppError> {
    sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE token_sha256 = $2")
        .bind(state.clock.now())
        .bind(&user.token_sha256)
        .execute(state.store.pool())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me`: the signed-in account.
async fn get_me(State(state): State<AppState>, user: AuthUser) -> Result<Json<Me>, AppError> {
    Ok(Json(me(&state.store, &user.user_id).await?))
}

/// The signed-in account behind a request: an extractor that answers 401 with the reason
/// (no token, unknown, expired, revoked) when there is none.
#[derive(Debug, Clone)]
pub struct AuthUser {
    pub user_id: String,
    pub superadmin: bool,
    token_sha256: String,
}

/// Writing `last_used_at` on every request would turn reads into writes; once a minute is
/// precise enough for an idle limit counted in days.
const TOUCH_EVERY: i64 = 60;

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(axum::http::header::AUTHORIZATION).ok_or(AppError::Unauthorized)?;
        let token = header
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(AppError::Unauthorized)?;
        let token_sha256 = sha256_hex(token);
        let row = sqlx::query(
            "SELECT s.user_id, s.last_used_at, s.expires_at, s.revoked_at, u.superadmin FROM sessions s \
             JOIN users u ON u.id = s.user_id WHERE s.token_sha256 = $1",
        )
        .bind(&token_sha256)
        .fetch_optional(state.store.pool())
        .await?
        .ok_or(AppError::SessionInvalid)?;
        let now = state.clock.now();
        if row.get::<Option<i64>, _>("revoked_at").is_some() {
            return Err(AppError::SessionRevoked);
        }
        if row.get::<i64, _>("expires_at") <= now {
            return Err(AppError::SessionExpired);
        }
        if now - row.get::<i64, _>("last_used_at") >= TOUCH_EVERY {
            sqlx::query("UPDATE sessions SET last_used_at = $1, expires_at = $2 WHERE token_sha256 = $3")
                .bind(now)
                .bind(now + state.session_idle)
                .bind(&token_sha256)
                .execute(state.store.pool())
                .await?;
        }
        Ok(AuthUser {
            user_id: row.get("user_id"),
            superadmin: row.get::<i64, _>("superadmin") != 0,
            token_sha256,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hashed_with_argon2id_and_verified() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterz", &hash));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn login_names_are_checked() {
        assert!(check_login("aida.n").is_ok());
        assert!(check_login("Aida").is_err());
        assert!(check_login("ai").is_err());
        assert!(check_login("айда").is_err());
        assert!(display_name("Айдана Н.").is_ok());
        assert!(display_name("  ").is_err());
        // Organizations are named under the same rules, to their own length.
        assert_eq!(organization_name(" Aral Youth Centre ").unwrap(), "Aral Youth Centre");
        assert!(organization_name("Aral \u{202E}ertneC").is_err());
        assert!(organization_name(&"o".repeat(dala_wire::limits::ORGANIZATION_NAME_CHARS + 1)).is_err());
        assert!(check_password("short").is_err());
    }
}
