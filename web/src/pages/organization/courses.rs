//! The cohort's courses: each with how many of the organization's learners hold it, whether it
//! is open or archived, and for the organization's own courses "Archive" / "Show again".

use dala_wire::OrganizationCourse;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, FailureText, Shared, WORDS};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::load::Load;
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::organization;

#[derive(Properties, PartialEq)]
pub struct CoursesProps {
    pub shared: Shared,
}

#[function_component(Courses)]
pub fn courses(props: &CoursesProps) -> Html {
    let i18n = use_i18n();
    let failure = use_state(|| None::<Failure>);
    let body = match &props.shared.courses {
        Load::Idle | Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
        Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
        Load::Done(Ok(courses)) if courses.is_empty() => {
            html! { <p class="hint">{ i18n.t("org-code-no-courses") }</p> }
        }
        Load::Done(Ok(courses)) => course_table(&i18n, &props.shared, courses, &failure),
    };
    html! {
        <section class="org-section" aria-labelledby="org-courses-heading">
            <h2 id="org-courses-heading">{ i18n.t("org-courses-heading") }</h2>
            <p class="hint">{ i18n.t("org-courses-explained") }</p>
            if let Some(f) = &*failure { <FailureText failure={f.clone()} words={WORDS} /> }
            { body }
        </section>
    }
}

fn course_table(
    i18n: &I18n,
    shared: &Shared,
    courses: &[OrganizationCourse],
    failure: &UseStateHandle<Option<Failure>>,
) -> Html {
    let rows: Vec<TableRow> = courses
        .iter()
        .map(|course| {
            let access = if course.open { i18n.t("org-course-open") } else { i18n.t("org-course-closed") };
            let shown = if course.archived { i18n.t("org-course-archived") } else { i18n.t("org-course-shown") };
            let action = if course.owned {
                let onclick = {
                    let (slug, archive) = (course.slug.clone(), !course.archived);
                    let (changed, failure) = (shared.changed.clone(), failure.clone());
                    Callback::from(move |_| {
                        let (slug, changed, failure) = (slug.clone(), changed.clone(), failure.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            match organization::archive_course(slug, archive).await {
                                Ok(()) => {
                                    failure.set(None);
                                    changed.emit(());
                                }
                                Err(f) => failure.set(Some(f)),
                            }
                        });
                    })
                };
                let title = [("course", FluentValue::from(course.title.clone()))];
                let (id, label, named) = if course.archived {
                    (
                        format!("unarchive-{}", course.slug),
                        i18n.t("org-course-unarchive"),
                        i18n.t_with("org-course-unarchive-named", &title),
                    )
                } else {
                    (
                        format!("archive-{}", course.slug),
                        i18n.t("org-course-archive"),
                        i18n.t_with("org-course-archive-named", &title),
                    )
                };
                html! { <button type="button" class="small" {id} {onclick} aria-label={named}>{ label }</button> }
            } else {
                html! {}
            };
            TableRow {
                header: html! { { &course.title } },
                cells: vec![
                    html! { { course.learners } },
                    html! { { access } },
                    html! { <span data-archived={course.archived.to_string()}>{ shown }</span> },
                    action,
                ],
            }
        })
        .collect();
    let headers = vec![
        i18n.t("org-column-course"),
        i18n.t("org-column-learners"),
        i18n.t("org-column-access"),
        i18n.t("org-column-catalog"),
        i18n.t("org-column-action"),
    ];
    html! { <DataTable id="table-org-courses" caption={i18n.t("org-courses-table")} {headers} {rows} /> }
}
