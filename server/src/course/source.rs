//! Reading a course folder and checking it, reporting every problem with its file and line.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use dala_wire::{Quiz, limits};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use toml::de::{DeTable, DeValue};

use super::quiz;
use crate::i18n::Text;
use crate::text;

/// A problem found in a course folder. Displayed as `file:line: message`, the form editors and
/// terminals turn into links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path relative to the courses folder, such as `my-course/course.toml`.
    pub file: PathBuf,
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// What is wrong, put in words where the language is known (the English as `Display`).
    pub message: Text,
}

impl Problem {
    /// `file:line: message` in the words of `messages`.
    pub fn render(&self, messages: &crate::i18n::Messages) -> String {
        let file = self.file.display().to_string();
        let problem = self.message.clone();
        messages.render(&match self.line {
            Some(line) => text!("problem-at-line", file = file, line = line, problem = problem),
            None => text!("problem-in-file", file = file, problem = problem),
        })
    }
}

/// In English, for logs.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(crate::i18n::Messages::for_language(dala_wire::languages::ENGLISH)))
    }
}

/// The metadata of `course.toml`: the same type the browser's editor sends.
pub type Metadata = dala_wire::CourseMetadata;

/// One lesson: its id from the file name, its title from the first heading, its Markdown, and
/// the images it shows (file name, line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub markdown: String,
    pub images: Vec<(String, usize)>,
}

/// An image file of the course folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub name: String,
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

/// A course folder that passed every check.
#[derive(Debug, Clone)]
pub struct CourseSource {
    pub slug: String,
    pub metadata: Metadata,
    pub lessons: Vec<Lesson>,
    /// Quizzes, each with the id of the lesson it follows (`None`: before the first lesson).
    pub quizzes: Vec<(Quiz, Option<String>)>,
    pub images: Vec<Image>,
}

use super::METADATA_FILE;
const REQUIRED_KEYS: [&str; 6] = ["title", "summary", "language", "version", "authors", "licence"];
const OPTIONAL_KEYS: [&str; 3] = ["translations", "open", "translation"];
const IMAGE_TYPES: [(&str, &str); 6] = [
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("gif", "image/gif"),
    ("webp", "image/webp"),
    ("svg", "image/svg+xml"),
];

/// Problems collected while reading one course folder.
pub(super) struct Report<'a> {
    slug: &'a str,
    pub(super) problems: Vec<Problem>,
}

impl Report<'_> {
    pub(super) fn add(&mut self, file: &str, line: Option<usize>, message: Text) {
        let file = if file.is_empty() { PathBuf::from(self.slug) } else { Path::new(self.slug).join(file) };
        self.problems.push(Problem { file, line, message });
    }
}

/// Reads and checks the course in folder `dir`, whose name is the course's slug.
pub fn load(dir: &Path) -> Result<CourseSource, Vec<Problem>> {
    let slug = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let mut unreadable = Vec::new();
    match std::fs::read_dir(dir) {
        Ok(listing) => {
            for entry in listing.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || !entry.path().is_file() {
                    continue;
                }
                match std::fs::read(entry.path()) {
                    Ok(bytes) => entries.push((name, bytes)),
                    Err(e) => unreadable.push((name, text!("problem-unreadable", detail = e.to_string()))),
                }
            }
        }
        Err(e) => unreadable.push((String::new(), text!("problem-unreadable", detail = e.to_string()))),
    }
    match load_files(&slug, entries) {
        Ok(course) if unreadable.is_empty() => Ok(course),
        result => {
            let mut report = Report { slug: &slug, problems: Vec::new() };
            for (name, message) in unreadable {
                report.add(&name, None, message);
            }
            report.problems.extend(result.err().unwrap_or_default());
            Err(report.problems)
        }
    }
}

