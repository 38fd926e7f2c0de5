//! Drafts and course folders are one content in two shapes.
//!
//! The browser's editor works on a [`CourseDraft`] (metadata, items in order, images); a course
//! folder holds the same as files. [`files_of`] writes a draft as the files of a folder and
//! [`draft_of`] reads a checked folder back, so a draft is checked and published by the very code
//! that checks and publishes `courses/`, and `dala course export` writes what the browser edited.
//! Lesson Markdown passes through untouched: the same text renders to the same blob.

use crate::i18n::{Messages, Text};
use crate::text;
use dala_wire::{
    CourseDraft, CourseMetadata, DraftImage, DraftItem, DraftLesson, DraftProblem, Question, QuestionKind,
    Quiz,
};

use super::source::{CourseSource, Problem};
use super::{Blob, METADATA_FILE};

/// The file name of the item at `index` (0-based) among `count` items: `03-media.md`,
/// `08-final-check.quiz.toml`. Numbers have at least two digits, more when the course needs them.
pub fn item_file_name(index: usize, count: usize, item: &DraftItem) -> String {
    let width = count.to_string().len().max(2);
    let number = index + 1;
    match item {
        DraftItem::Lesson(lesson) => format!("{number:0width$}-{}.md", lesson.id),
        DraftItem::Quiz(quiz) => format!("{number:0width$}-{}.quiz.toml", quiz.id),
    }
}

/// The files of a course folder holding `draft`. `image_bytes` gives an image's bytes (from the
/// blob store); an image it cannot give is left out, which the check then reports where a lesson
/// shows it.
pub fn files_of(
    draft: &CourseDraft,
    image_bytes: &dyn Fn(&DraftImage) -> Option<Vec<u8>>,
) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![(METADATA_FILE.to_owned(), metadata_toml(&draft.metadata).into_bytes())];
    let count = draft.items.len();
    for (index, item) in draft.items.iter().enumerate() {
        let text = match item {
            DraftItem::Lesson(lesson) => lesson.markdown.clone(),
            DraftItem::Quiz(quiz) => quiz_toml(quiz),
        };
        files.push((item_file_name(index, count, item), text.into_bytes()));
    }
    for image in &draft.images {
        if let Some(bytes) = image_bytes(image) {
            files.push((image.name.clone(), bytes));
        }
    }
    files
}

/// The draft of a checked course: items in reading order (each quiz after the lesson it
/// follows), images with their blobs.
pub fn draft_of(course: &CourseSource) -> CourseDraft {
    let mut items = Vec::new();
    let quizzes_after = |items: &mut Vec<DraftItem>, lesson: Option<&str>| {
        for (quiz, after) in &course.quizzes {
            if after.as_deref() == lesson {
                items.push(DraftItem::Quiz(quiz.clone()));
            }
        }
    };
    quizzes_after(&mut items, None);
    for lesson in &course.lessons {
        items.push(DraftItem::Lesson(DraftLesson {
            id: lesson.id.clone(),
            markdown: lesson.markdown.clone(),
        }));
        quizzes_after(&mut items, Some(&lesson.id));
    }
    let images = course
        .images
        .iter()
        .map(|image| DraftImage {
            name: image.name.clone(),
            blob: Blob::new(image.bytes.clone(), image.media_type).blob,
        })
        .collect();
    CourseDraft { slug: course.slug.clone(), metadata: course.metadata.clone(), items, images }
}

/// A problem of a draft before it is put in words: a [`DraftProblem`] whose message is still a
/// [`Text`], so each answer says it in the language its request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: String,
    pub item: Option<String>,
    pub line: Option<u32>,
    pub message: Text,
}

impl Issue {
    /// A problem of the draft itself (not of one of its files' contents), such as an image.
    pub fn of_file(file: impl Into<String>, message: Text) -> Issue {
        Issue { file: file.into(), item: None, line: None, message }
    }

    /// In the words of `messages`.
    pub fn render(&self, messages: &Messages) -> DraftProblem {
        DraftProblem {
            file: self.file.clone(),
            item: self.item.clone(),
            line: self.line,
            message: messages.render(&self.message),
        }
    }

    /// Where it is and what: `03-media.md:4: …`, as `dala course check` prints it.
    pub fn located(&self) -> Text {
        match self.line {
            Some(line) => {
                text!("problem-at-line", file = &self.file, line = line, problem = self.message.clone())
            }
            None => text!("problem-in-file", file = &self.file, problem = self.message.clone()),
        }
    }
}

