//! Demo data at the scale of a large installation, for trying the dashboard and measuring its
//! answers: organizations, courses of twelve lessons and a quiz, learners enrolled in every
//! course with the progress a real cohort leaves (many stop early, some fail the quiz first),
//! and certificates for those who finished. Deterministic: the same options give the same data.
//!
//! Only for an empty installation: it refuses a database that already has accounts, so it can
//! never mix invented learners into real ones.

use std::path::Path;

use anyhow::{Context, bail};
use dala_wire::{Answer, CourseMetadata, EventKind, Manifest, ProgressEvent, Question, QuestionKind, Quiz};
use sqlx::AnyConnection;

use crate::accounts::{self, new_id};
use crate::course::draft::{metadata_toml, quiz_toml};
use crate::progress::{self, Received};
use crate::store::{Value, insert_rows};
use crate::{AppState, certificates, import_courses};

/// How much to make.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub organizations: usize,
    pub courses: usize,
    pub learners: usize,
    /// The password of every demo account (`learner-N`, `admin-N`).
    pub password: String,
}

/// What was made.
#[derive(Debug, Clone, Default)]
pub struct Seeded {
    pub organizations: usize,
    pub courses: usize,
    pub learners: usize,
    pub enrollments: usize,
    pub events: usize,
    pub certificates: usize,
}

const LESSONS: usize = 12;
const QUESTIONS: usize = 3;
const DAY: i64 = 24 * 60 * 60;

/// A small deterministic generator (xorshift64*): demo data needs no cryptographic quality.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Writes the demo courses as course folders under `dir`.
fn write_courses(dir: &Path, count: usize) -> anyhow::Result<()> {
    const TOPICS: [&str; 10] = [
        "Managing a small organization",
        "The law on non-commercial organizations",
        "Fundraising from local sources",
        "State social contracting",
        "Public councils",
        "Communications and social media",
        "Volunteer management",
        "Financial reporting for grants",
        "Working with local government",
        "Digital safety for activists",
    ];
    for n in 0..count {
        let slug = format!("demo-course-{:02}", n + 1);
        let folder = dir.join(&slug);
        std::fs::create_dir_all(&folder)?;
        let metadata = CourseMetadata {
            title: format!("{} (demo {})", TOPICS[n % TOPICS.len()], n + 1),
            summary: "Invented course of the demo data.".into(),
            language: "en".into(),
            version: "demo".into(),
            authors: vec!["Dala demo".into()],
            licence: "CC BY 4.0".into(),
            translations: Vec::new(),
            open: false,
            translation: None,
        };
        std::fs::write(folder.join("course.toml"), metadata_toml(&metadata))?;
        for lesson in 1..=LESSONS {
            std::fs::write(
                folder.join(format!("{lesson:02}-lesson-{lesson}.md")),
                format!("# Lesson {lesson}\n\nInvented text of lesson {lesson} of {slug}.\n"),
            )?;
        }
        let quiz = Quiz {
            id: "check".into(),
            title: "Final check".into(),
            pass_mark: 60,
            max_attempts: None,
            questions: (0..QUESTIONS)
                .map(|q| Question {
                    prompt: format!("Demo question {}", q + 1),
                    kind: QuestionKind::SingleChoice { options: vec!["Yes".into(), "No".into()], answer: 0 },
                    explanation: String::new(),
                })
                .collect(),
            show_answers: true,
        };
        std::fs::write(folder.join(format!("{:02}-check.quiz.toml", LESSONS + 1)), quiz_toml(&quiz))?;
    }
    Ok(())
}

fn text(s: impl Into<String>) -> Value<'static> {
    Value::Owned(s.into())
}

