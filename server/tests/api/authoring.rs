//! Trainers writing courses: drafts, conflicts, checks, publishing, images, sanitising, export
//! and import.

use std::io::Cursor;

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use dala_server::authoring::images::ImageLimits;
use dala_server::authoring::{Authoring, transfer};
use dala_server::course::translation::lesson_sha256;
use dala_server::store::ImportOutcome;
use dala_wire::{
    AuthoringCourse, CourseDraft, CoursePublished, CourseSummary, DraftItem, DraftLesson, DraftSaved,
    ErrorCode, Manifest, Role, SourceChange, StoredDraft, TranslationRecord, TranslationStatus,
    UploadedImage,
};
use serde_json::json;

use crate::support::{Backend, TestApp};

on_both_databases!(
    a_trainer_creates_saves_and_publishes_a_course,
    two_trainers_saving_the_same_draft_get_a_conflict,
    other_organizations_and_learners_cannot_touch_a_course,
    publishing_one_changed_lesson_makes_one_new_blob,
    draft_problems_are_reported_and_block_publishing,
    hostile_markdown_is_sanitised_when_published,
    uploaded_images_are_converted_and_bad_ones_refused,
    export_and_import_give_the_same_blobs,
    a_restart_keeps_what_was_published_in_the_browser,
    translations_are_linked_both_ways,
    a_course_cannot_be_attached_to_another_organization_s_as_its_translation,
    an_oversize_title_is_saved_as_a_problem_and_never_published,
    a_draft_s_problems_are_in_the_language_asked_for,
    a_translation_shows_the_lessons_whose_source_changed_until_marked_updated,
    a_translation_of_a_course_that_does_not_exist,
    a_start_up_import_gives_an_older_kept_source_its_translation_record,
);

/// The editor shows the problems in the interface's language: each answer that lists them
/// (save, get, publish's refusal) says them in the request's `Accept-Language`.
async fn a_draft_s_problems_are_in_the_language_asked_for(backend: Backend) {
    let w = world(backend).await;
    let mut draft = new_draft("in-russian");
    assert_eq!(w.create(&draft, &w.trainer).await.status, StatusCode::CREATED);
    draft.metadata.title = "x".repeat(300);
    let path = "/api/v1/courses/in-russian/draft";
    let bearer = format!("Bearer {}", w.trainer);
    let body = json!({ "base_revision": 1, "draft": draft }).to_string();
    let headers =
        [("authorization", bearer.as_str()), ("content-type", "application/json"), ("accept-language", "ru")];
    let reply = w.app.send(Method::PUT, path, &headers, Body::from(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let saved: DraftSaved = serde_json::from_slice(&reply.body).unwrap();
    let messages: Vec<&str> = saved.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages, ["`title` длиннее 200 символов"]);

    let stored = w.app.get(path, &[("authorization", &bearer), ("accept-language", "ru")]).await;
    let stored: StoredDraft = serde_json::from_slice(&stored.body).unwrap();
    assert_eq!(stored.problems[0].message, "`title` длиннее 200 символов");
    assert_eq!(
        w.get_draft("in-russian", &w.trainer).await.problems[0].message,
        "`title` is longer than 200 characters"
    );

    let publish = json!({ "revision": saved.revision }).to_string();
    let refused =
        w.app.send(Method::POST, "/api/v1/courses/in-russian/publish", &headers, Body::from(publish)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.error().message,
        "перед публикацией исправьте эти проблемы: course.toml:1: `title` длиннее 200 символов"
    );
}

/// Issue 14: a 1.45 MB course title made the public catalog 2.2 MB. The draft keeps what was
/// typed (a save is never refused for its problems), lists the problem, and publishing is
/// refused; the catalog never sees the title.
async fn an_oversize_title_is_saved_as_a_problem_and_never_published(backend: Backend) {
    let w = world(backend).await;
    let mut draft = new_draft("long-title");
    let created = w.create(&draft, &w.trainer).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&created.body));
    draft.metadata.title = "x".repeat(1_450_000);
    let saved = w.saved(&draft, 1, &w.trainer).await;
    let messages: Vec<&str> = saved.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages, ["`title` is longer than 200 characters"]);
    let refused = w.publish("long-title", saved.revision, &w.trainer).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    assert_eq!(refused.error().code, ErrorCode::DraftInvalid);
    let catalog = w.app.get("/api/v1/courses", &[]).await;
    assert!(catalog.body.len() < 10_000, "the catalog is {} bytes", catalog.body.len());
    // At the limit it publishes.
    draft.metadata.title = "Ж".repeat(dala_wire::limits::COURSE_TITLE_CHARS);
    let saved = w.saved(&draft, saved.revision, &w.trainer).await;
    assert!(saved.problems.is_empty(), "{:?}", saved.problems);
    assert!(w.published("long-title", saved.revision, &w.trainer).await.changed);
}

/// An organization with a trainer, an administrator and a learner, plus an administrator of a
/// second organization. The test course `http-course` belongs to the first.
struct World {
    app: TestApp,
    organization: String,
    trainer: String,
    admin: String,
    learner: String,
    other_admin: String,
    other: String,
}

