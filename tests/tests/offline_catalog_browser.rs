//! The catalog offline (issue 16, item 3): the last catalog seen is kept on the device and
//! shown when the server cannot be reached, the downloaded courses first and the others saying
//! they need a connection; also for a visit where nothing was downloaded.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Browser, Server, add_user, dala_binary};

/// A third course beside the two translations of the sample course, so the catalog has two
/// cards and "first" means something.
const EXTRA: &str = "first-aid-basics";

fn sample_courses() -> PathBuf {
    std::env::var_os("DALA_COURSES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses"))
}

/// Publishes a copy of the English sample course as `EXTRA` (its own title, no translations)
/// into the installation in `data_dir`, with `dala course import`.
fn import_extra_course(data_dir: &Path) -> Result<()> {
    let source = sample_courses().join("cso-communications-en");
    let folder = tempfile::tempdir()?;
    let target = folder.path().join(EXTRA);
    std::fs::create_dir_all(&target)?;
    for file in std::fs::read_dir(&source)? {
        let file = file?;
        std::fs::copy(file.path(), target.join(file.file_name()))?;
    }
    let toml = std::fs::read_to_string(target.join("course.toml"))?;
    let toml: String = toml
        .lines()
        .filter(|l| !l.starts_with("translations"))
        .map(|l| if l.starts_with("title") { "title = \"Basic first aid for field staff\"" } else { l })
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(target.join("course.toml"), toml)?;
    let status = Command::new(dala_binary())
        .args(["course", "import"])
        .arg(&target)
        .arg("--data-dir")
        .arg(data_dir)
        .env("DALA_LOG", "warn")
        .status()
        .context("could not run `dala course import`")?;
    ensure!(status.success(), "dala course import failed ({status})");
    Ok(())
}

/// The catalog's cards, in order: each card's course slug and whether it is marked as needing
/// a connection (with no link to a course page).
async fn cards(b: &Browser) -> Result<Vec<(String, bool)>> {
    let listed = b
        .client
        .execute(
            "return [...document.querySelectorAll('li.card')].map(c => [c.dataset.slug, \
             c.classList.contains('needs-connection') \
             && c.innerText.includes('Needs a connection to download') \
             && !c.querySelector('h2 a')])",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(listed)?)
}

/// Waits for the app's own cards: the server's first paint shows the same cards before the app
/// has fetched (and kept) the catalog.
async fn wait_for_cards(b: &Browser, count: usize) -> Result<()> {
    b.wait_for_app().await?;
    b.wait_for_script(
        &format!("return document.querySelectorAll('li.card').length === {count}"),
        &format!("{count} course cards"),
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn offline_the_last_catalog_shows_with_the_downloaded_course_first() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "dana", "--display-name", "Dana Example"], "correct horse battery")?;
    import_extra_course(data.path())?;
    let mut server = Server::start(data.path())?;
    let browser = Browser::start().await?;
    let b = &browser;

    // Online: two cards (the sample course with its translation, and the extra course).
    b.sign_in(&server, "dana", "correct horse battery", "Dana Example").await?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("#connectivity", "Online").await?;
    wait_for_cards(b, 2).await?;
    let online = cards(b).await?;
    ensure!(online.iter().all(|(_, marked)| !marked), "online, no card needs a connection: {online:?}");
    // Download the course the server lists last, so that "first" offline is the device's doing.
    let (downloaded, _) = online.last().cloned().context("a card")?;
    b.download_course(&server, &downloaded).await?;

    // What is kept for every user of the device is the public catalog: nothing of Dana's.
    let kept = b.client.execute("return localStorage.getItem('dala.catalog')", vec![]).await?;
    let kept = kept.as_str().context("the catalog is kept in localStorage")?.to_owned();
    ensure!(
        kept.contains(EXTRA) && kept.contains("cso-communications-en"),
        "the whole catalog is kept: {kept}"
    );
    let token = b
        .run_async(
            "const done = arguments[0]; const open = indexedDB.open('dala'); \
             open.onsuccess = () => { const get = open.result.transaction('account').objectStore('account').get('session'); \
             get.onsuccess = () => done(JSON.parse(get.result).token); };",
        )
        .await?;
    let token = token.as_str().context("a session token")?.to_owned();
    for personal in ["dana", "Dana Example", &token] {
        ensure!(
            !kept.to_lowercase().contains(&personal.to_lowercase()),
            "the kept catalog holds {personal:?}: {kept}"
        );
    }

    // The server goes away; the learner reloads the catalog.
    server.stop();
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("#connectivity", "Offline").await?;
    b.wait_for_text("#catalog-offline", "You are offline. This is the catalog as it was on").await?;
    wait_for_cards(b, 2).await?;
    let offline = cards(b).await?;
    ensure!(
        offline.first().is_some_and(|(slug, marked)| *slug == downloaded && !marked),
        "offline, the downloaded course {downloaded} comes first, unmarked: {offline:?}"
    );
    ensure!(
        offline[1..].iter().all(|(_, marked)| *marked),
        "every other course needs a connection: {offline:?}"
    );
    let buttons = b.client.execute("return document.querySelectorAll('main button').length", vec![]).await?;
    ensure!(buttons == 0, "no button on the offline catalog ({buttons})");
    b.screenshot("offline-catalog-360").await?;
    b.check_accessibility("the offline catalog").await?;
    b.click(&format!("a[href='/courses/{downloaded}']")).await?;
    b.wait_for_text("#offline-state", "Downloaded").await?;

    // The server comes back: the same page becomes the server's catalog, with no mark.
    server.restart()?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("#connectivity", "Online").await?;
    b.wait_for_script("return !document.querySelector('#catalog-offline')", "the server's catalog").await?;
    wait_for_cards(b, 2).await?;
    let back = cards(b).await?;
    ensure!(back.iter().all(|(_, marked)| !marked), "online again, nothing is marked: {back:?}");
    browser.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_visit_with_nothing_downloaded_still_shows_the_catalog_offline() -> Result<()> {
    let data = tempfile::tempdir()?;
    import_extra_course(data.path())?;
    let mut server = Server::start(data.path())?;
    let browser = Browser::start().await?;
    let b = &browser;

    // One visit, signed out, nothing downloaded; the service worker keeps the app.
    b.client.goto(&server.url("/")).await?;
    wait_for_cards(b, 2).await?;
    b.wait_for_service_worker().await?;

    server.stop();
    b.client.refresh().await?;
    b.wait_for_text("#connectivity", "Offline").await?;
    b.wait_for_text("#catalog-offline", "You are offline").await?;
    wait_for_cards(b, 2).await?;
    let offline = cards(b).await?;
    if !offline.iter().all(|(_, marked)| *marked) {
        bail!("with nothing downloaded, every course needs a connection: {offline:?}");
    }
    let text = b.client.find(fantoccini::Locator::Css("main")).await?.text().await?;
    ensure!(!text.contains("No courses are downloaded"), "the catalog shows, not the empty page: {text}");
    browser.close().await
}
