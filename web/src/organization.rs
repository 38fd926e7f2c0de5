//! What the organization pages call: join codes, members, courses and certificates of one
//! organization, the superadmin's list of organizations, and what a trainer hands over to a
//! learner who cannot sign in (a one-time reset code).
//!
//! Everything comes from the server and goes back to it; nothing of it is kept on the device,
//! as with [`crate::reports`]: it is about other people, and a lost phone should not carry it.
//! A code is shown once, when it is made (the server keeps only its SHA-256). Pages see neither
//! `api` nor the browser's clipboard: the pure rules here (who may act on whom, how a typed code
//! is read) are tested on the host.

use dala_wire::{
    CertificateRecord, CreateJoinCode, JoinCodeCreated, JoinCodeInfo, Me, Member, Organization,
    OrganizationCourse, OrganizationListing, PasswordResetIssued, Role,
};

use crate::api;
use crate::failure::{self, Failure};

/// What an account may do in one organization, as its memberships say (the server checks
/// again, and its 403 is shown as such).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Everything: invitations of trainers and administrators, every member's password and
    /// sessions, certificates. The superadmin stands here in every organization.
    Administrator,
    /// Join codes for learners, the learners' passwords and sessions, courses.
    Trainer,
}

/// How `user` stands in `organization`; `None` if it is not on its staff.
pub fn standing(user: &Me, organization: &str) -> Option<Standing> {
    let roles = || user.memberships.iter().filter(|m| m.organization_id == organization).map(|m| m.role);
    if user.superadmin || roles().any(|r| r == Role::Administrator) {
        Some(Standing::Administrator)
    } else if roles().any(|r| r == Role::Trainer) {
        Some(Standing::Trainer)
    } else {
        None
    }
}

/// Whether `user` reads and answers the organization's questions (the inbox): a trainer or
/// administrator there. Unlike [`standing`], the superadmin as such does not: questions are
/// read by the learner's own trainers (the server's `mentoring::may_mentor` says the same).
pub fn mentors(user: &Me, organization: &str) -> bool {
    user.memberships
        .iter()
        .any(|m| m.organization_id == organization && matches!(m.role, Role::Trainer | Role::Administrator))
}

/// Whether the page offers "Reset password" and "End sessions" for `member`: an administrator
/// for anyone, a trainer for learners only; never for one's own account (which has its own
/// sign-out and, for a forgotten password, another staff member).
pub fn may_act_on(standing: Standing, me: &str, member: &Member) -> bool {
    if member.user_id == me {
        return false;
    }
    match standing {
        Standing::Administrator => true,
        Standing::Trainer => member.roles.iter().all(|r| *r == Role::Learner),
    }
}

/// Whether `member` matches what was typed in the search field: part of the display name or
/// the login, whatever the case.
pub fn matches(member: &Member, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || member.display_name.to_lowercase().contains(&query)
        || member.login.to_lowercase().contains(&query)
}