/// Checks a course given as its files (name and bytes, as in a course folder): what [`load`]
/// does after reading the folder, and what the server does with a draft written in the browser.
pub fn load_files(slug: &str, mut entries: Vec<(String, Vec<u8>)>) -> Result<CourseSource, Vec<Problem>> {
    let slug = slug.to_owned();
    let mut report = Report { slug: &slug, problems: Vec::new() };
    if !is_id(&slug) {
        report.add("", None, text!("problem-folder-name"));
    }
    entries.sort();

    let mut metadata = None;
    // Lessons and quizzes share one numbering: (file name, id, text, is a quiz).
    let mut lesson_files: BTreeMap<u32, Vec<(String, String, String, bool)>> = BTreeMap::new();
    let mut images = Vec::new();
    let mut any_markdown = false;
    for (name, bytes) in entries {
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if name == METADATA_FILE {
            if let Some(text) = utf8(&mut report, &name, &bytes) {
                metadata = Some(parse_metadata(&mut report, text));
            }
        } else if name.ends_with(".quiz.toml") {
            let Some((number, id)) = item_file_name(&name, ".quiz.toml") else {
                report.add(&name, None, text!("problem-quiz-file-name"));
                continue;
            };
            if let Some(text) = utf8(&mut report, &name, &bytes) {
                lesson_files.entry(number).or_default().push((name.clone(), id, text.to_owned(), true));
            }
        } else if extension.as_deref() == Some("md") {
            any_markdown = true;
            let Some((number, id)) = item_file_name(&name, ".md") else {
                report.add(&name, None, text!("problem-lesson-file-name"));
                continue;
            };
            if let Some(text) = utf8(&mut report, &name, &bytes) {
                lesson_files.entry(number).or_default().push((name.clone(), id, text.to_owned(), false));
            }
        } else if let Some((_, media_type)) =
            IMAGE_TYPES.iter().find(|(ext, _)| Some(*ext) == extension.as_deref())
        {
            images.push(Image { name, media_type, bytes });
        } else {
            report.add(&name, None, text!("problem-unexpected-file"));
        }
    }
    if metadata.is_none() && !report.problems.iter().any(|p| p.file.ends_with(METADATA_FILE)) {
        report.add(METADATA_FILE, None, text!("problem-metadata-missing"));
    }

    let mut lessons: Vec<Lesson> = Vec::new();
    let mut quizzes: Vec<(Quiz, Option<String>)> = Vec::new();
    let mut first_file_of_id: BTreeMap<String, String> = BTreeMap::new();
    for files in lesson_files.values() {
        if files.len() > 1 {
            let names: Vec<&str> = files.iter().map(|(n, _, _, _)| n.as_str()).collect();
            for (name, _, _, _) in &files[1..] {
                report.add(name, None, text!("problem-number-twice", files = names.join(", ")));
            }
        }
        for (name, id, text, is_quiz) in files {
            if let Some(first) = first_file_of_id.get(id) {
                report.add(name, None, text!("problem-duplicate-id", id = id, file = first));
                continue;
            }
            first_file_of_id.insert(id.clone(), name.clone());
            if *is_quiz {
                if let Some(quiz) = quiz::parse_quiz(&mut report, name, id, text) {
                    quizzes.push((quiz, lessons.last().map(|l| l.id.clone())));
                }
            } else if let Some(lesson) = parse_lesson(&mut report, name, id, text, &images) {
                lessons.push(lesson);
            }
        }
    }
    if !any_markdown {
        report.add("", None, text!("problem-no-lessons"));
    }
    if let Some(record) = metadata.as_ref().and_then(|m: &Metadata| m.translation.as_ref()) {
        let is_lesson = |id: &str| lesson_files.values().flatten().any(|(_, i, _, quiz)| i == id && !quiz);
        for id in record.lessons.keys().filter(|id| !is_lesson(id)) {
            report.add(
                METADATA_FILE,
                None,
                text!("problem-translation-lesson-unknown", lesson = id.as_str()),
            );
        }
        if record.source == slug {
            report.add(METADATA_FILE, None, text!("problem-translation-source-itself"));
        }
    }
    let items: usize = lesson_files.values().map(Vec::len).sum();
    if items > limits::ITEMS_PER_COURSE {
        let max = limits::ITEMS_PER_COURSE;
        report.add("", None, text!("problem-too-many-items", count = items, max = max));
    }
    if images.len() > limits::IMAGES_PER_COURSE {
        let max = limits::IMAGES_PER_COURSE;
        report.add("", None, text!("problem-too-many-images", count = images.len(), max = max));
    }

    if report.problems.is_empty() {
        Ok(CourseSource { slug, metadata: metadata.unwrap_or_default(), lessons, quizzes, images })
    } else {
        Err(report.problems)
    }
}

