//! A certificate end to end in the real client: the learner completes the sample course with
//! the server gone, syncs when it is back, and the certificate arrives in both forms; with the
//! server stopped again it still shows, verifies as valid on the device in both forms (the wallet
//! form in its checker, loaded on demand and kept), and its PDF opens from the device.

use anyhow::{Context, Result, ensure};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use dala_tests::{Browser, Server, add_user};

const COURSE: &str = dala_tests::SAMPLE_COURSE;
const PASSWORD: &str = "correct horse battery";
const NAME: &str = "Айгерим Сапарова";
/// True once the PDF link points at the copy kept on the device.
const PDF_KEPT: &str = "const a = document.querySelector('#download-pdf'); \
                        return !!a && (a.getAttribute('href') || '').startsWith('blob:');";

async fn status_is(browser: &Browser, css: &str, status: &str) -> Result<()> {
    browser
        .wait_for_script(
            &format!(
                "const e = document.querySelector('{css}'); return !!e && e.dataset.status === '{status}';"
            ),
            &format!("{css} to say {status}"),
        )
        .await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_certificate_earned_offline_arrives_with_sync_and_verifies_with_the_server_gone() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aigerim", "--display-name", NAME], PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;

    phone.sign_in(&server, "aigerim", PASSWORD, NAME).await?;
    phone.download_course(&server, COURSE).await?;

    // Offline: every lesson, then the final quiz, passed.
    server.stop();
    phone.complete_sample_course(&server).await?;

    // Back online: the sync sends the work and brings the certificate.
    server.restart()?;
    phone.click("#sync-now").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    phone.client.goto(&server.url("/certificates")).await?;
    phone.click("a.certificate-link").await?;
    status_is(&phone, "#certificate-status", "valid").await?;
    phone.wait_for_text("#certificate-learner", NAME).await?;
    phone.wait_for_text("#certificate-course", "Communications").await?;
    // The PDF is fetched once, while online, and kept on the device.
    phone.click("#download-pdf").await?;
    phone.wait_for_script(PDF_KEPT, "the PDF kept on the device").await?;
    let url = phone.client.current_url().await?;
    // The wallet form, kept on the device beside the JWT, and its link.
    let wallet = download_text(&phone, "#download-wallet").await?;
    let form: serde_json::Value = serde_json::from_str(&wallet).context("the wallet file is JSON")?;
    ensure!(form["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022", "{form}");
    let link = phone.wait_for_text("#certificate-wallet-url", "/wallet?key=").await?;
    let (status, served) =
        dala_tests::request(server.port, "GET", link.trim().trim_start_matches(&server.url("")), None, b"")?;
    ensure!(status == 200 && served == wallet.as_bytes(), "the wallet link serves the same form: {status}");
    // Its QR code, drawn by the device from the modules the server sent, reads as the link.
    let scanned = phone.scan_qr("#certificate-wallet-qr", "certificate-wallet-qr").await?;
    ensure!(scanned == link.trim(), "the wallet QR code reads {scanned:?}, not the link {link:?}");
    // Online, the verification page checks it at the server, and then loads the wallet form's
    // checker (its own app) in the background, so that the device keeps it.
    phone.client.goto(&server.url("/verify")).await?;
    phone.type_into("#verify-input", &wallet).await?;
    phone.click("#verify-submit").await?;
    status_is(&phone, "#verify-status", "valid").await?;
    phone
        .wait_for_script(
            "return caches.match('/wallet-check.html').then(hit => !!hit)",
            "the service worker to keep the wallet form's checker",
        )
        .await?;
    // The verification page is its own app (strangers open it once; a learner's app does not
    // carry it): opened once online, the device keeps it.
    phone.client.goto(&server.url("/verify")).await?;
    phone.wait_for_script("return !!document.querySelector('#verify-input')", "the verify page").await?;
    phone
        .wait_for_script(
            "return caches.match('/verify.html').then(hit => !!hit)",
            "the service worker to keep the verify page",
        )
        .await?;

    // The server is gone again: the certificate still shows and verifies on the device.
    server.stop();
    phone.client.goto(url.as_str()).await?;
    status_is(&phone, "#certificate-status", "valid").await?;
    phone.wait_for_text("#certificate-learner", NAME).await?;
    let age = phone.wait_for_text("#certificate-list-age", "").await?;
    ensure!(!age.trim().is_empty(), "the page says how old the revocation list is");
    phone.wait_for_script(PDF_KEPT, "the PDF served from the device with the server gone").await?;
    let size = phone
        .run_async(
            "const done = arguments[0]; fetch(document.querySelector('#download-pdf').href)
               .then(r => r.arrayBuffer()).then(b => done(b.byteLength)).catch(e => done(String(e)));",
        )
        .await?;
    ensure!(size.as_u64().is_some_and(|n| n > 5_000), "the PDF kept on the device: {size}");

    // The verification page, offline: the same check on the pasted credential.
    ensure!(download_text(&phone, "#download-wallet").await? == wallet, "the wallet file, from the device");
    let scanned = phone.scan_qr("#certificate-wallet-qr", "certificate-wallet-qr-offline").await?;
    ensure!(scanned == link.trim(), "offline, the wallet QR code reads {scanned:?}");
    let jwt = download_text(&phone, "#download-jwt").await?;
    ensure!(jwt.split('.').count() == 3, "a compact JWT: {jwt}");
    phone.client.goto(&server.url("/verify")).await?;
    phone.type_into("#verify-input", &jwt).await?;
    phone.click("#verify-submit").await?;
    status_is(&phone, "#verify-status", "valid").await?;
    // Another name put into the payload, the signature kept: altered.
    let parts: Vec<&str> = jwt.split('.').collect();
    let payload = String::from_utf8(URL_SAFE_NO_PAD.decode(parts[1])?)?.replace(NAME, "Someone Else");
    let tampered = [parts[0], &URL_SAFE_NO_PAD.encode(payload), parts[2]].join(".");
    phone.client.goto(&server.url("/verify")).await?;
    phone.type_into("#verify-input", &tampered).await?;
    phone.click("#verify-submit").await?;
    status_is(&phone, "#verify-status", "altered").await?;
    // The wallet form offline, in its checker on the device: valid, and a changed name altered.
    let tampered_wallet = wallet.replace(NAME, "Someone Else");
    ensure!(tampered_wallet != wallet);
    for (form, status) in [(&wallet, "valid"), (&tampered_wallet, "altered")] {
        phone.client.goto(&server.url("/verify")).await?;
        phone.type_into("#verify-input", form).await?;
        phone.click("#verify-submit").await?;
        if let Err(e) = status_is(&phone, "#verify-status", status).await {
            let shown = phone.run_async("arguments[0](document.querySelector('main').innerText + ' | frames: ' + document.querySelectorAll('iframe').length)").await?;
            anyhow::bail!("{e}: {shown}");
        }
    }
    phone.close().await
}

/// The text behind a download link of the certificate page.
async fn download_text(phone: &Browser, css: &str) -> Result<String> {
    let text = phone
        .run_async(&format!(
            "const done = arguments[0]; fetch(document.querySelector('{css}').href)
               .then(r => r.text()).then(done).catch(e => done(String(e)));"
        ))
        .await?;
    Ok(text.as_str().with_context(|| format!("the download {css}"))?.to_owned())
}
