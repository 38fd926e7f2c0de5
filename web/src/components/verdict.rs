//! How a certificate check reads: its status and reason in words, where it was checked and how
//! old the revocation list was, and what the credential states. Shared by the certificate page
//! and the verification page, so both say the same thing the same way.

use dala_wire::{
    CredentialSummary, Verification, VerificationReason as Reason, VerificationStatus as Status,
};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::certificates::{Checked, CheckedBy};
use crate::i18n::I18n;

/// The status as the API spells it (snake_case), for `data-status` and CSS classes.
pub fn status_code(status: Status) -> &'static str {
    match status {
        Status::Valid => "valid",
        Status::Revoked => "revoked",
        Status::Altered => "altered",
        Status::UnknownKey => "unknown_key",
        Status::Malformed => "malformed",
        Status::RevocationUnchecked => "revocation_unchecked",
    }
}

pub fn status_text(i18n: &I18n, status: Status) -> String {
    match status {
        Status::Valid => i18n.t("verdict-valid"),
        Status::Revoked => i18n.t("verdict-revoked"),
        Status::Altered => i18n.t("verdict-altered"),
        Status::UnknownKey => i18n.t("verdict-unknown-key"),
        Status::Malformed => i18n.t("verdict-malformed"),
        Status::RevocationUnchecked => i18n.t("verdict-revocation-unchecked"),
    }
}

fn reason_text(i18n: &I18n, reason: Reason) -> String {
    match reason {
        Reason::Genuine => i18n.t("reason-genuine"),
        Reason::RevocationUnchecked => i18n.t("reason-revocation-unchecked"),
        Reason::Revoked => i18n.t("reason-revoked"),
        Reason::SignatureMismatch => i18n.t("reason-signature-mismatch"),
        Reason::UnknownKey => i18n.t("reason-unknown-key"),
        Reason::MissingKeyId => i18n.t("reason-missing-key-id"),
        Reason::UnsupportedAlgorithm => i18n.t("reason-unsupported-algorithm"),
        Reason::NotAJwt => i18n.t("reason-not-a-jwt"),
        Reason::NotACredential => i18n.t("reason-not-a-credential"),
        Reason::Unknown => i18n.t("reason-unknown"),
    }
}

/// How current the revocation data of a check on this device was: "Revocation list as of
/// {the list's date}, last checked {when this device last confirmed it current}"; when no list
/// it holds covers the certificate, the date of the newest one it holds.
pub fn list_age(i18n: &I18n, verification: &Verification, checked_at: f64) -> String {
    let checked = FluentValue::from(i18n.date_time(checked_at));
    match &verification.status_list_valid_from {
        // "Could not check revocation", with the date of the lists this device does hold.
        Some(list) if verification.status == Status::RevocationUnchecked => {
            let list = FluentValue::from(i18n.rfc3339_date(list));
            i18n.t_with("list-age-unchecked", &[("list", list), ("checked", checked)])
        }
        Some(list) => {
            let list = FluentValue::from(i18n.rfc3339_date(list));
            i18n.t_with("list-age", &[("list", list), ("checked", checked)])
        }
        None => i18n.t_with("list-age-none", &[("checked", checked)]),
    }
}

/// Where a check was made, and for one made here, how current its revocation data was.
pub fn source_text(i18n: &I18n, checked: &Checked) -> String {
    match checked.by {
        CheckedBy::Server => i18n.t("checked-by-server"),
        CheckedBy::Device { checked_at } => {
            format!("{} {}", i18n.t("checked-on-device"), list_age(i18n, &checked.verification, checked_at))
        }
    }
}

/// The status (with `data-status` for tests and styles), the reason, and the issuer's note on
/// a revocation when the server gave one. Element ids start with `prefix`: `{prefix}-status`,
/// `{prefix}-reason`, `{prefix}-revocation`. (Plain functions rather than components here and
/// below: a component costs the wasm a copy of yew's lifecycle code.)
pub fn verdict(i18n: &I18n, prefix: &str, verification: &Verification) -> Html {
    let code = status_code(verification.status);
    html! {
        <div class={classes!("verdict", format!("verdict-{code}"))}>
            <p id={format!("{prefix}-status")} class="verdict-status" data-status={code}>
                { status_text(i18n, verification.status) }
            </p>
            <p id={format!("{prefix}-reason")}>{ reason_text(i18n, verification.reason) }</p>
            if let Some(revocation) = &verification.revocation {
                <p id={format!("{prefix}-revocation")}>
                    { i18n.t_with("revoked-on", &[
                        ("date", FluentValue::from(i18n.date(revocation.revoked_at as f64 * 1000.0))),
                        ("reason", FluentValue::from(revocation.reason.clone())),
                    ]) }
                </p>
            }
        </div>
    }
}

/// What a credential states: to whom, for which course, when, by whom, and its id. Element
/// ids: `{prefix}-learner`, `{prefix}-course`, `{prefix}-date`, `{prefix}-issuer`, `{prefix}-id`.
pub fn credential_facts(i18n: &I18n, prefix: &str, summary: &CredentialSummary) -> Html {
    let issuer = if summary.issuer_name.is_empty() {
        summary.issuer_url.clone()
    } else {
        format!("{} ({})", summary.issuer_name, summary.issuer_url)
    };
    let row = |field: &str, label: String, value: String| {
        html! {
            <>
                <dt>{ label }</dt>
                <dd id={format!("{prefix}-{field}")}>{ value }</dd>
            </>
        }
    };
    html! {
        <dl class="facts">
            { row("learner", i18n.t("certificate-learner"), summary.learner.clone()) }
            { row("course", i18n.t("certificate-course"), summary.course_title.clone()) }
            { row("date", i18n.t("certificate-date"), i18n.rfc3339_date(&summary.valid_from)) }
            { row("issuer", i18n.t("certificate-issuer"), issuer) }
            { row("id", i18n.t("certificate-id"), summary.id.clone()) }
        </dl>
    }
}
