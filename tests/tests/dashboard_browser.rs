//! The administrators' dashboard in the real client. An organization's administrator sees its
//! counts as charts whose bars and tables hold the server's numbers, filters them by date, opens
//! one course's funnel and question difficulty, downloads tables as CSV and opens the learner
//! list: each download and the list land in the audit log, and learners of another organization
//! never appear. The superadmin reads the audit log on the same page; signed out or as a learner
//! the page says why it shows nothing. Screenshots at desktop width and at 360 px are saved
//! (see `dala_tests::artifacts_dir`).

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Browser, Server, add_user, request};
use dala_wire::{
    Answer, AuditEntry, Counts, CourseReport, CourseSummary, EventKind, JoinCodeCreated, Organization,
    ProgressEvent, SignInResponse, Summary, SyncResponse,
};
use serde::de::DeserializeOwned;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = dala_tests::SAMPLE_COURSE;
const LESSONS: [&str; 7] = dala_tests::SAMPLE_LESSONS;
const QUIZ: &str = dala_tests::SAMPLE_QUIZ;
const ARAL: &str = "Aral Youth Centre";
const STEPPE: &str = "Steppe Women's Network";
const ADMIN: &str = "Айжан Бекова";
/// Aral's learners.
const AIGUL: &str = "Айгүл Сейтқали";
const BOLAT: &str = "Bolat Nurlanov";
const CHINARA: &str = "Chinara Asanova";
const ERLAN: &str = "Erlan Tokoev";
/// Steppe's learner: never on the page of Aral's administrator.
const DANA: &str = "Dana Zhaksylykova";

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

fn api_session(server: &Server, login: &str) -> Result<SignInResponse> {
    call(server, "POST", "/api/v1/sessions", None, Some(json!({ "login": login, "password": PASSWORD })))
}

fn join_code(server: &Server, token: &str, organization: &str) -> Result<String> {
    let body = json!({ "courses": [COURSE], "expires_in_days": 7, "max_uses": 10 });
    let path = format!("/api/v1/organizations/{organization}/join-codes");
    let created: JoinCodeCreated = call(server, "POST", &path, Some(token), Some(body))?;
    Ok(created.code)
}

fn join(server: &Server, code: &str, login: &str, name: &str) -> Result<String> {
    let body = json!({ "code": code, "login": login, "display_name": name, "password": PASSWORD });
    let joined: SignInResponse = call(server, "POST", "/api/v1/join", None, Some(body))?;
    Ok(joined.token)
}

/// The final quiz answered right, and every question of it wrong.
fn answers(right: bool) -> Vec<Answer> {
    if right {
        vec![
            Answer::Choice(1),
            Answer::Choices(vec![0, 1, 3]),
            Answer::Bool(false),
            Answer::Text("press release".into()),
            Answer::Bool(true),
        ]
    } else {
        vec![
            Answer::Choice(0),
            Answer::Choices(vec![2]),
            Answer::Bool(true),
            Answer::Text("a letter".into()),
            Answer::Bool(false),
        ]
    }
}

/// A learner's device sends lessons completed, then quiz attempts (right or wrong).
fn study(
    server: &Server,
    token: &str,
    device: &str,
    version: &str,
    lessons: &[&str],
    attempts: &[bool],
) -> Result<SyncResponse> {
    let kinds = lessons
        .iter()
        .map(|lesson| (*lesson, EventKind::LessonCompleted))
        .chain(attempts.iter().map(|right| (QUIZ, EventKind::QuizAttempt { answers: answers(*right) })));
    let events: Vec<ProgressEvent> = kinds
        .enumerate()
        .map(|(n, (item, kind))| ProgressEvent {
            id: format!("{device}{:030x}", n + 1),
            device_id: device.into(),
            course: COURSE.into(),
            course_version: version.into(),
            item: item.into(),
            kind,
            client_time: 1_795_000_000_000 + n as i64,
            counter: n as u64 + 1,
        })
        .collect();
    let reply: SyncResponse =
        call(server, "POST", "/api/v1/progress/sync", Some(token), Some(json!({ "events": events })))?;
    ensure!(reply.rejected.is_empty(), "events refused: {:?}", reply.rejected);
    Ok(reply)
}

