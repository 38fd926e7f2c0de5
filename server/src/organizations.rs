//! Organizations and the people in them, as their administrators and trainers see them.
//!
//! Every route here is scoped to one organization: a trainer or administrator of organization A
//! gets 403 for organization B, whatever B's id. The superadmin may do everything.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use dala_wire::{CreateOrganization, Member, Organization, Role, SessionsRevoked};
use sqlx::Row;

use crate::AppState;
use crate::accounts::{self, AuthUser};
use crate::error::{ApiJson, AppError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organizations", post(create_organization))
        .route("/organizations/{organization_id}/members", get(list_members))
        .route("/users/{user_id}/sessions", delete(revoke_user_sessions))
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
/// account belongs to, and to the superadmin. An account that does not exist answers 403 like
/// one the caller may not touch, so the answer does not tell which ids exist.
async fn revoke_user_sessions(
    State(state): State<AppState>,
    user: AuthUser,
    Path(user_id): Path<String>,
) -> Result<Json<SessionsRevoked>, AppError> {
    let allowed = user.superadmin || user.user_id == user_id || {
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
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let revoked = accounts::revoke_sessions(&state.store, state.clock.now(), &user_id).await?;
    Ok(Json(SessionsRevoked { revoked }))
}