/// A problem of the draft's folder, for the editor: the file without the slug, and the item
/// the file holds.
pub fn draft_problem(problem: &Problem) -> Issue {
    let mut parts = problem.file.iter();
    parts.next(); // the slug
    let file: String = parts.as_path().to_string_lossy().into_owned();
    let item = file
        .strip_suffix(".quiz.toml")
        .or_else(|| file.strip_suffix(".md"))
        .and_then(|stem| stem.split_once('-'))
        .filter(|(number, _)| number.bytes().all(|b| b.is_ascii_digit()))
        .map(|(_, id)| id.to_owned());
    Issue { file, item, line: problem.line.map(|l| l as u32), message: problem.message.clone() }
}

/// `course.toml` for `metadata`, keys in the documented order; `translations`, `open` and the
/// `[translation]` table only when they say something.
pub fn metadata_toml(metadata: &CourseMetadata) -> String {
    let mut out = String::new();
    for (key, value) in [
        ("title", &metadata.title),
        ("summary", &metadata.summary),
        ("language", &metadata.language),
        ("version", &metadata.version),
    ] {
        out.push_str(&format!("{key} = {}\n", toml_string(value)));
    }
    out.push_str(&format!("authors = {}\n", toml_list(&metadata.authors)));
    out.push_str(&format!("licence = {}\n", toml_string(&metadata.licence)));
    if !metadata.translations.is_empty() {
        out.push_str(&format!("translations = {}\n", toml_list(&metadata.translations)));
    }
    if metadata.open {
        out.push_str("open = true\n");
    }
    if let Some(record) = &metadata.translation {
        // Tables come after every key of the file.
        out.push_str(&format!(
            "\n[translation]\nsource = {}\nstatus = \"{}\"\n",
            toml_string(&record.source),
            record.status.name()
        ));
        if !record.lessons.is_empty() {
            out.push_str("\n[translation.lessons]\n");
            for (id, sha256) in &record.lessons {
                out.push_str(&format!("{} = {}\n", toml_string(id), toml_string(sha256)));
            }
        }
    }
    out
}

/// A 0-based option index as the 1-based number quiz files use; an index too large for TOML
/// becomes 0, which the checker reports as no such option (a hostile draft must not overflow).
fn option_number(index: usize) -> i64 {
    i64::try_from(index).ok().and_then(|n| n.checked_add(1)).unwrap_or(0)
}