/// The text of every element matching `css`.
async fn texts(browser: &Browser, css: &str) -> Result<Vec<String>> {
    let script = format!(
        "return Array.from(document.querySelectorAll({})).map(e => e.textContent.trim());",
        serde_json::to_string(css)?
    );
    Ok(serde_json::from_value(browser.client.execute(&script, vec![]).await?)?)
}

async fn count(browser: &Browser, css: &str) -> Result<usize> {
    Ok(texts(browser, css).await?.len())
}

/// The body rows of the table `id`, each as the text of its cells (its row header first).
async fn table(browser: &Browser, id: &str) -> Result<Vec<Vec<String>>> {
    let script = format!(
        "return Array.from(document.querySelectorAll('#{id} tbody tr')).map(r =>
           Array.from(r.children).map(c => c.textContent.trim()));"
    );
    Ok(serde_json::from_value(browser.client.execute(&script, vec![]).await?)?)
}

/// What the page shows to anyone looking at it.
async fn page_text(browser: &Browser) -> Result<String> {
    let text = browser.client.execute("return document.body.innerText;", vec![]).await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

fn counts_row(first: &str, counts: &Counts) -> Vec<String> {
    [first.to_owned()]
        .into_iter()
        .chain(
            [counts.enrollments, counts.active_learners, counts.completions, counts.certificates]
                .map(|n| n.to_string()),
        )
        .collect()
}

/// The first `n` cells of each row.
fn first_cells(rows: Vec<Vec<String>>, n: usize) -> Vec<Vec<String>> {
    rows.into_iter().map(|r| r.into_iter().take(n).collect()).collect()
}

/// Waits until the page shows a summary with `months` months and no report is loading.
async fn summary_shown(browser: &Browser, months: usize) -> Result<()> {
    let script = format!(
        "return document.querySelectorAll('#chart-months .chart-row').length === {months}
           && !document.querySelector('[aria-busy=true]');"
    );
    if let Err(e) = browser.wait_for_script(&script, &format!("a summary of {months} months")).await {
        return Err(e.context(format!("the page shows {:?}", page_text(browser).await?)));
    }
    Ok(())
}

/// A report's `YYYY-MM` as the page writes it in English: `December 2026`.
fn month_in_english(month: &str) -> String {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (year, number) = month.split_once('-').expect("YYYY-MM");
    format!("{} {year}", NAMES[number.parse::<usize>().expect("a month number") - 1])
}

/// The page shows exactly the summary the server gives this account: totals, the three
/// tables, and charts with one row of two bars (enrollments, completions) per table row.
async fn check_summary(browser: &Browser, summary: &Summary) -> Result<()> {
    summary_shown(browser, summary.months.len()).await?;
    let t = &summary.totals;
    let totals =
        [("enrollments", t.enrollments), ("active", t.active_learners), ("completions", t.completions)];
    for (id, expected) in totals.into_iter().chain([("certificates", t.certificates)]) {
        let shown = texts(browser, &format!("#total-{id}")).await?;
        ensure!(shown == [expected.to_string()], "total {id}: page {shown:?}, server {expected}");
    }
    let months: Vec<Vec<String>> =
        summary.months.iter().map(|m| counts_row(&month_in_english(&m.month), &m.counts)).collect();
    let shown = table(browser, "table-months").await?;
    ensure!(shown == months, "the months table: page {shown:?}, server {months:?}");
    let courses: Vec<Vec<String>> = summary.courses.iter().map(|c| counts_row(&c.title, &c.counts)).collect();
    let shown = first_cells(table(browser, "table-courses").await?, 5);
    ensure!(shown == courses, "the courses table: page {shown:?}, server {courses:?}");
    let organizations: Vec<Vec<String>> =
        summary.organizations.iter().map(|o| counts_row(&o.name, &o.counts)).collect();
    let shown = table(browser, "table-organizations").await?;
    ensure!(shown == organizations, "the organizations table: page {shown:?}, server {organizations:?}");

    let charts = [
        ("chart-months", summary.months.iter().map(|m| &m.counts).collect::<Vec<_>>()),
        ("chart-courses", summary.courses.iter().map(|c| &c.counts).collect()),
        ("chart-organizations", summary.organizations.iter().map(|o| &o.counts).collect()),
    ];
    for (chart, rows) in charts {
        let shown = count(browser, &format!("#{chart} .chart-row")).await?;
        ensure!(shown == rows.len(), "{chart}: {shown} rows for {} in the data", rows.len());
        ensure!(
            count(browser, &format!("#{chart} rect.bar")).await? == 2 * rows.len(),
            "{chart}: two bars a row"
        );
        let values = texts(browser, &format!("#{chart} .bar-value")).await?;
        let expected: Vec<String> = rows
            .iter()
            .flat_map(|c| [format!("{} enrolled", c.enrollments), format!("{} completed", c.completions)])
            .collect();
        ensure!(values == expected, "{chart}: bars say {values:?}, the data {expected:?}");
    }
    Ok(())
}

/// Every chart is one image named by its title, for assistive technology.
async fn charts_are_named(browser: &Browser) -> Result<()> {
    let unnamed = browser
        .client
        .execute(
            "return Array.from(document.querySelectorAll('svg.chart-svg')).filter(svg => {
               const title = document.getElementById(svg.getAttribute('aria-labelledby') || '');
               return svg.getAttribute('role') !== 'img' || !title || !title.textContent.trim()
                 || title.parentElement !== svg;
             }).map(svg => svg.id);",
            vec![],
        )
        .await?;
    ensure!(unnamed == json!([]), "charts without role=img and a title: {unnamed}");
    Ok(())
}

