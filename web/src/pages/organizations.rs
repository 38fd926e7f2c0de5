//! The organizations an account runs: a trainer's or administrator's own (from its
//! memberships), and for the superadmin every organization with a form for a new one.

use dala_wire::{Me, Organization};
use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Online, Route};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::load::{Busy, FailureText};
use crate::components::load::{Load, use_load};
use crate::components::{field_value, use_title};
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::organization;
use crate::pages::organization::WORDS;
use crate::sync::SyncStatus;

#[function_component(OrganizationsPage)]
pub fn organizations_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("orgs-title"));
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let body = match &status.session {
        None if !status.loaded => html! { <Busy text={i18n.t("loading")} /> },
        None => html! {
            <p class="notice" id="organizations-message">
                <Link<Route> to={Route::SignIn}>{ i18n.t("org-sign-in") }</Link<Route>>
            </p>
        },
        Some(session) => {
            let user = &session.user;
            let staff = user.staff_memberships();
            if staff.is_empty() && !user.superadmin {
                html! { <p class="notice" id="organizations-message">{ i18n.t("orgs-none") }</p> }
            } else {
                html! {
                    <>
                        if !staff.is_empty() { { own(&i18n, user) } }
                        if user.superadmin { <Everyone /> }
                    </>
                }
            }
        }
    };
    html! {
        <div class="organization">
            <h1>{ i18n.t("orgs-title") }</h1>
            { body }
        </div>
    }
}

/// Links to the organizations where the account is a trainer or an administrator.
fn own(i18n: &crate::i18n::I18n, user: &Me) -> Html {
    html! {
        <section aria-labelledby="orgs-own-heading">
            <h2 id="orgs-own-heading">{ i18n.t("orgs-own-heading") }</h2>
            <ul class="org-links">
                { for user.staff_memberships().into_iter().map(|m| {
                    let role = crate::pages::organization::role_name(i18n, m.role);
                    html! {
                        <li>
                            <Link<Route> to={Route::Organization { id: m.organization_id.clone() }}>{ &m.organization_name }</Link<Route>>
                            <span class="hint">{ format!(" · {role}") }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The superadmin's: every organization, and a new one.
#[function_component(Everyone)]
fn everyone() -> Html {
    let i18n = use_i18n();
    let online = use_context::<Online>().map_or(true, |o| o.0);
    let revision = use_state(|| 0u32);
    let listing = use_load(online.then_some(*revision), |_| organization::organizations());
    let created = use_state(|| None::<Organization>);
    let failure = use_state(|| None::<Failure>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (revision, created, failure, busy) =
            (revision.clone(), created.clone(), failure.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = field_value("organization-name");
            let (revision, created, failure, busy) =
                (revision.clone(), created.clone(), failure.clone(), busy.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match organization::create_organization(name).await {
                    Ok(organization) => {
                        failure.set(None);
                        created.set(Some(organization));
                        revision.set(*revision + 1);
                    }
                    Err(f) => failure.set(Some(f)),
                }
                busy.set(false);
            });
        })
    };
    let table = match &listing {
        Load::Idle => html! { <p class="notice">{ i18n.t("org-offline") }</p> },
        Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
        Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
        Load::Done(Ok(all)) if all.is_empty() => html! { <p class="hint">{ i18n.t("orgs-none-yet") }</p> },
        Load::Done(Ok(all)) => {
            let rows: Vec<TableRow> = all
                .iter()
                .map(|o| TableRow {
                    header: html! {
                        <Link<Route> to={Route::Organization { id: o.id.clone() }}>{ &o.name }</Link<Route>>
                    },
                    cells: vec![
                        html! { { o.members } },
                        html! { { i18n.date(o.created_at as f64 * 1000.0) } },
                    ],
                })
                .collect();
            let headers = vec![
                i18n.t("orgs-column-name"),
                i18n.t("orgs-column-members"),
                i18n.t("orgs-column-created"),
            ];
            html! { <DataTable id="table-organizations" caption={i18n.t("orgs-table")} {headers} {rows} /> }
        }
    };
    html! {
        <>
            <section aria-labelledby="orgs-all-heading">
                <h2 id="orgs-all-heading">{ i18n.t("orgs-all-heading") }</h2>
                { table }
            </section>
            <section aria-labelledby="orgs-new-heading">
                <h2 id="orgs-new-heading">{ i18n.t("orgs-new-heading") }</h2>
                <form class="form" id="new-organization" {onsubmit}>
                    <label for="organization-name">{ i18n.t("orgs-name") }</label>
                    <input id="organization-name" required=true autocomplete="off"
                        maxlength={dala_wire::limits::ORGANIZATION_NAME_CHARS.to_string()} />
                    if let Some(f) = &*failure { <FailureText failure={f.clone()} words={WORDS} /> }
                    <button type="submit" class="primary" id="create-organization" disabled={*busy}>{ i18n.t("orgs-create") }</button>
                </form>
                if let Some(o) = &*created {
                    <p class="notice" role="status" id="organization-created">
                        { i18n.t_with("orgs-created", &[("name", FluentValue::from(o.name.clone()))]) }
                        { " " }
                        <Link<Route> to={Route::Organization { id: o.id.clone() }}>{ i18n.t("orgs-open") }</Link<Route>>
                    </p>
                }
            </section>
        </>
    }
}
