//! Reports for administrators: enrollments, active learners, completions and certificates per
//! organization, course and month, exported as CSV on request.
//!
//! Counts come first. A report covers the organizations the caller administers (the superadmin:
//! every organization, and enrollments that belong to none, such as self-enrollments in open
//! courses); asking for another organization is 403. Enrollments, certificates and activity
//! belong to the organization recorded on the enrollment (the join code's), so a learner who is
//! in two organizations is counted in each only for what they study through it. Every export
//! is written to the audit log, which only the superadmin reads.

pub mod activity;
pub mod course;
pub mod csv;
pub mod learners;

use crate::text;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dala_wire::{
    AuditEntry, Counts, CourseSummaryRow, MonthSummary, OrganizationSummary, ReportFilter, Summary,
};
use std::collections::HashMap;

use dala_credential::{civil_from_days, days_from_civil};
use serde::Deserialize;
use sqlx::{AnyPool, Row};

use crate::AppState;
use crate::accounts::AuthUser;
use crate::error::{ApiQuery, AppError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reports/summary", get(summary))
        .route("/reports/courses/{slug}", get(course_report))
        .route("/reports/export", get(export))
        .route("/organizations/{organization_id}/learners", get(learner_table))
        .route("/audit", get(audit))
}

const DAY: i64 = 24 * 60 * 60;
/// "Active": progress received on one of the last 30 days (today included).
const ACTIVE_DAYS: i64 = 30;
/// The monthly table shows at most this many months (the newest).
const MAX_MONTHS: usize = 36;

/// The organizations a report covers.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Id and name, by name.
    pub organizations: Vec<(String, String)>,
    /// Whether enrollments of no organization count too (the superadmin's whole view).
    pub unattributed: bool,
}

impl Scope {
    fn ids(&self) -> Vec<String> {
        self.organizations.iter().map(|(id, _)| id.clone()).collect()
    }
}

/// What a caller may see under `filter`: 403 if they administer no organization, or ask for
/// one they do not administer.
pub async fn scope(state: &AppState, user: &AuthUser, filter: &ReportFilter) -> Result<Scope, AppError> {
    let rows = if user.superadmin {
        sqlx::query("SELECT id, name FROM organizations ORDER BY name, id")
            .fetch_all(state.store.pool())
            .await?
    } else {
        sqlx::query(
            "SELECT o.id, o.name FROM organizations o JOIN memberships m ON m.organization_id = o.id \
             WHERE m.user_id = $1 AND m.role = 'administrator' ORDER BY o.name, o.id",
        )
        .bind(&user.user_id)
        .fetch_all(state.store.pool())
        .await?
    };
    let mut organizations: Vec<(String, String)> =
        rows.iter().map(|r| (r.get::<String, _>("id"), r.get::<String, _>("name"))).collect();
    if organizations.is_empty() && !user.superadmin {
        return Err(AppError::Forbidden);
    }
    let mut unattributed = user.superadmin;
    if let Some(wanted) = &filter.organization {
        organizations.retain(|(id, _)| id == wanted);
        if organizations.is_empty() {
            return Err(AppError::Forbidden);
        }
        unattributed = false;
    }
    Ok(Scope { organizations, unattributed })
}

/// A half-open span of time in seconds, `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: i64,
    pub to: i64,
}

/// The civil year and month (UTC) of a time.
fn year_month(seconds: i64) -> (i64, u32) {
    let (year, month, _) = civil_from_days(seconds.div_euclid(DAY));
    (year, month)
}

/// The civil date (`YYYY-MM-DD`, UTC) of a time.
pub fn date_of(seconds: i64) -> String {
    let (year, month, day) = civil_from_days(seconds.div_euclid(DAY));
    format!("{year:04}-{month:02}-{day:02}")
}

/// `YYYY-MM-DD` as the second it starts (UTC).
fn parse_date(text: &str) -> Result<i64, AppError> {
    let bad = || AppError::BadRequest(text!("error-date-format", text = format!("{text:?}")));
    let mut parts = text.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return Err(bad()) };
    let (year, month, day): (i64, u32, u32) =
        (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
    if y.len() != 4 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    let start = days_from_civil(year, month, day);
    // 31 February and the like come back as another date.
    if civil_from_days(start) != (year, month, day) {
        return Err(bad());
    }
    Ok(start * DAY)
}

