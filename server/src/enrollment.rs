//! Join codes and enrollments.
//!
//! A trainer (or administrator) of an organization creates a join code for a cohort: the
//! courses, an expiry and a use limit. A learner types the code on their phone with a login
//! name, a display name and a password: that creates their account, makes them a learner of the
//! organization, enrolls them in the courses and signs them in, in one step. An open course
//! needs no code: any signed-in account may enroll itself, and syncing progress in an open
//! course enrolls the learner too.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use dala_wire::{CreateJoinCode, Enrollment, JoinCodeCreated, JoinRequest, Manifest, Role, SignInResponse};
use rand_core::{OsRng, RngCore};
use sqlx::Row;
use std::collections::HashSet;

use crate::AppState;
use crate::accounts::{self, AuthUser, sha256_hex};
use crate::error::{ApiJson, AppError};
use crate::limiter::ClientAddress;
use crate::organizations::holds_role;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organizations/{organization_id}/join-codes", post(create_join_code))
        .route("/join", post(redeem_join_code))
        .route("/courses/{slug}/enrollment", post(self_enroll))
}

/// No 0/O, 1/I: a code is read out loud and typed on small keyboards.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

fn new_code() -> String {
    let mut bytes = [0u8; 12];
    OsRng.fill_bytes(&mut bytes);
    let chars: Vec<char> =
        bytes.iter().map(|b| CODE_ALPHABET[(*b as usize) % CODE_ALPHABET.len()] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Codes match whatever the case, spaces or hyphens typed.
fn normalise_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// `POST /api/v1/organizations/{organization_id}/join-codes`.
async fn create_join_code(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
    ApiJson(request): ApiJson<CreateJoinCode>,
) -> Result<(StatusCode, Json<JoinCodeCreated>), AppError> {
    // Trainers and administrators of the organization manage its cohorts.
    if !holds_role(&state, &user, &organization_id, &[Role::Trainer, Role::Administrator]).await? {
        return Err(AppError::Forbidden);
    }
    if !(1..=365).contains(&request.expires_in_days) {
        return Err(AppError::BadRequest("`expires_in_days` is 1 to 365".into()));
    }
    if !(1..=10_000).contains(&request.max_uses) {
        return Err(AppError::BadRequest("`max_uses` is 1 to 10000".into()));
    }
    if request.courses.is_empty() {
        return Err(AppError::BadRequest("a join code enrolls in at least one course".into()));
    }
    for slug in &request.courses {
        let Some((_, json)) = state.store.manifest(slug).await? else {
            return Err(AppError::BadRequest(format!("there is no course `{slug}`")));
        };
        let open = serde_json::from_str::<dala_wire::Manifest>(&json).is_ok_and(|m| m.open);
        if !may_offer(&state, &organization_id, slug, open).await? {
            return Err(AppError::Forbidden);
        }
    }
    let now = state.clock.now();
    let code = new_code();
    let expires_at = now + i64::from(request.expires_in_days) * 24 * 60 * 60;
    sqlx::query(
        "INSERT INTO join_codes (code_sha256, organization_id, created_by, courses, created_at, expires_at, max_uses) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(sha256_hex(&normalise_code(&code)))
    .bind(&organization_id)
    .bind(&user.user_id)
    .bind(serde_json::to_string(&request.courses).expect("a list of strings serialises"))
    .bind(now)
    .bind(expires_at)
    .bind(i64::from(request.max_uses))
    .execute(state.store.pool())
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(JoinCodeCreated {
            code,
            id: String::new(),
            label: String::new(),
            role: dala_wire::Role::Learner,
            organization_id,
            courses: request.courses,
            expires_at,
            max_uses: request.max_uses,
        }),
    ))
}

/// Whether `organization_id`'s join codes may enroll learners in course `slug`: a course open
/// to every signed-in learner, a course of the installation (imported from the courses folder,
/// owned by no organization), or one the organization owns. Never another organization's
/// closed course: its cohort is that organization's to choose.
async fn may_offer(
    state: &AppState,
    organization_id: &str,
    slug: &str,
    open: bool,
) -> Result<bool, AppError> {
    if open {
        return Ok(true);
    }
    let owner = state.store.course_owner(slug).await?;
    Ok(owner.is_none_or(|owner| owner == organization_id))
}

/// `POST /api/v1/join`: redeem a join code into a new, signed-in learner account.
async fn redeem_join_code(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    ApiJson(request): ApiJson<JoinRequest>,
) -> Result<(StatusCode, Json<SignInResponse>), AppError> {
    let now = state.clock.now();
    // Guessing codes is limited like guessing passwords, per client; the slot is taken before
    // the code is looked up, and given back if the code exists.
    let attempt = state
        .sign_in_limiter
        .begin_join(client, now)
        .map_err(|retry_after| AppError::TooManyAttempts { retry_after })?;
    let code_sha256 = sha256_hex(&normalise_code(&request.code));
    let Some(row) =
        sqlx::query("SELECT organization_id, courses, expires_at FROM join_codes WHERE code_sha256 = $1")
            .bind(&code_sha256)
            .fetch_optional(state.store.pool())
            .await?
    else {
        return Err(AppError::JoinCodeInvalid);
    };
    attempt.succeeded();
    if row.get::<i64, _>("expires_at") <= now {
        return Err(AppError::JoinCodeExpired);
    }
    // Claim one use atomically, so two learners redeeming the last use at once cannot both win.
    let claimed = sqlx::query(
        "UPDATE join_codes SET uses = uses + 1 WHERE code_sha256 = $1 AND uses < max_uses AND expires_at > $2",
    )
    .bind(&code_sha256)
    .bind(now)
    .execute(state.store.pool())
    .await?;
    if claimed.rows_affected() == 0 {
        return Err(AppError::JoinCodeUsedUp);
    }
    let organization_id: String = row.get("organization_id");
    let courses: Vec<String> = serde_json::from_str(&row.get::<String, _>("courses"))
        .map_err(|e| AppError::Internal(format!("stored join code courses: {e}")))?;
    let login = request.login.trim().to_lowercase();
    let user_id = match accounts::create_user(
        &state.store,
        now,
        &login,
        &request.display_name,
        &request.password,
        false,
    )
    .await
    {
        Ok(id) => id,
        Err(error) => {
            // The account was not made: give the use back.
            sqlx::query("UPDATE join_codes SET uses = uses - 1 WHERE code_sha256 = $1")
                .bind(&code_sha256)
                .execute(state.store.pool())
                .await?;
            return Err(error);
        }
    };
    accounts::add_membership(&state.store, &user_id, &organization_id, Role::Learner).await?;
    for course in &courses {
        enroll(state.store.pool(), &user_id, course, Some(&organization_id), now).await?;
    }
    Ok((StatusCode::CREATED, Json(accounts::start_session(&state, &user_id).await?)))
}

/// Enrolls an account in a course (again is a no-op); `organization_id` is the organization
/// whose join code did it, `None` for self-enrollment in an open course.
pub async fn enroll<'c>(
    executor: impl sqlx::Executor<'c, Database = sqlx::Any>,
    user_id: &str,
    course: &str,
    organization_id: Option<&str>,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO enrollments (user_id, course, organization_id, enrolled_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, course) DO NOTHING",
    )
    .bind(user_id)
    .bind(course)
    .bind(organization_id)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}

