//! One course's report: the funnel (how many learners reached each lesson) and each quiz
//! question's difficulty (the share of first attempts that got it wrong).

use crate::text;
use std::collections::HashMap;

use dala_wire::{Answer, CourseReport, FunnelStep, QuestionDifficulty, Quiz};
use sqlx::Row;

use super::{Scope, Span, organization_clause};
use crate::AppState;
use crate::error::AppError;

/// The report of `slug` for the learners of `scope` enrolled in `span`.
pub async fn build(
    state: &AppState,
    scope: &Scope,
    slug: &str,
    span: Span,
) -> Result<CourseReport, AppError> {
    let (current, _) =
        state.store.manifest(slug).await?.ok_or(AppError::NotFound(text!("error-not-found-course")))?;
    let manifest = state
        .store
        .course_version(slug, &current)
        .await?
        .ok_or(AppError::NotFound(text!("error-not-found-course")))?;
    let pool = state.store.pool();
    let ids = scope.ids();
    // The learners enrolled in the period in the scope: `e` is a table of per-learner rows that
    // copy the enrollment's organization and date.
    let cohort = format!(
        "e.course = $3 AND e.enrolled_at >= $1 AND e.enrolled_at < $2 AND {}",
        organization_clause("e.organization_id", scope, 4)
    );
    fn bind_all<'q>(
        sql: &'q str,
        span: Span,
        slug: &'q str,
        ids: &'q [String],
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        let mut query = sqlx::query(sql).bind(span.from).bind(span.to).bind(slug);
        for id in ids {
            query = query.bind(id);
        }
        query
    }
    let sql = format!("SELECT COUNT(*) AS n FROM enrollments e WHERE {cohort}");
    let enrolled = bind_all(&sql, span, slug, &ids).fetch_one(pool).await?.get::<i64, _>("n").max(0) as u64;

    // Learners per lesson: who reached it (opened or completed), and who completed it.
    let sql = format!(
        "SELECT e.lesson, COUNT(*) AS reached, COUNT(CASE WHEN e.completed = 1 THEN 1 END) AS completed \
         FROM lesson_reach e WHERE {cohort} GROUP BY e.lesson"
    );
    let per_lesson: HashMap<String, (u64, u64)> = bind_all(&sql, span, slug, &ids)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            let count = |column: &str| r.get::<i64, _>(column).max(0) as u64;
            (r.get::<String, _>("lesson"), (count("reached"), count("completed")))
        })
        .collect();
    let funnel = manifest
        .lessons
        .iter()
        .map(|lesson| {
            let (reached, completed) = per_lesson.get(&lesson.id).copied().unwrap_or_default();
            FunnelStep { lesson_id: lesson.id.clone(), title: lesson.title.clone(), reached, completed }
        })
        .collect();

    // Each learner's first attempt at each quiz, graded against the quiz of its version.
    let sql = format!("SELECT e.quiz, e.course_version, e.payload FROM first_attempts e WHERE {cohort}");
    type Key = (String, String);
    let first: Vec<(String, String, String)> = bind_all(&sql, span, slug, &ids)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| (r.get("quiz"), r.get("course_version"), r.get("payload")))
        .collect();
    let mut quizzes: HashMap<Key, Option<Quiz>> = HashMap::new();
    let mut current_quizzes = Vec::new();
    for entry in &manifest.quizzes {
        let quiz = state.store.quiz(entry).await?;
        quizzes.insert((current.clone(), entry.id.clone()), Some(quiz.clone()));
        current_quizzes.push(quiz);
    }
    // (quiz, question index) → (first attempts, wrong).
    let mut tally: HashMap<(String, usize), (u64, u64)> = HashMap::new();
    for (quiz_id, version, payload) in &first {
        let key = (version.clone(), quiz_id.clone());
        if !quizzes.contains_key(&key) {
            let quiz = match state.store.course_version(slug, version).await? {
                Some(old) => match old.quiz(quiz_id) {
                    Some(entry) => Some(state.store.quiz(entry).await?),
                    None => None,
                },
                None => None,
            };
            quizzes.insert(key.clone(), quiz);
        }
        let (Some(Some(quiz)), Some(now)) =
            (quizzes.get(&key), current_quizzes.iter().find(|q| &q.id == quiz_id))
        else {
            continue;
        };
        let answers: Vec<Answer> = serde_json::from_str(payload).unwrap_or_default();
        for (index, question) in quiz.questions.iter().enumerate() {
            // The same question: the same place and the same text in the current version.
            if now.questions.get(index).is_none_or(|q| q.prompt != question.prompt) {
                continue;
            }
            let right = answers.get(index).is_some_and(|a| question.is_correct(a));
            let entry = tally.entry((quiz_id.clone(), index)).or_default();
            entry.0 += 1;
            entry.1 += u64::from(!right);
        }
    }
    let questions = current_quizzes
        .iter()
        .flat_map(|quiz| {
            let tally = &tally;
            quiz.questions.iter().enumerate().map(move |(index, question)| {
                let (first_attempts, wrong) =
                    tally.get(&(quiz.id.clone(), index)).copied().unwrap_or_default();
                QuestionDifficulty {
                    quiz_id: quiz.id.clone(),
                    quiz_title: quiz.title.clone(),
                    number: index as u32 + 1,
                    prompt: question.prompt.clone(),
                    first_attempts,
                    wrong,
                }
            })
        })
        .collect();
    Ok(CourseReport { slug: slug.to_owned(), title: manifest.title.clone(), enrolled, funnel, questions })
}
