//! Organizations, their members and enrollments, as administrators and trainers see them.

use serde::{Deserialize, Serialize};

use crate::Role;

/// `POST /api/v1/organizations` (the superadmin only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateOrganization {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
}

/// One account in an organization (`GET /api/v1/organizations/{id}/members`): what its
/// trainers and administrators need to mentor it, and nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub user_id: String,
    pub login: String,
    pub display_name: String,
    /// The account's roles in this organization, learner first.
    pub roles: Vec<Role>,
    /// Courses the account is enrolled in through this organization, in slug order.
    pub courses: Vec<String>,
}

/// `POST /api/v1/courses/{slug}/enrollment`: a signed-in learner enrolls in an open course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrollment {
    pub course: String,
    /// The organization whose join code enrolled the learner; `None` for self-enrollment.
    pub organization_id: Option<String>,
    /// Seconds since the Unix epoch.
    pub enrolled_at: i64,
}

/// `DELETE /api/v1/users/{id}/sessions`: how many sessions were ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionsRevoked {
    pub revoked: u64,
}
