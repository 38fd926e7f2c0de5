//! What the dashboard calls: reports for administrators, read from the server only.
//!
//! Counts come first ([`summary`], [`course`]); individual learners only on an explicit request
//! ([`learners`]), which the server writes to the audit log, as it does every CSV export
//! ([`download_csv`]). Nothing here is kept on the device: reports are about other people, and
//! a phone that is lost should not carry them. Pages see neither `api` nor `storage`.

use dala_wire::{AuditEntry, CourseReport, LearnerRow, Me, Membership, ReportFilter, Role, Summary};

use crate::api;
use crate::failure::{self, Failure};
use crate::storage;

/// What an account may open on the dashboard, as its memberships say (the server checks again).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Access {
    /// The counts of the organizations it administers (the superadmin: of all).
    pub reports: bool,
    /// The audit log: the superadmin only.
    pub audit: bool,
    /// Organizations whose learners it may list, one by one: where it is a trainer or an
    /// administrator. Being the superadmin is not enough.
    pub learners: Vec<Membership>,
}

impl Access {
    pub fn of(user: &Me) -> Access {
        let learners = user.staff_memberships().into_iter().cloned().collect();
        Access {
            reports: user.superadmin || user.memberships.iter().any(|m| m.role == Role::Administrator),
            audit: user.superadmin,
            learners,
        }
    }

    /// Whether the dashboard has anything for this account.
    pub fn any(&self) -> bool {
        self.reports || !self.learners.is_empty()
    }
}

async fn token() -> Result<String, Failure> {
    Ok(failure::session().await?.token)
}

/// The counts per organization, course and month.
pub async fn summary(filter: ReportFilter) -> Result<Summary, Failure> {
    Ok(api::report_summary(&token().await?, &filter).await?)
}

/// One course's funnel and question difficulty.
pub async fn course(slug: String, filter: ReportFilter) -> Result<CourseReport, Failure> {
    Ok(api::course_report(&token().await?, &slug, &filter).await?)
}

/// The learners of one organization (recorded in the audit log by the server).
pub async fn learners(organization: String, filter: ReportFilter) -> Result<Vec<LearnerRow>, Failure> {
    Ok(api::organization_learners(&token().await?, &organization, &filter).await?)
}

/// The newest entries of the audit log.
pub async fn audit() -> Result<Vec<AuditEntry>, Failure> {
    Ok(api::audit_log(&token().await?).await?)
}

/// A report table as a CSV file the browser saves as `dala-<table>.csv` (recorded in the
/// audit log by the server). `table` is `organizations`, `courses`, `months` or `learners`
/// (which needs the filter's organization).
pub async fn download_csv(table: &str, filter: &ReportFilter) -> Result<String, Failure> {
    let bytes = api::export_report(&token().await?, table, filter).await?;
    let filename = format!("dala-{table}.csv");
    if storage::save_file(&bytes, "text/csv", &filename) {
        Ok(filename)
    } else {
        Err(Failure::Storage("the browser refused the download".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me(superadmin: bool, roles: &[(&str, Role)]) -> Me {
        Me {
            id: "u".into(),
            login: "u".into(),
            display_name: "U".into(),
            superadmin,
            memberships: roles
                .iter()
                .map(|(id, role)| Membership {
                    organization_id: (*id).into(),
                    organization_name: format!("Org {id}"),
                    role: *role,
                })
                .collect(),
            enrollments: Vec::new(),
        }
    }

    fn learner_ids(access: &Access) -> Vec<&str> {
        access.learners.iter().map(|m| m.organization_id.as_str()).collect()
    }

    #[test]
    fn access_follows_the_roles_the_server_checks() {
        let learner = Access::of(&me(false, &[("a", Role::Learner)]));
        assert!(!learner.any());
        let trainer = Access::of(&me(false, &[("a", Role::Trainer), ("b", Role::Learner)]));
        assert!(!trainer.reports && !trainer.audit);
        assert_eq!(learner_ids(&trainer), ["a"]);
        let admin =
            Access::of(&me(false, &[("a", Role::Administrator), ("a", Role::Trainer), ("b", Role::Trainer)]));
        assert!(admin.reports && !admin.audit);
        assert_eq!(learner_ids(&admin), ["a", "b"], "one entry per organization");
        // The superadmin reads counts and the audit log, not learners, unless also on a staff.
        let root = Access::of(&me(true, &[]));
        assert!(root.reports && root.audit && root.learners.is_empty());
    }
}
