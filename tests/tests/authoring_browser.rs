//! Authoring in the real client. A trainer writes a course in the browser (a lesson with a
//! picture, a quiz), publishes it, a learner downloads it, the trainer changes one lesson and
//! publishes again, and the learner's update fetches that lesson's blob and nothing else.
//! Hostile lessons, published and previewed, run nothing: no dialog, no request.

use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Browser, Server, add_user, request};
use dala_wire::{CourseDraft, CourseMetadata, DraftItem, DraftLesson, Manifest};
use fantoccini::key::Key;

const PASSWORD: &str = "correct horse battery";
const ORGANIZATION: &str = "Aral Youth Centre";
const SLUG: &str = "local-fundraising";
/// True when the editor says the latest edit is on the server.
const SAVED: &str =
    "const s = document.querySelector('#save-state'); return !!s && s.dataset.state === 'server';";

/// Signs in through the API, as a script would.
fn api_session(server: &Server, login: &str) -> Result<dala_wire::SignInResponse> {
    let sign_in = serde_json::json!({ "login": login, "password": PASSWORD }).to_string();
    let (status, body) = request(server.port, "POST", "/api/v1/sessions", None, sign_in.as_bytes())?;
    ensure!(status == 201, "sign-in: {status}");
    Ok(serde_json::from_slice(&body)?)
}

/// Sets a field's text and leaves it (fields save when left, as a trainer tabs on).
async fn fill(browser: &Browser, css: &str, text: &str) -> Result<()> {
    let field = browser
        .client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(fantoccini::Locator::Css(css))
        .await?;
    field.clear().await?;
    field
        .send_keys(&format!("{text}{}", char::from(Key::Tab)))
        .await
        .with_context(|| format!("typing into {css}"))?;
    Ok(())
}

async fn saved(browser: &Browser) -> Result<()> {
    if let Err(e) = browser.wait_for_script(SAVED, "the draft to be saved on the server").await {
        // What the page shows instead, for the failure report.
        let shown = browser
            .client
            .execute(
                "const s = document.querySelector('#save-state'); const n = document.querySelector('.notice-error');
                 return (s ? s.dataset.state + ': ' + s.textContent : 'no save state') + (n ? ' / ' + n.textContent : '');",
                vec![],
            )
            .await
            .unwrap_or_default();
        return Err(e.context(format!("the page shows {shown}")));
    }
    Ok(())
}

/// Waits for the draft to be saved and publishable, and publishes it.
async fn publish(browser: &Browser) -> Result<()> {
    saved(browser).await?;
    if let Err(e) = browser
        .wait_for_script("return !document.querySelector('#publish').disabled;", "Publish to be allowed")
        .await
    {
        // What the page shows instead, for the failure report.
        let shown = browser
            .client
            .execute(
                "const s = document.querySelector('#save-state');
                 const problems = Array.from(document.querySelectorAll('.problems li')).map(l => l.textContent);
                 return (s ? s.dataset.state : 'no save state') + ' / ' + problems.join(' | ');",
                vec![],
            )
            .await
            .unwrap_or_default();
        return Err(e.context(format!("the page shows {shown}")));
    }
    browser.click("#publish").await?;
    browser.wait_for_text("#published", "Published").await?;
    Ok(())
}

fn manifest(server: &Server) -> Result<Manifest> {
    let (status, body) = request(server.port, "GET", &format!("/api/v1/courses/{SLUG}/manifest"), None, b"")?;
    ensure!(status == 200, "manifest: {status}");
    Ok(serde_json::from_slice(&body)?)
}

