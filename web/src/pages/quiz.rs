//! Taking a quiz: the questions as a form, graded on this device at once (offline too), with
//! every attempt and the best score. The server grades each attempt again when it syncs.

use dala_wire::{Answer, Grade, QuestionKind};
use fluent_bundle::FluentValue;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::library::{self, QuizView};

#[derive(Properties, PartialEq)]
pub struct QuizPageProps {
    pub slug: String,
    pub quiz: String,
}

fn input(id: &str) -> Option<web_sys::HtmlInputElement> {
    gloo::utils::document().get_element_by_id(id)?.dyn_into().ok()
}

/// Reads the form's answers, in question order.
fn answers(view: &QuizView) -> Vec<Answer> {
    let checked = |id: String| input(&id).is_some_and(|i| i.checked());
    view.quiz
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| match &question.kind {
            QuestionKind::SingleChoice { options, .. } => (0..options.len())
                .find(|o| checked(format!("q{q}-o{o}")))
                .map_or(Answer::None, Answer::Choice),
            QuestionKind::MultipleChoice { options, .. } => {
                Answer::Choices((0..options.len()).filter(|o| checked(format!("q{q}-o{o}"))).collect())
            }
            QuestionKind::TrueFalse { .. } => {
                if checked(format!("q{q}-true")) {
                    Answer::Bool(true)
                } else if checked(format!("q{q}-false")) {
                    Answer::Bool(false)
                } else {
                    Answer::None
                }
            }
            QuestionKind::ShortText { .. } => {
                Answer::Text(input(&format!("q{q}-text")).map(|i| i.value()).unwrap_or_default())
            }
        })
        .collect()
}

#[function_component(QuizPage)]
pub fn quiz_page(props: &QuizPageProps) -> Html {
    let i18n = use_i18n();
    let view = use_state(|| None::<Result<QuizView, Failure>>);
    let result = use_state(|| None::<Grade>);
    let action_error = use_state(|| None::<Failure>);
    let generation = use_state(|| 0u32);
    {
        let view = view.clone();
        use_effect_with((props.slug.clone(), props.quiz.clone(), *generation), move |(slug, quiz, _)| {
            let (slug, quiz) = (slug.clone(), quiz.clone());
            wasm_bindgen_futures::spawn_local(
                async move { view.set(Some(library::quiz(&slug, &quiz).await)) },
            );
        });
    }
    use_title(match &*view {
        Some(Ok(v)) => v.quiz.title.clone(),
        _ => i18n.t("quiz-title-loading"),
    });
    let view = match &*view {
        None => return html! { <Loading /> },
        Some(Err(failure)) => return html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok(view)) => view.clone(),
    };
    let onsubmit = {
        let (view, result, action_error, generation) =
            (view.clone(), result.clone(), action_error.clone(), generation.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (view, result, action_error, generation) =
                (view.clone(), result.clone(), action_error.clone(), generation.clone());
            let given = answers(&view);
            wasm_bindgen_futures::spawn_local(async move {
                match library::submit_quiz(&view, given).await {
                    Ok(grade) => {
                        result.set(Some(grade));
                        generation.set(*generation + 1);
                    }
                    Err(f) => action_error.set(Some(f)),
                }
            });
        })
    };
    let on_again = {
        let result = result.clone();
        Callback::from(move |_| result.set(None))
    };
    let slug = view.manifest.slug.clone();
    let left = view.attempts_left();
    let may_attempt = left != Some(0);
    let best = i18n.t_with("quiz-best", &[("score", FluentValue::from(view.state.best_score))]);
    html! {
        <article class="quiz" lang={view.manifest.language.clone()}>
            <p class="crumbs"><Link<Route> to={Route::Course { slug: slug.clone() }}>{ &view.manifest.title }</Link<Route>></p>
            <h1>{ &view.quiz.title }</h1>
            <p class="meta">
                <span>{ i18n.t_with("quiz-pass-mark", &[("mark", FluentValue::from(view.quiz.pass_mark))]) }</span>
                if let Some(left) = left {
                    <span id="quiz-attempts-left">{ i18n.t_with("quiz-attempts-left", &[("count", FluentValue::from(left))]) }</span>
                }
                if !view.state.attempts.is_empty() { <span id="quiz-best">{ best }</span> }
            </p>
            if view.state.passed { <p id="quiz-passed" class="ok">{ i18n.t("quiz-passed-already") }</p> }
            if let Some(grade) = &*result {
                { result_box(grade, &i18n) }
                if may_attempt { <button id="quiz-again" onclick={on_again}>{ i18n.t("quiz-again") }</button> }
            } else if may_attempt {
                <form class="quiz-form" {onsubmit}>
                    { for view.quiz.questions.iter().enumerate().map(|(q, question)| html! {
                        <fieldset class="question">
                            <legend>{ format!("{}. ", q + 1) }{ &question.prompt }</legend>
                            { question_inputs(q, &question.kind, &i18n) }
                        </fieldset>
                    }) }
                    if let Some(f) = &*action_error { <FailureNotice failure={f.clone()} /> }
                    <button id="quiz-submit" class="primary" type="submit">{ i18n.t("quiz-submit") }</button>
                </form>
            } else {
                <p id="quiz-no-attempts">{ i18n.t("quiz-no-attempts") }</p>
            }
        </article>
    }
}

fn question_inputs(q: usize, kind: &QuestionKind, i18n: &I18n) -> Html {
    let choice = |kind: &'static str, id: String, label: String| {
        html! {
            <label class="choice" for={id.clone()}>
                <input type={kind} id={id} name={format!("q{q}")} />
                { label }
            </label>
        }
    };
    match kind {
        QuestionKind::SingleChoice { options, .. } => {
            html! { <>{ for options.iter().enumerate().map(|(o, text)| choice("radio", format!("q{q}-o{o}"), text.clone())) }</> }
        }
        QuestionKind::MultipleChoice { options, .. } => html! {
            <>
                <p class="hint">{ i18n.t("quiz-choose-all") }</p>
                { for options.iter().enumerate().map(|(o, text)| choice("checkbox", format!("q{q}-o{o}"), text.clone())) }
            </>
        },
        QuestionKind::TrueFalse { .. } => html! {
            <>
                { choice("radio", format!("q{q}-true"), i18n.t("quiz-true")) }
                { choice("radio", format!("q{q}-false"), i18n.t("quiz-false")) }
            </>
        },
        QuestionKind::ShortText { .. } => html! {
            <>
                <label class="visually-hidden" for={format!("q{q}-text")}>{ i18n.t("quiz-your-answer") }</label>
                <input type="text" id={format!("q{q}-text")} autocomplete="off" />
            </>
        },
    }
}

fn result_box(grade: &Grade, i18n: &I18n) -> Html {
    let right = grade.correct.iter().filter(|c| **c).count();
    let summary = i18n.t_with(
        "quiz-score",
        &[
            ("score", FluentValue::from(grade.score)),
            ("right", FluentValue::from(right)),
            ("total", FluentValue::from(grade.correct.len())),
        ],
    );
    html! {
        <section id="quiz-result" class={if grade.passed { "notice" } else { "notice notice-error" }} role="status">
            <p><strong>{ i18n.t(if grade.passed { "quiz-result-passed" } else { "quiz-result-failed" }) }</strong></p>
            <p>{ summary }</p>
            <ol class="quiz-marks">
                { for grade.correct.iter().map(|c| html! {
                    <li>{ i18n.t(if *c { "quiz-mark-right" } else { "quiz-mark-wrong" }) }</li>
                }) }
            </ol>
        </section>
    }
}
