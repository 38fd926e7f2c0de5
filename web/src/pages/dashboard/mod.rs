//! The administrators' dashboard: enrollments, active learners, completions and certificates
//! of their organizations, filtered by organization, course and dates, as charts with their
//! tables and CSV downloads; one course's funnel and question difficulty; and, only on an
//! explicit request that the server records, an organization's learners one by one. The
//! superadmin also reads the audit log here. Everything comes from the server: offline the page
//! says it needs a connection.

mod course;
mod people;

use dala_wire::{Counts, ReportFilter, Summary};
use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::chart::{BarChart, ChartRow};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::load::{Busy, FailureText, FailureWords, Load, use_load};
use crate::components::{field_value, use_title};
use crate::i18n::{I18n, use_i18n};
use crate::reports::{self, Access};
use crate::sync::SyncStatus;

use self::course::CourseDetail;
use self::people::{AuditSection, LearnersSection};

#[function_component(DashboardPage)]
pub fn dashboard_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("dashboard-title"));
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let body = match &status.session {
        None if !status.loaded => html! { <Busy text={i18n.t("loading")} /> },
        None => html! {
            <p class="notice" id="dashboard-message">
                <Link<Route> to={Route::SignIn}>{ i18n.t("dashboard-sign-in") }</Link<Route>>
            </p>
        },
        Some(session) => {
            let access = Access::of(&session.user);
            if access.any() {
                html! { <Dashboard {access} /> }
            } else {
                html! { <p class="notice" id="dashboard-message">{ i18n.t("dashboard-not-allowed") }</p> }
            }
        }
    };
    html! {
        <div class="dashboard">
            <h1>{ i18n.t("dashboard-title") }</h1>
            { body }
        </div>
    }
}

/// The organizations and courses the filters offer, as the unfiltered summary lists them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choices {
    /// Id and name.
    pub organizations: Vec<(String, String)>,
    /// Slug and title.
    pub courses: Vec<(String, String)>,
}

impl Choices {
    /// Learns the choices from a summary; a filtered summary lists only what it was filtered to.
    fn learn(&mut self, summary: &Summary, filter: &ReportFilter) {
        if filter.organization.is_none() {
            self.organizations =
                summary.organizations.iter().map(|o| (o.id.clone(), o.name.clone())).collect();
        }
        if filter.course.is_none() {
            self.courses = summary.courses.iter().map(|c| (c.slug.clone(), c.title.clone())).collect();
        }
    }

    /// An organization's name; its id if it is not among the choices.
    pub fn organization_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.organizations.iter().find(|(i, _)| i == id).map_or(id, |(_, name)| name)
    }

    /// A course's title; its slug if it is not among the choices.
    pub fn course_title<'a>(&'a self, slug: &'a str) -> &'a str {
        self.courses.iter().find(|(s, _)| s == slug).map_or(slug, |(_, title)| title)
    }
}

#[derive(Properties, PartialEq)]
struct DashboardProps {
    access: Access,
}

/// The filter in the page's address (`/dashboard?organization=…&course=…&from=…&to=…`), so a
/// filtered view can be bookmarked, shared and gone back to; anything unreadable is no filter.
fn filter_of(location: Option<&Location>) -> ReportFilter {
    location.and_then(|l| l.query::<ReportFilter>().ok()).unwrap_or_default()
}

