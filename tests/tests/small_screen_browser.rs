//! The small screen (issue 15, point 5) on an emulated 360×740 phone: the header and the sync
//! line take at most about 100 px, for a learner and for a trainer with more links; the sync
//! details and "Sync now" open on tap, signing out goes through its own page; after a reload
//! with the server gone the header says "Online" within a couple of seconds of the server
//! answering again; the certificate page speaks plainly (no ".jwt", "Open Badges" or
//! "revocation list" in its visible text); the QR code's page shows the verdict first.
//! Screenshots go to `target/test-artifacts/`.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user, complete_course, sign_in};
use serde_json::{Value, json};

const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "correct horse battery";
const NAME: &str = "Айгерим Сапарова";
/// The most the header and the sync line may take on a phone (the issue asks for about 100).
const MAX_TOP_PX: f64 = 110.0;

/// A 360×740 phone's screen.
async fn phone_screen(browser: &Browser) -> Result<()> {
    let phone = json!({ "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true });
    browser.cdp("Emulation.setDeviceMetricsOverride", phone).await?;
    browser
        .wait_for_script(
            "return document.documentElement.clientWidth === 360 && window.innerHeight >= 700;",
            "a 360×740 screen",
        )
        .await
}

/// The bottom of the sync line (the header is above it), in CSS pixels from the top.
async fn top_height(browser: &Browser) -> Result<f64> {
    let bottom = browser
        .client
        .execute(
            "const h = document.querySelector('header.top').getBoundingClientRect();
             const s = document.querySelector('#sync-bar').getBoundingClientRect();
             return Math.max(h.bottom, s.bottom) - Math.min(h.top, s.top);",
            vec![],
        )
        .await?;
    bottom.as_f64().context("a height")
}

/// The visible text of the page's main part.
async fn main_text(browser: &Browser) -> Result<String> {
    let text = browser.client.execute("return document.querySelector('main').innerText;", vec![]).await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

fn plain(text: &str) -> Result<()> {
    let lower = text.to_lowercase();
    for jargon in [".jwt", "open badges", "revocation list", "jwt"] {
        ensure!(!lower.contains(jargon), "{jargon:?} in the visible text: {text}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn the_phone_screen_keeps_the_top_small_and_speaks_plainly() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aigerim", "--display-name", NAME], PASSWORD)?;
    let trainer =
        ["--login", "dana", "--display-name", "Дана Ахметова", "--organization", "Aral Youth Centre"];
    add_user(data.path(), &[trainer.as_slice(), &["--role", "administrator"]].concat(), PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;
    phone.client.goto(&server.url("/")).await?;
    phone_screen(&phone).await?;

    // A learner: the header and one sync line.
    phone.sign_in(&server, "aigerim", PASSWORD, NAME).await?;
    phone.wait_for_text("#sync-last", "Last synced").await?;
    let height = top_height(&phone).await?;
    let shot = phone.screenshot("small-screen-learner").await?;
    eprintln!("learner's header and sync line: {height} px ({})", shot.display());
    ensure!(height <= MAX_TOP_PX, "the header and sync line take {height} px");
    // The details and "Sync now" are one tap (or Enter) away, keyboard reachable.
    let hidden = phone
        .client
        .execute("const b = document.querySelector('#sync-now'); return !b.checkVisibility();", vec![])
        .await?;
    ensure!(hidden == json!(true), "Sync now is folded into the details");
    phone.client.find(fantoccini::Locator::Css("#sync-summary")).await?.click().await?;
    phone.wait_for_text("#sync-now", "Sync now").await?;
    let shot = phone.screenshot("small-screen-sync-details").await?;
    eprintln!("sync details: {}", shot.display());
    phone.client.find(fantoccini::Locator::Css("#sync-summary")).await?.click().await?;

    // Signing out is in the menu, not beside "Sync now", and goes to its own page.
    let beside =
        phone.client.execute("return !!document.querySelector('#sync-bar #sign-out');", vec![]).await?;
    ensure!(beside == json!(false), "no sign-out in the sync details");
    phone.client.find(fantoccini::Locator::Css("#menu-button")).await?.click().await?;
    let shot = phone.screenshot("small-screen-menu").await?;
    eprintln!("menu: {}", shot.display());
    phone.click("#sign-out").await?;
    phone.wait_for_script("return location.pathname === '/sign-out';", "the sign-out page").await?;
    phone.wait_for_text("#sign-out-confirm", "Sign out").await?;
    let open = phone.client.execute("return document.querySelector('#menu').open;", vec![]).await?;
    ensure!(open == json!(false), "the menu closes once it led somewhere");

    // The certificate, earned (through the API) and brought by a sync.
    let token = sign_in(server.port, "aigerim", PASSWORD)?;
    let answer = complete_course(server.port, &token, COURSE)?;
    let certificate = answer.certificates.first().context("a certificate")?.clone();
    phone.click("#sync-now").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    let uuid = certificate.id.trim_start_matches("urn:uuid:");
    phone.client.goto(&server.url(&format!("/certificates/{uuid}"))).await?;
    phone.wait_for_text("#certificate-learner", NAME).await?;
    phone.wait_for_script(
        "const s = document.querySelector('#certificate-status'); return !!s && s.dataset.status === 'valid';",
        "the certificate checked",
    ).await?;
    let text = main_text(&phone).await?;
    plain(&text).with_context(|| "the certificate page")?;
    ensure!(text.contains("for other systems"), "the files named for what they are for: {text}");
    let shot = phone.screenshot("small-screen-certificate").await?;
    eprintln!("certificate: {}", shot.display());

    // The QR code's address: the verdict first, the signed text folded away below it.
    let path =
        &certificate.verify_url[certificate.verify_url.find("/verify").context("a /verify address")?..];
    phone.client.goto(&server.url(path)).await?;
    phone
        .wait_for_script(
            "const s = document.querySelector('#verify-status'); return !!s && s.dataset.status === 'valid';",
            "the QR code's verdict",
        )
        .await?;
    let order: Value = phone
        .client
        .execute(
            "const v = document.querySelector('#verify-status').getBoundingClientRect();
             const t = document.querySelector('#verify-text').getBoundingClientRect();
             const input = document.querySelector('#verify-input');
             return { verdict: v.top, text: t.top, inputShown: input.checkVisibility(),
                      inView: v.bottom <= window.innerHeight };",
            vec![],
        )
        .await?;
    ensure!(
        order["verdict"].as_f64() < order["text"].as_f64(),
        "the verdict above the credential's text: {order}"
    );
    ensure!(order["inputShown"] == json!(false), "the signed text folded away: {order}");
    ensure!(order["inView"] == json!(true), "the verdict on the first screen: {order}");
    plain(&main_text(&phone).await?).with_context(|| "the verification page")?;
    let shot = phone.screenshot("small-screen-verify-link").await?;
    eprintln!("verification from the QR code: {}", shot.display());

    // A trainer-administrator: more links, still one row (they are in the menu), and one to
    // the organizations.
    phone.client.goto(&server.url("/sign-out")).await?;
    phone.click("#sign-out-confirm").await?;
    phone.wait_for_text("#signed-out", "").await?;
    phone.sign_in(&server, "dana", PASSWORD, "Дана Ахметова").await?;
    let height = top_height(&phone).await?;
    ensure!(height <= MAX_TOP_PX, "a trainer's header and sync line take {height} px");
    ensure!(
        phone.client.find(fantoccini::Locator::Css("#menu a[href='/organizations']")).await.is_ok(),
        "staff are led to their organizations"
    );
    let shot = phone.screenshot("small-screen-trainer").await?;
    eprintln!("trainer's header and sync line: {height} px ({})", shot.display());

    // Offline: the page reloaded with the server gone says so; once the server answers again
    // the header says "Online" within a couple of seconds, not at the next minute's sync.
    phone.wait_for_service_worker().await?;
    server.stop();
    phone.client.refresh().await?;
    phone.wait_for_text("#connectivity", "Offline").await?;
    server.restart()?;
    let back = Instant::now();
    phone.wait_for_text("#connectivity", "Online").await?;
    let took = back.elapsed();
    eprintln!("online again after {took:?}");
    ensure!(took < Duration::from_secs(4), "\"Online\" {took:?} after the server came back");
    phone.close().await
}
