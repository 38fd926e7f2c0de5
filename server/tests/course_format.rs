//! Data-driven tests of the course source format: each case is a course folder (written to a
//! temporary directory) and the exact problems the validator must report.

use std::path::Path;

use dala_server::course::{self, load};

const META: &str = "title = \"Test course\"\nsummary = \"For tests.\"\nlanguage = \"en\"\nversion = \"1\"\nauthors = [\"A. Author\"]\nlicence = \"CC BY 4.0\"\n";
const LESSON: &str = "# Introduction\n\nSome text.\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\nnot really a png but bytes";

/// Writes `files` as course folder `c` and checks that loading it reports exactly `expected`.
fn check(files: &[(&str, &[u8])], expected: &[&str]) {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    std::fs::create_dir(&dir).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let problems: Vec<String> = match load(&dir) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    };
    let expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(problems, expected, "files: {:?}", files.iter().map(|f| f.0).collect::<Vec<_>>());
}

fn meta_with(extra: &str) -> Vec<u8> {
    format!("{META}{extra}").into_bytes()
}

#[test]
fn a_valid_course_has_no_problems() {
    check(&[("course.toml", META.as_bytes()), ("01-introduction.md", LESSON.as_bytes())], &[]);
}

#[test]
fn missing_metadata_file() {
    check(
        &[("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml: missing: every course needs its metadata file"],
    );
}

#[test]
fn missing_title() {
    let meta = META.replace("title = \"Test course\"\n", "");
    check(
        &[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml: missing required key `title`"],
    );
}

#[test]
fn unknown_metadata_key() {
    check(
        &[("course.toml", &meta_with("colour = \"green\"\n")), ("01-introduction.md", LESSON.as_bytes())],
        &[
            "c/course.toml:7: unknown metadata key `colour` (known keys: title, summary, language, version, authors, licence, translations, open, translation)",
        ],
    );
}

#[test]
fn a_translation_table_names_its_source_and_hashes_of_its_own_lessons() {
    let hash = course::translation::lesson_sha256("# Source\n");
    let good = format!(
        "\n[translation]\nsource = \"c-en\"\nstatus = \"reviewed\"\n\n[translation.lessons]\n\"introduction\" = \"{hash}\"\n"
    );
    check(&[("course.toml", &meta_with(&good)), ("01-introduction.md", LESSON.as_bytes())], &[]);
    let bad = format!(
        "\n[translation]\nsource = \"Not A Slug\"\nstatus = \"done\"\ncolour = 1\n\n[translation.lessons]\nintroduction = \"{}\"\nquiz = \"{hash}\"\nelsewhere = \"{hash}\"\n",
        hash.to_uppercase()
    );
    check(
        &[
            ("course.toml", &meta_with(&bad)),
            ("01-introduction.md", LESSON.as_bytes()),
            ("02-quiz.quiz.toml", b"title = \"Q\"\npass_mark = 50\n\n[[questions]]\nkind = \"true_false\"\nprompt = \"?\"\nanswer = true\n"),
        ],
        &[
            // In the order of the keys.
            "c/course.toml:11: unknown metadata key `translation.colour` (known keys: source, status, lessons)",
            "c/course.toml:14: `translation.lessons` of `introduction` must be a SHA-256: 64 hexadecimal digits, lowercase",
            "c/course.toml:9: `translation.source` must be a course slug",
            "c/course.toml:10: `translation.status` must be \"draft\" or \"reviewed\"",
        ],
    );
    let stray = format!("\n[translation]\nsource = \"c-en\"\n\n[translation.lessons]\nquiz = \"{hash}\"\n");
    check(
        &[
            ("course.toml", &meta_with(&stray)),
            ("01-introduction.md", LESSON.as_bytes()),
            ("02-quiz.quiz.toml", b"title = \"Q\"\npass_mark = 50\n\n[[questions]]\nkind = \"true_false\"\nprompt = \"?\"\nanswer = true\n"),
        ],
        &["c/course.toml: `translation.lessons` names `quiz`, not a lesson of this course"],
    );
    check(
        &[
            ("course.toml", &meta_with("\n[translation]\nstatus = \"draft\"\n")),
            ("01-introduction.md", LESSON.as_bytes()),
        ],
        &["c/course.toml:8: missing required key `translation.source`"],
    );
    check(
        &[
            ("course.toml", &meta_with("\n[translation]\nsource = \"c\"\n")),
            ("01-introduction.md", LESSON.as_bytes()),
        ],
        &["c/course.toml: `translation.source` names the course itself"],
    );
}

#[test]
fn open_is_true_or_false() {
    check(
        &[("course.toml", &meta_with("open = \"yes\"\n")), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml:7: `open` must be true or false"],
    );
}

#[test]
fn an_open_course_says_so_in_its_manifest_and_a_closed_one_keeps_its_old_json() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("01-introduction.md"), LESSON).unwrap();
    std::fs::write(dir.join("course.toml"), META).unwrap();
    let closed = course::publish(&load(&dir).unwrap(), &[]).manifest;
    assert!(!closed.open);
    let json = String::from_utf8(course::manifest_json(&closed)).unwrap();
    assert!(!json.contains("\"open\""), "{json}");
    std::fs::write(dir.join("course.toml"), meta_with("open = true\n")).unwrap();
    assert!(course::publish(&load(&dir).unwrap(), &[]).manifest.open);
}

#[test]
fn wrong_types_and_empty_values() {
    let meta =
        META.replace("title = \"Test course\"", "title = 5").replace("version = \"1\"", "version = \"  \"");
    check(
        &[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml:1: `title` must be a string", "c/course.toml:4: `version` must not be empty"],
    );
}

#[test]
fn authors_must_be_a_non_empty_list_of_strings() {
    let meta = META.replace("authors = [\"A. Author\"]", "authors = []");
    check(
        &[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml:5: `authors` must name at least one author"],
    );
    let meta = META.replace("authors = [\"A. Author\"]", "authors = [\"A\", 2]");
    check(
        &[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml:5: `authors` must be a list of strings"],
    );
}

#[test]
fn language_must_be_a_tag() {
    let meta = META.replace("language = \"en\"", "language = \"English\"");
    check(
        &[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml:3: `English` is not a language tag such as `en`, `ru` or `kk`"],
    );
}

#[test]
fn a_course_in_dari_or_another_tag_with_a_region_is_accepted() {
    for tag in ["fa-AF", "kk", "uz-Latn", "en-GB"] {
        let meta = META.replace("language = \"en\"", &format!("language = \"{tag}\""));
        check(&[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())], &[]);
    }
}

#[test]
fn invalid_toml_points_at_its_line() {
    let meta = META.replace("summary = \"For tests.\"", "summary = \"unterminated");
    check(
        &[("course.toml", meta.as_bytes()), ("01-introduction.md", LESSON.as_bytes())],
        &["c/course.toml:2: not valid TOML: invalid basic string, expected `\"`"],
    );
}

#[test]
fn duplicate_lesson_ids() {
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", LESSON.as_bytes()),
            ("02-intro.md", LESSON.as_bytes()),
        ],
        &["c/02-intro.md: duplicate id `intro` (also in 01-intro.md)"],
    );
}

#[test]
fn lesson_numbers_must_give_one_order() {
    check(
        &[("course.toml", META.as_bytes()), ("01-a.md", LESSON.as_bytes()), ("01-b.md", LESSON.as_bytes())],
        &["c/01-b.md: lesson number used twice (01-a.md, 01-b.md): the order is ambiguous"],
    );
}

#[test]
fn lesson_file_names() {
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", LESSON.as_bytes()),
            ("intro.md", LESSON.as_bytes()),
        ],
        &["c/intro.md: a lesson file name must look like `01-lesson-id.md`"],
    );
    check(
        &[("course.toml", META.as_bytes()), ("01-Intro.md", LESSON.as_bytes())],
        &["c/01-Intro.md: a lesson file name must look like `01-lesson-id.md`"],
    );
}