#[function_component(Dashboard)]
fn dashboard(props: &DashboardProps) -> Html {
    let i18n = use_i18n();
    let location = use_location();
    let navigator = use_navigator();
    let filter =
        use_memo(location.as_ref().map(|l| l.query_str().to_owned()), |_| filter_of(location.as_ref()));
    let chosen_course = use_state(|| filter.course.clone());
    let choices = use_state(Choices::default);
    // Counts every "Show": pressed with unchanged filters, it asks again for the latest numbers.
    let shows = use_state(|| 0u32);
    let request = props.access.reports.then(|| ((*filter).clone(), *shows));
    let summary = use_load(request, |(filter, _)| reports::summary(filter));
    {
        let (choices, filter) = (choices.clone(), (*filter).clone());
        use_effect_with(summary.clone(), move |summary| {
            if let Load::Done(Ok(summary)) = summary {
                let mut learned = (*choices).clone();
                learned.learn(summary, &filter);
                choices.set(learned);
            }
        });
    }
    let on_filter = {
        let (filter, chosen_course, shows) = (filter.clone(), chosen_course.clone(), shows.clone());
        Callback::from(move |new: ReportFilter| {
            if new.course.is_some() {
                chosen_course.set(new.course.clone());
            }
            if new != *filter
                && let Some(navigator) = &navigator
            {
                // A new entry in the history: Back returns to the view before.
                let _ = navigator.push_with_query(&Route::Dashboard, &new);
            }
            shows.set(*shows + 1);
        })
    };
    let on_course = {
        let chosen_course = chosen_course.clone();
        Callback::from(move |slug: String| chosen_course.set(Some(slug)))
    };
    let course_detail = match &*chosen_course {
        Some(slug) => {
            html! { <CourseDetail slug={slug.clone()} filter={(*filter).clone()} shows={*shows} /> }
        }
        None => html! {},
    };
    // The staff of the organization filtered to, or of every organization.
    let learner_sections = props
        .access
        .learners
        .iter()
        .filter(|m| filter.organization.as_ref().is_none_or(|wanted| *wanted == m.organization_id));
    html! {
        <>
            if props.access.reports {
                <Filters filter={(*filter).clone()} choices={(*choices).clone()} {on_filter} />
                { summary_view(&i18n, &summary, &filter, &on_course, course_detail) }
            } else {
                <p class="notice" id="dashboard-message">{ i18n.t("dashboard-reports-for-administrators") }</p>
            }
            if !props.access.learners.is_empty() {
                <section aria-labelledby="learners-heading">
                    <h2 id="learners-heading">{ i18n.t("learners-heading") }</h2>
                    <p class="hint">{ i18n.t("learners-explained") }</p>
                    { for learner_sections.map(|m| html! {
                        <LearnersSection key={m.organization_id.clone()} organization={m.clone()} filter={(*filter).clone()}
                            choices={(*choices).clone()} />
                    }) }
                </section>
            }
            if props.access.audit {
                <AuditSection choices={(*choices).clone()} />
            }
        </>
    }
}

/// The summary's parts (the chosen course's report after the courses), or where its request is.
fn summary_view(
    i18n: &I18n,
    summary: &Load<Summary>,
    filter: &ReportFilter,
    on_course: &Callback<String>,
    course_detail: Html,
) -> Html {
    match summary {
        Load::Idle => html! {},
        Load::Loading => html! { <Busy text={i18n.t("dashboard-loading")} /> },
        Load::Done(Err(failure)) => html! { <FailureText failure={failure.clone()} words={WORDS} /> },
        Load::Done(Ok(summary)) => html! {
            <div id="reports">
                { totals(i18n, &summary.totals) }
                { months_section(i18n, summary, filter) }
                { courses_section(i18n, summary, filter, on_course) }
                { course_detail }
                { organizations_section(i18n, summary, filter) }
            </div>
        },
    }
}

/// How the dashboard words being offline and a refusal: it needs the server.
pub const WORDS: FailureWords =
    FailureWords { offline: "dashboard-offline", forbidden: "dashboard-forbidden" };

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: ReportFilter,
    choices: Choices,
    on_filter: Callback<ReportFilter>,
}

/// `Some(text)` for a non-empty field.
fn given(id: &str) -> Option<String> {
    Some(field_value(id).trim().to_owned()).filter(|v| !v.is_empty())
}

/// The filters form: what it shows applies when it is submitted (a button, or Enter).
#[function_component(Filters)]
fn filters(props: &FiltersProps) -> Html {
    let i18n = use_i18n();
    let problem = use_state(|| false);
    let onsubmit = {
        let (on_filter, problem) = (props.on_filter.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let filter = ReportFilter {
                organization: given("filter-organization"),
                course: given("filter-course"),
                from: given("filter-from"),
                to: given("filter-to"),
            };
            // Dates as YYYY-MM-DD compare as text.
            let backwards = matches!((&filter.from, &filter.to), (Some(from), Some(to)) if from > to);
            problem.set(backwards);
            if !backwards {
                on_filter.emit(filter);
            }
        })
    };
    let f = &props.filter;
    let option = |value: &str, label: &str, current: &Option<String>| {
        html! { <option value={value.to_owned()} selected={current.as_deref() == Some(value)}>{ label }</option> }
    };
    html! {
        <form class="filters" id="filters" {onsubmit} aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="visually-hidden">{ i18n.t("filters-heading") }</h2>
            <div class="field">
                <label for="filter-organization">{ i18n.t("filter-organization") }</label>
                <select id="filter-organization">
                    <option value="" selected={f.organization.is_none()}>{ i18n.t("filter-all-organizations") }</option>
                    { for props.choices.organizations.iter().map(|(id, name)| option(id, name, &f.organization)) }
                </select>
            </div>
            <div class="field">
                <label for="filter-course">{ i18n.t("filter-course") }</label>
                <select id="filter-course">
                    <option value="" selected={f.course.is_none()}>{ i18n.t("filter-all-courses") }</option>
                    { for props.choices.courses.iter().map(|(slug, title)| option(slug, title, &f.course)) }
                </select>
            </div>
            <div class="field">
                <label for="filter-from">{ i18n.t("filter-from") }</label>
                <input type="date" id="filter-from" value={f.from.clone().unwrap_or_default()} />
            </div>
            <div class="field">
                <label for="filter-to">{ i18n.t("filter-to") }</label>
                <input type="date" id="filter-to" value={f.to.clone().unwrap_or_default()} />
            </div>
            <button type="submit" class="primary" id="filter-apply">{ i18n.t("filter-apply") }</button>
            if *problem {
                <p class="notice notice-error" role="alert">{ i18n.t("filter-backwards") }</p>
            }
        </form>
    }
}

