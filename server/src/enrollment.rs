//! Join codes and enrollments.
//!
//! A trainer (or administrator) of an organization creates a join code for a cohort: the
//! courses, an expiry and a use limit. A learner types the code on their phone with a login
//! name, a display name and a password: that creates their account, makes them a learner of the
//! organization, enrolls them in the courses and signs them in, in one step. An open course
//! needs no code: any signed-in account may enroll itself, and syncing progress in an open
//! course enrolls the learner too. A code whose role is trainer or administrator is a one-time
//! invitation, made by an administrator, whose account gets that role. Trainers also give
//! courses to members directly, and end codes; an archived course is offered no more.

use crate::text;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use dala_wire::{
    CreateJoinCode, EnrollMembers, Enrollment, EnrollmentsMade, JoinCodeCreated, JoinCodeInfo, JoinRequest,
    Manifest, OrganizationCourse, Role, SignInResponse,
};
use rand_core::{OsRng, RngCore};
use sqlx::Row;
use std::collections::{HashMap, HashSet};

use crate::AppState;
use crate::accounts::{self, AuthUser, sha256_hex};
use crate::catalog;
use crate::error::{ApiJson, AppError};
use crate::limiter::ClientAddress;
use crate::organizations::holds_role;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organizations/{organization_id}/join-codes", get(list_join_codes).post(create_join_code))
        .route("/organizations/{organization_id}/join-codes/{code_id}", delete(end_join_code))
        .route("/join", post(redeem_join_code))
        .route("/courses/{slug}/enrollment", post(self_enroll))
        // Authoring declares `POST` on this path (a new course); the methods merge.
        .route("/organizations/{organization_id}/courses", get(list_organization_courses))
        .route("/organizations/{organization_id}/enrollments", post(enroll_members))
}

const STAFF: [Role; 2] = [Role::Trainer, Role::Administrator];

