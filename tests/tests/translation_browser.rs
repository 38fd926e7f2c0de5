//! Courses that stay translated (issue 17, item 6): after a lesson of the source course
//! changes, the translation's editor lists that lesson as "Source changed on DATE", shows the
//! source's old and new text side by side (stacked on a phone), and "Mark as updated" records the
//! new text: saved, the notice is gone, after a reload too.

use std::time::Duration;

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user, call, sign_in};
use dala_wire::{CourseDraft, SignInResponse, StoredDraft, TranslationRecord, TranslationStatus};
use serde_json::json;
use sha2::{Digest, Sha256};

const PASSWORD: &str = "correct horse battery";
const SOURCE: &str = "keeping-donors-en";
const TRANSLATION: &str = "keeping-donors-kk";
const OLD: &str = "# Saying thank you\n\nWithin a week.\n";
const NEW: &str = "# Saying thank you\n\nWithin three days, by phone if you can.\n";
const REPORTS: &str = "# Reporting back\n\nWhat the money did.\n";

use dala_tests::{course_draft as draft, draft_lesson as lesson};

fn publish(server: &Server, token: &str, slug: &str, revision: u64) -> Result<()> {
    let path = format!("/api/v1/courses/{slug}/publish");
    call(server.port, "POST", &path, Some(token), Some(&json!({ "revision": revision })))?;
    Ok(())
}

fn server_draft(server: &Server, token: &str, slug: &str) -> Result<StoredDraft> {
    let path = format!("/api/v1/courses/{slug}/draft");
    Ok(serde_json::from_slice(&call(server.port, "GET", &path, Some(token), None)?)?)
}

/// The English course published, its Kazakh translation recording the English text, then the
/// English first lesson changed and published again.
fn courses(server: &Server, token: &str) -> Result<()> {
    let me: SignInResponse = serde_json::from_slice(&call(
        server.port,
        "POST",
        "/api/v1/sessions",
        None,
        Some(&json!({ "login": "dana", "password": PASSWORD })),
    )?)?;
    let organization = &me.user.memberships.first().context("a membership")?.organization_id;
    let create = |draft: &CourseDraft| {
        let path = format!("/api/v1/organizations/{organization}/courses");
        call(server.port, "POST", &path, Some(token), Some(&json!({ "draft": draft })))
    };
    let mut english =
        draft(SOURCE, "en", "Keeping donors", vec![lesson("thanks", OLD), lesson("reports", REPORTS)]);
    create(&english)?;
    publish(server, token, SOURCE, 1)?;
    let mut kazakh = draft(
        TRANSLATION,
        "kk",
        "Демеушілерді сақтау",
        vec![
            lesson("thanks", "# Алғыс айту\n\nБір апта ішінде.\n"),
            lesson("reports", "# Есеп беру\n\nАқша не істеді.\n"),
        ],
    );
    let sha = |text: &str| hex::encode(Sha256::digest(text.as_bytes()));
    kazakh.metadata.translation = Some(TranslationRecord {
        source: SOURCE.into(),
        status: TranslationStatus::Draft,
        lessons: [("thanks".to_owned(), sha(OLD)), ("reports".to_owned(), sha(REPORTS))].into(),
    });
    create(&kazakh)?;
    publish(server, token, TRANSLATION, 1)?;
    english.items[0] = lesson("thanks", NEW);
    let path = format!("/api/v1/courses/{SOURCE}/draft");
    call(server.port, "PUT", &path, Some(token), Some(&json!({ "base_revision": 1, "draft": english })))?;
    publish(server, token, SOURCE, 2)?;
    Ok(())
}