/// A quiz source file (`NN-id.quiz.toml`) for `quiz`: options counted from 1, as authors count.
pub fn quiz_toml(quiz: &Quiz) -> String {
    let mut out = format!("title = {}\npass_mark = {}\n", toml_string(&quiz.title), quiz.pass_mark);
    if let Some(max) = quiz.max_attempts {
        out.push_str(&format!("max_attempts = {max}\n"));
    }
    if !quiz.show_answers {
        out.push_str("show_answers = false\n");
    }
    for Question { prompt, kind, explanation } in &quiz.questions {
        out.push_str("\n[[questions]]\n");
        out.push_str(&format!("kind = \"{}\"\nprompt = {}\n", kind.name(), toml_string(prompt)));
        if !explanation.trim().is_empty() {
            out.push_str(&format!("explanation = {}\n", toml_string(explanation)));
        }
        match kind {
            QuestionKind::SingleChoice { options, answer } => {
                out.push_str(&format!(
                    "options = {}\nanswer = {}\n",
                    toml_list(options),
                    option_number(*answer)
                ));
            }
            QuestionKind::MultipleChoice { options, answers } => {
                let answers: Vec<String> = answers.iter().map(|a| option_number(*a).to_string()).collect();
                out.push_str(&format!(
                    "options = {}\nanswers = [{}]\n",
                    toml_list(options),
                    answers.join(", ")
                ));
            }
            QuestionKind::TrueFalse { answer } => out.push_str(&format!("answer = {answer}\n")),
            QuestionKind::ShortText { accepted } => {
                out.push_str(&format!("accepted = {}\n", toml_list(accepted)))
            }
        }
    }
    out
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_list(values: &[String]) -> String {
    let items: Vec<String> = values.iter().map(|v| toml_string(v)).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::course::{load_files, publish};

    fn sample_courses() -> Vec<CourseSource> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
        let (courses, problems) = crate::course::load_all(&dir);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(courses.len() >= 2);
        courses
    }

    /// A folder read into a draft and written back gives the same course and the same blobs.
    #[test]
    fn sample_courses_survive_a_round_trip_through_drafts() {
        let courses = sample_courses();
        for course in &courses {
            let draft = draft_of(course);
            let bytes = |image: &DraftImage| {
                course.images.iter().find(|i| i.name == image.name).map(|i| i.bytes.clone())
            };
            let files = files_of(&draft, &bytes);
            let again = load_files(&course.slug, files).unwrap_or_else(|p| panic!("{}: {p:?}", course.slug));
            assert_eq!(again.metadata, course.metadata);
            assert_eq!(again.lessons, course.lessons);
            assert_eq!(again.quizzes, course.quizzes);
            assert_eq!(again.images, course.images);
            assert_eq!(draft_of(&again), draft);
            let (before, after) = (publish(course, &courses), publish(&again, &courses));
            assert_eq!(before.manifest, after.manifest, "{}", course.slug);
        }
    }

    #[test]
    fn tricky_text_survives_toml() {
        let metadata = CourseMetadata {
            title: "Quotes \" and \\ back\\slashes, tabs\tand\nnew lines; «ёлки» ʻ".into(),
            summary: "x = 1 # not a comment".into(),
            language: "uz-Cyrl".into(),
            version: "2026.1".into(),
            authors: vec!["A \"B\" C".into(), "Д".into()],
            licence: "CC BY 4.0".into(),
            translations: vec!["other".into()],
            open: true,
            translation: Some(dala_wire::TranslationRecord {
                source: "other-en".into(),
                status: dala_wire::TranslationStatus::Reviewed,
                lessons: [("a".to_owned(), crate::course::translation::lesson_sha256("# A\n"))].into(),
            }),
        };
        let text = metadata_toml(&metadata);
        let files = vec![
            ("course.toml".to_owned(), text.into_bytes()),
            ("01-a.md".to_owned(), b"# A\n".to_vec()),
            (
                "02-q.quiz.toml".to_owned(),
                quiz_toml(&Quiz {
                    id: "q".into(),
                    title: "Q \"1\"".into(),
                    pass_mark: 50,
                    max_attempts: Some(2),
                    questions: vec![
                        Question {
                            prompt: "Line one\nline two".into(),
                            kind: QuestionKind::MultipleChoice {
                                options: vec!["a".into(), "b\\".into(), "c".into()],
                                answers: vec![0, 2],
                            },
                            explanation: "Both \"a\" and c;\nnot b.".into(),
                        },
                        Question {
                            prompt: "?".into(),
                            kind: QuestionKind::TrueFalse { answer: false },
                            explanation: String::new(),
                        },
                        Question {
                            prompt: "Name".into(),
                            kind: QuestionKind::ShortText {
                                accepted: vec!["x".into(), "пресс-релиз".into()],
                            },
                            explanation: String::new(),
                        },
                        Question {
                            prompt: "One".into(),
                            kind: QuestionKind::SingleChoice {
                                options: vec!["a".into(), "b".into()],
                                answer: 1,
                            },
                            explanation: String::new(),
                        },
                    ],
                    show_answers: false,
                })
                .into_bytes(),
            ),
        ];
        let course = load_files("tricky", files).unwrap();
        assert_eq!(course.metadata, metadata);
        let draft = draft_of(&course);
        let DraftItem::Quiz(quiz) = &draft.items[1] else { panic!("{draft:?}") };
        assert_eq!(quiz.title, "Q \"1\"");
        assert_eq!(quiz.max_attempts, Some(2));
        assert_eq!(quiz.questions.len(), 4);
        assert_eq!(
            quiz.questions[0].kind,
            QuestionKind::MultipleChoice {
                options: vec!["a".into(), "b\\".into(), "c".into()],
                answers: vec![0, 2]
            }
        );
        assert_eq!(quiz.questions[0].prompt, "Line one\nline two");
        assert_eq!(quiz.questions[0].explanation, "Both \"a\" and c;\nnot b.");
        assert_eq!(quiz.questions[1].explanation, "");
        assert!(!quiz.show_answers);
    }

    /// The editor's checks (`Quiz::problems`, run in the browser) and the server's quiz checker
    /// agree: a quiz the editor passes publishes, and each broken one is refused by both.
    #[test]
    fn editor_and_checker_agree_on_quizzes() {
        let question = |kind| Question { prompt: "Which?".into(), kind, explanation: String::new() };
        let options = || vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let single = |answer| question(QuestionKind::SingleChoice { options: options(), answer });
        let multiple = |answers| question(QuestionKind::MultipleChoice { options: options(), answers });
        let short = |accepted: &[&str]| {
            question(QuestionKind::ShortText { accepted: accepted.iter().map(|a| a.to_string()).collect() })
        };
        let cases: Vec<(&str, Quiz)> = {
            let quiz = |questions| Quiz {
                id: "q".into(),
                title: "Check".into(),
                pass_mark: 60,
                max_attempts: None,
                questions,
                show_answers: true,
            };
            let mut no_title = quiz(vec![single(0)]);
            no_title.title = " ".into();
            let mut pass_mark = quiz(vec![single(0)]);
            pass_mark.pass_mark = 101;
            let mut attempts = quiz(vec![single(0)]);
            attempts.max_attempts = Some(0);
            let mut no_prompt = quiz(vec![single(0)]);
            no_prompt.questions[0].prompt = "\n".into();
            let limits = dala_wire::limits::PROMPT_CHARS;
            let mut long_title = quiz(vec![single(0)]);
            long_title.title = "t".repeat(dala_wire::limits::QUIZ_TITLE_CHARS + 1);
            let mut long_prompt = quiz(vec![single(0)]);
            long_prompt.questions[0].prompt = "p".repeat(limits + 1);
            let mut longest_prompt = quiz(vec![single(0)]);
            longest_prompt.questions[0].prompt = "p".repeat(limits);
            let many = quiz(vec![single(0); dala_wire::limits::QUESTIONS_PER_QUIZ + 1]);
            let explained = |chars| {
                let mut quiz = quiz(vec![single(0)]);
                quiz.questions[0].explanation = "e".repeat(chars);
                quiz
            };
            vec![
                ("explanation too long", explained(dala_wire::limits::EXPLANATION_CHARS + 1)),
                ("explanation at the limit", explained(dala_wire::limits::EXPLANATION_CHARS)),
                ("title too long", long_title),
                ("prompt too long", long_prompt),
                ("prompt at the limit", longest_prompt),
                ("too many questions", many),
                ("too many accepted", quiz(vec![short(&["a"; 21])])),
                ("accepted too long", quiz(vec![short(&[&"a".repeat(201)])])),
                (
                    "good",
                    quiz(vec![
                        single(2),
                        multiple(vec![0, 2]),
                        question(QuestionKind::TrueFalse { answer: true }),
                        short(&["x"]),
                    ]),
                ),
                ("no title", no_title),
                ("pass mark", pass_mark),
                ("no attempts", attempts),
                ("no questions", quiz(vec![])),
                ("no prompt", no_prompt),
                ("single: nothing chosen", quiz(vec![single(usize::MAX)])),
                ("single: past the options", quiz(vec![single(3)])),
                (
                    "single: one option",
                    quiz(vec![question(QuestionKind::SingleChoice { options: vec!["a".into()], answer: 0 })]),
                ),
                ("multiple: nothing ticked", quiz(vec![multiple(vec![])])),
                ("multiple: twice", quiz(vec![multiple(vec![1, 1])])),
                (
                    "multiple: empty option",
                    quiz(vec![question(QuestionKind::MultipleChoice {
                        options: vec!["a".into(), " ".into()],
                        answers: vec![0],
                    })]),
                ),
                ("short: nothing accepted", quiz(vec![short(&[])])),
                ("short: empty accepted", quiz(vec![short(&["x", ""])])),
            ]
        };
        for (name, quiz) in cases {
            let files = vec![
                ("course.toml".to_owned(), metadata_toml(&sample_courses()[0].metadata).into_bytes()),
                ("01-a.md".to_owned(), b"# A\n".to_vec()),
                ("02-q.quiz.toml".to_owned(), quiz_toml(&quiz).into_bytes()),
            ];
            let checker = load_files("agree", files).err().unwrap_or_default();
            let editor = quiz.problems();
            assert_eq!(
                editor.is_empty(),
                checker.is_empty(),
                "{name}: editor {editor:?}, checker {checker:?}"
            );
        }
    }

    #[test]
    fn file_names_number_items_in_order() {
        let lesson = |id: &str| DraftItem::Lesson(DraftLesson { id: id.into(), markdown: String::new() });
        assert_eq!(item_file_name(0, 3, &lesson("intro")), "01-intro.md");
        assert_eq!(item_file_name(99, 120, &lesson("last")), "100-last.md");
        assert_eq!(item_file_name(4, 120, &lesson("five")), "005-five.md");
    }

    #[test]
    fn problems_name_their_item() {
        let problem = |file: &str| Problem {
            file: Path::new("slug").join(file),
            line: Some(3),
            message: crate::text!("problem-no-title"),
        };
        assert_eq!(draft_problem(&problem("03-media.md")).item.as_deref(), Some("media"));
        assert_eq!(draft_problem(&problem("08-final-check.quiz.toml")).item.as_deref(), Some("final-check"));
        assert_eq!(draft_problem(&problem("course.toml")).item, None);
        assert_eq!(draft_problem(&problem("course.toml")).file, "course.toml");
    }
}