/// The filter's dates as a span (`to` included: the span ends at the next midnight).
pub fn period(filter: &ReportFilter) -> Result<Span, AppError> {
    let from = filter.from.as_deref().map(parse_date).transpose()?.unwrap_or(0);
    let to = filter.to.as_deref().map(parse_date).transpose()?.map_or(i64::MAX / 2, |t| t + DAY);
    if to <= from {
        return Err(AppError::BadRequest(text!("error-period-reversed")));
    }
    Ok(Span { from, to })
}

/// `(column IN ($first, …) OR column IS NULL)` for a scope.
fn organization_clause(column: &str, scope: &Scope, first: usize) -> String {
    let mut parts = Vec::new();
    if !scope.organizations.is_empty() {
        let list: Vec<String> = (0..scope.organizations.len()).map(|i| format!("${}", first + i)).collect();
        parts.push(format!("{column} IN ({})", list.join(", ")));
    }
    if scope.unattributed {
        parts.push(format!("{column} IS NULL"));
    }
    if parts.is_empty() { "1 = 0".to_owned() } else { format!("({})", parts.join(" OR ")) }
}

/// How a count is split.
#[derive(Debug, Clone, Copy)]
enum By<'a> {
    Organization,
    Course,
    /// By month: each month's label and the second it starts, in order.
    Month(&'a [(String, Span)]),
    /// Not at all: one count, under the key `""`.
    Total,
}

/// What one count counts.
struct Units {
    /// One row per unit, keyed by `{key}`; `$1` and `$2` are the span.
    sql: &'static str,
    /// The column that places a unit in time.
    time: &'static str,
    /// Whether that column counts days rather than seconds.
    in_days: bool,
}

impl By<'_> {
    /// The key each row of `units` is counted under. A month's label is a constant made here
    /// (`YYYY-MM`), never the caller's text.
    fn key(self, units: &Units) -> String {
        match self {
            By::Organization => "COALESCE(e.organization_id, '')".into(),
            By::Course => "e.course".into(),
            By::Total => "''".into(),
            By::Month(months) => {
                let Some(((last, _), earlier)) = months.split_last() else { return "''".into() };
                if earlier.is_empty() {
                    return format!("'{last}'");
                }
                let mut case = String::from("CASE");
                for ((label, _), (_, next)) in months.iter().zip(&months[1..]) {
                    let start = if units.in_days { next.from.div_euclid(DAY) } else { next.from };
                    case.push_str(&format!(" WHEN {} < {start} THEN '{label}'", units.time));
                }
                format!("{case} ELSE '{last}' END")
            }
        }
    }
}

/// Enrollments made in the span.
const ENROLLMENTS: Units = Units {
    sql: "SELECT {key} AS k FROM enrollments e WHERE e.enrolled_at >= $1 AND e.enrolled_at < $2",
    time: "e.enrolled_at",
    in_days: false,
};
/// Learners with progress received on a day of the span (in days).
const ACTIVE: Units = Units {
    sql: "SELECT DISTINCT {key} AS k, e.user_id FROM activity_days e WHERE e.day >= $1 AND e.day < $2",
    time: "e.day",
    in_days: true,
};
/// Learner–course pairs with a certificate issued in the span, revoked or not.
const COMPLETIONS: Units = Units {
    sql: "SELECT DISTINCT {key} AS k, e.user_id, e.course FROM certificates e \
          WHERE e.issued_at >= $1 AND e.issued_at < $2",
    time: "e.issued_at",
    in_days: false,
};
/// Certificates issued in the span and standing.
const CERTIFICATES: Units = Units {
    sql: "SELECT {key} AS k FROM certificates e \
          WHERE e.issued_at >= $1 AND e.issued_at < $2 AND e.revoked_at IS NULL",
    time: "e.issued_at",
    in_days: false,
};

/// One count of a scope and span, split `by`; `course` narrows it to one course.
async fn tally(
    pool: &AnyPool,
    units: &Units,
    by: By<'_>,
    scope: &Scope,
    span: Span,
    course: Option<&str>,
) -> Result<HashMap<String, u64>, AppError> {
    let sql = format!(
        "SELECT t.k, COUNT(*) AS n FROM ({} AND (e.course = $3 OR $3 = '') AND {}) t GROUP BY t.k",
        units.sql.replace("{key}", &by.key(units)),
        organization_clause("e.organization_id", scope, 4)
    );
    let mut query = sqlx::query(&sql).bind(span.from).bind(span.to).bind(course.unwrap_or(""));
    for id in scope.ids() {
        query = query.bind(id);
    }
    Ok(query
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| (row.get::<String, _>("k"), row.get::<i64, _>("n").max(0) as u64))
        .collect())
}

