//! The quiz editor: title, pass mark, attempts, and the questions of every type with their
//! right answers. Each change hands the whole quiz to the page, which saves it like any edit.
//! [`Quiz::problems`] runs on every render, so a question without a right answer is flagged
//! as it is written, offline too, in the trainer's language.

use std::rc::Rc;

use dala_wire::{Question, QuestionKind, Quiz, QuizProblem};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::event_value;
use crate::components::text_field::TextField;
use crate::i18n::{I18n, use_i18n};

/// The question types, in the order the menu offers them, with their message ids.
const KINDS: [(&str, &str); 4] = [
    ("single_choice", "edit-quiz-kind-single"),
    ("multiple_choice", "edit-quiz-kind-multiple"),
    ("true_false", "edit-quiz-kind-true-false"),
    ("short_text", "edit-quiz-kind-short"),
];

/// A single-choice question before the trainer marks its right option.
pub const NOT_CHOSEN: usize = usize::MAX;

/// A new question: single choice, two empty options, nothing marked right yet.
pub fn new_question() -> Question {
    Question {
        prompt: String::new(),
        kind: QuestionKind::SingleChoice { options: vec![String::new(), String::new()], answer: NOT_CHOSEN },
        explanation: String::new(),
    }
}

/// The question as another type, keeping what carries over (options, the marked ones).
fn convert(kind: &QuestionKind, to: &str) -> QuestionKind {
    let (options, marked) = match kind {
        QuestionKind::SingleChoice { options, answer } => {
            (options.clone(), (*answer < options.len()).then_some(*answer).into_iter().collect())
        }
        QuestionKind::MultipleChoice { options, answers } => (options.clone(), answers.clone()),
        _ => (vec![String::new(), String::new()], Vec::new()),
    };
    match to {
        "multiple_choice" => QuestionKind::MultipleChoice { options, answers: marked },
        "true_false" => QuestionKind::TrueFalse { answer: true },
        "short_text" => QuestionKind::ShortText { accepted: Vec::new() },
        _ => QuestionKind::SingleChoice { options, answer: marked.first().copied().unwrap_or(NOT_CHOSEN) },
    }
}

fn checked(e: &Event) -> bool {
    e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked())
}

/// A problem in the trainer's words.
pub fn problem_text(i18n: &I18n, problem: QuizProblem) -> String {
    let n = |q: usize| [("n", (q + 1).into())];
    match problem {
        QuizProblem::NoTitle => i18n.t("edit-quiz-problem-title"),
        QuizProblem::PassMark => i18n.t("edit-quiz-problem-pass-mark"),
        QuizProblem::MaxAttempts => i18n.t("edit-quiz-problem-attempts"),
        QuizProblem::NoQuestions => i18n.t("edit-quiz-problem-no-questions"),
        QuizProblem::NoPrompt(q) => i18n.t_with("edit-quiz-problem-prompt", &n(q)),
        QuizProblem::Options(q) => i18n.t_with("edit-quiz-problem-options", &n(q)),
        QuizProblem::NoRightAnswer(q) => i18n.t_with("edit-quiz-problem-no-answer", &n(q)),
        QuizProblem::EmptyAccepted(q) => i18n.t_with("edit-quiz-problem-empty-accepted", &n(q)),
        QuizProblem::TooLarge => i18n.t("edit-quiz-problem-too-large"),
        QuizProblem::QuestionTooLarge(q) => i18n.t_with("edit-quiz-problem-question-too-large", &n(q)),
    }
}

fn question_of(problem: QuizProblem) -> Option<usize> {
    match problem {
        QuizProblem::NoPrompt(q)
        | QuizProblem::Options(q)
        | QuizProblem::NoRightAnswer(q)
        | QuizProblem::EmptyAccepted(q)
        | QuizProblem::QuestionTooLarge(q) => Some(q),
        _ => None,
    }
}

/// What a control said when it changed: its value, and whether it is ticked.
struct Input {
    value: String,
    checked: bool,
}

