//! One phone, several learners, in the real client: nothing of one person is shown to, sent
//! as, or deletable by the next; a profile left by the version-4 client keeps its unsent work
//! through the upgrade; and recording a fact cut at any step leaves all of it or none.

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user};
use serde_json::{Value, json};

const COURSE: &str = "cso-communications-en";
/// The last lesson: the quiz follows it.
const LAST_LESSON: &str = "writing-the-policy";
const THIRD_LESSON: &str = "working-with-media";
const QUIZ: &str = "final-check";
const PASSWORD: &str = "correct horse battery";
/// Scripts in the page start with this: `done` returns a value, `post` sends JSON.
const SCRIPT: &str = "const done = arguments[0];
    const post = (url, body, token) => fetch(url, { method: 'POST',
        headers: Object.assign({ 'content-type': 'application/json' }, token ? { authorization: 'Bearer ' + token } : {}),
        body: JSON.stringify(body) }).then(r => r.json());";
/// Reads the page's IndexedDB (at whatever version it is): every store's records, by key.
const READ_DB: &str = "const read = () => new Promise((resolve, reject) => {
        const open = indexedDB.open('dala');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
            const db = open.result, out = {}, names = Array.from(db.objectStoreNames);
            const tx = db.transaction(names, 'readonly');
            for (const name of names) {
                out[name] = {};
                const cursor = tx.objectStore(name).openCursor();
                cursor.onsuccess = () => { const c = cursor.result; if (c) { out[name][c.key] = typeof c.value === 'string' ? c.value : '(bytes)'; c.continue(); } };
            }
            tx.oncomplete = () => { db.close(); resolve(out); };
        };
    });";

fn users(data: &std::path::Path) -> Result<()> {
    add_user(data, &["--login", "aigerim", "--display-name", "Aigerim"], PASSWORD)?;
    add_user(data, &["--login", "bolat", "--display-name", "Bolat"], PASSWORD)
}

/// The learner's state on the server, as a sync with nothing to send answers it.
async fn server_state(browser: &Browser, login: &str) -> Result<Value> {
    browser
        .run_async(&format!(
            "{SCRIPT}
             post('/api/v1/sessions', {{ login: '{login}', password: '{PASSWORD}' }})
               .then(s => post('/api/v1/progress/sync', {{ events: [] }}, s.token))
               .then(done);"
        ))
        .await
}

