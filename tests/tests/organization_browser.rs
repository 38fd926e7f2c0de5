//! Running an organization in the real client. A trainer makes a join code on the organization
//! page and reads its link; a learner on another phone opens the link, finds the code filled in,
//! joins and holds the course; the trainer ends the code, the list says so and the code joins
//! nobody more. A trainer resets a learner's password: the learner sets a new one on
//! `/reset-password` (after a wrong code is refused with what was typed kept), is signed in,
//! the old password fails and the new one works, and the reset is in the audit log. Screenshots
//! at desktop width and at 360 px are saved (see `dala_tests::artifacts_dir`).

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user, request};
use dala_wire::{AuditEntry, Me, Member, SignInResponse};
use serde::de::DeserializeOwned;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const NEW_PASSWORD: &str = "a new password for Aigul";
const COURSE: &str = "cso-communications-en";
const OSH: &str = "Osh Youth Centre";
const TRAINER: &str = "Marat Trainer";
const AIGUL: &str = "Айгүл Сейтқали";

/// An API call with JSON in and out; anything but a 2xx answer is an error.
fn call<T: DeserializeOwned>(
    server: &Server,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<serde_json::Value>,
) -> Result<T> {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let (status, answer) = request(server.port, method, path, token, body.as_bytes())?;
    ensure!((200..300).contains(&status), "{method} {path}: {status} {}", String::from_utf8_lossy(&answer));
    serde_json::from_slice(&answer).with_context(|| format!("the answer to {method} {path}"))
}

fn session(server: &Server, login: &str, password: &str) -> Result<SignInResponse> {
    call(server, "POST", "/api/v1/sessions", None, Some(json!({ "login": login, "password": password })))
}

/// The status and error code of a request expected to be refused.
fn refusal(server: &Server, method: &str, path: &str, body: serde_json::Value) -> Result<(u16, String)> {
    let (status, answer) = request(server.port, method, path, None, body.to_string().as_bytes())?;
    let code = serde_json::from_slice::<serde_json::Value>(&answer)
        .ok()
        .and_then(|v| v["code"].as_str().map(str::to_owned));
    Ok((status, code.unwrap_or_default()))
}

/// The text of every element matching `css`.
async fn texts(browser: &Browser, css: &str) -> Result<Vec<String>> {
    let script = format!(
        "return Array.from(document.querySelectorAll({})).map(e => e.textContent.trim());",
        serde_json::to_string(css)?
    );
    Ok(serde_json::from_value(browser.client.execute(&script, vec![]).await?)?)
}

async fn value_of(browser: &Browser, css: &str) -> Result<String> {
    let script = format!(
        "const e = document.querySelector({}); return e ? e.value : null;",
        serde_json::to_string(css)?
    );
    Ok(browser.client.execute(&script, vec![]).await?.as_str().unwrap_or_default().to_owned())
}

/// Screenshots at an emulated 360 px phone and at desktop width; fails if anything is wider
/// than the phone's screen (tables scroll inside their own box) or axe-core finds a WCAG 2.1
/// A/AA violation at either width.
async fn screenshots(browser: &Browser, name: &str) -> Result<()> {
    let phone = json!({ "width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": true });
    browser.cdp("Emulation.setDeviceMetricsOverride", phone).await?;
    browser
        .wait_for_script("return document.documentElement.clientWidth === 360;", "a 360 px screen")
        .await?;
    let small = browser.screenshot(&format!("{name}-360px")).await?;
    browser.check_accessibility(&format!("{name} (360 px)")).await?;
    let overflow = browser
        .client
        .execute(
            "const width = document.documentElement.clientWidth;
             if (document.documentElement.scrollWidth <= width) { return []; }
             return Array.from(document.querySelectorAll('body *'))
               .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
               .map(e => e.tagName + '#' + e.id + '.' + e.getAttribute('class'));",
            vec![],
        )
        .await?;
    ensure!(overflow == json!([]), "{name}: wider than a 360 px screen: {overflow}");
    browser.cdp("Emulation.clearDeviceMetricsOverride", json!({})).await?;
    browser.client.set_window_size(1280, 900).await?;
    browser.wait_for_script("return window.innerWidth >= 1200;", "a desktop-sized window").await?;
    let desktop = browser.screenshot(&format!("{name}-desktop")).await?;
    browser.check_accessibility(&format!("{name} (desktop)")).await?;
    browser.client.set_window_size(360, 800).await?;
    eprintln!("screenshots: {} and {}", small.display(), desktop.display());
    Ok(())
}