async fn world(backend: Backend) -> World {
    let app = TestApp::new(backend).await;
    let (organization, other) = app.two_organizations().await;
    app.account("trainer", false, Some((&organization, Role::Trainer))).await;
    app.account("admin", false, Some((&organization, Role::Administrator))).await;
    app.account("learner", false, Some((&organization, Role::Learner))).await;
    app.account("other-admin", false, Some((&other, Role::Administrator))).await;
    app.store.set_course_owner("http-course", &organization).await.unwrap();
    let trainer = app.sign_in("trainer").await;
    let admin = app.sign_in("admin").await;
    let learner = app.sign_in("learner").await;
    let other_admin = app.sign_in("other-admin").await;
    World { app, organization, trainer, admin, learner, other_admin, other }
}

fn lesson(id: &str, markdown: &str) -> DraftItem {
    DraftItem::Lesson(DraftLesson { id: id.into(), markdown: markdown.into() })
}

/// A small valid course.
fn new_draft(slug: &str) -> CourseDraft {
    CourseDraft {
        slug: slug.into(),
        metadata: dala_wire::CourseMetadata {
            title: "Fundraising basics".into(),
            summary: "Where money for a small organization comes from.".into(),
            language: "en".into(),
            version: "2026.1".into(),
            authors: vec!["A trainer".into()],
            licence: "CC BY 4.0".into(),
            translations: Vec::new(),
            open: true,
            translation: None,
        },
        items: vec![lesson("sources", "# Sources of money\n\nGrants, donations and services.\n")],
        images: Vec::new(),
    }
}

impl World {
    async fn get_draft(&self, slug: &str, token: &str) -> StoredDraft {
        let reply = self.app.get_as(&format!("/api/v1/courses/{slug}/draft"), token).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
        serde_json::from_slice(&reply.body).unwrap()
    }

    async fn save(&self, draft: &CourseDraft, base: u64, token: &str) -> crate::support::Reply {
        let path = format!("/api/v1/courses/{}/draft", draft.slug);
        self.app
            .send_json(Method::PUT, &path, Some(token), &json!({ "base_revision": base, "draft": draft }))
            .await
    }

    async fn saved(&self, draft: &CourseDraft, base: u64, token: &str) -> DraftSaved {
        let reply = self.save(draft, base, token).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
        serde_json::from_slice(&reply.body).unwrap()
    }

    async fn publish(&self, slug: &str, revision: u64, token: &str) -> crate::support::Reply {
        let path = format!("/api/v1/courses/{slug}/publish");
        self.app.send_json(Method::POST, &path, Some(token), &json!({ "revision": revision })).await
    }

    async fn published(&self, slug: &str, revision: u64, token: &str) -> CoursePublished {
        let reply = self.publish(slug, revision, token).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
        serde_json::from_slice(&reply.body).unwrap()
    }

    async fn create(&self, draft: &CourseDraft, token: &str) -> crate::support::Reply {
        let path = format!("/api/v1/organizations/{}/courses", self.organization);
        self.app.send_json(Method::POST, &path, Some(token), &json!({ "draft": draft })).await
    }

    async fn manifest(&self, slug: &str) -> Manifest {
        let reply = self.app.get(&format!("/api/v1/courses/{slug}/manifest"), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{slug}");
        serde_json::from_slice(&reply.body).unwrap()
    }

    async fn upload(&self, slug: &str, query: &str, bytes: Vec<u8>, token: &str) -> crate::support::Reply {
        let path = format!("/api/v1/courses/{slug}/images?{query}");
        let bearer = format!("Bearer {token}");
        let headers = [("authorization", bearer.as_str()), ("content-type", "application/octet-stream")];
        self.app.send(Method::POST, &path, &headers, Body::from(bytes)).await
    }
}

async fn a_trainer_creates_saves_and_publishes_a_course(backend: Backend) {
    let w = world(backend).await;
    let draft = new_draft("fundraising");
    let reply = w.create(&draft, &w.trainer).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let stored: StoredDraft = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(
        (stored.revision, stored.draft.clone(), stored.saved_by.as_str()),
        (1, draft.clone(), "trainer")
    );
    assert!(stored.problems.is_empty(), "{:?}", stored.problems);
    assert!(!stored.published);
    // The name is taken now, also for a draft never published.
    assert_eq!(w.create(&draft, &w.admin).await.status, StatusCode::CONFLICT);
    // Unpublished: not in the catalog.
    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&w.app.get("/api/v1/courses", &[]).await.body).unwrap();
    assert!(!catalog.iter().any(|c| c.slug == "fundraising"));

    let mut edited = draft.clone();
    edited.items.push(lesson("donors", "# Donors\n\nKeep a list of who gave and thank them.\n"));
    assert_eq!(w.saved(&edited, 1, &w.admin).await, DraftSaved { revision: 2, problems: Vec::new() });
    let published = w.published("fundraising", 2, &w.trainer).await;
    assert!(published.changed);
    let manifest = w.manifest("fundraising").await;
    assert_eq!(dala_server::course::manifest_sha256(&manifest), published.manifest_sha256);
    let titles: Vec<&str> = manifest.lessons.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, ["Sources of money", "Donors"]);
    let html = w.app.get(&dala_wire::blob_path(&manifest.lessons[1].blob.sha256), &[]).await;
    assert!(String::from_utf8_lossy(&html.body).contains("<p>Keep a list of who gave and thank them.</p>"));

    let stored = w.get_draft("fundraising", &w.trainer).await;
    assert!(stored.published && stored.published_manifest.as_deref() == Some(&published.manifest_sha256[..]));
    // Publishing the same revision again changes nothing.
    assert!(!w.published("fundraising", 2, &w.admin).await.changed);

    let listed: Vec<AuthoringCourse> =
        serde_json::from_slice(&w.app.get_as("/api/v1/authoring/courses", &w.trainer).await.body).unwrap();
    let slugs: Vec<&str> = listed.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["fundraising", "http-course"]);
    assert_eq!(listed[0].published_version.as_deref(), Some("2026.1"));
    assert!(!listed[0].unpublished_changes);
}