/// Inserts rows into `into` (a table and its columns).
async fn insert_many(conn: &mut AnyConnection, into: &str, rows: &[Vec<Value<'_>>]) -> anyhow::Result<()> {
    insert_rows(conn, into, "", rows).await?;
    Ok(())
}

/// Fills an empty installation with demo data. `progress` hears what is being made and how far
/// along it is (done, total).
pub async fn seed(
    state: &AppState,
    options: &SeedOptions,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> anyhow::Result<Seeded> {
    let pool = state.store.pool();
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await?;
    if accounts > 0 {
        bail!("this installation already has {accounts} account(s); demo data goes only into an empty one");
    }
    let now = state.clock.now();
    let mut random = Random(0x0da1_a5ee_d000_0001);
    let mut seeded = Seeded::default();

    progress("courses", 0, options.courses);
    let folder = tempfile::tempdir()?;
    write_courses(folder.path(), options.courses)?;
    import_courses(&state.store, folder.path()).await?;
    let mut courses: Vec<(String, String, Manifest)> = Vec::new();
    for n in 0..options.courses {
        let slug = format!("demo-course-{:02}", n + 1);
        let (version, json) =
            state.store.manifest(&slug).await?.context("a demo course was not published")?;
        courses.push((slug, version, serde_json::from_str(&json)?));
    }
    seeded.courses = courses.len();
    progress("courses", options.courses, options.courses);

    // Organizations, each with an administrator and a trainer.
    let hash = accounts::hash_password(&options.password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut organizations = Vec::new();
    let mut staff = Vec::new();
    let mut memberships = Vec::new();
    for n in 0..options.organizations {
        let id = accounts::create_organization(&state.store, now, &format!("Demo organization {:02}", n + 1))
            .await?;
        for (role, login) in
            [("administrator", format!("admin-{:02}", n + 1)), ("trainer", format!("trainer-{:02}", n + 1))]
        {
            let user = new_id();
            staff.push(vec![
                text(&user),
                text(&login),
                text(&login),
                text(&hash),
                Value::Int(0),
                Value::Int(now),
            ]);
            memberships.push(vec![text(&user), text(&id), text(role)]);
        }
        organizations.push(id);
    }
    seeded.organizations = organizations.len();
    // Everything else in one transaction: an interrupted seed leaves no half-made installation
    // behind it, and the database writes once.
    let mut tx = pool.begin().await?;
    if tx.backend_name() == "SQLite" {
        // A year of a large installation is written at once: keep its pages in memory (256 MiB).
        sqlx::query("PRAGMA cache_size = -262144").execute(&mut *tx).await?;
    }
    let users = "users (id, login, display_name, password_hash, superadmin, created_at)";
    insert_many(&mut tx, users, &staff).await?;
    insert_many(&mut tx, "memberships (user_id, organization_id, role)", &memberships).await?;

    // Learners, a year of enrollments, and their progress, stored as the sync stores it.
    let mut completions: Vec<(String, usize)> = Vec::new();
    let year_ago = now - 365 * DAY;
    for n in 0..options.learners {
        let user = new_id();
        let organization = &organizations[n % organizations.len().max(1)];
        let learner = vec![
            text(&user),
            text(format!("learner-{n}")),
            text(format!("Learner {n}")),
            text(&hash),
            Value::Int(0),
            Value::Int(year_ago),
        ];
        insert_many(&mut tx, users, &[learner]).await?;
        let membership = vec![text(&user), text(organization), text("learner")];
        insert_many(&mut tx, "memberships (user_id, organization_id, role)", &[membership]).await?;
        let device = format!("demo-{n}");
        let mut counter = 0_u64;
        let mut enrollments = Vec::new();
        let mut events: Vec<(ProgressEvent, i64)> = Vec::new();
        for (c, (slug, version, manifest)) in courses.iter().enumerate() {
            let enrolled_at = year_ago + random.below(330) as i64 * DAY;
            enrollments.push(vec![text(&user), text(slug), text(organization), Value::Int(enrolled_at)]);
            // How far this learner gets: half finish, the rest stop along the way.
            let reached = if random.below(2) == 0 { LESSONS } else { random.below(LESSONS as u64) as usize };
            let mut at = enrolled_at;
            let mut event = |item: &str, kind: EventKind, at: i64| {
                counter += 1;
                let event = ProgressEvent {
                    id: format!("{:032x}", (n as u128) << 64 | u128::from(counter)),
                    device_id: device.clone(),
                    course: slug.clone(),
                    course_version: version.clone(),
                    item: item.to_owned(),
                    kind,
                    client_time: at * 1000,
                    counter,
                };
                events.push((event, at));
            };
            for lesson in manifest.lessons.iter().take(reached) {
                at = (at + random.below(3 * DAY as u64) as i64).min(now);
                // A lesson is opened one to three times before it is marked complete.
                for visit in 0..=random.below(3) as i64 {
                    event(&lesson.id, EventKind::LessonOpened, at + visit * 300);
                }
                event(&lesson.id, EventKind::LessonCompleted, at + 1200);
            }
            if reached == LESSONS {
                // The first attempt gets each question wrong now and then; a failed one is retried.
                loop {
                    let answers: Vec<Answer> = (0..QUESTIONS)
                        .map(|q| Answer::Choice(usize::from(random.below(3 + q as u64) == 0)))
                        .collect();
                    let passed =
                        answers.iter().filter(|a| **a == Answer::Choice(0)).count() * 100 / QUESTIONS >= 60;
                    at = (at + 3600).min(now);
                    event("check", EventKind::QuizAttempt { answers }, at);
                    if passed {
                        break;
                    }
                }
                completions.push((user.clone(), c));
            }
        }
        insert_many(&mut tx, "enrollments (user_id, course, organization_id, enrolled_at)", &enrollments)
            .await?;
        // Each event is received at its invented second, and that second is its receipt: the
        // order of receipt follows the story told (a failed attempt before the retry).
        let received: Vec<Received> = events
            .iter()
            .map(|(event, at)| Received { event, at: *at, receipt: u64::try_from(*at).unwrap_or(0) })
            .collect();
        progress::store(&mut tx, &user, &received).await?;
        seeded.enrollments += enrollments.len();
        seeded.events += events.len();
        if n % 250 == 249 || n + 1 == options.learners {
            progress("learners", n + 1, options.learners);
        }
    }
    seeded.learners = options.learners;
    tx.commit().await?;

    // Certificates, signed as for real learners.
    for (i, (user, c)) in completions.iter().enumerate() {
        let (slug, version, manifest) = &courses[*c];
        certificates::issue(state, user, slug, version, manifest).await?;
        if i % 1000 == 999 || i + 1 == completions.len() {
            progress("certificates", i + 1, completions.len());
        }
    }
    seeded.certificates = completions.len();
    Ok(seeded)
}