/// The blob requests the page made since its resource timings were last cleared.
async fn blob_requests(browser: &Browser) -> Result<Vec<String>> {
    let names = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/api/v1/blobs/'));",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(names)?)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_course_written_in_the_browser_updates_learners_by_the_changed_lesson_only() -> Result<()> {
    let data = tempfile::tempdir()?;
    let trainer_account = ["--login", "marat", "--display-name", "Марат", "--organization", ORGANIZATION];
    add_user(data.path(), &[trainer_account.as_slice(), &["--role", "trainer"]].concat(), PASSWORD)?;
    let server = Server::start(data.path())?;
    let trainer = Browser::start().await?;
    trainer.sign_in(&server, "marat", PASSWORD, "Марат").await?;

    // The header leads trainers to their courses; a new course starts with one lesson.
    trainer.click("a[href='/author']").await?;
    trainer.type_into("#new-title", "Raising money locally").await?;
    trainer.type_into("#new-slug", SLUG).await?;
    trainer
        .type_into("#new-summary", "Donors, businesses and the local council as sources of money.")
        .await?;
    trainer.type_into("#new-author", "Марат").await?;
    trainer.click("#create-course").await?;
    trainer.wait_for_text("h1", "Raising money locally").await?;
    saved(&trainer).await?;
    trainer.click("#meta-open").await?;
    saved(&trainer).await?;

    // The first lesson, typed; the preview follows when typing pauses.
    let area = trainer.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.clear().await?;
    area.send_keys("# Local donors\n\nPeople who live nearby give *small* sums, often and for years.\n")
        .await?;
    trainer.wait_for_text("#lesson-preview", "small sums").await?;
    trainer.wait_for_script(
        "const p = document.querySelector('#lesson-preview em'); return !!p && p.textContent === 'small';",
        "the preview to render the emphasis",
    ).await?;
    saved(&trainer).await?;

    // A picture from the device, with its description; the lesson gets the reference.
    let picture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hill.png");
    let file = trainer.client.find(fantoccini::Locator::Css("#image-file")).await?;
    file.send_keys(&picture.display().to_string()).await?;
    trainer.type_into("#image-alt", "A green hill under a blue sky").await?;
    trainer.click("#image-upload").await?;
    trainer
        .wait_for_script(
            "return document.querySelector('#lesson-markdown').value.includes('![A green hill under a blue sky](hill.webp)');",
            "the picture in the lesson text",
        )
        .await?;
    saved(&trainer).await?;
    trainer.click("#preview-button").await?;
    trainer
        .wait_for_script(
            "const i = document.querySelector('#lesson-preview img'); return !!i && i.complete && i.naturalWidth === 480;",
            "the picture in the preview",
        )
        .await?;

    // A second lesson, to be changed later.
    trainer.click("#add-lesson").await?;
    trainer
        .wait_for_script("return document.querySelectorAll('#items li').length === 2;", "a second item")
        .await?;
    let area = trainer.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.clear().await?;
    area.send_keys("# Businesses\n\nA shop owner may give goods rather than money.\n").await?;
    trainer.wait_for_text("#lesson-preview", "goods rather than money").await?;
    saved(&trainer).await?;

    // A quiz: the editor flags a question without a right answer and holds Publish back.
    trainer.click("#add-quiz").await?;
    trainer.wait_for_text("#q0-problems", "no right answer").await?;
    let publish_disabled = "return document.querySelector('#publish').disabled;";
    ensure!(trainer.client.execute(publish_disabled, vec![]).await? == true, "publish refused with problems");
    fill(&trainer, "#q0-prompt", "Who gives small sums often?").await?;
    fill(&trainer, "#q0-o0", "Local donors").await?;
    fill(&trainer, "#q0-o1", "Foreign foundations").await?;
    trainer.click("#q0-right-0").await?;
    trainer.click("#add-question").await?;
    trainer.wait_for_script("return !!document.querySelector('#q1-kind');", "a second question").await?;
    trainer
        .client
        .execute(
            "const s = document.querySelector('#q1-kind'); s.value = 'short_text'; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await?;
    fill(&trainer, "#q1-prompt", "What may a shop owner give instead of money?").await?;
    fill(&trainer, "#q1-accepted", "goods").await?;
    trainer
        .wait_for_script(
            "return !document.querySelector('.quiz-editor .problems') && !document.querySelector('#quiz-problem-summary');",
            "the quiz to have no problems",
        )
        .await?;
    publish(&trainer).await?;

    // What the server published is what was typed.
    let first = manifest(&server)?;
    ensure!(first.lessons.len() == 2 && first.quizzes.len() == 1, "{first:?}");
    ensure!(first.open, "the course was made open");

    // A learner downloads it.
    let learner = Browser::start().await?;
    learner.client.goto(&server.url(&format!("/courses/{SLUG}"))).await?;
    learner.click("#download").await?;
    learner.wait_for_text("#offline-state", "Downloaded").await?;

    // The trainer changes the second lesson only and publishes again.
    trainer.click("#items li:nth-child(2) .item-title").await?;
    trainer
        .wait_for_script(
            "return document.querySelector('#lesson-markdown').value.startsWith('# Businesses');",
            "the second lesson in the editor",
        )
        .await?;
    let area = trainer.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.send_keys("\nA bakery may give bread for a training day.\n").await?;
    trainer.wait_for_text("#lesson-preview", "bread for a training day").await?;
    publish(&trainer).await?;

    let second = manifest(&server)?;
    let changed: Vec<_> = second
        .blobs()
        .into_iter()
        .filter(|b| !first.blobs().iter().any(|old| old.sha256 == b.sha256))
        .cloned()
        .collect();
    ensure!(changed.len() == 1, "one lesson changed, so one new blob: {changed:?}");
    ensure!(second.lessons[1].blob == changed[0], "the new blob is the second lesson's");

    // The learner is offered exactly that blob's size, and the update fetches that blob only.
    learner.client.refresh().await?;
    learner
        .wait_for_script(
            &format!(
                "const u = document.querySelector('#update-available'); return !!u && u.dataset.bytes === '{}';",
                changed[0].bytes
            ),
            "the update's size",
        )
        .await
        .with_context(|| format!("expected an update of {} bytes", changed[0].bytes))?;
    learner.client.execute("performance.clearResourceTimings();", vec![]).await?;
    learner.click("#download").await?;
    learner
        .wait_for_script("return !document.querySelector('#update-available') && !!document.querySelector('#offline-state');", "the update to finish")
        .await?;
    let fetched = blob_requests(&learner).await?;
    // Asked for as a patch of the lesson held (`?from=`), the query aside it is that blob.
    let path = |url: &str| url.split('?').next().unwrap_or_default().to_owned();
    ensure!(
        fetched.len() == 1 && path(&fetched[0]).ends_with(&dala_wire::blob_path(&changed[0].sha256)),
        "the update fetched {fetched:?}, expected only {}",
        changed[0].sha256
    );
    // The old version's second lesson is no longer named by a kept course: it leaves the
    // device, and the device holds exactly the new version's blobs.
    let held = learner
        .run_async(
            "const done = arguments[0]; const open = indexedDB.open('dala');
             open.onsuccess = () => { const db = open.result;
               const keys = db.transaction('blobs').objectStore('blobs').getAllKeys();
               keys.onsuccess = () => { db.close(); done(keys.result); }; };",
        )
        .await?;
    let mut held: Vec<String> = serde_json::from_value(held)?;
    let mut wanted: Vec<String> = second.blobs().iter().map(|b| b.sha256.clone()).collect();
    held.sort();
    wanted.sort();
    wanted.dedup();
    ensure!(
        held == wanted,
        "after the update the device holds {held:?}, expected the new version's {wanted:?}"
    );
    // And the learner now reads the new text.
    learner.click("ol.lessons li:nth-child(2) a").await?;
    learner.wait_for_text("#lesson-body", "bread for a training day").await?;

    learner.close().await?;
    trainer.close().await?;
    Ok(())
}

#[derive(serde::Deserialize)]
struct HostileCases {
    case: Vec<HostileCase>,
}

#[derive(serde::Deserialize)]
struct HostileCase {
    name: String,
    markdown: String,
}

/// Fails if any payload ran: a dialog is open, or the page asked for `/pwned/…`.
async fn nothing_ran(browser: &Browser, what: &str) -> Result<()> {
    if let Ok(text) = browser.client.get_alert_text().await {
        bail!("{what}: a dialog opened ({text:?})");
    }
    let pwned = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/pwned'));",
            vec![],
        )
        .await?;
    ensure!(pwned == serde_json::json!([]), "{what}: the page requested {pwned}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn hostile_lessons_run_nothing_in_the_browser() -> Result<()> {
    let cases: HostileCases = toml::from_str(&std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/hostile-markdown.toml"
    ))?)?;
    let cases = cases.case;
    let data = tempfile::tempdir()?;
    let account =
        ["--login", "marat", "--display-name", "Марат", "--organization", ORGANIZATION, "--role", "trainer"];
    add_user(data.path(), &account, PASSWORD)?;
    let server = Server::start(data.path())?;

    // Published through the API, every case a lesson.
    let session = api_session(&server, "marat")?;
    let token = session.token.as_str();
    let organization = &session.user.memberships[0].organization_id;
    let draft = CourseDraft {
        slug: "hostile".into(),
        metadata: CourseMetadata {
            title: "Hostile lessons".into(),
            summary: "Lessons that try to run code.".into(),
            language: "en".into(),
            version: "1".into(),
            authors: vec!["A tester".into()],
            licence: "CC BY 4.0".into(),
            translations: Vec::new(),
            open: true,
            translation: None,
        },
        items: cases
            .iter()
            .map(|c| {
                DraftItem::Lesson(DraftLesson {
                    id: c.name.clone(),
                    markdown: format!("# {}\n\nBefore.\n\n{}\n\nAfter.\n", c.name, c.markdown),
                })
            })
            .collect(),
        images: Vec::new(),
    };
    let create = serde_json::json!({ "draft": draft }).to_string();
    let (status, body) = request(
        server.port,
        "POST",
        &format!("/api/v1/organizations/{organization}/courses"),
        Some(token),
        create.as_bytes(),
    )?;
    ensure!(status == 201, "create: {status} {}", String::from_utf8_lossy(&body));
    let stored: dala_wire::StoredDraft = serde_json::from_slice(&body)?;
    let publish = serde_json::json!({ "revision": stored.revision }).to_string();
    let (status, body) =
        request(server.port, "POST", "/api/v1/courses/hostile/publish", Some(token), publish.as_bytes())?;
    ensure!(status == 200, "publish: {status} {}", String::from_utf8_lossy(&body));

    // A learner reads every lesson, clicking whatever link is left; the page must not move.
    let learner = Browser::start().await?;
    for case in &cases {
        let path = format!("/courses/hostile/lessons/{}", case.name);
        learner.client.goto(&server.url(&path)).await?;
        // ("After." may be swallowed by broken markup such as the mutation-XSS case.)
        learner.wait_for_text("#lesson-body", "Before.").await?;
        learner
            .client
            .execute(
                "document.querySelectorAll('#lesson-body a, #lesson-body summary, #lesson-body button').forEach(e => {
                     const href = e.getAttribute('href') || '';
                     if (!/^https?:/i.test(href)) e.click();
                 });
                 document.querySelectorAll('#lesson-body *').forEach(e =>
                     ['mouseover', 'focus', 'toggle', 'load'].forEach(t => e.dispatchEvent(new Event(t))));",
                vec![],
            )
            .await
            .with_context(|| format!("{}: the page no longer answers", case.name))?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        nothing_ran(&learner, &case.name).await?;
        let now = learner.client.current_url().await?;
        ensure!(now.path() == path, "{}: the page moved to {now}", case.name);
    }

    // The second wall: even raw, unsanitised payloads put into the page by script are stopped
    // by the Content-Security-Policy (no inline handlers, no inline script).
    learner
        .client
        .execute(
            "const box = document.createElement('div'); document.body.appendChild(box);
             for (const html of arguments[0]) box.insertAdjacentHTML('beforeend', html);",
            vec![serde_json::json!(cases.iter().map(|c| c.markdown.clone()).collect::<Vec<_>>())],
        )
        .await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    nothing_ran(&learner, "raw payloads").await?;
    learner.close().await?;

    // The trainer's preview renders each case too, and runs nothing.
    let trainer = Browser::start().await?;
    trainer.sign_in(&server, "marat", PASSWORD, "Марат").await?;
    trainer.client.goto(&server.url("/author/hostile")).await?;
    for (i, case) in cases.iter().enumerate() {
        trainer.click(&format!("#items li:nth-child({}) .item-title", i + 1)).await?;
        trainer.click("#preview-button").await?;
        trainer
            .wait_for_script(
                &format!(
                    "const p = document.querySelector('#lesson-preview'); const h = p && p.querySelector('h1');
                     return !!h && h.textContent === '{}' && p.textContent.includes('Before.');",
                    case.name
                ),
                &format!("the preview of {}", case.name),
            )
            .await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        nothing_ran(&trainer, &format!("preview of {}", case.name)).await?;
    }
    trainer.close().await?;
    Ok(())
}