#[test]
fn a_lesson_needs_a_title() {
    check(
        &[("course.toml", META.as_bytes()), ("01-intro.md", b"Just text.\n")],
        &["c/01-intro.md:1: a lesson must start with its title as a level-1 heading (`# Title`)"],
    );
    check(
        &[("course.toml", META.as_bytes()), ("01-intro.md", b"# One\n\ntext\n\n# Two\n")],
        &["c/01-intro.md:5: only the first line may be a level-1 heading (`# `)"],
    );
}

#[test]
fn broken_image_reference() {
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", b"# Intro\n\nText.\n\n![A chart](missing.png)\n"),
        ],
        &["c/01-intro.md:5: image `missing.png` not found in the course folder"],
    );
}

#[test]
fn images_must_be_local_and_described() {
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", b"# Intro\n\n![](a.png)\n\n![Logo](https://example.org/logo.png)\n"),
            ("a.png", PNG),
        ],
        &[
            "c/01-intro.md:3: image `a.png` needs alt text: `![what it shows](a.png)`",
            "c/01-intro.md:5: image `https://example.org/logo.png` must be a file in the course folder: learners study offline",
        ],
    );
}

#[test]
fn non_utf8_files() {
    check(
        &[("course.toml", META.as_bytes()), ("01-intro.md", b"# Intro\n\nCaf\xe9 in Latin-1\n")],
        &["c/01-intro.md:3: not valid UTF-8: save the file as UTF-8"],
    );
    check(
        &[("course.toml", b"title = \"\xff\"\n"), ("01-intro.md", LESSON.as_bytes())],
        &["c/course.toml:1: not valid UTF-8: save the file as UTF-8"],
    );
}