async fn two_trainers_saving_the_same_draft_get_a_conflict(backend: Backend) {
    let w = world(backend).await;
    // Both start from the published course (revision 0).
    let start = w.get_draft("http-course", &w.trainer).await;
    assert_eq!(start.revision, 0);
    let mut mine = start.draft.clone();
    let mut theirs = start.draft.clone();
    mine.metadata.summary = "The trainer's summary.".into();
    theirs.metadata.summary = "The administrator's summary.".into();
    assert_eq!(w.saved(&theirs, 0, &w.admin).await.revision, 1);
    let reply = w.save(&mine, 0, &w.trainer).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.error().code, ErrorCode::DraftConflict);
    // Nothing was lost: the server still holds the administrator's save, which the trainer sees.
    let current = w.get_draft("http-course", &w.trainer).await;
    assert_eq!((current.revision, current.saved_by.as_str()), (1, "admin"));
    assert_eq!(current.draft.metadata.summary, "The administrator's summary.");
    // Choosing to keep their own text is a save based on the revision they have now seen.
    assert_eq!(w.saved(&mine, 1, &w.trainer).await.revision, 2);
    // Publishing a revision that is no longer the draft's is a conflict too.
    assert_eq!(w.publish("http-course", 1, &w.admin).await.error().code, ErrorCode::DraftConflict);
}