/// Creates the course `SLUG` with one lesson through the API, as `login`; returns its token.
fn create_course(server: &Server, login: &str) -> Result<String> {
    let session = api_session(server, login)?;
    let draft = CourseDraft {
        slug: SLUG.into(),
        metadata: CourseMetadata {
            title: "Raising money locally".into(),
            summary: "Donors, businesses and the local council.".into(),
            language: "en".into(),
            version: "1".into(),
            authors: vec!["Марат".into()],
            licence: "CC BY 4.0".into(),
            translations: Vec::new(),
            open: true,
            translation: None,
        },
        items: vec![DraftItem::Lesson(DraftLesson {
            id: "donors".into(),
            markdown: "# Local donors\n\nFirst text.\n".into(),
        })],
        images: Vec::new(),
    };
    let organization = &session.user.memberships[0].organization_id;
    let create = serde_json::json!({ "draft": draft }).to_string();
    let (status, body) = request(
        server.port,
        "POST",
        &format!("/api/v1/organizations/{organization}/courses"),
        Some(&session.token),
        create.as_bytes(),
    )?;
    ensure!(status == 201, "create: {status} {}", String::from_utf8_lossy(&body));
    Ok(session.token)
}

/// The lesson text of the draft the server holds.
fn server_markdown(server: &Server, token: &str) -> Result<String> {
    let (status, body) =
        request(server.port, "GET", &format!("/api/v1/courses/{SLUG}/draft"), Some(token), b"")?;
    ensure!(status == 200, "draft: {status}");
    let stored: dala_wire::StoredDraft = serde_json::from_slice(&body)?;
    match &stored.draft.items[0] {
        DraftItem::Lesson(lesson) => Ok(lesson.markdown.clone()),
        DraftItem::Quiz(_) => bail!("the first item is a quiz"),
    }
}

