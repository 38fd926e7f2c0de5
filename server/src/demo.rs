//! Demo data at the scale of a large installation, for trying the dashboard and measuring its
//! answers: organizations, courses of twelve lessons and a quiz, learners enrolled in every
//! course with the progress a real cohort leaves (many stop early, some fail the quiz first),
//! and certificates for those who finished. Deterministic: the same options give the same data.
//!
//! Only for an empty installation: it refuses a database that already has accounts, so it can
//! never mix invented learners into real ones.

use std::path::Path;

use anyhow::{Context, bail};
use dala_wire::{Answer, CourseMetadata, Manifest, Question, QuestionKind, Quiz};
use sqlx::AnyPool;

use crate::accounts::{self, new_id};
use crate::course::draft::{metadata_toml, quiz_toml};
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
                })
                .collect(),
        };
        std::fs::write(folder.join(format!("{:02}-check.quiz.toml", LESSONS + 1)), quiz_toml(&quiz))?;
    }
    Ok(())
}

/// Inserts `rows` (each `width` values, all text or integers) into `table (columns)`, many rows
/// per statement.
async fn insert_many(
    pool: &AnyPool,
    table: &str,
    columns: &str,
    width: usize,
    rows: &[Vec<Value>],
) -> anyhow::Result<()> {
    // SQLite takes at most 32,766 parameters a statement.
    let per_statement = (30_000 / width).max(1);
    for chunk in rows.chunks(per_statement) {
        let mut sql = format!("INSERT INTO {table} ({columns}) VALUES ");
        let mut n = 0;
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let placeholders: Vec<String> = (0..width)
                .map(|_| {
                    n += 1;
                    format!("${n}")
                })
                .collect();
            sql.push_str(&format!("({})", placeholders.join(", ")));
        }
        let mut query = sqlx::query(&sql);
        for row in chunk {
            for value in row {
                query = match value {
                    Value::Text(text) => query.bind(text.clone()),
                    Value::Int(int) => query.bind(*int),
                };
            }
        }
        query.execute(pool).await?;
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Value {
    Text(String),
    Int(i64),
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
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
    insert_many(pool, "users", "id, login, display_name, password_hash, superadmin, created_at", 6, &staff)
        .await?;

    // Learners, a year of enrollments, and their progress.
    let mut users = Vec::new();
    let mut enrollments = Vec::new();
    let mut events = Vec::new();
    let mut completions: Vec<(String, usize)> = Vec::new();
    let year_ago = now - 365 * DAY;
    for n in 0..options.learners {
        let user = new_id();
        let organization = &organizations[n % organizations.len().max(1)];
        users.push(vec![
            text(&user),
            text(format!("learner-{n}")),
            text(format!("Learner {n}")),
            text(&hash),
            Value::Int(0),
            Value::Int(year_ago),
        ]);
        memberships.push(vec![text(&user), text(organization), text("learner")]);
        let device = format!("demo-{n}");
        let mut counter = 0_i64;
        for (c, (slug, version, manifest)) in courses.iter().enumerate() {
            let enrolled_at = year_ago + random.below(330) as i64 * DAY;
            enrollments.push(vec![text(&user), text(slug), text(organization), Value::Int(enrolled_at)]);
            // How far this learner gets: half finish, the rest stop along the way.
            let reached = if random.below(2) == 0 { LESSONS } else { random.below(LESSONS as u64) as usize };
            let mut at = enrolled_at;
            let mut event = |item: &str, kind: &str, payload: String, at: i64| {
                counter += 1;
                events.push(vec![
                    text(&user),
                    text(format!("{:032x}", (n as u128) << 64 | counter as u128)),
                    text(&device),
                    text(slug),
                    text(version),
                    text(item),
                    text(kind),
                    text(payload),
                    Value::Int(at * 1000),
                    Value::Int(counter),
                    Value::Int(at),
                ]);
            };
            for lesson in manifest.lessons.iter().take(reached) {
                at = (at + random.below(3 * DAY as u64) as i64).min(now);
                // A lesson is opened one to three times before it is marked complete.
                for visit in 0..=random.below(3) as i64 {
                    event(&lesson.id, "lesson_opened", String::new(), at + visit * 300);
                }
                event(&lesson.id, "lesson_completed", String::new(), at + 1200);
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
                    event("check", "quiz_attempt", serde_json::to_string(&answers)?, at);
                    if passed {
                        break;
                    }
                }
                completions.push((user.clone(), c));
            }
        }
        if n % 500 == 499 || n + 1 == options.learners {
            progress("learners", n + 1, options.learners);
        }
    }
    seeded.learners = users.len();
    seeded.enrollments = enrollments.len();
    seeded.events = events.len();
    insert_many(pool, "users", "id, login, display_name, password_hash, superadmin, created_at", 6, &users)
        .await?;
    insert_many(pool, "memberships", "user_id, organization_id, role", 3, &memberships).await?;
    insert_many(pool, "enrollments", "user_id, course, organization_id, enrolled_at", 4, &enrollments)
        .await?;
    let columns = "user_id, id, device_id, course, course_version, item, kind, payload, client_time, counter, received_at";
    for (i, chunk) in events.chunks(100_000).enumerate() {
        insert_many(pool, "progress_events", columns, 11, chunk).await?;
        progress("progress events", (i * 100_000 + chunk.len()).min(events.len()), events.len());
    }

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