async fn text_of(browser: &Browser, css: &str) -> Result<String> {
    let script = format!("const e = document.querySelector('{css}'); return e ? e.textContent : null;");
    Ok(browser.client.execute(&script, vec![]).await?.as_str().unwrap_or_default().to_owned())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_translation_shows_its_changed_source_until_marked_updated() -> Result<()> {
    let data = tempfile::tempdir()?;
    let account = ["--login", "dana", "--display-name", "Дана", "--organization", "Aral Youth Centre"];
    add_user(data.path(), &[&account[..], &["--role", "trainer"]].concat(), PASSWORD)?;
    let server = Server::start(data.path())?;
    let token = sign_in(server.port, "dana", PASSWORD)?;
    courses(&server, &token)?;
    let changes = server_draft(&server, &token, TRANSLATION)?.source_changes;
    ensure!(changes.len() == 1 && changes[0].lesson == "thanks", "the server's changes: {changes:?}");
    let changed_ms = changes[0].changed_at as f64 * 1000.0;

    let browser = Browser::start().await?;
    browser.sign_in(&server, "dana", PASSWORD, "Дана").await?;
    browser.client.goto(&server.url(&format!("/author/{TRANSLATION}"))).await?;
    browser.wait_for_text("h1", "Демеушілерді сақтау").await?;

    // In the list: the changed lesson, with the day of the English version that changed it,
    // as the editor writes dates; the other lesson says nothing.
    let day: String = serde_json::from_value(
        browser
            .client
            .execute(
                "return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(arguments[0]));",
                vec![json!(changed_ms)],
            )
            .await?,
    )?;
    let notice = browser.wait_for_text("#source-changed-0", "Source changed on").await?;
    ensure!(
        notice.trim() == format!("Source changed on {day}"),
        "the list says {notice:?}, not the day {day}"
    );
    ensure!(text_of(&browser, "#source-changed-1").await?.is_empty(), "the second lesson is up to date");
    let described: String = serde_json::from_value(
        browser
            .client
            .execute("return document.querySelector('#items li:nth-child(1) .item-title').getAttribute('aria-describedby');", vec![])
            .await?,
    )?;
    ensure!(described == "source-changed-0", "the lesson's button is described by its notice");

    // In the lesson: both texts, in the source's language and their own direction.
    browser.wait_for_text("#source-change-heading", &format!("Source changed on {day}")).await?;
    ensure!(text_of(&browser, "#source-old").await? == OLD, "the old text");
    ensure!(text_of(&browser, "#source-new").await? == NEW, "the new text");
    let attributes: Vec<String> = serde_json::from_value(
        browser
            .client
            .execute("const e = document.querySelector('#source-new'); return [e.lang, e.dir];", vec![])
            .await?,
    )?;
    ensure!(attributes == ["en", "auto"], "the source text's lang and dir: {attributes:?}");
    // Side by side on a wide screen, stacked on a phone.
    let layout = "const [a, b] = Array.from(document.querySelectorAll('.source-texts figure')).map(f => f.getBoundingClientRect()); \
                  return b.top >= a.bottom ? 'stacked' : 'side by side';";
    browser.client.set_window_size(1280, 900).await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let wide: String = serde_json::from_value(browser.client.execute(layout, vec![]).await?)?;
    browser.client.set_window_size(360, 800).await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let narrow: String = serde_json::from_value(browser.client.execute(layout, vec![]).await?)?;
    ensure!((wide.as_str(), narrow.as_str()) == ("side by side", "stacked"), "{wide}, then {narrow}");
    let overflow: bool = serde_json::from_value(
        browser
            .client
            .execute(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;",
                vec![],
            )
            .await?,
    )?;
    ensure!(!overflow, "nothing wider than a 360 px screen");
    let shot = browser.screenshot("translation-source-changed-360").await?;
    eprintln!("screenshot: {}", shot.display());
    browser.check_accessibility("a translation's lesson whose source changed").await?;
    browser.client.set_window_size(1280, 900).await?;

    // Marked as updated from the keyboard: saved, and the notice is gone.
    browser.client.execute("document.querySelector('#mark-updated').focus();", vec![]).await?;
    browser.client.active_element().await?.send_keys("\u{e007}").await?; // Enter
    browser
        .wait_for_script(
            "return !document.querySelector('#source-change') && !document.querySelector('#source-changed-0');",
            "the notice gone once marked as updated",
        )
        .await?;
    browser
        .wait_for_script(
            "const s = document.querySelector('#save-state'); return !!s && s.dataset.state === 'server';",
            "the mark saved",
        )
        .await?;
    let start = std::time::Instant::now();
    while !server_draft(&server, &token, TRANSLATION)?.source_changes.is_empty() {
        ensure!(start.elapsed() < Duration::from_secs(30), "the server never held the mark");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    browser.client.refresh().await?;
    browser.wait_for_text("h1", "Демеушілерді сақтау").await?;
    browser.wait_for_text("#lesson-editor-heading", "Алғыс айту").await?;
    ensure!(
        text_of(&browser, "#source-change").await?.is_empty()
            && text_of(&browser, "#source-changed-0").await?.is_empty(),
        "no notice after the reload"
    );
    browser.close().await
}