async fn other_organizations_and_learners_cannot_touch_a_course(backend: Backend) {
    let w = world(backend).await;
    let draft = w.get_draft("http-course", &w.admin).await.draft;
    for (who, token) in [("learner", &w.learner), ("other-admin", &w.other_admin)] {
        for (what, reply) in [
            ("read", w.app.get_as("/api/v1/courses/http-course/draft", token).await),
            ("save", w.save(&draft, 0, token).await),
            ("publish", w.publish("http-course", 0, token).await),
            ("upload", w.upload("http-course", "alt=x", png(8, 8), token).await),
            ("create", w.create(&new_draft("theirs"), token).await),
            // A course that does not exist answers like one that is not theirs.
            ("read unknown", w.app.get_as("/api/v1/courses/no-such-course/draft", token).await),
        ] {
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{who} {what}");
            assert_eq!(reply.error().code, ErrorCode::Forbidden, "{who} {what}");
        }
        let listed: Vec<AuthoringCourse> =
            serde_json::from_slice(&w.app.get_as("/api/v1/authoring/courses", token).await.body).unwrap();
        assert!(listed.is_empty(), "{who}: {listed:?}");
    }
    // Nothing changed.
    assert_eq!(w.get_draft("http-course", &w.admin).await.revision, 0);
    let reply = w.app.get("/api/v1/courses/http-course/draft", &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
}

async fn publishing_one_changed_lesson_makes_one_new_blob(backend: Backend) {
    let w = world(backend).await;
    let before = w.manifest("http-course").await;
    let mut draft = w.get_draft("http-course", &w.trainer).await.draft;
    let DraftItem::Lesson(second) = &mut draft.items[1] else { panic!("{:?}", draft.items[1]) };
    second.markdown = "# Second\n\nA sentence rewritten for this year.\n".into();
    let revision = w.saved(&draft, 0, &w.trainer).await.revision;
    let published = w.published("http-course", revision, &w.trainer).await;
    assert_eq!((published.changed, published.new_blobs), (true, 1));
    let after = w.manifest("http-course").await;
    let old: Vec<&str> = before.blobs().iter().map(|b| b.sha256.as_str()).collect();
    let moved: Vec<&str> =
        after.blobs().iter().map(|b| b.sha256.as_str()).filter(|s| !old.contains(s)).collect();
    assert_eq!(moved, [after.lessons[1].blob.sha256.as_str()]);
    assert_eq!(after.lessons[0].blob, before.lessons[0].blob);
    assert_eq!(after.assets, before.assets);
}

/// The test course's quiz (its third item).
fn the_quiz(draft: &mut CourseDraft) -> &mut dala_wire::Quiz {
    match &mut draft.items[2] {
        DraftItem::Quiz(quiz) => quiz,
        other => panic!("the third item is the quiz: {other:?}"),
    }
}

/// Each case: how the draft is spoilt, the file the problem names, and words of its message.
async fn draft_problems_are_reported_and_block_publishing(backend: Backend) {
    let w = world(backend).await;
    let good = w.get_draft("http-course", &w.trainer).await.draft;
    type Spoil = fn(&mut CourseDraft);
    let cases: Vec<(&str, Spoil, &str, &str)> = vec![
        ("empty title", |d| d.metadata.title = " ".into(), "course.toml", "`title` must not be empty"),
        ("bad language", |d| d.metadata.language = "English".into(), "course.toml", "is not a language tag"),
        ("no authors", |d| d.metadata.authors.clear(), "course.toml", "at least one author"),
        (
            "lesson without title",
            |d| d.items[0] = lesson("first", "No heading here.\n"),
            "01-first.md",
            "level-1 heading",
        ),
        (
            "two titles",
            |d| d.items[1] = lesson("second", "# One\n\n# Two\n"),
            "02-second.md",
            "only the first line",
        ),
        (
            "missing image",
            |d| d.items[1] = lesson("second", "# S\n\n![A map](map.webp)\n"),
            "02-second.md",
            "not found",
        ),
        (
            "image without alt",
            |d| d.items[1] = lesson("second", "# S\n\n![](diagram.svg)\n"),
            "02-second.md",
            "needs alt text",
        ),
        (
            "remote image",
            |d| d.items[1] = lesson("second", "# S\n\n![A](https://example.org/a.png)\n"),
            "02-second.md",
            "learners study offline",
        ),
        (
            "bad lesson id",
            |d| d.items[1] = lesson("Second Lesson", "# S\n"),
            "",
            "a lesson file name must look like",
        ),
        ("duplicate ids", |d| d.items[1] = lesson("first", "# S\n"), "02-first.md", "duplicate id `first`"),
        ("no lessons", |d| d.items.retain(|i| matches!(i, DraftItem::Quiz(_))), "", "no lessons"),
        (
            "answer out of range",
            |d| {
                the_quiz(d).questions[0].kind = dala_wire::QuestionKind::SingleChoice {
                    options: vec!["a".into(), "b".into()],
                    answer: 4,
                };
            },
            "03-check.quiz.toml",
            "",
        ),
        (
            "no right answer",
            |d| {
                the_quiz(d).questions[1].kind = dala_wire::QuestionKind::MultipleChoice {
                    options: vec!["a".into(), "b".into()],
                    answers: Vec::new(),
                };
            },
            "03-check.quiz.toml",
            "",
        ),
        (
            "no accepted text",
            |d| {
                the_quiz(d).questions[1].kind = dala_wire::QuestionKind::ShortText { accepted: Vec::new() };
            },
            "03-check.quiz.toml",
            "",
        ),
        ("pass mark", |d| the_quiz(d).pass_mark = 0, "03-check.quiz.toml", "`pass_mark` is a percentage"),
        (
            "unknown translation",
            |d| d.metadata.translations = vec!["no-such-course".into()],
            "course.toml",
            "translation `no-such-course`",
        ),
        ("image name", |d| d.images[0].name = "../diagram.svg".into(), "../diagram.svg", "lowercase letters"),
        (
            "image not uploaded",
            |d| d.images[0].blob.sha256 = "00".repeat(32),
            "diagram.svg",
            "upload it again",
        ),
    ];
    let mut revision = 0;
    for (name, spoil, file, words) in cases {
        let mut draft = good.clone();
        spoil(&mut draft);
        let saved = w.saved(&draft, revision, &w.trainer).await;
        revision = saved.revision;
        let problem = saved
            .problems
            .iter()
            .find(|p| (file.is_empty() || p.file == file) && p.message.contains(words))
            .unwrap_or_else(|| {
                panic!("{name}: no problem in {file:?} saying {words:?}: {:?}", saved.problems)
            });
        if file.ends_with(".md") || file.ends_with(".quiz.toml") {
            assert!(problem.item.is_some(), "{name}: the problem names its lesson or quiz: {problem:?}");
        }
        let reply = w.publish("http-course", revision, &w.trainer).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        let error = reply.error();
        assert_eq!(error.code, ErrorCode::DraftInvalid, "{name}");
        assert!(error.message.contains(&problem.message), "{name}: {}", error.message);
        // The saved draft holds the spoilt text: nothing the trainer typed is lost.
        assert_eq!(w.get_draft("http-course", &w.trainer).await.draft, draft, "{name}");
    }
    // Every quiz problem is reported with the question's line.
    let mut draft = good.clone();
    the_quiz(&mut draft).questions[0].kind =
        dala_wire::QuestionKind::SingleChoice { options: vec!["a".into()], answer: 3 };
    let saved = w.saved(&draft, revision, &w.trainer).await;
    assert!(saved.problems.iter().all(|p| p.line.is_some()), "{:?}", saved.problems);
    // The course learners see did not change.
    assert_eq!(w.manifest("http-course").await, w.app.manifest().await);
}

#[derive(serde::Deserialize)]
struct HostileCases {
    case: Vec<HostileCase>,
}

#[derive(serde::Deserialize)]
struct HostileCase {
    name: String,
    markdown: String,
    forbidden: Vec<String>,
}

fn hostile_cases() -> Vec<HostileCase> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/hostile-markdown.toml");
    toml::from_str::<HostileCases>(&std::fs::read_to_string(path).unwrap()).unwrap().case
}

