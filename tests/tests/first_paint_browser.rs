//! Nothing waits for the wasm to paint: a first visit shows the catalog from the page's HTML
//! alone (the wasm blocked, it is still there and its links work), and when the app arrives it
//! takes over without moving anything (no layout shift, each card where it was).

use anyhow::{Result, ensure};
use dala_tests::{Browser, Server};
use serde_json::json;

const COURSE: &str = "cso-communications-en";

/// Where the page's heading and course cards are, and the layout shift so far.
const LAYOUT: &str = r#"
const done = arguments[arguments.length - 1];
let shift = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
const box = e => { const r = e.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.left), Math.round(r.height), Math.round(r.width)]; };
setTimeout(() => {
  const visible = [...document.querySelectorAll('main')].filter(m => m.offsetParent !== null || m.getClientRects().length);
  const main = visible[0];
  done({
    main: visible.length,
    firstPaint: !!document.getElementById('first-paint'),
    heading: main ? box(main.querySelector('h1')) : null,
    cards: main ? [...main.querySelectorAll('.cards > .card')].map(box) : [],
    text: main ? main.querySelector('.cards').innerText : '',
    shift,
  });
}, 200);
"#;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn the_catalog_paints_without_the_wasm_and_the_app_takes_over_in_place() -> Result<()> {
    let data = tempfile::tempdir()?;
    let server = Server::start(data.path())?;

    // The wasm never arrives: the catalog is there all the same, from the HTML.
    let blocked = Browser::start().await?;
    blocked.cdp("Network.enable", json!({})).await?;
    blocked.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] })).await?;
    blocked.client.goto(&server.url("/")).await?;
    blocked.wait_for_text("main h1", "Courses").await?;
    let before = blocked.run_async(LAYOUT).await?;
    ensure!(before["firstPaint"] == true, "the page did not come with the catalog: {before}");
    ensure!(
        before["text"].as_str().is_some_and(|t| t.contains("Communications policy for a CSO")),
        "the first paint lists no course: {before}"
    );
    // It is a page like the app's for everyone, screen readers included.
    blocked.check_accessibility("the catalog's first paint, before the app").await?;
    // Its links are plain links: without the app, the course page still opens (as a page load).
    let wasm_loaded: serde_json::Value = blocked
        .client
        .execute("return performance.getEntriesByType('resource').some(e => e.name.endsWith('.wasm') && e.responseEnd > 0 && e.transferSize > 0)", vec![])
        .await?;
    ensure!(wasm_loaded == false, "the wasm was not blocked, so this proves nothing");
    blocked.click(&format!("a[href='/courses/{COURSE}']")).await?;
    blocked
        .wait_for_script(&format!("return location.pathname === '/courses/{COURSE}'"), "the course's address")
        .await?;
    blocked.close().await?;

    // With the wasm, the app replaces the first paint once its catalog is ready: one visible
    // page, every card in the same place, no layout shift.
    let browser = Browser::start().await?;
    browser.client.goto(&server.url("/")).await?;
    browser.wait_for_app().await?;
    let after = browser.run_async(LAYOUT).await?;
    ensure!(after["main"] == 1, "after the takeover one page shows, not {}: {after}", after["main"]);
    ensure!(
        after["heading"] == before["heading"] && after["cards"] == before["cards"],
        "the app moved the catalog: before {before}, after {after}"
    );
    ensure!(
        after["text"] == before["text"],
        "the app's catalog reads differently: before {before}, after {after}"
    );
    let shift = after["shift"].as_f64().unwrap_or(1.0);
    ensure!(shift < 0.01, "layout shift {shift} during the takeover: {after}");
    // The app is live: its links are the app's (no new page load) and it signs in.
    browser.click(&format!("a[href='/courses/{COURSE}']")).await?;
    browser.wait_for_script("return !!document.querySelector('#download')", "the course page").await?;
    let loads: serde_json::Value =
        browser.client.execute("return performance.getEntriesByType('navigation').length", vec![]).await?;
    ensure!(loads == 1, "the app's link loaded a new page");
    browser.close().await?;
    Ok(())
}
