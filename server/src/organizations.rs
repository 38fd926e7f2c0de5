//! Organizations and the people in them, as their administrators and trainers see them.
//!
//! Every route here is scoped to one organization: a trainer or administrator of organization A
//! gets 403 for organization B, whatever B's id. The superadmin may do everything, and lists
//! every organization. Who may act on one account (end its sessions, reset its password) is
//! [`may_manage`].

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use dala_wire::{
    CreateOrganization, Member, Organization, OrganizationListing, PasswordResetIssued, Role, SessionsRevoked,
};
use sqlx::Row;

use crate::AppState;
use crate::accounts::{self, AuthUser};
use crate::error::{ApiJson, AppError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organizations", get(list_organizations).post(create_organization))
        .route("/organizations/{organization_id}/members", get(list_members))
        .route("/users/{user_id}/sessions", delete(revoke_user_sessions))
        .route("/users/{user_id}/password-reset", post(issue_password_reset))
}

/// Whether an account holds one of `roles` in an organization (the superadmin always does).
pub async fn holds_role(
    state: &AppState,
    user: &AuthUser,
    organization_id: &str,
    roles: &[Role],
) -> Result<bool, AppError> {
    if user.superadmin {
        return Ok(true);
    }
    let held = accounts::roles_in(&state.store, &user.user_id, organization_id).await?;
    Ok(held.iter().any(|r| roles.contains(r)))
}

/// An account someone may manage ([`may_manage`]): its login name, and the organization
/// through which the caller manages it (`None` for the superadmin acting on an account of no
/// organization).
#[derive(Debug, Clone)]
pub struct Managed {
    pub login: String,
    pub organization_id: Option<String>,
}

/// Whether `caller` may manage account `target` (reset its password, end its sessions): the
/// superadmin may manage anyone. Anyone else: the target is not the superadmin, the caller is
/// a trainer or administrator of some organization the target belongs to, and in *every*
/// organization where the target is a trainer or administrator the caller is an
/// administrator, so a trainer never takes over a colleague's or an administrator's account
/// through a reset. `None` also for an account that does not exist, so that the answer does
/// not tell which ids exist.
pub async fn may_manage(
    state: &AppState,
    caller: &AuthUser,
    target: &str,
) -> Result<Option<Managed>, AppError> {
    let Some(row) = sqlx::query("SELECT login, superadmin FROM users WHERE id = $1")
        .bind(target)
        .fetch_optional(state.store.pool())
        .await?
    else {
        return Ok(None);
    };
    let login: String = row.get("login");
    let memberships = |user: String| async move {
        let rows = sqlx::query("SELECT organization_id, role FROM memberships WHERE user_id = $1")
            .bind(user)
            .fetch_all(state.store.pool())
            .await?;
        Ok::<_, AppError>(
            rows.iter()
                .filter_map(|r| {
                    Some((r.get::<String, _>("organization_id"), Role::parse(&r.get::<String, _>("role"))?))
                })
                .collect::<Vec<(String, Role)>>(),
        )
    };
    let theirs = memberships(target.to_owned()).await?;
    // The organization named in the audit log: the first (by id) where the caller is staff.
    let mut shared: Vec<&String> = theirs.iter().map(|(organization, _)| organization).collect();
    shared.sort();
    shared.dedup();
    if caller.superadmin {
        return Ok(Some(Managed { login, organization_id: shared.first().map(|o| (*o).clone()) }));
    }
    if row.get::<i64, _>("superadmin") != 0 {
        return Ok(None);
    }
    let mine = memberships(caller.user_id.clone()).await?;
    let holds =
        |organization: &str, roles: &[Role]| mine.iter().any(|(o, r)| o == organization && roles.contains(r));
    let staff = [Role::Trainer, Role::Administrator];
    let Some(through) = shared.iter().find(|o| holds(o, &staff)) else { return Ok(None) };
    let outranked = theirs
        .iter()
        .filter(|(_, role)| staff.contains(role))
        .all(|(organization, _)| holds(organization, &[Role::Administrator]));
    Ok(outranked.then(|| Managed { login, organization_id: Some((*through).clone()) }))
}

