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

// ---- Running an organization from the app (issue 15). ----

/// One join code as its organization's trainers and administrators see it
/// (`GET /api/v1/organizations/{id}/join-codes`, newest first). The code itself is never
/// listed: the server keeps only its SHA-256, so it is shown once, when it is created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinCodeInfo {
    /// A public id that names the code for ending it; it cannot be redeemed.
    pub id: String,
    /// The trainer's note on whom the code is for (such as "Osh, March cohort"); may be empty.
    pub label: String,
    pub courses: Vec<String>,
    /// `Learner` for a cohort's code; `Trainer` or `Administrator` for a one-time invitation.
    pub role: Role,
    /// Seconds since the Unix epoch.
    pub created_at: i64,
    /// The display name of the account that created it.
    pub created_by: String,
    pub expires_at: i64,
    pub max_uses: u32,
    pub uses: u32,
    /// When a trainer ended it; an ended code redeems no more.
    pub ended_at: Option<i64>,
}

/// `GET /api/v1/organizations/{id}/courses`: a course the organization's learners have or can
/// be given (its own, the installation's and open ones), with how many of its learners hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationCourse {
    pub slug: String,
    pub title: String,
    pub language: String,
    /// Whether this organization owns (authors) the course.
    pub owned: bool,
    pub open: bool,
    /// Hidden from the catalog; still readable by those who hold it.
    pub archived: bool,
    /// Accounts enrolled in it through this organization.
    pub learners: u32,
}

/// `POST /api/v1/organizations/{id}/enrollments`: give members of the organization a course.
/// Answers with the number of enrollments made (members already enrolled are skipped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollMembers {
    pub course: String,
    pub user_ids: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollmentsMade {
    pub enrolled: u32,
}

/// `GET /api/v1/organizations` (the superadmin only): every organization, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationListing {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    /// Accounts with any role in it.
    pub members: u32,
}

/// `POST /api/v1/users/{id}/password-reset`: a trainer or administrator makes a one-time code
/// for a member who cannot sign in, and hands it over in person. The code is shown this once
/// (only its SHA-256 is kept), replaces any earlier unused one and is written to the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordResetIssued {
    /// Twelve letters and digits in groups of four, as join codes.
    pub code: String,
    /// The account's login name, which the learner types with the code.
    pub login: String,
    /// Seconds since the Unix epoch; 72 hours after issue.
    pub expires_at: i64,
}

/// `POST /api/v1/password-reset`: the learner sets a new password with the code. Every
/// session of the account ends; the answer is a [`crate::SignInResponse`] (signed in).
/// A wrong, used, replaced or expired code is `reset_code_invalid` (which of them is not said).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordResetRequest {
    pub login: String,
    pub code: String,
    pub password: String,
}

/// `POST /api/v1/courses/{slug}/archive`: hide a course from the catalog (`archived: true`) or
/// show it again. Those who hold it keep reading it, its progress still syncs and its
/// certificates stay verifiable; join codes can no longer offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchiveCourse {
    pub archived: bool,
}
