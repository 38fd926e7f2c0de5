//! Mentorship that travels offline, in the real client: a learner asks her trainer a question
//! under a lesson with the server gone, reloads, and it waits; the server comes back and the
//! question goes with the sync; the trainer, in another browser, answers it in the inbox (first
//! offline, on the inbox his device kept, then sent); the learner's next sync brings the
//! answer, the header counts it, and the lesson still shows it offline after a reload.

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Request, Server, add_user, call};

const COURSE: &str = "cso-communications-en";
const LESSON: &str = "working-with-media";
const PASSWORD: &str = "correct horse battery";
const QUESTION: &str = "Our association is not registered yet. May we still send a press release?";
const ANSWER: &str = "Yes: sign it with the names of the people who speak for the group.";
const DISCUSSION: &str = "Which local newspaper printed your last story? Share one each.";
const REPLY: &str = "The district paper, after we called the editor twice.";

async fn count(browser: &Browser, css: &str) -> Result<u64> {
    let found =
        browser.client.execute(&format!("return document.querySelectorAll({css:?}).length"), vec![]).await?;
    found.as_u64().context("a count")
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_question_written_offline_is_answered_and_the_answer_stays_offline() -> Result<()> {
    let data = tempfile::tempdir()?;
    let osh = ["--organization", "Osh Youth Centre"];
    let trainer = ["--login", "marat", "--display-name", "Marat", "--role", "trainer"];
    add_user(data.path(), &[trainer.as_slice(), &osh].concat(), PASSWORD)?;
    let dana = ["--login", "dana", "--display-name", "Dana", "--role", "learner"];
    add_user(data.path(), &[dana.as_slice(), &osh].concat(), PASSWORD)?;
    // A trainer of another organization, who must never see her question.
    let naryn = ["--organization", "Naryn Women's Council"];
    let stranger = ["--login", "aida", "--display-name", "Aida", "--role", "trainer"];
    add_user(data.path(), &[stranger.as_slice(), &naryn].concat(), PASSWORD)?;
    let mut server = Server::start(data.path())?;

    // Dana downloads the course online, then the server goes away.
    let phone = Browser::start().await?;
    phone.sign_in(&server, "dana", PASSWORD, "Dana").await?;
    phone.download_course(&server, COURSE).await?;
    phone.wait_for_service_worker().await?;
    server.stop();
    let lesson = server.url(&format!("/courses/{COURSE}/lessons/{LESSON}"));
    phone.client.goto(&lesson).await?;
    phone.wait_for_text("#connectivity", "Offline").await?;
    phone.wait_for_text("#questions-heading", "Ask your trainer").await?;
    phone.type_into("#ask", QUESTION).await?;
    phone.click(".ask-form button[type=submit]").await?;
    phone.wait_for_text(".questions .thread", QUESTION).await?;
    phone.wait_for_text(".questions .thread-state", "waiting to be sent").await?;
    ensure!(
        phone.client.execute("return document.querySelector('#ask').value", vec![]).await? == "",
        "the form is emptied once the question is kept"
    );

    // A reload, still offline: the question waits in the outbox.
    phone.client.refresh().await?;
    phone.wait_for_text(".questions .thread", QUESTION).await?;
    phone.wait_for_text(".questions .thread-state", "waiting to be sent").await?;
    phone.wait_for_text("#sync-pending", "waiting").await?;

    // The server comes back: the next sync sends it.
    server.restart()?;
    phone.wait_for_text("#connectivity", "Online").await?;
    phone.click("#sync-now").await.ok();
    phone.wait_for_text(".questions .thread-state", "sent, waiting for an answer").await?;

    // A trainer of another organization sees nothing of it, through the page or the API.
    let aida = dala_tests::sign_in(server.port, "aida", PASSWORD)?;
    let marat = dala_tests::sign_in(server.port, "marat", PASSWORD)?;
    let me: dala_wire::Me =
        serde_json::from_slice(&call(server.port, "GET", "/api/v1/me", Some(&marat), None)?)?;
    let osh_id = me.memberships.first().context("Marat's membership")?.organization_id.clone();
    let refused = Request::new("GET", &format!("/api/v1/organizations/{osh_id}/questions"))
        .token(Some(&aida))
        .send(server.port)?;
    ensure!(
        refused.status == 403,
        "another organization's trainer is refused the inbox ({})",
        refused.status
    );

    // Marat opens the inbox in his own browser: her question, with its course and lesson.
    let office = Browser::start().await?;
    office.sign_in(&server, "marat", PASSWORD, "Marat").await?;
    let inbox = server.url(&format!("/organizations/{osh_id}/questions"));
    office.client.goto(&inbox).await?;
    office.wait_for_text(".inbox-thread", QUESTION).await?;
    office.wait_for_text(".inbox-thread h2", "Working with journalists and the media").await?;
    office.wait_for_text(".inbox-meta", "Dana").await?;
    office.wait_for_text(".inbox-state", "waiting for an answer").await?;
    // The lesson's text is at hand.
    office.click(".inbox-lesson summary").await?;
    office.wait_for_text(".inbox-lesson .lesson-body", "press release").await?;
    office.check_accessibility("the trainers' inbox").await?;
    office.wait_for_service_worker().await?;

    // His connection goes: he answers on the inbox his device kept; the answer waits.
    server.stop();
    office.client.refresh().await?;
    office.wait_for_text("#inbox-kept", "offline").await?;
    office.wait_for_text(".inbox-thread", QUESTION).await?;
    office.type_into(".inbox-thread textarea", ANSWER).await?;
    office.click(".inbox-thread .ask-form button[type=submit]").await?;
    office.wait_for_text(".inbox-thread .message.waiting", ANSWER).await?;
    office.wait_for_text(".inbox-thread .message.waiting", "waiting to be sent").await?;

    // Back online, his sync sends it, and the server holds it.
    server.restart()?;
    office.wait_for_text("#connectivity", "Online").await?;
    office.click("#sync-now").await.ok();
    office.wait_for_text(".inbox-state", "answered").await?;
    ensure!(count(&office, ".inbox-thread .message.waiting").await? == 0, "nothing waits once sent");

    // Dana's next sync brings the answer: the header counts it, the lesson shows it.
    phone.client.goto(&server.url("/")).await?;
    phone.wait_for_text("#connectivity", "Online").await?;
    phone.click("#sync-now").await.ok();
    phone.wait_for_text(".new-answers", "1 new answer").await?;
    phone.click(".new-answers").await?;
    phone.wait_for_text(".questions .thread", ANSWER).await?;
    phone.wait_for_text(".questions .thread-state", "answered").await?;
    phone.wait_for_text(".questions .message.staff", "Marat").await?;
    // Seen: the count goes.
    phone
        .wait_for_script("return !document.querySelector('.new-answers')", "the count to go once seen")
        .await?;
    phone.check_accessibility("a lesson with an answered question").await?;

    // Offline again, after a reload: the answer is on her phone.
    server.stop();
    phone.client.goto(&lesson).await?;
    phone.wait_for_text("#connectivity", "Offline").await?;
    phone.wait_for_text(".questions .thread", ANSWER).await?;
    phone.wait_for_text(".questions .thread", QUESTION).await?;

    // A discussion for the cohort: Marat opens one for the course; Dana reads it on the course
    // page and replies; Marat reads her reply in the inbox.
    server.restart()?;
    office.client.goto(&inbox).await?;
    office.wait_for_text("#discussion-heading", "A discussion for a cohort").await?;
    office
        .client
        .execute(
            &format!(
                "const s = document.querySelector('#discussion-course'); s.value = {COURSE:?}; \
                 s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
            ),
            vec![],
        )
        .await?;
    office.type_into("#discussion-text", DISCUSSION).await?;
    office.click(".inbox-discussion button[type=submit]").await?;
    office.wait_for_text("#discussion-kept", "Kept").await?;
    office.wait_for_text(".inbox-thread", DISCUSSION).await?;
    office.wait_for_text(".inbox-meta", "Discussion for the cohort").await?;
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.wait_for_text("#connectivity", "Online").await?;
    phone.click("#sync-now").await.ok();
    phone.wait_for_text(".questions .thread", DISCUSSION).await?;
    phone.wait_for_text(".questions .thread h3", "A discussion for your group").await?;
    phone.type_into(".questions .thread textarea", REPLY).await?;
    phone.click(".questions .thread .ask-form button[type=submit]").await?;
    phone.wait_for_text(".questions .thread .message.mine", REPLY).await?;
    office.client.refresh().await?;
    office.wait_for_text(".inbox-thread", REPLY).await?;

    // Signing out takes her thread off the phone; the next account sees nothing of it.
    phone.client.goto(&server.url("/sign-out")).await?;
    phone.click("#sign-out-confirm").await?;
    phone.wait_for_text("#signed-out", "Nothing of your account").await?;
    phone.client.goto(&lesson).await?;
    phone.wait_for_text("#questions-heading", "Ask your trainer").await?;
    ensure!(count(&phone, ".questions .thread").await? == 0, "no thread shown once she signed out");
    let kept = phone
        .run_async(
            "const done = arguments[0]; const open = indexedDB.open('dala'); \
             open.onsuccess = () => { const r = open.result.transaction('account').objectStore('account').get('sync'); \
             r.onsuccess = () => done(JSON.stringify(r.result || '')); };",
        )
        .await?;
    ensure!(!kept.to_string().contains("press release"), "her messages left the device: {kept}");
    office.close().await?;
    phone.close().await
}
