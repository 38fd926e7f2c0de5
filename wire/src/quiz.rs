//! Quizzes and their grading.
//!
//! A quiz travels to the client whole, answers included, so a learner can take it offline and
//! see the result at once. The trade-off is deliberate: a determined learner can read the
//! answers in the downloaded data. Dala's quizzes check understanding for the learner's own
//! benefit; they are not exams. The server grades every attempt again, with this same code,
//! against the same course version, and its verdict is the record.

use crate::limits;
use serde::{Deserialize, Serialize};

/// A quiz as published: a blob of JSON named in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quiz {
    pub id: String,
    pub title: String,
    /// Percentage of questions answered correctly needed to pass (1–100).
    pub pass_mark: u8,
    /// How many attempts count; `None` for no limit.
    pub max_attempts: Option<u32>,
    pub questions: Vec<Question>,
    /// Whether the right answers are shown once the quiz is passed or its attempts are used
    /// up. True when absent (quizzes older than the field), and left out of the JSON when
    /// true, so their blobs keep their SHA-256.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub show_answers: bool,
}

fn yes() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

// Serde's default (externally tagged) enum form throughout: flattened or internally tagged
// enums make the wasm client buffer every value while decoding, which costs it kilobytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub prompt: String,
    pub kind: QuestionKind,
    /// The trainer's explanation, plain text, shown with the result of an attempt. Empty when
    /// absent, and then left out of the JSON.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
}

/// Question types. Option indices are 0-based here (course sources count from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    SingleChoice {
        options: Vec<String>,
        answer: usize,
    },
    MultipleChoice {
        options: Vec<String>,
        answers: Vec<usize>,
    },
    TrueFalse {
        answer: bool,
    },
    /// Accepted if the text equals one of `accepted`, ignoring case and extra whitespace.
    ShortText {
        accepted: Vec<String>,
    },
}

impl QuestionKind {
    /// The type's name in quiz files (`kind = "single_choice"`) and in the wire format.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single_choice",
            QuestionKind::MultipleChoice { .. } => "multiple_choice",
            QuestionKind::TrueFalse { .. } => "true_false",
            QuestionKind::ShortText { .. } => "short_text",
        }
    }

    /// The answer a learner who knows the material gives (the first accepted text for short
    /// answers): what tests and benchmarks send to pass a quiz.
    pub fn correct_answer(&self) -> Answer {
        match self {
            QuestionKind::SingleChoice { answer, .. } => Answer::Choice(*answer),
            QuestionKind::MultipleChoice { answers, .. } => Answer::Choices(answers.clone()),
            QuestionKind::TrueFalse { answer } => Answer::Bool(*answer),
            QuestionKind::ShortText { accepted } => {
                Answer::Text(accepted.first().cloned().unwrap_or_default())
            }
        }
    }
}

/// A learner's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(usize),
    Choices(Vec<usize>),
    Bool(bool),
    Text(String),
    /// Left unanswered.
    None,
}

/// The result of grading one attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    /// One entry per question: answered correctly or not.
    pub correct: Vec<bool>,
    /// Percentage of questions answered correctly, rounded down.
    pub score: u8,
    pub passed: bool,
}

/// Lowercase, with runs of whitespace made one space and the ends trimmed.
pub fn normalise_text(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Question {
    pub fn is_correct(&self, answer: &Answer) -> bool {
        match (&self.kind, answer) {
            (QuestionKind::SingleChoice { answer: right, .. }, Answer::Choice(given)) => right == given,
            (QuestionKind::MultipleChoice { answers, .. }, Answer::Choices(given)) => {
                let mut right = answers.clone();
                let mut given = given.clone();
                right.sort_unstable();
                right.dedup();
                given.sort_unstable();
                given.dedup();
                right == given
            }
            (QuestionKind::TrueFalse { answer: right }, Answer::Bool(given)) => right == given,
            (QuestionKind::ShortText { accepted }, Answer::Text(given)) => {
                let given = normalise_text(given);
                !given.is_empty() && accepted.iter().any(|a| normalise_text(a) == given)
            }
            _ => false,
        }
    }
}

impl Quiz {
    /// Grades answers given in question order; missing answers count as wrong.
    pub fn grade(&self, answers: &[Answer]) -> Grade {
        let correct: Vec<bool> = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| answers.get(i).is_some_and(|a| q.is_correct(a)))
            .collect();
        let right = correct.iter().filter(|c| **c).count();
        let score = (right * 100).checked_div(correct.len()).unwrap_or(0) as u8;
        Grade { correct, score, passed: score >= self.pass_mark }
    }
}