#[test]
fn unexpected_files_and_no_lessons() {
    check(
        &[("course.toml", META.as_bytes()), ("notes.txt", b"x")],
        &[
            "c/notes.txt: unexpected file: a course folder holds course.toml, lessons named `NN-id.md`, quizzes named `NN-id.quiz.toml` and images (png, jpg, gif, webp, svg)",
            "c: no lessons: add Markdown files named like `01-introduction.md`",
        ],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    check(
        &[
            ("course.toml", &meta_with("colour = \"green\"\n")),
            ("01-intro.md", b"# Intro\n\n![A chart](missing.png)\n"),
            ("02-intro.md", LESSON.as_bytes()),
        ],
        &[
            "c/course.toml:7: unknown metadata key `colour` (known keys: title, summary, language, version, authors, licence, translations, open, translation)",
            "c/01-intro.md:3: image `missing.png` not found in the course folder",
            "c/02-intro.md: duplicate id `intro` (also in 01-intro.md)",
        ],
    );
}

fn write_course(dir: &Path, lesson_two: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("course.toml"), META).unwrap();
    std::fs::write(dir.join("01-intro.md"), "# Intro\n\n![A chart](chart.png)\n").unwrap();
    std::fs::write(dir.join("02-next.md"), lesson_two).unwrap();
    std::fs::write(dir.join("chart.png"), PNG).unwrap();
    std::fs::write(dir.join("unused.png"), b"\x89PNGunused").unwrap();
}

#[test]
fn publishing_is_deterministic_and_content_addressed() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    write_course(&dir, "# Next\n\nSecond lesson.\n");
    let first = course::publish(&load(&dir).unwrap(), &[]);
    let again = course::publish(&load(&dir).unwrap(), &[]);
    assert_eq!(course::manifest_sha256(&first.manifest), course::manifest_sha256(&again.manifest));

    let manifest = &first.manifest;
    assert_eq!(manifest.lessons.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["intro", "next"]);
    assert_eq!(manifest.lessons[1].title, "Next");
    // Only images a lesson shows are published.
    assert_eq!(manifest.assets.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["chart.png"]);
    assert_eq!(manifest.assets[0].blob.media_type, "image/png");
    let intro = first.blobs.iter().find(|b| b.blob == manifest.lessons[0].blob).unwrap();
    let html = String::from_utf8(intro.bytes.clone()).unwrap();
    assert!(html.contains(&dala_wire::blob_path(&manifest.assets[0].blob.sha256)), "{html}");
    for blob in &first.blobs {
        use sha2::Digest;
        assert_eq!(blob.blob.sha256, hex::encode(sha2::Sha256::digest(&blob.bytes)));
        assert_eq!(blob.blob.bytes, blob.bytes.len() as u64);
    }

    // Changing one lesson changes that lesson's blob and nothing else.
    write_course(&dir, "# Next\n\nSecond lesson, revised.\n");
    let changed = course::publish(&load(&dir).unwrap(), &[]);
    assert_eq!(changed.manifest.lessons[0].blob, manifest.lessons[0].blob);
    assert_ne!(changed.manifest.lessons[1].blob, manifest.lessons[1].blob);
    assert_eq!(changed.manifest.assets, manifest.assets);
}

