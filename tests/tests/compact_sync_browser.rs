//! Compact sync in the real client (issue 16): the browser gzips the sync body with
//! `CompressionStream` and sends the compact shape; the answer carries only what changed, and
//! the device still shows the server's state.

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Server, add_user};

const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "correct horse battery";

/// Installed in the page: every compact sync's request (URL, `Content-Encoding`, bytes sent,
/// the body decompressed) and its answer's JSON, in `window.compactSyncs`.
const RECORD_SYNCS: &str = "
    window.compactSyncs = [];
    const original = window.fetch;
    window.fetch = function (input, init) {
        // Copied before fetch reads the body.
        const copy = input instanceof Request && input.url.includes('/api/v1/progress/') ? input.clone() : null;
        const answer = original.call(window, input, init);
        if (copy) {
            const entry = { url: copy.url, encoding: copy.headers.get('content-encoding') };
            window.compactSyncs.push(entry);
            copy.arrayBuffer().then(async bytes => {
                entry.sent = bytes.byteLength;
                const plain = entry.encoding === 'gzip'
                    ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
                    : new Blob([bytes]).stream();
                entry.body = await new Response(plain).text();
            });
            answer.then(r => r.clone().text()).then(text => { entry.answer = text; });
        }
        return answer;
    };
    return true;";

/// The recorded syncs, once every one has its body and answer.
async fn recorded(b: &Browser) -> Result<Vec<serde_json::Value>> {
    b.wait_for_script(
        "return window.compactSyncs.length > 0 && window.compactSyncs.every(e => e.body !== undefined && e.answer !== undefined)",
        "the sync's request and answer",
    )
    .await?;
    let syncs =
        b.client.execute("const s = window.compactSyncs; window.compactSyncs = []; return s", vec![]).await?;
    Ok(serde_json::from_value(syncs)?)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn the_client_sends_compact_gzipped_syncs_and_shows_the_server_s_state() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "dana", "--display-name", "Dana"], PASSWORD)?;
    let server = Server::start(data.path())?;
    let b = Browser::start().await?;
    b.sign_in(&server, "dana", PASSWORD, "Dana").await?;
    b.download_course(&server, COURSE).await?;

    // Two lessons completed in the app (no reload, so the recorder stays), then "Sync now".
    b.client.execute(RECORD_SYNCS, vec![]).await?;
    b.click("ol.lessons li:nth-child(1) a").await?;
    for _ in 0..2 {
        b.wait_for_text("#lesson-body", "").await?;
        let here = b.client.current_url().await?;
        b.click("#complete").await?;
        b.wait_for_script(&format!("return location.href !== {:?};", here.as_str()), "the next lesson")
            .await?;
    }
    b.click("#sync-now").await?;
    b.wait_for_text("#sync-pending", "All progress sent").await?;
    let syncs = recorded(&b).await?;
    let sync = syncs
        .iter()
        .find(|s| s["body"].as_str().is_some_and(|b| b.contains("\"g\"")))
        .context("a sync with events")?;
    ensure!(sync["url"].as_str().is_some_and(|u| u.ends_with("/api/v1/progress/compact")), "{sync}");
    ensure!(sync["encoding"] == "gzip", "the body is gzipped: {sync}");
    let body: serde_json::Value = serde_json::from_str(sync["body"].as_str().unwrap_or_default())?;
    let group = &body["g"][0];
    ensure!(group["c"] == COURSE && group["e"].as_array().is_some_and(|e| e.len() >= 2), "{body}");
    ensure!(body["d"].as_str().is_some_and(|d| !d.is_empty()), "the device id once per batch: {body}");
    let sent = sync["sent"].as_u64().unwrap_or(u64::MAX);
    let plain = sync["body"].as_str().unwrap_or_default().len() as u64;
    ensure!(sent < plain, "gzip made the body smaller: {sent} bytes sent for {plain} of JSON");

    // Nothing new: the answer carries no lessons and no attempts, and the page still shows
    // the two lessons completed (the held state with the answer's changes).
    b.client.execute(RECORD_SYNCS, vec![]).await?;
    b.click("#sync-now").await?;
    let syncs = recorded(&b).await?;
    let answer: serde_json::Value = serde_json::from_str(syncs[0]["answer"].as_str().unwrap_or_default())?;
    let course = &answer["progress"][0];
    ensure!(course["course"] == COURSE && course.get("lessons").is_none(), "an unchanged course: {answer}");
    let request: serde_json::Value = serde_json::from_str(syncs[0]["body"].as_str().unwrap_or_default())?;
    ensure!(request["h"][0]["course"] == COURSE, "the device said what it holds: {request}");
    b.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    b.wait_for_text("#course-progress", "2 of 7").await?;

    // The server holds both, through the old route that clients not yet updated still use.
    let state = b
        .run_async(&format!(
            "const done = arguments[0];
             const post = (url, body, token) => fetch(url, {{ method: 'POST',
                 headers: Object.assign({{ 'content-type': 'application/json' }}, token ? {{ authorization: 'Bearer ' + token }} : {{}}),
                 body: JSON.stringify(body) }}).then(r => r.json());
             post('/api/v1/sessions', {{ login: 'dana', password: '{PASSWORD}' }})
               .then(s => post('/api/v1/progress/sync', {{ events: [] }}, s.token))
               .then(done);"
        ))
        .await?;
    let lessons = state["progress"][0]["lessons"].as_object().context("lessons")?;
    ensure!(lessons.values().filter(|l| l["completed"] == true).count() == 2, "the server's state: {state}");
    Ok(())
}
