//! The organization's certificates, for its administrators: who completed what and when, and
//! "Revoke", which asks for the reason that whoever verifies the certificate will read.

use dala_wire::CertificateRecord;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, FailureText, Shared, WORDS, day};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::field_value;
use crate::components::load::{Load, use_load};
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::organization;

/// Most characters of a revocation's reason (the server's limit).
const REASON_CHARS: usize = 500;

#[derive(Properties, PartialEq)]
pub struct CertificatesProps {
    pub shared: Shared,
}

#[function_component(Certificates)]
pub fn certificates(props: &CertificatesProps) -> Html {
    let i18n = use_i18n();
    let shared = &props.shared;
    let records = use_load(Some((shared.organization.clone(), shared.revision)), |(id, _)| {
        organization::certificates(id)
    });
    // The certificate whose reason is being typed.
    let revoking = use_state(|| None::<String>);
    let failure = use_state(|| None::<Failure>);
    let body = match &records {
        Load::Idle | Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
        Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
        Load::Done(Ok(records)) if records.is_empty() => {
            html! { <p class="hint">{ i18n.t("org-certificates-none") }</p> }
        }
        Load::Done(Ok(records)) => certificate_table(&i18n, shared, records, &revoking, &failure),
    };
    html! {
        <section class="org-section" aria-labelledby="org-certificates-heading">
            <h2 id="org-certificates-heading">{ i18n.t("org-certificates-heading") }</h2>
            <p class="hint">{ i18n.t("org-certificates-explained") }</p>
            if let Some(f) = &*failure { <FailureText failure={f.clone()} words={WORDS} /> }
            { body }
        </section>
    }
}

/// A certificate's id as an element id (`urn:uuid:…` without its prefix).
fn element_id(id: &str) -> String {
    id.strip_prefix("urn:uuid:").unwrap_or(id).to_owned()
}

fn certificate_table(
    i18n: &I18n,
    shared: &Shared,
    records: &[CertificateRecord],
    revoking: &UseStateHandle<Option<String>>,
    failure: &UseStateHandle<Option<Failure>>,
) -> Html {
    let rows: Vec<TableRow> = records
        .iter()
        .map(|record| {
            let key = element_id(&record.id);
            let state = match &record.revocation {
                Some(r) => html! {
                    <span class="code-state muted" data-state="revoked">
                        { i18n.t_with("org-certificate-revoked", &[
                            ("date", FluentValue::from(day(i18n, r.revoked_at))),
                            ("reason", FluentValue::from(r.reason.clone())),
                        ]) }
                    </span>
                },
                None => html! { <span class="code-state ok" data-state="valid">{ i18n.t("org-certificate-valid") }</span> },
            };
            let action = if record.revocation.is_some() {
                html! {}
            } else if revoking.as_deref() == Some(record.id.as_str()) {
                let reason_id = format!("reason-{key}");
                let onsubmit = {
                    let (id, reason_id) = (record.id.clone(), reason_id.clone());
                    let (revoking, failure, changed) = (revoking.clone(), failure.clone(), shared.changed.clone());
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        let reason = field_value(&reason_id);
                        let (id, revoking, failure, changed) =
                            (id.clone(), revoking.clone(), failure.clone(), changed.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            match organization::revoke_certificate(id, reason).await {
                                Ok(_) => {
                                    failure.set(None);
                                    revoking.set(None);
                                    changed.emit(());
                                }
                                Err(f) => failure.set(Some(f)),
                            }
                        });
                    })
                };
                let cancel = {
                    let revoking = revoking.clone();
                    Callback::from(move |_| revoking.set(None))
                };
                html! {
                    <form class="revoke-form" {onsubmit}>
                        <label for={reason_id.clone()}>{ i18n.t("org-certificate-reason") }</label>
                        <input id={reason_id} required=true maxlength={REASON_CHARS.to_string()} autocomplete="off" />
                        <button type="submit" class="small danger" id={format!("revoke-yes-{key}")}>{ i18n.t("org-certificate-revoke-yes") }</button>
                        <button type="button" class="small" onclick={cancel}>{ i18n.t("org-confirm-cancel") }</button>
                    </form>
                }
            } else {
                let onclick = {
                    let (revoking, id) = (revoking.clone(), record.id.clone());
                    Callback::from(move |_| revoking.set(Some(id.clone())))
                };
                html! { <button type="button" class="small" id={format!("revoke-{key}")} {onclick}>{ i18n.t("org-certificate-revoke") }</button> }
            };
            TableRow {
                header: html! { { &record.learner } },
                cells: vec![
                    html! { { &record.course_title } },
                    html! { { day(i18n, record.issued_at) } },
                    state,
                    action,
                ],
            }
        })
        .collect();
    let headers = vec![
        i18n.t("org-column-learner"),
        i18n.t("org-column-course"),
        i18n.t("org-column-issued"),
        i18n.t("org-column-state"),
        i18n.t("org-column-action"),
    ];
    html! { <DataTable id="table-org-certificates" caption={i18n.t("org-certificates-table")} {headers} {rows} /> }
}