#[test]
fn the_sample_courses_are_valid() {
    let courses = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
    let (loaded, problems) = course::load_all(&courses);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(loaded.len() >= 2, "the sample course in two languages");
    for course in &loaded {
        assert!(course.lessons.len() >= 5, "{} has {} lessons", course.slug, course.lessons.len());
        assert!(!course.images.is_empty(), "{} has an image", course.slug);
        // Translations are published with the other course's language and title.
        let manifest = course::publish(course, &loaded).manifest;
        assert_eq!(manifest.translations.len(), course.metadata.translations.len());
        for translation in &manifest.translations {
            let other = loaded.iter().find(|c| c.slug == translation.slug).unwrap();
            assert_eq!(
                (&translation.language, &translation.title),
                (&other.metadata.language, &other.metadata.title)
            );
            assert_ne!(translation.language, course.metadata.language);
        }
    }
}

const QUIZ: &str = r#"title = "Check your understanding"
pass_mark = 75
max_attempts = 3

[[questions]]
kind = "single_choice"
prompt = "Who speaks for the organization?"
options = ["Anyone", "The people the policy names", "Nobody"]
answer = 2

[[questions]]
kind = "multiple_choice"
prompt = "Which are audiences?"
options = ["Donors", "Local officials", "The weather"]
answers = [1, 2]

[[questions]]
kind = "true_false"
prompt = "A press release should hide the date."
answer = false

[[questions]]
kind = "short_text"
prompt = "What document answers who, what, when, where and why?"
accepted = ["press release", "пресс-релиз"]
"#;

fn check_quiz(quiz: &str, expected: &[&str]) {
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", LESSON.as_bytes()),
            ("02-check.quiz.toml", quiz.as_bytes()),
        ],
        expected,
    );
}

#[test]
fn a_valid_quiz_is_published_after_its_lesson_counting_options_from_zero() {
    check_quiz(QUIZ, &[]);
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("course.toml"), META).unwrap();
    std::fs::write(dir.join("01-intro.md"), LESSON).unwrap();
    std::fs::write(dir.join("02-check.quiz.toml"), QUIZ).unwrap();
    std::fs::write(dir.join("03-next.md"), "# Next\n").unwrap();
    let published = course::publish(&load(&dir).unwrap(), &[]);
    let entry = &published.manifest.quizzes[0];
    assert_eq!((entry.id.as_str(), entry.title.as_str()), ("check", "Check your understanding"));
    assert_eq!(entry.after_lesson.as_deref(), Some("intro"));
    assert_eq!(entry.blob.media_type, "application/json");
    let blob = published.blobs.iter().find(|b| b.blob == entry.blob).expect("the quiz blob is published");
    let quiz: dala_wire::Quiz = serde_json::from_slice(&blob.bytes).unwrap();
    assert_eq!(quiz.pass_mark, 75);
    assert_eq!(quiz.max_attempts, Some(3));
    use dala_wire::{Answer, QuestionKind};
    assert!(matches!(quiz.questions[0].kind, QuestionKind::SingleChoice { answer: 1, .. }));
    assert!(
        matches!(&quiz.questions[1].kind, QuestionKind::MultipleChoice { answers, .. } if answers == &[0, 1])
    );
    let right = [
        Answer::Choice(1),
        Answer::Choices(vec![1, 0]),
        Answer::Bool(false),
        Answer::Text(" Пресс-релиз ".into()),
    ];
    assert_eq!(quiz.grade(&right).score, 100);
    assert!(published.manifest.blobs().iter().any(|b| b.sha256 == entry.blob.sha256));
}