fn number(n: u64) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// The four totals, each with its explanation.
fn totals(i18n: &I18n, counts: &Counts) -> Html {
    let stat = |id: &str, label: &str, value: u64| {
        html! {
            <div class="stat">
                <dt>{ i18n.t(label) }</dt>
                <dd id={format!("total-{id}")}>{ value }</dd>
            </div>
        }
    };
    html! {
        <section aria-labelledby="totals-heading">
            <h2 id="totals-heading">{ i18n.t("totals-heading") }</h2>
            <dl class="stats" id="totals">
                { stat("enrollments", "count-enrollments", counts.enrollments) }
                { stat("active", "count-active-learners", counts.active_learners) }
                { stat("completions", "count-completions", counts.completions) }
                { stat("certificates", "count-certificates", counts.certificates) }
            </dl>
            <p class="hint">{ i18n.t("totals-explained") }</p>
        </section>
    }
}

/// The four counts' column headers after `first`.
fn counts_headers(i18n: &I18n, first: &str) -> Vec<String> {
    ["count-enrollments", "count-active-learners", "count-completions", "count-certificates"].iter().fold(
        vec![i18n.t(first)],
        |mut headers, id| {
            headers.push(i18n.t(id));
            headers
        },
    )
}

fn counts_cells(counts: &Counts) -> Vec<Html> {
    [counts.enrollments, counts.active_learners, counts.completions, counts.certificates]
        .iter()
        .map(|n| html! { { n } })
        .collect()
}

/// A chart row of enrollments and completions, both in words.
fn enrollments_and_completions(i18n: &I18n, label: &str, counts: &Counts) -> ChartRow {
    let bar = |id: &str, n: u64| (n as f64, i18n.t_with(id, &[("count", number(n))]));
    ChartRow {
        label: label.to_owned(),
        bars: vec![bar("chart-enrolled", counts.enrollments), bar("chart-completed", counts.completions)],
    }
}

fn two_series(i18n: &I18n) -> Vec<String> {
    vec![i18n.t("count-enrollments"), i18n.t("count-completions")]
}

/// A section's heading, chart, table and CSV download, in that order.
fn report_section(
    table: &'static str,
    heading: String,
    chart: Html,
    data: Html,
    filter: &ReportFilter,
) -> Html {
    let heading_id = format!("{table}-heading");
    html! {
        <section class="report" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ heading }</h2>
            { chart }
            { data }
            <CsvButton id={format!("csv-{table}")} table={table} filter={filter.clone()}
                described_by={format!("table-{table}-caption")} />
        </section>
    }
}

/// The translated titles of a section: heading, chart, table caption.
struct Titles {
    heading: String,
    chart: String,
    caption: String,
}

/// A section of counts by one label (month, organization): chart, table and CSV button.
fn counts_section(
    i18n: &I18n,
    table: &'static str,
    titles: Titles,
    column: &str,
    labelled: &[(&str, &Counts)],
    filter: &ReportFilter,
) -> Html {
    let rows: Vec<ChartRow> =
        labelled.iter().map(|(label, counts)| enrollments_and_completions(i18n, label, counts)).collect();
    let chart = html! {
        <BarChart id={format!("chart-{table}")} title={titles.chart} series={two_series(i18n)} {rows} />
    };
    let rows: Vec<TableRow> = labelled
        .iter()
        .map(|(label, counts)| TableRow { header: html! { { *label } }, cells: counts_cells(counts) })
        .collect();
    let data = html! {
        <DataTable id={format!("table-{table}")} caption={titles.caption}
            headers={counts_headers(i18n, column)} {rows} />
    };
    report_section(table, titles.heading, chart, data, filter)
}