async fn hostile_markdown_is_sanitised_when_published(backend: Backend) {
    let w = world(backend).await;
    let cases = hostile_cases();
    assert!(cases.len() >= 55);
    let mut draft = new_draft("hostile");
    draft.items = cases
        .iter()
        .enumerate()
        .map(|(i, c)| lesson(&c.name, &format!("# Case {i}\n\nBefore.\n\n{}\n\nAfter.\n", c.markdown)))
        .collect();
    assert_eq!(w.create(&draft, &w.trainer).await.status, StatusCode::CREATED);
    w.published("hostile", 1, &w.trainer).await;
    let manifest = w.manifest("hostile").await;
    assert_eq!(manifest.lessons.len(), cases.len());
    let mut survived = Vec::new();
    for (case, entry) in cases.iter().zip(&manifest.lessons) {
        // The editor's preview shows exactly what learners get.
        let DraftItem::Lesson(source) = draft.items.iter().find(|i| i.id() == case.name).unwrap() else {
            unreachable!()
        };
        let reply = w
            .app
            .send_json(
                Method::POST,
                "/api/v1/courses/hostile/preview",
                Some(&w.trainer),
                &json!({ "markdown": source.markdown }),
            )
            .await;
        let preview: dala_wire::Preview = serde_json::from_slice(&reply.body).unwrap();
        assert_eq!(entry.id, case.name);
        let html =
            String::from_utf8(w.app.get(&dala_wire::blob_path(&entry.blob.sha256), &[]).await.body).unwrap();
        assert_eq!(preview.html, html, "{}: the preview is the published lesson", case.name);
        let lower = html.to_lowercase();
        for forbidden in &case.forbidden {
            if lower.contains(&forbidden.to_lowercase()) {
                survived.push(format!("{}: {forbidden:?} survived in {html}", case.name));
            }
        }
        // The lesson before the payload survives (broken HTML may swallow what follows it).
        assert!(html.contains("<p>Before.</p>"), "{}: {html}", case.name);
    }
    // Every case is checked before the test fails, so one run names them all.
    assert!(survived.is_empty(), "{}", survived.join("\n"));
}

/// A PNG of noisy pixels (so that it does not compress to nothing).
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let image = image::RgbaImage::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        image::Rgba([(x * 7) as u8 ^ (state as u8), (y * 5) as u8, (state >> 8) as u8, 255])
    });
    let mut bytes = Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

async fn uploaded_images_are_converted_and_bad_ones_refused(backend: Backend) {
    let mut w = world(backend).await;
    let reply = w
        .upload(
            "http-course",
            "name=Field%20photo.PNG&alt=Volunteers%20at%20work",
            png(1600, 400),
            &w.trainer,
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let uploaded: UploadedImage = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!((uploaded.width, uploaded.height), (1280, 320));
    assert_eq!(uploaded.image.name, "field-photo.webp");
    assert_eq!(uploaded.markdown, "![Volunteers at work](field-photo.webp)");
    let blob = w.app.get(&dala_wire::blob_path(&uploaded.image.blob.sha256), &[]).await;
    assert_eq!(blob.status, StatusCode::OK);
    assert_eq!(blob.header(header::CONTENT_TYPE), "image/webp");
    assert_eq!(&blob.body[..4], b"RIFF");
    assert_eq!(&blob.body[8..12], b"WEBP");

    // The image goes into a lesson and is published with it.
    let mut draft = w.get_draft("http-course", &w.trainer).await.draft;
    draft.images.push(uploaded.image.clone());
    draft.items[1] = lesson("second", &format!("# Second\n\n{}\n", uploaded.markdown));
    let revision = w.saved(&draft, 0, &w.trainer).await.revision;
    w.published("http-course", revision, &w.trainer).await;
    let manifest = w.manifest("http-course").await;
    assert!(manifest.assets.iter().any(|a| a.blob == uploaded.image.blob), "{:?}", manifest.assets);

    // A web page named like a picture.
    let html = b"<!doctype html><script>alert(1)</script>".to_vec();
    let reply = w.upload("http-course", "name=photo.png&alt=A%20photo", html, &w.trainer).await;
    assert_eq!(
        (reply.status, reply.error().code),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::NotAnImage)
    );
    // No description.
    for query in ["name=a.png", "name=a.png&alt=%20%20"] {
        let reply = w.upload("http-course", query, png(4, 4), &w.trainer).await;
        assert_eq!(
            (reply.status, reply.error().code),
            (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::AltTextMissing)
        );
    }
    // Larger than the configured limit: refused with the limit in the message, whether the size
    // is only found while reading (no Content-Length) or declared up front.
    w.app.set_authoring(Authoring::new(ImageLimits { max_upload_bytes: 4096, ..ImageLimits::default() }));
    let big = png(200, 200);
    assert!(big.len() > 4096);
    let reply = w.upload("http-course", "alt=Big", big.clone(), &w.trainer).await;
    assert_eq!((reply.status, reply.error().code), (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::ImageTooLarge));
    assert!(reply.error().message.contains("4 KB"), "{}", reply.error().message);
    let bearer = format!("Bearer {}", w.trainer);
    let length = big.len().to_string();
    let headers = [("authorization", bearer.as_str()), ("content-length", length.as_str())];
    let reply = w
        .app
        .send(Method::POST, "/api/v1/courses/http-course/images?alt=Big", &headers, Body::from(big))
        .await;
    assert_eq!((reply.status, reply.error().code), (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::ImageTooLarge));
}

