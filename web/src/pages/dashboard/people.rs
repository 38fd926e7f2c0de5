//! People on the dashboard, never shown by default: an organization's learners one by one, for
//! its trainers and administrators on an explicit request (which the server records in the
//! audit log), and the audit log itself, for the superadmin.

use dala_wire::{AuditEntry, LearnerRow, Membership, ReportFilter};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, Choices, CsvButton, FailureText, WORDS};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::event_value;
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
    let query = use_state(String::new);
    let order = use_state(|| LearnerOrder::Name);
    let body = match &learners {
        Load::Idle => html! {
            <button type="button" id={format!("show-learners-{id}")} onclick={show}>
                { i18n.t_with("learners-show", &[("organization", name.clone())]) }
            </button>
        },
        Load::Loading => html! { <Busy text={i18n.t("learners-loading")} /> },
        Load::Done(Err(failure)) => html! { <FailureText failure={failure.clone()} words={WORDS} /> },
        Load::Done(Ok(rows)) => html! {
            <>
                { arrange_controls(&i18n, id, &query, &order) }
                { learner_table(&i18n, id, &props.organization.organization_name, rows, &query, *order, &props.choices) }
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

/// How the learner table is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LearnerOrder {
    /// By display name, A to Z.
    Name,
    /// Most recent sync first; those who never synced last.
    LastSync,
    /// Most courses completed first, then most lessons completed.
    Progress,
}

impl LearnerOrder {
    const ALL: [LearnerOrder; 3] = [LearnerOrder::Name, LearnerOrder::LastSync, LearnerOrder::Progress];

    fn value(self) -> &'static str {
        match self {
            LearnerOrder::Name => "name",
            LearnerOrder::LastSync => "last-sync",
            LearnerOrder::Progress => "progress",
        }
    }

    fn label(self) -> &'static str {
        match self {
            LearnerOrder::Name => "learners-sort-name",
            LearnerOrder::LastSync => "learners-sort-last-sync",
            LearnerOrder::Progress => "learners-sort-progress",
        }
    }
}

/// The learners whose name contains `query` (ignoring case and surrounding spaces), in `order`
/// (ties by name, then account id, so the order never depends on the server's).
fn arrange<'a>(rows: &'a [LearnerRow], query: &str, order: LearnerOrder) -> Vec<&'a LearnerRow> {
    let query = query.trim().to_lowercase();
    let mut shown: Vec<&LearnerRow> =
        rows.iter().filter(|r| query.is_empty() || r.display_name.to_lowercase().contains(&query)).collect();
    let by_name = |a: &&LearnerRow, b: &&LearnerRow| {
        (a.display_name.to_lowercase(), &a.user_id).cmp(&(b.display_name.to_lowercase(), &b.user_id))
    };
    let progress = |r: &LearnerRow| {
        let courses = r.courses.iter().filter(|c| c.completed).count();
        let lessons: u32 = r.courses.iter().map(|c| c.lessons_completed).sum();
        (courses, lessons)
    };
    match order {
        LearnerOrder::Name => shown.sort_by(by_name),
        LearnerOrder::LastSync => {
            shown.sort_by(|a, b| b.last_sync.cmp(&a.last_sync).then_with(|| by_name(a, b)))
        }
        LearnerOrder::Progress => {
            shown.sort_by(|a, b| progress(b).cmp(&progress(a)).then_with(|| by_name(a, b)))
        }
    }
    shown
}

/// The search field and the order of one organization's learner table.
fn arrange_controls(
    i18n: &I18n,
    id: &str,
    query: &UseStateHandle<String>,
    order: &UseStateHandle<LearnerOrder>,
) -> Html {
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(event_value(&e)))
    };
    let onchange = {
        let order = order.clone();
        Callback::from(move |e: Event| {
            let value = event_value(&e);
            if let Some(chosen) = LearnerOrder::ALL.into_iter().find(|o| o.value() == value) {
                order.set(chosen);
            }
        })
    };
    let (search_id, sort_id) = (format!("learners-search-{id}"), format!("learners-sort-{id}"));
    html! {
        <div class="filters learners-arrange">
            <div class="field">
                <label for={search_id.clone()}>{ i18n.t("learners-search") }</label>
                <input type="search" id={search_id} value={(**query).clone()} {oninput} autocomplete="off" />
            </div>
            <div class="field">
                <label for={sort_id.clone()}>{ i18n.t("learners-sort") }</label>
                <select id={sort_id} {onchange}>
                    { for LearnerOrder::ALL.into_iter().map(|o| html! {
                        <option value={o.value()} selected={o == **order}>{ i18n.t(o.label()) }</option>
                    }) }
                </select>
            </div>
        </div>
    }
}

fn learner_table(
    i18n: &I18n,
    id: &str,
    organization: &str,
    rows: &[LearnerRow],
    query: &str,
    order: LearnerOrder,
    choices: &Choices,
) -> Html {
    let shown = arrange(rows, query, order);
    let counted = [("shown", FluentValue::from(shown.len())), ("total", FluentValue::from(rows.len()))];
    let counted = html! {
        <p class="hint" role="status" id={format!("learners-count-{id}")}>{ i18n.t_with("learners-count", &counted) }</p>
    };
    let rows: Vec<TableRow> = shown
        .into_iter()
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
    html! {
        <>
            { counted }
            <DataTable id={format!("table-learners-{id}")} {caption} {headers} {rows} />
        </>
    }
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
                Load::Done(Err(failure)) => html! { <FailureText failure={failure.clone()} words={WORDS} /> },
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
                "password_reset" => i18n.t("audit-action-password-reset"),
                "password_reset_used" => i18n.t("audit-action-password-reset-used"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use dala_wire::LearnerCourse;

    fn learner(id: &str, name: &str, last_sync: Option<i64>, done: &[(u32, bool)]) -> LearnerRow {
        let courses = done
            .iter()
            .enumerate()
            .map(|(n, (lessons, completed))| LearnerCourse {
                slug: format!("c{n}"),
                lessons_completed: *lessons,
                lessons_total: 7,
                completed: *completed,
            })
            .collect();
        LearnerRow { user_id: id.into(), display_name: name.into(), last_sync, courses }
    }

    fn names(rows: Vec<&LearnerRow>) -> Vec<&str> {
        rows.into_iter().map(|r| r.display_name.as_str()).collect()
    }

    #[test]
    fn learners_are_searched_by_name_and_ordered_three_ways() {
        let rows = vec![
            learner("1", "erlan", Some(50), &[(7, true)]),
            learner("2", "Айгүл", None, &[(3, false)]),
            learner("3", "Bolat", Some(90), &[(7, false), (2, false)]),
            learner("4", "Chinara", Some(90), &[(1, false)]),
        ];
        assert_eq!(names(arrange(&rows, "", LearnerOrder::Name)), ["Bolat", "Chinara", "erlan", "Айгүл"]);
        assert_eq!(names(arrange(&rows, "", LearnerOrder::LastSync)), ["Bolat", "Chinara", "erlan", "Айгүл"]);
        assert_eq!(names(arrange(&rows, "", LearnerOrder::Progress)), ["erlan", "Bolat", "Айгүл", "Chinara"]);
        assert_eq!(names(arrange(&rows, "  АЙГ ", LearnerOrder::Name)), ["Айгүл"]);
        assert_eq!(names(arrange(&rows, "a", LearnerOrder::Name)), ["Bolat", "Chinara", "erlan"]);
        assert!(arrange(&rows, "nobody", LearnerOrder::Name).is_empty());
    }
}
