//! Trainers never lose typing (issue 15, point 4): text typed in a quiz question or the
//! course's summary is there after a reload without the field ever being left (after the
//! typing pause, and within it); lesson text typed a fraction of a second before leaving the
//! page is kept; a removed lesson comes back
//! in place with "Undo" and the server's draft holds it; a new course's language is the
//! interface's, and a course's language can change until it is first published.

use std::time::Duration;

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user, call, sign_in};
use dala_wire::{DraftItem, Question, QuestionKind, Quiz, SignInResponse, StoredDraft};
use fantoccini::Locator;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const ORGANIZATION: &str = "Aral Youth Centre";
const SLUG: &str = "keeping-donors";
/// True when the editor says the latest edit is on the server.
const SAVED: &str =
    "const s = document.querySelector('#save-state'); return !!s && s.dataset.state === 'server';";

/// A trainer, signed in through the API (for the course) and in the browser.
async fn trainer(data: &std::path::Path) -> Result<(Server, Browser, String)> {
    let account =
        ["--login", "dana", "--display-name", "Дана", "--organization", ORGANIZATION, "--role", "trainer"];
    add_user(data, &account, PASSWORD)?;
    let server = Server::start(data)?;
    let token = sign_in(server.port, "dana", PASSWORD)?;
    let browser = Browser::start().await?;
    browser.sign_in(&server, "dana", PASSWORD, "Дана").await?;
    Ok((server, browser, token))
}

/// A course of two lessons and a quiz, created through the API as the editor would.
fn create_course(server: &Server, token: &str) -> Result<()> {
    let me: SignInResponse = serde_json::from_slice(&call(
        server.port,
        "POST",
        "/api/v1/sessions",
        None,
        Some(&json!({
            "login": "dana", "password": PASSWORD
        })),
    )?)?;
    let organization = &me.user.memberships.first().context("a membership")?.organization_id;
    let lesson = dala_tests::draft_lesson;
    let draft = dala_tests::course_draft(
        SLUG,
        "en",
        "Keeping donors",
        vec![
            lesson("thanks", "# Saying thank you\n\nWithin a week.\n"),
            lesson("reports", "# Reporting back\n\nWhat the money did.\n"),
            DraftItem::Quiz(Quiz {
                id: "check".into(),
                title: "Check".into(),
                pass_mark: 50,
                max_attempts: None,
                show_answers: true,
                questions: vec![Question {
                    prompt: "When do you thank a donor?".into(),
                    kind: QuestionKind::TrueFalse { answer: true },
                    explanation: String::new(),
                }],
            }),
        ],
    );
    call(
        server.port,
        "POST",
        &format!("/api/v1/organizations/{organization}/courses"),
        Some(token),
        Some(&json!({ "draft": draft })),
    )?;
    Ok(())
}

fn server_draft(server: &Server, token: &str) -> Result<StoredDraft> {
    Ok(serde_json::from_slice(&call(
        server.port,
        "GET",
        &format!("/api/v1/courses/{SLUG}/draft"),
        Some(token),
        None,
    )?)?)
}

