//! One course on the dashboard: how far its learners got (the funnel: who reached and who
//! completed each lesson) and how hard each quiz question was (wrong first answers).

use dala_wire::{CourseReport, QuestionDifficulty, ReportFilter};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, FailureText, WORDS};
use crate::components::chart::{BarChart, ChartRow};
use crate::components::data_table::{DataTable, TableRow};
use crate::components::load::{Load, use_load};
use crate::i18n::{I18n, use_i18n};
use crate::reports;

#[derive(Properties, PartialEq)]
pub struct CourseDetailProps {
    pub slug: String,
    pub filter: ReportFilter,
    /// How many times "Show" was pressed: each asks again.
    pub shows: u32,
}

#[function_component(CourseDetail)]
pub fn course_detail(props: &CourseDetailProps) -> Html {
    let i18n = use_i18n();
    let request = Some((props.slug.clone(), props.filter.clone(), props.shows));
    let report = use_load(request, |(slug, filter, _)| reports::course(slug, filter));
    // A keyboard or phone user who chose a course sees where its report appears.
    let section = use_node_ref();
    {
        let section = section.clone();
        use_effect_with(props.slug.clone(), move |_| {
            if let Some(section) = section.cast::<web_sys::Element>() {
                section.scroll_into_view();
            }
        });
    }
    let body = match &report {
        Load::Idle | Load::Loading => html! { <Busy text={i18n.t("course-report-loading")} /> },
        Load::Done(Err(failure)) => html! { <FailureText failure={failure.clone()} words={WORDS} /> },
        Load::Done(Ok(report)) => html! {
            <>
                <h2>{ i18n.t_with("course-report-heading", &[("title", FluentValue::from(report.title.clone()))]) }</h2>
                <p id="course-report-enrolled">
                    { i18n.t_with("course-report-enrolled", &[("count", FluentValue::from(report.enrolled))]) }
                </p>
                { funnel(&i18n, report) }
                { difficulty(&i18n, &report.questions) }
            </>
        },
    };
    html! {
        <section class="report" id="course-report" ref={section} aria-live="polite">
            { body }
        </section>
    }
}

/// `part` of `whole` in percent, rounded; none of none is 0.
fn percent(part: u64, whole: u64) -> u64 {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

fn funnel(i18n: &I18n, report: &CourseReport) -> Html {
    let in_words = |id: &str, n: u64| {
        let args =
            [("count", FluentValue::from(n)), ("percent", FluentValue::from(percent(n, report.enrolled)))];
        (n as f64, i18n.t_with(id, &args))
    };
    let rows: Vec<ChartRow> = report
        .funnel
        .iter()
        .map(|step| ChartRow {
            label: step.title.clone(),
            bars: vec![
                in_words("chart-reached", step.reached),
                in_words("chart-lesson-completed", step.completed),
            ],
        })
        .collect();
    let series = vec![i18n.t("column-reached"), i18n.t("column-lesson-completed")];
    let table_rows: Vec<TableRow> = report
        .funnel
        .iter()
        .map(|step| TableRow {
            header: html! { { &step.title } },
            cells: vec![html! { { step.reached } }, html! { { step.completed } }],
        })
        .collect();
    let headers = vec![i18n.t("column-lesson"), i18n.t("column-reached"), i18n.t("column-lesson-completed")];
    html! {
        <>
            <h3>{ i18n.t("funnel-heading") }</h3>
            <p class="hint">{ i18n.t("funnel-explained") }</p>
            // Bars are shares of the learners enrolled, so the funnel's narrowing shows.
            <BarChart id="chart-funnel" title={i18n.t("chart-funnel")} {series} {rows}
                max={Some(report.enrolled as f64)} />
            <DataTable id="table-funnel" caption={i18n.t("table-funnel")} {headers} rows={table_rows} />
        </>
    }
}

/// A question as its learners saw it: its number in the quiz and its text.
fn question_label(i18n: &I18n, q: &QuestionDifficulty) -> String {
    let args = [("number", FluentValue::from(q.number)), ("prompt", FluentValue::from(q.prompt.clone()))];
    i18n.t_with("question-label", &args)
}

fn difficulty(i18n: &I18n, questions: &[QuestionDifficulty]) -> Html {
    let wrong_share = |q: &QuestionDifficulty| percent(q.wrong, q.first_attempts);
    let rows: Vec<ChartRow> = questions
        .iter()
        .map(|q| {
            let args = [
                ("percent", FluentValue::from(wrong_share(q))),
                ("wrong", FluentValue::from(q.wrong)),
                ("total", FluentValue::from(q.first_attempts)),
            ];
            ChartRow {
                label: question_label(i18n, q),
                bars: vec![(wrong_share(q) as f64, i18n.t_with("chart-wrong", &args))],
            }
        })
        .collect();
    let table_rows: Vec<TableRow> = questions
        .iter()
        .map(|q| TableRow {
            header: html! { { question_label(i18n, q) } },
            cells: vec![
                html! { { q.first_attempts } },
                html! { { q.wrong } },
                html! { { format!("{} %", wrong_share(q)) } },
                html! { { &q.quiz_title } },
            ],
        })
        .collect();
    let headers = vec![
        i18n.t("column-question"),
        i18n.t("column-first-attempts"),
        i18n.t("column-wrong"),
        i18n.t("column-wrong-share"),
        i18n.t("column-quiz"),
    ];
    let series = vec![i18n.t("column-wrong-share")];
    html! {
        <>
            <h3>{ i18n.t("difficulty-heading") }</h3>
            <p class="hint">{ i18n.t("difficulty-explained") }</p>
            <BarChart id="chart-difficulty" title={i18n.t("chart-difficulty")} {series} {rows} max={Some(100.0)} />
            <DataTable id="table-difficulty" caption={i18n.t("table-difficulty")} {headers} rows={table_rows} />
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_round_and_survive_zero() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(5, 5), 100);
    }
}
