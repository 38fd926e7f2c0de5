//! Files that travel, in the real client, with the server stopped the whole time after the
//! learner's one visit: a course file opened from the file picker (a changed one refused with
//! nothing kept), the course studied to the end, her progress saved to a file; the server's
//! command line imports it and writes the return file; the browser, still offline, imports that
//! and shows the certificate, valid on the device.
//!
//! And "Save for sharing": a course downloaded on one device is written to a file there with
//! no network, and opened on another that visited the site once; a newer version from a file
//! keeps the learner's progress, an older one is refused. And a shared phone: what one learner
//! saved for her trainer is not the next one's to carry, nor her return file his to open.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Browser, Server, add_user, dala_binary};
use serde_json::json;

use dala_tests::{SAMPLE_COURSE as COURSE, SAMPLE_LESSONS};
const PASSWORD: &str = "correct horse battery";
const NAME: &str = "Айгерим Сапарова";

/// True once this device's key for the signed-in account is registered with the server.
const DEVICE_REGISTERED: &str = "const done = arguments[0];
    const open = indexedDB.open('dala');
    open.onerror = () => done(false);
    open.onsuccess = () => {
        const get = open.result.transaction('account').objectStore('account').get('device_secret');
        get.onsuccess = () => done(!!get.result && JSON.parse(get.result).registered === true);
        get.onerror = () => done(false);
    };";

/// A script that counts the records of IndexedDB store `store` (-1 if it cannot).
fn count_of(store: &str) -> String {
    format!(
        "const done = arguments[0];
    const open = indexedDB.open('dala');
    open.onerror = () => done(-1);
    open.onsuccess = () => {{
        const count = open.result.transaction('{store}').objectStore('{store}').count();
        count.onsuccess = () => done(count.result);
        count.onerror = () => done(-1);
    }};"
    )
}

/// True once the device holds the installation's keys (the trust data).
const TRUST_HELD: &str = "const done = arguments[0];
    const open = indexedDB.open('dala');
    open.onerror = () => done(false);
    open.onsuccess = () => {
        if (!open.result.objectStoreNames.contains('trust')) { done(false); return; }
        const get = open.result.transaction('trust').objectStore('trust').get('current');
        get.onsuccess = () => done(!!get.result);
        get.onerror = () => done(false);
    };";

fn dala(data: &Path, args: &[&str]) -> Result<std::process::Output> {
    let output = Command::new(dala_binary())
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .env("DALA_LOG", "warn")
        .output()
        .context("could not run dala")?;
    Ok(output)
}

