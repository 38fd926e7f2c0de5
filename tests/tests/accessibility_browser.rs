//! axe-core over every page of the real client, as each kind of person sees it (signed out,
//! learner, trainer, administrator, superadmin), at desktop width and on a 360 px phone. Any
//! WCAG 2.0/2.1 level A or AA violation axe finds fails the test, with the rule and the
//! elements named. Pages are opened through their addresses and checked once they have loaded
//! (a heading in `main`, nothing `aria-busy`).

use anyhow::{Context, Result};
use dala_tests::{Browser, Server, add_user, call, complete_course, sign_in};
use dala_wire::{JoinCodeCreated, Me, SignInResponse};
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = "cso-communications-en";
const LESSON: &str = "why-a-policy";
const QUIZ: &str = "final-check";
const ARAL: &str = "Aral Youth Centre";

/// The two screens every page is checked on: (name, width, height, mobile).
const SCREENS: [(&str, u32, u32, bool); 2] = [("desktop", 1280, 800, false), ("phone", 360, 740, true)];

/// Opens `path`, waits until it has loaded, and checks it on both screens. `then` is a script
/// run before the check (such as opening a panel), or empty.
async fn check(browser: &Browser, server: &Server, who: &str, path: &str, then: &str) -> Result<()> {
    browser.client.goto(&server.url(path)).await?;
    let loaded = "return !!document.querySelector('main h1') && !document.querySelector('[aria-busy=true]') \
                  && document.readyState === 'complete';";
    browser.wait_for_script(loaded, &format!("{path} to load")).await?;
    if !then.is_empty() {
        browser.client.execute(then, vec![]).await?;
        browser.wait_for_script(loaded, &format!("{path} to settle")).await?;
    }
    for (screen, width, height, mobile) in SCREENS {
        let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile });
        browser.cdp("Emulation.setDeviceMetricsOverride", metrics).await?;
        let laid_out = format!("return window.innerWidth === {width};");
        browser.wait_for_script(&laid_out, &format!("a {width} px screen")).await?;
        browser.check_accessibility(&format!("{path} as {who} ({screen})")).await?;
    }
    browser.cdp("Emulation.clearDeviceMetricsOverride", json!({})).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn no_page_has_a_wcag_a_or_aa_violation_for_anyone_on_a_phone_or_a_desktop() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "root", "--display-name", "Root", "--superadmin"], PASSWORD)?;
    let aral = ["--organization", ARAL];
    let admin = ["--login", "aral-admin", "--display-name", "Айжан Бекова", "--role", "administrator"];
    add_user(data.path(), &[admin.as_slice(), &aral].concat(), PASSWORD)?;
    let trainer = ["--login", "aral-trainer", "--display-name", "Marat", "--role", "trainer"];
    add_user(data.path(), &[trainer.as_slice(), &aral].concat(), PASSWORD)?;
    let server = Server::start(data.path())?;
    let port = server.port;

    // A learner of Aral who finished the course: a certificate to show.
    let admin_token = sign_in(port, "aral-admin", PASSWORD)?;
    let me: Me = serde_json::from_slice(&call(port, "GET", "/api/v1/me", Some(&admin_token), None)?)?;
    let organization = &me.memberships.first().context("the administrator's organization")?.organization_id;
    let body = json!({ "courses": [COURSE], "expires_in_days": 7, "max_uses": 10 });
    let path = format!("/api/v1/organizations/{organization}/join-codes");
    let code: JoinCodeCreated =
        serde_json::from_slice(&call(port, "POST", &path, Some(&admin_token), Some(&body))?)?;
    let body = json!({ "code": code.code, "login": "aigul", "display_name": "Айгүл", "password": PASSWORD });
    let joined: SignInResponse =
        serde_json::from_slice(&call(port, "POST", "/api/v1/join", None, Some(&body))?)?;
    let done = complete_course(port, &joined.token, COURSE)?;
    let certificate = done.certificates.first().context("the learner's certificate")?;
    let uuid = certificate.id.strip_prefix("urn:uuid:").context("a certificate id")?.to_owned();

    let course = format!("/courses/{COURSE}");
    let lesson = format!("/courses/{COURSE}/lessons/{LESSON}");
    let quiz = format!("/courses/{COURSE}/quizzes/{QUIZ}");

    // Signed out. First, that the check finds what it should: a button with no name.
    let browser = Browser::start().await?;
    check(&browser, &server, "a visitor", "/", "").await?;
    let unnamed = "document.querySelector('main').appendChild(document.createElement('button'));";
    browser.client.execute(unnamed, vec![]).await?;
    let found = browser.check_accessibility("the catalog with a nameless button").await;
    let report = format!("{:#}", found.err().context("axe missed a button with no name")?);
    anyhow::ensure!(report.contains("button-name"), "axe reported something else: {report}");
    for path in [
        "/",
        course.as_str(),
        "/sign-in",
        "/join",
        "/reset-password",
        "/verify",
        "/without-network",
        "/no-such-page",
    ] {
        check(&browser, &server, "a visitor", path, "").await?;
    }
    browser.close().await?;

    // The learner, with the course downloaded (its page offers "Save for sharing") and the
    // certificate synced.
    let browser = Browser::start().await?;
    browser.sign_in(&server, "aigul", PASSWORD, "Айгүл").await?;
    browser.download_course(&server, COURSE).await?;
    let certificate_page = format!("/certificates/{uuid}");
    for path in ["/", course.as_str(), lesson.as_str(), quiz.as_str(), "/certificates", "/without-network"] {
        check(&browser, &server, "a learner", path, "").await?;
    }
    browser.client.goto(&server.url(&certificate_page)).await?;
    browser.wait_for_text("main", "Айгүл").await?;
    check(&browser, &server, "a learner", &certificate_page, "").await?;
    check(&browser, &server, "a learner", "/sign-out", "").await?;
    browser.close().await?;

    // A trainer: the courses to edit.
    let browser = Browser::start().await?;
    browser.sign_in(&server, "aral-trainer", PASSWORD, "Marat").await?;
    check(&browser, &server, "a trainer", "/author", "").await?;
    check(&browser, &server, "a trainer", "/organizations", "").await?;
    check(&browser, &server, "a trainer", &format!("/organizations/{organization}"), "").await?;
    // The inbox, empty, with the form that opens a cohort discussion (a thread in it is
    // checked by mentoring_browser.rs).
    check(&browser, &server, "a trainer", &format!("/organizations/{organization}/questions"), "").await?;
    browser.close().await?;

    // The administrator: the dashboard, a course's report and the learner list on request.
    let browser = Browser::start().await?;
    browser.sign_in(&server, "aral-admin", PASSWORD, "Айжан Бекова").await?;
    check(&browser, &server, "an administrator", "/dashboard", "").await?;
    let show_learners = format!("document.querySelector('#show-learners-{organization}').click();");
    check(&browser, &server, "an administrator", "/dashboard", &show_learners).await?;
    check(&browser, &server, "an administrator", &format!("/organizations/{organization}"), "").await?;
    browser.close().await?;

    // The superadmin: the audit log, and the editor of a sample course.
    let browser = Browser::start().await?;
    browser.sign_in(&server, "root", PASSWORD, "Root").await?;
    check(&browser, &server, "the superadmin", "/dashboard", "").await?;
    check(&browser, &server, "the superadmin", "/organizations", "").await?;
    check(&browser, &server, "the superadmin", "/author", "").await?;
    check(&browser, &server, "the superadmin", &format!("/author/{COURSE}"), "").await?;
    browser.close().await?;
    Ok(())
}