/// An installation with a superadmin and Osh's trainer; the server, and Osh's id.
fn installation(data: &std::path::Path) -> Result<(Server, String)> {
    add_user(data, &["--login", "root", "--display-name", "Root", "--superadmin"], PASSWORD)?;
    let osh = ["--organization", OSH];
    let trainer = ["--login", "marat", "--display-name", TRAINER, "--role", "trainer"];
    add_user(data, &[trainer.as_slice(), &osh].concat(), PASSWORD)?;
    let server = Server::start(data)?;
    let marat = session(&server, "marat", PASSWORD)?;
    let osh = marat.user.memberships.first().context("Marat's membership")?.organization_id.clone();
    Ok((server, osh))
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_trainer_makes_a_join_code_a_learner_joins_through_its_link_and_the_trainer_ends_it() -> Result<()>
{
    let data = tempfile::tempdir()?;
    let (server, osh) = installation(data.path())?;

    // The trainer makes a code for the course on the organization page.
    let trainer = Browser::start().await?;
    trainer.sign_in(&server, "marat", PASSWORD, TRAINER).await?;
    trainer.client.goto(&server.url(&format!("/organizations/{osh}"))).await?;
    trainer.wait_for_text("main h1", OSH).await?;
    trainer.click(&format!("#code-course-{COURSE}")).await?;
    trainer.type_into("#code-label", "Osh, March group").await?;
    trainer.click("#create-code").await?;
    let code = trainer.wait_for_text("#new-code-value", "-").await?;
    ensure!(code.len() == 14, "a code in three groups of four: {code:?}");
    let link = trainer.wait_for_text("#new-code-link", "/join?code=").await?;
    ensure!(link == server.url(&format!("/join?code={code}")), "the join link: {link}");
    let qr = texts(&trainer, "#new-code-qr title").await?;
    ensure!(qr == ["QR code of the join link"], "the QR code has a name: {qr:?}");
    let scanned = trainer.scan_qr("#new-code-qr", "new-code-qr").await?;
    ensure!(scanned == link, "the QR code reads as the join link: {scanned:?}");
    // Copying goes through the browser's clipboard (allowed for this test's page).
    let origin = server.url("");
    let grant = json!({ "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] });
    trainer.cdp("Browser.grantPermissions", grant).await?;
    trainer.click("#copy-link").await?;
    trainer.wait_for_text("#copy-state", "The link is copied.").await?;
    let copied = trainer
        .run_async("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e));")
        .await?;
    ensure!(copied == json!(link), "the clipboard holds the link: {copied}");
    // The list shows the code (never the code itself): its label, course and uses.
    trainer.wait_for_text("#table-join-codes", "Osh, March group").await?;
    let row = trainer.wait_for_text("#table-join-codes tbody tr", "Active").await?;
    ensure!(row.contains("0 of 30") && !row.contains(&code), "the code's row: {row}");
    screenshots(&trainer, "organization-join-code").await?;
    // Printed, the page shows the code's card alone.
    trainer.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" })).await?;
    let printed = trainer
        .client
        .execute(
            "const shown = s => document.querySelector(s).checkVisibility({ visibilityProperty: true });
             return [shown('#new-code-value'), shown('#new-code-qr'), shown('#org-members-heading'),
                     shown('#create-code'), shown('#copy-link')];",
            vec![],
        )
        .await?;
    ensure!(
        printed == json!([true, true, false, false, false]),
        "printed: code, QR; not the rest: {printed}"
    );
    trainer.cdp("Emulation.setEmulatedMedia", json!({ "media": "" })).await?;

    // A learner on another phone opens the link: the code is filled in; she joins.
    let phone = Browser::start().await?;
    phone.client.goto(&link).await?;
    phone
        .wait_for_script(
            "const c = document.querySelector('#code'); return !!c && c.value !== '';",
            "the code field",
        )
        .await?;
    ensure!(value_of(&phone, "#code").await? == code, "the join form holds the link's code");
    phone.type_into("#display-name", AIGUL).await?;
    phone.type_into("#login", "aigul").await?;
    phone.type_into("#password", PASSWORD).await?;
    phone.click("#join").await?;
    phone.wait_for_text("#account-name", AIGUL).await?;
    let aigul = session(&server, "aigul", PASSWORD)?;
    let me: Me = call(&server, "GET", "/api/v1/me", Some(&aigul.token), None)?;
    ensure!(me.enrollments.contains(&COURSE.to_owned()), "Aigul holds the course: {:?}", me.enrollments);
    ensure!(me.memberships.iter().any(|m| m.organization_id == osh), "Aigul is in Osh: {:?}", me.memberships);
    phone.close().await?;

    // The trainer ends the code (asked first); the list says it ended; it joins nobody more.
    trainer.client.refresh().await?;
    let row = trainer.wait_for_text("#table-join-codes tbody tr", "1 of 30").await?;
    ensure!(row.contains("Active"), "used once, still active: {row}");
    trainer.click("button[id^='end-code-']").await?;
    trainer.wait_for_text(".confirm-question", "End this code?").await?;
    trainer.click("button[id^='end-code-'][id$='-yes']").await?;
    trainer.wait_for_text("#table-join-codes [data-state]", "Ended").await?;
    let join = json!({ "code": code, "login": "bolat", "display_name": "Bolat", "password": PASSWORD });
    let (status, error) = refusal(&server, "POST", "/api/v1/join", join)?;
    ensure!(status >= 400 && error == "join_code_ended", "joining with an ended code: {status} {error}");
    trainer.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_trainer_resets_a_learners_password_and_the_learner_sets_a_new_one() -> Result<()> {
    let data = tempfile::tempdir()?;
    let osh = ["--organization", OSH];
    let learner = ["--login", "aigul", "--display-name", AIGUL, "--role", "learner"];
    add_user(data.path(), &[learner.as_slice(), &osh].concat(), PASSWORD)?;
    let other = ["--login", "nurlan", "--display-name", "Nurlan Trainer", "--role", "trainer"];
    add_user(data.path(), &[other.as_slice(), &osh].concat(), PASSWORD)?;
    let (server, osh) = installation(data.path())?;
    let marat = session(&server, "marat", PASSWORD)?;
    let members: Vec<Member> =
        call(&server, "GET", &format!("/api/v1/organizations/{osh}/members"), Some(&marat.token), None)?;
    let id_of = |login: &str| members.iter().find(|m| m.login == login).map(|m| m.user_id.clone());
    let aigul_id = id_of("aigul").context("Aigul is a member")?;
    let nurlan_id = id_of("nurlan").context("Nurlan is a member")?;

    // The trainer finds Aigul by name and makes a reset code (asked first).
    let trainer = Browser::start().await?;
    trainer.sign_in(&server, "marat", PASSWORD, TRAINER).await?;
    trainer.client.goto(&server.url(&format!("/organizations/{osh}"))).await?;
    trainer.wait_for_text("#table-members", AIGUL).await?;
    ensure!(
        texts(&trainer, &format!("#reset-{nurlan_id}")).await?.is_empty(),
        "a trainer resets learners only"
    );
    trainer.type_into("#member-search", "айгүл").await?;
    trainer
        .wait_for_script(
            "return document.querySelectorAll('#table-members tbody tr').length === 1;",
            "one member found",
        )
        .await?;
    trainer.click(&format!("#reset-{aigul_id}")).await?;
    trainer.click(&format!("#reset-{aigul_id}-yes")).await?;
    let code = trainer.wait_for_text("#reset-code", "-").await?;
    let login = trainer.wait_for_text("#reset-login", "aigul").await?;
    ensure!(login == "aigul", "the login to hand over: {login}");
    let card = trainer.wait_for_text("#reset-card", "72 hours").await?;
    ensure!(card.contains("/reset-password"), "the card says where to go: {card}");
    screenshots(&trainer, "organization-reset").await?;
    trainer.close().await?;

    // Aigul opens the page: a wrong code is refused and what she typed stays. (Signed out, the
    // organization page asks to sign in.)
    let phone = Browser::start().await?;
    phone.client.goto(&server.url(&format!("/organizations/{osh}"))).await?;
    phone.wait_for_text("#organization-message", "Sign in").await?;
    phone.client.goto(&server.url("/reset-password")).await?;
    phone.type_into("#login", "aigul").await?;
    phone.type_into("#reset-code", "aaaa bbbb cccc").await?;
    phone.type_into("#new-password", NEW_PASSWORD).await?;
    phone.type_into("#new-password-again", NEW_PASSWORD).await?;
    phone.click("#reset-button").await?;
    phone.wait_for_text("[role=alert]", "reset code does not work").await?;
    ensure!(value_of(&phone, "#login").await? == "aigul", "the login stays");
    ensure!(value_of(&phone, "#reset-code").await? == "AAAA-BBBB-CCCC", "the code stays, as issued");
    // The right code, typed in lower case without dashes over the wrong one (Ctrl+A, Backspace).
    phone.type_into("#reset-code", "\u{E009}a\u{E000}\u{E003}").await?;
    phone.type_into("#reset-code", &code.replace('-', "").to_lowercase()).await?;
    screenshots(&phone, "reset-password").await?;
    phone.click("#reset-button").await?;
    phone.wait_for_text("#account-name", AIGUL).await?;
    phone.wait_for_script("return location.pathname === '/';", "the catalog").await?;
    // A learner is told the organization page is not hers.
    phone.client.goto(&server.url(&format!("/organizations/{osh}"))).await?;
    phone.wait_for_text("#organization-message", "not one of them").await?;
    phone.close().await?;

    // The old password fails, the new one works, and the reset is audited.
    let body = json!({ "login": "aigul", "password": PASSWORD });
    let (status, error) = refusal(&server, "POST", "/api/v1/sessions", body)?;
    ensure!(status == 401 && error == "wrong_credentials", "the old password: {status} {error}");
    session(&server, "aigul", NEW_PASSWORD)?;
    let root = session(&server, "root", PASSWORD)?;
    let audit: Vec<AuditEntry> = call(&server, "GET", "/api/v1/audit", Some(&root.token), None)?;
    let issued =
        audit.iter().find(|e| e.action == "password_reset").context("the reset code in the audit log")?;
    ensure!(
        issued.actor_name == TRAINER && issued.detail.contains(&aigul_id),
        "the trainer made it: {issued:?}"
    );
    let used =
        audit.iter().find(|e| e.action == "password_reset_used").context("its use in the audit log")?;
    ensure!(used.actor_name == AIGUL, "Aigul used it: {used:?}");

    // The superadmin lists every organization and makes one.
    let admin = Browser::start().await?;
    admin.sign_in(&server, "root", PASSWORD, "Root").await?;
    admin.client.goto(&server.url("/organizations")).await?;
    admin.wait_for_text("#table-organizations", OSH).await?;
    admin.type_into("#organization-name", "Naryn Women's Group").await?;
    admin.click("#create-organization").await?;
    admin.wait_for_text("#organization-created", "Naryn Women's Group").await?;
    admin.wait_for_text("#table-organizations", "Naryn Women's Group").await?;
    screenshots(&admin, "organizations").await?;
    admin.click("#organization-created a").await?;
    admin.wait_for_text("main h1", "Naryn Women's Group").await?;
    admin.wait_for_text("#no-join-codes", "No join codes yet").await?;
    admin.close().await?;
    Ok(())
}
