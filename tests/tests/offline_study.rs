//! The heart of the product, end to end: a learner downloads a course once and studies it with
//! the server gone, then the server comes back.

use anyhow::{Result, ensure};
use dala_tests::{Browser, Server, add_user};
use serde_json::json;

const COURSE: &str = "cso-communications-en";
const THIRD_LESSON_TEXT: &str = "A press release answers five questions: who, what, when, where and why.";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_downloaded_course_opens_and_is_studied_with_the_server_gone() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "dana", "--display-name", "Dana"], "correct horse battery")?;
    let mut server = Server::start(data.path())?;
    let browser = Browser::start().await?;
    let b = &browser;

    // First visit, online: the catalog comes from the server. Progress is kept for a
    // signed-in learner only (on a shared phone, nobody's work may become anybody's).
    b.sign_in(&server, "dana", "correct horse battery", "Dana").await?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("#connectivity", "Online").await?;
    b.click(&format!("a[href='/courses/{COURSE}']")).await?;
    b.wait_for_text("#download", "Download for offline").await?;

    // Cut the download halfway: block one lesson's blob, as a dropped connection would.
    let blobs = b
        .client
        .execute_async(
            &format!(
                "const done = arguments[0]; fetch('/api/v1/courses/{COURSE}/manifest').then(r => r.json())\
                 .then(async m => {{ \
                   const blobs = m.lessons.map(l => l.blob.sha256).concat(m.quizzes.map(q => q.blob.sha256), m.assets.map(a => a.blob.sha256)); \
                   let image = null; \
                   for (const l of m.lessons) {{ \
                     const html = await fetch('/api/v1/blobs/' + l.blob.sha256, {{ cache: 'no-store' }}).then(r => r.text()); \
                     if (image === null && html.includes('<img')) image = l.id; \
                   }} \
                   done({{ blobs, image }}); }})"
            ),
            vec![],
        )
        .await?;
    let image_lesson = blobs["image"].as_str().unwrap_or_default().to_owned();
    let blobs: Vec<String> = serde_json::from_value(blobs["blobs"].clone())?;
    ensure!(!image_lesson.is_empty(), "a lesson of the sample course shows an image");
    b.client.execute("performance.clearResourceTimings()", vec![]).await?;
    ensure!(blobs.len() >= 6, "the sample course has at least 5 lessons and an image");
    let blocked = blobs[3].clone();
    b.cdp("Network.enable", json!({})).await?;
    b.cdp("Network.setBlockedURLs", json!({ "urls": [format!("*{blocked}*")] })).await?;
    b.click("#download").await?;
    b.wait_for_text("#download", "Resume download").await?;
    b.wait_for_text(".notice-error", "offline").await?;

    // Resume with the network back: only what is missing is fetched.
    b.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await?;
    b.client.execute("performance.clearResourceTimings()", vec![]).await?;
    b.click("#download").await?;
    b.wait_for_text("#offline-state", "Downloaded").await?;
    let fetched = b
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name)\
             .filter(n => n.includes('/api/v1/blobs/')).map(n => n.split('/').pop())",
            vec![],
        )
        .await?;
    let fetched: Vec<String> = serde_json::from_value(fetched)?;
    let expected: Vec<String> = blobs[3..].iter().filter(|b| !blobs[..3].contains(b)).cloned().collect();
    let (mut fetched_sorted, mut expected_sorted) = (fetched.clone(), expected.clone());
    fetched_sorted.sort();
    expected_sorted.sort();
    ensure!(
        fetched_sorted == expected_sorted,
        "the resumed download fetched {fetched:?}; it must fetch exactly the blobs missing after the cut, \
         {expected:?}, and none of those stored before it"
    );

    // The service worker must hold the app shell before the server goes away.
    b.wait_for_service_worker().await?;

    // The server goes away; the learner reloads the page.
    server.stop();
    b.client.refresh().await?;
    b.wait_for_text("#offline-state", "Downloaded").await?;
    b.wait_for_text("#connectivity", "Offline").await?;

    // Open the third lesson and find its text, read from the browser's storage.
    b.click("ol.lessons li:nth-child(3) a").await?;
    b.wait_for_text("#lesson-body", THIRD_LESSON_TEXT).await?;
    let third = b.client.current_url().await?;
    // "Complete and continue" records it and opens the next lesson.
    b.click("#complete").await?;
    b.wait_for_script(&format!("return location.href !== {:?};", third.as_str()), "the next lesson").await?;
    b.client.goto(third.as_str()).await?;
    b.wait_for_text("#lesson-done", "Completed").await?;

    // The mark survives another reload, still offline.
    b.client.refresh().await?;
    b.wait_for_text("#lesson-body", THIRD_LESSON_TEXT).await?;
    b.wait_for_text("#lesson-done", "Completed").await?;

    // The catalog, offline, lists what is downloaded and says why.
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("main", "You are offline").await?;
    b.wait_for_text(&format!("a[href='/courses/{COURSE}']"), "Communications").await?;
    let listed = b.client.execute("return document.querySelectorAll('.card').length", vec![]).await?;
    ensure!(listed == 1, "offline, only the downloaded course is listed ({listed})");

    // A lesson's image is shown from storage too (an object URL, not the unreachable server).
    b.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{image_lesson}"))).await?;
    b.wait_for_script(
        "const img = document.querySelector('#lesson-body img'); \
         return !!img && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0",
        "the lesson image to load from storage",
    )
    .await?;
    b.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    b.wait_for_text("#course-progress", "1 of").await?;

    // The server comes back: the app notices and the catalog is the server's again.
    server.restart()?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("#connectivity", "Online").await?;
    b.wait_for_text(&format!("a[href='/courses/{COURSE}']"), "Communications").await?;
    b.wait_for_text("main", "Available offline").await?;

    // The course page shows the space used, and "Remove download" gives it back.
    b.click(&format!("a[href='/courses/{COURSE}']")).await?;
    b.wait_for_text("#offline-state", "on this device").await?;
    b.click("#remove").await?;
    b.wait_for_text("#download", "Download for offline").await?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text(&format!("a[href='/courses/{COURSE}']"), "Communications").await?;
    let badges = b.client.execute("return document.querySelectorAll('.badge').length", vec![]).await?;
    ensure!(badges == 0, "no course is marked as downloaded after removal ({badges} badges)");

    // The interface speaks Russian on request, and remembers it after a reload.
    b.click("#language option[value='ru']").await?;
    b.wait_for_text("main h1", "Курсы").await?;
    b.client.refresh().await?;
    b.wait_for_text("main h1", "Курсы").await?;
    b.wait_for_text("#connectivity", "В сети").await?;
    let lang = b.client.execute("return document.documentElement.lang", vec![]).await?;
    ensure!(lang == "ru", "the page language follows the interface: {lang}");
    browser.close().await
}