/// What keeps a quiz from being published, found where it is written (the editor checks as the
/// trainer types, in the trainer's language); the server's course checker applies the same rules
/// to the quiz file and has the last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizProblem {
    NoTitle,
    /// `pass_mark` outside 1–100.
    PassMark,
    /// `max_attempts` of 0 (no limit is `None`).
    MaxAttempts,
    NoQuestions,
    /// Question `n` (0-based) has an empty prompt.
    NoPrompt(usize),
    /// Question `n` offers fewer than two options, or an empty one.
    Options(usize),
    /// Question `n` has no right answer: no option marked, or no accepted text.
    NoRightAnswer(usize),
    /// Question `n` accepts an empty text.
    EmptyAccepted(usize),
    /// The title is longer, or there are more questions, than [`crate::limits`] allows.
    TooLarge,
    /// Question `n`'s prompt, options, accepted answers or explanation are longer or more
    /// than [`crate::limits`] allows.
    QuestionTooLarge(usize),
}

impl Question {
    /// Whether the prompt, options, accepted answers and explanation are within
    /// [`crate::limits`]; the server's quiz checker asks the same.
    pub fn within_limits(&self) -> bool {
        let all_fit = |texts: &[String], count: usize, chars: usize| {
            texts.len() <= count && texts.iter().all(|t| limits::fits(t, chars))
        };
        limits::fits(&self.prompt, limits::PROMPT_CHARS)
            && limits::fits(&self.explanation, limits::EXPLANATION_CHARS)
            && match &self.kind {
                QuestionKind::SingleChoice { options, .. } | QuestionKind::MultipleChoice { options, .. } => {
                    all_fit(options, limits::OPTIONS_PER_QUESTION, limits::OPTION_CHARS)
                }
                QuestionKind::TrueFalse { .. } => true,
                QuestionKind::ShortText { accepted } => {
                    all_fit(accepted, limits::ACCEPTED_PER_QUESTION, limits::ACCEPTED_CHARS)
                }
            }
    }
}