/// No 0/O, 1/I: a code is read out loud and typed on small keyboards.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// A new code of twelve letters and digits in groups of four (join codes, password resets).
pub(crate) fn new_code() -> String {
    let mut bytes = [0u8; 12];
    OsRng.fill_bytes(&mut bytes);
    let chars: Vec<char> =
        bytes.iter().map(|b| CODE_ALPHABET[(*b as usize) % CODE_ALPHABET.len()] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Codes match whatever the case, spaces or hyphens typed.
pub(crate) fn normalise_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Whether a course is open, or `None` when there is no such course.
/// That `organization_id` may give course `slug` to its learners now (by a join code or to
/// members): the course exists (400), the organization may offer it (403) and it is not
/// archived (409).
async fn check_offered(state: &AppState, organization_id: &str, slug: &str) -> Result<(), AppError> {
    let Some(open) = course_open(state, slug).await? else {
        return Err(AppError::BadRequest(text!("error-no-such-course", course = slug)));
    };
    if !may_offer(state, organization_id, slug, open).await? {
        return Err(AppError::Forbidden);
    }
    if catalog::is_archived(state, slug).await? {
        return Err(AppError::CourseArchived(slug.to_owned()));
    }
    Ok(())
}

async fn course_open(state: &AppState, slug: &str) -> Result<Option<bool>, AppError> {
    let Some((_, json)) = state.store.manifest(slug).await? else { return Ok(None) };
    Ok(Some(serde_json::from_str::<Manifest>(&json).is_ok_and(|m| m.open)))
}

/// `POST /api/v1/organizations/{organization_id}/join-codes`: a cohort's code (role `learner`,
/// for the organization's trainers and administrators) or a one-time invitation (role
/// `trainer` or `administrator`, for its administrators only, `max_uses` 1).
async fn create_join_code(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
    ApiJson(request): ApiJson<CreateJoinCode>,
) -> Result<(StatusCode, Json<JoinCodeCreated>), AppError> {
    // Trainers and administrators of the organization manage its cohorts.
    if !holds_role(&state, &user, &organization_id, &STAFF).await? {
        return Err(AppError::Forbidden);
    }
    // Only administrators make staff: a trainer could otherwise invite a second self.
    let invitation = request.role != Role::Learner;
    if invitation && !holds_role(&state, &user, &organization_id, &[Role::Administrator]).await? {
        return Err(AppError::Forbidden);
    }
    if invitation && request.max_uses != 1 {
        return Err(AppError::BadRequest(text!("error-invitation-once")));
    }
    if !(1..=365).contains(&request.expires_in_days) {
        return Err(AppError::BadRequest(text!("error-expires-in-days")));
    }
    if !(1..=10_000).contains(&request.max_uses) {
        return Err(AppError::BadRequest(text!("error-max-uses")));
    }
    // An invitation makes a trainer or administrator, who may study nothing yet.
    if request.courses.is_empty() && !invitation {
        return Err(AppError::BadRequest(text!("error-join-code-no-course")));
    }
    let label = accounts::join_code_label(&request.label)?;
    for slug in &request.courses {
        check_offered(&state, &organization_id, slug).await?;
    }
    let now = state.clock.now();
    let code = new_code();
    let id = accounts::new_id();
    let expires_at = now + i64::from(request.expires_in_days) * 24 * 60 * 60;
    sqlx::query(
        "INSERT INTO join_codes (code_sha256, id, organization_id, created_by, courses, created_at, expires_at, \
         max_uses, label, role) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(sha256_hex(&normalise_code(&code)))
    .bind(&id)
    .bind(&organization_id)
    .bind(&user.user_id)
    .bind(serde_json::to_string(&request.courses).expect("a list of strings serialises"))
    .bind(now)
    .bind(expires_at)
    .bind(i64::from(request.max_uses))
    .bind(&label)
    .bind(request.role.as_str())
    .execute(state.store.pool())
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(JoinCodeCreated {
            code,
            id,
            label,
            role: request.role,
            organization_id,
            courses: request.courses,
            expires_at,
            max_uses: request.max_uses,
        }),
    ))
}

/// `GET /api/v1/organizations/{organization_id}/join-codes`: the organization's codes, newest
/// first, with their uses and who made them; for its trainers and administrators.
async fn list_join_codes(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
) -> Result<Json<Vec<JoinCodeInfo>>, AppError> {
    if !holds_role(&state, &user, &organization_id, &STAFF).await? {
        return Err(AppError::Forbidden);
    }
    let rows = sqlx::query(
        "SELECT j.id, j.label, j.courses, j.role, j.created_at, u.display_name, j.expires_at, j.max_uses, \
         j.uses, j.ended_at FROM join_codes j JOIN users u ON u.id = j.created_by \
         WHERE j.organization_id = $1 ORDER BY j.created_at DESC, j.id DESC",
    )
    .bind(&organization_id)
    .fetch_all(state.store.pool())
    .await?;
    let codes = rows
        .into_iter()
        .map(|row| {
            let courses = serde_json::from_str(&row.get::<String, _>("courses"))
                .map_err(|e| AppError::Internal(format!("stored join code courses: {e}")))?;
            Ok(JoinCodeInfo {
                id: row.get::<Option<String>, _>("id").unwrap_or_default(),
                label: row.get("label"),
                courses,
                role: Role::parse(&row.get::<String, _>("role")).unwrap_or(Role::Learner),
                created_at: row.get("created_at"),
                created_by: row.get("display_name"),
                expires_at: row.get("expires_at"),
                max_uses: u32::try_from(row.get::<i64, _>("max_uses")).unwrap_or(u32::MAX),
                uses: u32::try_from(row.get::<i64, _>("uses")).unwrap_or(u32::MAX),
                ended_at: row.get("ended_at"),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(Json(codes))
}

/// `DELETE /api/v1/organizations/{organization_id}/join-codes/{code_id}`: ends a code, which
/// then redeems no more (`join_code_ended`); the accounts it made stay. An invitation is ended
/// by those who may make one (administrators). Ending an ended code changes nothing.
async fn end_join_code(
    State(state): State<AppState>,
    user: AuthUser,
    Path((organization_id, code_id)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    if !holds_role(&state, &user, &organization_id, &STAFF).await? {
        return Err(AppError::Forbidden);
    }
    let role: Option<String> =
        sqlx::query_scalar("SELECT role FROM join_codes WHERE id = $1 AND organization_id = $2")
            .bind(&code_id)
            .bind(&organization_id)
            .fetch_optional(state.store.pool())
            .await?;
    let Some(role) = role else { return Err(AppError::NotFound(text!("error-not-found-join-code"))) };
    if role != Role::Learner.as_str()
        && !holds_role(&state, &user, &organization_id, &[Role::Administrator]).await?
    {
        return Err(AppError::Forbidden);
    }
    sqlx::query("UPDATE join_codes SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(state.clock.now())
        .bind(&code_id)
        .execute(state.store.pool())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The rule behind [`may_offer`], given the course's owner and whether it is open.
fn offers(organization_id: &str, owner: Option<&str>, open: bool) -> bool {
    open || owner.is_none_or(|owner| owner == organization_id)
}

/// Whether `organization_id`'s join codes may enroll learners in course `slug`: a course open
/// to every signed-in learner, a course of the installation (imported from the courses folder,
/// owned by no organization), or one the organization owns. Never another organization's
/// closed course: its cohort is that organization's to choose. Its trainers give the same
/// courses to their members directly (`POST /organizations/{id}/enrollments`).
pub async fn may_offer(
    state: &AppState,
    organization_id: &str,
    slug: &str,
    open: bool,
) -> Result<bool, AppError> {
    let owner = state.store.course_owner(slug).await?;
    Ok(offers(organization_id, owner.as_deref(), open))
}

/// `GET /api/v1/organizations/{organization_id}/courses`: the courses the organization owns or
/// may offer ([`may_offer`]), archived ones too, each with how many accounts are enrolled in
/// it through this organization. For its trainers and administrators.
async fn list_organization_courses(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
) -> Result<Json<Vec<OrganizationCourse>>, AppError> {
    if !holds_role(&state, &user, &organization_id, &STAFF).await? {
        return Err(AppError::Forbidden);
    }
    let owners = state.store.course_owners().await?;
    let archived = catalog::archived_courses(&state).await?;
    let counts: HashMap<String, i64> = sqlx::query(
        "SELECT course, COUNT(*) AS learners FROM enrollments WHERE organization_id = $1 GROUP BY course",
    )
    .bind(&organization_id)
    .fetch_all(state.store.pool())
    .await?
    .iter()
    .map(|row| (row.get("course"), row.get("learners")))
    .collect();
    let courses = state
        .store
        .catalog()
        .await?
        .into_iter()
        .filter(|c| offers(&organization_id, owners.get(&c.slug).map(String::as_str), c.open))
        .map(|c| OrganizationCourse {
            owned: owners.get(&c.slug) == Some(&organization_id),
            archived: archived.contains(&c.slug),
            learners: counts.get(&c.slug).map_or(0, |n| u32::try_from(*n).unwrap_or(u32::MAX)),
            slug: c.slug,
            title: c.title,
            language: c.language,
            open: c.open,
        })
        .collect();
    Ok(Json(courses))
}

/// The most accounts one request enrolls.
const MAX_ENROLLED_AT_ONCE: usize = 10_000;

/// `POST /api/v1/organizations/{organization_id}/enrollments`: a trainer or administrator gives
/// members of the organization a course it may offer. Every id must be a member (any role) of
/// this organization, or nothing is done; accounts already enrolled (through any organization
/// or by themselves) are skipped, since an enrollment is never changed.
async fn enroll_members(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
    ApiJson(request): ApiJson<EnrollMembers>,
) -> Result<Json<EnrollmentsMade>, AppError> {
    if !holds_role(&state, &user, &organization_id, &STAFF).await? {
        return Err(AppError::Forbidden);
    }
    let slug = &request.course;
    check_offered(&state, &organization_id, slug).await?;
    let mut wanted: Vec<&String> = request.user_ids.iter().collect();
    wanted.sort();
    wanted.dedup();
    if wanted.len() > MAX_ENROLLED_AT_ONCE {
        return Err(AppError::BadRequest(text!("error-enroll-too-many", max = MAX_ENROLLED_AT_ONCE)));
    }
    let members: HashSet<String> =
        sqlx::query_scalar("SELECT DISTINCT user_id FROM memberships WHERE organization_id = $1")
            .bind(&organization_id)
            .fetch_all(state.store.pool())
            .await?
            .into_iter()
            .collect();
    if let Some(stranger) = wanted.iter().find(|id| !members.contains(id.as_str())) {
        return Err(AppError::BadRequest(text!("error-not-a-member", account = stranger.as_str())));
    }
    let now = state.clock.now();
    let mut tx = state.store.begin_write().await?;
    let mut enrolled = 0;
    for user_id in wanted {
        if enroll(&mut *tx, user_id, slug, Some(&organization_id), now).await? {
            enrolled += 1;
        }
    }
    tx.commit().await?;
    Ok(Json(EnrollmentsMade { enrolled }))
}

/// `POST /api/v1/join`: redeem a join code into a new, signed-in account: a learner of the
/// organization, or for an invitation a trainer or administrator.
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
    let Some(row) = sqlx::query(
        "SELECT organization_id, courses, expires_at, ended_at, role FROM join_codes WHERE code_sha256 = $1",
    )
    .bind(&code_sha256)
    .fetch_optional(state.store.pool())
    .await?
    else {
        return Err(AppError::JoinCodeInvalid);
    };
    attempt.succeeded();
    if row.get::<Option<i64>, _>("ended_at").is_some() {
        return Err(AppError::JoinCodeEnded);
    }
    if row.get::<i64, _>("expires_at") <= now {
        return Err(AppError::JoinCodeExpired);
    }
    // Claim one use atomically, so two learners redeeming the last use at once cannot both win.
    let claimed = sqlx::query(
        "UPDATE join_codes SET uses = uses + 1 \
         WHERE code_sha256 = $1 AND uses < max_uses AND expires_at > $2 AND ended_at IS NULL",
    )
    .bind(&code_sha256)
    .bind(now)
    .execute(state.store.pool())
    .await?;
    if claimed.rows_affected() == 0 {
        return Err(AppError::JoinCodeUsedUp);
    }
    let organization_id: String = row.get("organization_id");
    let role = Role::parse(&row.get::<String, _>("role")).unwrap_or(Role::Learner);
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
    accounts::add_membership(&state.store, &user_id, &organization_id, role).await?;
    // A course archived since the code was made is no longer offered.
    let archived = catalog::archived_courses(&state).await?;
    for course in courses.iter().filter(|c| !archived.contains(*c)) {
        enroll(state.store.pool(), &user_id, course, Some(&organization_id), now).await?;
    }
    Ok((StatusCode::CREATED, Json(accounts::start_session(&state, &user_id).await?)))
}

/// Enrolls an account in a course (again is a no-op); `organization_id` is the organization
/// whose join code or trainer did it, `None` for self-enrollment in an open course. Says
/// whether a new enrollment was made.
pub async fn enroll<'c>(
    executor: impl sqlx::Executor<'c, Database = sqlx::Any>,
    user_id: &str,
    course: &str,
    organization_id: Option<&str>,
    now: i64,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "INSERT INTO enrollments (user_id, course, organization_id, enrolled_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, course) DO NOTHING",
    )
    .bind(user_id)
    .bind(course)
    .bind(organization_id)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(done.rows_affected() > 0)
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
    let (_, json) =
        state.store.manifest(&slug).await?.ok_or(AppError::NotFound(text!("error-not-found-course")))?;
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
    if catalog::is_archived(&state, &slug).await? {
        return Err(AppError::CourseArchived(slug));
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
