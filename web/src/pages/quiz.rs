//! Taking a quiz: the questions as a form, graded on this device at once (offline too), with
//! every attempt and the best score. The server grades each attempt again when it syncs.
//! Nothing is submitted while a question is unanswered (no attempt is used); the result lists
//! every question with the learner's answer, right or wrong, the trainer's explanation and,
//! once the quiz is passed or out of attempts (unless the trainer turned it off), the right
//! answer. "Try again" starts from the answers just given.

use dala_wire::{Answer, Grade, Question, QuestionKind, Quiz};
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
use crate::pages::course::closed_notice;

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

/// Whether `answer` leaves its question unanswered.
fn unanswered(answer: &Answer) -> bool {
    match answer {
        Answer::None => true,
        Answer::Choices(chosen) => chosen.is_empty(),
        Answer::Text(text) => text.trim().is_empty(),
        Answer::Choice(_) | Answer::Bool(_) => false,
    }
}

/// The id of a question's first input, where the focus goes when it is unanswered.
fn first_input(q: usize, kind: &QuestionKind) -> String {
    match kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => format!("q{q}-o0"),
        QuestionKind::TrueFalse { .. } => format!("q{q}-true"),
        QuestionKind::ShortText { .. } => format!("q{q}-text"),
    }
}

#[function_component(QuizPage)]
pub fn quiz_page(props: &QuizPageProps) -> Html {
    let i18n = use_i18n();
    let view = use_state(|| None::<Result<QuizView, Failure>>);
    // The graded attempt shown, with the answers it graded.
    let result = use_state(|| None::<(Grade, Vec<Answer>)>);
    // The answers the form starts from: the last attempt's, after "Try again".
    let previous = use_state(Vec::<Answer>::new);
    // Questions left unanswered at the last submit (0-based), named above the button.
    let missing = use_state(Vec::<usize>::new);
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
        let (view, result, action_error, generation, missing) =
            (view.clone(), result.clone(), action_error.clone(), generation.clone(), missing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (view, result, action_error, generation) =
                (view.clone(), result.clone(), action_error.clone(), generation.clone());
            let given = answers(&view);
            let blank: Vec<usize> =
                given.iter().enumerate().filter(|(_, a)| unanswered(a)).map(|(q, _)| q).collect();
            if let Some(&first) = blank.first() {
                // No attempt is used: the learner is told which and taken to the first.
                focus(&first_input(first, &view.quiz.questions[first].kind));
                missing.set(blank);
                return;
            }
            missing.set(Vec::new());
            wasm_bindgen_futures::spawn_local(async move {
                match library::submit_quiz(&view, given.clone()).await {
                    Ok(grade) => {
                        result.set(Some((grade, given)));
                        generation.set(*generation + 1);
                    }
                    Err(f) => action_error.set(Some(f)),
                }
            });
        })
    };
    let on_again = {
        let (result, previous) = (result.clone(), previous.clone());
        Callback::from(move |_| {
            if let Some((_, given)) = &*result {
                previous.set(given.clone());
            }
            result.set(None);
        })
    };
    let slug = view.manifest.slug.clone();
    let left = view.attempts_left();
    let may_attempt = left != Some(0);
    let best = i18n.t_with("quiz-best", &[("score", FluentValue::from(view.state.best_score))]);
    html! {
        <article class="quiz">
            <p class="crumbs"><Link<Route> to={Route::Course { slug: slug.clone() }}><bdi lang={view.manifest.language.clone()}>{ &view.manifest.title }</bdi></Link<Route>></p>
            <h1 lang={view.manifest.language.clone()} dir="auto">{ &view.quiz.title }</h1>
            <p class="meta">
                <span>{ i18n.t_with("quiz-pass-mark", &[("mark", FluentValue::from(view.quiz.pass_mark))]) }</span>
                if let Some(left) = left {
                    <span id="quiz-attempts-left">{ i18n.t_with("quiz-attempts-left", &[("count", FluentValue::from(left))]) }</span>
                }
                if !view.state.attempts.is_empty() { <span id="quiz-best">{ best }</span> }
            </p>
            if view.state.passed { <p id="quiz-passed" class="ok">{ i18n.t("quiz-passed-already") }</p> }
            { closed_notice(view.access, false, &i18n) }
            if let Some((grade, given)) = &*result {
                // Shown once passed or out of attempts, unless the trainer turned it off.
                { result_box(&view.quiz, grade, given, view.quiz.show_answers && (grade.passed || view.state.passed || !may_attempt), &i18n) }
                if may_attempt { <button id="quiz-again" onclick={on_again}>{ i18n.t("quiz-again") }</button> }
            } else if may_attempt && view.access.allowed() {
                <form class="quiz-form" {onsubmit} novalidate=true>
                    { for view.quiz.questions.iter().enumerate().map(|(q, question)| html! {
                        <fieldset class={if missing.contains(&q) { "question question-missing" } else { "question" }}
                            aria-invalid={missing.contains(&q).then_some("true")} lang={view.manifest.language.clone()} dir="auto">
                            <legend>{ format!("{}. ", q + 1) }{ &question.prompt }</legend>
                            { question_inputs(q, &question.kind, previous.get(q), &i18n) }
                        </fieldset>
                    }) }
                    if !missing.is_empty() {
                        <div id="quiz-missing" class="notice notice-error" role="alert">
                            <p>{ i18n.t("quiz-missing") }</p>
                            <ul>
                                { for missing.iter().map(|&q| html! {
                                    <li>{ format!("{}. ", q + 1) }{ &view.quiz.questions[q].prompt }</li>
                                }) }
                            </ul>
                        </div>
                    }
                    if let Some(f) = &*action_error { <FailureNotice failure={f.clone()} /> }
                    <button id="quiz-submit" class="primary" type="submit">{ i18n.t("quiz-submit") }</button>
                </form>
            } else {
                <p id="quiz-no-attempts">{ i18n.t("quiz-no-attempts") }</p>
            }
        </article>
    }
}