/// Loads every course folder under `dir`, in slug order, and checks that translations name
/// courses that exist.
pub fn load_all(dir: &Path) -> (Vec<CourseSource>, Vec<Problem>) {
    let mut folders: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(listing) => listing.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect(),
        Err(e) => {
            let message = text!("problem-unreadable", detail = e.to_string());
            return (Vec::new(), vec![Problem { file: dir.to_owned(), line: None, message }]);
        }
    };
    folders.sort();
    let (mut courses, mut problems) = (Vec::new(), Vec::new());
    for folder in folders {
        match load(&folder) {
            Ok(course) => courses.push(course),
            Err(found) => problems.extend(found),
        }
    }
    for course in &courses {
        if let Some(record) = &course.metadata.translation
            && !courses.iter().any(|c| c.slug == record.source)
        {
            problems.push(Problem {
                file: Path::new(&course.slug).join(METADATA_FILE),
                line: None,
                message: text!("problem-translation-source-missing", course = record.source.as_str()),
            });
        }
        for other in &course.metadata.translations {
            if !courses.iter().any(|c| &c.slug == other) {
                problems.push(Problem {
                    file: Path::new(&course.slug).join(METADATA_FILE),
                    line: None,
                    message: text!("problem-translation-missing", course = other),
                });
            }
        }
    }
    (courses, problems)
}

fn utf8<'b>(report: &mut Report<'_>, name: &str, bytes: &'b [u8]) -> Option<&'b str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count();
            report.add(name, Some(line), text!("problem-not-utf8"));
            None
        }
    }
}

pub(super) fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count()
}

/// Whether `s` can be a slug or an id: lowercase letters, digits and inner hyphens.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `03-media-relations.md` → (3, "media-relations"), for `suffix` `.md`.
fn item_file_name(name: &str, suffix: &str) -> Option<(u32, String)> {
    let stem = name.strip_suffix(suffix)?;
    let (number, id) = stem.split_once('-')?;
    if number.len() < 2 || !number.bytes().all(|b| b.is_ascii_digit()) || !is_id(id) {
        return None;
    }
    Some((number.parse().ok()?, id.to_owned()))
}

