//! The data counter (issue 16, item 8): the device counts the bytes Dala moved this month, and
//! the count agrees with what Chromium itself says it received.

use anyhow::{Context, Result, ensure};
use dala_tests::{Browser, Received, Server, add_user, bytes_received_from};

const COURSE: &str = "cso-communications-en";

/// The device's count this month, as kept (`data_use::DataUse` in localStorage).
async fn counted(b: &Browser) -> Result<u64> {
    let value = b
        .client
        .execute("return JSON.parse(localStorage.getItem('dala.data-use') || '{\"bytes\": 0}').bytes", vec![])
        .await?;
    value.as_u64().context("a byte count")
}

/// The whole number shown in the catalog's counter ("Dala used 312 kilobytes …").
async fn shown(b: &Browser, unit: &str) -> Result<u64> {
    let text = b.wait_for_text("#data-used", unit).await?;
    let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let value: f64 = digits.trim_matches('.').parse().with_context(|| format!("a number in {text:?}"))?;
    Ok(value as u64)
}

/// The count is each response's body exactly as it came (compressed), plus the fixed 300 B that
/// Resource Timing reports for its headers (see `web/src/data_use.rs`). Allowed: 1 % of the
/// bodies, for a request finishing between the two readings.
fn check(counted: u64, wire: Received) -> Result<()> {
    let bodies = wire.bytes - wire.header_bytes;
    let expected = bodies + 300 * wire.requests as u64;
    ensure!(
        counted.abs_diff(expected) <= bodies / 100,
        "the counter grew by {counted} B; Chromium received {bodies} B of bodies in {} responses, so \
         {expected} B were expected",
        wire.requests
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn the_counter_grows_by_what_a_course_download_moved() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "dana", "--display-name", "Dana"], "correct horse battery")?;
    let server = Server::start(data.path())?;
    let browser = Browser::start_recording_network().await?;
    let b = &browser;
    let origin = server.url("");

    // The first visit is counted: the page, its script and wasm, the catalog.
    b.sign_in(&server, "dana", "correct horse battery", "Dana").await?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_text("#data-used", "Dala used").await?;
    b.wait_for_text("#data-used", "of data on this device this month").await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let first_visit = counted(b).await?;
    let wire = bytes_received_from(&b.network_requests().await?, &origin);
    eprintln!("first visit: counted {first_visit} B; Chromium received {wire:?}");
    ensure!(
        first_visit > 50_000,
        "the first visit (the wasm alone is over 100 KB) is counted: {first_visit} B"
    );
    check(first_visit, wire)?;

    b.client.goto(&server.url(&format!("/courses/{COURSE}"))).await?;
    b.wait_for_text("#download", "Download for offline").await?;
    // The page's requests so far are in; what Chromium logged so far is set aside.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let before = counted(b).await?;
    b.network_requests().await?;

    b.click("#download").await?;
    b.wait_for_text("#offline-state", "Downloaded").await?;
    // Observers are told of new entries after the fact (and Chromium's log too).
    tokio::time::sleep(std::time::Duration::from_millis(1_000)).await;
    let after = counted(b).await?;
    let wire = bytes_received_from(&b.network_requests().await?, &origin);
    let grown = after - before;
    eprintln!("download: the counter grew by {grown} B; Chromium received {wire:?}");
    ensure!(wire.requests >= 6 && wire.bytes > 5_000, "the download moved something: {wire:?}");
    check(grown, wire)?;
    // Against everything Chromium counted, real headers included (Dala's are 170 to 620 B a
    // response, against the 300 B allowance): within 15 %.
    ensure!(
        grown.abs_diff(wire.bytes) <= wire.bytes * 15 / 100,
        "the counter grew by {grown} B; Chromium received {} B with headers",
        wire.bytes
    );

    // The catalog shows it, in kilobytes.
    b.client.goto(&server.url("/")).await?;
    let kilobytes = shown(b, "kilobytes").await?;
    ensure!(
        kilobytes >= after / 1_000 && kilobytes <= after / 1_000 + 50,
        "the catalog shows {kilobytes} kilobytes for {after} B counted"
    );
    // In Russian, with its plural forms.
    b.click("#language option[value='ru']").await?;
    b.wait_for_text("#data-used", "Трафик Dala на этом устройстве в этом месяце").await?;
    b.wait_for_text("#data-used", "килобайт").await?;
    b.click("#language option[value='en']").await?;

    // The month rolls over: a count of another month is not this month's.
    b.client
        .execute(
            "localStorage.setItem('dala.data-use', JSON.stringify({ month: '2000-01', bytes: 987654321 }))",
            vec![],
        )
        .await?;
    b.client.refresh().await?;
    b.wait_for_text("#data-used", "Dala used").await?;
    let text = b.wait_for_text("#data-used", "this month").await?;
    ensure!(!text.contains("987"), "last month's count is not shown as this month's: {text}");
    b.wait_for_script(
        "const c = JSON.parse(localStorage.getItem('dala.data-use')); \
         return c.month !== '2000-01' && c.bytes < 987654321",
        "the count to start again for this month",
    )
    .await?;
    browser.close().await
}