/// A change to a question that reads what the control said.
type QuestionEdit = dyn Fn(&mut Question, &Input);
/// A change to the quiz that reads what the control said.
type FieldEdit = dyn Fn(&mut Quiz, &Input);
/// A change to the quiz that needs nothing from the control (a button).
type ClickEdit = dyn Fn(&mut Quiz);

/// A change to the quiz. The page applies it to its newest draft, so changes made faster than
/// the page redraws build on each other instead of replacing each other.
pub struct QuizEdit(pub Box<dyn FnOnce(&mut Quiz)>);

#[derive(Properties, PartialEq)]
pub struct QuizEditorProps {
    pub quiz: Quiz,
    /// Called with each change.
    pub on_change: Callback<QuizEdit>,
}

#[function_component(QuizEditor)]
pub fn quiz_editor(props: &QuizEditorProps) -> Html {
    let i18n = use_i18n();
    let quiz = &props.quiz;
    let problems = quiz.problems();
    // Changes are handed to the page as functions. A question's change names it by position
    // and does nothing if it is gone by the time the change is applied.
    let on_field = |apply: Box<FieldEdit>| {
        let (apply, on_change): (Rc<FieldEdit>, _) = (apply.into(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input = Input { value: event_value(&e), checked: checked(&e) };
            let apply = apply.clone();
            on_change.emit(QuizEdit(Box::new(move |q| apply(q, &input))));
        })
    };
    let on_question = |i: usize, apply: Box<QuestionEdit>| {
        on_field(Box::new(move |q, input| {
            if let Some(question) = q.questions.get_mut(i) {
                apply(question, input);
            }
        }))
    };
    let click = |apply: Box<ClickEdit>| {
        let (apply, on_change): (Rc<ClickEdit>, _) = (apply.into(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let apply = apply.clone();
            on_change.emit(QuizEdit(Box::new(move |q| apply(q))));
        })
    };
    let click_question = |i: usize, apply: Box<dyn Fn(&mut Question)>| {
        click(Box::new(move |q| {
            if let Some(question) = q.questions.get_mut(i) {
                apply(question);
            }
        }))
    };
    let count = quiz.questions.len();
    let question_editor = |(i, question): (usize, &Question)| {
        let own_problems: Vec<QuizProblem> =
            problems.iter().copied().filter(|p| question_of(*p) == Some(i)).collect();
        let answers = match &question.kind {
            QuestionKind::SingleChoice { options, .. } | QuestionKind::MultipleChoice { options, .. } => {
                let multiple = matches!(question.kind, QuestionKind::MultipleChoice { .. });
                let rows = options.iter().enumerate().map(|(j, option)| {
                    let right = match &question.kind {
                        QuestionKind::SingleChoice { answer, .. } => *answer == j,
                        QuestionKind::MultipleChoice { answers, .. } => answers.contains(&j),
                        _ => false,
                    };
                    let on_right = on_question(i, Box::new(move |q, e| match &mut q.kind {
                        QuestionKind::SingleChoice { answer, .. } => *answer = j,
                        QuestionKind::MultipleChoice { answers, .. } => {
                            answers.retain(|a| *a != j);
                            if e.checked {
                                answers.push(j);
                                answers.sort_unstable();
                            }
                        }
                        _ => {}
                    }));
                    let on_text = on_question(i, Box::new(move |q, e| {
                        if let QuestionKind::SingleChoice { options, .. } | QuestionKind::MultipleChoice { options, .. } =
                            &mut q.kind
                            && let Some(option) = options.get_mut(j)
                        {
                            *option = e.value.trim().to_owned();
                        }
                    }));
                    let on_remove = click_question(i, Box::new(move |q| match &mut q.kind {
                        QuestionKind::SingleChoice { options, answer } if j < options.len() => {
                            options.remove(j);
                            *answer = match (*answer).cmp(&j) {
                                std::cmp::Ordering::Less => *answer,
                                std::cmp::Ordering::Equal => NOT_CHOSEN,
                                std::cmp::Ordering::Greater => *answer - 1,
                            };
                        }
                        QuestionKind::MultipleChoice { options, answers } if j < options.len() => {
                            options.remove(j);
                            answers.retain(|a| *a != j);
                            answers.iter_mut().filter(|a| **a > j).for_each(|a| *a -= 1);
                        }
                        _ => {}
                    }));
                    let n = [("n", (j + 1).into())];
                    html! {
                        <li class="option-row">
                            <input type={if multiple { "checkbox" } else { "radio" }} id={format!("q{i}-right-{j}")}
                                name={format!("q{i}-right")} checked={right} onchange={on_right}
                                aria-label={i18n.t_with("edit-quiz-option-right", &n)} />
                            <TextField id={format!("q{i}-o{j}")} value={option.clone()} onchange={on_text} maxlength="500"
                                aria_label={i18n.t_with("edit-quiz-option", &n)} />
                            <button type="button" id={format!("q{i}-remove-{j}")} onclick={on_remove}
                                aria-label={i18n.t_with("edit-quiz-remove-option", &n)} disabled={options.len() <= 2}>
                                { "×" }
                            </button>
                        </li>
                    }
                });
                let on_add = click_question(
                    i,
                    Box::new(move |q| {
                        if let QuestionKind::SingleChoice { options, .. }
                        | QuestionKind::MultipleChoice { options, .. } = &mut q.kind
                        {
                            options.push(String::new());
                        }
                    }),
                );
                html! {
                    <fieldset class="options">
                        <legend>{ i18n.t(if multiple { "edit-quiz-options-multiple" } else { "edit-quiz-options-single" }) }</legend>
                        <ol>{ for rows }</ol>
                        <button type="button" id={format!("q{i}-add-option")} onclick={on_add}>{ i18n.t("edit-quiz-add-option") }</button>
                    </fieldset>
                }
            }
            QuestionKind::TrueFalse { answer } => {
                let choice = |value: bool, label: &'static str| {
                    let on = on_question(
                        i,
                        Box::new(move |q, _| q.kind = QuestionKind::TrueFalse { answer: value }),
                    );
                    let id = format!("q{i}-{value}");
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name={format!("q{i}-tf")} checked={*answer == value} onchange={on} />
                            <label for={id}>{ i18n.t(label) }</label>
                        </div>
                    }
                };
                html! {
                    <fieldset class="options">
                        <legend>{ i18n.t("edit-quiz-right-answer") }</legend>
                        { choice(true, "quiz-true") }
                        { choice(false, "quiz-false") }
                    </fieldset>
                }
            }
            QuestionKind::ShortText { accepted } => {
                let on_accepted = on_question(
                    i,
                    Box::new(move |q, e| {
                        let accepted = e
                            .value
                            .lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(str::to_owned)
                            .collect();
                        q.kind = QuestionKind::ShortText { accepted };
                    }),
                );
                let id = format!("q{i}-accepted");
                html! {
                    <>
                        <label for={id.clone()}>{ i18n.t("edit-quiz-accepted") }</label>
                        <TextField id={id} rows={3} value={accepted.join("\n")} onchange={on_accepted}
                            describedby={format!("q{i}-accepted-help")} />
                        <p id={format!("q{i}-accepted-help")} class="help">{ i18n.t("edit-quiz-accepted-help") }</p>
                    </>
                }
            }
        };
        let on_prompt = on_question(i, Box::new(move |q, e| q.prompt = e.value.trim().to_owned()));
        let on_kind = on_question(
            i,
            Box::new(move |q, e| {
                if q.kind.name() != e.value {
                    q.kind = convert(&q.kind, &e.value);
                }
            }),
        );
        let current_kind = question.kind.name();
        let n = [("n", (i + 1).into())];
        html! {
            <li>
                <fieldset class="question" id={format!("question-{i}")}>
                    <legend>{ i18n.t_with("edit-quiz-question", &n) }</legend>
                    <label for={format!("q{i}-prompt")}>{ i18n.t("edit-quiz-prompt") }</label>
                    <TextField id={format!("q{i}-prompt")} rows={2} value={question.prompt.clone()} onchange={on_prompt} />
                    <label for={format!("q{i}-kind")}>{ i18n.t("edit-quiz-kind") }</label>
                    <select id={format!("q{i}-kind")} onchange={on_kind}>
                        { for KINDS.iter().map(|(value, label)| html! {
                            <option value={*value} selected={*value == current_kind}>{ i18n.t(label) }</option>
                        }) }
                    </select>
                    { answers }
                    <label for={format!("q{i}-explanation")}>{ i18n.t("edit-quiz-explanation") }</label>
                    <TextField id={format!("q{i}-explanation")} rows={2} value={question.explanation.clone()} maxlength="2000"
                        onchange={on_question(i, Box::new(|q, e| q.explanation = e.value.trim().to_owned()))} />
                    if !own_problems.is_empty() {
                        <ul class="problems" id={format!("q{i}-problems")}>
                            { for own_problems.iter().map(|p| html! { <li>{ problem_text(&i18n, *p) }</li> }) }
                        </ul>
                    }
                    <div class="actions">
                        <button type="button" id={format!("q{i}-up")} disabled={i == 0}
                            onclick={click(Box::new(move |q| if i > 0 && i < q.questions.len() { q.questions.swap(i, i - 1) }))}>{ i18n.t("edit-move-up") }</button>
                        <button type="button" id={format!("q{i}-down")} disabled={i + 1 == count}
                            onclick={click(Box::new(move |q| if i + 1 < q.questions.len() { q.questions.swap(i, i + 1) }))}>{ i18n.t("edit-move-down") }</button>
                        <button type="button" id={format!("q{i}-remove")}
                            onclick={click(Box::new(move |q| if i < q.questions.len() { q.questions.remove(i); }))}>{ i18n.t("edit-quiz-remove-question") }</button>
                    </div>
                </fieldset>
            </li>
        }
    };
    let quiz_problems: Vec<QuizProblem> =
        problems.iter().copied().filter(|p| question_of(*p).is_none()).collect();
    html! {
        <section class="quiz-editor" aria-labelledby="quiz-editor-heading">
            <h2 id="quiz-editor-heading">{ i18n.t("quiz-label") }{ " " }{ &quiz.title }</h2>
            <div class="form">
                <label for="quiz-title">{ i18n.t("edit-quiz-title") }</label>
                <TextField id="quiz-title" value={quiz.title.clone()} maxlength="200"
                    onchange={on_field(Box::new(|q, e| q.title = e.value.trim().to_owned()))} />
                <label for="quiz-pass-mark">{ i18n.t("edit-quiz-pass-mark") }</label>
                <TextField id="quiz-pass-mark" input_type="number" min="1" max="100" value={quiz.pass_mark.to_string()}
                    onchange={on_field(Box::new(|q, e| q.pass_mark = e.value.trim().parse().unwrap_or(0)))} />
                <label for="quiz-max-attempts">{ i18n.t("edit-quiz-max-attempts") }</label>
                <TextField id="quiz-max-attempts" input_type="number" min="1" describedby="quiz-max-attempts-help"
                    value={quiz.max_attempts.map(|m| m.to_string()).unwrap_or_default()}
                    onchange={on_field(Box::new(|q, e| {
                        let text = e.value.trim();
                        q.max_attempts = if text.is_empty() { None } else { Some(text.parse().unwrap_or(0)) };
                    }))} />
                <p id="quiz-max-attempts-help" class="help">{ i18n.t("edit-quiz-max-attempts-help") }</p>
                <div class="choice">
                    <input type="checkbox" id="quiz-show-answers" checked={quiz.show_answers}
                        onchange={on_field(Box::new(|q, e| q.show_answers = e.checked))} />
                    <label for="quiz-show-answers">{ i18n.t("edit-quiz-show-answers") }</label>
                </div>
            </div>
            if !quiz_problems.is_empty() {
                <ul class="problems" id="quiz-problems">
                    { for quiz_problems.iter().map(|p| html! { <li>{ problem_text(&i18n, *p) }</li> }) }
                </ul>
            }
            <ol class="questions">{ for quiz.questions.iter().enumerate().map(question_editor) }</ol>
            <button type="button" id="add-question"
                onclick={click(Box::new(|q| q.questions.push(new_question())))}>{ i18n.t("edit-quiz-add-question") }</button>
        </section>
    }
}
