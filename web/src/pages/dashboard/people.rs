//! People on the dashboard, never shown by default: an organization's learners one by one, for
//! its trainers and administrators on an explicit request (which the server records in the
//! audit log), and the audit log itself, for the superadmin.

use dala_wire::{AuditEntry, LearnerRow, Membership, ReportFilter};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, Choices, CsvButton, FailureText};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::load::{Load, use_load};
use crate::i18n::{I18n, use_i18n};
use crate::reports;

#[derive(Properties, PartialEq)]
pub struct LearnersSectionProps {
    pub organization: Membership,
    pub filter: ReportFilter,
    pub choices: Choices,
}

/// One organization's learners: a button first; the table only once it is pressed.
#[function_component(LearnersSection)]
pub fn learners_section(props: &LearnersSectionProps) -> Html {
    let i18n = use_i18n();
    let id = &props.organization.organization_id;
    let name = FluentValue::from(props.organization.organization_name.clone());
    // The filter the learners were asked for with; new filters hide them until asked again.
    let requested = use_state(|| None::<ReportFilter>);
    {
        let requested = requested.clone();
        use_effect_with(props.filter.clone(), move |_| requested.set(None));
    }
    let learners = use_load((*requested).clone(), |filter: ReportFilter| {
        reports::learners(filter.organization.clone().unwrap_or_default(), filter)
    });
    let show = {
        let (requested, filter, id) = (requested.clone(), props.filter.clone(), id.clone());
        Callback::from(move |_| {
            requested.set(Some(ReportFilter { organization: Some(id.clone()), ..filter.clone() }))
        })
    };
    let hide = {
        let requested = requested.clone();
        Callback::from(move |_| requested.set(None))
    };
    let heading_id = format!("learners-{id}-heading");
    let body = match &learners {
        Load::Idle => html! {
            <button type="button" id={format!("show-learners-{id}")} onclick={show}>
                { i18n.t_with("learners-show", &[("organization", name.clone())]) }
            </button>
        },
        Load::Loading => html! { <Busy text={i18n.t("learners-loading")} /> },
        Load::Done(Err(failure)) => html! { <FailureText failure={failure.clone()} /> },
        Load::Done(Ok(rows)) => html! {
            <>
                { learner_table(&i18n, id, &props.organization.organization_name, rows, &props.choices) }
                <CsvButton id={format!("csv-learners-{id}")} table="learners"
                    filter={(*requested).clone().unwrap_or_default()} described_by={format!("table-learners-{id}-caption")} />
                <button type="button" id={format!("hide-learners-{id}")} onclick={hide}>{ i18n.t("learners-hide") }</button>
            </>
        },
    };
    html! {
        <section class="learners" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ &props.organization.organization_name }</h3>
            { body }
        </section>
    }
}

/// A time in seconds as its day, `YYYY-MM-DD` (UTC, as the report's dates and months).
fn day(seconds: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(seconds as f64 * 1000.0));
    String::from(date.to_iso_string()).chars().take(10).collect()
}

fn learner_table(i18n: &I18n, id: &str, organization: &str, rows: &[LearnerRow], choices: &Choices) -> Html {
    let rows: Vec<TableRow> = rows
        .iter()
        .map(|row| {
            let courses = html! {
                <ul class="plain">
                    { for row.courses.iter().map(|c| {
                        let args = [
                            ("course", FluentValue::from(choices.course_title(&c.slug).to_owned())),
                            ("done", FluentValue::from(c.lessons_completed)),
                            ("total", FluentValue::from(c.lessons_total)),
                        ];
                        html! {
                            <li>
                                { i18n.t_with("learner-course", &args) }
                                if c.completed { <strong class="ok">{ format!(" ✓ {}", i18n.t("learner-course-completed")) }</strong> }
                            </li>
                        }
                    }) }
                </ul>
            };
            let last = row.last_sync.map_or_else(|| i18n.t("learner-never-synced"), day);
            TableRow { header: html! { { &row.display_name } }, cells: vec![courses, html! { { last } }] }
        })
        .collect();
    let headers = vec![i18n.t("column-learner"), i18n.t("column-courses"), i18n.t("column-last-sync")];
    let caption =
        i18n.t_with("table-learners", &[("organization", FluentValue::from(organization.to_owned()))]);
    html! { <DataTable id={format!("table-learners-{id}")} {caption} {headers} {rows} /> }
}

#[derive(Properties, PartialEq)]
pub struct AuditSectionProps {
    pub choices: Choices,
}

/// The audit log, for the superadmin, on request (and again on "Refresh").
#[function_component(AuditSection)]
pub fn audit_section(props: &AuditSectionProps) -> Html {
    let i18n = use_i18n();
    let asked = use_state(|| 0u32);
    let entries = use_load((*asked > 0).then_some(*asked), |_| reports::audit());
    let onclick = {
        let asked = asked.clone();
        Callback::from(move |_| asked.set(*asked + 1))
    };
    let label = if *asked == 0 { i18n.t("audit-show") } else { i18n.t("audit-refresh") };
    html! {
        <section class="report" aria-labelledby="audit-heading">
            <h2 id="audit-heading">{ i18n.t("audit-heading") }</h2>
            <p class="hint">{ i18n.t("audit-explained") }</p>
            <button type="button" id="show-audit" {onclick} disabled={entries == Load::Loading}>{ label }</button>
            { match &entries {
                Load::Idle => html! {},
                Load::Loading => html! { <Busy text={i18n.t("audit-loading")} /> },
                Load::Done(Err(failure)) => html! { <FailureText failure={failure.clone()} /> },
                Load::Done(Ok(entries)) => audit_table(&i18n, entries, &props.choices),
            } }
        </section>
    }
}

fn audit_table(i18n: &I18n, entries: &[AuditEntry], choices: &Choices) -> Html {
    let rows: Vec<TableRow> = entries
        .iter()
        .map(|e| {
            let action = match e.action.as_str() {
                "view_learners" => i18n.t("audit-action-view-learners"),
                "export" => i18n.t("audit-action-export"),
                other => other.to_owned(),
            };
            let organization =
                e.organization_id.as_deref().map(|id| choices.organization_name(id).to_owned());
            TableRow {
                header: html! { { i18n.date_time(e.at as f64 * 1000.0) } },
                cells: vec![
                    html! { { &e.actor_name } },
                    html! { <span data-action={e.action.clone()}>{ action }</span> },
                    html! { { organization.unwrap_or_default() } },
                    html! { <code>{ &e.detail }</code> },
                ],
            }
        })
        .collect();
    let headers = vec![
        i18n.t("column-when"),
        i18n.t("column-who"),
        i18n.t("column-action"),
        i18n.t("column-organization"),
        i18n.t("column-detail"),
    ];
    html! { <DataTable id="table-audit" caption={i18n.t("table-audit")} {headers} {rows} /> }
}
