//! One course's report: the funnel (how many learners reached each lesson) and each quiz
//! question's difficulty (the share of first attempts that got it wrong).

use std::collections::HashMap;

use dala_wire::{Answer, CourseReport, FunnelStep, QuestionDifficulty, Quiz};
use sqlx::Row;

use super::{Scope, Span, organization_clause};
use crate::AppState;
use crate::error::AppError;
use crate::progress::{course_version, load_quiz};

/// The report of `slug` for the learners of `scope` enrolled in `span`.
pub async fn build(
    state: &AppState,
    scope: &Scope,
    slug: &str,
    span: Span,
) -> Result<CourseReport, AppError> {
    let (current, _) = state.store.manifest(slug).await?.ok_or(AppError::NotFound("course"))?;
    let manifest = course_version(state, slug, &current).await?.ok_or(AppError::NotFound("course"))?;
    let pool = state.store.pool();
    let cohort = format!(
        "JOIN enrollments e ON e.user_id = p.user_id AND e.course = p.course \
         WHERE p.course = $3 AND e.enrolled_at >= $1 AND e.enrolled_at < $2 AND {}",
        organization_clause("e.organization_id", scope, 4)
    );
    let ids = scope.ids();

    let sql = format!(
        "SELECT COUNT(*) FROM enrollments e WHERE e.course = $3 AND e.enrolled_at >= $1 AND e.enrolled_at < $2 AND {}",
        organization_clause("e.organization_id", scope, 4)
    );
    let mut query = sqlx::query_scalar::<_, i64>(&sql).bind(span.from).bind(span.to).bind(slug);
    for id in &ids {
        query = query.bind(id);
    }
    let enrolled = query.fetch_one(pool).await?.max(0) as u64;

    // Distinct learners per lesson: who completed it, and who reached it (opened or completed:
    // a device may send only the completion; the two sets overlap, so each is counted).
    let per_lesson = |kinds: &'static str| {
        let sql = format!(
            "SELECT p.item, COUNT(DISTINCT p.user_id) AS learners FROM progress_events p {cohort} \
             AND p.kind IN ({kinds}) GROUP BY p.item"
        );
        let ids = &ids;
        async move {
            let mut query = sqlx::query(&sql).bind(span.from).bind(span.to).bind(slug);
            for id in ids {
                query = query.bind(id);
            }
            Ok::<HashMap<String, u64>, AppError>(
                query
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|r| (r.get::<String, _>("item"), r.get::<i64, _>("learners").max(0) as u64))
                    .collect(),
            )
        }
    };
    let completed = per_lesson("'lesson_completed'").await?;
    let reached = per_lesson("'lesson_opened', 'lesson_completed'").await?;
    let funnel = manifest
        .lessons
        .iter()
        .map(|lesson| FunnelStep {
            lesson_id: lesson.id.clone(),
            title: lesson.title.clone(),
            reached: reached.get(&lesson.id).copied().unwrap_or(0),
            completed: completed.get(&lesson.id).copied().unwrap_or(0),
        })
        .collect();

    // Each learner's first attempt at each quiz, graded against the quiz of its version.
    let sql = format!(
        "SELECT p.user_id, p.item, p.course_version, p.payload, p.client_time, p.counter, p.id \
         FROM progress_events p {cohort} AND p.kind = 'quiz_attempt'"
    );
    let mut query = sqlx::query(&sql).bind(span.from).bind(span.to).bind(slug);
    for id in &ids {
        query = query.bind(id);
    }
    type Key = (String, String);
    let mut first: HashMap<Key, (i64, i64, String, String, String)> = HashMap::new();
    for row in query.fetch_all(pool).await? {
        let key = (row.get::<String, _>("user_id"), row.get::<String, _>("item"));
        let order =
            (row.get::<i64, _>("client_time"), row.get::<i64, _>("counter"), row.get::<String, _>("id"));
        let attempt = (
            order.0,
            order.1,
            order.2,
            row.get::<String, _>("course_version"),
            row.get::<String, _>("payload"),
        );
        match first.get(&key) {
            Some(kept) if (kept.0, kept.1, &kept.2) <= (attempt.0, attempt.1, &attempt.2) => {}
            _ => {
                first.insert(key, attempt);
            }
        }
    }
    let mut quizzes: HashMap<Key, Option<Quiz>> = HashMap::new();
    let mut current_quizzes = Vec::new();
    for entry in &manifest.quizzes {
        let quiz = load_quiz(state, entry).await?;
        quizzes.insert((current.clone(), entry.id.clone()), Some(quiz.clone()));
        current_quizzes.push(quiz);
    }
    // (quiz, question index) → (first attempts, wrong).
    let mut tally: HashMap<(String, usize), (u64, u64)> = HashMap::new();
    for ((_, quiz_id), (_, _, _, version, payload)) in &first {
        let key = (version.clone(), quiz_id.clone());
        if !quizzes.contains_key(&key) {
            let quiz = match course_version(state, slug, version).await? {
                Some(old) => match old.quiz(quiz_id) {
                    Some(entry) => Some(load_quiz(state, entry).await?),
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