/// The four counts of a scope, course and span, split `by`; `active` is the span of days in
/// which progress counts as activity.
async fn counts_by(
    pool: &AnyPool,
    scope: &Scope,
    course: Option<&str>,
    span: Span,
    active: Span,
    by: By<'_>,
) -> Result<HashMap<String, Counts>, AppError> {
    let mut out: HashMap<String, Counts> = HashMap::new();
    for (key, n) in tally(pool, &ENROLLMENTS, by, scope, span, course).await? {
        out.entry(key).or_default().enrollments = n;
    }
    for (key, n) in tally(pool, &ACTIVE, by, scope, active, course).await? {
        out.entry(key).or_default().active_learners = n;
    }
    for (key, n) in tally(pool, &COMPLETIONS, by, scope, span, course).await? {
        out.entry(key).or_default().completions = n;
    }
    for (key, n) in tally(pool, &CERTIFICATES, by, scope, span, course).await? {
        out.entry(key).or_default().certificates = n;
    }
    Ok(out)
}

/// The four counts, not split.
async fn counts(
    pool: &AnyPool,
    scope: &Scope,
    course: Option<&str>,
    span: Span,
    active: Span,
) -> Result<Counts, AppError> {
    Ok(counts_by(pool, scope, course, span, active, By::Total).await?.remove("").unwrap_or_default())
}

/// A span of seconds as the span of the days it touches.
fn days(span: Span) -> Span {
    Span { from: span.from.div_euclid(DAY), to: (span.to + DAY - 1).div_euclid(DAY) }
}

/// The days in which progress makes a learner active for a period: the thirty days up to the
/// period's end (or today, if it ends later), within the period.
fn active_days(span: Span, now: i64) -> Span {
    let end = days(Span { from: span.from, to: span.to.min(now + 1) }).to;
    Span { from: (end - ACTIVE_DAYS).max(days(span).from), to: end }
}

/// The months a summary shows: from the period's start (or the first enrollment in scope) to
/// its end (or now), the newest [`MAX_MONTHS`] of them, each as `YYYY-MM` and its span.
async fn months(
    pool: &AnyPool,
    scope: &Scope,
    span: Span,
    now: i64,
) -> Result<Vec<(String, Span)>, AppError> {
    let first = if span.from > 0 {
        span.from
    } else {
        let sql = format!(
            "SELECT MIN(e.enrolled_at) FROM enrollments e WHERE {}",
            organization_clause("e.organization_id", scope, 1)
        );
        let mut query = sqlx::query_scalar::<_, Option<i64>>(&sql);
        for id in scope.ids() {
            query = query.bind(id);
        }
        query.fetch_one(pool).await?.unwrap_or(now)
    };
    let last = span.to.min(now + 1) - 1;
    let (mut year, mut month) = year_month(first);
    let end = year_month(last.max(first));
    let mut out = Vec::new();
    while (year, month) <= end {
        let start = days_from_civil(year, month, 1) * DAY;
        let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        let stop = days_from_civil(next_year, next_month, 1) * DAY;
        out.push((
            format!("{year:04}-{month:02}"),
            Span { from: start.max(span.from), to: stop.min(span.to) },
        ));
        (year, month) = (next_year, next_month);
    }
    let skip = out.len().saturating_sub(MAX_MONTHS);
    Ok(out.split_off(skip))
}

/// The dashboard's tables for `filter`, as `user` may see them.
pub async fn build_summary(
    state: &AppState,
    user: &AuthUser,
    filter: &ReportFilter,
) -> Result<Summary, AppError> {
    let scope = scope(state, user, filter).await?;
    let span = period(filter)?;
    let pool = state.store.pool();
    let now = state.clock.now();
    let recent = active_days(span, now);
    let course = filter.course.as_deref();

    let mut by_organization = counts_by(pool, &scope, course, span, recent, By::Organization).await?;
    let organizations = scope
        .organizations
        .iter()
        .map(|(id, name)| OrganizationSummary {
            id: id.clone(),
            name: name.clone(),
            counts: by_organization.remove(id).unwrap_or_default(),
        })
        .collect();
    let mut by_course = counts_by(pool, &scope, course, span, recent, By::Course).await?;
    let courses = state
        .store
        .catalog()
        .await?
        .into_iter()
        .filter(|summary| course.is_none_or(|c| c == summary.slug))
        .map(|summary| CourseSummaryRow {
            counts: by_course.remove(&summary.slug).unwrap_or_default(),
            slug: summary.slug,
            title: summary.title,
        })
        .collect();
    let months = months(pool, &scope, span, now).await?;
    let mut month_rows = Vec::new();
    if let (Some((_, first)), Some((_, last))) = (months.first(), months.last()) {
        let whole = Span { from: first.from, to: last.to };
        let mut by_month = counts_by(pool, &scope, course, whole, days(whole), By::Month(&months)).await?;
        for (month, _) in &months {
            month_rows.push(MonthSummary {
                month: month.clone(),
                counts: by_month.remove(month).unwrap_or_default(),
            });
        }
    }
    let totals = counts(pool, &scope, course, span, recent).await?;
    let questions = crate::mentoring::counts(pool, &scope.organizations, course, span.from, span.to).await?;
    Ok(Summary { organizations, courses, months: month_rows, totals, questions })
}

