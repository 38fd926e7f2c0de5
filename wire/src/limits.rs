//! The largest size and count of every field a trainer, an administrator or a learner can
//! fill in: one table, read by the server's checks (the course-folder checker that drafts,
//! `dala course check` and imports go through; accounts and organizations) and by the
//! client's editor, so they refuse alike.
//!
//! Lengths count characters (Unicode scalar values) after trimming, except the lesson body,
//! which counts bytes of UTF-8. They are generous for real courses and small enough that no
//! single field can swell the public catalog or every learner's download.

/// A course's title (the catalog card, the certificate).
pub const COURSE_TITLE_CHARS: usize = 200;
/// A course's summary (the catalog card).
pub const COURSE_SUMMARY_CHARS: usize = 2_000;
/// A course's version label, such as `2026.1`.
pub const COURSE_VERSION_CHARS: usize = 50;
/// A course's licence, such as `CC BY 4.0`.
pub const COURSE_LICENCE_CHARS: usize = 200;
/// One author's name.
pub const AUTHOR_CHARS: usize = 200;
/// Authors of one course.
pub const AUTHORS_PER_COURSE: usize = 20;
/// Translations one course names.
pub const TRANSLATIONS_PER_COURSE: usize = 20;
/// Lessons and quizzes of one course, together.
pub const ITEMS_PER_COURSE: usize = 200;
/// Images of one course.
pub const IMAGES_PER_COURSE: usize = 500;
/// A lesson's title (its first line, `# Title`).
pub const LESSON_TITLE_CHARS: usize = 200;
/// A lesson's Markdown, in bytes.
pub const LESSON_BYTES: usize = 256 * 1024;
/// A quiz's title.
pub const QUIZ_TITLE_CHARS: usize = 200;
/// Questions of one quiz.
pub const QUESTIONS_PER_QUIZ: usize = 100;
/// A question's prompt.
pub const PROMPT_CHARS: usize = 2_000;
/// Options of one choice question.
pub const OPTIONS_PER_QUESTION: usize = 20;
/// One option of a choice question.
pub const OPTION_CHARS: usize = 500;
/// Accepted answers of one short-text question.
pub const ACCEPTED_PER_QUESTION: usize = 20;
/// One accepted answer of a short-text question.
pub const ACCEPTED_CHARS: usize = 200;
/// A person's display name (shown to trainers, printed on certificates).
pub const DISPLAY_NAME_CHARS: usize = 100;
/// An organization's name.
pub const ORGANIZATION_NAME_CHARS: usize = 100;

/// Attempts kept per learner and quiz. Further attempts are refused by the sync with a reason:
/// every sync answer carries a quiz's attempts, and no learner needs more practice runs than this.
pub const ATTEMPTS_KEPT_PER_QUIZ: usize = 100;

/// Whether `text`, trimmed, is at most `max` characters.
pub fn fits(text: &str, max: usize) -> bool {
    text.trim().chars().count() <= max
}

/// A join code's label (the trainer's note on whom it is for).
pub const JOIN_CODE_LABEL_CHARS: usize = 100;
