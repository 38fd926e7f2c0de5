//! Quiz sources (`NN-<id>.quiz.toml`): parsing and checking, with every problem reported.
//!
//! Authors count options from 1, as people do; the published quiz counts from 0.

use crate::i18n::Text;
use crate::text;
use dala_wire::{Question, QuestionKind, Quiz, limits};
use serde::Deserialize;
use toml::Spanned;

use super::source::{Report, line_of};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizSource {
    title: Spanned<String>,
    pass_mark: Spanned<i64>,
    max_attempts: Option<Spanned<i64>>,
    /// Whether the right answers are shown once passed or out of attempts; true if absent.
    show_answers: Option<bool>,
    #[serde(default)]
    questions: Vec<Spanned<QuestionSource>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionSource {
    kind: String,
    prompt: String,
    options: Option<Vec<String>>,
    answer: Option<toml::Value>,
    answers: Option<Vec<i64>>,
    accepted: Option<Vec<String>>,
    /// Plain text shown with the result.
    #[serde(default)]
    explanation: String,
}

const KINDS: &str = "single_choice, multiple_choice, true_false, short_text";

/// Parses and checks a quiz; problems go to `report` under `name`.
pub(super) fn parse_quiz(report: &mut Report<'_>, name: &str, id: &str, text: &str) -> Option<Quiz> {
    let before = report.problems.len();
    let source: QuizSource = match toml::from_str(text) {
        Ok(source) => source,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start));
            report.add(name, line, text!("problem-quiz-invalid", detail = e.message().trim()));
            return None;
        }
    };
    let line = |span: std::ops::Range<usize>| Some(line_of(text, span.start));
    let title = source.title.get_ref().trim().to_owned();
    if title.is_empty() {
        report.add(name, line(source.title.span()), text!("problem-key-empty", key = "title"));
    }
    if !limits::fits(&title, limits::QUIZ_TITLE_CHARS) {
        let max = limits::QUIZ_TITLE_CHARS;
        report.add(name, line(source.title.span()), text!("problem-key-too-long", key = "title", max = max));
    }
    if source.questions.len() > limits::QUESTIONS_PER_QUIZ {
        let max = limits::QUESTIONS_PER_QUIZ;
        report.add(name, Some(1), text!("problem-quiz-too-many-questions", max = max));
    }
    let pass_mark = *source.pass_mark.get_ref();
    if !(1..=100).contains(&pass_mark) {
        report.add(name, line(source.pass_mark.span()), text!("problem-pass-mark"));
    }
    let max_attempts = match &source.max_attempts {
        Some(m) if *m.get_ref() < 1 => {
            report.add(name, line(m.span()), text!("problem-max-attempts"));
            None
        }
        Some(m) => u32::try_from(*m.get_ref()).ok(),
        None => None,
    };
    if source.questions.is_empty() {
        report.add(name, Some(1), text!("problem-no-questions"));
    }
    let mut questions = Vec::new();
    for (index, question) in source.questions.iter().enumerate() {
        let at = line(question.span());
        let mut problem = |message: Text| {
            report.add(name, at, text!("problem-question", number = index + 1, problem = message))
        };
        let q = question.get_ref();
        if q.prompt.trim().is_empty() {
            problem(text!("problem-key-empty", key = "prompt"));
        }
        let options = || -> Result<Vec<String>, Text> {
            let options = q.options.clone().unwrap_or_default();
            if options.len() < 2 || options.iter().any(|o| o.trim().is_empty()) {
                return Err(text!("problem-options"));
            }
            Ok(options)
        };
        let option_index = |n: i64, count: usize| -> Result<usize, Text> {
            usize::try_from(n)
                .ok()
                .filter(|n| (1..=count).contains(n))
                .map(|n| n - 1)
                .ok_or_else(|| text!("problem-option-number", count = count, number = n))
        };
        let extra = |allowed: &[&str]| -> Option<Text> {
            let present = [
                ("options", q.options.is_some()),
                ("answer", q.answer.is_some()),
                ("answers", q.answers.is_some()),
                ("accepted", q.accepted.is_some()),
            ];
            present
                .iter()
                .find(|(key, there)| *there && !allowed.contains(key))
                .map(|(key, _)| text!("problem-key-not-for-kind", key = *key, kind = &q.kind))
        };
        let kind: Result<QuestionKind, Text> = match q.kind.as_str() {
            "single_choice" => extra(&["options", "answer"]).map_or_else(
                || {
                    let options = options()?;
                    let answer = match &q.answer {
                        Some(toml::Value::Integer(n)) => option_index(*n, options.len())?,
                        _ => return Err(text!("problem-answer-single")),
                    };
                    Ok(QuestionKind::SingleChoice { options, answer })
                },
                Err,
            ),
            "multiple_choice" => extra(&["options", "answers"]).map_or_else(
                || {
                    let options = options()?;
                    let given = q.answers.clone().unwrap_or_default();
                    if given.is_empty() {
                        return Err(text!("problem-answers-multiple"));
                    }
                    let mut answers = given
                        .iter()
                        .map(|n| option_index(*n, options.len()))
                        .collect::<Result<Vec<_>, _>>()?;
                    answers.sort_unstable();
                    if answers.windows(2).any(|w| w[0] == w[1]) {
                        return Err(text!("problem-answers-twice"));
                    }
                    Ok(QuestionKind::MultipleChoice { options, answers })
                },
                Err,
            ),
            "true_false" => extra(&["answer"]).map_or_else(
                || match &q.answer {
                    Some(toml::Value::Boolean(answer)) => Ok(QuestionKind::TrueFalse { answer: *answer }),
                    _ => Err(text!("problem-answer-true-false")),
                },
                Err,
            ),
            "short_text" => extra(&["accepted"]).map_or_else(
                || {
                    let accepted = q.accepted.clone().unwrap_or_default();
                    if accepted.is_empty() || accepted.iter().any(|a| a.trim().is_empty()) {
                        return Err(text!("problem-accepted"));
                    }
                    Ok(QuestionKind::ShortText { accepted })
                },
                Err,
            ),
            other => Err(text!("problem-unknown-kind", kind = other, kinds = KINDS)),
        };
        let explanation = q.explanation.trim().to_owned();
        match kind.map(|kind| Question { prompt: q.prompt.trim().to_owned(), kind, explanation }) {
            Ok(question) if !question.within_limits() => problem(text!(
                "problem-question-too-long",
                prompt = limits::PROMPT_CHARS,
                options = limits::OPTIONS_PER_QUESTION,
                option = limits::OPTION_CHARS,
                accepted = limits::ACCEPTED_PER_QUESTION,
                answer = limits::ACCEPTED_CHARS
            )),
            Ok(question) => questions.push(question),
            Err(message) => problem(message),
        }
    }
    (report.problems.len() == before).then(|| Quiz {
        id: id.to_owned(),
        title,
        pass_mark: pass_mark as u8,
        max_attempts,
        questions,
        show_answers: source.show_answers.unwrap_or(true),
    })
}