async fn export_and_import_give_the_same_blobs(backend: Backend) {
    let w = world(backend).await;
    // A course written in the browser: a lesson with an uploaded image, and a quiz.
    let mut draft = new_draft("exported");
    let reply = w.upload("exported", "name=chart.png&alt=A%20chart", png(300, 200), &w.trainer).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "not created yet: nobody owns the name");
    assert_eq!(w.create(&draft, &w.trainer).await.status, StatusCode::CREATED);
    let uploaded: UploadedImage = serde_json::from_slice(
        &w.upload("exported", "name=chart.png&alt=A%20chart", png(300, 200), &w.trainer).await.body,
    )
    .unwrap();
    draft.images.push(uploaded.image.clone());
    draft.items.push(lesson("chart", &format!("# A chart\n\n{}\n\nRead it *slowly*.\n", uploaded.markdown)));
    draft.items.push(DraftItem::Quiz(dala_wire::Quiz {
        id: "check".into(),
        title: "Check \"yourself\"".into(),
        pass_mark: 60,
        max_attempts: Some(3),
        questions: vec![dala_wire::Question {
            prompt: "Which sources?".into(),
            kind: dala_wire::QuestionKind::MultipleChoice {
                options: vec!["Grants".into(), "Luck".into(), "Donations".into()],
                answers: vec![0, 2],
            },
            explanation: "Grants and donations are sources; luck is not a plan.".into(),
        }],
        show_answers: true,
    }));
    let revision = w.saved(&draft, 1, &w.trainer).await.revision;
    w.published("exported", revision, &w.trainer).await;
    let manifest = w.manifest("exported").await;

    let out = w.app.dir().join("export");
    let exported = transfer::export(&w.app.store, "exported", &out).await.unwrap();
    let mut names = exported.written.clone();
    names.sort();
    assert_eq!(names, ["01-sources.md", "02-chart.md", "03-check.quiz.toml", "chart.webp", "course.toml"]);
    let quiz = std::fs::read_to_string(out.join("exported/03-check.quiz.toml")).unwrap();
    assert!(quiz.contains("answers = [1, 3]"), "authors count from 1: {quiz}");
    assert_eq!(
        std::fs::read_to_string(out.join("exported/02-chart.md")).unwrap(),
        match &draft.items[1] {
            DraftItem::Lesson(l) => l.markdown.clone(),
            _ => unreachable!(),
        }
    );

    // Importing the folder again is the same version; into another server, the same blobs.
    let (courses, problems) = transfer::load(&out.join("exported"));
    assert!(problems.is_empty(), "{problems:?}");
    let outcomes = transfer::import(&w.app.store, &courses, None).await.unwrap();
    assert_eq!(outcomes, [("exported".to_owned(), ImportOutcome::Unchanged)]);
    let other = TestApp::new(backend).await;
    let outcomes = transfer::import(&other.store, &courses, None).await.unwrap();
    assert!(matches!(outcomes[0].1, ImportOutcome::Published { .. }));
    let reimported: Manifest =
        serde_json::from_slice(&other.get("/api/v1/courses/exported/manifest", &[]).await.body).unwrap();
    assert_eq!(reimported.lessons, manifest.lessons, "identical lesson blobs");
    assert_eq!(reimported, manifest);

    // A lesson removed in the browser disappears from the folder at the next export; other files stay.
    std::fs::write(out.join("exported/NOTES.txt"), "kept").unwrap();
    draft.items.remove(1);
    draft.images.clear();
    let revision = w.saved(&draft, revision, &w.trainer).await.revision;
    w.published("exported", revision, &w.trainer).await;
    let exported = transfer::export(&w.app.store, "exported", &out).await.unwrap();
    assert_eq!(exported.removed, ["02-chart.md", "03-check.quiz.toml", "chart.webp"]);
    assert!(out.join("exported/02-check.quiz.toml").exists());
    assert!(out.join("exported/NOTES.txt").exists());
}

async fn a_restart_keeps_what_was_published_in_the_browser(backend: Backend) {
    let mut w = world(backend).await;
    let mut draft = w.get_draft("http-course", &w.trainer).await.draft;
    draft.metadata.summary = "Edited in the browser.".into();
    let revision = w.saved(&draft, 0, &w.trainer).await.revision;
    let published = w.published("http-course", revision, &w.trainer).await;
    w.app.restart().await;
    let (current, _) = w.app.store.manifest("http-course").await.unwrap().unwrap();
    assert_eq!(current, published.manifest_sha256, "the unchanged folder did not undo the browser's version");
    // A changed folder is newer than the browser's version: it is published.
    crate::support::write_course(&w.app.courses.join("http-course"), "Changed in git.");
    w.app.restart().await;
    let (current, _) = w.app.store.manifest("http-course").await.unwrap().unwrap();
    assert_ne!(current, published.manifest_sha256);
}

