//! Members: everyone with a role, searchable by name or login; a course given to those
//! selected; per member "Reset password" (a one-time code to hand over) and "End sessions",
//! offered where the server would allow them (a trainer: learners only).

use std::collections::BTreeSet;

use dala_wire::{Member, PasswordResetIssued};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, Confirm, FailureText, Shared, WORDS, role_name};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::event_value;
use crate::components::load::{Load, use_load};
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::organization;

/// What the last action on a member came to, shown above the table.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// A reset code to hand over, for the member of that name.
    Reset {
        name: String,
        issued: PasswordResetIssued,
    },
    /// Sessions ended, for the member of that name.
    Ended {
        name: String,
        count: u64,
    },
    /// Enrollments made by "Give the course".
    Given {
        count: u32,
    },
    Failed(Failure),
}

#[derive(Properties, PartialEq)]
pub struct MembersProps {
    pub shared: Shared,
}

#[function_component(Members)]
pub fn members(props: &MembersProps) -> Html {
    let i18n = use_i18n();
    let shared = &props.shared;
    let members =
        use_load(Some((shared.organization.clone(), shared.revision)), |(id, _)| organization::members(id));
    let query = use_state(String::new);
    let selected = use_state(BTreeSet::<String>::new);
    let outcome = use_state(|| None::<Outcome>);
    let busy = use_state(|| false);
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(crate::components::control_value(e.target())))
    };
    let table = match &members {
        Load::Idle | Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
        Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
        Load::Done(Ok(members)) => {
            let shown: Vec<&Member> = members.iter().filter(|m| organization::matches(m, &query)).collect();
            member_table(&i18n, shared, &shown, &selected, &outcome)
        }
    };
    html! {
        <section class="org-section" aria-labelledby="org-members-heading">
            <h2 id="org-members-heading">{ i18n.t("org-members-heading") }</h2>
            <div class="form org-search">
                <label for="member-search">{ i18n.t("org-members-search") }</label>
                <input id="member-search" type="search" autocomplete="off" value={(*query).clone()} oninput={on_query} />
            </div>
            <div aria-live="polite" id="member-outcome">
                { outcome.as_ref().map(|o| outcome_view(&i18n, o)).unwrap_or_default() }
            </div>
            { table }
            <GiveCourse shared={shared.clone()} selected={(*selected).clone()} outcome={outcome.clone()} busy={busy.clone()} />
        </section>
    }
}

fn outcome_view(i18n: &I18n, outcome: &Outcome) -> Html {
    match outcome {
        Outcome::Reset { name, issued } => {
            let args = [
                ("name", FluentValue::from(name.clone())),
                ("date", FluentValue::from(i18n.date_time(issued.expires_at as f64 * 1000.0))),
            ];
            html! {
                <div class="code-card" id="reset-card">
                    <h3>{ i18n.t_with("org-reset-card-title", &[("name", FluentValue::from(name.clone()))]) }</h3>
                    <dl class="facts">
                        <dt>{ i18n.t("field-login") }</dt>
                        <dd><code id="reset-login" translate="no">{ &issued.login }</code></dd>
                        <dt>{ i18n.t("org-reset-code") }</dt>
                        <dd class="code-big" id="reset-code" translate="no">{ &issued.code }</dd>
                    </dl>
                    <p>{ i18n.t_with("org-reset-card-how", &args) }</p>
                    <p class="hint"><code translate="no">{ format!("{}/reset-password", organization::origin()) }</code></p>
                    <p class="notice">{ i18n.t("org-reset-card-once") }</p>
                </div>
            }
        }
        Outcome::Ended { name, count } => {
            let args = [("name", FluentValue::from(name.clone())), ("count", FluentValue::from(*count))];
            html! { <p class="notice" id="sessions-ended">{ i18n.t_with("org-sessions-ended", &args) }</p> }
        }
        Outcome::Given { count } => html! {
            <p class="notice" id="course-given">{ i18n.t_with("org-give-done", &[("count", FluentValue::from(*count))]) }</p>
        },
        Outcome::Failed(f) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
    }
}

