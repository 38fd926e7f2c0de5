//! What administrators see of learning in their organizations: counts first. A report answers
//! for the organizations the caller administers (the superadmin: all), filtered by course,
//! organization and dates; individual learners appear only in the learner table, which is an
//! explicit, audited request.

use serde::{Deserialize, Serialize};

/// The filters every report takes, as query parameters: `?organization=…&course=…&from=…&to=…`
/// (dates `YYYY-MM-DD`, both included, UTC).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// The counts of one row of a summary table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Enrollments made in the period.
    pub enrollments: u64,
    /// Distinct learners whose devices sent progress in the last 30 days (in the period's
    /// month for the monthly table).
    pub active_learners: u64,
    /// Distinct learner–course pairs completed (a certificate was issued, even if later revoked).
    pub completions: u64,
    /// Certificates issued and not revoked.
    pub certificates: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationSummary {
    pub id: String,
    pub name: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseSummaryRow {
    pub slug: String,
    pub title: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthSummary {
    /// `YYYY-MM`.
    pub month: String,
    pub counts: Counts,
}

/// `GET /api/v1/reports/summary`: the dashboard's tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub organizations: Vec<OrganizationSummary>,
    pub courses: Vec<CourseSummaryRow>,
    pub months: Vec<MonthSummary>,
    pub totals: Counts,
    /// Learners' questions per organization and course (those with any), counted without
    /// names; by organization name, then course.
    #[serde(default)]
    pub questions: Vec<crate::QuestionCounts>,
}

/// One entry of the audit log (`GET /api/v1/audit`, for the superadmin): someone looked at
/// individual learners or exported a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Seconds since the Unix epoch.
    pub at: i64,
    pub actor_id: String,
    pub actor_name: String,
    /// `view_learners` or `export`.
    pub action: String,
    pub organization_id: Option<String>,
    /// The table and filters, as requested.
    pub detail: String,
}

/// How far learners got in one course (`GET /api/v1/reports/courses/{slug}`), for the learners
/// enrolled in the period in the caller's organizations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseReport {
    pub slug: String,
    pub title: String,
    pub enrolled: u64,
    /// The current version's lessons in order, each with how many learners opened or completed it.
    pub funnel: Vec<FunnelStep>,
    /// Every question of the current version's quizzes.
    pub questions: Vec<QuestionDifficulty>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunnelStep {
    pub lesson_id: String,
    pub title: String,
    /// Learners who opened or completed this lesson.
    pub reached: u64,
    pub completed: u64,
}

/// How hard a question is: of the learners' first attempts at its quiz, how many got it wrong.
/// Attempts made on an older version count when the question's text there is the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionDifficulty {
    pub quiz_id: String,
    pub quiz_title: String,
    /// 1-based, as trainers count.
    pub number: u32,
    pub prompt: String,
    pub first_attempts: u64,
    pub wrong: u64,
}

/// One learner of an organization (`GET /api/v1/organizations/{id}/learners`: an explicit,
/// audited request of that organization's administrators and trainers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerRow {
    pub user_id: String,
    pub display_name: String,
    /// When the server last received progress from the learner (seconds), if ever.
    pub last_sync: Option<i64>,
    pub courses: Vec<LearnerCourse>,
}

/// A learner's progress in one course they study through the organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerCourse {
    pub slug: String,
    /// Lessons of the current version completed.
    pub lessons_completed: u32,
    pub lessons_total: u32,
    /// Whether a certificate was issued (even if later revoked).
    pub completed: bool,
}