/// The courses an account is enrolled in.
pub async fn enrolled_courses(state: &AppState, user_id: &str) -> Result<HashSet<String>, AppError> {
    let courses: Vec<String> = sqlx::query_scalar("SELECT course FROM enrollments WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(state.store.pool())
        .await?;
    Ok(courses.into_iter().collect())
}

/// `POST /api/v1/courses/{slug}/enrollment`: a signed-in account enrolls itself in an open
/// course. Enrolling again answers the same enrollment.
async fn self_enroll(
    State(state): State<AppState>,
    user: AuthUser,
    Path(slug): Path<String>,
) -> Result<Json<Enrollment>, AppError> {
    let (_, json) = state.store.manifest(&slug).await?.ok_or(AppError::NotFound("course"))?;
    let existing = sqlx::query(
        "SELECT organization_id, enrolled_at FROM enrollments WHERE user_id = $1 AND course = $2",
    )
    .bind(&user.user_id)
    .bind(&slug)
    .fetch_optional(state.store.pool())
    .await?;
    if let Some(row) = existing {
        return Ok(Json(Enrollment {
            course: slug,
            organization_id: row.get("organization_id"),
            enrolled_at: row.get("enrolled_at"),
        }));
    }
    let manifest: Manifest =
        serde_json::from_str(&json).map_err(|e| AppError::Internal(format!("stored manifest: {e}")))?;
    if !manifest.open {
        return Err(AppError::EnrollmentClosed(slug));
    }
    let now = state.clock.now();
    enroll(state.store.pool(), &user.user_id, &slug, None, now).await?;
    Ok(Json(Enrollment { course: slug, organization_id: None, enrolled_at: now }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_easy_to_read_and_forgiving_to_type() {
        let code = super::new_code();
        assert_eq!(code.len(), 14, "{code}");
        assert!(code.chars().all(|c| c == '-' || super::CODE_ALPHABET.contains(&(c as u8))), "{code}");
        assert_eq!(super::normalise_code(" k7qx m2pd-9htr "), "K7QXM2PD9HTR");
    }
}
