//! Join codes: a new one (courses, a label, uses, days; administrators also invite one trainer
//! or administrator), shown once as a big code, its join link and a QR code of the link to
//! copy or print; and the list of codes with "End code".

use dala_wire::{CreateJoinCode, JoinCodeCreated, JoinCodeInfo, Role, limits};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, Confirm, FailureText, Shared, WORDS, day, role_name};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::load::{Load, use_load};
use crate::components::qr::{self, Qr};
use crate::components::{event_value, field_value};
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::organization::{self, CodeState, Standing};

#[derive(Properties, PartialEq)]
pub struct JoinCodesProps {
    pub shared: Shared,
}

#[function_component(JoinCodes)]
pub fn join_codes(props: &JoinCodesProps) -> Html {
    let i18n = use_i18n();
    let shared = &props.shared;
    let codes = use_load(Some((shared.organization.clone(), shared.revision)), |(id, _)| {
        organization::join_codes(id)
    });
    let created = use_state(|| None::<JoinCodeCreated>);
    let failure = use_state(|| None::<Failure>);
    let on_created = {
        let (created, changed) = (created.clone(), shared.changed.clone());
        Callback::from(move |code: JoinCodeCreated| {
            created.set(Some(code));
            changed.emit(());
        })
    };
    let list = match &codes {
        Load::Idle | Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
        Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
        Load::Done(Ok(codes)) if codes.is_empty() => {
            html! { <p class="hint" id="no-join-codes">{ i18n.t("org-codes-none") }</p> }
        }
        Load::Done(Ok(codes)) => code_table(&i18n, shared, codes, &failure),
    };
    html! {
        <section class="org-section" aria-labelledby="org-codes-heading">
            <h2 id="org-codes-heading">{ i18n.t("org-codes-heading") }</h2>
            <p class="hint">{ i18n.t("org-codes-explained") }</p>
            <NewCode shared={shared.clone()} {on_created} />
            if let Some(code) = &*created { <CodeCard code={code.clone()} /> }
            if let Some(f) = &*failure { <FailureText failure={f.clone()} words={WORDS} /> }
            { list }
        </section>
    }
}

fn code_table(
    i18n: &I18n,
    shared: &Shared,
    codes: &[JoinCodeInfo],
    failure: &UseStateHandle<Option<Failure>>,
) -> Html {
    let now = (js_sys::Date::now() / 1000.0) as i64;
    let rows: Vec<TableRow> = codes
        .iter()
        .map(|code| {
            let state = organization::code_state(code, now);
            let (state_id, class) = match state {
                CodeState::Active => ("org-code-active", "ok"),
                CodeState::Ended => ("org-code-ended", "muted"),
                CodeState::Expired => ("org-code-expired", "muted"),
                CodeState::UsedUp => ("org-code-used-up", "muted"),
            };
            let label = if code.label.trim().is_empty() { i18n.t("org-code-no-label") } else { code.label.clone() };
            let courses = html! {
                <ul class="plain">{ for code.courses.iter().map(|c| html! { <li>{ shared.course_title(c) }</li> }) }</ul>
            };
            let uses = i18n.t_with(
                "org-code-uses",
                &[("uses", FluentValue::from(code.uses)), ("max", FluentValue::from(code.max_uses))],
            );
            let action = if state == CodeState::Active {
                let on_confirm = {
                    let (organization, id) = (shared.organization.clone(), code.id.clone());
                    let (changed, failure) = (shared.changed.clone(), failure.clone());
                    Callback::from(move |()| {
                        let (organization, id, changed, failure) =
                            (organization.clone(), id.clone(), changed.clone(), failure.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            match organization::end_join_code(organization, id).await {
                                Ok(()) => {
                                    failure.set(None);
                                    changed.emit(());
                                }
                                Err(f) => failure.set(Some(f)),
                            }
                        });
                    })
                };
                html! {
                    <Confirm id={format!("end-code-{}", code.id)} label={i18n.t("org-code-end")}
                        question={i18n.t("org-code-end-question")} yes={i18n.t("org-code-end-yes")} {on_confirm} />
                }
            } else {
                html! {}
            };
            TableRow {
                header: html! { { label } },
                cells: vec![
                    courses,
                    html! { { role_name(i18n, code.role) } },
                    html! { { uses } },
                    html! { { day(i18n, code.expires_at) } },
                    html! { <span class={classes!("code-state", class)} data-state={state_id}>{ i18n.t(state_id) }</span> },
                    action,
                ],
            }
        })
        .collect();
    let headers = vec![
        i18n.t("org-column-label"),
        i18n.t("org-column-courses"),
        i18n.t("org-column-role"),
        i18n.t("org-column-uses"),
        i18n.t("org-column-expires"),
        i18n.t("org-column-state"),
        i18n.t("org-column-action"),
    ];
    html! { <DataTable id="table-join-codes" caption={i18n.t("org-codes-table")} {headers} {rows} /> }
}

