//! A learner pays only for the learner's app: the client is several bundles (the learner's, the
//! staff's, the certificate check's), and a learner's whole first visit — the catalog, signing
//! in, a course downloaded, a lesson, the certificates page — requests no file of the others,
//! neither from the page nor through the service worker's cache. A trainer who opens the editor
//! gets the staff's app, and keeps it for offline use; a stranger's `/verify` is its own page.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user};

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = "cso-communications-en";

fn web_dir() -> PathBuf {
    std::env::var_os("DALA_WEB_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/dist"))
}

/// The site-relative files a built page names (`src="/…"`, `href="/…"`), those its boot script
/// imports (`'/…'`: the app's JavaScript and wasm, loaded after the first paint), and the page
/// itself.
fn files_of_page(page: &str) -> Result<BTreeSet<String>> {
    let html = std::fs::read_to_string(web_dir().join(page))
        .with_context(|| format!("could not read {page} of the built client"))?;
    let mut files = names_after(&html, &["src=\"/", "href=\"/"], '"');
    for boot in files.clone().iter().filter(|f| f.starts_with("/boot-") && f.ends_with(".js")) {
        let script = std::fs::read_to_string(web_dir().join(&boot[1..]))
            .with_context(|| format!("could not read {boot} of the built client"))?;
        files.extend(names_after(&script, &["'/"], '\''));
    }
    files.insert(format!("/{page}"));
    Ok(files)
}

/// The paths that follow each `marker` (which ends in their leading `/`) up to `end`.
fn names_after(text: &str, markers: &[&str], end: char) -> BTreeSet<String> {
    markers
        .iter()
        .flat_map(|marker| text.match_indices(marker).map(move |(at, _)| at + marker.len() - 1))
        .filter_map(|start| text[start..].split(end).next().map(str::to_owned))
        .filter(|path| path.len() > 1)
        .collect()
}

/// Every file the staff's, the verify page and the wallet form's checker name that the
/// learner's does not.
fn other_bundles_files() -> Result<BTreeSet<String>> {
    let learner = files_of_page("index.html")?;
    let mut others = files_of_page("staff.html")?;
    others.extend(files_of_page("verify.html")?);
    others.extend(files_of_page("wallet-check.html")?);
    let others: BTreeSet<String> = others.difference(&learner).cloned().collect();
    // The check means something only if the pages name their apps.
    ensure!(
        others.iter().any(|f| f.ends_with(".js") && f.contains("dala-staff"))
            && others.iter().any(|f| f.contains("dala-verify"))
            && others.iter().any(|f| f.contains("dala-wallet-check")),
        "the staff, verify and checker pages name no app of their own: {others:?}"
    );
    Ok(others)
}

/// What this page loaded (its own address and every resource), and what the service worker's
/// caches hold: paths on this server.
const REQUESTED: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const paths = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
    .map(e => new URL(e.name).pathname);
  const cached = [];
  for (const key of await caches.keys()) {
    for (const request of await (await caches.open(key)).keys()) cached.push(new URL(request.url).pathname);
  }
  done({ requested: paths, cached, full: performance.getEntriesByType('resource').length >= 250 });
})().catch(e => done({ error: String(e) }));
"#;

struct Seen {
    requested: BTreeSet<String>,
    cached: BTreeSet<String>,
}