/// A join or reset code as typed (lower case, spaces, no dashes) in the form the trainer was
/// shown: capitals in groups of four, `K7QX-M2PD-9HTR`. The server reads both alike; this is
/// what the learner sees and what is sent.
pub fn format_code(typed: &str) -> String {
    let chars: Vec<char> =
        typed.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Where a join code stands, as its list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeState {
    Active,
    /// A trainer ended it.
    Ended,
    Expired,
    UsedUp,
}

/// Where `code` stands at `now` (seconds since the epoch); ending it counts first.
pub fn code_state(code: &JoinCodeInfo, now: i64) -> CodeState {
    if code.ended_at.is_some() {
        CodeState::Ended
    } else if code.expires_at <= now {
        CodeState::Expired
    } else if code.uses >= code.max_uses {
        CodeState::UsedUp
    } else {
        CodeState::Active
    }
}

/// The address a learner opens to join with `code`: the join page with the code filled in.
pub fn join_link(origin: &str, code: &str) -> String {
    format!("{}/join?code={code}", origin.trim_end_matches('/'))
}

async fn token() -> Result<String, Failure> {
    Ok(failure::session().await?.token)
}

/// The organization's join codes, newest first (the codes themselves are never listed).
pub async fn join_codes(organization: String) -> Result<Vec<JoinCodeInfo>, Failure> {
    Ok(api::join_codes(&token().await?, &organization).await?)
}

/// A new join code (or, with a staff role, a one-time invitation), shown this once.
pub async fn create_join_code(
    organization: String,
    request: CreateJoinCode,
) -> Result<JoinCodeCreated, Failure> {
    Ok(api::create_join_code(&token().await?, &organization, &request).await?)
}

/// Ends a join code: it redeems no more.
pub async fn end_join_code(organization: String, code_id: String) -> Result<(), Failure> {
    Ok(api::end_join_code(&token().await?, &organization, &code_id).await?)
}

/// Everyone with a role in the organization.
pub async fn members(organization: String) -> Result<Vec<Member>, Failure> {
    Ok(api::members(&token().await?, &organization).await?)
}

/// The courses the organization's learners have or can be given, with how many hold each.
pub async fn courses(organization: String) -> Result<Vec<OrganizationCourse>, Failure> {
    Ok(api::organization_courses(&token().await?, &organization).await?)
}

/// Gives members a course; how many enrollments were made (those already enrolled are skipped).
pub async fn give_course(
    organization: String,
    course: String,
    user_ids: Vec<String>,
) -> Result<u32, Failure> {
    let request = dala_wire::EnrollMembers { course, user_ids };
    Ok(api::enroll_members(&token().await?, &organization, &request).await?.enrolled)
}

/// A one-time code with which `user_id` sets a new password (72 hours; in the audit log).
pub async fn issue_password_reset(user_id: String) -> Result<PasswordResetIssued, Failure> {
    Ok(api::issue_password_reset(&token().await?, &user_id).await?)
}

/// Ends every session of `user_id` (a lost phone); how many were ended.
pub async fn end_sessions(user_id: String) -> Result<u64, Failure> {
    Ok(api::end_sessions(&token().await?, &user_id).await?.revoked)
}

/// Hides a course from the catalog (`archived`), or shows it again.
pub async fn archive_course(slug: String, archived: bool) -> Result<(), Failure> {
    Ok(api::archive_course(&token().await?, &slug, archived).await?)
}

/// The organization's certificates (its administrators').
pub async fn certificates(organization: String) -> Result<Vec<CertificateRecord>, Failure> {
    Ok(api::organization_certificates(&token().await?, &organization).await?)
}

/// Revokes a certificate (`id` as listed, `urn:uuid:…`), with the reason shown to whoever
/// verifies it online.
pub async fn revoke_certificate(id: String, reason: String) -> Result<CertificateRecord, Failure> {
    let uuid = id.strip_prefix("urn:uuid:").unwrap_or(&id).to_owned();
    Ok(api::revoke_certificate(&token().await?, &uuid, reason.trim()).await?)
}

/// Every organization (the superadmin's).
pub async fn organizations() -> Result<Vec<OrganizationListing>, Failure> {
    Ok(api::organizations(&token().await?).await?)
}

/// A new organization (the superadmin's).
pub async fn create_organization(name: String) -> Result<Organization, Failure> {
    Ok(api::create_organization(&token().await?, name.trim()).await?)
}

/// This site's address (`https://dala.example.org`), which join links start with.
pub fn origin() -> String {
    gloo::utils::window().location().origin().unwrap_or_default()
}

/// Puts `text` on the clipboard. The browser may refuse (no permission, or a page not served
/// over HTTPS): the page then says so, and the text stays on screen to copy by hand.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    use wasm_bindgen::JsCast;
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ())?;
    if !clipboard.is_object() {
        return Err(());
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|_| ())
}

/// Opens the browser's print dialog (the print stylesheet prints the code's card alone).
pub fn print() {
    let _ = gloo::utils::window().print();
}

#[cfg(test)]
mod tests {
    use super::*;
    use dala_wire::Membership;