/// Issue 14: a trainer of another organization published an English course with the same
/// title naming the first organization's course as its translation; the link was made both
/// ways and the catalog showed it as that course's version for English readers.
async fn a_course_cannot_be_attached_to_another_organization_s_as_its_translation(backend: Backend) {
    let w = world(backend).await;
    let mut hijack = new_draft("communications-en");
    hijack.metadata.translations = vec!["http-course".into()];
    let path = format!("/api/v1/organizations/{}/courses", w.other);
    let reply = w.app.send_json(Method::POST, &path, Some(&w.other_admin), &json!({ "draft": hijack })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let draft = w.get_draft("communications-en", &w.other_admin).await;
    assert!(
        draft.problems.iter().any(|p| p.message.contains("belongs to another organization")),
        "{:?}",
        draft.problems
    );
    let refused = w.publish("communications-en", draft.revision, &w.other_admin).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    // A link already in a published manifest (from before the rule) is not shown in the catalog.
    w.app.store.set_course_owner("http-course", &w.other).await.unwrap();
    let mut old = new_draft("old-link");
    old.metadata.translations = vec!["http-course".into()];
    let path = format!("/api/v1/organizations/{}/courses", w.other);
    let reply = w.app.send_json(Method::POST, &path, Some(&w.other_admin), &json!({ "draft": old })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    w.published("old-link", 1, &w.other_admin).await;
    w.app.store.set_course_owner("http-course", &w.organization).await.unwrap();
    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&w.app.get("/api/v1/courses", &[]).await.body).unwrap();
    let find = |slug: &str| catalog.iter().find(|c| c.slug == slug).unwrap();
    assert!(find("http-course").translations.is_empty(), "{:?}", find("http-course").translations);
    assert!(find("old-link").translations.is_empty(), "{:?}", find("old-link").translations);
}

async fn translations_are_linked_both_ways(backend: Backend) {
    let w = world(backend).await;
    let mut russian = new_draft("fundraising-ru");
    russian.metadata.title = "Основы фандрайзинга".into();
    russian.metadata.language = "ru".into();
    russian.metadata.translations = vec!["http-course".into()];
    russian.items = vec![lesson("sources", "# Источники денег\n\nГранты и пожертвования.\n")];
    assert_eq!(w.create(&russian, &w.trainer).await.status, StatusCode::CREATED);
    w.published("fundraising-ru", 1, &w.trainer).await;
    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&w.app.get("/api/v1/courses", &[]).await.body).unwrap();
    let find = |slug: &str| catalog.iter().find(|c| c.slug == slug).unwrap();
    let ru: Vec<(&str, &str)> =
        find("fundraising-ru").translations.iter().map(|t| (t.slug.as_str(), t.language.as_str())).collect();
    assert_eq!(ru, [("http-course", "en")]);
    // The English course names no translation itself, yet it links back.
    let en: Vec<(&str, &str, &str)> = find("http-course")
        .translations
        .iter()
        .map(|t| (t.slug.as_str(), t.language.as_str(), t.title.as_str()))
        .collect();
    assert_eq!(en, [("fundraising-ru", "ru", "Основы фандрайзинга")]);
}

/// The source course `translated-en` (two lessons) published, and its Kazakh translation
/// `translated-kk`, which records the hashes of the English lessons it was translated from.
async fn source_and_translation(w: &World) -> CourseDraft {
    let mut english = new_draft("translated-en");
    english.items =
        vec![lesson("why", "# Why\n\nOne voice.\n"), lesson("who", "# Who\n\nThe spokesperson.\n")];
    assert_eq!(w.create(&english, &w.trainer).await.status, StatusCode::CREATED);
    w.published("translated-en", 1, &w.trainer).await;
    let mut kazakh = new_draft("translated-kk");
    kazakh.metadata.language = "kk".into();
    kazakh.items =
        vec![lesson("why", "# Неге\n\nБір дауыс.\n"), lesson("who", "# Кім\n\nБаспасөз хатшысы.\n")];
    kazakh.metadata.translation = Some(TranslationRecord {
        source: "translated-en".into(),
        status: TranslationStatus::Draft,
        lessons: [
            ("why".to_owned(), lesson_sha256("# Why\n\nOne voice.\n")),
            ("who".to_owned(), lesson_sha256("# Who\n\nThe spokesperson.\n")),
        ]
        .into(),
    });
    let created = w.create(&kazakh, &w.trainer).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&created.body));
    let stored: StoredDraft = serde_json::from_slice(&created.body).unwrap();
    assert!(stored.problems.is_empty(), "{:?}", stored.problems);
    assert_eq!(stored.source_changes, []);
    w.published("translated-kk", 1, &w.trainer).await;
    kazakh
}

/// When the published version of a course was published.
async fn published_at(w: &World, slug: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT v.published_at FROM courses c JOIN course_versions v ON v.manifest_sha256 = c.current_manifest \
         WHERE c.slug = $1",
    )
    .bind(slug)
    .fetch_one(w.app.store.pool_for_tests())
    .await
    .unwrap()
}