#[derive(Properties, PartialEq)]
struct NewCodeProps {
    shared: Shared,
    on_created: Callback<JoinCodeCreated>,
}

/// The form for a new code. What was typed stays after a refusal.
#[function_component(NewCode)]
fn new_code(props: &NewCodeProps) -> Html {
    let i18n = use_i18n();
    let shared = &props.shared;
    let role = use_state(|| Role::Learner);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<Failure>);
    let courses: Vec<(String, String)> = match &shared.courses {
        Load::Done(Ok(courses)) => {
            courses.iter().filter(|c| !c.archived).map(|c| (c.slug.clone(), c.title.clone())).collect()
        }
        _ => Vec::new(),
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |e: Event| role.set(Role::parse(&event_value(&e)).unwrap_or(Role::Learner)))
    };
    let onsubmit = {
        let (role, busy, failure) = (role.clone(), busy.clone(), failure.clone());
        let (organization, on_created) = (shared.organization.clone(), props.on_created.clone());
        let slugs: Vec<String> = courses.iter().map(|(slug, _)| slug.clone()).collect();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let chosen: Vec<String> = slugs
                .iter()
                .filter(|slug| field_value(&format!("code-course-{slug}")) == "true")
                .cloned()
                .collect();
            let invitation = *role != Role::Learner;
            let request = CreateJoinCode {
                courses: chosen,
                expires_in_days: field_value("code-days").trim().parse().unwrap_or(0),
                max_uses: if invitation { 1 } else { field_value("code-uses").trim().parse().unwrap_or(0) },
                label: field_value("code-label").trim().to_owned(),
                role: *role,
            };
            let (busy, failure, organization, on_created) =
                (busy.clone(), failure.clone(), organization.clone(), on_created.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match organization::create_join_code(organization, request).await {
                    Ok(created) => {
                        failure.set(None);
                        on_created.emit(created);
                    }
                    Err(f) => failure.set(Some(f)),
                }
                busy.set(false);
            });
        })
    };
    let invitation = *role != Role::Learner;
    let course_choice = match &shared.courses {
        Load::Idle | Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
        Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
        Load::Done(Ok(_)) if courses.is_empty() => {
            html! { <p class="hint">{ i18n.t("org-code-no-courses") }</p> }
        }
        Load::Done(Ok(_)) => html! {
            <ul class="plain checks">
                { for courses.iter().map(|(slug, title)| {
                    let id = format!("code-course-{slug}");
                    html! {
                        <li>
                            <input type="checkbox" id={id.clone()} name="code-course" value={slug.clone()} />
                            <label for={id}>{ title }</label>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    html! {
        <form class="form org-form" id="new-code-form" {onsubmit} aria-labelledby="new-code-heading">
            <h3 id="new-code-heading">{ i18n.t("org-code-new") }</h3>
            if shared.standing == Standing::Administrator {
                <label for="code-role">{ i18n.t("org-code-for") }</label>
                <select id="code-role" onchange={on_role}>
                    <option value="learner" selected={*role == Role::Learner}>{ i18n.t("org-code-for-learners") }</option>
                    <option value="trainer" selected={*role == Role::Trainer}>{ i18n.t("org-code-for-trainer") }</option>
                    <option value="administrator" selected={*role == Role::Administrator}>{ i18n.t("org-code-for-administrator") }</option>
                </select>
                if invitation { <p class="hint" id="code-invitation-hint">{ i18n.t("org-code-invitation-hint") }</p> }
            }
            <fieldset class="checks-set">
                <legend>{ i18n.t("org-code-courses") }</legend>
                { course_choice }
            </fieldset>
            <label for="code-label">{ i18n.t("org-code-label") }</label>
            <input id="code-label" maxlength={limits::JOIN_CODE_LABEL_CHARS.to_string()} aria-describedby="code-label-hint" autocomplete="off" />
            <p id="code-label-hint" class="hint">{ i18n.t("org-code-label-hint") }</p>
            if !invitation {
                <label for="code-uses">{ i18n.t("org-code-max-uses") }</label>
                <input id="code-uses" type="number" inputmode="numeric" min="1" max="10000" value="30" required=true />
            }
            <label for="code-days">{ i18n.t("org-code-days") }</label>
            <input id="code-days" type="number" inputmode="numeric" min="1" max="365" value="14" required=true />
            if let Some(f) = &*failure { <FailureText failure={f.clone()} words={WORDS} /> }
            <button type="submit" class="primary" id="create-code" disabled={*busy}>
                { if invitation { i18n.t("org-code-create-invitation") } else { i18n.t("org-code-create") } }
            </button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct CodeCardProps {
    code: JoinCodeCreated,
}

/// A new code, shown this once: big enough to read out, its link, a QR code of the link,
/// "Copy link" and "Print" (which prints this card alone).
#[function_component(CodeCard)]
fn code_card(props: &CodeCardProps) -> Html {
    let i18n = use_i18n();
    let copied = use_state(|| None::<bool>);
    let heading = use_node_ref();
    let link = organization::join_link(&organization::origin(), &props.code.code);
    {
        // A new code clears what was said about copying the previous one.
        let copied = copied.clone();
        // The focus moves to the new code, so a screen reader reads it next.
        let heading = heading.clone();
        use_effect_with(props.code.code.clone(), move |_| {
            copied.set(None);
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let copy = {
        let (copied, link) = (copied.clone(), link.clone());
        Callback::from(move |_| {
            let (copied, link) = (copied.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(organization::copy_text(&link).await.is_ok()));
            });
        })
    };
    let print = Callback::from(|_| organization::print());
    let qr = qr::encode(&link)
        .map(|drawing| html! { <Qr id="new-code-qr" title={i18n.t("org-code-qr")} {drawing} /> });
    let invitation = props.code.role != Role::Learner;
    let expires = day(&i18n, props.code.expires_at);
    let uses = FluentValue::from(props.code.max_uses);
    html! {
        <div class="code-card print-card" id="new-code" role="region" aria-labelledby="new-code-title">
            <h3 id="new-code-title" tabindex="-1" ref={heading}>
                { if invitation { i18n.t_with("org-code-card-invitation", &[("role", FluentValue::from(role_name(&i18n, props.code.role)))]) }
                  else { i18n.t("org-code-card-title") } }
            </h3>
            if !props.code.label.is_empty() { <p class="code-label">{ &props.code.label }</p> }
            <p class="code-big" id="new-code-value" translate="no">{ &props.code.code }</p>
            <p>{ i18n.t("org-code-card-open") }</p>
            <p class="code-link"><code id="new-code-link" translate="no">{ &link }</code></p>
            { qr.unwrap_or_default() }
            <p class="hint">{ i18n.t_with("org-code-card-limits", &[("uses", uses), ("date", FluentValue::from(expires))]) }</p>
            <p class="notice no-print">{ i18n.t("org-code-card-once") }</p>
            <div class="actions no-print">
                <button type="button" id="copy-link" onclick={copy}>{ i18n.t("org-code-copy") }</button>
                <button type="button" id="print-code" onclick={print}>{ i18n.t("org-code-print") }</button>
            </div>
            <p class="no-print" aria-live="polite" id="copy-state">
                { match *copied {
                    Some(true) => i18n.t("org-code-copied"),
                    Some(false) => i18n.t("org-code-copy-failed"),
                    None => String::new(),
                } }
            </p>
        </div>
    }
}