    fn me(superadmin: bool, roles: &[(&str, Role)]) -> Me {
        Me {
            id: "me".into(),
            login: "me".into(),
            display_name: "Me".into(),
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

    fn member(id: &str, login: &str, name: &str, roles: &[Role]) -> Member {
        Member {
            user_id: id.into(),
            login: login.into(),
            display_name: name.into(),
            roles: roles.to_vec(),
            courses: Vec::new(),
        }
    }

    #[test]
    fn only_an_organization_s_own_staff_read_its_questions() {
        let user = me(false, &[("a", Role::Trainer), ("b", Role::Learner), ("c", Role::Administrator)]);
        assert_eq!(
            (mentors(&user, "a"), mentors(&user, "b"), mentors(&user, "c"), mentors(&user, "d")),
            (true, false, true, false)
        );
        let root = me(true, &[]);
        assert!(standing(&root, "a").is_some() && !mentors(&root, "a"), "the superadmin runs it, reads none");
    }

    #[test]
    fn standing_follows_the_roles_in_that_organization() {
        let user = me(
            false,
            &[("a", Role::Learner), ("a", Role::Trainer), ("b", Role::Administrator), ("c", Role::Learner)],
        );
        assert_eq!(standing(&user, "a"), Some(Standing::Trainer));
        assert_eq!(standing(&user, "b"), Some(Standing::Administrator));
        assert_eq!(standing(&user, "c"), None, "a learner is not staff");
        assert_eq!(standing(&user, "d"), None);
        assert_eq!(standing(&me(true, &[]), "d"), Some(Standing::Administrator), "the superadmin");
    }

    #[test]
    fn a_trainer_acts_on_learners_only_and_nobody_on_themselves() {
        let learner = member("l", "aigul", "Aigul", &[Role::Learner]);
        let trainer = member("t", "marat", "Marat", &[Role::Learner, Role::Trainer]);
        let myself = member("me", "me", "Me", &[Role::Learner]);
        assert!(may_act_on(Standing::Trainer, "me", &learner));
        assert!(!may_act_on(Standing::Trainer, "me", &trainer));
        assert!(may_act_on(Standing::Administrator, "me", &trainer));
        assert!(!may_act_on(Standing::Administrator, "me", &myself));
        assert!(!may_act_on(Standing::Trainer, "me", &myself));
    }

    #[test]
    fn search_reads_names_and_logins_whatever_the_case() {
        let aigul = member("l", "aigul.s", "Айгүл Сейтқали", &[Role::Learner]);
        assert!(matches(&aigul, ""));
        assert!(matches(&aigul, "  "));
        assert!(matches(&aigul, "AIGUL"));
        assert!(matches(&aigul, "сейт"));
        assert!(matches(&aigul, "АЙГҮЛ"));
        assert!(!matches(&aigul, "bolat"));
    }

    #[test]
    fn codes_are_read_as_typed_and_shown_as_issued() {
        assert_eq!(format_code("k7qxm2pd9htr"), "K7QX-M2PD-9HTR");
        assert_eq!(format_code(" k7qx m2pd-9htr "), "K7QX-M2PD-9HTR");
        assert_eq!(format_code("K7QX-M2PD-9HTR"), "K7QX-M2PD-9HTR");
        assert_eq!(format_code("k7q"), "K7Q");
        assert_eq!(format_code("k7qx-"), "K7QX");
        assert_eq!(format_code(""), "");
        assert_eq!(format_code("к7"), "7", "only Latin letters and digits");
    }

    #[test]
    fn a_code_is_active_until_ended_expired_or_used_up() {
        let code = JoinCodeInfo {
            id: "c".into(),
            label: String::new(),
            courses: vec!["a".into()],
            role: Role::Learner,
            created_at: 0,
            created_by: "T".into(),
            expires_at: 100,
            max_uses: 2,
            uses: 1,
            ended_at: None,
        };
        assert_eq!(code_state(&code, 50), CodeState::Active);
        assert_eq!(code_state(&code, 100), CodeState::Expired);
        assert_eq!(code_state(&JoinCodeInfo { uses: 2, ..code.clone() }, 50), CodeState::UsedUp);
        let ended = JoinCodeInfo { ended_at: Some(60), uses: 2, ..code };
        assert_eq!(code_state(&ended, 200), CodeState::Ended, "ended counts first");
    }

    #[test]
    fn join_links_name_the_join_page_with_the_code() {
        assert_eq!(
            join_link("https://dala.example.org", "K7QX-M2PD-9HTR"),
            "https://dala.example.org/join?code=K7QX-M2PD-9HTR"
        );
        assert_eq!(join_link("http://127.0.0.1:8080/", "A"), "http://127.0.0.1:8080/join?code=A");
    }
}