fn months_section(i18n: &I18n, summary: &Summary, filter: &ReportFilter) -> Html {
    // Months in the reader's language ("December 2026", "декабрь 2026 г."), not `2026-12`.
    let names: Vec<String> = summary.months.iter().map(|m| i18n.month(&m.month)).collect();
    let labelled: Vec<(&str, &Counts)> =
        names.iter().zip(&summary.months).map(|(name, m)| (name.as_str(), &m.counts)).collect();
    let titles = Titles {
        heading: i18n.t("section-months"),
        chart: i18n.t("chart-months"),
        caption: i18n.t("table-months"),
    };
    counts_section(i18n, "months", titles, "column-month", &labelled, filter)
}

fn courses_section(
    i18n: &I18n,
    summary: &Summary,
    filter: &ReportFilter,
    on_course: &Callback<String>,
) -> Html {
    let rows: Vec<ChartRow> =
        summary.courses.iter().map(|c| enrollments_and_completions(i18n, &c.title, &c.counts)).collect();
    let chart = html! {
        <BarChart id="chart-courses" title={i18n.t("chart-courses")} series={two_series(i18n)} {rows} />
    };
    let rows: Vec<TableRow> = summary
        .courses
        .iter()
        .map(|c| {
            let onclick = {
                let (on_course, slug) = (on_course.clone(), c.slug.clone());
                Callback::from(move |_| on_course.emit(slug.clone()))
            };
            let mut cells = counts_cells(&c.counts);
            cells.push(html! {
                <button type="button" class="small" id={format!("course-report-{}", c.slug)} {onclick}>
                    { i18n.t("course-report-open") }<span class="visually-hidden">{ format!(": {}", c.title) }</span>
                </button>
            });
            TableRow { header: html! { { &c.title } }, cells }
        })
        .collect();
    let mut headers = counts_headers(i18n, "column-course");
    headers.push(i18n.t("column-details"));
    let data = html! { <DataTable id="table-courses" caption={i18n.t("table-courses")} {headers} {rows} /> };
    report_section("courses", i18n.t("section-courses"), chart, data, filter)
}

fn organizations_section(i18n: &I18n, summary: &Summary, filter: &ReportFilter) -> Html {
    let labelled: Vec<(&str, &Counts)> =
        summary.organizations.iter().map(|o| (o.name.as_str(), &o.counts)).collect();
    let titles = Titles {
        heading: i18n.t("section-organizations"),
        chart: i18n.t("chart-organizations"),
        caption: i18n.t("table-organizations"),
    };
    counts_section(i18n, "organizations", titles, "column-organization", &labelled, filter)
}

#[derive(Properties, PartialEq)]
pub struct CsvButtonProps {
    pub id: AttrValue,
    /// `organizations`, `courses`, `months` or `learners`.
    pub table: AttrValue,
    pub filter: ReportFilter,
    /// The id of what names the table (its caption).
    pub described_by: AttrValue,
}

/// "Download CSV": the table from the server (which records the export), saved by the browser.
#[function_component(CsvButton)]
pub fn csv_button(props: &CsvButtonProps) -> Html {
    let i18n = use_i18n();
    let state = use_state(|| Load::<String>::Idle);
    let onclick = {
        let (state, table, filter) = (state.clone(), props.table.clone(), props.filter.clone());
        Callback::from(move |_| {
            let (state, table, filter) = (state.clone(), table.clone(), filter.clone());
            state.set(Load::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                state.set(Load::Done(reports::download_csv(&table, &filter).await));
            });
        })
    };
    let status_id = format!("{}-status", props.id);
    html! {
        <div class="csv">
            <button type="button" id={props.id.clone()} {onclick} disabled={*state == Load::Loading}
                aria-describedby={format!("{} {status_id}", props.described_by)}>
                { i18n.t("csv-download") }
            </button>
            <span id={status_id} role="status" class="hint">
                { match &*state {
                    Load::Idle => html! {},
                    Load::Loading => html! { { i18n.t("csv-downloading") } },
                    Load::Done(Ok(name)) => html! { { i18n.t_with("csv-saved", &[("name", FluentValue::from(name.clone()))]) } },
                    Load::Done(Err(_)) => html! {},
                } }
            </span>
            if let Load::Done(Err(failure)) = &*state { <FailureText failure={failure.clone()} words={WORDS} /> }
        </div>
    }
}