/// `GET /api/v1/organizations`: every organization, by name, with its member count; for the
/// superadmin (others find their own in `GET /me`).
async fn list_organizations(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<OrganizationListing>>, AppError> {
    if !user.superadmin {
        return Err(AppError::Forbidden);
    }
    let rows = sqlx::query(
        "SELECT o.id, o.name, o.created_at, COUNT(DISTINCT m.user_id) AS members FROM organizations o \
         LEFT JOIN memberships m ON m.organization_id = o.id GROUP BY o.id, o.name, o.created_at ORDER BY o.name",
    )
    .fetch_all(state.store.pool())
    .await?;
    Ok(Json(
        rows.iter()
            .map(|row| OrganizationListing {
                id: row.get("id"),
                name: row.get("name"),
                created_at: row.get("created_at"),
                members: u32::try_from(row.get::<i64, _>("members")).unwrap_or(u32::MAX),
            })
            .collect(),
    ))
}

/// `POST /api/v1/users/{id}/password-reset`: a one-time code for an account its owner cannot
/// sign in to, for whoever [`may_manage`] it; handed over in person, written to the audit log.
async fn issue_password_reset(
    State(state): State<AppState>,
    user: AuthUser,
    Path(user_id): Path<String>,
) -> Result<(StatusCode, Json<PasswordResetIssued>), AppError> {
    let Some(managed) = may_manage(&state, &user, &user_id).await? else {
        return Err(AppError::Forbidden);
    };
    let (code, expires_at) =
        accounts::issue_password_reset(&state, &user_id, &user.user_id, managed.organization_id.as_deref())
            .await?;
    crate::reports::audit_record(
        &state,
        &user,
        "password_reset",
        managed.organization_id.as_deref(),
        &format!("user={user_id}"),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(PasswordResetIssued { code, login: managed.login, expires_at })))
}

/// `POST /api/v1/organizations`: the superadmin registers an organization.
async fn create_organization(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(request): ApiJson<CreateOrganization>,
) -> Result<(StatusCode, Json<Organization>), AppError> {
    if !user.superadmin {
        return Err(AppError::Forbidden);
    }
    let id = accounts::create_organization(&state.store, state.clock.now(), &request.name).await?;
    Ok((StatusCode::CREATED, Json(Organization { id, name: request.name.trim().to_owned() })))
}

/// `GET /api/v1/organizations/{id}/members`: the organization's accounts with their roles and
/// the courses they are enrolled in through it. For its trainers and administrators.
async fn list_members(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
) -> Result<Json<Vec<Member>>, AppError> {
    if !holds_role(&state, &user, &organization_id, &[Role::Trainer, Role::Administrator]).await? {
        return Err(AppError::Forbidden);
    }
    let rows = sqlx::query(
        "SELECT u.id, u.login, u.display_name, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.organization_id = $1 ORDER BY u.display_name, u.id",
    )
    .bind(&organization_id)
    .fetch_all(state.store.pool())
    .await?;
    let mut members: Vec<Member> = Vec::new();
    for row in rows {
        let id: String = row.get("id");
        let Some(role) = Role::parse(&row.get::<String, _>("role")) else { continue };
        match members.last_mut() {
            Some(member) if member.user_id == id => member.roles.push(role),
            _ => members.push(Member {
                user_id: id,
                login: row.get("login"),
                display_name: row.get("display_name"),
                roles: vec![role],
                courses: Vec::new(),
            }),
        }
    }
    let enrollments = sqlx::query(
        "SELECT user_id, course FROM enrollments WHERE organization_id = $1 ORDER BY user_id, course",
    )
    .bind(&organization_id)
    .fetch_all(state.store.pool())
    .await?;
    let position: HashMap<String, usize> =
        members.iter().enumerate().map(|(i, m)| (m.user_id.clone(), i)).collect();
    for row in enrollments {
        if let Some(&i) = position.get(&row.get::<String, _>("user_id")) {
            members[i].courses.push(row.get("course"));
        }
    }
    for member in &mut members {
        member.roles.sort();
    }
    Ok(Json(members))
}

/// `DELETE /api/v1/users/{id}/sessions`: ends every session of an account (a lost phone, a
/// person who left). Allowed to the account itself, to an administrator of an organization the
/// account belongs to, to whoever [`may_manage`] it (a trainer for the organization's
/// learners), and to the superadmin. An account that does not exist answers 403 like one the
/// caller may not touch, so the answer does not tell which ids exist.
async fn revoke_user_sessions(
    State(state): State<AppState>,
    user: AuthUser,
    Path(user_id): Path<String>,
) -> Result<Json<SessionsRevoked>, AppError> {
    let allowed = user.superadmin
        || user.user_id == user_id
        || {
            let administered: Option<String> = sqlx::query_scalar(
                "SELECT target.organization_id FROM memberships target JOIN memberships admin \
             ON admin.organization_id = target.organization_id \
             WHERE target.user_id = $1 AND admin.user_id = $2 AND admin.role = 'administrator'",
            )
            .bind(&user_id)
            .bind(&user.user_id)
            .fetch_optional(state.store.pool())
            .await?;
            administered.is_some()
        }
        || may_manage(&state, &user, &user_id).await?.is_some();
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let revoked = accounts::revoke_sessions(&state.store, state.clock.now(), &user_id).await?;
    Ok(Json(SessionsRevoked { revoked }))
}