#[test]
fn quiz_problems_name_the_question_and_its_line() {
    check_quiz(
        &QUIZ.replace("answer = 2", "answer = 4"),
        &["c/02-check.quiz.toml:5: question 1: option numbers go from 1 to 3; 4 is not one"],
    );
    check_quiz(
        &QUIZ.replace("answer = 2\n", ""),
        &["c/02-check.quiz.toml:5: question 1: needs `answer`: the number of the right option"],
    );
    check_quiz(
        &QUIZ.replace("answers = [1, 2]", "answers = [1, 1]"),
        &["c/02-check.quiz.toml:11: question 2: `answers` names an option twice"],
    );
    check_quiz(
        &QUIZ.replace("answer = false", "answer = 0"),
        &["c/02-check.quiz.toml:17: question 3: needs `answer = true` or `answer = false`"],
    );
    check_quiz(
        &QUIZ.replace(r#"accepted = ["press release", "пресс-релиз"]"#, r#"accepted = [" "]"#),
        &["c/02-check.quiz.toml:22: question 4: needs `accepted`: the answers to accept, none empty"],
    );
    check_quiz(
        &QUIZ.replace(r#"kind = "true_false""#, r#"kind = "essay""#),
        &[
            "c/02-check.quiz.toml:17: question 3: unknown kind `essay` (kinds: single_choice, multiple_choice, true_false, short_text)",
        ],
    );
    check_quiz(
        &QUIZ.replace("answer = 2", "answer = 2\naccepted = [\"x\"]"),
        &["c/02-check.quiz.toml:5: question 1: `accepted` does not belong to a single_choice question"],
    );
    check_quiz(
        &QUIZ.replace(r#"options = ["Donors", "Local officials", "The weather"]"#, r#"options = ["Donors"]"#),
        &["c/02-check.quiz.toml:11: question 2: needs `options`: at least two, none empty"],
    );
}

#[test]
fn quiz_settings_are_checked() {
    check_quiz(
        &QUIZ.replace("pass_mark = 75", "pass_mark = 150"),
        &["c/02-check.quiz.toml:2: `pass_mark` is a percentage from 1 to 100"],
    );
    check_quiz(
        &QUIZ.replace("max_attempts = 3", "max_attempts = 0"),
        &["c/02-check.quiz.toml:3: `max_attempts` must be at least 1 (leave it out for no limit)"],
    );
    check_quiz(
        "title = \"Empty\"\npass_mark = 50\n",
        &["c/02-check.quiz.toml:1: a quiz needs at least one `[[questions]]`"],
    );
    check_quiz(
        &QUIZ.replace("max_attempts = 3", "colour = \"green\""),
        &[
            "c/02-check.quiz.toml:3: not a valid quiz: unknown field `colour`, expected one of `title`, `pass_mark`, `max_attempts`, `show_answers`, `questions`",
        ],
    );
}

#[test]
fn quiz_files_share_the_lesson_numbering_and_ids() {
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", LESSON.as_bytes()),
            ("02-intro.quiz.toml", QUIZ.as_bytes()),
        ],
        &["c/02-intro.quiz.toml: duplicate id `intro` (also in 01-intro.md)"],
    );
    check(
        &[
            ("course.toml", META.as_bytes()),
            ("01-intro.md", LESSON.as_bytes()),
            ("check.quiz.toml", QUIZ.as_bytes()),
        ],
        &["c/check.quiz.toml: a quiz file name must look like `03-quiz-id.quiz.toml`"],
    );
}

/// Issue 14: a 1.45 MB course title made the public catalog 2.2 MB. Every field has a maximum
/// (`dala_wire::limits`); one past it is a problem that names the field and the limit, and the
/// limit itself passes.
#[test]
fn every_field_has_a_maximum_length_and_count() {
    use dala_wire::limits;
    let long = |n: usize| "й".repeat(n);
    let with = |key: &str, value: String| {
        let mut lines: Vec<String> =
            META.lines().filter(|l| !l.starts_with(&format!("{key} ="))).map(str::to_owned).collect();
        lines.push(format!("{key} = {value}"));
        lines.join("\n") + "\n"
    };
    let course = |meta: String| {
        vec![
            ("course.toml".to_owned(), meta.into_bytes()),
            ("01-intro.md".to_owned(), LESSON.as_bytes().to_vec()),
        ]
    };
    let quoted = |s: String| format!("\"{s}\"");
    let list = |items: Vec<String>| {
        format!("[{}]", items.iter().map(|i| format!("\"{i}\"")).collect::<Vec<_>>().join(", "))
    };
    type Files = Vec<(String, Vec<u8>)>;
    let cases: Vec<(&str, Files, Vec<&str>)> = vec![
        ("title at the limit", course(with("title", quoted(long(limits::COURSE_TITLE_CHARS)))), vec![]),
        (
            "title of 1.45 MB",
            course(with("title", quoted("x".repeat(1_450_000)))),
            vec!["c/course.toml:6: `title` is longer than 200 characters"],
        ),
        (
            "title",
            course(with("title", quoted(long(limits::COURSE_TITLE_CHARS + 1)))),
            vec!["c/course.toml:6: `title` is longer than 200 characters"],
        ),
        (
            "summary",
            course(with("summary", quoted(long(limits::COURSE_SUMMARY_CHARS + 1)))),
            vec!["c/course.toml:6: `summary` is longer than 2000 characters"],
        ),
        (
            "version",
            course(with("version", quoted(long(limits::COURSE_VERSION_CHARS + 1)))),
            vec!["c/course.toml:6: `version` is longer than 50 characters"],
        ),
        (
            "licence",
            course(with("licence", quoted(long(limits::COURSE_LICENCE_CHARS + 1)))),
            vec!["c/course.toml:6: `licence` is longer than 200 characters"],
        ),
        (
            "authors",
            course(with("authors", list(vec!["A".into(); limits::AUTHORS_PER_COURSE + 1]))),
            vec!["c/course.toml:6: `authors` has more than 20 entries"],
        ),
        (
            "an author",
            course(with("authors", list(vec![long(limits::AUTHOR_CHARS + 1)]))),
            vec!["c/course.toml:6: an entry of `authors` is longer than 200 characters"],
        ),
        (
            "translations",
            course(
                format!(
                    "{META}translations = {}\n",
                    list((0..=limits::TRANSLATIONS_PER_COURSE).map(|n| format!("t{n}")).collect())
                )
                .to_string(),
            ),
            vec!["c/course.toml:7: `translations` has more than 20 entries"],
        ),
    ];
    for (name, files, expected) in cases {
        let problems: Vec<String> = match course::load_files("c", files) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(problems, expected, "{name}");
    }
}

#[test]
fn lessons_and_their_titles_have_a_maximum() {
    use dala_wire::limits;
    let title = format!("# {}\n\nText.\n", "й".repeat(limits::LESSON_TITLE_CHARS + 1));
    check(
        &[("course.toml", META.as_bytes()), ("01-intro.md", title.as_bytes())],
        &["c/01-intro.md:1: the title is longer than 200 characters"],
    );
    let body = format!("# Long\n\n{}\n", "word ".repeat(limits::LESSON_BYTES / 5 + 1));
    check(
        &[("course.toml", META.as_bytes()), ("01-intro.md", body.as_bytes())],
        &["c/01-intro.md: a lesson is at most 256 KB of text; this one is 256 KB"],
    );
    let mut files: Vec<(String, Vec<u8>)> = vec![("course.toml".into(), META.as_bytes().to_vec())];
    for n in 0..=limits::ITEMS_PER_COURSE {
        files.push((format!("{:03}-l{n}.md", n + 1), LESSON.as_bytes().to_vec()));
    }
    let problems: Vec<String> =
        course::load_files("c", files).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert_eq!(problems, vec!["c: 201 lessons and quizzes: a course has at most 200"]);
}

#[test]
fn quizzes_have_a_maximum_title_questions_options_and_lengths() {
    use dala_wire::limits;
    let long = |n: usize| "й".repeat(n);
    check_quiz(
        &QUIZ.replace("Check your understanding", &long(limits::QUIZ_TITLE_CHARS + 1)),
        &["c/02-check.quiz.toml:1: `title` is longer than 200 characters"],
    );
    let question = "\n[[questions]]\nkind = \"true_false\"\nprompt = \"Yes?\"\nanswer = true\n";
    check_quiz(
        &format!("title = \"Many\"\npass_mark = 50\n{}", question.repeat(limits::QUESTIONS_PER_QUIZ + 1)),
        &["c/02-check.quiz.toml:1: a quiz has at most 100 questions"],
    );
    let too_long = "c/02-check.quiz.toml:5: question 1: too long: at most 2000 characters in `prompt` and in `explanation`, 20 `options` of 500 characters, 20 `accepted` answers of 200 characters";
    check_quiz(
        &QUIZ.replace("Who speaks for the organization?", &long(limits::PROMPT_CHARS + 1)),
        &[too_long],
    );
    let options =
        (0..=limits::OPTIONS_PER_QUESTION).map(|n| format!("\"o{n}\"")).collect::<Vec<_>>().join(", ");
    check_quiz(
        &QUIZ.replace("\"Anyone\", \"The people the policy names\", \"Nobody\"", &options),
        &[too_long],
    );
    check_quiz(&QUIZ.replace("\"Anyone\"", &format!("\"{}\"", long(limits::OPTION_CHARS + 1))), &[too_long]);
    let accepted = "c/02-check.quiz.toml:22: question 4: too long: at most 2000 characters in `prompt` and in `explanation`, 20 `options` of 500 characters, 20 `accepted` answers of 200 characters";
    check_quiz(
        &QUIZ.replace(
            "\"press release\", \"пресс-релиз\"",
            &format!("\"{}\"", long(limits::ACCEPTED_CHARS + 1)),
        ),
        &[accepted],
    );
    let many =
        (0..=limits::ACCEPTED_PER_QUESTION).map(|n| format!("\"a{n}\"")).collect::<Vec<_>>().join(", ");
    check_quiz(&QUIZ.replace("\"press release\", \"пресс-релиз\"", &many), &[accepted]);
    let explained = |chars: usize| {
        QUIZ.replace("answer = 2\n", &format!("answer = 2\nexplanation = \"{}\"\n", long(chars)))
    };
    check_quiz(&explained(limits::EXPLANATION_CHARS), &[]);
    check_quiz(&explained(limits::EXPLANATION_CHARS + 1), &[too_long]);
}

#[test]
fn explanations_and_show_answers_reach_the_published_quiz() {
    let text = QUIZ.replace("max_attempts = 3\n", "max_attempts = 3\nshow_answers = false\n").replace(
        "answer = false\n",
        "answer = false\nexplanation = \"  The date tells readers the news is new. \"\n",
    );
    let files: Vec<(String, Vec<u8>)> = vec![
        ("course.toml".into(), META.as_bytes().to_vec()),
        ("01-intro.md".into(), LESSON.as_bytes().to_vec()),
        ("02-check.quiz.toml".into(), text.into_bytes()),
    ];
    let course = course::load_files("c", files).unwrap();
    let quiz = &course.quizzes[0].0;
    assert!(!quiz.show_answers);
    assert_eq!(quiz.questions[2].explanation, "The date tells readers the news is new.");
    assert_eq!(quiz.questions[0].explanation, "");
    check_quiz(
        &QUIZ.replace("max_attempts = 3\n", "show_answers = \"no\"\n"),
        &["c/02-check.quiz.toml:3: not a valid quiz: invalid type: string \"no\", expected a boolean"],
    );
}

fn copy_course(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

fn dala_check(path: &Path) -> (bool, String) {
    dala_check_in(path, &[])
}

/// `dala course check PATH ARGS…`, in English unless ARGS say otherwise (whatever the
/// language of the machine running the tests).
fn dala_check_in(path: &Path, args: &[&str]) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_dala"))
        .args(["course", "check"])
        .arg(path)
        .args(args)
        .env("DALA_LOG", "warn")
        .env_remove("DALA_DEFAULT_LANGUAGE")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    (output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned())
}

/// `dala course check` of a translation finds its source beside it and warns of each lesson
/// whose source changed since it was translated; a warning alone exits with 0.
#[test]
fn course_check_warns_of_a_translation_behind_its_source() {
    let courses = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
    let (ok, out) = dala_check(&courses);
    assert!(ok && out.ends_with("courses checked: no problems\n") && !out.contains("warning"), "{out}");

    let root = tempfile::tempdir().unwrap();
    let (english, kazakh) =
        (root.path().join("cso-communications-en"), root.path().join("cso-communications-kk"));
    copy_course(&courses.join("cso-communications-en"), &english);
    copy_course(&courses.join("cso-communications-kk"), &kazakh);
    let (ok, out) = dala_check(&kazakh);
    assert!(ok && !out.contains("warning"), "{out}");
    let lesson = english.join("01-why-a-policy.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, format!("{text}\nOne more paragraph.\n")).unwrap();
    let (ok, out) = dala_check(&kazakh);
    assert!(ok, "a warning alone exits with 0: {out}");
    assert_eq!(
        out,
        "warning: cso-communications-kk: lesson `why-a-policy`: the source changed since it was translated\n\
         1 course checked: no problems, 1 warning\n"
    );
    let (ok, out) = dala_check_in(&kazakh, &["--language", "ru"]);
    assert!(ok, "{out}");
    assert_eq!(
        out,
        "предупреждение: cso-communications-kk: урок `why-a-policy`: источник изменился после перевода\n\
         Проверен 1 курс: проблем нет, 1 предупреждение\n"
    );
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_dala"))
        .args(["course", "check", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("warnings alone exit with 0"));
}