/// The ids of the items of the draft the server holds, in order.
fn server_item_ids(server: &Server, token: &str) -> Result<Vec<String>> {
    let (status, body) =
        request(server.port, "GET", &format!("/api/v1/courses/{SLUG}/draft"), Some(token), b"")?;
    ensure!(status == 200, "draft: {status}");
    let stored: dala_wire::StoredDraft = serde_json::from_slice(&body)?;
    Ok(stored.draft.items.iter().map(|i| i.id().to_owned()).collect())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn drafts_edited_offline_are_kept_sent_later_and_never_silently_overwritten() -> Result<()> {
    let data = tempfile::tempdir()?;
    for (login, name) in [("marat", "Марат"), ("dana", "Дана")] {
        let account =
            ["--login", login, "--display-name", name, "--organization", ORGANIZATION, "--role", "trainer"];
        add_user(data.path(), &account, PASSWORD)?;
    }
    let mut server = Server::start(data.path())?;
    let token = create_course(&server, "marat")?;

    // Marat opens the course while online, so the app and the draft are on his laptop.
    let marat = Browser::start().await?;
    marat.sign_in(&server, "marat", PASSWORD, "Марат").await?;
    marat.client.goto(&server.url(&format!("/author/{SLUG}"))).await?;
    saved(&marat).await?;
    marat.wait_for_service_worker().await?;

    // The network goes; he keeps writing. The work is on the device and says so.
    server.stop();
    let area = marat.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.send_keys("\nWritten on the train.\n").await?;
    marat.wait_for_text("#save-state[data-state='local']", "Saved on this device").await?;
    // The preview is the server's rendering: offline, it says so instead of failing vaguely.
    marat.click("#preview-button").await?;
    marat.wait_for_text("#preview-offline", "needs a connection").await?;
    // Even a reload while offline keeps it.
    marat.client.refresh().await?;
    marat
        .wait_for_script(
            "const a = document.querySelector('#lesson-markdown'); return !!a && a.value.includes('Written on the train.');",
            "the offline edit after a reload",
        )
        .await?;
    marat.wait_for_text("#save-state[data-state='local']", "Saved on this device").await?;

    // The connection comes back: the edit reaches the server by itself.
    server.restart()?;
    marat.client.execute("window.dispatchEvent(new Event('online'));", vec![]).await?;
    saved(&marat).await?;
    ensure!(
        server_markdown(&server, &token)?.contains("Written on the train."),
        "the offline edit reached the server"
    );

    // Dana edits the same course and saves; Marat, still on the old revision, edits too.
    let dana = Browser::start().await?;
    dana.sign_in(&server, "dana", PASSWORD, "Дана").await?;
    dana.client.goto(&server.url(&format!("/author/{SLUG}"))).await?;
    saved(&dana).await?;
    let area = dana.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.send_keys("\nDana's paragraph.\n").await?;
    dana.wait_for_text("#lesson-preview", "Dana's paragraph.").await?;
    saved(&dana).await?;
    let area = marat.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.send_keys("\nMarat's paragraph.\n").await?;
    // Marat is told, and nothing is overwritten until he chooses.
    marat.wait_for_text("#save-state[data-state='conflict']", "Дана").await?;
    let held = server_markdown(&server, &token)?;
    ensure!(
        held.contains("Dana's paragraph.") && !held.contains("Marat's paragraph."),
        "the server kept Dana's: {held}"
    );
    // He keeps his version: it goes on top of hers.
    marat.click("#keep-mine").await?;
    saved(&marat).await?;
    let held = server_markdown(&server, &token)?;
    ensure!(
        held.contains("Marat's paragraph.") && !held.contains("Dana's paragraph."),
        "Marat's version: {held}"
    );

    // Dana's next edit now conflicts in turn; she takes his version and sees his text.
    let area = dana.client.find(fantoccini::Locator::Css("#lesson-markdown")).await?;
    area.send_keys("\nAnother line.\n").await?;
    dana.wait_for_text("#save-state[data-state='conflict']", "Марат").await?;
    dana.click("#take-theirs").await?;
    saved(&dana).await?;
    dana.wait_for_script(
        "const a = document.querySelector('#lesson-markdown'); return a.value.includes(\"Marat's paragraph.\") && !a.value.includes('Another line.');",
        "Marat's text in Dana's editor",
    )
    .await?;

    // Lessons are added, moved and removed, and the server holds the order shown.
    dana.click("#add-lesson").await?;
    dana.wait_for_script("return document.querySelectorAll('#items li').length === 2;", "a second lesson")
        .await?;
    saved(&dana).await?;
    ensure!(server_item_ids(&server, &token)? == ["donors", "lesson-1"], "added last");
    dana.click("#up-1").await?;
    dana.wait_for_text("#items li:first-child .item-title", "New lesson").await?;
    saved(&dana).await?;
    ensure!(server_item_ids(&server, &token)? == ["lesson-1", "donors"], "moved up");
    dana.click("#remove-0").await?;
    dana.wait_for_script("return document.querySelectorAll('#items li').length === 1;", "one lesson again")
        .await?;
    saved(&dana).await?;
    ensure!(server_item_ids(&server, &token)? == ["donors"], "removed");

    dana.close().await?;
    marat.close().await?;
    Ok(())
}