async fn a_translation_shows_the_lessons_whose_source_changed_until_marked_updated(backend: Backend) {
    let w = world(backend).await;
    let mut kazakh = source_and_translation(&w).await;
    // The first English version a day older, so that its date and the next one's differ.
    sqlx::query("UPDATE course_versions SET published_at = published_at - 86400 WHERE slug = $1")
        .bind("translated-en")
        .execute(w.app.store.pool_for_tests())
        .await
        .unwrap();
    let mut english = w.get_draft("translated-en", &w.trainer).await.draft;
    english.items[0] = lesson("why", "# Why\n\nOne voice, agreed in advance.\n");
    let saved = w.saved(&english, 1, &w.trainer).await;
    w.published("translated-en", saved.revision, &w.trainer).await;
    let changed_at = published_at(&w, "translated-en").await;

    // Only the changed lesson, dated by the version that changed it, with both texts.
    let stored = w.get_draft("translated-kk", &w.trainer).await;
    let new_sha256 = lesson_sha256("# Why\n\nOne voice, agreed in advance.\n");
    assert_eq!(
        stored.source_changes,
        [SourceChange {
            lesson: "why".into(),
            changed_at,
            old_markdown: Some("# Why\n\nOne voice.\n".into()),
            new_markdown: "# Why\n\nOne voice, agreed in advance.\n".into(),
            new_sha256: new_sha256.clone(),
            language: "en".into(),
        }]
    );
    // The administrator edits it too; another organization's administrator and a learner of
    // this one get no draft at all.
    assert_eq!(w.get_draft("translated-kk", &w.admin).await.source_changes.len(), 1);
    for token in [&w.other_admin, &w.learner] {
        let reply = w.app.get_as("/api/v1/courses/translated-kk/draft", token).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert!(!String::from_utf8_lossy(&reply.body).contains("agreed in advance"));
    }

    // Marked as updated (the new hash recorded) and saved: the notice is gone.
    kazakh.metadata.translation.as_mut().unwrap().lessons.insert("why".into(), new_sha256.clone());
    let saved = w.saved(&kazakh, stored.revision, &w.trainer).await;
    assert!(saved.problems.is_empty(), "{:?}", saved.problems);
    assert_eq!(w.get_draft("translated-kk", &w.trainer).await.source_changes, []);
    // Published with no lesson changed, learners get no new version, yet the kept source (and
    // so an export) has the new record.
    assert!(!w.published("translated-kk", saved.revision, &w.trainer).await.changed);
    let (_, kept) = w.app.store.current_source("translated-kk").await.unwrap().unwrap();
    assert_eq!(kept.metadata.translation, kazakh.metadata.translation);
    let out = w.app.dir().join("export-translation");
    transfer::export(&w.app.store, "translated-kk", &out).await.unwrap();
    let toml = std::fs::read_to_string(out.join("translated-kk/course.toml")).unwrap();
    assert!(
        toml.contains(&format!(
            "[translation.lessons]\n\"who\" = \"{}\"\n\"why\" = \"{new_sha256}\"\n",
            lesson_sha256("# Who\n\nThe spokesperson.\n")
        )),
        "{toml}"
    );
    let (courses, problems) = transfer::load(&out.join("translated-kk"));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(courses[0].metadata.translation, kazakh.metadata.translation);
}

async fn a_translation_of_a_course_that_does_not_exist(backend: Backend) {
    let w = world(backend).await;
    let mut orphan = new_draft("orphan-kk");
    orphan.metadata.translation = Some(TranslationRecord {
        source: "no-such-course".into(),
        status: TranslationStatus::Draft,
        lessons: [("sources".to_owned(), lesson_sha256("# Sources\n"))].into(),
    });
    let created = w.create(&orphan, &w.trainer).await;
    assert_eq!(created.status, StatusCode::CREATED);
    let stored = w.get_draft("orphan-kk", &w.trainer).await;
    let messages: Vec<&str> = stored.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages, ["translation source `no-such-course` is not a course on this server"]);
    assert_eq!(stored.source_changes, []);
    assert_eq!(w.publish("orphan-kk", 1, &w.trainer).await.error().code, ErrorCode::DraftInvalid);
}

/// An installation that kept the sample translations' sources before they recorded their
/// source: the next start-up (the folder's manifest unchanged) gives the kept source the
/// folder's record, and leaves alone a record the kept source has (marked in the browser).
async fn a_start_up_import_gives_an_older_kept_source_its_translation_record(backend: Backend) {
    let w = world(backend).await;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
    let (courses, problems) = dala_server::course::load_all(&dir);
    assert!(problems.is_empty(), "{problems:?}");
    let kazakh = courses.iter().find(|c| c.slug == "cso-communications-kk").unwrap();
    let published = dala_server::course::publish(kazakh, &courses);
    w.app.store.import_from_folder(&published).await.unwrap();
    let record = published.source.metadata.translation.clone();
    assert!(record.is_some());
    assert_eq!(kept_record(&w).await, record);
    let store_source = |source: &CourseDraft| {
        let json = serde_json::to_string(source).unwrap();
        sqlx::query("UPDATE course_versions SET source_json = $1 WHERE slug = $2")
            .bind(json)
            .bind("cso-communications-kk")
            .execute(w.app.store.pool_for_tests())
    };
    let mut older = published.source.clone();
    older.metadata.translation = None;
    store_source(&older).await.unwrap();
    assert_eq!(w.app.store.import_from_folder(&published).await.unwrap(), ImportOutcome::Unchanged);
    assert_eq!(kept_record(&w).await, record);
    let mut marked = published.source.clone();
    marked.metadata.translation.as_mut().unwrap().lessons.insert("why-a-policy".into(), "0".repeat(64));
    store_source(&marked).await.unwrap();
    w.app.store.import_from_folder(&published).await.unwrap();
    assert_eq!(kept_record(&w).await, marked.metadata.translation);
}

async fn kept_record(w: &World) -> Option<TranslationRecord> {
    w.app.store.current_source("cso-communications-kk").await.unwrap().unwrap().1.metadata.translation
}