/// `GET /api/v1/reports/summary`.
async fn summary(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(filter): ApiQuery<ReportFilter>,
) -> Result<Json<Summary>, AppError> {
    Ok(Json(build_summary(&state, &user, &filter).await?))
}

/// `GET /api/v1/reports/courses/{slug}`: the funnel and question difficulty of one course.
async fn course_report(
    State(state): State<AppState>,
    user: AuthUser,
    axum::extract::Path(slug): axum::extract::Path<String>,
    ApiQuery(filter): ApiQuery<ReportFilter>,
) -> Result<Json<dala_wire::CourseReport>, AppError> {
    let scope = scope(&state, &user, &filter).await?;
    Ok(Json(course::build(&state, &scope, &slug, period(&filter)?).await?))
}

/// `GET /api/v1/organizations/{id}/learners`: the learner table, for that organization's
/// administrators and trainers; written to the audit log before the data leaves.
async fn learner_table(
    State(state): State<AppState>,
    user: AuthUser,
    axum::extract::Path(organization_id): axum::extract::Path<String>,
    ApiQuery(filter): ApiQuery<ReportFilter>,
) -> Result<Json<Vec<dala_wire::LearnerRow>>, AppError> {
    if !learners::may_view(&state, &user, &organization_id).await? {
        return Err(AppError::Forbidden);
    }
    let rows = learners::build(&state, &organization_id, filter.course.as_deref(), period(&filter)?).await?;
    audit_record(&state, &user, "view_learners", Some(&organization_id), &export_detail("learners", &filter))
        .await?;
    Ok(Json(rows))
}

#[derive(Debug, Deserialize)]
struct ExportQuery {
    table: String,
    #[serde(flatten)]
    filter: ReportFilter,
}

/// Writes one entry to the audit log.
pub async fn audit_record(
    state: &AppState,
    user: &AuthUser,
    action: &str,
    organization_id: Option<&str>,
    detail: &str,
) -> Result<(), AppError> {
    audit_record_as(state, &user.user_id, action, organization_id, detail).await
}

/// [`audit_record`] for an actor known by id without a session (a password reset's use).
pub async fn audit_record_as(
    state: &AppState,
    actor_id: &str,
    action: &str,
    organization_id: Option<&str>,
    detail: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor_id, action, organization_id, detail) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(crate::accounts::new_id())
    .bind(state.clock.now())
    .bind(actor_id)
    .bind(action)
    .bind(organization_id)
    .bind(detail)
    .execute(state.store.pool())
    .await?;
    Ok(())
}

fn counts_fields(c: &Counts) -> [String; 4] {
    [c.enrollments, c.active_learners, c.completions, c.certificates].map(|n| n.to_string())
}

const COUNT_HEADERS: [&str; 4] = ["enrollments", "active_learners", "completions", "certificates"];

/// `GET /api/v1/reports/export?table=organizations|courses|months|learners&…`: a table as CSV.
/// Written to the audit log before the data leaves.
async fn export(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(query): ApiQuery<ExportQuery>,
) -> Result<Response, AppError> {
    let filter = &query.filter;
    let csv = if query.table == "learners" {
        let organization = filter
            .organization
            .as_deref()
            .ok_or_else(|| AppError::BadRequest(text!("error-learners-need-organization")))?;
        if !learners::may_view(&state, &user, organization).await? {
            return Err(AppError::Forbidden);
        }
        let rows = learners::build(&state, organization, filter.course.as_deref(), period(filter)?).await?;
        let mut csv = csv::Csv::new(&[
            "learner",
            "course",
            "lessons_completed",
            "lessons_total",
            "completed",
            "last_sync",
        ]);
        for row in &rows {
            let last = row.last_sync.map(date_of).unwrap_or_default();
            if row.courses.is_empty() {
                csv.row([row.display_name.as_str(), "", "", "", "", &last]);
            }
            for course in &row.courses {
                csv.row([
                    row.display_name.clone(),
                    course.slug.clone(),
                    course.lessons_completed.to_string(),
                    course.lessons_total.to_string(),
                    if course.completed { "yes" } else { "no" }.to_owned(),
                    last.clone(),
                ]);
            }
        }
        csv
    } else {
        summary_csv(&query.table, &build_summary(&state, &user, filter).await?)?
    };
    let detail = export_detail(&query.table, filter);
    audit_record(&state, &user, "export", filter.organization.as_deref(), &detail).await?;
    let name = format!("dala-{}.csv", query.table);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        csv.into_bytes(),
    )
        .into_response())
}

