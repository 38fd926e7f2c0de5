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
/// A question's explanation, shown with the result of an attempt.
pub const EXPLANATION_CHARS: usize = 2_000;
/// A person's display name (shown to trainers, printed on certificates).
pub const DISPLAY_NAME_CHARS: usize = 100;
/// An organization's name.
pub const ORGANIZATION_NAME_CHARS: usize = 100;

/// Attempts kept per learner and quiz. Further attempts are refused by the sync with a reason:
/// every sync answer carries a quiz's attempts, and no learner needs more practice runs than this.
pub const ATTEMPTS_KEPT_PER_QUIZ: usize = 100;

/// A question or answer (Markdown), in characters: a page of text, enough for a case told in
/// full, too little to carry a document.
pub const MESSAGE_CHARS: usize = 4_000;
/// Questions (new ones and follow-ups) one account may send in 24 hours: more than anyone
/// studying asks, few enough that no one floods the trainers' inbox.
pub const QUESTIONS_PER_DAY: usize = 20;

/// Whether `text`, trimmed, is at most `max` characters.
pub fn fits(text: &str, max: usize) -> bool {
    text.trim().chars().count() <= max
}

/// A join code's label (the trainer's note on whom it is for).
pub const JOIN_CODE_LABEL_CHARS: usize = 100;

/// The longest login name, in bytes (every allowed character is one byte).
pub const LOGIN_BYTES: usize = 64;
/// The shortest login name.
pub const LOGIN_MIN_BYTES: usize = 3;

/// A login name as the server reads what was typed: trimmed and in lowercase (so "Aida" signs
/// in as `aida`). The form and the server both call it before [`login_problem`].
pub fn normalise_login(typed: &str) -> String {
    typed.trim().to_lowercase()
}

/// The rule of login names that a (normalised) login breaks; see [`login_problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginProblem {
    /// Fewer than [`LOGIN_MIN_BYTES`] characters.
    TooShort,
    /// More than [`LOGIN_BYTES`].
    TooLong,
    /// A character other than a lowercase Latin letter, a digit, `.`, `_` or `-`: the first.
    Character(char),
}

/// Why no account can have this login name, or `None` if it is a valid one: 3 to 64 of
/// lowercase Latin letters, digits, `.`, `_`, `-`, easy to type on any phone. The one rule:
/// the server refuses exactly what the join form flags as it is typed.
pub fn login_problem(login: &str) -> Option<LoginProblem> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c);
    if let Some(c) = login.chars().find(|c| !allowed(*c)) {
        return Some(LoginProblem::Character(c));
    }
    if login.len() < LOGIN_MIN_BYTES {
        Some(LoginProblem::TooShort)
    } else if login.len() > LOGIN_BYTES {
        Some(LoginProblem::TooLong)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_names_name_the_rule_they_break() {
        assert_eq!(login_problem("aida.n"), None);
        assert_eq!(login_problem("a-1_b"), None);
        assert_eq!(login_problem(&normalise_login("  Aida ")), None, "typed capitals are lowered");
        assert_eq!(login_problem("Aida"), Some(LoginProblem::Character('A')));
        assert_eq!(login_problem(&normalise_login("Dilnoza K")), Some(LoginProblem::Character(' ')));
        assert_eq!(login_problem("ai"), Some(LoginProblem::TooShort));
        assert_eq!(login_problem(""), Some(LoginProblem::TooShort));
        assert_eq!(login_problem("айда"), Some(LoginProblem::Character('а')));
        assert_eq!(login_problem(&"a".repeat(LOGIN_BYTES)), None);
        assert_eq!(login_problem(&"a".repeat(LOGIN_BYTES + 1)), Some(LoginProblem::TooLong));
    }
}