async fn count(browser: &Browser, css: &str) -> Result<u64> {
    let script = format!("return document.querySelectorAll({}).length", serde_json::to_string(css)?);
    browser.client.execute(&script, vec![]).await?.as_u64().context("a count")
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn two_learners_on_one_phone_see_and_send_only_their_own() -> Result<()> {
    let data = tempfile::tempdir()?;
    users(data.path())?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;

    // Aigerim downloads the course, then studies with the network gone.
    phone.sign_in(&server, "aigerim", PASSWORD, "Aigerim").await?;
    phone.download_course(&server, COURSE).await?;
    server.stop();
    phone.client.refresh().await?;
    phone.click("ol.lessons li:nth-child(3) a").await?;
    phone.wait_for_text("#lesson-body", "press release").await?;
    // "Complete and continue": recorded, and the next lesson opens.
    phone.click("#complete").await?;
    phone
        .wait_for_script(
            &format!("return location.pathname === '/courses/{COURSE}/lessons/social-media'"),
            "the next lesson",
        )
        .await?;
    phone.wait_for_text("#lesson-body", "").await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/quizzes/{QUIZ}"))).await?;
    // A quiz is submitted with every question answered (here, only the last one right).
    for choice in ["#q0-o0", "#q1-o2", "#q2-true", "#q4-true"] {
        phone.click(choice).await?;
    }
    phone.type_into("#q3-text", "a letter").await?;
    phone.click("#quiz-submit").await?;
    phone.wait_for_text("#quiz-result", "Not passed").await?;
    // Lesson opened, lesson completed, the next lesson opened, one attempt.
    phone.wait_for_text("#sync-pending", "4 changes waiting").await?;

    // Signing out says what is not sent; with the server gone, "send now" fails and she stays.
    phone.click("#sign-out").await?;
    phone.wait_for_text("#sign-out-pending", "4 changes made here are not on the server yet").await?;
    phone.wait_for_text("main", "Downloaded courses stay").await?;
    // As a phone shows it (a desktop window cannot be that narrow: emulated); nothing wider
    // than the screen.
    let screen = json!({ "width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": true });
    phone.cdp("Emulation.setDeviceMetricsOverride", screen).await?;
    phone.wait_for_script("return document.documentElement.clientWidth === 360;", "a 360 px screen").await?;
    let wide = phone.client.execute("return document.documentElement.scrollWidth", vec![]).await?;
    ensure!(wide.as_u64() == Some(360), "the sign-out page fits a 360 px screen ({wide} px wide)");
    phone.screenshot("sign-out-360px").await?;
    phone.click("#sign-out-send").await?;
    phone.wait_for_text(".notice-error", "").await?;
    ensure!(count(&phone, "#account-name").await? == 1, "a failed send leaves her signed in");
    phone.click("#sign-out-confirm").await?;
    phone.wait_for_text("#signed-out", "Nothing of your account").await?;

    // Nobody signed in: no name, no ticks, no attempts; the downloaded course stays.
    ensure!(count(&phone, "#account-name").await? == 0, "no name after signing out");
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.wait_for_text("#offline-state", "Downloaded").await?;
    phone.wait_for_text("#course-progress", "0 of 7").await?;
    ensure!(count(&phone, "ol.lessons li.done, ol.lessons li.opened").await? == 0, "no lesson marks shown");
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/quizzes/{QUIZ}"))).await?;
    phone.wait_for_text("#quiz-submit", "").await?;
    ensure!(count(&phone, "#quiz-best, #quiz-passed").await? == 0, "no attempts shown");

    // Bolat signs in on the same phone: he sees nothing of hers, and nothing of hers is sent.
    server.restart()?;
    phone.sign_in(&server, "bolat", PASSWORD, "Bolat").await?;
    phone.wait_for_text("#sync-last", "Last synced").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.wait_for_text("#course-progress", "0 of 7").await?;
    ensure!(
        count(&phone, "ol.lessons li.done, ol.lessons li.opened").await? == 0,
        "Bolat sees none of her marks"
    );
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/quizzes/{QUIZ}"))).await?;
    phone.wait_for_text("#quiz-submit", "").await?;
    ensure!(count(&phone, "#quiz-best, #quiz-passed").await? == 0, "Bolat sees none of her attempts");
    let bolat = server_state(&phone, "bolat").await?;
    ensure!(
        bolat["progress"].as_array().is_some_and(Vec::is_empty),
        "nothing of hers was sent as his: {bolat}"
    );

    // He opens a lesson with the sync blocked, then signs out sending it first.
    phone.cdp("Network.enable", json!({})).await?;
    phone.cdp("Network.setBlockedURLs", json!({ "urls": ["*/api/v1/progress/*"] })).await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{THIRD_LESSON}"))).await?;
    phone.wait_for_text("#lesson-body", "press release").await?;
    phone.wait_for_text("#sync-pending", "1 change waiting").await?;
    phone.click("#sign-out").await?;
    phone.wait_for_text("#sign-out-pending", "One change").await?;
    phone.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await?;
    phone.click("#sign-out-send").await?;
    phone.wait_for_text("#signed-out", "Nothing of your account").await?;
    let bolat = server_state(&phone, "bolat").await?;
    let lesson = &bolat["progress"][0]["lessons"][THIRD_LESSON];
    ensure!(
        lesson["opened"] == true && lesson["completed"] == false,
        "his opened lesson was sent first: {bolat}"
    );

    // Aigerim signs in again: her work, kept for her, reaches the server as hers.
    let before = server_state(&phone, "aigerim").await?;
    ensure!(
        before["progress"].as_array().is_some_and(Vec::is_empty),
        "nothing of hers arrived before: {before}"
    );
    phone.sign_in(&server, "aigerim", PASSWORD, "Aigerim").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    let aigerim = server_state(&phone, "aigerim").await?;
    ensure!(aigerim["progress"][0]["lessons"][THIRD_LESSON]["completed"] == true, "her lesson: {aigerim}");
    let attempts = aigerim["progress"][0]["quizzes"][QUIZ]["attempts"].as_array().map(Vec::len);
    ensure!(attempts == Some(1), "her one attempt, once: {aigerim}");
    let bolat = server_state(&phone, "bolat").await?;
    ensure!(
        bolat["progress"][0]["quizzes"].as_object().is_none_or(|q| q.is_empty()),
        "none of it is his: {bolat}"
    );
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.wait_for_text("#course-progress", "1 of 7").await?;

    // Removing everything leaves nothing of Dala's in the profile.
    phone.click("#sign-out").await?;
    phone.click("#remove-everything").await?;
    phone.wait_for_text("#remove-everything-warning", "cannot be undone").await?;
    phone.click("#remove-everything-confirm").await?;
    phone
        .wait_for_script(
            "return location.pathname === '/' && !document.querySelector('#account-name') \
             && !!document.querySelector('#sync-bar')",
            "the page to start afresh",
        )
        .await
        .with_context(|| "removing everything")?;
    // The reloaded app registers its worker and opens its database again, empty.
    let db = phone.run_async(&format!("const done = arguments[0]; {READ_DB} read().then(done);")).await?;
    ensure!(
        db["events"].as_object().is_some_and(|e| e.is_empty()),
        "no events after removing everything: {db}"
    );
    ensure!(
        db["courses"].as_object().is_some_and(|c| c.is_empty()),
        "no courses after removing everything: {db}"
    );
    ensure!(db["account"].as_object().is_some_and(|a| !a.contains_key("session")), "no session: {db}");
    phone.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn unsent_work_of_a_version_4_database_reaches_the_server_once_as_its_learner_s() -> Result<()> {
    let data = tempfile::tempdir()?;
    users(data.path())?;
    let server = Server::start(data.path())?;
    let phone = Browser::start().await?;
    // A page of the site that does not run the app: the old database is laid out from here.
    phone.client.goto(&server.url("/healthz")).await?;
    let made = phone
        .run_async(&format!(
            "{SCRIPT}
             (async () => {{
             const session = await post('/api/v1/sessions', {{ login: 'aigerim', password: '{PASSWORD}' }});
             const body = await fetch('/api/v1/courses/{COURSE}/manifest').then(r => r.arrayBuffer());
             const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
             const version = Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
             const id = n => n.toString(16).padStart(32, '0');
             const event = (n, item, kind) => ({{ id: id(n), device_id: 'old-phone', course: '{COURSE}',
                 course_version: version, item, kind, client_time: 1700000000000 + n, counter: n }});
             const events = [event(1, '{THIRD_LESSON}', 'lesson_opened'), event(2, '{THIRD_LESSON}', 'lesson_completed'),
                 event(3, '{QUIZ}', {{ quiz_attempt: {{ answers: [] }} }})];
             const open = indexedDB.open('dala', 4);
             open.onupgradeneeded = () => {{
                 for (const name of ['courses', 'blobs', 'progress', 'outbox', 'account', 'certificates',
                                     'certificate_pdfs', 'trust', 'drafts']) open.result.createObjectStore(name);
             }};
             open.onsuccess = () => {{
                 const db = open.result;
                 const tx = db.transaction(['outbox', 'account', 'progress'], 'readwrite');
                 for (const e of events) tx.objectStore('outbox').put(JSON.stringify(e), e.id);
                 tx.objectStore('account').put(JSON.stringify({{ token: session.token, user: session.user }}), 'session');
                 tx.objectStore('account').put(JSON.stringify({{ id: 'old-phone', counter: 3 }}), 'device');
                 tx.objectStore('progress').put(JSON.stringify({{ opened: true, completed: true, updated_at: 1 }}),
                     '{COURSE}/{THIRD_LESSON}');
                 tx.objectStore('progress').put(JSON.stringify({{ attempts: [{{ id: id(3), client_time: 1700000000003,
                     score: 0, passed: false, counted: true }}], best_score: 0, passed: false }}), 'quiz:{COURSE}/{QUIZ}');
                 tx.oncomplete = () => {{ db.close(); done({{ version, ids: events.map(e => e.id) }}); }};
             }};
             }})();"
        ))
        .await?;
    ensure!(made["ids"].as_array().map(Vec::len) == Some(3), "the old database was laid out: {made}");
    ensure!(made["version"].as_str().is_some_and(|v| v.len() == 64), "the course version: {made}");

    // The new client opens it: the events move over as hers and are sent.
    phone.client.goto(&server.url("/")).await?;
    phone.wait_for_text("#account-name", "Aigerim").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    phone.wait_for_text("#sync-last", "Last synced").await?;
    let db = phone.run_async(&format!("const done = arguments[0]; {READ_DB} read().then(done);")).await?;
    ensure!(db["outbox"].as_object().is_some_and(|o| o.is_empty()), "the old outbox is emptied: {db}");
    ensure!(db["progress"].as_object().is_some_and(|o| o.is_empty()), "the old marks are dropped: {db}");
    ensure!(db["events"].as_object().is_some_and(|o| o.is_empty()), "every event was sent: {db}");
    let state = server_state(&phone, "aigerim").await?;
    ensure!(state["progress"][0]["lessons"][THIRD_LESSON]["completed"] == true, "her lesson: {state}");
    let attempts = &state["progress"][0]["quizzes"][QUIZ]["attempts"];
    ensure!(
        attempts.as_array().map(Vec::len) == Some(1) && attempts[0]["id"] == made["ids"][2],
        "her attempt, exactly once: {state}"
    );
    let bolat = server_state(&phone, "bolat").await?;
    ensure!(
        bolat["progress"].as_array().is_some_and(Vec::is_empty),
        "none of it went to another account: {bolat}"
    );

    // Sent again by a reload (the answer lost, say), nothing is stored twice.
    phone.client.refresh().await?;
    phone.wait_for_text("#sync-last", "Last synced").await?;
    let again = server_state(&phone, "aigerim").await?;
    ensure!(again["progress"] == state["progress"], "the same state after another sync: {again}");
    phone.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn recording_cut_at_any_step_keeps_all_of_it_or_none() -> Result<()> {
    let data = tempfile::tempdir()?;
    users(data.path())?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;
    phone.sign_in(&server, "aigerim", PASSWORD, "Aigerim").await?;
    // The last lesson: "Complete and continue" then opens the quiz, which records nothing.
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{LAST_LESSON}"))).await?;
    phone.wait_for_text("#lesson-body", "").await?;
    phone.wait_for_text("#complete", "").await?;
    phone.click("#sync-now").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    // No sync may remove events meanwhile.
    server.stop();
    // The tab dying before request `n` of the recording's transaction is the transaction
    // aborted there: count the requests made in read-write transactions over the outbox and
    // the device record, and abort at the n-th.
    let arm = |n: u32| {
        format!(
            "window.__abortAt = {n}; window.__requests = 0;
             if (!window.__patched) {{
               window.__patched = true;
               for (const m of ['get', 'put', 'add', 'delete', 'count', 'openCursor', 'getAllKeys', 'clear']) {{
                 const original = IDBObjectStore.prototype[m];
                 IDBObjectStore.prototype[m] = function (...args) {{
                   const tx = this.transaction, names = Array.from(tx.objectStoreNames);
                   if (tx.mode === 'readwrite' && names.includes('events') && names.includes('account')) {{
                     window.__requests += 1;
                     if (window.__requests === window.__abortAt) tx.abort();
                   }}
                   return original.apply(this, args);
                 }};
               }}
             }}"
        )
    };
    let snapshot = || async {
        let db = phone.run_async(&format!("const done = arguments[0]; {READ_DB} read().then(done);")).await?;
        let events = db["events"].as_object().map(|e| e.len()).unwrap_or(0);
        let device = db["account"]["device"].as_str().unwrap_or("{}").to_owned();
        anyhow::Ok((events, device))
    };
    let before = snapshot().await?;
    ensure!(before.0 == 0, "nothing waits before: {before:?}");
    let mut completed_at = None;
    for n in 1..=6 {
        phone.client.execute(&arm(n), vec![]).await?;
        phone.click("#complete").await?;
        phone
            .wait_for_script(
                &format!(
                    "return location.pathname.includes('/quizzes/') \
                     || (window.__requests >= {n} && !!document.querySelector('.lesson-actions .notice-error'))"
                ),
                "the outcome of recording",
            )
            .await?;
        let requests = phone.client.execute("return window.__requests", vec![]).await?.as_u64().unwrap_or(0);
        let now = snapshot().await?;
        let completed = phone
            .client
            .execute("return location.pathname.includes('/quizzes/')", vec![])
            .await?
            .as_bool()
            .unwrap_or(false);
        if completed {
            ensure!(
                now.0 == 1 && now.1 != before.1,
                "completed: the event and the counter are stored ({now:?})"
            );
            ensure!(u64::from(n) > requests, "cut at request {n} of {requests}, yet it was kept");
            completed_at = Some(n);
            break;
        }
        ensure!(
            now == before,
            "cut before request {n}: nothing may be kept, found {now:?} (before: {before:?})"
        );
        phone.wait_for_text(".lesson-actions .notice-error", "").await?;
    }
    let completed_at = completed_at.context("recording never completed")?;
    ensure!(
        completed_at >= 3,
        "a recording makes at least three requests (device read, device write, event write)"
    );
    // After a reload, the page shows what is stored (the lesson comes from the server: it is
    // not downloaded), and the one event reaches the server.
    server.restart()?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{LAST_LESSON}"))).await?;
    phone.wait_for_text("#lesson-done", "Completed").await?;
    phone.click("#sync-now").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    let state = server_state(&phone, "aigerim").await?;
    ensure!(
        state["progress"][0]["lessons"][LAST_LESSON]["completed"] == true,
        "the completion arrived: {state}"
    );
    phone.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_full_device_says_how_much_space_is_needed_and_keeps_what_it_holds() -> Result<()> {
    let data = tempfile::tempdir()?;
    users(data.path())?;
    let server = Server::start(data.path())?;
    let phone = Browser::start().await?;
    phone.sign_in(&server, "aigerim", PASSWORD, "Aigerim").await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.wait_for_text("#download", "Download for offline").await?;
    // The device fills up after two of the course's files: from the third on, storing a blob
    // is refused as a full disk refuses it (a headless browser's quota cannot be made small).
    phone
        .client
        .execute(
            "let stored = 0; const original = IDBObjectStore.prototype.put;
             IDBObjectStore.prototype.put = function (...args) {
               if (this.name === 'blobs' && window.__full && ++stored > 2)
                 throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
               return original.apply(this, args);
             };
             window.__full = true;",
            vec![],
        )
        .await?;
    phone.click("#download").await?;
    let message = phone.wait_for_text(".offline-box .notice-error", "This device is full").await?;
    ensure!(message.contains(" KB more space is needed"), "the message names the space needed: {message}");
    // What was stored stays, and the download resumes once there is room.
    phone.wait_for_text("#download", "Resume download").await?;
    let stored = phone
        .run_async(
            "const done = arguments[0]; const open = indexedDB.open('dala');
             open.onsuccess = () => { const db = open.result;
               const keys = db.transaction('blobs').objectStore('blobs').getAllKeys();
               keys.onsuccess = () => { db.close(); done(keys.result.length); }; };",
        )
        .await?;
    ensure!(stored == 2, "the two files stored before the device filled up stay: {stored}");
    // Space is freed: the download resumes and completes.
    phone.client.execute("window.__full = false;", vec![]).await?;
    phone.click("#download").await?;
    phone.wait_for_text("#offline-state", "Downloaded").await?;
    phone.wait_for_text("#offline-state", "on this device").await?;
    phone.close().await
}