/// One of the summary's tables as CSV.
fn summary_csv(table: &str, summary: &Summary) -> Result<csv::Csv, AppError> {
    Ok(match table {
        "organizations" => {
            let mut csv = csv::Csv::new(&[&["organization"][..], &COUNT_HEADERS].concat());
            for row in &summary.organizations {
                csv.row(std::iter::once(row.name.clone()).chain(counts_fields(&row.counts)));
            }
            csv
        }
        "courses" => {
            let mut csv = csv::Csv::new(&[&["course", "title"][..], &COUNT_HEADERS].concat());
            for row in &summary.courses {
                csv.row([row.slug.clone(), row.title.clone()].into_iter().chain(counts_fields(&row.counts)));
            }
            csv
        }
        "months" => {
            let mut csv = csv::Csv::new(&[&["month"][..], &COUNT_HEADERS].concat());
            for row in &summary.months {
                csv.row(std::iter::once(row.month.clone()).chain(counts_fields(&row.counts)));
            }
            csv
        }
        other => {
            return Err(AppError::BadRequest(text!("error-unknown-table", table = format!("{other:?}"))));
        }
    })
}

/// `table=… course=… from=… to=…`: what an export contained, for the audit log.
fn export_detail(table: &str, filter: &ReportFilter) -> String {
    let mut detail = format!("table={table}");
    for (key, value) in [("course", &filter.course), ("from", &filter.from), ("to", &filter.to)] {
        if let Some(value) = value {
            detail.push_str(&format!(" {key}={value}"));
        }
    }
    detail
}

#[derive(Debug, Deserialize)]
struct AuditQuery {
    /// Entries before this time (seconds), for paging back; the newest first.
    before: Option<i64>,
}

/// `GET /api/v1/audit`: the newest 500 entries (before `?before=`), for the superadmin only.
async fn audit(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> Result<Json<Vec<AuditEntry>>, AppError> {
    if !user.superadmin {
        return Err(AppError::Forbidden);
    }
    let rows = sqlx::query(
        "SELECT a.at, a.actor_id, u.display_name, a.action, a.organization_id, a.detail \
         FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE a.at < $1 ORDER BY a.at DESC, a.id LIMIT 500",
    )
    .bind(query.before.unwrap_or(i64::MAX))
    .fetch_all(state.store.pool())
    .await?;
    Ok(Json(
        rows.iter()
            .map(|r| AuditEntry {
                at: r.get("at"),
                actor_id: r.get("actor_id"),
                actor_name: r.get("display_name"),
                action: r.get("action"),
                organization_id: r.get("organization_id"),
                detail: r.get("detail"),
            })
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_months() {
        assert_eq!(parse_date("1970-01-01").unwrap(), 0);
        assert_eq!(parse_date("2026-11-23").unwrap(), 1_795_392_000);
        assert_eq!(year_month(1_795_392_000), (2026, 11));
        assert_eq!(date_of(1_795_392_000 + 5000), "2026-11-23");
        assert_eq!(date_of(parse_date("2024-02-29").unwrap()), "2024-02-29");
        assert_eq!(year_month(parse_date("2024-02-29").unwrap()), (2024, 2));
        assert_eq!(year_month(parse_date("2024-03-01").unwrap() - 1), (2024, 2));
        for bad in ["2026-02-30", "2026-13-01", "26-01-01", "2026-1", "yesterday", "2026-00-10"] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        let filter = ReportFilter {
            to: Some("2026-01-31".into()),
            from: Some("2026-01-01".into()),
            ..Default::default()
        };
        let span = period(&filter).unwrap();
        assert_eq!(span.to - span.from, 31 * DAY);
        let backwards = ReportFilter {
            from: Some("2026-02-01".into()),
            to: Some("2026-01-01".into()),
            ..Default::default()
        };
        assert!(period(&backwards).is_err());
    }
}