impl Quiz {
    /// Every problem of this quiz, in question order; empty when it can be published.
    pub fn problems(&self) -> Vec<QuizProblem> {
        let mut problems = Vec::new();
        if self.title.trim().is_empty() {
            problems.push(QuizProblem::NoTitle);
        }
        if !(1..=100).contains(&self.pass_mark) {
            problems.push(QuizProblem::PassMark);
        }
        if self.max_attempts == Some(0) {
            problems.push(QuizProblem::MaxAttempts);
        }
        if self.questions.is_empty() {
            problems.push(QuizProblem::NoQuestions);
        }
        if !limits::fits(&self.title, limits::QUIZ_TITLE_CHARS)
            || self.questions.len() > limits::QUESTIONS_PER_QUIZ
        {
            problems.push(QuizProblem::TooLarge);
        }
        for (n, question) in self.questions.iter().enumerate() {
            if !question.within_limits() {
                problems.push(QuizProblem::QuestionTooLarge(n));
            }
            if question.prompt.trim().is_empty() {
                problems.push(QuizProblem::NoPrompt(n));
            }
            let options_ok =
                |options: &[String]| options.len() >= 2 && options.iter().all(|o| !o.trim().is_empty());
            match &question.kind {
                QuestionKind::SingleChoice { options, answer } => {
                    if !options_ok(options) {
                        problems.push(QuizProblem::Options(n));
                    }
                    if *answer >= options.len() {
                        problems.push(QuizProblem::NoRightAnswer(n));
                    }
                }
                QuestionKind::MultipleChoice { options, answers } => {
                    if !options_ok(options) {
                        problems.push(QuizProblem::Options(n));
                    }
                    let mut distinct = answers.clone();
                    distinct.sort_unstable();
                    distinct.dedup();
                    if answers.is_empty()
                        || distinct.len() != answers.len()
                        || answers.iter().any(|a| *a >= options.len())
                    {
                        problems.push(QuizProblem::NoRightAnswer(n));
                    }
                }
                QuestionKind::TrueFalse { .. } => {}
                QuestionKind::ShortText { accepted } => {
                    if accepted.is_empty() {
                        problems.push(QuizProblem::NoRightAnswer(n));
                    } else if accepted.iter().any(|a| a.trim().is_empty()) {
                        problems.push(QuizProblem::EmptyAccepted(n));
                    }
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz() -> Quiz {
        let q = |prompt: &str, kind| Question { prompt: prompt.into(), kind, explanation: String::new() };
        Quiz {
            id: "check".into(),
            title: "Check".into(),
            pass_mark: 75,
            max_attempts: Some(3),
            questions: vec![
                q("one", QuestionKind::SingleChoice { options: vec!["a".into(), "b".into()], answer: 1 }),
                q(
                    "many",
                    QuestionKind::MultipleChoice {
                        options: vec!["a".into(), "b".into(), "c".into()],
                        answers: vec![0, 2],
                    },
                ),
                q("yes?", QuestionKind::TrueFalse { answer: false }),
                q(
                    "name",
                    QuestionKind::ShortText {
                        accepted: vec!["Press release".into(), "press-release".into()],
                    },
                ),
            ],
            show_answers: true,
        }
    }

    #[test]
    fn a_question_without_a_right_answer_is_a_problem() {
        assert_eq!(quiz().problems(), vec![]);
        let mut broken = quiz();
        broken.questions[0].kind =
            QuestionKind::SingleChoice { options: vec!["a".into(), "b".into()], answer: 2 };
        broken.questions[1].kind =
            QuestionKind::MultipleChoice { options: vec!["a".into(), "".into()], answers: vec![] };
        broken.questions[3].kind = QuestionKind::ShortText { accepted: vec![] };
        broken.questions[2].prompt = " ".into();
        broken.pass_mark = 0;
        assert_eq!(
            broken.problems(),
            vec![
                QuizProblem::PassMark,
                QuizProblem::NoRightAnswer(0),
                QuizProblem::Options(1),
                QuizProblem::NoRightAnswer(1),
                QuizProblem::NoPrompt(2),
                QuizProblem::NoRightAnswer(3),
            ]
        );
    }

    #[test]
    fn kind_names_are_the_wire_names() {
        for question in quiz().questions {
            let json = serde_json::to_value(&question.kind).unwrap();
            let tag = json.as_object().unwrap().keys().next().unwrap().clone();
            assert_eq!(question.kind.name(), tag);
        }
    }

    #[test]
    fn every_question_type_is_graded() {
        let all_right = [
            Answer::Choice(1),
            Answer::Choices(vec![2, 0]),
            Answer::Bool(false),
            Answer::Text("  PRESS   release ".into()),
        ];
        assert_eq!(quiz().grade(&all_right), Grade { correct: vec![true; 4], score: 100, passed: true });
        let three = [
            Answer::Choice(1),
            Answer::Choices(vec![0]),
            Answer::Bool(false),
            Answer::Text("press-release".into()),
        ];
        assert_eq!(quiz().grade(&three).score, 75);
        assert!(quiz().grade(&three).passed, "75 % meets a pass mark of 75");
        let two = [
            Answer::Choice(0),
            Answer::Choices(vec![0, 2]),
            Answer::None,
            Answer::Text("pressrelease".into()),
        ];
        assert_eq!(
            quiz().grade(&two),
            Grade { correct: vec![false, true, false, false], score: 25, passed: false }
        );
        assert_eq!(quiz().grade(&[]).score, 0, "no answers, nothing right");
        assert!(!quiz().questions[3].is_correct(&Answer::Text("   ".into())));
        assert!(!quiz().questions[0].is_correct(&Answer::Bool(true)), "an answer of the wrong type is wrong");
    }

    #[test]
    fn answers_round_trip_as_json() {
        let answers = vec![
            Answer::Choice(1),
            Answer::Choices(vec![0, 2]),
            Answer::Bool(true),
            Answer::Text("x".into()),
            Answer::None,
        ];
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(serde_json::from_str::<Vec<Answer>>(&json).unwrap(), answers);
        let quiz_json = serde_json::to_string(&quiz()).unwrap();
        assert!(quiz_json.contains(r#""kind":{"single_choice":{"#), "{quiz_json}");
        assert_eq!(serde_json::from_str::<Quiz>(&quiz_json).unwrap(), quiz());
    }

    #[test]
    fn quizzes_without_explanations_or_show_answers_still_decode() {
        // A quiz blob as published before explanations: no `explanation`, no `show_answers`.
        let old = r#"{"id":"q","title":"Q","pass_mark":50,"max_attempts":null,
            "questions":[{"prompt":"Sky blue?","kind":{"true_false":{"answer":true}}}]}"#;
        let decoded: Quiz = serde_json::from_str(old).unwrap();
        assert!(decoded.show_answers, "answers are shown unless the trainer turned that off");
        assert_eq!(decoded.questions[0].explanation, "");
        // Encoded again, neither field appears: old blobs keep their SHA-256.
        let again = serde_json::to_string(&decoded).unwrap();
        assert!(!again.contains("explanation") && !again.contains("show_answers"), "{again}");
        // With the new fields, it round-trips.
        let mut new = quiz();
        new.show_answers = false;
        new.questions[0].explanation = "Option b is the one the lesson names.".into();
        let json = serde_json::to_string(&new).unwrap();
        assert!(
            json.contains(r#""show_answers":false"#) && json.contains(r#""explanation":"Option b"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Quiz>(&json).unwrap(), new);
    }

    #[test]
    fn an_explanation_over_the_limit_is_a_problem() {
        let mut long = quiz();
        long.questions[2].explanation = "x".repeat(limits::EXPLANATION_CHARS);
        assert_eq!(long.problems(), vec![]);
        long.questions[2].explanation.push('x');
        assert_eq!(long.problems(), vec![QuizProblem::QuestionTooLarge(2)]);
    }
}