/// The one file in `dir` whose name ends in `extension`, once the browser has finished it.
async fn downloaded(dir: &Path, extension: &str) -> Result<PathBuf> {
    for _ in 0..100 {
        let found: Vec<PathBuf> = std::fs::read_dir(dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == extension))
            .collect();
        if let [one] = found.as_slice() {
            return Ok(one.clone());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    bail!("no .{extension} file was saved in {}", dir.display())
}

fn shows(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_course_and_progress_travel_as_files_with_the_server_stopped() -> Result<()> {
    let data = tempfile::tempdir()?;
    let carried = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aigerim", "--display-name", NAME], PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;

    // Her one visit online: she signs in; the device registers its key and keeps the
    // installation's keys; the app shell is on the device.
    phone.sign_in(&server, "aigerim", PASSWORD, NAME).await?;
    wait_registered(&phone).await?;
    phone.wait_for_service_worker().await?;

    // The server stops for good; its command line packs the course.
    server.stop();
    let course_file = carried.path().join(format!("{COURSE}.dala"));
    let packed = dala(data.path(), &["course", "pack", COURSE, course_file.to_str().unwrap()])?;
    ensure!(packed.status.success(), "dala course pack: {packed:?}");

    phone.client.goto(&server.url("/without-network")).await?;
    phone.wait_for_text("#connectivity", "Offline").await?;
    phone.wait_for_text("#carry-course-heading", "A course from a file").await?;

    // A changed course file is refused, and nothing of it is kept.
    let mut changed = std::fs::read(&course_file)?;
    let middle = changed.len() / 2;
    changed[middle] ^= 0x20;
    let changed_file = carried.path().join("changed.dala");
    std::fs::write(&changed_file, changed)?;
    choose(&phone, "#carry-course-file", &changed_file).await?;
    let refusal = phone.wait_for_text("#main [role=alert]", "").await?;
    ensure!(!refusal.trim().is_empty(), "the refusal says why");
    ensure!(
        phone.run_async(&count_of("courses")).await? == json!(0),
        "a refused file left nothing on the device"
    );

    // The genuine file opens; the course is studied to the end, offline.
    phone.client.goto(&server.url("/without-network")).await?;
    phone.wait_for_text("#carry-course-heading", "A course from a file").await?;
    choose(&phone, "#carry-course-file", &course_file).await?;
    phone.wait_for_text("#carry-course-done", "is on this device now").await?;
    ensure!(phone.run_async(&count_of("courses")).await? == json!(1), "the course is kept");
    phone.complete_sample_course(&server).await?;

    // Her progress, saved to a file that shows nothing of her or the course.
    let downloads = tempfile::tempdir()?;
    save_downloads_in(&phone, downloads.path()).await?;
    phone.client.goto(&server.url("/without-network")).await?;
    phone.wait_for_text("#carry-progress-waiting", "changes are waiting").await?;
    phone.check_accessibility("the page Without a network").await?;
    phone.click("#carry-progress-save").await?;
    phone.wait_for_text("#carry-progress-done", "Saved a file with").await?;
    let progress_file = downloaded(downloads.path(), "dalp").await?;
    let name = progress_file.file_name().unwrap().to_string_lossy().into_owned();
    ensure!(name.starts_with("progress-"), "a neutral name: {name}");
    let bytes = std::fs::read(&progress_file)?;
    for text in ["aigerim", NAME, COURSE, "Communications", SAMPLE_LESSONS[0]] {
        ensure!(!shows(&bytes, text), "the progress file shows {text:?}");
    }

    // At a connected point: the server's command line imports it and writes the return file.
    let public_url = server.url("");
    let imported = dala(
        data.path(),
        &["progress", "import", progress_file.to_str().unwrap(), "--public-url", &public_url],
    )?;
    ensure!(imported.status.success(), "dala progress import: {imported:?}");
    ensure!(String::from_utf8_lossy(&imported.stdout).contains("0 refused"), "{imported:?}");
    let returned = dala(
        data.path(),
        &["progress", "return", progress_file.to_str().unwrap(), "--public-url", &public_url],
    )?;
    ensure!(returned.status.success(), "dala progress return: {returned:?}");
    ensure!(String::from_utf8_lossy(&returned.stdout).contains("1 certificate(s)"), "{returned:?}");
    let return_file = downloaded(downloads.path(), "dalr").await?;

    // Back on her phone, still offline: the return file confirms her work and brings the
    // certificate, valid on the device.
    choose(&phone, "#carry-return-file", &return_file).await?;
    phone.wait_for_text("#carry-return-done", "changes confirmed").await?;
    phone.wait_for_text("#carry-return-done", "One new certificate").await?;
    phone.wait_for_text("#carry-progress-waiting", "Nothing is waiting").await?;
    phone.client.goto(&server.url("/certificates")).await?;
    phone.click("a.certificate-link").await?;
    phone
        .wait_for_script(
            "const e = document.querySelector('#certificate-status'); return !!e && e.dataset.status === 'valid';",
            "the certificate to verify as valid on the device",
        )
        .await?;
    phone.wait_for_text("#certificate-learner", NAME).await?;
    phone.close().await
}

/// Chooses `file` in the file input `css` (a file picker, as the learner would), once the page
/// shows it.
async fn choose(browser: &Browser, css: &str, file: &Path) -> Result<()> {
    browser.wait_for_script(&format!("return !!document.querySelector('{css}')"), css).await?;
    browser.client.find(fantoccini::Locator::Css(css)).await?.send_keys(file.to_str().unwrap()).await?;
    Ok(())
}

/// Lets the browser save downloads into `dir`.
async fn save_downloads_in(browser: &Browser, dir: &Path) -> Result<()> {
    browser
        .cdp(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": dir.to_str().unwrap() }),
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_course_saved_for_sharing_opens_offline_elsewhere_and_a_newer_version_keeps_progress() -> Result<()>
{
    const SECOND_LESSON_ADDS: &str = "A sentence only the second version has.";
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aigerim", "--display-name", NAME], PASSWORD)?;
    add_user(data.path(), &["--login", "dana", "--display-name", "Дана"], PASSWORD)?;
    let mut server = Server::start(data.path())?;

    // Her phone downloads the course; Dana's laptop opens the site once, which keeps the
    // installation's keys.
    let phone = Browser::start().await?;
    phone.sign_in(&server, "aigerim", PASSWORD, NAME).await?;
    phone.download_course(&server, COURSE).await?;
    let laptop = Browser::start().await?;
    laptop.sign_in(&server, "dana", PASSWORD, "Дана").await?;
    laptop.wait_for_service_worker().await?;
    let start = std::time::Instant::now();
    while laptop.run_async(TRUST_HELD).await?.as_bool() != Some(true) {
        ensure!(start.elapsed().as_secs() < 30, "the installation's keys never reached the laptop");
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }

    // The network is gone. "Save for sharing" writes the course file on the phone.
    server.stop();
    let shared = tempfile::tempdir()?;
    save_downloads_in(&phone, shared.path()).await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.wait_for_text("#connectivity", "Offline").await?;
    phone.click("#course-share").await?;
    phone.wait_for_text("#course-share-done", "Saved").await?;
    let first_version = downloaded(shared.path(), "dala").await?;
    ensure!(first_version.file_name().unwrap() == format!("{COURSE}.dala").as_str(), "{first_version:?}");
    // Compressed by the browser: about the size of the server's own file of the same version.
    let by_server = shared.path().join("by-server.dala");
    let packed = dala(data.path(), &["course", "pack", COURSE, by_server.to_str().unwrap()])?;
    ensure!(packed.status.success(), "dala course pack: {packed:?}");
    let (ours, theirs) = (std::fs::metadata(&first_version)?.len(), std::fs::metadata(&by_server)?.len());
    ensure!(ours * 10 <= theirs * 11, "the shared file is {ours} bytes, the server's {theirs}");
    std::fs::remove_file(&by_server)?;
    phone.close().await?;

    // The laptop opens it, still offline, and Dana studies the first lesson.
    laptop.client.goto(&server.url("/without-network")).await?;
    laptop.wait_for_text("#connectivity", "Offline").await?;
    choose(&laptop, "#carry-course-file", &first_version).await?;
    laptop.wait_for_text("#carry-course-done", "is on this device now").await?;
    ensure!(laptop.run_async(&count_of("courses")).await? == json!(1), "the course is kept");
    laptop.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{}", SAMPLE_LESSONS[0]))).await?;
    laptop.click("#complete").await?;
    laptop
        .wait_for_script(
            &format!("return !location.pathname.endsWith('/lessons/{}')", SAMPLE_LESSONS[0]),
            "the page after the completed lesson",
        )
        .await?;
    laptop.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    laptop.wait_for_text("#main", "1 of 7 lessons complete").await?;

    // A trainer publishes a second version (the second lesson changed) and packs it.
    let edited = tempfile::tempdir()?;
    let course_dir = edited.path().join(COURSE);
    std::fs::create_dir(&course_dir)?;
    let source = dala_tests::courses_dir().join(COURSE);
    for entry in std::fs::read_dir(&source)? {
        let entry = entry?;
        std::fs::copy(entry.path(), course_dir.join(entry.file_name()))?;
    }
    let lesson = course_dir.join("02-audiences-and-messages.md");
    let text = std::fs::read_to_string(&lesson)?;
    std::fs::write(&lesson, format!("{text}\n{SECOND_LESSON_ADDS}\n"))?;
    let published = dala(data.path(), &["course", "import", course_dir.to_str().unwrap()])?;
    ensure!(published.status.success(), "dala course import: {published:?}");
    let second_version = shared.path().join("second.dala");
    let packed = dala(data.path(), &["course", "pack", COURSE, second_version.to_str().unwrap()])?;
    ensure!(packed.status.success(), "dala course pack: {packed:?}");

    // The newer version replaces the one held; her progress stays.
    laptop.client.goto(&server.url("/without-network")).await?;
    choose(&laptop, "#carry-course-file", &second_version).await?;
    laptop.wait_for_text("#carry-course-done", "your progress in it is kept").await?;
    laptop.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    laptop.wait_for_text("#main", "1 of 7 lessons complete").await?;
    laptop.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{}", SAMPLE_LESSONS[1]))).await?;
    laptop.wait_for_text("#lesson-body", SECOND_LESSON_ADDS).await?;

    // The older file, offered again, is refused: the newer version stays.
    laptop.client.goto(&server.url("/without-network")).await?;
    choose(&laptop, "#carry-course-file", &first_version).await?;
    laptop.wait_for_text("#main [role=alert]", "newer version").await?;
    laptop.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{}", SAMPLE_LESSONS[1]))).await?;
    laptop.wait_for_text("#lesson-body", SECOND_LESSON_ADDS).await?;
    laptop.check_accessibility("a course page with Save for sharing").await?;
    laptop.close().await
}

/// The device's outbox: every account's waiting events.
const EVENTS: &str = "events";

/// Waits until the signed-in account's device key is registered, syncing meanwhile.
async fn wait_registered(browser: &Browser) -> Result<()> {
    let start = std::time::Instant::now();
    while browser.run_async(DEVICE_REGISTERED).await?.as_bool() != Some(true) {
        ensure!(start.elapsed().as_secs() < 30, "the device key was never registered");
        browser.click("#sync-now").await.ok();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    Ok(())
}

/// One phone, two learners: what one saved for her trainer is neither shown to the next nor
/// carried in his file, and her return file does not open under his account.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn on_a_shared_phone_each_learner_carries_only_their_own_work() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aigerim", "--display-name", NAME], PASSWORD)?;
    add_user(data.path(), &["--login", "bolat", "--display-name", "Bolat"], PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;
    phone.sign_in(&server, "aigerim", PASSWORD, NAME).await?;
    wait_registered(&phone).await?;
    phone.download_course(&server, COURSE).await?;

    // Offline, she completes a lesson, saves her progress file, and signs out.
    server.stop();
    let downloads = tempfile::tempdir()?;
    save_downloads_in(&phone, downloads.path()).await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}/lessons/{}", SAMPLE_LESSONS[0]))).await?;
    phone.click("#complete").await?;
    phone
        .wait_for_script(
            &format!("return !location.pathname.endsWith('/lessons/{}')", SAMPLE_LESSONS[0]),
            "the page after the completed lesson",
        )
        .await?;
    phone.client.goto(&server.url("/without-network")).await?;
    phone.wait_for_text("#carry-progress-waiting", "changes are waiting").await?;
    phone.click("#carry-progress-save").await?;
    phone.wait_for_text("#carry-progress-done", "Saved a file with").await?;
    let her_file = downloaded(downloads.path(), "dalp").await?;
    phone.click("#sign-out").await?;
    // Signing out says that her return file will not open here afterwards.
    phone.wait_for_text("#sign-out-return-file", "opens here only until you sign out").await?;
    phone.click("#sign-out-confirm").await?;
    phone.wait_for_text("#signed-out", "Nothing of your account").await?;
    let hers = phone.run_async(&count_of(EVENTS)).await?;
    ensure!(hers.as_u64().is_some_and(|n| n > 0), "her work stays on the phone, hers: {hers}");

    // Bolat signs in on the same phone (online once), then the network goes again: nothing of
    // hers waits for him, so his file cannot carry it.
    server.restart()?;
    phone.sign_in(&server, "bolat", PASSWORD, "Bolat").await?;
    wait_registered(&phone).await?;
    server.stop();
    phone.client.goto(&server.url("/without-network")).await?;
    phone.wait_for_text("#carry-progress-waiting", "Nothing is waiting").await?;

    // Her trainer imports her file and writes her return file; on the phone, under his
    // account, it is refused and her work still waits.
    let public_url = server.url("");
    let imported =
        dala(data.path(), &["progress", "import", her_file.to_str().unwrap(), "--public-url", &public_url])?;
    ensure!(imported.status.success(), "dala progress import: {imported:?}");
    let returned =
        dala(data.path(), &["progress", "return", her_file.to_str().unwrap(), "--public-url", &public_url])?;
    ensure!(returned.status.success(), "dala progress return: {returned:?}");
    let return_file = downloaded(downloads.path(), "dalr").await?;
    choose(&phone, "#carry-return-file", &return_file).await?;
    phone.wait_for_text("#main [role=alert]", "another device or another account").await?;
    ensure!(phone.run_async(&count_of(EVENTS)).await? == hers, "her waiting work is untouched");
    phone.close().await
}