fn member_table(
    i18n: &I18n,
    shared: &Shared,
    members: &[&Member],
    selected: &UseStateHandle<BTreeSet<String>>,
    outcome: &UseStateHandle<Option<Outcome>>,
) -> Html {
    let rows: Vec<TableRow> = members
        .iter()
        .map(|member| {
            let check_id = format!("select-{}", member.user_id);
            let on_select = {
                let (selected, id) = (selected.clone(), member.user_id.clone());
                Callback::from(move |e: Event| {
                    let mut now = (*selected).clone();
                    if event_value(&e) == "true" {
                        now.insert(id.clone());
                    } else {
                        now.remove(&id);
                    }
                    selected.set(now);
                })
            };
            let header = html! {
                <span class="member-name">
                    <input type="checkbox" id={check_id.clone()} checked={selected.contains(&member.user_id)} onchange={on_select} />
                    <label for={check_id}>{ &member.display_name }</label>
                </span>
            };
            let roles: Vec<String> = member.roles.iter().map(|r| role_name(i18n, *r)).collect();
            let courses = html! {
                <ul class="plain">{ for member.courses.iter().map(|c| html! { <li>{ shared.course_title(c) }</li> }) }</ul>
            };
            let actions = if organization::may_act_on(shared.standing, &shared.me, member) {
                let name = member.display_name.clone();
                let reset = {
                    let (outcome, id, name) = (outcome.clone(), member.user_id.clone(), name.clone());
                    Callback::from(move |()| {
                        let (outcome, id, name) = (outcome.clone(), id.clone(), name.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            outcome.set(Some(match organization::issue_password_reset(id).await {
                                Ok(issued) => Outcome::Reset { name, issued },
                                Err(f) => Outcome::Failed(f),
                            }));
                        });
                    })
                };
                let end = {
                    let (outcome, id) = (outcome.clone(), member.user_id.clone());
                    Callback::from(move |()| {
                        let (outcome, id, name) = (outcome.clone(), id.clone(), name.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            outcome.set(Some(match organization::end_sessions(id).await {
                                Ok(count) => Outcome::Ended { name, count },
                                Err(f) => Outcome::Failed(f),
                            }));
                        });
                    })
                };
                let who = [("name", FluentValue::from(member.display_name.clone()))];
                html! {
                    <div class="row-actions">
                        <Confirm id={format!("reset-{}", member.user_id)} label={i18n.t("org-reset")}
                            question={i18n.t_with("org-reset-question", &who)} yes={i18n.t("org-reset-yes")} on_confirm={reset} />
                        <Confirm id={format!("end-sessions-{}", member.user_id)} label={i18n.t("org-end-sessions")}
                            question={i18n.t_with("org-end-sessions-question", &who)} yes={i18n.t("org-end-sessions-yes")} on_confirm={end} />
                    </div>
                }
            } else {
                html! {}
            };
            TableRow {
                header,
                cells: vec![
                    html! { <code translate="no">{ &member.login }</code> },
                    html! { { roles.join(", ") } },
                    actions,
                    courses,
                ],
            }
        })
        .collect();
    let headers = vec![
        i18n.t("org-column-member"),
        i18n.t("field-login"),
        i18n.t("org-column-roles"),
        i18n.t("org-column-action"),
        i18n.t("org-column-courses"),
    ];
    html! { <DataTable id="table-members" caption={i18n.t("org-members-table")} {headers} {rows} /> }
}

#[derive(Properties, PartialEq)]
struct GiveCourseProps {
    shared: Shared,
    selected: BTreeSet<String>,
    outcome: UseStateHandle<Option<Outcome>>,
    busy: UseStateHandle<bool>,
}

/// "Give a course" to the members ticked in the table.
#[function_component(GiveCourse)]
fn give_course(props: &GiveCourseProps) -> Html {
    let i18n = use_i18n();
    let Load::Done(Ok(courses)) = &props.shared.courses else { return html! {} };
    let courses: Vec<_> = courses.iter().filter(|c| !c.archived).collect();
    if courses.is_empty() {
        return html! {};
    }
    let count = props.selected.len();
    let onsubmit = {
        let (shared, selected) = (props.shared.clone(), props.selected.clone());
        let (outcome, busy) = (props.outcome.clone(), props.busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let course = crate::components::field_value("give-course");
            let (organization, changed) = (shared.organization.clone(), shared.changed.clone());
            let (outcome, busy, ids) = (outcome.clone(), busy.clone(), selected.iter().cloned().collect());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match organization::give_course(organization, course, ids).await {
                    Ok(count) => {
                        outcome.set(Some(Outcome::Given { count }));
                        changed.emit(());
                    }
                    Err(f) => outcome.set(Some(Outcome::Failed(f))),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <form class="form org-form" id="give-course-form" {onsubmit} aria-labelledby="give-course-heading">
            <h3 id="give-course-heading">{ i18n.t("org-give-heading") }</h3>
            <p class="hint">{ i18n.t("org-give-explained") }</p>
            <label for="give-course">{ i18n.t("org-give-course") }</label>
            <select id="give-course">
                { for courses.iter().map(|c| html! { <option value={c.slug.clone()}>{ &c.title }</option> }) }
            </select>
            <button type="submit" class="primary" id="give-course-button" disabled={count == 0 || *props.busy}>
                { i18n.t_with("org-give-button", &[("count", FluentValue::from(count))]) }
            </button>
        </form>
    }
}