/// Waits (up to 30 s) until the server's draft satisfies `test`.
async fn server_holds(
    server: &Server,
    token: &str,
    what: &str,
    test: impl Fn(&StoredDraft) -> bool,
) -> Result<StoredDraft> {
    let start = std::time::Instant::now();
    loop {
        let draft = server_draft(server, token)?;
        if test(&draft) {
            return Ok(draft);
        }
        ensure!(
            start.elapsed() < Duration::from_secs(30),
            "the server's draft never had {what}: {:?}",
            draft.draft
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Types `text` at the end of a field, staying in it (no Tab, no click elsewhere).
async fn type_staying(browser: &Browser, css: &str, text: &str) -> Result<()> {
    let field = browser.client.wait().at_most(Duration::from_secs(30)).for_element(Locator::Css(css)).await?;
    field.send_keys(text).await.with_context(|| format!("typing into {css}"))?;
    let focused: bool = serde_json::from_value(
        browser
            .client
            .execute(&format!("return document.activeElement === document.querySelector('{css}');"), vec![])
            .await?,
    )?;
    ensure!(focused, "{css} keeps the focus while typing");
    Ok(())
}

async fn value(browser: &Browser, css: &str) -> Result<String> {
    let v = browser
        .client
        .execute(&format!("const e = document.querySelector('{css}'); return e ? e.value : null;"), vec![])
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

async fn open_editor(browser: &Browser, server: &Server) -> Result<()> {
    browser.client.goto(&server.url(&format!("/author/{SLUG}"))).await?;
    browser.wait_for_text("h1", "Keeping donors").await?;
    Ok(())
}

/// The item titles in the editor's list, in order.
async fn item_titles(browser: &Browser) -> Result<Vec<String>> {
    let titles = browser
        .client
        .execute("return Array.from(document.querySelectorAll('#items .item-title')).map(b => b.textContent.trim());", vec![])
        .await?;
    Ok(serde_json::from_value(titles)?)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn typing_is_kept_without_leaving_the_field_and_when_leaving_the_page() -> Result<()> {
    let data = tempfile::tempdir()?;
    let (server, browser, token) = trainer(data.path()).await?;
    create_course(&server, &token)?;
    open_editor(&browser, &server).await?;

    // A quiz question and the summary, typed without ever leaving the field; then a reload
    // once typing has paused (the pause is 400 ms).
    browser.click("#items li:nth-child(3) .item-title").await?;
    type_staying(&browser, "#q0-prompt", " Within a week?").await?;
    type_staying(&browser, "#meta-summary", " And again next year.").await?;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    browser.client.refresh().await?;
    browser.wait_for_text("h1", "Keeping donors").await?;
    browser
        .wait_for_script(
            "const e = document.querySelector('#meta-summary'); return !!e && e.value.includes('next year');",
            "the summary typed before the reload",
        )
        .await?;
    browser.click("#items li:nth-child(3) .item-title").await?;
    browser.wait_for_script(
        "const e = document.querySelector('#q0-prompt'); return !!e && e.value === 'When do you thank a donor? Within a week?';",
        "the question typed before the reload",
    ).await.with_context(|| "the question after the reload")?;
    server_holds(&server, &token, "the question and the summary", |d| {
        d.draft.metadata.summary.ends_with("And again next year.")
            && matches!(&d.draft.items[2], DraftItem::Quiz(q) if q.questions[0].prompt.ends_with("Within a week?"))
    })
    .await?;

    // Lesson text typed and the page left a fraction of a second later (the browser's back
    // button: the text area never loses the focus before it goes).
    browser.client.goto(&server.url("/author")).await?;
    browser.click(&format!("a[href='/author/{SLUG}']")).await?;
    browser.wait_for_text("h1", "Keeping donors").await?;
    browser.wait_for_script(
        "const e = document.querySelector('#lesson-markdown'); return !!e && e.value.includes('Within a week.');",
        "the first lesson's text",
    ).await?;
    type_staying(&browser, "#lesson-markdown", "Typed just before leaving.").await?;
    browser.client.execute("history.back();", vec![]).await?;
    browser.wait_for_script("return location.pathname === '/author';", "the course list").await?;
    server_holds(&server, &token, "the lesson typed before leaving", |d| {
        matches!(&d.draft.items[0], DraftItem::Lesson(l) if l.markdown.contains("Typed just before leaving."))
    })
    .await?;
    browser.click(&format!("a[href='/author/{SLUG}']")).await?;
    browser.wait_for_script(
        "const e = document.querySelector('#lesson-markdown'); return !!e && e.value.includes('Typed just before leaving.');",
        "the lesson typed before leaving, back in the editor",
    ).await?;

    // A reload within the typing pause: what was typed goes with the page's last moments.
    type_staying(&browser, "#meta-summary", " Reloaded at once.").await?;
    browser.client.refresh().await?;
    browser.wait_for_text("h1", "Keeping donors").await?;
    browser
        .wait_for_script(
            "const e = document.querySelector('#meta-summary'); return !!e && e.value.endsWith('Reloaded at once.');",
            "the summary typed just before the reload",
        )
        .await?;
    server_holds(&server, &token, "the summary typed just before the reload", |d| {
        d.draft.metadata.summary.ends_with("Reloaded at once.")
    })
    .await?;
    browser.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_removed_lesson_comes_back_in_place_with_undo() -> Result<()> {
    let data = tempfile::tempdir()?;
    let (server, browser, token) = trainer(data.path()).await?;
    create_course(&server, &token)?;
    open_editor(&browser, &server).await?;

    browser.click("#remove-1").await?;
    browser.wait_for_text("#undo-remove-0", "Undo").await?;
    browser.wait_for_text("#removed-items", "Lesson “Reporting back” removed").await?;
    ensure!(item_titles(&browser).await? == ["Saying thank you", "Check"], "removed from the list");
    browser.wait_for_script(SAVED, "the removal saved").await?;
    server_holds(&server, &token, "two items", |d| d.draft.items.len() == 2).await?;
    let shot = browser.screenshot("editor-undo").await?;
    browser.check_accessibility("the editor with a removed lesson to undo").await?;
    eprintln!("screenshot: {}", shot.display());

    browser.click("#undo-remove-0").await?;
    ensure!(
        item_titles(&browser).await? == ["Saying thank you", "Reporting back", "Check"],
        "put back where it was: {:?}",
        item_titles(&browser).await?
    );
    ensure!(
        browser.client.find_all(Locator::Css("#removed-items li")).await?.is_empty(),
        "the notice goes once it is undone"
    );
    browser.wait_for_script(SAVED, "the undo saved").await?;
    let draft = server_holds(&server, &token, "the lesson back", |d| d.draft.items.len() == 3).await?;
    let ids: Vec<&str> = draft.draft.items.iter().map(DraftItem::id).collect();
    ensure!(ids == ["thanks", "reports", "check"], "the server holds it in place: {ids:?}");
    ensure!(
        matches!(&draft.draft.items[1], DraftItem::Lesson(l) if l.markdown.contains("What the money did.")),
        "with its text"
    );
    browser.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_course_language_follows_the_interface_and_changes_until_first_published() -> Result<()> {
    let data = tempfile::tempdir()?;
    let (server, browser, token) = trainer(data.path()).await?;
    create_course(&server, &token)?;

    // The new-course form offers the interface's language first, in either language.
    browser.client.goto(&server.url("/author")).await?;
    browser.wait_for_text("#new-course-heading", "New course").await?;
    ensure!(value(&browser, "#new-language").await? == "en", "English interface, English course");
    browser.click("#language option[value='ru']").await?;
    browser.wait_for_text("#new-course-heading", "Новый курс").await?;
    ensure!(value(&browser, "#new-language").await? == "ru", "Russian interface, Russian course");
    browser.client.refresh().await?;
    browser.wait_for_text("#new-course-heading", "Новый курс").await?;
    ensure!(value(&browser, "#new-language").await? == "ru", "after a reload too");
    browser.click("#language option[value='en']").await?;

    // Before the first publication the language can change, and the server keeps it.
    open_editor(&browser, &server).await?;
    ensure!(value(&browser, "#meta-language").await? == "en", "the course's language shown");
    browser.click("#meta-language option[value='kk']").await?;
    server_holds(&server, &token, "the new language", |d| d.draft.metadata.language == "kk").await?;
    browser.wait_for_script(SAVED, "the change saved").await?;
    browser
        .wait_for_script("return !document.querySelector('#publish').disabled;", "Publish allowed")
        .await?;
    browser.click("#publish").await?;
    browser.wait_for_text("#published", "Published").await?;
    // Published: shown, fixed, and why.
    browser.wait_for_text("#meta-language-fixed", "cannot change").await?;
    let read_only = browser
        .client
        .execute(
            "const e = document.querySelector('#meta-language'); return e.tagName === 'INPUT' && e.readOnly;",
            vec![],
        )
        .await?;
    ensure!(read_only == json!(true), "read-only once published");
    ensure!(value(&browser, "#meta-language").await? == "Қазақша", "named in itself");
    browser.client.refresh().await?;
    browser.wait_for_text("#meta-language-fixed", "cannot change").await?;
    browser.close().await
}