/// A question's inputs, starting from `previous` (the answer of the last attempt, if any).
fn question_inputs(q: usize, kind: &QuestionKind, previous: Option<&Answer>, i18n: &I18n) -> Html {
    let choice = |kind: &'static str, id: String, label: String, checked: bool| {
        html! {
            <label class="choice" for={id.clone()}>
                <input type={kind} id={id} name={format!("q{q}")} {checked} />
                { label }
            </label>
        }
    };
    match kind {
        QuestionKind::SingleChoice { options, .. } => html! {
            <>{ for options.iter().enumerate().map(|(o, text)| {
                choice("radio", format!("q{q}-o{o}"), text.clone(), previous == Some(&Answer::Choice(o)))
            }) }</>
        },
        QuestionKind::MultipleChoice { options, .. } => html! {
            <>
                <p class="hint">{ i18n.t("quiz-choose-all") }</p>
                { for options.iter().enumerate().map(|(o, text)| {
                    let ticked = matches!(previous, Some(Answer::Choices(c)) if c.contains(&o));
                    choice("checkbox", format!("q{q}-o{o}"), text.clone(), ticked)
                }) }
            </>
        },
        QuestionKind::TrueFalse { .. } => html! {
            <>
                { choice("radio", format!("q{q}-true"), i18n.t("quiz-true"), previous == Some(&Answer::Bool(true))) }
                { choice("radio", format!("q{q}-false"), i18n.t("quiz-false"), previous == Some(&Answer::Bool(false))) }
            </>
        },
        QuestionKind::ShortText { .. } => {
            let value = match previous {
                Some(Answer::Text(text)) => text.clone(),
                _ => String::new(),
            };
            html! {
                <>
                    <label class="visually-hidden" for={format!("q{q}-text")}>{ i18n.t("quiz-your-answer") }</label>
                    <input type="text" id={format!("q{q}-text")} autocomplete="off" {value} />
                </>
            }
        }
    }
}

/// An answer in words: the options chosen, true or false, the text typed.
fn answer_text(question: &Question, answer: &Answer, i18n: &I18n) -> String {
    let option = |options: &[String], n: usize| options.get(n).cloned().unwrap_or_default();
    match (&question.kind, answer) {
        (QuestionKind::SingleChoice { options, .. }, Answer::Choice(n)) => option(options, *n),
        (QuestionKind::MultipleChoice { options, .. }, Answer::Choices(chosen)) if !chosen.is_empty() => {
            let mut chosen = chosen.clone();
            chosen.sort_unstable();
            chosen.iter().map(|n| option(options, *n)).collect::<Vec<_>>().join("; ")
        }
        (QuestionKind::TrueFalse { .. }, Answer::Bool(b)) => {
            i18n.t(if *b { "quiz-true" } else { "quiz-false" })
        }
        (QuestionKind::ShortText { .. }, Answer::Text(text)) if !text.trim().is_empty() => {
            text.trim().to_owned()
        }
        _ => i18n.t("quiz-no-answer"),
    }
}

/// Moves the focus to the element `id`.
fn focus(id: &str) {
    if let Some(element) =
        gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

fn result_box(quiz: &Quiz, grade: &Grade, given: &[Answer], reveal: bool, i18n: &I18n) -> Html {
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
            if quiz.show_answers && !reveal {
                <p class="hint">{ i18n.t("quiz-answers-later") }</p>
            }
            <ol class="quiz-marks">
                { for quiz.questions.iter().enumerate().map(|(q, question)| {
                    let right = grade.correct.get(q).copied().unwrap_or(false);
                    let answer = given.get(q).cloned().unwrap_or(Answer::None);
                    html! {
                        <li class={if right { "mark-right" } else { "mark-wrong" }}>
                            <p class="mark-question">{ &question.prompt }</p>
                            <p class="mark-answer">
                                { i18n.t("quiz-your-answer-was") }{ " " }<span>{ answer_text(question, &answer, i18n) }</span>
                            </p>
                            <p class="mark">
                                <strong>{ i18n.t(if right { "quiz-mark-right" } else { "quiz-mark-wrong" }) }</strong>
                            </p>
                            if reveal && !right {
                                <p class="mark-right-answer">
                                    { i18n.t("quiz-right-answer") }{ " " }
                                    <span>{ answer_text(question, &question.kind.correct_answer(), i18n) }</span>
                                </p>
                            }
                            if !question.explanation.is_empty() {
                                <p class="mark-explanation">{ &question.explanation }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