/// Waits (up to 30 s) for a downloaded file and returns its text.
async fn downloaded(dir: &Path, name: &str) -> Result<String> {
    let path = dir.join(name);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if let Ok(text) = std::fs::read_to_string(&path)
            && !text.is_empty()
        {
            return Ok(text);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("{} was not downloaded", path.display())
}

/// The audit log as the superadmin reads it through the API.
fn audit(server: &Server, root: &str) -> Result<Vec<AuditEntry>> {
    call(server, "GET", "/api/v1/audit", Some(root), None)
}

/// Clicks a CSV button, waits for the page to say the file is saved, and returns its text.
async fn download_csv(browser: &Browser, downloads: &Path, button: &str, file: &str) -> Result<String> {
    browser.click(&format!("#{button}")).await?;
    browser.wait_for_text(&format!("#{button}-status"), file).await?;
    downloaded(downloads, file).await
}

/// Aral (administrator and trainer from the command line) and Steppe (registered by the
/// superadmin through the API); learners join with codes and study.
struct Fixture {
    aral: String,
    steppe: String,
    admin: SignInResponse,
    root: String,
}

fn fixture(server: &Server) -> Result<Fixture> {
    let root = api_session(server, "root")?.token;
    let steppe: Organization =
        call(server, "POST", "/api/v1/organizations", Some(&root), Some(json!({ "name": STEPPE })))?;
    let admin = api_session(server, "aral-admin")?;
    let aral =
        admin.user.memberships.first().context("the administrator's organization")?.organization_id.clone();
    let trainer = api_session(server, "aral-trainer")?.token;
    let aral_code = join_code(server, &trainer, &aral)?;
    let steppe_code = join_code(server, &root, &steppe.id)?;
    let courses: Vec<CourseSummary> = call(server, "GET", "/api/v1/courses", None, None)?;
    let version = &courses.iter().find(|c| c.slug == COURSE).context("the sample course")?.manifest_sha256;

    // Aigul completes the course; Bolat two lessons and a failed quiz; Chinara nothing yet;
    // Erlan completes it too, and his certificate is revoked: every count differs.
    let aigul = join(server, &aral_code, "aigul", AIGUL)?;
    let done = study(server, &aigul, "a1", version, &LESSONS, &[true])?;
    ensure!(done.completed_courses == [COURSE], "Aigul completed the course: {:?}", done.completed_courses);
    let bolat = join(server, &aral_code, "bolat", BOLAT)?;
    study(server, &bolat, "b1", version, &LESSONS[..2], &[false])?;
    join(server, &aral_code, "chinara", CHINARA)?;
    let erlan = join(server, &aral_code, "erlan", ERLAN)?;
    let done = study(server, &erlan, "e1", version, &LESSONS, &[true])?;
    let certificate = done.certificates.first().context("Erlan's certificate")?;
    let uuid = certificate.id.strip_prefix("urn:uuid:").context("a certificate id")?;
    let path = format!("/api/v1/certificates/{uuid}/revocation");
    let revoke = json!({ "reason": "Issued by mistake." });
    let _: serde_json::Value = call(server, "POST", &path, Some(&admin.token), Some(revoke))?;
    // Dana studies through Steppe: counted there, never shown to Aral.
    let dana = join(server, &steppe_code, "dana", DANA)?;
    study(server, &dana, "d1", version, &LESSONS[..1], &[false])?;
    Ok(Fixture { aral, steppe: steppe.id, admin, root })
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn administrators_see_their_reports_as_charts_and_tables_and_learners_only_on_request() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "root", "--display-name", "Root", "--superadmin"], PASSWORD)?;
    let aral = ["--organization", ARAL];
    let admin = ["--login", "aral-admin", "--display-name", ADMIN, "--role", "administrator"];
    add_user(data.path(), &[admin.as_slice(), &aral].concat(), PASSWORD)?;
    let trainer = ["--login", "aral-trainer", "--display-name", "Marat", "--role", "trainer"];
    add_user(data.path(), &[trainer.as_slice(), &aral].concat(), PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let f = fixture(&server)?;
    let token = f.admin.token.as_str();
    let admin_id = f.admin.user.id.as_str();

    // The numbers the server gives the administrator: Aral's only, and not all zero.
    let summary: Summary = call(&server, "GET", "/api/v1/reports/summary", Some(token), None)?;
    let totals = &summary.totals;
    let expected = Counts { enrollments: 4, active_learners: 3, completions: 2, certificates: 1 };
    ensure!(*totals == expected, "Aral's four learners, three active, two finished, one revoked: {totals:?}");

    // The header leads the administrator to the dashboard: counts first, no learner named.
    let browser = Browser::start().await?;
    browser.sign_in(&server, "aral-admin", PASSWORD, ADMIN).await?;
    browser.click("a[href='/dashboard']").await?;
    check_summary(&browser, &summary).await?;
    charts_are_named(&browser).await?;
    let shown = page_text(&browser).await?;
    for name in [AIGUL, BOLAT, CHINARA, ERLAN, DANA, STEPPE] {
        ensure!(!shown.contains(name), "{name} shows before anyone asked for learners");
    }
    ensure!(
        count(&browser, &format!("#show-learners-{}", f.steppe)).await? == 0,
        "no list of Steppe's learners"
    );

    // A period of three months, chosen in the filters: three rows in every monthly view.
    let from = browser
        .client
        .execute(
            "const d = new Date(); d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() - 2);
             const from = d.toISOString().slice(0, 10);
             document.querySelector('#filter-from').value = from;
             return from;",
            vec![],
        )
        .await?;
    let from = from.as_str().context("the start date")?.to_owned();
    browser.click("#filter-apply").await?;
    let summary: Summary =
        call(&server, "GET", &format!("/api/v1/reports/summary?from={from}"), Some(token), None)?;
    ensure!(summary.months.len() == 3, "a period of three months: {:?}", summary.months);
    check_summary(&browser, &summary).await?;
    // The filter is in the address: a reload (or a bookmark) shows the same view, Back the one
    // before, Forward the filtered one again.
    let address = browser.client.current_url().await?;
    ensure!(address.query() == Some(&format!("from={from}")), "the filter in the address: {address}");
    browser.client.refresh().await?;
    check_summary(&browser, &summary).await?;
    let shown =
        browser.client.execute("return document.querySelector('#filter-from').value;", vec![]).await?;
    ensure!(shown == json!(from), "the reloaded form shows the filter: {shown}");
    browser.client.back().await?;
    let unfiltered: Summary = call(&server, "GET", "/api/v1/reports/summary", Some(token), None)?;
    ensure!(unfiltered.months.len() != 3, "the unfiltered view has another number of months");
    check_summary(&browser, &unfiltered).await?;
    browser.client.forward().await?;
    check_summary(&browser, &summary).await?;

    // One course: the funnel (a row per lesson) and question difficulty (a row per question).
    browser.click(&format!("#course-report-{COURSE}")).await?;
    let path = format!("/api/v1/reports/courses/{COURSE}?from={from}");
    let report: CourseReport = call(&server, "GET", &path, Some(token), None)?;
    ensure!(report.funnel.len() == LESSONS.len() && report.funnel[0].reached == 3, "{report:?}");
    ensure!(report.questions.iter().all(|q| (q.first_attempts, q.wrong) == (3, 1)), "{report:?}");
    browser
        .wait_for_script(
            &format!(
                "return document.querySelectorAll('#chart-funnel .chart-row').length === {}
                   && document.querySelectorAll('#chart-difficulty .chart-row').length === {};",
                report.funnel.len(),
                report.questions.len()
            ),
            "the course's charts",
        )
        .await?;
    let funnel: Vec<Vec<String>> = report
        .funnel
        .iter()
        .map(|s| vec![s.title.clone(), s.reached.to_string(), s.completed.to_string()])
        .collect();
    ensure!(table(&browser, "table-funnel").await? == funnel, "the funnel table: server {funnel:?}");
    let questions: Vec<Vec<String>> = report
        .questions
        .iter()
        .map(|q| {
            let (first, wrong) = (q.first_attempts.to_string(), q.wrong.to_string());
            vec![format!("{}. {}", q.number, q.prompt), first, wrong, "33 %".into(), q.quiz_title.clone()]
        })
        .collect();
    let shown = table(&browser, "table-difficulty").await?;
    ensure!(shown == questions, "the difficulty table: page {shown:?}, server {questions:?}");
    let bars = texts(&browser, "#chart-difficulty .bar-value").await?;
    ensure!(bars.iter().all(|b| b == "33 % wrong (1 of 3)"), "difficulty bars: {bars:?}");
    charts_are_named(&browser).await?;

    // A CSV download carries the session and lands in the audit log.
    let downloads = tempfile::tempdir()?;
    let path = downloads.path().display().to_string();
    browser.cdp("Browser.setDownloadBehavior", json!({ "behavior": "allow", "downloadPath": path })).await?;
    let csv = download_csv(&browser, downloads.path(), "csv-courses", "dala-courses.csv").await?;
    ensure!(csv.contains("course,title,enrollments") && csv.contains(COURSE), "the CSV: {csv}");
    let exported = audit(&server, &f.root)?
        .into_iter()
        .any(|e| e.action == "export" && e.actor_id == admin_id && e.detail.starts_with("table=courses"));
    ensure!(exported, "the export is in the audit log");

    // Learners only on request: the request is audited, the names show, Steppe's never.
    browser.click(&format!("#show-learners-{}", f.aral)).await?;
    let learners = format!("table-learners-{}", f.aral);
    browser.wait_for_text(&format!("#{learners}"), AIGUL).await?;
    let rows = table(&browser, &learners).await?;
    let mut names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    names.sort_unstable();
    let mut expected = [AIGUL, BOLAT, CHINARA, ERLAN];
    expected.sort_unstable();
    ensure!(names == expected, "Aral's learners: {rows:?}");
    let aigul = rows.iter().find(|r| r[0] == AIGUL).context("Aigul's row")?;
    ensure!(aigul[1].contains("7/7") && aigul[1].contains("completed"), "Aigul finished: {aigul:?}");
    // Searched by name, and ordered by progress: those who finished first.
    browser.type_into(&format!("#learners-search-{}", f.aral), "  bol").await?;
    browser.wait_for_text(&format!("#learners-count-{}", f.aral), "Showing 1 of 4").await?;
    ensure!(first_cells(table(&browser, &learners).await?, 1) == [[BOLAT]], "the search finds Bolat alone");
    browser
        .client
        .execute(&format!("document.querySelector('#learners-search-{}').value = '';", f.aral), vec![])
        .await?;
    browser.type_into(&format!("#learners-search-{}", f.aral), " ").await?;
    browser.wait_for_text(&format!("#learners-count-{}", f.aral), "Showing 4 of 4").await?;
    browser
        .client
        .execute(
            &format!(
                "const s = document.querySelector('#learners-sort-{}'); s.value = 'progress';
                 s.dispatchEvent(new Event('change', {{ bubbles: true }}));",
                f.aral
            ),
            vec![],
        )
        .await?;
    let ordered = first_cells(table(&browser, &learners).await?, 1);
    let finished: Vec<&str> = ordered.iter().take(2).map(|r| r[0].as_str()).collect();
    ensure!(
        finished.contains(&AIGUL) && finished.contains(&ERLAN),
        "those who finished come first: {ordered:?}"
    );
    let viewed = audit(&server, &f.root)?.into_iter().any(|e| {
        e.action == "view_learners" && e.actor_id == admin_id && e.organization_id.as_deref() == Some(&f.aral)
    });
    ensure!(viewed, "opening the learner list is in the audit log");
    let csv =
        download_csv(&browser, downloads.path(), &format!("csv-learners-{}", f.aral), "dala-learners.csv")
            .await?;
    ensure!(csv.contains(BOLAT) && !csv.contains(DANA), "the learners' CSV: {csv}");
    let exported = audit(&server, &f.root)?
        .into_iter()
        .any(|e| e.action == "export" && e.actor_id == admin_id && e.detail.starts_with("table=learners"));
    ensure!(exported, "the learners' export is in the audit log");
    let shown = page_text(&browser).await?;
    ensure!(!shown.contains(DANA) && !shown.contains(STEPPE), "nothing of Steppe on Aral's page");

    // Readable on a 360 px phone: nothing wider than the screen (tables scroll in their box).
    // A desktop window cannot be made that narrow, so the phone's screen is emulated.
    let phone = json!({ "width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": true });
    browser.cdp("Emulation.setDeviceMetricsOverride", phone).await?;
    browser
        .wait_for_script("return document.documentElement.clientWidth === 360;", "a 360 px screen")
        .await?;
    let phone = browser.screenshot("dashboard-360px").await?;
    let overflow = browser
        .client
        .execute(
            "const width = document.documentElement.clientWidth;
             if (document.documentElement.scrollWidth <= width) { return []; }
             return Array.from(document.querySelectorAll('body *'))
               .filter(e => e.getBoundingClientRect().right > width + 1)
               .map(e => e.tagName + '#' + e.id + '.' + e.getAttribute('class'));",
            vec![],
        )
        .await?;
    ensure!(overflow == json!([]), "wider than a 360 px screen: {overflow}");
    browser.cdp("Emulation.clearDeviceMetricsOverride", json!({})).await?;
    browser.client.set_window_size(1280, 900).await?;
    browser.wait_for_script("return window.innerWidth >= 1200;", "a desktop-sized window").await?;
    let desktop = browser.screenshot("dashboard-desktop").await?;
    eprintln!("screenshots: {} and {}", phone.display(), desktop.display());
    browser.close().await?;

    // Signed out, and as a learner, the page says why it shows nothing.
    let other = Browser::start().await?;
    other.client.goto(&server.url("/dashboard")).await?;
    other.wait_for_text("#dashboard-message", "Sign in").await?;
    other.sign_in(&server, "chinara", PASSWORD, CHINARA).await?;
    other.client.goto(&server.url("/dashboard")).await?;
    other.wait_for_text("#dashboard-message", "for administrators").await?;
    ensure!(count(&other, "a[href='/dashboard']").await? == 0, "no dashboard link for a learner");

    // The superadmin: every organization's counts, the audit log, no learners.
    other.click("#sign-out").await?;
    other.click("#sign-out-confirm").await?;
    other.wait_for_text("#signed-out", "Nothing of your account").await?;
    other.sign_in(&server, "root", PASSWORD, "Root").await?;
    other.click("a[href='/dashboard']").await?;
    let summary: Summary = call(&server, "GET", "/api/v1/reports/summary", Some(&f.root), None)?;
    ensure!(summary.organizations.len() == 2, "both organizations: {:?}", summary.organizations);
    check_summary(&other, &summary).await?;
    ensure!(count(&other, "#learners-heading").await? == 0, "the superadmin as such lists no learners");
    other.click("#show-audit").await?;
    other.wait_for_text("#table-audit", "Viewed learners").await?;
    let entries = table(&other, "table-audit").await?;
    let by_admin = |action: &str| entries.iter().filter(|r| r[1] == ADMIN && r[2] == action).count();
    ensure!(
        by_admin("Downloaded a table") == 2 && by_admin("Viewed learners") == 1,
        "the audit log on the page: {entries:?}"
    );
    ensure!(entries.iter().all(|r| r[3] == ARAL || r[3].is_empty()), "organizations by name: {entries:?}");

    // Without the server, a download and the reports say they need a connection.
    server.stop();
    other.click("#csv-months").await?;
    other.wait_for_text("#csv-months ~ .notice-error", "needs a connection").await?;
    other.click("#filter-apply").await?;
    other.wait_for_script("return !document.querySelector('#reports');", "the reports to go").await?;
    other.wait_for_text("main .notice-error", "needs a connection").await?;
    other.close().await
}