async fn seen(b: &Browser) -> Result<Seen> {
    let answer = b.run_async(REQUESTED).await?;
    ensure!(answer.get("error").is_none(), "could not list the requests: {answer}");
    ensure!(answer["full"] == false, "the resource timing buffer filled up: the list would be partial");
    let set = |key: &str| -> Result<BTreeSet<String>> { Ok(serde_json::from_value(answer[key].clone())?) };
    Ok(Seen { requested: set("requested")?, cached: set("cached")? })
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_learners_first_visit_requests_no_file_of_the_editor_the_dashboard_or_verify() -> Result<()> {
    let forbidden = other_bundles_files()?;
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aigul", "--display-name", "Айгуль"], PASSWORD)?;
    let server = Server::start(data.path())?;
    let browser = Browser::start().await?;
    let b = &browser;

    // One visit, one page load: the catalog, signing in, a course, its download, a lesson,
    // the certificates. Links inside the learner's app never load another page.
    b.client.goto(&server.url("/")).await?;
    b.wait_for_script(
        &format!("return !!document.querySelector(\"a[href='/courses/{COURSE}']\")"),
        "the catalog",
    )
    .await?;
    b.client.execute("performance.setResourceTimingBufferSize(5000)", vec![]).await?;
    b.click("#sync-bar a[href='/sign-in']").await?;
    b.type_into("#login", "aigul").await?;
    b.type_into("#password", PASSWORD).await?;
    b.click("#sign-in").await?;
    b.wait_for_text("#account-name", "Айгуль").await?;
    b.click(&format!("a[href='/courses/{COURSE}']")).await?;
    b.click("#download").await?;
    b.wait_for_text("#offline-state", "Downloaded").await?;
    b.click("ol.lessons li:nth-child(1) a").await?;
    b.wait_for_script("return !!document.querySelector('#lesson-body')", "the lesson").await?;
    b.click("a[href='/certificates']").await?;
    b.wait_for_script("return location.pathname === '/certificates'", "the certificates page").await?;
    b.wait_for_service_worker().await?;
    let navigations: serde_json::Value =
        b.client.execute("return performance.getEntriesByType('navigation').length", vec![]).await?;
    ensure!(navigations == 1, "the learner's visit was {navigations} page loads, not one");

    let learner = seen(b).await?;
    ensure!(
        learner.requested.iter().any(|p| p.starts_with("/dala-web-") && p.ends_with("_bg.wasm")),
        "the visit did not load the learner's app, so the list means nothing: {:?}",
        learner.requested
    );
    ensure!(learner.cached.contains("/index.html"), "the learner's app is not kept for offline use");
    let requested: Vec<_> = learner.requested.intersection(&forbidden).collect();
    ensure!(requested.is_empty(), "a learner's first visit requested other bundles' files: {requested:?}");
    let cached: Vec<_> = learner.cached.intersection(&forbidden).collect();
    ensure!(cached.is_empty(), "the service worker fetched other bundles' files for a learner: {cached:?}");

    // Offline, a page of another bundle, never opened on this device, says it needs a
    // connection once (rather than the browser's error page).
    let mut server = server;
    server.stop();
    b.client.goto(&server.url("/author")).await?;
    b.wait_for_text("main h1", "not on this device yet").await?;
    browser.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_trainer_gets_the_staff_app_and_keeps_it_offline_and_verify_is_its_own_page() -> Result<()> {
    let data = tempfile::tempdir()?;
    let account = [
        "--login",
        "marat",
        "--display-name",
        "Марат",
        "--organization",
        "Aral Youth Centre",
        "--role",
        "trainer",
    ];
    add_user(data.path(), &account, PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let browser = Browser::start().await?;
    let b = &browser;
    b.sign_in(&server, "marat", PASSWORD, "Марат").await?;
    b.wait_for_service_worker().await?;

    // The header's link hands over to the staff's page, which the server answers for /author.
    b.click("a[href='/author']").await?;
    b.wait_for_script("return !!document.querySelector('#new-title')", "the editor's course list").await?;
    let trainer = seen(b).await?;
    ensure!(
        trainer.requested.iter().any(|p| p.starts_with("/dala-staff-") && p.ends_with("_bg.wasm")),
        "the editor did not come from the staff's app: {:?}",
        trainer.requested
    );
    let kept = b
        .run_async(
            "const done = arguments[0]; (async () => { const hit = await caches.match('/staff.html'); \
             const wasm = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.endsWith('_bg.wasm')); \
             const all = await Promise.all(wasm.map(p => caches.match(p).then(h => !!h))); \
             done(!!hit && all.length > 0 && all.every(x => x)); })()",
        )
        .await?;
    ensure!(kept == true, "the service worker did not keep the staff's app after the trainer opened it");

    // Offline, the editor still opens: from the service worker's cache.
    server.stop();
    b.client.refresh().await?;
    b.wait_for_script("return !!document.querySelector('#new-title')", "the editor, offline").await?;
    b.wait_for_text("#connectivity", "Offline").await?;

    // Back online, a stranger's verify page is its own app, not the learner's nor the staff's.
    server.restart()?;
    let stranger = Browser::start().await?;
    stranger.client.goto(&server.url("/verify")).await?;
    stranger.wait_for_script("return !!document.querySelector('main h1')", "the verify page").await?;
    let visit = seen(&stranger).await?;
    ensure!(
        visit.requested.iter().any(|p| p.starts_with("/dala-verify-"))
            && !visit.requested.iter().any(|p| {
                p.starts_with("/dala-web-")
                    || p.starts_with("/dala-staff-")
                    || p.starts_with("/dala-wallet-check-")
            }),
        "the verify page loaded another app (the wallet form's checker loads on demand only): {:?}",
        visit.requested
    );
    stranger.close().await?;
    browser.close().await?;
    Ok(())
}
