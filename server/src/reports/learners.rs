//! The learner table of one organization: who studies what through it, how far they are and
//! when their device last sent progress. Seeing individual learners is an explicit request,
//! allowed to that organization's administrators and trainers only (not to the superadmin as
//! such, nor to other organizations), and each request is written to the audit log.

use std::collections::{BTreeMap, HashMap, HashSet};

use dala_wire::{LearnerCourse, LearnerRow, Role};
use sqlx::Row;

use super::Span;
use crate::AppState;
use crate::accounts::{self, AuthUser};
use crate::error::AppError;

/// Whether `user` may see the individual learners of `organization_id`: a trainer or
/// administrator there. The superadmin reads aggregates and the audit log, not learners.
pub async fn may_view(state: &AppState, user: &AuthUser, organization_id: &str) -> Result<bool, AppError> {
    let roles = accounts::roles_in(&state.store, &user.user_id, organization_id).await?;
    Ok(roles.iter().any(|r| matches!(r, Role::Trainer | Role::Administrator)))
}

/// The organization's learners (its `learner` members and everyone enrolled through it), with
/// their courses enrolled in `span` (and only `course`, if given), by display name.
pub async fn build(
    state: &AppState,
    organization_id: &str,
    course: Option<&str>,
    span: Span,
) -> Result<Vec<LearnerRow>, AppError> {
    let pool = state.store.pool();
    let mut rows: BTreeMap<(String, String), LearnerRow> = BTreeMap::new();
    let members = sqlx::query(
        "SELECT u.id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.organization_id = $1 AND m.role = 'learner'",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await?;
    let mut names: HashMap<String, String> = HashMap::new();
    for row in &members {
        names.insert(row.get("id"), row.get("display_name"));
    }
    let enrollments = sqlx::query(
        "SELECT e.user_id, u.display_name, e.course FROM enrollments e JOIN users u ON u.id = e.user_id \
         WHERE e.organization_id = $1 AND e.enrolled_at >= $2 AND e.enrolled_at < $3 AND (e.course = $4 OR $4 = '')",
    )
    .bind(organization_id)
    .bind(span.from)
    .bind(span.to)
    .bind(course.unwrap_or(""))
    .fetch_all(pool)
    .await?;
    let mut studies: HashMap<String, Vec<String>> = HashMap::new();
    for row in &enrollments {
        let user: String = row.get("user_id");
        names.insert(user.clone(), row.get("display_name"));
        studies.entry(user).or_default().push(row.get("course"));
    }

    // Lessons completed, per learner and course, through this organization's enrollments.
    let completed_lessons = sqlx::query(
        "SELECT user_id, course, lesson FROM lesson_reach WHERE organization_id = $1 AND completed = 1",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await?;
    let mut done: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for row in &completed_lessons {
        done.entry((row.get("user_id"), row.get("course"))).or_default().insert(row.get("lesson"));
    }
    let last_sync: HashMap<String, i64> = sqlx::query(
        "SELECT user_id, MAX(last_at) AS last FROM activity_days WHERE organization_id = $1 GROUP BY user_id",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| (r.get::<String, _>("user_id"), r.get::<i64, _>("last")))
    .collect();
    let certified: HashSet<(String, String)> =
        sqlx::query("SELECT DISTINCT user_id, course FROM certificates WHERE organization_id = $1")
            .bind(organization_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| (r.get::<String, _>("user_id"), r.get::<String, _>("course")))
            .collect();

    // Each course's current lessons, read once.
    let mut lessons: HashMap<String, Vec<String>> = HashMap::new();
    for slugs in studies.values() {
        for slug in slugs {
            if lessons.contains_key(slug) {
                continue;
            }
            let ids = match state.store.manifest(slug).await? {
                Some((version, _)) => state
                    .store
                    .course_version(slug, &version)
                    .await?
                    .map(|m| m.lessons.iter().map(|l| l.id.clone()).collect())
                    .unwrap_or_default(),
                None => Vec::new(),
            };
            lessons.insert(slug.clone(), ids);
        }
    }

    for (user, name) in names {
        // With a course filter, only the learners who study it.
        let mut courses: Vec<LearnerCourse> = studies
            .get(&user)
            .into_iter()
            .flatten()
            .map(|slug| {
                let current = &lessons[slug];
                let finished = done.get(&(user.clone(), slug.clone()));
                LearnerCourse {
                    slug: slug.clone(),
                    lessons_completed: current
                        .iter()
                        .filter(|id| finished.is_some_and(|f| f.contains(*id)))
                        .count() as u32,
                    lessons_total: current.len() as u32,
                    completed: certified.contains(&(user.clone(), slug.clone())),
                }
            })
            .collect();
        if courses.is_empty() && (course.is_some() || span.from > 0) {
            continue;
        }
        courses.sort_by(|a, b| a.slug.cmp(&b.slug));
        let row = LearnerRow {
            user_id: user.clone(),
            display_name: name.clone(),
            last_sync: last_sync.get(&user).copied(),
            courses,
        };
        rows.insert((name, user), row);
    }
    Ok(rows.into_values().collect())
}
