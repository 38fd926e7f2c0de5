//! Accounts and progress sync, end to end: a learner joins with a trainer's code, studies with
//! the server gone, and the progress reaches the server and a second browser profile once it
//! is back.

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user};

const COURSE: &str = "cso-communications-en";
const THIRD_LESSON: &str = "working-with-media";
const QUIZ: &str = "final-check";
/// Scripts in the page start with this: `done` returns a value, `post` sends JSON.
const SCRIPT: &str = "const done = arguments[0];
    const post = (url, body, token) => fetch(url, { method: 'POST',
        headers: Object.assign({ 'content-type': 'application/json' }, token ? { authorization: 'Bearer ' + token } : {}),
        body: JSON.stringify(body) }).then(r => r.json());";
const PASSWORD: &str = "correct horse battery";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn progress_made_offline_reaches_the_server_and_a_second_device() -> Result<()> {
    let data = tempfile::tempdir()?;
    // The installation's administrator comes from the command line.
    let root = ["--login", "root", "--display-name", "Root", "--superadmin"];
    let membership = ["--organization", "Aral Youth Centre", "--role", "administrator"];
    add_user(data.path(), &[root.as_slice(), &membership].concat(), PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let phone = Browser::start().await?;

    // A trainer-side step through the API: a join code for the course.
    phone.client.goto(&server.url("/")).await?;
    let code = phone
        .run_async(&format!(
            "{SCRIPT}
             post('/api/v1/sessions', {{ login: 'root', password: '{PASSWORD}' }})
               .then(s => post('/api/v1/organizations/' + s.user.memberships[0].organization_id + '/join-codes',
                               {{ courses: ['{COURSE}'], expires_in_days: 7, max_uses: 30 }}, s.token))
               .then(c => done(c.code));"
        ))
        .await?;
    let code = code.as_str().context("a join code")?.to_owned();

    // The learner joins on their phone and downloads the course.
    phone.client.goto(&server.url(&format!("/join?code={code}"))).await?;
    phone.type_into("#display-name", "Гүлнара").await?;
    phone.type_into("#login", "gulnara").await?;
    phone.type_into("#password", PASSWORD).await?;
    phone.click("#join").await?;
    phone.wait_for_text("#account-name", "Гүлнара").await?;
    phone.download_course(&server, COURSE).await?;

    // The network goes away; the learner studies and marks the third lesson complete.
    server.stop();
    phone.client.refresh().await?;
    phone.click("ol.lessons li:nth-child(3) a").await?;
    phone.wait_for_text("#lesson-body", "press release").await?;
    // "Complete and continue" records it and opens the next lesson.
    phone.click("#complete").await?;
    phone
        .wait_for_script(
            &format!("return location.pathname === '/courses/{COURSE}/lessons/social-media'"),
            "the next lesson",
        )
        .await?;
    phone.wait_for_text("#sync-pending", "waiting to be sent").await?;

    // Still offline, the final quiz: a first attempt with every answer wrong fails, the second
    // (starting from the first one's answers) passes; both are graded on the phone at once.
    phone.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    phone.click(&format!("a[href='/courses/{COURSE}/quizzes/{QUIZ}']")).await?;
    for choice in ["#q0-o0", "#q1-o2", "#q2-true", "#q4-false"] {
        phone.click(choice).await?;
    }
    phone.type_into("#q3-text", "a letter").await?;
    phone.click("#quiz-submit").await?;
    phone.wait_for_text("#quiz-result", "Not passed").await?;
    phone.click("#quiz-again").await?;
    // `#q1-o2` is ticked from the first attempt: clicking it again unticks it.
    for choice in ["#q0-o1", "#q1-o2", "#q1-o0", "#q1-o1", "#q1-o3", "#q2-false", "#q4-true"] {
        phone.click(choice).await?;
    }
    phone.client.execute("document.querySelector('#q3-text').value = ''", vec![]).await?;
    phone.type_into("#q3-text", "  Press Release ").await?;
    phone.click("#quiz-submit").await?;
    phone.wait_for_text("#quiz-result", "Passed").await?;
    phone.wait_for_text("#quiz-result", "100 %").await?;

    phone.click("#sync-now").await?;
    phone.wait_for_text(".sync-error", "kept on this device").await?;
    phone.wait_for_text("#sync-pending", "waiting to be sent").await?;

    // The server is back: "Sync now" sends everything.
    server.restart()?;
    phone.click("#sync-now").await?;
    phone.wait_for_text("#sync-pending", "All progress sent").await?;
    phone.wait_for_text("#sync-last", "Last synced").await?;

    // The server holds it.
    let state = phone
        .run_async(&format!(
            "{SCRIPT}
             post('/api/v1/sessions', {{ login: 'gulnara', password: '{PASSWORD}' }})
               .then(s => post('/api/v1/progress/sync', {{ events: [] }}, s.token))
               .then(done);"
        ))
        .await?;
    let lesson = &state["progress"][0]["lessons"][THIRD_LESSON];
    ensure!(lesson["completed"] == true, "the server's state: {state}");
    // The server graded both attempts itself and kept them.
    let quiz = &state["progress"][0]["quizzes"][QUIZ];
    ensure!(quiz["passed"] == true && quiz["best_score"] == 100, "the server's quiz state: {quiz}");
    ensure!(quiz["attempts"].as_array().map(Vec::len) == Some(2), "both attempts are kept: {quiz}");
    ensure!(state["completed_courses"].as_array().is_some_and(Vec::is_empty), "six lessons are still to do");

    // A second device signed in as the same learner shows the same progress.
    let laptop = Browser::start().await?;
    laptop.client.goto(&server.url("/sign-in")).await?;
    laptop.type_into("#login", "gulnara").await?;
    laptop.type_into("#password", PASSWORD).await?;
    laptop.click("#sign-in").await?;
    laptop.wait_for_text("#account-name", "Гүлнара").await?;
    laptop.click(&format!("a[href='/courses/{COURSE}']")).await?;
    laptop.wait_for_text("#course-progress", "1 of 7").await?;
    let done = laptop
        .client
        .execute("return document.querySelector('ol.lessons li:nth-child(3)').className", vec![])
        .await?;
    ensure!(done == "done", "the third lesson shows as complete on the second device: {done}");
    laptop.wait_for_text(".quizzes li.done", "Passed").await?;

    // A wrong password is a clear message, not a blank page.
    let stranger = Browser::start().await?;
    stranger.client.goto(&server.url("/sign-in")).await?;
    stranger.type_into("#login", "gulnara").await?;
    stranger.type_into("#password", "not the password").await?;
    stranger.click("#sign-in").await?;
    stranger.wait_for_text(".notice-error", "Wrong login name or password").await?;

    stranger.close().await?;
    laptop.close().await?;
    phone.close().await
}