fn parse_metadata(report: &mut Report<'_>, text: &str) -> Metadata {
    let mut metadata = Metadata::default();
    let table = match DeTable::parse(text) {
        Ok(table) => table.into_inner(),
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start));
            report.add(METADATA_FILE, line, text!("problem-toml-invalid", detail = e.message().trim()));
            return metadata;
        }
    };
    for (key, value) in table.iter() {
        let line = Some(line_of(text, key.span().start));
        let name: &str = key.get_ref();
        let string = |report: &mut Report<'_>| match value.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => s.trim().to_owned(),
            DeValue::String(_) => {
                report.add(METADATA_FILE, line, text!("problem-key-empty", key = name));
                String::new()
            }
            _ => {
                report.add(METADATA_FILE, line, text!("problem-key-not-string", key = name));
                String::new()
            }
        };
        let list = |report: &mut Report<'_>| match value.get_ref() {
            DeValue::Array(items) => {
                let strings: Vec<String> =
                    items.iter().filter_map(|i| i.get_ref().as_str()).map(str::to_owned).collect();
                if strings.len() != items.len() {
                    report.add(METADATA_FILE, line, text!("problem-key-not-list", key = name));
                }
                strings
            }
            _ => {
                report.add(METADATA_FILE, line, text!("problem-key-not-list", key = name));
                Vec::new()
            }
        };
        // A text key of at most `max` characters.
        let bounded = |report: &mut Report<'_>, max: usize| {
            let text = string(report);
            if !limits::fits(&text, max) {
                report.add(METADATA_FILE, line, text!("problem-key-too-long", key = name, max = max));
            }
            text
        };
        let bounded_list = |report: &mut Report<'_>, count: usize, chars: Option<usize>| {
            let items = list(report);
            if items.len() > count {
                report.add(METADATA_FILE, line, text!("problem-key-too-many", key = name, max = count));
            }
            if let Some(max) = chars
                && items.iter().any(|item| !limits::fits(item, max))
            {
                report.add(METADATA_FILE, line, text!("problem-key-entry-too-long", key = name, max = max));
            }
            items
        };
        match name {
            "title" => metadata.title = bounded(report, limits::COURSE_TITLE_CHARS),
            "summary" => metadata.summary = bounded(report, limits::COURSE_SUMMARY_CHARS),
            "version" => metadata.version = bounded(report, limits::COURSE_VERSION_CHARS),
            "licence" => metadata.licence = bounded(report, limits::COURSE_LICENCE_CHARS),
            "language" => {
                metadata.language = string(report);
                if !metadata.language.is_empty() && !is_language_tag(&metadata.language) {
                    report.add(METADATA_FILE, line, text!("problem-language-tag", tag = &metadata.language));
                }
            }
            "authors" => {
                metadata.authors =
                    bounded_list(report, limits::AUTHORS_PER_COURSE, Some(limits::AUTHOR_CHARS));
                if metadata.authors.is_empty() {
                    report.add(METADATA_FILE, line, text!("problem-authors-empty"));
                }
            }
            "open" => match value.get_ref() {
                DeValue::Boolean(open) => metadata.open = *open,
                _ => report.add(METADATA_FILE, line, text!("problem-open-not-boolean")),
            },
            "translation" => metadata.translation = parse_translation(report, text, line, value.get_ref()),
            "translations" => {
                metadata.translations = bounded_list(report, limits::TRANSLATIONS_PER_COURSE, None);
                for slug in &metadata.translations {
                    if !is_id(slug) {
                        report.add(METADATA_FILE, line, text!("problem-not-a-slug", slug = slug));
                    }
                }
            }
            other => {
                let known = [REQUIRED_KEYS.as_slice(), OPTIONAL_KEYS.as_slice()].concat().join(", ");
                report.add(METADATA_FILE, line, text!("problem-unknown-key", key = other, known = known));
            }
        }
    }
    for key in REQUIRED_KEYS {
        if !table.iter().any(|(k, _)| k.get_ref() == key) {
            report.add(METADATA_FILE, None, text!("problem-required-key", key = key));
        }
    }
    metadata
}

/// The `[translation]` table: `source` (a slug), `status` (`draft` or `reviewed`) and
/// `[translation.lessons]` (lesson id = SHA-256 of the source lesson translated). Whether the
/// source exists and the lessons are the course's is checked where that is known.
fn parse_translation(
    report: &mut Report<'_>,
    text: &str,
    line: Option<usize>,
    value: &DeValue<'_>,
) -> Option<dala_wire::TranslationRecord> {
    let DeValue::Table(table) = value else {
        report.add(METADATA_FILE, line, text!("problem-key-not-table", key = "translation"));
        return None;
    };
    let mut record = dala_wire::TranslationRecord::default();
    for (key, value) in table.iter() {
        let line = Some(line_of(text, key.span().start));
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("source", DeValue::String(slug)) if is_id(slug) => record.source = slug.to_string(),
            ("source", _) => {
                report.add(METADATA_FILE, line, text!("problem-key-not-slug", key = "translation.source"))
            }
            ("status", DeValue::String(status)) if status == "draft" => {
                record.status = dala_wire::TranslationStatus::Draft
            }
            ("status", DeValue::String(status)) if status == "reviewed" => {
                record.status = dala_wire::TranslationStatus::Reviewed
            }
            ("status", _) => report.add(METADATA_FILE, line, text!("problem-translation-status")),
            ("lessons", DeValue::Table(lessons)) => {
                for (id, hash) in lessons.iter() {
                    let line = Some(line_of(text, id.span().start));
                    match hash.get_ref() {
                        DeValue::String(hash) if super::translation::is_sha256_hex(hash) => {
                            record.lessons.insert(id.get_ref().to_string(), hash.to_string());
                        }
                        _ => report.add(
                            METADATA_FILE,
                            line,
                            text!("problem-translation-hash", lesson = id.get_ref().to_string()),
                        ),
                    }
                }
            }
            ("lessons", _) => {
                report.add(METADATA_FILE, line, text!("problem-key-not-table", key = "translation.lessons"))
            }
            (other, _) => report.add(
                METADATA_FILE,
                line,
                text!(
                    "problem-unknown-key",
                    key = format!("translation.{other}"),
                    known = "source, status, lessons"
                ),
            ),
        }
    }
    if record.source.is_empty() {
        if !table.iter().any(|(k, _)| k.get_ref() == "source") {
            report.add(METADATA_FILE, line, text!("problem-required-key", key = "translation.source"));
        }
        return None;
    }
    Some(record)
}

/// A BCP 47 tag of the simple shapes courses use: `ru`, `kk`, `uz-Cyrl`, `en-GB`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn parse_lesson(
    report: &mut Report<'_>,
    name: &str,
    id: &str,
    text: &str,
    images: &[Image],
) -> Option<Lesson> {
    let before = report.problems.len();
    if text.len() > limits::LESSON_BYTES {
        // Not parsed further: its size is the problem.
        let max = limits::LESSON_BYTES / 1024;
        report.add(name, None, text!("problem-lesson-too-large", max = max, size = text.len() / 1024));
        return None;
    }
    let mut title: Option<String> = None;
    let mut in_first_heading = false;
    let mut saw_block = false;
    let mut lesson_images = Vec::new();
    let mut image_alt: Option<(String, usize, String)> = None;
    for (event, range) in Parser::new(text).into_offset_iter() {
        let line = line_of(text, range.start);
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) if !saw_block => {
                in_first_heading = true;
                title = Some(String::new());
            }
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) => {
                report.add(name, Some(line), text!("problem-second-title"));
            }
            Event::End(TagEnd::Heading(_)) => in_first_heading = false,
            Event::Start(Tag::Image { dest_url, .. }) => {
                image_alt = Some((dest_url.to_string(), line, String::new()));
            }
            Event::End(TagEnd::Image) => {
                if let Some((dest, line, alt)) = image_alt.take() {
                    check_image(report, name, line, &dest, &alt, images);
                    lesson_images.push((dest, line));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, alt)) = image_alt.as_mut() {
                    alt.push_str(&t);
                } else if in_first_heading {
                    title.get_or_insert_default().push_str(&t);
                }
            }
            _ => {}
        }
        if !in_first_heading {
            saw_block = true;
        }
    }
    // Bounded before anything renders or sanitises it (see render::markup_problem).
    if let Some(problem) = super::render::markup_problem(text) {
        report.add(name, None, problem);
    }
    let title = title.map(|t| t.trim().to_owned()).unwrap_or_default();
    if title.is_empty() {
        report.add(name, Some(1), text!("problem-no-title"));
    }
    if !limits::fits(&title, limits::LESSON_TITLE_CHARS) {
        let max = limits::LESSON_TITLE_CHARS;
        report.add(name, Some(1), text!("problem-title-too-long", max = max));
    }
    (report.problems.len() == before).then(|| Lesson {
        id: id.to_owned(),
        title,
        markdown: text.to_owned(),
        images: lesson_images,
    })
}

fn check_image(report: &mut Report<'_>, name: &str, line: usize, dest: &str, alt: &str, images: &[Image]) {
    if dest.contains(':') || dest.starts_with('/') || dest.starts_with("//") {
        report.add(name, Some(line), text!("problem-image-external", image = dest));
    } else if !images.iter().any(|i| i.name == dest) {
        report.add(name, Some(line), text!("problem-image-not-found", image = dest));
    }
    if alt.trim().is_empty() {
        report.add(name, Some(line), text!("problem-image-alt", image = dest));
    }
}
